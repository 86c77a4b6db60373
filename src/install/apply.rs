//! Applying a rendered install: server-side apply (field manager `sailctl`, force) in
//! dependency order, waiting for readiness, then pruning what is no longer rendered.
//!
//! ```text
//! namespaces ─► Base (CRDs ─► Established ─► the rest) ─► Pilot, Cni ─► gateways, Ztunnel ─► default tag webhooks ─► prune
//! ```
//!
//! Components of one level run side by side; the objects of a component are applied
//! `concurrency` at a time. Kinds sailctl knows are addressed without discovery, so an install
//! costs one request per object (the apply), one list per prunable kind, and re-reads only of
//! workloads that were not ready when applied.

use std::collections::HashSet;
use std::time::{Duration, Instant};

use futures::future::join_all;
use futures::{StreamExt, stream};
use kube::api::{Api, DynamicObject, Patch, PatchParams};
use kube::core::GroupVersionKind;
use kube::discovery::{ApiResource, Scope};
use serde_json::{Value, json};

use super::prune::{self, KindRef};
use super::values::Merged;
use super::wait::{self, Unready};
use super::{Component, Object, tag};
use crate::cluster::{Cluster, ClusterError};
use crate::schema::registry::{self, Lookup};

/// The field manager of every apply.
pub const FIELD_MANAGER: &str = "sailctl";
/// Objects applied (or read) at once by default.
pub const DEFAULT_CONCURRENCY: usize = 8;

/// An object's identity: group, kind, namespace, name (the version does not matter).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjectKey {
    pub group: String,
    pub kind: String,
    pub namespace: Option<String>,
    pub name: String,
}

impl ObjectKey {
    /// The key of an object given as JSON (apiVersion, kind, metadata).
    pub fn of(v: &Value) -> Self {
        let api_version = v["apiVersion"].as_str().unwrap_or_default();
        let group = api_version
            .rsplit_once('/')
            .map(|(g, _)| g)
            .unwrap_or_default();
        ObjectKey {
            group: group.to_string(),
            kind: v["kind"].as_str().unwrap_or_default().to_string(),
            namespace: v["metadata"]["namespace"]
                .as_str()
                .filter(|s| !s.is_empty())
                .map(str::to_string),
            name: v["metadata"]["name"]
                .as_str()
                .unwrap_or_default()
                .to_string(),
        }
    }
}

impl std::fmt::Display for ObjectKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.namespace {
            Some(ns) => write!(f, "{} {ns}/{}", self.kind, self.name),
            None => write!(f, "{} {}", self.kind, self.name),
        }
    }
}

/// An `Api` for any kind: known kinds (the schema registry, the prunable kinds) are addressed
/// directly; others are found through discovery (cached). `namespace: None` on a namespaced
/// kind means all namespaces.
pub async fn api_for(
    cluster: &Cluster,
    api_version: &str,
    kind: &str,
    namespace: Option<&str>,
) -> Result<Api<DynamicObject>, ClusterError> {
    let (group, version) = match api_version.rsplit_once('/') {
        Some((g, v)) => (g, v),
        None => ("", api_version),
    };
    let known = match registry::lookup(group, version, kind) {
        Lookup::Known(k) => Some((k.plural, k.namespaced)),
        _ => prune::kind_ref(group, kind)
            .filter(|k| k.version == version)
            .map(|k| (k.plural, k.namespaced)),
    };
    let (ar, namespaced) = match known {
        Some((plural, namespaced)) => (
            ApiResource {
                group: group.to_string(),
                version: version.to_string(),
                api_version: api_version.to_string(),
                kind: kind.to_string(),
                plural: plural.to_string(),
            },
            namespaced,
        ),
        None => {
            let (ar, caps) = cluster
                .resolve(&GroupVersionKind::gvk(group, version, kind))
                .await?;
            (ar, caps.scope == Scope::Namespaced)
        }
    };
    Ok(match (namespaced, namespace) {
        (true, Some(ns)) => Api::namespaced_with(cluster.client(), ns, &ar),
        _ => Api::all_with(cluster.client(), &ar),
    })
}

