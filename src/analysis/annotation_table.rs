//! Istio's resource annotations (facts from istio.io/api `annotation/annotations.yaml`): name,
//! feature status, whether deprecated, and the kinds they belong on; plus the value checks the
//! sidecar injector applies.

/// The maturity of the feature an annotation belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Alpha,
    Beta,
    Stable,
}

/// One known annotation.
#[derive(Debug)]
pub struct AnnotationDef {
    pub name: &'static str,
    pub status: Status,
    pub deprecated: bool,
    /// Kinds it may be set on; `Any` for all.
    pub resources: &'static [&'static str],
}

const fn a(
    name: &'static str,
    status: Status,
    deprecated: bool,
    resources: &'static [&'static str],
) -> AnnotationDef {
    AnnotationDef {
        name,
        status,
        deprecated,
        resources,
    }
}

/// Every annotation Istio reads from resources, sorted by name.
pub static ANNOTATIONS: &[AnnotationDef] = &[
    a(
        "alpha.istio.io/canonical-serviceaccounts",
        Status::Alpha,
        true,
        &["Service"],
    ),
    a(
        "alpha.istio.io/kubernetes-serviceaccounts",
        Status::Alpha,
        true,
        &["Service"],
    ),
    a(
        "ambient.istio.io/bypass-inbound-capture",
        Status::Alpha,
        false,
        &["Pod"],
    ),
    a(
        "ambient.istio.io/dns-capture",
        Status::Alpha,
        false,
        &["Pod"],
    ),
    a(
        "ambient.istio.io/redirection",
        Status::Beta,
        false,
        &["Pod"],
    ),
    a(
        "ambient.istio.io/waypoint-inbound-binding",
        Status::Alpha,
        false,
        &["GatewayClass", "Gateway"],
    ),
    a(
        "galley.istio.io/analyze-suppress",
        Status::Alpha,
        false,
        &["Any"],
    ),
    a(
        "gateway.istio.io/controller-version",
        Status::Alpha,
        false,
        &["Any"],
    ),
    a(
        "gateway.istio.io/name-override",
        Status::Alpha,
        false,
        &["Gateway"],
    ),
    a(
        "gateway.istio.io/service-account",
        Status::Alpha,
        false,
        &["Gateway"],
    ),
    a("inject.istio.io/templates", Status::Alpha, false, &["Pod"]),
    a(
        "istio.io/autoRegistrationGroup",
        Status::Alpha,
        false,
        &["WorkloadEntry"],
    ),
    a(
        "istio.io/connectedAt",
        Status::Alpha,
        false,
        &["WorkloadEntry"],
    ),
    a(
        "istio.io/disconnectedAt",
        Status::Alpha,
        false,
        &["WorkloadEntry"],
    ),
    a(
        "istio.io/dry-run",
        Status::Alpha,
        false,
        &["AuthorizationPolicy"],
    ),
    a(
        "istio.io/reroute-virtual-interfaces",
        Status::Alpha,
        false,
        &["Pod"],
    ),
    a("istio.io/rev", Status::Alpha, false, &["Pod"]),
    a(
        "istio.io/use-waypoint-canary-weight",
        Status::Alpha,
        false,
        &["Service", "ServiceEntry", "Namespace"],
    ),
    a(
        "istio.io/workloadController",
        Status::Alpha,
        false,
        &["WorkloadEntry"],
    ),
    a(
        "kubernetes.io/ingress.class",
        Status::Stable,
        false,
        &["Ingress"],
    ),
    a(
        "networking.istio.io/exportTo",
        Status::Alpha,
        false,
        &["Service"],
    ),
    a(
        "networking.istio.io/service-type",
        Status::Alpha,
        false,
        &["Gateway"],
    ),
    a(
        "networking.istio.io/traffic-distribution",
        Status::Alpha,
        false,
        &["Namespace", "Service", "ServiceEntry"],
    ),
    a(
        "prometheus.istio.io/merge-metrics",
        Status::Alpha,
        false,
        &["Pod"],
    ),
    a("proxy.istio.io/config", Status::Beta, false, &["Pod"]),
    a("proxy.istio.io/overrides", Status::Alpha, false, &["Pod"]),
    a(
        "readiness.status.sidecar.istio.io/applicationPorts",
        Status::Alpha,
        false,
        &["Pod"],
    ),
    a(
        "readiness.status.sidecar.istio.io/failureThreshold",
        Status::Alpha,
        false,
        &["Pod"],
    ),
    a(
        "readiness.status.sidecar.istio.io/initialDelaySeconds",
        Status::Alpha,
        false,
        &["Pod"],
    ),
    a(
        "readiness.status.sidecar.istio.io/periodSeconds",
        Status::Alpha,
        false,
        &["Pod"],
    ),
    a(
        "sidecar.istio.io/agentLogLevel",
        Status::Alpha,
        false,
        &["Pod"],
    ),
    a(
        "sidecar.istio.io/bootstrapOverride",
        Status::Alpha,
        false,
        &["Pod"],
    ),
    a(
        "sidecar.istio.io/componentLogLevel",
        Status::Alpha,
        false,
        &["Pod"],
    ),
    a(
        "sidecar.istio.io/discoveryAddress",
        Status::Alpha,
        true,
        &["Pod"],
    ),
    a(
        "sidecar.istio.io/extraStatTags",
        Status::Alpha,
        true,
        &["Pod"],
    ),
    a("sidecar.istio.io/inject", Status::Beta, true, &["Pod"]),
    a(
        "sidecar.istio.io/interceptionMode",
        Status::Alpha,
        false,
        &["Pod"],
    ),
    a("sidecar.istio.io/logLevel", Status::Alpha, false, &["Pod"]),
    a(
        "sidecar.istio.io/nativeSidecar",
        Status::Alpha,
        false,
        &["Pod"],
    ),
    a("sidecar.istio.io/proxyCPU", Status::Alpha, false, &["Pod"]),
    a(
        "sidecar.istio.io/proxyCPULimit",
        Status::Alpha,
        false,
        &["Pod"],
    ),
    a(
        "sidecar.istio.io/proxyImage",
        Status::Alpha,
        false,
        &["Pod"],
    ),
    a(
        "sidecar.istio.io/proxyImageType",
        Status::Alpha,
        false,
        &["Pod"],
    ),
    a(
        "sidecar.istio.io/proxyMemory",
        Status::Alpha,
        false,
        &["Pod"],
    ),
    a(
        "sidecar.istio.io/proxyMemoryLimit",
        Status::Alpha,
        false,
        &["Pod"],
    ),
    a(
        "sidecar.istio.io/rewriteAppHTTPProbers",
        Status::Alpha,
        false,
        &["Pod"],
    ),
    a(
        "sidecar.istio.io/statsCompression",
        Status::Alpha,
        true,
        &["Pod"],
    ),
    a(
        "sidecar.istio.io/statsEvictionInterval",
        Status::Alpha,
        false,
        &["Pod"],
    ),
    a(
        "sidecar.istio.io/statsFlushInterval",
        Status::Alpha,
        false,
        &["Pod"],
    ),
    a(
        "sidecar.istio.io/statsHistogramBins",
        Status::Alpha,
        false,
        &["Pod"],
    ),
    a(
        "sidecar.istio.io/statsHistogramBuckets",
        Status::Alpha,
        false,
        &["Pod"],
    ),
    a(
        "sidecar.istio.io/statsInclusionPrefixes",
        Status::Alpha,
        true,
        &["Pod"],
    ),
    a(
        "sidecar.istio.io/statsInclusionRegexps",
        Status::Alpha,
        true,
        &["Pod"],
    ),
    a(
        "sidecar.istio.io/statsInclusionSuffixes",
        Status::Alpha,
        true,
        &["Pod"],
    ),
    a("sidecar.istio.io/status", Status::Alpha, false, &["Pod"]),
    a(
        "sidecar.istio.io/userVolume",
        Status::Alpha,
        false,
        &["Pod"],
    ),
    a(
        "sidecar.istio.io/userVolumeMount",
        Status::Alpha,
        false,
        &["Pod"],
    ),
    a(
        "status.sidecar.istio.io/port",
        Status::Alpha,
        false,
        &["Pod"],
    ),
    a(
        "topology.istio.io/controlPlaneClusters",
        Status::Alpha,
        false,
        &["Namespace"],
    ),
    a(
        "traffic.istio.io/nodeSelector",
        Status::Stable,
        false,
        &["Service"],
    ),
    a(
        "traffic.sidecar.istio.io/excludeInboundPorts",
        Status::Alpha,
        false,
        &["Pod"],
    ),
    a(
        "traffic.sidecar.istio.io/excludeInterfaces",
        Status::Alpha,
        false,
        &["Pod"],
    ),
    a(
        "traffic.sidecar.istio.io/excludeOutboundIPRanges",
        Status::Alpha,
        false,
        &["Pod"],
    ),
    a(
        "traffic.sidecar.istio.io/excludeOutboundPorts",
        Status::Alpha,
        false,
        &["Pod"],
    ),
    a(
        "traffic.sidecar.istio.io/includeInboundPorts",
        Status::Alpha,
        false,
        &["Pod"],
    ),
    a(
        "traffic.sidecar.istio.io/includeOutboundIPRanges",
        Status::Alpha,
        false,
        &["Pod"],
    ),
    a(
        "traffic.sidecar.istio.io/includeOutboundPorts",
        Status::Alpha,
        false,
        &["Pod"],
    ),
    a(
        "traffic.sidecar.istio.io/kubevirtInterfaces",
        Status::Alpha,
        true,
        &["Pod"],
    ),
];

