//! String `format`s that Kubernetes checks in CRD schemas.

use super::node::Format;

/// The format's name when `s` does not match it.
pub fn check_string(format: Format, s: &str) -> Option<&'static str> {
    let (ok, name) = match format {
        Format::None | Format::Other => return None,
        // numeric formats are checked on numbers
        Format::Int32 | Format::Int64 | Format::Uint32 | Format::Float | Format::Double => {
            return None;
        }
        Format::Byte => (is_base64(s), "byte"),
        Format::DateTime => (chrono::DateTime::parse_from_rfc3339(s).is_ok(), "date-time"),
        Format::Date => (
            chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok(),
            "date",
        ),
        Format::Uuid => (is_uuid(s), "uuid"),
        Format::Ipv4 => (s.parse::<std::net::Ipv4Addr>().is_ok(), "ipv4"),
        Format::Ipv6 => (s.parse::<std::net::Ipv6Addr>().is_ok(), "ipv6"),
        Format::Cidr => (s.parse::<ipnet::IpNet>().is_ok(), "cidr"),
        Format::Hostname => (is_hostname(s), "hostname"),
    };
    (!ok).then_some(name)
}

fn is_base64(s: &str) -> bool {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD.decode(s).is_ok()
}

fn is_uuid(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 36
        && b.iter().enumerate().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => *c == b'-',
            _ => c.is_ascii_hexdigit(),
        })
}

/// RFC 1123 host name: dot-separated labels of letters, digits and `-`, at most 253 characters.
fn is_hostname(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 253
        && s.split('.').all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats() {
        assert_eq!(check_string(Format::DateTime, "2024-01-02T03:04:05Z"), None);
        assert_eq!(
            check_string(Format::DateTime, "yesterday"),
            Some("date-time")
        );
        assert_eq!(check_string(Format::Byte, "aGVsbG8="), None);
        assert_eq!(check_string(Format::Byte, "not base64!"), Some("byte"));
        assert_eq!(check_string(Format::Hostname, "a.example.com"), None);
        assert_eq!(check_string(Format::Hostname, "-a.com"), Some("hostname"));
        assert_eq!(check_string(Format::Other, "anything"), None);
    }
}
