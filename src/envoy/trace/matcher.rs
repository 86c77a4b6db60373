//! Envoy's HTTP matching, as facts from its route API: which virtual host a `:authority`
//! selects, and whether a route's match (path kinds, headers, query parameters) accepts the
//! request. Every refusal comes back as a short reason for the trace to show.

use super::model::{
    HeaderMatcher, QueryParameterMatcher, Regex, RouteConfig, RouteMatch, StringMatcher,
    VirtualHost,
};
use super::request::Request;

/// A full-string match, as Envoy's RE2 `safe_regex` requires.
fn full_match(pattern: &str, value: &str) -> Result<bool, String> {
    let anchored = format!("^(?:{pattern})$");
    regex::Regex::new(&anchored)
        .map(|re| re.is_match(value))
        .map_err(|e| format!("regex {pattern:?} does not compile: {e}"))
}

fn lower_if(s: &str, ignore_case: bool) -> String {
    if ignore_case {
        s.to_lowercase()
    } else {
        s.to_string()
    }
}

/// `envoy.type.matcher.v3.StringMatcher` against a value: Ok(()) or why not.
pub fn string_match(m: &StringMatcher, value: &str) -> Result<(), String> {
    let v = lower_if(value, m.ignore_case);
    let (ok, what) = if let Some(e) = &m.exact {
        (v == lower_if(e, m.ignore_case), format!("exact {e:?}"))
    } else if let Some(p) = &m.prefix {
        (
            v.starts_with(&lower_if(p, m.ignore_case)),
            format!("prefix {p:?}"),
        )
    } else if let Some(s) = &m.suffix {
        (
            v.ends_with(&lower_if(s, m.ignore_case)),
            format!("suffix {s:?}"),
        )
    } else if let Some(c) = &m.contains {
        (
            v.contains(&lower_if(c, m.ignore_case)),
            format!("contains {c:?}"),
        )
    } else if let Some(Regex { regex }) = &m.safe_regex {
        (full_match(regex, value)?, format!("regex {regex:?}"))
    } else {
        return Err("string matcher with no pattern".into());
    };
    if ok {
        Ok(())
    } else {
        let case = if m.ignore_case {
            " (ignoring case)"
        } else {
            ""
        };
        Err(format!("{value:?} is not {what}{case}"))
    }
}

/// The legacy per-kind fields folded into one string matcher.
fn header_string_matcher(h: &HeaderMatcher) -> Option<StringMatcher> {
    if let Some(m) = &h.string_match {
        return Some(m.clone());
    }
    let mut m = StringMatcher::default();
    if let Some(v) = &h.exact_match {
        m.exact = Some(v.clone());
    } else if let Some(v) = &h.prefix_match {
        m.prefix = Some(v.clone());
    } else if let Some(v) = &h.suffix_match {
        m.suffix = Some(v.clone());
    } else if let Some(v) = &h.contains_match {
        m.contains = Some(v.clone());
    } else if let Some(v) = &h.safe_regex_match {
        m.safe_regex = Some(v.clone());
    } else {
        return None;
    }
    Some(m)
}

/// One header matcher: Envoy's kinds (string, range, present), `invert_match`, and a missing
/// header (no match, unless inverted or `treat_missing_header_as_empty`).
pub fn header_match(h: &HeaderMatcher, req: &Request) -> Result<(), String> {
    let name = &h.name;
    let value = req
        .header(name)
        .or(h.treat_missing_header_as_empty.then_some(""));
    let raw: Result<(), String> = match (value, &h.present_match, &h.range_match) {
        (v, Some(present), _) => match (v.is_some(), *present) {
            (true, true) | (false, false) => Ok(()),
            (true, false) => Err(format!("header {name} is present")),
            (false, true) => Err(format!("header {name} is missing")),
        },
        (None, _, _) => Err(format!("header {name} is missing")),
        (Some(v), None, Some(r)) => match v.trim().parse::<i64>() {
            Ok(n) if n >= r.start && n < r.end => Ok(()),
            Ok(n) => Err(format!(
                "header {name}: {n} is not in [{}, {})",
                r.start, r.end
            )),
            Err(_) => Err(format!("header {name}: {v:?} is not an integer")),
        },
        (Some(v), None, None) => match header_string_matcher(h) {
            Some(m) => string_match(&m, v).map_err(|e| format!("header {name}: {e}")),
            // no kind at all: Envoy treats it as `present`
            None => Ok(()),
        },
    };
    match (raw, h.invert_match) {
        (Ok(()), false) => Ok(()),
        (Err(e), false) => Err(e),
        (Ok(()), true) => Err(format!("header {name} matches, and the match is inverted")),
        (Err(_), true) => Ok(()),
    }
}

