//! Port-forwarding to pods: resolve a target (`pod`, `pod.namespace`, `pod/name`, `deploy/name`,
//! `svc/name`, a label selector) to one running pod, then either
//! - [`Cluster::http_get`]: one HTTP GET to a pod port over a port-forward stream (Envoy admin
//!   `:15000/config_dump`, istiod `:15014/version`, `:8080/debug/syncz`), or
//! - [`Cluster::forward`]: a local TCP listener (127.0.0.1:0 by default) whose every accepted
//!   connection is bridged to the pod port, so any HTTP client or browser can use
//!   `http://127.0.0.1:PORT/`.
//!
//! Every step is bounded by the cluster's request timeout (a command's `--timeout` through
//! [`Cluster::with_request_timeout`]) and fails with one clear line:
//! pod not found, not running, no such port, forbidden.

use std::net::SocketAddr;

use bytes_compat::Bytes;
use futures::FutureExt;
use http_body_util::{BodyExt, Empty};
use k8s_openapi::api::apps::v1::Deployment;
use k8s_openapi::api::core::v1::{Pod, Service};
use kube::api::Api;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::TcpListener;

use super::{Cluster, ClusterError, Selector};

mod bytes_compat {
    pub use hyper::body::Bytes;
}

/// Port-forward failures.
#[derive(Debug, thiserror::Error)]
pub enum PortForwardError {
    #[error(
        "invalid port-forward target {0:?}: expected pod[.namespace], pod/NAME, deploy/NAME, svc/NAME or a label selector"
    )]
    InvalidTarget(String),
    #[error("pod {name} not found in namespace {namespace}")]
    PodNotFound { name: String, namespace: String },
    #[error("pod {name} in namespace {namespace} is not running (phase {phase}{detail})")]
    PodNotRunning {
        name: String,
        namespace: String,
        phase: String,
        detail: String,
    },
    #[error("no running pod for {target} in namespace {namespace}{detail}")]
    NoRunningPod {
        target: String,
        namespace: String,
        detail: String,
    },
    #[error("{what} {name} not found in namespace {namespace}")]
    TargetNotFound {
        what: String,
        name: String,
        namespace: String,
    },
    #[error("port-forward to pod {namespace}/{pod} port {port} failed: {message}")]
    Forward {
        pod: String,
        namespace: String,
        port: u16,
        message: String,
    },
    #[error("{what} has no port {port} (ports: {known})")]
    NoSuchPort {
        what: String,
        port: String,
        known: String,
    },
    #[error("cannot listen on {addr}: {message}")]
    Listen { addr: String, message: String },
    #[error("HTTP {method} {path} on pod {namespace}/{pod} port {port}: {message}")]
    Http {
        method: &'static str,
        pod: String,
        namespace: String,
        port: u16,
        path: String,
        message: String,
    },
}

/// The environment variable that sends HTTP requests for given pod ports straight to a local
/// address instead of through a port-forward: `NAMESPACE/POD:PORT=HOST:PORT[,...]`. For clusters
/// with no kubelet (the real-cluster test tier runs istiod as a local process).
pub const DIRECT_ENV: &str = "SAILCTL_DIRECT_POD_PORTS";

/// The address [`DIRECT_ENV`] gives for a pod port, if any; a malformed entry is an error.
fn direct_address(namespace: &str, pod: &str, port: u16) -> Result<Option<String>, ClusterError> {
    let Ok(spec) = std::env::var(DIRECT_ENV) else {
        return Ok(None);
    };
    let key = format!("{namespace}/{pod}:{port}");
    for entry in spec.split(',').map(str::trim).filter(|e| !e.is_empty()) {
        let Some((from, to)) = entry.split_once('=') else {
            return Err(ClusterError::from(PortForwardError::Forward {
                pod: pod.to_string(),
                namespace: namespace.to_string(),
                port,
                message: format!(
                    "{DIRECT_ENV} entry {entry:?} is not NAMESPACE/POD:PORT=HOST:PORT"
                ),
            }));
        };
        if from.trim() == key {
            return Ok(Some(to.trim().to_string()));
        }
    }
    Ok(None)
}

/// What to forward to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Pod { name: String, namespace: String },
    Deployment { name: String, namespace: String },
    Service { name: String, namespace: String },
    Selector { selector: String, namespace: String },
}

