//! `sailctl dashboard` (`dash`, `d`): open a web UI of the mesh through a port-forward.
//!
//! Each subcommand finds its pod — add-ons (Kiali, Prometheus, Grafana, Jaeger, Zipkin,
//! SkyWalking) by their usual labels in the Istio namespace, a proxy or istiod by a pod target
//! or a label selector — forwards a local port to the component's well-known port, prints the
//! URL, opens the browser (unless `--browser=false`) and stays up until Ctrl-C.

use std::io::Write;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};

use clap::{ArgAction, Subcommand};

use crate::cluster::portforward::{PortForward, PortForwardError, Target};
use crate::cluster::{self, Cluster, ClusterError, istiod};
use crate::context::Context;
use crate::exit::{Exit, UsageError};

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  sailctl dashboard kiali\n  sailctl dash grafana --browser=false\n  sailctl d envoy deploy/productpage-v1 -n bookinfo\n  sailctl d controlz deployment/istiod.istio-system\n  sailctl d istiod-debug --revision canary"
)]
pub struct Args {
    #[command(subcommand)]
    pub command: Sub,
    /// Local port to listen on (default: the component's own port, or a free one when that is
    /// taken).
    #[arg(short = 'p', long, global = true, default_value_t = 0, hide_default_value = true, value_parser = crate::compat::port)]
    pub port: u16,
    /// Address to listen on: an IP address or localhost.
    #[arg(long, global = true, default_value = "127.0.0.1")]
    pub address: String,
    /// Open a browser on the URL (`--browser=false`: only print it).
    #[arg(
        long,
        global = true,
        action = ArgAction::Set,
        default_value_t = true,
        num_args = 0..=1,
        require_equals = true,
        default_missing_value = "true"
    )]
    pub browser: bool,
}

#[derive(Debug, Subcommand)]
pub enum Sub {
    /// Open Kiali (pods labelled app=kiali, port 20001).
    Kiali(AddonArgs),
    /// Open Prometheus (app.kubernetes.io/name=prometheus, port 9090).
    Prometheus(AddonArgs),
    /// Open Grafana (app.kubernetes.io/name=grafana, port 3000).
    Grafana(AddonArgs),
    /// Open Jaeger (app=jaeger, port 16686).
    Jaeger(AddonArgs),
    /// Open Zipkin (app=zipkin, port 9411).
    Zipkin(AddonArgs),
    /// Open the SkyWalking UI (app=skywalking-ui, port 8080).
    Skywalking(AddonArgs),
    /// Open the Envoy admin page of a sidecar or gateway (port 15000).
    #[command(visible_alias = "proxy")]
    Envoy(ProxyArgs),
    /// Open the ControlZ page of an istiod pod (port 9876).
    Controlz(IstiodArgs),
    /// Open istiod's debug page (`/debug` on its monitoring port 15014).
    #[command(name = "istiod-debug")]
    IstiodDebug(IstiodArgs),
}

#[derive(Debug, clap::Args)]
pub struct AddonArgs {
    /// The component's UI port in the pod.
    #[arg(long = "ui-port", value_parser = crate::compat::port)]
    pub ui_port: Option<u16>,
}

#[derive(Debug, clap::Args)]
pub struct ProxyArgs {
    /// The pod: `[<type>/]<name>[.<namespace>]` (`productpage-123.default`, `deploy/reviews`).
    pub target: Option<String>,
    /// A label selector instead of a pod (the first running match is used).
    #[arg(short = 'l', long)]
    pub selector: Option<String>,
    /// Envoy's admin port in the pod.
    #[arg(long = "ui-port", default_value_t = crate::envoy::live::DEFAULT_ADMIN_PORT, value_parser = crate::compat::port)]
    pub ui_port: u16,
}

#[derive(Debug, clap::Args)]
pub struct IstiodArgs {
    /// The istiod pod: `[<type>/]<name>[.<namespace>]` (default namespace: the Istio one).
    pub target: Option<String>,
    /// A label selector (`app=istiod` is added).
    #[arg(short = 'l', long)]
    pub selector: Option<String>,
    /// The control-plane revision whose istiod to open.
    #[arg(short = 'r', long)]
    pub revision: Option<String>,
    /// ControlZ's port in the pod (controlz only).
    #[arg(long = "ctrlz_port", alias = "ctrlz-port", default_value_t = 9876, value_parser = crate::compat::port)]
    pub ctrlz_port: u16,
}