/// One component's share of an install.
#[derive(Debug, Clone)]
pub struct Step {
    /// The component (`None` for the default-revision webhooks applied after everything).
    pub component: Option<Component>,
    pub objects: Vec<Value>,
}

impl Step {
    pub fn name(&self) -> &'static str {
        match self.component {
            Some(c) => c.label(),
            None => "Webhooks",
        }
    }
}

/// What an install applies, in order.
#[derive(Debug, Clone)]
pub struct Plan {
    /// The Istio namespace (also the owner namespace of every object).
    pub namespace: String,
    /// Namespace objects to create first.
    pub namespaces: Vec<Value>,
    /// Levels of steps: every step of a level depends only on earlier levels.
    pub levels: Vec<Vec<Step>>,
    /// `values.revision` ("" for the default revision).
    pub revision: String,
    /// IstioOperator `metadata.name`, when set.
    pub owner: Option<String>,
    /// The profile the values came from.
    pub profile: String,
    /// The Istio version the objects are labelled with.
    pub version: String,
}

impl Plan {
    /// Every object the plan applies, namespaces first, each with the name of its component
    /// (`Namespace` for the namespaces); an object applied twice (the injector deactivated
    /// after the default tag exists) once, as it ends up.
    pub fn objects_by_component(&self) -> Vec<(String, &Value)> {
        let mut out: Vec<(String, &Value)> = self
            .namespaces
            .iter()
            .map(|n| ("Namespace".to_string(), n))
            .collect();
        let steps: Vec<&Step> = self.levels.iter().flatten().collect();
        for (i, step) in steps.iter().enumerate() {
            for o in &step.objects {
                let key = ObjectKey::of(o);
                let again = steps
                    .iter()
                    .skip(i + 1)
                    .any(|s| s.objects.iter().any(|l| ObjectKey::of(l) == key));
                if !again {
                    out.push((step.name().to_string(), o));
                }
            }
        }
        out
    }

    /// Every object the plan applies (namespaces excluded), in order.
    pub fn objects(&self) -> impl Iterator<Item = &Value> {
        self.levels.iter().flatten().flat_map(|s| s.objects.iter())
    }

    /// The ownership selector of this install (for prune).
    pub fn owner_selector(&self) -> String {
        prune::owner_selector(&self.revision, &self.namespace, self.owner.as_deref())
    }

    /// Keys of every object the plan applies.
    pub fn keys(&self) -> HashSet<ObjectKey> {
        self.objects().map(ObjectKey::of).collect()
    }
}

