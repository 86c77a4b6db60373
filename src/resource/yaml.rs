//! YAML (and JSON) parsing into `serde_json::Value`, with source positions.
//!
//! Built on `saphyr-parser`, a maintained, panic-free, pull-style YAML 1.2 event parser that
//! reports a line and column for every event. We build values ourselves from its events so that
//! we can (a) reject duplicate keys, (b) bound alias expansion (the "billion laughs" attack),
//! (c) keep the line of each document, and (d) re-walk a document to find the position of any
//! field path when a diagnostic needs it, without paying for positions on the fast path.
//!
//! A stream is first split into chunks at lines that start with a `---` marker, so a broken
//! document never hides the documents after it.

use std::collections::HashMap;
use std::ops::Range;

use saphyr_parser::{Event, Marker, Parser, ScalarStyle, ScanError, Span};
use serde_json::{Map, Number, Value};

use super::path::Seg;

/// The least room (approximate bytes of parsed values) that aliases, and the copies kept of
/// anchored values so aliases can refer to them, may take in one chunk of a file.
pub const MIN_SHARED_BUDGET: usize = 1 << 20;
/// The room allowed for aliases and anchored copies, as a multiple of the chunk's size.
pub const SHARED_BUDGET_PER_BYTE: usize = 2;
/// Parse attempts per chunk spent on flow collections that close left of their key (see
/// [`parse_chunk_padded`]).
const MAX_FLOW_RETRIES: usize = 32;
/// Deepest nesting accepted.
pub const MAX_DEPTH: usize = 512;

/// A parse error, positioned in the whole file (1-based line and column).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YamlError {
    pub line: usize,
    pub col: usize,
    pub message: String,
}

/// Lines (1-based) of a chunk and the spaces added in front of each (see [`parse_chunk_padded`]).
pub type Pads = Vec<(usize, usize)>;

/// A slice of the input that holds one or more YAML documents.
#[derive(Debug, Clone)]
pub struct Chunk {
    /// Byte range of the chunk in the file's text.
    pub range: Range<usize>,
    /// 1-based line of the chunk's first line in the file.
    pub first_line: usize,
    /// Lines (1-based, in the chunk) that the parser read with extra leading spaces, and how
    /// many: lines of a flow collection written left of where YAML 1.2 wants them (see
    /// [`parse_chunk_padded`]). Empty for almost every chunk.
    pub pads: Vec<(usize, usize)>,
}

/// One parsed document.
#[derive(Debug, Clone)]
pub struct Document {
    pub value: Value,
    /// 1-based line of the document's root node in the file.
    pub line: usize,
    /// Which chunk of the file it came from, and its index inside that chunk.
    pub chunk: usize,
    pub index_in_chunk: usize,
}

/// The outcome of parsing one file's text: every document that parsed, and every error.
#[derive(Debug, Default)]
pub struct Parsed {
    pub chunks: Vec<Chunk>,
    pub documents: Vec<Document>,
    pub errors: Vec<YamlError>,
}

fn is_doc_marker(line: &str) -> bool {
    line.strip_prefix("---")
        .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', '\t', '\r', '\n']))
}

/// Split a stream into chunks, each starting at a `---` line (the first may start without one).
pub fn split_chunks(text: &str) -> Vec<Chunk> {
    let mut chunks = Vec::new();
    let mut start = 0usize;
    let mut start_line = 1usize;
    let mut offset = 0usize;
    for (line_no, line) in (1usize..).zip(text.split_inclusive('\n')) {
        if is_doc_marker(line) && offset > start {
            chunks.push(Chunk {
                range: start..offset,
                first_line: start_line,
                pads: Vec::new(),
            });
            start = offset;
            start_line = line_no;
        }
        offset += line.len();
    }
    if offset > start || chunks.is_empty() {
        chunks.push(Chunk {
            range: start..text.len(),
            first_line: start_line,
            pads: Vec::new(),
        });
    }
    chunks
}

/// Parse every document of a file's text.
pub fn parse_stream(text: &str) -> Parsed {
    let mut chunks = split_chunks(text);
    let mut documents = Vec::new();
    let mut errors = Vec::new();
    for (ci, chunk) in chunks.iter_mut().enumerate() {
        let body = text.get(chunk.range.clone()).unwrap_or_default();
        let line_offset = chunk.first_line - 1;
        let (docs, err, pads) = parse_chunk_padded(body);
        chunk.pads = pads;
        for (index_in_chunk, (value, line)) in docs.into_iter().enumerate() {
            documents.push(Document {
                value,
                line: line + line_offset,
                chunk: ci,
                index_in_chunk,
            });
        }
        if let Some(mut e) = err {
            e.line += line_offset;
            errors.push(e);
        }
    }
    Parsed {
        chunks,
        documents,
        errors,
    }
}

fn scan_error(e: &ScanError) -> YamlError {
    let m = e.marker();
    YamlError {
        line: m.line().max(1),
        col: m.col() + 1,
        message: e.info().to_string(),
    }
}

/// The byte offset of a character index (saphyr's markers count characters).
fn byte_offset(body: &str, char_index: usize) -> usize {
    if body.is_ascii() {
        return char_index.min(body.len());
    }
    body.char_indices()
        .nth(char_index)
        .map_or(body.len(), |(i, _)| i)
}

