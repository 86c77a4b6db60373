//! `sailctl version`: the client's version.

use std::io::Write;

use crate::context::Context;
use crate::exit::Exit;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Print only the version number.
    #[arg(short, long)]
    pub short: bool,
    /// Output format: text, json or yaml.
    #[arg(short, long, value_parser = ["text", "json", "yaml"], default_value = "text")]
    pub output: String,
}

pub fn run(args: &Args, _ctx: &Context) -> anyhow::Result<Exit> {
    let version = env!("CARGO_PKG_VERSION");
    let doc = serde_json::json!({"clientVersion": {"version": version}});
    let mut out = std::io::stdout().lock();
    match args.output.as_str() {
        "json" => crate::output::write_json(&mut out, &doc)?,
        "yaml" => out.write_all(crate::output::yaml::to_string(&doc).as_bytes())?,
        _ if args.short => writeln!(out, "{version}")?,
        _ => writeln!(out, "client version: {version}")?,
    }
    Ok(Exit::Ok)
}
