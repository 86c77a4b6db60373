//! Inputs as a stream of document segments, loaded on every core.
//!
//! A file is read line by line and cut, at `---` document markers (column 0), into segments of
//! about [`SEGMENT_BYTES`]; the segments go to the workers of [`parallel::for_each_ordered_iter`]
//! as they are read, so one big file keeps every core busy and only the segments being worked
//! on are in memory (plus what the caller keeps of each). A `---` line always ends a document
//! (YAML forbids it inside a block scalar or a quoted string at column 0), so a segment holds
//! whole documents and parses alone; its positions are the file's.
//!
//! Results come back per file and in input order, under the rules a whole file had: a file
//! that is not UTF-8 (anywhere) or is binary is one unreadable issue and nothing else, and a
//! file without documents is the "empty" warning.

use std::io::{BufRead, BufReader};
use std::time::Instant;

use super::loader::{self, FileLoad, IssueKind, LoadIssue};
use crate::parallel::{self, WorkerPanic};

/// Bytes of text a segment collects before it ends at the next document marker.
pub const SEGMENT_BYTES: usize = 16 * 1024;
const _: () = assert!(SEGMENT_BYTES >= loader::BINARY_SNIFF);

/// Whole documents of one file, read but not parsed.
#[derive(Debug)]
pub struct Segment {
    /// Index of the file in the input list.
    file: usize,
    /// 1-based line of the segment's first line in the file.
    first_line: usize,
    /// The first segment of its file.
    first: bool,
    bytes: Vec<u8>,
    /// A problem with the whole file found while reading it (it cannot be opened, is binary).
    issue: Option<LoadIssue>,
}

/// What one segment gave, with the counts the per-file rules need.
struct Part<R> {
    file: usize,
    documents: usize,
    issues: usize,
    unreadable: bool,
    result: Result<R, WorkerPanic>,
}

fn display(name: &str) -> &str {
    if name == "-" { "<stdin>" } else { name }
}

/// Reads the files in order and yields their segments; stops at `deadline`.
struct Reader<'a> {
    files: &'a [String],
    deadline: Option<Instant>,
    next_file: usize,
    open: Option<Open>,
    /// Files read to their end.
    done: &'a std::sync::atomic::AtomicUsize,
}

struct Open {
    file: usize,
    reader: Box<dyn BufRead + Send>,
    line: usize,
    first: bool,
    /// A line read that starts the next segment.
    carry: Vec<u8>,
}

fn is_doc_marker(line: &[u8]) -> bool {
    line.strip_prefix(b"---")
        .is_some_and(|rest| matches!(rest.first(), None | Some(b' ' | b'\t' | b'\r' | b'\n')))
}

impl Reader<'_> {
    fn finish_file(&mut self) {
        self.open = None;
        self.done.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    }

    fn whole_file_issue(&mut self, file: usize, issue: LoadIssue) -> Segment {
        self.finish_file();
        Segment {
            file,
            first_line: 1,
            first: true,
            bytes: Vec::new(),
            issue: Some(issue),
        }
    }

    fn open_next(&mut self) -> Option<Result<Open, Segment>> {
        let file = self.next_file;
        let name = self.files.get(file)?;
        self.next_file += 1;
        let reader: Box<dyn BufRead + Send> = if name == "-" {
            Box::new(BufReader::new(std::io::stdin()))
        } else {
            match std::fs::File::open(name) {
                Ok(f) => Box::new(BufReader::with_capacity(SEGMENT_BYTES, f)),
                Err(e) => {
                    let issue = LoadIssue::unreadable(name, loader::io_message(&e));
                    return Some(Err(self.whole_file_issue(file, issue)));
                }
            }
        };
        Some(Ok(Open {
            file,
            reader,
            line: 1,
            first: true,
            carry: Vec::new(),
        }))
    }
}

impl Iterator for Reader<'_> {
    type Item = Segment;

    fn next(&mut self) -> Option<Segment> {
        if self.deadline.is_some_and(|d| Instant::now() >= d) {
            return None;
        }
        let mut open = match self.open.take() {
            Some(open) => open,
            None => match self.open_next()? {
                Ok(open) => open,
                Err(segment) => return Some(segment),
            },
        };
        let name = self.files.get(open.file).map_or("", String::as_str);
        let mut bytes = std::mem::take(&mut open.carry);
        let mut lines = usize::from(!bytes.is_empty());
        let mut at_end = false;
        loop {
            let mut line = Vec::new();
            match open.reader.read_until(b'\n', &mut line) {
                Ok(0) => {
                    at_end = true;
                    break;
                }
                Ok(_) => {}
                Err(e) => {
                    let issue = LoadIssue::unreadable(display(name), loader::io_message(&e));
                    return Some(self.whole_file_issue(open.file, issue));
                }
            }
            if open.first && bytes.len() < loader::BINARY_SNIFF {
                let head = line
                    .get(..loader::BINARY_SNIFF - bytes.len())
                    .unwrap_or(&line);
                if let Some(issue) = loader::binary_file(display(name), head) {
                    return Some(self.whole_file_issue(open.file, issue));
                }
            }
            if bytes.len() >= SEGMENT_BYTES && is_doc_marker(&line) {
                open.carry = line;
                break;
            }
            bytes.extend_from_slice(&line);
            lines += 1;
        }
        let segment = Segment {
            file: open.file,
            first_line: open.line,
            first: open.first,
            bytes,
            issue: None,
        };
        open.line += lines;
        open.first = false;
        if at_end {
            self.finish_file();
        } else {
            self.open = Some(open);
        }
        Some(segment)
    }
}

