//! The test API server's state: resource types (built-in and from CRDs), objects, field
//! ownership for server-side apply, access rules, port-forward targets and the request record.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::net::SocketAddr;

use serde_json::{Map, Value, json};

/// One served resource: `group/version` + plural, its kind and scope.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResourceType {
    pub group: String,
    pub version: String,
    pub kind: String,
    pub plural: String,
    pub singular: String,
    pub namespaced: bool,
    /// Whether it has a `/status` subresource (status is then ignored on the main resource).
    pub status: bool,
    pub short_names: Vec<String>,
    /// Defined by a CustomResourceDefinition (removed with it).
    pub from_crd: bool,
}

impl ResourceType {
    pub fn api_version(&self) -> String {
        if self.group.is_empty() {
            self.version.clone()
        } else {
            format!("{}/{}", self.group, self.version)
        }
    }
}

fn builtin(
    group: &str,
    version: &str,
    kind: &str,
    plural: &str,
    namespaced: bool,
    status: bool,
    short: &[&str],
) -> ResourceType {
    ResourceType {
        group: group.into(),
        version: version.into(),
        kind: kind.into(),
        plural: plural.into(),
        singular: kind.to_ascii_lowercase(),
        namespaced,
        status,
        short_names: short.iter().map(|s| s.to_string()).collect(),
        from_crd: false,
    }
}

/// The built-in kinds the test server serves from the start.
pub fn builtin_types() -> Vec<ResourceType> {
    vec![
        builtin("", "v1", "Namespace", "namespaces", false, true, &["ns"]),
        builtin("", "v1", "Pod", "pods", true, true, &["po"]),
        builtin("", "v1", "Service", "services", true, true, &["svc"]),
        builtin("", "v1", "ConfigMap", "configmaps", true, false, &["cm"]),
        builtin("", "v1", "Secret", "secrets", true, false, &[]),
        builtin(
            "",
            "v1",
            "ServiceAccount",
            "serviceaccounts",
            true,
            false,
            &["sa"],
        ),
        builtin("", "v1", "Endpoints", "endpoints", true, false, &["ep"]),
        builtin("", "v1", "Node", "nodes", false, true, &["no"]),
        builtin("", "v1", "Event", "events", true, false, &["ev"]),
        builtin(
            "",
            "v1",
            "PersistentVolumeClaim",
            "persistentvolumeclaims",
            true,
            true,
            &["pvc"],
        ),
        builtin(
            "apps",
            "v1",
            "Deployment",
            "deployments",
            true,
            true,
            &["deploy"],
        ),
        builtin("apps", "v1", "DaemonSet", "daemonsets", true, true, &["ds"]),
        builtin(
            "apps",
            "v1",
            "StatefulSet",
            "statefulsets",
            true,
            true,
            &["sts"],
        ),
        builtin(
            "apps",
            "v1",
            "ReplicaSet",
            "replicasets",
            true,
            true,
            &["rs"],
        ),
        builtin("batch", "v1", "Job", "jobs", true, true, &[]),
        builtin(
            "policy",
            "v1",
            "PodDisruptionBudget",
            "poddisruptionbudgets",
            true,
            true,
            &["pdb"],
        ),
        builtin(
            "autoscaling",
            "v2",
            "HorizontalPodAutoscaler",
            "horizontalpodautoscalers",
            true,
            true,
            &["hpa"],
        ),
        builtin(
            "networking.k8s.io",
            "v1",
            "Ingress",
            "ingresses",
            true,
            true,
            &["ing"],
        ),
        builtin(
            "discovery.k8s.io",
            "v1",
            "EndpointSlice",
            "endpointslices",
            true,
            false,
            &[],
        ),
        builtin(
            "rbac.authorization.k8s.io",
            "v1",
            "Role",
            "roles",
            true,
            false,
            &[],
        ),
        builtin(
            "rbac.authorization.k8s.io",
            "v1",
            "RoleBinding",
            "rolebindings",
            true,
            false,
            &[],
        ),
        builtin(
            "rbac.authorization.k8s.io",
            "v1",
            "ClusterRole",
            "clusterroles",
            false,
            false,
            &[],
        ),
        builtin(
            "rbac.authorization.k8s.io",
            "v1",
            "ClusterRoleBinding",
            "clusterrolebindings",
            false,
            false,
            &[],
        ),
        builtin(
            "admissionregistration.k8s.io",
            "v1",
            "MutatingWebhookConfiguration",
            "mutatingwebhookconfigurations",
            false,
            false,
            &[],
        ),
        builtin(
            "admissionregistration.k8s.io",
            "v1",
            "ValidatingWebhookConfiguration",
            "validatingwebhookconfigurations",
            false,
            false,
            &[],
        ),
        builtin(
            "apiextensions.k8s.io",
            "v1",
            "CustomResourceDefinition",
            "customresourcedefinitions",
            false,
            true,
            &["crd", "crds"],
        ),
        builtin(
            "",
            "v1",
            "PersistentVolume",
            "persistentvolumes",
            false,
            true,
            &["pv"],
        ),
        builtin(
            "",
            "v1",
            "ResourceQuota",
            "resourcequotas",
            true,
            true,
            &["quota"],
        ),
        builtin(
            "",
            "v1",
            "LimitRange",
            "limitranges",
            true,
            false,
            &["limits"],
        ),
        builtin("batch", "v1", "CronJob", "cronjobs", true, true, &["cj"]),
        builtin(
            "networking.k8s.io",
            "v1",
            "NetworkPolicy",
            "networkpolicies",
            true,
            false,
            &["netpol"],
        ),
        builtin(
            "networking.k8s.io",
            "v1",
            "IngressClass",
            "ingressclasses",
            false,
            false,
            &[],
        ),
        builtin(
            "scheduling.k8s.io",
            "v1",
            "PriorityClass",
            "priorityclasses",
            false,
            false,
            &["pc"],
        ),
        builtin(
            "coordination.k8s.io",
            "v1",
            "Lease",
            "leases",
            true,
            false,
            &[],
        ),
        builtin(
            "storage.k8s.io",
            "v1",
            "StorageClass",
            "storageclasses",
            false,
            false,
            &["sc"],
        ),
        builtin(
            "certificates.k8s.io",
            "v1",
            "CertificateSigningRequest",
            "certificatesigningrequests",
            false,
            true,
            &["csr"],
        ),
        builtin(
            "authorization.k8s.io",
            "v1",
            "SelfSubjectAccessReview",
            "selfsubjectaccessreviews",
            false,
            false,
            &[],
        ),
    ]
}

