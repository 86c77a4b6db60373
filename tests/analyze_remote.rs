//! `analyze --remote-contexts`: multi-cluster analysis end to end, through one kubeconfig with
//! two contexts pointing at two in-process API servers. A VirtualService in the primary routes
//! to a host whose Service exists only in the remote cluster: without the remote it is IST0101,
//! with it the host resolves. The remote's own Istio config is analyzed too, its messages
//! tagged `[cluster-east]` as istioctl prints them; a context that is not in the kubeconfig or
//! does not answer is an error naming it.

mod support;

use assert_cmd::Command;
use serde_json::{Value, json};
use support::{TEST_TOKEN, TestCluster};

fn vs(name: &str, host: &str) -> Value {
    json!({
        "apiVersion": "networking.istio.io/v1",
        "kind": "VirtualService",
        "metadata": {"name": name, "namespace": "default"},
        "spec": {"hosts": [format!("{name}.example.com")],
                 "http": [{"route": [{"destination": {"host": host}}]}]}
    })
}

fn service(name: &str) -> Value {
    json!({
        "apiVersion": "v1",
        "kind": "Service",
        "metadata": {"name": name, "namespace": "default"},
        "spec": {"selector": {"app": name}, "ports": [{"name": "http", "port": 9080}]}
    })
}

/// Two clusters: `primary` (the current context) with a VirtualService to `reviews`, and
/// `east` with the `reviews` Service and a VirtualService of its own to a host nowhere.
struct Mesh {
    primary: TestCluster,
    east: TestCluster,
    dir: tempfile::TempDir,
}

fn context(name: &str) -> String {
    format!(
        "- name: {name}\n  context:\n    cluster: {name}-cluster\n    user: u\n    namespace: default\n"
    )
}

fn cluster(name: &str, server: &str) -> String {
    format!("- name: {name}-cluster\n  cluster:\n    server: {server}\n")
}

impl Mesh {
    fn start() -> Mesh {
        let primary = TestCluster::start();
        let east = TestCluster::start();
        for tc in [&primary, &east] {
            tc.install_crd(
                "networking.istio.io",
                "v1",
                "VirtualService",
                "virtualservices",
                true,
            );
        }
        primary.seed(vs("reviews-route", "reviews"));
        east.seed(service("reviews"));
        east.seed(vs("orphan", "nowhere"));
        let dir = tempfile::tempdir().unwrap();
        let (p, e) = (primary.url(), east.url());
        let text = format!(
            "apiVersion: v1\nkind: Config\nclusters:\n{}{}{}users:\n- name: u\n  user:\n    token: {TEST_TOKEN}\ncontexts:\n{}{}{}current-context: primary\n",
            cluster("primary", &p),
            cluster("east", &e),
            // nothing listens on port 1: a remote that does not answer
            cluster("down", "http://127.0.0.1:1"),
            context("primary"),
            context("east"),
            context("down")
        );
        std::fs::write(dir.path().join("kubeconfig"), text).unwrap();
        Mesh { primary, east, dir }
    }

    fn run(&self, args: &[&str]) -> (i32, String, String) {
        let kc = self.dir.path().join("kubeconfig");
        let out = Command::cargo_bin("sailctl")
            .unwrap()
            .env_remove("KUBECONFIG")
            .env("NO_COLOR", "1")
            .arg("--kubeconfig")
            .arg(&kc)
            .args(args)
            .output()
            .unwrap();
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    }
}

const HOST_NOT_FOUND: &str = "Error [IST0101] (VirtualService default/reviews-route)";

#[test]
fn without_the_remote_the_host_is_not_found() {
    let m = Mesh::start();
    let (code, out, err) = m.run(&["analyze"]);
    assert_eq!(code, 79, "{out}{err}");
    assert!(out.contains(HOST_NOT_FOUND), "{out}");
    assert!(out.contains("\"reviews\""), "{out}");
    assert!(!out.contains("[cluster-"), "single cluster: no tags\n{out}");
    assert!(
        m.east.requests().is_empty(),
        "the remote is read only when named"
    );
}

#[test]
fn the_remote_clusters_service_resolves_the_host() {
    let m = Mesh::start();
    let (code, out, err) = m.run(&["analyze", "--remote-contexts", "east"]);
    assert!(!out.contains("default/reviews-route"), "{out}\n{err}");
    // the remote's own config is analyzed, and its message names the remote cluster
    assert!(
        out.lines().any(|l| l
            .starts_with("Error [IST0101] [cluster-east] (VirtualService default/orphan) ")
            && l.ends_with("\"nowhere\"")),
        "{out}\n{err}"
    );
    assert_eq!(code, 79, "{out}{err}");
    // the remote was listed through its own server: Services, and no excluded kind
    let listed: Vec<String> = m
        .east
        .requests_with_verb("list")
        .iter()
        .map(|r| r.resource.clone())
        .collect();
    assert!(listed.iter().any(|r| r == "services"), "{listed:?}");
    assert!(
        !listed
            .iter()
            .any(|r| r == "configmaps" || r == "deployments"),
        "{listed:?}"
    );
    assert!(m.primary.writes().is_empty() && m.east.writes().is_empty());
}

#[test]
fn json_names_the_cluster_of_remote_messages() {
    let m = Mesh::start();
    let (code, out, err) = m.run(&["analyze", "--remote-contexts=east", "-o", "json"]);
    assert_eq!(code, 79, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    let msgs = v.as_array().unwrap();
    let orphan = msgs
        .iter()
        .find(|m| m["origin"] == "VirtualService default/orphan")
        .unwrap_or_else(|| panic!("{out}"));
    assert_eq!(orphan["cluster"], "east");
    assert_eq!(orphan["code"], "IST0101");
    assert!(
        msgs.iter()
            .all(|m| m["origin"] != "VirtualService default/reviews-route"),
        "{out}"
    );
}

#[test]
fn an_unknown_remote_context_is_an_error_naming_it() {
    let m = Mesh::start();
    let (code, out, err) = m.run(&["analyze", "--remote-contexts", "west"]);
    assert_ne!(code, 0);
    assert_ne!(code, 79);
    assert!(out.is_empty(), "{out}");
    assert!(err.contains("\"west\""), "{err}");
    assert_eq!(err.trim().lines().count(), 1, "one line: {err}");
}

#[test]
fn an_unreachable_remote_context_is_an_error_naming_it() {
    let m = Mesh::start();
    let (code, out, err) = m.run(&["analyze", "--remote-contexts", "east,down"]);
    assert_ne!(code, 0);
    assert_ne!(code, 79);
    assert!(out.is_empty(), "no half analysis: {out}");
    assert!(err.contains("remote context \"down\""), "{err}");
    assert!(err.contains("127.0.0.1:1"), "{err}");
}

#[test]
fn the_primary_context_is_not_a_remote() {
    let m = Mesh::start();
    let (code, _, err) = m.run(&[
        "--context",
        "primary",
        "analyze",
        "--remote-contexts",
        "primary",
    ]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("primary cluster's context"), "{err}");
    // the current context is the primary too
    let (code, _, err) = m.run(&["analyze", "--remote-contexts", "east,primary"]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("--remote-contexts primary: that is the primary"),
        "{err}"
    );
}
