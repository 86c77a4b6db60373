//! The metadata of Istio's kinds (schemas/kinds.toml) and the schema files beside it.
//!
//! Shared by build.rs, which generates the kind tables from schemas/ at build time, and by the
//! library, which reads a developer's `SAILCTL_SCHEMAS_DIR` (laid out like schemas/) at run
//! time. The metadata file is a small subset of TOML: `[[kind]]` tables whose values are
//! strings, booleans or lists of strings, one `key = value` a line, `#` comments.

use std::path::{Path, PathBuf};

/// The metadata file's name inside a schemas directory.
pub const METADATA_FILE: &str = "kinds.toml";

/// One kind as declared in the metadata file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KindSpec {
    pub kind: String,
    pub group: String,
    pub plural: String,
    pub namespaced: bool,
    /// Served versions, as the CRD lists them.
    pub versions: Vec<String>,
    /// The storage version (one of `versions`).
    pub storage: String,
    pub short_names: Vec<String>,
    /// Whether Istio's semantic rules apply: `src/validation/<snake_case kind>` has `check`.
    pub rules: bool,
    /// Whether analysis reads the kind and `schema.ValidationAnalyzer.<Kind>` checks it.
    pub analyze: bool,
    /// Whether the kind is installed as a CRD (the Base component).
    pub crd: bool,
    /// Analysis messages the schema analyzer reports beyond IST0106 and IST0133 (names).
    pub messages: Vec<String>,
    /// Where the entry starts (`file:line`), for errors.
    pub at: String,
}

/// One schema file: schemas/<group>/<version>/<Kind>.json.
#[derive(Debug, Clone)]
pub struct SchemaFile {
    pub group: String,
    pub version: String,
    pub kind: String,
    pub path: PathBuf,
}

/// One entry's `key = value` lines: (key, value, line number).
type Fields = Vec<(String, Val, usize)>;

enum Val {
    Str(String),
    Bool(bool),
    List(Vec<String>),
}

/// Parse the metadata file's text; `file` names it in errors (`file:line: what`).
pub fn parse(text: &str, file: &str) -> Result<Vec<KindSpec>, String> {
    let mut out: Vec<KindSpec> = Vec::new();
    let mut cur: Option<(usize, Fields)> = None;
    for (i, raw) in text.lines().enumerate() {
        let n = i + 1;
        let line = strip_comment(raw).trim();
        if line.is_empty() {
            continue;
        }
        if line == "[[kind]]" {
            if let Some((start, fields)) = cur.take() {
                out.push(entry(file, start, fields)?);
            }
            cur = Some((n, Vec::new()));
            continue;
        }
        let Some((key, value)) = line.split_once('=') else {
            return Err(format!(
                "{file}:{n}: expected `[[kind]]` or `key = value`, found {line:?}"
            ));
        };
        let key = key.trim();
        let Some((_, fields)) = cur.as_mut() else {
            return Err(format!(
                "{file}:{n}: {key:?} before the first `[[kind]]` table"
            ));
        };
        if fields.iter().any(|(k, _, _)| k == key) {
            return Err(format!("{file}:{n}: {key} is set twice in this entry"));
        }
        let value = parse_value(value.trim()).map_err(|e| format!("{file}:{n}: {key}: {e}"))?;
        fields.push((key.to_string(), value, n));
    }
    if let Some((start, fields)) = cur.take() {
        out.push(entry(file, start, fields)?);
    }
    for (i, a) in out.iter().enumerate() {
        if let Some(b) = out
            .iter()
            .skip(i + 1)
            .find(|b| b.group == a.group && b.kind == a.kind)
        {
            return Err(format!(
                "{}: {} in {} is declared again (first at {})",
                b.at, b.kind, b.group, a.at
            ));
        }
    }
    Ok(out)
}

fn strip_comment(line: &str) -> &str {
    let mut quoted = false;
    for (i, c) in line.char_indices() {
        match c {
            '"' => quoted = !quoted,
            '#' if !quoted => return line.get(..i).unwrap_or(line),
            _ => {}
        }
    }
    line
}

