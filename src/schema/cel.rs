//! CRD validation rules (`x-kubernetes-validations`), evaluated with the `cel` crate.
//!
//! Each rule is compiled once with the schema. Evaluation binds `self` to the value at the rule's
//! schema node. The Kubernetes CEL library functions the `cel` crate lacks are added here
//! (see [`super::cel_lib`]).

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use cel::objects::{Key, Map};
use cel::{Context, Env, Program, Value as CelValue};
use serde_json::Value;

use super::SchemaError;
use super::cel_lib;

/// One `x-kubernetes-validations` entry.
pub struct Rule {
    /// The CEL source, as written in the schema.
    pub source: String,
    /// Compiled on first use: rules on fields an input never has cost nothing.
    program: OnceLock<Result<Program, String>>,
    /// The message to report when the rule is false (Kubernetes' default: `failed rule: RULE`).
    pub message: Option<String>,
    message_expression_source: Option<String>,
    message_expression: OnceLock<Option<Program>>,
    /// Where to report a failure, relative to the node (`.spec.port`, `.ports['http']`).
    pub field_path: Option<String>,
    /// `FieldValueInvalid` (default), `FieldValueForbidden`, `FieldValueRequired`, `FieldValueDuplicate`.
    pub reason: Option<String>,
    /// Which fields of `self` the rule reads, when that is all it does with `self`.
    projection: Projection,
    /// The rule compares with `oldSelf` (an update-only rule).
    transition: bool,
}

/// How much of an object the rule needs bound to `self`.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Projection {
    /// All of it (the rule iterates `self`, calls a method on it, or passes it whole).
    Full,
    /// Only these fields (`self.a`, `has(self.b)`); `true` when only tested with `has()`.
    Fields(Vec<(String, bool)>),
}

/// Does the rule read `oldSelf` (outside string literals)?
fn mentions_old_self(source: &str) -> bool {
    let mut quote: Option<char> = None;
    let mut escaped = false;
    for (i, c) in source.char_indices() {
        match quote {
            Some(q) => {
                if escaped {
                    escaped = false;
                } else if c == '\\' {
                    escaped = true;
                } else if c == q {
                    quote = None;
                }
            }
            None if c == '"' || c == '\'' => quote = Some(c),
            None => {
                let before_ok = source
                    .get(..i)
                    .unwrap_or_default()
                    .chars()
                    .next_back()
                    .is_none_or(|p| !(p.is_alphanumeric() || p == '_' || p == '.'));
                let rest = source.get(i..).unwrap_or_default();
                if before_ok
                    && let Some(after) = rest.strip_prefix("oldSelf")
                    && !after
                        .chars()
                        .next()
                        .is_some_and(|n| n.is_alphanumeric() || n == '_')
                {
                    return true;
                }
            }
        }
    }
    false
}

/// Find what a rule does with `self`, by a scan of its source (string literals skipped).
fn projection_of(source: &str) -> Projection {
    let b = source.as_bytes();
    let ident = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    let mut fields: Vec<(String, bool)> = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'"' || c == b'\'' {
            // skip a string literal
            i += 1;
            while i < b.len() && b[i] != c {
                if b[i] == b'\\' {
                    i += 1;
                }
                i += 1;
            }
            i += 1;
            continue;
        }
        let starts_word = i == 0 || !(ident(b[i - 1]) || b[i - 1] == b'.');
        if starts_word && b[i..].starts_with(b"self") && !b.get(i + 4).is_some_and(|&c| ident(c)) {
            let before = source.get(..i).unwrap_or_default().trim_end();
            let mut j = i + 4;
            if b.get(j) != Some(&b'.') {
                return Projection::Full;
            }
            j += 1;
            let start = j;
            while j < b.len() && ident(b[j]) {
                j += 1;
            }
            let name = source.get(start..j).unwrap_or_default();
            let after = source.get(j..).unwrap_or_default().trim_start();
            if name.is_empty() || after.starts_with('(') {
                return Projection::Full; // a method call on self
            }
            let only_has = before.ends_with("has(") && after.starts_with(')');
            match fields.iter_mut().find(|(f, _)| f == name) {
                Some((_, h)) => *h &= only_has,
                None => fields.push((name.to_string(), only_has)),
            }
            i = j;
            continue;
        }
        i += 1;
    }
    Projection::Fields(fields)
}

impl std::fmt::Debug for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Rule")
            .field("source", &self.source)
            .field("message", &self.message)
            .finish_non_exhaustive()
    }
}

/// What a rule said about a value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Pass,
    /// The rule is false: the message to report.
    Fail(String),
    /// Evaluation failed (a type conversion, a missing field...): the value is invalid.
    Error(String),
}

/// The environment every rule is compiled against: the standard library, the strings extension
/// and the Kubernetes library functions.
fn env() -> &'static Arc<Env> {
    static ENV: OnceLock<Arc<Env>> = OnceLock::new();
    ENV.get_or_init(|| {
        let mut env = Env::stdlib();
        // Registering a stock extension on a fresh stdlib environment cannot conflict.
        let _ = env.add_extension(cel::extensions::strings);
        let _ = env.add_extension(cel::extensions::lists);
        Arc::new(env)
    })
}

