//! Which listener takes the connection and which of its filter chains runs: the original
//! destination hand-off of Istio's virtual listeners, then Envoy's filter chain match order
//! (destination port, destination IP, server name, transport protocol, application protocols),
//! keeping at each criterion only the chains that match it most specifically.

use std::net::IpAddr;

use super::model::{FilterChain, FilterChainMatch, Listener};
use super::{Skip, Step};
use crate::envoy::model::SocketAddress;

/// What the listener sees of a connection.
#[derive(Debug, Clone)]
pub struct Connection {
    pub port: u32,
    pub address: Option<IpAddr>,
    pub sni: Option<String>,
    pub transport: &'static str,
    pub alpn: Vec<&'static str>,
}

fn socket(l: &Listener) -> Option<&SocketAddress> {
    l.address.as_ref().and_then(|a| a.socket_address.as_ref())
}

fn addresses(l: &Listener) -> Vec<&str> {
    let mut out: Vec<&str> = socket(l).map(|s| s.address.as_str()).into_iter().collect();
    out.extend(
        l.additional_addresses
            .iter()
            .filter_map(|a| a.address.as_ref()?.socket_address.as_ref())
            .map(|s| s.address.as_str()),
    );
    out
}

fn is_wildcard(a: &str) -> bool {
    a == "0.0.0.0" || a == "::" || a == "::0"
}

fn label(l: &Listener) -> String {
    match socket(l) {
        Some(s) if l.name.is_empty() => format!("{}:{}", s.address, s.port_value),
        _ => l.name.clone(),
    }
}

/// The clusters a listener's TCP proxies name: how a listener for a service IP is recognised
/// when the destination address is not known.
fn tcp_clusters(l: &Listener) -> Vec<String> {
    l.filter_chains
        .iter()
        .flat_map(|fc| fc.filters.iter())
        .filter(|f| f.name == crate::envoy::listener::TCP_PROXY)
        .filter_map(|f| f.typed_config.as_ref()?.get("cluster")?.as_str())
        .map(str::to_string)
        .collect()
}

fn serves_host(cluster: &str, host: &str) -> bool {
    crate::envoy::parse_subset_key(cluster).is_some_and(|k| {
        k.fqdn == host
            || k.fqdn
                .strip_prefix(host)
                .is_some_and(|rest| rest.starts_with('.'))
    })
}

/// The outbound listener for `host` and the connection: an exact `IP:port` listener, else the
/// wildcard one on the port, else the virtual outbound listener (`use_original_dst`) itself.
pub fn outbound<'l>(
    listeners: &'l [Listener],
    host: &str,
    conn: &Connection,
    steps: &mut Vec<Step>,
) -> Option<&'l Listener> {
    let virtual_outbound = listeners.iter().find(|l| {
        l.use_original_dst == Some(true) && (l.name == "virtualOutbound" || port_of(l) == 15001)
    });
    let on_port: Vec<&Listener> = listeners
        .iter()
        .filter(|l| port_of(l) == conn.port && l.use_original_dst != Some(true))
        .collect();
    let mut step = Step::new("listener");
    if let Some(v) = virtual_outbound {
        step.details.push(format!(
            "the connection is captured by {} (port {}, use_original_dst) and handed to the listener for its original destination",
            label(v),
            port_of(v)
        ));
    }
    let exact = conn.address.and_then(|ip| {
        on_port.iter().copied().find(|l| {
            addresses(l)
                .iter()
                .any(|a| a.parse::<IpAddr>().ok() == Some(ip))
        })
    });
    let specific: Vec<&Listener> = on_port
        .iter()
        .copied()
        .filter(|l| !addresses(l).iter().any(|a| is_wildcard(a)))
        .collect();
    let wildcard = on_port
        .iter()
        .copied()
        .find(|l| addresses(l).iter().any(|a| is_wildcard(a)));
    let chosen = if let Some(l) = exact {
        step.decision = format!("{} (address and port match)", label(l));
        Some(l)
    } else if conn.address.is_none()
        && let Some(l) = specific
            .iter()
            .copied()
            .find(|l| tcp_clusters(l).iter().any(|c| serves_host(c, host)))
    {
        step.decision = format!(
            "{} (destination address unknown: this listener on port {} serves {host}; give --address to trace by IP)",
            label(l),
            conn.port
        );
        Some(l)
    } else if let Some(l) = wildcard {
        for s in &specific {
            step.skipped
                .push(Skip::new(label(s), "its address is not the destination"));
        }
        step.decision = format!("{} (wildcard address, port {})", label(l), conn.port);
        Some(l)
    } else if let Some(v) = virtual_outbound {
        step.decision = format!(
            "{} itself: no listener on port {} for this destination",
            label(v),
            conn.port
        );
        Some(v)
    } else {
        None
    };
    if let Some(l) = chosen {
        step.name = label(l);
    }
    steps.push(step);
    chosen
}

