//! Building the merged IstioOperator the way istioctl does: the profile (merged over
//! `default`), then each `-f` file in order, then every `--set path=value`, then the
//! IstioOperator fields that feed chart values (hub, tag, revision, meshConfig) are copied
//! under `spec.values`, and the user's own values are applied once more on top.

use serde_json::{Map, Value};

pub use super::operator_schema::{OperatorError, validate_operator};
use super::profiles;
use crate::resource::loader;
use crate::resource::{FieldPath, Resource};

/// Why the inputs could not be merged. Every variant is a usage error (exit 2).
#[derive(Debug, thiserror::Error)]
pub enum ValuesError {
    #[error("--set {flag}: {message}")]
    SetFlag { flag: String, message: String },
    #[error("{origin}: {path}: {message}")]
    Invalid {
        /// Where the field came from: `--set x=y`, `file.yaml:12:5` or `profile demo`.
        origin: String,
        path: String,
        message: String,
    },
    #[error("{file}: {message}")]
    File { file: String, message: String },
    #[error("unknown profile {name:?}; available profiles: {known}")]
    UnknownProfile { name: String, known: String },
}

/// What the user asked for.
#[derive(Debug, Clone, Default)]
pub struct Inputs {
    /// IstioOperator files (`-f`), merged in order; `-` is stdin (last only).
    pub files: Vec<String>,
    /// `--set path=value` flags, applied in order after the files.
    pub set: Vec<String>,
    /// A profile directory (`--manifests` / installPackagePath); built-in profiles otherwise.
    pub profile_dir: Option<std::path::PathBuf>,
}

/// The merged IstioOperator and what was chosen.
#[derive(Debug, Clone)]
pub struct Merged {
    /// The whole merged IstioOperator, with chart values translated under `spec.values`.
    pub operator: Value,
    /// The profile it was based on.
    pub profile: String,
    /// The values the user gave (files and --set), before the profile: the "original values".
    pub user_values: Value,
    /// The IstioOperator the user gave (files and --set merged, before the profile): what an
    /// install records as installed (see `install::state`).
    pub user: Value,
}

impl Merged {
    pub fn spec(&self) -> &Value {
        &self.operator["spec"]
    }
    pub fn values(&self) -> &Value {
        &self.operator["spec"]["values"]
    }
}

/// [`merge`] for what a user wrote over a profile: a key left empty where the profile has a
/// mapping (`spec:`, `values:` with nothing under them) keeps that mapping, as istioctl reads
/// it; an empty scalar (`autoscaleEnabled:`) is still null.
fn merge_input(base: &mut Value, other: &Value) {
    merge_with(base, other, true)
}

/// Merge `other` into `base` as istioctl does: maps merge key by key, everything else
/// (scalars and lists) is replaced by `other`'s value.
pub fn merge(base: &mut Value, other: &Value) {
    merge_with(base, other, false)
}

fn merge_with(base: &mut Value, other: &Value, null_keeps_maps: bool) {
    match (base, other) {
        (Value::Object(b), Value::Object(o)) => {
            for (k, v) in o {
                match b.get_mut(k) {
                    Some(bv) if bv.is_object() && v.is_object() => {
                        merge_with(bv, v, null_keeps_maps)
                    }
                    Some(bv) if null_keeps_maps && bv.is_object() && v.is_null() => {}
                    _ => {
                        b.insert(k.clone(), v.clone());
                    }
                }
            }
        }
        (b, o) => *b = o.clone(),
    }
}

/// Parse the text of one IstioOperator document (a profile file).
pub fn parse_operator(file: &str, text: &str) -> Result<Value, ValuesError> {
    let parsed = crate::resource::yaml::parse_stream(text);
    if let Some(e) = parsed.errors.first() {
        return Err(ValuesError::File {
            file: format!("{file}:{}:{}", e.line, e.col),
            message: e.message.clone(),
        });
    }
    let mut docs = parsed.documents.into_iter().filter(|d| !d.value.is_null());
    let Some(doc) = docs.next() else {
        return Err(ValuesError::File {
            file: file.to_string(),
            message: "no IstioOperator found (the file is empty)".to_string(),
        });
    };
    if let Some(second) = docs.next() {
        return Err(ValuesError::File {
            file: format!("{file}:{}", second.line),
            message: "more than one document: only one IstioOperator per file is supported"
                .to_string(),
        });
    }
    check_kind(file, &doc.value)?;
    Ok(doc.value)
}

