//! `sailctl x authz check`: the AuthorizationPolicies a proxy enforces (see `crate::envoy::authz`).

use std::path::PathBuf;

use clap::Subcommand;

use crate::cmd::proxy_config::{AdminArgs, SourceArgs, dump_error, fetch, source};
use crate::context::Context;
use crate::envoy::authz;
use crate::envoy::dump::ConfigDump;
use crate::envoy::source::AdminDoc;
use crate::exit::Exit;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub command: Sub,
}

#[derive(Debug, Subcommand)]
pub enum Sub {
    /// The AuthorizationPolicies in a proxy's RBAC filters: action, policy, number of rules.
    #[command(
        after_help = "Examples:\n  sailctl x authz check httpbin-88ddbcfdd-nt5jb.foo\n  sailctl x authz check -f dump.json -o json"
    )]
    Check(CheckArgs),
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// The pod: `[<type>/]<name>[.<namespace>]`.
    #[arg(value_name = "POD")]
    pub pod: Option<String>,
    /// A saved config dump (`-` reads standard input) instead of a pod.
    #[arg(short = 'f', long, value_name = "FILE")]
    pub file: Option<PathBuf>,
    /// Output format (`json` adds the rule indexes and where each filter is).
    #[arg(short, long, value_parser = ["short", "json"], default_value = "short")]
    pub output: String,
    #[command(flatten)]
    pub admin: AdminArgs,
}

pub fn run(a: &Args, ctx: &Context) -> anyhow::Result<Exit> {
    let Sub::Check(a) = &a.command;
    let s = SourceArgs {
        file: a.file.clone(),
        output: a.output.clone(),
        pod: a.pod.clone(),
        selector: None,
        admin: a.admin.clone(),
    };
    let src = source("authz check", &s, ctx)?;
    let text = fetch(&src, AdminDoc::ConfigDump)?;
    let dump = ConfigDump::parse(&text).map_err(|e| dump_error(&src, e))?;
    let rows = authz::rows(&dump).map_err(|e| dump_error(&src, e))?;
    let mut out = std::io::stdout().lock();
    if a.output == "json" {
        crate::output::write_json(&mut out, &rows)?;
    } else {
        std::io::Write::write_all(&mut out, authz::table(&rows).render().as_bytes())?;
    }
    Ok(Exit::Ok)
}