/// `(group, plural, namespace or "", name)`: versions of one resource share storage.
pub type ObjKey = (String, String, String, String);

/// One API request as the server saw it.
#[derive(Debug, Clone)]
pub struct RecordedRequest {
    pub method: String,
    pub path: String,
    /// The raw query string (`labelSelector=app%3Distiod&limit=500`).
    pub query: String,
    /// Decoded query parameters.
    pub params: BTreeMap<String, String>,
    pub content_type: Option<String>,
    /// The `Accept` header (`...;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1` for
    /// metadata-only lists).
    pub accept: Option<String>,
    /// The bearer token the client sent (`Authorization: Bearer ...`), to check auth reached
    /// the server; never print it.
    pub bearer_token: Option<String>,
    /// The `Impersonate-*` headers (`impersonate-user`, `impersonate-group`, ...), in order.
    pub impersonate: Vec<(String, String)>,
    /// `dryRun=All` was given.
    pub dry_run: bool,
    /// The Kubernetes verb: get, list, watch, create, update, patch, apply, delete,
    /// deletecollection, portforward, discovery.
    pub verb: String,
    /// `resource` or `resource/subresource` (`pods`, `deployments/status`), empty for discovery.
    pub resource: String,
    pub namespace: Option<String>,
    pub name: Option<String>,
    pub body: Option<Value>,
}

