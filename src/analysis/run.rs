//! One analysis run: load the inputs, prepare the store the way istioctl's harness does, run the
//! selected analyzers, then filter, sort and de-duplicate their messages.

use std::collections::BTreeSet;
use std::time::{Duration, Instant};

use crate::resource::{Field, Node, Str};
use serde_json::{Value, json};

use super::{Analyzer, Context, Message, baseline, kinds, mesh, messages, workloads, world};
use crate::parallel::{self, WorkerPanic};
use crate::resource::loader::{self, IssueKind, LoadIssue};
use crate::resource::{Store, Stored as Resource};

/// Namespaces whose resources are never analyzed (Istio's injection-ignored namespaces).
pub const IGNORED_NAMESPACES: &[&str] = &[
    "kube-system",
    "kube-public",
    "kube-node-lease",
    "local-path-storage",
];

/// A `-S CODE=Kind ns/name` suppression (`*` wildcards in both parts).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suppression {
    pub code: String,
    pub resource: String,
}

impl std::str::FromStr for Suppression {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        let Some((code, resource)) = s.split_once('=') else {
            return Err(format!(
                "suppression {s:?} is not CODE=RESOURCE (for example \"IST0102=Namespace frod\")"
            ));
        };
        let (code, resource) = (code.trim(), resource.trim());
        if code.is_empty() || resource.is_empty() {
            return Err(format!("suppression {s:?} has an empty code or resource"));
        }
        Ok(Suppression {
            code: code.to_string(),
            resource: resource.to_string(),
        })
    }
}

impl Suppression {
    pub fn matches(&self, m: &Message) -> bool {
        let Some(origin) = &m.origin else {
            return false;
        };
        glob(&self.code, m.ty.code) && glob(&self.resource, origin)
    }
}

/// `*` matches any run of characters; everything else matches itself.
pub fn glob(pattern: &str, text: &str) -> bool {
    let parts: Vec<&str> = pattern.split('*').collect();
    if parts.len() == 1 {
        return pattern == text;
    }
    let mut rest = text;
    let first = parts[0];
    let Some(r) = rest.strip_prefix(first) else {
        return false;
    };
    rest = r;
    let last = parts[parts.len() - 1];
    for mid in &parts[1..parts.len() - 1] {
        match rest.split_once(mid) {
            Some((_, after)) => rest = after,
            None => return false,
        }
    }
    rest.len() >= last.len() && rest.ends_with(last)
}

/// Everything a run needs.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub inputs: Vec<String>,
    /// The selected namespace: applied to namespaced resources without one, and used to filter
    /// messages. None with `--all-namespaces`.
    pub namespace: Option<String>,
    pub istio_namespace: String,
    /// A MeshConfig overlay (parsed `--meshConfigFile`).
    pub mesh_config: Option<Value>,
    /// MeshNetworks (parsed `--meshNetworksFile`).
    pub mesh_networks: Option<Value>,
    pub suppressions: Vec<Suppression>,
    /// `--revision`: keep only configuration of this revision (see [`in_revision`]).
    pub revision: Option<String>,
    /// Stop once this much time has passed: no analyzer starts after it, and running ones stop
    /// at their next check of [`Context::out_of_time`].
    pub timeout: Option<Duration>,
    /// File mode's open world: the inputs are one application on the baseline cluster of
    /// `profile` (see [`world`]). False (the default) is the closed world: the inputs are the
    /// whole cluster, with istioctl's stand-in ingress gateway.
    pub open_world: bool,
    /// The install profile of the open world's baseline (None: `default`).
    pub profile: Option<String>,
}

/// Why an analyzer did not run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SkipReason {
    /// The run hit `--timeout` before reaching it.
    Timeout,
}

