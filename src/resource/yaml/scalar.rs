//! Plain scalars typed as kubectl's YAML decoder types them.

use super::*;

/// Resolve a scalar as the YAML 1.2 core schema does (plus `!!str`/`!!int`/... tags).
pub fn resolve_scalar(text: &str, style: ScalarStyle, tag: Option<&str>) -> Value {
    typed_scalar(text, style, tag).unwrap_or_else(|| Value::String(text.to_string()))
}

/// A scalar's value when it is not a string (null, bool, number); None for strings, so the
/// caller can keep the text it already owns.
pub(super) fn typed_scalar(text: &str, style: ScalarStyle, tag: Option<&str>) -> Option<Value> {
    match tag {
        Some("str") | Some("binary") => return None,
        Some("null") => return Some(Value::Null),
        Some("bool") | Some("int") | Some("float") => return typed_plain(text),
        _ => {}
    }
    if style != ScalarStyle::Plain {
        return None;
    }
    typed_plain(text)
}

/// A plain scalar typed as kubectl reads it: sigs.k8s.io/yaml decodes with go-yaml v2, which
/// follows YAML 1.1's core types. So `yes`/`no`/`on`/`off`/`y`/`n` (in their three spellings)
/// are booleans, `0755` is octal, `1_000` is 1000, `0b101` is binary; what Kubernetes' schema
/// then makes of the value is validation's business.
fn typed_plain(t: &str) -> Option<Value> {
    match t {
        "" | "~" | "null" | "Null" | "NULL" => return Some(Value::Null),
        "true" | "True" | "TRUE" | "yes" | "Yes" | "YES" | "on" | "On" | "ON" | "y" | "Y" => {
            return Some(Value::Bool(true));
        }
        "false" | "False" | "FALSE" | "no" | "No" | "NO" | "off" | "Off" | "OFF" | "n" | "N" => {
            return Some(Value::Bool(false));
        }
        _ => {}
    }
    let first = *t.as_bytes().first()?;
    if !(first.is_ascii_digit() || matches!(first, b'-' | b'+' | b'.')) {
        return None;
    }
    let plain: std::borrow::Cow<str> = if t.contains('_') {
        t.replace('_', "").into()
    } else {
        t.into()
    };
    if let Some(n) = go_int(&plain) {
        return Some(n);
    }
    // decimal digits that are no octal number (`08`): go-yaml falls back to a float, which
    // Kubernetes' JSON then writes as the integer
    if is_int(&plain) {
        if let Ok(i) = plain.parse::<i64>() {
            return Some(Value::Number(i.into()));
        }
        if let Ok(u) = plain.trim_start_matches('+').parse::<u64>() {
            return Some(Value::Number(u.into()));
        }
    }
    if is_float(&plain)
        && let Ok(f) = plain.parse::<f64>()
        && let Some(n) = Number::from_f64(f)
    {
        return Some(Value::Number(n));
    }
    None
}

/// An integer by Go's `strconv.ParseInt(s, 0, 64)` (then `ParseUint`): an optional sign, then
/// `0x`/`0o`/`0b` with their bases, a leading `0` for octal, or decimal digits.
fn go_int(t: &str) -> Option<Value> {
    let (neg, digits) = match t.as_bytes().first()? {
        b'-' => (true, t.get(1..)?),
        b'+' => (false, t.get(1..)?),
        _ => (false, t),
    };
    let (radix, body) = if let Some(r) = digits.strip_prefix("0x").or(digits.strip_prefix("0X")) {
        (16, r)
    } else if let Some(r) = digits.strip_prefix("0o").or(digits.strip_prefix("0O")) {
        (8, r)
    } else if let Some(r) = digits.strip_prefix("0b").or(digits.strip_prefix("0B")) {
        (2, r)
    } else if digits.len() > 1 && digits.starts_with('0') {
        (8, digits.get(1..)?)
    } else {
        (10, digits)
    };
    if body.is_empty() || !body.chars().all(|c| c.is_digit(radix)) {
        return None;
    }
    let magnitude = u64::from_str_radix(body, radix).ok()?;
    if neg {
        let i = 0i64.checked_sub_unsigned(magnitude)?;
        Some(Value::Number(i.into()))
    } else if let Ok(i) = i64::try_from(magnitude) {
        Some(Value::Number(i.into()))
    } else {
        Some(Value::Number(magnitude.into()))
    }
}

fn is_int(t: &str) -> bool {
    let digits = t.strip_prefix(['-', '+']).unwrap_or(t);
    !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
}

fn is_float(t: &str) -> bool {
    // [-+]? ( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?
    let b = t.strip_prefix(['-', '+']).unwrap_or(t).as_bytes();
    let mut i = 0;
    let int_start = i;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    let int_digits = i - int_start;
    let mut frac_digits = 0;
    if i < b.len() && b[i] == b'.' {
        i += 1;
        let s = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        frac_digits = i - s;
    }
    if int_digits == 0 && frac_digits == 0 {
        return false;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        i += 1;
        if i < b.len() && (b[i] == b'-' || b[i] == b'+') {
            i += 1;
        }
        let s = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if i == s {
            return false;
        }
    }
    i == b.len()
}
