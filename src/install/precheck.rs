//! Can Istio be installed here? The Kubernetes version and the permissions an install needs.

use crate::analysis::catalog::{Msg, messages};
use crate::cluster::{Cluster, ClusterError};
use crate::output::Diagnostic;

/// The oldest Kubernetes minor version this Istio supports (1.x).
pub const MIN_KUBERNETES_MINOR: u32 = 32;

/// What an install creates, and must be allowed to: (namespaced?, group, resource).
const NEEDED: &[(bool, &str, &str)] = &[
    (false, "", "namespaces"),
    (false, "rbac.authorization.k8s.io", "clusterroles"),
    (false, "rbac.authorization.k8s.io", "clusterrolebindings"),
    (false, "apiextensions.k8s.io", "customresourcedefinitions"),
    (true, "rbac.authorization.k8s.io", "roles"),
    (true, "", "serviceaccounts"),
    (true, "", "services"),
    (true, "apps", "deployments"),
    (true, "", "configmaps"),
    (
        false,
        "admissionregistration.k8s.io",
        "mutatingwebhookconfigurations",
    ),
    (
        false,
        "admissionregistration.k8s.io",
        "validatingwebhookconfigurations",
    ),
];

fn diagnostic(m: Msg) -> Diagnostic {
    let mut d = Diagnostic::new(m.ty.code, m.ty.level, m.text);
    d.documentation_url = Some(m.ty.documentation_url());
    d
}

/// The minor version of a server `gitVersion`/`minor` pair (`"33+"` on some clouds).
pub fn minor_of(minor: &str) -> Option<u32> {
    minor.trim_end_matches('+').parse().ok()
}

/// Run the checks against the cluster.
pub async fn precheck(
    cluster: &Cluster,
    istio_namespace: &str,
) -> Result<Vec<Diagnostic>, ClusterError> {
    let mut out = Vec::new();
    let info = cluster.server_version().await?;
    match minor_of(&info.minor) {
        Some(minor) if info.major == "1" && minor < MIN_KUBERNETES_MINOR => {
            out.push(diagnostic(messages::unsupported_kubernetes_version(
                &info.git_version,
                format!("1.{MIN_KUBERNETES_MINOR}"),
            )));
        }
        _ => {}
    }
    for (namespaced, group, resource) in NEEDED {
        let ns = namespaced.then_some(istio_namespace);
        match cluster.can_i("create", group, resource, ns).await {
            Ok(true) => {}
            Ok(false) => out.push(diagnostic(messages::insufficient_permissions(
                resource,
                "permission denied",
            ))),
            Err(e) => out.push(diagnostic(messages::insufficient_permissions(resource, e))),
        }
    }
    Ok(out)
}
