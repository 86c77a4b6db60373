//! `sailctl waypoint generate|apply|list|delete|status`: ambient mode's L7 proxies, as Gateway
//! API Gateways of class `istio-waypoint`. `generate` works offline; the others talk to the
//! cluster. The Gateway itself is built in `crate::waypoint`.

use std::io::Write;
use std::time::{Duration, Instant};

use clap::{ArgAction, Subcommand};
use k8s_openapi::api::core::v1::Namespace;
use serde_json::{Value, json};

use crate::cluster::ApplyOptions;
use crate::cluster::{self, Cluster, ClusterError, Selector};
use crate::context::Context;
use crate::exit::{Exit, UsageError};
use crate::waypoint::{self as wp, gateway_gvk};

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  sailctl waypoint generate -n bookinfo --for service\n  sailctl waypoint apply -n bookinfo --enroll-namespace --wait\n  sailctl waypoint list -A\n  sailctl waypoint status -n bookinfo\n  sailctl waypoint delete --all -n bookinfo"
)]
pub struct Args {
    /// The waypoint's name.
    #[arg(long, global = true, default_value = wp::DEFAULT_NAME)]
    pub name: String,
    #[command(subcommand)]
    pub command: Sub,
}

#[derive(Debug, Subcommand)]
pub enum Sub {
    /// Print a waypoint Gateway as YAML (offline; without -n it carries no namespace).
    Generate(GenerateArgs),
    /// Server-side apply a waypoint Gateway to the namespace (and optionally enroll it).
    Apply(ApplyArgs),
    /// List the waypoints of the namespace (or all: -A).
    List(ListArgs),
    /// Delete waypoints by name, all of them (--all) or those of a revision (--revision).
    Delete(DeleteArgs),
    /// Show the Programmed condition of the waypoints, waiting for them by default.
    Status(StatusArgs),
}

#[derive(Debug, clap::Args)]
pub struct GenerateArgs {
    /// The traffic the waypoint handles: all, none, service or workload (istiod's default when unset).
    #[arg(long = "for", value_name = "TYPE")]
    pub traffic: Option<String>,
    /// The revision to label the waypoint with.
    #[arg(short, long)]
    pub revision: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct ApplyArgs {
    #[command(flatten)]
    pub gen_args: GenerateArgs,
    /// Label the namespace `istio.io/use-waypoint=<name>` once the waypoint is applied.
    #[arg(long)]
    pub enroll_namespace: bool,
    /// With --enroll-namespace: replace the waypoint the namespace already uses.
    #[arg(long)]
    pub overwrite: bool,
    /// Wait until the waypoint is Programmed.
    #[arg(short, long)]
    pub wait: bool,
    /// How long --wait waits.
    #[arg(long, default_value = "90s", value_parser = crate::duration::flag, value_name = "DURATION")]
    pub waypoint_timeout: Duration,
}

#[derive(Debug, clap::Args)]
pub struct ListArgs {
    /// Waypoints of every namespace.
    #[arg(short = 'A', long)]
    pub all_namespaces: bool,
}

#[derive(Debug, clap::Args)]
pub struct DeleteArgs {
    /// Names of the waypoints to delete.
    #[arg(value_name = "NAME")]
    pub names: Vec<String>,
    /// Delete every waypoint of the namespace.
    #[arg(long, conflicts_with = "names")]
    pub all: bool,
    /// Delete the waypoints of this revision.
    #[arg(short, long, conflicts_with = "names")]
    pub revision: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct StatusArgs {
    /// Waypoints of every namespace.
    #[arg(short = 'A', long)]
    pub all_namespaces: bool,
    /// Wait for each waypoint to be Programmed (`--wait=false`: show it as it is).
    #[arg(short, long, action = ArgAction::Set, default_value_t = true, num_args = 0..=1,
          require_equals = true, default_missing_value = "true")]
    pub wait: bool,
    /// How long --wait waits.
    #[arg(long, default_value = "90s", value_parser = crate::duration::flag, value_name = "DURATION")]
    pub waypoint_timeout: Duration,
}

