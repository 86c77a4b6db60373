//! `sailctl proxy-status` asking istiod live: the binary, a kubeconfig, the in-process API server
//! and port-forwards to fake istiod `/debug/syncz` endpoints (monitoring port 15014).

mod support;

use assert_cmd::Command;
use serde_json::json;
use support::TestCluster;

fn sailctl(tc: &TestCluster, args: &[&str]) -> (i32, String, String) {
    let out = Command::cargo_bin("sailctl")
        .unwrap()
        .env_remove("KUBECONFIG")
        .env("NO_COLOR", "1")
        .args(["--kubeconfig", tc.kubeconfig_str()])
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

const CDS: &str = "type.googleapis.com/envoy.config.cluster.v3.Cluster";
const LDS: &str = "type.googleapis.com/envoy.config.listener.v3.Listener";
const RDS: &str = "type.googleapis.com/envoy.config.route.v3.RouteConfiguration";
const EDS: &str = "type.googleapis.com/envoy.config.endpoint.v3.ClusterLoadAssignment";

fn istiod(tc: &TestCluster, name: &str, rev: &str, syncz: serde_json::Value) {
    tc.seed(support::pod_json(
        "istio-system",
        name,
        &[("app", "istiod"), ("istio.io/rev", rev)],
        &[("discovery", "docker.io/istio/pilot:1.24.2")],
    ));
    tc.pod_running("istio-system", name);
    let fake = tc.serve_http(vec![(
        "/debug/syncz",
        200,
        "application/json",
        syncz.to_string(),
    )]);
    tc.forward_pod_port("istio-system", name, 15014, fake);
}

fn mesh() -> TestCluster {
    let tc = TestCluster::start();
    istiod(
        &tc,
        "istiod-default-1",
        "default",
        json!([
            {"cluster_id": "Kubernetes", "proxy": "reviews-v1-abc.bookinfo", "istio_version": "1.24.2",
             "resources": {
                CDS: {"sent": "n1", "acked": "n1"},
                LDS: {"sent": "n2", "acked": "n1"},
                RDS: {"sent": "n3", "acked": "n2", "lastError": "rejected"},
                EDS: {}}},
            {"cluster_id": "Kubernetes", "proxy": "istio-ingressgateway-x.istio-system", "istio_version": "1.24.2",
             "resources": {CDS: {"sent": "a", "acked": "a"}, LDS: {"sent": "b", "acked": "b"}}}
        ]),
    );
    istiod(
        &tc,
        "istiod-canary-1",
        "canary",
        json!([{"cluster_id": "Kubernetes", "proxy": "ratings-v1-xyz.bookinfo", "istio_version": "1.25.0",
                "resources": {CDS: {"sent": "c", "acked": "c"}}}]),
    );
    tc
}

#[test]
fn every_running_istiod_is_asked() {
    let tc = mesh();
    let (code, out, err) = sailctl(&tc, &["proxy-status", "--verbosity", "1"]);
    assert_eq!(code, 0, "{err}");
    insta::assert_snapshot!(out);
    let pf = tc.requests_with_verb("portforward");
    assert_eq!(pf.len(), 2);
    assert!(
        pf.iter()
            .all(|r| r.params.get("ports").map(String::as_str) == Some("15014"))
    );
}

#[test]
fn revision_and_namespace_narrow_the_answer() {
    let tc = mesh();
    let (code, out, err) = sailctl(&tc, &["ps", "--revision", "canary"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.lines().count(), 2, "{out}");
    assert!(out.contains("ratings-v1-xyz.bookinfo"), "{out}");
    let (code, out, err) = sailctl(&tc, &["ps", "-n", "bookinfo", "-o", "json"]);
    assert_eq!(code, 0, "{err}");
    let docs: Vec<serde_json::Value> = serde_json::Deserializer::from_str(&out)
        .into_iter()
        .collect::<Result<_, _>>()
        .unwrap();
    let ids: Vec<&str> = docs
        .iter()
        .flat_map(|d| d["resources"].as_array().into_iter().flatten())
        .map(|r| r["node"]["id"].as_str().unwrap())
        .collect();
    // istiods in the order the API lists them
    assert_eq!(
        ids,
        vec!["ratings-v1-xyz.bookinfo", "reviews-v1-abc.bookinfo"]
    );
}

#[test]
fn no_istiod_is_a_clear_error() {
    let tc = TestCluster::start();
    let (code, out, err) = sailctl(&tc, &["ps"]);
    assert_eq!(code, 1);
    assert!(out.is_empty());
    assert_eq!(
        err,
        "error: no running Istio pods in namespace \"istio-system\"\n"
    );
}

#[test]
fn direct_pod_ports_replace_the_port_forward_and_malformed_ones_are_named() {
    let tc = TestCluster::start();
    tc.seed(support::pod_json(
        "istio-system",
        "istiod-local",
        &[("app", "istiod")],
        &[("discovery", "docker.io/istio/pilot:1.24.2")],
    ));
    tc.pod_running("istio-system", "istiod-local");
    // Served on a local address, with no port-forward route: only the direct address reaches it.
    let local = tc.serve_http(vec![(
        "/debug/syncz",
        200,
        "application/json",
        json!([{"cluster_id": "Kubernetes", "proxy": "details-v1-q.bookinfo", "istio_version": "1.24.2",
                "resources": {CDS: {"sent": "c", "acked": "c"}}}])
        .to_string(),
    )]);
    let run = |env: &str| {
        let out = Command::cargo_bin("sailctl")
            .unwrap()
            .env_remove("KUBECONFIG")
            .env("NO_COLOR", "1")
            .env("SAILCTL_DIRECT_POD_PORTS", env)
            .args(["--kubeconfig", tc.kubeconfig_str(), "proxy-status"])
            .output()
            .unwrap();
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8(out.stdout).unwrap(),
            String::from_utf8(out.stderr).unwrap(),
        )
    };
    let (code, out, err) = run(&format!(
        "other/pod:1=127.0.0.1:9, istio-system/istiod-local:15014={local}"
    ));
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("details-v1-q.bookinfo"), "{out}");
    assert!(
        tc.requests_with_verb("portforward").is_empty(),
        "a port-forward was opened"
    );

    let (code, _, err) = run("istio-system/istiod-local:15014");
    assert_ne!(code, 0);
    assert!(
        err.contains(
            "SAILCTL_DIRECT_POD_PORTS entry \"istio-system/istiod-local:15014\" is not NAMESPACE/POD:PORT=HOST:PORT"
        ),
        "{err}"
    );
    assert_eq!(err.trim().lines().count(), 1, "{err}");
}
