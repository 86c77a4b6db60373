//! `sailctl ztunnel-config` (`zc`): what an ambient node proxy (ztunnel) knows — workloads,
//! services, policies, certificates, connections — read from its admin port (15000,
//! `/config_dump`, through a port-forward) or a saved dump (`--file`). Views live in
//! `crate::ztunnel`; this file reads flags, finds the ztunnel, fetches and prints.

use std::io::Write;
use std::path::PathBuf;
use std::time::Duration;

use clap::Subcommand;
use serde_json::Value;

use crate::cluster::portforward::Target;
use crate::cluster::{self, Cluster};
use crate::context::Context;
use crate::envoy::DumpSource;
use crate::envoy::live::{LiveSource, cluster_for};
use crate::envoy::source::AdminDoc;
use crate::exit::{Exit, UsageError};
use crate::ztunnel::dump::ZtunnelDump;
use crate::ztunnel::live::{is_ztunnel, ztunnel_pods};
use crate::ztunnel::view::{self, ConnectionsFilter, WorkloadFilter};

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  kubectl exec -n istio-system ds/ztunnel -- curl -s localhost:15000/config_dump > zt.json\n  sailctl ztunnel-config workload --file zt.json\n  sailctl zc service --node worker-1\n  sailctl zc connections productpage-v1-5d9c8.bookinfo   # the ztunnel of that pod's node\n  sailctl zc all ztunnel-x2k4f -o json"
)]
pub struct Args {
    #[command(subcommand)]
    pub command: Sub,
}

#[derive(Debug, Subcommand)]
pub enum Sub {
    /// Workloads: namespace, pod, address, node, waypoint, protocol.
    #[command(visible_aliases = ["workloads", "w"])]
    Workload(WorkloadArgs),
    /// Services: namespace, name, VIPs, waypoint, healthy/all endpoints.
    #[command(visible_aliases = ["services", "s", "svc"])]
    Service(ServiceArgs),
    /// Authorization policies: namespace, name, action, scope.
    #[command(visible_aliases = ["policies", "p", "pol"])]
    Policy(PolicyArgs),
    /// Certificates of the identities the ztunnel holds: type, status, validity, serial, dates.
    #[command(visible_aliases = ["certificates", "certs", "cert"])]
    Certificate(CommonArgs),
    /// Open connections per workload: direction, local, remote, target, protocol.
    #[command(visible_alias = "cons")]
    Connections(ConnectionsArgs),
    /// Every summary (`-o json|yaml`: the whole dump).
    All(AllArgs),
    /// The logging level of ztunnels (all of them, or the named one), and setting it.
    #[command(visible_alias = "o")]
    Log(LogArgs),
}

/// Where the dump comes from and how it prints; flags every view takes.
#[derive(Debug, Clone, clap::Args)]
pub struct CommonArgs {
    /// A ztunnel pod, or a workload pod (then: the ztunnel on its node, showing that workload):
    /// `[<type>/]<name>[.<namespace>]`. Default: a pod of DaemonSet ztunnel.
    #[arg(value_name = "POD")]
    pub pod: Option<String>,
    /// A saved ztunnel config dump (`-` reads standard input).
    #[arg(short = 'f', long, value_name = "FILE")]
    pub file: Option<PathBuf>,
    /// Read the ztunnel running on this node.
    #[arg(long, value_name = "NODE")]
    pub node: Option<String>,
    /// Output format.
    #[arg(short, long, value_parser = ["short", "json", "yaml"], default_value = "short")]
    pub output: String,
    /// The ztunnel admin port.
    #[arg(long, default_value_t = 15000, value_name = "PORT")]
    pub proxy_admin_port: u16,
    /// Give up on a step (finding the pod, the port-forward, the answer) after this long.
    #[arg(long, value_name = "DURATION", default_value = "30s", value_parser = crate::duration::flag)]
    pub timeout: Duration,
}

#[derive(Debug, clap::Args)]
pub struct WorkloadArgs {
    #[command(flatten)]
    pub common: CommonArgs,
    /// Only workloads with this address.
    #[arg(long, default_value = "")]
    pub address: String,
    /// Only workloads of this namespace.
    #[arg(long, default_value = "")]
    pub workload_namespace: String,
    /// Only workloads on this node.
    #[arg(long, default_value = "")]
    pub workload_node: String,
}

#[derive(Debug, clap::Args)]
pub struct ServiceArgs {
    #[command(flatten)]
    pub common: CommonArgs,
    /// Only services of this namespace.
    #[arg(long, default_value = "")]
    pub service_namespace: String,
}

