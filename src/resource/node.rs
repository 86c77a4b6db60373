//! A compact, read-only document tree for the analysis store.
//!
//! `analyze` keeps every resource of its input for the whole run. As `serde_json::Value` (with
//! ordered maps) a mapping entry costs about 112 bytes plus a hash index and one allocation per
//! key and per string; a 62 MB input became about 500 MB of trees. A [`Node`] is 24 bytes,
//! a mapping entry 40: its key is interned ([`Key`], one copy per distinct key in the
//! process), strings up to 22 bytes are stored inline, and a mapping or a sequence is one
//! exact-size allocation.
//!
//! The reading API mirrors `serde_json::Value`'s (`get`, `field`, `as_str`, `as_object`,
//! `as_array`, indexing, `pointer`), so analyzers read a `Node` as they would a `Value`.
//! Mappings keep their order; a field is found by comparing keys in order, the fastest way on
//! the small mappings Kubernetes objects are made of. [`Node::to_value`] gives the
//! `serde_json::Value` back for code that needs it (the schema analyzer, output).

use std::fmt;
use std::sync::Arc;

use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};
use serde_json::{Map, Number, Value};

pub use super::key::Key;

/// The longest text stored inline.
const INLINE: usize = 22;

/// A string: inline up to [`INLINE`] bytes, else one exact-size allocation.
#[derive(Clone)]
pub enum Str {
    Inline { len: u8, bytes: [u8; INLINE] },
    Heap(Box<str>),
}

impl Str {
    pub fn new(s: &str) -> Str {
        if s.len() <= INLINE {
            let mut bytes = [0; INLINE];
            for (b, c) in bytes.iter_mut().zip(s.bytes()) {
                *b = c;
            }
            Str::Inline {
                len: s.len() as u8,
                bytes,
            }
        } else {
            Str::Heap(s.into())
        }
    }

    fn from_string(s: String) -> Str {
        if s.len() <= INLINE {
            Str::new(&s)
        } else {
            Str::Heap(s.into_boxed_str())
        }
    }

    pub fn as_str(&self) -> &str {
        match self {
            // only ever filled from a `&str` cut at its length
            Str::Inline { len, bytes } => {
                let text = bytes.get(..usize::from(*len)).unwrap_or_default();
                std::str::from_utf8(text).unwrap_or_default()
            }
            Str::Heap(s) => s,
        }
    }
}

impl From<&str> for Str {
    fn from(s: &str) -> Str {
        Str::new(s)
    }
}

impl From<String> for Str {
    fn from(s: String) -> Str {
        Str::from_string(s)
    }
}

impl From<&Str> for String {
    fn from(s: &Str) -> String {
        s.as_str().to_string()
    }
}

impl From<Str> for String {
    fn from(s: Str) -> String {
        s.as_str().to_string()
    }
}