/// In `[a, 2001:db8::]` YAML 1.2 reads `2001:db8:` + `:` as a one-pair mapping with an empty
/// value, because the last `:` is followed by `]`. Go's YAML library (and so Kubernetes and
/// istioctl) reads the plain scalar `2001:db8::`: a `:` only starts a value when a blank follows.
/// True when the empty value at `char_index` is such a glued `:`.
fn glued_colon(body: &str, char_index: usize) -> bool {
    let rest = body
        .get(byte_offset(body, char_index)..)
        .unwrap_or_default();
    let mut chars = rest.chars();
    chars.next() == Some(':') && matches!(chars.next(), Some(']' | ','))
}

fn alias_bomb(m: Marker, budget: usize) -> YamlError {
    err_at(
        m,
        format!(
            "aliases and anchored values expand to more than {} KiB (a YAML alias bomb?)",
            budget / 1024
        ),
    )
}

fn err_at(m: Marker, message: impl Into<String>) -> YamlError {
    YamlError {
        line: m.line().max(1),
        col: m.col() + 1,
        message: message.into(),
    }
}

enum Frame {
    Seq {
        items: Vec<Value>,
        anchor: usize,
        nodes: usize,
        /// A `[...]` sequence.
        flow: bool,
    },
    Map {
        /// The pairs so far, in order; the map is built with its exact size at the end (a
        /// `serde_json::Map` grown one insert at a time keeps up to twice the room it needs, and
        /// an analysis keeps every parsed document in memory).
        entries: Vec<(String, Value)>,
        /// Hashes of the keys, kept once a mapping is too long for a linear duplicate check.
        hashes: Option<std::collections::HashSet<u64>>,
        key: Option<(String, Marker)>,
        merges: Vec<Map<String, Value>>,
        anchor: usize,
        nodes: usize,
        /// An implicit `key: value` pair inside a `[...]` sequence.
        flow_pair: bool,
        /// The current key was a plain scalar.
        key_plain: bool,
        /// Set when the pair is really a plain scalar ending in `:` (see [`glued_colon`]).
        glued: Option<String>,
    },
}

/// A scalar's text as a string of exactly its size. The scanner's owned strings have room to
/// spare, and every key and value of every document stays in memory during an analysis. (A
/// copy, measured: shrinking the scanner's string in place leaves its tail as a free fragment
/// between long-lived values, and the heap grew by a third.)
fn exact(text: std::borrow::Cow<'_, str>) -> String {
    String::from(text.as_ref())
}

/// Mappings up to this long are checked for duplicate keys by a linear scan.
const LINEAR_KEYS: usize = 16;

fn key_hash(k: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    k.hash(&mut h);
    h.finish()
}

/// Whether a mapping being built already has key `k`.
fn has_key(
    entries: &[(String, Value)],
    hashes: &Option<std::collections::HashSet<u64>>,
    k: &str,
) -> bool {
    if let Some(h) = hashes
        && !h.contains(&key_hash(k))
    {
        return false;
    }
    entries.iter().any(|(e, _)| e == k)
}

/// Parse one chunk. Returns the documents (value and 1-based line relative to the chunk, null
/// documents dropped) and the first error, after which the rest of the chunk is not read.
pub fn parse_chunk(body: &str) -> (Vec<(Value, usize)>, Option<YamlError>) {
    let (docs, err, _) = parse_chunk_padded(body);
    (docs, err)
}

/// The chunk's text with `pads` spaces added in front of the given lines.
pub fn padded_text<'a>(body: &'a str, pads: &[(usize, usize)]) -> std::borrow::Cow<'a, str> {
    if pads.is_empty() {
        return std::borrow::Cow::Borrowed(body);
    }
    let mut out = String::with_capacity(body.len() + pads.iter().map(|p| p.1).sum::<usize>());
    for (line_no, line) in (1usize..).zip(body.split_inclusive('\n')) {
        if let Some((_, pad)) = pads.iter().find(|(l, _)| *l == line_no) {
            out.extend(std::iter::repeat_n(' ', *pad));
        }
        out.push_str(line);
    }
    std::borrow::Cow::Owned(out)
}

fn pad_of(pads: &[(usize, usize)], line: usize) -> usize {
    pads.iter().find(|(l, _)| *l == line).map_or(0, |p| p.1)
}

/// Leading spaces of a line (1-based) of `body`.
fn indent_of(body: &str, line: usize) -> Option<usize> {
    let text = body.split_inclusive('\n').nth(line.checked_sub(1)?)?;
    Some(text.chars().take_while(|c| *c == ' ').count())
}

