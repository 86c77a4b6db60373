use crate::resource::node::{Node, Obj};

use crate::analysis::messages::{
    image_auto_without_injection_error, image_auto_without_injection_warning,
};
use crate::analysis::util;
use crate::analysis::{Analyzer, Context};
use crate::resource::Stored as Resource;

crate::declare_analyzer! {
    /// ## What it does
    /// Finds workloads whose `istio-proxy` container says `image: auto`. A Pod that still has
    /// it was not injected (IST0147). A Deployment with it is reported when no Istio
    /// injection webhook (a MutatingWebhookConfiguration webhook named `*istio.io`) matches
    /// its namespace and pod labels (IST0146).
    ///
    /// ## Why it matters
    /// `image: auto` is a placeholder the injector replaces. Without injection the kubelet
    /// tries to pull an image called `auto`, and the pod never starts.
    ///
    /// ## Example
    /// ```yaml
    /// kind: Deployment          # namespace has no istio-injection label
    /// spec:
    ///   template:
    ///     spec:
    ///       containers:
    ///       - name: istio-proxy
    ///         image: auto       # IST0146
    /// ```
    /// Use instead: enable injection for the namespace (`istio-injection: enabled`) or the
    /// pod (`sidecar.istio.io/inject: "true"`), or remove the placeholder container.
    pub struct ImageAutoAnalyzer {
        name: "injection.ImageAutoAnalyzer",
        description: "Makes sure that Pods and Deployments with `image: auto` are going to be injected",
        inputs: ["Namespace", "Pod", "Deployment", "MutatingWebhookConfiguration"],
        emits: [IMAGE_AUTO_WITHOUT_INJECTION_WARNING, IMAGE_AUTO_WITHOUT_INJECTION_ERROR],
    }
}

fn has_auto_image(spec: Option<&Node>) -> bool {
    spec.map(|s| util::array(s, "containers"))
        .unwrap_or(&[])
        .iter()
        .any(|c| {
            c.field("name").and_then(Node::as_str) == Some("istio-proxy")
                && c.field("image").and_then(Node::as_str) == Some("auto")
        })
}

impl Analyzer for ImageAutoAnalyzer {
    fn analyze(&self, ctx: &mut Context<'_>) {
        let store = ctx.store;
        let webhooks: Vec<&Node> = store
            .of_kind("MutatingWebhookConfiguration")
            .flat_map(|w| util::array(&w.value, "webhooks"))
            .filter(|wh| {
                wh.field("name")
                    .and_then(Node::as_str)
                    .is_some_and(|n| n.ends_with("istio.io"))
            })
            .collect();
        for pod in store.of_kind("Pod") {
            if has_auto_image(pod.spec()) {
                ctx.report(
                    pod,
                    None,
                    image_auto_without_injection_error("Pod", &pod.name),
                );
            }
        }
        for d in store.of_kind("Deployment") {
            if !has_auto_image(util::pod_template_spec(d)) {
                continue;
            }
            let ns = d.namespace.as_deref().unwrap_or("default");
            if ctx.open_world() && store.get("Namespace", None, ns).is_none() {
                // open world: the namespace's injection labels are unknown
                ctx.unresolved(d, None, "injection labels of namespace", ns);
                continue;
            }
            let ns_labels = store.get("Namespace", None, ns).and_then(util::labels_of);
            let pod_labels = template_labels(d);
            let matched = webhooks.iter().any(|wh| {
                util::label_selector_matches(wh.field("namespaceSelector"), ns_labels)
                    && util::label_selector_matches(wh.field("objectSelector"), pod_labels)
            });
            if !matched {
                ctx.report(
                    d,
                    None,
                    image_auto_without_injection_warning("Deployment", &d.name),
                );
            }
        }
    }
}

fn template_labels(d: &Resource) -> Option<&Obj> {
    d.spec()?
        .field("template")?
        .field("metadata")?
        .field("labels")?
        .as_object()
}
