//! `tag list|set|generate|remove` and the canary flow around them, end to end: the binary, a
//! kubeconfig and the in-process API server (auto-ready workloads).

mod support;

use serde_json::json;
use support::TestCluster;

fn sailctl(tc: &TestCluster, args: &[&str]) -> (i32, String, String) {
    support::cli::sailctl(Some(tc), args)
}

fn ok(tc: &TestCluster, args: &[&str]) -> String {
    let (code, out, err) = sailctl(tc, args);
    assert_eq!(code, 0, "sailctl {}:\n{out}\n{err}", args.join(" "));
    out
}

const ADM: &str = "admissionregistration.k8s.io/v1";

fn injector_service(tc: &TestCluster, name: &str) -> String {
    let mwc = tc
        .get(ADM, "MutatingWebhookConfiguration", None, name)
        .unwrap_or_else(|| panic!("{name} is missing"));
    mwc["webhooks"][0]["clientConfig"]["service"]["name"]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

#[test]
fn canary_upgrade_with_tags_then_old_revision_removal() {
    let tc = TestCluster::start();
    tc.set_auto_ready(true);
    ok(&tc, &["install", "--set", "profile=minimal", "-y"]);
    ok(
        &tc,
        &[
            "install",
            "--set",
            "profile=minimal",
            "--revision",
            "canary",
            "-y",
        ],
    );
    tc.seed(json!({"apiVersion": "v1", "kind": "Namespace",
        "metadata": {"name": "shop", "labels": {"istio.io/rev": "prod"}}}));

    let out = ok(&tc, &["tag", "list"]);
    assert_eq!(
        out.lines()
            .map(str::split_whitespace)
            .map(Iterator::collect::<Vec<_>>)
            .collect::<Vec<_>>(),
        [
            vec!["TAG", "REVISION", "NAMESPACES"],
            vec!["default", "default"]
        ],
        "{out}"
    );

    // generate prints the objects and writes nothing
    tc.clear_requests();
    let out = ok(&tc, &["tag", "generate", "prod", "--revision", "canary"]);
    assert!(tc.writes().is_empty(), "{:?}", tc.writes());
    assert!(out.contains("name: istio-revision-tag-prod"), "{out}");
    assert!(out.contains("name: istiod-revision-tag-prod"), "{out}");
    assert!(!out.contains("istiod-default-validator"), "{out}");

    let out = ok(&tc, &["tag", "set", "prod", "--revision", "canary"]);
    assert!(
        out.starts_with(
            "Revision tag \"prod\" created, referencing control plane revision \"canary\""
        ),
        "{out}"
    );
    assert_eq!(
        injector_service(&tc, "istio-revision-tag-prod"),
        "istiod-canary"
    );
    let out = ok(&tc, &["tag", "list", "-o", "json"]);
    let tags: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        tags,
        json!([
            {"tag": "default", "revision": "default", "namespaces": []},
            {"tag": "prod", "revision": "canary", "namespaces": ["shop"]},
        ])
    );

    // an existing tag moves only with --overwrite; a missing revision is named
    let (code, _, err) = sailctl(&tc, &["tag", "set", "prod", "--revision", "canary"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("pass --overwrite"), "{err}");
    let (code, _, err) = sailctl(&tc, &["tag", "set", "x", "--revision", "nope"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("revision \"nope\""), "{err}");
    let (code, _, err) = sailctl(&tc, &["tag", "set", "Bad_Tag", "--revision", "canary"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("DNS label"), "{err}");

    // the canary switch: default moves to canary, then the old revision goes
    assert_eq!(
        injector_service(&tc, "istio-revision-tag-default"),
        "istiod"
    );
    ok(
        &tc,
        &[
            "tag",
            "set",
            "default",
            "--revision",
            "canary",
            "--overwrite",
        ],
    );
    assert_eq!(
        injector_service(&tc, "istio-revision-tag-default"),
        "istiod-canary"
    );
    let vwc = tc
        .get(
            ADM,
            "ValidatingWebhookConfiguration",
            None,
            "istiod-default-validator",
        )
        .unwrap();
    assert_eq!(
        vwc["webhooks"][0]["clientConfig"]["service"]["name"],
        "istiod-canary"
    );
    ok(&tc, &["uninstall", "--revision", "default", "-y"]);
    assert!(
        tc.get("apps/v1", "Deployment", Some("istio-system"), "istiod")
            .is_none()
    );
    assert!(
        tc.get(
            "apps/v1",
            "Deployment",
            Some("istio-system"),
            "istiod-canary"
        )
        .is_some()
    );
    assert_eq!(
        injector_service(&tc, "istio-revision-tag-default"),
        "istiod-canary",
        "the moved default tag survives the old revision's removal"
    );
    assert!(
        tc.get(
            "v1",
            "ConfigMap",
            Some("istio-system"),
            "sailctl-installed-state"
        )
        .is_none()
    );
    ok(&tc, &["verify-install", "--revision", "canary"]);

    // remove: refuses without a terminal while a namespace uses the tag, then -y
    let (code, _, err) = sailctl(&tc, &["tag", "remove", "prod"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("stdin is not a terminal"), "{err}");
    let out = ok(&tc, &["tag", "remove", "prod", "-y"]);
    assert_eq!(out, "Revision tag prod removed\n");
    assert!(
        tc.get(
            ADM,
            "MutatingWebhookConfiguration",
            None,
            "istio-revision-tag-prod"
        )
        .is_none()
    );
    assert!(
        tc.get(
            "v1",
            "Service",
            Some("istio-system"),
            "istiod-revision-tag-prod"
        )
        .is_none()
    );
    let (code, _, err) = sailctl(&tc, &["tag", "remove", "prod", "-y"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("cannot remove tag \"prod\""), "{err}");
}
