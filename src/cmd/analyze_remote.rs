//! `analyze --remote-contexts CTX[,CTX...]`: multi-cluster analysis as istioctl does it. Each
//! context of the kubeconfig is a remote cluster; its Services, Pods, Namespaces, Secrets and
//! Istio configuration (everything the analyzers read but Deployments, ConfigMaps and webhooks)
//! join the primary cluster's in the one analysis. Messages then name the cluster of their
//! resource as istioctl prints them: `Error [IST0101] [cluster-east] (Kind ns/name) ...` in
//! the log format and a `cluster` key in JSON/YAML. The cluster id of a remote is its context
//! name; the primary's is `--context` when given (istioctl leaves it unnamed otherwise).

use std::collections::HashMap;
use std::io::Write;
use std::time::{Duration, Instant};

use anyhow::Context as _;

use crate::analysis::Analyzer;
use crate::analysis::Message;
use crate::analysis::live::{self, LiveOptions};
use crate::context::Context;
use crate::envoy::live::cluster_for;
use crate::exit::UsageError;
use crate::output::diagnostic::{self, Diagnostic};
use crate::resource::Stored as Resource;

/// Which cluster each message's resource came from (by istioctl's origin, `Kind ns/name`).
#[derive(Debug, Default)]
pub struct ClusterTags {
    by_origin: HashMap<String, String>,
}

impl ClusterTags {
    /// Tags for the primary cluster's resources (`primary`: its id, when named) and each
    /// remote's. A primary resource wins over a remote one of the same origin.
    pub fn new(
        primary: Option<&str>,
        primary_resources: &[Resource],
        remote: &[(String, Vec<Resource>)],
    ) -> Self {
        let mut by_origin = HashMap::new();
        for (id, resources) in remote {
            for r in resources {
                by_origin.insert(r.friendly_name(), id.clone());
            }
        }
        for r in primary_resources {
            match primary {
                Some(id) => by_origin.insert(r.friendly_name(), id.to_string()),
                None => by_origin.remove(&r.friendly_name()),
            };
        }
        ClusterTags { by_origin }
    }

    pub fn is_empty(&self) -> bool {
        self.by_origin.is_empty()
    }

    /// The cluster of a message's resource, when it has one.
    pub fn of(&self, m: &Message) -> Option<&str> {
        m.origin
            .as_ref()
            .and_then(|o| self.by_origin.get(o))
            .map(String::as_str)
    }
}

/// Connect to each remote context and list what the analyzers read, within what is left of
/// `--timeout`. An unknown or unreachable context is an error naming it.
pub fn collect(
    ctx: &Context,
    contexts: &[String],
    analyzers: &[&'static dyn Analyzer],
    lo: &LiveOptions,
    timeout: Duration,
    started: Instant,
) -> anyhow::Result<Vec<(String, Vec<Resource>)>> {
    let mut out: Vec<(String, Vec<Resource>)> = Vec::new();
    let primary = ctx.cluster()?.context_name().to_string();
    for name in contexts {
        if name.is_empty() {
            return Err(UsageError::error(
                "--remote-contexts: a context name is empty",
            ));
        }
        if out.iter().any(|(n, _)| n == name) {
            continue; // named twice
        }
        if *name == primary {
            return Err(UsageError::error(format!(
                "--remote-contexts {name}: that is the primary cluster's context (--context, else the kubeconfig's current-context); name only other clusters"
            )));
        }
        let mut opts = ctx.connect_options();
        opts.context = Some(name.clone());
        let cluster = crate::cluster::connect_blocking(&opts)
            .with_context(|| format!("remote context {name:?}"))?;
        let cluster = cluster_for(&cluster, timeout);
        let remaining = timeout.saturating_sub(started.elapsed());
        let resources = crate::cluster::block_on(live::collect_remote_bounded(
            &cluster, analyzers, lo, remaining, timeout,
        ))
        .with_context(|| format!("remote context {name:?}"))?;
        out.push((name.clone(), resources));
    }
    Ok(out)
}

/// The log lines of `diags` (one per message of `messages`, same order), with istioctl's
/// `[cluster-ID]` after the code for messages whose resource has a cluster.
pub fn write_log(
    out: &mut dyn Write,
    messages: &[&Message],
    diags: &[Diagnostic],
    tags: &ClusterTags,
    color: bool,
) -> std::io::Result<()> {
    for (m, d) in messages.iter().zip(diags) {
        let mut line = Vec::new();
        diagnostic::write_log(&mut line, std::slice::from_ref(d), color)?;
        let mut line = String::from_utf8_lossy(&line).into_owned();
        if let Some(id) = tags.of(m) {
            // the code's closing bracket: the level before it holds no `]` (ANSI codes use `[`)
            if let Some(at) = line.find("] ") {
                line.insert_str(at + 2, &format!("[cluster-{id}] "));
            }
        }
        out.write_all(line.as_bytes())?;
    }
    Ok(())
}

/// The JSON form of `diags` with a `cluster` key on messages whose resource has one.
pub fn to_json(
    messages: &[&Message],
    diags: &[Diagnostic],
    tags: &ClusterTags,
) -> serde_json::Value {
    let mut v = diagnostic::to_json(diags);
    if let Some(items) = v.as_array_mut() {
        for (item, m) in items.iter_mut().zip(messages) {
            if let (Some(o), Some(id)) = (item.as_object_mut(), tags.of(m)) {
                o.insert("cluster".into(), serde_json::json!(id));
            }
        }
    }
    v
}
