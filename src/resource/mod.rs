//! Resources read from files or a cluster, and where each came from.
//!
//! `loader` reads files, directories and stdin; `yaml` parses documents with positions; `path`
//! names fields; `store` indexes resources for the analyzers.

pub mod key;
pub mod list_cut;
pub mod loader;
pub mod node;
pub mod packed;
pub mod path;
pub mod store;
pub mod stream;
pub mod yaml;

use std::sync::{Arc, OnceLock};

use serde_json::{Map, Value};

pub use node::{Node, Str};
pub use path::{FieldPath, Seg};
pub use store::Store;
use yaml::{Chunk, PosNode};

/// Mappings up to this long are searched by comparing keys in order.
const SCAN_KEYS: usize = 8;

/// A field of a mapping by key: what `Value::get` does, faster on the small mappings Kubernetes
/// objects are made of. `serde_json`'s ordered map hashes every key it is asked for (SipHash);
/// comparing a handful of keys, which mostly differ in length, is cheaper.
pub trait Field {
    fn field(&self, key: &str) -> Option<&Value>;
}

impl Field for Map<String, Value> {
    #[inline]
    fn field(&self, key: &str) -> Option<&Value> {
        if self.len() <= SCAN_KEYS {
            self.iter().find(|(k, _)| k.as_str() == key).map(|(_, v)| v)
        } else {
            self.get(key)
        }
    }
}

impl Field for Value {
    #[inline]
    fn field(&self, key: &str) -> Option<&Value> {
        self.as_object()?.field(key)
    }
}

/// What a [`Resource`] holds its object as, and what the YAML parser builds: a
/// `serde_json::Value` (what `validate` checks, what most commands read) or a compact [`Node`]
/// (what `analyze` keeps for a whole run, built straight from the parser's events).
pub trait Tree: Clone + std::fmt::Debug + Send + Sized + 'static {
    /// A field of a mapping.
    fn child(&self, key: &str) -> Option<&Self>;
    /// The text of a string.
    fn text(&self) -> Option<&str>;
    /// A mapping's entries (none for other nodes).
    fn pairs(&self) -> impl Iterator<Item = (&str, &Self)>;
    fn is_null(&self) -> bool;
    fn is_map(&self) -> bool;
    fn is_seq(&self) -> bool;
    /// A string node.
    fn string(text: &str) -> Self;
    /// A null, boolean or number node (what a typed scalar resolved to).
    fn scalar(v: Value) -> Self;
    /// A sequence of exactly these items.
    fn seq(items: Vec<Self>) -> Self;
    /// A mapping of exactly these entries (their keys distinct), in order.
    fn map(entries: Vec<(String, Self)>) -> Self;
    /// A mapping's entries, moved out (the node itself when it is not a mapping).
    fn into_entries(self) -> Result<Vec<(String, Self)>, Self>;
    /// A sequence's items, moved out (the node itself when it is not a sequence).
    fn into_items(self) -> Result<Vec<Self>, Self>;
    /// Move a mapping's field out, leaving null in its place.
    fn take_child(&mut self, key: &str) -> Option<Self>;
}

impl Tree for Value {
    fn child(&self, key: &str) -> Option<&Value> {
        self.field(key)
    }
    fn text(&self) -> Option<&str> {
        self.as_str()
    }
    fn pairs(&self) -> impl Iterator<Item = (&str, &Value)> {
        self.as_object()
            .into_iter()
            .flat_map(|m| m.iter().map(|(k, v)| (k.as_str(), v)))
    }
    fn is_null(&self) -> bool {
        Value::is_null(self)
    }
    fn is_map(&self) -> bool {
        self.is_object()
    }
    fn is_seq(&self) -> bool {
        self.is_array()
    }
    fn string(text: &str) -> Value {
        Value::String(text.to_string())
    }
    fn scalar(v: Value) -> Value {
        v
    }
    fn seq(mut items: Vec<Value>) -> Value {
        items.shrink_to_fit();
        Value::Array(items)
    }
    fn map(entries: Vec<(String, Value)>) -> Value {
        let mut map = Map::with_capacity(entries.len());
        map.extend(entries);
        Value::Object(map)
    }
    fn into_entries(self) -> Result<Vec<(String, Value)>, Value> {
        match self {
            Value::Object(m) => Ok(m.into_iter().collect()),
            v => Err(v),
        }
    }
    fn into_items(self) -> Result<Vec<Value>, Value> {
        match self {
            Value::Array(a) => Ok(a),
            v => Err(v),
        }
    }
    fn take_child(&mut self, key: &str) -> Option<Value> {
        self.get_mut(key).map(Value::take)
    }
}