/// One query parameter matcher (the first parameter of that name, undecoded).
pub fn query_match(q: &QueryParameterMatcher, req: &Request) -> Result<(), String> {
    let params = req.query_params();
    let value = params.iter().find(|(n, _)| *n == q.name).map(|(_, v)| *v);
    let name = &q.name;
    match (value, q.present_match, &q.string_match) {
        (None, _, _) => Err(format!("query parameter {name} is missing")),
        (Some(_), Some(true), _) | (Some(_), None, None) => Ok(()),
        (Some(_), Some(false), _) => Err(format!("query parameter {name} is present")),
        (Some(v), None, Some(m)) => {
            string_match(m, v).map_err(|e| format!("query parameter {name}: {e}"))
        }
    }
}

/// A URI template (`/v1/{id}/items/**`, `*`, `**`, `{name=**}`) against a path.
fn template_match(template: &str, path: &str) -> bool {
    let t: Vec<&str> = template.trim_start_matches('/').split('/').collect();
    let p: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    fn is_glob(seg: &str) -> bool {
        seg == "**" || (seg.starts_with('{') && seg.ends_with("=**}"))
    }
    let mut i = 0;
    for (k, seg) in t.iter().enumerate() {
        if is_glob(seg) && k + 1 == t.len() {
            return true;
        }
        let Some(actual) = p.get(i) else {
            return false;
        };
        let single = *seg == "*" || (seg.starts_with('{') && seg.ends_with('}'));
        if single {
            if actual.is_empty() {
                return false;
            }
        } else if seg != actual {
            return false;
        }
        i += 1;
    }
    i == p.len()
}

/// The path part of a route match: Ok(description) when it accepts the path.
fn path_match(m: &RouteMatch, path: &str) -> Result<String, String> {
    let sensitive = m.case_sensitive.unwrap_or(true);
    let fold = |s: &str| lower_if(s, !sensitive);
    let case = if sensitive { "" } else { " (ignoring case)" };
    if let Some(p) = &m.prefix {
        return if fold(path).starts_with(&fold(p)) {
            Ok(format!("prefix {p:?}{case}"))
        } else {
            Err(format!("path {path:?} does not start with {p:?}{case}"))
        };
    }
    if let Some(p) = &m.path {
        return if fold(path) == fold(p) {
            Ok(format!("path {p:?}{case}"))
        } else {
            Err(format!("path {path:?} is not {p:?}{case}"))
        };
    }
    if let Some(p) = &m.path_separated_prefix {
        let (fp, fpre) = (fold(path), fold(p));
        let ok = fp == fpre
            || fp
                .strip_prefix(&fpre)
                .is_some_and(|rest| rest.starts_with('/'));
        return if ok {
            Ok(format!("path-separated prefix {p:?}{case}"))
        } else {
            Err(format!(
                "path {path:?} is neither {p:?} nor under {p:?}/{case}"
            ))
        };
    }
    if let Some(Regex { regex }) = &m.safe_regex {
        return if full_match(regex, path)? {
            Ok(format!("regex {regex:?}"))
        } else {
            Err(format!(
                "path {path:?} does not fully match regex {regex:?}"
            ))
        };
    }
    if let Some(policy) = &m.path_match_policy {
        let t = &policy.typed_config.path_template;
        return if template_match(t, path) {
            Ok(format!("path template {t:?}"))
        } else {
            Err(format!("path {path:?} does not fit template {t:?}"))
        };
    }
    if m.connect_matcher.is_some() {
        return Err("only CONNECT requests match a connect matcher".into());
    }
    Err("route match has no path specifier".into())
}

