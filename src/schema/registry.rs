//! The kinds sailctl knows: every Istio CRD with its served versions (facts from the Istio API)
//! every built-in Kubernetes kind (generated: k8s_kinds.rs) and the CRD-based kinds that commonly
//! sit beside them in manifests (Gateway API, IstioOperator).

use super::k8s_kinds::K8S_KINDS;

/// One known kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KindInfo {
    /// API group; empty for the core group.
    pub group: &'static str,
    pub kind: &'static str,
    pub plural: &'static str,
    pub namespaced: bool,
    /// Served versions, newest first as the API lists them.
    pub versions: &'static [&'static str],
    /// An Istio kind (has a schema in schemas/ and Istio's validation rules).
    pub istio: bool,
}

/// Istio's CRDs (../shared/conformance/install/crds.json lists the same facts).
pub static ISTIO_KINDS: &[KindInfo] = &[
    KindInfo {
        group: "extensions.istio.io",
        kind: "TrafficExtension",
        plural: "trafficextensions",
        namespaced: true,
        versions: &["v1alpha1"],
        istio: true,
    },
    KindInfo {
        group: "extensions.istio.io",
        kind: "WasmPlugin",
        plural: "wasmplugins",
        namespaced: true,
        versions: &["v1alpha1"],
        istio: true,
    },
    KindInfo {
        group: "networking.istio.io",
        kind: "DestinationRule",
        plural: "destinationrules",
        namespaced: true,
        versions: &["v1", "v1alpha3", "v1beta1"],
        istio: true,
    },
    KindInfo {
        group: "networking.istio.io",
        kind: "EnvoyFilter",
        plural: "envoyfilters",
        namespaced: true,
        versions: &["v1alpha3"],
        istio: true,
    },
    KindInfo {
        group: "networking.istio.io",
        kind: "Gateway",
        plural: "gateways",
        namespaced: true,
        versions: &["v1", "v1alpha3", "v1beta1"],
        istio: true,
    },
    KindInfo {
        group: "networking.istio.io",
        kind: "ProxyConfig",
        plural: "proxyconfigs",
        namespaced: true,
        versions: &["v1beta1"],
        istio: true,
    },
    KindInfo {
        group: "networking.istio.io",
        kind: "ServiceEntry",
        plural: "serviceentries",
        namespaced: true,
        versions: &["v1", "v1alpha3", "v1beta1"],
        istio: true,
    },
    KindInfo {
        group: "networking.istio.io",
        kind: "Sidecar",
        plural: "sidecars",
        namespaced: true,
        versions: &["v1", "v1alpha3", "v1beta1"],
        istio: true,
    },
    KindInfo {
        group: "networking.istio.io",
        kind: "VirtualService",
        plural: "virtualservices",
        namespaced: true,
        versions: &["v1", "v1alpha3", "v1beta1"],
        istio: true,
    },
    KindInfo {
        group: "networking.istio.io",
        kind: "WorkloadEntry",
        plural: "workloadentries",
        namespaced: true,
        versions: &["v1", "v1alpha3", "v1beta1"],
        istio: true,
    },
    KindInfo {
        group: "networking.istio.io",
        kind: "WorkloadGroup",
        plural: "workloadgroups",
        namespaced: true,
        versions: &["v1", "v1alpha3", "v1beta1"],
        istio: true,
    },
    KindInfo {
        group: "security.istio.io",
        kind: "AuthorizationPolicy",
        plural: "authorizationpolicies",
        namespaced: true,
        versions: &["v1", "v1beta1"],
        istio: true,
    },
    KindInfo {
        group: "security.istio.io",
        kind: "PeerAuthentication",
        plural: "peerauthentications",
        namespaced: true,
        versions: &["v1", "v1beta1"],
        istio: true,
    },
    KindInfo {
        group: "security.istio.io",
        kind: "RequestAuthentication",
        plural: "requestauthentications",
        namespaced: true,
        versions: &["v1", "v1beta1"],
        istio: true,
    },
    KindInfo {
        group: "telemetry.istio.io",
        kind: "Telemetry",
        plural: "telemetries",
        namespaced: true,
        versions: &["v1", "v1alpha1"],
        istio: true,
    },
];

