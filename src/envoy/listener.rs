//! `proxy-config listener`: one row per listener, or per filter chain with `--verbose`.

use serde_json::Value;
use serde_json::value::RawValue;

use super::dump::{ConfigDump, DumpError};
use super::model::{self, FilterChain, FilterChainMatch, Listener, RouteConfiguration};
use super::{protojson, route};
use crate::output::table::Table;

pub const HTTP_CONNECTION_MANAGER: &str = "envoy.filters.network.http_connection_manager";
pub const TCP_PROXY: &str = "envoy.filters.network.tcp_proxy";
const BLACK_HOLE: &str = "BlackHoleCluster";

/// istioctl's listener filters.
#[derive(Debug, Clone, Default)]
pub struct ListenerFilter {
    /// `--address`: equal (ignoring case) to the address or one of the additional addresses.
    pub address: String,
    /// `--port`: the socket address port.
    pub port: u32,
    /// `--type`: HTTP, TCP, HTTP+TCP or UNKNOWN, ignoring case.
    pub listener_type: String,
}

impl ListenerFilter {
    pub fn matches(&self, l: &Listener) -> bool {
        if !self.address.is_empty() {
            let mut found = additional_addresses(l)
                .iter()
                .any(|a| a.eq_ignore_ascii_case(&self.address));
            found |= address(l).eq_ignore_ascii_case(&self.address);
            if !found {
                return false;
            }
        }
        if self.port != 0 && port(l) != self.port {
            return false;
        }
        if !self.listener_type.is_empty()
            && !listener_type(l).eq_ignore_ascii_case(&self.listener_type)
        {
            return false;
        }
        true
    }
}

/// The socket address (or pipe path) of a listener; empty for internal listeners.
pub fn address(l: &Listener) -> String {
    match &l.address {
        Some(a) => match (&a.socket_address, &a.pipe) {
            (Some(s), _) => s.address.clone(),
            (None, Some(p)) => p.path.clone(),
            _ => String::new(),
        },
        None => String::new(),
    }
}

pub fn additional_addresses(l: &Listener) -> Vec<String> {
    l.additional_addresses
        .iter()
        .map(|a| {
            a.address
                .as_ref()
                .and_then(|a| a.socket_address.as_ref())
                .map(|s| s.address.clone())
                .unwrap_or_default()
        })
        .collect()
}

pub fn port(l: &Listener) -> u32 {
    l.address
        .as_ref()
        .and_then(|a| a.socket_address.as_ref())
        .map_or(0, |s| s.port_value)
}

/// The filter chains, the default one last.
pub fn filter_chains<'l, 'a>(l: &'l Listener<'a>) -> impl Iterator<Item = &'l FilterChain<'a>> {
    l.filter_chains.iter().chain(l.default_filter_chain.iter())
}

fn is_black_hole(f: &model::Filter) -> bool {
    f.typed_config.is_some_and(|c| c.get().contains(BLACK_HOLE))
}

/// HTTP, TCP, HTTP+TCP or UNKNOWN, from the network filters of all chains (TCP proxies to the
/// black hole do not count).
pub fn listener_type(l: &Listener) -> &'static str {
    let (mut http, mut tcp) = (0, 0);
    for fc in filter_chains(l) {
        for f in &fc.filters {
            if f.name == HTTP_CONNECTION_MANAGER {
                http += 1;
            } else if f.name == TCP_PROXY && !is_black_hole(f) {
                tcp += 1;
            }
        }
    }
    match (http > 0, tcp > 0) {
        (true, false) => "HTTP",
        (true, true) => "HTTP+TCP",
        (false, true) => "TCP",
        (false, false) => "UNKNOWN",
    }
}

/// Known ALPN sets and how istioctl names them.
const ALPN_NAMES: &[(&str, &[&str])] = &[
    (
        "App: HTTP TLS",
        &[
            "http/1.0",
            "http/1.1",
            "h2c",
            "istio-http/1.0",
            "istio-http/1.1",
            "istio-h2",
        ],
    ),
    (
        "App: Istio HTTP Plain",
        &["istio", "istio-http/1.0", "istio-http/1.1", "istio-h2"],
    ),
    ("App: TCP TLS", &["istio-peer-exchange", "istio"]),
    ("App: HTTP", &["http/1.0", "http/1.1", "h2c"]),
];

