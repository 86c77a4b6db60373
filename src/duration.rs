//! The one duration parser: Go's duration strings (`300ms`, `1.5s`, `1h30m`), as Istio reads
//! them in resources and as istioctl's flags (`--timeout`, `--readiness-timeout`) take them.
//! Every conversion is checked: a value out of range is an error, never a panic or a wrap.

use std::time::Duration;

/// Split `s` after its leading run of characters matching `keep`.
fn split_while(s: &str, keep: impl Fn(char) -> bool) -> (&str, &str) {
    let end = s.find(|c: char| !keep(c)).unwrap_or(s.len());
    s.split_at_checked(end).unwrap_or((s, ""))
}

/// Parse a Go duration string into nanoseconds; None when it is not one or is out of Go's
/// range (about 292 years, `i64` nanoseconds).
pub fn parse(s: &str) -> Option<i128> {
    let (neg, mut rest) = match (s.strip_prefix('-'), s.strip_prefix('+')) {
        (Some(r), _) => (true, r),
        (None, Some(r)) => (false, r),
        (None, None) => (false, s),
    };
    if rest == "0" {
        return Some(0);
    }
    if rest.is_empty() {
        return None;
    }
    let mut total: i128 = 0;
    while !rest.is_empty() {
        let (int_part, r) = split_while(rest, |c| c.is_ascii_digit());
        rest = r;
        let mut frac_part = "";
        if let Some(r) = rest.strip_prefix('.') {
            (frac_part, rest) = split_while(r, |c| c.is_ascii_digit());
        }
        if int_part.is_empty() && frac_part.is_empty() {
            return None;
        }
        let (unit, r) = split_while(rest, |c| !(c.is_ascii_digit() || c == '.'));
        rest = r;
        let unit: i128 = match unit {
            "ns" => 1,
            "us" | "µs" | "μs" => 1_000,
            "ms" => 1_000_000,
            "s" => 1_000_000_000,
            "m" => 60_000_000_000,
            "h" => 3_600_000_000_000,
            _ => return None,
        };
        let whole: i128 = if int_part.is_empty() {
            0
        } else {
            int_part.parse().ok()?
        };
        let mut value = whole.checked_mul(unit)?;
        if !frac_part.is_empty() {
            // digits are ASCII: the first 18 are enough below a nanosecond
            let digits = frac_part
                .get(..frac_part.len().min(18))
                .unwrap_or(frac_part);
            let f: i128 = digits.parse().ok()?;
            let scale = 10i128.checked_pow(u32::try_from(digits.len()).ok()?)?;
            value = value.checked_add(f.checked_mul(unit)? / scale)?;
        }
        total = total.checked_add(value)?;
        if total > i128::from(i64::MAX) {
            return None;
        }
    }
    Some(if neg { -total } else { total })
}

/// A duration flag's value (clap `value_parser`): a Go duration, not negative, within range.
pub fn flag(s: &str) -> Result<Duration, String> {
    let t = s.trim();
    let Some(ns) = parse(t) else {
        return Err(format!(
            "invalid duration {s:?}: expected a number and a unit (ns, us, ms, s, m, h) such as 30s, 500ms or 1m30s, at most 2562047h"
        ));
    };
    let ns = u64::try_from(ns).map_err(|_| format!("invalid duration {s:?}: negative"))?;
    Ok(Duration::from_nanos(ns))
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
        assert_eq!(parse("2µs"), Some(2_000));
        for bad in [
            "", "s", "10", "1x", "1..5s", "abc", "-", "1é", "é1s", "1e300",
        ] {
            assert_eq!(parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn out_of_range_is_an_error_not_a_panic() {
        assert_eq!(parse("2562047h"), Some(2_562_047 * 3_600_000_000_000));
        assert_eq!(parse("2562048h"), None);
        assert_eq!(parse("99999999999999999999s"), None);
        assert_eq!(
            parse("999999999999999999999999999999999999999999999999999999999999s"),
            None
        );
        assert_eq!(
            parse("1.99999999999999999999999999999s"),
            Some(1_999_999_999)
        );
    }

    #[test]
    fn flags_take_non_negative_go_durations() {
        assert_eq!(flag("30s"), Ok(Duration::from_secs(30)));
        assert_eq!(flag("1m30s"), Ok(Duration::from_secs(90)));
        assert_eq!(flag("500ms"), Ok(Duration::from_millis(500)));
        assert_eq!(flag("1ns"), Ok(Duration::from_nanos(1)));
        assert_eq!(flag("0"), Ok(Duration::ZERO));
        for bad in ["10", "abc", "-1s", "1e300", "99999999999999999999s", ""] {
            let err = flag(bad).expect_err(bad);
            assert!(err.starts_with("invalid duration"), "{bad}: {err}");
        }
    }
}
