//! Name syntax: DNS-1123 labels and subdomains, Kubernetes qualified names, label keys and values.
//! Hand-written byte checks (no regex): they run on every resource.

fn alnum(b: u8, upper: bool) -> bool {
    b.is_ascii_digit() || b.is_ascii_lowercase() || (upper && b.is_ascii_uppercase())
}

fn label_body(s: &str, upper: bool) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && alnum(b[0], upper)
        && alnum(b[b.len() - 1], upper)
        && b.iter().all(|&c| alnum(c, upper) || c == b'-')
}

/// A Kubernetes DNS-1123 label: lowercase alphanumerics and `-`, at most 63 characters.
pub fn is_dns1123_label(s: &str) -> bool {
    s.len() <= 63 && label_body(s, false)
}

/// Istio's DNS-1123 label check, which also accepts upper case (hosts, port and subset names).
pub fn is_istio_label(s: &str) -> bool {
    s.len() <= 63 && label_body(s, true)
}

/// Istio's wildcard label: `*`, or a label optionally prefixed with `*` or `*-`.
pub fn is_wildcard_label(s: &str) -> bool {
    if s.len() > 63 {
        return false;
    }
    if s == "*" {
        return true;
    }
    let rest = s
        .strip_prefix("*-")
        .or_else(|| s.strip_prefix('*'))
        .unwrap_or(s);
    label_body(rest, true)
}

/// A Kubernetes DNS-1123 subdomain: dot-separated lowercase labels, at most 253 characters.
pub fn is_dns1123_subdomain(s: &str) -> bool {
    s.len() <= 253 && !s.is_empty() && s.split('.').all(|l| label_body(l, false))
}

/// A qualified-name part: alphanumerics, `-`, `_`, `.`, starting and ending alphanumeric.
fn is_qualified_part(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && b[0].is_ascii_alphanumeric()
        && b[b.len() - 1].is_ascii_alphanumeric()
        && b.iter()
            .all(|&c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b'.'))
}

/// Why a Kubernetes label or annotation key (`[prefix/]name`) is invalid, if it is.
pub fn qualified_name_problem(key: &str) -> Option<String> {
    let (prefix, name) = match key.split_once('/') {
        Some((p, n)) => (Some(p), n),
        None => (None, key),
    };
    if let Some(p) = prefix {
        if p.is_empty() {
            return Some("the prefix before '/' is empty".into());
        }
        if !is_dns1123_subdomain(p) {
            return Some(format!(
                "the prefix {p:?} is not a DNS-1123 subdomain (lowercase letters, digits, '-' and '.', at most 253 characters)"
            ));
        }
    }
    if name.is_empty() {
        return Some("the name part is empty".into());
    }
    if name.len() > 63 {
        return Some(format!(
            "the name part is {} characters long (at most 63)",
            name.len()
        ));
    }
    if !is_qualified_part(name) {
        return Some(format!(
            "the name part {name:?} must consist of alphanumerics, '-', '_' or '.', and start and end with an alphanumeric"
        ));
    }
    None
}

/// Why a Kubernetes label value is invalid, if it is.
pub fn label_value_problem(v: &str) -> Option<String> {
    if v.is_empty() {
        return None;
    }
    if v.len() > 63 {
        return Some(format!("{} characters long (at most 63)", v.len()));
    }
    if !is_qualified_part(v) {
        return Some(
            "must consist of alphanumerics, '-', '_' or '.', and start and end with an alphanumeric"
                .into(),
        );
    }
    None
}

/// Istio's label map check (`labels.Instance.Validate`): keys as Kubernetes label keys (upper
/// case allowed in the prefix), values qualified or empty (no length limit).
pub fn istio_label_problem(key: &str, value: &str) -> Option<String> {
    let (prefix, name) = match key.rsplit_once('/') {
        Some((p, n)) => (Some(p), n),
        None => (None, key),
    };
    let key_ok = prefix.is_none_or(|p| {
        p.len() <= 253 && !p.is_empty() && p.split('.').all(|l| label_body(l, true))
    }) && name.len() <= 63
        && is_qualified_part(name);
    if !key_ok {
        return Some(format!("invalid label key {key:?}"));
    }
    if !value.is_empty() && !is_qualified_part(value) {
        return Some(format!("invalid label value {value:?} for key {key:?}"));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dns_labels() {
        for ok in ["a", "abc-1", "0x", &"a".repeat(63)] {
            assert!(is_dns1123_label(ok), "{ok}");
        }
        for bad in ["", "-a", "a-", "A", "a.b", "a_b", &"a".repeat(64)] {
            assert!(!is_dns1123_label(bad), "{bad}");
        }
        assert!(is_istio_label("Http-Web"));
        assert!(!is_istio_label("http_web"));
    }

    #[test]
    fn wildcard_labels() {
        for ok in ["*", "*foo", "*-foo", "foo"] {
            assert!(is_wildcard_label(ok), "{ok}");
        }
        for bad in ["**", "foo*", "*.", "*_x", ""] {
            assert!(!is_wildcard_label(bad), "{bad}");
        }
    }

    #[test]
    fn subdomains() {
        assert!(is_dns1123_subdomain("reviews.default.svc"));
        assert!(!is_dns1123_subdomain("Reviews"));
        assert!(!is_dns1123_subdomain("a..b"));
        assert!(!is_dns1123_subdomain(""));
    }

    #[test]
    fn qualified_names() {
        assert_eq!(qualified_name_problem("app"), None);
        assert_eq!(qualified_name_problem("istio.io/rev"), None);
        assert_eq!(qualified_name_problem("app.kubernetes.io/name"), None);
        assert!(qualified_name_problem("/x").is_some());
        assert!(qualified_name_problem("Istio.io/x").is_some());
        assert!(qualified_name_problem("a/-x").is_some());
        assert!(qualified_name_problem(&"x".repeat(64)).is_some());
        assert_eq!(label_value_problem(""), None);
        assert_eq!(label_value_problem("v1.2_3"), None);
        assert!(label_value_problem("a b").is_some());
        assert!(label_value_problem(&"x".repeat(64)).is_some());
    }

    #[test]
    fn istio_labels() {
        assert_eq!(istio_label_problem("version", "v1"), None);
        assert_eq!(istio_label_problem("Topology.Istio.io/Net", "x"), None);
        assert!(istio_label_problem("", "v").is_some());
        assert!(istio_label_problem("app", "a*").is_some());
        assert!(istio_label_problem("a b", "v").is_some());
    }
}
