//! Helpers many analyzers share: reading fields, selectors, hosts.

use serde_json::{Map, Value};

use crate::resource::Resource;

/// A string field at a JSON pointer-like list of keys.
pub fn str_at<'a>(v: &'a Value, keys: &[&str]) -> Option<&'a str> {
    let mut cur = v;
    for k in keys {
        cur = cur.get(*k)?;
    }
    cur.as_str()
}

/// The array at `key`, or an empty slice.
pub fn array<'a>(v: &'a Value, key: &str) -> &'a [Value] {
    v.get(key)
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or(&[])
}

/// The object at `key`, if it is one.
pub fn object<'a>(v: &'a Value, key: &str) -> Option<&'a Map<String, Value>> {
    v.get(key).and_then(Value::as_object)
}

/// The resource's namespace, or "" when it has none.
pub fn ns(r: &Resource) -> &str {
    r.namespace.as_deref().unwrap_or("")
}

/// A pod template's labels for workload kinds, or the pod's own labels.
pub fn pod_template_spec(r: &Resource) -> Option<&Value> {
    if r.kind == "Pod" {
        r.value.get("spec")
    } else {
        r.value.get("spec")?.get("template")?.get("spec")
    }
}

/// An integer field that may be written as a number or a numeric string.
pub fn as_port(v: &Value) -> Option<u32> {
    match v {
        Value::Number(n) => n.as_u64().and_then(|n| u32::try_from(n).ok()),
        Value::String(s) => s.parse().ok(),
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
    /// Parse a protocol name, case-insensitively.
    pub fn parse(s: &str) -> Protocol {
        match s.to_ascii_lowercase().as_str() {
            "tcp" => Protocol::Tcp,
            "udp" => Protocol::Udp,
            "grpc" => Protocol::Grpc,
            "grpc-web" => Protocol::GrpcWeb,
            "http" => Protocol::Http,
            "http_proxy" => Protocol::HttpProxy,
            "http2" => Protocol::Http2,
            "https" => Protocol::Https,
            "tls" => Protocol::Tls,
            "mongo" => Protocol::Mongo,
            "redis" => Protocol::Redis,
            "mysql" => Protocol::MySql,
            _ => Protocol::Unsupported,
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
        if name.len() >= 8 && name[..8].eq_ignore_ascii_case("grpc-web") {
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
        None => r.name.clone(),
    }
}

/// The value of the `sidecar.istio.io/inject` label or annotation in a label/annotation map.
fn inject_status(map: Option<&Value>) -> Option<bool> {
    map?.get("sidecar.istio.io/inject")
        .map(|v| v.as_str() == Some("true"))
}

/// Whether a workload (labels, annotations, containers of its pod template) is in the mesh: it
/// has an `istio-proxy` container with an image, or asks for injection, or its namespace has
/// `istio-injection=enabled`.
pub fn in_mesh(
    store: &crate::resource::Store,
    namespace: Option<&str>,
    meta: Option<&Value>,
    containers: &[&Value],
) -> bool {
    let has_proxy = containers.iter().any(|c| {
        c.get("name").and_then(Value::as_str) == Some("istio-proxy")
            && c.get("image")
                .and_then(Value::as_str)
                .is_some_and(|i| !i.is_empty())
    });
    if has_proxy {
        return true;
    }
    if let Some(v) = inject_status(meta.and_then(|m| m.get("labels"))) {
        return v;
    }
    if let Some(v) = inject_status(meta.and_then(|m| m.get("annotations"))) {
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
    let template = r.spec().and_then(|s| s.get("template"));
    let containers: Vec<&Value> = template
        .and_then(|t| t.get("spec"))
        .map(|s| array(s, "containers").iter().collect())
        .unwrap_or_default();
    in_mesh(
        store,
        r.namespace.as_deref(),
        template.and_then(|t| t.get("metadata")),
        &containers,
    )
}

/// Whether a Pod is in the mesh.
pub fn pod_in_mesh(store: &crate::resource::Store, r: &Resource) -> bool {
    let spec = r.spec().unwrap_or(&Value::Null);
    let containers: Vec<&Value> = array(spec, "containers")
        .iter()
        .chain(array(spec, "initContainers"))
        .collect();
    in_mesh(store, r.namespace.as_deref(), r.metadata(), &containers)
}
