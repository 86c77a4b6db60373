use crate::resource::Node;
use foldhash::{HashSet, HashSetExt};

use crate::analysis::analyzers::virtualservice::destination_host::{
    mirror_destinations, route_destinations,
};
use crate::analysis::messages::referenced_resource_not_found;
use crate::analysis::util;
use crate::analysis::{Analyzer, Context};

crate::declare_analyzer! {
    /// ## What it does
    /// Checks that every subset a VirtualService route or mirror names is defined by a
    /// DestinationRule for that host (IST0101, `host+subset in destinationrule`).
    ///
    /// ## Why it matters
    /// A route to an undefined subset has no endpoints: requests it matches fail with 503.
    ///
    /// ## Example
    /// ```yaml
    /// kind: VirtualService
    /// spec:
    ///   http:
    ///   - route:
    ///     - destination: {host: reviews, subset: v3}   # IST0101: no subset v3
    /// ```
    /// Use instead: add `subsets: [{name: v3, labels: {version: v3}}]` to the
    /// DestinationRule of `reviews`, or route to an existing subset.
    pub struct DestinationRuleAnalyzer {
        name: "virtualservice.DestinationRuleAnalyzer",
        description: "Checks the destination rules associated with each virtual service",
        inputs: ["VirtualService", "DestinationRule"],
        emits: [REFERENCED_RESOURCE_NOT_FOUND],
    }
}

impl Analyzer for DestinationRuleAnalyzer {
    fn analyze(&self, ctx: &mut Context<'_>) {
        let store = ctx.store;
        // (namespace, name, subset) of every subset of every DestinationRule
        let mut subsets: HashSet<(String, String, String)> = HashSet::new();
        for dr in store.of_kind("DestinationRule") {
            let spec = dr.spec().unwrap_or(&Node::Null);
            let host = spec.field("host").and_then(Node::as_str).unwrap_or("");
            let (ns, name) = util::resource_name_from_host(util::ns(dr), host);
            for s in util::array(spec, "subsets") {
                let subset = s.field("name").and_then(Node::as_str).unwrap_or("");
                subsets.insert((ns.to_string(), name.to_string(), subset.to_string()));
            }
        }
        for vs in store.of_kind("VirtualService") {
            if ctx.out_of_time() {
                return;
            }
            let spec = vs.spec().unwrap_or(&Node::Null);
            for (dests, what) in [
                (route_destinations(spec), "host+subset in destinationrule"),
                (
                    mirror_destinations(spec),
                    "mirror+subset in destinationrule",
                ),
            ] {
                for d in dests {
                    let host = d
                        .destination
                        .field("host")
                        .and_then(Node::as_str)
                        .unwrap_or("");
                    let subset = d
                        .destination
                        .field("subset")
                        .and_then(Node::as_str)
                        .unwrap_or("");
                    if subset.is_empty() {
                        continue;
                    }
                    let (ns, name) = util::resource_name_from_host(util::ns(vs), host);
                    let key = (ns.to_string(), name.to_string(), subset.to_string());
                    if !subsets.contains(&key) {
                        let refval = format!("{host}+{subset}");
                        ctx.missing(
                            vs,
                            Some(d.path),
                            "DestinationRule",
                            ns,
                            &refval,
                            referenced_resource_not_found(what, &refval),
                        );
                    }
                }
            }
        }
    }
}