impl Target {
    /// Parse `pod`, `pod.namespace`, `pod/NAME`, `deploy/NAME`, `svc/NAME` or a label selector
    /// (anything with `=`). `namespace` is used when the target names none.
    pub fn parse(text: &str, namespace: &str) -> Result<Target, PortForwardError> {
        let text = text.trim();
        let invalid = || PortForwardError::InvalidTarget(text.to_string());
        if text.is_empty() {
            return Err(invalid());
        }
        let ns = namespace.to_string();
        if text.contains('=') {
            return Ok(Target::Selector {
                selector: text.to_string(),
                namespace: ns,
            });
        }
        if let Some((kind, name)) = text.split_once('/') {
            if name.is_empty() || name.contains('/') {
                return Err(invalid());
            }
            let name = name.to_string();
            return match kind.to_ascii_lowercase().as_str() {
                "pod" | "pods" | "po" => Ok(Target::Pod {
                    name,
                    namespace: ns,
                }),
                "deploy" | "deployment" | "deployments" => Ok(Target::Deployment {
                    name,
                    namespace: ns,
                }),
                "svc" | "service" | "services" => Ok(Target::Service {
                    name,
                    namespace: ns,
                }),
                _ => Err(invalid()),
            };
        }
        // istioctl's `pod.namespace` form: the last dot splits name and namespace.
        match text.rsplit_once('.') {
            Some((name, pns)) if !name.is_empty() && !pns.is_empty() => Ok(Target::Pod {
                name: name.to_string(),
                namespace: pns.to_string(),
            }),
            _ => Ok(Target::Pod {
                name: text.to_string(),
                namespace: ns,
            }),
        }
    }

    /// The namespace the target is looked up in.
    pub fn namespace(&self) -> &str {
        match self {
            Target::Pod { namespace, .. }
            | Target::Deployment { namespace, .. }
            | Target::Service { namespace, .. }
            | Target::Selector { namespace, .. } => namespace,
        }
    }
}

fn phase(pod: &Pod) -> &str {
    pod.status
        .as_ref()
        .and_then(|s| s.phase.as_deref())
        .unwrap_or("Unknown")
}

/// The first waiting/terminated reason of a pod's containers, or its own reason: why it is
/// not running (`ImagePullBackOff: Back-off pulling image ...`).
fn not_running_detail(pod: &Pod) -> String {
    let Some(status) = &pod.status else {
        return String::new();
    };
    let containers = status.container_statuses.iter().flatten();
    for cs in containers {
        if let Some(w) = cs.state.as_ref().and_then(|s| s.waiting.as_ref())
            && let Some(reason) = &w.reason
        {
            return match &w.message {
                Some(m) if !m.is_empty() => format!(", {}: {reason}: {m}", cs.name),
                _ => format!(", {}: {reason}", cs.name),
            };
        }
    }
    for cond in status.conditions.iter().flatten() {
        if cond.status == "False"
            && let Some(reason) = &cond.reason
        {
            return match &cond.message {
                Some(m) if !m.is_empty() => format!(", {reason}: {m}"),
                _ => format!(", {reason}"),
            };
        }
    }
    match (&status.reason, &status.message) {
        (Some(r), Some(m)) => format!(", {r}: {m}"),
        (Some(r), None) => format!(", {r}"),
        _ => String::new(),
    }
}

fn is_ready(pod: &Pod) -> bool {
    pod.status
        .as_ref()
        .and_then(|s| s.conditions.as_ref())
        .is_some_and(|cs| cs.iter().any(|c| c.type_ == "Ready" && c.status == "True"))
}

/// Choose a running pod among candidates: ready ones first, then by name.
fn pick_running(mut pods: Vec<Pod>) -> Result<Pod, String> {
    pods.sort_by_key(|p| (!is_ready(p), p.metadata.name.clone()));
    let summary = pods
        .iter()
        .map(|p| {
            format!(
                "{} {}{}",
                p.metadata.name.as_deref().unwrap_or("?"),
                phase(p),
                not_running_detail(p)
            )
        })
        .collect::<Vec<_>>();
    match pods.into_iter().find(|p| phase(p) == "Running") {
        Some(p) => Ok(p),
        None if summary.is_empty() => Err(String::new()),
        None => Err(format!(" (pods: {})", summary.join("; "))),
    }
}

fn selector_of(labels: &std::collections::BTreeMap<String, String>) -> String {
    labels
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join(",")
}

