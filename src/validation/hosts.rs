//! Host names as Istio accepts them: FQDNs, wildcard domains (`*` only as the leftmost label),
//! gateway and sidecar `namespace/host` forms, IP addresses and CIDR blocks.

use std::net::IpAddr;

use super::names::{is_istio_label, is_wildcard_label};

fn preconditions(name: &str) -> Result<(), String> {
    if name.len() > 255 {
        return Err(format!("domain name {name:?} is too long (at most 255)"));
    }
    if name.is_empty() {
        return Err("empty domain name is not allowed".into());
    }
    Ok(())
}

fn dns_labels(domain: &str, whole: &str) -> Result<(), String> {
    let last = domain.rsplit('.').next().unwrap_or("");
    if !last.is_empty() && last.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!(
            "domain name {whole:?} is invalid: the top-level domain {last:?} cannot be all-numeric"
        ));
    }
    let n = domain.split('.').count();
    for (i, label) in domain.split('.').enumerate() {
        // a trailing dot (`istio.io.`) is allowed
        if i == n - 1 && label.is_empty() {
            return Ok(());
        }
        if label.contains('*') {
            return Err(format!(
                "domain name {whole:?} is invalid: a wildcard may only be the leftmost label"
            ));
        }
        if !is_istio_label(label) {
            return Err(format!(
                "domain name {whole:?} is invalid: label {label:?} is not a DNS-1123 label"
            ));
        }
    }
    Ok(())
}

/// A fully qualified domain name (no wildcards).
pub fn fqdn(name: &str) -> Result<(), String> {
    preconditions(name)?;
    dns_labels(name, name)
}

/// A domain that may start with a wildcard label (`*`, `*.example.com`, `*-foo.example.com`).
pub fn wildcard_domain(name: &str) -> Result<(), String> {
    preconditions(name)?;
    let (first, rest) = match name.split_once('.') {
        Some((f, r)) => (f, Some(r)),
        None => (name, None),
    };
    if !is_wildcard_label(first) {
        let hint = if first.contains('*') {
            " (a wildcard must be the whole label or its start: *, *foo, *-foo)"
        } else {
            ""
        };
        return Err(format!(
            "domain name {name:?} is invalid: label {first:?} is not a DNS-1123 label{hint}"
        ));
    }
    match rest {
        Some(r) => dns_labels(r, name),
        None => Ok(()),
    }
}

/// A VirtualService host bound to gateways; with TLS SNI routes it may also be an auto-generated
/// `outbound_.PORT_._.HOST` name.
pub fn wildcard_domain_for_gateway(sni: bool, name: &str) -> Result<(), String> {
    preconditions(name)?;
    if sni && name.starts_with("outbound_") {
        let parts: Vec<&str> = name.split('_').collect();
        if parts.len() < 4 {
            return Err(format!(
                "domain name {name:?} is invalid: expected the form outbound_.<port>_._.<hostname>"
            ));
        }
        let port = parts[1].trim_matches('.');
        let host = parts[3].trim_matches('.');
        if !port.bytes().any(|b| b.is_ascii_digit()) {
            return Err(format!(
                "domain name {name:?} is invalid: {port:?} is not a port (expected outbound_.<port>_._.<hostname>)"
            ));
        }
        if !host.bytes().any(|b| b.is_ascii_alphabetic()) {
            return Err(format!(
                "domain name {name:?} is invalid: {host:?} is not a host name (expected outbound_.<port>_._.<hostname>)"
            ));
        }
        return Ok(());
    }
    wildcard_domain(name)
}

/// `*` anywhere but as a whole leftmost label (`*.`) or alone.
pub fn partial_wildcard(name: &str) -> Result<(), String> {
    if name.contains('*') && name.len() != 1 && !name.starts_with("*.") {
        return Err(format!(
            "partial wildcard {name:?} is not allowed (use * or a leading *.)"
        ));
    }
    Ok(())
}

pub fn is_ip(s: &str) -> bool {
    s.parse::<IpAddr>().is_ok()
}

/// An IP address.
pub fn ip(s: &str) -> Result<(), String> {
    if is_ip(s) {
        Ok(())
    } else {
        Err(format!("{s:?} is not a valid IP address"))
    }
}

/// An IP address or a CIDR block (`10.0.0.0/8`, `2001:db8::/32`).
pub fn ip_or_cidr(s: &str) -> Result<(), String> {
    if s.matches('/').count() == 1 {
        if s.parse::<ipnet::IpNet>().is_err() {
            return Err(format!("{s:?} is not a valid CIDR block"));
        }
        return Ok(());
    }
    ip(s)
}

fn hostname_part(host: &str, gateway: bool, errs: &mut Vec<String>) {
    if host != "*" && !host.contains('.') {
        errs.push(format!(
            "{host:?} is a short name: use a fully qualified domain name (or *)"
        ));
    }
    if let Err(e) = wildcard_domain(host) {
        // gateways also accept an IP address
        if !(gateway && is_ip(host)) {
            errs.push(e);
        }
    }
    if let Err(e) = partial_wildcard(host) {
        errs.push(e);
    }
}