/// The inbound listener: Istio's `virtualInbound` (port 15006, original destination).
pub fn inbound<'l>(listeners: &'l [Listener], steps: &mut Vec<Step>) -> Option<&'l Listener> {
    let l = listeners
        .iter()
        .find(|l| l.name == "virtualInbound")
        .or_else(|| listeners.iter().find(|l| port_of(l) == 15006))?;
    let mut step = Step::new("listener");
    step.name = label(l);
    step.decision = format!(
        "{} (port {}): inbound connections are redirected here with their original destination",
        label(l),
        port_of(l)
    );
    steps.push(step);
    Some(l)
}

pub fn port_of(l: &Listener) -> u32 {
    socket(l).map_or(0, |s| s.port_value)
}

type Score = Result<u32, String>;

fn score_port(m: &FilterChainMatch, c: &Connection) -> Score {
    match m.destination_port {
        None => Ok(0),
        Some(p) if p == c.port => Ok(1),
        Some(p) => Err(format!("destination port {p}, not {}", c.port)),
    }
}

fn in_range(ip: IpAddr, prefix: &str, len: u32) -> bool {
    let Ok(net) = format!("{prefix}/{len}").parse::<ipnet::IpNet>() else {
        return false;
    };
    net.contains(&ip)
}

fn score_ip(m: &FilterChainMatch, c: &Connection) -> Score {
    if m.prefix_ranges.is_empty() {
        return Ok(0);
    }
    let best = m
        .prefix_ranges
        .iter()
        .filter(|r| match c.address {
            Some(ip) => in_range(ip, &r.address_prefix, r.prefix_len),
            // an unknown address is inside the IPv4 "everything" range only
            None => r.prefix_len == 0 && r.address_prefix.contains('.'),
        })
        .map(|r| r.prefix_len + 1)
        .max();
    let ranges: Vec<String> = m
        .prefix_ranges
        .iter()
        .map(|r| format!("{}/{}", r.address_prefix, r.prefix_len))
        .collect();
    best.ok_or_else(|| match c.address {
        Some(ip) => format!("destination {ip} is not in {}", ranges.join(",")),
        None => format!(
            "destination ranges {} need the address (--address)",
            ranges.join(",")
        ),
    })
}

fn score_sni(m: &FilterChainMatch, c: &Connection) -> Score {
    if m.server_names.is_empty() {
        return Ok(0);
    }
    let Some(sni) = &c.sni else {
        return Err(format!(
            "server names {} need TLS SNI",
            m.server_names.join(",")
        ));
    };
    let sni = sni.to_ascii_lowercase();
    let mut best = None;
    for n in &m.server_names {
        let n = n.to_ascii_lowercase();
        let s = if n == sni {
            Some(u32::MAX)
        } else if let Some(suffix) = n.strip_prefix('*') {
            // `*.example.com` stands for at least one label before the suffix
            (sni.len() > suffix.len() && sni.ends_with(suffix))
                .then(|| u32::try_from(suffix.len()).unwrap_or(u32::MAX - 1))
        } else {
            None
        };
        best = best.max(s);
    }
    best.ok_or_else(|| format!("SNI {sni} is not in {}", m.server_names.join(",")))
}

