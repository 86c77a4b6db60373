//! The `ztunnel-config` views: istioctl's columns, sort orders and filters over a
//! [`ZtunnelDump`], as tables (`-o short`) or JSON lists (`-o json|yaml`).

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use serde_json::Value;

use super::dump::{ZtunnelDump, field, members, strings, text};
use crate::output::table::Table;

/// `workload` filters; every field ignores ASCII case, empty matches all.
#[derive(Debug, Clone, Default)]
pub struct WorkloadFilter {
    pub address: String,
    pub node: String,
    pub namespace: String,
    pub name: String,
}

impl WorkloadFilter {
    fn matches(&self, w: &Value) -> bool {
        let eq = |want: &str, got: &str| want.is_empty() || want.eq_ignore_ascii_case(got);
        eq(&self.name, text(w, "name"))
            && eq(&self.namespace, text(w, "namespace"))
            && eq(&self.node, text(w, "node"))
            && (self.address.is_empty()
                || strings(w, "workloadIps")
                    .iter()
                    .any(|ip| ip.eq_ignore_ascii_case(&self.address)))
    }
}

/// `connections` filters.
#[derive(Debug, Clone, Default)]
pub struct ConnectionsFilter {
    pub namespace: String,
    /// `inbound`, `outbound` or empty for both.
    pub direction: String,
    /// Print addresses as they are, not the names of the services and workloads behind them.
    pub raw: bool,
    /// A workload name, or `name.namespace` (then it sets the namespace when that is empty).
    pub workload: String,
}

impl ConnectionsFilter {
    fn normalized(&self) -> ConnectionsFilter {
        let mut f = self.clone();
        if !f.workload.is_empty()
            && f.namespace.is_empty()
            && let Some((name, ns)) = self.workload.split_once('.')
        {
            f.workload = name.to_string();
            f.namespace = ns.to_string();
        }
        f
    }

    fn matches(&self, state: &Value) -> bool {
        let info = field(state, "info").unwrap_or(&Value::Null);
        (self.namespace.is_empty() || self.namespace == text(info, "namespace"))
            && (self.workload.is_empty() || self.workload.eq_ignore_ascii_case(text(info, "name")))
    }
}

fn ns_matches(namespace: &str, v: &Value) -> bool {
    namespace.is_empty() || namespace.eq_ignore_ascii_case(text(v, "namespace"))
}

/// Workloads, filtered, in document order (the `-o json` list).
pub fn workloads<'a>(d: &'a ZtunnelDump, f: &WorkloadFilter) -> Vec<&'a Value> {
    d.workloads.iter().filter(|w| f.matches(w)).collect()
}

/// `NAMESPACE POD NAME ADDRESS NODE WAYPOINT PROTOCOL`, by `namespace.name` then node.
pub fn workload_table(d: &ZtunnelDump, f: &WorkloadFilter) -> String {
    let mut rows = workloads(d, f);
    rows.sort_by_cached_key(|&w| {
        (
            format!("{}.{}", text(w, "namespace"), text(w, "name")),
            text(w, "node"),
        )
    });
    let waypoints = Waypoints::new(&d.services);
    let mut t = Table::with_header(
        1,
        &[
            "NAMESPACE",
            "POD NAME",
            "ADDRESS",
            "NODE",
            "WAYPOINT",
            "PROTOCOL",
        ],
    );
    for w in rows {
        let mut address = strings(w, "workloadIps").join(",");
        if address.is_empty() {
            address = text(w, "hostname").to_string();
        }
        t.row(vec![
            text(w, "namespace").into(),
            text(w, "name").into(),
            address,
            text(w, "node").into(),
            waypoints.name(w),
            text(w, "protocol").into(),
        ]);
    }
    t.render()
}

/// Waypoint destinations (`namespace/hostname` and every VIP) → the name of the first service
/// in the dump that has it (istioctl takes the first match in order).
pub struct Waypoints<'a>(HashMap<String, &'a str>);

impl<'a> Waypoints<'a> {
    pub fn new(services: &'a [Value]) -> Self {
        let mut m = HashMap::new();
        for s in services {
            let name = text(s, "name");
            m.entry(format!("{}/{}", text(s, "namespace"), text(s, "hostname")))
                .or_insert(name);
            for vip in strings(s, "vips") {
                m.entry(vip.to_string()).or_insert(name);
            }
        }
        Waypoints(m)
    }

    /// The service a workload's or service's `waypoint.destination` names; `None` without a
    /// waypoint, `NA` when no service matches.
    pub fn name(&self, item: &Value) -> String {
        let Some(wp) = field(item, "waypoint").filter(|w| !w.is_null()) else {
            return "None".into();
        };
        self.0
            .get(text(wp, "destination"))
            .map_or_else(|| "NA".into(), |n| n.to_string())
    }
}

