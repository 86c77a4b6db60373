//! API versions and kinds that Kubernetes (or Istio) served once and removed: a manifest that
//! still uses one gets the release that removed it and what to use instead, not "unknown kind".
//! Facts from Kubernetes' deprecated API migration guide and Istio's upgrade notes.

/// One removed API: `kind` at `group/version` (every kind of that group version when `kind`
/// is empty) stopped being served in `release`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Removed {
    pub group: &'static str,
    pub version: &'static str,
    pub kinds: &'static [&'static str],
    /// "Kubernetes 1.25", "Istio 1.6".
    pub release: &'static str,
    /// What to use instead, as the user would write it.
    pub instead: &'static str,
}

const fn r(
    group: &'static str,
    version: &'static str,
    kinds: &'static [&'static str],
    release: &'static str,
    instead: &'static str,
) -> Removed {
    Removed {
        group,
        version,
        kinds,
        release,
        instead,
    }
}

const WORKLOADS: &[&str] = &["Deployment", "DaemonSet", "ReplicaSet", "StatefulSet"];
const RBAC: &[&str] = &["ClusterRole", "ClusterRoleBinding", "Role", "RoleBinding"];
const WEBHOOKS: &[&str] = &[
    "MutatingWebhookConfiguration",
    "ValidatingWebhookConfiguration",
];
const ACCESS_REVIEWS: &[&str] = &[
    "LocalSubjectAccessReview",
    "SelfSubjectAccessReview",
    "SelfSubjectRulesReview",
    "SubjectAccessReview",
];
const STORAGE_1_22: &[&str] = &["CSIDriver", "CSINode", "StorageClass", "VolumeAttachment"];
const FLOW: &[&str] = &["FlowSchema", "PriorityLevelConfiguration"];

pub static REMOVED: &[Removed] = &[
    r(
        "extensions",
        "v1beta1",
        WORKLOADS,
        "Kubernetes 1.16",
        "apps/v1",
    ),
    r("apps", "v1beta1", WORKLOADS, "Kubernetes 1.16", "apps/v1"),
    r("apps", "v1beta2", WORKLOADS, "Kubernetes 1.16", "apps/v1"),
    r(
        "extensions",
        "v1beta1",
        &["NetworkPolicy"],
        "Kubernetes 1.16",
        "networking.k8s.io/v1",
    ),
    r(
        "extensions",
        "v1beta1",
        &["PodSecurityPolicy"],
        "Kubernetes 1.16",
        "Pod Security Admission (namespace labels pod-security.kubernetes.io/*)",
    ),
    r(
        "extensions",
        "v1beta1",
        &["Ingress"],
        "Kubernetes 1.22",
        "networking.k8s.io/v1",
    ),
    r(
        "networking.k8s.io",
        "v1beta1",
        &["Ingress", "IngressClass"],
        "Kubernetes 1.22",
        "networking.k8s.io/v1",
    ),
    r(
        "admissionregistration.k8s.io",
        "v1beta1",
        WEBHOOKS,
        "Kubernetes 1.22",
        "admissionregistration.k8s.io/v1",
    ),
    r(
        "apiextensions.k8s.io",
        "v1beta1",
        &["CustomResourceDefinition"],
        "Kubernetes 1.22",
        "apiextensions.k8s.io/v1",
    ),
    r(
        "apiregistration.k8s.io",
        "v1beta1",
        &["APIService"],
        "Kubernetes 1.22",
        "apiregistration.k8s.io/v1",
    ),
    r(
        "authentication.k8s.io",
        "v1beta1",
        &["TokenReview"],
        "Kubernetes 1.22",
        "authentication.k8s.io/v1",
    ),
    r(
        "authorization.k8s.io",
        "v1beta1",
        ACCESS_REVIEWS,
        "Kubernetes 1.22",
        "authorization.k8s.io/v1",
    ),
    r(
        "certificates.k8s.io",
        "v1beta1",
        &["CertificateSigningRequest"],
        "Kubernetes 1.22",
        "certificates.k8s.io/v1",
    ),
    r(
        "coordination.k8s.io",
        "v1beta1",
        &["Lease"],
        "Kubernetes 1.22",
        "coordination.k8s.io/v1",
    ),
    r(
        "rbac.authorization.k8s.io",
        "v1beta1",
        RBAC,
        "Kubernetes 1.22",
        "rbac.authorization.k8s.io/v1",
    ),
    r(
        "rbac.authorization.k8s.io",
        "v1alpha1",
        RBAC,
        "Kubernetes 1.22",
        "rbac.authorization.k8s.io/v1",
    ),
    r(
        "scheduling.k8s.io",
        "v1beta1",
        &["PriorityClass"],
        "Kubernetes 1.22",
        "scheduling.k8s.io/v1",
    ),
    r(
        "storage.k8s.io",
        "v1beta1",
        STORAGE_1_22,
        "Kubernetes 1.22",
        "storage.k8s.io/v1",
    ),
    r(
        "batch",
        "v1beta1",
        &["CronJob"],
        "Kubernetes 1.25",
        "batch/v1",
    ),
    r(
        "discovery.k8s.io",
        "v1beta1",
        &["EndpointSlice"],
        "Kubernetes 1.25",
        "discovery.k8s.io/v1",
    ),
    r(
        "events.k8s.io",
        "v1beta1",
        &["Event"],
        "Kubernetes 1.25",
        "events.k8s.io/v1",
    ),
    r(
        "autoscaling",
        "v2beta1",
        &["HorizontalPodAutoscaler"],
        "Kubernetes 1.25",
        "autoscaling/v2",
    ),
    r(
        "policy",
        "v1beta1",
        &["PodDisruptionBudget"],
        "Kubernetes 1.25",
        "policy/v1",
    ),
    r(
        "policy",
        "v1beta1",
        &["PodSecurityPolicy"],
        "Kubernetes 1.25",
        "Pod Security Admission (namespace labels pod-security.kubernetes.io/*)",
    ),
    r(
        "node.k8s.io",
        "v1beta1",
        &["RuntimeClass"],
        "Kubernetes 1.25",
        "node.k8s.io/v1",
    ),
    r(
        "autoscaling",
        "v2beta2",
        &["HorizontalPodAutoscaler"],
        "Kubernetes 1.26",
        "autoscaling/v2",
    ),
    r(
        "flowcontrol.apiserver.k8s.io",
        "v1beta1",
        FLOW,
        "Kubernetes 1.26",
        "flowcontrol.apiserver.k8s.io/v1",
    ),
    r(
        "storage.k8s.io",
        "v1beta1",
        &["CSIStorageCapacity"],
        "Kubernetes 1.27",
        "storage.k8s.io/v1",
    ),
    r(
        "flowcontrol.apiserver.k8s.io",
        "v1beta2",
        FLOW,
        "Kubernetes 1.29",
        "flowcontrol.apiserver.k8s.io/v1",
    ),
    r(
        "flowcontrol.apiserver.k8s.io",
        "v1beta3",
        FLOW,
        "Kubernetes 1.32",
        "flowcontrol.apiserver.k8s.io/v1",
    ),
    r(
        "authentication.istio.io",
        "v1alpha1",
        &["Policy", "MeshPolicy"],
        "Istio 1.6",
        "PeerAuthentication and RequestAuthentication (security.istio.io/v1)",
    ),
    r(
        "rbac.istio.io",
        "v1alpha1",
        &[
            "ServiceRole",
            "ServiceRoleBinding",
            "ClusterRbacConfig",
            "RbacConfig",
        ],
        "Istio 1.6",
        "AuthorizationPolicy (security.istio.io/v1)",
    ),
];

