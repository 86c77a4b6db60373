//! `sailctl analyze`: one fixture folder per analyzer (tests/fixtures/analyze/<analyzer>/),
//! snapshot-tested, plus the command's behaviors (exit codes per format, stdin, suppression,
//! timeout).

use std::path::{Path, PathBuf};

use assert_cmd::Command;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/analyze")
}

fn sailctl() -> Command {
    let mut c = Command::cargo_bin("sailctl").expect("binary");
    c.env("NO_COLOR", "1").env_remove("KUBECONFIG");
    c
}

/// Every case of every analyzer folder: `bad-*` must report, `ok-*` must not; the log output is
/// snapshotted. A `<case>.mesh.yaml` next to a case is passed as --meshConfigFile.
#[test]
fn analyzer_fixtures() {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(fixtures())
        .expect("fixtures dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    assert!(!dirs.is_empty());
    for dir in dirs {
        let analyzer = dir
            .file_name()
            .and_then(|n| n.to_str())
            .expect("utf-8 name")
            .to_string();
        let mut cases: Vec<PathBuf> = std::fs::read_dir(&dir)
            .expect("analyzer dir")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                let n = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
                n.ends_with(".yaml") && !n.ends_with(".mesh.yaml") && !n.ends_with(".networks.yaml")
            })
            .collect();
        cases.sort();
        for case in cases {
            let file = case.file_name().and_then(|n| n.to_str()).expect("name");
            let stem = file.trim_end_matches(".yaml");
            let mut cmd = sailctl();
            // istioctl's analyzer fixtures are whole clusters
            cmd.current_dir(&dir).args([
                "analyze",
                "--use-kube=false",
                "--closed-world",
                "-A",
                "--analyzer",
                &analyzer,
            ]);
            let mesh = dir.join(format!("{stem}.mesh.yaml"));
            if mesh.exists() {
                cmd.arg("--meshConfigFile")
                    .arg(mesh.file_name().expect("name"));
            }
            let networks = dir.join(format!("{stem}.networks.yaml"));
            if networks.exists() {
                cmd.arg("--meshNetworksFile")
                    .arg(networks.file_name().expect("name"));
            }
            let out = cmd.arg(file).output().expect("runs");
            let stdout = String::from_utf8_lossy(&out.stdout).to_string();
            let stderr = String::from_utf8_lossy(&out.stderr).to_string();
            assert!(
                !stderr.contains("error:"),
                "{analyzer}/{file}: unexpected error: {stderr}"
            );
            if stem.starts_with("bad") {
                assert!(!stdout.is_empty(), "{analyzer}/{file} must report");
            } else {
                assert!(
                    stdout.is_empty(),
                    "{analyzer}/{file} must not report:\n{stdout}"
                );
            }
            insta::assert_snapshot!(format!("{analyzer}__{stem}"), stdout);
        }
    }
}

const ERROR_INPUT: &str = "\
apiVersion: v1
kind: Pod
metadata:
  name: a
  namespace: shop
  annotations:
    sidecar.istio.io/proxyCPU: 100m
spec:
  securityContext: {runAsUser: 1337}
---
apiVersion: v1
kind: Service
metadata: {name: s, namespace: shop}
spec:
  ports:
  - {name: web, port: 80}
";

fn write_input(dir: &tempfile::TempDir) -> PathBuf {
    let p = dir.path().join("in.yaml");
    std::fs::write(&p, ERROR_INPUT).expect("write");
    p
}

/// istio#35054 / istio#22570: every format exits 79 at the failure threshold, and machine
/// formats print only their document on stdout.
#[test]
fn machine_formats_exit_79_with_a_pure_document() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = write_input(&dir);
    for fmt in ["json", "yaml", "sarif", "github", "log"] {
        let out = sailctl()
            .args([
                "analyze",
                "--use-kube=false",
                "-A",
                "--failure-threshold",
                "Warning",
                "-o",
                fmt,
            ])
            .arg(&input)
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(79), "format {fmt}");
        let stdout = String::from_utf8(out.stdout).expect("utf-8");
        match fmt {
            "json" => {
                let v: serde_json::Value = serde_json::from_str(&stdout).expect("pure JSON");
                assert_eq!(v.as_array().map(Vec::len), Some(2), "{stdout}");
            }
            "sarif" => {
                let v: serde_json::Value = serde_json::from_str(&stdout).expect("pure SARIF");
                assert_eq!(v["runs"][0]["results"].as_array().map(Vec::len), Some(2));
            }
            "yaml" => {
                assert!(stdout.starts_with("- code: IST0"), "{stdout}");
                assert_eq!(stdout.matches("- code:").count(), 2);
            }
            _ => assert_eq!(stdout.lines().count(), 2, "{stdout}"),
        }
    }
    // below the threshold: exit 0, in every format
    for fmt in ["json", "log"] {
        let out = sailctl()
            .args(["analyze", "--use-kube=false", "-A", "-o", fmt])
            .arg(&input)
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(0), "format {fmt}");
    }
}