impl RecordedRequest {
    /// Whether this request changed (or would have changed, without dry run) stored state.
    pub fn is_write(&self) -> bool {
        matches!(
            self.verb.as_str(),
            "create" | "update" | "patch" | "apply" | "delete" | "deletecollection"
        ) && self.resource != "selfsubjectaccessreviews"
    }
}

/// A rule answering access checks: `verb` on `group`/`resource` (`*` matches anything,
/// `resource` may be `pods/portforward`), optionally limited to one namespace.
#[derive(Debug, Clone)]
pub struct AccessRule {
    pub verb: String,
    pub group: String,
    pub resource: String,
    pub namespace: Option<String>,
    pub allow: bool,
}

impl AccessRule {
    fn matches(&self, verb: &str, group: &str, resource: &str, namespace: Option<&str>) -> bool {
        let m = |pat: &str, v: &str| pat == "*" || pat == v;
        m(&self.verb, verb)
            && m(&self.group, group)
            && m(&self.resource, resource)
            && match (&self.namespace, namespace) {
                (None, _) => true,
                (Some(a), Some(b)) => a == "*" || a == b,
                (Some(_), None) => false,
            }
    }
}

/// One change, as watch streams report it.
#[derive(Debug, Clone)]
pub struct WatchEvent {
    pub resource_version: u64,
    pub key: ObjKey,
    /// `ADDED`, `MODIFIED` or `DELETED`.
    pub kind: &'static str,
    pub object: Value,
}

/// Everything the server knows.
pub struct State {
    /// Every change, for watches that start from an older resourceVersion (capped).
    pub history: Vec<WatchEvent>,
    /// Live changes for running watches.
    pub events: tokio::sync::broadcast::Sender<WatchEvent>,
    pub types: Vec<ResourceType>,
    pub objects: BTreeMap<ObjKey, Value>,
    /// Field owners per object: manager -> (operation, leaf paths).
    pub managers: HashMap<ObjKey, BTreeMap<String, (String, BTreeSet<String>)>>,
    pub resource_version: u64,
    pub uid_counter: u64,
    pub requests: Vec<RecordedRequest>,
    /// Checked last-added first; when none matches, access is allowed.
    pub access: Vec<AccessRule>,
    /// Whether denied access also makes real requests fail with 403 (not only reviews).
    pub enforce_access: bool,
    /// `(namespace, pod, port)` -> the local address its port-forward connects to.
    pub forwards: HashMap<(String, String, u16), SocketAddr>,
    /// `(namespace, pod, container)` -> the text `pods/{name}/log` answers.
    pub logs: HashMap<(String, String, String), String>,
    /// Make workloads (Deployment, DaemonSet, StatefulSet) ready as soon as they are written.
    pub auto_ready: bool,
    /// What `/version` answers.
    pub server_version: Value,
    /// A fixed clock for creationTimestamp, so outputs are stable.
    pub now: String,
}

impl State {
    pub fn new() -> Self {
        let mut state = State {
            history: Vec::new(),
            events: tokio::sync::broadcast::channel(4096).0,
            types: builtin_types(),
            objects: BTreeMap::new(),
            managers: HashMap::new(),
            resource_version: 1000,
            uid_counter: 0,
            requests: Vec::new(),
            access: Vec::new(),
            enforce_access: true,
            forwards: HashMap::new(),
            logs: HashMap::new(),
            auto_ready: false,
            server_version: json!({
                "major": "1", "minor": "33", "gitVersion": "v1.33.1",
                "gitCommit": "0000000000000000000000000000000000000000", "gitTreeState": "clean",
                "buildDate": "2026-01-01T00:00:00Z", "goVersion": "go1.24.0", "compiler": "gc",
                "platform": "linux/amd64"
            }),
            now: "2026-01-01T00:00:00Z".to_string(),
        };
        for ns in ["default", "kube-system", "kube-public"] {
            state.ensure_namespace(ns);
        }
        state
    }

