use crate::resource::Node;
use foldhash::{HashMap, HashMapExt};

use crate::analysis::messages::ineffective_selector;
use crate::analysis::util;
use crate::analysis::{Analyzer, Context};
use crate::resource::store::labels_match;
use crate::resource::{FieldPath, Stored as Resource};

crate::declare_analyzer! {
    /// ## What it does
    /// Reports AuthorizationPolicies, RequestAuthentications, Telemetries and WasmPlugins that
    /// use a workload `selector` (and no `targetRef`) matching pods of a Gateway API gateway
    /// (pods labeled `gateway.networking.k8s.io/gateway-name`) in their namespace (IST0166).
    ///
    /// ## Why it matters
    /// Policies attach to Gateway API gateways through `targetRefs`; a selector that happens
    /// to match the gateway's pods is not how Istio applies them there, so the policy does not
    /// take effect as intended.
    ///
    /// ## Example
    /// ```yaml
    /// kind: AuthorizationPolicy
    /// spec:
    ///   selector:
    ///     matchLabels: {gateway.networking.k8s.io/gateway-name: public}   # IST0166
    /// ```
    /// Use instead: `targetRefs: [{kind: Gateway, group: gateway.networking.k8s.io, name: public}]`.
    pub struct K8sGatewaySelectorAnalyzer {
        name: "k8sgateway.SelectorAnalyzer",
        description: "Check that selectors are effective for Kubernetes gateway",
        inputs: ["AuthorizationPolicy", "RequestAuthentication", "Telemetry", "WasmPlugin", "Pod"],
        emits: [INEFFECTIVE_SELECTOR],
    }
}

const GATEWAY_NAME_LABEL: &str = "gateway.networking.k8s.io/gateway-name";

impl Analyzer for K8sGatewaySelectorAnalyzer {
    fn analyze(&self, ctx: &mut Context<'_>) {
        let store = ctx.store;
        let mut gateway_pods: HashMap<Option<&str>, Vec<&Resource>> = HashMap::new();
        for p in store.of_kind("Pod") {
            if p.label(GATEWAY_NAME_LABEL).is_some() {
                gateway_pods
                    .entry(p.namespace.as_deref())
                    .or_default()
                    .push(p);
            }
        }
        if gateway_pods.is_empty() {
            return;
        }
        for kind in [
            "AuthorizationPolicy",
            "RequestAuthentication",
            "Telemetry",
            "WasmPlugin",
        ] {
            for r in store.of_kind(kind) {
                let spec = r.spec().unwrap_or(&Node::Null);
                if spec.field("targetRef").is_some_and(|t| !t.is_null()) {
                    continue;
                }
                let Some(sel) = spec.field("selector").filter(|s| !s.is_null()) else {
                    continue;
                };
                let labels = util::object(sel, "matchLabels")
                    .cloned()
                    .unwrap_or_default();
                for pod in gateway_pods
                    .get(&r.namespace.as_deref())
                    .into_iter()
                    .flatten()
                {
                    if labels_match(&labels, pod) {
                        let gw = pod.label(GATEWAY_NAME_LABEL).unwrap_or("");
                        ctx.report(
                            r,
                            Some(FieldPath::parse("spec.selector")),
                            ineffective_selector(gw),
                        );
                    }
                }
            }
        }
    }
}
