//! `sailctl precheck`'s ambient-mode checks on the API test server: not installed, enrolled
//! namespaces without ztunnel, ztunnel without the CNI agent, rollouts, non-Linux nodes.

mod support;

use assert_cmd::Command;
use serde_json::{Value, json};
use support::TestCluster;

/// The checks of the `Ambient mode` group: `(status, name)`.
fn ambient(tc: &TestCluster) -> Vec<(String, String)> {
    let out = Command::cargo_bin("sailctl")
        .unwrap()
        .env_remove("KUBECONFIG")
        .args([
            "--kubeconfig",
            tc.kubeconfig_str(),
            "precheck",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    v["checks"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["group"] == "Ambient mode")
        .map(|c| {
            (
                c["status"].as_str().unwrap().to_string(),
                c["name"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn daemonset(tc: &TestCluster, name: &str) {
    tc.seed(json!({"apiVersion": "apps/v1", "kind": "DaemonSet",
        "metadata": {"name": name, "namespace": "istio-system"},
        "spec": {"selector": {"matchLabels": {"app": name}},
                 "template": {"metadata": {"labels": {"app": name}},
                              "spec": {"containers": [{"name": "c", "image": "i:1"}]}}}}));
}

fn node(tc: &TestCluster, name: &str, os: &str, kernel: &str) {
    tc.seed(
        json!({"apiVersion": "v1", "kind": "Node", "metadata": {"name": name},
        "status": {"nodeInfo": {"operatingSystem": os, "kernelVersion": kernel,
            "architecture": "amd64", "bootID": "", "containerRuntimeVersion": "containerd://2.0",
            "kubeProxyVersion": "", "kubeletVersion": "v1.33.0",
            "machineID": "", "osImage": "", "systemUUID": ""}}}),
    );
}

#[test]
fn a_cluster_without_ambient_passes() {
    let tc = TestCluster::start();
    assert_eq!(
        ambient(&tc),
        [(
            "ok".to_string(),
            "ambient mode is not installed (no ztunnel or istio-cni-node DaemonSet in istio-system)"
                .to_string()
        )]
    );
}

#[test]
fn enrolled_namespaces_without_ztunnel_warn() {
    let tc = TestCluster::start();
    tc.seed(json!({"apiVersion": "v1", "kind": "Namespace",
        "metadata": {"name": "shop", "labels": {"istio.io/dataplane-mode": "ambient"}}}));
    let checks = ambient(&tc);
    assert_eq!(checks.len(), 1);
    assert_eq!(checks[0].0, "warning");
    assert!(
        checks[0]
            .1
            .starts_with("namespace(s) shop are labeled istio.io/dataplane-mode=ambient"),
        "{checks:?}"
    );
}

#[test]
fn ztunnel_needs_the_cni_agent_and_linux_nodes() {
    let tc = TestCluster::start();
    daemonset(&tc, "ztunnel");
    tc.mark_ready("DaemonSet", "istio-system", "ztunnel");
    node(&tc, "n1", "linux", "6.8.0-45-generic");
    node(&tc, "w1", "windows", "10.0.20348");
    let checks = ambient(&tc);
    let status = |needle: &str| {
        checks
            .iter()
            .find(|(_, n)| n.contains(needle))
            .unwrap_or_else(|| panic!("no check {needle}: {checks:?}"))
            .0
            .clone()
    };
    assert_eq!(status("DaemonSet istio-system/ztunnel is rolled out"), "ok");
    assert_eq!(
        status("DaemonSet istio-system/istio-cni-node is missing"),
        "error"
    );
    assert_eq!(status("node(s) w1 (windows) do not run Linux"), "warning");

    daemonset(&tc, "istio-cni-node");
    let checks = ambient(&tc);
    assert!(
        checks.iter().any(|(s, n)| s == "warning"
            && n.starts_with("DaemonSet istio-system/istio-cni-node is not ready on every node")),
        "{checks:?}"
    );
    tc.mark_ready("DaemonSet", "istio-system", "istio-cni-node");
    let checks = ambient(&tc);
    assert!(
        checks.iter().any(|(s, n)| s == "ok"
            && n.starts_with("DaemonSet istio-system/istio-cni-node is rolled out")),
        "{checks:?}"
    );
    assert!(!checks.iter().any(|(s, _)| s == "error"), "{checks:?}");
}