/// Parse one chunk as Kubernetes does. Inside `[...]` and `{...}` Go's YAML library (which
/// kubectl uses) and PyYAML ignore indentation, so a closing `]` at its key's column, as in
///
/// ```yaml
/// args: [
///   "-a", "b",
/// ]
/// ```
///
/// is valid for them; saphyr wants every line of a flow collection right of the key. Its
/// "invalid indentation" errors only arise inside flow collections (in block context the scanner
/// first unwinds the indentation to the line's column), where leading spaces carry no meaning,
/// so the line is read again with spaces added in front: first to the previous line's
/// indentation, then doubling. Returns the documents, the first error and the padded lines.
pub fn parse_chunk_padded(body: &str) -> (Vec<(Value, usize)>, Option<YamlError>, Pads) {
    let budget = body
        .len()
        .saturating_mul(SHARED_BUDGET_PER_BYTE)
        .max(MIN_SHARED_BUDGET);
    let (docs, err) = parse_chunk_once(body, budget);
    let Some(first_err) = err else {
        return (docs, None, Vec::new());
    };
    let mut pads: Vec<(usize, usize)> = Vec::new();
    let mut err = first_err.clone();
    for _ in 0..MAX_FLOW_RETRIES {
        if !matches!(
            err.message.as_str(),
            "invalid indentation" | "invalid indentation in flow construct"
        ) {
            break;
        }
        let line = err.line;
        let current = pad_of(&pads, line);
        let next = if current == 0 {
            let own = indent_of(body, line).unwrap_or(0);
            let prev = (1..line)
                .rev()
                .filter_map(|l| indent_of(body, l).filter(|_| !line_is_blank(body, l)))
                .next()
                .unwrap_or(0);
            prev.saturating_sub(own).max(1)
        } else {
            current.saturating_mul(2)
        };
        if next > 4096 {
            break;
        }
        match pads.iter_mut().find(|(l, _)| *l == line) {
            Some(p) => p.1 = next,
            None => pads.push((line, next)),
        }
        let text = padded_text(body, &pads);
        let (docs, e) = parse_chunk_once(&text, budget);
        match e {
            None => return (docs, None, pads),
            Some(mut e) => {
                // the same line still too far left: pad more; a new error: go on from there
                e.col = e.col.saturating_sub(pad_of(&pads, e.line)).max(1);
                let past_first = (e.line, e.col) > (first_err.line, first_err.col);
                let indentation = e.message.starts_with("invalid indentation");
                if past_first && !indentation {
                    // a real error further on: the padding did its work before it
                    return (docs, Some(e), pads);
                }
                err = e;
            }
        }
    }
    let (docs, _) = parse_chunk_once(body, budget);
    (docs, Some(first_err), Vec::new())
}

/// A literal or folded block scalar that ends the input without a final line break has no
/// line break to keep (go-yaml and PyYAML agree); saphyr adds one.
fn block_scalar_at_eof<'t>(
    body: &str,
    text: std::borrow::Cow<'t, str>,
    style: ScalarStyle,
    end_char: usize,
) -> std::borrow::Cow<'t, str> {
    if matches!(style, ScalarStyle::Literal | ScalarStyle::Folded)
        && text.ends_with('\n')
        && !body.ends_with(['\n', '\r'])
        && end_char >= body.chars().count()
    {
        let mut owned = text.into_owned();
        owned.pop();
        return owned.into();
    }
    text
}

fn line_is_blank(body: &str, line: usize) -> bool {
    body.split_inclusive('\n')
        .nth(line.saturating_sub(1))
        .is_none_or(|t| {
            let t = t.trim();
            t.is_empty() || t.starts_with('#')
        })
}

/// Approximate bytes a parsed node takes (for the alias budget).
const NODE_WEIGHT: usize = 32;