thread_local! {
    /// The root context (functions, no variables) for this thread; rules run in child scopes.
    static ROOT: Context<'static, 'static> = {
        let mut ctx = Context::with_env(Arc::clone(env()));
        cel_lib::register(&mut ctx);
        ctx
    };
}

impl Rule {
    /// Compile one `{rule, message, messageExpression, fieldPath, reason}` entry.
    pub fn compile(v: &Value, at: &str) -> Result<Rule, SchemaError> {
        let text = |k: &str| v.get(k).and_then(Value::as_str).map(str::to_string);
        let Some(source) = text("rule") else {
            return Err(SchemaError::new(at, "a validation rule without `rule`"));
        };
        let message_expression_source = text("messageExpression");
        // a message expression may read any field
        let projection = if message_expression_source.is_some() {
            Projection::Full
        } else {
            projection_of(&source)
        };
        let transition = mentions_old_self(&source);
        Ok(Rule {
            source,
            program: OnceLock::new(),
            message: text("message").filter(|m| !m.is_empty()),
            message_expression_source,
            message_expression: OnceLock::new(),
            field_path: text("fieldPath"),
            reason: text("reason"),
            projection,
            transition,
        })
    }

    /// The compiled rule (compiled once, on first use).
    fn program(&self) -> Result<&Program, &str> {
        self.program
            .get_or_init(|| {
                env()
                    .compile(&self.source)
                    .map_err(|e| format!("bad CEL rule {:?}: {e}", self.source))
            })
            .as_ref()
            .map_err(String::as_str)
    }

    /// Compile the rule and its message expression now (tests check every schema this way).
    pub fn check_compiles(&self) -> Result<(), String> {
        self.program().map_err(str::to_string)?;
        if let Some(src) = &self.message_expression_source {
            env()
                .compile(src)
                .map_err(|e| format!("bad CEL messageExpression {src:?}: {e}"))?;
        }
        Ok(())
    }

    /// Evaluate the rule with `self` bound to `value`.
    ///
    /// Transition rules (those reading `oldSelf`) only apply to updates, so a manifest on its
    /// own passes them, as a create does.
    pub fn eval(&self, value: &Value) -> Outcome {
        if self.transition {
            return Outcome::Pass;
        }
        ROOT.with(|root| {
            let mut ctx = root.new_inner_scope();
            let bound = match (&self.projection, value) {
                (Projection::Fields(fields), Value::Object(m)) => {
                    let mut map = HashMap::with_capacity(fields.len());
                    for (name, only_has) in fields {
                        if let Some(v) = m.get(name) {
                            let v = if *only_has { CelValue::Null } else { to_cel(v) };
                            map.insert(Key::String(Arc::new(name.clone())), v);
                        }
                    }
                    CelValue::Map(Map { map: Arc::new(map) })
                }
                _ => to_cel(value),
            };
            ctx.add_variable_from_value("self", bound);
            let program = match self.program() {
                Ok(p) => p,
                Err(e) => return Outcome::Error(format!("sailctl cannot evaluate this rule: {e}")),
            };
            match program.execute(&ctx) {
                Ok(CelValue::Bool(true)) => Outcome::Pass,
                Ok(CelValue::Bool(false)) => Outcome::Fail(self.failure_message(&ctx)),
                Ok(other) => Outcome::Error(format!(
                    "rule {:?} gave {} instead of a bool",
                    self.source,
                    other.type_of()
                )),
                Err(e) => Outcome::Error(match &self.message {
                    Some(m) => format!("{m} (evaluation error: {e})"),
                    None => format!("rule {} could not be evaluated: {e}", self.source),
                }),
            }
        })
    }

    fn failure_message(&self, ctx: &Context) -> String {
        let expr = self.message_expression.get_or_init(|| {
            let src = self.message_expression_source.as_ref()?;
            env().compile(src).ok()
        });
        if let Some(expr) = expr
            && let Ok(CelValue::String(s)) = expr.execute(ctx)
            && !s.trim().is_empty()
        {
            return s.to_string();
        }
        match &self.message {
            Some(m) => m.clone(),
            None => format!("failed rule: {}", self.source),
        }
    }
}

