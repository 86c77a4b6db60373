//! Durations as Istio reads them: Go duration strings (`1.5s`, `300ms`, `1h30m`), the form the
//! proto JSON decoder accepts. Rules require at least 1ms and millisecond precision.

use super::common::{Cx, P};
use serde_json::Value;

/// Parse a Go duration string into nanoseconds.
pub fn parse(s: &str) -> Option<i128> {
    let (neg, mut rest) = match s.as_bytes().first()? {
        b'-' => (true, &s[1..]),
        b'+' => (false, &s[1..]),
        _ => (false, s),
    };
    if rest == "0" {
        return Some(0);
    }
    if rest.is_empty() {
        return None;
    }
    let mut total: i128 = 0;
    while !rest.is_empty() {
        let int_end = rest
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(rest.len());
        let int_part = &rest[..int_end];
        rest = &rest[int_end..];
        let mut frac_part = "";
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(|c: char| !c.is_ascii_digit()).unwrap_or(r.len());
            frac_part = &r[..end];
            rest = &r[end..];
        }
        if int_part.is_empty() && frac_part.is_empty() {
            return None;
        }
        let unit_end = rest
            .find(|c: char| c.is_ascii_digit() || c == '.')
            .unwrap_or(rest.len());
        let unit: i128 = match &rest[..unit_end] {
            "ns" => 1,
            "us" | "µs" | "μs" => 1_000,
            "ms" => 1_000_000,
            "s" => 1_000_000_000,
            "m" => 60_000_000_000,
            "h" => 3_600_000_000_000,
            _ => return None,
        };
        rest = &rest[unit_end..];
        let whole: i128 = if int_part.is_empty() {
            0
        } else {
            int_part.parse().ok()?
        };
        let mut value = whole.checked_mul(unit)?;
        if !frac_part.is_empty() {
            let digits = &frac_part[..frac_part.len().min(18)];
            let f: i128 = digits.parse().ok()?;
            value += f * unit / 10i128.pow(digits.len() as u32);
        }
        total = total.checked_add(value)?;
        if total > i64::MAX as i128 {
            return None;
        }
    }
    Some(if neg { -total } else { total })
}

const MS: i128 = 1_000_000;

/// Istio's duration rule: parsable, at least 1ms, whole milliseconds.
pub fn check(s: &str) -> Result<i128, String> {
    let Some(ns) = parse(s) else {
        return Err(format!(
            "{s:?} is not a valid duration (examples: 500ms, 10s, 1m30s)"
        ));
    };
    if ns < MS {
        return Err(format!("duration {s} must be at least 1ms"));
    }
    if ns % MS != 0 {
        return Err(format!(
            "duration {s} is finer than a millisecond: only millisecond precision is supported"
        ));
    }
    Ok(ns)
}

/// Check the duration field `key` of `v` when it is set.
pub fn field(cx: &mut Cx, v: &Value, key: &str, p: &P) {
    if let Some(Value::String(d)) = v.get(key)
        && let Err(e) = check(d)
    {
        cx.err(&p.k(key), e);
    }
}

/// Check a required duration field.
pub fn required(cx: &mut Cx, v: &Value, key: &str, p: &P, what: &str) {
    match v.get(key) {
        None | Some(Value::Null) => cx.err(&p.k(key), format!("{what} is required")),
        _ => field(cx, v, key, p),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_go_durations() {
        assert_eq!(parse("1s"), Some(1_000_000_000));
        assert_eq!(parse("1.5s"), Some(1_500_000_000));
        assert_eq!(parse("300ms"), Some(300_000_000));
        assert_eq!(parse("1h30m"), Some(5_400_000_000_000));
        assert_eq!(parse("0"), Some(0));
        assert_eq!(parse("-2s"), Some(-2_000_000_000));
        assert_eq!(parse(".5s"), Some(500_000_000));
        for bad in ["", "s", "10", "1x", "1..5s", "abc", "-"] {
            assert_eq!(parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn istio_rules() {
        assert!(check("1ms").is_ok());
        assert!(check("10s").is_ok());
        assert!(check("0s").is_err());
        assert!(check("500us").is_err());
        assert!(check("1.0005s").is_err());
        assert!(check("-1s").is_err());
        assert!(check("ten").is_err());
    }
}
