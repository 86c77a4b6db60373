//! Cluster access: a kube-rs client built from the kubeconfig, discovery of arbitrary kinds,
//! server-side apply, paginated lists, access reviews and port-forwarding to pods.
//!
//! Commands are synchronous (`fn run(..) -> anyhow::Result<Exit>`); they get a [`Cluster`] from
//! `ctx.cluster()` (built lazily from `--kubeconfig`/`--context` on first use) and drive its async
//! methods with [`block_on`], which runs them on one process-wide tokio runtime:
//!
//! ```no_run
//! # fn demo(ctx: &sailctl::context::Context) -> anyhow::Result<()> {
//! use sailctl::cluster::{self, Selector};
//! let cluster = ctx.cluster()?;
//! let pods = cluster::block_on(cluster.list_pods("istio-system", &Selector::labels("app=istiod")))?;
//! # Ok(()) }
//! ```
//!
//! Every request is bounded: connecting by [`ConnectOptions::connect_timeout`], each request by
//! [`ConnectOptions::request_timeout`]. Errors are [`ClusterError`]s whose messages are one line,
//! say what was being done, and never contain a credential.

mod api;
mod config;
pub mod istiod;
pub mod portforward;

use std::collections::HashMap;
use std::future::Future;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

pub use api::{ApplyOptions, Selector};
pub use config::{
    ConnectOptions, DEFAULT_CONNECT_TIMEOUT, DEFAULT_REQUEST_TIMEOUT, Impersonation,
    kubeconfig_configured,
};
pub use kube;
use kube::core::GroupVersionKind;
use kube::discovery::{ApiCapabilities, ApiResource};

/// Everything that can go wrong talking to a cluster. Each message is one line.
#[derive(Debug, thiserror::Error)]
pub enum ClusterError {
    #[error("no Kubernetes cluster configured: {0}")]
    NoConfig(String),
    #[error("cannot use kubeconfig {path}: {message}")]
    Kubeconfig { path: String, message: String },
    #[error("context {context:?} is not in the kubeconfig (contexts: {known})")]
    UnknownContext { context: String, known: String },
    #[error("cannot start the async runtime: {0}")]
    Runtime(String),
    #[error("cannot reach the Kubernetes API server at {server}: {reason}")]
    Unreachable { server: String, reason: String },
    #[error("timed out after {} {what} (API server {server})", show_duration(*.after))]
    Timeout {
        what: String,
        after: Duration,
        server: String,
    },
    #[error("{what}: forbidden: {message}")]
    Forbidden { what: String, message: String },
    #[error("{what}: not found")]
    NotFound { what: String },
    #[error("{what}: {message}")]
    Api {
        what: String,
        code: u16,
        reason: String,
        message: String,
    },
    #[error("the server has no resource type for {0}")]
    UnknownKind(String),
    #[error("invalid object: {0}")]
    InvalidObject(String),
    #[error(transparent)]
    PortForward(#[from] portforward::PortForwardError),
}

impl ClusterError {
    /// The HTTP status the API server answered with, when the error is an API answer.
    pub fn status_code(&self) -> Option<u16> {
        match self {
            ClusterError::Forbidden { .. } => Some(403),
            ClusterError::NotFound { .. } => Some(404),
            ClusterError::Api { code, .. } => Some(*code),
            _ => None,
        }
    }

    /// Whether the API server said the object does not exist.
    pub fn is_not_found(&self) -> bool {
        self.status_code() == Some(404)
    }
}

static RUNTIME: OnceLock<tokio::runtime::Runtime> = OnceLock::new();

/// The process-wide tokio runtime the cluster code runs on (built on first use).
pub fn runtime() -> Result<&'static tokio::runtime::Runtime, ClusterError> {
    if let Some(rt) = RUNTIME.get() {
        return Ok(rt);
    }
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .thread_name("sailctl-kube")
        .enable_all()
        .build()
        .map_err(|e| ClusterError::Runtime(e.to_string()))?;
    // A concurrent first use may have won the race; its runtime is the one kept.
    let _ = RUNTIME.set(rt);
    RUNTIME
        .get()
        .ok_or_else(|| ClusterError::Runtime("runtime was not stored".to_string()))
}

/// Run a future to completion on the cluster runtime, from synchronous command code.
///
/// Must not be called from inside an async task.
pub fn block_on<F: Future>(future: F) -> F::Output {
    match runtime() {
        Ok(rt) => rt.block_on(future),
        // Without the shared runtime, a private current-thread one still runs the future.
        Err(_) => match tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
        {
            Ok(rt) => rt.block_on(future),
            Err(e) => panic!("cannot start a tokio runtime: {e}"),
        },
    }
}

/// Connect to the cluster the options name. Builds the client only: nothing is sent until the
/// first request ([`Cluster::server_version`] checks reachability).
pub async fn connect(opts: &ConnectOptions) -> Result<Cluster, ClusterError> {
    let resolved = config::resolve(opts).await?;
    let client =
        kube::Client::try_from(resolved.config.clone()).map_err(|e| ClusterError::Kubeconfig {
            path: format!("context {:?}", resolved.context),
            message: e.to_string(),
        })?;
    Ok(Cluster {
        client,
        server: resolved.server,
        context: resolved.context,
        default_namespace: resolved.config.default_namespace.clone(),
        request_timeout: opts.request_timeout,
        connect_timeout: opts.connect_timeout,
        discovery: Arc::new(Mutex::new(HashMap::new())),
    })
}

