//! The structural-schema walk: Kubernetes' OpenAPI validation semantics for CRDs, with messages
//! in Kubernetes' words, plus the CEL rules of every node.

use serde_json::Value;

use super::cel::Outcome;
use super::finding::{Finding, FindingKind};
use super::node::{Additional, Format, ListType, Node, Ty};
use crate::resource::{FieldPath, Seg};

/// Finding codes.
pub const CODE_SCHEMA: &str = "schema";
pub const CODE_CEL: &str = "cel";

#[derive(Clone, Copy)]
enum PSeg<'v> {
    Key(&'v str),
    Index(usize),
}

/// Validate a whole object against its kind's root schema. The top level's apiVersion, kind and
/// metadata are Kubernetes' business (and unknown top-level fields are reported by the rules).
pub fn check_object(root: &Node, value: &Value) -> Vec<Finding> {
    let mut w = Walker::new(false);
    w.check(root, value, true);
    w.findings
}

/// Validate a value against a schema node (for tests and for embedding callers).
pub fn check_value(node: &Node, value: &Value) -> Vec<Finding> {
    let mut w = Walker::new(false);
    w.check(node, value, false);
    w.findings
}

struct Walker<'v> {
    path: Vec<PSeg<'v>>,
    findings: Vec<Finding>,
    /// Only count errors (for oneOf/anyOf/not branches): no messages are built.
    probe: bool,
    errors: usize,
}

/// The JSON type name Kubernetes uses in messages.
fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

fn is_integer(v: &Value) -> bool {
    match v {
        Value::Number(n) => {
            n.is_i64()
                || n.is_u64()
                || n.as_f64()
                    .is_some_and(|f| f.fract() == 0.0 && f.is_finite())
        }
        _ => false,
    }
}

fn fmt_num(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 1e18 {
        format!("{}", f as i64)
    } else {
        f.to_string()
    }
}

impl<'v> Walker<'v> {
    fn new(probe: bool) -> Self {
        Walker {
            path: Vec::new(),
            findings: Vec::new(),
            probe,
            errors: 0,
        }
    }

    fn field_path(&self, extra: Option<PSeg<'_>>) -> FieldPath {
        let mut fp = FieldPath(Vec::with_capacity(self.path.len() + 1));
        for s in self.path.iter().copied().chain(extra) {
            fp.0.push(match s {
                PSeg::Key(k) => Seg::Key(k.to_string()),
                PSeg::Index(i) => Seg::Index(i),
            });
        }
        fp
    }

    fn report(
        &mut self,
        code: &'static str,
        extra: Option<PSeg<'_>>,
        msg: impl FnOnce() -> String,
    ) {
        self.report_kind(code, FindingKind::Plain, extra, msg);
    }

    fn report_kind(
        &mut self,
        code: &'static str,
        kind: FindingKind,
        extra: Option<PSeg<'_>>,
        msg: impl FnOnce() -> String,
    ) {
        self.errors += 1;
        if self.probe {
            return;
        }
        let fp = self.field_path(extra);
        self.findings
            .push(Finding::error(code, fp, msg()).with_kind(kind));
    }

    /// Does `v` satisfy `n`? (No messages.)
    fn passes(n: &Node, v: &Value) -> bool {
        let mut w = Walker::new(true);
        w.check(n, v, false);
        w.errors == 0
    }