/// An add-on UI: how to find its pod and where its UI lives.
struct Addon {
    title: &'static str,
    selector: &'static str,
    port: u16,
    path: &'static str,
}

const KIALI: Addon = Addon {
    title: "Kiali",
    selector: "app=kiali",
    port: 20001,
    path: "/kiali",
};
const PROMETHEUS: Addon = Addon {
    title: "Prometheus",
    selector: "app.kubernetes.io/name=prometheus",
    port: 9090,
    path: "",
};
const GRAFANA: Addon = Addon {
    title: "Grafana",
    selector: "app.kubernetes.io/name=grafana",
    port: 3000,
    path: "",
};
const JAEGER: Addon = Addon {
    title: "Jaeger",
    selector: "app=jaeger",
    port: 16686,
    path: "",
};
const ZIPKIN: Addon = Addon {
    title: "Zipkin",
    selector: "app=zipkin",
    port: 9411,
    path: "",
};
const SKYWALKING: Addon = Addon {
    title: "SkyWalking",
    selector: "app=skywalking-ui",
    port: 8080,
    path: "",
};

/// Dashboard failures; each message is one line.
#[derive(Debug, thiserror::Error)]
pub enum DashboardError {
    #[error(
        "no {title} pod found: no pod labelled {selector} in namespace {namespace} (is {title} installed? -n picks another namespace)"
    )]
    NoPod {
        title: String,
        selector: String,
        namespace: String,
    },
    #[error(
        "cannot port-forward to pods in namespace {namespace}: forbidden (the user may not create pods/portforward there)"
    )]
    Forbidden { namespace: String },
    #[error(transparent)]
    Cluster(#[from] ClusterError),
}

/// What to forward to, once resolved.
struct Plan {
    title: String,
    namespace: String,
    pod: String,
    port: u16,
    path: &'static str,
}

pub fn run(args: &Args, ctx: &Context) -> anyhow::Result<Exit> {
    let ip = listen_address(&args.address)?;
    let cluster = ctx.cluster()?;
    let plan = match &args.command {
        Sub::Kiali(a) => addon(cluster, ctx, &KIALI, a)?,
        Sub::Prometheus(a) => addon(cluster, ctx, &PROMETHEUS, a)?,
        Sub::Grafana(a) => addon(cluster, ctx, &GRAFANA, a)?,
        Sub::Jaeger(a) => addon(cluster, ctx, &JAEGER, a)?,
        Sub::Zipkin(a) => addon(cluster, ctx, &ZIPKIN, a)?,
        Sub::Skywalking(a) => addon(cluster, ctx, &SKYWALKING, a)?,
        Sub::Envoy(a) => proxy(cluster, ctx, a)?,
        Sub::Controlz(a) => istiod(cluster, ctx, a, true)?,
        Sub::IstiodDebug(a) => istiod(cluster, ctx, a, false)?,
    };
    serve(cluster, ctx, &plan, ip, args.port, args.browser)
}

fn listen_address(text: &str) -> anyhow::Result<IpAddr> {
    if text == "localhost" {
        return Ok(IpAddr::V4(Ipv4Addr::LOCALHOST));
    }
    text.parse().map_err(|_| {
        UsageError::error(format!(
            "--address {text:?}: expected an IP address or localhost"
        ))
    })
}

/// The first running pod a target selects, with a clear error when there is none.
fn resolve(cluster: &Cluster, target: &Target) -> Result<(String, String), DashboardError> {
    let pod = cluster::block_on(cluster.resolve_pod(target))?;
    Ok((
        pod.metadata.namespace.unwrap_or_default(),
        pod.metadata.name.unwrap_or_default(),
    ))
}