fn score_transport(m: &FilterChainMatch, c: &Connection) -> Score {
    match m.transport_protocol.as_str() {
        "" => Ok(0),
        t if t == c.transport => Ok(1),
        t => Err(format!("transport {t}, the connection is {}", c.transport)),
    }
}

fn score_alpn(m: &FilterChainMatch, c: &Connection) -> Score {
    if m.application_protocols.is_empty() {
        return Ok(0);
    }
    if m.application_protocols
        .iter()
        .any(|p| c.alpn.contains(&p.as_str()))
    {
        Ok(1)
    } else {
        let offered = if c.alpn.is_empty() {
            "none".to_string()
        } else {
            c.alpn.join(",")
        };
        Err(format!(
            "application protocols {}, the connection offers {offered}",
            m.application_protocols.join(",")
        ))
    }
}

/// How well a chain's match fits the connection on one criterion (higher is more specific).
type Criterion = fn(&FilterChainMatch, &Connection) -> Score;

const CRITERIA: &[(&str, Criterion)] = &[
    ("destination port", score_port),
    ("destination IP", score_ip),
    ("server name", score_sni),
    ("transport protocol", score_transport),
    ("application protocols", score_alpn),
];

fn chain_label(fc: &FilterChain, i: usize) -> String {
    if fc.name.is_empty() {
        format!("#{i}")
    } else {
        fc.name.clone()
    }
}

/// Envoy's filter chain selection; the default chain when none is left.
pub fn filter_chain<'l>(
    l: &'l Listener,
    conn: &Connection,
    steps: &mut Vec<Step>,
) -> Option<&'l FilterChain> {
    let default = FilterChainMatch::default();
    let mut left: Vec<(usize, &FilterChain)> = l.filter_chains.iter().enumerate().collect();
    let mut step = Step::new("filter chain");
    for (criterion, score) in CRITERIA {
        let scored: Vec<(usize, &FilterChain, Score)> = left
            .iter()
            .map(|(i, fc)| {
                (
                    *i,
                    *fc,
                    score(fc.filter_chain_match.as_ref().unwrap_or(&default), conn),
                )
            })
            .collect();
        let best = scored
            .iter()
            .filter_map(|(_, _, s)| s.as_ref().ok())
            .max()
            .copied();
        left.clear();
        for (i, fc, s) in scored {
            match (s, best) {
                (Ok(v), Some(b)) if v == b => left.push((i, fc)),
                (Ok(_), _) => step.skipped.push(Skip::new(
                    chain_label(fc, i),
                    format!("another chain matches the {criterion} more specifically"),
                )),
                (Err(why), _) => step.skipped.push(Skip::new(chain_label(fc, i), why)),
            }
        }
    }
    let chosen = match left.first() {
        Some((i, fc)) => {
            step.name = chain_label(fc, *i);
            step.decision = format!(
                "{} (match: {})",
                step.name,
                describe(fc.filter_chain_match.as_ref())
            );
            Some(*fc)
        }
        None => match &l.default_filter_chain {
            Some(fc) => {
                step.name = if fc.name.is_empty() {
                    "default".into()
                } else {
                    fc.name.clone()
                };
                step.decision =
                    format!("{} (the default chain: no other chain matches)", step.name);
                Some(fc)
            }
            None => None,
        },
    };
    steps.push(step);
    chosen
}

/// The match of a chain in the listener table's words (`ALL` when it matches everything).
pub fn describe(m: Option<&FilterChainMatch>) -> String {
    let Some(m) = m else {
        return "ALL".into();
    };
    let table = crate::envoy::model::FilterChainMatch {
        server_names: m.server_names.clone(),
        transport_protocol: m.transport_protocol.clone(),
        application_protocols: m.application_protocols.clone(),
        destination_port: m.destination_port,
        prefix_ranges: m
            .prefix_ranges
            .iter()
            .map(|r| crate::envoy::model::CidrRange {
                address_prefix: r.address_prefix.clone(),
                prefix_len: r.prefix_len,
            })
            .collect(),
    };
    crate::envoy::listener::describe_match(Some(&table))
}