/// [`parse_chunk`] in one pass, with `budget` approximate bytes for aliases and anchored copies.
fn parse_chunk_once(body: &str, budget: usize) -> (Vec<(Value, usize)>, Option<YamlError>) {
    let mut docs = Vec::new();
    let mut parser = Parser::new_from_str(body);
    let mut stack: Vec<Frame> = Vec::new();
    let mut anchors: HashMap<usize, (Value, usize)> = HashMap::new();
    // approximate bytes of alias expansions and anchored copies in this document
    let mut shared = 0usize;
    let mut root: Option<(Value, usize)> = None;
    let mut root_line = 0usize;

    loop {
        let (event, span): (Event<'_>, Span) = match parser.next_event() {
            None => break,
            Some(Ok(ev)) => ev,
            Some(Err(e)) => return (docs, Some(scan_error(&e))),
        };
        let mark = span.start;
        if stack.is_empty()
            && matches!(
                event,
                Event::MappingStart(..)
                    | Event::SequenceStart(..)
                    | Event::Scalar(..)
                    | Event::Alias(_)
            )
        {
            root_line = mark.line();
        }
        // A completed node: (value, node count, anchor id)
        let completed: Option<(Value, usize, usize)> = match event {
            Event::StreamStart | Event::Nothing => None,
            Event::StreamEnd => break,
            Event::DocumentStart(_) => {
                anchors.clear();
                shared = 0;
                root = None;
                None
            }
            Event::DocumentEnd => {
                if let Some((v, _)) = root.take()
                    && !v.is_null()
                {
                    docs.push((v, root_line));
                }
                None
            }
            Event::Alias(id) => {
                let Some((v, n)) = anchors.get(&id) else {
                    return (
                        docs,
                        Some(err_at(mark, "alias refers to an unknown anchor")),
                    );
                };
                shared = shared.saturating_add(*n);
                if shared > budget {
                    return (docs, Some(alias_bomb(mark, budget)));
                }
                if matches!(stack.last(), Some(Frame::Map { key: None, .. })) {
                    return (docs, Some(err_at(mark, "an alias cannot be a mapping key")));
                }
                Some((v.clone(), *n, 0))
            }
            Event::Scalar(text, style, anchor, tag) => {
                if let Some(Frame::Map {
                    key: key @ None,
                    entries,
                    hashes,
                    key_plain,
                    ..
                }) = stack.last_mut()
                {
                    let k = exact(text);
                    if has_key(entries, hashes, &k) {
                        return (docs, Some(err_at(mark, format!("duplicate key \"{k}\""))));
                    }
                    *key = Some((k, mark));
                    *key_plain = style == ScalarStyle::Plain;
                    None
                } else {
                    if let Some(Frame::Map {
                        key: Some((k, _)),
                        flow_pair: true,
                        key_plain: true,
                        glued,
                        ..
                    }) = stack.last_mut()
                        && text.is_empty()
                        && style == ScalarStyle::Plain
                        && span.start.index() == span.end.index()
                        && glued_colon(body, span.start.index())
                    {
                        *glued = Some(format!("{k}:"));
                    }
                    let tag_suffix = tag.as_ref().map(|t| t.suffix.as_str());
                    let text = block_scalar_at_eof(body, text, style, span.end.index());
                    let weight = NODE_WEIGHT + text.len();
                    let value = typed_scalar(&text, style, tag_suffix)
                        .unwrap_or_else(|| Value::String(exact(text)));
                    Some((value, weight, anchor))
                }
            }
            Event::SequenceStart(anchor, _) => {
                if stack.len() >= MAX_DEPTH {
                    return (docs, Some(err_at(mark, "document is nested too deeply")));
                }
                if matches!(stack.last(), Some(Frame::Map { key: None, .. })) {
                    return (
                        docs,
                        Some(err_at(mark, "a sequence cannot be a mapping key")),
                    );
                }
                // `[` is a one-character token; a block sequence starts with a zero-width one
                let flow = span.end.index() > span.start.index();
                stack.push(Frame::Seq {
                    items: Vec::new(),
                    anchor,
                    nodes: NODE_WEIGHT,
                    flow,
                });
                None
            }
            Event::MappingStart(anchor, _) => {
                if stack.len() >= MAX_DEPTH {
                    return (docs, Some(err_at(mark, "document is nested too deeply")));
                }
                if matches!(stack.last(), Some(Frame::Map { key: None, .. })) {
                    return (
                        docs,
                        Some(err_at(mark, "a mapping cannot be a mapping key")),
                    );
                }
                let flow_pair = matches!(stack.last(), Some(Frame::Seq { flow: true, .. }))
                    && span.start.index() == span.end.index();
                stack.push(Frame::Map {
                    entries: Vec::new(),
                    hashes: None,
                    key: None,
                    merges: Vec::new(),
                    anchor,
                    nodes: NODE_WEIGHT,
                    flow_pair,
                    key_plain: false,
                    glued: None,
                });
                None
            }
            Event::SequenceEnd => match stack.pop() {
                Some(Frame::Seq {
                    mut items,
                    anchor,
                    nodes,
                    ..
                }) => {
                    items.shrink_to_fit();
                    Some((Value::Array(items), nodes, anchor))
                }
                _ => return (docs, Some(err_at(mark, "unbalanced sequence end"))),
            },
            Event::MappingEnd => match stack.pop() {
                Some(Frame::Map {
                    glued: Some(text),
                    entries,
                    anchor,
                    nodes,
                    ..
                }) if entries.len() == 1 => Some((Value::String(text), nodes, anchor)),
                Some(Frame::Map {
                    entries,
                    merges,
                    anchor,
                    nodes,
                    ..
                }) => {
                    let extra: usize = merges.iter().map(Map::len).sum();
                    let mut map = Map::with_capacity(entries.len() + extra);
                    map.extend(entries);
                    for m in merges {
                        for (k, v) in m {
                            map.entry(k).or_insert(v);
                        }
                    }
                    Some((Value::Object(map), nodes, anchor))
                }
                _ => return (docs, Some(err_at(mark, "unbalanced mapping end"))),
            },
        };

        let Some((value, nodes, anchor)) = completed else {
            continue;
        };
        if anchor != 0 {
            // the copy kept for aliases counts against the same budget as the aliases, so
            // nested anchors cannot copy a document over and over
            shared = shared.saturating_add(nodes);
            if shared > budget {
                return (docs, Some(alias_bomb(mark, budget)));
            }
            anchors.insert(anchor, (value.clone(), nodes));
        }
        match stack.last_mut() {
            None => {
                root = Some((value, nodes));
            }
            Some(Frame::Seq {
                items, nodes: n, ..
            }) => {
                *n += nodes;
                items.push(value);
            }
            Some(Frame::Map {
                entries,
                hashes,
                key,
                merges,
                nodes: n,
                ..
            }) => {
                let Some((k, kmark)) = key.take() else {
                    return (docs, Some(err_at(mark, "mapping key is not a scalar")));
                };
                *n += nodes + NODE_WEIGHT + k.len();
                if k == "<<" {
                    match value {
                        Value::Object(m) => merges.push(m),
                        Value::Array(list) => {
                            for item in list {
                                match item {
                                    Value::Object(m) => merges.push(m),
                                    _ => {
                                        return (
                                            docs,
                                            Some(err_at(kmark, "merge key `<<` needs mappings")),
                                        );
                                    }
                                }
                            }
                        }
                        _ => {
                            return (docs, Some(err_at(kmark, "merge key `<<` needs a mapping")));
                        }
                    }
                } else {
                    if let Some(h) = hashes {
                        h.insert(key_hash(&k));
                    } else if entries.len() >= LINEAR_KEYS {
                        *hashes = Some(
                            entries
                                .iter()
                                .map(|(k, _)| key_hash(k))
                                .chain([key_hash(&k)])
                                .collect(),
                        );
                    }
                    entries.push((k, value));
                }
            }
        }
    }
    (docs, None)
}