/// A JSON value as a CEL value (integers stay integers; objects become maps with string keys).
pub fn to_cel(v: &Value) -> CelValue {
    match v {
        Value::Null => CelValue::Null,
        Value::Bool(b) => CelValue::Bool(*b),
        Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                CelValue::Int(i)
            } else if let Some(u) = n.as_u64() {
                CelValue::UInt(u)
            } else {
                CelValue::Float(n.as_f64().unwrap_or(f64::NAN))
            }
        }
        Value::String(s) => CelValue::String(Arc::new(s.clone())),
        Value::Array(a) => CelValue::List(Arc::new(a.iter().map(to_cel).collect())),
        Value::Object(m) => {
            let map: HashMap<Key, CelValue> = m
                .iter()
                .map(|(k, v)| (Key::String(Arc::new(k.clone())), to_cel(v)))
                .collect();
            CelValue::Map(Map { map: Arc::new(map) })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn rule(src: &str, msg: &str) -> Rule {
        Rule::compile(&json!({"rule": src, "message": msg}), "test").expect("compiles")
    }

    #[test]
    fn rules_bind_only_the_fields_they_read() {
        assert_eq!(
            projection_of("(has(self.a) ? 1 : 0) + (has(self.b) ? 1 : 0) <= 1"),
            Projection::Fields(vec![("a".into(), true), ("b".into(), true)])
        );
        assert_eq!(
            projection_of("has(self.s) && has(self.s.m) ? self.s.m.size() > 0 : 'self.x' == ''"),
            Projection::Fields(vec![("s".into(), false)])
        );
        for full in [
            "self.all(k, k != '')",
            "self.size() == 0",
            "0 < self",
            "size(self) > 1",
        ] {
            assert_eq!(projection_of(full), Projection::Full, "{full}");
        }
        // a projected rule sees what it needs
        let r = rule(
            "has(self.portLevelMtls) ? (((has(self.selector) && has(self.selector.matchLabels)) ? self.selector.matchLabels : {}).size() > 0) : true",
            "portLevelMtls requires selector",
        );
        assert_eq!(
            r.eval(&json!({"portLevelMtls": {"80": {}}, "selector": {"matchLabels": {"a": "b"}}})),
            Outcome::Pass
        );
        assert_eq!(
            r.eval(&json!({"portLevelMtls": {"80": {}}, "selector": {}})),
            Outcome::Fail("portLevelMtls requires selector".into())
        );
    }

    #[test]
    fn true_false_and_runtime_errors() {
        let r = rule("0 < self && self <= 65535", "port must be between 1-65535");
        assert_eq!(r.eval(&json!(80)), Outcome::Pass);
        assert_eq!(
            r.eval(&json!(70000)),
            Outcome::Fail("port must be between 1-65535".into())
        );
        let keys = rule("self.all(key, 0 < int(key) && int(key) <= 65535)", "port");
        assert_eq!(keys.eval(&json!({"8080": {}})), Outcome::Pass);
        match keys.eval(&json!({"acd": {}})) {
            Outcome::Error(m) => assert!(m.contains("int"), "{m}"),
            other => panic!("expected a runtime error, got {other:?}"),
        }
    }

    #[test]
    fn has_and_maps_and_lists() {
        let r = rule(
            "(has(self.selector) ? 1 : 0) + (has(self.targetRefs) ? 1 : 0) <= 1",
            "only one",
        );
        assert_eq!(r.eval(&json!({"selector": {}})), Outcome::Pass);
        assert_eq!(
            r.eval(&json!({"selector": {}, "targetRefs": []})),
            Outcome::Fail("only one".into())
        );
        let dup = rule(
            "self.all(l1, self.exists_one(l2, l1.number == l2.number))",
            "dup",
        );
        assert_eq!(
            dup.eval(&json!([{"number": 1}, {"number": 2}])),
            Outcome::Pass
        );
        assert_eq!(
            dup.eval(&json!([{"number": 1}, {"number": 1}])),
            Outcome::Fail("dup".into())
        );
    }

    #[test]
    fn durations_and_substrings() {
        let d = rule("duration(self) >= duration('1ms')", "too short");
        assert_eq!(d.eval(&json!("1s")), Outcome::Pass);
        assert_eq!(d.eval(&json!("100us")), Outcome::Fail("too short".into()));
        assert!(matches!(d.eval(&json!("soon")), Outcome::Error(_)));
        let s = rule(
            "self.startsWith(\"unix://\") ? (self.substring(7, 8) == \"/\" || self.substring(7, 8) == \"@\") : true",
            "uds",
        );
        assert_eq!(s.eval(&json!("unix:///sock")), Outcome::Pass);
        assert_eq!(s.eval(&json!("unix://sock")), Outcome::Fail("uds".into()));
    }

    #[test]
    fn transition_rules_pass_on_create() {
        let r = rule("self == oldSelf", "immutable");
        assert_eq!(r.eval(&json!("a")), Outcome::Pass);
        assert!(!mentions_old_self("self == 'oldSelf'"));
        assert!(!mentions_old_self("self.oldSelfish == 1"));
    }

    #[test]
    fn a_rule_that_does_not_compile_is_reported_not_panicked() {
        let r = Rule::compile(&json!({"rule": "self >", "message": "m"}), "t").expect("lazy");
        assert!(r.check_compiles().is_err());
        assert!(matches!(r.eval(&json!(1)), Outcome::Error(_)));
    }

    #[test]
    fn message_expression_and_default_message() {
        let r = Rule::compile(
            &json!({"rule": "self > 1", "messageExpression": "'got ' + string(self)"}),
            "t",
        )
        .expect("compiles");
        assert_eq!(r.eval(&json!(0)), Outcome::Fail("got 0".into()));
        let bare = Rule::compile(&json!({"rule": "self > 1"}), "t").expect("compiles");
        assert_eq!(
            bare.eval(&json!(0)),
            Outcome::Fail("failed rule: self > 1".into())
        );
    }
}
