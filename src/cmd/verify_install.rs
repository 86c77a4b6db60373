//! `sailctl verify-install`: is everything the install renders present and rolled out?

use std::collections::BTreeMap;
use std::io::Write;

use colored::Colorize;

use crate::cluster;
use crate::cmd::manifest::{InstallInputArgs, render_inputs};
use crate::context::Context;
use crate::exit::Exit;
use crate::install::verify;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The same inputs the install used (profile, files, --set, --revision).
    #[command(flatten)]
    pub input: InstallInputArgs,
}

pub fn run(args: &Args, ctx: &Context) -> anyhow::Result<Exit> {
    let (_, objects) = render_inputs(&args.input)?;
    let cluster = ctx.cluster()?;
    let checks = cluster::block_on(verify::verify(cluster, &objects))?;
    let (ok, bad) = if ctx.color_stdout {
        ("✔".green().to_string(), "✘".red().to_string())
    } else {
        ("✔".to_string(), "✘".to_string())
    };
    let mut out = std::io::stdout().lock();
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    let mut problems = 0;
    for c in &checks {
        *counts.entry(c.kind.as_str()).or_default() += 1;
        match &c.problem {
            None => writeln!(out, "{ok} {} checked successfully", c.label())?,
            Some(p) => {
                problems += 1;
                writeln!(out, "{bad} {}: {p}", c.label())?;
            }
        }
    }
    for (kind, n) in &counts {
        writeln!(out, "Checked {n} {kind}{}", if *n == 1 { "" } else { "s" })?;
    }
    if problems == 0 {
        writeln!(out, "{ok} Istio is installed and verified successfully")?;
        Ok(Exit::Ok)
    } else {
        writeln!(
            out,
            "{bad} Istio installation is incomplete: {problems} of {} objects missing or not ready",
            checks.len()
        )?;
        Ok(Exit::Failure)
    }
}
