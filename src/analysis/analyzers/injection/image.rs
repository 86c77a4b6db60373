use std::collections::BTreeMap;

use crate::resource::Node;
use foldhash::{HashMap, HashMapExt};

use crate::analysis::analyzers::injection::namespace::injector_config_map_name;
use crate::analysis::messages::pods_istio_proxy_image_mismatch_in_namespace;
use crate::analysis::util;
use crate::analysis::{Analyzer, Context};
use crate::resource::{Store, Stored as Resource};

crate::declare_analyzer! {
    /// ## What it does
    /// Compares the image of each injected pod's `istio-proxy` container with the image the
    /// injector of its namespace's revision uses now (from the `istio-sidecar-injector[-rev]`
    /// ConfigMap: `global.hub`, `global.proxy.image`, `global.tag`, plus the image type, such
    /// as `distroless`, from the mesh config, ProxyConfigs or the pod's `proxy.istio.io/config`).
    /// Namespaces with mismatched pods are reported once, listing the pods (IST0158). Pods
    /// that choose their own proxy image (`sidecar.istio.io/proxyImage`) are skipped.
    ///
    /// ## Why it matters
    /// After a control plane upgrade, running pods keep the old proxy until they restart. Old
    /// and new proxies behave differently, and old ones eventually lose support.
    ///
    /// ## Example
    /// A pod in an `istio-injection: enabled` namespace still runs
    /// `docker.io/istio/proxyv2:1.20.0` while the injector now uses 1.22.0 (IST0158).
    ///
    /// Use instead: restart the workloads, e.g. `kubectl rollout restart deployment -n NS`.
    pub struct ImageAnalyzer {
        name: "injection.ImageAnalyzer",
        description: "Checks the image of auto-injection configured with the running proxies on pods",
        inputs: ["Namespace", "Pod", "ConfigMap", "MeshConfig", "ProxyConfig"],
        emits: [PODS_ISTIO_PROXY_IMAGE_MISMATCH_IN_NAMESPACE],
    }
}

/// The proxy image an injector ConfigMap's `values` produce.
fn injector_image(cm: &Resource) -> String {
    let parsed: Node = cm
        .value
        .field("data")
        .and_then(|d| d.field("values"))
        .and_then(Node::as_str)
        .and_then(|v| serde_json::from_str(v).ok())
        .unwrap_or(Node::Null);
    let global = parsed.field("global").unwrap_or(&Node::Null);
    let s = |v: Option<&Node>| v.and_then(Node::as_str).unwrap_or("").to_string();
    let image = s(global.field("proxy").and_then(|p| p.field("image")));
    if image.contains('/') {
        return image;
    }
    format!(
        "{}/{}:{}",
        s(global.field("hub")),
        image,
        s(global.field("tag"))
    )
}

fn image_type(v: Option<&Node>) -> Option<&str> {
    v?.field("image")?
        .field("imageType")?
        .as_str()
        .filter(|s| !s.is_empty())
}

/// The image type (variant) that applies to a pod, following Istio's precedence: mesh
/// default, root-namespace ProxyConfig, namespace ProxyConfig, workload ProxyConfig, then the
/// pod's `proxy.istio.io/config` annotation.
struct ImageTypes<'a> {
    mesh: Option<&'a str>,
    root: Option<&'a str>,
    namespace: HashMap<&'a str, Option<&'a str>>,
    workload: HashMap<&'a str, Vec<&'a Resource>>,
}

impl<'a> ImageTypes<'a> {
    fn new(store: &'a Store, mesh: &'a Node) -> Self {
        let root_ns = mesh
            .field("rootNamespace")
            .and_then(Node::as_str)
            .filter(|s| !s.is_empty())
            .unwrap_or("istio-system");
        let mut t = ImageTypes {
            mesh: image_type(mesh.field("defaultConfig")),
            root: None,
            namespace: HashMap::new(),
            workload: HashMap::new(),
        };
        for pc in store.of_kind("ProxyConfig") {
            let ns = util::ns(pc);
            let spec = pc.spec();
            if ns == root_ns {
                t.root = image_type(spec);
            } else if spec
                .and_then(|s| s.field("selector"))
                .is_none_or(Node::is_null)
            {
                t.namespace.insert(ns, image_type(spec));
            } else {
                t.workload.entry(ns).or_default().push(pc);
            }
        }
        t
    }

