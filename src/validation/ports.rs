//! Port numbers, port names and protocol names.

use super::names::is_istio_label;

/// A protocol as Istio parses port protocols and port-name prefixes (case-insensitive).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Proto {
    Tcp,
    Udp,
    Grpc,
    GrpcWeb,
    Http,
    HttpProxy,
    Http2,
    Https,
    Tls,
    Mongo,
    Redis,
    Mysql,
    Unsupported,
}

impl Proto {
    pub fn parse(s: &str) -> Proto {
        const TABLE: &[(&str, Proto)] = &[
            ("tcp", Proto::Tcp),
            ("udp", Proto::Udp),
            ("grpc", Proto::Grpc),
            ("grpc-web", Proto::GrpcWeb),
            ("http", Proto::Http),
            ("http_proxy", Proto::HttpProxy),
            ("http2", Proto::Http2),
            ("https", Proto::Https),
            ("tls", Proto::Tls),
            ("mongo", Proto::Mongo),
            ("redis", Proto::Redis),
            ("mysql", Proto::Mysql),
        ];
        TABLE
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(s))
            .map(|(_, p)| *p)
            .unwrap_or(Proto::Unsupported)
    }

    pub fn is_http(self) -> bool {
        matches!(
            self,
            Proto::Http | Proto::Http2 | Proto::HttpProxy | Proto::Grpc | Proto::GrpcWeb
        )
    }

    pub fn is_tls(self) -> bool {
        matches!(self, Proto::Https | Proto::Tls)
    }

    pub fn is_tcp(self) -> bool {
        matches!(
            self,
            Proto::Tcp | Proto::Https | Proto::Tls | Proto::Mongo | Proto::Redis | Proto::Mysql
        )
    }
}

/// The protocol names accepted in port definitions, for messages.
pub const PROTOCOLS: &str =
    "HTTP, HTTPS, HTTP2, GRPC, GRPC-WEB, HTTP_PROXY, TCP, TLS, UDP, MONGO, REDIS, MYSQL";

/// A port number in 1..=65535.
pub fn port(n: i64) -> Result<(), String> {
    if (1..=65535).contains(&n) {
        Ok(())
    } else {
        Err(format!("port number {n} must be in the range 1..65535"))
    }
}

/// A port name (a DNS-1123 label).
pub fn port_name(name: &str) -> Result<(), String> {
    if is_istio_label(name) {
        Ok(())
    } else {
        Err(format!(
            "invalid port name {name:?}: must be a DNS-1123 label (letters, digits and '-', at most 63 characters)"
        ))
    }
}

/// A port protocol; empty means "detect automatically".
pub fn protocol(p: &str) -> Result<(), String> {
    if !p.is_empty() && Proto::parse(p) == Proto::Unsupported {
        Err(format!(
            "unsupported protocol {p:?}; supported protocols are {PROTOCOLS}"
        ))
    } else {
        Ok(())
    }
}

/// Whether a Service port name follows Istio's `<protocol>[-<suffix>]` convention.
pub fn has_protocol_prefix(name: &str) -> bool {
    let head = name.split('-').next().unwrap_or(name);
    Proto::parse(head) != Proto::Unsupported
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_is_case_insensitive() {
        assert_eq!(Proto::parse("HTTP"), Proto::Http);
        assert_eq!(Proto::parse("grpc-web"), Proto::GrpcWeb);
        assert_eq!(Proto::parse("Mongo"), Proto::Mongo);
        assert_eq!(Proto::parse("quic"), Proto::Unsupported);
        assert!(Proto::Https.is_tls() && Proto::Https.is_tcp() && !Proto::Https.is_http());
    }

    #[test]
    fn ranges_and_names() {
        assert!(port(1).is_ok() && port(65535).is_ok());
        assert!(port(0).is_err() && port(65536).is_err() && port(-1).is_err());
        assert!(port_name("http-web").is_ok());
        assert!(port_name("http_web").is_err());
        assert!(protocol("").is_ok() && protocol("http").is_ok());
        assert!(protocol("SCTP").is_err());
    }

    #[test]
    fn service_port_prefix() {
        for ok in [
            "http", "http-foo", "grpc", "tcp", "tls", "https-x", "grpc-web", "redis",
        ] {
            assert!(has_protocol_prefix(ok), "{ok}");
        }
        for bad in ["", "foo", "web-http", "h2"] {
            assert!(!has_protocol_prefix(bad), "{bad}");
        }
    }
}
