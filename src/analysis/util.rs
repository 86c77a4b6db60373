//! Helpers many analyzers share: reading fields, selectors, hosts.

use crate::resource::node::{Node, Obj};
use foldhash::{HashMap, HashMapExt};

use crate::resource::Stored as Resource;

/// A string field at a JSON pointer-like list of keys.
pub fn str_at<'a>(v: &'a Node, keys: &[&str]) -> Option<&'a str> {
    let mut cur = v;
    for k in keys {
        cur = cur.field(k)?;
    }
    cur.as_str()
}

/// The array at `key`, or an empty slice.
pub fn array<'a>(v: &'a Node, key: &str) -> &'a [Node] {
    v.field(key).and_then(Node::as_array).unwrap_or(&[])
}

/// The object at `key`, if it is one.
pub fn object<'a>(v: &'a Node, key: &str) -> Option<&'a Obj> {
    v.field(key).and_then(Node::as_object)
}

/// The resource's namespace, or "" when it has none.
pub fn ns(r: &Resource) -> &str {
    r.namespace.as_deref().unwrap_or("")
}

/// A pod template's labels for workload kinds, or the pod's own labels.
pub fn pod_template_spec(r: &Resource) -> Option<&Node> {
    if r.kind == "Pod" {
        r.value.field("spec")
    } else {
        r.value.field("spec")?.field("template")?.field("spec")
    }
}

/// An integer field that may be written as a number or a numeric string.
pub fn as_port(v: &Node) -> Option<u32> {
    match v {
        Node::Number(n) => n.as_u64().and_then(|n| u32::try_from(n).ok()),
        Node::String(s) => s.parse().ok(),
        _ => None,
    }
}

/// The protocol Istio gives a port (facts from Istio's `protocol` package).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Protocol {
    Grpc,
    GrpcWeb,
    Http,
    HttpProxy,
    Http2,
    Https,
    Tcp,
    Tls,
    Udp,
    Mongo,
    Redis,
    MySql,
    Unsupported,
}

impl Protocol {
    /// Parse a protocol name, case-insensitively, by validation's table (the one table of
    /// Istio's protocol names).
    pub fn parse(s: &str) -> Protocol {
        use crate::validation::ports::Proto;
        match Proto::parse(s) {
            Proto::Tcp => Protocol::Tcp,
            Proto::Udp => Protocol::Udp,
            Proto::Grpc => Protocol::Grpc,
            Proto::GrpcWeb => Protocol::GrpcWeb,
            Proto::Http => Protocol::Http,
            Proto::HttpProxy => Protocol::HttpProxy,
            Proto::Http2 => Protocol::Http2,
            Proto::Https => Protocol::Https,
            Proto::Tls => Protocol::Tls,
            Proto::Mongo => Protocol::Mongo,
            Proto::Redis => Protocol::Redis,
            Proto::Mysql => Protocol::MySql,
            Proto::Unsupported => Protocol::Unsupported,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Protocol::Grpc => "GRPC",
            Protocol::GrpcWeb => "GRPC-Web",
            Protocol::Http => "HTTP",
            Protocol::HttpProxy => "HTTP_PROXY",
            Protocol::Http2 => "HTTP2",
            Protocol::Https => "HTTPS",
            Protocol::Tcp => "TCP",
            Protocol::Tls => "TLS",
            Protocol::Udp => "UDP",
            Protocol::Mongo => "Mongo",
            Protocol::Redis => "Redis",
            Protocol::MySql => "MySQL",
            Protocol::Unsupported => "UnsupportedProtocol",
        }
    }

