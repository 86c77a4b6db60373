//! `sailctl proxy-config` (`pc`): what an Envoy proxy is configured with, read from a pod's
//! Envoy admin port (port-forward) or a saved admin answer (`--file`). Views live in `crate::envoy`; this file reads flags, fetches and prints.

use std::io::Write;
use std::path::PathBuf;
use std::time::Duration;

use clap::{ArgAction, Subcommand};
use serde_json::Value;

use crate::context::Context;
use crate::envoy::all::AllFilters;
use crate::envoy::cluster::ClusterFilter;
use crate::envoy::dump::{ConfigDump, DumpError};
use crate::envoy::eds::EndpointFilter;
use crate::envoy::endpoint::ClustersDump;
use crate::envoy::listener::ListenerFilter;
use crate::envoy::live::LiveSource;
use crate::envoy::route::RouteFilter;
use crate::envoy::source::{AdminDoc, DEFAULT_ADMIN_PORT};
use crate::envoy::{self, DumpSource, protojson};
use crate::exit::{Exit, UsageError};

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  curl -s localhost:15000/config_dump > dump.json     # inside the pod\n  sailctl proxy-config cluster --file dump.json --fqdn reviews\n  sailctl pc listener -f dump.json --port 15006\n  sailctl pc route -f dump.json --tree\n  sailctl pc all -f dump.json --with-headers"
)]
pub struct Args {
    #[command(subcommand)]
    pub command: Sub,
}

#[derive(Debug, Subcommand)]
pub enum Sub {
    /// Clusters: service FQDN, port, subset, direction, discovery type, destination rule.
    #[command(visible_aliases = ["clusters", "c"])]
    Cluster(ClusterArgs),
    /// Listeners: addresses, port, and per filter chain its match and destination.
    #[command(visible_aliases = ["listeners", "l"])]
    Listener(ListenerArgs),
    /// Route configurations: virtual hosts, domains, matches and the virtual service behind them.
    #[command(visible_aliases = ["routes", "r"])]
    Route(RouteArgs),
    /// Endpoints from Envoy's `/clusters?format=json`: address, health, outlier check, cluster.
    #[command(visible_aliases = ["endpoints", "ep"])]
    Endpoint(EndpointArgs),
    /// Endpoints from the EDS section of `/config_dump?include_eds=true`.
    Eds(EndpointArgs),
    /// Secrets (SDS): certificates, their validity, serial numbers and dates.
    #[command(visible_aliases = ["secrets", "s"])]
    Secret(SourceArgs),
    /// Extension configurations delivered by ECDS (Wasm plugins, telemetry filters).
    #[command(visible_alias = "ec")]
    Ecds(SourceArgs),
    /// The bootstrap configuration (`-o short`: Istio and Envoy versions).
    #[command(visible_alias = "b")]
    Bootstrap(BootstrapArgs),
    /// Every summary: bootstrap, clusters, listeners, routes, secrets and endpoints.
    #[command(visible_alias = "a")]
    All(AllArgs),
    /// The logging levels of a pod's Envoy, and setting them (`--level`).
    #[command(visible_alias = "o", alias = "logging")]
    Log(LogArgs),
    /// Whether two pods trust the same root CA (their `ROOTCA` secrets share a certificate).
    #[command(visible_alias = "rc")]
    RootcaCompare(crate::cmd::rootca::Args),
}

/// How a pod's Envoy admin port is reached.
#[derive(Debug, Clone, clap::Args)]
pub struct AdminArgs {
    /// The Envoy admin port in the pod.
    #[arg(long, default_value_t = DEFAULT_ADMIN_PORT, value_name = "PORT", value_parser = crate::compat::port)]
    pub proxy_admin_port: u16,
    /// Give up on a proxy that does not answer within this long (`30s`, `500ms`): each step
    /// (finding the pod, the port-forward, the admin answer) waits at most this.
    #[arg(long, value_name = "DURATION", default_value = "30s", value_parser = crate::duration::flag)]
    pub timeout: Duration,
}

