use crate::resource::Node;
use foldhash::{HashSet, HashSetExt};

use crate::analysis::messages::{
    namespace_injection_enabled_by_default, namespace_multiple_injection_labels,
    namespace_not_injected, pod_missing_proxy,
};
use crate::analysis::util;
use crate::analysis::{Analyzer, Context};
use crate::resource::{FieldPath, Store, Stored as Resource};

crate::declare_analyzer! {
    /// ## What it does
    /// Checks sidecar injection per namespace: a namespace with no injection label at all
    /// (IST0102, or IST0148 when the injector enables namespaces by default), a namespace with
    /// more than one kind of injection label (IST0123), and pods of an injected namespace that
    /// run without the `istio-proxy` container (IST0103). `istio-system` and ambient namespaces
    /// are skipped; pods that opt out of injection or use the host network are too.
    ///
    /// ## Why it matters
    /// Without a label, whether new pods get a sidecar depends on defaults nobody sees. Pods
    /// that started before injection was enabled keep running without a proxy: no mTLS, no
    /// policy, no telemetry for them.
    ///
    /// ## Example
    /// ```yaml
    /// kind: Namespace
    /// metadata:
    ///   name: shop          # IST0102: no istio-injection or istio.io/rev label
    /// ```
    /// Use instead: `labels: {istio-injection: enabled}` (or `disabled`), then restart the
    /// namespace's workloads so their pods are injected.
    pub struct InjectionAnalyzer {
        name: "injection.Analyzer",
        description: "Checks conditions related to Istio sidecar injection",
        inputs: ["Namespace", "Pod", "ConfigMap"],
        emits: [
            NAMESPACE_NOT_INJECTED,
            NAMESPACE_INJECTION_ENABLED_BY_DEFAULT,
            NAMESPACE_MULTIPLE_INJECTION_LABELS,
            POD_MISSING_PROXY,
        ],
    }
}

const INJECTION_LABEL: &str = "istio-injection";
const REVISION_LABEL: &str = "istio.io/rev";
const DATAPLANE_MODE_LABEL: &str = "istio.io/dataplane-mode";

/// The injector ConfigMap of a revision: `istio-sidecar-injector[-<rev>]`.
pub fn injector_config_map_name(revision: &str) -> String {
    if revision.is_empty() || revision == "default" {
        "istio-sidecar-injector".to_string()
    } else {
        format!("istio-sidecar-injector-{revision}")
    }
}

/// `sidecarInjectorWebhook.enableNamespacesByDefault` from the injector ConfigMap's `values`.
fn enable_namespaces_by_default(store: &Store, revision: &str) -> Option<bool> {
    let name = injector_config_map_name(revision);
    let cm = store.of_kind("ConfigMap").find(|c| c.name == name)?;
    let values = cm.value.field("data")?.field("values")?.as_str()?;
    let parsed: Node = serde_json::from_str(values).ok()?;
    Some(
        parsed
            .field("sidecarInjectorWebhook")
            .and_then(|w| w.field("enableNamespacesByDefault"))
            .and_then(Node::as_bool)
            .unwrap_or(false),
    )
}

impl Analyzer for InjectionAnalyzer {
    fn analyze(&self, ctx: &mut Context<'_>) {
        let store = ctx.store;
        let mut injected = HashSet::new();
        let mut by_default = false;
        for ns in store.of_kind("Namespace") {
            if ns.name == "istio-system" {
                continue;
            }
            let legacy = ns.label(INJECTION_LABEL);
            let rev = ns.label(REVISION_LABEL);
            let mut labels = Vec::new();
            if let Some(v) = legacy {
                labels.push(format!("{INJECTION_LABEL}={v}"));
            }
            for l in [REVISION_LABEL, DATAPLANE_MODE_LABEL] {
                if let Some(v) = ns.label(l)
                    && (legacy.is_none() || legacy == Some("enabled"))
                {
                    labels.push(format!("{l}={v}"));
                }
            }
            if labels.len() > 1 {
                ctx.report(
                    ns,
                    Some(FieldPath::parse("metadata.labels")),
                    namespace_multiple_injection_labels(util::go_list(&labels)),
                );
            }
            if ns.label(DATAPLANE_MODE_LABEL) == Some("ambient") {
                continue;
            }
            // as istio does, the last injector ConfigMap found decides for later namespaces too
            if let Some(v) = enable_namespaces_by_default(store, rev.unwrap_or("")) {
                by_default = v;
            }
            if legacy.unwrap_or("").is_empty() && rev.is_none() {
                if by_default {
                    ctx.report(ns, None, namespace_injection_enabled_by_default());
                } else {
                    ctx.report(
                        ns,
                        Some(FieldPath::parse("metadata.name")),
                        namespace_not_injected(&ns.name, &ns.name),
                    );
                }
                continue;
            }
            if legacy == Some("enabled") {
                injected.insert(ns.name.clone());
            }
        }
        for pod in store.of_kind("Pod") {
            if !pod
                .namespace
                .as_deref()
                .is_some_and(|n| injected.contains(n))
            {
                continue;
            }
            if missing_proxy(pod) {
                ctx.report(pod, None, pod_missing_proxy(util::full_name(pod)));
            }
        }
    }
}

fn missing_proxy(pod: &Resource) -> bool {
    let inject = pod
        .label("sidecar.istio.io/inject")
        .or_else(|| pod.annotation("sidecar.istio.io/inject"))
        .unwrap_or("");
    if inject.eq_ignore_ascii_case("false") {
        return false;
    }
    let spec = pod.spec().unwrap_or(&Node::Null);
    if spec.field("hostNetwork").and_then(Node::as_bool) == Some(true) {
        return false;
    }
    let image = util::array(spec, "containers")
        .iter()
        .chain(util::array(spec, "initContainers"))
        .find(|c| c.field("name").and_then(Node::as_str) == Some("istio-proxy"))
        .and_then(|c| c.field("image"))
        .and_then(Node::as_str)
        .unwrap_or("");
    image.is_empty()
}
