//! Reading resources from files, directories (recursively) and stdin (`-`).
//!
//! Every document of every file is read; a problem in one file or document is recorded as a
//! [`LoadIssue`] with its location and the rest still loads.

use std::collections::HashSet;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde_json::Value;

use super::yaml::{self, Parsed};
use super::{FieldPath, Origin, Resource, SourceFile};
use crate::parallel::WorkerPanic;

/// How serious a load problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IssueKind {
    /// The path or stream could not be read at all (missing, binary, not UTF-8, ...).
    Unreadable,
    /// A document is not valid YAML.
    Syntax,
    /// A document parsed but is not a Kubernetes object (no `apiVersion`/`kind`).
    NotAResource,
    /// Nothing to read (an empty file): a warning.
    Empty,
}

/// A problem met while loading, with where it is.
#[derive(Debug, Clone)]
pub struct LoadIssue {
    pub kind: IssueKind,
    pub file: String,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: String,
}

impl LoadIssue {
    fn unreadable(file: &str, message: impl Into<String>) -> Self {
        LoadIssue {
            kind: IssueKind::Unreadable,
            file: file.to_string(),
            line: None,
            column: None,
            message: message.into(),
        }
    }

    /// Whether this is only a warning.
    pub fn is_warning(&self) -> bool {
        self.kind == IssueKind::Empty
    }
}

impl std::fmt::Display for LoadIssue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(l) = self.line {
            write!(f, ":{l}")?;
            if let Some(c) = self.column {
                write!(f, ":{c}")?;
            }
        }
        write!(f, ": {}", self.message)
    }
}

/// The resources and problems of one file.
#[derive(Debug)]
pub struct FileLoad {
    pub file: Option<Arc<SourceFile>>,
    pub resources: Vec<Resource>,
    pub issues: Vec<LoadIssue>,
}

/// Everything loaded from a set of inputs.
#[derive(Debug, Default)]
pub struct Loaded {
    pub files: usize,
    pub resources: Vec<Resource>,
    pub issues: Vec<LoadIssue>,
    /// Files whose loading failed inside sailctl (a bug): reported as internal errors.
    pub internal: Vec<WorkerPanic>,
}

/// Expand the inputs (files, directories, `-`) into the list of files to read, in order.
/// Directories are walked recursively, in name order, for `.yaml`, `.yml` and `.json` files.
pub fn expand_inputs(inputs: &[String]) -> (Vec<String>, Vec<LoadIssue>) {
    let mut files = Vec::new();
    let mut issues = Vec::new();
    for input in inputs {
        if input == "-" {
            files.push(input.clone());
            continue;
        }
        let path = Path::new(input);
        match std::fs::metadata(path) {
            Err(e) => issues.push(LoadIssue::unreadable(input, io_message(&e))),
            Ok(m) if m.is_dir() => {
                let before = files.len();
                let mut seen = HashSet::new();
                walk_dir(path, &mut files, &mut issues, &mut seen);
                if files.len() == before {
                    issues.push(LoadIssue::unreadable(
                        input,
                        "directory has no .yaml, .yml or .json files",
                    ));
                }
            }
            Ok(_) => files.push(input.clone()),
        }
    }
    (files, issues)
}

fn walk_dir(
    dir: &Path,
    files: &mut Vec<String>,
    issues: &mut Vec<LoadIssue>,
    seen: &mut HashSet<PathBuf>,
) {
    if let Ok(canon) = dir.canonicalize()
        && !seen.insert(canon)
    {
        return; // a symlink loop
    }
    let mut entries: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
        Err(e) => {
            issues.push(LoadIssue::unreadable(
                &dir.display().to_string(),
                io_message(&e),
            ));
            return;
        }
    };
    entries.sort();
    for p in entries {
        if p.is_dir() {
            walk_dir(&p, files, issues, seen);
        } else if matches!(
            p.extension().and_then(|e| e.to_str()),
            Some("yaml" | "yml" | "json")
        ) {
            files.push(p.display().to_string());
        }
    }
}

fn io_message(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => e.to_string(),
    }
}