/// Resolve a scalar as the YAML 1.2 core schema does (plus `!!str`/`!!int`/... tags).
pub fn resolve_scalar(text: &str, style: ScalarStyle, tag: Option<&str>) -> Value {
    typed_scalar(text, style, tag).unwrap_or_else(|| Value::String(text.to_string()))
}

/// A scalar's value when it is not a string (null, bool, number); None for strings, so the
/// caller can keep the text it already owns.
fn typed_scalar(text: &str, style: ScalarStyle, tag: Option<&str>) -> Option<Value> {
    match tag {
        Some("str") | Some("binary") => return None,
        Some("null") => return Some(Value::Null),
        Some("bool") | Some("int") | Some("float") => return typed_plain(text),
        _ => {}
    }
    if style != ScalarStyle::Plain {
        return None;
    }
    typed_plain(text)
}

/// A plain scalar typed as kubectl reads it: sigs.k8s.io/yaml decodes with go-yaml v2, which
/// follows YAML 1.1's core types. So `yes`/`no`/`on`/`off`/`y`/`n` (in their three spellings)
/// are booleans, `0755` is octal, `1_000` is 1000, `0b101` is binary; what Kubernetes' schema
/// then makes of the value is validation's business.
fn typed_plain(t: &str) -> Option<Value> {
    match t {
        "" | "~" | "null" | "Null" | "NULL" => return Some(Value::Null),
        "true" | "True" | "TRUE" | "yes" | "Yes" | "YES" | "on" | "On" | "ON" | "y" | "Y" => {
            return Some(Value::Bool(true));
        }
        "false" | "False" | "FALSE" | "no" | "No" | "NO" | "off" | "Off" | "OFF" | "n" | "N" => {
            return Some(Value::Bool(false));
        }
        _ => {}
    }
    let first = *t.as_bytes().first()?;
    if !(first.is_ascii_digit() || matches!(first, b'-' | b'+' | b'.')) {
        return None;
    }
    let plain: std::borrow::Cow<str> = if t.contains('_') {
        t.replace('_', "").into()
    } else {
        t.into()
    };
    if let Some(n) = go_int(&plain) {
        return Some(n);
    }
    // decimal digits that are no octal number (`08`): go-yaml falls back to a float, which
    // Kubernetes' JSON then writes as the integer
    if is_int(&plain) {
        if let Ok(i) = plain.parse::<i64>() {
            return Some(Value::Number(i.into()));
        }
        if let Ok(u) = plain.trim_start_matches('+').parse::<u64>() {
            return Some(Value::Number(u.into()));
        }
    }
    if is_float(&plain)
        && let Ok(f) = plain.parse::<f64>()
        && let Some(n) = Number::from_f64(f)
    {
        return Some(Value::Number(n));
    }
    None
}

/// An integer by Go's `strconv.ParseInt(s, 0, 64)` (then `ParseUint`): an optional sign, then
/// `0x`/`0o`/`0b` with their bases, a leading `0` for octal, or decimal digits.
fn go_int(t: &str) -> Option<Value> {
    let (neg, digits) = match t.as_bytes().first()? {
        b'-' => (true, t.get(1..)?),
        b'+' => (false, t.get(1..)?),
        _ => (false, t),
    };
    let (radix, body) = if let Some(r) = digits.strip_prefix("0x").or(digits.strip_prefix("0X")) {
        (16, r)
    } else if let Some(r) = digits.strip_prefix("0o").or(digits.strip_prefix("0O")) {
        (8, r)
    } else if let Some(r) = digits.strip_prefix("0b").or(digits.strip_prefix("0B")) {
        (2, r)
    } else if digits.len() > 1 && digits.starts_with('0') {
        (8, digits.get(1..)?)
    } else {
        (10, digits)
    };
    if body.is_empty() || !body.chars().all(|c| c.is_digit(radix)) {
        return None;
    }
    let magnitude = u64::from_str_radix(body, radix).ok()?;
    if neg {
        let i = 0i64.checked_sub_unsigned(magnitude)?;
        Some(Value::Number(i.into()))
    } else if let Ok(i) = i64::try_from(magnitude) {
        Some(Value::Number(i.into()))
    } else {
        Some(Value::Number(magnitude.into()))
    }
}