fn check_kind(file: &str, v: &Value) -> Result<(), ValuesError> {
    if !v.is_object() {
        return Err(ValuesError::File {
            file: file.to_string(),
            message: "expected an IstioOperator (a YAML map)".to_string(),
        });
    }
    match v.get("kind").and_then(Value::as_str) {
        Some("IstioOperator") => Ok(()),
        Some(other) => Err(ValuesError::File {
            file: file.to_string(),
            message: format!("kind is {other}, expected IstioOperator (install.istio.io/v1alpha1)"),
        }),
        None => Err(ValuesError::File {
            file: file.to_string(),
            message: "no kind: expected an IstioOperator (install.istio.io/v1alpha1)".to_string(),
        }),
    }
}

/// Read one `-f` file: exactly one IstioOperator, structurally valid; errors carry file:line.
fn read_operator_file(name: &str) -> Result<Value, ValuesError> {
    let fl = loader::load_file(name);
    let display = if name == "-" { "<stdin>" } else { name };
    if let Some(issue) = fl.issues.iter().find(|i| !i.is_warning()) {
        return Err(ValuesError::File {
            file: issue
                .to_string()
                .split(": ")
                .next()
                .unwrap_or(display)
                .to_string(),
            message: issue.message.clone(),
        });
    }
    let mut resources = fl.resources.into_iter();
    let Some(res) = resources.next() else {
        return Err(ValuesError::File {
            file: display.to_string(),
            message: "no IstioOperator found (the file is empty)".to_string(),
        });
    };
    if let Some(second) = resources.next() {
        let at = second
            .location()
            .map(|l| format!("{}:{}", l.file, l.line))
            .unwrap_or_else(|| display.to_string());
        return Err(ValuesError::File {
            file: at,
            message: "more than one document: only one IstioOperator per file is supported"
                .to_string(),
        });
    }
    check_kind(display, &res.value)?;
    if let Err(e) = validate_operator(&res.value) {
        return Err(ValuesError::Invalid {
            origin: locate(&res, &e).unwrap_or_else(|| display.to_string()),
            path: e.path,
            message: e.message,
        });
    }
    Ok(res.value)
}

fn locate(res: &Resource, e: &OperatorError) -> Option<String> {
    let l = res.locate(&FieldPath::parse(&e.path))?;
    Some(format!("{}:{}:{}", l.file, l.line, l.column))
}

/// Paths whose values stay strings even when they look like numbers or booleans.
const ALWAYS_STRING: &[&str] = &[
    "spec.values.compatibilityVersion",
    "spec.tag",
    "spec.values.global.tag",
    "spec.meshConfig.defaultConfig.proxyMetadata.",
    "spec.values.meshConfig.defaultConfig.proxyMetadata.",
    "spec.compatibilityVersion",
];

/// Type a `--set` value as istioctl does: a whole number, else a float, else a boolean, else
/// a string (with `\,` read as `,`).
pub fn parse_value(path: &str, raw: &str) -> Value {
    if ALWAYS_STRING.iter().any(|p| path.starts_with(p)) {
        return Value::String(raw.to_string());
    }
    if let Ok(i) = raw.parse::<i64>() {
        return Value::from(i);
    }
    if raw.chars().any(|c| c.is_ascii_digit())
        && let Ok(f) = raw.parse::<f64>()
        && f.is_finite()
        && let Some(n) = serde_json::Number::from_f64(f)
    {
        return Value::Number(n);
    }
    match raw {
        "true" | "True" | "TRUE" | "t" | "T" => return Value::Bool(true),
        "false" | "False" | "FALSE" | "f" | "F" => return Value::Bool(false),
        _ => {}
    }
    Value::String(raw.replace("\\,", ","))
}

/// One step of a `--set` path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment {
    Key(String),
    Index(usize),
    /// `[name:value]`: the list element whose field `name` equals `value`.
    Select(String, String),
}

/// The deepest `--set` path accepted: far deeper than any IstioOperator field, and shallow
/// enough that setting, checking and freeing the value never runs out of stack.
pub const MAX_PATH_SEGMENTS: usize = 128;

