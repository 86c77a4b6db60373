//! File mode as a CI gate (open world, the default with `--use-kube=false`): known-good
//! applications pass without an Error or Warning, and seeded mistakes are reported with the
//! right code at the right file:line. Fixtures: tests/fixtures/filemode (see its README).
//!
//! A fixture line ending in `# expect: CODE [CODE...]` must get those messages at that line
//! when its file is the seeded bug; `# expect[bug-name]: CODE` (in base/) only for that bug.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/filemode")
}

struct Run {
    code: Option<i32>,
    /// (level, code, file relative to the fixtures, line)
    messages: BTreeSet<(String, String, String, u64)>,
    stderr: String,
}

fn analyze(args: &[&str], inputs: &[PathBuf]) -> Run {
    let out = Command::cargo_bin("sailctl")
        .expect("binary")
        .current_dir(root())
        .args(["analyze", "--use-kube=false", "-o", "json"])
        .args(args)
        .args(inputs)
        .env_remove("KUBECONFIG")
        .output()
        .expect("runs");
    let doc: Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&out.stdout)));
    let messages = doc
        .as_array()
        .expect("array")
        .iter()
        .map(|m| {
            let reference = m["reference"].as_str().unwrap_or_default();
            let file = reference.rsplit_once(':').map_or(reference, |(f, _)| f);
            let file = file
                .strip_prefix(&format!("{}/", root().display()))
                .unwrap_or(file);
            (
                m["level"].as_str().unwrap_or_default().to_string(),
                m["code"].as_str().unwrap_or_default().to_string(),
                file.to_string(),
                m["line"].as_u64().unwrap_or_default(),
            )
        })
        .collect();
    Run {
        code: out.status.code(),
        messages,
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn problems(run: &Run) -> Vec<&(String, String, String, u64)> {
    run.messages
        .iter()
        .filter(|(level, ..)| level == "Error" || level == "Warning")
        .collect()
}

#[test]
fn known_good_applications_pass_alone_and_together() {
    let good = root().join("good");
    let cases: Vec<Vec<PathBuf>> = vec![
        vec![good.join("deployment-only")],
        vec![good.join("split/workloads")],
        vec![good.join("split/mesh")],
        vec![good.join("split/workloads"), good.join("split/mesh")],
        vec![good.join("gateway-8080")],
        vec![good.join("egress")],
        vec![good.join("replacing/base.yaml")],
        vec![good.join("replacing/replace.yaml")],
        vec![good.join("multicluster")],
        vec![root().join("base")],
        vec![
            root().join("base"),
            good.join("egress"),
            good.join("deployment-only"),
        ],
    ];
    for inputs in &cases {
        for ns in [&["-A"][..], &[][..], &["-n", "shop"][..]] {
            let run = analyze(ns, inputs);
            assert_eq!(run.code, Some(0), "{inputs:?} {ns:?}: {}", run.stderr);
            assert!(
                problems(&run).is_empty(),
                "{inputs:?} {ns:?}: {:?}",
                run.messages
            );
            assert!(!run.stderr.contains("error"), "{}", run.stderr);
        }
    }
}

#[test]
fn the_same_apps_fail_in_a_closed_world_as_istioctl_would() {
    // what a closed world (the files are the whole cluster) says about them: the false
    // positives the open world removes
    let good = root().join("good");
    let run = analyze(&["--closed-world"], &[good.join("deployment-only")]);
    let codes: BTreeSet<&str> = run.messages.iter().map(|m| m.1.as_str()).collect();
    assert_eq!(
        codes,
        BTreeSet::from(["IST0101", "IST0127"]),
        "{:?}",
        run.messages
    );
    assert_eq!(run.code, Some(79));
    let run = analyze(&["--closed-world"], &[good.join("gateway-8080")]);
    assert!(
        run.messages.iter().any(|m| m.1 == "IST0162"),
        "{:?}",
        run.messages
    );
}

#[test]
fn a_replacing_file_wins_with_one_warning_naming_both_places() {
    let good = root().join("good/replacing");
    let inputs = [good.join("base.yaml"), good.join("replace.yaml")];
    let run = analyze(&[], &inputs);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let probs = problems(&run);
    assert_eq!(
        probs,
        [&(
            "Warning".to_string(),
            "SAIL0001".to_string(),
            "good/replacing/replace.yaml".to_string(),
            5
        )]
    );
    // the superseded VirtualService is not analyzed: no conflict with itself (IST0109)
    let log = Command::cargo_bin("sailctl")
        .expect("binary")
        .current_dir(root())
        .args(["analyze", "--use-kube=false"])
        .args(&inputs)
        .output()
        .expect("runs");
    let text = String::from_utf8_lossy(&log.stdout);
    assert!(
        text.contains("base.yaml:54") && text.contains("replace.yaml:2"),
        "{text}"
    );
}

/// (bug name, expected (code, file, line)) from the `# expect` markers.
fn expectations(bug: &str) -> BTreeSet<(String, String, u64)> {
    let mut out = BTreeSet::new();
    let mut scan = |rel: &str, scoped_only: bool| {
        let text = std::fs::read_to_string(root().join(rel)).expect("fixture");
        for (i, line) in text.lines().enumerate() {
            let Some((_, marker)) = line.split_once("# expect") else {
                continue;
            };
            let codes = if let Some(rest) = marker.strip_prefix(": ") {
                if scoped_only {
                    continue;
                }
                rest
            } else if let Some(rest) = marker.strip_prefix(&format!("[{bug}]: ")) {
                rest
            } else {
                continue;
            };
            for code in codes.split_whitespace() {
                out.insert((code.to_string(), rel.to_string(), i as u64 + 1));
            }
        }
    };
    scan("base/app.yaml", true);
    scan(&format!("bugs/{bug}.yaml"), false);
    out
}

#[test]
fn seeded_bugs_are_reported_with_the_right_code_at_the_right_line() {
    let mut bugs: Vec<String> = std::fs::read_dir(root().join("bugs"))
        .expect("bugs")
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            e.file_name()
                .to_str()
                .and_then(|n| n.strip_suffix(".yaml"))
                .map(str::to_string)
        })
        .collect();
    bugs.sort();
    assert!(bugs.len() >= 15, "{bugs:?}");
    for bug in &bugs {
        let expected = expectations(bug);
        assert!(!expected.is_empty(), "{bug}: no # expect marker");
        let run = analyze(
            &[],
            &[root().join("base"), root().join(format!("bugs/{bug}.yaml"))],
        );
        let got: BTreeSet<(String, String, u64)> = problems(&run)
            .into_iter()
            .map(|(_, code, file, line)| (code.clone(), file.clone(), *line))
            .collect();
        assert_eq!(got, expected, "{bug}: {}", run.stderr);
        let errors = run.messages.iter().any(|m| m.0 == "Error");
        assert_eq!(run.code, Some(if errors { 79 } else { 0 }), "{bug}");
    }
}

