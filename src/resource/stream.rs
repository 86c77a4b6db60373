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

use std::collections::{HashSet, VecDeque};
use std::io::{BufRead, BufReader, Read, Seek};
use std::ops::Range;
use std::time::Instant;

use super::Tree;
use super::list_cut::{self, Cut, Cutter};
use super::loader::{self, FileLoad, IssueKind, LoadIssue};
use crate::parallel::{self, WorkerPanic};

/// Bytes of text a segment collects before it ends at the next document marker.
pub const SEGMENT_BYTES: usize = 16 * 1024;
const _: () = assert!(SEGMENT_BYTES >= loader::BINARY_SNIFF);

/// What a segment holds.
#[derive(Debug)]
enum Kind {
    /// Whole documents.
    Documents,
    /// A run of items of a cut `kind: List` (see [`list_cut`]).
    Items { id: usize },
    /// The rest of a cut List's document, and where the document is in the file.
    End { id: usize, document: Range<u64> },
}

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
    kind: Kind,
}

/// A cut List's part in a segment's outcome.
enum Role {
    Items {
        id: usize,
        /// The run parsed alone as a sequence.
        ok: bool,
    },
    End {
        id: usize,
        confirmed: bool,
        document: Range<u64>,
        first_line: usize,
    },
}

/// What one segment gave, with the counts the per-file rules need.
struct Part<R> {
    file: usize,
    documents: usize,
    issues: usize,
    unreadable: bool,
    list: Option<Role>,
    /// None for the parts of a cut List that give no result of their own.
    result: Option<Result<R, WorkerPanic>>,
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
    /// Segments cut and not yet handed out.
    pending: VecDeque<Segment>,
    /// Files read to their end.
    done: &'a std::sync::atomic::AtomicUsize,
}

struct Open {
    file: usize,
    reader: Box<dyn BufRead + Send>,
    cutter: Cutter,
    /// No segment of the file handed out yet.
    first: bool,
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
            kind: Kind::Documents,
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
            // stdin cannot be read again if a cut List turns out not to be one
            cutter: Cutter::new(name != "-"),
            first: true,
        }))
    }

    fn queue(&mut self, open: &mut Open, cuts: Vec<Cut>) {
        for cut in cuts {
            let (first_line, bytes, kind) = match cut {
                Cut::Documents { bytes, first_line } => (first_line, bytes, Kind::Documents),
                Cut::Items {
                    id,
                    bytes,
                    first_line,
                } => (first_line, bytes, Kind::Items { id }),
                Cut::End {
                    id,
                    rest,
                    document,
                    first_line,
                } => (first_line, rest, Kind::End { id, document }),
            };
            self.pending.push_back(Segment {
                file: open.file,
                first_line,
                first: std::mem::replace(&mut open.first, false),
                bytes,
                issue: None,
                kind,
            });
        }
    }
}

impl Iterator for Reader<'_> {
    type Item = Segment;

    fn next(&mut self) -> Option<Segment> {
        loop {
            if let Some(segment) = self.pending.pop_front() {
                return Some(segment);
            }
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
            let mut cuts = Vec::new();
            let mut at_end = false;
            while cuts.is_empty() {
                let mut line = Vec::new();
                match open.reader.read_until(b'\n', &mut line) {
                    Ok(0) => {
                        open.cutter.finish(&mut cuts);
                        at_end = true;
                        break;
                    }
                    Ok(_) => {}
                    Err(e) => {
                        let issue = LoadIssue::unreadable(display(name), loader::io_message(&e));
                        return Some(self.whole_file_issue(open.file, issue));
                    }
                }
                let read = usize::try_from(open.cutter.offset()).unwrap_or(usize::MAX);
                if read < loader::BINARY_SNIFF {
                    let head = line.get(..loader::BINARY_SNIFF - read).unwrap_or(&line);
                    if let Some(issue) = loader::binary_file(display(name), head) {
                        return Some(self.whole_file_issue(open.file, issue));
                    }
                }
                open.cutter.feed(line, &mut cuts);
            }
            self.queue(&mut open, cuts);
            if at_end {
                self.finish_file();
            } else {
                self.open = Some(open);
            }
        }
    }
}

