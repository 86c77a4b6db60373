//! `proxy-config route --tree`: how a request travels through the proxy, readable without
//! `-o json`: listener → filter chain → route configuration → virtual host → route → cluster.
//!
//! Listeners that use RDS are joined to the route configuration of that name; route
//! configurations no listener names (or dumps without listeners) are listed at the end.

use std::collections::{BTreeSet, HashMap};

use super::dump::{ConfigDump, DumpError};
use super::listener::{self, HTTP_CONNECTION_MANAGER, TCP_PROXY};
use super::model::{self, Route, RouteConfiguration, VirtualHost};
use super::route::{self, RouteFilter};
use super::{describe_management, eds::describe_address};

/// A node of the tree: a label and its children.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node {
    pub label: String,
    pub children: Vec<Node>,
}

impl Node {
    fn leaf(label: impl Into<String>) -> Self {
        Node {
            label: label.into(),
            children: Vec::new(),
        }
    }
}

/// Build the tree. With a `--name` filter only that route configuration (and the listeners
/// that use it) is shown.
pub fn build(dump: &ConfigDump, filter: &RouteFilter) -> Result<Vec<Node>, DumpError> {
    let routes = match dump.routes() {
        Ok(r) => r,
        Err(DumpError::MissingSection(_)) => Vec::new(),
        Err(e) => return Err(e),
    };
    let by_name: HashMap<&str, &RouteConfiguration> =
        routes.iter().map(|r| (r.name.as_str(), r)).collect();
    let listeners = match dump.listeners() {
        Ok(l) => l,
        Err(DumpError::MissingSection(_)) => Vec::new(),
        Err(e) => return Err(e),
    };
    let mut used = BTreeSet::new();
    let mut out = Vec::new();
    let mut sorted: Vec<_> = listeners.iter().collect();
    sorted.sort_by(|a, b| {
        listener::port(a)
            .cmp(&listener::port(b))
            .then_with(|| listener::address(a).cmp(&listener::address(b)))
            .then_with(|| a.name.cmp(&b.name))
    });
    for l in sorted {
        let mut chains = Vec::new();
        for fc in listener::filter_chains(l) {
            let matches = listener::describe_match(fc.filter_chain_match.as_ref());
            let Some(node) = chain_node(fc, &by_name, filter, &mut used) else {
                continue;
            };
            let mut chain = Node::leaf(format!("chain {}", chain_label(&fc.name, &matches)));
            chain.children.push(node);
            chains.push(chain);
        }
        if chains.is_empty() {
            continue;
        }
        let addr = l
            .address
            .as_ref()
            .map(|a| describe_address(Some(a)))
            .filter(|a| a != "unknown")
            .unwrap_or_else(|| "internal".to_string());
        let name = if l.name.is_empty() {
            "(unnamed)"
        } else {
            &l.name
        };
        out.push(Node {
            label: format!("listener {name} ({addr})"),
            children: chains,
        });
    }
    let orphans: Vec<Node> = routes
        .iter()
        .filter(|rc| filter.matches(rc) && !used.contains(rc.name.as_str()))
        .map(|rc| route_config_node(&format!("route {}", display_name(&rc.name)), rc))
        .collect();
    if !orphans.is_empty() {
        out.push(Node {
            label: "route configurations not used by a listener".into(),
            children: orphans,
        });
    }
    Ok(out)
}

fn display_name(name: &str) -> &str {
    if name.is_empty() { "(unnamed)" } else { name }
}

fn chain_label(name: &str, matches: &str) -> String {
    if name.is_empty() {
        format!("[{matches}]")
    } else {
        format!("{name} [{matches}]")
    }
}

/// The node for a filter chain's destination; `None` when the `--name` filter hides it.
fn chain_node<'r>(
    fc: &model::FilterChain,
    routes: &HashMap<&'r str, &'r RouteConfiguration>,
    filter: &RouteFilter,
    used: &mut BTreeSet<&'r str>,
) -> Option<Node> {
    for f in &fc.filters {
        if f.name == HTTP_CONNECTION_MANAGER {
            let hcm: model::HttpConnectionManager = f
                .typed_config
                .and_then(|raw| serde_json::from_str(raw.get()).ok())
                .unwrap_or_default();
            if let Some(rc) = &hcm.route_config {
                if !filter.matches(rc) {
                    return None;
                }
                return Some(route_config_node(
                    &format!("inline route {}", display_name(&rc.name)),
                    rc,
                ));
            }
            let name = hcm.rds.map(|r| r.route_config_name).unwrap_or_default();
            if !filter.name.is_empty() && filter.name != name {
                return None;
            }
            if name.is_empty() {
                return Some(Node::leaf("http (no route configuration)"));
            }
            return Some(match routes.get_key_value(name.as_str()) {
                Some((key, rc)) => {
                    used.insert(key);
                    route_config_node(&format!("route {name}"), rc)
                }
                None => Node::leaf(format!("route {name} (not in the dump)")),
            });
        }
        if f.name == TCP_PROXY {
            if !filter.name.is_empty() {
                return None;
            }
            let tcp: model::TcpProxy = f
                .typed_config
                .and_then(|raw| serde_json::from_str(raw.get()).ok())
                .unwrap_or_default();
            return Some(Node::leaf(format!("tcp → {}", tcp_target(&tcp))));
        }
    }
    if !filter.name.is_empty() {
        return None;
    }
    let names: Vec<&str> = fc.filters.iter().map(|f| f.name.as_str()).collect();
    Some(Node::leaf(format!("filters: {}", names.join(", "))))
}

