//! One test per class of bad input to `validate`: each gives a clear, located error, the
//! documented exit code, and no panic.

use std::path::Path;

use assert_cmd::Command;

fn sailctl() -> Command {
    let mut c = Command::cargo_bin("sailctl").unwrap();
    c.env("NO_COLOR", "1");
    c
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn validate_file(name: &str, content: &[u8]) -> Run {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, content).unwrap();
    let out = sailctl()
        .current_dir(dir.path())
        .args(["validate", "-f", name])
        .output()
        .unwrap();
    finish(out)
}

fn finish(out: std::process::Output) -> Run {
    let run = Run {
        code: out.status.code().expect("killed by a signal"),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    };
    assert!(
        !run.stderr.contains("panicked"),
        "sailctl panicked: {}",
        run.stderr
    );
    run
}

const VS_HEAD: &str = "apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata:\n  name: reviews\n  namespace: default\n";

#[test]
fn malformed_yaml_is_located_and_unreadable() {
    let run = validate_file(
        "bad.yaml",
        format!("{VS_HEAD}spec:\n  hosts: [reviews\n").as_bytes(),
    );
    assert_eq!(run.code, 2, "{}", run.stdout);
    assert!(
        run.stdout
            .starts_with("bad.yaml:8:1: error[yaml]: invalid YAML"),
        "{}",
        run.stdout
    );
}

#[test]
fn tab_indentation_is_located() {
    let run = validate_file(
        "tabs.yaml",
        format!("{VS_HEAD}spec:\n\thosts: [reviews]\n").as_bytes(),
    );
    assert_eq!(run.code, 2);
    assert!(run.stdout.starts_with("tabs.yaml:7:"), "{}", run.stdout);
    assert!(run.stdout.contains("tab"), "{}", run.stdout);
}

#[test]
fn duplicate_keys_are_located() {
    let run = validate_file(
        "dup.yaml",
        format!("{VS_HEAD}spec:\n  hosts: [a]\n  hosts: [b]\n").as_bytes(),
    );
    assert_eq!(run.code, 2);
    assert!(
        run.stdout
            .starts_with("dup.yaml:8:3: error[yaml]: invalid YAML: duplicate key \"hosts\""),
        "{}",
        run.stdout
    );
}

#[test]
fn unknown_kind_in_an_istio_group_is_an_error() {
    let run = validate_file(
        "kind.yaml",
        b"apiVersion: networking.istio.io/v1\nkind: VirtualSevice\nmetadata:\n  name: x\n",
    );
    assert_eq!(run.code, 1);
    assert!(
        run.stdout.contains("kind.yaml:2:1: error[unknown-kind]"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("VirtualService"),
        "should list the known kinds: {}",
        run.stdout
    );
}

#[test]
fn unknown_kind_of_another_group_is_a_warning() {
    let run = validate_file(
        "crd.yaml",
        b"apiVersion: cert-manager.io/v1\nkind: Certificate\nmetadata:\n  name: x\n",
    );
    assert_eq!(run.code, 0);
    assert!(
        run.stdout.contains("crd.yaml:2:1: warning[unknown-kind]"),
        "{}",
        run.stdout
    );
    let quiet = {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("c.yaml"),
            "apiVersion: cert-manager.io/v1\nkind: Certificate\nmetadata:\n  name: x\n",
        )
        .unwrap();
        finish(
            sailctl()
                .current_dir(dir.path())
                .args(["validate", "--ignore-unknown", "-f", "c.yaml"])
                .output()
                .unwrap(),
        )
    };
    assert!(!quiet.stdout.contains("warning["), "{}", quiet.stdout);
}

#[test]
fn unknown_api_version_of_a_known_kind() {
    let run = validate_file(
        "ver.yaml",
        b"apiVersion: networking.istio.io/v9\nkind: VirtualService\nmetadata:\n  name: x\n",
    );
    assert_eq!(run.code, 1);
    assert!(
        run.stdout.contains("ver.yaml:1:1: error[unknown-version]"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("networking.istio.io/v1beta1"),
        "{}",
        run.stdout
    );
}

#[test]
fn unknown_top_level_field() {
    let run = validate_file(
        "field.yaml",
        format!("{VS_HEAD}spec:\n  hosts: [a]\n_err: x\n").as_bytes(),
    );
    assert_eq!(run.code, 1);
    assert!(
        run.stdout.contains("field.yaml:8:1: error[schema]"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("_err"), "{}", run.stdout);
}

#[test]
fn alias_bomb_is_refused() {
    let mut doc = String::from(VS_HEAD);
    doc.push_str("spec:\n  a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for i in 1..9 {
        let p = i - 1;
        doc.push_str(&format!(
            "  a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n"
        ));
    }
    let run = validate_file("bomb.yaml", doc.as_bytes());
    assert_eq!(run.code, 2);
    assert!(
        run.stdout.contains("bomb.yaml:") && run.stdout.contains("alias bomb"),
        "{}",
        run.stdout
    );
}

#[test]
fn binary_file_is_refused() {
    let run = validate_file("a.yaml", &[0x7f, b'E', b'L', b'F', 2, 1, 1, 0, 0, 0]);
    assert_eq!(run.code, 2);
    assert!(run.stdout.contains("a.yaml: binary file"), "{}", run.stdout);
}

#[test]
fn empty_file_is_reported() {
    let run = validate_file("empty.yaml", b"");
    assert_eq!(run.code, 2, "nothing to validate is an input error");
    assert!(
        run.stdout.contains("empty.yaml: no resources in file"),
        "{}",
        run.stdout
    );
}

#[test]
fn directory_without_yaml() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("notes.txt"), "hi").unwrap();
    let run = finish(
        sailctl()
            .current_dir(dir.path())
            .args(["validate", "-f", "."])
            .output()
            .unwrap(),
    );
    assert_eq!(run.code, 2);
    assert!(
        run.stdout
            .contains(".: directory has no .yaml, .yml or .json files"),
        "{}",
        run.stdout
    );
}

