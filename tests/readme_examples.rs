//! The README's example command lines: every `sailctl ...` line in a shell block parses (with
//! istioctl's argument orders), and every one that needs no cluster runs from a scratch
//! directory, with the files the README names as yours replaced by the bundled stand-ins it
//! names next to them, ending without a usage error (exit 2) or an internal one (3).

use std::path::{Path, PathBuf};

/// The README's example lines, without prompts, comments and redirections.
fn examples() -> Vec<String> {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let mut out = Vec::new();
    let mut in_shell = false;
    for line in readme.lines() {
        let t = line.trim();
        if let Some(lang) = t.strip_prefix("```") {
            in_shell = !in_shell && matches!(lang, "sh" | "bash" | "console");
            continue;
        }
        let t = t.strip_prefix("$ ").unwrap_or(t);
        if in_shell && t.starts_with("sailctl ") {
            let cut = t.find(['#', '>', '|']).unwrap_or(t.len());
            out.push(t.get(..cut).unwrap_or(t).trim().to_string());
        }
    }
    out
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// The bundled stand-in for a file or directory the README names as the reader's own.
fn stand_in(word: &str) -> Option<PathBuf> {
    let f = fixtures();
    Some(match word {
        "manifests/" | "k8s/" | "istio/" | "app/" | "cluster-dump/" => {
            f.join("analyze/virtualservice.DestinationRuleAnalyzer")
        }
        "extra.yaml" | "app.yaml" => f.join("validate/bookinfo.yaml"),
        "my-iop.yaml" => f.join("install/small-pilot.yaml"),
        "dump.json" => f.join("proxy-config/config_dump.json"),
        "clusters.json" => f.join("proxy-config/clusters.json"),
        w if w.starts_with("tests/fixtures/") => Path::new(env!("CARGO_MANIFEST_DIR")).join(w),
        _ => return None,
    })
}

/// Lines that need no cluster.
fn offline(words: &[String]) -> bool {
    let has = |w: &str| words.iter().any(|x| x == w);
    matches!(
        words.get(1).map(String::as_str),
        Some("validate" | "manifest" | "profile" | "completion")
    ) || has("--use-kube=false")
        || has("--explain")
        || has("-L")
        || has("--sync-file")
        || has("--remote=false")
        || (matches!(words.get(1).map(String::as_str), Some("pc")) && has("-f"))
}

#[test]
fn every_readme_example_parses_and_the_offline_ones_run() {
    let lines = examples();
    assert!(lines.len() > 60, "{} examples", lines.len());
    let scratch = tempfile::tempdir().unwrap();
    let mut problems = Vec::new();
    let mut ran = 0;
    for line in &lines {
        let words: Vec<String> = line.split_whitespace().map(str::to_string).collect();
        let argv = sailctl::compat::normalize(words.iter().map(Into::into).collect());
        if let Err(e) = sailctl::cmd::examples::command().try_get_matches_from(argv) {
            problems.push(format!(
                "`{line}` does not parse: {}",
                e.to_string().lines().next().unwrap_or_default()
            ));
            continue;
        }
        if !offline(&words) {
            continue;
        }
        let args: Vec<String> = words
            .iter()
            .skip(1)
            .map(|w| stand_in(w).map_or(w.clone(), |p| p.display().to_string()))
            .collect();
        let out = assert_cmd::Command::cargo_bin("sailctl")
            .unwrap()
            .current_dir(scratch.path())
            .env("KUBECONFIG", scratch.path().join("no-kubeconfig"))
            .args(&args)
            .output()
            .unwrap();
        ran += 1;
        let code = out.status.code().unwrap_or(-1);
        if !matches!(code, 0 | 1 | 79) {
            problems.push(format!(
                "`{line}` exits {code}: {}",
                String::from_utf8_lossy(&out.stderr)
                    .lines()
                    .next()
                    .unwrap_or_default()
            ));
        }
    }
    assert!(ran >= 30, "only {ran} examples ran offline");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    // the example that writes a file wrote it
    assert!(scratch.path().join("demo.yaml").exists());
}
