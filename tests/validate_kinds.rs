//! `sailctl validate` on a valid and an invalid example of every Istio kind, one document per
//! served version (tests/fixtures/validate/kinds/<Kind>/{valid,invalid}.yaml), with insta
//! snapshots of the text output for the invalid ones.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use sailctl::schema::registry::{self, KindInfo};

fn kinds_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/validate/kinds")
}

/// Every kind that has schemas: Istio's CRDs and IstioOperator.
fn schema_kinds() -> Vec<&'static KindInfo> {
    registry::all()
        .filter(|k| sailctl::schema::schema_json(k.group, k.versions[0], k.kind).is_some())
        .collect()
}

fn validate(file: &str) -> (i32, String) {
    let out = Command::cargo_bin("sailctl")
        .unwrap()
        .current_dir(kinds_dir())
        .args(["validate", "-f", file])
        .output()
        .unwrap();
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    (out.status.code().unwrap_or(-1), text)
}

/// The fixture documents' apiVersions, in order.
fn api_versions(file: &Path) -> Vec<String> {
    std::fs::read_to_string(file)
        .unwrap()
        .lines()
        .filter_map(|l| l.strip_prefix("apiVersion: "))
        .map(str::to_string)
        .collect()
}

#[test]
fn every_kind_and_served_version_has_examples() {
    let kinds = schema_kinds();
    assert_eq!(kinds.len(), 16, "15 Istio kinds and IstioOperator");
    for k in kinds {
        let want: Vec<String> = k
            .versions
            .iter()
            .map(|v| format!("{}/{v}", k.group))
            .collect();
        for name in ["valid.yaml", "invalid.yaml"] {
            let mut got = api_versions(&kinds_dir().join(k.kind).join(name));
            got.sort();
            let mut want = want.clone();
            want.sort();
            assert_eq!(
                got, want,
                "{}/{name} needs one document per served version",
                k.kind
            );
        }
    }
}

#[test]
fn valid_examples_pass() {
    for k in schema_kinds() {
        let file = format!("{}/valid.yaml", k.kind);
        let (code, text) = validate(&file);
        assert_eq!(code, 0, "{file} should be valid:\n{text}");
        assert!(text.contains("all valid"), "{text}");
    }
}

#[test]
fn invalid_examples_fail_with_located_messages() {
    for k in schema_kinds() {
        let file = format!("{}/invalid.yaml", k.kind);
        let (code, text) = validate(&file);
        assert_eq!(code, 1, "{file} should be invalid:\n{text}");
        let docs = k.versions.len();
        assert!(
            text.contains(&format!("{docs} invalid")),
            "every document of {file} should be invalid:\n{text}"
        );
        // every error line points into the file
        for line in text.lines().filter(|l| l.contains("error[")) {
            assert!(line.starts_with(&format!("{file}:")), "unlocated: {line}");
        }
        insta::assert_snapshot!(format!("invalid-{}", k.kind), text);
    }
}