#[derive(Debug, clap::Args)]
pub struct PolicyArgs {
    #[command(flatten)]
    pub common: CommonArgs,
    /// Only policies of this namespace.
    #[arg(long, default_value = "")]
    pub policy_namespace: String,
}

#[derive(Debug, clap::Args)]
pub struct ConnectionsArgs {
    #[command(flatten)]
    pub common: CommonArgs,
    /// Only this direction.
    #[arg(long, value_parser = ["inbound", "outbound"])]
    pub direction: Option<String>,
    /// Show IP addresses instead of the names of the services and workloads behind them.
    #[arg(long)]
    pub raw: bool,
    /// Only workloads of this namespace.
    #[arg(long, default_value = "")]
    pub workload_namespace: String,
}

#[derive(Debug, clap::Args)]
pub struct AllArgs {
    #[command(flatten)]
    pub common: CommonArgs,
    /// Put a `------ TITLE ------` line before each summary.
    #[arg(long)]
    pub with_headers: bool,
}

#[derive(Debug, clap::Args)]
pub struct LogArgs {
    #[command(flatten)]
    pub common: CommonArgs,
    /// Levels to set: `<level>` or `<logger>:<level>,...`; levels: trace, debug, info,
    /// warning (warn), error, critical, off.
    #[arg(long, value_name = "LEVELS", conflicts_with = "reset")]
    pub level: Option<String>,
    /// Reset the levels to the default (info).
    #[arg(short, long)]
    pub reset: bool,
}

pub fn run(args: &Args, ctx: &Context) -> anyhow::Result<Exit> {
    match &args.command {
        Sub::Workload(a) => with_dump(&a.common, ctx, false, |d, target| {
            let mut f = WorkloadFilter {
                address: a.address.clone(),
                node: a.workload_node.clone(),
                namespace: a.workload_namespace.clone(),
                name: String::new(),
            };
            if let Some((name, ns)) = target {
                (f.name, f.namespace) = (name.clone(), ns.clone());
            }
            render(
                &a.common.output,
                || view::workload_table(d, &f),
                || view::workloads(d, &f),
            )
        }),
        Sub::Service(a) => with_dump(&a.common, ctx, false, |d, _| {
            let ns = &a.service_namespace;
            render(
                &a.common.output,
                || view::service_table(d, ns),
                || view::services(d, ns),
            )
        }),
        Sub::Policy(a) => with_dump(&a.common, ctx, false, |d, _| {
            let ns = &a.policy_namespace;
            render(
                &a.common.output,
                || view::policy_table(d, ns),
                || view::policies(d, ns),
            )
        }),
        Sub::Certificate(a) => with_dump(a, ctx, true, |d, _| {
            if a.output == "short" {
                warn_dates(d, ctx);
            }
            render(
                &a.output,
                || view::certificate_table(d, chrono::Utc::now()),
                || d.certificates.iter().collect(),
            )
        }),
        Sub::Connections(a) => with_dump(&a.common, ctx, true, |d, target| {
            let mut f = ConnectionsFilter {
                namespace: a.workload_namespace.clone(),
                direction: a.direction.clone().unwrap_or_default(),
                raw: a.raw,
                workload: String::new(),
            };
            if let Some((name, ns)) = target {
                (f.workload, f.namespace) = (name.clone(), ns.clone());
            }
            render(
                &a.common.output,
                || view::connections_table(d, &f),
                || view::connection_states(d, &f),
            )
        }),
        Sub::All(a) => all(a, ctx),
        Sub::Log(a) => log(a, ctx),
    }
}

/// A table, or the selected items as a JSON list (4-space indent, as istioctl) or YAML.
fn render<'a>(
    format: &str,
    table: impl FnOnce() -> String,
    items: impl FnOnce() -> Vec<&'a Value>,
) -> String {
    match format {
        "short" => table(),
        fmt => {
            let list = Value::Array(items().into_iter().cloned().collect());
            document(&list, fmt)
        }
    }
}

fn document(v: &Value, format: &str) -> String {
    if format == "yaml" {
        return crate::output::yaml::to_string(v);
    }
    let mut buf = Vec::new();
    let fmt = serde_json::ser::PrettyFormatter::with_indent(b"    ");
    let mut ser = serde_json::Serializer::with_formatter(&mut buf, fmt);
    // serializing a Value into memory cannot fail
    let _ = serde::Serialize::serialize(v, &mut ser);
    let mut out = String::from_utf8_lossy(&buf).into_owned();
    out.push('\n');
    out
}