/// A running local listener bridged to a pod port. Dropping it (or [`PortForward::stop`]) stops
/// accepting connections.
pub struct PortForward {
    local_addr: SocketAddr,
    pod: String,
    namespace: String,
    errors: tokio::sync::mpsc::UnboundedReceiver<String>,
    task: tokio::task::JoinHandle<()>,
}

impl PortForward {
    /// The address the listener is bound to (`127.0.0.1:PORT`).
    pub fn local_addr(&self) -> SocketAddr {
        self.local_addr
    }

    /// The pod connections are forwarded to.
    pub fn pod(&self) -> (&str, &str) {
        (&self.namespace, &self.pod)
    }

    /// Errors of connections forwarded so far (each one line), drained.
    pub fn take_errors(&mut self) -> Vec<String> {
        let mut out = Vec::new();
        while let Ok(e) = self.errors.try_recv() {
            out.push(e);
        }
        out
    }

    /// Wait for the next error of a forwarded connection (a command can `select!` this
    /// against Ctrl-C to report failures while it serves).
    pub async fn next_error(&mut self) -> Option<String> {
        self.errors.recv().await
    }

    /// Stop accepting connections.
    pub fn stop(&self) {
        self.task.abort();
    }
}

impl Drop for PortForward {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// A plain HTTP response read over a port-forward.
#[derive(Debug, Clone)]
pub struct HttpResponse {
    pub status: u16,
    pub body: Vec<u8>,
}

impl HttpResponse {
    /// The body as text (lossy).
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// Send one `GET path` over any byte stream (HTTP/1.1, `Connection: close`) and read the answer.
pub async fn http_get_over<S>(io: S, path: &str) -> Result<HttpResponse, String>
where
    S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    http_request_over(io, hyper::Method::GET, path).await
}

/// Send one bodiless request (`GET`, `POST`, ...) over any byte stream (HTTP/1.1,
/// `Connection: close`) and read the answer.
pub async fn http_request_over<S>(
    io: S,
    method: hyper::Method,
    path: &str,
) -> Result<HttpResponse, String>
where
    S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let (mut sender, conn) =
        hyper::client::conn::http1::handshake(hyper_util::rt::TokioIo::new(io))
            .await
            .map_err(|e| e.to_string())?;
    let conn_task = tokio::spawn(conn);
    let req = hyper::Request::builder()
        .method(method)
        .uri(path)
        .header(hyper::header::HOST, "localhost")
        .header(hyper::header::CONNECTION, "close")
        .body(Empty::<Bytes>::new())
        .map_err(|e| e.to_string())?;
    let res = sender.send_request(req).await.map_err(|e| e.to_string())?;
    let status = res.status().as_u16();
    let body = res
        .into_body()
        .collect()
        .await
        .map_err(|e| e.to_string())?
        .to_bytes()
        .to_vec();
    conn_task.abort();
    Ok(HttpResponse { status, body })
}

impl Cluster {
    /// Resolve a target to one running pod, returning `(namespace, pod)`.
    pub async fn resolve_pod(&self, target: &Target) -> Result<Pod, ClusterError> {
        Ok(self.resolve_inner(target).await?.0)
    }

    /// Resolve a target and a port to one running pod and the port to forward to inside it.
    /// For a service the port is the service's port, mapped to its `targetPort` (a number, or
    /// the name of a container port of the pod); otherwise it is the pod's port as given.
    pub async fn resolve_forward(
        &self,
        target: &Target,
        port: u16,
    ) -> Result<(Pod, u16), ClusterError> {
        let (pod, service) = self.resolve_inner(target).await?;
        let Some(svc) = service else {
            return Ok((pod, port));
        };
        let svc_name = svc.metadata.name.clone().unwrap_or_default();
        let ports = svc.spec.and_then(|s| s.ports).unwrap_or_default();
        let Some(sp) = ports.iter().find(|p| p.port == i32::from(port)) else {
            let known: Vec<String> = ports.iter().map(|p| p.port.to_string()).collect();
            return Err(PortForwardError::NoSuchPort {
                what: format!("service {svc_name}"),
                port: port.to_string(),
                known: if known.is_empty() {
                    "none".into()
                } else {
                    known.join(", ")
                },
            }
            .into());
        };
        use k8s_openapi::apimachinery::pkg::util::intstr::IntOrString;
        let pod_port = match &sp.target_port {
            None => Some(port),
            Some(IntOrString::Int(n)) => u16::try_from(*n).ok(),
            Some(IntOrString::String(name)) => pod
                .spec
                .iter()
                .flat_map(|s| s.containers.iter())
                .flat_map(|c| c.ports.iter().flatten())
                .find(|p| p.name.as_deref() == Some(name.as_str()))
                .and_then(|p| u16::try_from(p.container_port).ok()),
        };
        match pod_port {
            Some(p) => Ok((pod, p)),
            None => Err(PortForwardError::NoSuchPort {
                what: format!(
                    "pod {} (target port of service {svc_name} port {port})",
                    pod.metadata.name.as_deref().unwrap_or_default()
                ),
                port: match &sp.target_port {
                    Some(IntOrString::String(n)) => n.clone(),
                    Some(IntOrString::Int(n)) => n.to_string(),
                    None => port.to_string(),
                },
                known: "no container port by that name".into(),
            }
            .into()),
        }
    }

