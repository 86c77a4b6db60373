//! `sailctl upgrade`: move an install to this sailctl's Istio version, in place or as a canary
//! revision (`--revision`), starting from what the install recorded in the cluster
//! (`install::state`): the same profile and overrides, with the version pins dropped. The
//! version jump is checked first (`precheck --from-version` runs the same check); `--diff`
//! shows what would change, object by object, and writes nothing.

use std::io::Write;

use serde_json::Value;

use super::install::{self as install_cmd, plan_merged};
use crate::cluster;
use crate::context::Context;
use crate::exit::{Exit, UsageError};
use crate::install::precheck::{Outcome, version_jump};
use crate::install::{render, state, values};

#[derive(Debug, clap::Args)]
#[group(id = "upgrade_args")]
pub struct Args {
    #[command(flatten)]
    pub install: install_cmd::Args,

    /// Upgrade even when the version jump is one Istio does not support (more than one minor
    /// version in place, more than two as a canary).
    #[arg(long)]
    pub force: bool,
}

/// The version pins an upgrade drops from the recorded inputs (the new version comes from
/// this sailctl unless given again with --set).
fn drop_version_pins(op: &mut Value) {
    if let Some(spec) = op.get_mut("spec").and_then(Value::as_object_mut) {
        spec.remove("tag");
    }
    if let Some(global) = op
        .pointer_mut("/spec/values/global")
        .and_then(Value::as_object_mut)
    {
        global.remove("tag");
    }
}

pub fn run(args: &Args, ctx: &Context) -> anyhow::Result<Exit> {
    let input = &args.install.input;
    let cluster = ctx.cluster()?;
    let ns = ctx.istio_namespace();
    let target_rev = input.revision.clone().unwrap_or_default();
    // The record to start from: the target revision's, else the default revision's (a canary
    // starts from the running install).
    let mut from = cluster::block_on(state::read(cluster, ns, &target_rev))?;
    let canary = from.is_none() && !target_rev.is_empty();
    if canary {
        from = cluster::block_on(state::read(cluster, ns, ""))?;
    }
    let Some(from) = from else {
        return Err(UsageError::error(format!(
            "nothing to upgrade: no install record (ConfigMap {ns}/{}) in the cluster; install with `sailctl install`",
            state::name(&target_rev)
        )));
    };
    let mut user = from.operator.clone();
    drop_version_pins(&mut user);
    let file_inputs = values::Inputs {
        files: input.filenames.clone(),
        set: Vec::new(),
        profile_dir: None,
    };
    if !file_inputs.files.is_empty() {
        let files = values::build(&file_inputs).map_err(|e| UsageError::error(e.to_string()))?;
        values::merge(&mut user, &files.user);
    }
    let mut sets = input.set.clone();
    if !target_rev.is_empty() {
        sets.push(format!("revision={target_rev}"));
    }
    for s in &sets {
        values::apply_set(&mut user, s).map_err(|e| UsageError::error(e.to_string()))?;
    }
    let merged = values::build_user(user, input.manifests.clone())
        .map_err(|e| UsageError::error(e.to_string()))?;
    let objects = render::render(&merged).map_err(|e| UsageError::error(e.to_string()))?;
    let (plan, installed) = plan_merged(cluster, merged, &objects)?;

    let jump = version_jump(&from.version, &plan.version, canary);
    let mut err = std::io::stderr().lock();
    let what = if canary {
        format!(
            "canary revision {target_rev} next to the installed {}",
            from.version
        )
    } else if target_rev.is_empty() {
        "the default revision".to_string()
    } else {
        format!("revision {target_rev}")
    };
    writeln!(
        err,
        "Upgrading {what}: {} → {} (profile {:?}, from the install record).",
        from.version, plan.version, plan.profile
    )?;
    if let Some(d) = &jump.detail {
        writeln!(err, "  {d}")?;
    }
    if jump.status == Outcome::Error && !args.force {
        return Err(anyhow::anyhow!(
            "{}: {} (--force upgrades anyway)",
            jump.name,
            jump.hint.unwrap_or_default()
        ));
    }
    drop(err);
    let code = install_cmd::execute(&args.install, ctx, cluster, &plan, &installed)?;
    if code == Exit::Ok && !args.install.diff && !args.install.dry_run {
        let mut out = std::io::stdout().lock();
        writeln!(
            out,
            "✔ Upgraded {what} to {}.{}",
            plan.version,
            if canary {
                format!(
                    " Move workloads with `sailctl tag set default --revision {target_rev} --overwrite`, then remove the old one with `sailctl uninstall --revision default -y`."
                )
            } else {
                String::new()
            }
        )?;
    }
    Ok(code)
}
