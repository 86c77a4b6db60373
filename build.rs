//! Build-time generation:
//! - the table of JSON Schemas under schemas/ that the binary embeds;
//! - typed constructors for the analysis message catalog (src/analysis/messages.yaml). The catalog
//!   uses a small subset of YAML (see its header), read line by line here with no dependencies; a
//!   unit test in `analysis::catalog` parses it with the project's parser and checks both agree.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let root =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    embed_schemas(&root.join("schemas"), &out.join("schemas.rs"));
    embed_messages();
}

/// Write `EMBEDDED: &[Embedded]` with one `include_str!` per schemas/<group>/<version>/<Kind>.json,
/// sorted by group, version and kind.
fn embed_schemas(dir: &Path, dest: &Path) {
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut entries = Vec::new();
    for group in read_dir_sorted(dir) {
        println!("cargo:rerun-if-changed={}", group.display());
        for version in read_dir_sorted(&group) {
            println!("cargo:rerun-if-changed={}", version.display());
            for file in read_dir_sorted(&version) {
                if file.extension().and_then(|e| e.to_str()) != Some("json") {
                    continue;
                }
                println!("cargo:rerun-if-changed={}", file.display());
                let name = |p: &Path| {
                    p.file_name()
                        .and_then(|n| n.to_str())
                        .unwrap_or_default()
                        .to_string()
                };
                let kind = file
                    .file_stem()
                    .and_then(|n| n.to_str())
                    .unwrap_or_default()
                    .to_string();
                entries.push((name(&group), name(&version), kind, file.clone()));
            }
        }
    }
    let mut code = String::from(
        "/// Every schema under schemas/, embedded at build time.\npub static EMBEDDED: &[Embedded] = &[\n",
    );
    for (group, version, kind, file) in &entries {
        let _ = writeln!(
            code,
            "    Embedded {{ group: {group:?}, version: {version:?}, kind: {kind:?}, json: include_str!({:?}) }},",
            file.display().to_string()
        );
    }
    code.push_str("];\n");
    let _ = writeln!(
        code,
        "/// How many schemas are embedded.\npub const COUNT: usize = {};",
        entries.len()
    );
    std::fs::write(dest, code).expect("write the generated schema table");
}

fn read_dir_sorted(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
        Err(_) => Vec::new(),
    };
    v.sort();
    v
}
#[derive(Default)]
struct Entry {
    code: String,
    name: String,
    level: String,
    args: Vec<String>,
    template: String,
    description: String,
    line: usize,
}