    /// The protocol of a Kubernetes Service port: UDP by `protocol`, else from `appProtocol`,
    /// else from the name's prefix (`http-web` is HTTP); well-known ports default to TCP.
    pub fn of_service_port(
        port: u32,
        name: &str,
        proto: Option<&str>,
        app_protocol: Option<&str>,
    ) -> Protocol {
        if proto == Some("UDP") {
            return Protocol::Udp;
        }
        let mut name = name;
        if let Some(app) = app_protocol {
            match app {
                "kubernetes.io/h2c" => return Protocol::Http2,
                "kubernetes.io/ws" => return Protocol::Http,
                "kubernetes.io/wss" => return Protocol::Https,
                _ => name = app,
            }
        }
        if crate::text::starts_with_ignore_ascii_case(name, "grpc-web") {
            return Protocol::GrpcWeb;
        }
        let prefix = name.split('-').next().unwrap_or(name);
        match Protocol::parse(prefix) {
            Protocol::Unsupported if matches!(port, 25 | 53 | 3306 | 27017) => Protocol::Tcp,
            p => p,
        }
    }
}

/// Istio's control plane resources carry an `istio` label or `release: istio`.
pub fn is_istio_control_plane(r: &Resource) -> bool {
    r.label("istio").is_some() || r.label("release") == Some("istio")
}

/// A list printed the way Go's `%v` prints a slice: `[a b c]`.
pub fn go_list<T: std::fmt::Display>(items: &[T]) -> String {
    let parts: Vec<String> = items.iter().map(ToString::to_string).collect();
    format!("[{}]", parts.join(" "))
}

/// `namespace/name`, or `name` without a namespace (Istio's FullName).
pub fn full_name(r: &Resource) -> String {
    match &r.namespace {
        Some(ns) => format!("{ns}/{}", r.name),
        None => r.name.to_string(),
    }
}

/// The value of the `sidecar.istio.io/inject` label or annotation in a label/annotation map.
fn inject_status(map: Option<&Node>) -> Option<bool> {
    map?.field("sidecar.istio.io/inject")
        .map(|v| v.as_str() == Some("true"))
}

/// Whether a workload (labels, annotations, containers of its pod template) is in the mesh: it
/// has an `istio-proxy` container with an image, or asks for injection, or its namespace has
/// `istio-injection=enabled`.
pub fn in_mesh(
    store: &crate::resource::Store,
    namespace: Option<&str>,
    meta: Option<&Node>,
    containers: &[&Node],
) -> bool {
    let has_proxy = containers.iter().any(|c| {
        c.field("name").and_then(Node::as_str) == Some("istio-proxy")
            && c.field("image")
                .and_then(Node::as_str)
                .is_some_and(|i| !i.is_empty())
    });
    if has_proxy {
        return true;
    }
    if let Some(v) = inject_status(meta.and_then(|m| m.field("labels"))) {
        return v;
    }
    if let Some(v) = inject_status(meta.and_then(|m| m.field("annotations"))) {
        return v;
    }
    if let Some(ns) = namespace
        && let Some(n) = store.get("Namespace", None, ns)
    {
        return n.label("istio-injection") == Some("enabled");
    }
    false
}

/// Whether a Deployment's pods are in the mesh.
pub fn deployment_in_mesh(store: &crate::resource::Store, r: &Resource) -> bool {
    let template = r.spec().and_then(|s| s.field("template"));
    let containers: Vec<&Node> = template
        .and_then(|t| t.field("spec"))
        .map(|s| array(s, "containers").iter().collect())
        .unwrap_or_default();
    in_mesh(
        store,
        r.namespace.as_deref(),
        template.and_then(|t| t.field("metadata")),
        &containers,
    )
}

/// Whether a Pod is in the mesh.
pub fn pod_in_mesh(store: &crate::resource::Store, r: &Resource) -> bool {
    let spec = r.spec().unwrap_or(&Node::Null);
    let containers: Vec<&Node> = array(spec, "containers")
        .iter()
        .chain(array(spec, "initContainers"))
        .collect();
    in_mesh(store, r.namespace.as_deref(), r.metadata(), &containers)
}