fn parse_value(v: &str) -> Result<Val, String> {
    match v {
        "true" => return Ok(Val::Bool(true)),
        "false" => return Ok(Val::Bool(false)),
        _ => {}
    }
    if let Some(inner) = v.strip_prefix('[') {
        let inner = inner
            .strip_suffix(']')
            .ok_or("a list must end with `]` on the same line")?;
        let mut items = Vec::new();
        for item in inner.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            items.push(parse_string(item)?);
        }
        return Ok(Val::List(items));
    }
    parse_string(v).map(Val::Str)
}

fn parse_string(v: &str) -> Result<String, String> {
    let inner = v
        .strip_prefix('"')
        .and_then(|s| s.strip_suffix('"'))
        .ok_or_else(|| format!("expected a \"string\", true, false or a list, found {v}"))?;
    if inner.contains(['"', '\\']) {
        return Err(format!("quotes and backslashes are not supported in {v}"));
    }
    Ok(inner.to_string())
}

fn entry(file: &str, start: usize, fields: Fields) -> Result<KindSpec, String> {
    let at = format!("{file}:{start}");
    let mut spec = KindSpec {
        kind: String::new(),
        group: String::new(),
        plural: String::new(),
        namespaced: true,
        versions: Vec::new(),
        storage: String::new(),
        short_names: Vec::new(),
        rules: false,
        analyze: true,
        crd: true,
        messages: Vec::new(),
        at: at.clone(),
    };
    for (key, value, n) in fields {
        let wrong = |want: &str| format!("{file}:{n}: {key} must be {want}");
        match (key.as_str(), value) {
            ("kind", Val::Str(s)) => spec.kind = s,
            ("group", Val::Str(s)) => spec.group = s,
            ("plural", Val::Str(s)) => spec.plural = s,
            ("storage", Val::Str(s)) => spec.storage = s,
            ("scope", Val::Str(s)) => {
                spec.namespaced = match s.as_str() {
                    "Namespaced" => true,
                    "Cluster" => false,
                    _ => return Err(wrong("\"Namespaced\" or \"Cluster\"")),
                }
            }
            ("versions", Val::List(l)) => spec.versions = l,
            ("short_names", Val::List(l)) => spec.short_names = l,
            ("messages", Val::List(l)) => spec.messages = l,
            ("rules", Val::Bool(b)) => spec.rules = b,
            ("analyze", Val::Bool(b)) => spec.analyze = b,
            ("crd", Val::Bool(b)) => spec.crd = b,
            ("kind" | "group" | "plural" | "storage" | "scope", _) => {
                return Err(wrong("a string"));
            }
            ("versions" | "short_names" | "messages", _) => return Err(wrong("a list of strings")),
            ("rules" | "analyze" | "crd", _) => return Err(wrong("true or false")),
            _ => {
                return Err(format!(
                    "{file}:{n}: unknown key {key} (known: kind, group, plural, scope, versions, \
                     storage, short_names, rules, analyze, crd, messages)"
                ));
            }
        }
    }
    let camel = |s: &str| {
        s.chars().next().is_some_and(|c| c.is_ascii_uppercase())
            && s.chars().all(|c| c.is_ascii_alphanumeric())
    };
    let dns = |s: &str| {
        !s.is_empty()
            && s.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '.' || c == '-')
    };
    let lower = |s: &str| {
        !s.is_empty()
            && s.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
    };
    if !camel(&spec.kind) {
        return Err(format!(
            "{at}: kind {:?} must be a CamelCase name",
            spec.kind
        ));
    }
    if !dns(&spec.group) {
        return Err(format!(
            "{at}: {}: group {:?} must be a DNS name",
            spec.kind, spec.group
        ));
    }
    if !lower(&spec.plural) {
        return Err(format!(
            "{at}: {}: plural {:?} must be lowercase letters and digits",
            spec.kind, spec.plural
        ));
    }
    if spec.versions.is_empty() || !spec.versions.iter().all(|v| lower(v)) {
        return Err(format!(
            "{at}: {}: versions must list at least one version (v1, v1beta1, ...)",
            spec.kind
        ));
    }
    if !spec.versions.contains(&spec.storage) {
        return Err(format!(
            "{at}: {}: storage {:?} is not one of its versions {:?}",
            spec.kind, spec.storage, spec.versions
        ));
    }
    if let Some(m) = spec.messages.iter().find(|m| !camel(m)) {
        return Err(format!(
            "{at}: {}: message {m:?} must be a message name (VirtualServiceUnreachableRule)",
            spec.kind
        ));
    }
    if let Some(s) = spec.short_names.iter().find(|s| !lower(s)) {
        return Err(format!(
            "{at}: {}: short name {s:?} must be lowercase letters and digits",
            spec.kind
        ));
    }
    Ok(spec)
}