#[derive(Debug, clap::Args)]
pub struct LogArgs {
    /// The pod: `[<type>/]<name>[.<namespace>]` (or `-l` for every pod a selector matches).
    #[arg(value_name = "POD", required_unless_present = "selector")]
    pub pod: Option<String>,
    /// Every pod matching this label selector in the namespace (`-l app=reviews`).
    #[arg(short = 'l', long, value_name = "SELECTOR", conflicts_with = "pod")]
    pub selector: Option<String>,
    /// Reset every logger to Envoy's default level (warning) before --level is applied.
    #[arg(short = 'r', long)]
    pub reset: bool,
    /// Levels to set: a level for every logger (`debug`), and/or `logger:level` pairs
    /// (`http:debug,router=trace`). Levels: trace, debug, info, warning, error, critical, off.
    #[arg(long, value_name = "LEVELS")]
    pub level: Option<String>,
    #[command(flatten)]
    pub admin: AdminArgs,
}

/// Where the admin answer comes from, and how to print it.
#[derive(Debug, clap::Args)]
pub struct SourceArgs {
    /// A saved Envoy admin answer (`-` reads standard input).
    #[arg(short = 'f', long, value_name = "FILE")]
    pub file: Option<PathBuf>,
    /// Output format.
    #[arg(short, long, value_parser = ["short", "json", "yaml"], default_value = "short")]
    pub output: String,
    /// The pod to read, through a port-forward to its Envoy admin port:
    /// `[<type>/]<name>[.<namespace>]` (`deploy/reviews-v1`, `productpage-v1-5d9c8.bookinfo`).
    #[arg(value_name = "POD")]
    pub pod: Option<String>,
    /// Every running pod with these labels (`app=reviews`): the view once when the replicas
    /// agree, else the first pod's and a diff for each that differs.
    #[arg(short = 'l', long, value_name = "SELECTOR", conflicts_with_all = ["file", "pod"])]
    pub selector: Option<String>,
    #[command(flatten)]
    pub admin: AdminArgs,
}

#[derive(Debug, clap::Args)]
pub struct ClusterArgs {
    #[command(flatten)]
    pub source: SourceArgs,
    /// Only clusters whose name contains this FQDN.
    #[arg(long, default_value = "", hide_default_value = true)]
    pub fqdn: String,
    /// Only clusters with this port.
    #[arg(long, default_value_t = 0, hide_default_value = true, value_parser = crate::compat::port_filter)]
    pub port: u32,
    /// Only clusters whose name contains this subset.
    #[arg(long, default_value = "", hide_default_value = true)]
    pub subset: String,
    /// Only clusters of this direction (inbound, outbound, inbound-vip).
    #[arg(long, default_value = "", hide_default_value = true)]
    pub direction: String,
}

#[derive(Debug, clap::Args)]
pub struct ListenerArgs {
    #[command(flatten)]
    pub source: SourceArgs,
    /// Only listeners with this address (also additional addresses).
    #[arg(long, default_value = "", hide_default_value = true)]
    pub address: String,
    /// Only listeners on this port.
    #[arg(long, default_value_t = 0, hide_default_value = true, value_parser = crate::compat::port_filter)]
    pub port: u32,
    /// Only listeners of this type: HTTP, TCP, HTTP+TCP or UNKNOWN.
    #[arg(long = "type", default_value = "", hide_default_value = true)]
    pub listener_type: String,
    /// One row per filter chain with its match and destination (`--verbose=false`: the type).
    #[arg(long, action = ArgAction::Set, default_value_t = true, num_args = 0..=1, require_equals = true, default_missing_value = "true")]
    pub verbose: bool,
}

#[derive(Debug, clap::Args)]
pub struct RouteArgs {
    #[command(flatten)]
    pub source: SourceArgs,
    /// Only the route configuration of this name.
    #[arg(long, default_value = "", hide_default_value = true)]
    pub name: String,
    /// One row per route (`--verbose=false`: one per route configuration).
    #[arg(long, action = ArgAction::Set, default_value_t = true, num_args = 0..=1, require_equals = true, default_missing_value = "true")]
    pub verbose: bool,
    /// Draw listener → route configuration → virtual host → route → cluster as a tree.
    #[arg(long, conflicts_with = "output")]
    pub tree: bool,
}

#[derive(Debug, clap::Args)]
pub struct EndpointArgs {
    #[command(flatten)]
    pub source: SourceArgs,
    /// Only endpoints with this address.
    #[arg(long, default_value = "", hide_default_value = true)]
    pub address: String,
    /// Only endpoints on this port.
    #[arg(long, default_value_t = 0, hide_default_value = true, value_parser = crate::compat::port_filter)]
    pub port: u32,
    /// Only endpoints of this cluster (ignoring case).
    #[arg(long, default_value = "", hide_default_value = true)]
    pub cluster: String,
    /// Only endpoints with this health status (HEALTHY, UNHEALTHY, DRAINING, ...).
    #[arg(long, default_value = "", hide_default_value = true)]
    pub status: String,
}

