//! The kinds sailctl knows: every Istio CRD with its served versions (facts from the Istio API)
//! and the Kubernetes kinds that commonly sit beside them in manifests.

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

/// Kubernetes kinds (built-in and Gateway API) recognised in manifests, plus IstioOperator.
pub static OTHER_KINDS: &[KindInfo] = &[
    KindInfo {
        group: "",
        kind: "Pod",
        plural: "pods",
        namespaced: true,
        versions: &["v1"],
        istio: false,
    },
    KindInfo {
        group: "",
        kind: "Service",
        plural: "services",
        namespaced: true,
        versions: &["v1"],
        istio: false,
    },
    KindInfo {
        group: "",
        kind: "Namespace",
        plural: "namespaces",
        namespaced: false,
        versions: &["v1"],
        istio: false,
    },
    KindInfo {
        group: "",
        kind: "Secret",
        plural: "secrets",
        namespaced: true,
        versions: &["v1"],
        istio: false,
    },
    KindInfo {
        group: "",
        kind: "ConfigMap",
        plural: "configmaps",
        namespaced: true,
        versions: &["v1"],
        istio: false,
    },
    KindInfo {
        group: "",
        kind: "ServiceAccount",
        plural: "serviceaccounts",
        namespaced: true,
        versions: &["v1"],
        istio: false,
    },
    KindInfo {
        group: "",
        kind: "Node",
        plural: "nodes",
        namespaced: false,
        versions: &["v1"],
        istio: false,
    },
    KindInfo {
        group: "",
        kind: "Endpoints",
        plural: "endpoints",
        namespaced: true,
        versions: &["v1"],
        istio: false,
    },
    KindInfo {
        group: "",
        kind: "PersistentVolumeClaim",
        plural: "persistentvolumeclaims",
        namespaced: true,
        versions: &["v1"],
        istio: false,
    },
    KindInfo {
        group: "",
        kind: "PersistentVolume",
        plural: "persistentvolumes",
        namespaced: false,
        versions: &["v1"],
        istio: false,
    },
    KindInfo {
        group: "",
        kind: "LimitRange",
        plural: "limitranges",
        namespaced: true,
        versions: &["v1"],
        istio: false,
    },
    KindInfo {
        group: "",
        kind: "ResourceQuota",
        plural: "resourcequotas",
        namespaced: true,
        versions: &["v1"],
        istio: false,
    },
    KindInfo {
        group: "apps",
        kind: "Deployment",
        plural: "deployments",
        namespaced: true,
        versions: &["v1"],
        istio: false,
    },
    KindInfo {
        group: "apps",
        kind: "StatefulSet",
        plural: "statefulsets",
        namespaced: true,
        versions: &["v1"],
        istio: false,
    },
    KindInfo {
        group: "apps",
        kind: "DaemonSet",
        plural: "daemonsets",
        namespaced: true,
        versions: &["v1"],
        istio: false,
    },
    KindInfo {
        group: "apps",
        kind: "ReplicaSet",
        plural: "replicasets",
        namespaced: true,
        versions: &["v1"],
        istio: false,
    },
    KindInfo {
        group: "batch",
        kind: "Job",
        plural: "jobs",
        namespaced: true,
        versions: &["v1"],
        istio: false,
    },
    KindInfo {
        group: "batch",
        kind: "CronJob",
        plural: "cronjobs",
        namespaced: true,
        versions: &["v1"],
        istio: false,
    },
    KindInfo {
        group: "autoscaling",
        kind: "HorizontalPodAutoscaler",
        plural: "horizontalpodautoscalers",
        namespaced: true,
        versions: &["v1", "v2"],
        istio: false,
    },
    KindInfo {
        group: "policy",
        kind: "PodDisruptionBudget",
        plural: "poddisruptionbudgets",
        namespaced: true,
        versions: &["v1"],
        istio: false,
    },
    KindInfo {
        group: "networking.k8s.io",
        kind: "Ingress",
        plural: "ingresses",
        namespaced: true,
        versions: &["v1"],
        istio: false,
    },
    KindInfo {
        group: "networking.k8s.io",
        kind: "IngressClass",
        plural: "ingressclasses",
        namespaced: false,
        versions: &["v1"],
        istio: false,
    },
    KindInfo {
        group: "networking.k8s.io",
        kind: "NetworkPolicy",
        plural: "networkpolicies",
        namespaced: true,
        versions: &["v1"],
        istio: false,
    },
    KindInfo {
        group: "discovery.k8s.io",
        kind: "EndpointSlice",
        plural: "endpointslices",
        namespaced: true,
        versions: &["v1"],
        istio: false,
    },
    KindInfo {
        group: "rbac.authorization.k8s.io",
        kind: "Role",
        plural: "roles",
        namespaced: true,
        versions: &["v1"],
        istio: false,
    },
    KindInfo {
        group: "rbac.authorization.k8s.io",
        kind: "RoleBinding",
        plural: "rolebindings",
        namespaced: true,
        versions: &["v1"],
        istio: false,
    },
    KindInfo {
        group: "rbac.authorization.k8s.io",
        kind: "ClusterRole",
        plural: "clusterroles",
        namespaced: false,
        versions: &["v1"],
        istio: false,
    },
    KindInfo {
        group: "rbac.authorization.k8s.io",
        kind: "ClusterRoleBinding",
        plural: "clusterrolebindings",
        namespaced: false,
        versions: &["v1"],
        istio: false,
    },
    KindInfo {
        group: "admissionregistration.k8s.io",
        kind: "MutatingWebhookConfiguration",
        plural: "mutatingwebhookconfigurations",
        namespaced: false,
        versions: &["v1"],
        istio: false,
    },
    KindInfo {
        group: "admissionregistration.k8s.io",
        kind: "ValidatingWebhookConfiguration",
        plural: "validatingwebhookconfigurations",
        namespaced: false,
        versions: &["v1"],
        istio: false,
    },
    KindInfo {
        group: "apiextensions.k8s.io",
        kind: "CustomResourceDefinition",
        plural: "customresourcedefinitions",
        namespaced: false,
        versions: &["v1"],
        istio: false,
    },
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
    ISTIO_KINDS.iter().chain(OTHER_KINDS.iter())
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