/// [`connect`] from synchronous code, on the shared runtime (so the client's background tasks
/// keep running between calls).
pub fn connect_blocking(opts: &ConnectOptions) -> Result<Cluster, ClusterError> {
    runtime()?.block_on(connect(opts))
}

/// A connected cluster: the kube-rs client plus what messages need to name it.
#[derive(Clone)]
pub struct Cluster {
    client: kube::Client,
    server: String,
    context: String,
    default_namespace: String,
    request_timeout: Duration,
    connect_timeout: Duration,
    discovery: Arc<Mutex<HashMap<GroupVersionKind, (ApiResource, ApiCapabilities)>>>,
}

impl std::fmt::Debug for Cluster {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Cluster")
            .field("server", &self.server)
            .field("context", &self.context)
            .finish_non_exhaustive()
    }
}

impl Cluster {
    /// The kube-rs client, for calls the helpers here do not cover.
    pub fn client(&self) -> kube::Client {
        self.client.clone()
    }

    /// The API server URL (without credentials).
    pub fn server(&self) -> &str {
        &self.server
    }

    /// The kubeconfig context in use.
    pub fn context_name(&self) -> &str {
        &self.context
    }

    /// The context's namespace, or `default`.
    pub fn default_namespace(&self) -> &str {
        &self.default_namespace
    }

    /// The namespace a command works in: `-n` when given, else the context's namespace.
    pub fn namespace<'a>(&'a self, flag: Option<&'a str>) -> &'a str {
        flag.unwrap_or(&self.default_namespace)
    }

    /// The bound on one request.
    pub fn request_timeout(&self) -> Duration {
        self.request_timeout
    }

    /// The same cluster with another bound on each request (a command's `--timeout`: every
    /// API call, port-forward upgrade and forwarded HTTP request it makes waits this long).
    pub fn with_request_timeout(&self, timeout: Duration) -> Cluster {
        Cluster {
            request_timeout: timeout,
            ..self.clone()
        }
    }

    /// Run one API call bounded by the request timeout, mapping its error to a [`ClusterError`]
    /// that says `what` was being done.
    pub async fn call<T, F>(&self, what: &str, fut: F) -> Result<T, ClusterError>
    where
        F: Future<Output = Result<T, kube::Error>>,
    {
        match tokio::time::timeout(self.request_timeout, fut).await {
            Ok(Ok(v)) => Ok(v),
            Ok(Err(e)) => Err(self.map_error(what, e)),
            Err(_) => Err(ClusterError::Timeout {
                what: what.to_string(),
                after: self.request_timeout,
                server: self.server.clone(),
            }),
        }
    }

    /// Translate a kube-rs error into one clear line.
    pub fn map_error(&self, what: &str, err: kube::Error) -> ClusterError {
        match err {
            kube::Error::Api(status) => match status.code {
                403 => ClusterError::Forbidden {
                    what: what.to_string(),
                    message: status.message.clone(),
                },
                404 => ClusterError::NotFound {
                    what: what.to_string(),
                },
                code => ClusterError::Api {
                    what: what.to_string(),
                    code,
                    reason: status.reason.clone(),
                    message: if status.message.is_empty() {
                        format!("HTTP {code}")
                    } else {
                        status.message.clone()
                    },
                },
            },
            kube::Error::HyperError(_) | kube::Error::Service(_) => {
                let mut reason = innermost_cause(&err);
                let lower = reason.to_ascii_lowercase();
                if lower.contains("elapsed") || lower.contains("timed out") {
                    reason = format!(
                        "no connection within {}",
                        show_duration(self.connect_timeout)
                    );
                } else if lower.contains("invalid peer certificate") {
                    reason.push_str(
                        " (the server's certificate does not verify against the kubeconfig's certificate authority)",
                    );
                }
                ClusterError::Unreachable {
                    server: self.server.clone(),
                    reason,
                }
            }
            kube::Error::Discovery(_) => ClusterError::UnknownKind(what.to_string()),
            other => ClusterError::Api {
                what: what.to_string(),
                code: 0,
                reason: String::new(),
                message: innermost_cause(&other),
            },
        }
    }

    /// The API server's version (`/version`); the cheapest reachability check.
    pub async fn server_version(
        &self,
    ) -> Result<k8s_openapi::apimachinery::pkg::version::Info, ClusterError> {
        self.call(
            "getting the server version",
            self.client.apiserver_version(),
        )
        .await
    }
}

/// A duration as people write it: `250ms`, `30s`, `1.5s`.
pub fn show_duration(d: Duration) -> String {
    if d.as_millis() < 1000 {
        format!("{}ms", d.as_millis())
    } else if d.subsec_millis() == 0 {
        format!("{}s", d.as_secs())
    } else {
        format!("{:.1}s", d.as_secs_f64())
    }
}

/// The deepest error in a chain, which for connection failures is the useful part
/// ("Connection refused (os error 111)", "deadline has elapsed").
fn innermost_cause(err: &(dyn std::error::Error + 'static)) -> String {
    let mut msgs = vec![err.to_string()];
    let mut cur = err.source();
    while let Some(e) = cur {
        msgs.push(e.to_string());
        cur = e.source();
    }
    // Prefer the last message that says something on its own.
    let last = msgs.last().cloned().unwrap_or_default();
    if msgs.len() >= 2 && last.len() < 8 {
        msgs[msgs.len() - 2].clone()
    } else {
        last
    }
}