#[derive(Debug, clap::Args)]
pub struct BootstrapArgs {
    /// A saved Envoy admin answer (`-` reads standard input).
    #[arg(short = 'f', long, value_name = "FILE")]
    pub file: Option<PathBuf>,
    /// Output format.
    #[arg(short, long, value_parser = ["short", "json", "yaml"], default_value = "json")]
    pub output: String,
    /// The pod to read, through a port-forward to its Envoy admin port.
    #[arg(value_name = "POD")]
    pub pod: Option<String>,
    #[command(flatten)]
    pub admin: AdminArgs,
}

#[derive(Debug, clap::Args)]
pub struct AllArgs {
    #[command(flatten)]
    pub source: SourceArgs,
    /// Put a `------ TITLE ------` line before each section.
    #[arg(long)]
    pub with_headers: bool,
    /// Listener chains and route rows (`--verbose=false`: one row per listener / route config).
    #[arg(long, action = ArgAction::Set, default_value_t = true, num_args = 0..=1, require_equals = true, default_missing_value = "true")]
    pub verbose: bool,
    /// Only clusters whose name contains this FQDN.
    #[arg(long, default_value = "", hide_default_value = true)]
    pub fqdn: String,
    /// Only clusters of this direction.
    #[arg(long, default_value = "", hide_default_value = true)]
    pub direction: String,
    /// Only clusters whose name contains this subset.
    #[arg(long, default_value = "", hide_default_value = true)]
    pub subset: String,
    /// Only clusters, listeners and endpoints on this port.
    #[arg(long, default_value_t = 0, hide_default_value = true, value_parser = crate::compat::port_filter)]
    pub port: u32,
    /// Only listeners and endpoints with this address.
    #[arg(long, default_value = "", hide_default_value = true)]
    pub address: String,
    /// Only listeners of this type.
    #[arg(long = "type", default_value = "", hide_default_value = true)]
    pub listener_type: String,
    /// Only the route configuration of this name.
    #[arg(long, default_value = "", hide_default_value = true)]
    pub name: String,
    /// Only endpoints of this cluster.
    #[arg(long, default_value = "", hide_default_value = true)]
    pub cluster: String,
    /// Only endpoints with this health status.
    #[arg(long, default_value = "", hide_default_value = true)]
    pub status: String,
}

/// The source for a subcommand: `--file`, or a pod read through a port-forward.
pub(crate) fn source(sub: &str, s: &SourceArgs, ctx: &Context) -> anyhow::Result<DumpSource> {
    if s.selector.is_some() {
        return Err(UsageError::error(format!(
            "{sub}: --selector is not supported here; give one pod"
        )));
    }
    match (&s.file, &s.pod) {
        (Some(_), Some(_)) => Err(UsageError::error(format!(
            "{sub}: give either a pod or --file, not both"
        ))),
        (Some(f), None) => Ok(DumpSource::File(f.clone())),
        (None, Some(pod)) => {
            let cluster = ctx.cluster()?;
            let namespace = cluster.namespace(ctx.namespace());
            let live = LiveSource::new(
                cluster.clone(),
                pod,
                namespace,
                s.admin.proxy_admin_port,
                s.admin.timeout,
            )
            .map_err(|e| UsageError::error(e.to_string()))?;
            // Find the pod first: a missing or stopped pod is the error, not the admin port.
            crate::cluster::block_on(live.resolve())?;
            Ok(DumpSource::Pod(Box::new(live)))
        }
        (None, None) => Err(UsageError::error(format!(
            "{sub} requires pod name or --file parameter"
        ))),
    }
}

pub(crate) fn fetch(src: &DumpSource, doc: AdminDoc) -> anyhow::Result<String> {
    src.fetch(doc).map_err(|e| {
        if e.is_local() {
            UsageError::error(e.to_string())
        } else {
            anyhow::Error::new(e)
        }
    })
}

/// Parse failures are unreadable input (exit 2); anything else is a failed operation.
pub(crate) fn dump_error(src: &DumpSource, e: DumpError) -> anyhow::Error {
    match (e, src) {
        (e @ (DumpError::Parse(_) | DumpError::WrongDocument { .. }), DumpSource::File(_)) => {
            UsageError::error(format!("{}: {e}", src.describe()))
        }
        (other, _) => anyhow::Error::new(other).context(src.describe()),
    }
}

