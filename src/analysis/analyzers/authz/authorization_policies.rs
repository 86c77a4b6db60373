use crate::resource::node::{Node, Obj};
use foldhash::HashSet;

use crate::analysis::messages::{no_matching_workloads_found, referenced_resource_not_found};
use crate::analysis::{Analyzer, Context};
use crate::analysis::{util, workloads};
use crate::resource::{FieldPath, Store, Stored as Resource};

crate::declare_analyzer! {
    /// ## What it does
    /// Checks AuthorizationPolicies: a policy with a selector must match a pod in the mesh (of
    /// its namespace, or anywhere for policies in the root namespace); a namespace-wide policy
    /// needs meshed pods in its namespace (IST0127). Every namespace named in
    /// `rules[].from[].source.namespaces` or `notNamespaces` (with `*` prefix/suffix
    /// wildcards) must exist (IST0101). The pod templates of meshed Deployments in the input
    /// count as pods (sailctl reads manifests, where pods usually do not exist yet).
    ///
    /// ## Why it matters
    /// A policy that selects nothing protects nothing, and a rule naming a namespace that does
    /// not exist never matches: an ALLOW rule then silently denies, a DENY rule silently
    /// allows.
    ///
    /// ## Example
    /// ```yaml
    /// kind: AuthorizationPolicy
    /// spec:
    ///   selector: {matchLabels: {app: httpbin}}   # IST0127 when no meshed pod has app=httpbin
    ///   rules:
    ///   - from:
    ///     - source: {namespaces: [frontend]}       # IST0101 when there is no namespace frontend
    /// ```
    /// Use instead: labels and namespaces that exist.
    pub struct AuthorizationPoliciesAnalyzer {
        name: "auth.AuthorizationPoliciesAnalyzer",
        description: "Checks the validity of authorization policies",
        inputs: ["MeshConfig", "AuthorizationPolicy", "Namespace", "Pod", "Deployment"],
        emits: [NO_MATCHING_WORKLOADS_FOUND, REFERENCED_RESOURCE_NOT_FOUND],
    }
}

/// Pods that count for policies: in the mesh (sidecar) or in ambient mode.
fn counted_pods(store: &Store) -> HashSet<*const Resource> {
    store
        .of_kind("Pod")
        .filter(|p| util::pod_in_mesh(store, p) || util::pod_in_ambient_mode(p))
        .map(|p| p as *const Resource)
        .collect()
}

fn namespace_match(ns: &str, exp: &str) -> bool {
    if exp == "*" {
        return true;
    }
    if let Some(suffix) = exp.strip_prefix('*') {
        return ns.ends_with(suffix);
    }
    if let Some(prefix) = exp.strip_suffix('*') {
        return ns.starts_with(prefix);
    }
    ns.eq_ignore_ascii_case(exp)
}

impl Analyzer for AuthorizationPoliciesAnalyzer {
    fn analyze(&self, ctx: &mut Context<'_>) {
        let store = ctx.store;
        let counted = counted_pods(store);
        let templates = util::TemplateIndex::new(store);
        let meshed_templates = |scoped: bool, ns: Option<&str>, sel: &Obj| {
            templates
                .matching(sel)
                .into_iter()
                .filter(|(d, _)| !scoped || d.namespace.as_deref() == ns)
                .any(|(d, _)| util::deployment_in_mesh(store, d))
        };
        let root_ns = ctx
            .mesh
            .field("rootNamespace")
            .and_then(Node::as_str)
            .unwrap_or("istio-system")
            .to_string();
        let namespaces: Vec<&str> = store
            .of_kind("Namespace")
            .map(|n| n.name.as_str())
            .collect();
        let empty = Obj::new();
        // any counted pod matching `sel`; only in namespace `ns` when `scoped`
        // open world: a template pod in a namespace the input does not ship has an unknown
        // injection state, so it counts
        let open = ctx.open_world();
        let unknown_injection = |p: &Resource| {
            open && workloads::is_template_pod(p)
                && store.get("Namespace", None, util::ns(p)).is_none()
        };
        let counts =
            |p: &Resource| counted.contains(&(p as *const Resource)) || unknown_injection(p);
        let any_counted = |scoped: bool, ns: Option<&str>, sel: &Obj| {
            store
                .select("Pod", None, sel)
                .into_iter()
                .filter(|p| !scoped || p.namespace.as_deref() == ns)
                .any(&counts)
        };
        for ap in store.of_kind("AuthorizationPolicy") {
            let spec = ap.spec().unwrap_or(&Node::Null);
            let ns = util::ns(ap);
            let selector = spec.field("selector").filter(|s| !s.is_null());
            let labels = selector
                .and_then(|s| util::object(s, "matchLabels"))
                .unwrap_or(&empty);
            let sel_str = util::selector_string(Some(labels));
            let path = Some(FieldPath::parse("spec.selector"));
            if !ctx.describes("Pod", ns) && selector.is_some() {
                // open world: the input holds no workload of this namespace
                ctx.unresolved(ap, path, "workloads of selector", &sel_str);
            } else if ns == root_ns {
                if selector.is_some()
                    && !any_counted(false, None, labels)
                    && !meshed_templates(false, None, labels)
                {
                    ctx.report(ap, path, no_matching_workloads_found(&sel_str));
                }
            } else if selector.is_none() {
                let pods_in_ns = store
                    .in_namespace("Pod", ap.namespace.as_deref())
                    .any(&counts);
                if !pods_in_ns && !meshed_templates(true, ap.namespace.as_deref(), &empty) {
                    ctx.report(ap, None, no_matching_workloads_found(""));
                }
            } else if !any_counted(true, ap.namespace.as_deref(), labels)
                && !meshed_templates(true, ap.namespace.as_deref(), labels)
            {
                ctx.report(ap, path, no_matching_workloads_found(&sel_str));
            }
            for (i, rule) in util::array(spec, "rules").iter().enumerate() {
                for (j, from) in util::array(rule, "from").iter().enumerate() {
                    let source = from.field("source").unwrap_or(&Node::Null);
                    for field in ["namespaces", "notNamespaces"] {
                        for (k, exp) in util::array(source, field).iter().enumerate() {
                            let Some(exp) = exp.as_str() else { continue };
                            if namespaces.iter().any(|n| namespace_match(n, exp)) {
                                continue;
                            }
                            if open {
                                // a namespace the input does not ship may exist in the cluster
                                continue;
                            }
                            let path = FieldPath::parse("spec.rules")
                                .index(i)
                                .key("from")
                                .index(j)
                                .key("source")
                                .key(field)
                                .index(k);
                            ctx.report(
                                ap,
                                Some(path),
                                referenced_resource_not_found("namespace", exp),
                            );
                        }
                    }
                }
            }
        }
    }
}