    /// Tell watches about a change.
    pub fn emit(&mut self, key: &ObjKey, kind: &'static str, object: Value) {
        let resource_version = object
            .pointer("/metadata/resourceVersion")
            .and_then(Value::as_str)
            .and_then(|rv| rv.parse().ok())
            .unwrap_or(self.resource_version);
        let event = WatchEvent {
            resource_version,
            key: key.clone(),
            kind,
            object,
        };
        if self.history.len() >= 50_000 {
            self.history.drain(..10_000);
        }
        self.history.push(event.clone());
        let _ = self.events.send(event);
    }

    pub fn next_rv(&mut self) -> String {
        self.resource_version += 1;
        self.resource_version.to_string()
    }

    pub fn next_uid(&mut self) -> String {
        self.uid_counter += 1;
        format!("00000000-0000-4000-8000-{:012x}", self.uid_counter)
    }

    /// The type served at `group/version` with this plural.
    pub fn find_type(&self, group: &str, version: &str, plural: &str) -> Option<ResourceType> {
        self.types
            .iter()
            .find(|t| t.group == group && t.version == version && t.plural == plural)
            .cloned()
    }

    /// The type of `apiVersion`/`kind`.
    pub fn type_of_kind(&self, api_version: &str, kind: &str) -> Option<ResourceType> {
        let (group, version) = split_api_version(api_version);
        self.types
            .iter()
            .find(|t| t.group == group && t.version == version && t.kind == kind)
            .cloned()
    }

    /// Access decision for one verb on one resource.
    pub fn allowed(
        &self,
        verb: &str,
        group: &str,
        resource: &str,
        namespace: Option<&str>,
    ) -> bool {
        self.access
            .iter()
            .rev()
            .find(|r| r.matches(verb, group, resource, namespace))
            .is_none_or(|r| r.allow)
    }

