//! Installing rendered objects into a cluster: namespaces first, then each component in
//! dependency order with server-side apply, then a wait for the workloads to roll out, then
//! pruning of objects a previous install owned and this one no longer renders.
//!
//! Field manager `istio-operator` (istioctl's), forced, so sailctl and istioctl can take
//! turns managing the same install.

use std::collections::BTreeSet;
use std::time::{Duration, Instant};

use kube::api::{DeleteParams, PropagationPolicy};
use kube::core::GroupVersionKind;
use serde_json::{Value, json};

use super::{Component, Object};
use crate::cluster::{ApplyOptions, Cluster, ClusterError, Selector};

/// istioctl's field manager for installs.
pub const FIELD_MANAGER: &str = "istio-operator";

/// Why an install failed.
#[derive(Debug, thiserror::Error)]
pub enum InstallError {
    #[error("{component}: {source}")]
    Apply {
        component: Component,
        #[source]
        source: ClusterError,
    },
    #[error(transparent)]
    Cluster(#[from] ClusterError),
    #[error("timed out after {secs}s waiting for {}", .pending.join(", "))]
    NotReady { secs: u64, pending: Vec<String> },
}

/// How to install.
#[derive(Debug, Clone)]
pub struct Options {
    /// Apply with `dryRun=All`: the server checks everything and stores nothing.
    pub dry_run: bool,
    /// How long to wait for Deployments and DaemonSets to roll out (zero: do not wait).
    pub readiness_timeout: Duration,
    /// How often to poll while waiting.
    pub poll: Duration,
    /// Delete objects of an earlier install (same owner labels) that are no longer rendered.
    pub prune: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            dry_run: false,
            readiness_timeout: Duration::from_secs(300),
            poll: Duration::from_millis(500),
            prune: true,
        }
    }
}

/// What happened, step by step, for the command to print.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    NamespaceCreated(String),
    ComponentApplied {
        component: Component,
        objects: usize,
    },
    Waiting(Vec<String>),
    Pruned(String),
}

/// `Kind namespace/name` or `Kind name`.
pub fn describe(v: &Value) -> String {
    let kind = v["kind"].as_str().unwrap_or_default();
    let name = v["metadata"]["name"].as_str().unwrap_or_default();
    match v["metadata"]["namespace"].as_str() {
        Some(ns) => format!("{kind} {ns}/{name}"),
        None => format!("{kind} {name}"),
    }
}

pub fn gvk_of(v: &Value) -> GroupVersionKind {
    let api_version = v["apiVersion"].as_str().unwrap_or_default();
    let kind = v["kind"].as_str().unwrap_or_default();
    let (group, version) = api_version.split_once('/').unwrap_or(("", api_version));
    GroupVersionKind::gvk(group, version, kind)
}

/// Apply everything, wait, prune. `events` is told about each step as it happens.
pub async fn install(
    cluster: &Cluster,
    objects: &[Object],
    owner: &OwnerLabels,
    opts: &Options,
    events: &mut (dyn FnMut(Event) + Send),
) -> Result<(), InstallError> {
    let apply = ApplyOptions {
        field_manager: FIELD_MANAGER.to_string(),
        force: true,
        dry_run: opts.dry_run,
    };
    // namespaces the objects live in, created when missing (no labels, never pruned)
    let namespaces: BTreeSet<&str> = objects.iter().filter_map(Object::namespace).collect();
    let mut missing_ns = BTreeSet::new();
    let ns_gvk = GroupVersionKind::gvk("", "v1", "Namespace");
    for ns in &namespaces {
        if cluster.get_kind(&ns_gvk, None, ns).await?.is_none() {
            let mut body =
                json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": ns}});
            if let Some(network) = &owner.network {
                body["metadata"]["labels"] = json!({"topology.istio.io/network": network});
            }
            cluster.apply(&body, &apply).await?;
            if opts.dry_run {
                missing_ns.insert(ns.to_string());
            }
            events(Event::NamespaceCreated(ns.to_string()));
        }
    }
    for c in Component::ALL {
        let of_component: Vec<&Object> = objects.iter().filter(|o| o.component == c).collect();
        if of_component.is_empty() {
            continue;
        }
        for o in &of_component {
            // a dry run cannot place objects in a namespace it did not really create
            if o.namespace().is_some_and(|ns| missing_ns.contains(ns)) {
                continue;
            }
            // CRDs a dry run did not create are unknown to the server; objects of those kinds
            // are not part of an install, so this only concerns CRDs themselves
            cluster
                .apply(&o.value, &apply)
                .await
                .map_err(|source| InstallError::Apply {
                    component: c,
                    source,
                })?;
        }
        events(Event::ComponentApplied {
            component: c,
            objects: of_component.len(),
        });
    }
    if opts.dry_run {
        return Ok(());
    }
    if !opts.readiness_timeout.is_zero() {
        wait_ready(cluster, objects, opts, events).await?;
    }
    if opts.prune {
        prune(cluster, objects, owner, events).await?;
    }
    Ok(())
}

