//! `sailctl uninstall`: remove what an install created, found by its ownership labels.

use std::io::Write;

use crate::cluster;
use crate::cmd::install::{check_mark, confirm};
use crate::context::Context;
use crate::exit::{Exit, UsageError};
use crate::install::uninstall::{self, Scope};
use crate::install::values;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Remove every Istio object in the cluster, CRDs included (and with them all Istio config).
    #[arg(long)]
    pub purge: bool,

    /// Remove one control-plane revision (Base and CRDs stay).
    #[arg(short = 'r', long, value_name = "REVISION")]
    pub revision: Option<String>,

    /// Remove what this IstioOperator installed (Base and CRDs stay).
    #[arg(short = 'f', long = "filename", value_name = "FILE")]
    pub filename: Option<String>,

    /// Do not ask for confirmation.
    #[arg(short = 'y', long = "skip-confirmation")]
    pub skip_confirmation: bool,

    /// List what would be removed and change nothing.
    #[arg(long)]
    pub dry_run: bool,
}

pub fn run(args: &Args, ctx: &Context) -> anyhow::Result<Exit> {
    let scope = if args.purge {
        Scope::Purge
    } else if args.revision.is_some() || args.filename.is_some() {
        let (owner_name, owner_namespace, file_revision) = match &args.filename {
            Some(f) => {
                let merged = values::build(&values::Inputs {
                    files: vec![f.clone()],
                    ..Default::default()
                })
                .map_err(|e| UsageError::error(e.to_string()))?;
                let s = |v: &serde_json::Value| {
                    v.as_str().filter(|s| !s.is_empty()).map(str::to_string)
                };
                (
                    s(&merged.operator["metadata"]["name"]),
                    s(&merged.operator["metadata"]["namespace"])
                        .unwrap_or_else(|| "istio-system".to_string()),
                    s(&merged.values()["revision"]),
                )
            }
            None => (None, ctx.istio_namespace().to_string(), None),
        };
        Scope::Owned {
            revision: args.revision.clone().or(file_revision),
            owner_name,
            owner_namespace,
        }
    } else {
        return Err(UsageError::error(
            "uninstall needs --purge, --revision REVISION or -f FILE (what to remove)",
        ));
    };
    let cluster = ctx.cluster()?;
    let planned = cluster::block_on(uninstall::plan(cluster, &scope))?;
    let mut out = std::io::stdout();
    if planned.is_empty() {
        writeln!(
            out,
            "No Istio resources found (selector {})",
            scope.selector()
        )?;
        return Ok(Exit::Ok);
    }
    if !args.skip_confirmation && !args.dry_run {
        let question = match &scope {
            Scope::Purge => format!(
                "All Istio resources will be pruned from the cluster ({} objects, CRDs and all Istio configuration included).\nProceed?",
                planned.len()
            ),
            Scope::Owned { .. } => {
                format!("{} Istio objects will be removed.\nProceed?", planned.len())
            }
        };
        if !confirm(&question) {
            eprintln!("Cancelled.");
            return Ok(Exit::Failure);
        }
    }
    let verb = if args.dry_run {
        "Would remove"
    } else {
        "Removed"
    };
    let mut removed = |f: &crate::install::apply::Found| {
        let _ = writeln!(std::io::stdout(), "  {verb} {}.", f.describe());
    };
    cluster::block_on(uninstall::remove(
        cluster,
        &planned,
        args.dry_run,
        &mut removed,
    ))?;
    let done = if args.dry_run {
        "Dry run complete: nothing was removed"
    } else {
        "Uninstall complete"
    };
    writeln!(out, "{} {done}", check_mark(ctx))?;
    Ok(Exit::Ok)
}