/// Unreadable certificate dates are said on stderr, not only shown as an invalid certificate.
fn warn_dates(d: &ZtunnelDump, ctx: &Context) {
    for w in view::certificate_warnings(d) {
        crate::output::print_warning(ctx, &w);
    }
}

fn print(text: &str) -> anyhow::Result<Exit> {
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.flush()?;
    Ok(Exit::Ok)
}

/// A dump, where it came from, and the workload pod the user named (when they named one).
struct Fetched {
    text: String,
    origin: String,
    target: Option<(String, String)>,
}

/// Parse the fetched dump and print what `f` renders of it.
fn with_dump(
    c: &CommonArgs,
    ctx: &Context,
    single_pod: bool,
    f: impl FnOnce(&ZtunnelDump, Option<&(String, String)>) -> String,
) -> anyhow::Result<Exit> {
    let fetched = fetch(c, ctx, single_pod)?;
    let dump = parse(&fetched, c)?;
    print(&f(&dump, fetched.target.as_ref()))
}

fn parse(fetched: &Fetched, c: &CommonArgs) -> anyhow::Result<ZtunnelDump> {
    ZtunnelDump::parse(&fetched.text).map_err(|e| {
        let msg = format!("{}: {e}", fetched.origin);
        if c.file.is_some() {
            UsageError::error(msg)
        } else {
            anyhow::anyhow!(msg)
        }
    })
}

fn all(a: &AllArgs, ctx: &Context) -> anyhow::Result<Exit> {
    let fetched = fetch(&a.common, ctx, false)?;
    let dump = parse(&fetched, &a.common)?;
    match a.common.output.as_str() {
        "short" => print(&{
            warn_dates(&dump, ctx);
            view::all_summary(&dump, a.with_headers, chrono::Utc::now())
        }),
        "yaml" => {
            let v: Value = serde_json::from_str(&fetched.text)?;
            print(&crate::output::yaml::to_string(&v))
        }
        _ => print(&format!("{}\n", fetched.text.trim_end())),
    }
}

/// A saved dump (`-` reads standard input), read as `proxy-config` reads its files.
fn read_file(path: &std::path::Path) -> anyhow::Result<Fetched> {
    let src = DumpSource::File(path.to_path_buf());
    let text = src
        .fetch(AdminDoc::ConfigDump)
        .map_err(|e| UsageError::error(e.to_string()))?;
    Ok(Fetched {
        text,
        origin: src.describe(),
        target: None,
    })
}

/// The dump from `--file` or a ztunnel's admin port. `single_pod`: the view differs per
/// ztunnel (certificates, connections), so without a pod or `--node` there must be one only.
fn fetch(c: &CommonArgs, ctx: &Context, single_pod: bool) -> anyhow::Result<Fetched> {
    let given = [c.file.is_some(), c.pod.is_some(), c.node.is_some()];
    if given.iter().filter(|g| **g).count() > 1 {
        return Err(UsageError::error(
            "at most one of --file, --node, or pod name must be passed",
        ));
    }
    if let Some(path) = &c.file {
        return read_file(path);
    }
    let cluster = cluster_for(ctx.cluster()?, c.timeout);
    let (ns, pod, target) = cluster::block_on(find_ztunnel(&cluster, c, ctx, single_pod))?;
    let live = LiveSource::new(
        cluster.clone(),
        &format!("pod/{pod}"),
        &ns,
        c.proxy_admin_port,
        c.timeout,
    )?;
    let text = cluster::block_on(live.get("/config_dump"))?;
    Ok(Fetched {
        text,
        origin: format!("ztunnel pod {ns}/{pod}"),
        target,
    })
}