    async fn resolve_inner(&self, target: &Target) -> Result<(Pod, Option<Service>), ClusterError> {
        let ns = target.namespace().to_string();
        let mut service = None;
        let pods: Api<Pod> = Api::namespaced(self.client.clone(), &ns);
        let (label, selector) = match target {
            Target::Pod { name, .. } => {
                let what = format!("getting pod {name} in namespace {ns}");
                let pod = self.call(&what, pods.get_opt(name)).await?.ok_or_else(|| {
                    PortForwardError::PodNotFound {
                        name: name.clone(),
                        namespace: ns.clone(),
                    }
                })?;
                if phase(&pod) != "Running" {
                    return Err(PortForwardError::PodNotRunning {
                        name: name.clone(),
                        namespace: ns.clone(),
                        phase: phase(&pod).to_string(),
                        detail: not_running_detail(&pod),
                    }
                    .into());
                }
                return Ok((pod, None));
            }
            Target::Deployment { name, .. } => {
                let api: Api<Deployment> = Api::namespaced(self.client.clone(), &ns);
                let what = format!("getting deployment {name} in namespace {ns}");
                let dep = self.call(&what, api.get_opt(name)).await?.ok_or_else(|| {
                    PortForwardError::TargetNotFound {
                        what: "deployment".to_string(),
                        name: name.clone(),
                        namespace: ns.clone(),
                    }
                })?;
                let labels = dep.spec.selector.match_labels.unwrap_or_default();
                (format!("deployment {name}"), selector_of(&labels))
            }
            Target::Service { name, .. } => {
                let api: Api<Service> = Api::namespaced(self.client.clone(), &ns);
                let what = format!("getting service {name} in namespace {ns}");
                let svc = self.call(&what, api.get_opt(name)).await?.ok_or_else(|| {
                    PortForwardError::TargetNotFound {
                        what: "service".to_string(),
                        name: name.clone(),
                        namespace: ns.clone(),
                    }
                })?;
                let labels = svc
                    .spec
                    .as_ref()
                    .and_then(|s| s.selector.clone())
                    .unwrap_or_default();
                service = Some(svc);
                (format!("service {name}"), selector_of(&labels))
            }
            Target::Selector { selector, .. } => (format!("selector {selector}"), selector.clone()),
        };
        if selector.is_empty() {
            return Err(PortForwardError::NoRunningPod {
                target: label,
                namespace: ns,
                detail: " (it selects no pods)".to_string(),
            }
            .into());
        }
        let candidates = self.list_pods(&ns, &Selector::labels(&selector)).await?;
        let pod = pick_running(candidates).map_err(|detail| PortForwardError::NoRunningPod {
            target: label,
            namespace: ns,
            detail,
        })?;
        Ok((pod, service))
    }