fn addon(
    cluster: &Cluster,
    ctx: &Context,
    addon: &Addon,
    a: &AddonArgs,
) -> Result<Plan, DashboardError> {
    let namespace = ctx.namespace().unwrap_or(ctx.istio_namespace()).to_string();
    let target = Target::Selector {
        selector: addon.selector.to_string(),
        namespace: namespace.clone(),
    };
    let (namespace, pod) = resolve(cluster, &target).map_err(|e| match e {
        // No pod at all (rather than pods that are not running): say what was looked for.
        DashboardError::Cluster(ClusterError::PortForward(PortForwardError::NoRunningPod {
            detail,
            ..
        })) if detail.is_empty() => DashboardError::NoPod {
            title: addon.title.to_string(),
            selector: addon.selector.to_string(),
            namespace: namespace.clone(),
        },
        e => e,
    })?;
    Ok(Plan {
        title: addon.title.to_string(),
        namespace,
        pod,
        port: a.ui_port.unwrap_or(addon.port),
        path: addon.path,
    })
}

/// A pod target or a selector, exactly one.
fn target_of(
    target: &Option<String>,
    selector: &Option<String>,
    namespace: &str,
) -> anyhow::Result<Target> {
    match (target, selector) {
        (Some(_), Some(_)) => Err(UsageError::error(
            "name cannot be provided when a selector is specified",
        )),
        (Some(t), None) => {
            Ok(Target::parse(t, namespace).map_err(|e| UsageError::error(e.to_string()))?)
        }
        (None, Some(s)) => Ok(Target::Selector {
            selector: s.clone(),
            namespace: namespace.to_string(),
        }),
        (None, None) => Err(UsageError::error("specify a pod or --selector")),
    }
}

fn proxy(cluster: &Cluster, ctx: &Context, a: &ProxyArgs) -> anyhow::Result<Plan> {
    let ns = ctx
        .namespace()
        .unwrap_or(cluster.default_namespace())
        .to_string();
    let target = target_of(&a.target, &a.selector, &ns)?;
    let (namespace, pod) = resolve(cluster, &target)?;
    Ok(Plan {
        title: format!("Envoy sidecar {pod}"),
        namespace,
        pod,
        port: a.ui_port,
        path: "",
    })
}

fn istiod(
    cluster: &Cluster,
    ctx: &Context,
    a: &IstiodArgs,
    controlz: bool,
) -> anyhow::Result<Plan> {
    let ns = ctx.namespace().unwrap_or(ctx.istio_namespace()).to_string();
    let given = [
        a.target.is_some(),
        a.selector.is_some(),
        a.revision.is_some(),
    ]
    .iter()
    .filter(|g| **g)
    .count();
    if given > 1 {
        return Err(UsageError::error(
            "only one of name, --selector, or --revision can be specified",
        ));
    }
    let (namespace, pod) = match (&a.target, &a.selector, &a.revision) {
        // a revision: the first istiod the one locator finds
        (None, None, Some(r)) => {
            let wanted = istiod::Wanted {
                namespace: &ns,
                revision: Some(r),
                ready_only: false,
            };
            let pods = cluster::block_on(istiod::locate(cluster, &wanted))?;
            let first = pods.into_iter().next().map(|p| p.metadata);
            let name = first
                .as_ref()
                .and_then(|m| m.name.clone())
                .unwrap_or_default();
            (ns.clone(), name)
        }
        (None, None, None) => {
            return Err(UsageError::error(
                "specify a pod, --selector, or --revision",
            ));
        }
        (target, selector, _) => {
            let selector = selector
                .as_ref()
                .map(|s| format!("{s},{}", istiod::APP_LABEL));
            resolve(cluster, &target_of(target, &selector, &ns)?)?
        }
    };
    Ok(if controlz {
        Plan {
            title: format!("ControlZ {pod}"),
            namespace,
            pod,
            port: a.ctrlz_port,
            path: "",
        }
    } else {
        Plan {
            title: format!("Istio debug {pod}"),
            namespace,
            pod,
            port: crate::istiod::live::DEBUG_PORT,
            path: "/debug",
        }
    })
}