/// The MATCH cell of a filter chain: SNI, transport, ALPN, destination; `ALL` when none.
pub fn describe_match(m: Option<&FilterChainMatch>) -> String {
    let default = FilterChainMatch::default();
    let m = m.unwrap_or(&default);
    let mut parts = Vec::new();
    if !m.server_names.is_empty() {
        parts.push(format!("SNI: {}", m.server_names.join(",")));
    }
    if !m.transport_protocol.is_empty() {
        parts.push(format!("Trans: {}", m.transport_protocol));
    }
    if !m.application_protocols.is_empty() {
        let known = ALPN_NAMES.iter().find(|(_, set)| {
            m.application_protocols
                .iter()
                .map(String::as_str)
                .eq(set.iter().copied())
        });
        match known {
            Some((name, _)) => parts.push((*name).to_string()),
            None => parts.push(format!("App: {}", m.application_protocols.join(","))),
        }
    }
    let port = m
        .destination_port
        .map(|p| format!(":{p}"))
        .unwrap_or_default();
    if !m.prefix_ranges.is_empty() {
        let ranges: Vec<String> = m
            .prefix_ranges
            .iter()
            .map(|r| format!("{}/{}", r.address_prefix, r.prefix_len))
            .collect();
        parts.push(format!("Addr: {}{}", ranges.join(","), port));
    } else if !port.is_empty() {
        parts.push(format!("Addr: *{port}"));
    }
    if parts.is_empty() {
        "ALL".to_string()
    } else {
        parts.join("; ")
    }
}

/// Where a filter chain sends traffic: an RDS name, a cluster, an inline route, ...
pub fn describe_destination(fc: &FilterChain) -> String {
    for f in &fc.filters {
        if f.name == HTTP_CONNECTION_MANAGER {
            let hcm: model::HttpConnectionManager = match f.typed_config {
                Some(raw) => match serde_json::from_str(raw.get()) {
                    Ok(h) => h,
                    Err(e) => return e.to_string(),
                },
                None => model::HttpConnectionManager::default(),
            };
            if let Some(rc) = &hcm.route_config {
                return describe_inline_route(rc);
            }
            if let Some(rds) = &hcm.rds
                && !rds.route_config_name.is_empty()
            {
                return format!("Route: {}", rds.route_config_name);
            }
            return "HTTP".to_string();
        } else if f.name == TCP_PROXY && !is_black_hole(f) {
            let tcp: model::TcpProxy = match f.typed_config {
                Some(raw) => match serde_json::from_str(raw.get()) {
                    Ok(t) => t,
                    Err(e) => return e.to_string(),
                },
                None => model::TcpProxy::default(),
            };
            return cluster_label(&tcp.cluster);
        }
    }
    "Non-HTTP/Non-TCP".to_string()
}

/// `Cluster: x`, or the bare name for Istio's special clusters (`BlackHoleCluster`, ...).
fn cluster_label(cluster: &str) -> String {
    if cluster.contains("Cluster") {
        cluster.to_string()
    } else {
        format!("Cluster: {cluster}")
    }
}

fn describe_inline_route(rc: &RouteConfiguration) -> String {
    if let Some(c) = match_all_cluster(rc) {
        return cluster_label(c);
    }
    let vhosts: Vec<String> = rc
        .virtual_hosts
        .iter()
        .map(|vh| {
            let domains = if vh.domains.len() == 1 && vh.domains[0] == "*" {
                String::new()
            } else {
                vh.domains.join("/")
            };
            let routes: Vec<String> = vh
                .routes
                .iter()
                .map(|r| route::describe_match(&r.route_match))
                .collect();
            if domains.is_empty() {
                routes.join(", ")
            } else {
                format!("{} {}", domains, routes.join(", "))
            }
        })
        .collect();
    format!("Inline Route: {}", vhosts.join("; "))
}