pub fn run(args: &Args, ctx: &Context) -> anyhow::Result<Exit> {
    match &args.command {
        Sub::Generate(a) => {
            let gw = make(args, a, ctx.namespace())?;
            print(&crate::output::yaml::to_string(&gw))
        }
        Sub::Apply(a) => apply(args, a, ctx),
        Sub::List(a) => {
            let (cluster, ns) = connect(ctx)?;
            let scope = (!a.all_namespaces).then_some(ns.as_str());
            let wps = cluster::block_on(list(&cluster, scope, &Selector::all()))?;
            if wps.is_empty() {
                return print("No waypoints found.\n");
            }
            print(&wp::list_table(&wps, a.all_namespaces))
        }
        Sub::Delete(a) => delete(a, ctx),
        Sub::Status(a) => status(a, ctx),
    }
}

fn make(args: &Args, a: &GenerateArgs, ns: Option<&str>) -> anyhow::Result<Value> {
    wp::gateway(&args.name, ns, a.traffic.as_deref(), a.revision.as_deref())
        .map_err(|e| UsageError::error(format!("failed to create gateway: {e}")))
}

fn print(text: &str) -> anyhow::Result<Exit> {
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.flush()?;
    Ok(Exit::Ok)
}

fn connect(ctx: &Context) -> anyhow::Result<(Cluster, String)> {
    let cluster = ctx.cluster()?.clone();
    let ns = cluster.namespace(ctx.namespace()).to_string();
    Ok((cluster, ns))
}

/// A missing Gateway kind means the Gateway API CRDs are not installed: say so.
fn crds_hint(e: ClusterError) -> anyhow::Error {
    match e {
        ClusterError::UnknownKind(_) => anyhow::anyhow!(
            "missing Kubernetes Gateway CRDs need to be installed before using waypoints: {e}"
        ),
        other => other.into(),
    }
}

/// The waypoints of a namespace (or all), by namespace and name.
async fn list(
    cluster: &Cluster,
    ns: Option<&str>,
    selector: &Selector,
) -> anyhow::Result<Vec<Value>> {
    let gws = cluster
        .list_kind(&gateway_gvk(), ns, selector)
        .await
        .map_err(crds_hint)?;
    let values = gws
        .into_iter()
        .map(serde_json::to_value)
        .collect::<Result<Vec<_>, _>>()?;
    Ok(wp::waypoints(values))
}

async fn namespace_labels(
    cluster: &Cluster,
    ns: &str,
) -> anyhow::Result<std::collections::BTreeMap<String, String>> {
    let api: kube::Api<Namespace> = kube::Api::all(cluster.client());
    let what = format!("getting namespace {ns}");
    let found = cluster.call(&what, api.get_opt(ns)).await?;
    let namespace = found.ok_or_else(|| anyhow::anyhow!("namespace: {ns} not found"))?;
    Ok(namespace.metadata.labels.unwrap_or_default())
}

