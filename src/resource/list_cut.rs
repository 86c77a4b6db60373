//! Cutting one big `kind: List` document into runs of its items, so they load in parallel and
//! in bounded memory (see [`super::stream`]).
//!
//! A document of a file is read line by line. When a top-level `items:` key (column 0, nothing
//! after it but a comment) is followed by a block sequence (`- ` at some indentation `c`), every
//! line that starts an item (`c` spaces, then `- `) is a place the items may be cut; once the
//! items have taken more than [`SEGMENT_BYTES`](super::stream::SEGMENT_BYTES), each run of about
//! that size becomes its own segment, parsed alone as a block sequence. The lines before
//! `items:` and after the items (kubectl writes `kind: List` after them) are kept and checked at
//! the document's end: they must make a mapping with a string `apiVersion` and a `kind` ending
//! in `List`, the rule the loader applies to a whole document. Whenever the cut does not hold
//! (the rest is not a List, a run of items does not parse alone: an alias to an anchor of another
//! item, a multi-line scalar or flow collection across an item boundary, odd indentation), the
//! whole document is read again from the file and parsed whole, so the result never depends on
//! the cut. Small Lists, whose items fit in one segment, are never cut; stdin is never cut (its
//! document could not be read again).

use std::ops::Range;

use serde_json::Value;

use super::stream::SEGMENT_BYTES;

/// What the cutter hands on.
#[derive(Debug, PartialEq, Eq)]
pub enum Cut {
    /// Whole documents (the segments of [`super::stream`] before this module).
    Documents { bytes: Vec<u8>, first_line: usize },
    /// A run of items of List `id`: whole lines, a block sequence.
    Items {
        id: usize,
        bytes: Vec<u8>,
        first_line: usize,
    },
    /// The end of List `id`: the document without its items (`items: []` in their place), to
    /// confirm the cut, and where the whole document is in the file, to read it again if not.
    End {
        id: usize,
        rest: Vec<u8>,
        document: Range<u64>,
        first_line: usize,
    },
}

/// Where the document being read starts.
#[derive(Debug, Clone, Copy)]
struct DocStart {
    /// Offset in the bytes being collected.
    at: usize,
    /// Offset in the file.
    offset: u64,
    line: usize,
}

#[derive(Debug)]
enum State {
    /// Outside any List's items.
    Documents,
    /// After a top-level `items:` line at `items_at` in the bytes; `indent` once the first item
    /// is seen.
    Candidate {
        items_at: usize,
        region_at: usize,
        indent: Option<usize>,
    },
    /// The List has been cut: items of indentation `indent` are being collected.
    Items {
        id: usize,
        indent: usize,
        rest: Vec<u8>,
        doc: DocStart,
    },
    /// Past the items: the rest of the document.
    Trailer {
        id: usize,
        rest: Vec<u8>,
        doc: DocStart,
    },
}

/// Cuts one file's lines into [`Cut`]s.
#[derive(Debug)]
pub struct Cutter {
    /// Whether Lists may be cut (not for stdin).
    cut_lists: bool,
    bytes: Vec<u8>,
    first_line: usize,
    /// Line number and file offset of the next line fed.
    line: usize,
    offset: u64,
    doc: DocStart,
    state: State,
    /// The id the next List cut gets.
    next_id: usize,
}

pub fn is_doc_marker(line: &[u8]) -> bool {
    line.strip_prefix(b"---")
        .is_some_and(|rest| matches!(rest.first(), None | Some(b' ' | b'\t' | b'\r' | b'\n')))
}

fn indent(line: &[u8]) -> usize {
    line.iter().take_while(|&&b| b == b' ').count()
}

fn blank_or_comment(line: &[u8]) -> bool {
    matches!(
        line.iter().find(|b| !b.is_ascii_whitespace()),
        None | Some(b'#')
    )
}

