use std::collections::BTreeMap;

use crate::resource::Node;

use crate::analysis::messages::{
    conflicting_telemetry_workload_selectors, referenced_resource_not_found,
};
use crate::analysis::util;
use crate::analysis::{Analyzer, Context};
use crate::resource::{FieldPath, Stored as Resource};

crate::declare_analyzer! {
    /// ## What it does
    /// Checks Telemetries with a `selector`: it must match a pod of the Telemetry's namespace
    /// (IST0101), and a pod must not be selected by more than one Telemetry (IST0159).
    ///
    /// ## Why it matters
    /// A workload uses one selector-based Telemetry; with several, which one applies is
    /// undefined, so metrics, logs or traces may not be configured as written.
    ///
    /// ## Example
    /// Two Telemetries in `shop`, `selector: {matchLabels: {app: cart}}` and
    /// `selector: {matchLabels: {tier: back}}`, both matching pod `cart-1` (IST0159 on each).
    ///
    /// Use instead: merge them, or make the selectors disjoint.
    pub struct SelectorAnalyzer {
        name: "telemetry.SelectorAnalyzer",
        description: "Validates that telemetries that define a selector match at least one pod, and that there aren't multiple telemetry resources that select overlapping pods",
        inputs: ["Telemetry", "Pod"],
        emits: [REFERENCED_RESOURCE_NOT_FOUND, CONFLICTING_TELEMETRY_WORKLOAD_SELECTORS],
    }
}

impl Analyzer for SelectorAnalyzer {
    fn analyze(&self, ctx: &mut Context<'_>) {
        let store = ctx.store;
        let mut by_pod: BTreeMap<(String, String), Vec<&Resource>> = BTreeMap::new();
        for t in store.of_kind("Telemetry") {
            let spec = t.spec().unwrap_or(&Node::Null);
            let Some(labels) = spec
                .field("selector")
                .and_then(|s| util::object(s, "matchLabels"))
                .filter(|m| !m.is_empty())
            else {
                continue;
            };
            let pods: Vec<&Resource> = util::select_all(store, "Pod", Some(labels))
                .into_iter()
                .filter(|p| p.namespace == t.namespace)
                .collect();
            if pods.is_empty() {
                let sel = util::selector_string(Some(labels));
                ctx.missing(
                    t,
                    Some(FieldPath::parse("spec.selector.matchLabels")),
                    "Pod",
                    util::ns(t),
                    &sel,
                    referenced_resource_not_found("selector", &sel),
                );
            }
            for p in pods {
                by_pod
                    .entry((util::ns(p).to_string(), p.name.to_string()))
                    .or_default()
                    .push(t);
            }
        }
        for ((ns, pod), list) in &by_pod {
            if list.len() < 2 {
                continue;
            }
            let mut names: Vec<&str> = list.iter().map(|r| r.name.as_str()).collect();
            names.sort();
            for t in list {
                ctx.report(
                    t,
                    Some(FieldPath::parse("metadata.name")),
                    conflicting_telemetry_workload_selectors(util::go_list(&names), ns, pod),
                );
            }
        }
    }
}