/// Whether a route's match accepts the request: Ok(what matched) or the first reason not.
pub fn route_match(m: &RouteMatch, req: &Request) -> Result<String, String> {
    let mut matched = vec![path_match(m, &req.path)?];
    for h in &m.headers {
        header_match(h, req)?;
        matched.push(format!("header {}", h.name));
    }
    for q in &m.query_parameters {
        query_match(q, req)?;
        matched.push(format!("query {}", q.name));
    }
    if m.grpc.is_some() {
        let ct = req.header("content-type").unwrap_or("");
        if !ct.starts_with("application/grpc") {
            return Err(format!("gRPC only, and content-type is {ct:?}"));
        }
        matched.push("gRPC".into());
    }
    if m.runtime_fraction.is_some() {
        matched.push("runtime fraction (matches only a share of requests)".into());
    }
    Ok(matched.join(", "))
}

/// The host a virtual host lookup uses: the authority lower case, without its port when the
/// route configuration ignores ports.
pub fn lookup_host(rc: &RouteConfig, authority: &str) -> String {
    let host = authority.to_ascii_lowercase();
    if !rc.ignore_port_in_host_matching {
        return host;
    }
    match host.rsplit_once(':') {
        Some((h, p))
            if !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()) && !h.ends_with(':') =>
        {
            h.to_string()
        }
        _ => host,
    }
}

/// How a virtual host was chosen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DomainMatch {
    Exact(String),
    Suffix(String),
    Prefix(String),
    Any,
}

impl DomainMatch {
    pub fn describe(&self) -> String {
        match self {
            DomainMatch::Exact(d) => format!("exact domain {d:?}"),
            DomainMatch::Suffix(d) => format!("suffix wildcard {d:?} (longest that fits)"),
            DomainMatch::Prefix(d) => format!("prefix wildcard {d:?} (longest that fits)"),
            DomainMatch::Any => "the \"*\" virtual host (nothing more specific fits)".into(),
        }
    }
}

