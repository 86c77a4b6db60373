//! A bounded read of a pod's Envoy admin port, for live `proxy-config` and `proxy-status <pod>`
//! (the proxy side of the diff): resolve a pod target (`pod[.namespace]`, `deploy/NAME`,
//! `svc/NAME`, a selector), port-forward to its admin port (15000) and GET (or POST) a path.
//! Every step — finding the pod, the port-forward, the answer — is bounded by the command's
//! timeout and fails with one line that names the pod, the port and what went wrong.

use std::sync::OnceLock;
use std::time::Duration;

use crate::cluster::portforward::{PortForwardError, Target};
use crate::cluster::{self, Cluster, ClusterError};

use super::source::AdminDoc;

/// Envoy's admin port in Istio sidecars and gateways.
pub const DEFAULT_ADMIN_PORT: u16 = 15000;

/// The default bound on reaching a proxy and reading one answer.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

/// Failures of the live source; each message is one line.
#[derive(Debug, thiserror::Error)]
pub enum LiveError {
    #[error(transparent)]
    Cluster(#[from] ClusterError),
    #[error("{what}: no answer within {}", show_duration(*.timeout))]
    Timeout { what: String, timeout: Duration },
    #[error("Envoy admin of pod {pod} answered {status} to {path}{detail}")]
    Status {
        pod: String,
        path: String,
        status: u16,
        detail: String,
    },
}

impl From<PortForwardError> for LiveError {
    fn from(e: PortForwardError) -> Self {
        LiveError::Cluster(ClusterError::PortForward(e))
    }
}

pub use crate::cluster::show_duration;

/// The cluster a command with `--timeout` talks through: its own per-request bound raised to
/// the command's (so a long `--timeout` is honoured) plus a margin, so that the command's bound
/// — [`bounded`], whose message names the pod, the port and the timeout — is always the one
/// that runs out first.
pub fn cluster_for(cluster: &Cluster, timeout: Duration) -> Cluster {
    cluster.with_request_timeout(timeout.saturating_add(Duration::from_secs(1)))
}

/// Run `fut` bounded by `timeout`, naming `what` when it runs out.
pub async fn bounded<T, E>(
    what: impl FnOnce() -> String,
    timeout: Duration,
    fut: impl Future<Output = Result<T, E>>,
) -> Result<T, LiveError>
where
    LiveError: From<E>,
{
    match tokio::time::timeout(timeout, fut).await {
        Ok(r) => r.map_err(LiveError::from),
        Err(_) => Err(LiveError::Timeout {
            what: what(),
            timeout,
        }),
    }
}

/// A pod's Envoy admin endpoint reached through a port-forward.
#[derive(Debug, Clone)]
pub struct LiveSource {
    cluster: Cluster,
    target: Target,
    text: String,
    port: u16,
    timeout: Duration,
    /// `(namespace, pod)` once resolved (a source resolves its target once).
    pod: OnceLock<(String, String)>,
}

impl LiveSource {
    /// A source for `target` (`pod[.namespace]`, `deploy/NAME`, `svc/NAME`, `app=x`);
    /// `namespace` applies when the target names none. Each step (finding the pod, one admin
    /// request) waits at most `timeout`, also when that is longer than the cluster's own
    /// request timeout.
    pub fn new(
        cluster: Cluster,
        target: &str,
        namespace: &str,
        port: u16,
        timeout: Duration,
    ) -> Result<Self, LiveError> {
        let parsed = Target::parse(target, namespace)?;
        Ok(LiveSource {
            cluster: cluster_for(&cluster, timeout),
            target: parsed,
            text: target.to_string(),
            port,
            timeout,
            pod: OnceLock::new(),
        })
    }

    /// The target as the user wrote it, or the resolved `namespace/pod`.
    pub fn describe(&self) -> String {
        match self.pod.get() {
            Some((ns, pod)) => format!("pod {ns}/{pod}"),
            None => self.text.clone(),
        }
    }

    /// The running pod behind the target: `(namespace, name)`.
    pub async fn resolve(&self) -> Result<(String, String), LiveError> {
        if let Some(p) = self.pod.get() {
            return Ok(p.clone());
        }
        let pod = bounded(
            || {
                format!(
                    "finding the pod for {} in namespace {}",
                    self.text,
                    self.target.namespace()
                )
            },
            self.timeout,
            self.cluster.resolve_pod(&self.target),
        )
        .await?;
        let ns = pod.metadata.namespace.clone().unwrap_or_default();
        let name = pod.metadata.name.clone().unwrap_or_default();
        let _ = self.pod.set((ns.clone(), name.clone()));
        Ok((ns, name))
    }

    /// GET an admin path and return the body of a 200 answer.
    pub async fn get(&self, path: &str) -> Result<String, LiveError> {
        self.request(hyper::Method::GET, path).await
    }

    /// POST to an admin path (Envoy takes changes, such as `/logging?http=debug`, only by
    /// POST) and return the body of a 200 answer.
    pub async fn post(&self, path: &str) -> Result<String, LiveError> {
        self.request(hyper::Method::POST, path).await
    }

    async fn request(&self, method: hyper::Method, path: &str) -> Result<String, LiveError> {
        let (ns, pod) = self.resolve().await?;
        let res = bounded(
            || format!("{method} {path} on pod {ns}/{pod} port {}", self.port),
            self.timeout,
            self.cluster
                .http_request(&ns, &pod, self.port, method.clone(), path),
        )
        .await?;
        if res.status != 200 {
            let text = res.text();
            let first = text.lines().next().unwrap_or_default().trim();
            return Err(LiveError::Status {
                pod: format!("{ns}/{pod}"),
                path: path.to_string(),
                status: res.status,
                detail: if first.is_empty() {
                    String::new()
                } else {
                    format!(": {first}")
                },
            });
        }
        Ok(res.text())
    }

    /// The text of an admin document (blocking; from command code).
    pub fn fetch(&self, doc: AdminDoc) -> Result<String, LiveError> {
        cluster::block_on(self.get(doc.path()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_well() {
        assert_eq!(show_duration(Duration::from_millis(250)), "250ms");
        assert_eq!(show_duration(Duration::from_secs(30)), "30s");
        assert_eq!(show_duration(Duration::from_millis(1500)), "1.5s");
    }
}