fn is_int(t: &str) -> bool {
    let digits = t.strip_prefix(['-', '+']).unwrap_or(t);
    !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
}

fn is_float(t: &str) -> bool {
    // [-+]? ( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?
    let b = t.strip_prefix(['-', '+']).unwrap_or(t).as_bytes();
    let mut i = 0;
    let int_start = i;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    let int_digits = i - int_start;
    let mut frac_digits = 0;
    if i < b.len() && b[i] == b'.' {
        i += 1;
        let s = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        frac_digits = i - s;
    }
    if int_digits == 0 && frac_digits == 0 {
        return false;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        i += 1;
        if i < b.len() && (b[i] == b'-' || b[i] == b'+') {
            i += 1;
        }
        let s = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if i == s {
            return false;
        }
    }
    i == b.len()
}

/// A position (1-based line and column) in a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pos {
    pub line: usize,
    pub col: usize,
}

/// The position of every node of one document: built only when a diagnostic needs one.
#[derive(Debug)]
pub enum PosNode {
    Scalar(Pos),
    Seq(Pos, Vec<PosNode>),
    Map(Pos, Vec<(String, Pos, PosNode)>),
}

impl PosNode {
    fn pos(&self) -> Pos {
        match self {
            PosNode::Scalar(p) | PosNode::Seq(p, _) | PosNode::Map(p, _) => *p,
        }
    }

    /// Find the position of `path`: the key of a mapping entry, or the item of a sequence.
    /// When the path does not exist (a missing required field), the deepest existing ancestor is
    /// returned, with `exact == false`.
    pub fn locate(&self, path: &[Seg]) -> (Pos, bool) {
        self.locate_in(&[], path)
    }

    /// [`PosNode::locate`] of `path` under `base` (a List item's path), without joining them.
    pub fn locate_in(&self, base: &[Seg], path: &[Seg]) -> (Pos, bool) {
        let mut cur = self;
        let mut pos = self.pos();
        for seg in base.iter().chain(path) {
            let next = match (seg, cur) {
                (Seg::Key(k), PosNode::Map(_, entries)) => entries
                    .iter()
                    .find(|(ek, _, _)| ek == k)
                    .map(|(_, kp, n)| (*kp, n)),
                (Seg::Index(i), PosNode::Seq(_, items)) => items.get(*i).map(|n| (n.pos(), n)),
                _ => None,
            };
            match next {
                Some((p, n)) => {
                    pos = p;
                    cur = n;
                }
                None => return (pos, false),
            }
        }
        (pos, true)
    }
}

fn to_pos(m: Marker, line_offset: usize, pads: &[(usize, usize)]) -> Pos {
    let pad = pad_of(pads, m.line());
    Pos {
        line: m.line() + line_offset,
        col: (m.col() + 1).saturating_sub(pad).max(1),
    }
}