fn unquote(v: &str, line: usize) -> String {
    let v = v.trim();
    let Some(inner) = v.strip_prefix('"').and_then(|s| s.strip_suffix('"')) else {
        return v.to_string();
    };
    let mut out = String::new();
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some(e @ ('"' | '\\')) => out.push(e),
                other => panic!("messages.yaml:{line}: unsupported escape \\{other:?}"),
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn snake(name: &str) -> String {
    let mut out = String::new();
    let chars: Vec<char> = name.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if c.is_ascii_uppercase() {
            let prev_lower = i > 0 && !chars[i - 1].is_ascii_uppercase();
            let next_lower = chars.get(i + 1).is_some_and(|n| n.is_ascii_lowercase());
            let prev_upper = i > 0 && chars[i - 1].is_ascii_uppercase();
            if i > 0 && (prev_lower || (prev_upper && next_lower)) {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

fn arg_ident(a: &str) -> String {
    let s = snake(a);
    match s.as_str() {
        "type" | "match" | "ref" | "mod" | "crate" => format!("r#{s}"),
        _ => s,
    }
}

fn embed_messages() {
    let path = PathBuf::from("src/analysis/messages.yaml");
    println!("cargo::rerun-if-changed={}", path.display());
    let text = std::fs::read_to_string(&path).expect("read src/analysis/messages.yaml");
    let mut entries: Vec<Entry> = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let t = raw.trim();
        if t.is_empty() || t.starts_with('#') || t == "messages:" {
            continue;
        }
        let (t, new_entry) = match t.strip_prefix("- ") {
            Some(rest) => (rest, true),
            None => (t, false),
        };
        if new_entry {
            entries.push(Entry {
                line,
                ..Entry::default()
            });
        }
        let Some((key, value)) = t.split_once(':') else {
            panic!("messages.yaml:{line}: expected `key: value`");
        };
        let Some(e) = entries.last_mut() else {
            panic!("messages.yaml:{line}: field outside an entry");
        };
        match key.trim() {
            "code" => e.code = unquote(value, line),
            "name" => e.name = unquote(value, line),
            "level" => e.level = unquote(value, line),
            "template" => e.template = unquote(value, line),
            "description" => e.description = unquote(value, line),
            "args" => {
                let v = value.trim();
                let inner = v
                    .strip_prefix('[')
                    .and_then(|s| s.strip_suffix(']'))
                    .unwrap_or_else(|| panic!("messages.yaml:{line}: args must be [a, b]"));
                e.args = inner
                    .split(',')
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty())
                    .collect();
            }
            other => panic!("messages.yaml:{line}: unknown key {other:?}"),
        }
    }

    let mut out = String::new();
    out.push_str("// @generated by build.rs from src/analysis/messages.yaml. Do not edit.\n\n");
    let mut seen_codes = std::collections::HashSet::new();
    for e in &entries {
        let line = e.line;
        assert!(
            e.code.starts_with("IST") && e.code.len() == 7,
            "messages.yaml:{line}: bad code {:?}",
            e.code
        );
        assert!(
            seen_codes.insert(e.code.clone()),
            "messages.yaml:{line}: duplicate code"
        );
        assert!(!e.name.is_empty(), "messages.yaml:{line}: missing name");
        assert!(
            matches!(e.level.as_str(), "Info" | "Warning" | "Error"),
            "messages.yaml:{line}: level must be Info, Warning or Error"
        );
        assert!(
            !e.description.is_empty(),
            "messages.yaml:{line}: missing description"
        );
        // every placeholder names an argument, every argument is used
        let mut used = Vec::new();
        let mut rest = e.template.as_str();
        while let Some(start) = rest.find('{') {
            let end = rest[start..]
                .find('}')
                .unwrap_or_else(|| panic!("messages.yaml:{line}: unclosed placeholder"));
            let ph = &rest[start + 1..start + end];
            let name = ph.strip_suffix(":q").unwrap_or(ph);
            assert!(
                e.args.iter().any(|a| a == name),
                "messages.yaml:{line}: placeholder {{{ph}}} is not an argument"
            );
            used.push(name.to_string());
            rest = &rest[start + end + 1..];
        }
        for a in &e.args {
            assert!(
                used.contains(a),
                "messages.yaml:{line}: argument {a} is not used in the template"
            );
        }
    }

    out.push_str("/// Every message type of the catalog, in file order.\n");
    out.push_str("pub static CATALOG: &[&MessageType] = &[\n");
    for e in &entries {
        let _ = writeln!(out, "    &{},", snake(&e.name).to_uppercase());
    }
    out.push_str("];\n\n");
    for e in &entries {
        let fname = snake(&e.name);
        let params: Vec<String> = e
            .args
            .iter()
            .map(|a| format!("{}: impl std::fmt::Display", arg_ident(a)))
            .collect();
        let values: Vec<String> = e
            .args
            .iter()
            .map(|a| format!("{}.to_string()", arg_ident(a)))
            .collect();
        let _ = writeln!(
            out,
            "/// `{}` {} ({}): {}",
            e.code, e.name, e.level, e.description
        );
        let konst = snake(&e.name).to_uppercase();
        let _ = writeln!(
            out,
            "pub static {konst}: MessageType = MessageType {{ code: {:?}, name: {:?}, level: Level::{}, args: &[{}], template: {:?}, description: {:?} }};",
            e.code,
            e.name,
            e.level,
            e.args
                .iter()
                .map(|a| format!("{a:?}"))
                .collect::<Vec<_>>()
                .join(", "),
            e.template,
            e.description
        );
        let _ = writeln!(out, "/// Build a `{}` message.", e.code);
        let _ = writeln!(
            out,
            "pub fn {fname}({}) -> Msg {{ Msg::new(&{konst}, &[{}]) }}\n",
            params.join(", "),
            values.join(", ")
        );
    }
    let out_path = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR")).join("messages.rs");
    std::fs::write(out_path, out).expect("write messages.rs");
}
