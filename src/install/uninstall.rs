//! Removing an install by its ownership labels, as istioctl does.
//!
//! `--purge` removes every object labelled `operator.istio.io/component`, CRDs included;
//! `--revision` / `-f` remove one revision's (or one IstioOperator's) non-Base components.

use super::apply::{self, Found, NAMESPACED_KINDS};
use crate::cluster::{Cluster, ClusterError};

/// What to remove.
#[derive(Debug, Clone)]
pub enum Scope {
    /// Everything any install created, in all namespaces, CRDs included.
    Purge,
    /// One revision and/or one IstioOperator's components (Base is kept).
    Owned {
        revision: Option<String>,
        owner_name: Option<String>,
        owner_namespace: String,
    },
}

impl Scope {
    pub fn selector(&self) -> String {
        match self {
            Scope::Purge => "operator.istio.io/component".to_string(),
            Scope::Owned {
                revision,
                owner_name,
                owner_namespace,
            } => {
                let mut parts = Vec::new();
                if let Some(r) = revision {
                    parts.push(format!("istio.io/rev={r}"));
                }
                if let Some(n) = owner_name {
                    parts.push(format!("install.operator.istio.io/owning-resource={n}"));
                }
                parts.push(format!(
                    "install.operator.istio.io/owning-resource-namespace={owner_namespace}"
                ));
                parts.push(
                    "operator.istio.io/component in (Pilot,IngressGateways,EgressGateways,Cni,Ztunnel)"
                        .to_string(),
                );
                parts.join(",")
            }
        }
    }

    fn kinds(&self) -> Vec<(&'static str, &'static str, &'static str)> {
        let mut kinds = NAMESPACED_KINDS.to_vec();
        kinds.extend(apply::cluster_kinds(matches!(self, Scope::Purge)));
        kinds
    }
}

/// The objects the scope selects, in deletion order.
pub async fn plan(cluster: &Cluster, scope: &Scope) -> Result<Vec<Found>, ClusterError> {
    apply::list_owned(cluster, &scope.kinds(), &scope.selector()).await
}

/// Delete the planned objects; returns the ones that were really there.
pub async fn remove(
    cluster: &Cluster,
    planned: &[Found],
    dry_run: bool,
    removed: &mut (dyn FnMut(&Found) + Send),
) -> Result<(), ClusterError> {
    for f in planned {
        if apply::delete_found(cluster, f, dry_run).await? {
            removed(f);
        }
    }
    Ok(())
}
