//! Dynamic completion (clap_complete's engine, `COMPLETE=<shell> sailctl -- sailctl ...`):
//! namespaces, pods and revisions come from the cluster (the in-process API server, through
//! `$KUBECONFIG`), profiles from the binary; an unreachable cluster completes nothing.

mod support;

use assert_cmd::Command;
use support::TestCluster;

/// The values fish is offered for the last word of `line` (fish's format: one per line,
/// `value<TAB>help`).
fn complete(kubeconfig: &str, line: &[&str]) -> Vec<String> {
    let out = Command::cargo_bin("sailctl")
        .unwrap()
        .env("COMPLETE", "fish")
        .env("KUBECONFIG", kubeconfig)
        .arg("--")
        .arg("sailctl")
        .args(line)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| l.split('\t').next().unwrap_or_default().to_string())
        .collect()
}

#[test]
fn namespaces_pods_profiles_and_revisions_complete() {
    let tc = TestCluster::start();
    tc.seed(support::pod_json(
        "bookinfo",
        "productpage-v1-5d9c8",
        &[("app", "productpage")],
        &[("productpage", "productpage:1")],
    ));
    tc.seed(
        serde_json::json!({"apiVersion": "admissionregistration.k8s.io/v1",
        "kind": "MutatingWebhookConfiguration",
        "metadata": {"name": "istio-sidecar-injector-canary",
            "labels": {"app": "sidecar-injector", "istio.io/rev": "canary"}},
        "webhooks": []}),
    );
    let kc = tc.kubeconfig_str();

    let ns = complete(kc, &["-n", ""]);
    assert_eq!(ns, ["bookinfo", "default", "kube-public", "kube-system"]);
    let ns = complete(kc, &["analyze", "--namespace", "b"]);
    assert_eq!(ns, ["bookinfo"]);
    assert_eq!(
        complete(kc, &["pc", "cluster", "prod"]),
        ["productpage-v1-5d9c8.bookinfo"]
    );
    assert_eq!(
        complete(kc, &["tag", "set", "prod", "--revision", ""]),
        ["canary"]
    );
    let profiles = complete(kc, &["profile", "diff", "default", "d"]);
    assert_eq!(profiles, ["default", "demo"]);

    // no cluster: nothing offered, quickly, no error text in the shell
    let none = complete("/nonexistent/kubeconfig", &["-n", ""]);
    assert!(none.is_empty(), "{none:?}");
}
