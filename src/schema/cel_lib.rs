//! Kubernetes CEL library functions that the `cel` crate lacks and CRD rules use:
//! `isURL`, `url` with `getScheme`/`getHost`/`getHostname`/`getPort`/`getEscapedPath`/`getQuery`,
//! `isIP`, `isCIDR`.
//!
//! URLs follow Go's `url.ParseRequestURI`, which Kubernetes uses: an absolute URI (`scheme:...`)
//! or an absolute path (`/...`).

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Arc;

use cel::extractors::This;
use cel::objects::{Key, Map};
use cel::{Context, ExecutionError, Value};

/// The parts of a URL, as `url()` returns them.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Url {
    pub scheme: String,
    pub host: String,
    pub path: String,
    pub query: String,
    pub opaque: String,
}

impl Url {
    pub fn hostname(&self) -> &str {
        let h = &self.host;
        if let Some(rest) = h.strip_prefix('[') {
            return rest.split(']').next().unwrap_or_default();
        }
        match h.rsplit_once(':') {
            Some((name, _)) => name,
            None => h,
        }
    }

    pub fn port(&self) -> &str {
        let h = &self.host;
        let after = match h.rsplit_once(']') {
            Some((_, after)) => after,
            None => h,
        };
        match after.rsplit_once(':') {
            Some((_, port)) => port,
            None => "",
        }
    }
}

/// Parse like Go's `url.ParseRequestURI`.
pub fn parse_request_uri(s: &str) -> Result<Url, String> {
    if s.is_empty() {
        return Err("empty url".into());
    }
    if s.chars().any(|c| c.is_ascii_control()) {
        return Err("invalid control character in URL".into());
    }
    let (rest, query) = match s.split_once('?') {
        Some((r, q)) => (r, q.to_string()),
        None => (s, String::new()),
    };
    let (scheme, rest) = split_scheme(rest)?;
    let mut url = Url {
        scheme: scheme.to_ascii_lowercase(),
        query,
        ..Url::default()
    };
    if !rest.starts_with('/') {
        if url.scheme.is_empty() {
            return Err("invalid URI for request".into());
        }
        url.opaque = rest.to_string();
        return Ok(url);
    }
    if !url.scheme.is_empty()
        && let Some(after) = rest.strip_prefix("//")
    {
        let (authority, path) = match after.find('/').and_then(|i| after.split_at_checked(i)) {
            Some(split) => split,
            None => (after, ""),
        };
        let host = match authority.rsplit_once('@') {
            Some((user, h)) => {
                check_userinfo(user)?;
                h
            }
            None => authority,
        };
        check_host(host)?;
        check_escapes(path)?;
        url.host = host.to_string();
        url.path = path.to_string();
        return Ok(url);
    }
    check_escapes(rest)?;
    url.path = rest.to_string();
    Ok(url)
}

fn split_scheme(s: &str) -> Result<(&str, &str), String> {
    for (i, c) in s.char_indices() {
        if c.is_ascii_alphabetic() {
            continue;
        }
        if c.is_ascii_digit() || c == '+' || c == '-' || c == '.' {
            if i == 0 {
                return Ok(("", s));
            }
            continue;
        }
        if c == ':' {
            if i == 0 {
                return Err("missing protocol scheme".into());
            }
            return Ok(s.split_once(':').unwrap_or((s, "")));
        }
        return Ok(("", s));
    }
    Ok(("", s))
}

/// Every `%` starts a two-digit hex escape.
fn check_escapes(s: &str) -> Result<(), String> {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            let ok =
                i + 2 < b.len() && b[i + 1].is_ascii_hexdigit() && b[i + 2].is_ascii_hexdigit();
            if !ok {
                let end = (i + 3).min(b.len());
                return Err(format!(
                    "invalid URL escape {:?}",
                    String::from_utf8_lossy(&b[i..end])
                ));
            }
            i += 3;
        } else {
            i += 1;
        }
    }
    Ok(())
}

fn check_userinfo(user: &str) -> Result<(), String> {
    if user
        .chars()
        .any(|c| !(c.is_ascii_alphanumeric() || "-._:~!$&'()*+,;=%@".contains(c)))
    {
        return Err("invalid userinfo".into());
    }
    check_escapes(user)
}

fn host_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || "-._~!$&'()*+,;=%".contains(c)
    } else {
        !c.is_control()
    }
}

fn check_host(host: &str) -> Result<(), String> {
    let (name, port) = if let Some(rest) = host.strip_prefix('[') {
        match rest.split_once(']') {
            Some((ip, after)) => {
                if ip
                    .split('%')
                    .next()
                    .unwrap_or_default()
                    .parse::<IpAddr>()
                    .is_err()
                {
                    return Err(format!("invalid IPv6 host {host:?}"));
                }
                (None, after.strip_prefix(':'))
            }
            None => return Err("missing ']' in host".into()),
        }
    } else {
        match host.rsplit_once(':') {
            Some((n, p)) => (Some(n), Some(p)),
            None => (Some(host), None),
        }
    };
    if let Some(p) = port
        && !p.chars().all(|c| c.is_ascii_digit())
    {
        return Err(format!("invalid port {:?} after host", format!(":{p}")));
    }
    if let Some(n) = name
        && let Some(bad) = n.chars().find(|c| !host_char(*c))
    {
        return Err(format!(
            "invalid character {:?} in host name",
            bad.to_string()
        ));
    }
    Ok(())
}

