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
}

impl AdminDoc {
    /// The admin path a live source requests.
    pub fn path(self) -> &'static str {
        match self {
            AdminDoc::ConfigDump => "/config_dump",
            AdminDoc::ConfigDumpWithEds => "/config_dump?include_eds=true",
            AdminDoc::Clusters => "/clusters?format=json",
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
        cluster: Cluster,
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
        path: &'static str,
        status: u16,
        body: String,
    },
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
                        path: doc.path(),
                        status: res.status,
                        body: body.lines().next().unwrap_or_default().trim().to_string(),
                    });
                }
                Ok(res.text())
            }
        }
    }
}