/// Envoy's virtual host selection: an exact domain, then the longest `*suffix` wildcard, then
/// the longest `prefix*` wildcard, then `*`. Wildcards must cover at least one character.
pub fn select_vhost<'r>(rc: &'r RouteConfig, host: &str) -> Option<(&'r VirtualHost, DomainMatch)> {
    let mut suffix: Option<(usize, &VirtualHost, &str)> = None;
    let mut prefix: Option<(usize, &VirtualHost, &str)> = None;
    let mut any = None;
    for vh in &rc.virtual_hosts {
        for d in &vh.domains {
            let dl = d.to_ascii_lowercase();
            if dl == "*" {
                any = any.or(Some(vh));
            } else if let Some(s) = dl.strip_prefix('*') {
                if host.len() > s.len()
                    && host.ends_with(s)
                    && suffix.is_none_or(|(n, _, _)| s.len() > n)
                {
                    suffix = Some((s.len(), vh, d));
                }
            } else if let Some(p) = dl.strip_suffix('*') {
                if host.len() > p.len()
                    && host.starts_with(p)
                    && prefix.is_none_or(|(n, _, _)| p.len() > n)
                {
                    prefix = Some((p.len(), vh, d));
                }
            } else if dl == host {
                return Some((vh, DomainMatch::Exact(d.clone())));
            }
        }
    }
    if let Some((_, vh, d)) = suffix {
        return Some((vh, DomainMatch::Suffix(d.to_string())));
    }
    if let Some((_, vh, d)) = prefix {
        return Some((vh, DomainMatch::Prefix(d.to_string())));
    }
    any.map(|vh| (vh, DomainMatch::Any))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn req(url: &str, headers: &[&str]) -> Request {
        let h: Vec<String> = headers.iter().map(|s| s.to_string()).collect();
        Request::parse(&[url.to_string()], &h, None).unwrap()
    }

    fn rc(json: &str) -> RouteConfig {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn domain_precedence_is_exact_suffix_prefix_any() {
        let c = rc(r#"{"virtual_hosts":[
            {"name":"any","domains":["*"]},
            {"name":"pre","domains":["api.*"]},
            {"name":"short","domains":["*.com"]},
            {"name":"long","domains":["*.example.com"]},
            {"name":"exact","domains":["api.example.com"]}]}"#);
        let name = |h: &str| select_vhost(&c, h).map(|(v, _)| v.name.clone());
        assert_eq!(name("api.example.com").as_deref(), Some("exact"));
        assert_eq!(name("www.example.com").as_deref(), Some("long"));
        assert_eq!(name("api.example.org").as_deref(), Some("pre"));
        assert_eq!(name("foo.com").as_deref(), Some("short"));
        // the wildcard must cover one character: ".com" alone is not "*.com"
        assert_eq!(name(".com").as_deref(), Some("any"));
        assert_eq!(name("other").as_deref(), Some("any"));
    }

    #[test]
    fn ports_are_stripped_only_when_ignored() {
        let mut c = rc(r#"{"virtual_hosts":[]}"#);
        assert_eq!(lookup_host(&c, "A.com:80"), "a.com:80");
        c.ignore_port_in_host_matching = true;
        assert_eq!(lookup_host(&c, "a.com:80"), "a.com");
    }

    #[test]
    fn header_kinds_and_inversion() {
        let h = |j: &str| -> HeaderMatcher { serde_json::from_str(j).unwrap() };
        let r = req("http://a/", &["x-v: 42", "end-user: Jason"]);
        assert!(
            header_match(
                &h(r#"{"name":"x-v","range_match":{"start":40,"end":43}}"#),
                &r
            )
            .is_ok()
        );
        assert!(
            header_match(
                &h(r#"{"name":"x-v","range_match":{"start":0,"end":42}}"#),
                &r
            )
            .is_err()
        );
        assert!(
            header_match(
                &h(r#"{"name":"end-user","string_match":{"exact":"jason","ignore_case":true}}"#),
                &r
            )
            .is_ok()
        );
        assert!(
            header_match(
                &h(r#"{"name":"end-user","string_match":{"exact":"jason"}}"#),
                &r
            )
            .is_err()
        );
        assert!(
            header_match(
                &h(r#"{"name":"end-user","safe_regex_match":{"regex":"J.*n"}}"#),
                &r
            )
            .is_ok()
        );
        assert!(
            header_match(
                &h(r#"{"name":"end-user","string_match":{"safe_regex":{"regex":"J"}}}"#),
                &r
            )
            .is_err()
        );
        assert!(
            header_match(
                &h(r#"{"name":"missing","invert_match":true,"string_match":{"exact":"x"}}"#),
                &r
            )
            .is_ok()
        );
        assert!(header_match(&h(r#"{"name":"missing","present_match":false}"#), &r).is_ok());
        assert!(
            header_match(
                &h(r#"{"name":":method","string_match":{"exact":"GET"}}"#),
                &r
            )
            .is_ok()
        );
    }

    #[test]
    fn path_kinds() {
        let m = |j: &str| -> RouteMatch { serde_json::from_str(j).unwrap() };
        let ok = |j: &str, p: &str| path_match(&m(j), p).is_ok();
        assert!(ok(r#"{"path_separated_prefix":"/get"}"#, "/get/x"));
        assert!(!ok(r#"{"path_separated_prefix":"/get"}"#, "/getx"));
        assert!(ok(r#"{"prefix":"/API","case_sensitive":false}"#, "/api/v1"));
        assert!(!ok(r#"{"safe_regex":{"regex":"/v[0-9]"}}"#, "/v1/x"));
        assert!(ok(r#"{"safe_regex":{"regex":"/v[0-9]/.*"}}"#, "/v1/x"));
        let t = r#"{"path_match_policy":{"name":"envoy.path.match.uri_template.uri_template_matcher","typed_config":{"path_template":"/books/{id}/**"}}}"#;
        assert!(ok(t, "/books/7/pages/1"));
        assert!(!ok(t, "/books//x"));
        assert!(!ok(t, "/shelves/7/x"));
    }
}
