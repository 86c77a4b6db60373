//! `sailctl uninstall`: delete what an install owns, found by its ownership labels, and
//! nothing else.

use std::io::Write;

use crate::cluster;
use crate::context::Context;
use crate::exit::{Exit, UsageError};
use crate::install::apply::{DEFAULT_CONCURRENCY, ObjectKey};
use crate::install::prune::{COMPONENT_LABEL, OWNER_LABEL};
use crate::install::uninstall::{self, Scope};
use crate::install::{state, values};
use crate::output::table::Table;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Remove every Istio object of every revision: control planes, webhooks, cluster roles
    /// and CRDs (and with them all Istio configuration).
    #[arg(long)]
    pub purge: bool,

    /// Remove this control-plane revision (`default` for the default revision).
    #[arg(short = 'r', long, value_name = "REVISION")]
    pub revision: Option<String>,

    /// Remove the control plane an IstioOperator file installed (its revision and name).
    #[arg(short = 'f', long = "filename", value_name = "FILE")]
    pub filenames: Vec<String>,

    /// Override a field of the IstioOperator given with -f.
    #[arg(short = 's', long = "set", value_name = "PATH=VALUE")]
    pub set: Vec<String>,

    /// Do not ask for confirmation (needed when stdin is not a terminal).
    #[arg(short = 'y', long = "skip-confirmation")]
    pub skip_confirmation: bool,

    /// List what would be deleted; delete nothing.
    #[arg(long)]
    pub dry_run: bool,
}

fn scope(args: &Args, ctx: &Context) -> anyhow::Result<Scope> {
    if args.purge {
        if args.revision.is_some() || !args.filenames.is_empty() {
            crate::output::print_warning(
                ctx,
                "--purge removes every revision: --revision and --filename are ignored",
            );
        }
        return Ok(Scope::Purge);
    }
    if args.revision.is_none() && args.filenames.is_empty() {
        return Err(UsageError::error(
            "say what to uninstall: --revision R, --filename iop.yaml, or --purge for everything",
        ));
    }
    let (revision, owner, owner_ns) = if args.filenames.is_empty() {
        (None, None, ctx.istio_namespace().to_string())
    } else {
        let mut set = args.set.clone();
        if let Some(r) = &args.revision {
            set.push(format!("revision={r}"));
        }
        let merged = values::build(&values::Inputs {
            files: args.filenames.clone(),
            set,
            profile_dir: None,
        })
        .map_err(|e| UsageError::error(e.to_string()))?;
        let rev = merged.values()["revision"]
            .as_str()
            .filter(|s| !s.is_empty())
            .map(str::to_string);
        let owner = merged.operator["metadata"]["name"]
            .as_str()
            .filter(|s| !s.is_empty())
            .map(str::to_string);
        let ns = merged.operator["metadata"]["namespace"]
            .as_str()
            .filter(|s| !s.is_empty())
            .unwrap_or("istio-system")
            .to_string();
        (rev, owner, ns)
    };
    let revision = args
        .revision
        .clone()
        .or(revision)
        .filter(|r| !r.is_empty())
        .unwrap_or_else(|| "default".to_string());
    Ok(Scope::Revision {
        revision,
        owner,
        owner_ns,
    })
}