/// A top-level `items:` key with nothing after it but a comment.
fn is_items_key(line: &[u8]) -> bool {
    let Some(rest) = line.strip_prefix(b"items:") else {
        return false;
    };
    match rest.iter().position(|b| !matches!(b, b' ' | b'\t')) {
        None => true,
        Some(i) => match rest.get(i) {
            Some(b'\r' | b'\n') => true,
            Some(b'#') => i > 0,
            _ => false,
        },
    }
}

/// Whether `line` starts a sequence item at indentation `c`.
fn starts_item(line: &[u8], c: usize) -> bool {
    indent(line) == c
        && line.get(c) == Some(&b'-')
        && matches!(line.get(c + 1), None | Some(b' ' | b'\t' | b'\r' | b'\n'))
}

fn count_lines(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| b == b'\n').count()
}

impl Cutter {
    /// A cutter for one file; `cut_lists` false reads every document whole.
    pub fn new(cut_lists: bool) -> Cutter {
        Cutter {
            cut_lists,
            bytes: Vec::new(),
            first_line: 1,
            line: 1,
            offset: 0,
            doc: DocStart {
                at: 0,
                offset: 0,
                line: 1,
            },
            state: State::Documents,
            next_id: 0,
        }
    }

    /// Bytes read so far.
    pub fn offset(&self) -> u64 {
        self.offset
    }

    /// Take one line (with its line break); whatever it completes goes to `out`.
    pub fn feed(&mut self, line: Vec<u8>, out: &mut Vec<Cut>) {
        let len = line.len() as u64;
        self.step(line, out);
        self.line += 1;
        self.offset += len;
    }

    fn take_documents(&mut self, out: &mut Vec<Cut>) {
        let bytes = std::mem::take(&mut self.bytes);
        out.push(Cut::Documents {
            bytes,
            first_line: self.first_line,
        });
        self.first_line = self.line;
    }

    fn step(&mut self, line: Vec<u8>, out: &mut Vec<Cut>) {
        match &mut self.state {
            State::Documents => {
                if is_doc_marker(&line) {
                    if self.bytes.len() >= SEGMENT_BYTES {
                        self.take_documents(out);
                    }
                    self.doc = DocStart {
                        at: self.bytes.len(),
                        offset: self.offset,
                        line: self.line,
                    };
                } else if self.cut_lists && is_items_key(&line) {
                    self.state = State::Candidate {
                        items_at: self.bytes.len(),
                        region_at: self.bytes.len() + line.len(),
                        indent: None,
                    };
                }
                self.bytes.extend_from_slice(&line);
            }
            State::Candidate {
                items_at,
                region_at,
                indent: c,
            } => {
                if blank_or_comment(&line) {
                    self.bytes.extend_from_slice(&line);
                    return;
                }
                let c = match *c {
                    Some(c) => c,
                    None if starts_item(&line, indent(&line)) => {
                        *c = Some(indent(&line));
                        self.bytes.extend_from_slice(&line);
                        return;
                    }
                    None => {
                        // `items:` holds no block sequence: nothing to cut
                        self.state = State::Documents;
                        return self.step(line, out);
                    }
                };
                if starts_item(&line, c) {
                    if self.bytes.len() - *region_at >= SEGMENT_BYTES {
                        let (items_at, region_at) = (*items_at, *region_at);
                        self.cut(items_at, region_at, c, out);
                    }
                    self.bytes.extend_from_slice(&line);
                } else if indent(&line) > c {
                    self.bytes.extend_from_slice(&line);
                } else {
                    // the items end before a cut was worth it: one ordinary document
                    self.state = State::Documents;
                    self.step(line, out);
                }
            }
            State::Items { id, indent: c, .. } => {
                let (id, c) = (*id, *c);
                if blank_or_comment(&line) || (indent(&line) > c && !is_doc_marker(&line)) {
                    self.bytes.extend_from_slice(&line);
                } else if starts_item(&line, c) {
                    if self.bytes.len() >= SEGMENT_BYTES {
                        self.take_items(id, out);
                    }
                    self.bytes.extend_from_slice(&line);
                } else {
                    self.take_items(id, out);
                    let State::Items { id, rest, doc, .. } =
                        std::mem::replace(&mut self.state, State::Documents)
                    else {
                        return;
                    };
                    self.state = State::Trailer { id, rest, doc };
                    self.step(line, out);
                }
            }
            State::Trailer { rest, .. } => {
                if is_doc_marker(&line) {
                    self.end_list(out);
                    self.first_line = self.line;
                    self.step(line, out);
                } else {
                    rest.extend_from_slice(&line);
                }
            }
        }
    }

