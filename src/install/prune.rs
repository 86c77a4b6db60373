//! Finding the objects an install owns (by its ownership labels) and deleting them.
//!
//! Install uses this to prune what a component no longer renders; uninstall uses it to find
//! everything it may delete. Only objects that carry `operator.istio.io/component` are ever
//! listed, so nothing without sailctl's (or istioctl's) ownership labels is touched.

use std::collections::HashSet;

use futures::{StreamExt, stream};
use kube::api::{Api, DeleteParams, DynamicObject, PropagationPolicy};
use kube::discovery::ApiResource;
use serde_json::Value;

use super::apply::ObjectKey;
use crate::cluster::{Cluster, ClusterError, Selector};

/// The label naming the component an object belongs to.
pub const COMPONENT_LABEL: &str = "operator.istio.io/component";
/// `Reconcile` on everything the installer applied.
pub const MANAGED_LABEL: &str = "operator.istio.io/managed";
/// The revision an object belongs to (`default` for the default revision).
pub const REV_LABEL: &str = "istio.io/rev";
/// The IstioOperator `metadata.name` an object came from.
pub const OWNER_LABEL: &str = "install.operator.istio.io/owning-resource";
/// The IstioOperator `metadata.namespace` an object came from.
pub const OWNER_NS_LABEL: &str = "install.operator.istio.io/owning-resource-namespace";
/// Objects with this label set to `true` are never pruned by an install (the default-revision
/// webhooks).
pub const NOT_PRUNED_LABEL: &str = "install.operator.istio.io/owning-resource-not-pruned";

/// A kind sailctl lists and deletes without asking discovery.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KindRef {
    pub group: &'static str,
    pub version: &'static str,
    pub kind: &'static str,
    pub plural: &'static str,
    pub namespaced: bool,
}

impl KindRef {
    const fn new(
        group: &'static str,
        version: &'static str,
        kind: &'static str,
        plural: &'static str,
        namespaced: bool,
    ) -> Self {
        KindRef {
            group,
            version,
            kind,
            plural,
            namespaced,
        }
    }

    pub fn api_version(&self) -> String {
        if self.group.is_empty() {
            self.version.to_string()
        } else {
            format!("{}/{}", self.group, self.version)
        }
    }

    pub fn api_resource(&self) -> ApiResource {
        ApiResource {
            group: self.group.to_string(),
            version: self.version.to_string(),
            api_version: self.api_version(),
            kind: self.kind.to_string(),
            plural: self.plural.to_string(),
        }
    }
}

/// Webhooks first (so nothing calls a control plane that is going away), then workloads and
/// their configuration, then RBAC.
pub const WEBHOOK_KINDS: &[KindRef] = &[
    KindRef::new(
        "admissionregistration.k8s.io",
        "v1",
        "MutatingWebhookConfiguration",
        "mutatingwebhookconfigurations",
        false,
    ),
    KindRef::new(
        "admissionregistration.k8s.io",
        "v1",
        "ValidatingWebhookConfiguration",
        "validatingwebhookconfigurations",
        false,
    ),
];

/// The namespaced kinds an install may own (istioctl's list, without Pods: they go with their
/// workloads; with EndpointSlices and NetworkPolicies, which istioctl's list lacks).
pub const NAMESPACED_KINDS: &[KindRef] = &[
    KindRef::new("apps", "v1", "Deployment", "deployments", true),
    KindRef::new("apps", "v1", "DaemonSet", "daemonsets", true),
    KindRef::new("", "v1", "Service", "services", true),
    KindRef::new("", "v1", "ConfigMap", "configmaps", true),
    KindRef::new("", "v1", "Secret", "secrets", true),
    KindRef::new("", "v1", "ServiceAccount", "serviceaccounts", true),
    KindRef::new(
        "rbac.authorization.k8s.io",
        "v1",
        "RoleBinding",
        "rolebindings",
        true,
    ),
    KindRef::new("rbac.authorization.k8s.io", "v1", "Role", "roles", true),
    KindRef::new(
        "policy",
        "v1",
        "PodDisruptionBudget",
        "poddisruptionbudgets",
        true,
    ),
    KindRef::new(
        "autoscaling",
        "v2",
        "HorizontalPodAutoscaler",
        "horizontalpodautoscalers",
        true,
    ),
    KindRef::new(
        "networking.istio.io",
        "v1alpha3",
        "EnvoyFilter",
        "envoyfilters",
        true,
    ),
    // a remote cluster's EndpointSlice to the primary's istiod (istioctl renders it, and the
    // NetworkPolicies below, and never deletes them)
    KindRef::new(
        "discovery.k8s.io",
        "v1",
        "EndpointSlice",
        "endpointslices",
        true,
    ),
    // `global.networkPolicy.enabled`
    KindRef::new(
        "networking.k8s.io",
        "v1",
        "NetworkPolicy",
        "networkpolicies",
        true,
    ),
];

