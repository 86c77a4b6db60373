//! The real-cluster tier's harness: a real kube-apiserver (with etcd in the same process) and a
//! real istiod, built from the pinned Go modules under tests/kube/ by
//! tools/real-cluster/build.sh (once per test binary; cached under target/real/).
//!
//! Missing Go is a test failure with the build script's message, never a skip.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use kube::api::DynamicObject;
use kube::discovery::ApiResource;
use serde_json::{Value, json};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Build (or find) one module's binaries: `apiserver` (realkube) or `istio` (pilot-discovery,
/// istioctl). Panics with the build's own words when it fails.
pub fn binaries(module: &'static str) -> &'static BTreeMap<String, PathBuf> {
    static BUILT: OnceLock<Mutex<BTreeMap<&'static str, &'static BTreeMap<String, PathBuf>>>> =
        OnceLock::new();
    let lock = BUILT.get_or_init(|| Mutex::new(BTreeMap::new()));
    let mut built = lock.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(b) = built.get(module) {
        return b;
    }
    let started = Instant::now();
    let out = Command::new("bash")
        .arg(root().join("tools/real-cluster/build.sh"))
        .arg(module)
        .output()
        .unwrap_or_else(|e| panic!("cannot run tools/real-cluster/build.sh: {e}"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "tools/real-cluster/build.sh {module} failed ({}):\n{stderr}",
        out.status
    );
    eprintln!(
        "{}real-cluster build of {module}: {:.1}s",
        stderr,
        started.elapsed().as_secs_f64()
    );
    let map: BTreeMap<String, PathBuf> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| l.strip_prefix("BIN "))
        .filter_map(|l| l.split_once(' '))
        .map(|(n, p)| (n.to_string(), PathBuf::from(p)))
        .collect();
    let leaked: &'static BTreeMap<String, PathBuf> = Box::leak(Box::new(map));
    built.insert(module, leaked);
    leaked
}

pub fn binary(module: &'static str, name: &str) -> PathBuf {
    binaries(module)
        .get(name)
        .unwrap_or_else(|| panic!("the {module} build made no {name}"))
        .clone()
}

/// The real components talk to loopback only: no proxy from the environment.
fn no_proxy(cmd: &mut Command) {
    for v in [
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "http_proxy",
        "https_proxy",
        "ALL_PROXY",
        "all_proxy",
    ] {
        cmd.env_remove(v);
    }
    cmd.env("NO_PROXY", "*").env("no_proxy", "*");
}

static SEQ: AtomicUsize = AtomicUsize::new(0);

/// A running kube-apiserver + etcd. Dropping it closes the process's stdin, which stops it
/// (it also stops when this test process dies); a process that does not stop within 30s is
/// killed.
pub struct RealCluster {
    child: Mutex<Child>,
    stdin: Mutex<Option<ChildStdin>>,
    pub dir: PathBuf,
    pub kubeconfig: PathBuf,
    pub log: PathBuf,
}

impl RealCluster {
    pub fn start() -> RealCluster {
        let bin = binary("apiserver", "realkube");
        let n = SEQ.fetch_add(1, Ordering::SeqCst);
        let dir = std::env::temp_dir().join(format!("sailctl-real-{}-{n}", std::process::id()));
        let logs = root().join("target/real/logs");
        std::fs::create_dir_all(&logs).expect("create target/real/logs");
        let log = logs.join(format!("kube-apiserver-{}-{n}.log", std::process::id()));
        let log_file = std::fs::File::create(&log).expect("create the apiserver log");
        let mut child = Command::new(&bin);
        no_proxy(&mut child);
        let mut child = child
            .arg("--dir")
            .arg(&dir)
            .arg("--remove-dir")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(log_file)
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {}: {e}", bin.display()));
        let stdout = child.stdout.take().expect("stdout");
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if let Some(path) = line.strip_prefix("READY ") {
                    let _ = tx.send(PathBuf::from(path));
                }
            }
        });
        let kubeconfig = match rx.recv_timeout(Duration::from_secs(240)) {
            Ok(p) => p,
            Err(_) => {
                let _ = child.kill();
                let tail = std::fs::read_to_string(&log).unwrap_or_default();
                let tail: Vec<&str> = tail.lines().rev().take(30).collect();
                panic!(
                    "kube-apiserver did not become ready within 240s (log {}):\n{}",
                    log.display(),
                    tail.into_iter().rev().collect::<Vec<_>>().join("\n")
                );
            }
        };
        let stdin = child.stdin.take();
        RealCluster {
            child: Mutex::new(child),
            stdin: Mutex::new(stdin),
            dir,
            kubeconfig,
            log,
        }
    }

    /// One server for the whole test binary (tests keep to their own namespaces, or take
    /// [`install_lock`] for cluster-wide objects). It stops when the test process exits.
    pub fn shared() -> &'static RealCluster {
        static SHARED: OnceLock<RealCluster> = OnceLock::new();
        SHARED.get_or_init(RealCluster::start)
    }

    pub fn kubeconfig_str(&self) -> &str {
        self.kubeconfig.to_str().expect("UTF-8 temp path")
    }

    /// A connected `Cluster` as a user's run gets one (`admin` or `restricted` context).
    pub fn connect(&self, context: &str) -> sailctl::cluster::Cluster {
        let opts = sailctl::cluster::ConnectOptions::new(
            Some(self.kubeconfig.clone()),
            Some(context.to_string()),
        );
        sailctl::cluster::connect_blocking(&opts).expect("connect to the real kube-apiserver")
    }

    pub fn client(&self) -> kube::Client {
        self.connect("admin").client()
    }

    /// The audit log's events (`verb`, `requestURI`, `user.username`, `objectRef`,
    /// `responseObject` for Secret lists).
    pub fn audit(&self) -> Vec<Value> {
        std::fs::read_to_string(self.dir.join("audit.log"))
            .unwrap_or_default()
            .lines()
            .filter_map(|l| serde_json::from_str(l).ok())
            .collect()
    }

    pub fn stop(&self) {
        drop(self.stdin.lock().unwrap_or_else(|e| e.into_inner()).take());
        let mut child = self.child.lock().unwrap_or_else(|e| e.into_inner());
        let deadline = Instant::now() + Duration::from_secs(30);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        let _ = child.kill();
        let _ = child.wait();
    }
}

