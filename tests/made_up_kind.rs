//! A kind made up for the test, declared the way every Istio kind is (a schemas directory with
//! its kinds.toml entry and its JSON Schema), reaches `validate`, analyze's schema analyzer and
//! the CRDs `manifest generate` renders, through `SAILCTL_SCHEMAS_DIR`
//! (tests/fixtures/widget: `widgets.example.sailctl.dev`, kind Widget). Without the variable
//! sailctl knows no Widget.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/widget")
}

/// sailctl with the made-up kind's schemas directory, or without it.
fn sailctl(with_widget: bool) -> Command {
    let mut cmd = Command::cargo_bin("sailctl").expect("the binary");
    cmd.current_dir(fixtures())
        .env_remove("SAILCTL_SCHEMAS_DIR");
    if with_widget {
        cmd.env("SAILCTL_SCHEMAS_DIR", fixtures().join("schemas"));
    }
    cmd
}

fn run(cmd: &mut Command) -> (Option<i32>, String, String) {
    let out = cmd.output().expect("runs");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn validate_checks_a_widget_against_its_schema() {
    let (code, out, err) = run(sailctl(true).args(["validate", "-f", "bad.yaml"]));
    assert_eq!(code, Some(1), "{out}{err}");
    assert!(
        out.contains(
            "bad.yaml:8:3: error[schema]: Widget default/bad-widget: spec.color: Unsupported value: \"PURPLE\": supported values: \"RED\", \"GREEN\", \"BLUE\""
        ),
        "{out}{err}"
    );
    let (code, out, err) = run(sailctl(true).args(["validate", "-f", "good.yaml"]));
    assert_eq!(code, Some(0), "{out}{err}");
    assert!(out.contains("all valid (0 errors, 0 warnings)"), "{out}");

    // without the variable, Widget is an unknown kind: a warning, not a schema check
    let (code, out, err) = run(sailctl(false).args(["validate", "-f", "bad.yaml"]));
    assert_eq!(code, Some(0), "{out}{err}");
    assert!(
        (out.clone() + &err).contains("unknown kind Widget"),
        "{out}{err}"
    );
    assert!(!out.contains("PURPLE"), "{out}");
}

#[test]
fn analyze_reports_a_bad_widget_through_its_schema_analyzer() {
    let (code, out, err) = run(sailctl(true).args([
        "analyze",
        "--use-kube=false",
        "-A",
        "-o",
        "json",
        "bad.yaml",
        "good.yaml",
    ]));
    assert_eq!(code, Some(79), "IST0106 is an error: {out}{err}");
    let msgs: Value = serde_json::from_str(&out).expect("JSON");
    let msgs = msgs.as_array().expect("a list");
    assert_eq!(msgs.len(), 1, "{out}");
    let m = &msgs[0];
    assert_eq!(m["code"], "IST0106", "{m}");
    assert_eq!(m["origin"], "Widget default/bad-widget", "{m}");
    assert_eq!(m["field"], "spec.color", "{m}");
    assert_eq!(m["reference"], "bad.yaml:8", "{m}");
    assert!(
        m["message"]
            .as_str()
            .is_some_and(|t| t.contains("Unsupported value: \"PURPLE\"")),
        "{m}"
    );

    // the analyzer is listed, and only with the variable
    let (_, list, _) = run(sailctl(true).args(["analyze", "--list-analyzers"]));
    assert!(list.contains("schema.ValidationAnalyzer.Widget"), "{list}");
    let (_, list, _) = run(sailctl(false).args(["analyze", "--list-analyzers"]));
    assert!(!list.contains("Widget"), "{list}");
    assert!(
        list.contains("schema.ValidationAnalyzer.VirtualService"),
        "{list}"
    );
}

/// The CRD objects of a `manifest generate` run.
fn crds(with_widget: bool) -> Vec<Value> {
    let (code, out, err) =
        run(sailctl(with_widget).args(["manifest", "generate", "--format", "json"]));
    assert_eq!(code, Some(0), "{err}");
    let list: Value = serde_json::from_str(&out).expect("JSON");
    list["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter(|o| o["kind"] == "CustomResourceDefinition")
        .cloned()
        .collect()
}

#[test]
fn manifest_generate_renders_the_widget_crd_with_its_schema() {
    let with = crds(true);
    let without = crds(false);
    assert_eq!(with.len(), without.len() + 1);
    let widget = with
        .iter()
        .find(|c| c["metadata"]["name"] == "widgets.example.sailctl.dev")
        .expect("the Widget CRD");
    let spec = &widget["spec"];
    assert_eq!(spec["group"], "example.sailctl.dev");
    assert_eq!(spec["scope"], "Namespaced");
    assert_eq!(spec["names"]["kind"], "Widget");
    assert_eq!(spec["names"]["plural"], "widgets");
    assert_eq!(spec["names"]["shortNames"], serde_json::json!(["wdg"]));
    let versions = spec["versions"].as_array().expect("versions");
    assert_eq!(versions.len(), 1);
    assert_eq!(versions[0]["name"], "v1alpha1");
    assert_eq!(versions[0]["storage"], true);
    let props = &versions[0]["schema"]["openAPIV3Schema"]["properties"]["spec"];
    assert_eq!(
        props["properties"]["color"]["enum"],
        serde_json::json!(["RED", "GREEN", "BLUE"])
    );
    assert_eq!(props["required"], serde_json::json!(["size"]));
    // the built-in CRDs are all still there
    for c in &without {
        assert!(
            with.iter()
                .any(|w| w["metadata"]["name"] == c["metadata"]["name"]),
            "{}",
            c["metadata"]["name"]
        );
    }
}

#[test]
fn a_broken_schemas_dir_is_a_usage_error_naming_the_place() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("kinds.toml"),
        "[[kind]]\nkind = \"Gadget\"\ngroup = \"example.sailctl.dev\"\nplural = \"gadgets\"\n\
         versions = [\"v1\"]\nstorage = \"v1\"\n",
    )
    .expect("write");
    let (code, out, err) = run(sailctl(false).env("SAILCTL_SCHEMAS_DIR", dir.path()).args([
        "validate",
        "-f",
        "good.yaml",
    ]));
    assert_eq!(code, Some(2), "{out}{err}");
    assert!(
        err.contains("SAILCTL_SCHEMAS_DIR=")
            && err.contains("Gadget v1 has no schema file example.sailctl.dev/v1/Gadget.json"),
        "{err}"
    );
    assert!(out.is_empty(), "{out}");

    // rules cannot be added at run time
    std::fs::write(
        dir.path().join("kinds.toml"),
        "[[kind]]\nkind = \"Gadget\"\ngroup = \"example.sailctl.dev\"\nplural = \"gadgets\"\n\
         versions = [\"v1\"]\nstorage = \"v1\"\nrules = true\n",
    )
    .expect("write");
    let v1 = dir.path().join("example.sailctl.dev/v1");
    std::fs::create_dir_all(&v1).expect("mkdir");
    std::fs::write(v1.join("Gadget.json"), "{\"type\": \"object\"}").expect("write");
    let (code, _, err) = run(sailctl(false).env("SAILCTL_SCHEMAS_DIR", dir.path()).args([
        "validate",
        "-f",
        "good.yaml",
    ]));
    assert_eq!(code, Some(2), "{err}");
    assert!(
        err.contains("kinds.toml:1: Gadget cannot have rules = true"),
        "{err}"
    );
}