fn by_namespace_name<'a>(items: &'a [Value], namespace: &str, hostname: bool) -> Vec<&'a Value> {
    let mut out: Vec<&Value> = items.iter().filter(|v| ns_matches(namespace, v)).collect();
    out.sort_by(|a, b| {
        let o = text(a, "namespace")
            .cmp(text(b, "namespace"))
            .then_with(|| text(a, "name").cmp(text(b, "name")));
        if hostname {
            o.then_with(|| text(a, "hostname").cmp(text(b, "hostname")))
        } else {
            o
        }
    });
    out
}

/// Services of a namespace (all when empty), by namespace, name, hostname.
pub fn services<'a>(d: &'a ZtunnelDump, namespace: &str) -> Vec<&'a Value> {
    by_namespace_name(&d.services, namespace, true)
}

/// `NAMESPACE SERVICE NAME SERVICE VIP WAYPOINT ENDPOINTS`; ENDPOINTS is healthy/all, where a
/// healthy endpoint's workload is known and `Healthy`.
pub fn service_table(d: &ZtunnelDump, namespace: &str) -> String {
    let mut status: HashMap<&str, &str> = HashMap::new();
    for w in &d.workloads {
        status.insert(text(w, "uid"), text(w, "status"));
    }
    let waypoints = Waypoints::new(&d.services);
    let mut t = Table::with_header(
        1,
        &[
            "NAMESPACE",
            "SERVICE NAME",
            "SERVICE VIP",
            "WAYPOINT",
            "ENDPOINTS",
        ],
    );
    for s in services(d, namespace) {
        // a VIP is `network/ip`: istioctl shows what follows the slash
        let vips: Vec<&str> = strings(s, "vips")
            .into_iter()
            .map(|v| v.split_once('/').map_or("", |(_, ip)| ip))
            .collect();
        let eps = members(s, "endpoints");
        let healthy = eps
            .iter()
            .filter(|e| status.get(text(e, "workloadUid")) == Some(&"Healthy"))
            .count();
        t.row(vec![
            text(s, "namespace").into(),
            text(s, "name").into(),
            vips.join(","),
            waypoints.name(s),
            format!("{healthy}/{}", eps.len()),
        ]);
    }
    t.render()
}

/// Authorization policies of a namespace (all when empty), by namespace and name.
pub fn policies<'a>(d: &'a ZtunnelDump, namespace: &str) -> Vec<&'a Value> {
    by_namespace_name(&d.policies, namespace, false)
}

/// `NAMESPACE POLICY NAME ACTION SCOPE`.
pub fn policy_table(d: &ZtunnelDump, namespace: &str) -> String {
    let mut t = Table::with_header(1, &["NAMESPACE", "POLICY NAME", "ACTION", "SCOPE"]);
    for p in policies(d, namespace) {
        t.row(
            ["namespace", "name", "action", "scope"]
                .iter()
                .map(|k| text(p, k).to_string())
                .collect(),
        );
    }
    t.render()
}

/// `CERTIFICATE NAME TYPE STATUS VALID CERT SERIAL NUMBER NOT AFTER NOT BEFORE`: one row per
/// certificate of each identity (Leaf, Intermediate, Root); an identity without a chain gets
/// one row of `NA`s. Serial numbers (decimal in the dump) print in hex.
pub fn certificate_table(d: &ZtunnelDump, now: DateTime<Utc>) -> String {
    let mut t = Table::with_header(
        5,
        &[
            "CERTIFICATE NAME",
            "TYPE",
            "STATUS",
            "VALID CERT",
            "SERIAL NUMBER",
            "NOT AFTER",
            "NOT BEFORE",
        ],
    );
    for c in &d.certificates {
        let identity = text(c, "identity");
        let mut state = text(c, "state");
        if state.contains("Unavailable") {
            state = "Unavailable";
        }
        let chain = members(c, "certChain");
        let roots = members(c, "rootCerts");
        let mut row = |kind: &str, cert: Option<&Value>| {
            let (valid, serial, after, before) = match cert {
                None => (false, "NA".into(), "NA", "NA"),
                Some(cert) => (
                    cert_valid(cert, now),
                    decimal_to_hex(text(cert, "serialNumber")),
                    or_na(text(cert, "expirationTime")),
                    or_na(text(cert, "validFrom")),
                ),
            };
            t.row(vec![
                identity.into(),
                kind.into(),
                state.into(),
                valid.to_string(),
                serial,
                after.into(),
                before.into(),
            ]);
        };
        if chain.is_empty() {
            row("NA", None);
            continue;
        }
        // older ztunnels put the root at the end of the chain instead of in rootCerts
        let legacy = roots.is_empty();
        for (i, cert) in chain.iter().enumerate() {
            let kind = if i == 0 {
                "Leaf"
            } else if legacy && i == chain.len() - 1 {
                "Root"
            } else {
                "Intermediate"
            };
            row(kind, Some(cert));
        }
        for cert in roots {
            row("Root", Some(cert));
        }
    }
    t.render()
}