/// Whether a Kubernetes `LabelSelector` (`matchLabels` and `matchExpressions` with In, NotIn,
/// Exists, DoesNotExist) matches a set of labels. A missing (null) selector matches everything;
/// an invalid one matches nothing.
pub fn label_selector_matches(selector: Option<&Node>, labels: Option<&Obj>) -> bool {
    let Some(sel) = selector.filter(|s| !s.is_null()) else {
        return true;
    };
    let empty = Obj::new();
    let labels = labels.unwrap_or(&empty);
    let get = |k: &str| labels.get(k).and_then(Node::as_str);
    if let Some(ml) = sel.field("matchLabels").and_then(Node::as_object) {
        for (k, v) in ml {
            match v.as_str() {
                Some(v) if get(k) == Some(v) => {}
                _ => return false,
            }
        }
    }
    for expr in array(sel, "matchExpressions") {
        let Some(key) = expr.field("key").and_then(Node::as_str) else {
            return false;
        };
        let values: Vec<&str> = array(expr, "values")
            .iter()
            .filter_map(Node::as_str)
            .collect();
        let ok = match expr.field("operator").and_then(Node::as_str) {
            Some("In") => !values.is_empty() && get(key).is_some_and(|v| values.contains(&v)),
            Some("NotIn") => !values.is_empty() && get(key).is_none_or(|v| !values.contains(&v)),
            Some("Exists") => values.is_empty() && get(key).is_some(),
            Some("DoesNotExist") => values.is_empty() && get(key).is_none(),
            _ => false,
        };
        if !ok {
            return false;
        }
    }
    true
}

/// A resource's labels as a map.
pub fn labels_of(r: &Resource) -> Option<&Obj> {
    r.metadata()?.field("labels")?.as_object()
}

/// Whether a hostname is a wildcard (`*` or `*.example.com`).
pub fn host_is_wildcard(h: &str) -> bool {
    h.starts_with('*')
}

/// Istio's host matching and subset rules live with host validation; analyzers use the same.
pub use crate::validation::hosts::{host_subset_of, hosts_match as host_matches};

/// Hosts written `namespace/host` that apply to `namespace` (or `*/`), with the prefix removed;
/// hosts without a prefix are kept.
pub fn names_for_namespace<'a>(hosts: &[&'a str], namespace: &str) -> Vec<&'a str> {
    hosts
        .iter()
        .filter_map(|h| match h.split_once('/') {
            Some((ns, name)) if ns == namespace || ns == "*" => Some(name),
            Some(_) => None,
            None => Some(*h),
        })
        .collect()
}

/// A `name` or `namespace/name` reference, resolved against a default namespace. An empty
/// namespace becomes None (the store's "no namespace").
pub fn short_or_full(default_ns: Option<&str>, name: &str) -> (Option<String>, String) {
    match name.split_once('/') {
        Some((ns, n)) => (
            Some(ns.to_string()).filter(|s| !s.is_empty()),
            n.to_string(),
        ),
        None => (
            default_ns.filter(|s| !s.is_empty()).map(str::to_string),
            name.to_string(),
        ),
    }
}

/// `namespace/name` or `name` for a namespace that may be absent.
pub fn join_name(ns: Option<&str>, name: &str) -> String {
    match ns {
        Some(ns) if !ns.is_empty() => format!("{ns}/{name}"),
        _ => name.to_string(),
    }
}

/// The strings of an array field.
pub fn strings<'a>(v: &'a Node, key: &str) -> Vec<&'a str> {
    array(v, key).iter().filter_map(Node::as_str).collect()
}

/// `(namespace, name)` of a `name.namespace.svc.cluster.local` host, if it is one.
pub fn full_name_from_fqdn(fqdn: &str) -> Option<(&str, &str)> {
    let rest = fqdn.strip_suffix(".svc.cluster.local")?;
    let (name, ns) = rest.rsplit_once('.')?;
    (!name.is_empty() && !ns.is_empty()).then_some((ns, name))
}