impl std::ops::Deref for Str {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for Str {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl std::borrow::Borrow<str> for Str {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq for Str {
    fn eq(&self, other: &Str) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Str {}

impl PartialEq<str> for Str {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Str {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for Str {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<Str> for str {
    fn eq(&self, other: &Str) -> bool {
        self == other.as_str()
    }
}

impl PartialEq<Str> for &str {
    fn eq(&self, other: &Str) -> bool {
        *self == other.as_str()
    }
}

impl PartialEq<Str> for String {
    fn eq(&self, other: &Str) -> bool {
        self == other.as_str()
    }
}

impl Default for Str {
    fn default() -> Str {
        Str::new("")
    }
}

impl serde::Serialize for Str {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl PartialOrd for Str {
    fn partial_cmp(&self, other: &Str) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Str {
    fn cmp(&self, other: &Str) -> std::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl std::hash::Hash for Str {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl fmt::Debug for Str {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for Str {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A mapping: its entries in document order.
#[derive(Clone, Default, PartialEq)]
pub struct Obj(Box<[(Key, Node)]>);

impl<K: Into<Key>> FromIterator<(K, Node)> for Obj {
    fn from_iter<I: IntoIterator<Item = (K, Node)>>(iter: I) -> Obj {
        Obj(iter.into_iter().map(|(k, v)| (k.into(), v)).collect())
    }
}

/// `items` in an allocation of exactly their size. (`into_boxed_slice` would shrink the
/// vector's allocation in place and leave its tail as a free fragment between long-lived
/// values.)
pub fn exact<T>(items: Vec<T>) -> Box<[T]> {
    if items.len() == items.capacity() {
        return items.into_boxed_slice();
    }
    let mut out = Vec::with_capacity(items.len());
    out.extend(items);
    out.into_boxed_slice()
}

impl Obj {
    /// An empty mapping.
    pub fn new() -> Obj {
        Obj::default()
    }

    pub fn from_entries(entries: Vec<(Key, Node)>) -> Obj {
        Obj(exact(entries))
    }

    /// The entries, moved out.
    pub fn into_entries(self) -> Vec<(Key, Node)> {
        self.0.into_vec()
    }

    /// The value of `key` (the first entry with it: the parser refuses repeated keys).
    pub fn get(&self, key: &str) -> Option<&Node> {
        self.0
            .iter()
            .find(|(k, _)| k.as_str() == key)
            .map(|(_, v)| v)
    }

    /// The same as [`Obj::get`]: the name the `Field` trait gives it elsewhere.
    pub fn field(&self, key: &str) -> Option<&Node> {
        self.get(key)
    }

    pub fn get_mut(&mut self, key: &str) -> Option<&mut Node> {
        self.0
            .iter_mut()
            .find(|(k, _)| k.as_str() == key)
            .map(|(_, v)| v)
    }

    pub fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    pub fn iter(&self) -> impl DoubleEndedIterator<Item = (&Key, &Node)> + ExactSizeIterator {
        self.0.iter().map(|(k, v)| (k, v))
    }

    pub fn keys(&self) -> impl DoubleEndedIterator<Item = &Key> + ExactSizeIterator {
        self.0.iter().map(|(k, _)| k)
    }

    pub fn values(&self) -> impl DoubleEndedIterator<Item = &Node> + ExactSizeIterator {
        self.0.iter().map(|(_, v)| v)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Set `key` to `value`: in place when the key is there, else appended (a mapping is one
    /// exact-size allocation, so this copies it: meant for building small selectors).
    pub fn insert(&mut self, key: impl Into<Key>, value: Node) {
        let key = key.into();
        if let Some(slot) = self.0.iter_mut().find(|(k, _)| *k == key) {
            slot.1 = value;
            return;
        }
        let mut entries = std::mem::take(&mut self.0).into_vec();
        entries.push((key, value));
        self.0 = entries.into_boxed_slice();
    }
}

impl<'a> IntoIterator for &'a Obj {
    type Item = (&'a Key, &'a Node);
    type IntoIter = std::iter::Map<
        std::slice::Iter<'a, (Key, Node)>,
        fn(&'a (Key, Node)) -> (&'a Key, &'a Node),
    >;
    fn into_iter(self) -> Self::IntoIter {
        fn pair((k, v): &(Key, Node)) -> (&Key, &Node) {
            (k, v)
        }
        self.0
            .iter()
            .map(pair as fn(&'a (Key, Node)) -> (&'a Key, &'a Node))
    }
}

impl fmt::Debug for Obj {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

/// One value of a document: what `serde_json::Value` holds, in less memory.
///
/// [`Node::Shared`] is a subtree held by two documents (a workload controller's pod template
/// spec and the template pod standing for it): every reading method sees through it, so it
/// reads as the node it holds; only a `match` on the variants has to resolve it first
/// ([`Node::resolved`]).
#[derive(Clone, Default)]
pub enum Node {
    #[default]
    Null,
    Bool(bool),
    Number(Number),
    String(Str),
    Array(Box<[Node]>),
    Object(Obj),
    Shared(Arc<Node>),
}

const _: () = assert!(std::mem::size_of::<Node>() == 24);

/// What [`Node::get`] looks up: a mapping key or a sequence index.
pub trait Lookup {
    fn find(self, node: &Node) -> Option<&Node>;
}

impl Lookup for &str {
    fn find(self, node: &Node) -> Option<&Node> {
        node.as_object()?.get(self)
    }
}

impl Lookup for usize {
    fn find(self, node: &Node) -> Option<&Node> {
        node.as_array()?.get(self)
    }
}

static NULL: Node = Node::Null;

impl Node {
    /// A string node.
    pub fn string(s: &str) -> Node {
        Node::String(Str::new(s))
    }

    pub fn get(&self, key: impl Lookup) -> Option<&Node> {
        key.find(self)
    }

    /// A field of a mapping (None for other nodes).
    pub fn field(&self, key: &str) -> Option<&Node> {
        self.as_object()?.get(key)
    }

    /// The node at a JSON pointer (`/spec/ports/0`), as `serde_json::Value::pointer`.
    pub fn pointer(&self, pointer: &str) -> Option<&Node> {
        if pointer.is_empty() {
            return Some(self);
        }
        let rest = pointer.strip_prefix('/')?;
        rest.split('/')
            .map(|t| t.replace("~1", "/").replace("~0", "~"))
            .try_fold(self, |node, token| match node.resolved() {
                Node::Object(m) => m.get(&token),
                Node::Array(a) => token.parse::<usize>().ok().and_then(|i| a.get(i)),
                _ => None,
            })
    }

    pub fn as_str(&self) -> Option<&str> {
        match self.resolved() {
            Node::String(s) => Some(s.as_str()),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self.resolved() {
            Node::Bool(b) => Some(*b),
            _ => None,
        }
    }

    pub fn as_u64(&self) -> Option<u64> {
        match self.resolved() {
            Node::Number(n) => n.as_u64(),
            _ => None,
        }
    }

    pub fn as_i64(&self) -> Option<i64> {
        match self.resolved() {
            Node::Number(n) => n.as_i64(),
            _ => None,
        }
    }

    pub fn as_f64(&self) -> Option<f64> {
        match self.resolved() {
            Node::Number(n) => n.as_f64(),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&[Node]> {
        match self.resolved() {
            Node::Array(a) => Some(a),
            _ => None,
        }
    }

    /// The mapping to change (a shared one is copied first, so the other holder keeps it).
    pub fn as_object_mut(&mut self) -> Option<&mut Obj> {
        if let Node::Shared(a) = self {
            *self = Arc::unwrap_or_clone(std::mem::take(a));
        }
        match self {
            Node::Object(m) => Some(m),
            _ => None,
        }
    }

    /// The node itself, or the node a [`Node::Shared`] holds.
    pub fn resolved(&self) -> &Node {
        let mut n = self;
        while let Node::Shared(a) = n {
            n = a;
        }
        n
    }

    /// Move this node into an `Arc` shared with the returned node: both then read as the
    /// node this was (see [`Node::Shared`]).
    pub fn share(&mut self) -> Node {
        let shared = match std::mem::take(self) {
            Node::Shared(a) => a,
            n => Arc::new(n),
        };
        *self = Node::Shared(shared.clone());
        Node::Shared(shared)
    }

    pub fn as_object(&self) -> Option<&Obj> {
        match self.resolved() {
            Node::Object(m) => Some(m),
            _ => None,
        }
    }

    pub fn is_null(&self) -> bool {
        matches!(self.resolved(), Node::Null)
    }

    pub fn is_boolean(&self) -> bool {
        matches!(self.resolved(), Node::Bool(_))
    }

    pub fn is_number(&self) -> bool {
        matches!(self.resolved(), Node::Number(_))
    }

    pub fn is_string(&self) -> bool {
        matches!(self.resolved(), Node::String(_))
    }

    pub fn is_array(&self) -> bool {
        matches!(self.resolved(), Node::Array(_))
    }

    pub fn is_object(&self) -> bool {
        matches!(self.resolved(), Node::Object(_))
    }

    /// The same tree as a `serde_json::Value`.
    pub fn to_value(&self) -> Value {
        match self {
            Node::Shared(a) => a.to_value(),
            Node::Null => Value::Null,
            Node::Bool(b) => Value::Bool(*b),
            Node::Number(n) => Value::Number(n.clone()),
            Node::String(s) => Value::String(s.as_str().to_string()),
            Node::Array(a) => Value::Array(a.iter().map(Node::to_value).collect()),
            Node::Object(m) => {
                let mut out = Map::with_capacity(m.len());
                for (k, v) in m.iter() {
                    out.insert(k.as_str().to_string(), v.to_value());
                }
                Value::Object(out)
            }
        }
    }
}

impl From<Value> for Node {
    fn from(v: Value) -> Node {
        match v {
            Value::Null => Node::Null,
            Value::Bool(b) => Node::Bool(b),
            Value::Number(n) => Node::Number(n),
            Value::String(s) => Node::String(Str::from_string(s)),
            Value::Array(a) => Node::Array(a.into_iter().map(Node::from).collect()),
            Value::Object(m) => Node::Object(Obj(m
                .into_iter()
                .map(|(k, v)| (Key::from(k), Node::from(v)))
                .collect())),
        }
    }
}

impl From<&Value> for Node {
    fn from(v: &Value) -> Node {
        match v {
            Value::Null => Node::Null,
            Value::Bool(b) => Node::Bool(*b),
            Value::Number(n) => Node::Number(n.clone()),
            Value::String(s) => Node::string(s),
            Value::Array(a) => Node::Array(a.iter().map(Node::from).collect()),
            Value::Object(m) => Node::Object(Obj(m
                .iter()
                .map(|(k, v)| (Key::new(k), Node::from(v)))
                .collect())),
        }
    }
}

impl From<&str> for Node {
    fn from(s: &str) -> Node {
        Node::string(s)
    }
}

impl<'de> serde::Deserialize<'de> for Node {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Node, D::Error> {
        Value::deserialize(d).map(Node::from)
    }
}

impl std::ops::Index<&str> for Obj {
    type Output = Node;
    fn index(&self, key: &str) -> &Node {
        self.get(key).unwrap_or(&NULL)
    }
}

impl std::ops::Index<&str> for Node {
    type Output = Node;
    fn index(&self, key: &str) -> &Node {
        self.field(key).unwrap_or(&NULL)
    }
}

impl std::ops::Index<usize> for Node {
    type Output = Node;
    fn index(&self, i: usize) -> &Node {
        self.as_array().and_then(|a| a.get(i)).unwrap_or(&NULL)
    }
}

impl PartialEq<str> for Node {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == Some(other)
    }
}

impl PartialEq<&str> for Node {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == Some(*other)
    }
}

impl PartialEq<bool> for Node {
    fn eq(&self, other: &bool) -> bool {
        self.as_bool() == Some(*other)
    }
}

impl PartialEq for Node {
    fn eq(&self, other: &Node) -> bool {
        match (self.resolved(), other.resolved()) {
            (Node::Null, Node::Null) => true,
            (Node::Bool(a), Node::Bool(b)) => a == b,
            (Node::Number(a), Node::Number(b)) => a == b,
            (Node::String(a), Node::String(b)) => a == b,
            (Node::Array(a), Node::Array(b)) => a == b,
            (Node::Object(a), Node::Object(b)) => a == b,
            _ => false,
        }
    }
}

impl PartialEq<Value> for Node {
    fn eq(&self, other: &Value) -> bool {
        match (self.resolved(), other) {
            (Node::Null, Value::Null) => true,
            (Node::Bool(a), Value::Bool(b)) => a == b,
            (Node::Number(a), Value::Number(b)) => a == b,
            (Node::String(a), Value::String(b)) => a.as_str() == b,
            (Node::Array(a), Value::Array(b)) => {
                a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x == y)
            }
            (Node::Object(a), Value::Object(b)) => {
                a.len() == b.len()
                    && a.iter()
                        .zip(b)
                        .all(|((ka, va), (kb, vb))| ka.as_str() == kb && va == vb)
            }
            _ => false,
        }
    }
}

impl Serialize for Node {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Node::Shared(a) => a.serialize(s),
            Node::Null => s.serialize_unit(),
            Node::Bool(b) => s.serialize_bool(*b),
            Node::Number(n) => n.serialize(s),
            Node::String(v) => s.serialize_str(v),
            Node::Array(a) => {
                let mut seq = s.serialize_seq(Some(a.len()))?;
                for v in a.iter() {
                    seq.serialize_element(v)?;
                }
                seq.end()
            }
            Node::Object(m) => {
                let mut map = s.serialize_map(Some(m.len()))?;
                for (k, v) in m.iter() {
                    map.serialize_entry(k.as_str(), v)?;
                }
                map.end()
            }
        }
    }
}

impl fmt::Debug for Node {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Node::Null => f.write_str("Null"),
            Node::Bool(b) => write!(f, "Bool({b})"),
            Node::Number(n) => write!(f, "Number({n})"),
            Node::String(s) => write!(f, "String({s:?})"),
            Node::Array(a) => f.debug_list().entries(a.iter()).finish(),
            Node::Object(m) => fmt::Debug::fmt(m, f),
            Node::Shared(a) => fmt::Debug::fmt(&**a, f),
        }
    }
}

/// JSON text, as `serde_json::Value`'s `Display`.
impl fmt::Display for Node {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match serde_json::to_string(self) {
            Ok(s) => f.write_str(&s),
            Err(_) => Err(fmt::Error),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_tree_converts_both_ways_keeping_order_and_types() {
        let v = json!({
            "zeta": 1, "alpha": [true, null, -3, 2.5, "short", "a string longer than twenty-two bytes"],
            "a-key-longer-than-twenty-two-bytes": {"nested": {}}, "empty": []
        });
        let n = Node::from(&v);
        assert_eq!(n.to_value(), v);
        assert!(n == v);
        let keys: Vec<&str> = n
            .as_object()
            .map(|m| m.keys().map(|k| k.as_str()).collect())
            .unwrap_or_default();
        assert_eq!(
            keys,
            [
                "zeta",
                "alpha",
                "a-key-longer-than-twenty-two-bytes",
                "empty"
            ]
        );
        assert_eq!(Node::from(v.clone()), n);
        assert_eq!(n.to_string(), v.to_string());
    }

    #[test]
    fn reading_mirrors_serde_json() {
        let v =
            json!({"spec": {"ports": [{"port": 80, "name": "http"}], "weight": -2}, "on": true});
        let n = Node::from(&v);
        assert_eq!(n["spec"]["ports"][0]["port"].as_u64(), Some(80));
        assert_eq!(
            n.get("spec")
                .and_then(|s| s.get("weight"))
                .and_then(Node::as_i64),
            Some(-2)
        );
        assert_eq!(
            n.pointer("/spec/ports/0/name").and_then(Node::as_str),
            Some("http")
        );
        assert_eq!(n.pointer("/spec/ports/1"), None);
        assert!(n["missing"]["deeper"].is_null());
        assert_eq!(n.field("on"), Some(&Node::Bool(true)));
        assert!(n["spec"]["ports"][0]["name"] == "http");
        assert_eq!(n.get(0), None);
    }

    #[test]
    fn strings_at_the_inline_limit_and_past_it_and_non_ascii_read_back() {
        for s in [
            "",
            "x",
            "é",
            "1234567890123456789012",
            "12345678901234567890123",
            "ünïcødé-ñame-that-is-long",
        ] {
            let n = Node::from(Value::String(s.to_string()));
            assert_eq!(n.as_str(), Some(s));
        }
    }
}
