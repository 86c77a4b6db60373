//! `sailctl proxy-status` (`ps`): the xDS sync state of every proxy, as istiod reports it: asked
//! live (each running istiod's `/debug/syncz` through a port-forward to its monitoring port) or
//! read from a saved `istio.io/debug/syncz` answer (`--file`); with `--envoy-file`, the diff
//! between istiod's config dump for one proxy and the proxy's own.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::context::Context;
use crate::envoy::dump::ConfigDump;
use crate::envoy::protojson;
use crate::envoy::source::{AdminDoc, DumpSource};
use crate::exit::{Exit, UsageError};
use crate::istiod::{self, SyncResponses, compare};

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  sailctl proxy-status                                  # every proxy, asked live\n  sailctl ps productpage-v1-5d9c8.bookinfo              # istiod's view against the pod's\n  sailctl ps --file envoy_dump.json productpage-v1-5d9c8.bookinfo\n  sailctl ps --sync-file tests/fixtures/proxy-status/syncz.json -n bookinfo --verbosity 1\n  sailctl ps --sync-file tests/fixtures/proxy-status/istiod_dump.json \\\n      --envoy-file tests/fixtures/proxy-status/envoy_dump.json"
)]
pub struct Args {
    /// An Envoy config dump (`/config_dump`) to compare with istiod's view of the pod given,
    /// instead of asking the pod (istioctl's `--file`). Given a saved istiod sync status
    /// instead (what --sync-file takes), it is read as one, for older sailctl scripts.
    #[arg(short = 'f', long, value_name = "FILE")]
    pub file: Option<PathBuf>,
    /// Read a saved istiod sync status instead of asking istiod: `{"<istiod>":
    /// DiscoveryResponse, ...}` as answered to `istio.io/debug/syncz`, or one DiscoveryResponse
    /// (`-` reads standard input). With --envoy-file: istiod's config dump for the proxy.
    #[arg(long = "sync-file", value_name = "FILE", conflicts_with = "file")]
    pub sync_file: Option<PathBuf>,
    /// Compare this Envoy config dump with istiod's dump given in --sync-file, offline.
    #[arg(long, value_name = "FILE")]
    pub envoy_file: Option<PathBuf>,
    /// Output format.
    #[arg(short, long, value_parser = ["table", "json", "yaml"], default_value = "table")]
    pub output: String,
    /// 0 (the default): the subscribed types of each proxy; 1: one column per xDS type.
    #[arg(short = 'v', long, default_value_t = 0, hide_default_value = true, value_parser = crate::compat::verbosity)]
    pub verbosity: u8,
    /// Ask only the istiods of this control-plane revision (`istio.io/rev`). A saved answer
    /// already comes from one revision: every istiod in the file is shown.
    #[arg(short = 'r', long, default_value = "", hide_default_value = true)]
    pub revision: String,
    /// A pod (`[<type>/]<name>[.<namespace>]`): compare what istiod sent it with its Envoy
    /// config dump (read live, or from --file).
    pub pod: Option<String>,
    /// Only the proxies of the running pods with these labels (`app=reviews`), in the
    /// namespace of -n (or the context's).
    #[arg(short = 'l', long, value_name = "SELECTOR", conflicts_with_all = ["pod", "envoy_file"])]
    pub selector: Option<String>,
    /// Give up on an istiod or proxy that does not answer within this long (30s, 500ms).
    #[arg(long, value_name = "DURATION", default_value = "30s", value_parser = crate::duration::flag)]
    pub timeout: std::time::Duration,
    /// Envoy's admin port in the pod (live mode, with a pod).
    #[arg(long = "proxy-admin-port", default_value_t = crate::envoy::live::DEFAULT_ADMIN_PORT, value_parser = crate::compat::port)]
    pub proxy_admin_port: u16,
}

/// How a path reads in messages.
fn shown(path: &Path) -> String {
    if path.as_os_str() == "-" {
        "standard input".into()
    } else {
        path.display().to_string()
    }
}

pub(super) fn read(path: &Path) -> anyhow::Result<String> {
    DumpSource::File(path.to_path_buf())
        .fetch(AdminDoc::ConfigDump)
        .map_err(|e| UsageError::error(e.to_string()))
}

pub fn run(args: &Args, ctx: &Context) -> anyhow::Result<Exit> {
    if let Some(pod) = &args.pod
        && args.envoy_file.is_none()
        && args.sync_file.is_none()
    {
        return super::proxy_status_live::diff(args, ctx, pod);
    }
    let saved = match (&args.sync_file, &args.file) {
        (Some(f), _) => Some((f, read(f)?)),
        (None, Some(f)) => {
            let text = read(f)?;
            if args.envoy_file.is_none() && is_envoy_dump(&text) {
                return Err(UsageError::error(format!(
                    "--file {}: an Envoy config dump is compared with a pod: give the pod \
                     (sailctl ps --file {} POD), or a saved istiod sync status with --sync-file",
                    shown(f),
                    shown(f)
                )));
            }
            Some((f, text))
        }
        (None, None) => None,
    };
    if args.envoy_file.is_some() && saved.is_none() {
        return Err(UsageError::error(
            "--envoy-file needs istiod's config dump of the proxy in --sync-file",
        ));
    }
    let mut sync = match saved {
        Some((file, text)) => {
            if let Some(envoy_file) = &args.envoy_file {
                return diff(&text, file, envoy_file);
            }
            SyncResponses::parse(&text)
                .map_err(|e| UsageError::error(format!("{}: {e}", shown(file))))?
        }
        None => super::proxy_status_live::sync(args, ctx)?,
    };
    if let Some(selector) = &args.selector {
        let pods = super::selector::running_pods(ctx, selector, args.timeout)?;
        super::selector::keep_proxies(ctx, &mut sync, &pods);
    }
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

/// Whether a document is an Envoy admin config dump (`{"configs": [...]}`) rather than a
/// saved istiod answer (DiscoveryResponses).
fn is_envoy_dump(text: &str) -> bool {
    #[derive(serde::Deserialize)]
    struct Head<'a> {
        #[serde(borrow, default)]
        configs: Option<&'a serde_json::value::RawValue>,
    }
    serde_json::from_str::<Head>(text).is_ok_and(|h| h.configs.is_some())
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
    print_diff(istiod_text, istiod_path, &envoy_text, envoy_path)
}

/// Compare istiod's dump with Envoy's and print the report.
pub(super) fn print_diff(
    istiod_text: &str,
    istiod_path: &Path,
    envoy_text: &str,
    envoy_path: &Path,
) -> anyhow::Result<Exit> {
    let istiod = istiod_dump(istiod_text, istiod_path)?;
    let envoy = ConfigDump::parse(envoy_text)
        .map_err(|e| UsageError::error(format!("{}: {e}", shown(envoy_path))))?;
    let c = compare::compare(&istiod, &envoy);
    let mut out = std::io::stdout().lock();
    out.write_all(compare::render(&c).as_bytes())?;
    out.flush()?;
    Ok(Exit::Ok)
}
