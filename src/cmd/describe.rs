//! `sailctl x describe pod|svc`: the Istio configuration that applies (see `crate::describe`),
//! read from the cluster, and for a pod checked against its proxy's config dump.

use std::time::Duration;

use clap::Subcommand;
use kube::core::GroupVersionKind;
use serde_json::Value;

use crate::cluster::{self, Cluster, ClusterError, Selector};
use crate::context::Context;
use crate::describe::{self, Description, World};
use crate::envoy::dump::ConfigDump;
use crate::envoy::live::{LiveSource, bounded, cluster_for};
use crate::envoy::source::{AdminDoc, DEFAULT_ADMIN_PORT};
use crate::exit::{Exit, UsageError};

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub command: Sub,
}

#[derive(Debug, Subcommand)]
pub enum Sub {
    /// A pod: its Services, the DestinationRules (its subset), VirtualServices, Gateways,
    /// PeerAuthentication mode and AuthorizationPolicies; checked against its proxy.
    Pod(Target),
    /// A service: its ports and pods, DestinationRules and VirtualServices.
    #[command(visible_alias = "service")]
    Svc(Target),
}

#[derive(Debug, clap::Args)]
pub struct Target {
    /// `<name>[.<namespace>]`.
    pub name: String,
    /// Output format.
    #[arg(short, long, value_parser = ["text", "json"], default_value = "text")]
    pub output: String,
    /// The Envoy admin port in the pod.
    #[arg(long, default_value_t = DEFAULT_ADMIN_PORT, value_name = "PORT")]
    pub proxy_admin_port: u16,
    /// Give up on the cluster or the proxy after this long (`30s`, `500ms`).
    #[arg(long, value_name = "DURATION", default_value = "30s", value_parser = crate::duration::flag)]
    pub timeout: Duration,
}

const KINDS: &[(&str, &str, &str)] = &[
    ("networking.istio.io", "v1", "DestinationRule"),
    ("networking.istio.io", "v1", "VirtualService"),
    ("networking.istio.io", "v1", "Gateway"),
    ("security.istio.io", "v1", "PeerAuthentication"),
    ("security.istio.io", "v1", "AuthorizationPolicy"),
];

fn to_values(objs: Vec<kube::core::DynamicObject>) -> anyhow::Result<Vec<Value>> {
    objs.into_iter()
        .map(|o| serde_json::to_value(o).map_err(anyhow::Error::from))
        .collect()
}

async fn list(
    c: &Cluster,
    (g, v, k): (&str, &str, &str),
    ns: Option<&str>,
) -> Result<Vec<kube::core::DynamicObject>, ClusterError> {
    c.list_kind(&GroupVersionKind::gvk(g, v, k), ns, &Selector::all())
        .await
}

/// Services of `ns` and the Istio objects of every namespace. A kind the cluster does not
/// serve (Istio's CRDs absent) counts as none, with a warning.
fn world(ctx: &Context, c: &Cluster, ns: &str, timeout: Duration) -> anyhow::Result<World> {
    let mut w = World {
        root_namespace: ctx.istio_namespace().to_string(),
        ..World::default()
    };
    let services = cluster::block_on(bounded(
        || format!("listing services in namespace {ns}"),
        timeout,
        list(c, ("", "v1", "Service"), Some(ns)),
    ))?;
    w.services = to_values(services)?;
    for (i, kind) in KINDS.iter().enumerate() {
        let found = cluster::block_on(bounded(
            || format!("listing {}", kind.2),
            timeout,
            list(c, *kind, None),
        ));
        let objs = match found {
            Ok(o) => to_values(o)?,
            Err(crate::envoy::live::LiveError::Cluster(ClusterError::UnknownKind(k))) => {
                crate::output::print_warning(
                    ctx,
                    &format!("the cluster does not serve {k}: none counted"),
                );
                Vec::new()
            }
            Err(e) => return Err(e.into()),
        };
        match i {
            0 => w.destination_rules = objs,
            1 => w.virtual_services = objs,
            2 => w.gateways = objs,
            3 => w.peer_authentications = objs,
            _ => w.authorization_policies = objs,
        }
    }
    Ok(w)
}

fn print(d: &Description, output: &str) -> anyhow::Result<Exit> {
    let mut out = std::io::stdout().lock();
    if output == "json" {
        crate::output::write_json(&mut out, d)?;
    } else {
        std::io::Write::write_all(&mut out, describe::render(d).as_bytes())?;
    }
    Ok(Exit::Ok)
}

pub fn run(a: &Args, ctx: &Context) -> anyhow::Result<Exit> {
    match &a.command {
        Sub::Pod(t) => pod(t, ctx),
        Sub::Svc(t) => svc(t, ctx),
    }
}

fn pod(t: &Target, ctx: &Context) -> anyhow::Result<Exit> {
    let c = cluster_for(ctx.cluster()?, t.timeout);
    let default_ns = c.namespace(ctx.namespace()).to_string();
    let live = LiveSource::new(
        c.clone(),
        &t.name,
        &default_ns,
        t.proxy_admin_port,
        t.timeout,
    )
    .map_err(|e| UsageError::error(e.to_string()))?;
    let (ns, name) = cluster::block_on(live.resolve())?;
    let pod = cluster::block_on(bounded(
        || format!("getting pod {name} in namespace {ns}"),
        t.timeout,
        c.get_kind(&GroupVersionKind::gvk("", "v1", "Pod"), Some(&ns), &name),
    ))?
    .ok_or_else(|| anyhow::anyhow!("pod {name} not found in namespace {ns}"))?;
    let pod = serde_json::to_value(pod)?;
    let w = world(ctx, &c, &ns, t.timeout)?;
    let text = live.fetch(AdminDoc::ConfigDump).map_err(|e| e.to_string());
    let parsed = match &text {
        Ok(text) => ConfigDump::parse(text).map_err(|e| e.to_string()),
        Err(e) => Err(e.clone()),
    };
    let d = describe::pod(&w, &pod, parsed.as_ref().map_err(String::clone));
    print(&d, &t.output)
}

fn svc(t: &Target, ctx: &Context) -> anyhow::Result<Exit> {
    let c = cluster_for(ctx.cluster()?, t.timeout);
    let (name, ns) = match t.name.split_once('.') {
        Some((n, ns)) => (n.to_string(), ns.to_string()),
        None => (t.name.clone(), c.namespace(ctx.namespace()).to_string()),
    };
    let w = world(ctx, &c, &ns, t.timeout)?;
    let svc = w
        .services
        .iter()
        .find(|s| s.pointer("/metadata/name").and_then(Value::as_str) == Some(name.as_str()))
        .ok_or_else(|| anyhow::anyhow!("service {name} not found in namespace {ns}"))?;
    let pods = cluster::block_on(bounded(
        || format!("listing pods in namespace {ns}"),
        t.timeout,
        c.list_pods(&ns, &Selector::all()),
    ))?;
    let pods: Vec<Value> = pods
        .into_iter()
        .map(serde_json::to_value)
        .collect::<Result<_, _>>()?;
    print(&describe::service(&w, svc, &pods), &t.output)
}