/// istio#47159: every document read from stdin is analyzed.
#[test]
fn stdin_with_many_documents_analyzes_all() {
    let out = sailctl()
        .args(["analyze", "--use-kube=false", "-A", "-o", "json", "-"])
        .write_stdin(ERROR_INPUT)
        .output()
        .expect("runs");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let origins: Vec<&str> = v
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|m| m["origin"].as_str())
        .collect();
    assert!(origins.contains(&"Pod shop/a"), "{origins:?}");
    assert!(origins.contains(&"Service shop/s"), "{origins:?}");
    let refs: Vec<&str> = v
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|m| m["reference"].as_str())
        .collect();
    assert!(refs.iter().all(|r| r.starts_with("<stdin>:")), "{refs:?}");
}

fn codes_and_origins(stdout: &[u8]) -> Vec<(String, String)> {
    let v: serde_json::Value = serde_json::from_slice(stdout).expect("json");
    v.as_array()
        .expect("array")
        .iter()
        .map(|m| {
            (
                m["code"].as_str().unwrap_or("").to_string(),
                m["origin"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

#[test]
fn suppress_flag_removes_exactly_the_matching_messages() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = write_input(&dir);
    let run = |extra: &[&str]| {
        let out = sailctl()
            .args(["analyze", "--use-kube=false", "-A", "-o", "json"])
            .args(extra)
            .arg(&input)
            .output()
            .expect("runs");
        codes_and_origins(&out.stdout)
    };
    let all = run(&[]);
    assert_eq!(all.len(), 2);
    let s = run(&["-S", "IST0144=Pod shop/*"]);
    assert_eq!(
        s,
        vec![("IST0118".to_string(), "Service shop/s".to_string())]
    );
    // the code must match too
    assert_eq!(run(&["-S", "IST0118=Pod shop/*"]).len(), 2);
    // a wildcard code
    assert!(run(&["-S", "IST01*=*"]).is_empty());
}

#[test]
fn suppress_annotation_removes_exactly_the_listed_codes() {
    let dir = tempfile::tempdir().expect("tempdir");
    let p = dir.path().join("in.yaml");
    let with = |ann: &str| {
        std::fs::write(
            &p,
            format!(
                "apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  namespace: shop\n  annotations:\n    galley.istio.io/analyze-suppress: \"{ann}\"\n    sidecar.istio.io/bogus: x\nspec:\n  securityContext: {{runAsUser: 1337}}\n"
            ),
        )
        .expect("write");
        let out = sailctl()
            .args(["analyze", "--use-kube=false", "-A", "-o", "json"])
            .arg(&p)
            .output()
            .expect("runs");
        codes_and_origins(&out.stdout)
            .into_iter()
            .map(|(c, _)| c)
            .collect::<Vec<_>>()
    };
    assert_eq!(with("IST0000"), ["IST0108", "IST0144"]);
    assert_eq!(with("IST0144"), ["IST0108"]);
    assert_eq!(with("IST0108,IST0144"), Vec::<String>::new());
    assert_eq!(with("*"), Vec::<String>::new());
}

#[test]
fn timeout_stops_the_run_and_says_so() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = write_input(&dir);
    let out = sailctl()
        .args([
            "analyze",
            "--use-kube=false",
            "-A",
            "--timeout",
            "0",
            "-o",
            "json",
        ])
        .arg(&input)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    // a zero timeout has passed before the first file: nothing is read or analyzed
    assert!(
        stderr.contains(
            "analysis timed out after 0ns reading the input: 0 of 1 files read, no analyzer ran"
        ),
        "{stderr}"
    );
    // the document is still valid JSON (no analyzer ran)
    assert_eq!(codes_and_origins(&out.stdout), vec![]);
}

#[test]
fn namespace_defaulting_and_filtering() {
    let dir = tempfile::tempdir().expect("tempdir");
    let p = dir.path().join("in.yaml");
    std::fs::write(
        &p,
        "apiVersion: v1\nkind: Service\nmetadata: {name: a}\nspec: {ports: [{name: x, port: 1}]}\n---\napiVersion: v1\nkind: Service\nmetadata: {name: b, namespace: other}\nspec: {ports: [{name: y, port: 2}]}\n",
    )
    .expect("write");
    let run = |extra: &[&str]| {
        let out = sailctl()
            .args(["analyze", "--use-kube=false", "-o", "json"])
            .args(extra)
            .arg(&p)
            .output()
            .expect("runs");
        codes_and_origins(&out.stdout)
            .into_iter()
            .map(|(_, o)| o)
            .collect::<Vec<_>>()
    };
    assert_eq!(run(&[]), ["Service default/a"]);
    assert_eq!(
        run(&["-n", "other"]),
        ["Service other/a", "Service other/b"]
    );
    assert_eq!(run(&["-A"]), ["Service a", "Service other/b"]);
}

#[test]
fn unreadable_input_exits_2_and_the_rest_is_analyzed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let good = write_input(&dir);
    let bad = dir.path().join("bad.yaml");
    std::fs::write(&bad, "a: [unclosed\n").expect("write");
    let out = sailctl()
        .args(["analyze", "--use-kube=false", "-A", "-o", "json"])
        .arg(&bad)
        .arg(&good)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("bad.yaml:"), "{stderr}");
    assert_eq!(codes_and_origins(&out.stdout).len(), 2);
    // an Error-level message is worse than an unreadable file
    let out = sailctl()
        .args([
            "analyze",
            "--use-kube=false",
            "-A",
            "--failure-threshold",
            "Info",
            "-o",
            "json",
        ])
        .arg(&bad)
        .arg(&good)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(79));
}

