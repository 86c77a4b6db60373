//! One big `kind: List` is cut into runs of items that load in parallel (issue 11 item 7):
//! whatever the cut, the result is the whole parse's. The streaming loader (`load_all`, which
//! cuts) is compared with `load_bytes` (one parse of the whole text, never cut) on Lists that
//! hold and on every case where the cut must be undone; then `validate` and `analyze` on a cut
//! List against the same List on stdin (never cut) and against the same items as documents.

use assert_cmd::Command;
use sailctl::resource::loader::{self, FileLoad};
use sailctl::resource::{FieldPath, Tree};

/// A VirtualService item (at indentation `pad`), invalid when `bad`, with no route host
/// anywhere (an IST0101 per item in a closed-world analysis).
fn vs(i: usize, pad: usize, bad: bool) -> String {
    let p = " ".repeat(pad);
    let weight = if bad { "-5" } else { "100" };
    format!(
        "{p}- apiVersion: networking.istio.io/v1\n{p}  kind: VirtualService\n{p}  metadata:\n{p}    name: vs-{i}\n{p}    namespace: ns\n{p}  spec:\n{p}    hosts: [h{i}.example.com]\n{p}    http:\n{p}    - route:\n{p}      - destination:\n{p}          host: missing-{i}.ns.svc.cluster.local\n{p}        weight: {weight}\n"
    )
}

/// `n` items (every 97th invalid) at indentation `pad`: about 450 bytes each, so 400 make
/// more than ten runs.
fn items(n: usize, pad: usize) -> String {
    (0..n).map(|i| vs(i, pad, i % 97 == 5)).collect()
}

/// What a load gives, with every resource's position and the position of a field deep in it.
fn summary<V: Tree + std::fmt::Display>(load: &FileLoad<V>) -> Vec<String> {
    let mut out: Vec<String> = load
        .resources
        .iter()
        .map(|r| {
            let at = r.location().expect("a location");
            let deep = r
                .locate(&FieldPath::parse("spec.http[0].route[0].weight"))
                .expect("a location");
            format!(
                "{} {} {}:{} weight at {}:{} {}",
                r.kind, r.name, at.line, at.column, deep.line, deep.column, r.value
            )
        })
        .collect();
    out.extend(load.issues.iter().map(|i| i.to_string()));
    out
}

/// How many texts the resources were parsed from: more than one for a List that was cut.
fn parses<V>(load: &FileLoad<V>) -> usize {
    let mut files: Vec<_> = load
        .resources
        .iter()
        .filter_map(|r| r.origin.as_ref().map(|o| std::sync::Arc::as_ptr(&o.file)))
        .collect();
    files.sort();
    files.dedup();
    files.len()
}

/// The streaming load of `text` (as a file) and the whole parse of it, and how many texts the
/// streaming load parsed its resources from.
fn both(text: &str) -> (Vec<String>, Vec<String>, usize) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("list.yaml");
    std::fs::write(&path, text).unwrap();
    let name = path.display().to_string();
    let streamed = loader::load_all(std::slice::from_ref(&name));
    assert!(streamed.internal.is_empty());
    let streamed = FileLoad {
        file: None,
        resources: streamed.resources,
        issues: streamed.issues,
    };
    let whole = loader::load_bytes(&name, text.as_bytes().to_vec());
    (summary(&streamed), summary(&whole), parses(&streamed))
}

