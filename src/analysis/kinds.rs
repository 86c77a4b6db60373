//! The kinds analyzers read ("collections"), keyed by the name analyzers use for them.
//!
//! Kinds are named by their bare Kubernetes kind, except the Gateway API `Gateway`, which is
//! `KubernetesGateway` so it does not collide with Istio's `Gateway`. `MeshConfig` and
//! `MeshNetworks` are synthetic: they come from the mesh config, not from files.

use std::sync::OnceLock;

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

/// The Kubernetes kinds analyzers may read.
pub static KUBERNETES_INPUT_KINDS: &[InputKind] = &[
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
];

/// The kinds analyzers may read besides Kubernetes' and Istio's (which schemas/kinds.toml
/// declares).
pub static OTHER_INPUT_KINDS: &[InputKind] = &[
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

/// Every kind analyzers may read: Kubernetes', Istio's analyzed kinds
/// ([`crate::schema::kinds::istio`], the ones of `SAILCTL_SCHEMAS_DIR` included), the others.
pub fn input_kinds() -> &'static [InputKind] {
    static ALL: OnceLock<Vec<InputKind>> = OnceLock::new();
    ALL.get_or_init(|| {
        let istio = crate::schema::kinds::istio()
            .filter(|k| k.analyze)
            .map(|k| InputKind {
                collection: k.info.kind,
                group: k.info.group,
                kind: k.info.kind,
                namespaced: k.info.namespaced,
            });
        KUBERNETES_INPUT_KINDS
            .iter()
            .copied()
            .chain(istio)
            .chain(OTHER_INPUT_KINDS.iter().copied())
            .collect()
    })
}

/// The synthetic kinds, which never come from files.
pub fn is_synthetic(collection: &str) -> bool {
    matches!(collection, "MeshConfig" | "MeshNetworks")
}

/// The input kind of a file resource (`apiVersion` group + `kind`), if analyzers read it.
pub fn of(group: &str, kind: &str) -> Option<&'static InputKind> {
    input_kinds()
        .iter()
        .find(|k| k.kind == kind && k.group == group && !is_synthetic(k.collection))
}

/// An input kind by collection name.
pub fn by_collection(collection: &str) -> Option<&'static InputKind> {
    input_kinds().iter().find(|k| k.collection == collection)
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
        // Istio's kinds come from schemas/kinds.toml: analyzed ones only
        assert_eq!(
            of("security.istio.io", "PeerAuthentication").map(|k| k.collection),
            Some("PeerAuthentication")
        );
        assert!(of("install.istio.io", "IstioOperator").is_none());
    }
}
