//! HTTP pieces shared by several kinds: header names and values, header operations, string
//! matches and their RE2 regexes.

use serde_json::Value;

use super::common::{Cx, P, entries, get, s, strs};
use crate::resource::Field;

/// An RFC 7230 token character (header names).
fn tchar(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b)
}

/// A header name made of HTTP token characters.
pub fn is_token(name: &str) -> bool {
    !name.is_empty() && name.bytes().all(tchar)
}

/// Istio's stricter header names (letters, digits, `-`, `_`), used for outputClaimToHeaders.
pub fn strict_header_name(name: &str) -> Result<(), String> {
    if name.is_empty() {
        return Err("header name cannot be empty".into());
    }
    if !name
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    {
        return Err(format!(
            "header name {name:?} is not valid: only letters, digits, '-' and '_' are allowed"
        ));
    }
    Ok(())
}

/// A header name in a route match: a token, a pseudo header, or a JWT claim
/// (`@request.auth.claims.NAME` / `@request.auth.claims[NAME]`).
pub fn match_header_name(name: &str) -> Result<(), String> {
    if name.is_empty() {
        return Err("header name cannot be empty".into());
    }
    if is_jwt_claim_route(name)
        || matches!(
            name,
            ":method" | ":scheme" | ":authority" | ":path" | ":status"
        )
    {
        return Ok(());
    }
    if !is_token(name) {
        return Err(format!(
            "header name {name:?} is not a valid HTTP header name"
        ));
    }
    Ok(())
}

/// Whether a match header names a JWT claim (`@request.auth.claims...`).
pub fn is_jwt_claim_route(name: &str) -> bool {
    let Some(rest) = name.strip_prefix("@request.auth.claims") else {
        return false;
    };
    if let Some(r) = rest.strip_prefix('.') {
        return !r.is_empty();
    }
    if let Some(r) = rest.strip_prefix('[') {
        return r.len() > 1 && r.ends_with(']');
    }
    false
}

/// A CORS header name: `*` or a token.
pub fn cors_header_name(name: &str) -> Result<(), String> {
    if name.is_empty() {
        return Err("header name cannot be empty".into());
    }
    if name == "*" || is_token(name) {
        Ok(())
    } else {
        Err(format!(
            "header name {name:?} is not a valid HTTP header name"
        ))
    }
}

fn is_pseudo_or_host(name: &str) -> bool {
    name.starts_with(':') || name.eq_ignore_ascii_case("host")
}

fn is_authority(name: &str) -> bool {
    name.eq_ignore_ascii_case(":authority") || name.eq_ignore_ascii_case("host")
}

/// A header Envoy substitutes into: control characters are refused, and `%VAR%` expressions
/// must be well formed (`%%` is a literal percent).
pub fn header_value(v: &str) -> Result<(), String> {
    if v.bytes().any(|b| (b < 0x20 && b != b'\t') || b == 0x7f) {
        return Err(format!("header value {v:?} contains control characters"));
    }
    value_expression(v).map_err(|e| format!("header value {v:?}: {e}"))
}

fn value_expression(v: &str) -> Result<(), &'static str> {
    #[derive(PartialEq)]
    enum St {
        Literal,
        Name,
        ArrayStart,
        StrStart,
        Str,
        DelimOrEnd,
        ArgsEnd,
        VarEnd,
    }
    let b = v.as_bytes();
    let mut st = St::Literal;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let has_next = i + 1 < b.len();
        match st {
            St::Literal => {
                if c == b'%' {
                    if !has_next {
                        return Err("a single '%' must be written '%%'");
                    }
                    if b[i + 1] == b'%' {
                        i += 1;
                    } else {
                        st = St::Name;
                    }
                }
            }
            St::Name => {
                if c == b'%' {
                    st = St::Literal;
                } else if c == b'(' {
                    st = St::ArrayStart;
                }
            }
            St::ArrayStart => {
                if c == b'[' {
                    st = St::StrStart;
                } else if c != b' ' {
                    st = St::Str;
                }
            }
            St::DelimOrEnd => match c {
                b',' => st = St::StrStart,
                b']' => st = St::ArgsEnd,
                b' ' => {}
                _ => return Err("expected ',', ']' or a space in the argument list"),
            },
            St::StrStart => {
                if c == b'"' {
                    st = St::Str;
                } else if c != b' ' {
                    return Err("expected '\"' to start an argument");
                }
            }
            St::Str => {
                if c == b'\\' {
                    if !has_next {
                        return Err("unterminated backslash in an argument");
                    }
                    i += 1;
                } else if c == b')' {
                    st = St::VarEnd;
                } else if c == b'"' {
                    st = St::DelimOrEnd;
                }
            }
            St::ArgsEnd => {
                if c == b')' {
                    st = St::VarEnd;
                } else if c != b' ' {
                    return Err("expected ')' after the argument list");
                }
            }
            St::VarEnd => {
                if c == b'%' {
                    st = St::Literal;
                } else if c != b' ' {
                    return Err("expected '%' to close the variable");
                }
            }
        }
        i += 1;
    }
    if st != St::Literal {
        return Err("unterminated %VARIABLE% expression");
    }
    Ok(())
}

