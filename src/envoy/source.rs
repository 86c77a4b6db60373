//! Where Envoy admin answers come from. Views never fetch: a command asks a [`DumpSource`] for
//! the text, then parses and renders it.

use std::io::Read;
use std::path::PathBuf;

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
    /// The admin path (on port 15000) a live source requests.
    pub fn path(self) -> &'static str {
        match self {
            AdminDoc::ConfigDump => "/config_dump",
            AdminDoc::ConfigDumpWithEds => "/config_dump?include_eds=true",
            AdminDoc::Clusters => "/clusters?format=json",
        }
    }
}

/// A source of admin answers.
#[derive(Debug, Clone)]
pub enum DumpSource {
    /// A saved answer; `-` reads standard input.
    File(PathBuf),
    /// A pod's admin port, through a port-forward (see [`super::live`]).
    Live(Box<super::live::LiveSource>),
}

#[derive(Debug, thiserror::Error)]
pub enum SourceError {
    #[error("cannot read {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error(transparent)]
    Live(#[from] super::live::LiveError),
}

impl DumpSource {
    /// The text of the requested document. A file holds whatever was saved: the document kind
    /// only matters to live sources.
    pub fn fetch(&self, doc: AdminDoc) -> Result<String, SourceError> {
        match self {
            DumpSource::Live(live) => Ok(live.fetch(doc)?),
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
        }
    }
}
