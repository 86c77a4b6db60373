//! Uninstalling: find what an install owns by its ownership labels, then delete exactly that.
//!
//! * `--purge`: every object of every revision that carries `operator.istio.io/component`,
//!   CRDs and cluster-scoped objects included.
//! * `--revision R` / `-f iop.yaml`: the control-plane components (Pilot, gateways, CNI,
//!   ztunnel) of one revision and owner; Base (CRDs, the reader account) stays.
//!
//! Nothing without the component label is ever listed, so nothing else can be deleted.

use serde_json::Value;

use super::prune::{
    self, COMPONENT_LABEL, Deleted, KindRef, OWNER_LABEL, OWNER_NS_LABEL, REV_LABEL,
};
use crate::cluster::{Cluster, ClusterError};

/// What to uninstall.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    /// Everything Istio-owned in the cluster.
    Purge,
    /// One revision's control plane.
    Revision {
        /// `default` for the default revision.
        revision: String,
        /// The IstioOperator `metadata.name`, when uninstalling from a file that names one.
        owner: Option<String>,
        /// The IstioOperator `metadata.namespace` (`istio-system`).
        owner_ns: String,
    },
}

/// The components a non-purge uninstall removes (Base stays: CRDs hold user configuration).
pub const CONTROL_PLANE_COMPONENTS: &[&str] = &[
    "Pilot",
    "IngressGateways",
    "EgressGateways",
    "Cni",
    "Ztunnel",
];

impl Scope {
    /// The kinds to list and the label selector, as istioctl's uninstall chooses them.
    pub fn query(&self) -> (Vec<KindRef>, String) {
        match self {
            Scope::Purge => (prune::purge_kinds(), COMPONENT_LABEL.to_string()),
            Scope::Revision {
                revision,
                owner,
                owner_ns,
            } => {
                let mut sel = format!("{REV_LABEL}={revision}");
                if let Some(o) = owner {
                    sel.push_str(&format!(",{OWNER_LABEL}={o}"));
                }
                sel.push_str(&format!(
                    ",{OWNER_NS_LABEL}={owner_ns},{COMPONENT_LABEL} in ({})",
                    CONTROL_PLANE_COMPONENTS.join(",")
                ));
                (prune::prunable_kinds(), sel)
            }
        }
    }
}

/// Everything the scope selects, in deletion order (webhooks first, CRDs last).
pub async fn find(
    cluster: &Cluster,
    scope: &Scope,
    concurrency: usize,
) -> Result<Vec<Value>, ClusterError> {
    let (kinds, selector) = scope.query();
    prune::list_owned(cluster, &kinds, &selector, concurrency).await
}

/// When a revision scope names an owner and finds nothing: the IstioOperators (by
/// `install.operator.istio.io/owning-resource`) that do own objects of that revision, sorted.
/// Empty for a purge, a scope without an owner, or a revision with no objects at all.
pub async fn other_owners(
    cluster: &Cluster,
    scope: &Scope,
    concurrency: usize,
) -> Result<Vec<String>, ClusterError> {
    let Scope::Revision {
        revision,
        owner: Some(_),
        owner_ns,
    } = scope
    else {
        return Ok(Vec::new());
    };
    let any_owner = Scope::Revision {
        revision: revision.clone(),
        owner: None,
        owner_ns: owner_ns.clone(),
    };
    let found = find(cluster, &any_owner, concurrency).await?;
    let mut owners: Vec<String> = found
        .iter()
        .filter_map(|o| o["metadata"]["labels"][OWNER_LABEL].as_str())
        .map(str::to_string)
        .collect();
    owners.sort();
    owners.dedup();
    Ok(owners)
}

/// Delete what [`find`] returned (server-side dry run when `dry_run`).
pub async fn delete(
    cluster: &Cluster,
    objects: &[Value],
    dry_run: bool,
    concurrency: usize,
) -> Vec<Deleted> {
    prune::delete_all(cluster, objects, dry_run, concurrency).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn revision_scope_keeps_base_and_names_the_owner() {
        let (kinds, sel) = Scope::Revision {
            revision: "canary".into(),
            owner: Some("iop".into()),
            owner_ns: "istio-system".into(),
        }
        .query();
        assert_eq!(
            sel,
            "istio.io/rev=canary,install.operator.istio.io/owning-resource=iop,\
             install.operator.istio.io/owning-resource-namespace=istio-system,\
             operator.istio.io/component in (Pilot,IngressGateways,EgressGateways,Cni,Ztunnel)"
        );
        assert!(!kinds.iter().any(|k| k.kind == "CustomResourceDefinition"));
        let (purge_kinds, purge_sel) = Scope::Purge.query();
        assert_eq!(purge_sel, "operator.istio.io/component");
        assert!(
            purge_kinds
                .iter()
                .any(|k| k.kind == "CustomResourceDefinition")
        );
    }
}
