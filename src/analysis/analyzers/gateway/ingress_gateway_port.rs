use crate::resource::node::{Node, Obj};
use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};

use crate::analysis::messages::{
    gateway_port_not_defined_on_service, referenced_resource_not_found,
};
use crate::analysis::util;
use crate::analysis::{Analyzer, Context};
use crate::resource::{FieldPath, Store, Stored as Resource};

crate::declare_analyzer! {
    /// ## What it does
    /// For every Istio Gateway, finds the pods its `selector` picks and the Services (in the
    /// pods' namespaces) that select those pods. A gateway that selects no pod is reported
    /// (IST0101), and so is every server port that no such Service sends traffic to, by
    /// `targetPort` or by `port` (IST0162). Only TCP service ports count.
    ///
    /// ## Why it matters
    /// The gateway proxy listens on the server port, but clients reach it only through a
    /// Service port that targets it. Without one the server is unreachable.
    ///
    /// ## Example
    /// ```yaml
    /// kind: Gateway
    /// spec:
    ///   selector: {istio: ingressgateway}
    ///   servers:
    ///   - port: {number: 8004, name: http, protocol: HTTP}   # IST0162
    /// ```
    /// Use instead: a port the ingress Service exposes (80, 443, ...), or add the port to
    /// the Service.
    pub struct IngressGatewayPortAnalyzer {
        name: "gateway.IngressGatewayPortAnalyzer",
        description: "Checks a gateway's ports against the gateway's Kubernetes service ports",
        inputs: ["Gateway", "Pod", "Service"],
        emits: [REFERENCED_RESOURCE_NOT_FOUND, GATEWAY_PORT_NOT_DEFINED_ON_SERVICE],
    }
}

/// Services that select a pod, found through an index of services by namespace and their
/// first selector pair (services without a selector select every pod of their namespace).
pub struct ServicesByPod<'a> {
    keyed: HashMap<(&'a str, &'a str, &'a str), Vec<&'a Resource>>,
    unselective: HashMap<&'a str, Vec<&'a Resource>>,
}

impl<'a> ServicesByPod<'a> {
    pub fn new(store: &'a Store) -> Self {
        let mut s = ServicesByPod {
            keyed: HashMap::new(),
            unselective: HashMap::new(),
        };
        for svc in store.of_kind("Service") {
            let first = svc
                .spec()
                .and_then(|sp| util::object(sp, "selector"))
                .and_then(|m| m.iter().next());
            match first {
                Some((k, v)) => {
                    if let Some(v) = v.as_str() {
                        s.keyed
                            .entry((util::ns(svc), k.as_str(), v))
                            .or_default()
                            .push(svc);
                    }
                }
                None => s.unselective.entry(util::ns(svc)).or_default().push(svc),
            }
        }
        s
    }

    pub fn for_pod(&self, pod: &'a Resource) -> Vec<&'a Resource> {
        let ns = util::ns(pod);
        let mut out: Vec<&Resource> = self.unselective.get(ns).cloned().unwrap_or_default();
        for (k, v) in pod.labels() {
            for svc in self.keyed.get(&(ns, k, v)).into_iter().flatten() {
                let sel = svc
                    .spec()
                    .and_then(|sp| util::object(sp, "selector"))
                    .cloned()
                    .unwrap_or_default();
                if crate::resource::store::labels_match(&sel, pod)
                    && !out.iter().any(|o| std::ptr::eq(*o, *svc))
                {
                    out.push(svc);
                }
            }
        }
        out
    }
}

/// (target ports, service ports that have a target port).
type PortSets = (HashSet<u32>, HashSet<u32>);

fn int_value(v: Option<&Node>) -> u32 {
    match v {
        Some(Node::Number(n)) => n.as_u64().and_then(|n| u32::try_from(n).ok()).unwrap_or(0),
        Some(Node::String(s)) => s.parse().unwrap_or(0),
        _ => 0,
    }
}

impl Analyzer for IngressGatewayPortAnalyzer {
    fn analyze(&self, ctx: &mut Context<'_>) {
        let store = ctx.store;
        let services = ServicesByPod::new(store);
        let open = ctx.open_world();
        // the ports reachable through the pods of a selector, computed once per selector
        let mut cache: HashMap<String, Option<PortSets>> = HashMap::new();
        for gw in store.of_kind("Gateway") {
            let spec = gw.spec().unwrap_or(&Node::Null);
            let selector = util::object(spec, "selector");
            let sel_str = util::selector_string(selector);
            let ports = cache
                .entry(sel_str.clone())
                .or_insert_with(|| reachable_ports(store, &services, selector, open))
                .clone();
            let path = Some(FieldPath::parse("spec.selector"));
            let Some((target_ports, service_ports)) = ports else {
                ctx.missing(
                    gw,
                    path,
                    "Pod",
                    util::ns(gw),
                    &sel_str,
                    referenced_resource_not_found("selector", &sel_str),
                );
                continue;
            };
            for server in util::array(spec, "servers") {
                let Some(port) = server.field("port").filter(|p| p.is_object()) else {
                    continue;
                };
                let n = port.field("number").and_then(util::as_port).unwrap_or(0);
                if !target_ports.contains(&n) && !service_ports.contains(&n) {
                    ctx.report(
                        gw,
                        path.clone(),
                        gateway_port_not_defined_on_service(n, &sel_str),
                    );
                }
            }
        }
    }
}

/// (target ports, service ports that have a target port) of the TCP ports of the Services
/// selecting the pods that `selector` picks; None when it picks no pod.
fn reachable_ports(
    store: &Store,
    services: &ServicesByPod<'_>,
    selector: Option<&Obj>,
    open: bool,
) -> Option<PortSets> {
    let pods = util::select_all(store, "Pod", selector);
    if pods.is_empty() {
        return None;
    }
    let mut targets = HashSet::new();
    let mut mapped = HashSet::new();
    for pod in pods {
        for svc in services.for_pod(pod) {
            let spec = svc.spec().unwrap_or(&Node::Null);
            for p in util::array(spec, "ports") {
                // the API server defaults a Service port's protocol to TCP; files often omit it
                let protocol = p.field("protocol").and_then(Node::as_str);
                if protocol.or(open.then_some("TCP")) != Some("TCP") {
                    continue;
                }
                let port = int_value(p.field("port"));
                match int_value(p.field("targetPort")) {
                    0 => {
                        targets.insert(port);
                    }
                    tp => {
                        targets.insert(tp);
                        mapped.insert(port);
                    }
                }
            }
        }
    }
    Some((targets, mapped))
}
