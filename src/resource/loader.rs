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
use super::{FieldPath, Origin, Resource, SourceFile, Stored, Tree};
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
    pub fn unreadable(file: &str, message: impl Into<String>) -> Self {
        LoadIssue {
            kind: IssueKind::Unreadable,
            file: file.to_string(),
            line: None,
            column: None,
            message: message.into(),
        }
    }

    /// The warning for a file with nothing in it.
    pub fn empty(file: &str) -> Self {
        LoadIssue {
            kind: IssueKind::Empty,
            file: file.to_string(),
            line: None,
            column: None,
            message: "no resources in file (it is empty or only comments)".to_string(),
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
pub struct FileLoad<V = Value> {
    pub file: Option<Arc<SourceFile>>,
    pub resources: Vec<Resource<V>>,
    pub issues: Vec<LoadIssue>,
}

impl<V> FileLoad<V> {
    /// A load that is only one problem (an input that could not be read).
    pub fn of_issue(issue: LoadIssue) -> FileLoad<V> {
        FileLoad {
            file: None,
            resources: Vec::new(),
            issues: vec![issue],
        }
    }
}

/// Everything loaded from a set of inputs, the objects as the analysis keeps them.
#[derive(Debug, Default)]
pub struct Loaded {
    pub files: usize,
    pub resources: Vec<Stored>,
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

pub fn io_message(e: &std::io::Error) -> String {
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
    let display = if name == "-" { "<stdin>" } else { name };
    if let Some(issue) = binary_file(display, &bytes) {
        return FileLoad::of_issue(issue);
    }
    let (mut load, documents) = load_text(name, bytes, 1, true);
    if documents == 0 && load.issues.is_empty() {
        load.issues.push(LoadIssue::empty(display));
    }
    load
}

/// Bytes looked at for a NUL, the mark of a binary file.
pub const BINARY_SNIFF: usize = 8192;

/// The issue of a binary file (a NUL byte among the first [`BINARY_SNIFF`] bytes of `head`).
pub fn binary_file(display: &str, head: &[u8]) -> Option<LoadIssue> {
    head.iter().take(BINARY_SNIFF).any(|&b| b == 0).then(|| {
        LoadIssue::unreadable(
            display,
            "binary file (it has NUL bytes): expected YAML or JSON text",
        )
    })
}

/// Parse whole lines of a file named `name` that start at line `first_line` (`first`: at the
/// start of the file, where a byte-order mark may be): a whole file, or one segment of it
/// cut at a document boundary. Returns the load and how many documents it held (a `List`
/// counts once). Positions are the file's; a segment gets its own [`SourceFile`] (its text).
pub fn load_text<V: Tree>(
    name: &str,
    bytes: Vec<u8>,
    first_line: usize,
    first: bool,
) -> (FileLoad<V>, usize) {
    let display = if name == "-" { "<stdin>" } else { name };
    let line_offset = first_line.saturating_sub(1);
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let valid = e
                .as_bytes()
                .get(..e.utf8_error().valid_up_to())
                .unwrap_or_default();
            let line = valid.iter().filter(|&&b| b == b'\n').count() + 1 + line_offset;
            let col = valid.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
            let issue = LoadIssue {
                kind: IssueKind::Unreadable,
                file: display.to_string(),
                line: Some(line),
                column: Some(col),
                message: "not valid UTF-8 text".to_string(),
            };
            return (FileLoad::of_issue(issue), 0);
        }
    };
    let text = match text.strip_prefix('\u{feff}').filter(|_| first) {
        Some(t) => t.to_string(),
        None => text,
    };
    let Parsed {
        mut chunks,
        documents,
        errors,
    } = yaml::parse_stream_as::<V>(&text);
    for c in &mut chunks {
        c.first_line += line_offset;
    }
    let file = Arc::new(SourceFile::new(name.to_string(), text, chunks));
    let mut issues: Vec<LoadIssue> = errors
        .into_iter()
        .map(|e| LoadIssue {
            kind: IssueKind::Syntax,
            file: display.to_string(),
            line: Some(e.line + line_offset),
            column: Some(e.col),
            message: format!("invalid YAML: {}", e.message),
        })
        .collect();
    let mut resources = Vec::new();
    let count = documents.len();
    for doc in documents {
        let origin = Origin {
            file: file.clone(),
            chunk: doc.chunk,
            index_in_chunk: doc.index_in_chunk,
            doc_line: doc.line + line_offset,
            item_path: FieldPath::root(),
        };
        add_document(doc.value, origin, &mut resources, &mut issues);
    }
    let load = FileLoad {
        file: Some(file),
        resources,
        issues,
    };
    (load, count)
}

/// Parse a run of a `kind: List`'s items cut out of its document (see [`super::list_cut`]):
/// whole lines of file `name` from line `first_line`, one block sequence. Each item is loaded as
/// the whole document's parse loads it (its issues at the same positions). None when the run
/// does not parse alone as one sequence, without error: the caller then parses the document
/// whole. Also returns how many items there were.
pub fn load_list_items<V: Tree>(
    name: &str,
    bytes: Vec<u8>,
    first_line: usize,
) -> Option<(FileLoad<V>, usize)> {
    let line_offset = first_line.saturating_sub(1);
    let text = String::from_utf8(bytes).ok()?;
    let Parsed {
        mut chunks,
        documents,
        errors,
    } = yaml::parse_stream_as::<V>(&text);
    if !errors.is_empty() || documents.len() != 1 || chunks.len() != 1 {
        return None;
    }
    let doc = documents.into_iter().next()?;
    let items = doc.value.into_items().ok()?;
    for c in &mut chunks {
        c.first_line += line_offset;
    }
    let file = Arc::new(SourceFile::new(name.to_string(), text, chunks));
    let mut resources = Vec::new();
    let mut issues = Vec::new();
    let count = items.len();
    for (i, item) in items.into_iter().enumerate() {
        let origin = Origin {
            file: file.clone(),
            chunk: doc.chunk,
            index_in_chunk: doc.index_in_chunk,
            doc_line: doc.line + line_offset,
            item_path: FieldPath::root().index(i),
        };
        add_document(item, origin, &mut resources, &mut issues);
    }
    let load = FileLoad {
        file: Some(file),
        resources,
        issues,
    };
    Some((load, count))
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

fn add_document<V: Tree>(
    mut value: V,
    origin: Origin,
    out: &mut Vec<Resource<V>>,
    issues: &mut Vec<LoadIssue>,
) {
    if !value.is_map() {
        issues.push(not_a_resource(
            &origin,
            "document is not a mapping: expected a Kubernetes object with apiVersion and kind",
        ));
        return;
    }
    let kind = value.child("kind").and_then(V::text);
    let api_version = value.child("apiVersion").and_then(V::text);
    match (api_version, kind) {
        (_, None) => issues.push(not_a_resource(&origin, "document has no `kind` (a string)")),
        (None, Some(k)) => issues.push(not_a_resource(
            &origin,
            &format!("{k} has no `apiVersion` (a string)"),
        )),
        (Some(_), Some(k))
            if k.ends_with("List") && value.child("items").is_some_and(V::is_seq) =>
        {
            let Some(Ok(items)) = value.take_child("items").map(V::into_items) else {
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
/// cores, a segment of documents per job (see [`super::stream`]); the result is in input
/// order whatever the scheduling.
pub fn load_all(inputs: &[String]) -> Loaded {
    load_until(inputs, None).0
}

/// [`load_all`], reading nothing more once `deadline` has passed; also returns how many files
/// were not read to their end. A segment whose loading panicked is in the result's `internal`.
pub fn load_until(inputs: &[String], deadline: Option<std::time::Instant>) -> (Loaded, usize) {
    let (files, mut issues) = expand_inputs(inputs);
    let mut resources = Vec::new();
    let mut internal = Vec::new();
    let unread = super::stream::for_each_file(
        "loading",
        &files,
        deadline,
        |fl| {
            // every resource is kept until the run ends (parsed as compact nodes), their text
            // only for positions (compressed)
            if let Some(f) = &fl.file {
                f.pack();
            }
            fl
        },
        |parts| {
            let mut loads = Vec::with_capacity(parts.len());
            for part in parts {
                match part {
                    Ok(fl) => loads.push(fl),
                    Err(panic) => internal.push(panic),
                }
            }
            let fl = super::stream::merge(loads);
            resources.extend(fl.resources);
            issues.extend(fl.issues);
        },
    );
    let loaded = Loaded {
        files: files.len(),
        resources,
        issues,
        internal,
    };
    (loaded, unread)
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
