use crate::resource::Node;
use foldhash::{HashMap, HashMapExt};

use crate::analysis::messages::{
    ingress_route_rules_not_affected, referenced_resource_not_found,
    virtual_service_destination_port_selector_required,
};
use crate::analysis::service_lookup::{ServiceIndex, ServiceInfo};
use crate::analysis::util;
use crate::analysis::{Analyzer, Context};
use crate::resource::{FieldPath, Stored as Resource};

crate::declare_analyzer! {
    /// ## What it does
    /// Checks every destination of every VirtualService route (tcp, tls, http) and http
    /// mirror: the host must be a Service or ServiceEntry visible from the VirtualService's
    /// namespace (IST0101); a port, when given, must be one the service exposes (IST0101
    /// `host:port`), and must be given when the service exposes several (IST0112). For
    /// VirtualServices bound to gateways, a route without a subset to a host that another
    /// VirtualService routes to by subset is reported (IST0140).
    ///
    /// ## Why it matters
    /// A route to a host that does not exist, or to a port the service does not have, fails
    /// every request it matches (503 / no healthy upstream).
    ///
    /// ## Example
    /// ```yaml
    /// kind: VirtualService
    /// spec:
    ///   http:
    ///   - route:
    ///     - destination:
    ///         host: reviews-typo    # IST0101
    /// ```
    /// Use instead: the service's name (`reviews`, or `reviews.other-ns.svc.cluster.local`
    /// across namespaces), or add a ServiceEntry for an external host.
    pub struct DestinationHostAnalyzer {
        name: "virtualservice.DestinationHostAnalyzer",
        description: "Checks the destination hosts associated with each virtual service",
        inputs: ["ServiceEntry", "VirtualService", "Service"],
        emits: [
            REFERENCED_RESOURCE_NOT_FOUND,
            VIRTUAL_SERVICE_DESTINATION_PORT_SELECTOR_REQUIRED,
            INGRESS_ROUTE_RULES_NOT_AFFECTED,
        ],
    }
}

/// One destination of a VirtualService with where it is.
pub struct Dest<'a> {
    pub kind: &'static str,
    pub destination: &'a Node,
    pub path: FieldPath,
}

/// Route destinations in Istio's order: tcp, tls, then http.
pub fn route_destinations(spec: &Node) -> Vec<Dest<'_>> {
    let mut out = Vec::new();
    for kind in ["tcp", "tls", "http"] {
        for (i, rule) in util::array(spec, kind).iter().enumerate() {
            for (j, route) in util::array(rule, "route").iter().enumerate() {
                // a route without a destination still counts: its host is empty
                out.push(Dest {
                    kind,
                    destination: route.field("destination").unwrap_or(&Node::Null),
                    path: FieldPath::root()
                        .key("spec")
                        .key(kind)
                        .index(i)
                        .key("route")
                        .index(j)
                        .key("destination")
                        .key("host"),
                });
            }
        }
    }
    out
}

/// http `mirror` and `mirrors` destinations.
pub fn mirror_destinations(spec: &Node) -> Vec<Dest<'_>> {
    let mut out = Vec::new();
    for (i, rule) in util::array(spec, "http").iter().enumerate() {
        if let Some(m) = rule.field("mirror").filter(|m| m.is_object()) {
            out.push(Dest {
                kind: "http.mirror",
                destination: m,
                path: FieldPath::parse("spec.http")
                    .index(i)
                    .key("mirror")
                    .key("host"),
            });
        }
        for (j, m) in util::array(rule, "mirrors").iter().enumerate() {
            if let Some(d) = m.field("destination") {
                out.push(Dest {
                    kind: "http.mirrors",
                    destination: d,
                    path: FieldPath::parse("spec.http")
                        .index(i)
                        .key("mirrors")
                        .index(j)
                        .key("destination")
                        .key("host"),
                });
            }
        }
    }
    out
}

fn host(d: &Node) -> &str {
    d.field("host").and_then(Node::as_str).unwrap_or("")
}