/// Build the plan. `previous_default_tag`: whether the cluster already has a default revision
/// tag. A revisioned install then leaves the tag alone, as istioctl does; a default-revision
/// install applies its injector already deactivated only when the tag exists, else it applies
/// it active and deactivates it in a last step after the tag's webhooks exist, so an install
/// that stops half-way never leaves the cluster without an injecting webhook.
pub fn plan(merged: &Merged, objects: &[Object], previous_default_tag: bool) -> Plan {
    let values = merged.values();
    let revision = values["revision"].as_str().unwrap_or_default().to_string();
    let namespace = merged.operator["metadata"]["namespace"]
        .as_str()
        .filter(|s| !s.is_empty())
        .or_else(|| values["global"]["istioNamespace"].as_str())
        .filter(|s| !s.is_empty())
        .unwrap_or("istio-system")
        .to_string();
    let owner = merged.operator["metadata"]["name"]
        .as_str()
        .filter(|s| !s.is_empty())
        .map(str::to_string);
    let version = objects
        .first()
        .and_then(|o| o.value["metadata"]["labels"]["operator.istio.io/version"].as_str())
        .unwrap_or("unknown")
        .to_string();

    let operator_webhooks = values["global"]["operatorManageWebhooks"]
        .as_bool()
        .unwrap_or(false);
    let tag_needed = !operator_webhooks && (revision.is_empty() || !previous_default_tag);
    let mut objects: Vec<Object> = objects.to_vec();
    let mut post = Vec::new();
    let mut deactivate_last = None;
    if tag_needed && let Some(canon) = tag::canonical_injector(&objects) {
        let auto = values["sidecarInjectorWebhook"]["enableNamespacesByDefault"]
            .as_bool()
            .unwrap_or(false);
        let mut tag_objects = tag::default_tag_objects(&canon.value, &revision, &namespace, auto);
        // the owner labels of the install, as on every other object
        let owner_labels = canon.value["metadata"]["labels"].clone();
        for o in &mut tag_objects {
            for k in [
                prune::MANAGED_LABEL,
                "operator.istio.io/version",
                prune::OWNER_NS_LABEL,
            ] {
                if let Some(v) = owner_labels.get(k) {
                    o["metadata"]["labels"][k] = v.clone();
                }
            }
        }
        post = tag_objects;
        if revision.is_empty() {
            let name = canon.name().to_string();
            if let Some(o) = objects
                .iter_mut()
                .find(|o| o.kind() == "MutatingWebhookConfiguration" && o.name() == name)
            {
                if previous_default_tag {
                    tag::deactivate(&mut o.value);
                } else {
                    let mut off = o.value.clone();
                    tag::deactivate(&mut off);
                    deactivate_last = Some(off);
                }
            }
        }
    }

    let mut namespaces: Vec<String> = vec![namespace.clone()];
    for o in &objects {
        if let Some(ns) = o.namespace()
            && !namespaces.iter().any(|n| n == ns)
        {
            namespaces.push(ns.to_string());
        }
    }
    let network = values["global"]["network"]
        .as_str()
        .filter(|s| !s.is_empty());
    let namespaces = namespaces
        .into_iter()
        .map(|n| {
            let mut ns = json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": n}});
            if let Some(net) = network {
                ns["metadata"]["labels"] = json!({"topology.istio.io/network": net});
            }
            ns
        })
        .collect();

    let by = |c: Component| -> Option<Step> {
        let objs: Vec<Value> = objects
            .iter()
            .filter(|o| o.component == c)
            .map(|o| o.value.clone())
            .collect();
        (!objs.is_empty()).then_some(Step {
            component: Some(c),
            objects: objs,
        })
    };
    let mut levels: Vec<Vec<Step>> = Vec::new();
    let mut placed: Vec<(Component, usize)> = Vec::new();
    for c in Component::ALL {
        let Some(step) = by(c) else { continue };
        let level = c
            .depends_on()
            .iter()
            .filter_map(|d| placed.iter().find(|(p, _)| p == d).map(|(_, l)| l + 1))
            .max()
            .unwrap_or(0);
        placed.push((c, level));
        while levels.len() <= level {
            levels.push(Vec::new());
        }
        levels[level].push(step);
    }
    for objects in [post, deactivate_last.into_iter().collect()] {
        if !objects.is_empty() {
            levels.push(vec![Step {
                component: None,
                objects,
            }]);
        }
    }
    Plan {
        namespace,
        namespaces,
        levels,
        revision,
        owner,
        profile: merged.profile.clone(),
        version,
    }
}

/// How to run an install.
#[derive(Debug, Clone)]
pub struct Options {
    /// Server-side dry run: every apply with `dryRun=All`, no waits, no prune.
    pub dry_run: bool,
    /// How long each component may take to become ready.
    pub readiness_timeout: Duration,
    /// Objects applied at once.
    pub concurrency: usize,
}

/// What the install reports while it runs. Called from concurrent tasks.
pub trait Progress: Sync {
    /// A step starts applying `objects` objects.
    fn started(&self, step: &str, objects: usize);
    /// A step applied everything and waits for `what`.
    fn waiting(&self, step: &str, what: &str);
    /// A step is done.
    fn finished(&self, step: &str, elapsed: Duration);
    /// A step failed (the error follows in the result).
    fn failed(&self, step: &str, elapsed: Duration);
}

/// Why an install stopped.
#[derive(Debug, thiserror::Error)]
pub enum InstallError {
    #[error("{step}: {source}")]
    Apply {
        step: String,
        #[source]
        source: ClusterError,
    },
    #[error("{step}: {} not ready after {}s", count(.unready.len(), "workload"), .timeout.as_secs())]
    NotReady {
        step: String,
        timeout: Duration,
        unready: Vec<Unready>,
    },
    #[error("pruning: {0}")]
    Prune(ClusterError),
    #[error("{0}")]
    Several(String),
}