#[test]
fn missing_path() {
    let run = finish(
        sailctl()
            .args(["validate", "-f", "/nonexistent/x.yaml"])
            .output()
            .unwrap(),
    );
    assert_eq!(run.code, 2);
    assert!(
        run.stdout
            .contains("/nonexistent/x.yaml: no such file or directory"),
        "{}",
        run.stdout
    );
}

#[test]
fn non_utf8_is_located() {
    let mut bytes = format!("{VS_HEAD}spec:\n  hosts: [caf").into_bytes();
    bytes.extend_from_slice(&[0xe9, b']', b'\n']);
    let run = validate_file("latin1.yaml", &bytes);
    assert_eq!(run.code, 2);
    assert!(
        run.stdout
            .contains("latin1.yaml:7:14: error[unreadable]: not valid UTF-8"),
        "{}",
        run.stdout
    );
}

#[test]
fn bad_documents_do_not_hide_good_ones() {
    let text = format!(
        "{VS_HEAD}spec:\n  hosts: [a\n---\n{VS_HEAD}spec:\n  hosts: [b]\n---\nnot: a resource\n"
    );
    let run = validate_file("mixed.yaml", text.as_bytes());
    assert_eq!(run.code, 2);
    assert!(
        run.stdout.contains("validated 1 resource in 1 file"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("mixed.yaml:17:1: error[not-a-resource]"),
        "{}",
        run.stdout
    );
}

#[test]
fn stdin_is_read_with_all_documents() {
    // each VirtualService needs a route to be valid under Istio's rules
    let route = "  http:\n  - route:\n    - destination: {host: a}\n";
    let text =
        format!("{VS_HEAD}spec:\n  hosts: [a]\n{route}---\n{VS_HEAD}spec:\n  hosts: [b]\n{route}");
    let out = sailctl()
        .args(["validate", "-f", "-"])
        .write_stdin(text)
        .output()
        .unwrap();
    let run = finish(out);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert!(
        run.stdout
            .contains("validated 2 resources in 1 file: all valid"),
        "{}",
        run.stdout
    );
}

#[test]
fn json_output_is_only_the_document() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("v.yaml"),
        "apiVersion: networking.istio.io/v9\nkind: VirtualService\nmetadata:\n  name: x\n",
    )
    .unwrap();
    let out = sailctl()
        .current_dir(dir.path())
        .args(["validate", "-o", "json", "-f", "v.yaml"])
        .output()
        .unwrap();
    let run = finish(out);
    assert_eq!(run.code, 1);
    let v: serde_json::Value =
        serde_json::from_str(&run.stdout).expect("stdout is one JSON document");
    assert_eq!(v[0]["code"], "unknown-version");
    assert_eq!(v[0]["reference"], "v.yaml:1");
    assert_eq!(v[0]["origin"], "VirtualService x");
}

#[test]
fn usage_error_without_files() {
    let run = finish(sailctl().args(["validate"]).output().unwrap());
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("error: validate needs files"),
        "{}",
        run.stderr
    );
}

#[test]
fn bundled_example_is_valid() {
    let example =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/validate/bookinfo.yaml");
    let run = finish(
        sailctl()
            .args(["validate", "-f"])
            .arg(&example)
            .output()
            .unwrap(),
    );
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert!(
        run.stdout
            .contains("validated 4 resources in 1 file: all valid"),
        "{}",
        run.stdout
    );
}

#[test]
fn unknown_field_in_spec_is_located() {
    let run = validate_file(
        "unknown.yaml",
        format!("{VS_HEAD}spec:\n  hosts: [reviews]\n  htp:\n  - route: []\n").as_bytes(),
    );
    assert_eq!(run.code, 1);
    assert!(
        run.stdout.contains("unknown.yaml:8:3: error[schema]: VirtualService default/reviews: spec.htp: unknown field \"htp\""),
        "{}",
        run.stdout
    );
}

#[test]
fn wrong_type_is_located() {
    let run = validate_file(
        "type.yaml",
        format!("{VS_HEAD}spec:\n  hosts: reviews\n").as_bytes(),
    );
    assert_eq!(run.code, 1);
    assert!(
        run.stdout
            .contains("type.yaml:7:3: error[schema]: VirtualService default/reviews: spec.hosts:"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("array"), "{}", run.stdout);
}
