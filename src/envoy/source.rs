//! Where Envoy admin answers come from. Views never fetch: a command asks a [`DumpSource`] for
//! the text, then parses and renders it.

use std::io::Read;
use std::path::PathBuf;

use super::live::{LiveError, LiveSource};

/// The default Envoy admin port of an Istio proxy.
pub const DEFAULT_ADMIN_PORT: u16 = super::live::DEFAULT_ADMIN_PORT;

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
#[derive(Debug, Clone)]
pub enum DumpSource {
    /// A saved answer; `-` reads standard input.
    File(PathBuf),
    /// A pod's Envoy admin port, read through a port-forward, every step bounded by the
    /// source's timeout.
    Pod(Box<LiveSource>),
}

#[derive(Debug, thiserror::Error)]
pub enum SourceError {
    #[error("cannot read {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error(transparent)]
    Live(#[from] LiveError),
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
            DumpSource::Pod(live) => live.describe(),
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
            DumpSource::Pod(live) => Ok(live.fetch(doc)?),
        }
    }

    /// POST to an admin path of a pod (Envoy takes changes, such as `/logging?http=debug`, only
    /// by POST) and return the answer.
    pub fn post(&self, path: &str) -> Result<String, SourceError> {
        match self {
            DumpSource::Pod(live) => Ok(crate::cluster::block_on(live.post(path))?),
            DumpSource::File(_) => Err(SourceError::NotAPod(format!("POST {path}"))),
        }
    }
}
