use std::collections::{BTreeMap, BTreeSet};

use crate::resource::Node;
use foldhash::{HashSet, HashSetExt};

use crate::analysis::messages::conflicting_mesh_gateway_virtual_service_hosts;
use crate::analysis::service_lookup::to_fqdn;
use crate::analysis::util;
use crate::analysis::{Analyzer, Context};
use crate::resource::{FieldPath, Stored as Resource};

crate::declare_analyzer! {
    /// ## What it does
    /// Finds VirtualServices bound to the mesh gateway (no `gateways`, or `mesh` among them)
    /// that claim the same host in the same visibility scope (`exportTo`): each of them is
    /// reported once (IST0109). A host exported to one namespace also conflicts with a
    /// matching host exported to all namespaces.
    ///
    /// ## Why it matters
    /// For sidecars, Istio does not merge VirtualServices of one host: one of them wins and
    /// which one is not defined, so routing can change on any config push.
    ///
    /// ## Example
    /// ```yaml
    /// kind: VirtualService   # team-a/ratings: hosts [ratings.prod.svc.cluster.local]
    /// kind: VirtualService   # team-b/ratings: hosts [ratings.prod.svc.cluster.local]
    /// ```
    /// Use instead: merge the routes into one VirtualService, or limit each with `exportTo`
    /// so they never apply in the same namespace.
    pub struct ConflictingMeshGatewayHostsAnalyzer {
        name: "virtualservice.ConflictingMeshGatewayHostsAnalyzer",
        description: "Checks if multiple virtual services associated with the mesh gateway have conflicting hosts",
        inputs: ["VirtualService"],
        emits: [CONFLICTING_MESH_GATEWAY_VIRTUAL_SERVICE_HOSTS],
    }
}

fn bound_to_mesh(spec: &Node) -> bool {
    let gws = util::strings(spec, "gateways");
    gws.is_empty() || gws.contains(&"mesh")
}

impl Analyzer for ConflictingMeshGatewayHostsAnalyzer {
    fn analyze(&self, ctx: &mut Context<'_>) {
        // (scope, fqdn) -> VirtualServices, sorted for a stable report
        let mut hosts: BTreeMap<(String, String), Vec<&Resource>> = BTreeMap::new();
        for vs in ctx.store.of_kind("VirtualService") {
            let spec = vs.spec().unwrap_or(&Node::Null);
            if !bound_to_mesh(spec) {
                continue;
            }
            let ns = util::ns(vs);
            let export_to = util::strings(spec, "exportTo");
            let scopes: BTreeSet<String> = if export_to.is_empty() || export_to.contains(&"*") {
                BTreeSet::from(["*".to_string()])
            } else {
                export_to
                    .iter()
                    .map(|e| {
                        if *e == "." {
                            ns.to_string()
                        } else {
                            e.to_string()
                        }
                    })
                    .collect()
            };
            for scope in &scopes {
                for h in util::strings(spec, "hosts") {
                    if ctx.out_of_time() {
                        return;
                    }
                    hosts
                        .entry((scope.clone(), to_fqdn(ns, h)))
                        .or_default()
                        .push(vs);
                }
            }
        }
        // wildcard hosts exported to all namespaces, for matching against scoped hosts
        let global_wildcards: Vec<(&String, &Vec<&Resource>)> = hosts
            .iter()
            .filter(|((scope, h), _)| scope == "*" && util::host_is_wildcard(h))
            .map(|((_, h), v)| (h, v))
            .collect();
        let global_exact: Vec<(&String, &Vec<&Resource>)> = hosts
            .iter()
            .filter(|((scope, _), _)| scope == "*")
            .map(|((_, h), v)| (h, v))
            .collect();
        let mut reported: HashSet<String> = HashSet::new();
        for ((scope, fqdn), list) in &hosts {
            if ctx.out_of_time() {
                return;
            }
            let mut all: Vec<&Resource> = list.clone();
            if scope != "*" {
                if util::host_is_wildcard(fqdn) {
                    for (h, v) in &global_exact {
                        if util::host_matches(fqdn, h) {
                            all.extend(v.iter());
                        }
                    }
                } else {
                    if let Some(v) = hosts.get(&("*".to_string(), fqdn.clone())) {
                        all.extend(v.iter());
                    }
                    for (h, v) in &global_wildcards {
                        if util::host_matches(fqdn, h) {
                            all.extend(v.iter());
                        }
                    }
                }
            }
            if all.len() < 2 {
                continue;
            }
            let mut names: Vec<String> = all.iter().map(|r| util::full_name(r)).collect();
            names.sort();
            let names = names.join(",");
            for vs in &all {
                if !reported.insert(util::full_name(vs)) {
                    continue;
                }
                ctx.report(
                    vs,
                    Some(FieldPath::parse("metadata.name")),
                    conflicting_mesh_gateway_virtual_service_hosts(
                        &names,
                        format!("{scope}/{fqdn}"),
                    ),
                );
            }
        }
    }
}
