use std::collections::BTreeMap;

use crate::resource::node::{Node, Obj};
use foldhash::{HashSet, HashSetExt};

use crate::analysis::messages::{
    conflicting_sidecar_workload_selectors, ineffective_policy,
    multiple_sidecars_without_workload_selectors, referenced_resource_not_found,
};
use crate::analysis::util;
use crate::analysis::{Analyzer, Context};
use crate::resource::{FieldPath, Stored as Resource};

crate::declare_analyzer! {
    /// ## What it does
    /// Checks Sidecar resources: a workload selector must match a pod of its namespace
    /// (IST0101); a pod must not be selected by more than one Sidecar (IST0110); a namespace
    /// must have at most one Sidecar without a selector (IST0111). Sidecars that only apply to
    /// ambient-mode pods or namespaces are reported as having no effect (IST0167).
    ///
    /// ## Why it matters
    /// A workload is configured by exactly one Sidecar. With several candidates Istio picks
    /// one arbitrarily, so egress limits and ports may not be what you wrote.
    ///
    /// ## Example
    /// ```yaml
    /// kind: Sidecar        # two of these in namespace shop, both without workloadSelector
    /// metadata: {name: default, namespace: shop}   # IST0111
    /// ```
    /// Use instead: one namespace-wide Sidecar, and a `workloadSelector` on the others.
    pub struct SelectorAnalyzer {
        name: "sidecar.SelectorAnalyzer",
        description: "Validates that sidecars that define a workload selector match at least one pod, and that there aren't multiple sidecar resources that select overlapping pods",
        inputs: ["Sidecar", "Pod", "Namespace"],
        emits: [
            REFERENCED_RESOURCE_NOT_FOUND,
            CONFLICTING_SIDECAR_WORKLOAD_SELECTORS,
            MULTIPLE_SIDECARS_WITHOUT_WORKLOAD_SELECTORS,
            INEFFECTIVE_POLICY,
        ],
    }
}

fn names(list: &[&Resource]) -> String {
    let mut n: Vec<&str> = list.iter().map(|r| r.name.as_str()).collect();
    n.sort();
    util::go_list(&n)
}

impl Analyzer for SelectorAnalyzer {
    fn analyze(&self, ctx: &mut Context<'_>) {
        let store = ctx.store;
        // pod (ns, name) -> (pod, selecting sidecars); sorted for a stable report
        let mut by_pod: BTreeMap<(String, String), (&Resource, Vec<&Resource>)> = BTreeMap::new();
        let mut by_ns: BTreeMap<String, Vec<&Resource>> = BTreeMap::new();
        for sc in store.of_kind("Sidecar") {
            let spec = sc.spec().unwrap_or(&Node::Null);
            let labels = spec
                .field("workloadSelector")
                .and_then(|w| util::object(w, "labels"))
                .filter(|l| !l.is_empty());
            let Some(labels) = labels else {
                by_ns.entry(util::ns(sc).to_string()).or_default().push(sc);
                continue;
            };
            let pods = store.select("Pod", Some(util::ns(sc)), labels);
            if sc.namespace.is_none() {
                // without a namespace, only pods without one are in the same namespace
                let pods: Vec<_> = util::select_all(store, "Pod", Some(labels))
                    .into_iter()
                    .filter(|p| p.namespace.is_none())
                    .collect();
                record(&mut by_pod, sc, pods, ctx, labels);
                continue;
            }
            record(&mut by_pod, sc, pods, ctx, labels);
        }
        let mut reported: HashSet<String> = HashSet::new();
        for ((ns, pod_name), (pod, list)) in &by_pod {
            let ambient = util::pod_in_ambient_mode(pod);
            if list.len() == 1 && !ambient {
                continue;
            }
            for sc in list {
                if ambient {
                    if reported.insert(util::full_name(sc)) {
                        ctx.report(
                            sc,
                            None,
                            ineffective_policy(
                                "selected workload is in ambient mode, the policy has no impact",
                            ),
                        );
                    }
                    continue;
                }
                ctx.report(
                    sc,
                    Some(FieldPath::parse("metadata.name")),
                    conflicting_sidecar_workload_selectors(names(list), ns, pod_name),
                );
            }
        }
        for (ns, list) in &by_ns {
            let ns_res = store.get("Namespace", None, ns);
            if util::namespace_in_ambient_mode(ns_res) {
                for sc in list {
                    if reported.insert(util::full_name(sc)) {
                        ctx.report(
                            sc,
                            None,
                            ineffective_policy(
                                "namespace is in ambient mode, the policy has no impact",
                            ),
                        );
                    }
                }
                continue;
            }
            if list.len() > 1 {
                for sc in list {
                    ctx.report(
                        sc,
                        None,
                        multiple_sidecars_without_workload_selectors(names(list), ns),
                    );
                }
            }
        }
    }
}

type PodMap<'a> = BTreeMap<(String, String), (&'a Resource, Vec<&'a Resource>)>;

fn record<'a>(
    by_pod: &mut PodMap<'a>,
    sc: &'a Resource,
    pods: Vec<&'a Resource>,
    ctx: &mut Context<'_>,
    labels: &Obj,
) {
    if pods.is_empty() {
        let sel = util::selector_string(Some(labels));
        ctx.missing(
            sc,
            Some(FieldPath::parse("spec.workloadSelector.labels")),
            "Pod",
            util::ns(sc),
            &sel,
            referenced_resource_not_found("selector", &sel),
        );
        return;
    }
    for p in pods {
        by_pod
            .entry((util::ns(p).to_string(), p.name.to_string()))
            .or_insert_with(|| (p, Vec::new()))
            .1
            .push(sc);
    }
}