    /// Open one port-forward stream to a pod port and return it with the future that yields
    /// the server's error message for the port, if any.
    async fn open_stream(
        &self,
        namespace: &str,
        pod: &str,
        port: u16,
    ) -> Result<
        (
            tokio::io::DuplexStream,
            impl Future<Output = Option<String>> + use<>,
            kube::api::Portforwarder,
        ),
        ClusterError,
    > {
        let api: Api<Pod> = Api::namespaced(self.client.clone(), namespace);
        let what = format!("port-forward to pod {namespace}/{pod} port {port}");
        let mut pf = self.call(&what, api.portforward(pod, &[port])).await?;
        let fail = |message: &str| PortForwardError::Forward {
            pod: pod.to_string(),
            namespace: namespace.to_string(),
            port,
            message: message.to_string(),
        };
        let stream = pf
            .take_stream(port)
            .ok_or_else(|| fail("no stream for the port"))?;
        let errors = pf
            .take_error(port)
            .ok_or_else(|| fail("no error channel for the port"))?;
        Ok((stream, errors, pf))
    }

    /// Resolve a target (`istiod-abc.istio-system`, `deploy/istiod`, `svc/kiali`, `app=istiod`)
    /// and GET `path` from its port through a port-forward: the pod chosen and the answer.
    /// For Envoy admin: `cluster.target_http_get(&target, 15000, "/config_dump")`.
    pub async fn target_http_get(
        &self,
        target: &Target,
        port: u16,
        path: &str,
    ) -> Result<(Pod, HttpResponse), ClusterError> {
        let (pod, pod_port) = self.resolve_forward(target, port).await?;
        let ns = pod.metadata.namespace.clone().unwrap_or_default();
        let name = pod.metadata.name.clone().unwrap_or_default();
        let res = self.http_get(&ns, &name, pod_port, path).await?;
        Ok((pod, res))
    }

    /// One HTTP GET to a pod port through a port-forward (no local listener).
    pub async fn http_get(
        &self,
        namespace: &str,
        pod: &str,
        port: u16,
        path: &str,
    ) -> Result<HttpResponse, ClusterError> {
        self.http_request(namespace, pod, port, hyper::Method::GET, path)
            .await
    }

    /// One bodiless HTTP request (`GET`, `POST`) to a pod port through a port-forward (no
    /// local listener), its answer bounded by the request timeout.
    pub async fn http_request(
        &self,
        namespace: &str,
        pod: &str,
        port: u16,
        method: hyper::Method,
        path: &str,
    ) -> Result<HttpResponse, ClusterError> {
        if let Some(addr) = direct_address(namespace, pod, port)? {
            return self
                .http_request_direct(namespace, pod, port, &addr, method, path)
                .await;
        }
        let (stream, errors, pf) = self.open_stream(namespace, pod, port).await?;
        let method_name = match method {
            hyper::Method::POST => "POST",
            hyper::Method::PUT => "PUT",
            hyper::Method::DELETE => "DELETE",
            _ => "GET",
        };
        let fail = |message: String| PortForwardError::Http {
            method: method_name,
            pod: pod.to_string(),
            namespace: namespace.to_string(),
            port,
            path: path.to_string(),
            message,
        };
        // The port's error channel may speak first (nothing listens on the port in the pod).
        let errors = errors.shared();
        let request = tokio::time::timeout(
            self.request_timeout,
            http_request_over(stream, method.clone(), path),
        );
        let early = errors.clone();
        let outcome = tokio::select! {
            outcome = request => outcome,
            Some(why) = early => {
                pf.abort();
                return Err(PortForwardError::Forward {
                    pod: pod.to_string(),
                    namespace: namespace.to_string(),
                    port,
                    message: why.trim().to_string(),
                }
                .into());
            }
        };
        let result = match outcome {
            Ok(Ok(res)) => Ok(res),
            // When the request fails, the port's error channel says why (connection refused
            // inside the pod, ...): wait for it, bounded, before reporting.
            Ok(Err(message)) => {
                let wait = self.request_timeout.min(std::time::Duration::from_secs(5));
                let why = tokio::time::timeout(wait, errors).await.ok().flatten();
                Err(match why {
                    Some(why) => PortForwardError::Forward {
                        pod: pod.to_string(),
                        namespace: namespace.to_string(),
                        port,
                        message: why.trim().to_string(),
                    },
                    None => fail(message),
                })
            }
            Err(_) => Err(fail(format!(
                "no answer within {}",
                super::show_duration(self.request_timeout)
            ))),
        };
        pf.abort();
        result.map_err(ClusterError::from)
    }