/// Split `a.b[0].c\.d` into segments (dots escaped with `\` stay in the key).
pub fn parse_path(path: &str) -> Result<Vec<Segment>, String> {
    let mut parts = Vec::new();
    let mut cur = String::new();
    let mut chars = path.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek() == Some(&'.') => {
                cur.push('.');
                chars.next();
            }
            '.' => parts.push(std::mem::take(&mut cur)),
            _ => cur.push(c),
        }
    }
    parts.push(cur);
    let mut segs = Vec::new();
    for part in parts {
        if part.is_empty() {
            continue;
        }
        let (key, mut rest) = match part.find('[').and_then(|i| part.split_at_checked(i)) {
            Some((key, rest)) => (key, rest),
            None => (part.as_str(), ""),
        };
        if !key.is_empty() {
            segs.push(Segment::Key(key.to_string()));
        }
        while !rest.is_empty() {
            let Some((inner, after)) = rest.strip_prefix('[').and_then(|r| r.split_once(']'))
            else {
                return Err(format!(
                    "bad path segment {part:?}: expected [index] or [key:value]"
                ));
            };
            if let Ok(i) = inner.parse::<usize>() {
                segs.push(Segment::Index(i));
            } else if let Some((k, v)) = inner.split_once(':') {
                segs.push(Segment::Select(k.to_string(), v.to_string()));
            } else {
                return Err(format!(
                    "bad path segment {part:?}: expected [index] or [key:value]"
                ));
            }
            rest = after;
        }
    }
    if segs.is_empty() {
        return Err("empty path".to_string());
    }
    if segs.len() > MAX_PATH_SEGMENTS {
        return Err(format!(
            "the path has {} segments; at most {MAX_PATH_SEGMENTS} are supported (no IstioOperator field is that deep)",
            segs.len()
        ));
    }
    if !matches!(segs[0], Segment::Key(_)) {
        return Err("a path starts with a field name".to_string());
    }
    Ok(segs)
}

/// Set `value` at `segs` under `root`, creating maps and list entries as istioctl does
/// (the index one past the end appends). An index further out addresses nothing: an error
/// naming it, never a silent append elsewhere.
pub fn set_path(root: &mut Value, segs: &[Segment], value: Value) -> Result<(), String> {
    let Some((first, rest)) = segs.split_first() else {
        *root = value;
        return Ok(());
    };
    match first {
        Segment::Key(k) => {
            if root.is_null() {
                *root = Value::Object(Map::new());
            }
            let Value::Object(m) = root else {
                return Err(format!(
                    ": cannot set field {k:?}: the parent is {}",
                    kind_of(root)
                ));
            };
            if rest.is_empty() {
                m.insert(k.clone(), value);
                return Ok(());
            }
            let child = m.entry(k.clone()).or_insert(Value::Null);
            if matches!(rest[0], Segment::Index(_) | Segment::Select(..)) && child.is_null() {
                *child = Value::Array(Vec::new());
            }
            set_path(child, rest, value).map_err(|e| under(k, &e))
        }
        Segment::Index(_) | Segment::Select(..) => {
            let Value::Array(list) = root else {
                return Err(format!(": cannot index {}: not a list", kind_of(root)));
            };
            let idx = match first {
                Segment::Index(i) => *i,
                Segment::Select(k, v) => list
                    .iter()
                    .position(|e| e.get(k).is_some_and(|x| scalar_eq(x, v)))
                    .ok_or_else(|| format!("[{k}:{v}]: no element with {k}={v} in the list"))?,
                Segment::Key(_) => unreachable!("matched above"),
            };
            if idx > list.len() {
                return Err(format!(
                    "[{idx}]: no such element: the list has {} (use [{}] to add one, or [name:NAME] to pick one)",
                    match list.len() {
                        0 => "none".to_string(),
                        1 => "1 element".to_string(),
                        n => format!("{n} elements"),
                    },
                    list.len()
                ));
            }
            let here = format!("[{idx}]");
            let nested = |e: String| under(&here, &e);
            if idx == list.len() {
                let mut fresh = Value::Null;
                set_path(&mut fresh, rest, value).map_err(nested)?;
                list.push(fresh);
                Ok(())
            } else {
                match list.get_mut(idx) {
                    Some(slot) => set_path(slot, rest, value).map_err(nested),
                    None => Err(format!("{here}: no such element")),
                }
            }
        }
    }
}

/// A [`set_path`] error (`[2].name: message`, `: message`) under the segment `head`.
fn under(head: &str, e: &str) -> String {
    if e.starts_with('[') || e.starts_with(':') {
        format!("{head}{e}")
    } else {
        format!("{head}.{e}")
    }
}