fn print(text: &str) -> anyhow::Result<Exit> {
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.flush()?;
    Ok(Exit::Ok)
}

fn print_doc(v: Value, format: &str) -> anyhow::Result<Exit> {
    match format {
        "yaml" => print(&protojson::to_yaml_string(v)),
        _ => print(&protojson::to_json_string(&v)),
    }
}

pub fn run(args: &Args, ctx: &Context) -> anyhow::Result<Exit> {
    match &args.command {
        Sub::Cluster(a) => cluster(a, ctx),
        Sub::Listener(a) => listener(a, ctx),
        Sub::Route(a) => route(a, ctx),
        Sub::Endpoint(a) => endpoint(a, ctx),
        Sub::Eds(a) => eds(a, ctx),
        Sub::Secret(a) => secret(a, ctx),
        Sub::Ecds(a) => ecds(a, ctx),
        Sub::Bootstrap(a) => bootstrap(a, ctx),
        Sub::All(a) => all(a, ctx),
        Sub::Log(a) => log(a, ctx),
        Sub::RootcaCompare(a) => crate::cmd::rootca::run(a, ctx),
    }
}

/// Read and split the config dump, then run `f` on it.
fn with_dump(
    sub: &str,
    s: &SourceArgs,
    ctx: &Context,
    doc: AdminDoc,
    f: impl Fn(&ConfigDump) -> Result<String, DumpError>,
) -> anyhow::Result<Exit> {
    if let Some(selector) = &s.selector {
        if s.output != "short" {
            return Err(UsageError::error(format!(
                "{sub}: --selector prints tables and diffs; -o {} needs one pod",
                s.output
            )));
        }
        return crate::cmd::selector::each_pod(sub, selector, s, ctx, doc, f);
    }
    let src = source(sub, s, ctx)?;
    let text = fetch(&src, doc)?;
    let dump = ConfigDump::parse(&text).map_err(|e| dump_error(&src, e))?;
    let out = f(&dump).map_err(|e| dump_error(&src, e))?;
    print(&out)
}

/// `-o json|yaml` of a list of resources, converted one at a time so that only one is ever
/// held as a JSON tree: istioctl's layout (`[`, four-space indent, `]`; a YAML sequence).
fn render_array(
    raws: Vec<&serde_json::value::RawValue>,
    format: &str,
) -> Result<String, DumpError> {
    if raws.is_empty() {
        return Ok("[]\n".into());
    }
    let mut out = String::new();
    if format == "yaml" {
        for raw in raws {
            let item = protojson::message(raw)?;
            out.push_str(&protojson::to_yaml_string(Value::Array(vec![item])));
        }
        return Ok(out);
    }
    out.push('[');
    for (i, raw) in raws.into_iter().enumerate() {
        out.push_str(if i == 0 { "\n" } else { ",\n" });
        let item = protojson::to_json_string(&protojson::message(raw)?);
        for (j, line) in item.trim_end().lines().enumerate() {
            if j > 0 {
                out.push('\n');
            }
            out.push_str("    ");
            out.push_str(line);
        }
    }
    out.push_str("\n]\n");
    Ok(out)
}

fn render_doc(v: Value, format: &str) -> String {
    match format {
        "yaml" => protojson::to_yaml_string(v),
        _ => protojson::to_json_string(&v),
    }
}

fn cluster(a: &ClusterArgs, ctx: &Context) -> anyhow::Result<Exit> {
    let filter = ClusterFilter {
        fqdn: a.fqdn.clone(),
        port: a.port,
        subset: a.subset.clone(),
        direction: a.direction.clone(),
    };
    let fmt = a.source.output.as_str();
    with_dump(
        "cluster",
        &a.source,
        ctx,
        AdminDoc::ConfigDump,
        |d| match fmt {
            "short" => {
                Ok(envoy::cluster::table(&envoy::cluster::rows(d, &filter)?, false).render())
            }
            _ => render_array(envoy::cluster::selected_raw(d, &filter)?, fmt),
        },
    )
}