    fn check(&mut self, n: &Node, v: &'v Value, root: bool) {
        let before = self.errors;
        let first = self.findings.len();
        if v.is_null() {
            if n.nullable {
                return;
            }
            if n.ty != Ty::Any || n.int_or_string {
                let ty = if n.int_or_string {
                    "integer or string"
                } else {
                    n.ty.name()
                };
                self.report(CODE_SCHEMA, None, || {
                    format!("Invalid value: \"null\": must be of type {ty}")
                });
                return;
            }
        }
        let type_ok = if n.int_or_string {
            is_integer(v) || v.is_string()
        } else {
            match n.ty {
                Ty::Any => true,
                Ty::Object => v.is_object(),
                Ty::Array => v.is_array(),
                Ty::String => v.is_string(),
                Ty::Integer => is_integer(v),
                Ty::Number => v.is_number(),
                Ty::Boolean => v.is_boolean(),
            }
        };
        if !type_ok {
            let ty = if n.int_or_string {
                "integer or string"
            } else {
                n.ty.name()
            };
            self.report(CODE_SCHEMA, None, || {
                format!("Invalid value: {}: must be of type {ty}", shown_value(v))
            });
            return;
        }
        match v {
            Value::String(s) => self.check_string(n, s),
            Value::Number(_) => self.check_number(n, v),
            Value::Object(m) => self.check_map(n, m, root),
            Value::Array(a) => self.check_array(n, a),
            _ => {}
        }
        if !n.enumeration.is_empty() && !n.enumeration.contains(v) {
            self.report(CODE_SCHEMA, None, || {
                let supported: Vec<String> = n.enumeration.iter().map(|e| e.to_string()).collect();
                format!(
                    "Unsupported value: {}: supported values: {}",
                    v,
                    supported.join(", ")
                )
            });
        }
        self.check_logic(n, v);
        // Rules run whenever the node itself has the right type; an evaluation error is only
        // reported when nothing below was wrong (it is then not just a consequence).
        let clean = self.errors == before;
        let below = self.findings.len();
        self.check_rules(n, v, clean);
        // A node's rule findings read best before those of its fields (document order).
        let added = self.findings.len() - below;
        if added > 0 && below > first {
            self.findings[first..].rotate_right(added);
        }
    }

    fn check_string(&mut self, n: &Node, s: &str) {
        if n.min_length.is_some() || n.max_length.is_some() {
            let len = s.chars().count() as u64;
            if let Some(min) = n.min_length
                && len < min
            {
                self.report(CODE_SCHEMA, None, || {
                    format!("Invalid value: {s:?}: should be at least {min} chars long")
                });
            }
            if let Some(max) = n.max_length
                && len > max
            {
                self.report(CODE_SCHEMA, None, || {
                    format!("Too long: should be at most {max} chars long")
                });
            }
        }
        if let Some(re) = &n.pattern
            && !re.is_match(s)
        {
            self.report(CODE_SCHEMA, None, || {
                format!("Invalid value: {s:?}: should match '{}'", re.as_str())
            });
        }
        if let Some(what) = super::format::check_string(n.format, s) {
            self.report(CODE_SCHEMA, None, || {
                format!("Invalid value: {s:?}: must be of format {what}")
            });
        }
    }

    fn check_number(&mut self, n: &Node, v: &Value) {
        let Some(f) = v.as_f64() else { return };
        if let Some(min) = n.minimum {
            let bad = if n.exclusive_minimum {
                f <= min
            } else {
                f < min
            };
            if bad {
                let rel = if n.exclusive_minimum {
                    "greater than"
                } else {
                    "greater than or equal to"
                };
                self.report(CODE_SCHEMA, None, || {
                    format!("Invalid value: {v}: should be {rel} {}", fmt_num(min))
                });
            }
        }
        if let Some(max) = n.maximum {
            let bad = if n.exclusive_maximum {
                f >= max
            } else {
                f > max
            };
            if bad {
                let rel = if n.exclusive_maximum {
                    "less than"
                } else {
                    "less than or equal to"
                };
                self.report(CODE_SCHEMA, None, || {
                    format!("Invalid value: {v}: should be {rel} {}", fmt_num(max))
                });
            }
        }
        let range = match n.format {
            Format::Int32 => Some((i32::MIN as f64, i32::MAX as f64, "int32")),
            Format::Uint32 => Some((0.0, u32::MAX as f64, "uint32")),
            _ => None,
        };
        if let Some((lo, hi, name)) = range
            && (f < lo || f > hi)
        {
            self.report(CODE_SCHEMA, None, || {
                format!("Invalid value: {v}: must be of format {name}")
            });
        }
    }