fn count(n: usize, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {what}s")
    }
}

/// What an install did.
#[derive(Debug, Default)]
pub struct Outcome {
    /// Objects applied (or validated, on dry run).
    pub applied: usize,
    /// Objects in namespaces that do not exist yet: a dry run cannot validate them.
    pub not_validated: Vec<ObjectKey>,
    /// Objects deleted by prune (or that would be, on dry run).
    pub pruned: Vec<ObjectKey>,
}

/// Apply one object with server-side apply.
pub async fn apply_one(
    cluster: &Cluster,
    obj: &Value,
    dry_run: bool,
) -> Result<Value, ClusterError> {
    let key = ObjectKey::of(obj);
    let api_version = obj["apiVersion"].as_str().unwrap_or_default();
    let api = api_for(cluster, api_version, &key.kind, key.namespace.as_deref()).await?;
    let mut pp = PatchParams::apply(FIELD_MANAGER).force();
    pp.dry_run = dry_run;
    let got = cluster
        .call(
            &format!("applying {key}"),
            api.patch(&key.name, &pp, &Patch::Apply(obj)),
        )
        .await?;
    let mut v =
        serde_json::to_value(got).map_err(|e| ClusterError::InvalidObject(e.to_string()))?;
    v["apiVersion"] = Value::String(api_version.to_string());
    v["kind"] = Value::String(key.kind.clone());
    Ok(v)
}

/// Apply objects `concurrency` at a time; results in the input order.
pub async fn apply_many(
    cluster: &Cluster,
    objects: &[Value],
    dry_run: bool,
    concurrency: usize,
) -> Vec<Result<Value, ClusterError>> {
    stream::iter(objects.iter())
        .map(|o| apply_one(cluster, o, dry_run))
        .buffered(concurrency.max(1))
        .collect()
        .await
}

/// Run the plan.
pub async fn install(
    cluster: &Cluster,
    plan: &Plan,
    opts: &Options,
    progress: &dyn Progress,
) -> Result<Outcome, InstallError> {
    let mut outcome = Outcome::default();
    // Namespaces first. On dry run, a namespace that does not exist yet cannot hold a dry-run
    // object: those objects are listed as not validated.
    let mut missing_ns: HashSet<String> = HashSet::new();
    if opts.dry_run {
        for ns in &plan.namespaces {
            let name = ns["metadata"]["name"].as_str().unwrap_or_default();
            let api = api_for(cluster, "v1", "Namespace", None)
                .await
                .map_err(|e| InstallError::Apply {
                    step: "namespace".to_string(),
                    source: e,
                })?;
            let found = cluster
                .call(&format!("getting Namespace {name}"), api.get_opt(name))
                .await
                .map_err(|e| InstallError::Apply {
                    step: "namespace".to_string(),
                    source: e,
                })?;
            if found.is_none() {
                missing_ns.insert(name.to_string());
            }
        }
    }
    let applied = apply_many(cluster, &plan.namespaces, opts.dry_run, opts.concurrency).await;
    for (ns, r) in plan.namespaces.iter().zip(applied) {
        match r {
            Ok(_) => {}
            // Users allowed to install into an existing namespace but not to change
            // namespaces: the namespace being there is all the install needs.
            Err(e) if e.status_code() == Some(403) && namespace_exists(cluster, ns).await => {}
            Err(e) => {
                return Err(InstallError::Apply {
                    step: "namespace".to_string(),
                    source: e,
                });
            }
        }
    }

    for level in &plan.levels {
        let results = join_all(
            level
                .iter()
                .map(|step| run_step(cluster, step, opts, progress, &missing_ns)),
        )
        .await;
        let mut errors = Vec::new();
        for r in results {
            match r {
                Ok((applied, skipped)) => {
                    outcome.applied += applied;
                    outcome.not_validated.extend(skipped);
                }
                Err(e) => errors.push(e),
            }
        }
        match errors.len() {
            0 => {}
            1 => return Err(errors.remove(0)),
            _ => {
                return Err(InstallError::Several(
                    errors
                        .iter()
                        .map(|e| format!("{e:#}"))
                        .collect::<Vec<_>>()
                        .join("\n"),
                ));
            }
        }
    }

    // Prune: owned objects this install no longer renders.
    let owned = prune::list_owned(
        cluster,
        &prune::prunable_kinds(),
        &plan.owner_selector(),
        opts.concurrency,
    )
    .await
    .map_err(InstallError::Prune)?;
    let stale = prune::candidates(owned, &plan.keys());
    outcome.pruned = stale.iter().map(ObjectKey::of).collect();
    if !opts.dry_run && !stale.is_empty() {
        for d in prune::delete_all(cluster, &stale, false, opts.concurrency).await {
            d.result.map_err(InstallError::Prune)?;
        }
    }
    Ok(outcome)
}