#[test]
fn unresolved_references_are_one_info_line_each_under_verbose() {
    let mesh = root().join("good/split/mesh");
    let quiet = analyze(&[], std::slice::from_ref(&mesh));
    assert!(quiet.messages.is_empty(), "{:?}", quiet.messages);
    assert!(!quiet.stderr.contains("SAIL0002"), "{}", quiet.stderr);
    let verbose = analyze(&["-v"], &[mesh]);
    let lines: Vec<&str> = verbose
        .stderr
        .lines()
        .filter(|l| l.starts_with("Info [SAIL0002]"))
        .collect();
    // catalog's host and the pods of its subset; payments' host in namespace billing
    assert_eq!(lines.len(), 3, "{}", verbose.stderr);
    assert!(
        lines
            .iter()
            .any(|l| l.contains("payments.billing.svc.cluster.local"))
    );
    assert!(verbose.messages.is_empty());
}

#[test]
fn input_errors_never_end_in_a_check_mark_and_other_namespaces_are_counted() {
    let dir = tempfile::tempdir().expect("tempdir");
    let bad = dir.path().join("bad.yaml");
    std::fs::write(&bad, "kind: [unclosed\n").expect("write");
    let out = Command::cargo_bin("sailctl")
        .expect("binary")
        .args(["analyze", "--use-kube=false"])
        .arg(&bad)
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("error"), "{stderr}");
    assert!(!stderr.contains('\u{2714}'), "{stderr}");

    let other = dir.path().join("other.yaml");
    std::fs::write(
        &other,
        "apiVersion: v1\nkind: Service\nmetadata: {name: a, namespace: elsewhere}\nspec:\n  ports: [{port: 80}]\n---\napiVersion: v1\nkind: Service\nmetadata: {name: b, namespace: elsewhere}\nspec:\n  ports: [{port: 80}]\n",
    )
    .expect("write");
    let out = Command::cargo_bin("sailctl")
        .expect("binary")
        .args(["analyze", "--use-kube=false"])
        .arg(&other)
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("2 objects of the input are in other namespaces than namespace: default")
            && stderr.contains("-A"),
        "{stderr}"
    );
}

#[test]
fn an_unknown_baseline_profile_is_a_usage_error() {
    let out = Command::cargo_bin("sailctl")
        .expect("binary")
        .args(["analyze", "--use-kube=false", "--profile", "nope"])
        .arg(root().join("base"))
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("nope"), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
}
