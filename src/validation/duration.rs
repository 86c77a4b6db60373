//! Durations as Istio reads them: Go duration strings (`1.5s`, `300ms`, `1h30m`), the form the
//! proto JSON decoder accepts. Rules require at least 1ms and millisecond precision.

use super::common::{Cx, P};
use serde_json::Value;

pub use crate::duration::parse;

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
