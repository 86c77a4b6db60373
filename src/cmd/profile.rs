//! `sailctl profile list|dump|diff`: the built-in install profiles.

use std::io::Write;
use std::path::PathBuf;

use clap::{Subcommand, ValueEnum};
use colored::Colorize;
use serde_json::Value;

use crate::context::Context;
use crate::exit::{Exit, UsageError};
use crate::install::profiles::Source;
use crate::resource::FieldPath;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub command: ProfileCommand,
}

#[derive(Debug, Subcommand)]
pub enum ProfileCommand {
    /// List the available install profiles.
    List(ListArgs),
    /// Print a profile merged over `default`, as an IstioOperator.
    Dump(DumpArgs),
    /// Show the differences between two merged profiles.
    Diff(DiffArgs),
}

#[derive(Debug, clap::Args)]
pub struct ListArgs {
    /// A directory of profiles to list instead of the built-in ones.
    #[arg(short = 'd', long = "manifests", value_name = "DIR")]
    pub manifests: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct DumpArgs {
    /// The profile (default: `default`).
    pub profile: Option<String>,

    /// Print only this part of the IstioOperator (`spec.values.global`, `components.pilot`).
    #[arg(short = 'p', long = "config-path", value_name = "PATH")]
    pub config_path: Option<String>,

    /// IstioOperator files to merge over the profile, in order (comma lists too).
    #[arg(
        short = 'f',
        long = "filename",
        value_name = "FILE",
        value_delimiter = ','
    )]
    pub filenames: Vec<String>,

    /// Output format: yaml, json, or flags (one `--set path=value` line per leaf).
    #[arg(short, long, value_enum, default_value_t = Format::Yaml)]
    pub output: Format,

    /// A directory of profiles to use instead of the built-in ones.
    #[arg(short = 'd', long = "manifests", value_name = "DIR")]
    pub manifests: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct DiffArgs {
    /// The first profile.
    pub a: String,
    /// The second profile.
    pub b: String,

    /// A directory of profiles to use instead of the built-in ones.
    #[arg(short = 'd', long = "manifests", value_name = "DIR")]
    pub manifests: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Yaml,
    Json,
    Flags,
}

pub fn run(args: &Args, ctx: &Context) -> anyhow::Result<Exit> {
    match &args.command {
        ProfileCommand::List(a) => list(a),
        ProfileCommand::Dump(a) => dump(a),
        ProfileCommand::Diff(a) => diff(a, ctx),
    }
}

fn usage(e: impl std::fmt::Display) -> anyhow::Error {
    UsageError::error(e.to_string())
}

fn list(args: &ListArgs) -> anyhow::Result<Exit> {
    let names = Source::from_option(args.manifests.as_deref())
        .names()
        .map_err(usage)?;
    let mut out = std::io::stdout().lock();
    writeln!(out, "Istio configuration profiles:")?;
    for n in names {
        writeln!(out, "    {n}")?;
    }
    Ok(Exit::Ok)
}

/// The profile merged over default, as printed by `dump`.
pub fn merged_profile(source: &Source, name: &str) -> anyhow::Result<Value> {
    let mut v = source.merged(name).map_err(usage)?;
    if let Some(spec) = v.get_mut("spec").and_then(Value::as_object_mut)
        && name != "default"
    {
        spec.insert("profile".into(), Value::String(name.to_string()));
    }
    Ok(v)
}