/// Certificate dates that are set but not RFC 3339 (their VALID CERT shows false); one line
/// each, for stderr.
pub fn certificate_warnings(d: &ZtunnelDump) -> Vec<String> {
    let mut out = Vec::new();
    for c in &d.certificates {
        for cert in members(c, "certChain")
            .into_iter()
            .chain(members(c, "rootCerts"))
        {
            for k in ["validFrom", "expirationTime"] {
                let v = text(cert, k);
                if !v.is_empty() && DateTime::parse_from_rfc3339(v).is_err() {
                    out.push(format!(
                        "certificate of {}: {k} {v:?} is not an RFC 3339 time",
                        text(c, "identity")
                    ));
                }
            }
        }
    }
    out
}

fn or_na(s: &str) -> &str {
    if s.is_empty() { "NA" } else { s }
}

/// Whether `now` lies within the certificate's validity (false when the dates are missing or
/// are not RFC 3339).
fn cert_valid(cert: &Value, now: DateTime<Utc>) -> bool {
    let parse = |k| DateTime::parse_from_rfc3339(text(cert, k)).ok();
    match (parse("validFrom"), parse("expirationTime")) {
        (Some(from), Some(to)) => now > from && now < to,
        _ => false,
    }
}

/// A decimal integer of any size in lowercase hex (`<nil>` when it is not one, as Go's
/// `%x` of a failed `big.Int` parse prints).
pub fn decimal_to_hex(dec: &str) -> String {
    let (neg, digits) = match dec.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, dec.strip_prefix('+').unwrap_or(dec)),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return "<nil>".into();
    }
    let mut num: Vec<u32> = digits.bytes().map(|b| u32::from(b - b'0')).collect();
    let mut hex = Vec::new();
    while num.iter().any(|&d| d != 0) {
        let mut rem = 0;
        for d in &mut num {
            let cur = rem * 10 + *d;
            *d = cur / 16;
            rem = cur % 16;
        }
        hex.push(char::from_digit(rem, 16).unwrap_or('0'));
    }
    if hex.is_empty() {
        hex.push('0');
    }
    let body: String = hex.into_iter().rev().collect();
    if neg && body != "0" {
        format!("-{body}")
    } else {
        body
    }
}

/// Workload states (with their connections), filtered, by namespace and name.
pub fn connection_states<'a>(d: &'a ZtunnelDump, f: &ConnectionsFilter) -> Vec<&'a Value> {
    let f = f.normalized();
    let mut out: Vec<&Value> = d.workload_state.iter().filter(|s| f.matches(s)).collect();
    let info = |s: &Value, k: &str| text(field(s, "info").unwrap_or(&Value::Null), k).to_string();
    out.sort_by(|a, b| {
        info(a, "namespace")
            .cmp(&info(b, "namespace"))
            .then_with(|| info(a, "name").cmp(&info(b, "name")))
    });
    out
}

/// `WORKLOAD DIRECTION LOCAL REMOTE REMOTE TARGET PROTOCOL`; addresses of known services and
/// workloads print as their names unless `raw`.
pub fn connections_table(d: &ZtunnelDump, filter: &ConnectionsFilter) -> String {
    let f = filter.normalized();
    let mut names: HashMap<String, String> = HashMap::new();
    for w in &d.workloads {
        let ip = strings(w, "workloadIps").first().copied().unwrap_or("None");
        names.insert(
            ip.into(),
            format!("{}.{}", text(w, "name"), text(w, "namespace")),
        );
    }
    // services win over workloads for the same address
    let mut services: HashMap<String, String> = HashMap::new();
    for s in &d.services {
        let ip = strings(s, "vips")
            .first()
            .and_then(|v| v.split_once('/'))
            .map(|(_, ip)| ip)
            .filter(|ip| !ip.is_empty())
            .unwrap_or("None");
        services.insert(ip.into(), text(s, "hostname").into());
    }
    let lookup = |addr: &str| -> String {
        if f.raw {
            return addr.into();
        }
        let Some((host, port)) = split_host_port(addr) else {
            return addr.into();
        };
        match services.get(host).or_else(|| names.get(host)) {
            Some(name) => join_host_port(name, port),
            None => addr.into(),
        }
    };
    let mut t = Table::with_header(
        1,
        &[
            "WORKLOAD",
            "DIRECTION",
            "LOCAL",
            "REMOTE",
            "REMOTE TARGET",
            "PROTOCOL",
        ],
    );
    for s in connection_states(d, &f) {
        let info = field(s, "info").unwrap_or(&Value::Null);
        let name = format!("{}.{}", text(info, "name"), text(info, "namespace"));
        let conns = field(s, "connections").unwrap_or(&Value::Null);
        if f.direction != "outbound" {
            for c in members(conns, "inbound") {
                t.row(vec![
                    name.clone(),
                    "Inbound".into(),
                    lookup(text(c, "actualDst")),
                    lookup(text(c, "src")),
                    text(c, "originalDst").into(),
                    text(c, "protocol").into(),
                ]);
            }
        }
        if f.direction != "inbound" {
            for c in members(conns, "outbound") {
                t.row(vec![
                    name.clone(),
                    "Outbound".into(),
                    lookup(text(c, "src")),
                    lookup(text(c, "actualDst")),
                    lookup(text(c, "originalDst")),
                    text(c, "protocol").into(),
                ]);
            }
        }
    }
    t.render()
}

