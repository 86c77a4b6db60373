//! `install` and `uninstall` against the in-process Kubernetes API server.

mod support;

use assert_cmd::Command;
use serde_json::Value;
use support::TestCluster;

fn sailctl(tc: &TestCluster) -> Command {
    let mut c = Command::cargo_bin("sailctl").unwrap();
    c.args(["--kubeconfig", tc.kubeconfig_str(), "--color", "never"]);
    c
}

fn run(tc: &TestCluster, args: &[&str]) -> (i32, String, String) {
    let out = sailctl(tc).args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).to_string(),
        String::from_utf8_lossy(&out.stderr).to_string(),
    )
}

fn names(tc: &TestCluster, api_version: &str, kind: &str, ns: Option<&str>) -> Vec<String> {
    tc.list(api_version, kind, ns)
        .iter()
        .map(|o| {
            o["metadata"]["name"]
                .as_str()
                .unwrap_or_default()
                .to_string()
        })
        .collect()
}

#[test]
fn install_applies_every_object_and_waits() {
    let tc = TestCluster::start();
    tc.set_auto_ready(true);
    let (code, out, err) = run(&tc, &["install", "-y", "--set", "profile=demo"]);
    assert_eq!(code, 0, "{out}\n{err}");
    insta::assert_snapshot!(out);

    assert!(tc.get("v1", "Namespace", None, "istio-system").is_some());
    let crds = tc.list("apiextensions.k8s.io/v1", "CustomResourceDefinition", None);
    assert_eq!(crds.len(), 15);
    assert_eq!(
        names(&tc, "apps/v1", "Deployment", Some("istio-system")),
        ["istio-egressgateway", "istio-ingressgateway", "istiod"]
    );
    let istiod = tc
        .get("apps/v1", "Deployment", Some("istio-system"), "istiod")
        .unwrap();
    assert_eq!(
        istiod["metadata"]["labels"]["operator.istio.io/component"],
        "Pilot"
    );
    // server-side apply, forced, with istioctl's field manager; CRDs before anything else
    let applies = tc.requests_with_verb("apply");
    assert_eq!(applies.len(), 42 + 1, "every object and the namespace");
    assert!(
        applies
            .iter()
            .all(
                |r| r.params.get("fieldManager").map(String::as_str) == Some("istio-operator")
                    && r.params.get("force").map(String::as_str) == Some("true")
            )
    );
    assert!(
        applies[1].path.contains("customresourcedefinitions"),
        "{}",
        applies[1].path
    );
}

#[test]
fn dry_run_writes_nothing() {
    let tc = TestCluster::start();
    let (code, out, err) = run(&tc, &["install", "--dry-run", "--set", "profile=minimal"]);
    assert_eq!(code, 0, "{out}\n{err}");
    assert!(out.contains("Dry run complete"), "{out}");
    assert!(
        tc.writes().is_empty(),
        "{:?}",
        tc.writes().iter().map(|r| &r.path).collect::<Vec<_>>()
    );
    assert!(tc.get("v1", "Namespace", None, "istio-system").is_none());
}

#[test]
fn a_workload_that_never_becomes_ready_fails_the_install() {
    let tc = TestCluster::start();
    let (code, out, err) = run(
        &tc,
        &[
            "install",
            "-y",
            "--set",
            "profile=minimal",
            "--readiness-timeout",
            "300ms",
        ],
    );
    assert_eq!(code, 1, "{out}\n{err}");
    assert!(
        err.contains("timed out") && err.contains("Deployment istio-system/istiod"),
        "{err}"
    );
    // everything was applied before the wait
    assert!(
        tc.get("apps/v1", "Deployment", Some("istio-system"), "istiod")
            .is_some()
    );
}

