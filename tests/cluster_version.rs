//! `sailctl version` end to end: the binary, a kubeconfig, the in-process API server, and
//! port-forwards to a fake istiod `/version` endpoint.

mod support;

use assert_cmd::Command;
use serde_json::{Value, json};
use support::TestCluster;

/// The Istio release sailctl speaks for (src/install/release.rs) and its own version.
const ISTIO: &str = "1.31.0";
const CLIENT: &str = concat!("sailctl ", env!("CARGO_PKG_VERSION"), " (Istio 1.31.0)");

fn sailctl(tc: Option<&TestCluster>, args: &[&str]) -> (i32, String, String) {
    let mut cmd = Command::cargo_bin("sailctl").unwrap();
    cmd.env_remove("KUBECONFIG").env("NO_COLOR", "1");
    if let Some(tc) = tc {
        cmd.args(["--kubeconfig", tc.kubeconfig_str()]);
    }
    let out = cmd.args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn mesh() -> TestCluster {
    let tc = TestCluster::start();
    let istiod = |name: &str, rev: &str, image: &str| {
        let mut pod = support::pod_json(
            "istio-system",
            name,
            &[("app", "istiod"), ("istio", "pilot"), ("istio.io/rev", rev)],
            &[("discovery", image)],
        );
        pod["metadata"]["annotations"] = json!({"prometheus.io/port": "15014"});
        tc.seed(pod);
        tc.pod_running("istio-system", name);
    };
    istiod("istiod-5d4c", "default", "docker.io/istio/pilot:1.24.2");
    istiod(
        "istiod-canary-7b8f",
        "canary",
        "docker.io/istio/pilot:1.25.0",
    );
    // A stopped istiod is ignored.
    tc.seed(support::pod_json(
        "istio-system",
        "istiod-old",
        &[("app", "istiod"), ("istio", "pilot")],
        &[("discovery", "istio/pilot:1.20.0")],
    ));
    tc.pod_failing("istio-system", "istiod-old", "CrashLoopBackOff", "back-off");
    let version = tc.serve_http(vec![(
        "/version",
        200,
        "text/plain",
        "1.24.2-5a4b3c2d1e-Clean\n".to_string(),
    )]);
    tc.forward_pod_port("istio-system", "istiod-5d4c", 15014, version);
    // The canary's port is not reachable: its image tag stands in.

    let workload = |ns: &str, name: &str, rev: &str, proxy_image: &str, args: &[&str]| {
        let mut pod = support::pod_json(
            ns,
            name,
            &[("app", name), ("istio.io/rev", rev)],
            &[(name, "example/app:1"), ("istio-proxy", proxy_image)],
        );
        pod["spec"]["containers"][1]["args"] = json!(args);
        tc.seed(pod);
        tc.pod_running(ns, name);
    };
    workload(
        "bookinfo",
        "productpage-v1-abc",
        "default",
        "docker.io/istio/proxyv2:1.24.2",
        &["proxy", "sidecar"],
    );
    workload(
        "bookinfo",
        "reviews-v1-def",
        "default",
        "docker.io/istio/proxyv2:1.24.2-distroless",
        &["proxy", "sidecar"],
    );
    workload(
        "istio-system",
        "istio-ingressgateway-123",
        "canary",
        "docker.io/istio/proxyv2:1.25.0",
        &["proxy", "router"],
    );
    // Not running, or without a proxy: not counted.
    tc.seed(support::pod_json(
        "bookinfo",
        "ratings-pending",
        &[],
        &[("ratings", "x"), ("istio-proxy", "istio/proxyv2:1.24.2")],
    ));
    tc.seed(support::pod_json(
        "default",
        "plain",
        &[],
        &[("plain", "nginx:1.27")],
    ));
    tc.pod_running("default", "plain");
    tc
}

#[test]
fn reports_control_plane_and_data_plane_versions() {
    let tc = mesh();
    let (code, out, err) = sailctl(Some(&tc), &["version"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out,
        format!(
            "client version: {CLIENT}\n\
             pilot version: 1.24.2 (revision default)\n\
             pilot version: 1.25.0 (revision canary)\n\
             data plane version: 1.24.2 (2 proxies), 1.25.0 (1 proxies)\n"
        )
    );
    assert!(
        err.contains("cannot read the version of istio-system/istiod-canary-7b8f"),
        "{err}"
    );
    assert!(err.contains("using its image tag"), "{err}");
    assert!(!out.contains(support::TEST_TOKEN) && !err.contains(support::TEST_TOKEN));

    // Read-only, and no N+1: one list of istiod pods, one list of all pods, one port-forward
    // per istiod.
    assert!(tc.writes().is_empty());
    let lists = tc.requests_with_verb("list");
    assert_eq!(lists.len(), 2, "{lists:#?}");
    assert_eq!(lists[0].path, "/api/v1/namespaces/istio-system/pods");
    assert_eq!(
        lists[0].params.get("labelSelector").map(String::as_str),
        Some("app=istiod")
    );
    assert_eq!(
        lists[0].params.get("fieldSelector").map(String::as_str),
        Some("status.phase=Running")
    );
    assert_eq!(lists[1].path, "/api/v1/pods");
    assert_eq!(tc.requests_with_verb("portforward").len(), 2);
}

#[test]
fn json_output_keeps_istioctl_fields() {
    let tc = mesh();
    let (code, out, _) = sailctl(Some(&tc), &["version", "-o", "json"]);
    assert_eq!(code, 0);
    let doc: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(doc["clientVersion"]["version"], ISTIO);
    assert_eq!(doc["clientVersion"]["tag"], ISTIO);
    assert_eq!(doc["clientVersion"]["sailctl"], env!("CARGO_PKG_VERSION"));
    let mesh = doc["meshVersion"].as_array().unwrap();
    assert_eq!(mesh.len(), 2);
    assert_eq!(mesh[0]["Component"], "pilot");
    assert_eq!(mesh[0]["Revision"], "default");
    assert_eq!(mesh[0]["Info"]["version"], "1.24.2");
    assert_eq!(mesh[0]["Info"]["revision"], "5a4b3c2d1e");
    assert_eq!(mesh[0]["Info"]["status"], "Clean");
    assert_eq!(mesh[1]["Info"]["version"], "1.25.0");
    let proxies = doc["dataPlaneVersion"].as_array().unwrap();
    let ids: Vec<&str> = proxies.iter().map(|p| p["ID"].as_str().unwrap()).collect();
    assert_eq!(
        ids,
        [
            "istio-ingressgateway-123.istio-system",
            "productpage-v1-abc.bookinfo",
            "reviews-v1-def.bookinfo"
        ]
    );
    assert_eq!(proxies[0]["Type"], "gateway");
    assert_eq!(proxies[1]["IstioVersion"], "1.24.2");
    assert_eq!(proxies[2]["IstioVersion"], "1.24.2");

    let (_, yaml, _) = sailctl(Some(&tc), &["version", "-o", "yaml"]);
    assert!(yaml.contains("meshVersion:"), "{yaml}");
    assert!(yaml.contains("IstioVersion: 1.24.2"), "{yaml}");
}

#[test]
fn revision_filters_control_and_data_plane() {
    let tc = mesh();
    let (code, out, _) = sailctl(Some(&tc), &["version", "--revision", "canary"]);
    assert_eq!(code, 0);
    assert_eq!(
        out,
        format!(
            "client version: {CLIENT}\ncontrol plane version: 1.25.0\ndata plane version: 1.25.0 (1 proxies)\n"
        )
    );
}

#[test]
fn long_form_lists_each_proxy() {
    let tc = mesh();
    let (_, out, _) = sailctl(Some(&tc), &["version", "--short=false"]);
    assert!(
        out.contains(
            "pilot version: 1.24.2 (revision default, git revision 5a4b3c2d1e, status Clean)\n"
        ),
        "{out}"
    );
    assert!(
        out.contains("data plane version: reviews-v1-def.bookinfo 1.24.2 (sidecar)\n"),
        "{out}"
    );
}

#[test]
fn remote_false_never_contacts_the_cluster() {
    let tc = mesh();
    let (code, out, err) = sailctl(Some(&tc), &["version", "--remote=false"]);
    assert_eq!(code, 0);
    assert_eq!(out, format!("client version: {CLIENT}\n"));
    assert_eq!(err, "");
    assert!(tc.requests().is_empty());
    let (_, json_out, _) = sailctl(Some(&tc), &["version", "--remote=false", "-o", "json"]);
    let doc: Value = serde_json::from_str(&json_out).unwrap();
    assert!(doc.get("meshVersion").is_none() && doc.get("dataPlaneVersion").is_none());
}

#[test]
fn no_istio_in_the_cluster_is_said_on_stderr() {
    let tc = TestCluster::start();
    let (code, out, err) = sailctl(Some(&tc), &["version"]);
    assert_eq!(code, 0);
    assert_eq!(
        out,
        format!("client version: {CLIENT}\ndata plane version: none\n")
    );
    assert_eq!(
        err,
        "warning: Istio is not present in the cluster: no running Istio pods in namespace \"istio-system\"\n"
    );
}

#[test]
fn no_kubeconfig_still_prints_the_client_version() {
    let home = tempfile::tempdir().unwrap();
    let out = Command::cargo_bin("sailctl")
        .unwrap()
        .env_remove("KUBECONFIG")
        .env("HOME", home.path())
        .env("NO_COLOR", "1")
        .args(["version"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        format!("client version: {CLIENT}\n")
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("no Kubernetes cluster configured: no kubeconfig at"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
}

#[test]
fn kubeconfig_env_list_and_unreachable_server() {
    // KUBECONFIG lists a missing file and a kubeconfig whose server is down.
    let dir = tempfile::tempdir().unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let dead = dir.path().join("dead");
    std::fs::write(
        &dead,
        support::kubeconfig_yaml(&format!("http://127.0.0.1:{port}"), "dead"),
    )
    .unwrap();
    let list = format!(
        "{}:{}",
        dir.path().join("missing").display(),
        dead.display()
    );
    let out = Command::cargo_bin("sailctl")
        .unwrap()
        .env("KUBECONFIG", list)
        .env("NO_COLOR", "1")
        .args(["version"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(&format!(
            "cannot reach the Kubernetes API server at http://127.0.0.1:{port}"
        )),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "said once: {err}");
    assert!(!err.contains(support::TEST_TOKEN));
}

#[test]
fn context_flag_selects_the_cluster() {
    let tc = mesh();
    // A kubeconfig with two contexts: the current one is dead, `--context live` is the server.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config");
    let text = format!(
        "apiVersion: v1\nkind: Config\nclusters:\n- name: dead\n  cluster:\n    server: http://127.0.0.1:1\n- name: live\n  cluster:\n    server: {}\nusers:\n- name: u\n  user:\n    token: {}\ncontexts:\n- name: dead\n  context: {{cluster: dead, user: u}}\n- name: live\n  context: {{cluster: live, user: u}}\ncurrent-context: dead\n",
        tc.url(),
        support::TEST_TOKEN
    );
    std::fs::write(&path, text).unwrap();
    let out = Command::cargo_bin("sailctl")
        .unwrap()
        .env_remove("KUBECONFIG")
        .args([
            "--kubeconfig",
            path.to_str().unwrap(),
            "--context",
            "live",
            "version",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["meshVersion"].as_array().unwrap().len(), 2);
    // The token from the kubeconfig reached the server, and never shows up in messages.
    assert!(
        tc.requests()
            .iter()
            .all(|r| r.bearer_token.as_deref() == Some(support::TEST_TOKEN))
    );
    assert!(!String::from_utf8_lossy(&out.stderr).contains(support::TEST_TOKEN));
}

#[test]
fn loopback_servers_bypass_the_environment_proxy() {
    // As with kubectl: HTTPS_PROXY does not apply to a server on 127.0.0.1.
    let tc = mesh();
    let dead_proxy = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    let out = Command::cargo_bin("sailctl")
        .unwrap()
        .env_remove("KUBECONFIG")
        .env("HTTPS_PROXY", format!("http://{dead_proxy}"))
        .env("HTTP_PROXY", format!("http://{dead_proxy}"))
        .args(["--kubeconfig", tc.kubeconfig_str(), "version", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        doc["meshVersion"].as_array().unwrap().len(),
        2,
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
