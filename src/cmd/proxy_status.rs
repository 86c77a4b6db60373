//! `sailctl proxy-status` (`ps`): the xDS sync state of every proxy, as istiod reports it: asked
//! live (each running istiod's `/debug/syncz` through a port-forward to its monitoring port) or
//! read from a saved `istio.io/debug/syncz` answer (`--file`); with `--envoy-file`, the diff
//! between istiod's config dump for one proxy and the proxy's own.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::cluster::{self, Selector};
use crate::context::Context;
use crate::envoy::dump::ConfigDump;
use crate::envoy::protojson;
use crate::envoy::source::{AdminDoc, DumpSource};
use crate::exit::{Exit, UsageError};
use crate::istiod::debug::{MONITORING_PORT, SyncStatus, to_discovery_response};
use crate::istiod::{self, SyncResponses, compare};

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  sailctl proxy-status --file syncz.json\n  sailctl ps --file syncz.json -n bookinfo --verbosity 1\n  sailctl ps --file istiod-dump.json --envoy-file envoy-dump.json"
)]
pub struct Args {
    /// Read a saved istiod sync status instead of asking istiod: `{"<istiod>":
    /// DiscoveryResponse, ...}` as answered to `istio.io/debug/syncz`, or one DiscoveryResponse
    /// (`-` reads standard input). With --envoy-file: istiod's config dump for the proxy.
    #[arg(short = 'f', long, value_name = "FILE")]
    pub file: Option<PathBuf>,
    /// Compare with this Envoy config dump (`/config_dump` of the proxy) instead of listing.
    #[arg(long, value_name = "FILE", requires = "file")]
    pub envoy_file: Option<PathBuf>,
    /// Output format.
    #[arg(short, long, value_parser = ["table", "json", "yaml"], default_value = "table")]
    pub output: String,
    /// 0: the subscribed types of each proxy; 1: one column per xDS type.
    #[arg(short = 'v', long, default_value_t = 0, value_parser = clap::value_parser!(u8).range(0..=1))]
    pub verbosity: u8,
    /// Ask only the istiods of this control-plane revision (`istio.io/rev`). A saved answer
    /// already comes from one revision: every istiod in the file is shown.
    #[arg(short = 'r', long, default_value = "")]
    pub revision: String,
    /// A pod; asking istiod live is not available yet.
    #[arg(hide = true)]
    pub pod: Option<String>,
}

/// How a path reads in messages.
fn shown(path: &Path) -> String {
    if path.as_os_str() == "-" {
        "standard input".into()
    } else {
        path.display().to_string()
    }
}

fn read(path: &Path) -> anyhow::Result<String> {
    DumpSource::File(path.to_path_buf())
        .fetch(AdminDoc::ConfigDump)
        .map_err(|e| UsageError::error(e.to_string()))
}

pub fn run(args: &Args, ctx: &Context) -> anyhow::Result<Exit> {
    if args.pod.is_some() && args.envoy_file.is_none() {
        return Err(UsageError::error(
            "proxy-status <pod> (the diff of one proxy against istiod) is not available live yet: compare saved dumps with --file ISTIOD_DUMP --envoy-file ENVOY_DUMP",
        ));
    }
    let sync = match &args.file {
        Some(file) => {
            let text = read(file)?;
            if let Some(envoy_file) = &args.envoy_file {
                return diff(&text, file, envoy_file);
            }
            SyncResponses::parse(&text)
                .map_err(|e| UsageError::error(format!("{}: {e}", shown(file))))?
        }
        None => live(args, ctx)?,
    };
    let namespace = ctx.namespace();
    let mut out = std::io::stdout().lock();
    match args.output.as_str() {
        "json" | "yaml" => {
            for r in sync.filtered(namespace) {
                let doc = if args.output == "yaml" {
                    protojson::to_yaml_string(r)
                } else {
                    protojson::to_json_string(&r)
                };
                out.write_all(doc.as_bytes())?;
            }
        }
        _ => {
            let statuses = istiod::statuses(&sync, namespace, chrono::Utc::now());
            let table = if args.verbosity > 0 {
                istiod::verbose_table(&statuses)
            } else {
                istiod::table(&statuses)
            };
            out.write_all(table.render().as_bytes())?;
        }
    }
    out.flush()?;
    Ok(Exit::Ok)
}

/// istiod's dump: a config dump, or a DiscoveryResponse whose resources are its sections.
fn istiod_dump<'a>(text: &'a str, path: &Path) -> anyhow::Result<ConfigDump<'a>> {
    #[derive(serde::Deserialize)]
    struct Response<'a> {
        #[serde(borrow, default)]
        resources: Vec<&'a serde_json::value::RawValue>,
    }
    let bad = |e: &dyn std::fmt::Display| UsageError::error(format!("{}: {e}", shown(path)));
    let dump = ConfigDump::parse(text).map_err(|e| bad(&e))?;
    if dump.section_types().next().is_some() {
        return Ok(dump);
    }
    let resp: Response = serde_json::from_str(text).map_err(|e| bad(&e))?;
    let mut sections = Vec::new();
    for raw in resp.resources {
        let head: serde_json::Value = serde_json::from_str(raw.get()).map_err(|e| bad(&e))?;
        let ty = head
            .get("@type")
            .and_then(|t| t.as_str())
            .unwrap_or_default()
            .to_string();
        sections.push((ty, raw));
    }
    Ok(ConfigDump::from_sections(sections))
}

fn diff(istiod_text: &str, istiod_path: &Path, envoy_path: &Path) -> anyhow::Result<Exit> {
    let envoy_text = read(envoy_path)?;
    let istiod = istiod_dump(istiod_text, istiod_path)?;
    let envoy = ConfigDump::parse(&envoy_text)
        .map_err(|e| UsageError::error(format!("{}: {e}", shown(envoy_path))))?;
    let c = compare::compare(&istiod, &envoy);
    let mut out = std::io::stdout().lock();
    out.write_all(compare::render(&c).as_bytes())?;
    out.flush()?;
    Ok(Exit::Ok)
}

/// Ask every running istiod (of `--revision`) for `/debug/syncz` through a port-forward.
fn live(args: &Args, ctx: &Context) -> anyhow::Result<SyncResponses> {
    let cluster = ctx.cluster()?;
    let ns = ctx.istio_namespace();
    let mut labels = "app=istiod".to_string();
    if !args.revision.is_empty() {
        labels.push_str(&format!(",istio.io/rev={}", args.revision));
    }
    let selector = Selector::labels(&labels).with_fields("status.phase=Running");
    let pods = cluster::block_on(cluster.list_pods(ns, &selector))?;
    if pods.is_empty() {
        anyhow::bail!("no running Istio pods in {ns:?}");
    }
    let path = match ctx.namespace() {
        Some(n) => format!("/debug/syncz?namespace={n}"),
        None => "/debug/syncz".to_string(),
    };
    let mut responses = Vec::new();
    for pod in pods {
        let name = pod.metadata.name.unwrap_or_default();
        let res = cluster::block_on(cluster.http_get(ns, &name, MONITORING_PORT, &path))?;
        if res.status != 200 {
            anyhow::bail!(
                "istiod {ns}/{name} answered {} to {path}: {}",
                res.status,
                res.text().lines().next().unwrap_or_default().trim()
            );
        }
        let statuses: Vec<SyncStatus> = serde_json::from_slice(&res.body)
            .map_err(|e| anyhow::anyhow!("istiod {ns}/{name}: invalid {path} answer: {e}"))?;
        responses.push((name.clone(), to_discovery_response(&name, &statuses)));
    }
    Ok(SyncResponses { responses })
}