/// Load every file of `files` (already expanded: see [`loader::expand_inputs`]) on all cores,
/// a segment of documents per job: `job` turns each segment's [`FileLoad`] into what the caller
/// keeps, on the worker; `sink` gets each file's results, in segment order, files in input
/// order. A job that panicked is its [`WorkerPanic`] in its place. Reading stops once
/// `deadline` has passed; returns how many files were not read to their end.
pub fn for_each_file<R: Send>(
    stage: &'static str,
    files: &[String],
    deadline: Option<Instant>,
    job: impl Fn(FileLoad) -> R + Sync,
    mut sink: impl FnMut(Vec<Result<R, WorkerPanic>>),
) -> usize {
    let done = std::sync::atomic::AtomicUsize::new(0);
    let reader = Reader {
        files,
        deadline,
        next_file: 0,
        open: None,
        done: &done,
    };
    let name_of = |file: usize| files.get(file).map_or("", |n| display(n));
    let run = |segment: &mut Segment| -> Part<R> {
        let (file, first_line) = (segment.file, segment.first_line);
        let name = files.get(file).map_or("", String::as_str);
        let (load, documents) = match segment.issue.take() {
            Some(issue) => (FileLoad::of_issue(issue), 0),
            None => loader::load_text(
                name,
                std::mem::take(&mut segment.bytes),
                first_line,
                segment.first,
            ),
        };
        let issues = load.issues.len();
        let unreadable = load.issues.iter().any(|i| i.kind == IssueKind::Unreadable);
        let result = parallel::catch(
            stage,
            || format!("{} (from line {first_line})", display(name)),
            || job(load),
        );
        Part {
            file,
            documents,
            issues,
            unreadable,
            result,
        }
    };
    let mut group: Vec<Part<R>> = Vec::new();
    let flush = |group: &mut Vec<Part<R>>, sink: &mut dyn FnMut(Vec<Result<R, WorkerPanic>>)| {
        let parts = std::mem::take(group);
        let Some(file) = parts.first().map(|p| p.file) else {
            return;
        };
        let panicked = parts.iter().any(|p| p.result.is_err());
        let results = if let Some(i) = parts.iter().position(|p| p.unreadable) {
            // an unreadable file is that one problem, whatever its other segments held
            parts
                .into_iter()
                .skip(i)
                .take(1)
                .map(|p| p.result)
                .collect()
        } else if !panicked && parts.iter().all(|p| p.documents == 0 && p.issues == 0) {
            let empty = FileLoad::of_issue(LoadIssue::empty(name_of(file)));
            vec![parallel::catch(
                stage,
                || name_of(file).to_string(),
                || job(empty),
            )]
        } else {
            parts.into_iter().map(|p| p.result).collect()
        };
        sink(results);
    };
    parallel::for_each_ordered_iter(
        stage,
        reader,
        |s: &Segment| format!("{} (from line {})", name_of(s.file), s.first_line),
        || (),
        |_, segment| run(segment),
        |part| match part {
            Ok(part) => {
                if group.first().is_some_and(|p| p.file != part.file) {
                    flush(&mut group, &mut sink);
                }
                group.push(part);
            }
            Err(panic) => {
                flush(&mut group, &mut sink);
                sink(vec![Err(panic)]);
            }
        },
    );
    flush(&mut group, &mut sink);
    files.len()
        - done
            .load(std::sync::atomic::Ordering::Relaxed)
            .min(files.len())
}

/// Put a file's segment loads together as its whole-file load: its resources in order, its
/// YAML syntax errors before the other issues (the order one parse of the whole file gives).
pub fn merge(parts: impl IntoIterator<Item = FileLoad>) -> FileLoad {
    let mut out = FileLoad {
        file: None,
        resources: Vec::new(),
        issues: Vec::new(),
    };
    for part in parts {
        out.resources.extend(part.resources);
        out.issues.extend(part.issues);
    }
    out.issues.sort_by_key(|i| i.kind != IssueKind::Syntax);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_are_recognized_on_bytes() {
        assert!(is_doc_marker(b"---\n"));
        assert!(is_doc_marker(b"--- \n"));
        assert!(is_doc_marker(b"---\r\n"));
        assert!(is_doc_marker(b"---"));
        assert!(!is_doc_marker(b"----\n"));
        assert!(!is_doc_marker(b" ---\n"));
        assert!(!is_doc_marker(b"---a\n"));
    }
}