/// The removal that explains `kind` at `group/version`, if any.
pub fn removed(group: &str, version: &str, kind: &str) -> Option<&'static Removed> {
    REMOVED
        .iter()
        .find(|r| r.group == group && r.version == version && r.kinds.contains(&kind))
}

/// The last removal of `kind` in `group` at any version (for a kind the group no longer has).
pub fn removed_kind(group: &str, kind: &str) -> Option<&'static Removed> {
    REMOVED
        .iter()
        .rev()
        .find(|r| r.group == group && r.kinds.contains(&kind))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::registry::{Lookup, lookup};

    #[test]
    fn every_removal_is_really_gone_and_its_replacement_is_served() {
        for r in REMOVED {
            for kind in r.kinds {
                assert!(
                    !matches!(lookup(r.group, r.version, kind), Lookup::Known(_)),
                    "{kind} {}/{} is listed as removed but still served",
                    r.group,
                    r.version
                );
                // a replacement written as group/version names a served version of the kind
                if !r.instead.contains(' ')
                    && let Some((g, v)) = r.instead.rsplit_once('/')
                {
                    assert!(
                        matches!(lookup(g, v, kind), Lookup::Known(_)),
                        "{kind}: replacement {} is not served",
                        r.instead
                    );
                }
            }
        }
    }

    #[test]
    fn finds_psp_and_old_deployments() {
        let psp = removed("policy", "v1beta1", "PodSecurityPolicy").map(|r| r.release);
        assert_eq!(psp, Some("Kubernetes 1.25"));
        let dep = removed("extensions", "v1beta1", "Deployment").map(|r| r.instead);
        assert_eq!(dep, Some("apps/v1"));
        assert!(removed("apps", "v1", "Deployment").is_none());
        let psp = removed_kind("policy", "PodSecurityPolicy").map(|r| r.version);
        assert_eq!(psp, Some("v1beta1"));
    }
}
