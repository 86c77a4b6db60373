//! Analysis of a live cluster: build the analysis store from the API server, listing only the
//! kinds the selected analyzers read, then overlay the given files (a file's object replaces
//! the cluster's object of the same kind, namespace and name, as istioctl does).
//!
//! - Kinds are discovered once per API group; kinds the cluster does not serve (a CRD that is
//!   not installed) are skipped.
//! - Lists are paginated (500 per page) and run a few at a time.
//! - Secrets are listed as metadata only (`PartialObjectMetadataList`) unless an analyzer
//!   that reads their content (certificates) is selected.
//! - The mesh config comes from the `istio` ConfigMap (`istio-<revision>` for a revision) in
//!   the Istio namespace, overlaid on the defaults; `--meshConfigFile` goes on top.
//! - As in istioctl's live mode, no ingress gateway placeholder is added: the cluster's own
//!   gateways are there.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use crate::resource::{Node, Str};
use futures::StreamExt;
use kube::api::{Api, DynamicObject, ListParams};
use kube::discovery::ApiResource;
use serde_json::{Value, json};

use super::kinds::{self, InputKind};
use super::run::{
    AnalysisInput, IGNORED_NAMESPACES, Options, Outcome, finish, in_revision, run_analyzers,
};
use super::{Analyzer, mesh};
use crate::cluster::{Cluster, ClusterError, Selector};
use crate::resource::loader;
use crate::resource::{Store, Stored as Resource};

/// Analyzers that read the content of Secrets (certificates), not only their names.
pub const SECRET_CONTENT_READERS: &[&str] = &["gateway.SecretAnalyzer"];

/// Objects per list page (as the cluster module pages).
pub const PAGE_SIZE: u32 = 500;

/// How many lists run at once.
pub const DEFAULT_CONCURRENCY: usize = 4;

/// Failures of live collection; each message is one line.
#[derive(Debug, thiserror::Error)]
pub enum LiveError {
    #[error(transparent)]
    Cluster(#[from] ClusterError),
    #[error(
        "timed out after {} listing the cluster's resources ({done} of {total} kinds listed; raise --timeout)",
        crate::envoy::live::show_duration(*.timeout)
    )]
    Timeout {
        timeout: Duration,
        done: usize,
        total: usize,
    },
    #[error(
        "the mesh config in ConfigMap {namespace}/{name} (key {key}) is not valid YAML: {message}"
    )]
    MeshConfig {
        namespace: String,
        name: String,
        key: String,
        message: String,
    },
}

/// One list the collection made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed {
    /// The analyzers' name for the kind (`VirtualService`, `KubernetesGateway`).
    pub collection: &'static str,
    pub items: usize,
    pub metadata_only: bool,
}

/// What was read from the cluster.
#[derive(Debug, Default)]
pub struct Collection {
    pub resources: Vec<Resource>,
    pub listed: Vec<Listed>,
    /// Kinds the cluster does not serve.
    pub unserved: Vec<&'static str>,
    /// The `mesh` and `meshNetworks` of the Istio ConfigMap, when present.
    pub mesh_config: Option<Value>,
    pub mesh_networks: Option<Value>,
    pub took: Duration,
    /// Resources of remote clusters (`--remote-contexts`), by cluster id (the context name):
    /// they join the analysis after the files are overlaid on the primary cluster's.
    pub remote: Vec<(String, Vec<Resource>)>,
}

/// How to collect.
#[derive(Debug, Clone)]
pub struct LiveOptions {
    /// Where the Istio ConfigMap (mesh config) lives.
    pub istio_namespace: String,
    /// The revision whose ConfigMap (`istio-<revision>`) holds the mesh config.
    pub revision: Option<String>,
    pub concurrency: usize,
    /// A spinner on stderr (only on a terminal).
    pub progress: bool,
}

impl Default for LiveOptions {
    fn default() -> Self {
        LiveOptions {
            istio_namespace: "istio-system".to_string(),
            revision: None,
            concurrency: DEFAULT_CONCURRENCY,
            progress: false,
        }
    }
}

