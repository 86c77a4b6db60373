use crate::resource::Node;

use crate::analysis::messages::deprecated;
use crate::analysis::util;
use crate::analysis::{Analyzer, Context};
use crate::resource::FieldPath;

crate::declare_analyzer! {
    /// ## What it does
    /// Reports deprecated Istio fields and types (IST0002): `fault.delay.percent` in
    /// VirtualService HTTP routes (replaced by `percentage`), `outboundTrafficPolicy.egressProxy`
    /// in Sidecars (ignored), and CustomResourceDefinitions of the removed `rbac.istio.io`
    /// kinds (ClusterRbacConfig, RbacConfig, ServiceRole, ServiceRoleBinding).
    ///
    /// ## Why it matters
    /// Deprecated fields are ignored or will stop working; the configuration then no longer
    /// does what it says.
    ///
    /// ## Example
    /// ```yaml
    /// kind: VirtualService
    /// spec:
    ///   http:
    ///   - fault:
    ///       delay: {percent: 10, fixedDelay: 5s}     # IST0002
    /// ```
    /// Use instead: `delay: {percentage: {value: 10}, fixedDelay: 5s}`.
    pub struct DeprecationAnalyzer {
        name: "deprecation.DeprecationAnalyzer",
        description: "Checks for deprecated Istio types and fields",
        inputs: ["VirtualService", "Sidecar", "CustomResourceDefinition"],
        emits: [DEPRECATED],
    }
}

const REMOVED_RBAC_KINDS: &[&str] = &[
    "ClusterRbacConfig",
    "RbacConfig",
    "ServiceRole",
    "ServiceRoleBinding",
];

impl Analyzer for DeprecationAnalyzer {
    fn analyze(&self, ctx: &mut Context<'_>) {
        let store = ctx.store;
        for vs in store.of_kind("VirtualService") {
            let spec = vs.spec().unwrap_or(&Node::Null);
            for (i, route) in util::array(spec, "http").iter().enumerate() {
                let percent = route
                    .field("fault")
                    .and_then(|f| f.field("delay"))
                    .and_then(|d| d.field("percent"))
                    .and_then(Node::as_f64)
                    .unwrap_or(0.0);
                if percent > 0.0 {
                    ctx.report(
                        vs,
                        Some(
                            FieldPath::parse("spec.http")
                                .index(i)
                                .key("fault")
                                .key("delay")
                                .key("percent"),
                        ),
                        deprecated(
                            "HTTPRoute.fault.delay.percent; use HTTPRoute.fault.delay.percentage",
                        ),
                    );
                }
            }
        }
        for sc in store.of_kind("Sidecar") {
            let egress_proxy = sc
                .spec()
                .and_then(|s| s.field("outboundTrafficPolicy"))
                .and_then(|o| o.field("egressProxy"))
                .is_some_and(|e| !e.is_null());
            if egress_proxy {
                ctx.report(
                    sc,
                    Some(FieldPath::parse("spec.outboundTrafficPolicy.egressProxy")),
                    deprecated("OutboundTrafficPolicy.EgressProxy is ignored"),
                );
            }
        }
        for crd in store.of_kind("CustomResourceDefinition") {
            let spec = crd.spec().unwrap_or(&Node::Null);
            let group = spec.field("group").and_then(Node::as_str).unwrap_or("");
            let kind = util::str_at(spec, &["names", "kind"]).unwrap_or("");
            if group == "rbac.istio.io" && REMOVED_RBAC_KINDS.contains(&kind) {
                ctx.report(
                    crd,
                    None,
                    deprecated(format!(
                        "custom resource type {group} {kind} has been removed"
                    )),
                );
            }
        }
    }
}
