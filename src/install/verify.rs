//! Checking that what an install renders is present in the cluster and rolled out.

use serde_json::Value;

use super::Object;
use super::apply::{gvk_of, not_ready_reason};
use crate::cluster::{Cluster, ClusterError};

/// The outcome for one rendered object.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Check {
    pub kind: String,
    pub name: String,
    pub namespace: Option<String>,
    /// `None` when present (and ready, for workloads); else what is wrong.
    pub problem: Option<String>,
}

impl Check {
    /// istioctl's `Kind: name.namespace` form.
    pub fn label(&self) -> String {
        match &self.namespace {
            Some(ns) => format!("{}: {}.{ns}", self.kind, self.name),
            None => format!("{}: {}", self.kind, self.name),
        }
    }
}

/// Look up every object; a kind the server does not serve is reported, not fatal.
pub async fn verify(cluster: &Cluster, objects: &[Object]) -> Result<Vec<Check>, ClusterError> {
    let mut out = Vec::new();
    for o in objects {
        let problem = match cluster
            .get_kind(&gvk_of(&o.value), o.namespace(), o.name())
            .await
        {
            Ok(None) => Some("not found".to_string()),
            Ok(Some(found)) => {
                not_ready_reason(&serde_json::to_value(&found).unwrap_or(Value::Null))
            }
            Err(ClusterError::UnknownKind(k)) => Some(format!("the server does not serve {k}")),
            Err(e) => return Err(e),
        };
        out.push(Check {
            kind: o.kind().to_string(),
            name: o.name().to_string(),
            namespace: o.namespace().map(str::to_string),
            problem,
        });
    }
    Ok(out)
}