/// Look an annotation up by name.
pub fn lookup(name: &str) -> Option<&'static AnnotationDef> {
    ANNOTATIONS
        .binary_search_by(|d| d.name.cmp(name))
        .ok()
        .map(|i| &ANNOTATIONS[i])
}

/// Whether an annotation is in Istio's domain (`*istio.io/...`, plus the documented
/// `kubernetes.io/ingress.class`).
pub fn is_istio(name: &str) -> bool {
    if name == "kubernetes.io/ingress.class" {
        return true;
    }
    name.split('/')
        .next()
        .is_some_and(|d| d.ends_with("istio.io"))
}

/// Annotations set by Istio itself: never reported as alpha or unknown.
pub fn always_ignored(name: &str) -> bool {
    matches!(
        name,
        "sidecar.istio.io/status" | "gateway.istio.io/controller-version" | "istio.io/rev"
    )
}

/// Check an annotation's value as the sidecar injector does; Err holds the problem.
pub fn validate_value(name: &str, value: &str) -> Option<Result<(), String>> {
    let r = match name {
        "sidecar.istio.io/interceptionMode" => match value {
            "REDIRECT" | "TPROXY" | "NONE" => Ok(()),
            _ => Err(format!(
                "interceptionMode invalid, use REDIRECT, TPROXY or NONE: {value}"
            )),
        },
        "status.sidecar.istio.io/port" => parse_port(value)
            .map(|_| ())
            .map_err(|e| format!("invalid port: {e}")),
        "readiness.status.sidecar.istio.io/initialDelaySeconds"
        | "readiness.status.sidecar.istio.io/periodSeconds"
        | "readiness.status.sidecar.istio.io/failureThreshold" => value
            .parse::<u32>()
            .ok()
            .filter(|_| value.bytes().all(|b| b.is_ascii_digit()))
            .map(|_| ())
            .ok_or(())
            .map_err(|_| format!("{value:?} is not an unsigned 32-bit integer")),
        "traffic.sidecar.istio.io/includeOutboundIPRanges" => {
            if value == "*" {
                Ok(())
            } else {
                cidr_list(value).map_err(|e| format!("includeIPRanges invalid: {e}"))
            }
        }
        "traffic.sidecar.istio.io/excludeOutboundIPRanges" => {
            cidr_list(value).map_err(|e| format!("excludeIPRanges invalid: {e}"))
        }
        "traffic.sidecar.istio.io/includeInboundPorts" => {
            if value == "*" {
                Ok(())
            } else {
                port_list(value).map_err(|e| format!("includeInboundPorts invalid: {e}"))
            }
        }
        "traffic.sidecar.istio.io/excludeInboundPorts" => {
            port_list(value).map_err(|e| format!("excludeInboundPorts invalid: {e}"))
        }
        "traffic.sidecar.istio.io/excludeOutboundPorts" => {
            port_list(value).map_err(|e| format!("excludeOutboundPorts invalid: {e}"))
        }
        "traffic.sidecar.istio.io/excludeInterfaces"
        | "traffic.sidecar.istio.io/kubevirtInterfaces"
        | "istio.io/reroute-virtual-interfaces" => interface_names(value),
        "prometheus.istio.io/merge-metrics" => match value {
            "1" | "t" | "T" | "TRUE" | "true" | "True" | "0" | "f" | "F" | "FALSE" | "false"
            | "False" => Ok(()),
            _ => Err(format!("{value:?} is not a boolean")),
        },
        "proxy.istio.io/config" => {
            let parsed = crate::resource::yaml::parse_stream(value);
            match parsed.errors.first() {
                Some(e) => Err(format!("not valid proxy config YAML: {}", e.message)),
                None if parsed
                    .documents
                    .iter()
                    .all(|d| d.value.is_object() || d.value.is_null()) =>
                {
                    Ok(())
                }
                None => Err("proxy config must be a mapping".to_string()),
            }
        }
        "sidecar.istio.io/proxyCPU"
        | "sidecar.istio.io/proxyMemory"
        | "sidecar.istio.io/proxyCPULimit"
        | "sidecar.istio.io/proxyMemoryLimit" => quantity(value),
        _ => return None,
    };
    Some(r)
}

