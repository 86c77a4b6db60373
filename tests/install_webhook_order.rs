//! The webhook order of a default-revision install: the revision's own injector is switched
//! off only after the default revision tag's webhook exists, so an install that stops
//! half-way never leaves the cluster without a webhook that injects.

mod support;

use assert_cmd::Command;
use serde_json::Value;
use support::TestCluster;

fn sailctl(tc: &TestCluster, args: &[&str]) -> (i32, String, String) {
    let out = Command::cargo_bin("sailctl")
        .expect("sailctl")
        .env_remove("KUBECONFIG")
        .env("NO_COLOR", "1")
        .args(["--kubeconfig", tc.kubeconfig_str()])
        .args(args)
        .output()
        .expect("run sailctl");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn webhook(tc: &TestCluster, name: &str) -> Option<Value> {
    tc.get(
        "admissionregistration.k8s.io/v1",
        "MutatingWebhookConfiguration",
        None,
        name,
    )
}

/// Whether any of the configuration's webhooks can match (none carries the never-match
/// selector).
fn active(mwc: &Value) -> bool {
    let hooks = mwc["webhooks"].as_array().cloned().unwrap_or_default();
    !hooks.is_empty() && hooks.iter().all(|h| !h.to_string().contains("never-match"))
}

#[test]
fn an_install_stopped_before_the_default_tag_leaves_the_injector_active() {
    let tc = TestCluster::start();
    tc.set_auto_ready(true);
    // the gateways' step fails (its PodDisruptionBudget is forbidden), after Pilot's
    tc.deny("patch", "policy", "poddisruptionbudgets", None);
    let set = [
        "install",
        "--set",
        "profile=default",
        "--set",
        "values.gateways.istio-ingressgateway.autoscaleMin=2",
        "-y",
    ];
    let (code, out, err) = sailctl(&tc, &set);
    assert_eq!(code, 1, "{out}{err}");
    assert!(err.contains("IngressGateways"), "{err}");
    assert!(webhook(&tc, "istio-revision-tag-default").is_none());
    let inj = webhook(&tc, "istio-sidecar-injector").expect("the injector was applied");
    assert!(
        active(&inj),
        "no tag yet, so the injector must still inject: {inj}"
    );

    // the install completed: the tag injects, the revision's injector is switched off
    tc.allow("patch", "policy", "poddisruptionbudgets", None);
    let (code, out, err) = sailctl(&tc, &set);
    assert_eq!(code, 0, "{out}{err}");
    let tag = webhook(&tc, "istio-revision-tag-default").expect("the default tag");
    assert!(active(&tag), "{tag}");
    let inj = webhook(&tc, "istio-sidecar-injector").expect("the injector");
    assert!(!active(&inj), "{inj}");
}