/// Forward, print the URL, open the browser, and wait for Ctrl-C (or SIGTERM).
fn serve(
    cluster: &Cluster,
    ctx: &Context,
    plan: &Plan,
    ip: IpAddr,
    port: u16,
    browser: bool,
) -> anyhow::Result<Exit> {
    // A denial would otherwise only show on the first connection: ask up front. A failed
    // review (no permission to ask) is not a denial.
    let allowed =
        cluster::block_on(cluster.can_i("create", "", "pods/portforward", Some(&plan.namespace)));
    if let Ok(false) = allowed {
        return Err(DashboardError::Forbidden {
            namespace: plan.namespace.clone(),
        }
        .into());
    }
    let mut stop = Stop::install();
    let mut pf = cluster::block_on(listen(cluster, plan, ip, port))?;
    let url = format!("http://{}{}", pf.local_addr(), plan.path);
    {
        let mut out = std::io::stdout().lock();
        writeln!(out, "{url}")?;
        out.flush()?;
    }
    if browser {
        if open::that_detached(&url).is_err() {
            crate::output::print_warning(
                ctx,
                &format!("failed to open a browser; open {url} in your browser"),
            );
        }
    } else {
        eprintln!("skipping opening a browser");
    }
    eprintln!(
        "forwarding {} to {} (pod {}/{} port {}); press Ctrl-C to stop",
        plan.title,
        pf.local_addr(),
        plan.namespace,
        plan.pod,
        plan.port
    );
    cluster::block_on(wait(ctx, &mut pf, &mut stop));
    pf.stop();
    Ok(Exit::Ok)
}

/// Bind the local port: `--port` when given (it must be free), else the component's own port,
/// else any free one.
async fn listen(
    cluster: &Cluster,
    plan: &Plan,
    ip: IpAddr,
    port: u16,
) -> Result<PortForward, ClusterError> {
    let prefs: Vec<u16> = if port != 0 {
        vec![port]
    } else {
        vec![plan.port, 0]
    };
    let mut last = None;
    for p in prefs {
        match cluster
            .forward(
                &plan.namespace,
                &plan.pod,
                plan.port,
                SocketAddr::new(ip, p),
            )
            .await
        {
            Ok(pf) => return Ok(pf),
            Err(e @ ClusterError::PortForward(PortForwardError::Listen { .. })) => last = Some(e),
            Err(e) => return Err(e),
        }
    }
    Err(last.unwrap_or_else(|| {
        ClusterError::PortForward(PortForwardError::Listen {
            addr: ip.to_string(),
            message: "no port to try".to_string(),
        })
    }))
}

/// Ctrl-C and SIGTERM, listened for from the start (so a signal that comes right after the
/// URL is printed still stops the forward cleanly).
struct Stop {
    #[cfg(unix)]
    signals: Option<(tokio::signal::unix::Signal, tokio::signal::unix::Signal)>,
}

impl Stop {
    /// Install the handlers (on the cluster runtime).
    fn install() -> Stop {
        #[cfg(unix)]
        {
            use tokio::signal::unix::{SignalKind, signal};
            let signals = cluster::block_on(async {
                Some((
                    signal(SignalKind::interrupt()).ok()?,
                    signal(SignalKind::terminate()).ok()?,
                ))
            });
            Stop { signals }
        }
        #[cfg(not(unix))]
        {
            Stop {}
        }
    }

    async fn wait(&mut self) {
        #[cfg(unix)]
        if let Some((int, term)) = &mut self.signals {
            tokio::select! {
                _ = int.recv() => {}
                _ = term.recv() => {}
            }
            return;
        }
        let _ = tokio::signal::ctrl_c().await;
    }
}

/// Until Ctrl-C or SIGTERM, report failed connections as they happen.
async fn wait(ctx: &Context, pf: &mut PortForward, stop: &mut Stop) {
    let stopped = stop.wait();
    tokio::pin!(stopped);
    loop {
        tokio::select! {
            biased;
            Some(e) = pf.next_error() => crate::output::print_warning(ctx, &e),
            _ = &mut stopped => break,
        }
    }
    // Failures that came in with the signal are still said.
    for e in pf.take_errors() {
        crate::output::print_warning(ctx, &e);
    }
}
