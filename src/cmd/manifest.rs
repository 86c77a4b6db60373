//! `sailctl manifest generate`: render the Kubernetes objects an install would apply.

use std::io::Write;
use std::path::PathBuf;

use clap::{Subcommand, ValueEnum};

use crate::context::Context;
use crate::exit::{Exit, UsageError};
use crate::install::{Component, Object, render, values};

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub command: ManifestCommand,
}

#[derive(Debug, Subcommand)]
pub enum ManifestCommand {
    /// Print the Kubernetes objects of an Istio install, without touching a cluster.
    Generate(GenerateArgs),
}

/// Flags shared by the commands that merge a profile, files and --set values.
#[derive(Debug, Clone, clap::Args)]
pub struct InstallInputArgs {
    /// IstioOperator files to merge over the profile, in order (`-` reads stdin, last only).
    #[arg(
        short = 'f',
        long = "filename",
        value_name = "FILE",
        value_delimiter = ','
    )]
    pub filenames: Vec<String>,

    /// Override an IstioOperator field: `--set values.global.hub=my.registry/istio`,
    /// `--set profile=demo`, `--set components.egressGateways[0].enabled=true`.
    #[arg(short = 's', long = "set", value_name = "PATH=VALUE")]
    pub set: Vec<String>,

    /// Control-plane revision: names istiod, its webhooks and config `<name>-<revision>`.
    #[arg(short = 'r', long, value_name = "REVISION")]
    pub revision: Option<String>,

    /// A directory of profiles to use instead of the built-in ones (istioctl's --manifests).
    #[arg(short = 'd', long = "manifests", value_name = "DIR")]
    pub manifests: Option<PathBuf>,
}

impl InstallInputArgs {
    /// The merge inputs these flags describe.
    pub fn inputs(&self) -> values::Inputs {
        let mut set = self.set.clone();
        if let Some(r) = &self.revision {
            set.push(format!("revision={r}"));
        }
        values::Inputs {
            files: self.filenames.clone(),
            set,
            profile_dir: self.manifests.clone(),
        }
    }
}

#[derive(Debug, clap::Args)]
pub struct GenerateArgs {
    #[command(flatten)]
    pub input: InstallInputArgs,

    /// Write the manifest to this file instead of standard output (istioctl's `-o`).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Yaml)]
    pub format: Format,

    /// Render only these components (Base, Pilot, IngressGateways, EgressGateways, Cni, Ztunnel).
    #[arg(long = "component", value_name = "NAME", value_delimiter = ',')]
    pub components: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Multi-document YAML, `---` between objects.
    Yaml,
    /// A Kubernetes `List` of the objects.
    Json,
}

/// Merge the inputs and render; errors in the inputs are usage errors naming the path.
pub fn render_inputs(input: &InstallInputArgs) -> anyhow::Result<(values::Merged, Vec<Object>)> {
    let merged = values::build(&input.inputs()).map_err(|e| UsageError::error(e.to_string()))?;
    let objects = render::render(&merged).map_err(|e| UsageError::error(e.to_string()))?;
    Ok((merged, objects))
}

pub fn run(args: &Args, ctx: &Context) -> anyhow::Result<Exit> {
    match &args.command {
        ManifestCommand::Generate(g) => generate(g, ctx),
    }
}

fn generate(args: &GenerateArgs, ctx: &Context) -> anyhow::Result<Exit> {
    let mut wanted = Vec::new();
    for c in &args.components {
        match Component::parse(c) {
            Some(c) => wanted.push(c),
            None => {
                let known: Vec<&str> = Component::ALL.iter().map(|c| c.label()).collect();
                return Err(UsageError::error(format!(
                    "--component {c}: unknown component; known: {}",
                    known.join(", ")
                )));
            }
        }
    }
    let (_, mut objects) = render_inputs(&args.input)?;
    if !wanted.is_empty() {
        objects.retain(|o| wanted.contains(&o.component));
    }
    match &args.output {
        None => {
            let mut out = std::io::stdout().lock();
            write_objects(&mut out, &objects, args.format)?;
            out.flush()?;
        }
        Some(path) => {
            let mut buf = Vec::new();
            write_objects(&mut buf, &objects, args.format)?;
            std::fs::write(path, buf).map_err(|e| {
                UsageError::error(format!("--output {}: cannot write: {e}", path.display()))
            })?;
            if matches!(path.to_str(), Some("json" | "yaml")) {
                crate::output::print_warning(
                    ctx,
                    &format!(
                        "wrote the manifest to the file {:?}: -o names the output file, as in istioctl; the format is --format",
                        path.display().to_string()
                    ),
                );
            }
        }
    }
    Ok(Exit::Ok)
}

/// Print objects as multi-document YAML or a JSON List.
pub fn write_objects(
    out: &mut dyn Write,
    objects: &[Object],
    format: Format,
) -> std::io::Result<()> {
    match format {
        Format::Yaml => {
            for (i, o) in objects.iter().enumerate() {
                if i > 0 {
                    out.write_all(b"---\n")?;
                }
                out.write_all(crate::output::yaml::to_string(&o.value).as_bytes())?;
            }
            Ok(())
        }
        Format::Json => {
            let list = serde_json::json!({
                "apiVersion": "v1",
                "kind": "List",
                "items": objects.iter().map(|o| &o.value).collect::<Vec<_>>(),
            });
            crate::output::write_json(out, &list)
        }
    }
}