fn listener(a: &ListenerArgs, ctx: &Context) -> anyhow::Result<Exit> {
    let filter = ListenerFilter {
        address: a.address.clone(),
        port: a.port,
        listener_type: a.listener_type.clone(),
    };
    let fmt = a.source.output.as_str();
    with_dump(
        "listener",
        &a.source,
        ctx,
        AdminDoc::ConfigDump,
        |d| match fmt {
            "short" => {
                let rows = envoy::listener::rows(d, &filter, a.verbose)?;
                Ok(envoy::listener::table(&rows, a.verbose, false).render())
            }
            _ => render_array(envoy::listener::selected_raw(d, &filter)?, fmt),
        },
    )
}

fn route(a: &RouteArgs, ctx: &Context) -> anyhow::Result<Exit> {
    let filter = RouteFilter {
        name: a.name.clone(),
    };
    let fmt = a.source.output.as_str();
    with_dump("route", &a.source, ctx, AdminDoc::ConfigDump, |d| {
        if a.tree {
            return Ok(envoy::tree::render(&envoy::tree::build(d, &filter)?));
        }
        match fmt {
            "short" if a.verbose => {
                Ok(envoy::route::table(&envoy::route::rows(d, &filter)?, false).render())
            }
            "short" => {
                let rows = envoy::route::summary_rows(d, &filter)?;
                Ok(envoy::route::summary_table(&rows, false).render())
            }
            _ => render_array(envoy::route::selected_raw(d, &filter)?, fmt),
        }
    })
}

fn endpoint_filter(a: &EndpointArgs) -> EndpointFilter {
    EndpointFilter {
        address: a.address.clone(),
        port: a.port,
        cluster: a.cluster.clone(),
        status: a.status.clone(),
    }
}

fn endpoint(a: &EndpointArgs, ctx: &Context) -> anyhow::Result<Exit> {
    let filter = endpoint_filter(a);
    let src = source("endpoint", &a.source, ctx)?;
    let text = fetch(&src, AdminDoc::Clusters)?;
    let dump = ClustersDump::parse(&text).map_err(|e| dump_error(&src, e))?;
    if !dump.declared {
        // istioctl prints the bare header for `{}` (its own test says so); say why it is empty
        crate::output::print_warning(
            ctx,
            &format!(
                "{}: no `cluster_statuses`: Envoy reports no cluster, which an Istio proxy never does (is this Envoy's /clusters?format=json output?)",
                src.describe()
            ),
        );
    }
    match a.source.output.as_str() {
        "short" => print(&envoy::endpoint::table(&envoy::endpoint::rows(&dump, &filter)).render()),
        fmt => {
            let v = envoy::endpoint::json(&dump, &filter).map_err(|e| dump_error(&src, e))?;
            print_doc(v, fmt)
        }
    }
}

fn eds(a: &EndpointArgs, ctx: &Context) -> anyhow::Result<Exit> {
    let filter = endpoint_filter(a);
    let fmt = a.source.output.as_str();
    with_dump(
        "eds",
        &a.source,
        ctx,
        AdminDoc::ConfigDumpWithEds,
        |d| match fmt {
            "short" => Ok(envoy::eds::table(&envoy::eds::rows(d, &filter)?, false).render()),
            _ => Ok(render_doc(envoy::eds::json(d, &filter)?, fmt)),
        },
    )
}

fn secret(a: &SourceArgs, ctx: &Context) -> anyhow::Result<Exit> {
    let fmt = a.output.as_str();
    with_dump("secret", a, ctx, AdminDoc::ConfigDump, |d| match fmt {
        "short" => Ok(match envoy::secret::rows(d, chrono::Utc::now())? {
            Some(rows) => envoy::secret::table(&rows, false).render(),
            None => format!("{}\n", envoy::secret::NO_SECRETS),
        }),
        _ => {
            let mut v = d.secrets_value()?;
            if let Some(o) = v.as_object_mut() {
                o.shift_remove("@type");
            }
            protojson::to_camel_case(&mut v);
            Ok(render_doc(v, fmt))
        }
    })
}

fn ecds(a: &SourceArgs, ctx: &Context) -> anyhow::Result<Exit> {
    let fmt = a.output.as_str();
    with_dump("ecds", a, ctx, AdminDoc::ConfigDump, |d| match fmt {
        "short" => Ok(envoy::ecds::table(&envoy::ecds::rows(d)?).render()),
        _ => Ok(render_doc(envoy::ecds::json(d)?, fmt)),
    })
}