/// The cluster of a route configuration that sends everything (`*`, prefix `/`) to one cluster.
fn match_all_cluster(rc: &RouteConfiguration) -> Option<&str> {
    let [vh] = rc.virtual_hosts.as_slice() else {
        return None;
    };
    if vh.domains.len() != 1 || vh.domains[0] != "*" {
        return None;
    }
    let [r] = vh.routes.as_slice() else {
        return None;
    };
    if r.route_match.prefix.as_deref() != Some("/") {
        return None;
    }
    r.cluster()
}

/// One table row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListenerRow {
    pub name: String,
    pub addresses: String,
    pub port: u32,
    /// `--verbose`: the chain's match and destination; otherwise the listener type.
    pub detail: ListenerDetail,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ListenerDetail {
    Chain {
        matches: String,
        destination: String,
    },
    Type(&'static str),
}

/// The listeners that pass the filter, in istioctl's order: port, address, type.
fn select<'a, T>(
    mut listeners: Vec<T>,
    listener: impl Fn(&T) -> &Listener<'a>,
    filter: &ListenerFilter,
) -> Result<Vec<T>, DumpError> {
    if listeners.is_empty() {
        return Err(DumpError::Empty("listeners"));
    }
    listeners.retain(|l| filter.matches(listener(l)));
    listeners.sort_by(|a, b| {
        let (a, b) = (listener(a), listener(b));
        port(a)
            .cmp(&port(b))
            .then_with(|| address(a).cmp(&address(b)))
            .then_with(|| listener_type(a).cmp(listener_type(b)))
    });
    Ok(listeners)
}

pub fn rows(
    dump: &ConfigDump,
    filter: &ListenerFilter,
    verbose: bool,
) -> Result<Vec<ListenerRow>, DumpError> {
    let mut out = Vec::new();
    for l in &select(dump.listeners()?, |l| l, filter)? {
        let mut addresses = vec![address(l)];
        addresses.extend(additional_addresses(l));
        let addresses = addresses.join(",");
        let port = port(l);
        if verbose {
            let mut chains: Vec<(String, String)> = filter_chains(l)
                .map(|fc| {
                    (
                        describe_match(fc.filter_chain_match.as_ref()),
                        describe_destination(fc),
                    )
                })
                .collect();
            // destination, descending; ties keep chain order
            chains.sort_by(|a, b| b.1.cmp(&a.1));
            for (matches, destination) in chains {
                out.push(ListenerRow {
                    name: l.name.clone(),
                    addresses: addresses.clone(),
                    port,
                    detail: ListenerDetail::Chain {
                        matches,
                        destination,
                    },
                });
            }
        } else {
            out.push(ListenerRow {
                name: l.name.clone(),
                addresses,
                port,
                detail: ListenerDetail::Type(listener_type(l)),
            });
        }
    }
    Ok(out)
}

/// The table (padding 1, as istioctl). `with_name` adds `NAME` (`listener/<name>`) for `all`.
pub fn table(rows: &[ListenerRow], verbose: bool, with_name: bool) -> Table {
    let mut header = vec!["ADDRESSES", "PORT"];
    if with_name {
        header.insert(0, "NAME");
    }
    if verbose {
        header.extend(["MATCH", "DESTINATION"]);
    } else {
        header.push("TYPE");
    }
    let mut t = Table::with_header(1, &header);
    for r in rows {
        let mut cells = Vec::new();
        if with_name {
            cells.push(format!("listener/{}", r.name));
        }
        cells.push(r.addresses.clone());
        cells.push(r.port.to_string());
        match &r.detail {
            ListenerDetail::Chain {
                matches,
                destination,
            } => {
                cells.push(matches.clone());
                cells.push(destination.clone());
            }
            ListenerDetail::Type(t) => cells.push((*t).to_string()),
        }
        t.row(cells);
    }
    t
}

/// `-o json|yaml`: the selected listeners as protojson.
pub fn json(dump: &ConfigDump, filter: &ListenerFilter) -> Result<Value, DumpError> {
    selected_raw(dump, filter)?
        .into_iter()
        .map(protojson::message)
        .collect::<Result<Vec<_>, _>>()
        .map(Value::Array)
}