    fn for_pod(&self, pod: &Resource) -> String {
        let mut variant = self.mesh;
        if self.root.is_some() {
            variant = self.root;
        }
        let ns = util::ns(pod);
        if let Some(Some(v)) = self.namespace.get(ns) {
            variant = Some(v);
        }
        for pc in self.workload.get(ns).into_iter().flatten() {
            let sel = pc
                .spec()
                .and_then(|s| s.field("selector"))
                .and_then(|s| s.field("matchLabels"))
                .and_then(Node::as_object);
            let matches = sel.is_none_or(|m| crate::resource::store::labels_match(m, pod));
            if matches && let Some(v) = image_type(pc.spec()) {
                variant = Some(v);
            }
        }
        let from_annotation = pod.annotation("proxy.istio.io/config").and_then(|cfg| {
            let parsed = crate::resource::yaml::parse_stream(cfg);
            parsed
                .documents
                .into_iter()
                .next()
                .map(|d| Node::from(d.value))
        });
        if let Some(v) = image_type(from_annotation.as_ref()) {
            return if v == "default" {
                String::new()
            } else {
                v.to_string()
            };
        }
        match variant {
            Some("default") | None => String::new(),
            Some(v) => v.to_string(),
        }
    }
}

impl Analyzer for ImageAnalyzer {
    fn analyze(&self, ctx: &mut Context<'_>) {
        let store = ctx.store;
        let images: HashMap<&str, String> = store
            .of_kind("ConfigMap")
            .filter(|cm| cm.name.starts_with("istio-sidecar-injector"))
            .map(|cm| (cm.name.as_str(), injector_image(cm)))
            .collect();
        if images.is_empty() {
            return;
        }
        // injected namespace -> revision
        let mut injected: HashMap<&str, &str> = HashMap::new();
        for ns in store.of_kind("Namespace") {
            if let Some(rev) = ns.label("istio.io/rev") {
                injected.insert(&ns.name, rev);
            } else if ns.label("istio-injection") == Some("enabled") {
                injected.insert(&ns.name, "default");
            }
        }
        let types = ImageTypes::new(store, ctx.mesh);
        let mut mismatched: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        for pod in store.of_kind("Pod") {
            // a workload's pod template is not running: the injector sets its proxy image
            // when its pods are created (`image: auto`)
            if crate::analysis::workloads::is_template_pod(pod) {
                continue;
            }
            let Some(rev) = injected.get(util::ns(pod)) else {
                continue;
            };
            if pod
                .annotation("sidecar.istio.io/proxyImage")
                .is_some_and(|v| !v.is_empty())
            {
                continue;
            }
            let Some(expected) = images.get(injector_config_map_name(rev).as_str()) else {
                continue;
            };
            let variant = types.for_pod(pod);
            let spec = pod.spec().unwrap_or(&Node::Null);
            for c in util::array(spec, "containers")
                .iter()
                .chain(util::array(spec, "initContainers"))
            {
                if c.field("name").and_then(Node::as_str) != Some("istio-proxy") {
                    continue;
                }
                let image = c.field("image").and_then(Node::as_str).unwrap_or("");
                if image != expected && image != format!("{expected}-{variant}") {
                    mismatched.entry(util::ns(pod)).or_default().push(&pod.name);
                }
            }
        }
        for (ns, mut pods) in mismatched {
            pods.sort();
            if let Some(ns_res) = store.get("Namespace", None, ns) {
                ctx.report(
                    ns_res,
                    None,
                    pods_istio_proxy_image_mismatch_in_namespace(util::go_list(&pods)),
                );
            }
        }
    }
}
