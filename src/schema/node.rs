//! A structural schema compiled once: typed keywords, precompiled regexes and CEL programs.

use regex::Regex;
use serde_json::{Map, Value};

use super::SchemaError;
use super::cel::Rule;

/// The `type` of a schema node.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ty {
    /// No `type` (int-or-string, preserve-unknown-fields, or a value-validation branch).
    Any,
    Object,
    Array,
    String,
    Integer,
    Number,
    Boolean,
}

impl Ty {
    pub fn name(self) -> &'static str {
        match self {
            Ty::Any => "any",
            Ty::Object => "object",
            Ty::Array => "array",
            Ty::String => "string",
            Ty::Integer => "integer",
            Ty::Number => "number",
            Ty::Boolean => "boolean",
        }
    }
}

/// The `format` of a schema node, where sailctl checks it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    None,
    Int32,
    Int64,
    Uint32,
    Float,
    Double,
    Byte,
    DateTime,
    Date,
    Uuid,
    Ipv4,
    Ipv6,
    Cidr,
    Hostname,
    /// A format sailctl does not check (as Kubernetes ignores unknown formats).
    Other,
}

/// `additionalProperties`.
#[derive(Debug)]
pub enum Additional {
    /// Not written: unknown fields are errors (unless preserve-unknown-fields).
    Absent,
    /// `true`: anything goes; `false`: nothing beyond `properties`.
    Allow(bool),
    /// Every other key's value must match this schema.
    Schema(Box<Node>),
}

/// `x-kubernetes-list-type`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ListType {
    Atomic,
    Set,
    /// A list of objects keyed by these fields.
    Map(Vec<String>),
}

/// One compiled schema node.
#[derive(Debug)]
pub struct Node {
    pub ty: Ty,
    pub nullable: bool,
    pub format: Format,
    /// Sorted by name, for binary search.
    pub properties: Vec<(String, Node)>,
    pub additional: Additional,
    pub items: Option<Box<Node>>,
    pub required: Vec<String>,
    pub enumeration: Vec<Value>,
    pub pattern: Option<Regex>,
    pub min_length: Option<u64>,
    pub max_length: Option<u64>,
    pub minimum: Option<f64>,
    pub exclusive_minimum: bool,
    pub maximum: Option<f64>,
    pub exclusive_maximum: bool,
    pub min_items: Option<u64>,
    pub max_items: Option<u64>,
    pub min_properties: Option<u64>,
    pub max_properties: Option<u64>,
    pub int_or_string: bool,
    pub preserve_unknown: bool,
    /// `x-kubernetes-embedded-resource`: apiVersion, kind and metadata are allowed.
    pub embedded_resource: bool,
    pub list_type: ListType,
    pub one_of: Vec<Node>,
    pub any_of: Vec<Node>,
    pub all_of: Vec<Node>,
    pub not: Option<Box<Node>>,
    pub rules: Vec<Rule>,
}

impl Node {
    /// The schema of property `name`.
    pub fn property(&self, name: &str) -> Option<&Node> {
        self.properties
            .binary_search_by(|(k, _)| k.as_str().cmp(name))
            .ok()
            .map(|i| &self.properties[i].1)
    }