fn url_value(u: &Url) -> Value {
    let mut m: HashMap<Key, Value> = HashMap::new();
    let mut put = |k: &str, v: &str| {
        m.insert(
            Key::String(Arc::new(k.into())),
            Value::String(Arc::new(v.into())),
        );
    };
    put("@url.scheme", &u.scheme);
    put("@url.host", &u.host);
    put("@url.hostname", u.hostname());
    put("@url.port", u.port());
    put("@url.path", &u.path);
    put("@url.query", &u.query);
    Value::Map(Map { map: Arc::new(m) })
}

fn url_part(this: &Value, part: &str, function: &str) -> Result<Value, ExecutionError> {
    if let Value::Map(m) = this
        && let Some(v) = m.map.get(&Key::String(Arc::new(format!("@url.{part}"))))
    {
        return Ok(v.clone());
    }
    Err(ExecutionError::function_error(
        function,
        "not a URL (use url(string))",
    ))
}

/// Add the functions to a root context.
pub fn register(ctx: &mut Context<'static, 'static>) {
    // Names that clash with the standard library are skipped rather than failing: the rule
    // using them then reports an evaluation error.
    let _ = ctx.add_function("isURL", |s: Arc<String>| parse_request_uri(&s).is_ok());
    let _ = ctx.add_function("url", |s: Arc<String>| -> Result<Value, ExecutionError> {
        parse_request_uri(&s).map(|u| url_value(&u)).map_err(|e| {
            ExecutionError::function_error(
                "url",
                format!("URL parse error during conversion from string: {e}"),
            )
        })
    });
    let _ = ctx.add_function("getScheme", |This(u): This<Value>| {
        url_part(&u, "scheme", "getScheme")
    });
    let _ = ctx.add_function("getHost", |This(u): This<Value>| {
        url_part(&u, "host", "getHost")
    });
    let _ = ctx.add_function("getHostname", |This(u): This<Value>| {
        url_part(&u, "hostname", "getHostname")
    });
    let _ = ctx.add_function("getPort", |This(u): This<Value>| {
        url_part(&u, "port", "getPort")
    });
    let _ = ctx.add_function("getEscapedPath", |This(u): This<Value>| {
        url_part(&u, "path", "getEscapedPath")
    });
    let _ = ctx.add_function("getQuery", |This(u): This<Value>| {
        url_part(&u, "query", "getQuery")
    });
    let _ = ctx.add_function("isIP", |s: Arc<String>| is_ip(&s));
    let _ = ctx.add_function("isCIDR", |s: Arc<String>| is_cidr(&s));
}

/// Kubernetes' `isIP`: an IPv4 or IPv6 address, without a zone.
pub fn is_ip(s: &str) -> bool {
    !s.contains('%') && s.parse::<IpAddr>().is_ok()
}

/// Kubernetes' `isCIDR`: `address/prefix`.
pub fn is_cidr(s: &str) -> bool {
    s.parse::<ipnet::IpNet>().is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_uris_like_go() {
        let u = parse_request_uri("https://example.com:8443/jwks?x=1").expect("valid");
        assert_eq!(u.scheme, "https");
        assert_eq!(u.hostname(), "example.com");
        assert_eq!(u.port(), "8443");
        assert_eq!(u.path, "/jwks");
        assert_eq!(parse_request_uri("/just/a/path").expect("path").scheme, "");
        assert_eq!(
            parse_request_uri("OCI://ghcr.io/x").expect("oci").scheme,
            "oci"
        );
        // opaque: a scheme without `//`
        assert_eq!(
            parse_request_uri("mailto:a@b").expect("opaque").scheme,
            "mailto"
        );
        for bad in [
            "",
            "example.com/x",
            ":nope",
            "http://a b/",
            "http://x:abc/",
            "#%blah$#@",
            "http://#%blah$#@",
            "http://x/%zz",
        ] {
            assert!(
                parse_request_uri(bad).is_err(),
                "{bad:?} should be rejected"
            );
        }
    }

    #[test]
    fn ips_and_cidrs() {
        assert!(is_ip("10.0.0.1") && is_ip("::1"));
        assert!(!is_ip("10.0.0.256") && !is_ip("fe80::1%eth0"));
        assert!(is_cidr("10.0.0.0/8") && is_cidr("2001:db8::/32"));
        assert!(!is_cidr("10.0.0.0") && !is_cidr("10.0.0.0/33"));
    }
}