fn tcp_target(tcp: &model::TcpProxy) -> String {
    match &tcp.weighted_clusters {
        Some(w) if !w.clusters.is_empty() => weighted(&w.clusters),
        _ => tcp.cluster.clone(),
    }
}

fn weighted(clusters: &[model::ClusterWeight]) -> String {
    clusters
        .iter()
        .map(|c| match c.weight {
            Some(w) => format!("{} ({w})", c.name),
            None => c.name.clone(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn route_config_node(label: &str, rc: &RouteConfiguration) -> Node {
    Node {
        label: label.to_string(),
        children: rc.virtual_hosts.iter().map(vhost_node).collect(),
    }
}

fn vhost_node(vh: &VirtualHost) -> Node {
    let domains = if vh.domains.len() > 4 {
        format!(
            "{} + {} more",
            vh.domains[..4].join(", "),
            vh.domains.len() - 4
        )
    } else {
        vh.domains.join(", ")
    };
    let mut children: Vec<Node> = vh.routes.iter().map(route_node).collect();
    if children.is_empty() {
        children.push(Node::leaf("(no routes: 404)"));
    }
    Node {
        label: format!("vhost {} [{}]", display_name(&vh.name), domains),
        children,
    }
}

fn route_node(r: &Route) -> Node {
    let mut m = route::describe_match(&r.route_match);
    if m.is_empty() {
        m = "*".into();
    }
    for h in &r.route_match.headers {
        m.push_str(&format!(" {}", describe_header(h)));
    }
    let action = if let Some(a) = &r.route {
        if let Some(c) = &a.cluster {
            c.clone()
        } else if let Some(w) = &a.weighted_clusters {
            weighted(&w.clusters)
        } else if let Some(h) = &a.cluster_header {
            format!("cluster from header {h}")
        } else {
            "(no cluster)".into()
        }
    } else if r.redirect.is_some() {
        "redirect".into()
    } else if let Some(d) = &r.direct_response {
        format!("direct response {}", d.status)
    } else {
        "(no action)".into()
    };
    let mut label = format!("{m} → {action}");
    let vs = describe_management(r.metadata.as_ref().and_then(model::Metadata::istio_config));
    if !vs.is_empty() {
        label.push_str(&format!("  (from {vs})"));
    }
    Node::leaf(label)
}

fn describe_header(h: &model::HeaderMatcher) -> String {
    let not = if h.invert_match { "!" } else { "" };
    if let Some(v) = &h.exact_match {
        return format!("{not}header {}={v}", h.name);
    }
    if let Some(sm) = &h.string_match
        && let Some((kind, v)) = sm
            .iter()
            .find(|(k, _)| k.as_str() != "ignore_case" && k.as_str() != "ignoreCase")
    {
        let v = v
            .as_str()
            .map(str::to_string)
            .unwrap_or_else(|| v.to_string());
        return match kind.as_str() {
            "exact" => format!("{not}header {}={v}", h.name),
            "prefix" => format!("{not}header {}={v}*", h.name),
            "suffix" => format!("{not}header {}=*{v}", h.name),
            "contains" => format!("{not}header {}~{v}", h.name),
            _ => format!("{not}header {} {kind} {v}", h.name),
        };
    }
    format!("{not}header {}", h.name)
}

/// Draw the tree with box-drawing branches.
pub fn render(nodes: &[Node]) -> String {
    let mut out = String::new();
    for n in nodes {
        out.push_str(&n.label);
        out.push('\n');
        render_children(&mut out, &n.children, "");
    }
    out
}

fn render_children(out: &mut String, children: &[Node], prefix: &str) {
    for (i, c) in children.iter().enumerate() {
        let last = i + 1 == children.len();
        out.push_str(prefix);
        out.push_str(if last { "└─ " } else { "├─ " });
        out.push_str(&c.label);
        out.push('\n');
        let next = format!("{prefix}{}", if last { "   " } else { "│  " });
        render_children(out, &c.children, &next);
    }
}