/// Bytes `range` of file `name`.
fn read_range(name: &str, range: Range<u64>) -> std::io::Result<Vec<u8>> {
    let mut f = std::fs::File::open(name)?;
    f.seek(std::io::SeekFrom::Start(range.start))?;
    let mut bytes = Vec::new();
    f.take(range.end.saturating_sub(range.start))
        .read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// The parts of a file with its cut Lists settled: a List whose cut held keeps its items' parts;
/// one whose cut did not (or whose end was never read) is parsed whole by `whole`, in place of
/// its end, and its items' parts are dropped.
fn settle_lists<R>(
    parts: Vec<Part<R>>,
    mut whole: impl FnMut(usize, Range<u64>, usize) -> Part<R>,
) -> Vec<Part<R>> {
    let mut ended = HashSet::new();
    let mut failed = HashSet::new();
    for p in &parts {
        match &p.list {
            Some(Role::Items { id, ok: false }) => {
                failed.insert(*id);
            }
            Some(Role::End { id, confirmed, .. }) => {
                ended.insert(*id);
                if !confirmed {
                    failed.insert(*id);
                }
            }
            _ => {}
        }
    }
    parts
        .into_iter()
        .filter_map(|p| match p.list {
            None => Some(p),
            Some(Role::Items { id, .. }) => {
                (ended.contains(&id) && !failed.contains(&id)).then_some(p)
            }
            Some(Role::End {
                id,
                document,
                first_line,
                ..
            }) => failed
                .contains(&id)
                .then(|| whole(p.file, document, first_line)),
        })
        .collect()
}

/// Load every file of `files` (already expanded: see [`loader::expand_inputs`]) on all cores,
/// a segment of documents per job: `job` turns each segment's [`FileLoad`] into what the caller
/// keeps, on the worker; `sink` gets each file's results, in segment order, files in input
/// order. A job that panicked is its [`WorkerPanic`] in its place. Reading stops once
/// `deadline` has passed; returns how many files were not read to their end.
pub fn for_each_file<V: Tree, R: Send>(
    stage: &'static str,
    files: &[String],
    deadline: Option<Instant>,
    job: impl Fn(FileLoad<V>) -> R + Sync,
    mut sink: impl FnMut(Vec<Result<R, WorkerPanic>>),
) -> usize {
    let done = std::sync::atomic::AtomicUsize::new(0);
    let reader = Reader {
        files,
        deadline,
        next_file: 0,
        open: None,
        pending: VecDeque::new(),
        done: &done,
    };
    let name_of = |file: usize| files.get(file).map_or("", |n| display(n));
    // a load's part: the counts, then the caller's job on it
    let part_of =
        |file: usize, first_line: usize, load: FileLoad<V>, documents: usize| -> Part<R> {
            let name = files.get(file).map_or("", String::as_str);
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
                list: None,
                result: Some(result),
            }
        };
    let run = |segment: &mut Segment| -> Part<R> {
        let (file, first_line) = (segment.file, segment.first_line);
        let name = files.get(file).map_or("", String::as_str);
        let bytes = std::mem::take(&mut segment.bytes);
        if let Some(issue) = segment.issue.take() {
            return part_of(file, first_line, FileLoad::of_issue(issue), 0);
        }
        match segment.kind {
            Kind::Documents => {
                let (load, documents) = loader::load_text(name, bytes, first_line, segment.first);
                part_of(file, first_line, load, documents)
            }
            Kind::Items { id } => match loader::load_list_items(name, bytes, first_line) {
                Some((load, documents)) => Part {
                    list: Some(Role::Items { id, ok: true }),
                    ..part_of(file, first_line, load, documents)
                },
                None => Part {
                    file,
                    documents: 0,
                    issues: 0,
                    unreadable: false,
                    list: Some(Role::Items { id, ok: false }),
                    result: None,
                },
            },
            Kind::End { id, ref document } => Part {
                file,
                documents: 0,
                issues: 0,
                unreadable: false,
                list: Some(Role::End {
                    id,
                    confirmed: list_cut::confirms(&bytes),
                    document: document.clone(),
                    first_line,
                }),
                result: None,
            },
        }
    };
    // a List whose cut did not hold: its document read again and parsed whole
    let whole = |file: usize, document: Range<u64>, first_line: usize| -> Part<R> {
        let name = files.get(file).map_or("", String::as_str);
        let first = document.start == 0;
        let (load, documents) = match read_range(name, document) {
            Ok(bytes) => loader::load_text(name, bytes, first_line, first),
            Err(e) => {
                let issue = LoadIssue::unreadable(display(name), loader::io_message(&e));
                (FileLoad::of_issue(issue), 0)
            }
        };
        part_of(file, first_line, load, documents)
    };
    let mut group: Vec<Part<R>> = Vec::new();
    let flush = |group: &mut Vec<Part<R>>, sink: &mut dyn FnMut(Vec<Result<R, WorkerPanic>>)| {
        let parts = settle_lists(std::mem::take(group), whole);
        let Some(file) = parts.first().map(|p| p.file) else {
            return;
        };
        let panicked = parts.iter().any(|p| matches!(p.result, Some(Err(_))));
        let results = if let Some(i) = parts.iter().position(|p| p.unreadable) {
            // an unreadable file is that one problem, whatever its other segments held
            parts
                .into_iter()
                .skip(i)
                .take(1)
                .filter_map(|p| p.result)
                .collect()
        } else if !panicked && parts.iter().all(|p| p.documents == 0 && p.issues == 0) {
            let empty = FileLoad::of_issue(LoadIssue::empty(name_of(file)));
            vec![parallel::catch(
                stage,
                || name_of(file).to_string(),
                || job(empty),
            )]
        } else {
            parts.into_iter().filter_map(|p| p.result).collect()
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
pub fn merge<V>(parts: impl IntoIterator<Item = FileLoad<V>>) -> FileLoad<V> {
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
        use list_cut::is_doc_marker;
        assert!(is_doc_marker(b"---\n"));
        assert!(is_doc_marker(b"--- \n"));
        assert!(is_doc_marker(b"---\r\n"));
        assert!(is_doc_marker(b"---"));
        assert!(!is_doc_marker(b"----\n"));
        assert!(!is_doc_marker(b" ---\n"));
        assert!(!is_doc_marker(b"---a\n"));
    }
}