#[test]
fn reinstalling_a_smaller_profile_prunes_what_is_gone() {
    let tc = TestCluster::start();
    tc.set_auto_ready(true);
    let (code, _, err) = run(&tc, &["install", "-y"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        tc.get(
            "apps/v1",
            "Deployment",
            Some("istio-system"),
            "istio-ingressgateway"
        )
        .is_some()
    );
    let (code, out, err) = run(&tc, &["install", "-y", "--set", "profile=minimal"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("Removed Deployment:istio-system:istio-ingressgateway."),
        "{out}"
    );
    assert!(
        tc.get(
            "apps/v1",
            "Deployment",
            Some("istio-system"),
            "istio-ingressgateway"
        )
        .is_none()
    );
    assert!(
        tc.get("apps/v1", "Deployment", Some("istio-system"), "istiod")
            .is_some()
    );
}

#[test]
fn a_denied_write_fails_naming_the_component() {
    let tc = TestCluster::start();
    tc.deny("patch", "apps", "deployments", Some("istio-system"));
    let (code, _, err) = run(&tc, &["install", "-y", "--set", "profile=minimal"]);
    assert_eq!(code, 1);
    assert!(err.contains("Pilot:") && err.contains("forbidden"), "{err}");
}

#[test]
fn declining_the_prompt_changes_nothing() {
    let tc = TestCluster::start();
    let out = sailctl(&tc)
        .args(["install"])
        .write_stdin("n\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("Cancelled."));
    assert!(tc.writes().is_empty());
}

#[test]
fn uninstall_by_revision_keeps_base_and_purge_removes_everything() {
    let tc = TestCluster::start();
    tc.set_auto_ready(true);
    let (code, _, err) = run(
        &tc,
        &[
            "install",
            "-y",
            "--revision",
            "canary",
            "--set",
            "profile=minimal",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        tc.get(
            "apps/v1",
            "Deployment",
            Some("istio-system"),
            "istiod-canary"
        )
        .is_some()
    );

    let (code, out, err) = run(&tc, &["uninstall", "-y", "--revision", "canary"]);
    assert_eq!(code, 0, "{out}\n{err}");
    assert!(
        out.contains("Removed Deployment:istio-system:istiod-canary."),
        "{out}"
    );
    assert!(out.contains("Uninstall complete"));
    assert!(
        tc.get(
            "apps/v1",
            "Deployment",
            Some("istio-system"),
            "istiod-canary"
        )
        .is_none()
    );
    assert!(
        tc.list(
            "admissionregistration.k8s.io/v1",
            "MutatingWebhookConfiguration",
            None
        )
        .is_empty()
    );
    assert_eq!(
        tc.list("apiextensions.k8s.io/v1", "CustomResourceDefinition", None)
            .len(),
        15
    );
    assert!(
        tc.get(
            "v1",
            "ServiceAccount",
            Some("istio-system"),
            "istio-reader-service-account"
        )
        .is_some()
    );

    let (code, out, _) = run(&tc, &["uninstall", "-y", "--purge", "--dry-run"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("Would remove CustomResourceDefinition::virtualservices.networking.istio.io."),
        "{out}"
    );
    assert_eq!(
        tc.list("apiextensions.k8s.io/v1", "CustomResourceDefinition", None)
            .len(),
        15
    );

    let (code, _, err) = run(&tc, &["uninstall", "-y", "--purge"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        tc.list("apiextensions.k8s.io/v1", "CustomResourceDefinition", None)
            .is_empty()
    );
    assert!(
        tc.get(
            "v1",
            "ServiceAccount",
            Some("istio-system"),
            "istio-reader-service-account"
        )
        .is_none()
    );
    // the namespace stays, as with istioctl
    assert!(tc.get("v1", "Namespace", None, "istio-system").is_some());
    let left: Vec<Value> = tc.list("v1", "ConfigMap", Some("istio-system"));
    assert!(
        left.iter()
            .all(|c| c["metadata"]["labels"]["operator.istio.io/component"].is_null())
    );
}

#[test]
fn uninstall_needs_a_scope() {
    let tc = TestCluster::start();
    let (code, _, err) = run(&tc, &["uninstall", "-y"]);
    assert_eq!(code, 2);
    assert!(err.contains("--purge"), "{err}");
    assert!(tc.requests().is_empty());
}