impl Tree for Node {
    fn child(&self, key: &str) -> Option<&Node> {
        self.field(key)
    }
    fn text(&self) -> Option<&str> {
        self.as_str()
    }
    fn pairs(&self) -> impl Iterator<Item = (&str, &Node)> {
        self.as_object()
            .into_iter()
            .flat_map(|m| m.iter().map(|(k, v)| (k.as_str(), v)))
    }
    fn is_null(&self) -> bool {
        Node::is_null(self)
    }
    fn is_map(&self) -> bool {
        self.is_object()
    }
    fn is_seq(&self) -> bool {
        self.is_array()
    }
    fn string(text: &str) -> Node {
        Node::string(text)
    }
    fn scalar(v: Value) -> Node {
        Node::from(v)
    }
    fn seq(items: Vec<Node>) -> Node {
        Node::Array(node::exact(items))
    }
    fn map(entries: Vec<(String, Node)>) -> Node {
        Node::Object(node::Obj::from_entries(
            entries
                .into_iter()
                .map(|(k, v)| (node::Key::from(k), v))
                .collect(),
        ))
    }
    fn into_entries(self) -> Result<Vec<(String, Node)>, Node> {
        match self {
            Node::Object(m) => Ok(m
                .into_entries()
                .into_iter()
                .map(|(k, v)| (String::from(k), v))
                .collect()),
            Node::Shared(a) => std::sync::Arc::unwrap_or_clone(a).into_entries(),
            n => Err(n),
        }
    }
    fn into_items(self) -> Result<Vec<Node>, Node> {
        match self {
            Node::Array(a) => Ok(a.into_vec()),
            Node::Shared(a) => std::sync::Arc::unwrap_or_clone(a).into_items(),
            n => Err(n),
        }
    }
    fn take_child(&mut self, key: &str) -> Option<Node> {
        self.as_object_mut()?.get_mut(key).map(std::mem::take)
    }
}

/// The text of one input file (or stdin), kept so diagnostics can point into it.
#[derive(Debug)]
pub struct SourceFile {
    /// The path as the user gave it (or found it under a directory); `-` for stdin.
    pub name: String,
    /// The text, kept plain or compressed ([`SourceFile::pack`]).
    text: packed::Text,
    pub chunks: Vec<Chunk>,
    /// The position trees of each chunk's documents, built the first time a diagnostic needs a
    /// position in that chunk and then kept: locating a field never parses the text again.
    positions: Vec<OnceLock<Vec<PosNode>>>,
}

impl SourceFile {
    pub fn new(name: String, text: String, chunks: Vec<Chunk>) -> SourceFile {
        let positions = chunks.iter().map(|_| OnceLock::new()).collect();
        SourceFile {
            name,
            text: packed::Text::new(text),
            chunks,
            positions,
        }
    }

    /// The position tree of document `index` of chunk `chunk`.
    pub fn position_tree(&self, chunk: usize, index: usize) -> Option<&PosNode> {
        let c = self.chunks.get(chunk)?;
        let trees = self.positions.get(chunk)?.get_or_init(|| {
            self.text
                .with(|text| {
                    let body = text.get(c.range.clone()).unwrap_or_default();
                    yaml::position_trees(body, &c.pads, c.first_line - 1)
                })
                .unwrap_or_default()
        });
        trees.get(index)
    }

    /// Keep the text compressed from now on (see [`packed`]): for readers that keep the file
    /// long and seldom ask for positions, as `analyze` does.
    pub fn pack(&self) {
        self.text.pack();
    }

    /// The name to print: `<stdin>` for `-`.
    pub fn display_name(&self) -> &str {
        if self.name == "-" {
            "<stdin>"
        } else {
            &self.name
        }
    }
}

/// Where a resource came from in a file.
#[derive(Debug, Clone)]
pub struct Origin {
    pub file: Arc<SourceFile>,
    pub chunk: usize,
    pub index_in_chunk: usize,
    /// 1-based line of the document's root node.
    pub doc_line: usize,
    /// For items of a `kind: List`, the path of the item inside the document (`items[3]`).
    pub item_path: FieldPath,
}

/// A file position (1-based line and column).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Location {
    pub file: String,
    pub line: usize,
    pub column: usize,
}

impl Origin {
    /// The position of a field of this resource; the nearest existing ancestor if the field
    /// is absent (for example a missing required field).
    pub fn locate(&self, path: &FieldPath) -> Location {
        let (line, column) = match self.file.position_tree(self.chunk, self.index_in_chunk) {
            Some(tree) => {
                let (p, _) = tree.locate_in(&self.item_path.0, &path.0);
                (p.line, p.col)
            }
            None => (self.doc_line, 1),
        };
        Location {
            file: self.file.display_name().to_string(),
            line,
            column,
        }
    }

    /// The position of the resource itself (its document, or its item of a List).
    pub fn location(&self) -> Location {
        if self.item_path.is_empty() {
            Location {
                file: self.file.display_name().to_string(),
                line: self.doc_line,
                column: 1,
            }
        } else {
            self.locate(&FieldPath::root())
        }
    }
}