/// A port as Go's `strconv.ParseUint(strings.TrimSpace(s), 10, 16)` reads it: digits only.
fn parse_port(s: &str) -> Result<u16, String> {
    let t = s.trim();
    if t.is_empty() || !t.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("failed parsing port {s:?}"));
    }
    t.parse::<u16>()
        .map_err(|_| format!("failed parsing port {s:?}"))
}

fn port_list(s: &str) -> Result<(), String> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(());
    }
    for p in s.split(',') {
        parse_port(p)?;
    }
    Ok(())
}

fn cidr_list(s: &str) -> Result<(), String> {
    if s.is_empty() {
        return Ok(());
    }
    for c in s.split(',') {
        if c.parse::<ipnet::IpNet>().is_err() {
            return Err(format!("failed parsing cidr {c:?}"));
        }
    }
    Ok(())
}

/// Interface names as Istio's injector checks them: comma-separated, each (spaces trimmed)
/// non-empty, at most 15 characters, a letter then letters, digits, `_`, `.` or `-`.
fn interface_names(s: &str) -> Result<(), String> {
    if s.is_empty() {
        return Ok(());
    }
    for name in s.split(',').map(str::trim) {
        let mut chars = name.chars();
        let first_ok = chars.next().is_some_and(|c| c.is_ascii_alphabetic());
        if name.is_empty() {
            return Err("empty interface name".to_string());
        }
        if name.len() > 15 {
            return Err(format!("interface name {name:?} too long (max 15 chars)"));
        }
        if !first_ok || !chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-')) {
            return Err(format!(
                "interface name {name:?} contains invalid characters"
            ));
        }
    }
    Ok(())
}