/// `(namespace, ztunnel pod, workload pod the user named)`.
async fn find_ztunnel(
    cluster: &Cluster,
    c: &CommonArgs,
    ctx: &Context,
    single_pod: bool,
) -> anyhow::Result<(String, String, Option<(String, String)>)> {
    let istio_ns = ctx.istio_namespace();
    let name_of = |p: &k8s_openapi::api::core::v1::Pod| {
        let m = &p.metadata;
        (
            m.namespace.clone().unwrap_or_default(),
            m.name.clone().unwrap_or_default(),
        )
    };
    if let Some(node) = &c.node {
        let pods = ztunnel_pods(cluster, istio_ns, Some(node)).await?;
        let (ns, name) = pods.first().map(name_of).unwrap_or_default();
        return Ok((ns, name, None));
    }
    let Some(text) = &c.pod else {
        let pods = ztunnel_pods(cluster, istio_ns, None).await?;
        if single_pod && pods.len() != 1 {
            return Err(UsageError::error(format!(
                "ztunnel pod name or --node must be set ({} ztunnel pods in {istio_ns}; this view differs per node)",
                pods.len()
            )));
        }
        let (ns, name) = pods.first().map(name_of).unwrap_or_default();
        return Ok((ns, name, None));
    };
    let ns = ctx.namespace().unwrap_or(istio_ns);
    let target = Target::parse(text, ns).map_err(|e| UsageError::error(e.to_string()))?;
    let pod = cluster.resolve_pod(&target).await?;
    let (pns, pname) = name_of(&pod);
    if is_ztunnel(&pod) {
        return Ok((pns, pname, None));
    }
    // a workload pod: the ztunnel of its node, showing that workload
    let node = pod
        .spec
        .as_ref()
        .and_then(|s| s.node_name.clone())
        .ok_or_else(|| anyhow::anyhow!("pod {pns}/{pname} is not scheduled to a node"))?;
    let pods = ztunnel_pods(cluster, istio_ns, Some(&node))
        .await
        .map_err(|e| anyhow::anyhow!("finding the ztunnel of pod {pns}/{pname}: {e}"))?;
    let (zns, zname) = pods.first().map(name_of).unwrap_or_default();
    Ok((zns, zname, Some((pname, pns))))
}

/// istioctl's level names; `warning` and `critical` are spelled as ztunnel knows them.
fn check_levels(spec: &str) -> anyhow::Result<String> {
    const LEVELS: [&str; 8] = [
        "trace", "debug", "info", "warning", "warn", "error", "critical", "off",
    ];
    for part in spec.split(',') {
        let last = part.rsplit("::").next().unwrap_or(part);
        let level = match last.split_once([':', '=']) {
            Some((_, level)) => level,
            None => last,
        };
        if !LEVELS.contains(&level) {
            return Err(UsageError::error(format!(
                "unrecognized logging level: {level:?} in --level {spec:?} (one of {})",
                LEVELS.join(", ")
            )));
        }
    }
    Ok(match spec {
        "warning" => "warn".into(),
        "critical" => "error".into(),
        other => other.into(),
    })
}

fn log(a: &LogArgs, ctx: &Context) -> anyhow::Result<Exit> {
    let c = &a.common;
    if c.file.is_some() {
        return Err(UsageError::error(
            "log needs a ztunnel pod: a saved file has no levels to set",
        ));
    }
    if c.output != "short" {
        return Err(UsageError::error(
            "--output is not applicable for this command",
        ));
    }
    let query = match (&a.level, a.reset) {
        (Some(spec), _) => Some(format!("level={}", check_levels(spec)?)),
        (None, true) => Some("level=info&reset".to_string()),
        (None, false) => None,
    };
    let cluster = cluster_for(ctx.cluster()?, c.timeout);
    let istio_ns = ctx.istio_namespace();
    let pods: Vec<(String, String)> = cluster::block_on(async {
        let pods = match &c.pod {
            Some(text) => {
                let ns = ctx.namespace().unwrap_or(istio_ns);
                let target =
                    Target::parse(text, ns).map_err(|e| UsageError::error(e.to_string()))?;
                let pod = cluster.resolve_pod(&target).await?;
                if !is_ztunnel(&pod) {
                    return Err(UsageError::error(format!(
                        "log is only supported by ztunnel pods: {}",
                        pod.metadata.name.unwrap_or_default()
                    )));
                }
                vec![pod]
            }
            None => ztunnel_pods(&cluster, istio_ns, c.node.as_deref()).await?,
        };
        Ok(pods
            .into_iter()
            .map(|p| {
                (
                    p.metadata.namespace.unwrap_or_default(),
                    p.metadata.name.unwrap_or_default(),
                )
            })
            .collect())
    })?;
    let mut out = String::new();
    let mut failed = Vec::new();
    for (ns, name) in pods {
        let live = LiveSource::new(
            cluster.clone(),
            &format!("pod/{name}"),
            &ns,
            c.proxy_admin_port,
            c.timeout,
        )?;
        let answer = match &query {
            Some(q) => cluster::block_on(live.post(&format!("/logging?{q}"))),
            None => cluster::block_on(live.get("/logging")),
        };
        match answer {
            Ok(text) => out.push_str(&format!("{name}.{ns}:\n{}\n", text.trim_end())),
            Err(e) => failed.push(format!("{name}.{ns}: {e}")),
        }
    }
    print(&out)?;
    if failed.is_empty() {
        Ok(Exit::Ok)
    } else {
        Err(anyhow::anyhow!(failed.join("; ")))
    }
}
