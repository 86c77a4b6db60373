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
    if first == b'.' && !underscores_between_digits(t) {
        // go-yaml reads a scalar starting with `.` with Go's ParseFloat, which takes an `_`
        // only between two digits
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
    // go-yaml's last try: `0b` and what Go's ParseInt reads in base 2, a sign included (`0b-1`)
    let binary = plain.strip_prefix("0b")?;
    let digits = binary.strip_prefix(['-', '+']).unwrap_or(binary);
    if digits.is_empty() || !digits.bytes().all(|b| matches!(b, b'0' | b'1')) {
        return None;
    }
    i64::from_str_radix(binary, 2)
        .ok()
        .map(|i| Value::Number(i.into()))
        .or_else(|| {
            u64::from_str_radix(binary, 2)
                .ok()
                .map(|u| Value::Number(u.into()))
        })
}

/// Whether every `_` of `t` sits between two ASCII digits.
fn underscores_between_digits(t: &str) -> bool {
    let b = t.as_bytes();
    b.iter().enumerate().all(|(i, &c)| {
        c != b'_'
            || (i > 0
                && b.get(i - 1).is_some_and(u8::is_ascii_digit)
                && b.get(i + 1).is_some_and(u8::is_ascii_digit))
    })
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

/// A mapping key as kubectl spells it: go-yaml v2 types a plain (or `!!bool`/`!!int`/...
/// tagged) key like any other scalar, and sigs.k8s.io/yaml writes it back as a JSON key: `on` is
/// "true", `0400` is "256", `1e3` is "1000". A null key (`~`, `null`, nothing) cannot be a JSON
/// key: the error says so.
pub fn key_text(text: &str, style: ScalarStyle, tag: Option<&str>) -> Result<String, String> {
    match typed_scalar(text, style, tag) {
        None => Ok(text.to_string()),
        Some(Value::Null) => Err(format!(
            "a null mapping key ({}): kubectl cannot make it a JSON key; quote it",
            if text.is_empty() { "empty" } else { text }
        )),
        Some(Value::Bool(b)) => Ok(b.to_string()),
        Some(Value::Number(n)) => Ok(match (n.as_i64(), n.as_u64(), n.as_f64()) {
            (Some(i), _, _) => i.to_string(),
            (_, Some(u), _) => {
                // go-yaml types it uint64, which sigs.k8s.io/yaml does not take as a key
                return Err(format!(
                    "mapping key {u} is past the largest int64: kubectl cannot make it a JSON key; quote it"
                ));
            }
            (_, _, Some(f)) => go_float_key(f),
            _ => text.to_string(),
        }),
        Some(_) => Ok(text.to_string()),
    }
}

/// Go's `strconv.FormatFloat(f, 'g', -1, 32)`: the shortest digits of the float32, in
/// exponent form (`1e+06`, `1.5e-05`) when the exponent is below -4 or at least 6.
fn go_float_key(f: f64) -> String {
    #[allow(clippy::cast_possible_truncation)]
    let f = f as f32;
    if f.is_nan() {
        return ".nan".to_string();
    }
    if f.is_infinite() {
        return if f > 0.0 { ".inf" } else { "-.inf" }.to_string();
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return format!("{sign}0");
    }
    let e = format!("{:e}", f.abs());
    let (mantissa, exp) = e.split_once('e').unwrap_or((e.as_str(), "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    if !(-4..6).contains(&exp) {
        let mut chars = digits.chars();
        let first = chars.next().unwrap_or('0');
        let rest: String = chars.collect();
        let dot = if rest.is_empty() { "" } else { "." };
        let esign = if exp < 0 { '-' } else { '+' };
        return format!("{sign}{first}{dot}{rest}e{esign}{:02}", exp.unsigned_abs());
    }
    let point = usize::try_from(exp + 1).unwrap_or(0);
    if exp < 0 {
        let zeros = "0".repeat(exp.unsigned_abs() as usize - 1);
        return format!("{sign}0.{zeros}{digits}");
    }
    let whole: String = digits
        .chars()
        .chain(std::iter::repeat('0'))
        .take(point.max(digits.len()))
        .collect();
    let (int, frac) = (
        whole.chars().take(point).collect::<String>(),
        whole.chars().skip(point).collect::<String>(),
    );
    if frac.is_empty() {
        format!("{sign}{int}")
    } else {
        format!("{sign}{int}.{frac}")
    }
}