/// Read one file (or stdin for `-`) and parse its resources.
pub fn load_file(name: &str) -> FileLoad {
    let bytes = if name == "-" {
        let mut buf = Vec::new();
        std::io::stdin().read_to_end(&mut buf).map(|_| buf)
    } else {
        std::fs::read(name)
    };
    match bytes {
        Ok(bytes) => load_bytes(name, bytes),
        Err(e) => FileLoad {
            file: None,
            resources: Vec::new(),
            issues: vec![LoadIssue::unreadable(name, io_message(&e))],
        },
    }
}

/// Parse the bytes of a file named `name`.
pub fn load_bytes(name: &str, bytes: Vec<u8>) -> FileLoad {
    let fail = |issue: LoadIssue| FileLoad {
        file: None,
        resources: Vec::new(),
        issues: vec![issue],
    };
    let display = if name == "-" { "<stdin>" } else { name };
    if bytes.iter().take(8192).any(|&b| b == 0) {
        return fail(LoadIssue::unreadable(
            display,
            "binary file (it has NUL bytes): expected YAML or JSON text",
        ));
    }
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
            let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
            let col = valid.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
            return fail(LoadIssue {
                kind: IssueKind::Unreadable,
                file: display.to_string(),
                line: Some(line),
                column: Some(col),
                message: "not valid UTF-8 text".to_string(),
            });
        }
    };
    let text = match text.strip_prefix('\u{feff}') {
        Some(t) => t.to_string(),
        None => text,
    };
    let Parsed {
        chunks,
        documents,
        errors,
    } = yaml::parse_stream(&text);
    let file = Arc::new(SourceFile::new(name.to_string(), text, chunks));
    let mut issues: Vec<LoadIssue> = errors
        .into_iter()
        .map(|e| LoadIssue {
            kind: IssueKind::Syntax,
            file: display.to_string(),
            line: Some(e.line),
            column: Some(e.col),
            message: format!("invalid YAML: {}", e.message),
        })
        .collect();
    let mut resources = Vec::new();
    if documents.is_empty() && issues.is_empty() {
        issues.push(LoadIssue {
            kind: IssueKind::Empty,
            file: display.to_string(),
            line: None,
            column: None,
            message: "no resources in file (it is empty or only comments)".to_string(),
        });
    }
    for doc in documents {
        let origin = Origin {
            file: file.clone(),
            chunk: doc.chunk,
            index_in_chunk: doc.index_in_chunk,
            doc_line: doc.line,
            item_path: FieldPath::root(),
        };
        add_document(doc.value, origin, &mut resources, &mut issues);
    }
    FileLoad {
        file: Some(file),
        resources,
        issues,
    }
}

fn not_a_resource(origin: &Origin, what: &str) -> LoadIssue {
    let loc = origin.location();
    LoadIssue {
        kind: IssueKind::NotAResource,
        file: loc.file,
        line: Some(loc.line),
        column: Some(loc.column),
        message: what.to_string(),
    }
}

fn add_document(
    value: Value,
    origin: Origin,
    out: &mut Vec<Resource>,
    issues: &mut Vec<LoadIssue>,
) {
    let Value::Object(map) = &value else {
        issues.push(not_a_resource(
            &origin,
            "document is not a mapping: expected a Kubernetes object with apiVersion and kind",
        ));
        return;
    };
    let kind = map.get("kind").and_then(Value::as_str);
    let api_version = map.get("apiVersion").and_then(Value::as_str);
    match (api_version, kind) {
        (_, None) => issues.push(not_a_resource(&origin, "document has no `kind` (a string)")),
        (None, Some(k)) => issues.push(not_a_resource(
            &origin,
            &format!("{k} has no `apiVersion` (a string)"),
        )),
        (Some(_), Some(k))
            if k.ends_with("List") && map.get("items").is_some_and(Value::is_array) =>
        {
            let Value::Object(mut map) = value else {
                return;
            };
            let Some(Value::Array(items)) = map.remove("items") else {
                return;
            };
            for (i, item) in items.into_iter().enumerate() {
                let mut item_origin = origin.clone();
                item_origin.item_path = origin.item_path.key("items").index(i);
                add_document(item, item_origin, out, issues);
            }
        }
        (Some(_), Some(_)) => {
            if let Some(r) = Resource::from_value(value, Some(origin)) {
                out.push(r);
            }
        }
    }
}