    fn check_map(&mut self, n: &Node, m: &'v serde_json::Map<String, Value>, root: bool) {
        for (k, sub) in m {
            if (root || n.embedded_resource)
                && matches!(k.as_str(), "apiVersion" | "kind" | "metadata")
            {
                continue;
            }
            self.path.push(PSeg::Key(k));
            if let Some(p) = n.property(k) {
                // the API server prunes a null field that is not nullable before it validates
                // (and then a required one is missing)
                if !sub.is_null() || p.nullable {
                    self.check(p, sub, false);
                }
            } else {
                match &n.additional {
                    Additional::Schema(s) if !sub.is_null() || s.nullable => {
                        self.check(s, sub, false)
                    }
                    Additional::Schema(_) | Additional::Allow(true) => {}
                    Additional::Absent | Additional::Allow(false) => {
                        if n.ty == Ty::Object && !n.preserve_unknown && !root {
                            self.report(CODE_SCHEMA, None, || format!("unknown field {k:?}"));
                        }
                    }
                }
            }
            self.path.pop();
        }
        for r in &n.required {
            let pruned = |v: &Value| v.is_null() && !n.property(r).is_some_and(|p| p.nullable);
            if m.get(r).is_none_or(pruned) {
                self.report(CODE_SCHEMA, Some(PSeg::Key(r)), || {
                    "Required value".to_string()
                });
            }
        }
        let len = m.len() as u64;
        if let Some(min) = n.min_properties
            && len < min
        {
            self.report(CODE_SCHEMA, None, || {
                format!("Invalid value: {len}: should have at least {min} properties")
            });
        }
        if let Some(max) = n.max_properties
            && len > max
        {
            self.report(CODE_SCHEMA, None, || {
                format!("Too many: {len}: must have at most {max} properties")
            });
        }
    }

    fn check_array(&mut self, n: &Node, a: &'v [Value]) {
        if let Some(items) = &n.items {
            for (i, item) in a.iter().enumerate() {
                self.path.push(PSeg::Index(i));
                self.check(items, item, false);
                self.path.pop();
            }
        }
        let len = a.len() as u64;
        if let Some(min) = n.min_items
            && len < min
        {
            self.report(CODE_SCHEMA, None, || {
                format!("Invalid value: {len}: should have at least {min} items")
            });
        }
        if let Some(max) = n.max_items
            && len > max
        {
            self.report(CODE_SCHEMA, None, || {
                format!("Too many: {len}: must have at most {max} items")
            });
        }
        match &n.list_type {
            ListType::Atomic => {}
            ListType::Set => {
                for (i, item) in a.iter().enumerate() {
                    if a[..i].contains(item) {
                        let dup = FindingKind::Duplicate;
                        self.report_kind(CODE_SCHEMA, dup, Some(PSeg::Index(i)), || {
                            format!("Duplicate value: {item}")
                        });
                    }
                }
            }
            ListType::Map(keys) => {
                let key_of = |item: &'v Value| -> Vec<Option<&'v Value>> {
                    keys.iter().map(|k| item.get(k)).collect()
                };
                for (i, item) in a.iter().enumerate() {
                    let key = key_of(item);
                    if a[..i].iter().any(|prev| key_of(prev) == key) {
                        let dup = FindingKind::Duplicate;
                        self.report_kind(CODE_SCHEMA, dup, Some(PSeg::Index(i)), || {
                            let shown: Vec<String> = keys
                                .iter()
                                .zip(&key)
                                .map(|(k, v)| {
                                    format!(
                                        "{k:?}:{}",
                                        v.map_or("null".to_string(), Value::to_string)
                                    )
                                })
                                .collect();
                            format!("Duplicate value: {{{}}}", shown.join(","))
                        });
                    }
                }
            }
        }
    }

