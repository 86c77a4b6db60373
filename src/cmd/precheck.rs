//! `sailctl precheck`: can Istio be installed (or upgraded) in this cluster?

use std::io::Write;

use clap::ValueEnum;
use colored::Colorize;

use crate::cluster;
use crate::context::Context;
use crate::exit::Exit;
use crate::install::precheck;
use crate::output::diagnostic;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Output format for the issues found.
    #[arg(short, long, value_enum, default_value_t = Format::Log)]
    pub output: Format,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Log,
    Json,
    Yaml,
}

pub fn run(args: &Args, ctx: &Context) -> anyhow::Result<Exit> {
    let cluster = ctx.cluster()?;
    let diags = cluster::block_on(precheck::precheck(cluster, ctx.istio_namespace()))?;
    let mut out = std::io::stdout().lock();
    match args.output {
        Format::Json => diagnostic::write_json(&mut out, &diags)?,
        Format::Yaml => diagnostic::write_yaml(&mut out, &diags)?,
        Format::Log if !diags.is_empty() => {
            diagnostic::write_log(&mut out, &diags, ctx.color_stdout)?
        }
        Format::Log => {}
    }
    out.flush()?;
    if diags.is_empty() {
        let check = if ctx.color_stderr {
            "✔".green().to_string()
        } else {
            "✔".to_string()
        };
        eprintln!(
            "{check} No issues found when checking the cluster. Istio is safe to install or upgrade!"
        );
        Ok(Exit::Ok)
    } else {
        eprintln!(
            "Issues found when checking the cluster. Istio may not be safe to install or upgrade.\nSee https://istio.io/latest/docs/reference/config/analysis for more information about causes and resolutions."
        );
        Ok(Exit::Failure)
    }
}