/// A Gateway server host (`ns/host`, or a bare host for the old form) or a Sidecar egress host
/// (`ns/host` only; `~ns` excludes a namespace). Returns every problem found.
pub fn namespace_slash_host(entry: &str, gateway: bool, gateway_semantics: bool) -> Vec<String> {
    let mut errs = Vec::new();
    let Some((ns, host)) = entry.split_once('/') else {
        if gateway {
            hostname_part(entry, true, &mut errs);
        } else {
            errs.push(format!(
                "host {entry:?} must have the form namespace/dnsName"
            ));
        }
        return errs;
    };
    if ns.is_empty() || host.is_empty() {
        errs.push(format!(
            "host {entry:?}: the namespace and the dnsName cannot be empty"
        ));
    }
    if !gateway {
        let bare = ns.strip_prefix('~').unwrap_or(ns);
        if !bare.is_empty() && bare != "*" && bare != "." && !is_istio_label(bare) {
            errs.push(format!("invalid namespace {ns:?} in host {entry:?}"));
        }
    } else if ns != "*" && ns != "." && !(ns == "~" && gateway_semantics) && !is_istio_label(ns) {
        errs.push(format!("invalid namespace {ns:?} in host {entry:?}"));
    }
    hostname_part(host, gateway, &mut errs);
    errs
}

fn wild(h: &str) -> bool {
    h.starts_with('*')
}

/// A host without its leading `*` (a wildcard's suffix, `.example.com` of `*.example.com`).
fn suffix(h: &str) -> &str {
    h.strip_prefix('*').unwrap_or(h)
}

/// Istio's `host.Name.Matches`: the two hosts overlap.
pub fn hosts_match(a: &str, b: &str) -> bool {
    match (wild(a), wild(b)) {
        (true, true) => {
            if a.len() < b.len() {
                suffix(b).ends_with(suffix(a))
            } else {
                suffix(a).ends_with(suffix(b))
            }
        }
        (true, false) => b.ends_with(suffix(a)),
        (false, true) => a.ends_with(suffix(b)),
        (false, false) => a == b,
    }
}

/// Istio's `host.Name.SubsetOf`: every name `a` matches is matched by `b`.
pub fn host_subset_of(a: &str, b: &str) -> bool {
    match (wild(a), wild(b)) {
        (true, true) => a.len() >= b.len() && suffix(a).ends_with(suffix(b)),
        (true, false) => false,
        (false, true) => a.ends_with(suffix(b)),
        (false, false) => a == b,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fqdns() {
        assert!(fqdn("reviews.default.svc.cluster.local").is_ok());
        assert!(fqdn("istio.io.").is_ok());
        assert!(fqdn("a").is_ok());
        assert!(fqdn("").is_err());
        assert!(fqdn("foo.123").is_err());
        assert!(fqdn("*.foo.com").is_err());
        assert!(fqdn("a..b").is_err());
        assert!(fqdn(&"a.".repeat(130)).is_err());
    }

    #[test]
    fn wildcard_domains() {
        for ok in ["*", "*.foo.com", "*-bar.foo.com", "foo", "reviews"] {
            assert!(wildcard_domain(ok).is_ok(), "{ok}");
        }
        for bad in ["foo.*.com", "*.*.com", "**", "", "foo_bar.com", "foo.*"] {
            assert!(wildcard_domain(bad).is_err(), "{bad}");
        }
        assert!(partial_wildcard("*foo.com").is_err());
        assert!(partial_wildcard("*.foo.com").is_ok());
        assert!(partial_wildcard("*").is_ok());
    }

    #[test]
    fn sni_auto_generated() {
        assert!(wildcard_domain_for_gateway(true, "outbound_.80_._.e2e.foobar.mesh").is_ok());
        assert!(wildcard_domain_for_gateway(true, "outbound_.x_._.e2e.foobar.mesh").is_err());
        assert!(wildcard_domain_for_gateway(false, "outbound_.80_._.e2e.foobar.mesh").is_err());
    }

    #[test]
    fn ns_slash_host() {
        assert!(namespace_slash_host("*/*", true, false).is_empty());
        assert!(namespace_slash_host("./foo.com", true, false).is_empty());
        assert!(namespace_slash_host("prod/*.foo.com", false, false).is_empty());
        assert!(namespace_slash_host("~prod/*", false, false).is_empty());
        assert!(namespace_slash_host("foo.com", true, false).is_empty());
        assert!(namespace_slash_host("10.0.0.1", true, false).is_empty());
        assert!(!namespace_slash_host("foo.com", false, false).is_empty());
        assert!(!namespace_slash_host("prod/foo", true, false).is_empty());
        assert!(!namespace_slash_host("bad_ns/foo.com", true, false).is_empty());
        assert!(!namespace_slash_host("ns/*foo.com", true, false).is_empty());
        assert!(!namespace_slash_host("/foo.com", false, false).is_empty());
    }

    #[test]
    fn ips() {
        assert!(ip_or_cidr("10.0.0.0/8").is_ok());
        assert!(ip_or_cidr("2001:db8::/32").is_ok());
        assert!(ip_or_cidr("10.0.0.1").is_ok());
        assert!(ip_or_cidr("10.0.0.0/33").is_err());
        assert!(ip_or_cidr("10.0.0/8").is_err());
        assert!(ip_or_cidr("1.2.3.4/8/8").is_err());
    }

    #[test]
    fn matching() {
        assert!(hosts_match("*.foo.com", "bar.foo.com"));
        assert!(hosts_match("*.com", "*.foo.com"));
        assert!(!hosts_match("a.com", "b.com"));
        assert!(host_subset_of("a.foo.com", "*.foo.com"));
        assert!(!host_subset_of("*.com", "*.foo.com"));
        assert!(host_subset_of("*.foo.com", "*.com"));
    }
}