    fn check_logic(&mut self, n: &Node, v: &'v Value) {
        for b in &n.all_of {
            self.check(b, v, false);
        }
        if !n.any_of.is_empty() && !n.any_of.iter().any(|b| Self::passes(b, v)) {
            self.report(CODE_SCHEMA, None, || {
                format!(
                    "Invalid value: {}: must validate at least one schema (anyOf){}",
                    shown_type(v),
                    fields_hint(&n.any_of)
                )
            });
        }
        if !n.one_of.is_empty() {
            let passing = n.one_of.iter().filter(|b| Self::passes(b, v)).count();
            if passing != 1 {
                self.report(CODE_SCHEMA, None, || one_of_message(n, v, passing));
            }
        }
        if let Some(not) = &n.not
            && Self::passes(not, v)
        {
            self.report(CODE_SCHEMA, None, || {
                format!(
                    "Invalid value: {}: must not validate the schema (not)",
                    shown_type(v)
                )
            });
        }
    }

    fn check_rules(&mut self, n: &Node, v: &'v Value, clean: bool) {
        for rule in &n.rules {
            match rule.eval(v) {
                Outcome::Pass => {}
                Outcome::Fail(msg) => {
                    self.errors += 1;
                    if self.probe {
                        continue;
                    }
                    let mut fp = self.field_path(None);
                    if let Some(rel) = &rule.field_path {
                        fp.0.extend(FieldPath::parse(rel.trim_start_matches('.')).0);
                    }
                    let (text, kind) = match rule.reason.as_deref() {
                        Some("FieldValueForbidden") => {
                            (format!("Forbidden: {msg}"), FindingKind::Plain)
                        }
                        Some("FieldValueRequired") => {
                            (format!("Required value: {msg}"), FindingKind::Plain)
                        }
                        Some("FieldValueDuplicate") => {
                            (format!("Duplicate value: {msg}"), FindingKind::Duplicate)
                        }
                        _ => (
                            format!("Invalid value: {}: {msg}", shown_type(v)),
                            FindingKind::Plain,
                        ),
                    };
                    self.findings
                        .push(Finding::error(CODE_CEL, fp, text).with_kind(kind));
                }
                Outcome::Error(_) if !clean => {}
                Outcome::Error(err) => {
                    self.report(CODE_CEL, None, || {
                        format!("Invalid value: {}: {err}", shown_type(v))
                    });
                }
            }
        }
    }
}

/// A scalar as written (strings quoted), anything else by its type in quotes.
fn shown_value(v: &Value) -> String {
    match v {
        Value::String(_) | Value::Number(_) | Value::Bool(_) => v.to_string(),
        other => shown_type(other),
    }
}

/// `"object"`, `"string"`, ...: the type in quotes, as Kubernetes prints a value it does not show.
fn shown_type(v: &Value) -> String {
    format!("\"{}\"", type_name(v))
}

/// `; expected one of a, b` when the branches name fields.
fn fields_hint(branches: &[Node]) -> String {
    let mut fields = Vec::new();
    for b in branches {
        b.mentioned_required(&mut fields);
    }
    if fields.is_empty() {
        String::new()
    } else {
        format!("; expected one of {}", fields.join(", "))
    }
}