/// A Kubernetes resource quantity: a decimal number with an optional suffix.
fn quantity(s: &str) -> Result<(), String> {
    static RE: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        regex::Regex::new(
            r"^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+|Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E)?$",
        )
        .ok()
    });
    match re {
        Some(re) if re.is_match(s) => Ok(()),
        _ => Err(format!(
            "quantities must match the regular expression for Kubernetes quantities, got {s:?}"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_for_binary_search() {
        assert!(ANNOTATIONS.windows(2).all(|w| w[0].name < w[1].name));
        assert_eq!(
            lookup("sidecar.istio.io/inject").map(|d| d.deprecated),
            Some(true)
        );
    }

    #[test]
    fn values_are_checked_like_the_injector() {
        assert!(matches!(
            validate_value("sidecar.istio.io/interceptionMode", "DNAT"),
            Some(Err(_))
        ));
        assert!(matches!(
            validate_value("sidecar.istio.io/proxyCPU", "100m"),
            Some(Ok(()))
        ));
        assert!(matches!(
            validate_value("sidecar.istio.io/proxyCPU", "lots"),
            Some(Err(_))
        ));
        assert!(matches!(
            validate_value(
                "traffic.sidecar.istio.io/excludeOutboundIPRanges",
                "10.0.0.0/8,bad"
            ),
            Some(Err(_))
        ));
        assert!(validate_value("sidecar.istio.io/logLevel", "x").is_none());
        // Go's ParseUint: digits only
        for (name, value) in [
            ("status.sidecar.istio.io/port", "+15020"),
            ("readiness.status.sidecar.istio.io/periodSeconds", "+5"),
            ("traffic.sidecar.istio.io/excludeInboundPorts", "80,,443"),
        ] {
            assert!(
                matches!(validate_value(name, value), Some(Err(_))),
                "{value}"
            );
        }
        // interface names as Istio's injector reads them
        let iface = |v| validate_value("traffic.sidecar.istio.io/excludeInterfaces", v);
        assert!(matches!(iface(""), Some(Ok(()))));
        assert!(matches!(iface("eth0, net1.100"), Some(Ok(()))));
        for bad in ["eth0,,eth1", "0eth", "eth/0", "averyveryverylongname"] {
            assert!(matches!(iface(bad), Some(Err(_))), "{bad}");
        }
    }
}
