//! A YAML emitter for JSON values, in the style kubectl and istioctl print
//! (sigs.k8s.io/yaml): two-space indents, sequences at their parent's indent, keys in order,
//! strings quoted only when they would otherwise read as something else.

use serde_json::Value;

/// A copy with keys sorted at every level, as Go's YAML and JSON writers order map keys.
pub fn sorted_keys(v: &Value) -> Value {
    match v {
        Value::Object(m) => {
            let mut keys: Vec<&String> = m.keys().collect();
            keys.sort();
            Value::Object(
                keys.into_iter()
                    .map(|k| (k.clone(), sorted_keys(&m[k])))
                    .collect(),
            )
        }
        Value::Array(a) => Value::Array(a.iter().map(sorted_keys).collect()),
        other => other.clone(),
    }
}

/// Render a value as a YAML document (without a leading `---`).
pub fn to_string(v: &Value) -> String {
    let mut out = String::new();
    match v {
        Value::Object(m) if !m.is_empty() => write_map(&mut out, m, 0),
        Value::Array(a) if !a.is_empty() => write_seq(&mut out, a, 0),
        _ => {
            out.push_str(&scalar(v));
            out.push('\n');
        }
    }
    out
}

fn indent(out: &mut String, n: usize) {
    for _ in 0..n {
        out.push(' ');
    }
}

fn write_map(out: &mut String, m: &serde_json::Map<String, Value>, ind: usize) {
    for (k, v) in m {
        indent(out, ind);
        out.push_str(&key(k));
        out.push(':');
        write_child(out, v, ind, false);
    }
}

fn write_seq(out: &mut String, a: &[Value], ind: usize) {
    for v in a {
        indent(out, ind);
        out.push('-');
        match v {
            Value::Object(m) if !m.is_empty() => {
                // first entry on the dash line, the rest indented under it
                let mut first = true;
                for (k, val) in m {
                    if first {
                        out.push(' ');
                        first = false;
                    } else {
                        indent(out, ind + 2);
                    }
                    out.push_str(&key(k));
                    out.push(':');
                    write_child(out, val, ind + 2, false);
                }
            }
            _ => write_child(out, v, ind, true),
        }
    }
}

/// Write the value after `key:` or `-`.
fn write_child(out: &mut String, v: &Value, ind: usize, in_seq: bool) {
    match v {
        Value::Object(m) if !m.is_empty() => {
            out.push('\n');
            write_map(out, m, ind + 2);
        }
        Value::Array(a) if !a.is_empty() => {
            out.push('\n');
            // sequences under a mapping key stay at the key's indent; nested ones go deeper
            write_seq(out, a, if in_seq { ind + 2 } else { ind });
        }
        Value::String(s) if s.contains('\n') && !s.contains(['\r', '\t']) => {
            let chomp = if s.ends_with('\n') {
                if s.ends_with("\n\n") { "+" } else { "" }
            } else {
                "-"
            };
            let lead = if s.starts_with(' ') { "2" } else { "" };
            out.push_str(&format!(" |{lead}{chomp}\n"));
            let body = s.strip_suffix('\n').unwrap_or(s);
            for line in body.split('\n') {
                if !line.is_empty() {
                    indent(out, ind + 2);
                    out.push_str(line);
                }
                out.push('\n');
            }
        }
        _ => {
            out.push(' ');
            out.push_str(&scalar(v));
            out.push('\n');
        }
    }
}

fn key(k: &str) -> String {
    quoted(k)
}

/// A string scalar, quoted as go-yaml (and so kubectl) quotes it: double quotes when the plain
/// text would read as another type (`"1.20"`, `"true"`, a timestamp), single quotes when it
/// only cannot be written plain (`'@type'`), otherwise plain.
fn quoted(s: &str) -> String {
    if reads_as_other_type(s) && !s.chars().any(|c| c.is_control()) {
        serde_json::to_string(s).unwrap_or_default()
    } else if needs_quotes(s) {
        quote(s)
    } else {
        s.to_string()
    }
}

/// Would the plain scalar resolve to a non-string (YAML 1.1 as go-yaml reads it)?
fn reads_as_other_type(s: &str) -> bool {
    if s.is_empty() {
        return false;
    }
    let resolved =
        crate::resource::yaml::resolve_scalar(s, saphyr_parser::ScalarStyle::Plain, None);
    !resolved.is_string()
        || matches!(
            s.to_ascii_lowercase().as_str(),
            "y" | "n" | "yes" | "no" | "on" | "off" | ".inf" | "-.inf" | ".nan"
        )
        || is_timestamp(s)
}