/// Istio writes mutually exclusive fields as `oneOf: [{not: {anyOf: [{required: [a]}, ...]}},
/// {required: [a]}, ...]`: say which fields clash rather than quoting the schema.
fn one_of_message(n: &Node, v: &Value, passing: usize) -> String {
    let mut fields = Vec::new();
    for b in &n.one_of {
        b.mentioned_required(&mut fields);
    }
    let present: Vec<&str> = fields
        .iter()
        .filter(|f| v.get(f.as_str()).is_some())
        .map(String::as_str)
        .collect();
    let optional = n.one_of.iter().any(|b| b.not.is_some());
    if !fields.is_empty() && (present.len() > 1 || (present.is_empty() && !optional)) {
        let which = if optional {
            "at most one of"
        } else {
            "exactly one of"
        };
        let found = if present.is_empty() {
            "none is set".to_string()
        } else {
            format!("found {}", present.join(", "))
        };
        return format!(
            "Invalid value: {}: {which} {} may be set ({found})",
            shown_type(v),
            fields.join(", ")
        );
    }
    format!(
        "Invalid value: {}: must validate one and only one schema (oneOf); found {passing} valid alternatives",
        shown_type(v)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn node(schema: Value) -> Node {
        Node::compile(&schema, "test").expect("compiles")
    }

    /// `path: message` for every finding.
    fn run(schema: Value, value: Value) -> Vec<String> {
        check_value(&node(schema), &value)
            .into_iter()
            .map(|f| format!("{}: {}", f.path, f.message))
            .collect()
    }

    #[test]
    fn int_or_string_takes_integers_and_strings_only() {
        let s =
            json!({"type": "object", "properties": {"port": {"x-kubernetes-int-or-string": true}}});
        assert!(run(s.clone(), json!({"port": 80})).is_empty());
        assert!(run(s.clone(), json!({"port": "http"})).is_empty());
        assert_eq!(
            run(s.clone(), json!({"port": true})),
            ["port: Invalid value: true: must be of type integer or string"]
        );
        assert_eq!(
            run(s, json!({"port": 1.5})),
            ["port: Invalid value: 1.5: must be of type integer or string"]
        );
    }

    #[test]
    fn integers_and_numbers_differ() {
        let s = json!({"type": "object", "properties": {
            "n": {"type": "integer", "format": "int32", "minimum": 1, "maximum": 65535},
            "f": {"type": "number"}}});
        assert!(run(s.clone(), json!({"n": 8080, "f": 8080})).is_empty());
        assert_eq!(
            run(s.clone(), json!({"n": 0.5, "f": 0.5})),
            ["n: Invalid value: 0.5: must be of type integer"]
        );
        assert_eq!(
            run(s.clone(), json!({"n": 70000})),
            ["n: Invalid value: 70000: should be less than or equal to 65535"]
        );
        assert_eq!(
            run(s, json!({"n": 3_000_000_000i64})),
            [
                "n: Invalid value: 3000000000: should be less than or equal to 65535",
                "n: Invalid value: 3000000000: must be of format int32"
            ]
        );
    }

    #[test]
    fn null_fields_are_pruned_null_items_are_errors() {
        // the API server prunes a non-nullable null field (PruneNonNullableNullsWithoutDefaults)
        // and then checks `required`; a null array item stays and fails its type
        let s = json!({"type": "object", "required": ["c"], "properties": {
            "a": {"type": "string"}, "b": {"type": "string", "nullable": true},
            "c": {"type": "string"}, "l": {"type": "array", "items": {"type": "string"}}}});
        assert!(run(s.clone(), json!({"a": null, "b": null, "c": "x"})).is_empty());
        assert_eq!(run(s.clone(), json!({"c": null})), ["c: Required value"]);
        assert_eq!(
            run(s, json!({"c": "x", "l": ["y", null]})),
            ["l[1]: Invalid value: \"null\": must be of type string"]
        );
    }

    #[test]
    fn unknown_fields_required_and_free_form_objects() {
        let s = json!({"type": "object", "required": ["name"], "properties": {
            "name": {"type": "string", "minLength": 1},
            "labels": {"type": "object", "additionalProperties": {"type": "string"}},
            "config": {"type": "object", "x-kubernetes-preserve-unknown-fields": true}}});
        assert!(
            run(
                s.clone(),
                json!({"name": "ü", "labels": {"a": "b"}, "config": {"any": [1]}})
            )
            .is_empty()
        );
        assert_eq!(
            run(s, json!({"labels": {"a": 1}, "nmae": "x"})),
            [
                "labels.a: Invalid value: 1: must be of type string",
                "nmae: unknown field \"nmae\"",
                "name: Required value"
            ]
        );
    }

    #[test]
    fn list_map_and_set_duplicates() {
        let s = json!({"type": "object", "properties": {
            "ports": {"type": "array", "x-kubernetes-list-type": "map",
                      "x-kubernetes-list-map-keys": ["name"],
                      "items": {"type": "object", "properties": {
                          "name": {"type": "string"}, "number": {"type": "integer"}}}},
            "hosts": {"type": "array", "x-kubernetes-list-type": "set",
                      "items": {"type": "string"}}}});
        assert!(
            run(
                s.clone(),
                json!({"ports": [{"name": "a", "number": 1}, {"name": "b", "number": 1}],
                                  "hosts": ["x", "y"]})
            )
            .is_empty()
        );
        let dups = json!({"ports": [{"name": "a"}, {"name": "b"}, {"name": "a"}],
                          "hosts": ["x", "x"]});
        assert_eq!(
            run(s.clone(), dups.clone()),
            [
                "ports[2]: Duplicate value: {\"name\":\"a\"}",
                "hosts[1]: Duplicate value: \"x\""
            ]
        );
        // both are Duplicate findings (merging treats them as object-level); a type error is not
        let kinds: Vec<FindingKind> = check_value(&node(s.clone()), &dups)
            .into_iter()
            .map(|f| f.kind)
            .collect();
        assert_eq!(kinds, [FindingKind::Duplicate, FindingKind::Duplicate]);
        let plain = check_value(&node(s), &json!({"hosts": [1]}));
        assert_eq!(plain.len(), 1);
        assert_eq!(plain[0].kind, FindingKind::Plain);
    }

    #[test]
    fn one_of_with_required_means_mutually_exclusive() {
        let s = json!({"type": "object",
            "properties": {"exact": {"type": "string"}, "prefix": {"type": "string"}},
            "oneOf": [
                {"not": {"anyOf": [{"required": ["exact"]}, {"required": ["prefix"]}]}},
                {"required": ["exact"]},
                {"required": ["prefix"]}]});
        assert!(run(s.clone(), json!({})).is_empty());
        assert!(run(s.clone(), json!({"exact": "a"})).is_empty());
        assert_eq!(
            run(s, json!({"exact": "a", "prefix": "b"})),
            [
                ": Invalid value: \"object\": at most one of exact, prefix may be set (found exact, prefix)"
            ]
        );
        let exactly = json!({"type": "object",
            "properties": {"a": {"type": "string"}, "b": {"type": "string"}},
            "oneOf": [{"required": ["a"]}, {"required": ["b"]}]});
        assert_eq!(
            run(exactly, json!({})),
            [": Invalid value: \"object\": exactly one of a, b may be set (none is set)"]
        );
    }

    #[test]
    fn enum_pattern_and_lengths() {
        let s = json!({"type": "object", "properties": {
            "mode": {"type": "string", "enum": ["STRICT", "PERMISSIVE"]},
            "sha": {"type": "string", "pattern": "^[a-f0-9]{4}$"},
            "name": {"type": "string", "maxLength": 3}}});
        assert_eq!(
            run(s, json!({"mode": "LOOSE", "sha": "zzzz", "name": "éééé"})),
            [
                "mode: Unsupported value: \"LOOSE\": supported values: \"STRICT\", \"PERMISSIVE\"",
                "sha: Invalid value: \"zzzz\": should match '^[a-f0-9]{4}$'",
                "name: Too long: should be at most 3 chars long"
            ]
        );
    }

    #[test]
    fn cel_rules_report_at_their_node_or_field_path() {
        let s = json!({"type": "object", "properties": {
            "port": {"type": "integer", "x-kubernetes-validations": [
                {"rule": "0 < self && self <= 65535", "message": "port must be between 1-65535"}]}},
            "x-kubernetes-validations": [
                {"rule": "has(self.port)", "message": "port is required", "fieldPath": ".port",
                 "reason": "FieldValueRequired"}]});
        assert_eq!(
            run(s.clone(), json!({"port": 0})),
            ["port: Invalid value: \"integer\": port must be between 1-65535"]
        );
        assert_eq!(
            run(s, json!({})),
            ["port: Required value: port is required"]
        );
    }
}