/// Whether a Deployment or DaemonSet has rolled out; `None` when ready, else why not.
pub fn not_ready_reason(obj: &Value) -> Option<String> {
    let generation = obj["metadata"]["generation"].as_i64().unwrap_or(0);
    let status = &obj["status"];
    let observed = status["observedGeneration"].as_i64().unwrap_or(-1);
    if observed < generation {
        return Some("the controller has not seen the latest spec".to_string());
    }
    match obj["kind"].as_str() {
        Some("Deployment") => {
            let want = obj["spec"]["replicas"].as_i64().unwrap_or(1);
            let updated = status["updatedReplicas"].as_i64().unwrap_or(0);
            let available = status["availableReplicas"].as_i64().unwrap_or(0);
            if updated < want || available < want {
                let why = status["conditions"]
                    .as_array()
                    .and_then(|cs| cs.iter().find(|c| c["status"] == "False"))
                    .and_then(|c| c["message"].as_str())
                    .map(|m| format!(": {m}"))
                    .unwrap_or_default();
                return Some(format!("{available}/{want} replicas available{why}"));
            }
            None
        }
        Some("DaemonSet") => {
            let want = status["desiredNumberScheduled"].as_i64().unwrap_or(0);
            let updated = status["updatedNumberScheduled"].as_i64().unwrap_or(0);
            let available = status["numberAvailable"].as_i64().unwrap_or(0);
            if updated < want || available < want {
                return Some(format!("{available}/{want} pods available"));
            }
            None
        }
        _ => None,
    }
}

async fn wait_ready(
    cluster: &Cluster,
    objects: &[Object],
    opts: &Options,
    events: &mut (dyn FnMut(Event) + Send),
) -> Result<(), InstallError> {
    let workloads: Vec<&Object> = objects
        .iter()
        .filter(|o| matches!(o.kind(), "Deployment" | "DaemonSet"))
        .collect();
    let start = Instant::now();
    let mut announced = false;
    loop {
        let mut pending = Vec::new();
        for w in &workloads {
            let got = cluster
                .get_kind(&gvk_of(&w.value), w.namespace(), w.name())
                .await?;
            let reason = match got {
                None => Some("not found".to_string()),
                Some(obj) => not_ready_reason(&serde_json::to_value(&obj).unwrap_or(Value::Null)),
            };
            if let Some(r) = reason {
                pending.push(format!("{} ({r})", describe(&w.value)));
            }
        }
        if pending.is_empty() {
            return Ok(());
        }
        if start.elapsed() >= opts.readiness_timeout {
            return Err(InstallError::NotReady {
                secs: opts.readiness_timeout.as_secs(),
                pending,
            });
        }
        if !announced {
            events(Event::Waiting(pending.clone()));
            announced = true;
        }
        tokio::time::sleep(opts.poll).await;
    }
}

/// The labels that say "this install owns it".
#[derive(Debug, Clone, Default)]
pub struct OwnerLabels {
    pub revision: String,
    pub owner_namespace: String,
    pub owner_name: Option<String>,
    pub version: String,
    /// `values.global.network`, labelled on created namespaces.
    pub network: Option<String>,
}

impl OwnerLabels {
    /// From the merged IstioOperator.
    pub fn of(merged: &super::values::Merged) -> Self {
        let v = merged.values();
        let s = |x: &Value| x.as_str().filter(|s| !s.is_empty()).map(str::to_string);
        OwnerLabels {
            revision: s(&v["revision"]).unwrap_or_else(|| "default".to_string()),
            owner_namespace: s(&merged.operator["metadata"]["namespace"])
                .unwrap_or_else(|| "istio-system".to_string()),
            owner_name: s(&merged.operator["metadata"]["name"]),
            version: s(&merged.spec()["tag"]).unwrap_or_default(),
            network: s(&v["global"]["network"]),
        }
    }

    /// The selector of objects this install manages (istioctl's prune selector).
    pub fn prune_selector(&self) -> String {
        let mut parts = vec![
            "operator.istio.io/managed=Reconcile".to_string(),
            format!("operator.istio.io/version={}", self.version),
            format!("istio.io/rev={}", self.revision),
            format!(
                "install.operator.istio.io/owning-resource-namespace={}",
                self.owner_namespace
            ),
            "operator.istio.io/component".to_string(),
        ];
        if let Some(n) = &self.owner_name {
            parts.push(format!("install.operator.istio.io/owning-resource={n}"));
        }
        parts.join(",")
    }
}

