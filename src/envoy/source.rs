//! Where Envoy admin answers come from. Views never fetch: a command asks a [`DumpSource`] for
//! the text, then parses and renders it.

use std::io::Read;
use std::path::PathBuf;

use crate::cluster::{self, Cluster, ClusterError};

/// The default Envoy admin port of an Istio proxy.
pub const DEFAULT_ADMIN_PORT: u16 = 15000;

/// The Envoy admin documents a command may need.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AdminDoc {
    /// `/config_dump`
    ConfigDump,
    /// `/config_dump?include_eds=true`
    ConfigDumpWithEds,
    /// `/clusters?format=json`
    Clusters,
    /// `/logging` (the active loggers and their levels)
    Logging,
}

impl AdminDoc {
    /// The admin path a live source requests.
    pub fn path(self) -> &'static str {
        match self {
            AdminDoc::ConfigDump => "/config_dump",
            AdminDoc::ConfigDumpWithEds => "/config_dump?include_eds=true",
            AdminDoc::Clusters => "/clusters?format=json",
            AdminDoc::Logging => "/logging",
        }
    }
}

/// A source of admin answers.
#[derive(Clone)]
pub enum DumpSource {
    /// A saved answer; `-` reads standard input.
    File(PathBuf),
    /// A pod's Envoy admin port, read through a port-forward.
    Pod {
        cluster: Box<Cluster>,
        namespace: String,
        pod: String,
        admin_port: u16,
    },
}

#[derive(Debug, thiserror::Error)]
pub enum SourceError {
    #[error("cannot read {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error(transparent)]
    Cluster(#[from] ClusterError),
    #[error("Envoy admin of pod {namespace}/{pod} answered {status} to {path}: {body}")]
    Status {
        namespace: String,
        pod: String,
        path: String,
        status: u16,
        body: String,
    },
    #[error("POST {path} to the Envoy admin of pod {namespace}/{pod} failed: {message}")]
    Post {
        namespace: String,
        pod: String,
        path: String,
        message: String,
    },
    #[error("{0} needs a pod: a saved file cannot be changed")]
    NotAPod(String),
}

impl SourceError {
    /// A local file problem (a usage error) rather than a failed operation.
    pub fn is_local(&self) -> bool {
        matches!(self, SourceError::Read { .. })
    }
}

impl DumpSource {
    /// How the source reads in messages: the file, `standard input`, or `pod ns/name`.
    pub fn describe(&self) -> String {
        match self {
            DumpSource::File(p) if p.as_os_str() == "-" => "standard input".into(),
            DumpSource::File(p) => p.display().to_string(),
            DumpSource::Pod { namespace, pod, .. } => format!("pod {namespace}/{pod}"),
        }
    }

    /// The text of the requested document. A file holds whatever was saved: the document kind
    /// only matters to live sources.
    pub fn fetch(&self, doc: AdminDoc) -> Result<String, SourceError> {
        match self {
            DumpSource::File(path) => {
                let mut text = String::new();
                let res = if path.as_os_str() == "-" {
                    std::io::stdin().read_to_string(&mut text).map(|_| ())
                } else {
                    std::fs::read_to_string(path).map(|t| text = t)
                };
                res.map_err(|source| SourceError::Read {
                    path: path.display().to_string(),
                    source,
                })?;
                Ok(text)
            }
            DumpSource::Pod {
                cluster,
                namespace,
                pod,
                admin_port,
            } => {
                let res =
                    cluster::block_on(cluster.http_get(namespace, pod, *admin_port, doc.path()))?;
                if res.status != 200 {
                    let body = res.text();
                    return Err(SourceError::Status {
                        namespace: namespace.clone(),
                        pod: pod.clone(),
                        path: doc.path().to_string(),
                        status: res.status,
                        body: body.lines().next().unwrap_or_default().trim().to_string(),
                    });
                }
                Ok(res.text())
            }
        }
    }

    /// POST to an admin path of a pod (Envoy takes changes, such as `/logging?http=debug`, only
    /// by POST) and return the answer.
    pub fn post(&self, path: &str) -> Result<String, SourceError> {
        let DumpSource::Pod {
            cluster,
            namespace,
            pod,
            admin_port,
        } = self
        else {
            return Err(SourceError::NotAPod(format!("POST {path}")));
        };
        let fail = |message: String| SourceError::Post {
            namespace: namespace.clone(),
            pod: pod.clone(),
            path: path.to_string(),
            message,
        };
        let timeout = cluster.request_timeout();
        let (status, body) = cluster::block_on(async {
            let work = post_through_forward(cluster, namespace, pod, *admin_port, path);
            match tokio::time::timeout(timeout, work).await {
                Ok(r) => r,
                Err(_) => Err(format!("no answer within {}s", timeout.as_secs().max(1))),
            }
        })
        .map_err(fail)?;
        if status != 200 {
            return Err(SourceError::Status {
                namespace: namespace.clone(),
                pod: pod.clone(),
                path: path.to_string(),
                status,
                body: body.lines().next().unwrap_or_default().trim().to_string(),
            });
        }
        Ok(body)
    }
}

/// One POST through a local port-forward listener.
async fn post_through_forward(
    cluster: &Cluster,
    namespace: &str,
    pod: &str,
    port: u16,
    path: &str,
) -> Result<(u16, String), String> {
    let local = std::net::SocketAddr::from(([127, 0, 0, 1], 0));
    let pf = cluster
        .forward(namespace, pod, port, local)
        .await
        .map_err(|e| e.to_string())?;
    let stream = tokio::net::TcpStream::connect(pf.local_addr())
        .await
        .map_err(|e| e.to_string())?;
    let res = cluster::portforward::http_request_over(stream, hyper::Method::POST, path).await;
    pf.stop();
    let res = res?;
    Ok((res.status, res.text()))
}