    pub fn ensure_namespace(&mut self, ns: &str) {
        let key = (
            String::new(),
            "namespaces".to_string(),
            String::new(),
            ns.to_string(),
        );
        if !self.objects.contains_key(&key) {
            let t = self
                .find_type("", "v1", "namespaces")
                .expect("namespaces type");
            let obj = json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": ns},
                             "spec": {"finalizers": ["kubernetes"]}, "status": {"phase": "Active"}});
            let obj = self.stamp_new(&t, obj, None);
            self.objects.insert(key, obj);
        }
    }

    pub fn namespace_exists(&self, ns: &str) -> bool {
        self.objects.contains_key(&(
            String::new(),
            "namespaces".to_string(),
            String::new(),
            ns.to_string(),
        ))
    }

    /// Fill in the server-set metadata of a new object.
    pub fn stamp_new(
        &mut self,
        t: &ResourceType,
        mut obj: Value,
        namespace: Option<&str>,
    ) -> Value {
        if !obj.is_object() {
            obj = json!({});
        }
        let uid = self.next_uid();
        let rv = self.next_rv();
        let now = self.now.clone();
        let map = obj.as_object_mut().expect("object");
        map.insert("apiVersion".into(), json!(t.api_version()));
        map.insert("kind".into(), json!(t.kind));
        let meta = map
            .entry("metadata")
            .or_insert_with(|| json!({}))
            .as_object_mut()
            .expect("metadata is an object");
        if let Some(ns) = namespace.filter(|_| t.namespaced) {
            meta.insert("namespace".into(), json!(ns));
        } else if !t.namespaced {
            meta.remove("namespace");
        }
        meta.insert("uid".into(), json!(uid));
        meta.insert("resourceVersion".into(), json!(rv));
        meta.insert("creationTimestamp".into(), json!(now));
        meta.insert("generation".into(), json!(1));
        meta.remove("managedFields");
        meta.remove("deletionTimestamp");
        obj
    }

    /// Keys of the objects of a type (all versions), optionally in one namespace.
    pub fn keys_of(&self, t: &ResourceType, namespace: Option<&str>) -> Vec<ObjKey> {
        self.objects
            .keys()
            .filter(|(g, p, ns, _)| {
                g == &t.group && p == &t.plural && namespace.is_none_or(|n| n == ns)
            })
            .cloned()
            .collect()
    }

    /// After a CRD is written: (re)register its served versions as resource types and mark it
    /// Established, as the real API server does.
    pub fn sync_crd(&mut self, key: &ObjKey) {
        let Some(crd) = self.objects.get(key).cloned() else {
            return;
        };
        let spec = &crd["spec"];
        let group = spec["group"].as_str().unwrap_or_default().to_string();
        let names = &spec["names"];
        let plural = names["plural"].as_str().unwrap_or_default().to_string();
        let kind = names["kind"].as_str().unwrap_or_default().to_string();
        if group.is_empty() || plural.is_empty() || kind.is_empty() {
            return;
        }
        let singular = names["singular"]
            .as_str()
            .map(str::to_string)
            .unwrap_or_else(|| kind.to_ascii_lowercase());
        let short_names: Vec<String> = names["shortNames"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default();
        let namespaced = spec["scope"].as_str() != Some("Cluster");
        self.types
            .retain(|t| !(t.from_crd && t.group == group && t.plural == plural));
        for v in spec["versions"].as_array().into_iter().flatten() {
            if v["served"].as_bool() == Some(false) {
                continue;
            }
            let Some(version) = v["name"].as_str() else {
                continue;
            };
            self.types.push(ResourceType {
                group: group.clone(),
                version: version.to_string(),
                kind: kind.clone(),
                plural: plural.clone(),
                singular: singular.clone(),
                namespaced,
                status: v.pointer("/subresources/status").is_some(),
                short_names: short_names.clone(),
                from_crd: true,
            });
        }
        if let Some(obj) = self.objects.get_mut(key) {
            obj["status"] = json!({
                "acceptedNames": names.clone(),
                "storedVersions": spec["versions"].as_array().into_iter().flatten()
                    .filter(|v| v["storage"].as_bool() == Some(true))
                    .filter_map(|v| v["name"].as_str()).collect::<Vec<_>>(),
                "conditions": [
                    {"type": "NamesAccepted", "status": "True", "reason": "NoConflicts",
                     "message": "no conflicts found", "lastTransitionTime": self.now},
                    {"type": "Established", "status": "True", "reason": "InitialNamesAccepted",
                     "message": "the initial names have been accepted", "lastTransitionTime": self.now}
                ]
            });
        }
    }

    /// After a CRD is deleted: forget its types and objects.
    pub fn drop_crd(&mut self, crd: &Value) {
        let group = crd
            .pointer("/spec/group")
            .and_then(Value::as_str)
            .unwrap_or_default();
        let plural = crd
            .pointer("/spec/names/plural")
            .and_then(Value::as_str)
            .unwrap_or_default();
        self.types
            .retain(|t| !(t.from_crd && t.group == group && t.plural == plural));
        self.objects
            .retain(|(g, p, _, _), _| !(g == group && p == plural));
    }

    /// Make a workload look rolled out: every replica ready, available and updated.
    pub fn make_workload_ready(&mut self, key: &ObjKey) {
        let rv = self.next_rv();
        let now = self.now.clone();
        let Some(obj) = self.objects.get_mut(key) else {
            return;
        };
        let generation = obj
            .pointer("/metadata/generation")
            .cloned()
            .unwrap_or(json!(1));
        let kind = obj["kind"].as_str().unwrap_or_default().to_string();
        let replicas = obj
            .pointer("/spec/replicas")
            .and_then(Value::as_i64)
            .unwrap_or(1);
        let status = match kind.as_str() {
            "DaemonSet" => json!({
                "observedGeneration": generation, "currentNumberScheduled": replicas,
                "desiredNumberScheduled": replicas, "numberAvailable": replicas,
                "numberReady": replicas, "updatedNumberScheduled": replicas, "numberMisscheduled": 0
            }),
            "StatefulSet" => json!({
                "observedGeneration": generation, "replicas": replicas, "readyReplicas": replicas,
                "availableReplicas": replicas, "currentReplicas": replicas, "updatedReplicas": replicas
            }),
            _ => json!({
                "observedGeneration": generation, "replicas": replicas, "readyReplicas": replicas,
                "availableReplicas": replicas, "updatedReplicas": replicas,
                "conditions": [
                    {"type": "Available", "status": "True", "reason": "MinimumReplicasAvailable",
                     "message": "Deployment has minimum availability.",
                     "lastUpdateTime": now, "lastTransitionTime": now},
                    {"type": "Progressing", "status": "True", "reason": "NewReplicaSetAvailable",
                     "message": "ReplicaSet has successfully progressed.",
                     "lastUpdateTime": now, "lastTransitionTime": now}
                ]
            }),
        };
        obj["status"] = status;
        obj["metadata"]["resourceVersion"] = json!(rv);
    }
}