/// The position trees of every document of a chunk, in the order [`parse_chunk`] returns the
/// documents (null documents skipped). Built once per chunk, the first time a diagnostic needs a
/// position in it; `pads` are the chunk's padded lines and `line_offset` is added to lines.
pub fn position_trees(body: &str, pads: &[(usize, usize)], line_offset: usize) -> Vec<PosNode> {
    enum F {
        Seq(Pos, Vec<PosNode>),
        Map(Pos, Vec<(String, Pos, PosNode)>, Option<(String, Pos)>),
    }
    let text = padded_text(body, pads);
    let mut parser = Parser::new_from_str(&text);
    let mut docs = Vec::new();
    let mut stack: Vec<F> = Vec::new();
    let mut anchors: HashMap<usize, Pos> = HashMap::new();
    // the root node, and whether it is a null scalar (a document parse_chunk drops)
    let mut root: Option<(PosNode, bool)> = None;
    while let Some(Ok((event, span))) = parser.next_event() {
        let p = to_pos(span.start, line_offset, pads);
        let mut null = false;
        let node = match event {
            Event::DocumentStart(_) => {
                anchors.clear();
                continue;
            }
            Event::DocumentEnd => {
                if let Some((r, null)) = root.take()
                    && !null
                {
                    docs.push(r);
                }
                continue;
            }
            Event::Scalar(text, style, anchor, tag) => {
                if let Some(F::Map(_, _, key @ None)) = stack.last_mut() {
                    *key = Some((text.into_owned(), p));
                    continue;
                }
                if anchor != 0 {
                    anchors.insert(anchor, p);
                }
                null = stack.is_empty()
                    && typed_scalar(&text, style, tag.as_ref().map(|t| t.suffix.as_str()))
                        == Some(Value::Null);
                PosNode::Scalar(p)
            }
            Event::Alias(id) => PosNode::Scalar(anchors.get(&id).copied().unwrap_or(p)),
            Event::SequenceStart(..) => {
                if stack.len() >= MAX_DEPTH {
                    break;
                }
                stack.push(F::Seq(p, Vec::new()));
                continue;
            }
            Event::MappingStart(..) => {
                if stack.len() >= MAX_DEPTH {
                    break;
                }
                stack.push(F::Map(p, Vec::new(), None));
                continue;
            }
            Event::SequenceEnd | Event::MappingEnd => match stack.pop() {
                Some(F::Seq(p, items)) => PosNode::Seq(p, items),
                Some(F::Map(p, entries, _)) => PosNode::Map(p, entries),
                None => break,
            },
            Event::StreamEnd => break,
            _ => continue,
        };
        match stack.last_mut() {
            None => root = Some((node, null)),
            Some(F::Seq(_, items)) => items.push(node),
            Some(F::Map(_, entries, key)) => {
                if let Some((k, kp)) = key.take() {
                    entries.push((k, kp, node));
                }
            }
        }
    }
    docs
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn resolves_core_schema_scalars() {
        let (docs, err) = parse_chunk(
            "a: 1\nb: -2.5\nc: true\nd: ~\ne: '1'\nf: 0x1f\ng: 1.2.3\nh: .5\ni: 1e3\nj: \"x\"\n",
        );
        assert!(err.is_none(), "{err:?}");
        assert_eq!(
            docs[0].0,
            json!({"a": 1, "b": -2.5, "c": true, "d": null, "e": "1", "f": 31, "g": "1.2.3", "h": 0.5, "i": 1000.0, "j": "x"})
        );
    }

    #[test]
    fn splits_documents_and_keeps_lines() {
        let text = "# leading comment\n---\na: 1\n--- # trailing text\nb: 2\n...\n---\n# only a comment\n---\nc: 3\n";
        let parsed = parse_stream(text);
        assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
        let lines: Vec<_> = parsed.documents.iter().map(|d| d.line).collect();
        assert_eq!(lines, vec![3, 5, 10]);
        assert_eq!(parsed.documents[2].value, json!({"c": 3}));
    }

    #[test]
    fn a_broken_document_does_not_hide_the_next() {
        let parsed = parse_stream("a: [1\n---\nb: 2\n");
        assert_eq!(parsed.errors.len(), 1);
        assert_eq!(parsed.errors[0].line, 2);
        assert_eq!(parsed.documents.len(), 1);
        assert_eq!(parsed.documents[0].value, json!({"b": 2}));
    }

    #[test]
    fn duplicate_keys_are_rejected_with_position() {
        let (_, err) = parse_chunk("a: 1\nb:\n  c: 1\n  c: 2\n");
        let err = err.expect("duplicate key must fail");
        assert_eq!((err.line, err.col), (4, 3));
        assert!(err.message.contains("duplicate key \"c\""));
    }

    #[test]
    fn long_mappings_keep_order_and_still_reject_duplicates() {
        // past LINEAR_KEYS the duplicate check switches to hashes
        let keys: Vec<String> = (0..40).map(|i| format!("k{:02}", 39 - i)).collect();
        let body: String = keys.iter().map(|k| format!("{k}: 1\n")).collect();
        let (docs, err) = parse_chunk(&body);
        assert!(err.is_none(), "{err:?}");
        let map = docs[0].0.as_object().expect("a mapping");
        assert_eq!(map.keys().cloned().collect::<Vec<_>>(), keys);
        for dup in ["k39", "k20", "k00"] {
            let (_, err) = parse_chunk(&format!("{body}{dup}: 2\n"));
            let err = err.expect("duplicate key must fail");
            assert_eq!(err.line, 41);
            assert!(err.message.contains(&format!("duplicate key \"{dup}\"")));
        }
    }

    #[test]
    fn alias_bombs_are_stopped() {
        let mut text = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..10 {
            let prev = i - 1;
            text.push_str(&format!(
                "a{i}: &a{i} [*a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}]\n"
            ));
        }
        let (_, err) = parse_chunk(&text);
        assert!(err.expect("bomb must fail").message.contains("alias bomb"));
    }

    #[test]
    fn merge_keys_fill_missing_entries() {
        let (docs, err) = parse_chunk("base: &b {x: 1, y: 2}\nobj:\n  <<: *b\n  y: 3\n");
        assert!(err.is_none());
        assert_eq!(docs[0].0["obj"], json!({"y": 3, "x": 1}));
    }

    #[test]
    fn locates_nested_fields() {
        let body = "spec:\n  http:\n  - route:\n    - weight: 1\n    - weight: 2\n";
        let trees = position_trees(body, &[], 10);
        let tree = trees.first().expect("tree");
        let (p, exact) =
            tree.locate(&super::super::path::FieldPath::parse("spec.http[0].route[1].weight").0);
        assert!(exact);
        assert_eq!((p.line, p.col), (15, 7));
        let (p, exact) = tree.locate(&super::super::path::FieldPath::parse("spec.tcp[0]").0);
        assert!(!exact);
        assert_eq!(p.line, 11);
    }

    #[test]
    fn tabs_are_a_located_error() {
        let (_, err) = parse_chunk("a:\n\tb: 1\n");
        let err = err.expect("tab indentation must fail");
        assert_eq!(err.line, 2);
    }
}

#[cfg(test)]
mod flow_colon_tests {
    use super::*;

