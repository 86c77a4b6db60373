//! The kinds sailctl knows: every Istio CRD with its served versions (schemas/kinds.toml, see
//! [`super::kinds`]), every built-in Kubernetes kind (generated: k8s_kinds.rs) and the CRD-based
//! kinds that commonly sit beside them in manifests (Gateway API, inference).

use std::collections::HashMap;
use std::sync::LazyLock;

use foldhash::fast::RandomState as Fast;

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

/// CRD-based kinds recognised in manifests (Gateway API, inference). Istio's own kinds are
/// declared in schemas/kinds.toml ([`super::kinds`]). The Gateway API versions are those its
/// v1.6.0 CRDs serve (the release Istio 1.31 builds against; TCPRoute, TLSRoute and UDPRoute
/// reached v1 there, and ListenerSet replaced the experimental XListenerSet, still listed for
/// clusters with older CRDs).
#[rustfmt::skip]
pub static OTHER_KINDS: &[KindInfo] = &[
    non_istio("gateway.networking.k8s.io", "Gateway", "gateways", true, &["v1", "v1beta1"]),
    non_istio("gateway.networking.k8s.io", "GatewayClass", "gatewayclasses", false, &["v1", "v1beta1"]),
    non_istio("gateway.networking.k8s.io", "HTTPRoute", "httproutes", true, &["v1", "v1beta1"]),
    non_istio("gateway.networking.k8s.io", "GRPCRoute", "grpcroutes", true, &["v1"]),
    non_istio("gateway.networking.k8s.io", "ReferenceGrant", "referencegrants", true, &["v1beta1", "v1"]),
    non_istio("gateway.networking.k8s.io", "TCPRoute", "tcproutes", true, &["v1", "v1alpha2"]),
    non_istio("gateway.networking.k8s.io", "TLSRoute", "tlsroutes", true, &["v1", "v1alpha3", "v1alpha2"]),
    non_istio("gateway.networking.k8s.io", "UDPRoute", "udproutes", true, &["v1", "v1alpha2"]),
    non_istio("gateway.networking.k8s.io", "BackendTLSPolicy", "backendtlspolicies", true, &["v1", "v1alpha3"]),
    non_istio("gateway.networking.k8s.io", "ListenerSet", "listenersets", true, &["v1"]),
    non_istio("gateway.networking.x-k8s.io", "XBackendTrafficPolicy", "xbackendtrafficpolicies", true, &["v1alpha1"]),
    non_istio("gateway.networking.x-k8s.io", "XListenerSet", "xlistenersets", true, &["v1alpha1"]),
    non_istio("inference.networking.k8s.io", "InferencePool", "inferencepools", true, &["v1"]),
];

/// A kind that is not Istio's (the tables here and in k8s_kinds.rs).
pub const fn non_istio(
    group: &'static str,
    kind: &'static str,
    plural: &'static str,
    namespaced: bool,
    versions: &'static [&'static str],
) -> KindInfo {
    KindInfo {
        group,
        kind,
        plural,
        namespaced,
        versions,
        istio: false,
    }
}

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
    super::kinds::istio()
        .map(|k| &k.info)
        .chain(K8S_KINDS.iter())
        .chain(OTHER_KINDS.iter())
}

/// Every known kind by group, then kind: the first of [`all`] for each pair (as a search of
/// [`all`] would find it). `validate` looks up every resource, and [`all`] holds hundreds.
fn index() -> &'static Index {
    static INDEX: LazyLock<Index> = LazyLock::new(|| {
        let mut index = Index::default();
        for k in all() {
            index.entry(k.group).or_default().entry(k.kind).or_insert(k);
        }
        index
    });
    &INDEX
}

type Index = HashMap<&'static str, HashMap<&'static str, &'static KindInfo, Fast>, Fast>;

/// Look a kind up by group and kind; then check the version.
pub fn lookup(group: &str, version: &str, kind: &str) -> Lookup {
    match index()
        .get(group)
        .and_then(|kinds| kinds.get(kind))
        .copied()
    {
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
    fn gateway_api_routes_are_served_at_v1_as_in_its_v1_6_crds() {
        for kind in [
            "TCPRoute",
            "TLSRoute",
            "UDPRoute",
            "ListenerSet",
            "BackendTLSPolicy",
        ] {
            assert!(
                matches!(
                    lookup("gateway.networking.k8s.io", "v1", kind),
                    Lookup::Known(_)
                ),
                "{kind}"
            );
        }
        assert!(matches!(
            lookup("gateway.networking.k8s.io", "v1alpha2", "TLSRoute"),
            Lookup::Known(_)
        ));
        assert!(matches!(
            lookup("gateway.networking.k8s.io", "v1beta1", "TCPRoute"),
            Lookup::UnknownVersion(_)
        ));
    }

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
        assert!(matches!(
            lookup("install.istio.io", "v1alpha1", "IstioOperator"),
            Lookup::Known(k) if k.istio
        ));
        assert!(matches!(
            lookup("gateway.networking.k8s.io", "v1", "HTTPRoute"),
            Lookup::Known(k) if !k.istio
        ));
    }
}