impl Analyzer for DestinationHostAnalyzer {
    fn analyze(&self, ctx: &mut Context<'_>) {
        let store = ctx.store;
        let services = ServiceIndex::new(store);
        // host -> VirtualServices that route to it by subset (one entry per such destination)
        let mut subset_routes: HashMap<&str, Vec<String>> = HashMap::new();
        for vs in store.of_kind("VirtualService") {
            if ctx.out_of_time() {
                return;
            }
            let spec = vs.spec().unwrap_or(&Node::Null);
            let hosts = util::strings(spec, "hosts");
            for rule in util::array(spec, "http") {
                for route in util::array(rule, "route") {
                    let Some(d) = route.field("destination") else {
                        continue;
                    };
                    let has_subset = d
                        .field("subset")
                        .and_then(Node::as_str)
                        .is_some_and(|s| !s.is_empty());
                    if has_subset {
                        for h in &hosts {
                            if ctx.out_of_time() {
                                return;
                            }
                            if host(d) == *h {
                                subset_routes
                                    .entry(host(d))
                                    .or_default()
                                    .push(util::full_name(vs));
                            }
                        }
                    }
                }
            }
        }
        for vs in store.of_kind("VirtualService") {
            if ctx.out_of_time() {
                return;
            }
            check_hosts(ctx, vs, &services);
            check_subsets(ctx, vs, &subset_routes);
        }
    }
}

fn check_hosts(ctx: &mut Context<'_>, vs: &Resource, services: &ServiceIndex) {
    let spec = vs.spec().unwrap_or(&Node::Null);
    let export_to = util::strings(spec, "exportTo");
    let ns = util::ns(vs);
    for (dests, what) in [
        (route_destinations(spec), "host"),
        (mirror_destinations(spec), "mirror host"),
    ] {
        for d in dests {
            let h = host(d.destination);
            match services.destination(ns, &export_to, h) {
                None => {
                    let msg = referenced_resource_not_found(what, h);
                    match crate::analysis::world::service_namespace(h, ns) {
                        Some(hns) => ctx.missing(vs, Some(d.path), "Service", &hns, h, msg),
                        None if ctx.describes_any("ServiceEntry") => {
                            ctx.report(vs, Some(d.path), msg)
                        }
                        None => ctx.unresolved(vs, Some(d.path), what, h),
                    }
                }
                Some(s) => check_port(ctx, vs, &d, s),
            }
        }
    }
}

fn check_port(ctx: &mut Context<'_>, vs: &Resource, d: &Dest<'_>, s: &ServiceInfo) {
    let h = host(d.destination);
    let port = d
        .destination
        .field("port")
        .filter(|p| p.is_object())
        .map(|p| p.field("number").and_then(util::as_port).unwrap_or(0));
    match port {
        None => {
            if s.ports.len() > 1 {
                ctx.report(
                    vs,
                    Some(d.path.clone()),
                    virtual_service_destination_port_selector_required(h, util::go_list(&s.ports)),
                );
            }
        }
        Some(n) => {
            if !s.ports.contains(&n) {
                ctx.report(
                    vs,
                    Some(d.path.clone()),
                    referenced_resource_not_found("host:port", format!("{h}:{n}")),
                );
            }
        }
    }
}

fn check_subsets(ctx: &mut Context<'_>, vs: &Resource, subset_routes: &HashMap<&str, Vec<String>>) {
    let spec = vs.spec().unwrap_or(&Node::Null);
    if util::array(spec, "gateways").is_empty() {
        return;
    }
    let me = util::full_name(vs);
    for (i, rule) in util::array(spec, "http").iter().enumerate() {
        for (j, route) in util::array(rule, "route").iter().enumerate() {
            let Some(d) = route.field("destination") else {
                continue;
            };
            if d.field("subset")
                .and_then(Node::as_str)
                .is_some_and(|s| !s.is_empty())
            {
                continue;
            }
            for other in subset_routes.get(host(d)).into_iter().flatten() {
                let path = FieldPath::parse("spec.http")
                    .index(i)
                    .key("route")
                    .index(j)
                    .key("destination")
                    .key("host");
                ctx.report(vs, Some(path), ingress_route_rules_not_affected(other, &me));
            }
        }
    }
}
