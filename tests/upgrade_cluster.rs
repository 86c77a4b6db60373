//! The install record, `upgrade` and `precheck --from-version` end to end on the in-process
//! API server: `verify-install` and `uninstall --revision` reading the record, an in-place
//! upgrade from an older install, `--diff` writing nothing, a refused version jump, and a
//! canary upgrade with a tag switch and the old revision's removal.

mod support;

use assert_cmd::Command;
use serde_json::json;
use support::TestCluster;

fn sailctl(tc: &TestCluster, args: &[&str]) -> (i32, String, String) {
    support::cli::sailctl(Some(tc), args)
}

fn istiod_image(tc: &TestCluster, name: &str) -> String {
    let d = tc
        .get("apps/v1", "Deployment", Some("istio-system"), name)
        .unwrap_or_else(|| panic!("Deployment {name} is missing"));
    d["spec"]["template"]["spec"]["containers"][0]["image"]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

fn recorded_version(tc: &TestCluster, name: &str) -> String {
    tc.get("v1", "ConfigMap", Some("istio-system"), name)
        .unwrap_or_else(|| panic!("ConfigMap {name} is missing"))["data"]["version"]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

/// The Istio version this sailctl installs.
fn current() -> String {
    let out = Command::cargo_bin("sailctl")
        .unwrap()
        .args(["profile", "dump", "-p", "tag"])
        .output()
        .unwrap();
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

fn older_install(tag: &str) -> TestCluster {
    let tc = TestCluster::start();
    tc.set_auto_ready(true);
    let set = format!("tag={tag}");
    let (code, out, err) = sailctl(
        &tc,
        &["install", "--set", "profile=minimal", "--set", &set, "-y"],
    );
    assert_eq!(code, 0, "{out}{err}");
    assert!(istiod_image(&tc, "istiod").ends_with(&format!(":{tag}")));
    tc
}

#[test]
fn in_place_upgrade_from_an_older_install_with_a_diff_first() {
    let to = current();
    assert!(to.starts_with("1."), "{to}");
    let minor: u32 = to.split('.').nth(1).unwrap().parse().unwrap();
    let from = format!("1.{}.3", minor - 1);
    let tc = older_install(&from);
    assert_eq!(recorded_version(&tc, "sailctl-installed-state"), from);

    tc.clear_requests();
    let (code, out, err) = sailctl(&tc, &["upgrade", "--diff"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(tc.writes().is_empty(), "--diff wrote {:?}", tc.writes());
    assert!(err.contains(&format!("{from} → {to}")), "{err}");
    assert!(
        out.contains("~ Deployment istio-system/istiod (Pilot): changed"),
        "{out}"
    );
    assert!(out.contains(&format!(":{to}")), "{out}");
    assert!(out.ends_with("nothing was changed.\n"), "{out}");

    let (code, out, err) = sailctl(&tc, &["upgrade", "-y"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        out.contains(&format!("✔ Upgraded the default revision to {to}.")),
        "{out}"
    );
    assert!(istiod_image(&tc, "istiod").ends_with(&format!(":{to}")));
    assert_eq!(recorded_version(&tc, "sailctl-installed-state"), to);
    let (code, out, err) = sailctl(&tc, &["verify-install"]);
    assert_eq!(code, 0, "{out}{err}");
}

#[test]
fn unsupported_jumps_are_refused_before_anything_is_written() {
    let to = current();
    let minor: u32 = to.split('.').nth(1).unwrap().parse().unwrap();
    let from = format!("1.{}.0", minor - 2);
    let tc = older_install(&from);
    tc.clear_requests();
    let (code, _, err) = sailctl(&tc, &["upgrade", "-y"]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains(&format!("upgrade through 1.{} first", minor - 1)),
        "{err}"
    );
    assert!(tc.writes().is_empty(), "{:?}", tc.writes());
    // precheck says the same, and that a canary may take two steps
    let (code, out, _) = sailctl(&tc, &["precheck", "--from-version", &from]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains(&format!("✘ upgrade from {from} to {to}")),
        "{out}"
    );
    let (code, out, _) = sailctl(&tc, &["x", "precheck", "-f", &from, "--revision", "canary"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("2 minor versions as a canary"), "{out}");
    // nothing recorded: a clear usage error
    let empty = TestCluster::start();
    let (code, _, err) = sailctl(&empty, &["upgrade", "-y"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("nothing to upgrade"), "{err}");
}

#[test]
fn canary_upgrade_then_tag_switch_then_old_revision_removal() {
    let to = current();
    let minor: u32 = to.split('.').nth(1).unwrap().parse().unwrap();
    let from = format!("1.{}.1", minor - 1);
    let tc = older_install(&from);
    let (code, out, err) = sailctl(&tc, &["upgrade", "--revision", "canary", "-y"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        out.contains("sailctl tag set default --revision canary --overwrite"),
        "{out}"
    );
    assert!(istiod_image(&tc, "istiod-canary").ends_with(&format!(":{to}")));
    assert!(
        istiod_image(&tc, "istiod").ends_with(&format!(":{from}")),
        "the old revision runs on"
    );
    assert_eq!(recorded_version(&tc, "sailctl-installed-state-canary"), to);

    let (code, out, err) = sailctl(
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
    assert_eq!(code, 0, "{out}{err}");
    let (code, out, err) = sailctl(&tc, &["uninstall", "--revision", "default", "-y"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        tc.get("apps/v1", "Deployment", Some("istio-system"), "istiod")
            .is_none()
    );
    let (code, out, _) = sailctl(&tc, &["tag", "list"]);
    assert_eq!(code, 0);
    assert!(
        out.lines()
            .any(|l| l.split_whitespace().collect::<Vec<_>>() == ["default", "canary"]),
        "{out}"
    );
    let (code, out, err) = sailctl(&tc, &["verify-install", "--revision", "canary"]);
    assert_eq!(code, 0, "{out}{err}");
}

#[test]
fn verify_install_without_inputs_checks_what_was_installed() {
    // demo has no HPAs: checking the default profile would report them missing
    let tc = TestCluster::start();
    tc.set_auto_ready(true);
    let (code, out, err) = sailctl(&tc, &["install", "--set", "profile=demo", "-y"]);
    assert_eq!(code, 0, "{out}{err}");
    let rec = tc
        .get(
            "v1",
            "ConfigMap",
            Some("istio-system"),
            "sailctl-installed-state",
        )
        .expect("the install records what it installed");
    assert_eq!(rec["data"]["profile"], "demo");
    assert!(rec["metadata"]["labels"]["operator.istio.io/component"].is_null());
    let (code, out, err) = sailctl(&tc, &["verify-install"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        out.contains("✔ Istio is installed and verified: 46 objects present"),
        "{out}"
    );
    assert!(err.contains("profile \"demo\""), "{err}");
    // explicit inputs still win over the record
    let (code, out, _) = sailctl(&tc, &["verify-install", "--set", "profile=default"]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("HorizontalPodAutoscaler"), "{out}");
    // a damaged record is an error naming it, not a silent fallback
    tc.seed(json!({"apiVersion": "v1", "kind": "ConfigMap",
        "metadata": {"name": "sailctl-installed-state", "namespace": "istio-system"},
        "data": {"istiooperator.json": "{oops"}}));
    let (code, _, err) = sailctl(&tc, &["verify-install"]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("ConfigMap istio-system/sailctl-installed-state"),
        "{err}"
    );
}

#[test]
fn uninstall_revision_removes_its_install_record_only() {
    let tc = TestCluster::start();
    tc.set_auto_ready(true);
    let (code, out, err) = sailctl(&tc, &["install", "--set", "profile=minimal", "-y"]);
    assert_eq!(code, 0, "{out}{err}");
    let (code, out, err) = sailctl(
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
    assert_eq!(code, 0, "{out}{err}");
    let rec = |name: &str| tc.get("v1", "ConfigMap", Some("istio-system"), name);
    assert!(rec("sailctl-installed-state").is_some());
    assert!(rec("sailctl-installed-state-canary").is_some());
    let (code, out, err) = sailctl(&tc, &["verify-install", "--revision", "canary"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(err.contains("revision canary"), "{err}");
    let (code, out, err) = sailctl(&tc, &["uninstall", "--revision", "canary", "-y"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(rec("sailctl-installed-state-canary").is_none());
    assert!(rec("sailctl-installed-state").is_some());
}