/// CRD-based kinds recognised in manifests (Gateway API, inference), plus IstioOperator.
pub static OTHER_KINDS: &[KindInfo] = &[
    KindInfo {
        group: "gateway.networking.k8s.io",
        kind: "Gateway",
        plural: "gateways",
        namespaced: true,
        versions: &["v1", "v1beta1"],
        istio: false,
    },
    KindInfo {
        group: "gateway.networking.k8s.io",
        kind: "GatewayClass",
        plural: "gatewayclasses",
        namespaced: false,
        versions: &["v1", "v1beta1"],
        istio: false,
    },
    KindInfo {
        group: "gateway.networking.k8s.io",
        kind: "HTTPRoute",
        plural: "httproutes",
        namespaced: true,
        versions: &["v1", "v1beta1"],
        istio: false,
    },
    KindInfo {
        group: "gateway.networking.k8s.io",
        kind: "GRPCRoute",
        plural: "grpcroutes",
        namespaced: true,
        versions: &["v1"],
        istio: false,
    },
    KindInfo {
        group: "gateway.networking.k8s.io",
        kind: "ReferenceGrant",
        plural: "referencegrants",
        namespaced: true,
        versions: &["v1beta1", "v1"],
        istio: false,
    },
    KindInfo {
        group: "gateway.networking.k8s.io",
        kind: "TCPRoute",
        plural: "tcproutes",
        namespaced: true,
        versions: &["v1alpha2"],
        istio: false,
    },
    KindInfo {
        group: "gateway.networking.k8s.io",
        kind: "TLSRoute",
        plural: "tlsroutes",
        namespaced: true,
        versions: &["v1alpha2", "v1alpha3"],
        istio: false,
    },
    KindInfo {
        group: "gateway.networking.k8s.io",
        kind: "UDPRoute",
        plural: "udproutes",
        namespaced: true,
        versions: &["v1alpha2"],
        istio: false,
    },
    KindInfo {
        group: "gateway.networking.k8s.io",
        kind: "BackendTLSPolicy",
        plural: "backendtlspolicies",
        namespaced: true,
        versions: &["v1alpha3", "v1"],
        istio: false,
    },
    KindInfo {
        group: "gateway.networking.x-k8s.io",
        kind: "XBackendTrafficPolicy",
        plural: "xbackendtrafficpolicies",
        namespaced: true,
        versions: &["v1alpha1"],
        istio: false,
    },
    KindInfo {
        group: "gateway.networking.x-k8s.io",
        kind: "XListenerSet",
        plural: "xlistenersets",
        namespaced: true,
        versions: &["v1alpha1"],
        istio: false,
    },
    KindInfo {
        group: "inference.networking.k8s.io",
        kind: "InferencePool",
        plural: "inferencepools",
        namespaced: true,
        versions: &["v1"],
        istio: false,
    },
    KindInfo {
        group: "install.istio.io",
        kind: "IstioOperator",
        plural: "istiooperators",
        namespaced: true,
        versions: &["v1alpha1"],
        istio: true,
    },
];

/// What is known about an `apiVersion` + `kind` pair.
#[derive(Debug, Clone, Copy)]
pub enum Lookup {
    /// A known kind at a served version.
    Known(&'static KindInfo),
    /// The kind exists in this group, but not at this version.
    UnknownVersion(&'static KindInfo),
    /// Nothing of this kind in this group.
    UnknownKind,
}

/// Every known kind.
pub fn all() -> impl Iterator<Item = &'static KindInfo> {
    ISTIO_KINDS
        .iter()
        .chain(K8S_KINDS.iter())
        .chain(OTHER_KINDS.iter())
}

/// Look a kind up by group and kind; then check the version.
pub fn lookup(group: &str, version: &str, kind: &str) -> Lookup {
    match all().find(|k| k.group == group && k.kind == kind) {
        Some(k) if k.versions.contains(&version) => Lookup::Known(k),
        Some(k) => Lookup::UnknownVersion(k),
        None => Lookup::UnknownKind,
    }
}

/// Find a kind by its bare name (`VirtualService`), preferring Istio's kinds.
pub fn by_kind(kind: &str) -> Option<&'static KindInfo> {
    all().find(|k| k.kind == kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_istio_kinds_and_rejects_unserved_versions() {
        assert!(matches!(
            lookup("networking.istio.io", "v1", "VirtualService"),
            Lookup::Known(_)
        ));
        assert!(matches!(
            lookup("networking.istio.io", "v7", "VirtualService"),
            Lookup::UnknownVersion(_)
        ));
        assert!(matches!(
            lookup("networking.istio.io", "v1", "Bogus"),
            Lookup::UnknownKind
        ));
        assert_eq!(ISTIO_KINDS.len(), 15);
    }
}