async fn namespace_exists(cluster: &Cluster, ns: &Value) -> bool {
    let name = ns["metadata"]["name"].as_str().unwrap_or_default();
    match api_for(cluster, "v1", "Namespace", None).await {
        Ok(api) => matches!(
            cluster
                .call(&format!("getting Namespace {name}"), api.get_opt(name))
                .await,
            Ok(Some(_))
        ),
        Err(_) => false,
    }
}

/// Apply one component's objects: CRDs first (waiting until Established), then the rest, then
/// wait for its workloads. Returns (objects applied, objects not validated on dry run).
async fn run_step(
    cluster: &Cluster,
    step: &Step,
    opts: &Options,
    progress: &dyn Progress,
    missing_ns: &HashSet<String>,
) -> Result<(usize, Vec<ObjectKey>), InstallError> {
    let name = step.name();
    let start = Instant::now();
    progress.started(name, step.objects.len());
    let fail = |e: InstallError| {
        progress.failed(name, start.elapsed());
        e
    };
    let (crds, rest): (Vec<Value>, Vec<Value>) = step
        .objects
        .iter()
        .cloned()
        .partition(|o| o["kind"] == "CustomResourceDefinition");
    let (rest, skipped): (Vec<Value>, Vec<Value>) = rest.into_iter().partition(|o| {
        o["metadata"]["namespace"]
            .as_str()
            .is_none_or(|ns| !missing_ns.contains(ns))
    });
    let mut applied = 0;
    let mut to_wait = Vec::new();
    for (i, batch) in [crds, rest].into_iter().enumerate() {
        if batch.is_empty() {
            continue;
        }
        let results = apply_many(cluster, &batch, opts.dry_run, opts.concurrency).await;
        let mut live = Vec::new();
        for r in results {
            live.push(r.map_err(|e| {
                fail(InstallError::Apply {
                    step: name.to_string(),
                    source: e,
                })
            })?);
        }
        applied += live.len();
        if opts.dry_run {
            continue;
        }
        let waits: Vec<Value> = live
            .into_iter()
            .filter(|o| wait::waits_for(o["kind"].as_str().unwrap_or_default()))
            .collect();
        if i == 0 {
            // CRDs must be Established before anything may use them
            if waits.iter().any(|o| wait::state(o) != wait::State::Ready) {
                progress.waiting(name, "CRDs to be established");
            }
            wait::wait_ready(cluster, waits, opts.readiness_timeout)
                .await
                .map_err(|unready| {
                    fail(InstallError::NotReady {
                        step: name.to_string(),
                        timeout: opts.readiness_timeout,
                        unready,
                    })
                })?;
        } else {
            to_wait = waits;
        }
    }
    if !to_wait.is_empty() {
        if to_wait.iter().any(|o| wait::state(o) != wait::State::Ready) {
            let names: Vec<String> = to_wait.iter().map(|o| ObjectKey::of(o).name).collect();
            progress.waiting(name, &names.join(", "));
        }
        wait::wait_ready(cluster, to_wait, opts.readiness_timeout)
            .await
            .map_err(|unready| {
                fail(InstallError::NotReady {
                    step: name.to_string(),
                    timeout: opts.readiness_timeout,
                    unready,
                })
            })?;
    }
    progress.finished(name, start.elapsed());
    Ok((applied, skipped.iter().map(ObjectKey::of).collect()))
}