    /// The first cut of a List: the documents before it go out whole, the part of the List's
    /// document before `items:` is kept, and the items so far go out as the first run.
    fn cut(&mut self, items_at: usize, region_at: usize, c: usize, out: &mut Vec<Cut>) {
        let id = self.next_id;
        self.next_id += 1;
        let mut bytes = std::mem::take(&mut self.bytes);
        let region_line = self.first_line + count_lines(bytes.get(..region_at).unwrap_or_default());
        let items = bytes.split_off(region_at);
        bytes.truncate(items_at);
        let mut rest = bytes.split_off(self.doc.at.min(items_at));
        rest.extend_from_slice(b"items: []\n");
        if !bytes.is_empty() {
            out.push(Cut::Documents {
                bytes,
                first_line: self.first_line,
            });
        }
        out.push(Cut::Items {
            id,
            bytes: items,
            first_line: region_line,
        });
        self.first_line = self.line;
        let doc = DocStart { at: 0, ..self.doc };
        self.state = State::Items {
            id,
            indent: c,
            rest,
            doc,
        };
    }

    fn take_items(&mut self, id: usize, out: &mut Vec<Cut>) {
        let bytes = std::mem::take(&mut self.bytes);
        if !bytes.is_empty() {
            out.push(Cut::Items {
                id,
                bytes,
                first_line: self.first_line,
            });
        }
        self.first_line = self.line;
    }

    fn end_list(&mut self, out: &mut Vec<Cut>) {
        match std::mem::replace(&mut self.state, State::Documents) {
            State::Items { id, rest, doc, .. } => {
                self.take_items(id, out);
                self.push_end(id, rest, doc, out);
            }
            State::Trailer { id, rest, doc } => self.push_end(id, rest, doc, out),
            other => self.state = other,
        }
        self.doc = DocStart {
            at: 0,
            offset: self.offset,
            line: self.line,
        };
    }

    fn push_end(&mut self, id: usize, rest: Vec<u8>, doc: DocStart, out: &mut Vec<Cut>) {
        out.push(Cut::End {
            id,
            rest,
            document: doc.offset..self.offset,
            first_line: doc.line,
        });
    }

    /// The end of the file: everything still held goes out (at least one cut per file).
    pub fn finish(&mut self, out: &mut Vec<Cut>) {
        self.end_list(out);
        if !self.bytes.is_empty() || self.offset == 0 {
            self.take_documents(out);
        }
    }
}

