//! `bug-report`: collect what support needs from a cluster — resources of the Istio and the
//! selected namespaces (Secrets without their data), istiod debug endpoints, proxy and
//! ztunnel config dumps, container logs (bounded lines), `analyze` — within one overall
//! `--timeout` and a per-pod bound, and pack it into a `.tar.gz`.
//!
//! Every request is bounded by what is left of the run's deadline and by the per-pod
//! timeout, whichever ends first, so a pod that never answers costs only its own bound and
//! the run as a whole always ends by its deadline with what it has. Failures become lines of
//! `errors.txt` in the archive; nothing is dropped silently.

pub mod archive;
pub mod collect;
pub mod select;

use std::time::{Duration, Instant};

use crate::cluster::show_duration;

/// One file of the archive: a relative path and its bytes.
#[derive(Debug, Clone)]
pub struct Entry {
    pub path: String,
    pub data: Vec<u8>,
}

/// What a run produced.
#[derive(Debug, Default)]
pub struct Report {
    pub files: Vec<Entry>,
    /// One line per failed step (`what: why`).
    pub errors: Vec<String>,
    /// Things worth knowing that are not failures (kinds the cluster does not serve, ...).
    pub notes: Vec<String>,
}

impl Report {
    pub fn add(&mut self, path: impl Into<String>, data: impl Into<Vec<u8>>) {
        self.files.push(Entry {
            path: path.into(),
            data: data.into(),
        });
    }

    pub fn merge(&mut self, other: Report) {
        self.files.extend(other.files);
        self.errors.extend(other.errors);
        self.notes.extend(other.notes);
    }
}

/// The run's bounds: an overall deadline, and a per-pod bound for each pod request.
#[derive(Debug, Clone, Copy)]
pub struct Bounds {
    pub deadline: Instant,
    pub timeout: Duration,
    pub pod_timeout: Duration,
}

impl Bounds {
    pub fn new(timeout: Duration, pod_timeout: Duration) -> Self {
        Bounds {
            deadline: Instant::now() + timeout,
            timeout,
            pod_timeout,
        }
    }

    /// What is left of the overall timeout.
    pub fn left(&self) -> Duration {
        self.deadline.saturating_duration_since(Instant::now())
    }

    /// Run `fut` bounded by `per` (when given) and the deadline; the error names `what`
    /// and which bound ended it.
    pub async fn run<T, E: std::fmt::Display>(
        &self,
        what: &str,
        per: Option<Duration>,
        fut: impl Future<Output = Result<T, E>>,
    ) -> Result<T, String> {
        let left = self.left();
        if left.is_zero() {
            return Err(format!(
                "{what}: skipped, --timeout {} reached",
                show_duration(self.timeout)
            ));
        }
        let (limit, overall) = match per {
            Some(p) if p < left => (p, false),
            _ => (left, true),
        };
        match tokio::time::timeout(limit, fut).await {
            Ok(Ok(v)) => Ok(v),
            Ok(Err(e)) => Err(format!("{what}: {e}")),
            Err(_) if overall => Err(format!(
                "{what}: stopped, --timeout {} reached",
                show_duration(self.timeout)
            )),
            Err(_) => Err(format!(
                "{what}: no answer within {} (--pod-timeout)",
                show_duration(limit)
            )),
        }
    }
}
