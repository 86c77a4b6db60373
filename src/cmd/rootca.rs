//! `sailctl proxy-config rootca-compare POD1 POD2`: do two pods trust the same root CA?

use std::path::PathBuf;

use crate::cmd::proxy_config::{AdminArgs, SourceArgs, dump_error, fetch, source};
use crate::context::Context;
use crate::envoy::dump::ConfigDump;
use crate::envoy::rootca;
use crate::envoy::source::{AdminDoc, DumpSource};
use crate::exit::{Exit, UsageError};

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  sailctl pc rootca-compare productpage-v1-5d9c8.bookinfo reviews-v1-6f8d.bookinfo\n  sailctl pc rootca-compare -f a.json -f b.json\n\nExit codes: 0 the pods share a root certificate; 1 they do not (or a bundle is missing)."
)]
pub struct Args {
    /// The two pods: `[<type>/]<name>[.<namespace>]`.
    #[arg(value_name = "POD", num_args = 0..=2)]
    pub pods: Vec<String>,
    /// Saved config dumps instead of pods (repeat; pods and files make two together).
    #[arg(short = 'f', long = "file", value_name = "FILE")]
    pub files: Vec<PathBuf>,
    #[command(flatten)]
    pub admin: AdminArgs,
}

fn label(src: &DumpSource) -> anyhow::Result<String> {
    Ok(match src {
        DumpSource::Pod(live) => {
            let (namespace, pod) = crate::cluster::block_on(live.resolve())?;
            format!("{pod}.{namespace}")
        }
        DumpSource::File(_) => src.describe(),
    })
}

pub fn run(a: &Args, ctx: &Context) -> anyhow::Result<Exit> {
    if a.pods.len() + a.files.len() != 2 {
        return Err(UsageError::error(
            "rootca-compare requires 2 pods (or --file dumps) as arguments",
        ));
    }
    let specs = a
        .pods
        .iter()
        .map(|p| (None, Some(p.clone())))
        .chain(a.files.iter().map(|f| (Some(f.clone()), None)));
    let mut found = Vec::new();
    for (file, pod) in specs {
        let s = SourceArgs {
            file,
            output: "short".into(),
            pod,
            selector: None,
            admin: a.admin.clone(),
        };
        let src = source("rootca-compare", &s, ctx)?;
        let text = fetch(&src, AdminDoc::ConfigDump)?;
        let dump = ConfigDump::parse(&text).map_err(|e| dump_error(&src, e))?;
        let name = label(&src)?;
        let bundle = rootca::bundle(&dump).map_err(|e| anyhow::anyhow!("{name}: {e}"))?;
        rootca::certificates(&bundle).map_err(|e| anyhow::anyhow!("{name}: {e}"))?;
        found.push((name, bundle));
    }
    let [(n1, b1), (n2, b2)] = found.as_slice() else {
        return Err(UsageError::error("rootca-compare requires 2 pods"));
    };
    if rootca::share_a_root(b1, b2)? {
        println!(
            "Both [{n1}] and [{n2}] have the identical ROOTCA, theoretically the connectivity between them is available"
        );
        Ok(Exit::Ok)
    } else {
        Err(anyhow::anyhow!(
            "Both [{n1}] and [{n2}] have the non identical ROOTCA, theoretically the connectivity between them is unavailable"
        ))
    }
}