/// Cluster-scoped RBAC.
pub const RBAC_KINDS: &[KindRef] = &[
    KindRef::new(
        "rbac.authorization.k8s.io",
        "v1",
        "ClusterRole",
        "clusterroles",
        false,
    ),
    KindRef::new(
        "rbac.authorization.k8s.io",
        "v1",
        "ClusterRoleBinding",
        "clusterrolebindings",
        false,
    ),
];

/// Deleted only by `uninstall --purge`: CRDs take every user's Istio configuration with them.
pub const PURGE_ONLY_KINDS: &[KindRef] = &[
    KindRef::new(
        "k8s.cni.cncf.io",
        "v1",
        "NetworkAttachmentDefinition",
        "network-attachment-definitions",
        true,
    ),
    KindRef::new(
        "apiextensions.k8s.io",
        "v1",
        "CustomResourceDefinition",
        "customresourcedefinitions",
        false,
    ),
];

/// The kinds install prunes and a non-purge uninstall deletes, in deletion order.
pub fn prunable_kinds() -> Vec<KindRef> {
    WEBHOOK_KINDS
        .iter()
        .chain(NAMESPACED_KINDS)
        .chain(RBAC_KINDS)
        .copied()
        .collect()
}

/// Everything `uninstall --purge` deletes, in deletion order (CRDs last).
pub fn purge_kinds() -> Vec<KindRef> {
    let mut k = prunable_kinds();
    k.extend_from_slice(PURGE_ONLY_KINDS);
    k
}

/// Find a known kind by group and kind.
pub fn kind_ref(group: &str, kind: &str) -> Option<KindRef> {
    purge_kinds()
        .into_iter()
        .find(|k| k.group == group && k.kind == kind)
}

/// The labels that say "this install owns it": managed, revision, owner namespace (and owner
/// name when the IstioOperator has one), plus the component label present.
pub fn owner_selector(revision: &str, owner_ns: &str, owner: Option<&str>) -> String {
    let rev = if revision.is_empty() {
        "default"
    } else {
        revision
    };
    let mut s = format!("{MANAGED_LABEL}=Reconcile,{REV_LABEL}={rev},{OWNER_NS_LABEL}={owner_ns}");
    if let Some(o) = owner {
        s.push_str(&format!(",{OWNER_LABEL}={o}"));
    }
    s.push(',');
    s.push_str(COMPONENT_LABEL);
    s
}

/// List every object of `kinds` (in all namespaces) matching `selector`. Kinds the server does
/// not serve (no CRD, no CNI plugin) are skipped. Items come back with apiVersion and kind set,
/// in the order of `kinds`.
pub async fn list_owned(
    cluster: &Cluster,
    kinds: &[KindRef],
    selector: &str,
    concurrency: usize,
) -> Result<Vec<Value>, ClusterError> {
    let sel = Selector::labels(selector);
    let results: Vec<Result<Vec<Value>, ClusterError>> = stream::iter(kinds.iter().copied())
        .map(|k| {
            let sel = sel.clone();
            async move {
                let api: Api<DynamicObject> = Api::all_with(cluster.client(), &k.api_resource());
                match cluster.list_all(&api, &sel, k.plural).await {
                    Ok(items) => Ok(items
                        .into_iter()
                        .filter_map(|o| serde_json::to_value(o).ok())
                        .map(|mut v| {
                            v["apiVersion"] = Value::String(k.api_version());
                            v["kind"] = Value::String(k.kind.to_string());
                            v
                        })
                        .collect()),
                    Err(e) if e.is_not_found() => Ok(Vec::new()),
                    Err(e) => Err(e),
                }
            }
        })
        .buffered(concurrency.max(1))
        .collect()
        .await;
    let mut out = Vec::new();
    for r in results {
        out.extend(r?);
    }
    Ok(out)
}

