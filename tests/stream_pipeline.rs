//! One big file is read as a stream of document segments, loaded and checked on every core
//! (issue 9 item 1, issue 11 item 7). What the streaming path must keep: findings in document
//! order, positions of documents deep in one file, a List's item positions, a `---` inside a
//! block scalar that does not split, BOM and CRLF, whole-file verdicts (binary, not UTF-8).

use assert_cmd::Command;

fn vs(i: usize, weight: &str) -> String {
    format!(
        "apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata:\n  name: vs-{i}\n  namespace: ns\nspec:\n  hosts: [a]\n  http:\n  - route:\n    - destination: {{host: a}}\n      weight: {weight}\n"
    )
}

struct Out {
    code: i32,
    stdout: String,
}

fn sailctl(args: &[&str], file: &std::path::Path) -> Out {
    let out = Command::cargo_bin("sailctl")
        .unwrap()
        .env("NO_COLOR", "1")
        .args(args)
        .arg(file)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    Out {
        code: out.status.code().expect("exited"),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
    }
}

/// `(line, name)` of each schema error in validate's text output.
fn schema_errors(text: &str) -> Vec<(usize, String)> {
    text.lines()
        .filter(|l| l.contains("error[schema]"))
        .filter_map(|l| {
            let mut parts = l.split(':');
            let _file = parts.next()?;
            let line = parts.next()?.parse().ok()?;
            let name = l.split("VirtualService ns/").nth(1)?.split(':').next()?;
            Some((line, name.to_string()))
        })
        .collect()
}

#[test]
fn errors_deep_in_one_big_file_keep_their_order_and_lines() {
    // 6,000 documents (about 1.3 MB, many segments); every 997th is invalid, and so is the
    // 5,000th: each error must name its own line, in document order
    let dir = tempfile::tempdir().unwrap();
    let mut text = String::new();
    let mut expected = Vec::new();
    for i in 0..6000 {
        if i > 0 {
            text.push_str("---\n");
        }
        let bad = i % 997 == 0 || i == 4999;
        let start = text.lines().count() + 1;
        if bad {
            // `weight:` is line 11 of the document
            expected.push((start + 10, format!("vs-{i}")));
        }
        text.push_str(&vs(i, if bad { "heavy" } else { "10" }));
    }
    let file = dir.path().join("big.yaml");
    std::fs::write(&file, &text).unwrap();
    let out = sailctl(&["validate", "-f"], &file);
    assert_eq!(out.code, 1, "{}", out.stdout);
    assert_eq!(schema_errors(&out.stdout), expected);
    let last = out.stdout.lines().last().unwrap_or_default();
    assert!(
        last.starts_with("validated 6000 resources in 1 file: 8 invalid"),
        "{last}"
    );
}

#[test]
fn a_syntax_error_in_document_5000_is_reported_at_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let bad = "apiVersion: v1\nkind: [Service\nmetadata: {name: x}\n";
    // where the error is when the document is a file of its own
    let alone = dir.path().join("alone.yaml");
    std::fs::write(&alone, bad).unwrap();
    let out = sailctl(&["validate", "-f"], &alone);
    let at = out
        .stdout
        .lines()
        .find(|l| l.contains("error[yaml]"))
        .and_then(|l| l.strip_prefix(&format!("{}:", alone.display())))
        .map(str::to_string)
        .expect("a located YAML error");
    let (line_alone, rest) = at.split_once(':').expect("line:col");
    let line_alone: usize = line_alone.parse().unwrap();
    let mut text = String::new();
    let mut bad_line = 0;
    for i in 0..5200 {
        if i > 0 {
            text.push_str("---\n");
        }
        if i == 4999 {
            bad_line = text.lines().count() + line_alone;
            text.push_str(bad);
        } else {
            text.push_str(&vs(i, "10"));
        }
    }
    let file = dir.path().join("big.yaml");
    std::fs::write(&file, &text).unwrap();
    let out = sailctl(&["validate", "-f"], &file);
    assert_eq!(out.code, 2, "{}", out.stdout);
    let yaml: Vec<&str> = out
        .stdout
        .lines()
        .filter(|l| l.contains("error[yaml]"))
        .collect();
    assert_eq!(yaml.len(), 1, "{}", out.stdout);
    let prefix = format!("{}:{}:{rest}", file.display(), bad_line);
    assert!(yaml[0].starts_with(&prefix), "{} not {prefix}", yaml[0]);
    assert!(
        out.stdout.contains("validated 5199 resources"),
        "{}",
        out.stdout
    );
}