pub fn run(args: &Args, ctx: &Context) -> anyhow::Result<Exit> {
    let scope = scope(args, ctx)?;
    let cluster = ctx.cluster()?;
    let found = cluster::block_on(uninstall::find(cluster, &scope, DEFAULT_CONCURRENCY))?;
    let mut out = std::io::stdout().lock();
    let what = match &scope {
        Scope::Purge => "every Istio revision".to_string(),
        Scope::Revision { revision, .. } => format!("revision {revision}"),
    };
    if found.is_empty() {
        let others = cluster::block_on(uninstall::other_owners(
            cluster,
            &scope,
            DEFAULT_CONCURRENCY,
        ))?;
        // the revision's install record stays while another IstioOperator's objects are there
        if !args.dry_run && others.is_empty() {
            forget(cluster, &scope, ctx)?;
        }
        match (&scope, others.is_empty()) {
            (
                Scope::Revision {
                    revision,
                    owner: Some(owner),
                    ..
                },
                false,
            ) => writeln!(
                out,
                "Nothing to remove: {what} was not installed from IstioOperator {owner:?} \
                 (its objects belong to {}, by their {OWNER_LABEL} label); \
                 remove them with: sailctl uninstall --revision {revision}",
                others
                    .iter()
                    .map(|o| format!("{o:?}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            )?,
            _ => writeln!(out, "Nothing to remove: no objects of {what} were found.")?,
        }
        return Ok(Exit::Ok);
    }
    let mut table = Table::with_header(3, &["KIND", "NAMESPACE", "NAME", "COMPONENT"]);
    for o in &found {
        let k = ObjectKey::of(o);
        table.row(vec![
            k.kind,
            k.namespace.unwrap_or_else(|| "-".into()),
            k.name,
            o["metadata"]["labels"][COMPONENT_LABEL]
                .as_str()
                .unwrap_or_default()
                .to_string(),
        ]);
    }
    let verb = if args.dry_run {
        "would be removed"
    } else {
        "will be removed"
    };
    writeln!(out, "{} objects of {what} {verb}:", found.len())?;
    write!(out, "{}", table.render())?;
    out.flush()?;
    if args.dry_run {
        writeln!(out, "Dry run: nothing was deleted.")?;
        return Ok(Exit::Ok);
    }
    if !args.skip_confirmation {
        let prompt = match &scope {
            Scope::Purge => format!(
                "All Istio resources will be removed from the cluster {}, CRDs (and all Istio configuration) included. Proceed?",
                cluster.server()
            ),
            Scope::Revision { revision, .. } => format!(
                "The {} objects of revision {revision} will be removed from the cluster {}. Proceed?",
                found.len(),
                cluster.server()
            ),
        };
        if !crate::cmd::install::confirm(&prompt, "uninstall")? {
            writeln!(out, "Cancelled: nothing was deleted.")?;
            return Ok(Exit::Failure);
        }
    }
    let results = cluster::block_on(uninstall::delete(
        cluster,
        &found,
        false,
        DEFAULT_CONCURRENCY,
    ));
    let mut removed = 0;
    let mut failed = Vec::new();
    for d in results {
        match d.result {
            Ok(_) => removed += 1,
            Err(e) => failed.push(format!("{}: {e}", d.key)),
        }
    }
    let ok = if ctx.color_stdout {
        colored::Colorize::green("✔").to_string()
    } else {
        "✔".to_string()
    };
    if failed.is_empty() {
        forget(cluster, &scope, ctx)?;
    }
    writeln!(out, "{ok} Removed {removed} objects of {what}.")?;
    if matches!(scope, Scope::Purge) {
        writeln!(
            out,
            "  The namespace {ns} was kept; remove it with: kubectl delete namespace {ns}",
            ns = ctx.istio_namespace()
        )?;
    }
    if failed.is_empty() {
        Ok(Exit::Ok)
    } else {
        for f in &failed {
            writeln!(out, "  ✘ {f}")?;
        }
        Err(anyhow::anyhow!(
            "uninstall incomplete: {} of {} objects could not be deleted",
            failed.len(),
            failed.len() + removed
        ))
    }
}

/// Remove the install records (`install::state`) of what was uninstalled.
fn forget(cluster: &crate::cluster::Cluster, scope: &Scope, ctx: &Context) -> anyhow::Result<()> {
    match scope {
        Scope::Purge => cluster::block_on(state::forget_all(cluster, ctx.istio_namespace()))?,
        Scope::Revision {
            revision, owner_ns, ..
        } => cluster::block_on(state::forget(cluster, owner_ns, revision))?,
    }
    Ok(())
}