/// Owned objects an install did not render (and that are not marked never-pruned).
pub fn candidates(owned: Vec<Value>, keep: &HashSet<ObjectKey>) -> Vec<Value> {
    owned
        .into_iter()
        .filter(|o| {
            o["metadata"]["labels"][NOT_PRUNED_LABEL].as_str() != Some("true")
                && !keep.contains(&ObjectKey::of(o))
        })
        .collect()
}

/// What happened to one object a delete was asked for.
#[derive(Debug)]
pub struct Deleted {
    pub key: ObjectKey,
    /// `Ok(true)` deleted, `Ok(false)` already gone.
    pub result: Result<bool, ClusterError>,
}

/// Delete objects (given as listed: apiVersion, kind, metadata), `concurrency` at a time within
/// each kind, kinds in the order given. Foreground propagation, as istioctl does.
pub async fn delete_all(
    cluster: &Cluster,
    objects: &[Value],
    dry_run: bool,
    concurrency: usize,
) -> Vec<Deleted> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < objects.len() {
        // one run of equal kinds at a time, so webhooks go before workloads and CRDs last
        let kind = ObjectKey::of(&objects[i]);
        let mut j = i;
        while j < objects.len() {
            let k = ObjectKey::of(&objects[j]);
            if k.group != kind.group || k.kind != kind.kind {
                break;
            }
            j += 1;
        }
        let batch: Vec<Deleted> = stream::iter(objects[i..j].iter())
            .map(|o| delete_one(cluster, o, dry_run))
            .buffered(concurrency.max(1))
            .collect()
            .await;
        out.extend(batch);
        i = j;
    }
    out
}

async fn delete_one(cluster: &Cluster, obj: &Value, dry_run: bool) -> Deleted {
    let key = ObjectKey::of(obj);
    let api_version = obj["apiVersion"].as_str().unwrap_or("v1");
    let result = async {
        let api = super::apply::api_for(cluster, api_version, &key.kind, key.namespace.as_deref())
            .await?;
        let dp = DeleteParams {
            dry_run,
            propagation_policy: Some(PropagationPolicy::Foreground),
            ..DeleteParams::default()
        };
        match cluster
            .call(&format!("deleting {key}"), api.delete(&key.name, &dp))
            .await
        {
            Ok(_) => Ok(true),
            Err(e) if e.is_not_found() => Ok(false),
            Err(e) => Err(e),
        }
    }
    .await;
    Deleted { key, result }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn owner_selector_names_every_ownership_label() {
        assert_eq!(
            owner_selector("", "istio-system", None),
            "operator.istio.io/managed=Reconcile,istio.io/rev=default,\
             install.operator.istio.io/owning-resource-namespace=istio-system,operator.istio.io/component"
        );
        assert!(owner_selector("canary", "x", Some("iop")).contains(
            "istio.io/rev=canary,install.operator.istio.io/owning-resource-namespace=x,install.operator.istio.io/owning-resource=iop"
        ));
    }

    #[test]
    fn candidates_skip_kept_and_never_pruned_objects() {
        let a = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "a", "namespace": "n"}});
        let b = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "b", "namespace": "n"}});
        let c = json!({"apiVersion": "v1", "kind": "Service", "metadata": {"name": "c", "namespace": "n",
            "labels": {NOT_PRUNED_LABEL: "true"}}});
        let keep: HashSet<ObjectKey> = [ObjectKey::of(&a)].into_iter().collect();
        let left = candidates(vec![a, b.clone(), c], &keep);
        assert_eq!(left, vec![b]);
    }

    #[test]
    fn purge_deletes_crds_last_and_webhooks_first() {
        let k = purge_kinds();
        assert_eq!(
            k.first().map(|k| k.kind),
            Some("MutatingWebhookConfiguration")
        );
        assert_eq!(k.last().map(|k| k.kind), Some("CustomResourceDefinition"));
        assert!(
            !prunable_kinds()
                .iter()
                .any(|k| k.kind == "CustomResourceDefinition")
        );
    }
}
