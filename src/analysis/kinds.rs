//! The kinds analyzers read ("collections"), keyed by the name analyzers use for them.
//!
//! Kinds are named by their bare Kubernetes kind, except the Gateway API `Gateway`, which is
//! `KubernetesGateway` so it does not collide with Istio's `Gateway`. `MeshConfig` and
//! `MeshNetworks` are synthetic: they come from the mesh config, not from files.

/// One kind an analyzer can read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InputKind {
    /// The name analyzers use (`VirtualService`, `KubernetesGateway`).
    pub collection: &'static str,
    pub group: &'static str,
    /// The kind as written in files.
    pub kind: &'static str,
    pub namespaced: bool,
}

const fn k(
    collection: &'static str,
    group: &'static str,
    kind: &'static str,
    namespaced: bool,
) -> InputKind {
    InputKind {
        collection,
        group,
        kind,
        namespaced,
    }
}

const GW: &str = "gateway.networking.k8s.io";

/// Every kind analyzers may read.
pub static INPUT_KINDS: &[InputKind] = &[
    // Kubernetes
    k("Pod", "", "Pod", true),
    k("Service", "", "Service", true),
    k("Namespace", "", "Namespace", false),
    k("Node", "", "Node", false),
    k("Secret", "", "Secret", true),
    k("ConfigMap", "", "ConfigMap", true),
    k("Endpoints", "", "Endpoints", true),
    k("Deployment", "apps", "Deployment", true),
    k(
        "MutatingWebhookConfiguration",
        "admissionregistration.k8s.io",
        "MutatingWebhookConfiguration",
        false,
    ),
    k(
        "ValidatingWebhookConfiguration",
        "admissionregistration.k8s.io",
        "ValidatingWebhookConfiguration",
        false,
    ),
    k(
        "CustomResourceDefinition",
        "apiextensions.k8s.io",
        "CustomResourceDefinition",
        false,
    ),
    // Istio
    k(
        "VirtualService",
        "networking.istio.io",
        "VirtualService",
        true,
    ),
    k(
        "DestinationRule",
        "networking.istio.io",
        "DestinationRule",
        true,
    ),
    k("Gateway", "networking.istio.io", "Gateway", true),
    k("ServiceEntry", "networking.istio.io", "ServiceEntry", true),
    k("Sidecar", "networking.istio.io", "Sidecar", true),
    k("EnvoyFilter", "networking.istio.io", "EnvoyFilter", true),
    k(
        "WorkloadEntry",
        "networking.istio.io",
        "WorkloadEntry",
        true,
    ),
    k(
        "WorkloadGroup",
        "networking.istio.io",
        "WorkloadGroup",
        true,
    ),
    k("ProxyConfig", "networking.istio.io", "ProxyConfig", true),
    k(
        "AuthorizationPolicy",
        "security.istio.io",
        "AuthorizationPolicy",
        true,
    ),
    k(
        "PeerAuthentication",
        "security.istio.io",
        "PeerAuthentication",
        true,
    ),
    k(
        "RequestAuthentication",
        "security.istio.io",
        "RequestAuthentication",
        true,
    ),
    k("Telemetry", "telemetry.istio.io", "Telemetry", true),
    k("WasmPlugin", "extensions.istio.io", "WasmPlugin", true),
    k(
        "TrafficExtension",
        "extensions.istio.io",
        "TrafficExtension",
        true,
    ),
    // Gateway API
    k("KubernetesGateway", GW, "Gateway", true),
    k("GatewayClass", GW, "GatewayClass", false),
    k("HTTPRoute", GW, "HTTPRoute", true),
    k("GRPCRoute", GW, "GRPCRoute", true),
    k("TCPRoute", GW, "TCPRoute", true),
    k("TLSRoute", GW, "TLSRoute", true),
    k("UDPRoute", GW, "UDPRoute", true),
    k("ReferenceGrant", GW, "ReferenceGrant", true),
    // synthetic
    k("MeshConfig", "", "MeshConfig", true),
    k("MeshNetworks", "", "MeshNetworks", true),
];

/// The synthetic kinds, which never come from files.
pub fn is_synthetic(collection: &str) -> bool {
    matches!(collection, "MeshConfig" | "MeshNetworks")
}

/// The input kind of a file resource (`apiVersion` group + `kind`), if analyzers read it.
pub fn of(group: &str, kind: &str) -> Option<&'static InputKind> {
    INPUT_KINDS
        .iter()
        .find(|k| k.kind == kind && k.group == group && !is_synthetic(k.collection))
}

/// An input kind by collection name.
pub fn by_collection(collection: &str) -> Option<&'static InputKind> {
    INPUT_KINDS.iter().find(|k| k.collection == collection)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gateway_api_gateway_is_its_own_collection() {
        assert_eq!(
            of("gateway.networking.k8s.io", "Gateway").map(|k| k.collection),
            Some("KubernetesGateway")
        );
        assert_eq!(
            of("networking.istio.io", "Gateway").map(|k| k.collection),
            Some("Gateway")
        );
        assert!(of("serving.knative.dev", "Service").is_none());
        assert!(of("", "MeshConfig").is_none());
    }
}
