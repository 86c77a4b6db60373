//! The request a trace follows: `[METHOD] URL` with headers, or `tcp://host:port` /
//! `tls://sni:port`, parsed into what Envoy's matchers look at.

use std::net::IpAddr;

use serde::Serialize;

/// What kind of connection the application opens.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Protocol {
    /// Plain HTTP/1.1: the listener sees `raw_buffer`, ALPN `http/1.1` (the HTTP inspector).
    Http,
    /// Plain TCP: `raw_buffer`, no ALPN.
    Tcp,
    /// TLS from the application (`tls://`, `https://`): `tls` with the SNI.
    Tls,
}

#[derive(Debug, Clone, Serialize)]
pub struct Request {
    pub protocol: Protocol,
    /// HTTP only (empty for TCP and TLS).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub method: String,
    /// The host of the URL, lower case, without brackets for IPv6.
    pub host: String,
    pub port: u32,
    /// The `:authority` (`Host`) header: `-H host:` or the URL's `host[:port]`.
    pub authority: String,
    /// The path without the query string.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub path: String,
    /// The query string without `?` (empty when none).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub query: String,
    /// Headers as given (names lower case), then the pseudo headers; HTTP only.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub headers: Vec<(String, String)>,
    /// The destination IP: `--address`, or the URL's host when it is an IP.
    pub address: Option<IpAddr>,
}

#[derive(Debug, thiserror::Error)]
#[error("request: {0}")]
pub struct RequestError(pub String);

fn err(msg: impl Into<String>) -> RequestError {
    RequestError(msg.into())
}

const METHODS: &[&str] = &[
    "GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH",
];

impl Request {
    /// Parse `[METHOD] URL` (`words`), `-H 'name: value'` headers and `--address`.
    pub fn parse(
        words: &[String],
        headers: &[String],
        address: Option<&str>,
    ) -> Result<Request, RequestError> {
        let (method, url) = match words {
            [url] => (None, url.as_str()),
            [m, url] => (Some(m.as_str()), url.as_str()),
            [] => {
                return Err(err(
                    "missing: give [METHOD] URL, tcp://HOST:PORT or tls://SNI:PORT",
                ));
            }
            _ => return Err(err(format!("too many words: {}", words.join(" ")))),
        };
        if let Some(m) = method
            && !METHODS.iter().any(|k| k.eq_ignore_ascii_case(m))
        {
            return Err(err(format!(
                "unknown method {m:?} (one of {})",
                METHODS.join(", ")
            )));
        }
        let (scheme, rest) = match url.split_once("://") {
            Some((s, r)) => (s.to_ascii_lowercase(), r),
            None => ("http".to_string(), url),
        };
        let (protocol, default_port) = match scheme.as_str() {
            "http" => (Protocol::Http, Some(80)),
            "https" => (Protocol::Tls, Some(443)),
            "tls" => (Protocol::Tls, None),
            "tcp" => (Protocol::Tcp, None),
            other => {
                return Err(err(format!(
                    "{url}: unknown scheme {other:?} (http, https, tcp or tls)"
                )));
            }
        };
        if protocol != Protocol::Http && method.is_some() {
            return Err(err(format!("{url}: a method needs an http:// URL")));
        }
        let rest = rest.split_once('#').map_or(rest, |(a, _)| a);
        let split = rest.find(['/', '?']).unwrap_or(rest.len());
        let (authority_part, path_part) = rest.split_at(split);
        let (host, port) = split_host_port(authority_part)
            .ok_or_else(|| err(format!("{url}: bad host or port {authority_part:?}")))?;
        if host.is_empty() {
            return Err(err(format!("{url}: no host")));
        }
        let port = match (port, default_port) {
            (Some(p), _) => p,
            (None, Some(p)) => p,
            (None, None) => return Err(err(format!("{url}: {scheme}:// needs a port"))),
        };
        let (path, query) = match path_part.split_once('?') {
            Some((p, q)) => (p, q),
            None => (path_part, ""),
        };
        let path = if path.is_empty() { "/" } else { path };
        let mut parsed = Vec::new();
        for h in headers {
            let (name, value) = h
                .split_once(':')
                .filter(|(n, _)| !n.trim().is_empty())
                .ok_or_else(|| err(format!("header {h:?}: expected 'name: value'")))?;
            parsed.push((name.trim().to_ascii_lowercase(), value.trim().to_string()));
        }
        if protocol != Protocol::Http && !parsed.is_empty() {
            return Err(err(format!("{url}: headers need an http:// URL")));
        }
        let authority = parsed
            .iter()
            .find(|(n, _)| n == "host" || n == ":authority")
            .map(|(_, v)| v.clone())
            .unwrap_or_else(|| authority_part.to_ascii_lowercase());
        let address = match address {
            Some(a) => Some(
                a.parse::<IpAddr>()
                    .map_err(|_| err(format!("--address {a:?}: not an IP address")))?,
            ),
            None => host.parse::<IpAddr>().ok(),
        };
        let http = protocol == Protocol::Http;
        let method = if http {
            method.unwrap_or("GET").to_ascii_uppercase()
        } else {
            String::new()
        };
        if http {
            parsed.retain(|(n, _)| n != "host" && n != ":authority");
            parsed.push((":authority".into(), authority.clone()));
            parsed.push((":method".into(), method.clone()));
            parsed.push((":path".into(), path_part_or_root(path_part)));
            parsed.push((":scheme".into(), "http".into()));
        }
        let (path, query) = if http { (path, query) } else { ("", "") };
        Ok(Request {
            protocol,
            method,
            host: host.to_ascii_lowercase(),
            port,
            authority,
            path: path.to_string(),
            query: query.to_string(),
            headers: parsed,
            address,
        })
    }

