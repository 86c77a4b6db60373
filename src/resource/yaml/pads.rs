//! Reading YAML as kubectl reads it where saphyr is stricter: lines saphyr finds too far left
//! inside a flow collection or a quoted scalar, where leading spaces carry no meaning, are read
//! again with spaces added in front ("pads"); positions are mapped back to the original text.

use serde_json::Value;

use super::{MIN_SHARED_BUDGET, SHARED_BUDGET_PER_BYTE};
use super::{Pads, RepeatedKeys, YamlError, parse_chunk_once};
use crate::resource::Tree;

/// Parse attempts per chunk spent on lines saphyr finds too far left (see
/// [`parse_chunk_padded`]).
const MAX_FLOW_RETRIES: usize = 32;

/// The chunk's text with `pads` spaces added in front of the given lines.
pub fn padded_text<'a>(body: &'a str, pads: &[(usize, usize)]) -> std::borrow::Cow<'a, str> {
    if pads.is_empty() {
        return std::borrow::Cow::Borrowed(body);
    }
    let mut out = String::with_capacity(body.len() + pads.iter().map(|p| p.1).sum::<usize>());
    for (line_no, line) in (1usize..).zip(body.split_inclusive('\n')) {
        out.extend(std::iter::repeat_n(' ', pad_of(pads, line_no)));
        out.push_str(line);
    }
    std::borrow::Cow::Owned(out)
}

/// The spaces added in front of `line` (`pads` is sorted by line, see [`set_pad`]).
pub(super) fn pad_of(pads: &[(usize, usize)], line: usize) -> usize {
    pads.binary_search_by_key(&line, |p| p.0)
        .map_or(0, |i| pads.get(i).map_or(0, |p| p.1))
}

/// Pad `line` by `pad` spaces, keeping `pads` sorted by line (a quoted scalar can pad
/// thousands of lines: lookups stay logarithmic).
fn set_pad(pads: &mut Vec<(usize, usize)>, line: usize, pad: usize) {
    match pads.binary_search_by_key(&line, |p| p.0) {
        Ok(i) => {
            if let Some(p) = pads.get_mut(i) {
                p.1 = pad;
            }
        }
        Err(i) => pads.insert(i, (line, pad)),
    }
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
    parse_chunk_with(body, RepeatedKeys::Refused)
}

pub(super) fn parse_chunk_with<V: Tree>(
    body: &str,
    keys: RepeatedKeys,
) -> (Vec<(V, usize)>, Option<YamlError>, Pads) {
    let budget = body
        .len()
        .saturating_mul(SHARED_BUDGET_PER_BYTE)
        .max(MIN_SHARED_BUDGET);
    let (docs, err) = parse_chunk_once(body, budget, keys);
    let Some(first_err) = err else {
        return (docs, None, Vec::new());
    };
    let mut pads: Vec<(usize, usize)> = Vec::new();
    let mut err = first_err.clone();
    for _ in 0..MAX_FLOW_RETRIES {
        match err.message.as_str() {
            "invalid indentation" | "invalid indentation in flow construct" => {
                if !pad_flow_line(body, &mut pads, err.line) {
                    break;
                }
            }
            "invalid indentation in quoted scalar" => {
                let target = (err.col - 1).saturating_add(pad_of(&pads, err.line));
                let mut changed = false;
                for (line, own) in quoted_scalar_lines(body, err.line, err.col) {
                    let pad = target.saturating_sub(own);
                    if pad > pad_of(&pads, line) {
                        set_pad(&mut pads, line, pad);
                        changed = true;
                    }
                }
                if !changed {
                    break;
                }
            }
            _ => break,
        }
        let text = padded_text(body, &pads);
        let (docs, e) = parse_chunk_once(&text, budget, keys);
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
    let (docs, _) = parse_chunk_once(body, budget, keys);
    (docs, Some(first_err), Vec::new())
}

/// Pad a line of a flow collection that saphyr finds too far left: first to the previous
/// line's indentation, then doubling. False when it has been padded as far as it goes.
fn pad_flow_line(body: &str, pads: &mut Vec<(usize, usize)>, line: usize) -> bool {
    let current = pad_of(pads, line);
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
        return false;
    }
    set_pad(pads, line, next);
    true
}

/// The continuation lines of the quoted scalar whose opening quote is at `line`:`col` (1-based,
/// in characters), each with its leading spaces; blank lines left out. Empty when no quote is
/// there or it is never closed.
///
/// saphyr wants every continuation line of a quoted scalar right of its mapping key, as in
///
/// ```yaml
/// annotations:
///   pod.beta.kubernetes.io/init-containers: '[
///     {"name": "wait"}
///   ]'
/// ```
///
/// where the closing line is at the key's column. Go's YAML library (kubectl) and PyYAML do not
/// look at that indentation, and a continuation line's leading spaces are folded away whatever
/// they are, so the lines are read again moved right to the quote's column.
fn quoted_scalar_lines(body: &str, line: usize, col: usize) -> Vec<(usize, usize)> {
    let mut lines = (1usize..)
        .zip(body.split_inclusive('\n'))
        .skip(line.saturating_sub(1));
    let Some((_, first)) = lines.next() else {
        return Vec::new();
    };
    let mut chars = first.chars().skip(col.saturating_sub(1));
    let quote = match chars.next() {
        Some(q @ ('\'' | '"')) => q,
        _ => return Vec::new(),
    };
    if closes_quote(quote, chars) {
        return Vec::new();
    }
    let mut found = Vec::new();
    for (no, text) in lines {
        let own = text.chars().take_while(|c| *c == ' ').count();
        if !text.trim().is_empty() {
            found.push((no, own));
        }
        if closes_quote(quote, text.chars()) {
            return found;
        }
    }
    Vec::new()
}

/// Whether a quoted scalar opened with `quote` closes in `text` (`''` inside single quotes and
/// backslash escapes inside double quotes do not close it).
fn closes_quote(quote: char, text: impl Iterator<Item = char>) -> bool {
    let mut chars = text.peekable();
    while let Some(c) = chars.next() {
        match (quote, c) {
            ('\'', '\'') if chars.peek() == Some(&'\'') => {
                chars.next();
            }
            ('"', '\\') => {
                chars.next();
            }
            (q, c) if q == c => return true,
            _ => {}
        }
    }
    false
}

fn line_is_blank(body: &str, line: usize) -> bool {
    body.split_inclusive('\n')
        .nth(line.saturating_sub(1))
        .is_none_or(|t| {
            let t = t.trim();
            t.is_empty() || t.starts_with('#')
        })
}