/// What a run produced.
#[derive(Debug, Default)]
pub struct Outcome {
    /// Filtered, sorted, de-duplicated messages.
    pub messages: Vec<Message>,
    pub load_issues: Vec<LoadIssue>,
    pub files: usize,
    /// Resources analyzed (from files, after filtering; defaults not counted).
    pub resources: usize,
    /// Resources read from the files, before filtering (0 with files given: nothing to
    /// analyze, exit 2).
    pub documents: usize,
    /// Analyzers that ran: name, messages reported, time taken.
    pub ran: Vec<(&'static str, usize, Duration)>,
    pub skipped: Vec<(&'static str, SkipReason)>,
    /// Analyzers that ran but stopped early at the deadline (their messages are partial).
    pub stopped: Vec<&'static str>,
    pub timed_out: bool,
    /// Stages that failed inside sailctl (a worker panicked: a bug); every other result is
    /// kept. The command reports them and exits 3.
    pub internal: Vec<WorkerPanic>,
    /// Input files not read because `--timeout` passed while loading (then no analyzer runs:
    /// half an input would give wrong "not found" messages).
    pub unread_files: usize,
    /// Time spent reading and parsing the inputs and building the store.
    pub load_time: Duration,
    /// Time spent in the analyzers, filtering and sorting.
    pub analyze_time: Duration,
    /// Open world: references the input does not describe, not checked (SAIL0002 Info
    /// messages, shown under `-v` only).
    pub unresolved: Vec<Message>,
    /// Resources of the input outside the selected namespace (analyzed; their messages are
    /// not shown).
    pub outside_selection: usize,
    /// The baseline could not be built (open world; the run has no baseline then).
    pub baseline_error: Option<String>,
}

/// Prepare resources the way istioctl's file mode does: keep the kinds some analyzer reads,
/// drop ignored namespaces, clear the namespace of cluster-scoped kinds and default the others.
/// `base` (the open world's baseline cluster) follows the input's resources; in the open world
/// each workload controller is followed by its template pod (see [`workloads`]). The input's
/// vector becomes the store's: resources are settled and dropped in place, the template pods
/// appended, and everything filed in input order; on a big input no second vector of every
/// resource is ever held.
pub fn build_store(
    mut resources: Vec<Resource>,
    base: Vec<Resource>,
    wanted: &BTreeSet<&str>,
    opts: &Options,
) -> (Store, usize) {
    resources.extend(base);
    // each template pod, with its controller's input position
    let mut pods: Vec<(usize, Resource)> = Vec::new();
    if opts.open_world {
        for (i, r) in resources.iter_mut().enumerate() {
            if let Some(pod) = workloads::template_pod(r) {
                pods.push((i, pod));
            }
        }
    }
    let mut collections = Vec::with_capacity(resources.len());
    // for each input position, how many resources up to it are kept
    let mut kept_through = Vec::with_capacity(if pods.is_empty() { 0 } else { resources.len() });
    resources.retain_mut(|r| {
        let keep = prepare(r, wanted, opts)
            .map(|c| collections.push(c))
            .is_some();
        if !pods.is_empty() {
            kept_through.push(collections.len());
        }
        keep
    });
    let pods: Vec<(usize, &'static str, Resource)> = pods
        .into_iter()
        .filter_map(|(i, mut pod)| {
            let c = prepare(&mut pod, wanted, opts)?;
            // after its controller (or where the controller was, when it was dropped)
            let at = kept_through.get(i).copied().unwrap_or(0);
            Some((at, c, pod))
        })
        .collect();
    let count = resources
        .iter()
        .filter(|r| !baseline::is_baseline(r))
        .count();
    let mut store = Store::adopt(resources);
    store.reserve(pods.len() + DEFAULTS);
    let mut pods = pods.into_iter().peekable();
    for (i, collection) in collections.into_iter().enumerate() {
        while let Some((_, c, pod)) = pods.next_if(|p| p.0 <= i) {
            let j = store.push(pod);
            store.file(j, c);
        }
        store.file(i, collection);
    }
    for (_, c, pod) in pods {
        let j = store.push(pod);
        store.file(j, c);
    }
    if !opts.open_world {
        add_defaults(&mut store, opts);
    }
    (store, count)
}

/// How many resources [`add_defaults`] adds at most.
const DEFAULTS: usize = 4;

/// A resource as the store files it (its collection, its namespace cleared or defaulted), or
/// None when no selected analyzer reads it, it is of another revision or of an ignored
/// namespace.
fn prepare(r: &mut Resource, wanted: &BTreeSet<&str>, opts: &Options) -> Option<&'static str> {
    let k = kinds::of(r.group(), &r.kind)?;
    if !wanted.contains(k.collection) || !in_revision(r, k.collection, opts.revision.as_deref()) {
        return None;
    }
    if !k.namespaced {
        r.namespace = None;
    } else if r.namespace.is_none() {
        r.namespace = opts.namespace.as_deref().map(Str::new);
    }
    if r.namespace
        .as_deref()
        .is_some_and(|ns| IGNORED_NAMESPACES.contains(&ns))
    {
        return None;
    }
    Some(k.collection)
}

/// The namespace a resource ends up in (cluster-scoped kinds: none; others default to the
/// selected namespace).
fn effective_namespace<'a>(r: &'a Resource, opts: &'a Options) -> Option<&'a str> {
    match kinds::of(r.group(), &r.kind) {
        Some(k) if !k.namespaced => None,
        _ => r.namespace.as_deref().or(opts.namespace.as_deref()),
    }
}

fn position(r: &Resource) -> String {
    r.location()
        .map(|l| format!("{}:{}", l.file, l.line))
        .unwrap_or_else(|| "the cluster".to_string())
}

/// kubectl apply order: of two documents for the same object (group, kind, namespace, name)
/// the later wins. Returns the kept resources (in input order) and one SAIL0001 warning per
/// superseded document, on the later one.
///
/// The resources stay in their vector (a big input is not copied into a second one), and the
/// objects are told apart by borrowed names, so nothing is allocated per resource.
pub fn drop_duplicates(
    mut resources: Vec<Resource>,
    opts: &Options,
) -> (Vec<Resource>, Vec<Message>) {
    use std::collections::HashMap;
    let mut superseded = vec![false; resources.len()];
    let mut warnings = Vec::new();
    {
        type Key<'a> = (&'a str, &'a str, Option<&'a str>, &'a str);
        let mut seen: HashMap<Key<'_>, usize> = HashMap::new();
        for (i, r) in resources.iter().enumerate() {
            if r.name.is_empty() {
                continue;
            }
            let ns = effective_namespace(r, opts);
            let key = (r.group(), r.kind.as_str(), ns, r.name.as_str());
            if let Some(old) = seen.insert(key, i) {
                if let Some(s) = superseded.get_mut(old) {
                    *s = true;
                }
                let Some(earlier) = resources.get(old) else {
                    continue;
                };
                let name = match ns {
                    Some(ns) => format!("{} {}/{}", r.kind, ns, r.name),
                    None => format!("{} {}", r.kind, r.name),
                };
                let msg =
                    messages::duplicate_resource(name.clone(), position(earlier), position(r));
                let field = crate::resource::FieldPath::parse("metadata.name");
                warnings.push(Message {
                    ty: msg.ty,
                    text: msg.text,
                    origin: Some(name),
                    namespace: ns.map(str::to_string),
                    location: r.locate(&field),
                    field: Some(field),
                    suppress: r.annotation(super::SUPPRESS_ANNOTATION).map(str::to_string),
                    analyzer: "file mode",
                });
            }
        }
    }
    let mut flags = superseded.into_iter();
    resources.retain(|_| !flags.next().unwrap_or(false));
    (resources, warnings)
}

/// Kinds that describe workloads and the cluster rather than Istio configuration: never
/// filtered by revision.
const NOT_REVISIONED: &[&str] = &[
    "Pod",
    "Service",
    "Namespace",
    "Node",
    "Secret",
    "Endpoints",
    "Deployment",
];

/// Istio's rule for which configuration a revision reads: objects without an `istio.io/rev`
/// label belong to every revision, labeled ones only to theirs.
pub fn in_revision(r: &Resource, collection: &str, revision: Option<&str>) -> bool {
    let Some(rev) = revision else {
        return true;
    };
    if NOT_REVISIONED.contains(&collection) {
        return true;
    }
    r.label("istio.io/rev").is_none_or(|l| l == rev)
}

fn synthetic(kind: &str, namespace: &str, name: &str, spec: Value) -> Option<Resource> {
    Resource::from_value(
        Node::from(json!({"apiVersion": "", "kind": kind,
               "metadata": {"name": name, "namespace": namespace}, "spec": spec})),
        None,
    )
}

/// The effective mesh config of a run.
pub fn mesh_config(opts: &Options) -> Value {
    let mut m = mesh::default_mesh_config(&opts.istio_namespace);
    if let Some(o) = &opts.mesh_config {
        mesh::overlay(&mut m, o);
    }
    m
}

/// Add what istioctl's harness adds after the files: the MeshConfig and MeshNetworks resources,
/// and (unless `ingressControllerMode: OFF`) an ingress gateway Pod and Service.
fn add_defaults(store: &mut Store, opts: &Options) {
    let ns = opts.istio_namespace.as_str();
    let mc = mesh_config(opts);
    let networks = opts
        .mesh_networks
        .clone()
        .unwrap_or_else(|| json!({"networks": {}}));
    let ingress_off = mc
        .field("ingressControllerMode")
        .and_then(Value::as_str)
        .is_some_and(|m| m.eq_ignore_ascii_case("OFF"));
    let ingress = mc
        .field("ingressService")
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
        .unwrap_or("istio-ingressgateway")
        .to_string();
    if let Some(r) = synthetic("MeshConfig", ns, "meshconfig", mc) {
        store.insert_as("MeshConfig", r);
    }
    if let Some(r) = synthetic("MeshNetworks", ns, "meshnetworks", networks) {
        store.insert_as("MeshNetworks", r);
    }
    if ingress_off {
        return;
    }
    let pod = json!({
        "apiVersion": "v1", "kind": "Pod",
        "metadata": {"name": format!("{ingress}-dummypod"), "namespace": ns,
                     "labels": {"istio": "ingressgateway"}},
        "spec": {"containers": [{"name": "istio-proxy"}]}
    });
    let port = |name: &str, port: u16, node: u16| json!({"name": name, "port": port, "nodePort": node, "protocol": "TCP", "targetPort": port});
    let svc = json!({
        "apiVersion": "v1", "kind": "Service",
        "metadata": {"name": ingress, "namespace": ns},
        "spec": {"selector": {"istio": "ingressgateway"},
                 "ports": [port("http2", 80, 31380), port("https", 443, 31390),
                           port("tcp", 31400, 31400), port("tls", 15443, 31447)]}
    });
    for (c, v) in [("Pod", pod), ("Service", svc)] {
        if let Some(r) = Resource::from_value(Node::from(v), None) {
            store.insert_as(c, r);
        }
    }
}

/// Run `analyzers` over the inputs.
pub fn analyze(analyzers: &[&'static dyn Analyzer], opts: &Options) -> Outcome {
    let started = Instant::now();
    let deadline = opts.timeout.and_then(|t| started.checked_add(t));
    let (loaded, unread_files) = load_until(&opts.inputs, deadline);
    let mut out = Outcome {
        files: loaded.files,
        documents: loaded.resources.len(),
        load_issues: loaded.issues,
        internal: loaded.internal,
        unread_files,
        ..Outcome::default()
    };
    if unread_files > 0 {
        out.timed_out = true;
        out.skipped = analyzers
            .iter()
            .map(|a| (a.metadata().name, SkipReason::Timeout))
            .collect();
        out.load_time = started.elapsed();
        drop_in_background(loaded.resources);
        return out;
    }
    let wanted: BTreeSet<&str> = analyzers
        .iter()
        .flat_map(|a| a.metadata().inputs.iter().copied())
        .collect();
    let mut resources = loaded.resources;
    let mut base = Vec::new();
    let mut early = Vec::new();
    let mut user_count = None;
    if opts.open_world {
        let (kept, dups) = drop_duplicates(resources, opts);
        resources = kept;
        early = dups;
        if let Some(sel) = &opts.namespace {
            out.outside_selection = resources
                .iter()
                .filter(|r| effective_namespace(r, opts).is_some_and(|ns| ns != *sel))
                .count();
        }
        user_count = Some(resources.len());
        let profile = opts.profile.as_deref().unwrap_or("default");
        match baseline::objects(profile, &opts.istio_namespace) {
            Ok(objects) => base = objects,
            Err(e) => out.baseline_error = Some(e),
        }
    }
    let (store, count) = build_store(resources, base, &wanted, opts);
    out.resources = count;
    let world = match user_count {
        // what the input itself describes (not the baseline)
        Some(_) => world::World::open(
            store
                .iter_filed()
                .filter(|(_, r)| !baseline::is_baseline(r)),
        ),
        None => world::World::closed(),
    };
    out.load_time = started.elapsed();
    let mesh = store
        .of_kind("MeshConfig")
        .next()
        .and_then(|r| r.spec().cloned())
        .unwrap_or(Node::Null);
    let networks = store
        .of_kind("MeshNetworks")
        .next()
        .and_then(|r| r.spec().cloned())
        .unwrap_or(Node::Null);
    let mut messages = early;
    let input = AnalysisInput {
        store: &store,
        mesh: &mesh,
        networks: &networks,
        world: Some(&world),
    };
    messages.extend(run_analyzers(analyzers, &input, opts, deadline, &mut out));
    let (unresolved, messages): (Vec<Message>, Vec<Message>) = messages
        .into_iter()
        .partition(|m| m.ty.code == messages::UNRESOLVED_REFERENCE.code);
    out.unresolved = finish(unresolved, opts);
    out.messages = finish(messages, opts);
    out.analyze_time = started.elapsed().saturating_sub(out.load_time);
    drop_in_background(store);
    out
}

/// Free a large value on another thread. An analysis holds every document as a tree of small
/// allocations; freeing them takes a tenth of the run, and the command only has its output
/// left to print, so that work overlaps the printing (and is cut short when the process exits).
pub fn drop_in_background<T: Send + 'static>(value: T) {
    let spawned = std::thread::Builder::new()
        .name("drop".into())
        .spawn(move || drop(value));
    // when no thread can be started, spawn has dropped the value itself
    drop(spawned);
}

/// What one analyzer did in a worker.
enum Ran {
    Skipped,
    /// Its messages, how many more its resources suppressed, the time it took, and whether it
    /// stopped early at the deadline.
    Done(Vec<Message>, usize, Duration, bool),
}

/// What the analyzers read: the store, the mesh config and networks, and the world (None:
/// closed, as in live mode).
#[derive(Clone, Copy)]
pub struct AnalysisInput<'a> {
    pub store: &'a Store,
    pub mesh: &'a Node,
    pub networks: &'a Node,
    pub world: Option<&'a world::World>,
}

/// Run the analyzers over `store`, spread over the cores (each worker has its own [`Context`]
/// and takes the next analyzer not yet taken), recording in `out` what ran, what was skipped
/// (the deadline passed before it started) and which analyzer panicked (an internal error:
/// the other analyzers' messages are kept). Returns the messages in analyzer order, whatever
/// the scheduling, not yet filtered.
pub fn run_analyzers(
    analyzers: &[&'static dyn Analyzer],
    input: &AnalysisInput,
    opts: &Options,
    deadline: Option<Instant>,
    out: &mut Outcome,
) -> Vec<Message> {
    let AnalysisInput {
        store,
        mesh,
        networks,
        world,
    } = *input;
    // Biggest first (by how many resources of their input kinds there are), so the last
    // analyzers to start are short ones and the workers finish together.
    let mut order: Vec<usize> = (0..analyzers.len()).collect();
    order.sort_by_key(|&i| {
        let inputs = analyzers[i].metadata().inputs;
        std::cmp::Reverse(inputs.iter().map(|k| store.count(k)).sum::<usize>())
    });
    let mut results: Vec<(usize, Result<Ran, WorkerPanic>)> = Vec::with_capacity(order.len());
    let mut k = 0;
    parallel::for_each_ordered(
        "analyzer",
        &order,
        |&i| analyzers[i].metadata().name.to_string(),
        || {
            let mut ctx = Context::new(
                store,
                mesh,
                networks,
                &opts.istio_namespace,
                opts.revision.as_deref(),
            );
            if let Some(w) = world {
                ctx = ctx.with_world(w);
            }
            ctx.set_deadline(deadline);
            ctx
        },
        |ctx, &i| {
            let meta = analyzers[i].metadata();
            if deadline.is_some_and(|d| Instant::now() >= d) {
                return Ran::Skipped;
            }
            let t0 = Instant::now();
            ctx.set_analyzer(meta.name);
            analyzers[i].analyze(ctx);
            let (msgs, suppressed) = ctx.take_messages();
            Ran::Done(msgs, suppressed, t0.elapsed(), ctx.take_stopped())
        },
        |r| {
            results.push((order.get(k).copied().unwrap_or_default(), r));
            k += 1;
        },
    );
    results.sort_by_key(|(i, _)| *i);
    let mut messages = Vec::new();
    for (i, r) in results {
        let name = analyzers[i].metadata().name;
        match r {
            Ok(Ran::Skipped) => {
                out.timed_out = true;
                out.skipped.push((name, SkipReason::Timeout));
            }
            Ok(Ran::Done(msgs, suppressed, took, stopped)) => {
                if stopped {
                    out.timed_out = true;
                    out.stopped.push(name);
                }
                out.ran.push((name, msgs.len() + suppressed, took));
                messages.extend(msgs);
            }
            Err(panic) => out.internal.push(panic),
        }
    }
    messages
}

/// Load the inputs like [`loader::load_all`] (on all cores, keeping the order of files and
/// documents), reading nothing more once `deadline` has passed; also returns how many files
/// were not read to their end. A segment whose loading panicked is in the result's `internal`.
pub fn load_until(inputs: &[String], deadline: Option<Instant>) -> (loader::Loaded, usize) {
    loader::load_until(inputs, deadline)
}

/// Filter by namespace and suppressions, sort as istioctl does, drop exact duplicates.
pub fn finish(messages: Vec<Message>, opts: &Options) -> Vec<Message> {
    let mut msgs: Vec<Message> = messages
        .into_iter()
        .filter(|m| match (&opts.namespace, &m.namespace) {
            (Some(sel), Some(ns)) if m.origin.is_some() => sel == ns,
            _ => true,
        })
        .filter(|m| {
            !m.suppress
                .as_deref()
                .is_some_and(|codes| super::suppresses(codes, m.ty.code))
        })
        .filter(|m| !opts.suppressions.iter().any(|s| s.matches(m)))
        .collect();
    sort_messages(&mut msgs);
    msgs.dedup_by(|b, a| a.key() == b.key());
    msgs
}

/// istioctl's order: level (errors first), code, messages without a resource first, then
/// `Kind/name/namespace`, then the full text.
pub fn sort_messages(msgs: &mut [Message]) {
    fn comparator(m: &Message) -> Option<String> {
        let origin = m.origin.as_deref()?;
        let (kind, rest) = origin.split_once(' ').unwrap_or((origin, ""));
        let (ns, name) = match rest.split_once('/') {
            Some((ns, name)) => (ns, name),
            None => ("", rest),
        };
        Some(format!("{kind}/{name}/{ns}"))
    }
    msgs.sort_by_cached_key(|m| {
        (
            std::cmp::Reverse(m.ty.level),
            m.ty.code,
            comparator(m),
            m.key(),
        )
    });
}

/// Whether a load issue means some input could not be read (exit 2).
/// The rule `validate` shares: a document that is not a Kubernetes object is unreadable too.
pub fn is_unreadable(issue: &LoadIssue) -> bool {
    matches!(
        issue.kind,
        IssueKind::Unreadable | IssueKind::Syntax | IssueKind::NotAResource
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glob_matches_wildcards() {
        assert!(glob("*", "anything"));
        assert!(glob("Namespace *", "Namespace frod"));
        assert!(glob("Pod default/*-v1", "Pod default/reviews-v1"));
        assert!(!glob("Pod default/*-v1", "Pod default/reviews-v2"));
        assert!(glob("IST01*", "IST0102"));
        assert!(!glob("Pod a", "Pod ab"));
        assert!(glob("a*b*c", "aXbYc"));
        assert!(!glob("a*b*c", "aXc"));
    }

    #[test]
    fn parallel_loading_keeps_the_order_of_files_and_documents() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut inputs = Vec::new();
        for i in 0..7 {
            let p = dir.path().join(format!("f{i}.yaml"));
            let docs: Vec<String> = (0..3)
                .map(|j| format!("apiVersion: v1\nkind: Service\nmetadata: {{name: s{i}-{j}}}\n"))
                .collect();
            std::fs::write(&p, docs.join("---\n")).expect("write");
            inputs.push(p.display().to_string());
        }
        inputs.push(dir.path().join("missing.yaml").display().to_string());
        let serial = loader::load_all(&inputs);
        let parallel = load_until(&inputs, None).0;
        let names = |l: &loader::Loaded| {
            l.resources
                .iter()
                .map(|r| r.name.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(names(&serial), names(&parallel));
        assert_eq!(names(&parallel).len(), 21);
        assert_eq!(serial.issues.len(), parallel.issues.len());
        assert_eq!(parallel.files, 7);
    }

    #[test]
    fn the_store_is_filled_in_input_order_with_template_pods_after_their_controllers() {
        let res = |v: Value| Resource::from_value(Node::from(v), None).expect("resource");
        let deploy = res(json!({"apiVersion": "apps/v1", "kind": "Deployment",
            "metadata": {"name": "web", "namespace": "shop"},
            "spec": {"template": {"metadata": {"labels": {"app": "web"}},
                                  "spec": {"containers": [{"name": "web"}]}}}}));
        let svc = res(json!({"apiVersion": "v1", "kind": "Service",
            "metadata": {"name": "web"}, "spec": {"selector": {"app": "web"}}}));
        let skipped = res(json!({"apiVersion": "v1", "kind": "Service",
            "metadata": {"name": "dns", "namespace": "kube-system"}}));
        let base = res(json!({"apiVersion": "v1", "kind": "Service",
            "metadata": {"name": "istiod", "namespace": "istio-system",
                         "annotations": {(baseline::BASELINE): "default"}}}));
        let wanted: BTreeSet<&str> = ["Deployment", "Pod", "Service"].into();
        let opts = Options {
            namespace: Some("app".into()),
            open_world: true,
            ..Options::default()
        };
        let (store, count) = build_store(
            vec![deploy.clone(), svc.clone(), skipped.clone()],
            vec![base.clone()],
            &wanted,
            &opts,
        );
        let got: Vec<String> = store
            .iter()
            .map(|r| format!("{} {}", r.friendly_name(), workloads::is_template_pod(r)))
            .collect();
        assert_eq!(
            got,
            [
                "Deployment shop/web false",
                "Pod shop/web true",
                "Service app/web false",
                "Service istio-system/istiod false",
            ]
        );
        assert_eq!(
            count, 2,
            "neither the template pod nor the baseline is counted"
        );
        let closed = Options {
            open_world: false,
            ..opts
        };
        let (store, count) = build_store(vec![deploy, svc, skipped], Vec::new(), &wanted, &closed);
        assert_eq!(count, 2);
        assert_eq!(
            store.count("Pod"),
            1,
            "only the stand-in ingress gateway pod"
        );
        assert!(store.get("Pod", Some("shop"), "web").is_none());
    }

    #[test]
    fn suppressions_parse() {
        let s: Suppression = "IST0102=Namespace frod".parse().expect("parses");
        assert_eq!(s.code, "IST0102");
        assert_eq!(s.resource, "Namespace frod");
        assert!("IST0102".parse::<Suppression>().is_err());
    }
}