/// The `headers: {request: {set, add, remove}, response: {...}}` operations of a route.
pub fn header_operations(cx: &mut Cx, headers: &Value, p: &P) {
    for side in ["request", "response"] {
        let Some(ops) = get(headers, side) else {
            continue;
        };
        let ps = p.k(side);
        for op in ["set", "add"] {
            let po = ps.k(op);
            for (name, val) in entries(ops, op) {
                let pn = po.k(name);
                if name.is_empty() {
                    cx.err(&pn, "header name cannot be empty");
                } else if side == "request" {
                    if is_pseudo_or_host(name) && !is_authority(name) {
                        cx.err(
                            &pn,
                            format!(
                                "cannot {op} header {name:?}: names starting with ':' are reserved"
                            ),
                        );
                    }
                } else {
                    operation_name(cx, name, &pn, op);
                }
                if let Some(v) = val.as_str() {
                    cx.check(&pn, header_value(v));
                }
            }
        }
        let pr = ps.k("remove");
        for (i, name) in strs(ops, "remove") {
            operation_name(cx, name, &pr.i(i), "remove");
        }
    }
}

fn operation_name(cx: &mut Cx, name: &str, p: &P, op: &str) {
    if name.is_empty() {
        cx.err(p, "header name cannot be empty");
    } else if name.eq_ignore_ascii_case("host") {
        cx.err(p, format!("cannot {op} the Host header here"));
    } else if name.starts_with(':') {
        cx.err(
            p,
            format!("cannot {op} header {name:?}: names starting with ':' are reserved"),
        );
    }
}

/// Whether `request.set`/`request.add` set the authority header, and the value.
pub fn authority_values(headers: Option<&Value>) -> impl Iterator<Item = (&str, &str)> {
    headers
        .and_then(|h| get(h, "request"))
        .into_iter()
        .flat_map(|r| {
            ["set", "add"]
                .into_iter()
                .flat_map(move |op| entries(r, op).map(move |(k, v)| (op, k, v)))
        })
        .filter(|(_, k, _)| is_authority(k))
        .map(|(op, _, v)| (op, v.as_str().unwrap_or("")))
}

/// Compile an RE2 regex the way Envoy will (length limit 1024).
pub fn regex(re: &str) -> Result<(), String> {
    if re.len() > 1024 {
        return Err("regex is too large: at most 1024 characters".into());
    }
    regex::Regex::new(re).map(|_| ()).map_err(|e| {
        let first = e.to_string();
        let short = first.lines().last().unwrap_or(&first).trim().to_string();
        format!("invalid RE2 regex {re:?}: {short}")
    })
}

/// A `StringMatch` (`exact`/`prefix`/`regex`): a prefix must not be empty (unless
/// `allow_empty_prefix`), a regex must compile.
pub fn string_match(cx: &mut Cx, m: &Value, p: &P, allow_empty_prefix: bool) {
    if let Some(Value::String(pre)) = m.field("prefix")
        && pre.is_empty()
        && !allow_empty_prefix
    {
        cx.err(&p.k("prefix"), "prefix match must not be empty");
    }
    if let Some(Value::String(re)) = m.field("regex") {
        if re.is_empty() {
            cx.err(&p.k("regex"), "regex match must not be empty");
        } else {
            cx.check(&p.k("regex"), regex(re));
        }
    }
}

/// The string of whichever match type is set.
pub fn match_value(m: &Value) -> &str {
    for k in ["exact", "prefix", "regex"] {
        let v = s(m, k);
        if !v.is_empty() {
            return v;
        }
    }
    ""
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn header_names() {
        assert!(match_header_name("x-user").is_ok());
        assert!(match_header_name(":authority").is_ok());
        assert!(match_header_name("@request.auth.claims.group").is_ok());
        assert!(match_header_name("@request.auth.claims[group]").is_ok());
        assert!(match_header_name("bad header").is_err());
        assert!(match_header_name("").is_err());
        assert!(strict_header_name("x-jwt_claim").is_ok());
        assert!(strict_header_name("x.jwt").is_err());
        assert!(cors_header_name("*").is_ok());
        assert!(cors_header_name("a b").is_err());
    }

    #[test]
    fn header_values() {
        for ok in [
            "foo",
            "%HOSTNAME%",
            "100%%",
            "prefix %HOSTNAME% suffix",
            "%REQ(x-foo)%",
            "%ENVIRONMENT([\"a\"])%",
        ] {
            assert!(header_value(ok).is_ok(), "{ok}");
        }
        for bad in ["abc%123", "%START_TIME%%", "a\u{1}b", "%VAR(x"] {
            assert!(header_value(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn operations() {
        let mut cx = Cx::new("default");
        let h = json!({"request": {"set": {"host": "x", ":path": "/"}, "remove": ["Host"]},
                       "response": {"add": {"x-ok": "1", ":status": "2"}}});
        header_operations(&mut cx, &h, &P::Root);
        let paths: Vec<String> = cx.out.iter().map(|f| f.path.to_string()).collect();
        assert_eq!(
            paths,
            vec![
                "request.set.:path",
                "request.remove[0]",
                "response.add.:status"
            ]
        );
    }

    #[test]
    fn regexes() {
        assert!(regex("^/api/v[0-9]+").is_ok());
        assert!(regex("(unclosed").is_err());
        // RE2 has no look-around
        assert!(regex("a(?=b)").is_err());
        assert!(regex(&"a".repeat(1025)).is_err());
        let mut cx = Cx::new("default");
        string_match(&mut cx, &json!({"prefix": ""}), &P::Root, false);
        string_match(&mut cx, &json!({"regex": "["}), &P::Root, false);
        string_match(&mut cx, &json!({"prefix": ""}), &P::Root, true);
        assert_eq!(cx.out.len(), 2);
    }
}