/// `host:port` or `[v6]:port` split as Go's `net.SplitHostPort` does (`None` when malformed).
fn split_host_port(addr: &str) -> Option<(&str, &str)> {
    if let Some(rest) = addr.strip_prefix('[') {
        let (host, port) = rest.split_once("]:")?;
        return (!port.contains(':')).then_some((host, port));
    }
    let (host, port) = addr.rsplit_once(':')?;
    (!host.contains(':')).then_some((host, port))
}

fn join_host_port(host: &str, port: &str) -> String {
    if host.contains(':') {
        format!("[{host}]:{port}")
    } else {
        format!("{host}:{port}")
    }
}

/// Every summary, each preceded by a blank line (and a `------ TITLE ------` header).
pub fn all_summary(d: &ZtunnelDump, with_headers: bool, now: DateTime<Utc>) -> String {
    let sections = [
        (
            "WORKLOAD INFO",
            workload_table(d, &WorkloadFilter::default()),
        ),
        ("SERVICE INFO", service_table(d, "")),
        ("POLICY INFO", policy_table(d, "")),
        ("SECRET INFO", certificate_table(d, now)),
        (
            "CONNECTIONS INFO",
            connections_table(d, &ConnectionsFilter::default()),
        ),
    ];
    let mut out = String::new();
    for (title, body) in sections {
        out.push('\n');
        if with_headers {
            out.push_str(&format!("------ {title} ------\n\n"));
        }
        out.push_str(&body);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serials_convert_exactly() {
        assert_eq!(decimal_to_hex("255"), "ff");
        assert_eq!(decimal_to_hex("0"), "0");
        assert_eq!(decimal_to_hex("-16"), "-10");
        // 2^128 - 1 does not fit in a u64
        assert_eq!(
            decimal_to_hex("340282366920938463463374607431768211455"),
            "ffffffffffffffffffffffffffffffff"
        );
        assert_eq!(decimal_to_hex("12ab"), "<nil>");
        assert_eq!(decimal_to_hex(""), "<nil>");
    }

    #[test]
    fn the_first_service_with_a_destination_names_the_waypoint() {
        let services: Vec<Value> = serde_json::from_str(
            r#"[{"name": "a", "namespace": "x", "hostname": "a.x", "vips": ["/10.0.0.1"]},
                {"name": "b", "namespace": "x", "hostname": "b.x", "vips": ["/10.0.0.1", "/10.0.0.2"]}]"#,
        )
        .unwrap();
        let wp = Waypoints::new(&services);
        let w = |dest: &str| serde_json::json!({"waypoint": {"destination": dest}});
        assert_eq!(wp.name(&w("/10.0.0.1")), "a");
        assert_eq!(wp.name(&w("/10.0.0.2")), "b");
        assert_eq!(wp.name(&w("x/b.x")), "b");
        assert_eq!(wp.name(&w("/10.9.9.9")), "NA");
        assert_eq!(wp.name(&serde_json::json!({"waypoint": null})), "None");
    }

    #[test]
    fn host_ports_split_like_go() {
        assert_eq!(split_host_port("10.0.0.1:80"), Some(("10.0.0.1", "80")));
        assert_eq!(split_host_port("[fd00::1]:80"), Some(("fd00::1", "80")));
        assert_eq!(split_host_port("fd00::1:80"), None);
        assert_eq!(split_host_port("nohost"), None);
        assert_eq!(join_host_port("fd00::1", "80"), "[fd00::1]:80");
    }
}