/// The cluster kinds the analyzers read (synthetic ones — the mesh config — excluded).
pub fn input_kinds(analyzers: &[&'static dyn Analyzer]) -> Vec<&'static InputKind> {
    let wanted: BTreeSet<&str> = analyzers
        .iter()
        .flat_map(|a| a.metadata().inputs.iter().copied())
        .collect();
    kinds::input_kinds()
        .iter()
        .filter(|k| wanted.contains(k.collection) && !kinds::is_synthetic(k.collection))
        .collect()
}

/// Whether any selected analyzer reads Secret content.
pub fn needs_secret_content(analyzers: &[&'static dyn Analyzer]) -> bool {
    analyzers
        .iter()
        .any(|a| SECRET_CONTENT_READERS.contains(&a.metadata().name))
}

/// Discover each API group once: `(group → ApiGroup)`; unserved groups map to `None`.
async fn discover(
    cluster: &Cluster,
    groups: BTreeSet<&'static str>,
    concurrency: usize,
) -> Result<HashMap<&'static str, Option<kube::discovery::ApiGroup>>, ClusterError> {
    let client = cluster.client();
    let found: Vec<Result<(&str, Option<kube::discovery::ApiGroup>), ClusterError>> =
        futures::stream::iter(groups)
            .map(|g| {
                let client = client.clone();
                async move {
                    let what = format!(
                        "discovering API group {}",
                        if g.is_empty() { "core" } else { g }
                    );
                    match cluster
                        .call(&what, kube::discovery::oneshot::group(&client, g))
                        .await
                    {
                        Ok(ag) => Ok((g, Some(ag))),
                        Err(e) if e.is_not_found() => Ok((g, None)),
                        Err(ClusterError::UnknownKind(_)) => Ok((g, None)),
                        Err(e) => Err(e),
                    }
                }
            })
            .buffer_unordered(concurrency.max(1))
            .collect()
            .await;
    found.into_iter().collect()
}

/// A kind in its group's preferred version, else in any version that serves it (Istio's
/// EnvoyFilter lives in v1alpha3 while the group prefers v1).
fn find_kind(group: &kube::discovery::ApiGroup, kind: &str) -> Option<ApiResource> {
    if let Some((ar, _)) = group.recommended_kind(kind) {
        return Some(ar);
    }
    group.versions().find_map(|v| {
        group
            .versioned_resources(v)
            .into_iter()
            .find(|(ar, _)| ar.kind == kind)
            .map(|(ar, _)| ar)
    })
}

/// istioctl leaves its ignored namespaces out of the Namespace, Service and Pod lists with
/// field selectors (the server never sends them); other kinds are listed whole.
pub fn ignored_namespaces_selector(kind: &str) -> Selector {
    let field = match kind {
        "Namespace" => "metadata.name",
        "Service" | "Pod" => "metadata.namespace",
        _ => return Selector::all(),
    };
    let fields: Vec<String> = IGNORED_NAMESPACES
        .iter()
        .map(|ns| format!("{field}!={ns}"))
        .collect();
    Selector {
        labels: None,
        fields: Some(fields.join(",")),
    }
}

/// List one kind everywhere (paginated); Secrets without content when `metadata_only`.
async fn list_kind(
    cluster: &Cluster,
    k: &'static InputKind,
    ar: &ApiResource,
    metadata_only: bool,
) -> Result<(Vec<Value>, bool), ClusterError> {
    let api: Api<DynamicObject> = Api::all_with(cluster.client(), ar);
    let what = format!("{} objects", k.kind);
    let stamp = |mut v: Value| {
        if let Some(o) = v.as_object_mut() {
            o.insert("apiVersion".into(), json!(ar.api_version));
            o.insert("kind".into(), json!(ar.kind));
        }
        v
    };
    if !metadata_only {
        let items = cluster
            .list_all(&api, &ignored_namespaces_selector(&ar.kind), &what)
            .await?;
        let values = items
            .into_iter()
            .filter_map(|o| serde_json::to_value(o).ok())
            .map(stamp)
            .collect();
        return Ok((values, false));
    }
    let mut out = Vec::new();
    let mut lp = ListParams::default().limit(PAGE_SIZE);
    loop {
        let page = cluster
            .call(
                &format!("listing {what} (metadata)"),
                api.list_metadata(&lp),
            )
            .await?;
        for item in page.items {
            if let Ok(meta) = serde_json::to_value(&item.metadata) {
                out.push(stamp(json!({ "metadata": meta })));
            }
        }
        match page.metadata.continue_.filter(|c| !c.is_empty()) {
            Some(token) => lp = lp.continue_token(&token),
            None => break,
        }
    }
    Ok((out, true))
}

/// Read the mesh config and networks from the Istio ConfigMap, if there is one.
async fn mesh_from_cluster(
    cluster: &Cluster,
    istio_namespace: &str,
    revision: Option<&str>,
) -> Result<(Option<Value>, Option<Value>), LiveError> {
    let name = match revision {
        Some(r) if !r.is_empty() && r != "default" => format!("istio-{r}"),
        _ => "istio".to_string(),
    };
    let api: Api<k8s_openapi::api::core::v1::ConfigMap> =
        Api::namespaced(cluster.client(), istio_namespace);
    let what = format!("getting ConfigMap {istio_namespace}/{name}");
    let cm = match cluster.call(&what, api.get_opt(&name)).await {
        Ok(cm) => cm,
        // Without access to it, analysis goes on with the defaults.
        Err(ClusterError::Forbidden { .. }) => None,
        Err(e) => return Err(e.into()),
    };
    let Some(data) = cm.and_then(|c| c.data) else {
        return Ok((None, None));
    };
    let parse = |key: &str| -> Result<Option<Value>, LiveError> {
        let Some(text) = data.get(key) else {
            return Ok(None);
        };
        let parsed = crate::resource::yaml::parse_stream(text);
        if let Some(e) = parsed.errors.first() {
            return Err(LiveError::MeshConfig {
                namespace: istio_namespace.to_string(),
                name: name.clone(),
                key: key.to_string(),
                message: format!("line {}: {}", e.line, e.message),
            });
        }
        Ok(parsed
            .documents
            .into_iter()
            .next()
            .map(|d| d.value)
            .filter(Value::is_object))
    };
    Ok((parse("mesh")?, parse("meshNetworks")?))
}

/// List every kind the analyzers read, from all namespaces.
pub async fn collect(
    cluster: &Cluster,
    analyzers: &[&'static dyn Analyzer],
    opts: &LiveOptions,
    progress: Option<&indicatif::ProgressBar>,
    listed: &AtomicUsize,
) -> Result<Collection, LiveError> {
    let kinds = input_kinds(analyzers);
    let secret_content = needs_secret_content(analyzers);
    collect_kinds(cluster, &kinds, secret_content, opts, progress, listed).await
}

/// List `kinds` from all namespaces (Secrets with content only when `secret_content`), and
/// read the mesh config. `listed` counts the kinds listed so far.
pub async fn collect_kinds(
    cluster: &Cluster,
    kinds: &[&'static InputKind],
    secret_content: bool,
    opts: &LiveOptions,
    progress: Option<&indicatif::ProgressBar>,
    listed: &AtomicUsize,
) -> Result<Collection, LiveError> {
    let started = Instant::now();
    let mut out = list_kinds(cluster, kinds, secret_content, opts, progress, listed).await?;
    let (mesh, networks) =
        mesh_from_cluster(cluster, &opts.istio_namespace, opts.revision.as_deref()).await?;
    out.mesh_config = mesh;
    out.mesh_networks = networks;
    out.took = started.elapsed();
    Ok(out)
}

/// What istioctl does not read from a remote cluster (`--remote-contexts`): its Deployments,
/// ConfigMaps (injection and mesh config are the primary's) and webhooks.
pub const REMOTE_EXCLUDED: &[&str] = &[
    "Deployment",
    "ConfigMap",
    "MutatingWebhookConfiguration",
    "ValidatingWebhookConfiguration",
];

/// The kinds listed from a remote cluster: what the analyzers read, less [`REMOTE_EXCLUDED`].
pub fn remote_kinds(analyzers: &[&'static dyn Analyzer]) -> Vec<&'static InputKind> {
    input_kinds(analyzers)
        .into_iter()
        .filter(|k| !REMOTE_EXCLUDED.contains(&k.collection))
        .collect()
}

/// List a remote cluster's [`remote_kinds`] within `timeout` (`shown` is the `--timeout` the
/// user gave, for the message).
pub async fn collect_remote_bounded(
    cluster: &Cluster,
    analyzers: &[&'static dyn Analyzer],
    opts: &LiveOptions,
    timeout: Duration,
    shown: Duration,
) -> Result<Vec<Resource>, LiveError> {
    let kinds = remote_kinds(analyzers);
    let listed = AtomicUsize::new(0);
    let secret_content = needs_secret_content(analyzers);
    let fut = list_kinds(cluster, &kinds, secret_content, opts, None, &listed);
    match tokio::time::timeout(timeout, fut).await {
        Ok(r) => Ok(r?.resources),
        Err(_) => Err(LiveError::Timeout {
            timeout: shown,
            done: listed.load(Ordering::Relaxed),
            total: kinds.len(),
        }),
    }
}

/// [`collect_kinds`] without the mesh config.
async fn list_kinds(
    cluster: &Cluster,
    kinds: &[&'static InputKind],
    secret_content: bool,
    opts: &LiveOptions,
    progress: Option<&indicatif::ProgressBar>,
    listed: &AtomicUsize,
) -> Result<Collection, LiveError> {
    let groups: BTreeSet<&'static str> = kinds.iter().map(|k| k.group).collect();
    let discovered = discover(cluster, groups, opts.concurrency).await?;
    let mut out = Collection::default();
    let mut jobs = Vec::new();
    for &k in kinds {
        let ar = discovered
            .get(k.group)
            .and_then(|g| g.as_ref())
            .and_then(|g| find_kind(g, k.kind));
        match ar {
            Some(ar) => jobs.push((k, ar)),
            None => out.unserved.push(k.collection),
        }
    }
    let total = jobs.len();
    if let Some(p) = progress {
        p.set_message(format!("listing {total} kinds"));
    }
    let mut done = 0usize;
    let mut stream = futures::stream::iter(jobs)
        .map(|(k, ar)| async move {
            let metadata_only = k.collection == "Secret" && !secret_content;
            let r = list_kind(cluster, k, &ar, metadata_only).await;
            (k, r)
        })
        .buffer_unordered(opts.concurrency.max(1));
    while let Some((k, r)) = stream.next().await {
        let (values, metadata_only) = r?;
        done += 1;
        listed.store(done, Ordering::Relaxed);
        if let Some(p) = progress {
            p.set_message(format!("listed {} ({done}/{total} kinds)", k.collection));
        }
        out.listed.push(Listed {
            collection: k.collection,
            items: values.len(),
            metadata_only,
        });
        out.resources.extend(
            values
                .into_iter()
                .filter_map(|v| Resource::from_value(Node::from(v), None)),
        );
    }
    out.listed.sort_by_key(|l| l.collection);
    Ok(out)
}

/// [`collect`] bounded by `timeout`. `shown` is the timeout the user gave, for the message
/// (the bound may be what is left of it).
pub async fn collect_bounded(
    cluster: &Cluster,
    analyzers: &[&'static dyn Analyzer],
    opts: &LiveOptions,
    timeout: Duration,
    shown: Duration,
    progress: Option<&indicatif::ProgressBar>,
) -> Result<Collection, LiveError> {
    let listed = AtomicUsize::new(0);
    let fut = collect(cluster, analyzers, opts, progress, &listed);
    match tokio::time::timeout(timeout, fut).await {
        Ok(r) => r,
        Err(_) => Err(LiveError::Timeout {
            timeout: shown,
            done: listed.load(Ordering::Relaxed),
            total: input_kinds(analyzers).len(),
        }),
    }
}

type Key = (String, String, Option<String>, String);

fn key_of(r: &Resource) -> Key {
    (
        r.group().to_string(),
        r.kind.to_string(),
        r.namespace.as_deref().map(str::to_string),
        r.name.to_string(),
    )
}

/// Overlay file resources on the cluster's: a file object replaces the cluster object of the
/// same group, kind, namespace and name. File objects without a namespace get the selected one.
pub fn overlay(
    cluster: Vec<Resource>,
    files: Vec<Resource>,
    namespace: Option<&str>,
) -> Vec<Resource> {
    let mut by_key: BTreeMap<Key, Resource> = BTreeMap::new();
    for r in cluster {
        by_key.insert(key_of(&r), r);
    }
    for mut r in files {
        let namespaced = kinds::of(r.group(), &r.kind).map(|k| k.namespaced);
        if namespaced == Some(false) {
            r.namespace = None;
        } else if r.namespace.is_none() {
            r.namespace = namespace.map(Str::new);
        }
        by_key.insert(key_of(&r), r);
    }
    by_key.into_values().collect()
}

/// Build the store the analyzers read: the kinds they want, of `--revision` when given (the
/// same rule as file mode: [`in_revision`]), ignored namespaces dropped, plus the mesh config
/// and networks.
fn build_store(
    resources: Vec<Resource>,
    wanted: &BTreeSet<&str>,
    opts: &Options,
    mesh: &Value,
    networks: &Value,
) -> (Store, usize) {
    let istio_namespace = opts.istio_namespace.as_str();
    let mut store = Store::new();
    let mut count = 0;
    for mut r in resources {
        let Some(k) = kinds::of(r.group(), &r.kind) else {
            continue;
        };
        if !wanted.contains(k.collection)
            || !in_revision(&r, k.collection, opts.revision.as_deref())
        {
            continue;
        }
        if !k.namespaced {
            r.namespace = None;
        }
        if r.namespace
            .as_deref()
            .is_some_and(|ns| IGNORED_NAMESPACES.contains(&ns))
        {
            continue;
        }
        count += 1;
        store.insert_as(k.collection, r);
    }
    for (kind, name, spec) in [
        ("MeshConfig", "meshconfig", mesh),
        ("MeshNetworks", "meshnetworks", networks),
    ] {
        let v = json!({"apiVersion": "", "kind": kind,
                       "metadata": {"name": name, "namespace": istio_namespace},
                       "spec": spec});
        if let Some(r) = Resource::from_value(Node::from(v), None) {
            store.insert_as(kind, r);
        }
    }
    (store, count)
}

/// Run the analyzers over the collected cluster state with the files of `opts.inputs` on top.
/// `opts.timeout` bounds the analyzers (what is left of `--timeout` after listing).
pub fn analyze(
    analyzers: &[&'static dyn Analyzer],
    collection: Collection,
    opts: &Options,
) -> Outcome {
    let started = Instant::now();
    let loaded = if opts.inputs.is_empty() {
        loader::Loaded::default()
    } else {
        loader::load_all(&opts.inputs)
    };
    let mut out = Outcome {
        files: loaded.files,
        load_issues: loaded.issues,
        internal: loaded.internal,
        ..Outcome::default()
    };
    let mut mesh = mesh::default_mesh_config(&opts.istio_namespace);
    if let Some(m) = &collection.mesh_config {
        mesh::overlay(&mut mesh, m);
    }
    if let Some(m) = &opts.mesh_config {
        mesh::overlay(&mut mesh, m);
    }
    let networks = opts
        .mesh_networks
        .clone()
        .or(collection.mesh_networks)
        .unwrap_or_else(|| json!({"networks": {}}));
    let wanted: BTreeSet<&str> = analyzers
        .iter()
        .flat_map(|a| a.metadata().inputs.iter().copied())
        .collect();
    let mut resources = overlay(
        collection.resources,
        loaded.resources,
        opts.namespace.as_deref(),
    );
    resources.extend(collection.remote.into_iter().flat_map(|(_, r)| r));
    let (store, count) = build_store(resources, &wanted, opts, &mesh, &networks);
    out.resources = count;
    let deadline = opts.timeout.and_then(|t| started.checked_add(t));
    let (mesh, networks) = (Node::from(mesh), Node::from(networks));
    let input = AnalysisInput {
        store: &store,
        mesh: &mesh,
        networks: &networks,
        world: None,
    };
    let messages = run_analyzers(analyzers, &input, opts, deadline, &mut out);
    out.messages = finish(messages, opts);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn res(kind: &str, api: &str, ns: Option<&str>, name: &str, marker: &str) -> Resource {
        let mut meta = json!({"name": name});
        if let Some(ns) = ns {
            meta["namespace"] = json!(ns);
        }
        Resource::from_value(
            Node::from(
                json!({"apiVersion": api, "kind": kind, "metadata": meta, "spec": {"m": marker}}),
            ),
            None,
        )
        .unwrap()
    }

    #[test]
    fn files_replace_cluster_objects_of_the_same_key() {
        let cluster = vec![
            res(
                "VirtualService",
                "networking.istio.io/v1",
                Some("a"),
                "x",
                "cluster",
            ),
            res(
                "VirtualService",
                "networking.istio.io/v1",
                Some("b"),
                "x",
                "cluster",
            ),
        ];
        let files = vec![
            res(
                "VirtualService",
                "networking.istio.io/v1beta1",
                None,
                "x",
                "file",
            ),
            res("Namespace", "v1", Some("zzz"), "c", "file"),
        ];
        let out = overlay(cluster, files, Some("a"));
        assert_eq!(out.len(), 3);
        let a = out
            .iter()
            .find(|r| r.namespace.as_deref() == Some("a"))
            .unwrap();
        assert_eq!(a.value["spec"]["m"], "file");
        let b = out
            .iter()
            .find(|r| r.namespace.as_deref() == Some("b"))
            .unwrap();
        assert_eq!(b.value["spec"]["m"], "cluster");
        let ns = out.iter().find(|r| r.kind == "Namespace").unwrap();
        assert_eq!(ns.namespace, None);
    }

    #[test]
    fn only_the_kinds_the_analyzers_read() {
        let a = crate::analysis::by_name("virtualservice.GatewayAnalyzer").unwrap();
        let kinds: Vec<&str> = input_kinds(&[a]).iter().map(|k| k.collection).collect();
        let mut want: Vec<&str> = a
            .metadata()
            .inputs
            .iter()
            .copied()
            .filter(|c| !kinds::is_synthetic(c))
            .collect();
        want.sort();
        let mut got = kinds.clone();
        got.sort();
        assert_eq!(got, want);
        assert!(!needs_secret_content(&[a]));
    }
}
