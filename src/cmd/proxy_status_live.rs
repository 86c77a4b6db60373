//! `proxy-status` against a live cluster: ask every istiod replica for its sync status (see
//! `crate::istiod::live`), or, with a pod, diff istiod's view of that proxy with the proxy's own
//! config dump.

use std::path::Path;

use super::proxy_status::{Args, print_diff, read};
use crate::cluster;
use crate::context::Context;
use crate::envoy::live::{LiveSource, cluster_for};
use crate::envoy::source::AdminDoc;
use crate::exit::{Exit, UsageError};
use crate::istiod::SyncResponses;
use crate::istiod::live::{self, Query};

fn query(args: &Args, ctx: &Context) -> Query {
    Query {
        namespace: ctx.istio_namespace().to_string(),
        revision: args.revision.clone(),
        timeout: args.timeout,
    }
}

/// The sync status of every istiod replica. Replicas that fail are reported on stderr; when
/// none answers, the first failure is the error.
pub fn sync(args: &Args, ctx: &Context) -> anyhow::Result<SyncResponses> {
    let cluster = cluster_for(ctx.cluster()?, args.timeout);
    let (sync, mut errors) = live::sync_status_blocking(&cluster, &query(args, ctx))?;
    if sync.responses.is_empty() && !errors.is_empty() {
        return Err(errors.swap_remove(0).into());
    }
    for e in &errors {
        crate::output::print_warning(ctx, &e.to_string());
    }
    Ok(sync)
}

/// `proxy-status <pod>`: istiod's config dump for the proxy against the proxy's own (live, or
/// `--file` with a saved Envoy dump).
pub fn diff(args: &Args, ctx: &Context, pod: &str) -> anyhow::Result<Exit> {
    let cluster = cluster_for(ctx.cluster()?, args.timeout);
    let ns = ctx
        .namespace()
        .unwrap_or(cluster.default_namespace())
        .to_string();
    let source = LiveSource::new(
        cluster.clone(),
        pod,
        &ns,
        args.proxy_admin_port,
        args.timeout,
    )
    .map_err(|e| UsageError::error(e.to_string()))?;
    let (pod_ns, pod_name) = cluster::block_on(source.resolve())?;
    let proxy_id = format!("{pod_name}.{pod_ns}");
    let q = query(args, ctx);
    let (istiod, istiod_text) =
        cluster::block_on(live::proxy_config_dump(&cluster, &q, &proxy_id))?;
    let istiod_label = format!("istiod {istiod} config dump of {proxy_id}");
    match &args.file {
        Some(file) => {
            let envoy_text = read(file)?;
            print_diff(&istiod_text, Path::new(&istiod_label), &envoy_text, file)
        }
        None => {
            let envoy_text = source.fetch(AdminDoc::ConfigDump)?;
            let envoy_label = format!("Envoy config dump of pod {pod_ns}/{pod_name}");
            print_diff(
                &istiod_text,
                Path::new(&istiod_label),
                &envoy_text,
                Path::new(&envoy_label),
            )
        }
    }
}
