//! Position trees: where each field of a document is, built once per chunk when a
//! diagnostic first asks.

use super::*;

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
                    let tag_suffix = tag.as_ref().map(|t| t.suffix.as_str());
                    let k = scalar::key_text(&text, style, tag_suffix)
                        .unwrap_or_else(|_| text.into_owned());
                    *key = Some((k, p));
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