/// Poll a waypoint until it is Programmed, at most `timeout`.
async fn wait_programmed(
    cluster: &Cluster,
    ns: &str,
    name: &str,
    timeout: Duration,
) -> anyhow::Result<Value> {
    let start = Instant::now();
    loop {
        let got = cluster.get_kind(&gateway_gvk(), Some(ns), name).await;
        let gw = match got.map_err(crds_hint)? {
            Some(obj) => serde_json::to_value(obj)?,
            None => anyhow::bail!("waypoint {ns}/{name} not found"),
        };
        if wp::is_programmed(&gw) {
            return Ok(gw);
        }
        if start.elapsed() >= timeout {
            let why = wp::programmed(&gw)
                .and_then(|c| c.get("message").and_then(Value::as_str))
                .map(|m| format!(" (Programmed: {m})"))
                .unwrap_or_default();
            anyhow::bail!(
                "timed out after {} waiting for waypoint {ns}/{name} to be Programmed{why}",
                cluster::show_duration(timeout)
            );
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
}

fn apply(args: &Args, a: &ApplyArgs, ctx: &Context) -> anyhow::Result<Exit> {
    let (cluster, ns) = connect(ctx)?;
    let gw = make(args, &a.gen_args, Some(&ns))?;
    let name = gw["metadata"]["name"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let mut out = String::new();
    let labels = cluster::block_on(namespace_labels(&cluster, &ns))?;
    if a.enroll_namespace {
        if !a.overwrite
            && labels
                .get(wp::LABEL_USE_WAYPOINT)
                .is_some_and(|v| !v.is_empty())
        {
            return print(&format!(
                "⚠️ Warning: namespace ({ns}) already has an enrolled Waypoint. Consider adding the `--overwrite` flag to your apply command.\n"
            ));
        }
        if labels.get(wp::LABEL_DATAPLANE_MODE).map(String::as_str) != Some(wp::DATAPLANE_AMBIENT) {
            out.push_str(&format!(
                "⚠️ Warning: namespace is not enrolled in ambient. Consider running\t`kubectl label namespace {ns} {}={}`\n",
                wp::LABEL_DATAPLANE_MODE,
                wp::DATAPLANE_AMBIENT
            ));
        }
    }
    let opts = ApplyOptions {
        field_manager: "istioctl".into(),
        force: false,
        dry_run: false,
    };
    cluster::block_on(cluster.apply(&gw, &opts)).map_err(crds_hint)?;
    out.push_str(&format!("✅ waypoint {ns}/{name} applied\n"));
    print(&std::mem::take(&mut out))?;
    if a.wait {
        cluster::block_on(wait_programmed(&cluster, &ns, &name, a.waypoint_timeout))?;
        print(&format!("✅ waypoint {ns}/{name} is ready!\n"))?;
    }
    if a.enroll_namespace {
        let label = json!({"apiVersion": "v1", "kind": "Namespace",
            "metadata": {"name": ns, "labels": {wp::LABEL_USE_WAYPOINT: name}}});
        let opts = ApplyOptions {
            field_manager: "sailctl-waypoint".into(),
            force: true,
            dry_run: false,
        };
        cluster::block_on(cluster.apply(&label, &opts))
            .map_err(|e| anyhow::anyhow!("failed to label namespace with waypoint: {e}"))?;
        print(&format!(
            "✅ namespace {ns} labeled with \"{}: {name}\"\n",
            wp::LABEL_USE_WAYPOINT
        ))?;
    }
    Ok(Exit::Ok)
}

fn delete(a: &DeleteArgs, ctx: &Context) -> anyhow::Result<Exit> {
    if !a.all && a.revision.is_none() && a.names.is_empty() {
        return Err(UsageError::error(
            "must specify a waypoint name or delete all using --all or delete specific revision using --revision",
        ));
    }
    let (cluster, ns) = connect(ctx)?;
    let selector = match &a.revision {
        Some(r) => Selector::labels(&format!("{}={r}", wp::LABEL_REV)),
        None => Selector::all(),
    };
    let existing = cluster::block_on(list(&cluster, Some(&ns), &selector))?;
    let existing: Vec<String> = existing
        .iter()
        .filter_map(|g| g.pointer("/metadata/name").and_then(Value::as_str))
        .map(String::from)
        .collect();
    let mut out = String::new();
    let targets: Vec<String> = if a.names.is_empty() {
        existing
    } else {
        let mut t = Vec::new();
        for n in &a.names {
            if existing.contains(n) {
                t.push(n.clone());
            } else {
                out.push_str(&format!("waypoint {ns}/{n} not found\n"));
            }
        }
        t
    };
    let mut errors = Vec::new();
    for name in targets {
        match cluster::block_on(cluster.delete_kind(&gateway_gvk(), Some(&ns), &name, false)) {
            Ok(true) => out.push_str(&format!("waypoint {ns}/{name} deleted\n")),
            Ok(false) => out.push_str(&format!("waypoint {ns}/{name} not found\n")),
            Err(e) => errors.push(e.to_string()),
        }
    }
    print(&out)?;
    if errors.is_empty() {
        Ok(Exit::Ok)
    } else {
        Err(anyhow::anyhow!(errors.join("; ")))
    }
}

fn status(a: &StatusArgs, ctx: &Context) -> anyhow::Result<Exit> {
    let (cluster, ns) = connect(ctx)?;
    let scope = (!a.all_namespaces).then_some(ns.as_str());
    let mut wps = cluster::block_on(list(&cluster, scope, &Selector::all()))?;
    if wps.is_empty() {
        return print("No waypoints found.\n");
    }
    if a.wait {
        for gw in &mut wps {
            let gns = gw
                .pointer("/metadata/namespace")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string();
            let name = gw
                .pointer("/metadata/name")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string();
            *gw = cluster::block_on(wait_programmed(&cluster, &gns, &name, a.waypoint_timeout))?;
        }
    }
    print(&wp::status_table(&wps, a.all_namespaces))
}
