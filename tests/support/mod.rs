//! An in-process Kubernetes API server for integration tests.
//!
//! `TestCluster::start()` serves the Kubernetes API over plain HTTP on `127.0.0.1:<random>`
//! and writes a kubeconfig pointing at it, so tests go through the same path a user's run
//! does: kubeconfig -> kube-rs `Client` -> HTTP. Use it from any test file with `mod support;`.
//! See `tests/support/README.md` for the full list of what it serves and how to use it.
//!
//! ```ignore
//! mod support;
//! let cluster = support::TestCluster::start();
//! cluster.seed(support::pod_json("istio-system", "istiod-1", &[("app", "istiod")], &[("discovery", "docker.io/istio/pilot:1.24.0")]));
//! cluster.pod_running("istio-system", "istiod-1");
//! let out = assert_cmd::Command::cargo_bin("sailctl").unwrap()
//!     .args(["--kubeconfig", cluster.kubeconfig_str(), "version"]).output().unwrap();
//! assert!(cluster.writes().is_empty());
//! ```
#![allow(dead_code)]

pub mod cli;
pub mod logs;
pub mod portforward;
pub mod server;
pub mod store;
pub mod tls;

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use serde_json::{Value, json};

pub use store::{AccessRule, RecordedRequest, ResourceType};

/// The bearer token in the generated kubeconfig. No sailctl output may ever contain it.
pub const TEST_TOKEN: &str = "sailctl-test-token-0c5e1f";