    /// The value of a header (pseudo headers included), by lower-case name.
    pub fn header(&self, name: &str) -> Option<&str> {
        let name = name.to_ascii_lowercase();
        self.headers
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }

    /// The query parameters, in order, undecoded (as Envoy's matchers see them).
    pub fn query_params(&self) -> Vec<(&str, &str)> {
        self.query
            .split('&')
            .filter(|p| !p.is_empty())
            .map(|p| p.split_once('=').unwrap_or((p, "")))
            .collect()
    }

    /// One line: `GET http://reviews:9080/api?x=1 (end-user: jason)`.
    pub fn describe(&self) -> String {
        let mut s = match self.protocol {
            Protocol::Http => {
                let q = if self.query.is_empty() {
                    String::new()
                } else {
                    format!("?{}", self.query)
                };
                format!("{} http://{}{}{q}", self.method, self.authority, self.path)
            }
            Protocol::Tcp => format!("tcp://{}:{}", self.host, self.port),
            Protocol::Tls => format!("tls://{}:{}", self.host, self.port),
        };
        let given: Vec<String> = self
            .headers
            .iter()
            .filter(|(n, _)| !n.starts_with(':'))
            .map(|(n, v)| format!("{n}: {v}"))
            .collect();
        if !given.is_empty() {
            s.push_str(&format!(" ({})", given.join(", ")));
        }
        s
    }
}

fn path_part_or_root(p: &str) -> String {
    if p.is_empty() || p.starts_with('?') {
        format!("/{p}")
    } else {
        p.to_string()
    }
}

/// `host`, `host:port`, `[v6]` or `[v6]:port`.
fn split_host_port(s: &str) -> Option<(&str, Option<u32>)> {
    let (host, port) = if let Some(rest) = s.strip_prefix('[') {
        let (h, after) = rest.split_once(']')?;
        match after {
            "" => (h, None),
            p => (h, Some(p.strip_prefix(':')?)),
        }
    } else {
        match s.rsplit_once(':') {
            Some((h, p)) if !h.contains(':') => (h, Some(p)),
            Some(_) => return None,
            None => (s, None),
        }
    };
    let port = match port {
        Some(p) => match p.parse::<u32>() {
            Ok(n) if (1..=65535).contains(&n) => Some(n),
            _ => return None,
        },
        None => None,
    };
    Some((host, port))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &[&str]) -> Vec<String> {
        s.iter().map(|w| w.to_string()).collect()
    }

    #[test]
    fn urls_split_into_what_matchers_read() {
        let r = Request::parse(
            &words(&["post", "http://Reviews:9080/api/v1?x=1&y"]),
            &["End-User: jason".into()],
            None,
        )
        .unwrap();
        assert_eq!(r.method, "POST");
        assert_eq!((r.host.as_str(), r.port), ("reviews", 9080));
        assert_eq!(r.authority, "reviews:9080");
        assert_eq!((r.path.as_str(), r.query.as_str()), ("/api/v1", "x=1&y"));
        assert_eq!(r.header("end-user"), Some("jason"));
        assert_eq!(r.header(":path"), Some("/api/v1?x=1&y"));
        assert_eq!(r.query_params(), vec![("x", "1"), ("y", "")]);
        assert!(r.address.is_none());
    }

    #[test]
    fn defaults_and_other_schemes() {
        let r = Request::parse(&words(&["http://details"]), &[], None).unwrap();
        assert_eq!(
            (r.port, r.authority.as_str(), r.path.as_str()),
            (80, "details", "/")
        );
        let r = Request::parse(&words(&["tls://api.example.com:443"]), &[], None).unwrap();
        assert_eq!(r.protocol, Protocol::Tls);
        let r = Request::parse(&words(&["tcp://10.96.0.9:27017"]), &[], None).unwrap();
        assert_eq!(r.address, "10.96.0.9".parse().ok());
        let r = Request::parse(&words(&["http://[fd00::1]:8080/x"]), &[], None).unwrap();
        assert_eq!((r.host.as_str(), r.port), ("fd00::1", 8080));
    }

    #[test]
    fn bad_requests_say_what_is_wrong() {
        let e = |w: &[&str], h: &[&str]| {
            let h: Vec<String> = h.iter().map(|s| s.to_string()).collect();
            Request::parse(&words(w), &h, None).unwrap_err().to_string()
        };
        assert!(e(&["tcp://db"], &[]).contains("needs a port"));
        assert!(e(&["FETCH", "http://a"], &[]).contains("unknown method"));
        assert!(e(&["ftp://a:21"], &[]).contains("unknown scheme"));
        assert!(e(&["http://a:99999"], &[]).contains("bad host or port"));
        assert!(e(&["http://a"], &["nocolon"]).contains("expected 'name: value'"));
        assert!(e(&["GET", "tcp://a:1"], &[]).contains("needs an http:// URL"));
    }
}
