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
use serde_json::{Number, Value};

use super::Tree;
use super::path::Seg;

/// The least room (approximate bytes of parsed values) that aliases, and the copies kept of
/// anchored values so aliases can refer to them, may take in one chunk of a file.
pub const MIN_SHARED_BUDGET: usize = 1 << 20;
/// The room allowed for aliases and anchored copies, as a multiple of the chunk's size.
pub const SHARED_BUDGET_PER_BYTE: usize = 2;
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
pub struct Document<V = Value> {
    pub value: V,
    /// 1-based line of the document's root node in the file.
    pub line: usize,
    /// Which chunk of the file it came from, and its index inside that chunk.
    pub chunk: usize,
    pub index_in_chunk: usize,
}

/// The outcome of parsing one file's text: every document that parsed, and every error.
#[derive(Debug, Default)]
pub struct Parsed<V = Value> {
    pub chunks: Vec<Chunk>,
    pub documents: Vec<Document<V>>,
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
    parse_stream_as(text)
}

/// [`parse_stream`] into documents of any [`Tree`] (the analysis builds compact nodes).
pub fn parse_stream_as<V: Tree>(text: &str) -> Parsed<V> {
    let mut chunks = split_chunks(text);
    let mut documents = Vec::new();
    let mut errors = Vec::new();
    for (ci, chunk) in chunks.iter_mut().enumerate() {
        let body = text.get(chunk.range.clone()).unwrap_or_default();
        let line_offset = chunk.first_line - 1;
        let (docs, err, pads) = parse_chunk_with(body, RepeatedKeys::Refused);
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

/// The budget error, at the alias (or the start of the anchored value) that went over it.
fn alias_bomb(m: Marker, what: &str, budget: usize) -> YamlError {
    err_at(
        m,
        format!(
            "{what} makes aliases and anchored values expand to more than {} KiB (a YAML alias bomb?)",
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

enum Frame<V> {
    Seq {
        items: Vec<V>,
        anchor: usize,
        nodes: usize,
        /// A `[...]` sequence.
        flow: bool,
    },
    Map {
        /// The pairs so far, in order; the map is built with its exact size at the end (a
        /// `serde_json::Map` grown one insert at a time keeps up to twice the room it needs, and
        /// an analysis keeps every parsed document in memory).
        entries: Vec<(String, V)>,
        /// Hashes of the keys, kept once a mapping is too long for a linear duplicate check.
        hashes: Option<std::collections::HashSet<u64>>,
        key: Option<(String, Marker)>,
        merges: Vec<Vec<(String, V)>>,
        anchor: usize,
        nodes: usize,
        /// An implicit `key: value` pair inside a `[...]` sequence.
        flow_pair: bool,
        /// The current key's text, when it was a plain scalar in a flow pair (a glued `:` makes
        /// it, as written, part of a string: see [`glued_colon`]).
        key_plain: Option<String>,
        /// Set when the pair is really a plain scalar ending in `:` (see [`glued_colon`]).
        glued: Option<String>,
    },
}

/// A mapping's entries with those of its merge keys (`<<`) after them: a merged key is added
/// unless the mapping or an earlier merge has it; a key written twice (allowed only with
/// [`RepeatedKeys::LastWins`]) keeps its first place and its last value.
fn merged<V>(
    entries: Vec<(String, V)>,
    merges: Vec<Vec<(String, V)>>,
    keys: RepeatedKeys,
) -> Vec<(String, V)> {
    if merges.is_empty() && keys == RepeatedKeys::Refused {
        // the parser refused any repeated key: nothing to merge or replace
        return entries;
    }
    let mut out: Vec<(String, V)> = Vec::with_capacity(entries.len());
    let mut at: HashMap<String, usize> = HashMap::new();
    let long = entries.len() + merges.iter().map(Vec::len).sum::<usize>() > LINEAR_KEYS;
    let position = |out: &[(String, V)], at: &HashMap<String, usize>, k: &str| {
        if long {
            at.get(k).copied()
        } else {
            out.iter().position(|(e, _)| e == k)
        }
    };
    for (k, v) in entries {
        match position(&out, &at, &k) {
            Some(i) => {
                if let Some(slot) = out.get_mut(i) {
                    slot.1 = v;
                }
            }
            None => {
                if long {
                    at.insert(k.clone(), out.len());
                }
                out.push((k, v));
            }
        }
    }
    for (k, v) in merges.into_iter().flatten() {
        if position(&out, &at, &k).is_none() {
            if long {
                at.insert(k.clone(), out.len());
            }
            out.push((k, v));
        }
    }
    out
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
fn has_key<V>(
    entries: &[(String, V)],
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
    parse_chunk_keys(body, RepeatedKeys::Refused)
}

/// What a repeated mapping key is.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum RepeatedKeys {
    /// An error, as kubectl's strict decoding has it (user manifests).
    Refused,
    /// The last value wins at the first key's place, as go-yaml's non-strict `Unmarshal` reads
    /// text a program wrote (istiod's injection template output).
    LastWins,
}

/// [`parse_chunk`] with a chosen rule for repeated mapping keys: `LastWins` only for text a
/// program wrote (istiod's template output), never for user manifests, where kubectl refuses
/// duplicates and so does sailctl.
pub fn parse_chunk_keys(
    body: &str,
    keys: RepeatedKeys,
) -> (Vec<(Value, usize)>, Option<YamlError>) {
    let (docs, err, _) = parse_chunk_with(body, keys);
    (docs, err)
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

/// Approximate bytes a parsed node takes (for the alias budget).
const NODE_WEIGHT: usize = 32;

/// [`parse_chunk`] in one pass, with `budget` approximate bytes for aliases and anchored copies.
fn parse_chunk_once<V: Tree>(
    body: &str,
    budget: usize,
    keys: RepeatedKeys,
) -> (Vec<(V, usize)>, Option<YamlError>) {
    let mut docs = Vec::new();
    let mut parser = Parser::new_from_str(body);
    let mut stack: Vec<Frame<V>> = Vec::new();
    let mut anchors: HashMap<usize, (V, usize)> = HashMap::new();
    // approximate bytes of alias expansions and anchored copies in this document
    let mut shared = 0usize;
    let mut root: Option<(V, usize)> = None;
    let mut root_line = 0usize;
    // where each anchored collection starts, for the alias budget error
    let mut anchor_marks: HashMap<usize, Marker> = HashMap::new();

    loop {
        let (event, span): (Event<'_>, Span) = match parser.next_event() {
            None => break,
            Some(Ok(ev)) => ev,
            Some(Err(e)) => return (docs, Some(scan_error(&e))),
        };
        let mark = span.start;
        if let Event::MappingStart(anchor, _) | Event::SequenceStart(anchor, _) = &event
            && *anchor != 0
        {
            anchor_marks.insert(*anchor, mark);
        }
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
        let completed: Option<(V, usize, usize)> = match event {
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
                    return (docs, Some(alias_bomb(mark, "this alias", budget)));
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
                    flow_pair,
                    ..
                }) = stack.last_mut()
                {
                    let tag_suffix = tag.as_ref().map(|t| t.suffix.as_str());
                    let k = match scalar::key_text(&text, style, tag_suffix) {
                        Ok(k) => k,
                        Err(e) => return (docs, Some(err_at(mark, e))),
                    };
                    if keys == RepeatedKeys::Refused && has_key(entries, hashes, &k) {
                        return (docs, Some(err_at(mark, format!("duplicate key \"{k}\""))));
                    }
                    *key = Some((k, mark));
                    *key_plain =
                        (*flow_pair && style == ScalarStyle::Plain).then(|| text.to_string());
                    None
                } else {
                    if let Some(Frame::Map {
                        key: Some(_),
                        flow_pair: true,
                        key_plain: Some(k),
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
                    let value = match typed_scalar(&text, style, tag_suffix) {
                        Some(v) => V::scalar(v),
                        None => V::string(&text),
                    };
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
                    key_plain: None,
                    glued: None,
                });
                None
            }
            Event::SequenceEnd => match stack.pop() {
                Some(Frame::Seq {
                    items,
                    anchor,
                    nodes,
                    ..
                }) => Some((V::seq(items), nodes, anchor)),
                _ => return (docs, Some(err_at(mark, "unbalanced sequence end"))),
            },
            Event::MappingEnd => match stack.pop() {
                Some(Frame::Map {
                    glued: Some(text),
                    entries,
                    anchor,
                    nodes,
                    ..
                }) if entries.len() == 1 => Some((V::string(&text), nodes, anchor)),
                Some(Frame::Map {
                    entries,
                    merges,
                    anchor,
                    nodes,
                    ..
                }) => Some((V::map(merged(entries, merges, keys)), nodes, anchor)),
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
                let at = anchor_marks.get(&anchor).copied().unwrap_or(mark);
                return (
                    docs,
                    Some(alias_bomb(at, "the value anchored here", budget)),
                );
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
                    match value.into_entries().map_err(V::into_items) {
                        Ok(m) => merges.push(m),
                        Err(Ok(list)) => {
                            for item in list {
                                match item.into_entries() {
                                    Ok(m) => merges.push(m),
                                    Err(_) => {
                                        return (
                                            docs,
                                            Some(err_at(kmark, "merge key `<<` needs mappings")),
                                        );
                                    }
                                }
                            }
                        }
                        Err(Err(_)) => {
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

mod pads;
mod positions;
mod scalar;
#[cfg(test)]
mod tests;

use pads::{pad_of, parse_chunk_with};
pub use pads::{padded_text, parse_chunk_padded};
pub use positions::{Pos, PosNode, position_trees};
pub use scalar::resolve_scalar;
use scalar::typed_scalar;