/// A running test API server and the kubeconfig that reaches it. Stops when dropped.
pub struct TestCluster {
    addr: SocketAddr,
    state: server::Shared,
    handle: tokio::runtime::Handle,
    _dir: tempfile::TempDir,
    kubeconfig: PathBuf,
    ca_pem: Option<String>,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl TestCluster {
    /// Start a server with the built-in kinds and the `default`, `kube-system` and
    /// `kube-public` namespaces, over plain HTTP.
    pub fn start() -> Self {
        Self::start_with(None)
    }

    /// The same over HTTPS, with a certificate for `127.0.0.1` signed by a fresh test CA; the
    /// kubeconfig carries that CA as `certificate-authority-data`, so the client verifies the
    /// server as it would a real one. `tls_ca_pem()` gives the CA.
    pub fn start_tls() -> Self {
        Self::start_with(Some(tls::TestTls::generate()))
    }

    fn start_with(tls: Option<tls::TestTls>) -> Self {
        let state: server::Shared = Arc::new(Mutex::new(store::State::new()));
        let (ready_tx, ready_rx) = std::sync::mpsc::channel();
        let (shutdown_tx, shutdown_rx) = tokio::sync::oneshot::channel::<()>();
        let shared = state.clone();
        let server_config = tls.as_ref().map(|t| t.server_config.clone());
        let thread = std::thread::Builder::new()
            .name("test-apiserver".into())
            .spawn(move || {
                let rt = tokio::runtime::Builder::new_multi_thread()
                    .worker_threads(2)
                    .enable_all()
                    .build()
                    .expect("test server runtime");
                rt.block_on(async move {
                    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
                        .await
                        .expect("bind test server");
                    let addr = listener.local_addr().expect("local addr");
                    ready_tx
                        .send((addr, tokio::runtime::Handle::current()))
                        .expect("report address");
                    let app = axum::Router::new()
                        .fallback(server::handle)
                        .with_state(shared);
                    match server_config {
                        None => {
                            tokio::select! {
                                _ = axum::serve(listener, app) => {}
                                _ = shutdown_rx => {}
                            }
                        }
                        Some(config) => {
                            tokio::select! {
                                _ = tls::serve(listener, app, config) => {}
                                _ = shutdown_rx => {}
                            }
                        }
                    }
                });
                rt.shutdown_background();
            })
            .expect("spawn test server thread");
        let (addr, handle) = ready_rx.recv().expect("test server started");
        let dir = tempfile::tempdir().expect("temp dir");
        let kubeconfig = dir.path().join("kubeconfig");
        let text = match &tls {
            None => kubeconfig_yaml(&format!("http://{addr}"), "test"),
            Some(t) => {
                kubeconfig_yaml_tls(&format!("https://{addr}"), "test", Some(&t.ca_pem), false)
            }
        };
        std::fs::write(&kubeconfig, text).expect("write kubeconfig");
        TestCluster {
            addr,
            state,
            handle,
            _dir: dir,
            kubeconfig,
            ca_pem: tls.map(|t| t.ca_pem),
            shutdown: Some(shutdown_tx),
            thread: Some(thread),
        }
    }

    /// The test CA (PEM) of a server started with `start_tls`.
    pub fn tls_ca_pem(&self) -> Option<&str> {
        self.ca_pem.as_deref()
    }

    /// `http://127.0.0.1:PORT` (`https://` for `start_tls`).
    pub fn url(&self) -> String {
        let scheme = if self.ca_pem.is_some() {
            "https"
        } else {
            "http"
        };
        format!("{scheme}://{}", self.addr)
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The generated kubeconfig (context `test`, namespace `default`, a bearer token).
    pub fn kubeconfig(&self) -> &Path {
        &self.kubeconfig
    }

    pub fn kubeconfig_str(&self) -> &str {
        self.kubeconfig.to_str().expect("utf-8 temp path")
    }

    /// Options for `sailctl::cluster::connect` with this kubeconfig.
    pub fn connect_options(&self) -> sailctl::cluster::ConnectOptions {
        sailctl::cluster::ConnectOptions::new(Some(self.kubeconfig.clone()), None)
    }

    /// A connected `Cluster`, as commands get one.
    pub fn connect(&self) -> sailctl::cluster::Cluster {
        sailctl::cluster::connect_blocking(&self.connect_options()).expect("connect to test server")
    }

    /// The server runtime, to spawn fake pod endpoints on.
    pub fn runtime(&self) -> &tokio::runtime::Handle {
        &self.handle
    }

    fn with<T>(&self, f: impl FnOnce(&mut store::State) -> T) -> T {
        f(&mut self.state.lock().expect("state lock"))
    }

    // ---- objects -------------------------------------------------------------------------

    /// Store an object directly (no request recorded), creating its namespace if needed, with
    /// server metadata filled in. Its status is kept as given. Returns the stored object.
    pub fn seed(&self, obj: Value) -> Value {
        self.with(|s| {
            let av = obj["apiVersion"]
                .as_str()
                .expect("seed: apiVersion")
                .to_string();
            let kind = obj["kind"].as_str().expect("seed: kind").to_string();
            let t = s
                .type_of_kind(&av, &kind)
                .unwrap_or_else(|| panic!("seed: the server does not serve {av} {kind}"));
            let ns = obj
                .pointer("/metadata/namespace")
                .and_then(Value::as_str)
                .map(str::to_string)
                .or_else(|| t.namespaced.then(|| "default".to_string()));
            let name = obj
                .pointer("/metadata/name")
                .and_then(Value::as_str)
                .expect("seed: metadata.name")
                .to_string();
            if let Some(ns) = &ns
                && t.namespaced
            {
                s.ensure_namespace(ns);
            }
            let key = (
                t.group.clone(),
                t.plural.clone(),
                if t.namespaced {
                    ns.clone().unwrap_or_default()
                } else {
                    String::new()
                },
                name,
            );
            let stored = s.stamp_new(&t, obj, ns.as_deref());
            s.objects.insert(key.clone(), stored);
            if t.kind == "CustomResourceDefinition" {
                s.sync_crd(&key);
            }
            if s.auto_ready && matches!(t.kind.as_str(), "Deployment" | "DaemonSet" | "StatefulSet")
            {
                s.make_workload_ready(&key);
            }
            let stored = s.objects[&key].clone();
            s.emit(&key, "ADDED", stored.clone());
            stored
        })
    }

    /// Seed every document of a YAML (or JSON) text.
    pub fn seed_yaml(&self, text: &str) -> Vec<Value> {
        let load = sailctl::resource::loader::load_bytes("seed.yaml", text.as_bytes().to_vec());
        assert!(load.issues.is_empty(), "seed_yaml: {:?}", load.issues);
        load.resources
            .into_iter()
            .map(|r| self.seed(r.value))
            .collect()
    }

    fn key_of(
        &self,
        api_version: &str,
        kind: &str,
        namespace: Option<&str>,
        name: &str,
    ) -> Option<(ResourceType, store::ObjKey)> {
        self.with(|s| {
            let t = s.type_of_kind(api_version, kind)?;
            let ns = if t.namespaced {
                namespace.unwrap_or("default").to_string()
            } else {
                String::new()
            };
            let key = (t.group.clone(), t.plural.clone(), ns, name.to_string());
            Some((t, key))
        })
    }

    /// The stored object, if any.
    pub fn get(
        &self,
        api_version: &str,
        kind: &str,
        namespace: Option<&str>,
        name: &str,
    ) -> Option<Value> {
        let (_, key) = self.key_of(api_version, kind, namespace, name)?;
        self.with(|s| s.objects.get(&key).cloned())
    }

    /// All stored objects of a kind (any version of its resource), optionally in one namespace.
    pub fn list(&self, api_version: &str, kind: &str, namespace: Option<&str>) -> Vec<Value> {
        self.with(|s| {
            let Some(t) = s.type_of_kind(api_version, kind) else {
                return Vec::new();
            };
            s.keys_of(&t, namespace)
                .iter()
                .filter_map(|k| s.objects.get(k).cloned())
                .collect()
        })
    }

    /// Number of stored objects in total.
    pub fn object_count(&self) -> usize {
        self.with(|s| s.objects.len())
    }

    /// Replace an object's status (bumps resourceVersion).
    pub fn set_status(
        &self,
        api_version: &str,
        kind: &str,
        namespace: Option<&str>,
        name: &str,
        status: Value,
    ) {
        let (_, key) = self
            .key_of(api_version, kind, namespace, name)
            .unwrap_or_else(|| panic!("set_status: unknown kind {api_version} {kind}"));
        self.with(|s| {
            let rv = s.next_rv();
            let obj = s
                .objects
                .get_mut(&key)
                .unwrap_or_else(|| panic!("set_status: {kind} {name} not found"));
            obj["status"] = status;
            obj["metadata"]["resourceVersion"] = json!(rv);
            let changed = obj.clone();
            s.emit(&key, "MODIFIED", changed);
        })
    }

    /// Mark a Deployment, DaemonSet or StatefulSet rolled out (all replicas ready/available).
    pub fn mark_ready(&self, kind: &str, namespace: &str, name: &str) {
        let (_, key) = self
            .key_of("apps/v1", kind, Some(namespace), name)
            .expect("workload kind");
        self.with(|s| {
            assert!(
                s.objects.contains_key(&key),
                "mark_ready: {kind} {namespace}/{name} not found"
            );
            s.make_workload_ready(&key);
            let changed = s.objects[&key].clone();
            s.emit(&key, "MODIFIED", changed);
        })
    }

    /// Mark a Deployment not available: `replicas` wanted, none ready, with a reason.
    pub fn mark_unavailable(&self, namespace: &str, name: &str, reason: &str, message: &str) {
        let dep = self
            .get("apps/v1", "Deployment", Some(namespace), name)
            .expect("deployment");
        let replicas = dep
            .pointer("/spec/replicas")
            .and_then(Value::as_i64)
            .unwrap_or(1);
        let generation = dep
            .pointer("/metadata/generation")
            .cloned()
            .unwrap_or(json!(1));
        self.set_status("apps/v1", "Deployment", Some(namespace), name, json!({
            "observedGeneration": generation, "replicas": replicas, "unavailableReplicas": replicas,
            "updatedReplicas": replicas, "readyReplicas": 0, "availableReplicas": 0,
            "conditions": [
                {"type": "Available", "status": "False", "reason": "MinimumReplicasUnavailable",
                 "message": "Deployment does not have minimum availability."},
                {"type": "Progressing", "status": "True", "reason": reason, "message": message}
            ]
        }));
    }

    /// Make Deployments, DaemonSets and StatefulSets ready as soon as they are written.
    pub fn set_auto_ready(&self, on: bool) {
        self.with(|s| s.auto_ready = on)
    }

    /// Make a pod Running and Ready, each container running and ready.
    pub fn pod_running(&self, namespace: &str, name: &str) {
        let pod = self
            .get("v1", "Pod", Some(namespace), name)
            .expect("pod_running: pod not found");
        let statuses: Vec<Value> = containers(&pod)
            .iter()
            .map(|(c, image)| {
                json!({"name": c, "image": image, "imageID": "", "ready": true,
                "restartCount": 0, "started": true,
                "state": {"running": {"startedAt": "2026-01-01T00:00:00Z"}}})
            })
            .collect();
        self.set_status("v1", "Pod", Some(namespace), name, json!({
            "phase": "Running", "podIP": "10.0.0.10", "hostIP": "192.168.0.2",
            "startTime": "2026-01-01T00:00:00Z",
            "conditions": [
                {"type": "PodScheduled", "status": "True"}, {"type": "Initialized", "status": "True"},
                {"type": "ContainersReady", "status": "True"}, {"type": "Ready", "status": "True"}
            ],
            "containerStatuses": statuses
        }));
    }

    /// Make a pod fail the way a real one does for `reason`: `ImagePullBackOff`/`ErrImagePull`
    /// (Pending, containers waiting), `CrashLoopBackOff` (Running, not ready, restarting),
    /// `Unschedulable` (Pending, PodScheduled False), anything else (Failed with the reason).
    pub fn pod_failing(&self, namespace: &str, name: &str, reason: &str, message: &str) {
        let pod = self
            .get("v1", "Pod", Some(namespace), name)
            .expect("pod_failing: pod not found");
        let waiting = |ready: bool, restarts: i64| -> Vec<Value> {
            containers(&pod)
                .iter()
                .map(|(c, image)| {
                    json!({"name": c, "image": image, "imageID": "", "ready": ready,
                    "restartCount": restarts, "started": false,
                    "state": {"waiting": {"reason": reason, "message": message}}})
                })
                .collect()
        };
        let status = match reason {
            "Unschedulable" => json!({"phase": "Pending", "conditions": [
                {"type": "PodScheduled", "status": "False", "reason": "Unschedulable", "message": message}]}),
            "ImagePullBackOff"
            | "ErrImagePull"
            | "CreateContainerConfigError"
            | "ContainerCreating" => json!({
                "phase": "Pending",
                "conditions": [{"type": "PodScheduled", "status": "True"},
                               {"type": "Ready", "status": "False", "reason": "ContainersNotReady"}],
                "containerStatuses": waiting(false, 0)}),
            "CrashLoopBackOff" => json!({
                "phase": "Running",
                "conditions": [{"type": "PodScheduled", "status": "True"},
                               {"type": "Ready", "status": "False", "reason": "ContainersNotReady"}],
                "containerStatuses": waiting(false, 5)}),
            _ => json!({"phase": "Failed", "reason": reason, "message": message}),
        };
        self.set_status("v1", "Pod", Some(namespace), name, status);
    }

    /// Create a CustomResourceDefinition (served, storage version `version`) and make it
    /// discoverable, as an install would.
    pub fn install_crd(
        &self,
        group: &str,
        version: &str,
        kind: &str,
        plural: &str,
        namespaced: bool,
    ) -> Value {
        self.seed(crd_json(group, &[version], kind, plural, namespaced))
    }

    /// Set what `/version` reports.
    pub fn set_server_version(&self, major: &str, minor: &str, git_version: &str) {
        self.with(|s| {
            s.server_version["major"] = json!(major);
            s.server_version["minor"] = json!(minor);
            s.server_version["gitVersion"] = json!(git_version);
        })
    }

    // ---- access --------------------------------------------------------------------------

    /// Deny `verb` on `group`/`resource` (`*` for any; `resource` may be `pods/portforward`)
    /// in `namespace` (or everywhere). Later rules win over earlier ones; with no matching rule
    /// everything is allowed. Denials answer SelfSubjectAccessReviews and, unless
    /// `set_enforce_access(false)`, make matching requests fail with 403.
    pub fn deny(&self, verb: &str, group: &str, resource: &str, namespace: Option<&str>) {
        self.rule(verb, group, resource, namespace, false)
    }

    /// Allow (to carve exceptions out of a broader deny).
    pub fn allow(&self, verb: &str, group: &str, resource: &str, namespace: Option<&str>) {
        self.rule(verb, group, resource, namespace, true)
    }

    fn rule(&self, verb: &str, group: &str, resource: &str, namespace: Option<&str>, allow: bool) {
        self.with(|s| {
            s.access.push(AccessRule {
                verb: verb.into(),
                group: group.into(),
                resource: resource.into(),
                namespace: namespace.map(str::to_string),
                allow,
            })
        })
    }

    /// Whether denials also fail real requests (default true) or only answer reviews.
    pub fn set_enforce_access(&self, on: bool) {
        self.with(|s| s.enforce_access = on)
    }

    // ---- port-forward --------------------------------------------------------------------

    /// Route port-forwards to `port` of pod `namespace/pod` to a local TCP address (a fake
    /// Envoy admin standing for the pod's :15000, ...). Ports without a route refuse.
    pub fn forward_pod_port(&self, namespace: &str, pod: &str, port: u16, to: SocketAddr) {
        self.with(|s| {
            s.forwards.insert((namespace.into(), pod.into(), port), to);
        })
    }

    /// What `GET pods/{pod}/log?container=...` answers for a container.
    pub fn set_pod_log(&self, namespace: &str, pod: &str, container: &str, text: &str) {
        self.with(|s| {
            s.logs.insert(
                (namespace.into(), pod.into(), container.into()),
                text.into(),
            );
        })
    }

    /// A fault: a TCP listener on 127.0.0.1 that accepts connections and never answers (a
    /// hung pod endpoint). Route a pod port to it with `forward_pod_port`.
    pub fn serve_stall(&self) -> SocketAddr {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind stall");
        listener.set_nonblocking(true).expect("nonblocking");
        let addr = listener.local_addr().expect("addr");
        self.handle.spawn(async move {
            let listener = tokio::net::TcpListener::from_std(listener).expect("tokio listener");
            let mut held = Vec::new();
            while let Ok((conn, _)) = listener.accept().await {
                held.push(conn);
            }
        });
        addr
    }

    /// Serve fixed HTTP answers on 127.0.0.1 (a fake Envoy admin or istiod debug endpoint):
    /// `routes` maps a path (query ignored) to `(status, content type, body)`; other paths 404.
    pub fn serve_http(&self, routes: Vec<(&str, u16, &str, String)>) -> SocketAddr {
        self.serve_http_recorded(routes).0
    }

    /// [`TestCluster::serve_http`], also recording every request as `METHOD /path?query`.
    pub fn serve_http_recorded(
        &self,
        routes: Vec<(&str, u16, &str, String)>,
    ) -> (SocketAddr, Arc<Mutex<Vec<String>>>) {
        let seen = Arc::new(Mutex::new(Vec::new()));
        let log = seen.clone();
        let routes: Arc<Vec<(String, u16, String, String)>> = Arc::new(
            routes
                .into_iter()
                .map(|(p, code, ct, body)| (p.to_string(), code, ct.to_string(), body))
                .collect(),
        );
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind fake http");
        listener.set_nonblocking(true).expect("nonblocking");
        let addr = listener.local_addr().expect("addr");
        self.handle.spawn(async move {
            let listener = tokio::net::TcpListener::from_std(listener).expect("tokio listener");
            let app = axum::Router::new().fallback(
                move |method: axum::http::Method, uri: axum::http::Uri| {
                    let routes = routes.clone();
                    log.lock().unwrap().push(format!("{method} {uri}"));
                    async move {
                        use axum::response::IntoResponse;
                        match routes.iter().find(|(p, ..)| p == uri.path()) {
                            Some((_, code, ct, body)) => (
                                axum::http::StatusCode::from_u16(*code)
                                    .unwrap_or(axum::http::StatusCode::OK),
                                [(axum::http::header::CONTENT_TYPE, ct.clone())],
                                body.clone(),
                            )
                                .into_response(),
                            None => (axum::http::StatusCode::NOT_FOUND, "404 page not found\n")
                                .into_response(),
                        }
                    }
                },
            );
            let _ = axum::serve(listener, app).await;
        });
        (addr, seen)
    }

    /// A TCP echo server on 127.0.0.1 (every byte read is written back).
    pub fn serve_echo(&self) -> SocketAddr {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind echo");
        listener.set_nonblocking(true).expect("nonblocking");
        let addr = listener.local_addr().expect("addr");
        self.handle.spawn(async move {
            let listener = tokio::net::TcpListener::from_std(listener).expect("tokio listener");
            while let Ok((mut conn, _)) = listener.accept().await {
                tokio::spawn(async move {
                    let (mut r, mut w) = conn.split();
                    let _ = tokio::io::copy(&mut r, &mut w).await;
                });
            }
        });
        addr
    }

    // ---- the request record --------------------------------------------------------------

    /// Every request so far, in order.
    pub fn requests(&self) -> Vec<RecordedRequest> {
        self.with(|s| s.requests.clone())
    }

    /// Requests that changed (or, without dry run, would change) state.
    pub fn writes(&self) -> Vec<RecordedRequest> {
        self.requests()
            .into_iter()
            .filter(|r| r.is_write() && !r.dry_run)
            .collect()
    }

    /// Requests with a given verb (`list`, `apply`, `portforward`, ...).
    pub fn requests_with_verb(&self, verb: &str) -> Vec<RecordedRequest> {
        self.requests()
            .into_iter()
            .filter(|r| r.verb == verb)
            .collect()
    }

    pub fn clear_requests(&self) {
        self.with(|s| s.requests.clear())
    }
}

impl Drop for TestCluster {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// `(name, image)` of a pod's containers.
fn containers(pod: &Value) -> Vec<(String, String)> {
    pod.pointer("/spec/containers")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|c| {
            (
                c["name"].as_str().unwrap_or_default().to_string(),
                c["image"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

/// A kubeconfig with one cluster, one user (bearer [`TEST_TOKEN`]) and one context.
pub fn kubeconfig_yaml(server: &str, context: &str) -> String {
    format!(
        "apiVersion: v1
kind: Config
clusters:
- name: {context}-cluster
  cluster:
    server: {server}
users:
- name: {context}-user
  user:
    token: {TEST_TOKEN}
contexts:
- name: {context}
  context:
    cluster: {context}-cluster
    user: {context}-user
    namespace: default
current-context: {context}
"
    )
}

/// A kubeconfig for an HTTPS server: `ca_pem` as `certificate-authority-data` (none: the
/// system roots), or `insecure-skip-tls-verify`.
pub fn kubeconfig_yaml_tls(
    server: &str,
    context: &str,
    ca_pem: Option<&str>,
    insecure: bool,
) -> String {
    use base64::Engine;
    let mut cluster = format!("    server: {server}\n");
    if let Some(ca) = ca_pem {
        let data = base64::engine::general_purpose::STANDARD.encode(ca);
        cluster.push_str(&format!("    certificate-authority-data: {data}\n"));
    }
    if insecure {
        cluster.push_str("    insecure-skip-tls-verify: true\n");
    }
    format!(
        "apiVersion: v1
kind: Config
clusters:
- name: {context}-cluster
  cluster:
{cluster}users:
- name: {context}-user
  user:
    token: {TEST_TOKEN}
contexts:
- name: {context}
  context:
    cluster: {context}-cluster
    user: {context}-user
    namespace: default
current-context: {context}
"
    )
}

/// A Pod with labels and `(name, image)` containers.
pub fn pod_json(
    namespace: &str,
    name: &str,
    labels: &[(&str, &str)],
    containers: &[(&str, &str)],
) -> Value {
    let labels: serde_json::Map<String, Value> = labels
        .iter()
        .map(|(k, v)| (k.to_string(), json!(v)))
        .collect();
    let containers: Vec<Value> = containers
        .iter()
        .map(|(n, image)| json!({"name": n, "image": image}))
        .collect();
    json!({"apiVersion": "v1", "kind": "Pod",
           "metadata": {"name": name, "namespace": namespace, "labels": labels},
           "spec": {"containers": containers}})
}

/// A Deployment selecting `app=<name>` with one container.
pub fn deployment_json(namespace: &str, name: &str, image: &str, replicas: i64) -> Value {
    json!({"apiVersion": "apps/v1", "kind": "Deployment",
           "metadata": {"name": name, "namespace": namespace, "labels": {"app": name}},
           "spec": {"replicas": replicas, "selector": {"matchLabels": {"app": name}},
                    "template": {"metadata": {"labels": {"app": name}},
                                 "spec": {"containers": [{"name": name, "image": image}]}}}})
}

/// A CustomResourceDefinition serving `versions` (the first is the storage version), with a
/// status subresource.
pub fn crd_json(
    group: &str,
    versions: &[&str],
    kind: &str,
    plural: &str,
    namespaced: bool,
) -> Value {
    let vs: Vec<Value> = versions
        .iter()
        .enumerate()
        .map(|(i, v)| json!({"name": v, "served": true, "storage": i == 0,
            "schema": {"openAPIV3Schema": {"type": "object", "x-kubernetes-preserve-unknown-fields": true}},
            "subresources": {"status": {}}}))
        .collect();
    json!({"apiVersion": "apiextensions.k8s.io/v1", "kind": "CustomResourceDefinition",
           "metadata": {"name": format!("{plural}.{group}")},
           "spec": {"group": group, "scope": if namespaced { "Namespaced" } else { "Cluster" },
                    "names": {"kind": kind, "plural": plural, "singular": kind.to_ascii_lowercase(),
                              "listKind": format!("{kind}List")},
                    "versions": vs}})
}