impl Drop for RealCluster {
    fn drop(&mut self) {
        self.stop();
    }
}

/// Held by tests that write cluster-wide Istio objects (install, uninstall, istiod).
pub fn install_lock() -> std::sync::MutexGuard<'static, ()> {
    static LOCK: Mutex<()> = Mutex::new(());
    LOCK.lock().unwrap_or_else(|e| e.into_inner())
}

/// Resolve kinds through discovery and server-side apply objects (field manager `test-seed`),
/// 16 at a time; namespaces and CRDs first. Panics on the first refusal, naming the object.
pub fn apply_objects(client: &kube::Client, objects: &[Value]) {
    use futures::StreamExt;
    use kube::api::{Api, DynamicObject, Patch, PatchParams};
    use kube::discovery::Discovery;
    sailctl::cluster::block_on(async {
        let mut discovery = Discovery::new(client.clone())
            .run()
            .await
            .expect("discovery");
        let rank = |v: &Value| match v["kind"].as_str() {
            Some("Namespace") => 0,
            Some("CustomResourceDefinition") => 1,
            _ => 2,
        };
        for level in 0..3 {
            if level == 2 && objects.iter().any(|o| rank(o) == 1) {
                discovery = Discovery::new(client.clone())
                    .run()
                    .await
                    .expect("discovery");
            }
            let batch: Vec<&Value> = objects.iter().filter(|o| rank(o) == level).collect();
            let discovery = &discovery;
            let results: Vec<Result<(), String>> = futures::stream::iter(batch)
                .map(|o| async move {
                    let av = o["apiVersion"].as_str().unwrap_or_default();
                    let kind = o["kind"].as_str().unwrap_or_default();
                    let (group, version) = av.split_once('/').unwrap_or(("", av));
                    let gvk = kube::api::GroupVersionKind::gvk(group, version, kind);
                    let name = o["metadata"]["name"].as_str().unwrap_or_default();
                    let (ar, caps) = discovery
                        .resolve_gvk(&gvk)
                        .ok_or_else(|| format!("{av} {kind} is not served"))?;
                    let api: Api<DynamicObject> = match o["metadata"]["namespace"].as_str() {
                        Some(ns) if caps.scope == kube::discovery::Scope::Namespaced => {
                            Api::namespaced_with(client.clone(), ns, &ar)
                        }
                        _ => Api::all_with(client.clone(), &ar),
                    };
                    api.patch(
                        name,
                        &PatchParams::apply("test-seed").force(),
                        &Patch::Apply(o),
                    )
                    .await
                    .map(|_| ())
                    .map_err(|e| format!("{kind} {name}: {e}"))
                })
                .buffer_unordered(16)
                .collect()
                .await;
            let errors: Vec<String> = results.into_iter().filter_map(Result::err).collect();
            assert!(
                errors.is_empty(),
                "{} object(s) refused: {:?}",
                errors.len(),
                &errors[..errors.len().min(10)]
            );
            if level == 1 {
                wait_crds_established(client).await;
            }
        }
    });
}

