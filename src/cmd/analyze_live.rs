//! `analyze` against the live cluster (`--use-kube`, the default, with a kubeconfig): list the
//! kinds the selected analyzers read (see `crate::analysis::live`), overlay the given files and
//! run the analyzers, all within `--timeout`.

use std::time::{Duration, Instant};

use super::analyze::Args;
use super::analyze_remote::ClusterTags;
use crate::analysis::Analyzer;
use crate::analysis::live::{self, LiveOptions};
use crate::analysis::run::{Options, Outcome};
use crate::cluster;
use crate::context::Context;
use crate::envoy::live::cluster_for;

/// The namespace a live run reports on: `-n`, else the kubeconfig context's.
pub fn namespace(ctx: &Context) -> anyhow::Result<String> {
    Ok(match ctx.namespace() {
        Some(ns) => ns.to_string(),
        None => ctx.cluster()?.default_namespace().to_string(),
    })
}

/// Collect (from the remote contexts too) and analyze. `Ok(None)` when the selected namespace
/// does not exist (istioctl says so and exits 0).
pub fn run(
    analyzers: &[&'static dyn Analyzer],
    opts: &mut Options,
    args: &Args,
    ctx: &Context,
) -> anyhow::Result<Option<(Outcome, ClusterTags)>> {
    let started = Instant::now();
    // Every request waits as long as --timeout allows (also past the cluster's default
    // bound); listing as a whole is bounded by what is left of it below.
    let cluster = &cluster_for(ctx.cluster()?, args.timeout);
    if let Some(ns) = &opts.namespace {
        let api: kube::Api<k8s_openapi::api::core::v1::Namespace> =
            kube::Api::all(cluster.client());
        let what = format!("getting namespace {ns}");
        let check = cluster.with_request_timeout(args.timeout);
        if cluster::block_on(check.call(&what, api.get_opt(ns)))?.is_none() {
            eprintln!("namespace {ns:?} not found");
            return Ok(None);
        }
    }
    let spinner = ctx.stderr_is_terminal.then(|| {
        let p = indicatif::ProgressBar::new_spinner();
        p.enable_steady_tick(Duration::from_millis(100));
        p.set_message("listing cluster resources");
        p
    });
    let lo = LiveOptions {
        istio_namespace: ctx.istio_namespace().to_string(),
        revision: opts.revision.clone(),
        progress: spinner.is_some(),
        ..LiveOptions::default()
    };
    let remaining = args.timeout.saturating_sub(started.elapsed());
    let collected = cluster::block_on(live::collect_bounded(
        cluster,
        analyzers,
        &lo,
        remaining,
        args.timeout,
        spinner.as_ref(),
    ));
    if let Some(p) = &spinner {
        p.finish_and_clear();
    }
    let mut collection = collected?;
    if !args.remote_contexts.is_empty() {
        collection.remote = super::analyze_remote::collect(
            ctx,
            &args.remote_contexts,
            analyzers,
            &lo,
            args.timeout,
            started,
        )?;
    }
    let tags = if collection.remote.is_empty() {
        ClusterTags::default()
    } else {
        ClusterTags::new(
            ctx.global.context.as_deref(),
            &collection.resources,
            &collection.remote,
        )
    };
    if args.verbose {
        for l in &collection.listed {
            eprintln!(
                "listed {} {}{}",
                l.items,
                l.collection,
                if l.metadata_only {
                    " (metadata only)"
                } else {
                    ""
                }
            );
        }
        for k in &collection.unserved {
            eprintln!("skipped listing {k}: the cluster does not serve it");
        }
        eprintln!(
            "read {} resources from cluster {} in {:.1?}",
            collection.resources.len(),
            cluster.context_name(),
            collection.took
        );
        for (name, resources) in &collection.remote {
            eprintln!(
                "read {} resources from remote cluster {name}",
                resources.len()
            );
        }
    }
    opts.timeout = Some(args.timeout.saturating_sub(started.elapsed()));
    Ok(Some((live::analyze(analyzers, collection, opts), tags)))
}
