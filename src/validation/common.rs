//! The small toolkit every rule file uses: [`Cx`] collects findings, [`P`] is a field path that
//! costs nothing until a finding needs it, and a few accessors read loosely typed JSON (the
//! schema layer reports wrong types; the rules simply skip values of the wrong type).

use serde_json::{Map, Value};

use super::{Finding, FindingKind};
use crate::resource::Field;
use crate::resource::FieldPath;

/// A path to a field, built on the stack while walking a document and turned into a
/// [`FieldPath`] only when a finding is reported.
#[derive(Clone, Copy, Debug)]
pub enum P<'a> {
    Root,
    Key(&'a P<'a>, &'a str),
    Idx(&'a P<'a>, usize),
}

impl<'a> P<'a> {
    pub fn k(&'a self, key: &'a str) -> P<'a> {
        P::Key(self, key)
    }

    pub fn i(&'a self, index: usize) -> P<'a> {
        P::Idx(self, index)
    }

    pub fn to_path(&self) -> FieldPath {
        let mut segs = Vec::new();
        let mut cur = self;
        loop {
            match cur {
                P::Root => break,
                P::Key(parent, k) => {
                    segs.push(crate::resource::path::Seg::Key((*k).to_string()));
                    cur = parent;
                }
                P::Idx(parent, i) => {
                    segs.push(crate::resource::path::Seg::Index(*i));
                    cur = parent;
                }
            }
        }
        segs.reverse();
        FieldPath(segs)
    }
}

/// The findings of one resource plus what the rules need to know about it.
pub struct Cx<'r> {
    pub out: Vec<Finding>,
    /// The namespace the resource lives in (`default` when not written, as istioctl assumes).
    pub namespace: &'r str,
}

/// The finding code of every semantic rule.
pub const CODE: &str = "rule";

impl<'r> Cx<'r> {
    pub fn new(namespace: &'r str) -> Self {
        Cx {
            out: Vec::new(),
            namespace,
        }
    }

    pub fn err(&mut self, p: &P, message: impl Into<String>) {
        self.out.push(Finding::error(CODE, p.to_path(), message));
    }

    pub fn warn(&mut self, p: &P, message: impl Into<String>) {
        self.out.push(Finding::warning(CODE, p.to_path(), message));
    }

    /// A warning of a kind analysis acts on (see [`FindingKind`]).
    pub fn warn_kind(&mut self, p: &P, kind: FindingKind, message: impl Into<String>) {
        self.out
            .push(Finding::warning(CODE, p.to_path(), message).with_kind(kind));
    }

    /// Report `Err(message)` as an error at `p`.
    pub fn check(&mut self, p: &P, r: Result<(), String>) {
        if let Err(m) = r {
            self.err(p, m);
        }
    }
}

/// A present, non-null field.
pub fn get<'v>(v: &'v Value, key: &str) -> Option<&'v Value> {
    v.get(key).filter(|x| !x.is_null())
}

/// Whether a field is present and not null.
pub fn has(v: &Value, key: &str) -> bool {
    get(v, key).is_some()
}

/// A string field; empty when absent or not a string (proto3 semantics).
pub fn s<'v>(v: &'v Value, key: &str) -> &'v str {
    v.get(key).and_then(Value::as_str).unwrap_or("")
}

/// An array field; empty when absent or not an array.
pub fn arr<'v>(v: &'v Value, key: &str) -> &'v [Value] {
    match v.get(key) {
        Some(Value::Array(a)) => a,
        _ => &[],
    }
}

/// An object field.
pub fn obj<'v>(v: &'v Value, key: &str) -> Option<&'v Map<String, Value>> {
    v.get(key).and_then(Value::as_object)
}

/// Entries of an object field (nothing when absent).
pub fn entries<'v>(v: &'v Value, key: &str) -> impl Iterator<Item = (&'v String, &'v Value)> {
    obj(v, key).into_iter().flat_map(|m| m.iter())
}

/// An integer field (JSON number, or a string holding one, as proto JSON allows for 64-bit ints).
pub fn int(v: &Value, key: &str) -> Option<i64> {
    v.get(key).and_then(as_int)
}

pub fn as_int(v: &Value) -> Option<i64> {
    match v {
        Value::Number(n) => n
            .as_i64()
            .or_else(|| n.as_f64().filter(|f| f.fract() == 0.0).map(|f| f as i64)),
        Value::String(s) => s.parse().ok(),
        _ => None,
    }
}

/// A float field (a JSON number or numeric string).
pub fn num(v: &Value, key: &str) -> Option<f64> {
    match v.get(key)? {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.parse().ok(),
        _ => None,
    }
}

/// A boolean field; false when absent.
pub fn boolean(v: &Value, key: &str) -> bool {
    v.get(key).and_then(Value::as_bool).unwrap_or(false)
}

/// A wrapped value (`google.protobuf.*Value`): proto JSON writes it bare, some write `{value: x}`.
pub fn wrapped<'v>(v: &'v Value, key: &str) -> Option<&'v Value> {
    let w = get(v, key)?;
    match w {
        Value::Object(m) => m.field("value").filter(|x| !x.is_null()),
        other => Some(other),
    }
}

pub fn wrapped_num(v: &Value, key: &str) -> Option<f64> {
    match wrapped(v, key)? {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.parse().ok(),
        _ => None,
    }
}

/// A protobuf enum field as its name (numbers are mapped by the caller's table when needed).
pub fn enum_name<'v>(v: &'v Value, key: &str, names: &'static [&'static str]) -> &'v str {
    match v.get(key) {
        Some(Value::String(s)) => s,
        Some(Value::Number(n)) => n
            .as_u64()
            .and_then(|i| names.get(i as usize).copied())
            .unwrap_or(""),
        _ => names.first().copied().unwrap_or(""),
    }
}

/// Strings of a string array, with their index (non-strings skipped).
pub fn strs<'v>(v: &'v Value, key: &str) -> impl Iterator<Item = (usize, &'v str)> {
    arr(v, key)
        .iter()
        .enumerate()
        .filter_map(|(i, x)| Some((i, x.as_str()?)))
}

/// Whether any array/object/string field is non-empty.
pub fn non_empty(v: &Value, key: &str) -> bool {
    match v.get(key) {
        None | Some(Value::Null) => false,
        Some(Value::Array(a)) => !a.is_empty(),
        Some(Value::Object(m)) => !m.is_empty(),
        Some(Value::String(s)) => !s.is_empty(),
        Some(_) => true,
    }
}