/// The selected resources as their dump text, in order, for streaming `-o json|yaml`: each
/// becomes protojson with [`protojson::message`].
pub fn selected_raw<'a>(
    dump: &ConfigDump<'a>,
    filter: &ListenerFilter,
) -> Result<Vec<&'a RawValue>, DumpError> {
    Ok(select(dump.listener_items()?, |l| &l.value, filter)?
        .into_iter()
        .map(|i| i.raw)
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn listener(json: &str) -> Listener<'_> {
        serde_json::from_str(json).unwrap()
    }

    const HTTP_8080: &str = r#"{"name":"0.0.0.0_8080","address":{"socket_address":{"address":"0.0.0.0","port_value":8080}},
        "additional_addresses":[{"address":{"socket_address":{"address":"::","port_value":8080}}}],
        "filter_chains":[{"filters":[{"name":"envoy.filters.network.http_connection_manager","typed_config":{"rds":{"route_config_name":"8080"}}}]}]}"#;

    const TCP_BLACKHOLE: &str = r#"{"name":"t","address":{"socket_address":{"address":"10.0.0.1","port_value":9000}},
        "filter_chains":[{"filters":[{"name":"envoy.filters.network.tcp_proxy","typed_config":{"cluster":"BlackHoleCluster"}}]},
                         {"filters":[{"name":"envoy.filters.network.tcp_proxy","typed_config":{"cluster":"outbound|9000||db"}}]}]}"#;

    #[test]
    fn address_filter_also_matches_additional_addresses() {
        let l = listener(HTTP_8080);
        let f = |a: &str| ListenerFilter {
            address: a.into(),
            ..Default::default()
        };
        assert!(f("0.0.0.0").matches(&l));
        assert!(f("::").matches(&l));
        assert!(!f("10.0.0.1").matches(&l));
    }

    #[test]
    fn port_and_type_filters() {
        let http = listener(HTTP_8080);
        let tcp = listener(TCP_BLACKHOLE);
        let port = |p| ListenerFilter {
            port: p,
            ..Default::default()
        };
        assert!(port(8080).matches(&http));
        assert!(!port(9000).matches(&http));
        let ty = |t: &str| ListenerFilter {
            listener_type: t.into(),
            ..Default::default()
        };
        assert!(ty("http").matches(&http));
        assert!(!ty("TCP").matches(&http));
        assert!(ty("TCP").matches(&tcp));
        assert_eq!(listener_type(&tcp), "TCP");
    }

    #[test]
    fn destinations_name_routes_clusters_and_black_holes() {
        let http = listener(HTTP_8080);
        assert_eq!(describe_destination(&http.filter_chains[0]), "Route: 8080");
        let tcp = listener(TCP_BLACKHOLE);
        assert_eq!(
            describe_destination(&tcp.filter_chains[0]),
            "Non-HTTP/Non-TCP"
        );
        assert_eq!(
            describe_destination(&tcp.filter_chains[1]),
            "Cluster: outbound|9000||db"
        );
    }

    #[test]
    fn matches_describe_sni_alpn_and_addresses() {
        let m: FilterChainMatch = serde_json::from_str(
            r#"{"server_names":["a.com","b.com"],"transport_protocol":"tls",
                "application_protocols":["istio-peer-exchange","istio"],
                "destination_port":443,"prefix_ranges":[{"address_prefix":"10.0.0.0","prefix_len":8}]}"#,
        )
        .unwrap();
        assert_eq!(
            describe_match(Some(&m)),
            "SNI: a.com,b.com; Trans: tls; App: TCP TLS; Addr: 10.0.0.0/8:443"
        );
        let port_only: FilterChainMatch =
            serde_json::from_str(r#"{"destination_port":15006,"application_protocols":["h3"]}"#)
                .unwrap();
        assert_eq!(describe_match(Some(&port_only)), "App: h3; Addr: *:15006");
        assert_eq!(describe_match(None), "ALL");
    }
}
