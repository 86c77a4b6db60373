use crate::resource::node::{Node, Obj};
use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};

use crate::analysis::analyzers::virtualservice::destination_host::route_destinations;
use crate::analysis::messages::{
    destination_rule_subset_not_select_pods, unknown_destination_rule_host,
};
use crate::analysis::service_lookup::{ServiceIndex, to_fqdn};
use crate::analysis::{Analyzer, Context};
use crate::analysis::{util, world};
use crate::resource::{FieldPath, Store, Stored as Resource};

crate::declare_analyzer! {
    /// ## What it does
    /// Checks every DestinationRule: its host must be a Service or ServiceEntry visible from
    /// its namespace (IST0174), and each subset's labels (with the ServiceEntry's workload
    /// selector) must select at least one pod (IST0173). Pods count with the labels Istio adds
    /// to them: `kubernetes.io/hostname` and the topology labels of their node. The pod
    /// templates of Deployments in the input count as pods (sailctl reads manifests, where
    /// pods usually do not exist yet).
    ///
    /// ## Why it matters
    /// A subset that selects no pod has no endpoints: routes to it fail with 503
    /// (no healthy upstream). A DestinationRule for an unknown host applies to nothing.
    ///
    /// ## Example
    /// ```yaml
    /// kind: DestinationRule
    /// spec:
    ///   host: reviews
    ///   subsets:
    ///   - name: v3
    ///     labels: {version: v3}     # IST0173 when no pod has version=v3
    /// ```
    /// Use instead: labels the pods actually carry (`kubectl get pods --show-labels`).
    pub struct SubsetSelectPodAnalyzer {
        name: "destinationrule.SubsetSelectPodAnalyzer",
        description: "Checks if pods are selected by subsets in destination rules.",
        inputs: ["DestinationRule", "Pod", "Service", "ServiceEntry", "Node", "Deployment", "VirtualService"],
        emits: [UNKNOWN_DESTINATION_RULE_HOST, DESTINATION_RULE_SUBSET_NOT_SELECT_PODS],
    }
}

const REGION: &str = "topology.kubernetes.io/region";
const ZONE: &str = "topology.kubernetes.io/zone";
const SUBZONE: &str = "topology.istio.io/subzone";
const HOSTNAME: &str = "kubernetes.io/hostname";

/// A pod's labels plus the ones Istio derives from its node.
fn augmented_labels<'a>(store: &'a Store, pod: &'a Resource) -> HashMap<&'a str, &'a str> {
    let mut out: HashMap<&str, &str> = pod.labels().collect();
    let node_name = pod
        .spec()
        .and_then(|s| s.field("nodeName"))
        .and_then(Node::as_str)
        .unwrap_or("");
    if let Some(node) = store
        .get("Node", None, node_name)
        .filter(|_| !node_name.is_empty())
    {
        let (region, zone, subzone) = (
            node.label(REGION).unwrap_or(""),
            node.label(ZONE).unwrap_or(""),
            node.label(SUBZONE).unwrap_or(""),
        );
        // Istio joins the locality as region[/zone[/subzone]] and splits it again: a subzone
        // without a zone is lost on the way
        if !region.is_empty() {
            out.insert(REGION, region);
        }
        if !zone.is_empty() {
            out.insert(ZONE, zone);
            if !subzone.is_empty() {
                out.insert(SUBZONE, subzone);
            }
        }
    }
    if !node_name.is_empty() {
        out.insert(HOSTNAME, node_name);
    }
    out
}

fn selects_a_pod(store: &Store, selector: &Obj) -> bool {
    let matches = |pod: &Resource| {
        let labels = augmented_labels(store, pod);
        selector.iter().all(|(k, v)| {
            v.as_str()
                .is_some_and(|v| labels.get(k.as_str()) == Some(&v))
        })
    };
    // use the label index on a label Istio does not derive, when there is one
    let plain = selector
        .iter()
        .find(|(k, _)| ![REGION, ZONE, SUBZONE, HOSTNAME].contains(&k.as_str()));
    match plain {
        Some((k, v)) => {
            let one = Obj::from_entries(vec![(*k, v.clone())]);
            store.select("Pod", None, &one).into_iter().any(matches)
        }
        None => store.of_kind("Pod").any(matches),
    }
}