fn dump(args: &DumpArgs) -> anyhow::Result<Exit> {
    let name = args.profile.as_deref().unwrap_or("default");
    let mut v = if args.filenames.is_empty() {
        merged_profile(&Source::from_option(args.manifests.as_deref()), name)?
    } else {
        with_files(args)?
    };
    if let Some(p) = &args.config_path {
        let p = p.trim_start_matches('.');
        let path = if p.starts_with("spec") || p.starts_with("metadata") || p.is_empty() {
            p.to_string()
        } else {
            format!("spec.{p}")
        };
        v = FieldPath::parse(&path)
            .lookup(&v)
            .cloned()
            .ok_or_else(|| usage(format!("--config-path {p}: no such path in profile {name}")))?;
    }
    let mut out = std::io::stdout().lock();
    match args.output {
        Format::Yaml => out.write_all(crate::output::yaml::to_string(&v).as_bytes())?,
        Format::Json => crate::output::write_json(&mut out, &v)?,
        Format::Flags => {
            let root = if args.config_path.is_some() {
                &v
            } else {
                &v["spec"]
            };
            let prefix = args
                .config_path
                .as_deref()
                .map(|p| p.trim_start_matches('.').trim_start_matches("spec."))
                .unwrap_or_default();
            let mut lines = Vec::new();
            set_flags(root, prefix, &mut lines);
            for l in lines {
                writeln!(out, "{l}")?;
            }
        }
    }
    Ok(Exit::Ok)
}

/// The profile (`profile=NAME` when given, else the files' own) merged with `-f` files.
fn with_files(args: &DumpArgs) -> anyhow::Result<Value> {
    let inputs = crate::install::values::Inputs {
        files: args.filenames.clone(),
        set: args
            .profile
            .iter()
            .map(|p| format!("profile={p}"))
            .collect(),
        profile_dir: args.manifests.clone(),
    };
    let merged = crate::install::values::build(&inputs).map_err(usage)?;
    let mut v = merged.operator;
    if merged.profile != "default"
        && let Some(spec) = v.get_mut("spec").and_then(Value::as_object_mut)
    {
        spec.insert("profile".into(), Value::String(merged.profile));
    }
    Ok(v)
}

/// `--set path=value` lines for every leaf under `v` (paths as `--set` takes them).
fn set_flags(v: &Value, path: &str, out: &mut Vec<String>) {
    let join = |key: &str| {
        if path.is_empty() {
            key.to_string()
        } else {
            format!("{path}.{key}")
        }
    };
    match v {
        Value::Object(m) => {
            for (k, child) in m {
                set_flags(child, &join(&k.replace('.', "\\.")), out);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                set_flags(child, &format!("{path}[{i}]"), out);
            }
        }
        Value::Null => {}
        Value::String(s) => out.push(format!("--set {path}={s}")),
        other => out.push(format!("--set {path}={other}")),
    }
}

fn diff(args: &DiffArgs, ctx: &Context) -> anyhow::Result<Exit> {
    let source = Source::from_option(args.manifests.as_deref());
    let a = crate::output::yaml::to_string(&merged_profile(&source, &args.a)?);
    let b = crate::output::yaml::to_string(&merged_profile(&source, &args.b)?);
    let mut out = std::io::stdout().lock();
    if a == b {
        writeln!(out, "Profiles {} and {} are the same", args.a, args.b)?;
        return Ok(Exit::Ok);
    }
    writeln!(
        out,
        "The difference between profiles {} and {}:",
        args.a, args.b
    )?;
    let text = unified_diff(&a, &b, &args.a, &args.b);
    for line in text.lines() {
        let colored = if !ctx.color_stdout {
            line.to_string()
        } else if line.starts_with("+++") || line.starts_with("---") {
            line.bold().to_string()
        } else if line.starts_with('+') {
            line.green().to_string()
        } else if line.starts_with('-') {
            line.red().to_string()
        } else if line.starts_with("@@") {
            line.cyan().to_string()
        } else {
            line.to_string()
        };
        writeln!(out, "{colored}")?;
    }
    Ok(Exit::Ok)
}

/// A unified diff of two texts with three lines of context.
pub fn unified_diff(a: &str, b: &str, a_name: &str, b_name: &str) -> String {
    similar::TextDiff::from_lines(a, b)
        .unified_diff()
        .context_radius(3)
        .header(a_name, b_name)
        .to_string()
}