/// Every kind an install touches, for permission checks.
pub fn kinds_of(plan: &Plan) -> Vec<(String, String, Option<String>)> {
    let mut seen = Vec::new();
    for o in plan.namespaces.iter().chain(plan.objects()) {
        let key = ObjectKey::of(o);
        let item = (key.group.clone(), key.kind.clone(), key.namespace.clone());
        if !seen.contains(&item) {
            seen.push(item);
        }
    }
    seen
}

/// The prunable kinds (re-exported for commands that list owned objects).
pub fn owned_kinds() -> Vec<KindRef> {
    prune::prunable_kinds()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::install::{render, values};

    fn demo() -> (Merged, Vec<Object>) {
        let m = values::build(&values::Inputs {
            set: vec!["profile=demo".into()],
            ..values::Inputs::default()
        })
        .unwrap_or_else(|e| panic!("{e}"));
        let objs = render::render(&m).unwrap_or_else(|e| panic!("{e}"));
        (m, objs)
    }

    fn injector_selector(o: &Value) -> Value {
        o["webhooks"][0]["objectSelector"]["matchLabels"]["istio.io/deactivated"].clone()
    }

    fn is_injector(o: &Value) -> bool {
        o["kind"] == "MutatingWebhookConfiguration"
            && o["metadata"]["name"] == "istio-sidecar-injector"
    }

    fn step_names(p: &Plan) -> Vec<Vec<&str>> {
        p.levels
            .iter()
            .map(|l| l.iter().map(Step::name).collect())
            .collect()
    }

    #[test]
    fn plan_orders_components_by_dependency_and_adds_the_default_tag() {
        let (m, objs) = demo();
        // no default tag yet: the injector stays active until the tag's webhooks exist
        let p = plan(&m, &objs, false);
        assert_eq!(
            step_names(&p),
            vec![
                vec!["Base"],
                vec!["Pilot"],
                vec!["IngressGateways", "EgressGateways"],
                vec!["Webhooks"],
                vec!["Webhooks"]
            ]
        );
        assert_eq!(p.objects().count(), objs.len() + 4);
        assert_eq!(p.keys().len(), objs.len() + 3);
        let pilot = &p.levels[1][0];
        let inj = pilot.objects.iter().find(|o| is_injector(o)).cloned();
        assert_eq!(inj.as_ref().map(injector_selector), Some(Value::Null));
        let tag_step = &p.levels[3][0];
        assert!(
            tag_step
                .objects
                .iter()
                .any(|o| o["metadata"]["name"] == "istio-revision-tag-default"),
            "{:?}",
            tag_step.objects
        );
        let last = &p.levels[4][0].objects;
        assert_eq!(last.len(), 1);
        assert!(is_injector(&last[0]));
        assert_eq!(injector_selector(&last[0]), "never-match");
        // diff and verify see each object once, as it ends up
        let final_injectors: Vec<&Value> = p
            .objects_by_component()
            .into_iter()
            .map(|(_, o)| o)
            .filter(|o| is_injector(o))
            .collect();
        assert_eq!(final_injectors.len(), 1);
        assert_eq!(injector_selector(final_injectors[0]), "never-match");
    }

    #[test]
    fn with_a_default_tag_the_injector_is_applied_already_deactivated() {
        let (m, objs) = demo();
        let p = plan(&m, &objs, true);
        assert_eq!(step_names(&p).len(), 4);
        assert_eq!(p.objects().count(), objs.len() + 3);
        let inj = p.objects().find(|o| is_injector(o)).cloned();
        assert_eq!(
            inj.as_ref().map(injector_selector),
            Some(Value::from("never-match"))
        );
    }

    #[test]
    fn revisioned_install_keeps_an_existing_default_tag() {
        let m = values::build(&values::Inputs {
            set: vec!["profile=minimal".into(), "revision=canary".into()],
            ..values::Inputs::default()
        })
        .unwrap_or_else(|e| panic!("{e}"));
        let objs = render::render(&m).unwrap_or_else(|e| panic!("{e}"));
        let with_tag = plan(&m, &objs, true);
        assert!(
            with_tag
                .levels
                .iter()
                .flatten()
                .all(|s| s.component.is_some())
        );
        let fresh = plan(&m, &objs, false);
        assert!(fresh.levels.iter().flatten().any(|s| s.component.is_none()));
    }
}