fn bootstrap(a: &BootstrapArgs, ctx: &Context) -> anyhow::Result<Exit> {
    let s = SourceArgs {
        file: a.file.clone(),
        output: a.output.clone(),
        pod: a.pod.clone(),
        selector: None,
        admin: a.admin.clone(),
    };
    let fmt = a.output.as_str();
    with_dump("bootstrap", &s, ctx, AdminDoc::ConfigDump, |d| match fmt {
        "short" => Ok(envoy::bootstrap::table(&envoy::bootstrap::rows(d)?).render()),
        _ => Ok(render_doc(envoy::bootstrap::json(d)?, fmt)),
    })
}

fn all(a: &AllArgs, ctx: &Context) -> anyhow::Result<Exit> {
    let src = source("all", &a.source, ctx)?;
    let text = fetch(&src, AdminDoc::ConfigDumpWithEds)?;
    match a.source.output.as_str() {
        "json" | "yaml" => {
            // the dump itself, unchanged, once it is known to be one (not /clusters output)
            ConfigDump::parse(&text).map_err(|e| dump_error(&src, e))?;
            let v: Value =
                serde_json::from_str(&text).map_err(|e| dump_error(&src, DumpError::Parse(e)))?;
            if a.source.output == "yaml" {
                print(&protojson::to_yaml_string(v))
            } else {
                print(&format!("{}\n", text.trim_end()))
            }
        }
        _ => {
            let dump = ConfigDump::parse(&text).map_err(|e| dump_error(&src, e))?;
            let filters = AllFilters {
                cluster: ClusterFilter {
                    fqdn: a.fqdn.clone(),
                    port: a.port,
                    subset: a.subset.clone(),
                    direction: a.direction.clone(),
                },
                listener: ListenerFilter {
                    address: a.address.clone(),
                    port: a.port,
                    listener_type: a.listener_type.clone(),
                },
                route: RouteFilter {
                    name: a.name.clone(),
                },
                endpoint: EndpointFilter {
                    address: a.address.clone(),
                    port: a.port,
                    cluster: a.cluster.clone(),
                    status: a.status.clone(),
                },
                verbose: a.verbose,
            };
            let out = envoy::all::summary(&dump, &filters, a.with_headers, chrono::Utc::now())
                .map_err(|e| dump_error(&src, e))?;
            print(&out)
        }
    }
}

fn log(a: &LogArgs, ctx: &Context) -> anyhow::Result<Exit> {
    let pods = match (&a.pod, &a.selector) {
        (Some(pod), _) => vec![pod.clone()],
        (None, Some(sel)) => {
            let cluster = ctx.cluster()?;
            let ns = cluster.namespace(ctx.namespace()).to_string();
            let found = crate::cluster::block_on(
                cluster.list_pods(&ns, &crate::cluster::Selector::labels(sel)),
            )?;
            let names: Vec<String> = found
                .into_iter()
                .filter_map(|p| p.metadata.name)
                .map(|n| format!("{n}.{ns}"))
                .collect();
            if names.is_empty() {
                return Err(UsageError::error(format!(
                    "--selector {sel}: no pods match in namespace {ns}"
                )));
            }
            names
        }
        (None, None) => return Err(UsageError::error("log requires pod name or --selector")),
    };
    let mut text = String::new();
    for pod in pods {
        text.push_str(&log_one(a, ctx, pod)?);
    }
    print(&text)
}

/// `log` for one pod: the heading and the logging levels after any change.
fn log_one(a: &LogArgs, ctx: &Context, pod: String) -> anyhow::Result<String> {
    let s = SourceArgs {
        file: None,
        output: "short".into(),
        pod: Some(pod),
        selector: None,
        admin: a.admin.clone(),
    };
    let src = source("log", &s, ctx)?;
    let DumpSource::Pod(live) = &src else {
        return Err(UsageError::error("log requires pod name"));
    };
    let (namespace, pod) = crate::cluster::block_on(live.resolve())?;
    let heading = format!("{pod}.{namespace}:\n");
    let mut answer = fetch(&src, AdminDoc::Logging)?;
    if a.reset {
        answer = src.post("/logging?level=warning")?;
    }
    if let Some(spec) = &a.level {
        let levels = envoy::log::parse_level_spec(spec, &answer)
            .map_err(|e| UsageError::error(e.to_string()))?;
        for query in envoy::log::update_queries(&levels) {
            answer = src.post(&format!("/logging?{query}"))?;
        }
    }
    Ok(format!("{heading}{answer}"))
}