#[test]
fn a_cut_list_loads_as_its_whole_parse() {
    let body = items(400, 0);
    let pad2 = items(400, 2);
    for (what, text) in [
        (
            "kind after the items, as kubectl writes it",
            format!(
                "apiVersion: v1\nitems:\n{body}kind: List\nmetadata:\n  resourceVersion: \"\"\n"
            ),
        ),
        (
            "standard tags on items",
            format!(
                "apiVersion: v1\nkind: List\nitems:\n{body}- !!str text\n- !!map {{a: 1}}\n{body}"
            ),
        ),
        (
            "kind before the items",
            format!("apiVersion: v1\nkind: List\nitems:\n{body}"),
        ),
        (
            "items indented under their key",
            format!("apiVersion: v1\nkind: List\nitems:\n{pad2}"),
        ),
        (
            "documents before and after, comments between items",
            format!(
                "apiVersion: v1\nkind: Namespace\nmetadata: {{name: ns}}\n---\n# a List\napiVersion: v1\nkind: ServiceList\nitems: # all of them\n{}\n# middle\n{}---\napiVersion: v1\nkind: Namespace\nmetadata: {{name: after}}\n",
                items(200, 0),
                items(200, 0).replace("vs-", "other-")
            ),
        ),
        (
            "CRLF line ends and a byte-order mark",
            format!(
                "\u{feff}apiVersion: v1\r\nkind: List\r\nitems:\r\n{}",
                body.replace('\n', "\r\n")
            ),
        ),
        (
            "a List nested in an item, an item without kind, an item that is no mapping",
            format!(
                "apiVersion: v1\nkind: List\nitems:\n{body}- apiVersion: v1\n  kind: List\n  items:\n  - apiVersion: v1\n    kind: Service\n    metadata: {{name: inner}}\n- metadata: {{name: kindless}}\n- just text\n{body}"
            ),
        ),
    ] {
        let (streamed, whole, parses) = both(&text);
        assert!(whole.len() >= 400, "{what}: {}", whole.len());
        assert!(parses > 5, "{what}: the List was cut ({parses} parses)");
        assert_eq!(streamed, whole, "{what}");
    }
}

#[test]
fn a_cut_that_does_not_hold_is_undone() {
    let a = items(200, 0);
    let b = items(200, 0).replace("vs-", "late-");
    for (what, text) in [
        (
            "not a List: a ConfigMap with an items key",
            format!("apiVersion: v1\nkind: ConfigMap\nmetadata: {{name: c}}\nitems:\n{a}{b}"),
        ),
        (
            "a List without apiVersion",
            format!("kind: List\nitems:\n{a}{b}"),
        ),
        (
            "a kind that is no string",
            format!("apiVersion: v1\nkind: [List]\nitems:\n{a}{b}"),
        ),
        (
            "a second items key after the items",
            format!("apiVersion: v1\nkind: List\nitems:\n{a}{b}items: []\n"),
        ),
        (
            "an alias to an anchor of an earlier item",
            format!(
                "apiVersion: v1\nkind: List\nitems:\n- &first\n  apiVersion: v1\n  kind: Service\n  metadata: {{name: s}}\n{a}{b}- *first\n"
            ),
        ),
        (
            "an anchor in the document's head used by an item",
            format!(
                "apiVersion: v1\nkind: List\nmetadata: &m {{name: m}}\nitems:\n{a}{b}- apiVersion: v1\n  kind: Service\n  metadata: *m\n"
            ),
        ),
        (
            "a quoted scalar across item boundaries",
            format!(
                "apiVersion: v1\nkind: List\nitems:\n- note: \"starts here\n{a}  and ends here\"\n{b}"
            ),
        ),
        (
            "a flow sequence across item boundaries",
            format!("apiVersion: v1\nkind: List\nitems:\n- [\n{a}]\n{b}"),
        ),
        (
            "a syntax error in an item",
            format!("apiVersion: v1\nkind: List\nitems:\n{a}- a: [1\n{b}"),
        ),
        (
            "odd indentation after the items",
            format!("apiVersion: v1\nkind: List\nitems:\n{a}{b} kind: List\n"),
        ),
        (
            "a document end marker inside",
            format!("apiVersion: v1\nkind: List\nitems:\n{a}...\n{b}"),
        ),
    ] {
        let (streamed, whole, parses) = both(&text);
        assert!(!whole.is_empty(), "{what}");
        assert!(parses <= 1, "{what}: parsed whole ({parses} parses)");
        assert_eq!(streamed, whole, "{what}");
    }
}

struct Out {
    code: i32,
    stdout: String,
}

