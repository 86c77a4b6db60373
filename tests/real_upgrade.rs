//! The real-cluster tier for the install lifecycle: `upgrade` (in place from an older install,
//! `--diff` first, then a canary), `tag set|list|remove` and the old revision's removal,
//! against a real kube-apiserver (its own server: this binary is the only writer).

mod real;

use real::{FakeControllers, RealCluster, get_object, sailctl};
use serde_json::{Value, json};

fn ok(rc: &RealCluster, args: &[&str]) -> String {
    let (code, out, err) = sailctl(&rc.kubeconfig, args, &[]);
    assert_eq!(code, 0, "sailctl {}:\n{out}\n{err}", args.join(" "));
    out
}

fn deployment(name: &str) -> Value {
    json!({"apiVersion": "apps/v1", "kind": "Deployment",
           "metadata": {"name": name, "namespace": "istio-system"}})
}

fn image(client: &kube::Client, name: &str) -> String {
    let d = get_object(client, &deployment(name)).unwrap_or_else(|| panic!("{name} is missing"));
    d["spec"]["template"]["spec"]["containers"][0]["image"]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

fn injector_service(client: &kube::Client, name: &str) -> Option<String> {
    let mwc = get_object(
        client,
        &json!({"apiVersion": "admissionregistration.k8s.io/v1",
                "kind": "MutatingWebhookConfiguration", "metadata": {"name": name}}),
    )?;
    mwc["webhooks"][0]["clientConfig"]["service"]["name"]
        .as_str()
        .map(str::to_string)
}

#[test]
fn upgrade_in_place_then_canary_with_a_tag_switch_on_a_real_server() {
    let rc = RealCluster::start();
    let client = rc.client();
    let _controllers = FakeControllers::start(client.clone());
    let to = ok(&rc, &["profile", "dump", "-p", "tag"])
        .trim()
        .to_string();
    let minor: u32 = to.split('.').nth(1).unwrap().parse().unwrap();
    let from = format!("1.{}.2", minor - 1);
    let pin = format!("tag={from}");
    let wait = ["--readiness-timeout", "120s"];

    let mut args = vec!["install", "--set", "profile=minimal", "--set", &pin, "-y"];
    args.extend(wait);
    ok(&rc, &args);
    assert!(image(&client, "istiod").ends_with(&format!(":{from}")));

    // --diff names the change and writes nothing
    let before = get_object(&client, &deployment("istiod")).unwrap();
    let out = ok(&rc, &["upgrade", "--diff"]);
    assert!(
        out.contains("~ Deployment istio-system/istiod (Pilot): changed"),
        "{out}"
    );
    let after = get_object(&client, &deployment("istiod")).unwrap();
    assert_eq!(
        before["metadata"]["resourceVersion"],
        after["metadata"]["resourceVersion"]
    );

    let mut args = vec!["upgrade", "-y"];
    args.extend(wait);
    let out = ok(&rc, &args);
    assert!(
        out.contains(&format!("Upgraded the default revision to {to}")),
        "{out}"
    );
    assert!(image(&client, "istiod").ends_with(&format!(":{to}")));
    ok(&rc, &["verify-install"]);

    // canary: a second control plane, tags moved to it, the old one removed
    let mut args = vec!["upgrade", "--revision", "canary", "-y"];
    args.extend(wait);
    ok(&rc, &args);
    assert!(image(&client, "istiod-canary").ends_with(&format!(":{to}")));
    ok(&rc, &["tag", "set", "prod", "--revision", "canary"]);
    assert_eq!(
        injector_service(&client, "istio-revision-tag-prod").as_deref(),
        Some("istiod-canary")
    );
    assert_eq!(
        injector_service(&client, "istio-revision-tag-default").as_deref(),
        Some("istiod")
    );
    ok(
        &rc,
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
        injector_service(&client, "istio-revision-tag-default").as_deref(),
        Some("istiod-canary")
    );
    let out = ok(&rc, &["tag", "list"]);
    let rows: Vec<Vec<&str>> = out
        .lines()
        .map(|l| l.split_whitespace().collect())
        .collect();
    assert!(rows.contains(&vec!["default", "canary"]), "{out}");
    assert!(rows.contains(&vec!["prod", "canary"]), "{out}");

    ok(&rc, &["uninstall", "--revision", "default", "-y"]);
    // foreground deletion without a garbage collector: marked deleted, or gone
    let old = get_object(&client, &deployment("istiod"));
    assert!(
        old.as_ref()
            .is_none_or(|d| !d["metadata"]["deletionTimestamp"].is_null()),
        "the old revision's istiod was not deleted: {old:?}"
    );
    assert!(get_object(&client, &deployment("istiod-canary")).is_some());
    assert_eq!(
        injector_service(&client, "istio-revision-tag-default").as_deref(),
        Some("istiod-canary"),
        "the moved default tag survives the old revision's removal"
    );
    let out = ok(&rc, &["tag", "remove", "prod", "-y"]);
    assert_eq!(out, "Revision tag prod removed\n");
    assert_eq!(injector_service(&client, "istio-revision-tag-prod"), None);
}