pub fn split_api_version(api_version: &str) -> (&str, &str) {
    match api_version.split_once('/') {
        Some((g, v)) => (g, v),
        None => ("", api_version),
    }
}

/// RFC 7386 JSON merge patch (also used for strategic merge patches: lists are replaced).
pub fn merge_patch(target: &mut Value, patch: &Value) {
    match patch {
        Value::Object(p) => {
            if !target.is_object() {
                *target = Value::Object(Map::new());
            }
            let t = target.as_object_mut().expect("object");
            for (k, v) in p {
                if v.is_null() {
                    t.remove(k);
                } else {
                    merge_patch(t.entry(k.clone()).or_insert(Value::Null), v);
                }
            }
        }
        other => *target = other.clone(),
    }
}

/// RFC 6902 JSON patch: add, remove, replace, test, copy, move. `Err` names the failing op.
pub fn json_patch(target: &mut Value, ops: &Value) -> Result<(), String> {
    let ops = ops.as_array().ok_or("a JSON patch must be an array")?;
    for op in ops {
        let kind = op["op"].as_str().ok_or("patch operation without op")?;
        let path = op["path"].as_str().ok_or("patch operation without path")?;
        match kind {
            "add" | "replace" => {
                let value = op
                    .get("value")
                    .cloned()
                    .ok_or("add/replace without value")?;
                if kind == "replace" && target.pointer(path).is_none() {
                    return Err(format!("replace: path {path} does not exist"));
                }
                set_pointer(target, path, value)?;
            }
            "remove" => {
                remove_pointer(target, path)
                    .ok_or_else(|| format!("remove: path {path} does not exist"))?;
            }
            "test" => {
                if target.pointer(path) != op.get("value") {
                    return Err(format!("test failed at {path}"));
                }
            }
            "copy" | "move" => {
                let from = op["from"].as_str().ok_or("copy/move without from")?;
                let value = target
                    .pointer(from)
                    .cloned()
                    .ok_or_else(|| format!("{kind}: {from} does not exist"))?;
                if kind == "move" {
                    remove_pointer(target, from);
                }
                set_pointer(target, path, value)?;
            }
            other => return Err(format!("unknown patch operation {other}")),
        }
    }
    Ok(())
}

fn unescape(token: &str) -> String {
    token.replace("~1", "/").replace("~0", "~")
}

fn set_pointer(target: &mut Value, path: &str, value: Value) -> Result<(), String> {
    if path.is_empty() {
        *target = value;
        return Ok(());
    }
    let (parent, last) = path
        .rsplit_once('/')
        .ok_or_else(|| format!("bad path {path}"))?;
    let last = unescape(last);
    let parent = target
        .pointer_mut(parent)
        .ok_or_else(|| format!("path {path}: parent does not exist"))?;
    match parent {
        Value::Object(m) => {
            m.insert(last, value);
            Ok(())
        }
        Value::Array(a) => {
            if last == "-" {
                a.push(value);
            } else {
                let i: usize = last.parse().map_err(|_| format!("bad index in {path}"))?;
                if i > a.len() {
                    return Err(format!("index out of range in {path}"));
                }
                a.insert(i, value);
            }
            Ok(())
        }
        _ => Err(format!("path {path}: parent is not a container")),
    }
}

fn remove_pointer(target: &mut Value, path: &str) -> Option<Value> {
    let (parent, last) = path.rsplit_once('/')?;
    let last = unescape(last);
    match target.pointer_mut(parent)? {
        Value::Object(m) => m.remove(&last),
        Value::Array(a) => {
            let i: usize = last.parse().ok()?;
            (i < a.len()).then(|| a.remove(i))
        }
        _ => None,
    }
}