/// Every schemas/<group>/<version>/<Kind>.json under `dir`, sorted by group, version and kind.
pub fn scan(dir: &Path) -> Result<Vec<SchemaFile>, String> {
    let mut out = Vec::new();
    for group in sorted_dir(dir)? {
        if !group.is_dir() {
            continue;
        }
        for version in sorted_dir(&group)? {
            if !version.is_dir() {
                continue;
            }
            for file in sorted_dir(&version)? {
                if file.extension().and_then(|e| e.to_str()) != Some("json") {
                    continue;
                }
                let name = |p: &Path, stem: bool| {
                    let n = if stem { p.file_stem() } else { p.file_name() };
                    n.and_then(|n| n.to_str())
                        .map(str::to_string)
                        .ok_or_else(|| format!("{}: the name is not UTF-8", p.display()))
                };
                out.push(SchemaFile {
                    group: name(&group, false)?,
                    version: name(&version, false)?,
                    kind: name(&file, true)?,
                    path: file,
                });
            }
        }
    }
    Ok(out)
}

fn sorted_dir(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let rd = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut v = Vec::new();
    for e in rd {
        v.push(e.map_err(|e| format!("{}: {e}", dir.display()))?.path());
    }
    v.sort();
    Ok(v)
}

/// The disagreements between the metadata and the schema files: a schema without an entry (or
/// at a version the entry does not list), a listed version without a schema file.
pub fn disagreements(specs: &[KindSpec], files: &[SchemaFile], file: &str) -> Vec<String> {
    let mut out = Vec::new();
    for f in files {
        match specs
            .iter()
            .find(|s| s.group == f.group && s.kind == f.kind)
        {
            None => out.push(format!(
                "{}: no entry for {} in {} in {file}",
                f.path.display(),
                f.kind,
                f.group
            )),
            Some(s) if !s.versions.contains(&f.version) => out.push(format!(
                "{}: {} does not list version {} in {file} ({})",
                f.path.display(),
                f.kind,
                f.version,
                s.at
            )),
            Some(_) => {}
        }
    }
    for s in specs {
        for v in &s.versions {
            let found = files
                .iter()
                .any(|f| f.group == s.group && f.kind == s.kind && &f.version == v);
            if !found {
                out.push(format!(
                    "{}: {} {v} has no schema file {}/{v}/{}.json",
                    s.at, s.kind, s.group, s.kind
                ));
            }
        }
    }
    out
}

/// Read a schemas directory: its metadata file and its schema files, which must agree.
pub fn load(dir: &Path) -> Result<(Vec<KindSpec>, Vec<SchemaFile>), String> {
    let meta = dir.join(METADATA_FILE);
    let text = std::fs::read_to_string(&meta).map_err(|e| format!("{}: {e}", meta.display()))?;
    let specs = parse(&text, &meta.display().to_string())?;
    let files = scan(dir)?;
    let problems = disagreements(&specs, &files, METADATA_FILE);
    match problems.first() {
        Some(first) if problems.len() > 1 => {
            Err(format!("{first} (and {} more)", problems.len() - 1))
        }
        Some(first) => Err(first.clone()),
        None => Ok((specs, files)),
    }
}