/// The `(namespace, name)` a host refers to: from its FQDN, or the host itself in
/// `default_ns`.
pub fn resource_name_from_host<'a>(default_ns: &'a str, host: &'a str) -> (&'a str, &'a str) {
    full_name_from_fqdn(host).unwrap_or((default_ns, host))
}

/// A `matchLabels`-style map as Kubernetes prints a selector: `k1=v1,k2=v2`, keys sorted.
pub fn selector_string(sel: Option<&Obj>) -> String {
    let Some(sel) = sel else {
        return String::new();
    };
    let mut pairs: Vec<(&str, &str)> = sel
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str().unwrap_or("")))
        .collect();
    pairs.sort();
    pairs
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join(",")
}

/// Resources of `kind` whose labels match `selector` (every pair; an empty or missing selector
/// matches all), in any namespace.
pub fn select_all<'a>(
    store: &'a crate::resource::Store,
    kind: &str,
    selector: Option<&Obj>,
) -> Vec<&'a Resource> {
    let empty = Obj::new();
    store.select(kind, None, selector.unwrap_or(&empty))
}

/// A pod redirected by ambient mode (`ambient.istio.io/redirection: enabled`).
pub fn pod_in_ambient_mode(pod: &Resource) -> bool {
    pod.annotation("ambient.istio.io/redirection") == Some("enabled")
}

/// A namespace in ambient mode: `istio.io/dataplane-mode: ambient` and no sidecar injection
/// label.
pub fn namespace_in_ambient_mode(ns: Option<&Resource>) -> bool {
    let Some(ns) = ns else { return false };
    if ns.label("istio-injection") == Some("enabled") {
        return false;
    }
    if ns.label("istio.io/rev").is_some_and(|v| !v.is_empty()) {
        return false;
    }
    ns.label("istio.io/dataplane-mode") == Some("ambient")
}

/// The pod templates of Deployments, indexed by label, so analyzers that ask "does anything
/// select a workload?" can count workloads that manifests describe but whose pods do not exist
/// yet (files usually hold Deployments, not Pods). A sailctl extension: istioctl's file mode
/// does not run these analyzers at all.
pub struct TemplateIndex<'a> {
    templates: Vec<(&'a Resource, &'a Obj)>,
    by_label: HashMap<(&'a str, &'a str), Vec<usize>>,
}

impl<'a> TemplateIndex<'a> {
    pub fn new(store: &'a crate::resource::Store) -> Self {
        let mut t = TemplateIndex {
            templates: Vec::new(),
            by_label: HashMap::new(),
        };
        for d in store.of_kind("Deployment") {
            let Some(labels) = d
                .spec()
                .and_then(|s| s.field("template"))
                .and_then(|t| t.field("metadata"))
                .and_then(|m| m.field("labels"))
                .and_then(Node::as_object)
            else {
                continue;
            };
            let i = t.templates.len();
            t.templates.push((d, labels));
            for (k, v) in labels {
                if let Some(v) = v.as_str() {
                    t.by_label.entry((k.as_str(), v)).or_default().push(i);
                }
            }
        }
        t
    }

    /// Deployments whose pod template labels contain every pair of `selector` (an empty
    /// selector matches all).
    pub fn matching(&self, selector: &Obj) -> Vec<(&'a Resource, &'a Obj)> {
        let all_match = |labels: &Obj| {
            selector
                .iter()
                .all(|(k, v)| v.as_str().is_some() && labels.get(k) == Some(v))
        };
        match selector.iter().next() {
            None => self.templates.clone(),
            Some((k, v)) => {
                let Some(v) = v.as_str() else {
                    return Vec::new();
                };
                self.by_label
                    .get(&(k.as_str(), v))
                    .into_iter()
                    .flatten()
                    .map(|&i| self.templates[i])
                    .filter(|(_, l)| all_match(l))
                    .collect()
            }
        }
    }
}
