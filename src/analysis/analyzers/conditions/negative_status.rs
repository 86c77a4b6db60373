use crate::resource::Node;

use crate::analysis::messages::negative_condition_status;
use crate::analysis::util;
use crate::analysis::{Analyzer, Context};
use crate::resource::{FieldPath, Stored as Resource};

crate::declare_analyzer! {
    /// ## What it does
    /// Reads the status conditions controllers write and reports the negative ones
    /// (IST0171): `istio.io/WaypointBound: False` on Services, ServiceEntries and
    /// WorkloadEntries; `ZtunnelAccepted` or `WaypointAccepted: False` (and `WaypointAccepted`
    /// with reason `PartiallyInvalid`) on AuthorizationPolicies; `Accepted`, `Programmed` or
    /// `ResolvedRefs: False` on Gateway API Gateways, HTTPRoutes and GRPCRoutes.
    ///
    /// ## Why it matters
    /// These conditions are the controller telling you the resource is not (fully) in
    /// effect; they are easy to miss because nothing else fails.
    ///
    /// ## Example
    /// ```yaml
    /// kind: HTTPRoute
    /// status:
    ///   parents:
    ///   - conditions:
    ///     - {type: ResolvedRefs, status: "False", reason: BackendNotFound}   # IST0171
    /// ```
    /// Use instead: fix what the reason names (here: the backend Service).
    pub struct ConditionAnalyzer {
        name: "conditions.ConditionAnalyzer",
        description: "Checks for negative status conditions on resources",
        inputs: [
            "Service",
            "ServiceEntry",
            "WorkloadEntry",
            "AuthorizationPolicy",
            "KubernetesGateway",
            "HTTPRoute",
            "GRPCRoute",
        ],
        emits: [NEGATIVE_CONDITION_STATUS],
    }
}

/// The condition types reported when their status is `False`, per collection.
fn negative_types(collection: &str) -> &'static [&'static str] {
    match collection {
        "Service" | "ServiceEntry" | "WorkloadEntry" => &["istio.io/WaypointBound"],
        "AuthorizationPolicy" => &["ZtunnelAccepted", "WaypointAccepted"],
        "KubernetesGateway" | "HTTPRoute" | "GRPCRoute" => {
            &["Accepted", "Programmed", "ResolvedRefs"]
        }
        _ => &[],
    }
}

/// The conditions of a resource with their paths: route conditions come from every parent.
fn conditions<'a>(collection: &str, r: &'a Resource) -> Vec<(FieldPath, &'a Node)> {
    let Some(status) = r.value.field("status") else {
        return Vec::new();
    };
    let base = FieldPath::parse("status");
    if matches!(collection, "HTTPRoute" | "GRPCRoute") {
        let mut out = Vec::new();
        for (i, parent) in util::array(status, "parents").iter().enumerate() {
            for (j, c) in util::array(parent, "conditions").iter().enumerate() {
                out.push((base.key("parents").index(i).key("conditions").index(j), c));
            }
        }
        return out;
    }
    util::array(status, "conditions")
        .iter()
        .enumerate()
        .map(|(i, c)| (base.key("conditions").index(i), c))
        .collect()
}

impl Analyzer for ConditionAnalyzer {
    fn analyze(&self, ctx: &mut Context<'_>) {
        for collection in [
            "Service",
            "ServiceEntry",
            "WorkloadEntry",
            "AuthorizationPolicy",
            "KubernetesGateway",
            "HTTPRoute",
            "GRPCRoute",
        ] {
            let types = negative_types(collection);
            for r in ctx.store.of_kind(collection) {
                for (path, c) in conditions(collection, r) {
                    let s = |k: &str| c.get(k).and_then(Node::as_str).unwrap_or("");
                    let (ty, status, reason) = (s("type"), s("status"), s("reason"));
                    let msg = || negative_condition_status(ty, reason, s("message"));
                    if status == "False" && types.contains(&ty) {
                        ctx.report(r, Some(path.clone()), msg());
                    }
                    if collection == "AuthorizationPolicy"
                        && ty == "WaypointAccepted"
                        && reason == "PartiallyInvalid"
                    {
                        ctx.report(r, Some(path), msg());
                    }
                }
            }
        }
    }
}