#[test]
fn a_dash_line_inside_a_block_scalar_and_crlf_and_bom_do_not_lose_documents() {
    // a `---` indented inside a block scalar is text, not a marker; with CRLF line ends and a
    // BOM, over several segments
    let dir = tempfile::tempdir().unwrap();
    let mut text = String::from("\u{feff}");
    for i in 0..800 {
        text.push_str(&format!(
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-{i}\ndata:\n  script: |\n    echo a\n    ---\n    echo b {}\n---\n",
            "x".repeat(40)
        ));
    }
    text.push_str(&vs(9999, "heavy"));
    let text = text.replace('\n', "\r\n");
    let file = dir.path().join("crlf.yaml");
    std::fs::write(&file, &text).unwrap();
    let out = sailctl(&["validate", "-f"], &file);
    assert_eq!(out.code, 1, "{}", out.stdout);
    assert_eq!(
        schema_errors(&out.stdout),
        [(800 * 10 + 11, "vs-9999".to_string())]
    );
    assert!(
        out.stdout
            .contains("validated 801 resources in 1 file: 1 invalid"),
        "{}",
        out.stdout
    );
}

#[test]
fn a_lists_items_are_located_at_their_lines() {
    let dir = tempfile::tempdir().unwrap();
    let mut text = String::from("apiVersion: v1\nkind: List\nitems:\n");
    let mut expected = Vec::new();
    for i in 0..3000 {
        let bad = i % 500 == 7;
        let item = vs(i, if bad { "heavy" } else { "10" });
        let start = text.lines().count() + 1;
        if bad {
            expected.push((start + 10, format!("vs-{i}")));
        }
        for (n, line) in item.lines().enumerate() {
            text.push_str(if n == 0 { "- " } else { "  " });
            text.push_str(line);
            text.push('\n');
        }
    }
    let file = dir.path().join("list.yaml");
    std::fs::write(&file, &text).unwrap();
    let out = sailctl(&["validate", "-f"], &file);
    assert_eq!(out.code, 1, "{}", out.stdout);
    assert_eq!(schema_errors(&out.stdout), expected);
}

#[test]
fn invalid_utf8_late_in_a_big_file_makes_the_whole_file_unreadable() {
    // whatever segment it is in, a file that is not UTF-8 is that one problem and nothing else
    let dir = tempfile::tempdir().unwrap();
    let mut text = Vec::new();
    for i in 0..3000 {
        text.extend_from_slice(vs(i, if i == 3 { "heavy" } else { "10" }).as_bytes());
        text.extend_from_slice(b"---\n");
    }
    let line = text.iter().filter(|&&b| b == b'\n').count() + 3;
    text.extend_from_slice(b"apiVersion: v1\nkind: ConfigMap\nmetadata: {name: \xff}\n");
    let file = dir.path().join("late.yaml");
    std::fs::write(&file, &text).unwrap();
    let out = sailctl(&["validate", "-f"], &file);
    assert_eq!(out.code, 2, "{}", out.stdout);
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{}", out.stdout);
    assert_eq!(
        lines[0],
        format!(
            "{}:{line}:18: error[unreadable]: not valid UTF-8 text",
            file.display()
        )
    );
}

#[test]
fn analyze_reads_one_big_file_like_its_documents_as_files() {
    // the same findings, in the same order, from one file as from one file per document
    let dir = tempfile::tempdir().unwrap();
    let docs: Vec<String> = (0..1500)
        .map(|i| {
            format!(
                "apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata:\n  name: vs-{i}\n  namespace: default\nspec:\n  hosts: [h{i}.example.com]\n  http:\n  - route:\n    - destination:\n        host: missing-{i}.default.svc.cluster.local\n"
            )
        })
        .collect();
    let one = dir.path().join("one.yaml");
    std::fs::write(&one, docs.join("---\n")).unwrap();
    let many = dir.path().join("many");
    std::fs::create_dir(&many).unwrap();
    for (i, d) in docs.iter().enumerate() {
        std::fs::write(many.join(format!("d{i:05}.yaml")), d).unwrap();
    }
    let messages = |path: &std::path::Path| -> Vec<(String, u64)> {
        let args = [
            "analyze",
            "--use-kube=false",
            "--closed-world",
            "-o",
            "json",
        ];
        let out = sailctl(&args, path);
        assert_eq!(out.code, 79, "{}", out.stdout);
        let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
        v.as_array()
            .unwrap()
            .iter()
            .map(|m| {
                let line = m["line"].as_u64().unwrap_or_default();
                (format!("{} {}", m["code"], m["origin"]), line)
            })
            .collect()
    };
    let one = messages(&one);
    let many = messages(&many);
    assert_eq!(one.len(), 1500);
    let names = |m: &[(String, u64)]| m.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>();
    assert_eq!(names(&one), names(&many));
    // in the one file, document i (12 lines with its `---`) has its host on line 12 i + 11
    for (text, line) in &one {
        let i: u64 = text
            .rsplit("vs-")
            .next()
            .and_then(|n| n.trim_end_matches('"').parse().ok())
            .expect("a name");
        assert_eq!(*line, 12 * i + 11, "{text}");
    }
    assert!(many.iter().all(|(_, line)| *line == 11));
}