/// Leaf field paths of an applied configuration, as `.spec.replicas`,
/// `.metadata.labels.app`; lists are atomic (one leaf). Identity fields are left out.
pub fn leaf_paths(v: &Value) -> BTreeSet<String> {
    fn walk(v: &Value, prefix: &str, out: &mut BTreeSet<String>) {
        match v {
            Value::Object(m) if !m.is_empty() => {
                for (k, child) in m {
                    walk(child, &format!("{prefix}.{k}"), out);
                }
            }
            _ => {
                out.insert(prefix.to_string());
            }
        }
    }
    let mut out = BTreeSet::new();
    if let Value::Object(m) = v {
        for (k, child) in m {
            match k.as_str() {
                "apiVersion" | "kind" | "status" => {}
                "metadata" => {
                    if let Value::Object(meta) = child {
                        for (mk, mv) in meta {
                            if matches!(
                                mk.as_str(),
                                "labels" | "annotations" | "ownerReferences" | "finalizers"
                            ) {
                                walk(mv, &format!(".metadata.{mk}"), &mut out);
                            }
                        }
                    }
                }
                _ => walk(child, &format!(".{k}"), &mut out),
            }
        }
    }
    out
}

/// Status leaf paths of a value (for applies to `/status`).
pub fn status_paths(v: &Value) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    if let Some(status) = v.get("status") {
        let wrapped = json!({"spec": status});
        for p in leaf_paths(&wrapped) {
            out.insert(p.replacen(".spec", ".status", 1));
        }
    }
    out
}

/// The value at a dotted leaf path (keys may not contain dots for this to be exact; good
/// enough for a test server).
pub fn get_path<'a>(v: &'a Value, path: &str) -> Option<&'a Value> {
    let mut cur = v;
    for seg in path.trim_start_matches('.').split('.') {
        cur = cur.get(seg)?;
    }
    Some(cur)
}

/// Remove the value at a dotted path, pruning maps left empty.
pub fn remove_path(v: &mut Value, path: &str) {
    fn go(v: &mut Value, segs: &[&str]) {
        let Some(map) = v.as_object_mut() else { return };
        if segs.len() == 1 {
            map.remove(segs[0]);
            return;
        }
        if let Some(child) = map.get_mut(segs[0]) {
            go(child, &segs[1..]);
            if child.as_object().is_some_and(|m| m.is_empty()) {
                map.remove(segs[0]);
            }
        }
    }
    let segs: Vec<&str> = path.trim_start_matches('.').split('.').collect();
    go(v, &segs);
}

/// `metadata.managedFields` in the server's form, built from the owners map.
pub fn managed_fields_json(
    owners: &BTreeMap<String, (String, BTreeSet<String>)>,
    api_version: &str,
    now: &str,
) -> Value {
    let entries: Vec<Value> = owners
        .iter()
        .filter(|(_, (_, paths))| !paths.is_empty())
        .map(|(manager, (operation, paths))| {
            let mut fields = Value::Object(Map::new());
            for p in paths {
                let mut cur = &mut fields;
                for seg in p.trim_start_matches('.').split('.') {
                    cur = cur
                        .as_object_mut()
                        .expect("object")
                        .entry(format!("f:{seg}"))
                        .or_insert_with(|| Value::Object(Map::new()));
                }
            }
            json!({"manager": manager, "operation": operation, "apiVersion": api_version,
                   "time": now, "fieldsType": "FieldsV1", "fieldsV1": fields})
        })
        .collect();
    Value::Array(entries)
}

/// A parsed label selector term.
#[derive(Debug, Clone)]
enum Term {
    Eq(String, String),
    Ne(String, String),
    In(String, Vec<String>),
    NotIn(String, Vec<String>),
    Exists(String),
    NotExists(String),
}

