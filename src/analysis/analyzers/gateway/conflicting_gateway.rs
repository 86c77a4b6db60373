use std::collections::{BTreeMap, BTreeSet};

use crate::resource::node::{Node, Obj};
use foldhash::HashMap;

use crate::analysis::messages::{conflicting_gateways, referenced_resource_not_found};
use crate::analysis::util;
use crate::analysis::{Analyzer, Context};
use crate::resource::store::labels_match;
use crate::resource::{FieldPath, Store};

crate::declare_analyzer! {
    /// ## What it does
    /// Finds Istio Gateways that select the same workloads (the same selector, or selectors
    /// that pick a common pod) and define a server on the same port with a common host and
    /// the same `bind` (IST0145). A gateway whose selector matches no other gateway's
    /// workloads and picks no pod is reported as IST0101 (`selector`).
    ///
    /// ## Why it matters
    /// The gateway proxy can serve a host on a port only once: one of the conflicting servers
    /// is dropped, and which one depends on creation order.
    ///
    /// ## Example
    /// Gateways `alpha` and `beta`, both selecting `istio: ingressgateway`, both with a server
    /// on port 80 for `foo.example.com` (IST0145 on each).
    ///
    /// Use instead: one Gateway per host and port, or distinct ports.
    pub struct ConflictingGatewayAnalyzer {
        name: "gateway.ConflictingGatewayAnalyzer",
        description: "Checks a gateway's selector, port number and hosts",
        inputs: ["Gateway", "Pod"],
        emits: [REFERENCED_RESOURCE_NOT_FOUND, CONFLICTING_GATEWAYS],
    }
}

/// Per (selector, port): host -> the gateways serving it, with their `bind`.
type HostIndex = BTreeMap<(String, String), HashMap<String, Vec<(String, String)>>>;

fn parse_selector(s: &str) -> Obj {
    s.split(',')
        .filter_map(|pair| {
            let parts: Vec<&str> = pair.split('=').collect();
            (parts.len() == 2).then(|| (parts[0], Node::string(parts[1])))
        })
        .collect()
}

fn share_a_pod(store: &Store, a: &Obj, b: &Obj) -> bool {
    store
        .select("Pod", None, a)
        .into_iter()
        .any(|p| labels_match(b, p))
}

fn port_string(server: &Node) -> String {
    server
        .field("port")
        .and_then(|p| p.field("number"))
        .and_then(util::as_port)
        .unwrap_or(0)
        .to_string()
}

impl Analyzer for ConflictingGatewayAnalyzer {
    fn analyze(&self, ctx: &mut Context<'_>) {
        let store = ctx.store;
        let mut index: HostIndex = BTreeMap::new();
        for gw in store.of_kind("Gateway") {
            let spec = gw.spec().unwrap_or(&Node::Null);
            let sel = util::selector_string(util::object(spec, "selector"));
            for server in util::array(spec, "servers") {
                let bind = server.field("bind").and_then(Node::as_str).unwrap_or("");
                let hosts = index.entry((sel.clone(), port_string(server))).or_default();
                for h in util::strings(server, "hosts") {
                    hosts
                        .entry(h.to_string())
                        .or_default()
                        .push((util::full_name(gw), bind.to_string()));
                }
            }
        }
        let empty = Obj::new();
        for gw in store.of_kind("Gateway") {
            let spec = gw.spec().unwrap_or(&Node::Null);
            let selector = util::object(spec, "selector").unwrap_or(&empty);
            let sel = util::selector_string(Some(selector));
            let me = util::full_name(gw);
            // the (selector, port) keys whose workloads overlap this gateway's
            let hits: Vec<&(String, String)> = index
                .keys()
                .filter(|(xsel, _)| {
                    *xsel == sel
                        || ((xsel.contains(&sel) || sel.contains(xsel.as_str()))
                            && share_a_pod(store, selector, &parse_selector(xsel)))
                })
                .collect();
            if !sel.is_empty() && hits.is_empty() {
                ctx.missing(
                    gw,
                    Some(FieldPath::parse("spec.selector")),
                    "Pod",
                    util::ns(gw),
                    &sel,
                    referenced_resource_not_found("selector", &sel),
                );
                continue;
            }
            for server in util::array(spec, "servers") {
                let port = port_string(server);
                let hosts = util::strings(server, "hosts");
                let bind = server.field("bind").and_then(Node::as_str).unwrap_or("");
                let mut conflicting = BTreeSet::new();
                for key in hits.iter().filter(|(_, p)| *p == port) {
                    let Some(by_host) = index.get(*key) else {
                        continue;
                    };
                    for h in &hosts {
                        for (other, other_bind) in by_host.get(*h).into_iter().flatten() {
                            if *other != me && other_bind == bind {
                                conflicting.insert(other.as_str());
                            }
                        }
                    }
                }
                if !conflicting.is_empty() {
                    let names: Vec<&str> = conflicting.into_iter().collect();
                    ctx.report(
                        gw,
                        None,
                        conflicting_gateways(names.join(","), &sel, &port, hosts.join(",")),
                    );
                }
            }
        }
    }
}