/// Whether the rest of a cut List's document (everything but its items, which became
/// `items: []`) makes it a List as the loader reads one: one mapping with a string `apiVersion`,
/// a string `kind` ending in `List`, and our empty `items` (so no second `items` key).
pub fn confirms(rest: &[u8]) -> bool {
    let Ok(text) = std::str::from_utf8(rest) else {
        return false;
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let (docs, err) = super::yaml::parse_chunk(text);
    if err.is_some() || docs.len() != 1 {
        return false;
    }
    let Some(Value::Object(map)) = docs.first().map(|d| &d.0) else {
        return false;
    };
    map.get("apiVersion").is_some_and(Value::is_string)
        && map
            .get("kind")
            .and_then(Value::as_str)
            .is_some_and(|k| k.ends_with("List"))
        && map
            .get("items")
            .and_then(Value::as_array)
            .is_some_and(Vec::is_empty)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut_all(text: &str) -> Vec<Cut> {
        let mut c = Cutter::new(true);
        let mut out = Vec::new();
        for line in text.split_inclusive('\n') {
            c.feed(line.as_bytes().to_vec(), &mut out);
        }
        c.finish(&mut out);
        out
    }

    fn item(i: usize) -> String {
        format!(
            "- apiVersion: v1\n  kind: ConfigMap\n  metadata:\n    name: c{i}\n  data:\n    k: {}\n",
            "x".repeat(200)
        )
    }

    #[test]
    fn lines_are_classified() {
        assert!(is_items_key(b"items:\n"));
        assert!(is_items_key(b"items:   # the items\r\n"));
        assert!(is_items_key(b"items:"));
        assert!(!is_items_key(b"items: []\n"));
        assert!(!is_items_key(b"items:#x\n"));
        assert!(!is_items_key(b" items:\n"));
        assert!(starts_item(b"- a\n", 0));
        assert!(starts_item(b"  -\n", 2));
        assert!(!starts_item(b"  - a\n", 0));
        assert!(!starts_item(b"-a\n", 0));
        assert!(blank_or_comment(b"   # x\n"));
        assert!(blank_or_comment(b"\r\n"));
    }

    #[test]
    fn a_big_list_is_cut_at_item_lines_and_ends_with_its_rest() {
        let items: String = (0..300).map(item).collect();
        let text =
            format!("a: 1\n---\napiVersion: v1\nitems:\n{items}kind: List\nmetadata: {{}}\n");
        let cuts = cut_all(&text);
        let Some(Cut::Documents { bytes, first_line }) = cuts.first() else {
            panic!("{cuts:?}");
        };
        assert_eq!((bytes.as_slice(), *first_line), (&b"a: 1\n"[..], 1));
        let mut joined = Vec::new();
        let mut line = 5;
        for c in cuts.iter().skip(1).take(cuts.len() - 2) {
            let Cut::Items {
                id: 0,
                bytes,
                first_line,
            } = c
            else {
                panic!("{c:?}");
            };
            assert_eq!(*first_line, line, "each run starts at its line");
            assert!(bytes.starts_with(b"- apiVersion"));
            line += count_lines(bytes);
            joined.extend_from_slice(bytes);
        }
        assert!(cuts.len() > 4, "cut into runs: {}", cuts.len());
        assert_eq!(String::from_utf8(joined).unwrap(), items);
        let Some(Cut::End {
            id: 0,
            rest,
            document,
            first_line: 2,
        }) = cuts.last()
        else {
            panic!("{:?}", cuts.last());
        };
        assert_eq!(
            String::from_utf8_lossy(rest),
            "---\napiVersion: v1\nitems: []\nkind: List\nmetadata: {}\n"
        );
        assert_eq!(*document, 5..text.len() as u64);
        assert!(confirms(rest));
    }

    #[test]
    fn a_small_list_is_one_document() {
        let text = format!("apiVersion: v1\nkind: List\nitems:\n{}{}", item(0), item(1));
        assert_eq!(
            cut_all(&text),
            [Cut::Documents {
                bytes: text.into_bytes(),
                first_line: 1
            }]
        );
    }

    #[test]
    fn the_rest_must_make_a_list() {
        assert!(confirms(b"apiVersion: v1\nkind: PodList\nitems: []\n"));
        assert!(!confirms(b"apiVersion: v1\nkind: ConfigMap\nitems: []\n"));
        assert!(!confirms(b"kind: List\nitems: []\n"));
        assert!(!confirms(
            b"apiVersion: v1\nkind: List\nitems: []\nitems: []\n"
        ));
        assert!(!confirms(b"apiVersion: v1\nitems: []\n  kind: List\n"));
        assert!(!confirms(
            b"apiVersion: v1\nkind: List\nitems: []\n...\nb: 1\n"
        ));
    }
}