/// go-yaml's timestamp forms: `2006-1-2`, `2006-1-2T15:4:5.999Z07:00`, `2006-1-2 15:4:5`.
fn is_timestamp(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    let digits = |i: &mut usize, min: usize, max: usize| {
        let start = *i;
        while *i < b.len() && b[*i].is_ascii_digit() && *i - start < max {
            *i += 1;
        }
        *i - start >= min
    };
    let sep = |i: &mut usize, c: u8| {
        if *i < b.len() && b[*i] == c {
            *i += 1;
            true
        } else {
            false
        }
    };
    if !(digits(&mut i, 4, 4)
        && sep(&mut i, b'-')
        && digits(&mut i, 1, 2)
        && sep(&mut i, b'-')
        && digits(&mut i, 1, 2))
    {
        return false;
    }
    if i == b.len() {
        return true;
    }
    let zoned = matches!(b[i], b'T' | b't');
    if !(zoned || b[i] == b' ') {
        return false;
    }
    i += 1;
    if !(digits(&mut i, 1, 2)
        && sep(&mut i, b':')
        && digits(&mut i, 1, 2)
        && sep(&mut i, b':')
        && digits(&mut i, 1, 2))
    {
        return false;
    }
    if sep(&mut i, b'.') && !digits(&mut i, 1, 9) {
        return false;
    }
    if i == b.len() {
        return !zoned;
    }
    if zoned && sep(&mut i, b'Z') {
        return i == b.len();
    }
    if zoned && (sep(&mut i, b'+') || sep(&mut i, b'-')) {
        return digits(&mut i, 2, 2) && sep(&mut i, b':') && digits(&mut i, 2, 2) && i == b.len();
    }
    false
}

fn scalar(v: &Value) -> String {
    match v {
        Value::Null => "null".to_string(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => quoted(s),
        Value::Array(_) => "[]".to_string(),
        Value::Object(_) => "{}".to_string(),
    }
}

fn quote(s: &str) -> String {
    if s.chars().any(|c| c.is_control()) {
        // double quotes can escape anything
        serde_json::to_string(s).unwrap_or_default()
    } else {
        format!("'{}'", s.replace('\'', "''"))
    }
}

fn needs_quotes(s: &str) -> bool {
    if s.is_empty() {
        return true;
    }
    // would it read back as another type?
    let resolved =
        crate::resource::yaml::resolve_scalar(s, saphyr_parser::ScalarStyle::Plain, None);
    if !resolved.is_string() {
        return true;
    }
    if matches!(
        s.to_ascii_lowercase().as_str(),
        "y" | "n" | "yes" | "no" | "on" | "off" | ".inf" | "-.inf" | ".nan"
    ) {
        return true;
    }
    let first = s.chars().next().unwrap_or(' ');
    if "-?:,[]{}#&*!|>'\"%@`".contains(first)
        && !(first == '-' && s.len() > 1 && !s.get(1..).is_some_and(|r| r.starts_with(' ')))
    {
        return true;
    }
    if s.starts_with(' ') || s.ends_with(' ') {
        return true;
    }
    s.contains(": ") || s.contains(" #") || s.ends_with(':') || s.chars().any(|c| c.is_control())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn emits_kubectl_style() {
        let v = json!({"a": 1, "b": ["x", {"c": "true", "d": ""}], "e": {"f": null}, "g": []});
        assert_eq!(
            to_string(&v),
            "a: 1\nb:\n- x\n- c: \"true\"\n  d: ''\ne:\n  f: null\ng: []\n"
        );
    }

    #[test]
    fn strings_that_read_as_other_types_are_double_quoted_like_kubectl() {
        let v = json!({"v": "1.20", "t": "2022-12-08T11:03:53.361Z", "d": "2024-1-2", "p": "2022-12-08T09:07:09Z/10", "k": "@type"});
        assert_eq!(
            to_string(&v),
            "v: \"1.20\"\nt: \"2022-12-08T11:03:53.361Z\"\nd: \"2024-1-2\"\np: 2022-12-08T09:07:09Z/10\nk: '@type'\n"
        );
    }

    #[test]
    fn multi_line_strings_use_literal_blocks() {
        let v = json!({"s": "line1\nline2\n"});
        assert_eq!(to_string(&v), "s: |\n  line1\n  line2\n");
    }

    #[test]
    fn output_parses_back_to_the_same_value() {
        let v = json!({"k": ["- a", "b: c", "#x", "10", "1.5", "null", "yes", {"n": [[1, 2], []]}], "m": "a\nb"});
        let text = to_string(&v);
        let (docs, err) = crate::resource::yaml::parse_chunk(&text);
        assert!(err.is_none(), "{err:?}\n{text}");
        assert_eq!(docs[0].0, v, "{text}");
    }
}