fn scalar_eq(x: &Value, v: &str) -> bool {
    match x {
        Value::String(s) => s == v,
        other => *other == v.parse::<Value>().unwrap_or(Value::Null),
    }
}

fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "a map",
    }
}

/// Apply one `--set path=value` (path relative to `spec`) to an IstioOperator.
pub fn apply_set(operator: &mut Value, flag: &str) -> Result<(), ValuesError> {
    let bad = |message: String| ValuesError::SetFlag {
        flag: flag.to_string(),
        message,
    };
    let Some((path, raw)) = flag.split_once('=') else {
        return Err(bad("expected path=value".to_string()));
    };
    let path = path.trim();
    let path = path.strip_prefix("spec.").unwrap_or(path);
    let full = format!("spec.{path}");
    let value = parse_value(&full, raw.trim());
    let segs = parse_path(path).map_err(bad)?;
    // set it on a copy and check that (what was there before was checked already), so an
    // error names this flag; list elements from the files are there to be addressed
    let mut trial = operator.clone();
    let spec = trial
        .as_object_mut()
        .ok_or_else(|| bad("the IstioOperator is not a map".to_string()))?
        .entry("spec")
        .or_insert_with(|| Value::Object(Map::new()));
    set_path(spec, &segs, value).map_err(|e| bad(under("spec", &e)))?;
    if let Err(e) = validate_operator(&trial) {
        return Err(ValuesError::Invalid {
            origin: format!("--set {flag}"),
            path: e.path,
            message: e.message,
        });
    }
    *operator = trial;
    Ok(())
}

fn set_at(root: &mut Value, path: &[&str], value: Value) {
    let mut cur = root;
    for (i, k) in path.iter().enumerate() {
        if !cur.is_object() {
            *cur = Value::Object(Map::new());
        }
        let Value::Object(m) = cur else { return };
        if i + 1 == path.len() {
            m.insert((*k).to_string(), value);
            return;
        }
        cur = m.entry((*k).to_string()).or_insert(Value::Null);
    }
}

/// Merge the inputs into one IstioOperator.
pub fn build(inputs: &Inputs) -> Result<Merged, ValuesError> {
    let mut user = serde_json::json!({
        "apiVersion": "install.istio.io/v1alpha1",
        "kind": "IstioOperator",
        "metadata": {},
        "spec": {},
    });
    for (i, f) in inputs.files.iter().enumerate() {
        if f == "-" && i + 1 != inputs.files.len() {
            return Err(ValuesError::File {
                file: "-".to_string(),
                message: "stdin is only allowed as the last filename".to_string(),
            });
        }
        let doc = read_operator_file(f)?;
        merge_input(&mut user, &doc);
    }
    for flag in &inputs.set {
        apply_set(&mut user, flag)?;
    }
    build_user(user, inputs.profile_dir.clone())
}

/// Merge a user IstioOperator (files and --set already merged) over its profile.
pub fn build_user(
    user: Value,
    profile_dir: Option<std::path::PathBuf>,
) -> Result<Merged, ValuesError> {
    let inputs = Inputs {
        profile_dir,
        ..Inputs::default()
    };
    // `--manifests` wins over the IstioOperator's installPackagePath
    let package_path = inputs.profile_dir.clone().or_else(|| {
        user["spec"]["installPackagePath"]
            .as_str()
            .filter(|s| !s.is_empty())
            .map(std::path::PathBuf::from)
    });
    let source = profiles::Source::from_option(package_path.as_deref());
    let profile = match user["spec"].get("profile") {
        None | Some(Value::Null) => "default".to_string(),
        Some(Value::String(s)) if s.is_empty() => "default".to_string(),
        Some(Value::String(s)) => s.clone(),
        Some(other) => {
            return Err(ValuesError::Invalid {
                origin: "input".to_string(),
                path: "spec.profile".to_string(),
                message: format!("expected a profile name, got {other}"),
            });
        }
    };
    let mut operator = source.merged(&profile)?;
    if let Err(e) = validate_operator(&operator) {
        return Err(ValuesError::Invalid {
            origin: format!("profile {profile}"),
            path: e.path,
            message: e.message,
        });
    }
    let user_values = user["spec"].get("values").cloned().unwrap_or(Value::Null);
    merge_input(&mut operator, &user);
    translate(&mut operator);
    if !user_values.is_null() {
        let mut patch = serde_json::json!({"spec": {"values": {}}});
        patch["spec"]["values"] = user_values.clone();
        merge_input(&mut operator, &patch);
    }
    if let Some(unvalidated) = operator["spec"].get("unvalidatedValues").cloned()
        && unvalidated.is_object()
    {
        let mut patch = serde_json::json!({"spec": {"values": {}}});
        patch["spec"]["values"] = unvalidated;
        merge(&mut operator, &patch);
    }
    // gateway ports a non-root gateway cannot bind, on what will be installed
    if let Some((path, message)) =
        crate::validation::istio_operator::gateway_port_errors(&operator["spec"])
            .into_iter()
            .next()
    {
        return Err(ValuesError::Invalid {
            origin: "input".to_string(),
            path: format!("spec.{path}"),
            message,
        });
    }
    Ok(Merged {
        operator,
        profile,
        user_values,
        user,
    })
}