/// Namespaced kinds an install owns (and uninstall removes).
pub const NAMESPACED_KINDS: &[(&str, &str, &str)] = &[
    ("apps", "v1", "Deployment"),
    ("apps", "v1", "DaemonSet"),
    ("", "v1", "Service"),
    ("", "v1", "ConfigMap"),
    ("", "v1", "Pod"),
    ("", "v1", "Secret"),
    ("", "v1", "ServiceAccount"),
    ("rbac.authorization.k8s.io", "v1", "RoleBinding"),
    ("rbac.authorization.k8s.io", "v1", "Role"),
    ("policy", "v1", "PodDisruptionBudget"),
    ("autoscaling", "v2", "HorizontalPodAutoscaler"),
    ("networking.istio.io", "v1alpha3", "EnvoyFilter"),
];

/// Cluster-scoped kinds an install owns. `with_base` adds CRDs (only a purge removes them).
pub fn cluster_kinds(with_base: bool) -> Vec<(&'static str, &'static str, &'static str)> {
    let mut kinds = vec![
        (
            "admissionregistration.k8s.io",
            "v1",
            "MutatingWebhookConfiguration",
        ),
        (
            "admissionregistration.k8s.io",
            "v1",
            "ValidatingWebhookConfiguration",
        ),
        ("rbac.authorization.k8s.io", "v1", "ClusterRole"),
        ("rbac.authorization.k8s.io", "v1", "ClusterRoleBinding"),
    ];
    if with_base {
        kinds.push(("apiextensions.k8s.io", "v1", "CustomResourceDefinition"));
        kinds.push(("k8s.cni.cncf.io", "v1", "NetworkAttachmentDefinition"));
    }
    kinds
}

/// One listed object: kind, namespace, name, labels.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Found {
    pub gvk: (String, String, String),
    pub namespace: Option<String>,
    pub name: String,
    pub not_pruned: bool,
}

impl Found {
    pub fn describe(&self) -> String {
        match &self.namespace {
            Some(ns) => format!("{}:{ns}:{}", self.gvk.2, self.name),
            None => format!("{}::{}", self.gvk.2, self.name),
        }
    }
    fn gvk(&self) -> GroupVersionKind {
        GroupVersionKind::gvk(&self.gvk.0, &self.gvk.1, &self.gvk.2)
    }
}

/// Every object of the given kinds (all namespaces) that the selector matches. Kinds the
/// server does not serve are skipped.
pub async fn list_owned(
    cluster: &Cluster,
    kinds: &[(&str, &str, &str)],
    selector: &str,
) -> Result<Vec<Found>, ClusterError> {
    let mut out = Vec::new();
    for (g, v, k) in kinds {
        let gvk = GroupVersionKind::gvk(g, v, k);
        let items = match cluster
            .list_kind(&gvk, None, &Selector::labels(selector))
            .await
        {
            Ok(items) => items,
            Err(ClusterError::UnknownKind(_)) => continue,
            Err(e) => return Err(e),
        };
        for item in items {
            out.push(Found {
                gvk: (g.to_string(), v.to_string(), k.to_string()),
                namespace: item.metadata.namespace.clone(),
                name: item.metadata.name.clone().unwrap_or_default(),
                not_pruned: item
                    .metadata
                    .labels
                    .as_ref()
                    .and_then(|l| l.get("install.operator.istio.io/owning-resource-not-pruned"))
                    .is_some_and(|v| v == "true"),
            });
        }
    }
    Ok(out)
}

/// Delete one listed object with foreground propagation; `Ok(false)` when already gone.
pub async fn delete_found(
    cluster: &Cluster,
    f: &Found,
    dry_run: bool,
) -> Result<bool, ClusterError> {
    let (api, _, _) = cluster
        .dynamic_api(&f.gvk(), f.namespace.as_deref())
        .await?;
    let dp = DeleteParams {
        dry_run,
        propagation_policy: Some(PropagationPolicy::Foreground),
        ..DeleteParams::default()
    };
    match cluster
        .call(
            &format!("deleting {}", f.describe()),
            api.delete(&f.name, &dp),
        )
        .await
    {
        Ok(_) => Ok(true),
        Err(e) if e.is_not_found() => Ok(false),
        Err(e) => Err(e),
    }
}

async fn prune(
    cluster: &Cluster,
    objects: &[Object],
    owner: &OwnerLabels,
    events: &mut (dyn FnMut(Event) + Send),
) -> Result<(), InstallError> {
    let keep: BTreeSet<(String, Option<String>, String)> = objects
        .iter()
        .map(|o| {
            (
                o.kind().to_string(),
                o.namespace().map(str::to_string),
                o.name().to_string(),
            )
        })
        .collect();
    let mut kinds: Vec<(&str, &str, &str)> = NAMESPACED_KINDS.to_vec();
    kinds.extend(cluster_kinds(true));
    for f in list_owned(cluster, &kinds, &owner.prune_selector()).await? {
        if f.not_pruned || keep.contains(&(f.gvk.2.clone(), f.namespace.clone(), f.name.clone())) {
            continue;
        }
        if delete_found(cluster, &f, false).await? {
            events(Event::Pruned(f.describe()));
        }
    }
    Ok(())
}
