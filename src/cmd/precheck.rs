//! `sailctl precheck` (also `sailctl x precheck`): can Istio be installed on this cluster?

use std::io::Write;

use clap::{Subcommand, ValueEnum};
use colored::Colorize;
use serde_json::json;

use crate::cluster;
use crate::context::Context;
use crate::exit::Exit;
use crate::install::apply::DEFAULT_CONCURRENCY;
use crate::install::precheck::{self, Outcome};

#[derive(Debug, Clone, clap::Args)]
pub struct Args {
    /// The control-plane revision the install will use.
    #[arg(
        short = 'r',
        long,
        value_name = "REVISION",
        default_value = "",
        hide_default_value = true
    )]
    pub revision: String,

    /// Output format.
    #[arg(short, long, value_enum, default_value_t = Format::Text)]
    pub output: Format,

    /// Also check the upgrade from this installed version (`1.27.3`) to sailctl's.
    #[arg(short = 'f', long = "from-version", value_name = "VERSION")]
    pub from_version: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Grouped checks with ✔/‼/✘ marks (istioctl's `log` is the same).
    #[value(alias = "log")]
    Text,
    Json,
    Yaml,
}

/// `sailctl x ...`: experimental commands (istioctl's `x`).
#[derive(Debug, clap::Args)]
pub struct XArgs {
    #[command(subcommand)]
    pub command: XCommand,
}

#[derive(Debug, Subcommand)]
pub enum XCommand {
    /// Check that Istio can be installed on the cluster (same as `sailctl precheck`).
    Precheck(Args),
    /// Where a request goes in a proxy, and why: listener, chain, route, cluster, endpoints.
    Trace(crate::cmd::trace::Args),
    /// Inspect the AuthorizationPolicies a proxy enforces (`x authz check`).
    Authz(crate::cmd::authz::Args),
    /// Describe the Istio configuration of a pod or service (`x describe pod|svc`).
    Describe(crate::cmd::describe::Args),
}

pub fn run_x(args: &XArgs, ctx: &Context) -> anyhow::Result<Exit> {
    match &args.command {
        XCommand::Precheck(a) => run(a, ctx),
        XCommand::Trace(a) => crate::cmd::trace::run(a, ctx),
        XCommand::Authz(a) => crate::cmd::authz::run(a, ctx),
        XCommand::Describe(a) => crate::cmd::describe::run(a, ctx),
    }
}

pub fn run(args: &Args, ctx: &Context) -> anyhow::Result<Exit> {
    let cluster = ctx.cluster()?;
    let mut checks = cluster::block_on(precheck::run(
        cluster,
        ctx.istio_namespace(),
        &args.revision,
        DEFAULT_CONCURRENCY,
    ))?;
    if let Some(from) = &args.from_version {
        checks.push(precheck::version_jump(
            from,
            crate::install::release::ISTIO,
            !args.revision.is_empty(),
        ));
    }
    checks.extend(cluster::block_on(crate::ztunnel::precheck::checks(
        cluster,
        ctx.istio_namespace(),
    )));
    let errors = checks.iter().filter(|c| c.status == Outcome::Error).count();
    let warnings = checks
        .iter()
        .filter(|c| c.status == Outcome::Warning)
        .count();
    let mut out = std::io::stdout().lock();
    if args.output != Format::Text {
        let doc =
            json!({"ok": errors == 0, "errors": errors, "warnings": warnings, "checks": checks});
        if args.output == Format::Yaml {
            out.write_all(crate::output::yaml::to_string(&doc).as_bytes())?;
        } else {
            crate::output::write_json(&mut out, &doc)?;
        }
        return Ok(if errors == 0 { Exit::Ok } else { Exit::Failure });
    }
    let color = ctx.color_stdout;
    let mut group = "";
    for c in &checks {
        if c.group != group {
            if !group.is_empty() {
                writeln!(out)?;
            }
            group = c.group;
            writeln!(out, "{group}")?;
            writeln!(out, "{}", "-".repeat(group.chars().count()))?;
        }
        let m = match (c.status, color) {
            (Outcome::Ok, true) => "✔".green().to_string(),
            (Outcome::Warning, true) => "‼".yellow().to_string(),
            (Outcome::Error, true) => "✘".red().to_string(),
            (Outcome::Ok, false) => "✔".to_string(),
            (Outcome::Warning, false) => "‼".to_string(),
            (Outcome::Error, false) => "✘".to_string(),
        };
        writeln!(out, "{m} {}", c.name)?;
        if let Some(d) = &c.detail {
            writeln!(out, "    {d}")?;
        }
        if let Some(h) = &c.hint {
            writeln!(out, "    hint: {h}")?;
        }
    }
    writeln!(out)?;
    if errors == 0 {
        let tail = if warnings > 0 {
            format!(
                " ({warnings} warning{})",
                if warnings == 1 { "" } else { "s" }
            )
        } else {
            String::new()
        };
        writeln!(
            out,
            "Status check results are ✔: Istio can be installed{tail}."
        )?;
        Ok(Exit::Ok)
    } else {
        writeln!(
            out,
            "Status check results are ✘: {errors} check{} failed; see the hints above.",
            if errors == 1 { "" } else { "s" }
        )?;
        Ok(Exit::Failure)
    }
}