/// One Kubernetes object (an Istio resource or any other kind), its object held as a
/// `serde_json::Value` or, in the analysis store, as a compact [`Node`] ([`Stored`]).
#[derive(Debug, Clone)]
pub struct Resource<V = Value> {
    pub api_version: node::Str,
    pub kind: node::Str,
    pub name: node::Str,
    /// `metadata.namespace` as written (None when absent or empty).
    pub namespace: Option<node::Str>,
    /// The whole object, as parsed.
    pub value: V,
    /// The file and line it came from; None for objects read from a cluster or made up.
    pub origin: Option<Origin>,
}

/// A resource as the analysis keeps it.
pub type Stored = Resource<Node>;

impl Resource {
    /// The same resource with its object as a compact [`Node`] (the object is consumed).
    pub fn into_stored(self) -> Stored {
        Resource {
            api_version: self.api_version,
            kind: self.kind,
            name: self.name,
            namespace: self.namespace,
            value: Node::from(self.value),
            origin: self.origin,
        }
    }
}

impl Stored {
    /// The same resource with its object as a `serde_json::Value` (for code that checks or
    /// prints a whole object).
    pub fn to_plain(&self) -> Resource {
        Resource {
            api_version: self.api_version.clone(),
            kind: self.kind.clone(),
            name: self.name.clone(),
            namespace: self.namespace.clone(),
            value: self.value.to_value(),
            origin: self.origin.clone(),
        }
    }
}

impl<V: Tree> Resource<V> {
    /// Build a resource from a parsed object; None unless it has string `apiVersion` and `kind`.
    pub fn from_value(value: V, origin: Option<Origin>) -> Option<Resource<V>> {
        let api_version = Str::new(value.child("apiVersion")?.text()?);
        let kind = Str::new(value.child("kind")?.text()?);
        let meta = value.child("metadata");
        let name = meta
            .and_then(|m| m.child("name"))
            .and_then(V::text)
            .map(Str::new)
            .unwrap_or_default();
        let namespace = meta
            .and_then(|m| m.child("namespace"))
            .and_then(V::text)
            .filter(|s| !s.is_empty())
            .map(Str::new);
        Some(Resource {
            api_version,
            kind,
            name,
            namespace,
            value,
            origin,
        })
    }

    /// The API group (`networking.istio.io`; empty for the core group).
    pub fn group(&self) -> &str {
        match self.api_version.rsplit_once('/') {
            Some((g, _)) => g,
            None => "",
        }
    }

    /// The API version without the group (`v1beta1`).
    pub fn version(&self) -> &str {
        match self.api_version.rsplit_once('/') {
            Some((_, v)) => v,
            None => &self.api_version,
        }
    }

    pub fn metadata(&self) -> Option<&V> {
        self.value.child("metadata")
    }

    pub fn spec(&self) -> Option<&V> {
        self.value.child("spec")
    }

    /// A label's value.
    pub fn label(&self, key: &str) -> Option<&str> {
        self.metadata()?.child("labels")?.child(key)?.text()
    }

    /// An annotation's value.
    pub fn annotation(&self, key: &str) -> Option<&str> {
        self.metadata()?.child("annotations")?.child(key)?.text()
    }

    /// All labels as (key, value) pairs; non-string values are skipped.
    pub fn labels(&self) -> impl Iterator<Item = (&str, &str)> {
        self.metadata()
            .and_then(|m| m.child("labels"))
            .into_iter()
            .flat_map(|m| m.pairs().filter_map(|(k, v)| Some((k, v.text()?))))
    }

    /// `Kind namespace/name`, or `Kind name` without a namespace: istioctl's origin format.
    pub fn friendly_name(&self) -> String {
        match &self.namespace {
            Some(ns) => format!("{} {}/{}", self.kind, ns, self.name),
            None => format!("{} {}", self.kind, self.name),
        }
    }

    /// Location of a field, when the resource came from a file.
    pub fn locate(&self, path: &FieldPath) -> Option<Location> {
        self.origin.as_ref().map(|o| o.locate(path))
    }

    /// Location of the resource itself, when it came from a file.
    pub fn location(&self) -> Option<Location> {
        self.origin.as_ref().map(Origin::location)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chunks_positions_are_built_once() {
        let fl = loader::load_bytes(
            "l.yaml",
            b"apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Service\n  metadata: {name: a}\n- apiVersion: v1\n  kind: Service\n  metadata: {name: b}\n".to_vec(),
        );
        let file = fl.file.expect("a file");
        let first = file.position_tree(0, 0).expect("a tree") as *const PosNode;
        let again = file.position_tree(0, 0).expect("a tree") as *const PosNode;
        assert!(std::ptr::eq(first, again), "the tree is kept, not rebuilt");
        let lines: Vec<_> = fl
            .resources
            .iter()
            .map(|r| r.locate(&FieldPath::parse("metadata.name")).map(|l| l.line))
            .collect();
        assert_eq!(lines, [Some(6), Some(9)]);
    }
}