/// Load every input, in order, into one list. Files are read and parsed on all available
/// cores; the result is in input order whatever the scheduling.
pub fn load_all(inputs: &[String]) -> Loaded {
    let (files, mut issues) = expand_inputs(inputs);
    let mut resources = Vec::new();
    let mut internal = Vec::new();
    for load in load_files_parallel(&files) {
        match load {
            Ok(fl) => {
                resources.extend(fl.resources);
                issues.extend(fl.issues);
            }
            Err(panic) => internal.push(panic),
        }
    }
    Loaded {
        files: files.len(),
        resources,
        issues,
        internal,
    }
}

/// Read and parse `files` on all available cores, keeping input order. A file whose loading
/// panicked (a bug) comes back as the [`WorkerPanic`] naming it, never as a silent gap.
pub fn load_files_parallel(files: &[String]) -> Vec<Result<FileLoad, WorkerPanic>> {
    crate::parallel::map_ordered("loading", files, String::clone, |f| load_file(f))
}

/// Load the inputs file by file, handing each file's result to `f`, so a caller can stream and
/// keep one file in memory at a time. Problems with the inputs themselves (a missing path, a
/// directory without YAML) reach `f` as a `FileLoad` without a file. Returns the files read.
pub fn for_each_file(inputs: &[String], mut f: impl FnMut(FileLoad)) -> usize {
    let (files, expand_issues) = expand_inputs(inputs);
    for issue in expand_issues {
        f(FileLoad {
            file: None,
            resources: Vec::new(),
            issues: vec![issue],
        });
    }
    let n = files.len();
    for name in files {
        f(load_file(&name));
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_expanded_and_located() {
        let text = "apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Service\n  metadata: {name: a}\n- apiVersion: v1\n  kind: Service\n  metadata: {name: b}\n";
        let fl = load_bytes("x.yaml", text.as_bytes().to_vec());
        assert!(fl.issues.is_empty(), "{:?}", fl.issues);
        let names: Vec<_> = fl.resources.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(names, ["a", "b"]);
        assert_eq!(fl.resources[1].location().map(|l| l.line), Some(7));
    }

    #[test]
    fn documents_without_kind_are_reported_with_their_line() {
        let fl = load_bytes(
            "x.yaml",
            b"apiVersion: v1\nkind: Service\nmetadata: {name: a}\n---\nfoo: bar\n".to_vec(),
        );
        assert_eq!(fl.resources.len(), 1);
        assert_eq!(fl.issues.len(), 1);
        assert_eq!(fl.issues[0].kind, IssueKind::NotAResource);
        assert_eq!(fl.issues[0].line, Some(5));
    }

    #[test]
    fn binary_and_non_utf8_are_unreadable() {
        let fl = load_bytes("b.yaml", vec![0x7f, b'E', b'L', b'F', 0, 0, 1]);
        assert_eq!(fl.issues[0].kind, IssueKind::Unreadable);
        assert!(fl.issues[0].message.contains("binary"));
        let fl = load_bytes("u.yaml", b"a: 1\nb: \xff\n".to_vec());
        assert_eq!(fl.issues[0].line, Some(2));
        assert_eq!(fl.issues[0].column, Some(4));
    }

    #[test]
    fn parallel_load_keeps_input_order() {
        let dir = tempfile::tempdir().unwrap();
        let mut inputs = Vec::new();
        for i in 0..9 {
            let p = dir.path().join(format!("f{i}.yaml"));
            std::fs::write(
                &p,
                format!("apiVersion: v1\nkind: Service\nmetadata: {{name: s{i}}}\n"),
            )
            .unwrap();
            inputs.push(p.display().to_string());
        }
        inputs.reverse();
        inputs.push("/nonexistent.yaml".into());
        let loaded = load_all(&inputs);
        let names: Vec<_> = loaded.resources.iter().map(|r| r.name.clone()).collect();
        assert_eq!(
            names,
            ["s8", "s7", "s6", "s5", "s4", "s3", "s2", "s1", "s0"]
        );
        assert_eq!(loaded.issues.len(), 1);
        assert_eq!(loaded.files, 9);
    }
}