/// Split a selector on commas outside parentheses.
fn split_terms(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut depth = 0;
    let mut cur = String::new();
    for c in s.chars() {
        match c {
            '(' => {
                depth += 1;
                cur.push(c)
            }
            ')' => {
                depth -= 1;
                cur.push(c)
            }
            ',' if depth == 0 => out.push(std::mem::take(&mut cur)),
            _ => cur.push(c),
        }
    }
    out.push(cur);
    out.into_iter()
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty())
        .collect()
}

fn parse_set(s: &str) -> Result<Vec<String>, String> {
    let inner = s
        .trim()
        .strip_prefix('(')
        .and_then(|s| s.strip_suffix(')'))
        .ok_or_else(|| format!("expected (values) in {s:?}"))?;
    Ok(inner
        .split(',')
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty())
        .collect())
}

fn parse_label_selector(s: &str) -> Result<Vec<Term>, String> {
    let mut terms = Vec::new();
    for t in split_terms(s) {
        let term = if let Some(rest) = t.strip_prefix('!') {
            Term::NotExists(rest.trim().to_string())
        } else if let Some((k, v)) = t.split_once("!=") {
            Term::Ne(k.trim().into(), v.trim().into())
        } else if let Some((k, v)) = t.split_once("==") {
            Term::Eq(k.trim().into(), v.trim().into())
        } else if let Some((k, v)) = t.split_once('=') {
            Term::Eq(k.trim().into(), v.trim().into())
        } else if let Some((k, v)) = t.split_once(" notin ") {
            Term::NotIn(k.trim().into(), parse_set(v)?)
        } else if let Some((k, v)) = t.split_once(" in ") {
            Term::In(k.trim().into(), parse_set(v)?)
        } else if t.contains(' ') || t.contains('(') {
            return Err(format!("unable to parse requirement: {t:?}"));
        } else {
            Term::Exists(t.clone())
        };
        terms.push(term);
    }
    Ok(terms)
}

/// A compiled `labelSelector` + `fieldSelector`.
#[derive(Debug, Clone, Default)]
pub struct Selectors {
    labels: Vec<Term>,
    fields: Vec<(String, bool, String)>,
}

impl Selectors {
    pub fn parse(labels: Option<&str>, fields: Option<&str>) -> Result<Self, String> {
        let labels = match labels {
            Some(l) if !l.trim().is_empty() => parse_label_selector(l)?,
            _ => Vec::new(),
        };
        let mut fs = Vec::new();
        if let Some(f) = fields.filter(|f| !f.trim().is_empty()) {
            for t in split_terms(f) {
                let (k, eq, v) = if let Some((k, v)) = t.split_once("!=") {
                    (k, false, v)
                } else if let Some((k, v)) = t.split_once("==") {
                    (k, true, v)
                } else if let Some((k, v)) = t.split_once('=') {
                    (k, true, v)
                } else {
                    return Err(format!("invalid field selector: {t:?}"));
                };
                fs.push((k.trim().to_string(), eq, v.trim().to_string()));
            }
        }
        Ok(Selectors { labels, fields: fs })
    }

    pub fn matches(&self, obj: &Value) -> bool {
        let labels = obj.pointer("/metadata/labels").and_then(Value::as_object);
        let label = |k: &str| labels.and_then(|l| l.get(k)).and_then(Value::as_str);
        let labels_ok = self.labels.iter().all(|t| match t {
            Term::Eq(k, v) => label(k) == Some(v),
            Term::Ne(k, v) => label(k) != Some(v),
            Term::In(k, vs) => label(k).is_some_and(|l| vs.iter().any(|v| v == l)),
            Term::NotIn(k, vs) => label(k).is_none_or(|l| !vs.iter().any(|v| v == l)),
            Term::Exists(k) => label(k).is_some(),
            Term::NotExists(k) => label(k).is_none(),
        });
        labels_ok
            && self.fields.iter().all(|(k, eq, v)| {
                let actual = get_path(obj, k).map(|x| match x {
                    Value::String(s) => s.clone(),
                    other => other.to_string(),
                });
                let actual = actual.unwrap_or_default();
                (actual == *v) == *eq
            })
    }
}