    /// [`Cluster::http_request`] to an address given in [`DIRECT_ENV`] instead of a
    /// port-forward (a cluster without kubelets, whose "pods" are local processes).
    async fn http_request_direct(
        &self,
        namespace: &str,
        pod: &str,
        port: u16,
        addr: &str,
        method: hyper::Method,
        path: &str,
    ) -> Result<HttpResponse, ClusterError> {
        let fail = |message: String| PortForwardError::Http {
            method: if method == hyper::Method::POST {
                "POST"
            } else {
                "GET"
            },
            pod: pod.to_string(),
            namespace: namespace.to_string(),
            port,
            path: path.to_string(),
            message,
        };
        let ask = async {
            let io = tokio::net::TcpStream::connect(addr)
                .await
                .map_err(|e| format!("{DIRECT_ENV} address {addr}: {e}"))?;
            http_request_over(io, method.clone(), path).await
        };
        match tokio::time::timeout(self.request_timeout, ask).await {
            Ok(Ok(res)) => Ok(res),
            Ok(Err(message)) => Err(fail(message).into()),
            Err(_) => Err(fail(format!(
                "no answer within {}",
                super::show_duration(self.request_timeout)
            ))
            .into()),
        }
    }

    /// Listen on `bind` (`127.0.0.1:0` picks a free port) and bridge every accepted connection
    /// to `port` of the pod through its own port-forward stream. Runs on the cluster runtime
    /// until the returned handle is dropped.
    pub async fn forward(
        &self,
        namespace: &str,
        pod: &str,
        port: u16,
        bind: SocketAddr,
    ) -> Result<PortForward, ClusterError> {
        let listener = TcpListener::bind(bind)
            .await
            .map_err(|e| PortForwardError::Listen {
                addr: bind.to_string(),
                message: e.to_string(),
            })?;
        let local_addr = listener
            .local_addr()
            .map_err(|e| PortForwardError::Listen {
                addr: bind.to_string(),
                message: e.to_string(),
            })?;
        let (errors_tx, errors) = tokio::sync::mpsc::unbounded_channel::<String>();
        let task = {
            let cluster = self.clone();
            let errors = errors_tx;
            let (namespace, pod) = (namespace.to_string(), pod.to_string());
            tokio::spawn(async move {
                loop {
                    let mut conn = match listener.accept().await {
                        Ok((conn, _)) => conn,
                        Err(_) => {
                            // Out of file descriptors and the like: back off, keep serving.
                            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
                            continue;
                        }
                    };
                    let cluster = cluster.clone();
                    let errors = errors.clone();
                    let (namespace, pod) = (namespace.clone(), pod.clone());
                    tokio::spawn(async move {
                        let record = |m: String| {
                            let _ = errors.send(m);
                        };
                        match cluster.open_stream(&namespace, &pod, port).await {
                            Ok((mut upstream, port_errors, pf)) => {
                                let copy = tokio::io::copy_bidirectional(&mut conn, &mut upstream);
                                let port_errors = port_errors.fuse();
                                tokio::pin!(port_errors);
                                tokio::select! {
                                    _ = copy => {}
                                    Some(msg) = &mut port_errors => record(format!(
                                        "port-forward to pod {namespace}/{pod} port {port} failed: {}",
                                        msg.trim()
                                    )),
                                }
                                pf.abort();
                            }
                            Err(e) => record(e.to_string()),
                        }
                    });
                }
            })
        };
        Ok(PortForward {
            local_addr,
            pod: pod.to_string(),
            namespace: namespace.to_string(),
            errors,
            task,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::Target;

    #[test]
    fn parses_targets() {
        let t = |s: &str| Target::parse(s, "default").unwrap();
        assert_eq!(
            t("istiod-1.istio-system"),
            Target::Pod {
                name: "istiod-1".into(),
                namespace: "istio-system".into()
            }
        );
        assert_eq!(
            t("productpage"),
            Target::Pod {
                name: "productpage".into(),
                namespace: "default".into()
            }
        );
        assert_eq!(
            t("deploy/istiod"),
            Target::Deployment {
                name: "istiod".into(),
                namespace: "default".into()
            }
        );
        assert_eq!(
            t("svc/kiali"),
            Target::Service {
                name: "kiali".into(),
                namespace: "default".into()
            }
        );
        assert_eq!(
            t("app=istiod"),
            Target::Selector {
                selector: "app=istiod".into(),
                namespace: "default".into()
            }
        );
        assert!(Target::parse("job/x", "default").is_err());
        assert!(Target::parse("", "default").is_err());
        assert!(Target::parse("pod/", "default").is_err());
    }
}