/// Copy the IstioOperator fields that feed chart values under `spec.values`.
fn translate(op: &mut Value) {
    let spec = op["spec"].clone();
    for (from, to) in [
        ("hub", "global.hub"),
        ("tag", "global.tag"),
        ("revision", "revision"),
        ("compatibilityVersion", "compatibilityVersion"),
    ] {
        if let Some(v) = spec.get(from).filter(|v| !v.is_null()) {
            let mut path = vec!["spec", "values"];
            path.extend(to.split('.'));
            let v = match v {
                Value::Number(n) if from == "tag" => Value::String(n.to_string()),
                other => other.clone(),
            };
            set_at(op, &path, v);
        }
    }
    if let Some(mesh) = spec.get("meshConfig").filter(|v| v.is_object()) {
        let mut patch = serde_json::json!({"spec": {"values": {"meshConfig": {}}}});
        patch["spec"]["values"]["meshConfig"] = mesh.clone();
        merge(op, &patch);
    }
    let enabled = |c: &str| spec["components"][c]["enabled"].as_bool().unwrap_or(false);
    set_at(
        op,
        &["spec", "values", "pilot", "enabled"],
        Value::Bool(enabled("pilot")),
    );
    set_at(
        op,
        &["spec", "values", "pilot", "cni", "enabled"],
        Value::Bool(enabled("cni")),
    );
    if let Some(ns) = op["spec"]["values"]["global"]["istioNamespace"]
        .as_str()
        .filter(|s| !s.is_empty())
        .map(str::to_string)
    {
        set_at(op, &["metadata", "namespace"], Value::String(ns));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn values_are_typed_like_istioctl() {
        assert_eq!(parse_value("spec.values.pilot.autoscaleMin", "3"), json!(3));
        assert_eq!(
            parse_value("spec.values.pilot.traceSampling", "0.5"),
            json!(0.5)
        );
        assert_eq!(
            parse_value("spec.components.pilot.enabled", "false"),
            json!(false)
        );
        assert_eq!(
            parse_value("spec.values.global.hub", "gcr.io/x"),
            json!("gcr.io/x")
        );
        assert_eq!(parse_value("spec.tag", "1.28"), json!("1.28"));
        assert_eq!(parse_value("spec.values.x", "a\\,b"), json!("a,b"));
        assert_eq!(parse_value("spec.values.x", "inf"), json!("inf"));
    }

    #[test]
    fn paths_split_on_unescaped_dots_and_brackets() {
        assert_eq!(
            parse_path("components.ingressGateways[0].k8s").unwrap(),
            vec![
                Segment::Key("components".into()),
                Segment::Key("ingressGateways".into()),
                Segment::Index(0),
                Segment::Key("k8s".into())
            ]
        );
        assert_eq!(
            parse_path("values.pilot.podAnnotations.prometheus\\.io/scrape").unwrap()[3],
            Segment::Key("prometheus.io/scrape".into())
        );
        assert_eq!(
            parse_path("components.ingressGateways[name:foo].enabled").unwrap()[2],
            Segment::Select("name".into(), "foo".into())
        );
        assert!(parse_path("a[x").is_err());
    }

    #[test]
    fn set_appends_past_the_end_and_selects_by_key() {
        let mut v = json!({"gws": [{"name": "a", "enabled": true}]});
        set_path(
            &mut v,
            &parse_path("gws[name:a].enabled").unwrap(),
            json!(false),
        )
        .unwrap();
        set_path(&mut v, &parse_path("gws[1].name").unwrap(), json!("b")).unwrap();
        let gap = set_path(&mut v, &parse_path("gws[5].name").unwrap(), json!("c"))
            .expect_err("index 5 of a 2-element list addresses nothing");
        assert!(
            gap.contains("[5]: no such element: the list has 2 elements"),
            "{gap}"
        );
        assert_eq!(
            v,
            json!({"gws": [{"name": "a", "enabled": false}, {"name": "b"}]})
        );
        assert!(
            set_path(
                &mut v,
                &parse_path("gws[name:zz].enabled").unwrap(),
                json!(1)
            )
            .is_err()
        );
    }

    #[test]
    fn merge_replaces_lists_and_merges_maps() {
        let mut a = json!({"m": {"x": 1, "y": 2}, "l": [1, 2]});
        merge(&mut a, &json!({"m": {"y": 3}, "l": [9]}));
        assert_eq!(a, json!({"m": {"x": 1, "y": 3}, "l": [9]}));
    }

    fn build_with(set: &[&str]) -> Result<Merged, ValuesError> {
        build(&Inputs {
            set: set.iter().map(|s| s.to_string()).collect(),
            ..Default::default()
        })
    }

    #[test]
    fn profile_then_set() {
        let m = build_with(&["profile=demo", "values.pilot.traceSampling=5"]).unwrap();
        assert_eq!(m.profile, "demo");
        assert_eq!(m.values()["pilot"]["traceSampling"], json!(5));
        assert_eq!(m.values()["pilot"]["autoscaleEnabled"], json!(false));
        assert_eq!(
            m.values()["meshConfig"]["accessLogFile"],
            json!("/dev/stdout")
        );
    }

    #[test]
    fn hub_tag_and_revision_reach_the_values() {
        let m = build_with(&["hub=example.com/istio", "tag=1.2.3", "revision=canary"]).unwrap();
        assert_eq!(m.values()["global"]["hub"], json!("example.com/istio"));
        assert_eq!(m.values()["global"]["tag"], json!("1.2.3"));
        assert_eq!(m.values()["revision"], json!("canary"));
    }

    #[test]
    fn explicit_values_beat_translated_fields() {
        let m = build_with(&["hub=a.io/x", "values.global.hub=b.io/y"]).unwrap();
        assert_eq!(m.values()["global"]["hub"], json!("b.io/y"));
    }

    #[test]
    fn set_that_addresses_nothing_is_an_error_naming_the_path() {
        let e = build_with(&["components.ingressGateways[5].enabled=true"]).unwrap_err();
        let msg = e.to_string();
        assert!(
            msg.contains("--set components.ingressGateways[5].enabled=true"),
            "{msg}"
        );
        assert!(
            msg.contains("spec.components.ingressGateways[5]: no such element: the list has none"),
            "{msg}"
        );
        // the element one past the end is added
        let ok = build_with(&[
            "components.ingressGateways[0].name=extra-gw",
            "components.ingressGateways[1].name=second-gw",
        ])
        .expect("appending in order is fine");
        assert_eq!(
            ok.operator["spec"]["components"]["ingressGateways"][1]["name"],
            json!("second-gw")
        );
    }

    #[test]
    fn a_very_deep_set_path_is_refused_not_a_stack_overflow() {
        let deep = format!("values.{}x=1", "a.".repeat(20_000));
        let e = build_with(&[deep.as_str()]).unwrap_err();
        let msg = e.to_string();
        assert!(
            msg.contains("the path has 20002 segments; at most 128"),
            "{msg}"
        );
    }

    #[test]
    fn bad_set_path_is_named() {
        let e = build_with(&["components.pilot.enabeld=true"]).unwrap_err();
        let msg = e.to_string();
        assert!(msg.contains("spec.components.pilot.enabeld"), "{msg}");
        assert!(msg.contains("--set components.pilot.enabeld=true"), "{msg}");
    }

    #[test]
    fn bad_set_value_type_is_named() {
        let e = build_with(&["values.pilot.autoscaleMin=lots"]).unwrap_err();
        let msg = e.to_string();
        assert!(
            msg.contains("--set values.pilot.autoscaleMin=lots: spec.values.pilot.autoscaleMin: Invalid value: \"lots\""),
            "{msg}"
        );
    }

    #[test]
    fn unknown_profile_lists_the_known_ones() {
        let e = build_with(&["profile=nope"]).unwrap_err();
        assert!(e.to_string().contains("demo"), "{e}");
    }
}