/// (host FQDN, subset) of every route destination of every VirtualService.
fn routed_subsets(store: &Store) -> HashSet<(String, String)> {
    let mut out = HashSet::new();
    for vs in store.of_kind("VirtualService") {
        let spec = vs.spec().unwrap_or(&Node::Null);
        for d in route_destinations(spec) {
            let host = d.destination.field("host").and_then(Node::as_str);
            let subset = d.destination.field("subset").and_then(Node::as_str);
            if let (Some(h), Some(s)) = (host, subset) {
                out.insert((to_fqdn(util::ns(vs), h), s.to_string()));
            }
        }
    }
    out
}

/// The open world's view, as Envoy sees subsets: a subset's endpoints are the pods its
/// Service selects that also carry the subset's labels. An empty subset that a route sends
/// traffic to is an error (a 503); one that nothing routes to is not reported. A host or pods
/// the input does not describe are unresolved.
fn analyze_open(ctx: &mut Context<'_>) {
    let store = ctx.store;
    let services = ServiceIndex::new(store);
    let routed = routed_subsets(store);
    for dr in store.of_kind("DestinationRule") {
        let spec = dr.spec().unwrap_or(&Node::Null);
        let host = spec.field("host").and_then(Node::as_str).unwrap_or("");
        let export_to = util::strings(spec, "exportTo");
        let host_ns = world::service_namespace(host, util::ns(dr));
        let Some(svc) = services.destination(util::ns(dr), &export_to, host) else {
            let described = match &host_ns {
                Some(ns) => ctx.describes("Service", ns),
                None => ctx.describes_any("ServiceEntry"),
            };
            if described {
                let path = Some(FieldPath::parse("spec.host"));
                ctx.report(dr, path, unknown_destination_rule_host(host));
            } else {
                ctx.unresolved(dr, None, "host", host);
            }
            continue;
        };
        let fqdn = to_fqdn(util::ns(dr), host);
        // a Kubernetes Service: its selector, in its namespace
        let kube = host_ns.as_deref().and_then(|ns| {
            let name = fqdn.split('.').next().unwrap_or_default();
            store.get("Service", Some(ns), name).map(|s| (ns, s))
        });
        for (i, subset) in util::array(spec, "subsets").iter().enumerate() {
            let name = subset.field("name").and_then(Node::as_str).unwrap_or("");
            let path = Some(FieldPath::parse("spec.subsets").index(i).key("name"));
            if !routed.contains(&(fqdn.clone(), name.to_string())) {
                continue;
            }
            let mut selector = match kube {
                Some((_, s)) => s
                    .spec()
                    .and_then(|sp| util::object(sp, "selector"))
                    .cloned()
                    .unwrap_or_default(),
                None => svc.workload_labels.clone().unwrap_or_default(),
            };
            if let Some(l) = util::object(subset, "labels") {
                for (k, v) in l {
                    selector.insert(*k, v.clone());
                }
            }
            let pods_ns = kube.map(|(ns, _)| ns);
            if let Some(ns) = pods_ns
                && !ctx.describes("Pod", ns)
            {
                ctx.unresolved(dr, None, "pods of subset", name);
                continue;
            }
            if store.select("Pod", pods_ns, &selector).is_empty() {
                ctx.report(dr, path, destination_rule_subset_not_select_pods(name));
            }
        }
    }
}

impl Analyzer for SubsetSelectPodAnalyzer {
    fn analyze(&self, ctx: &mut Context<'_>) {
        if ctx.open_world() {
            analyze_open(ctx);
            return;
        }
        let store = ctx.store;
        let services = ServiceIndex::new(store);
        let templates = util::TemplateIndex::new(store);
        // many subsets share a selector (version: v1, ...): decide each selector once
        let mut decided: HashMap<String, bool> = HashMap::new();
        for dr in store.of_kind("DestinationRule") {
            let spec = dr.spec().unwrap_or(&Node::Null);
            let host = spec.field("host").and_then(Node::as_str).unwrap_or("");
            let export_to = util::strings(spec, "exportTo");
            let Some(svc) = services.destination(util::ns(dr), &export_to, host) else {
                ctx.report(dr, None, unknown_destination_rule_host(host));
                continue;
            };
            for subset in util::array(spec, "subsets") {
                let mut selector = svc.workload_labels.clone().unwrap_or_default();
                if let Some(l) = util::object(subset, "labels") {
                    for (k, v) in l {
                        selector.insert(*k, v.clone());
                    }
                }
                let key = util::selector_string(Some(&selector));
                let selects = *decided.entry(key).or_insert_with(|| {
                    selects_a_pod(store, &selector) || !templates.matching(&selector).is_empty()
                });
                if !selects {
                    let name = subset.field("name").and_then(Node::as_str).unwrap_or("");
                    ctx.report(dr, None, destination_rule_subset_not_select_pods(name));
                }
            }
        }
    }
}
