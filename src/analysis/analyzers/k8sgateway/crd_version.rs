use crate::analysis::messages::gateway_apicrd_version_below_minimum;
use crate::analysis::{Analyzer, Context};
use crate::resource::FieldPath;

crate::declare_analyzer! {
    /// ## What it does
    /// Compares the `gateway.networking.k8s.io/bundle-version` annotation of Gateway API CRDs
    /// with the minimum version Istio needs for that kind (GRPCRoute 1.1, BackendTLSPolicy
    /// 1.4, TLSRoute 1.5, TCPRoute 1.6), ignoring pre-release tags (IST0176).
    ///
    /// ## Why it matters
    /// istiod does not watch Gateway API kinds whose CRD is older than it supports: resources
    /// of that kind are silently not programmed.
    ///
    /// ## Example
    /// `tlsroutes.gateway.networking.k8s.io` annotated `bundle-version: v1.2.0` (IST0176).
    ///
    /// Use instead: install a current Gateway API release, e.g.
    /// `kubectl apply -f .../standard-install.yaml` for the required version.
    pub struct CrdVersionAnalyzer {
        name: "k8sgateway.CRDVersionAnalyzer",
        description: "Checks Gateway API CRDs are at the minimum version required by this Istio version",
        inputs: ["CustomResourceDefinition"],
        emits: [GATEWAY_APICRD_VERSION_BELOW_MINIMUM],
    }
}

const MINIMUM: &[(&str, (u64, u64, u64))] = &[
    ("grpcroutes.gateway.networking.k8s.io", (1, 1, 0)),
    ("backendtlspolicies.gateway.networking.k8s.io", (1, 4, 0)),
    ("tlsroutes.gateway.networking.k8s.io", (1, 5, 0)),
    ("tcproutes.gateway.networking.k8s.io", (1, 6, 0)),
];

/// `major.minor.patch` of a semantic version (a leading `v`, missing parts and pre-release or
/// build suffixes are accepted).
fn parse_version(s: &str) -> Option<(u64, u64, u64)> {
    let s = s.trim().strip_prefix('v').unwrap_or(s.trim());
    let core = s.split(['-', '+']).next()?;
    let mut parts = core.split('.');
    let major = parts.next()?.parse().ok()?;
    let minor = parts.next().map_or(Some(0), |p| p.parse().ok())?;
    let patch = parts.next().map_or(Some(0), |p| p.parse().ok())?;
    if parts.next().is_some() {
        return None;
    }
    Some((major, minor, patch))
}

impl Analyzer for CrdVersionAnalyzer {
    fn analyze(&self, ctx: &mut Context<'_>) {
        for crd in ctx.store.of_kind("CustomResourceDefinition") {
            let Some(&(_, minimum)) = MINIMUM.iter().find(|(n, _)| *n == crd.name) else {
                continue;
            };
            let Some(bundle) = crd.annotation("gateway.networking.k8s.io/bundle-version") else {
                continue;
            };
            let Some(installed) = parse_version(bundle) else {
                continue;
            };
            if installed < minimum {
                let (a, b, c) = minimum;
                ctx.report(
                    crd,
                    Some(
                        FieldPath::parse("metadata.annotations")
                            .key("gateway.networking.k8s.io/bundle-version"),
                    ),
                    gateway_apicrd_version_below_minimum(
                        &crd.name,
                        bundle.trim().trim_start_matches('v'),
                        format!("{a}.{b}.{c}"),
                    ),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::parse_version;

    #[test]
    fn versions_parse_like_semver() {
        assert_eq!(parse_version("v1.4.0"), Some((1, 4, 0)));
        assert_eq!(parse_version("1.5.0-rc.1"), Some((1, 5, 0)));
        assert_eq!(parse_version("1.2"), Some((1, 2, 0)));
        assert_eq!(parse_version("x"), None);
    }
}