    /// Compile a schema node from its JSON form. `at` names the node in errors.
    pub fn compile(v: &Value, at: &str) -> Result<Node, SchemaError> {
        let Some(m) = v.as_object() else {
            return Err(SchemaError::new(at, "a schema must be an object"));
        };
        let ty = match m.get("type").and_then(Value::as_str) {
            None => Ty::Any,
            Some("object") => Ty::Object,
            Some("array") => Ty::Array,
            Some("string") => Ty::String,
            Some("integer") => Ty::Integer,
            Some("number") => Ty::Number,
            Some("boolean") => Ty::Boolean,
            Some(other) => return Err(SchemaError::new(at, format!("unknown type {other:?}"))),
        };
        let format = match m.get("format").and_then(Value::as_str) {
            None => Format::None,
            Some("int32") => Format::Int32,
            Some("int64") => Format::Int64,
            Some("uint32") => Format::Uint32,
            Some("float") => Format::Float,
            Some("double") => Format::Double,
            Some("byte") => Format::Byte,
            Some("date-time") => Format::DateTime,
            Some("date") => Format::Date,
            Some("uuid") => Format::Uuid,
            Some("ipv4") => Format::Ipv4,
            Some("ipv6") => Format::Ipv6,
            Some("cidr") => Format::Cidr,
            Some("hostname") => Format::Hostname,
            Some(_) => Format::Other,
        };
        let mut properties = Vec::new();
        if let Some(props) = m.get("properties").and_then(Value::as_object) {
            for (k, sub) in props {
                properties.push((k.clone(), Node::compile(sub, &format!("{at}.{k}"))?));
            }
            properties.sort_by(|a, b| a.0.cmp(&b.0));
        }
        let additional = match m.get("additionalProperties") {
            None => Additional::Absent,
            Some(Value::Bool(b)) => Additional::Allow(*b),
            Some(sub) => Additional::Schema(Box::new(Node::compile(sub, &format!("{at}.*"))?)),
        };
        let items = match m.get("items") {
            None => None,
            Some(sub) => Some(Box::new(Node::compile(sub, &format!("{at}[]"))?)),
        };
        let pattern = match m.get("pattern").and_then(Value::as_str) {
            None => None,
            Some(p) => Some(
                Regex::new(p)
                    .map_err(|e| SchemaError::new(at, format!("bad pattern {p:?}: {e}")))?,
            ),
        };
        let list_type = match m.get("x-kubernetes-list-type").and_then(Value::as_str) {
            Some("set") => ListType::Set,
            Some("map") => ListType::Map(strings(m, "x-kubernetes-list-map-keys")),
            _ => ListType::Atomic,
        };
        let mut rules = Vec::new();
        if let Some(list) = m.get("x-kubernetes-validations").and_then(Value::as_array) {
            for r in list {
                rules.push(Rule::compile(r, at)?);
            }
        }
        Ok(Node {
            ty,
            nullable: flag(m, "nullable"),
            format,
            properties,
            additional,
            items,
            required: strings(m, "required"),
            enumeration: m
                .get("enum")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default(),
            pattern,
            min_length: m.get("minLength").and_then(Value::as_u64),
            max_length: m.get("maxLength").and_then(Value::as_u64),
            minimum: m.get("minimum").and_then(Value::as_f64),
            exclusive_minimum: flag(m, "exclusiveMinimum"),
            maximum: m.get("maximum").and_then(Value::as_f64),
            exclusive_maximum: flag(m, "exclusiveMaximum"),
            min_items: m.get("minItems").and_then(Value::as_u64),
            max_items: m.get("maxItems").and_then(Value::as_u64),
            min_properties: m.get("minProperties").and_then(Value::as_u64),
            max_properties: m.get("maxProperties").and_then(Value::as_u64),
            int_or_string: flag(m, "x-kubernetes-int-or-string"),
            preserve_unknown: flag(m, "x-kubernetes-preserve-unknown-fields"),
            embedded_resource: flag(m, "x-kubernetes-embedded-resource"),
            list_type,
            one_of: branches(m, "oneOf", at)?,
            any_of: branches(m, "anyOf", at)?,
            all_of: branches(m, "allOf", at)?,
            not: match m.get("not") {
                None => None,
                Some(sub) => Some(Box::new(Node::compile(sub, &format!("{at}(not)"))?)),
            },
            rules,
        })
    }

    /// Compile every CEL rule of this node and below now (rules otherwise compile on first use).
    pub fn check_rules_compile(&self) -> Result<(), String> {
        for r in &self.rules {
            r.check_compiles()?;
        }
        let children = self
            .properties
            .iter()
            .map(|(_, n)| n)
            .chain(self.items.as_deref())
            .chain(match &self.additional {
                Additional::Schema(n) => Some(n.as_ref()),
                _ => None,
            })
            .chain(&self.one_of)
            .chain(&self.any_of)
            .chain(&self.all_of)
            .chain(self.not.as_deref());
        for c in children {
            c.check_rules_compile()?;
        }
        Ok(())
    }

    /// Field names this node (and its logical branches) require: used to phrase oneOf errors.
    pub fn mentioned_required(&self, out: &mut Vec<String>) {
        for r in &self.required {
            if !out.contains(r) {
                out.push(r.clone());
            }
        }
        for b in self.one_of.iter().chain(&self.any_of).chain(&self.all_of) {
            b.mentioned_required(out);
        }
        if let Some(n) = &self.not {
            n.mentioned_required(out);
        }
    }
}

fn flag(m: &Map<String, Value>, key: &str) -> bool {
    m.get(key).and_then(Value::as_bool).unwrap_or(false)
}

fn strings(m: &Map<String, Value>, key: &str) -> Vec<String> {
    m.get(key)
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

fn branches(m: &Map<String, Value>, key: &str, at: &str) -> Result<Vec<Node>, SchemaError> {
    match m.get(key).and_then(Value::as_array) {
        None => Ok(Vec::new()),
        Some(list) => list
            .iter()
            .enumerate()
            .map(|(i, sub)| Node::compile(sub, &format!("{at}({key}[{i}])")))
            .collect(),
    }
}