async fn wait_crds_established(client: &kube::Client) {
    use k8s_openapi::apiextensions_apiserver::pkg::apis::apiextensions::v1::CustomResourceDefinition;
    let api: kube::Api<CustomResourceDefinition> = kube::Api::all(client.clone());
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let list = api.list(&Default::default()).await.expect("list CRDs");
        let pending: Vec<String> = list
            .items
            .iter()
            .filter(|c| !crd_established(c))
            .filter_map(|c| c.metadata.name.clone())
            .collect();
        if pending.is_empty() {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "CRDs not Established after 60s: {pending:?}"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

pub fn crd_established(
    c: &k8s_openapi::apiextensions_apiserver::pkg::apis::apiextensions::v1::CustomResourceDefinition,
) -> bool {
    c.status
        .as_ref()
        .and_then(|s| s.conditions.as_ref())
        .is_some_and(|cs| {
            cs.iter()
                .any(|c| c.type_ == "Established" && c.status == "True")
        })
}

/// Stands in for the controllers and kubelets a real cluster has: while it lives, every
/// Deployment and DaemonSet is reported rolled out (status patched through `/status`), so
/// `install`'s readiness wait ends. Stops when dropped.
pub struct FakeControllers {
    stop: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl FakeControllers {
    pub fn start(client: kube::Client) -> FakeControllers {
        let stop = Arc::new(AtomicBool::new(false));
        let flag = stop.clone();
        let thread = std::thread::spawn(move || {
            while !flag.load(Ordering::SeqCst) {
                sailctl::cluster::block_on(mark_workloads_ready(&client));
                std::thread::sleep(Duration::from_millis(150));
            }
        });
        FakeControllers {
            stop,
            thread: Some(thread),
        }
    }
}

impl Drop for FakeControllers {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

async fn mark_workloads_ready(client: &kube::Client) {
    use k8s_openapi::api::apps::v1::{DaemonSet, Deployment};
    mark_rolled_out(client, &ApiResource::erase::<Deployment>(&()), |d| {
        let n = d.data["spec"]["replicas"].as_i64().unwrap_or(1);
        json!({"replicas": n, "updatedReplicas": n, "readyReplicas": n, "availableReplicas": n})
    })
    .await;
    mark_rolled_out(client, &ApiResource::erase::<DaemonSet>(&()), |_| {
        json!({"desiredNumberScheduled": 1, "currentNumberScheduled": 1, "numberMisscheduled": 0,
            "updatedNumberScheduled": 1, "numberReady": 1, "numberAvailable": 1})
    })
    .await;
}

/// Give every object of `kind` whose status lags its generation the status `rolled_out`
/// makes for it, as its controller would once the pods run.
async fn mark_rolled_out(
    client: &kube::Client,
    kind: &ApiResource,
    rolled_out: impl Fn(&DynamicObject) -> Value,
) {
    use kube::api::{Api, Patch, PatchParams};
    let all: Api<DynamicObject> = Api::all_with(client.clone(), kind);
    let Ok(list) = all.list(&Default::default()).await else {
        return;
    };
    for o in list.items {
        let generation = o.metadata.generation.unwrap_or(0);
        let observed = o.data["status"]["observedGeneration"]
            .as_i64()
            .unwrap_or(-1);
        if observed >= generation {
            continue;
        }
        let mut status = rolled_out(&o);
        status["observedGeneration"] = json!(generation);
        let ns = o.metadata.namespace.clone().unwrap_or_default();
        let api: Api<DynamicObject> = Api::namespaced_with(client.clone(), &ns, kind);
        let _ = api
            .patch_status(
                o.metadata.name.as_deref().unwrap_or_default(),
                &PatchParams::default(),
                &Patch::Merge(&json!({"status": status})),
            )
            .await;
    }
}

/// `sailctl` against a kubeconfig: exit code, stdout, stderr.
pub fn sailctl(kubeconfig: &Path, args: &[&str], env: &[(&str, &str)]) -> (i32, String, String) {
    let mut cmd = assert_cmd::Command::cargo_bin("sailctl").expect("sailctl binary");
    cmd.env_remove("KUBECONFIG")
        .env("NO_COLOR", "1")
        .env("HOME", "/nonexistent-home")
        .arg("--kubeconfig")
        .arg(kubeconfig)
        .args(args);
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("run sailctl");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The objects `manifest generate` renders for these `--set` values.
pub fn rendered(set: &[&str]) -> Vec<Value> {
    let mut cmd = assert_cmd::Command::cargo_bin("sailctl").expect("sailctl binary");
    cmd.args(["manifest", "generate", "--format", "json"]);
    for s in set {
        cmd.args(["--set", s]);
    }
    let out = cmd.output().expect("run sailctl");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let list: Value = serde_json::from_slice(&out.stdout).expect("manifest JSON");
    list["items"].as_array().cloned().unwrap_or_default()
}

/// Read an object (any kind) by apiVersion/kind/namespace/name; None when absent.
pub fn get_object(client: &kube::Client, obj: &Value) -> Option<Value> {
    use kube::api::{Api, DynamicObject};
    use kube::discovery::Discovery;
    /// Discovery, rerun only when a kind is not in the last one (CRDs come and go).
    static DISCOVERY: Mutex<Option<Arc<Discovery>>> = Mutex::new(None);
    sailctl::cluster::block_on(async {
        let av = obj["apiVersion"].as_str().unwrap_or_default();
        let kind = obj["kind"].as_str().unwrap_or_default();
        let (group, version) = av.split_once('/').unwrap_or(("", av));
        let gvk = kube::api::GroupVersionKind::gvk(group, version, kind);
        let cached = DISCOVERY.lock().unwrap_or_else(|e| e.into_inner()).clone();
        let d = match cached {
            Some(d) if d.resolve_gvk(&gvk).is_some() => d,
            _ => {
                let d = Arc::new(
                    Discovery::new(client.clone())
                        .run()
                        .await
                        .expect("discovery"),
                );
                *DISCOVERY.lock().unwrap_or_else(|e| e.into_inner()) = Some(d.clone());
                d
            }
        };
        let (ar, caps) = d.resolve_gvk(&gvk)?;
        let name = obj["metadata"]["name"].as_str().unwrap_or_default();
        let api: Api<DynamicObject> = match obj["metadata"]["namespace"].as_str() {
            Some(ns) if caps.scope == kube::discovery::Scope::Namespaced => {
                Api::namespaced_with(client.clone(), ns, &ar)
            }
            _ => Api::all_with(client.clone(), &ar),
        };
        let got = api.get_opt(name).await.expect("get");
        got.map(|o| serde_json::to_value(o).expect("object JSON"))
    })
}

/// `kind namespace/name` of a rendered object.
pub fn key(obj: &Value) -> String {
    format!(
        "{} {}/{}",
        obj["kind"].as_str().unwrap_or_default(),
        obj["metadata"]["namespace"].as_str().unwrap_or("-"),
        obj["metadata"]["name"].as_str().unwrap_or_default()
    )
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// A real istiod (`pilot-discovery discovery`) as a local process against a [`RealCluster`]'s
/// admin kubeconfig, in a scratch working directory (so it reads its mesh config and injector
/// templates from the ConfigMaps sailctl installed, as it does in a pod without the volume
/// files). Webhooks are served on the plain HTTP port (`--httpsAddr=`); everything listens on
/// 127.0.0.1. Killed when dropped, and by the kernel when the thread that started it ends.
pub struct Istiod {
    child: Child,
    dir: tempfile::TempDir,
    pub http: u16,
    pub monitoring: u16,
    pub log: PathBuf,
}

impl Istiod {
    pub fn start(rc: &RealCluster, pod_name: &str) -> Istiod {
        Istiod::start_with_env(rc, pod_name, &[])
    }

    /// Start istiod with these extra environment variables (feature flags).
    pub fn start_with_env(rc: &RealCluster, pod_name: &str, env: &[(&str, &str)]) -> Istiod {
        let bin = binary("istio", "pilot-discovery");
        let dir = tempfile::tempdir().expect("tempdir");
        let (http, monitoring, grpc, secure_grpc) =
            (free_port(), free_port(), free_port(), free_port());
        let ctrlz = free_port();
        let logs = root().join("target/real/logs");
        std::fs::create_dir_all(&logs).expect("create target/real/logs");
        let log = logs.join(format!("istiod-{}-{pod_name}.log", std::process::id()));
        let log_file = std::fs::File::create(&log).expect("create the istiod log");
        let mut cmd = Command::new(&bin);
        no_proxy(&mut cmd);
        cmd.current_dir(dir.path())
            .arg("discovery")
            .arg(format!("--kubeconfig={}", rc.kubeconfig.display()))
            .arg(format!("--httpAddr=127.0.0.1:{http}"))
            .arg("--httpsAddr=")
            .arg(format!("--grpcAddr=127.0.0.1:{grpc}"))
            .arg(format!("--secureGRPCAddr=127.0.0.1:{secure_grpc}"))
            .arg(format!("--monitoringAddr=127.0.0.1:{monitoring}"))
            .arg(format!("--ctrlz_port={ctrlz}"))
            .arg("--ctrlz_address=127.0.0.1")
            .arg("--domain=cluster.local")
            .arg("--log_output_level=default:info")
            .env("POD_NAME", pod_name)
            .env("POD_NAMESPACE", "istio-system")
            .env("REVISION", "default")
            .env("PILOT_CERT_PROVIDER", "istiod")
            .env("CLUSTER_ID", "Kubernetes")
            .env("INJECTION_WEBHOOK_CONFIG_NAME", "istio-sidecar-injector")
            .env("VALIDATION_WEBHOOK_CONFIG_NAME", "istio-istio-system")
            .env("ISTIOD_ADDR", "istiod.istio-system.svc:15012")
            .env("JWT_POLICY", "third-party-jwt")
            .env("KUBECONFIG", &rc.kubeconfig)
            .envs(env.iter().copied())
            .stdin(Stdio::null())
            .stdout(log_file.try_clone().expect("log file"))
            .stderr(log_file);
        #[cfg(all(target_os = "linux", target_env = "gnu"))]
        {
            use std::os::unix::process::CommandExt;
            // SAFETY: prctl is async-signal-safe; nothing else runs between fork and exec.
            unsafe {
                cmd.pre_exec(|| {
                    libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
                    Ok(())
                });
            }
        }
        let child = cmd
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {}: {e}", bin.display()));
        let mut istiod = Istiod {
            child,
            dir,
            http,
            monitoring,
            log,
        };
        istiod.wait_ready();
        istiod
    }

    fn log_tail(&self) -> String {
        let text = std::fs::read_to_string(&self.log).unwrap_or_default();
        let lines: Vec<&str> = text.lines().collect();
        lines[lines.len().saturating_sub(40)..].join("\n")
    }

    fn wait_ready(&mut self) {
        let deadline = Instant::now() + Duration::from_secs(180);
        loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                panic!(
                    "istiod exited ({status}) before it was ready (log {}):\n{}",
                    self.log.display(),
                    self.log_tail()
                );
            }
            if let Ok((200, _)) = http_call("GET", self.http, "/ready", None) {
                return;
            }
            if Instant::now() > deadline {
                panic!(
                    "istiod not ready within 180s (log {}):\n{}",
                    self.log.display(),
                    self.log_tail()
                );
            }
            std::thread::sleep(Duration::from_millis(250));
        }
    }

    pub fn workdir(&self) -> &Path {
        self.dir.path()
    }
}

impl Drop for Istiod {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A plain HTTP/1.1 request to 127.0.0.1:port (JSON body when given): status and body.
pub fn http_call(
    method: &str,
    port: u16,
    path: &str,
    body: Option<&Value>,
) -> Result<(u16, String), String> {
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).map_err(|e| e.to_string())?;
    s.set_read_timeout(Some(Duration::from_secs(30)))
        .map_err(|e| e.to_string())?;
    let payload = body.map(Value::to_string).unwrap_or_default();
    let head = format!(
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n",
        payload.len()
    );
    s.write_all(head.as_bytes())
        .and_then(|_| s.write_all(payload.as_bytes()))
        .map_err(|e| e.to_string())?;
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).map_err(|e| e.to_string())?;
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (head, rest) = text
        .split_once("\r\n\r\n")
        .ok_or_else(|| format!("no HTTP header in {text:?}"))?;
    let status: u16 = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| format!("bad status line {head:?}"))?;
    let body = if head
        .to_ascii_lowercase()
        .contains("transfer-encoding: chunked")
    {
        dechunk(rest)
    } else {
        rest.to_string()
    };
    Ok((status, body))
}

fn dechunk(mut s: &str) -> String {
    let mut out = String::new();
    while let Some((size, rest)) = s.split_once("\r\n") {
        let n = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
        if n == 0 {
            break;
        }
        out.push_str(rest.get(..n).unwrap_or(rest));
        s = rest.get(n..).unwrap_or_default().trim_start_matches("\r\n");
    }
    out
}

/// RFC 6902 operations an admission webhook returns (add, replace, remove), applied in order.
pub fn json_patch(target: &mut Value, ops: &[Value]) -> Result<(), String> {
    fn unescape(t: &str) -> String {
        t.replace("~1", "/").replace("~0", "~")
    }
    for op in ops {
        let path = op["path"].as_str().ok_or("op without path")?;
        let mut tokens: Vec<String> = path.split('/').skip(1).map(unescape).collect();
        let last = tokens.pop().ok_or_else(|| format!("empty path in {op}"))?;
        let mut parent = &mut *target;
        for t in &tokens {
            parent = match parent {
                Value::Object(m) => m.get_mut(t),
                Value::Array(a) => t.parse::<usize>().ok().and_then(|i| a.get_mut(i)),
                _ => None,
            }
            .ok_or_else(|| format!("{path}: no {t}"))?;
        }
        let value = op.get("value").cloned().unwrap_or(Value::Null);
        match (op["op"].as_str(), parent) {
            (Some("add" | "replace"), Value::Object(m)) => {
                m.insert(last, value);
            }
            (Some("add"), Value::Array(a)) => {
                if last == "-" {
                    a.push(value);
                } else {
                    let i: usize = last.parse().map_err(|_| format!("{path}: bad index"))?;
                    if i > a.len() {
                        return Err(format!("{path}: index out of range"));
                    }
                    a.insert(i, value);
                }
            }
            (Some("replace"), Value::Array(a)) => {
                let i: usize = last.parse().map_err(|_| format!("{path}: bad index"))?;
                *a.get_mut(i).ok_or_else(|| format!("{path}: no index"))? = value;
            }
            (Some("remove"), Value::Object(m)) => {
                m.remove(&last)
                    .ok_or_else(|| format!("{path}: nothing to remove"))?;
            }
            (Some("remove"), Value::Array(a)) => {
                let i: usize = last.parse().map_err(|_| format!("{path}: bad index"))?;
                if i >= a.len() {
                    return Err(format!("{path}: index out of range"));
                }
                a.remove(i);
            }
            (other, _) => return Err(format!("unsupported op {other:?} at {path}")),
        }
    }
    Ok(())
}