fn sailctl(args: &[&str], stdin: Option<&str>) -> Out {
    let mut cmd = Command::cargo_bin("sailctl").unwrap();
    cmd.env("NO_COLOR", "1").args(args);
    if let Some(text) = stdin {
        cmd.write_stdin(text.to_string());
    }
    let out = cmd.output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    Out {
        code: out.status.code().expect("exited"),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
    }
}

#[test]
fn validate_and_analyze_find_on_a_cut_list_what_they_find_on_the_whole() {
    let dir = tempfile::tempdir().unwrap();
    let text = format!("apiVersion: v1\nitems:\n{}kind: List\n", items(400, 0));
    let path = dir.path().join("list.yaml");
    std::fs::write(&path, &text).unwrap();
    let file = path.display().to_string();
    // stdin is never cut: the same List parsed whole
    for args in [
        vec!["validate", "-f"],
        vec!["analyze", "-A", "--use-kube=false", "--closed-world"],
    ] {
        let cut = sailctl(&[args.as_slice(), &[file.as_str()]].concat(), None);
        let whole = sailctl(&[args.as_slice(), &["-"]].concat(), Some(&text));
        assert_eq!(
            cut.stdout.replace(&file, "<stdin>"),
            whole.stdout,
            "{args:?}"
        );
        assert_eq!(cut.code, whole.code, "{args:?}");
    }
    let validate = sailctl(&["validate", "-f", &file], None);
    assert_eq!(validate.code, 1);
    // items 5, 102, 199, 296, 393 are invalid: each error at its own weight's line
    let lines: Vec<&str> = validate
        .stdout
        .lines()
        .filter(|l| l.contains(": error["))
        .collect();
    assert_eq!(lines.len(), 5, "{}", validate.stdout);
    for (line, i) in lines.iter().zip([5, 102, 199, 296, 393]) {
        // 2 head lines, 12 lines per item, the weight on the item's 12th line
        let want = format!("{file}:{}:", 2 + 12 * i + 12);
        assert!(line.starts_with(&want), "{line} (want {want})");
        assert!(line.contains(&format!("vs-{i}")), "{line}");
    }
}

#[test]
fn a_cut_list_has_the_findings_of_the_same_items_as_documents() {
    let dir = tempfile::tempdir().unwrap();
    let list = dir.path().join("list.yaml");
    std::fs::write(
        &list,
        format!("apiVersion: v1\nkind: List\nitems:\n{}", items(400, 0)),
    )
    .unwrap();
    let docs_text: Vec<String> = (0..400)
        .map(|i| {
            let item = vs(i, 0, i % 97 == 5);
            let mut lines = item.lines();
            let first = lines.next().unwrap_or_default().replacen("- ", "", 1);
            let rest: Vec<&str> = lines.map(|l| l.get(2..).unwrap_or(l)).collect();
            format!("{first}\n{}\n", rest.join("\n"))
        })
        .collect();
    let docs = dir.path().join("docs.yaml");
    std::fs::write(&docs, docs_text.join("---\n")).unwrap();
    // the messages without their positions (`(VirtualService ns/vs-1 FILE:LINE)`: file and
    // line differ between the two shapes)
    let findings = |path: &std::path::Path| {
        let out = sailctl(
            &[
                "analyze",
                "-A",
                "--use-kube=false",
                "--closed-world",
                &path.display().to_string(),
            ],
            None,
        );
        let mut msgs: Vec<String> = out
            .stdout
            .lines()
            .filter(|l| l.starts_with("Error") || l.starts_with("Warning") || l.starts_with("Info"))
            .map(|l| {
                let (head, tail) = l.split_once(" (").unwrap_or((l, ""));
                let (origin, message) = tail.split_once(") ").unwrap_or((tail, ""));
                let resource = origin.rsplit_once(' ').map_or(origin, |(r, _)| r);
                format!("{head} ({resource}) {message}")
            })
            .collect();
        msgs.sort();
        (out.code, msgs)
    };
    let (code_list, from_list) = findings(&list);
    let (code_docs, from_docs) = findings(&docs);
    assert_eq!(code_list, 79);
    assert_eq!(code_list, code_docs);
    assert!(from_list.len() >= 400, "{}", from_list.len());
    assert_eq!(from_list, from_docs);
}