    #[test]
    fn a_plain_scalar_ending_in_colon_inside_brackets_stays_a_string() {
        let (docs, err) =
            parse_chunk("a: [1.2.3.4, 001:db8::, x: 1, y:, 'q':]\nb: [{c: d}]\n- z\n");
        assert!(err.is_some(), "the stray block item is still an error");
        assert!(docs.is_empty());
        let (docs, err) = parse_chunk("a: [1.2.3.4, 001:db8::, x: 1, y:, 'q':]\nb: [{c: d}]\n");
        assert!(err.is_none(), "{err:?}");
        assert_eq!(
            docs[0].0,
            serde_json::json!({
                "a": ["1.2.3.4", "001:db8::", {"x": 1}, "y:", {"q": null}],
                "b": [{"c": "d"}]
            })
        );
    }
}

#[cfg(test)]
mod flow_indent_tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_flow_sequence_may_close_at_its_keys_column() {
        // as in Istio's SPIRE sample: kubectl and PyYAML read it
        let text = "spec:\n  containers:\n  - name: x\n    args: [\n        \"-a\", \"b\",\n    ]\n    env: [{name: k,\n  value: v}]\n";
        let parsed = parse_stream(text);
        assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
        assert_eq!(
            parsed.documents[0].value,
            json!({"spec": {"containers": [{"name": "x", "args": ["-a", "b"], "env": [{"name": "k", "value": "v"}]}]}})
        );
        assert_eq!(
            parsed.chunks[0].pads.len(),
            2,
            "{:?}",
            parsed.chunks[0].pads
        );
        // positions on the re-read lines are those of the original text
        let trees = position_trees(
            text.get(parsed.chunks[0].range.clone()).unwrap_or_default(),
            &parsed.chunks[0].pads,
            0,
        );
        let (p, exact) = trees[0]
            .locate(&super::super::path::FieldPath::parse("spec.containers[0].env[0].value").0);
        assert!(exact);
        assert_eq!((p.line, p.col), (8, 3));
        let (p, _) =
            trees[0].locate(&super::super::path::FieldPath::parse("spec.containers[0].args[1]").0);
        assert_eq!((p.line, p.col), (5, 15));
    }

    #[test]
    fn flow_collections_at_column_zero_and_real_errors_after_them() {
        let (docs, err) = parse_chunk("a: [\n1, 2\n]\nb: {\nc: 1\n}\n");
        assert!(err.is_none(), "{err:?}");
        assert_eq!(docs[0].0, json!({"a": [1, 2], "b": {"c": 1}}));
        // a genuine error after a re-read line is reported where it is
        let (docs, err) = parse_chunk("a: [\n1, 2\n]\nb: c: d\n");
        assert!(docs.is_empty());
        let err = err.expect("b: c: d is invalid");
        assert_eq!(err.line, 4, "{err:?}");
        // an unclosed bracket is still an error
        let (_, err) = parse_chunk("a: [\n1, 2\nb: 1\n");
        assert!(err.is_some());
    }

    #[test]
    fn nested_anchors_count_against_the_alias_budget() {
        // every level anchored: copying each level for aliases would be quadratic
        let depth = 400;
        let mut text = String::new();
        for i in 0..depth {
            text.push_str(&" ".repeat(i));
            text.push_str(&format!("k{i}: &a{i}\n"));
        }
        text.push_str(&" ".repeat(depth));
        text.push_str(&format!("leaf: {}\n", "x".repeat(5000)));
        let (_, err) = parse_chunk(&text);
        let err = err.expect("nested anchors over the budget must fail");
        assert!(err.message.contains("alias bomb"), "{err:?}");
        // a few anchors and aliases of ordinary size are fine
        let (docs, err) = parse_chunk("a: &x {b: 1}\nc: *x\nd: [&y 2, *y]\n");
        assert!(err.is_none(), "{err:?}");
        assert_eq!(
            docs[0].0,
            json!({"a": {"b": 1}, "c": {"b": 1}, "d": [2, 2]})
        );
    }
}

#[cfg(test)]
mod yaml11_tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn plain_scalars_are_typed_as_kubectl_types_them() {
        // go-yaml v2 (kubectl's decoder): YAML 1.1 booleans, leading-zero octal, underscores,
        // binary; quoted scalars stay strings
        let text = "a: 0400\nb: yes\nc: Off\nd: n\ne: 1_000\nf: 0b101\ng: 08\nh: -0x1f\ni: '0400'\nj: \"on\"\nk: 0o17\nl: 1.5e3\nm: yess\n";
        let parsed = parse_stream(text);
        assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
        assert_eq!(
            parsed.documents[0].value,
            json!({"a": 256, "b": true, "c": false, "d": false, "e": 1000, "f": 5, "g": 8, "h": -31, "i": "0400", "j": "on", "k": 15, "l": 1500.0, "m": "yess"})
        );
    }
}

#[cfg(test)]
mod block_eof_tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_block_scalar_ending_the_input_keeps_no_invented_line_break() {
        for (text, want) in [
            ("a: |\n  x\n  y", "x\ny"),
            ("a: |\n  x\n  y\n", "x\ny\n"),
            ("a: >\n  x\n  y", "x y"),
            ("a: |\n  x\nb: 1", "x\n"),
        ] {
            let parsed = parse_stream(text);
            assert!(parsed.errors.is_empty(), "{text:?}: {:?}", parsed.errors);
            assert_eq!(parsed.documents[0].value["a"], json!(want), "{text:?}");
        }
    }
}