#[test]
fn explain_prints_the_catalog_entry() {
    let out = sailctl()
        .args(["analyze", "--explain", "IST0118"])
        .output()
        .expect("runs");
    assert!(out.status.success());
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(
        s.starts_with("IST0118 PortNameIsNotUnderNamingConvention (Info)"),
        "{s}"
    );
    assert!(s.contains("service.PortNameAnalyzer"), "{s}");
    let out = sailctl()
        .args(["analyze", "--explain", "IST9999"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn unknown_analyzer_is_a_usage_error_and_unregistered_ones_are_selectable() {
    let out = sailctl()
        .args([
            "analyze",
            "--use-kube=false",
            "--analyzer",
            "nope.Analyzer",
            "x.yaml",
        ])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let out = sailctl().args(["analyze", "-L"]).output().expect("runs");
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(s.contains("annotations.AlphaAnalyzer"), "{s}");
}

#[test]
fn use_kube_without_a_cluster_analyzes_files_with_a_notice() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = write_input(&dir);
    let out = sailctl()
        .env("HOME", dir.path())
        .args(["analyze", "-A", "-o", "json"])
        .arg(&input)
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("no cluster configured"), "{stderr}");
    assert_eq!(codes_and_origins(&out.stdout).len(), 2);
}

#[test]
fn verbose_says_which_analyzers_ran_and_which_were_skipped() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = write_input(&dir);
    let out = sailctl()
        .args([
            "analyze",
            "--use-kube=false",
            "-A",
            "-v",
            "--analyzer",
            "applicationUID.Analyzer",
            "-o",
            "json",
        ])
        .arg(&input)
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("ran applicationUID.Analyzer: 1 message"),
        "{stderr}"
    );
    assert!(
        stderr.contains("skipped service.PortNameAnalyzer: not selected by --analyzer"),
        "{stderr}"
    );
    // only the kinds the selected analyzer reads are loaded: the Pod, not the Service
    assert!(
        stderr.contains("analyzed 1 resource from 1 file"),
        "{stderr}"
    );
    // the document stays pure
    assert_eq!(codes_and_origins(&out.stdout).len(), 1);
}

#[test]
fn output_threshold_hides_lower_levels() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = write_input(&dir);
    let out = sailctl()
        .args([
            "analyze",
            "--use-kube=false",
            "-A",
            "--output-threshold",
            "Warning",
            "-o",
            "json",
        ])
        .arg(&input)
        .output()
        .expect("runs");
    // IST0118 is Info, IST0144 is Warning
    assert_eq!(
        codes_and_origins(&out.stdout),
        vec![("IST0144".to_string(), "Pod shop/a".to_string())]
    );
}

#[test]
fn revision_keeps_only_that_revisions_configuration() {
    let dir = tempfile::tempdir().expect("tempdir");
    let p = dir.path().join("in.yaml");
    let vs = |name: &str, rev: Option<&str>| {
        let labels = rev
            .map(|r| format!("\n  labels: {{istio.io/rev: {r}}}"))
            .unwrap_or_default();
        format!(
            "apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata:\n  name: {name}\n  namespace: shop{labels}\nspec:\n  hosts: [{name}]\n  gateways: [missing]\n  http:\n  - route:\n    - destination: {{host: {name}}}\n---\n"
        )
    };
    std::fs::write(
        &p,
        format!(
            "{}{}{}",
            vs("plain", None),
            vs("stable", Some("stable")),
            vs("canary", Some("canary"))
        ),
    )
    .expect("write");
    let origins = |extra: &[&str]| {
        let out = sailctl()
            .args([
                "analyze",
                "--use-kube=false",
                "-A",
                "--analyzer",
                "virtualservice.GatewayAnalyzer",
                "--closed-world",
                "-o",
                "json",
            ])
            .args(extra)
            .arg(&p)
            .output()
            .expect("runs");
        let mut o: Vec<String> = codes_and_origins(&out.stdout)
            .into_iter()
            .filter(|(c, _)| c == "IST0101")
            .map(|(_, o)| o)
            .collect();
        o.sort();
        o
    };
    assert_eq!(
        origins(&[]),
        [
            "VirtualService shop/canary",
            "VirtualService shop/plain",
            "VirtualService shop/stable"
        ]
    );
    assert_eq!(
        origins(&["-r", "canary"]),
        ["VirtualService shop/canary", "VirtualService shop/plain"]
    );
}
