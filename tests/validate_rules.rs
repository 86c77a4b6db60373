//! `sailctl validate` over fixtures that break Istio's semantic rules (tests/fixtures/validate/rules/).
//! The snapshots keep only the `[rule]` findings, so changes in the schema layer do not churn them.

use std::path::Path;

use assert_cmd::Command;

fn fixtures() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/validate/rules")
}

/// Run `validate -f FILE` in the fixture folder; returns (exit code, the `[rule]` lines).
fn validate(file: &str) -> (i32, String) {
    let out = Command::cargo_bin("sailctl")
        .unwrap()
        .current_dir(fixtures())
        .args(["validate", "-f", file])
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let rules: Vec<&str> = stdout.lines().filter(|l| l.contains("[rule]")).collect();
    (out.status.code().unwrap_or(-1), rules.join("\n"))
}

macro_rules! invalid_fixture {
    ($test:ident, $file:literal) => {
        #[test]
        fn $test() {
            let (code, rules) = validate($file);
            assert_eq!(code, 1, "{} must be reported invalid", $file);
            assert!(rules.contains("error[rule]"), "{rules}");
            insta::assert_snapshot!(rules);
        }
    };
}

invalid_fixture!(virtual_service, "virtual-service.yaml");
invalid_fixture!(destination_rule, "destination-rule.yaml");
invalid_fixture!(gateway, "gateway.yaml");
invalid_fixture!(service_entry, "service-entry.yaml");
invalid_fixture!(sidecar, "sidecar.yaml");
invalid_fixture!(security, "security.yaml");
invalid_fixture!(extensions, "extensions.yaml");
invalid_fixture!(workloads, "workloads.yaml");
invalid_fixture!(istio_operator, "istio-operator.yaml");

#[test]
fn kubernetes_kinds_get_warnings_only() {
    let (code, rules) = validate("kubernetes.yaml");
    assert_eq!(code, 0, "warnings must not fail validation");
    assert!(!rules.contains("error["), "{rules}");
    insta::assert_snapshot!(rules);
}

#[test]
fn valid_resources_have_no_findings() {
    let (code, rules) = validate("valid.yaml");
    assert_eq!(code, 0);
    assert_eq!(rules, "", "valid.yaml must produce no rule findings");
}

#[test]
fn json_output_names_the_field_and_location() {
    let out = Command::cargo_bin("sailctl")
        .unwrap()
        .current_dir(fixtures())
        .args(["validate", "-f", "gateway.yaml", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value =
        serde_json::from_slice(&out.stdout).expect("stdout is one JSON document");
    let items = v.as_array().expect("an array of messages");
    let dup = items
        .iter()
        .find(|m| {
            m["message"]
                .as_str()
                .is_some_and(|s| s.contains("port names of servers must be unique"))
        })
        .expect("the duplicate port name is reported");
    assert_eq!(dup["code"], "rule");
    assert_eq!(dup["level"], "Error");
    let text = dup.to_string();
    assert!(text.contains("spec.servers[1].port.name"), "{text}");
    assert!(text.contains("gateway.yaml"), "{text}");
}
