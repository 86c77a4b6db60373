//! What was installed, recorded in the cluster: after an install, a ConfigMap
//! `sailctl-installed-state` (`sailctl-installed-state-<revision>` for a revision) in the Istio
//! namespace holds the IstioOperator the user gave (files and `--set` merged, before the
//! profile), the profile and the Istio version. `verify-install` reads it when given no
//! `-f`/`--set`, so it checks what was installed rather than the default profile (istioctl kept
//! an `installed-state` IstioOperator for the same purpose).
//!
//! The ConfigMap carries none of the install's ownership labels: prune and uninstall's label
//! sweep leave it alone, and `uninstall` removes it explicitly with its revision.

use kube::api::{DeleteParams, Patch, PatchParams};
use serde_json::{Value, json};

use super::apply::{FIELD_MANAGER, api_for};
use crate::cluster::{Cluster, ClusterError};

/// The name prefix of the state ConfigMaps.
pub const PREFIX: &str = "sailctl-installed-state";
/// The label marking a state ConfigMap (its value: the revision, `default` for none).
pub const STATE_LABEL: &str = "sailctl.io/installed-state";
/// The data key holding the user's IstioOperator (JSON).
const OPERATOR_KEY: &str = "istiooperator.json";

/// The state ConfigMap's name for a revision (`""` and `default` are the default revision).
pub fn name(revision: &str) -> String {
    if revision.is_empty() || revision == "default" {
        PREFIX.to_string()
    } else {
        format!("{PREFIX}-{revision}")
    }
}

/// What an install recorded.
#[derive(Debug, Clone, PartialEq)]
pub struct Installed {
    /// The IstioOperator the user gave (files and --set merged, before the profile).
    pub operator: Value,
    pub profile: String,
    pub version: String,
}

/// The ConfigMap recording an install.
pub fn config_map(namespace: &str, revision: &str, installed: &Installed) -> Value {
    let rev = if revision.is_empty() {
        "default"
    } else {
        revision
    };
    json!({
        "apiVersion": "v1",
        "kind": "ConfigMap",
        "metadata": {
            "name": name(revision),
            "namespace": namespace,
            "labels": {STATE_LABEL: rev},
        },
        "data": {
            OPERATOR_KEY: installed.operator.to_string(),
            "profile": installed.profile,
            "version": installed.version,
        },
    })
}

/// Read a state ConfigMap back.
pub fn parse(cm: &Value) -> Result<Installed, String> {
    let data = &cm["data"];
    let text = data[OPERATOR_KEY]
        .as_str()
        .ok_or_else(|| format!("data.{OPERATOR_KEY} is missing"))?;
    let operator: Value =
        serde_json::from_str(text).map_err(|e| format!("data.{OPERATOR_KEY}: not JSON: {e}"))?;
    if !operator.is_object() {
        return Err(format!("data.{OPERATOR_KEY}: not an IstioOperator"));
    }
    Ok(Installed {
        operator,
        profile: data["profile"].as_str().unwrap_or("default").to_string(),
        version: data["version"].as_str().unwrap_or_default().to_string(),
    })
}

/// Write (server-side apply) the record of an install.
pub async fn record(
    cluster: &Cluster,
    namespace: &str,
    revision: &str,
    installed: &Installed,
) -> Result<(), ClusterError> {
    let cm = config_map(namespace, revision, installed);
    let api = api_for(cluster, "v1", "ConfigMap", Some(namespace)).await?;
    let pp = PatchParams::apply(FIELD_MANAGER).force();
    cluster
        .call(
            &format!(
                "recording the install in ConfigMap {namespace}/{}",
                name(revision)
            ),
            api.patch(&name(revision), &pp, &Patch::Apply(&cm)),
        )
        .await?;
    Ok(())
}

/// The record of a revision's install, if there is one. A record that cannot be read is an
/// error naming the ConfigMap.
pub async fn read(
    cluster: &Cluster,
    namespace: &str,
    revision: &str,
) -> Result<Option<Installed>, ClusterError> {
    let api = api_for(cluster, "v1", "ConfigMap", Some(namespace)).await?;
    let got = cluster
        .call(
            &format!("reading ConfigMap {namespace}/{}", name(revision)),
            api.get_opt(&name(revision)),
        )
        .await?;
    let Some(obj) = got else {
        return Ok(None);
    };
    let v = serde_json::to_value(obj).map_err(|e| ClusterError::InvalidObject(e.to_string()))?;
    parse(&v).map(Some).map_err(|e| {
        ClusterError::InvalidObject(format!("ConfigMap {namespace}/{}: {e}", name(revision)))
    })
}

/// Remove the record of a revision (nothing to do when there is none).
pub async fn forget(
    cluster: &Cluster,
    namespace: &str,
    revision: &str,
) -> Result<(), ClusterError> {
    let api = api_for(cluster, "v1", "ConfigMap", Some(namespace)).await?;
    let n = name(revision);
    let found = cluster
        .call(
            &format!("reading ConfigMap {namespace}/{n}"),
            api.get_opt(&n),
        )
        .await?;
    if found.is_some() {
        cluster
            .call(
                &format!("deleting ConfigMap {namespace}/{n}"),
                api.delete(&n, &DeleteParams::default()),
            )
            .await?;
    }
    Ok(())
}

/// Remove every install record in a namespace (`uninstall --purge`).
pub async fn forget_all(cluster: &Cluster, namespace: &str) -> Result<(), ClusterError> {
    let api = api_for(cluster, "v1", "ConfigMap", Some(namespace)).await?;
    let found = cluster
        .list_all(
            &api,
            &crate::cluster::Selector::labels(STATE_LABEL),
            &format!("install records in namespace {namespace}"),
        )
        .await?;
    for cm in found {
        let n = cm.metadata.name.unwrap_or_default();
        cluster
            .call(
                &format!("deleting ConfigMap {namespace}/{n}"),
                api.delete(&n, &DeleteParams::default()),
            )
            .await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_reads_back() {
        let installed = Installed {
            operator: json!({"apiVersion": "install.istio.io/v1alpha1", "kind": "IstioOperator",
                "spec": {"profile": "demo", "values": {"pilot": {"replicaCount": 2}}}}),
            profile: "demo".into(),
            version: "1.24.2".into(),
        };
        let cm = config_map("istio-system", "canary", &installed);
        assert_eq!(cm["metadata"]["name"], "sailctl-installed-state-canary");
        assert_eq!(cm["metadata"]["labels"][STATE_LABEL], "canary");
        assert_eq!(parse(&cm).unwrap(), installed);
        assert_eq!(name(""), "sailctl-installed-state");
        assert_eq!(name("default"), "sailctl-installed-state");
    }

    #[test]
    fn a_damaged_record_is_named() {
        let cm = json!({"data": {"istiooperator.json": "[1, 2]"}});
        assert!(parse(&cm).unwrap_err().contains("not an IstioOperator"));
        let cm = json!({"data": {"istiooperator.json": "{oops"}});
        assert!(parse(&cm).unwrap_err().contains("not JSON"));
        let cm = json!({"data": {}});
        assert!(
            parse(&cm)
                .unwrap_err()
                .contains("istiooperator.json is missing")
        );
    }
}
