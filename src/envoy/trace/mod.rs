//! `x trace`: where a request goes in a proxy, and why. From a config dump it walks what Envoy
//! does with a connection and its request — listener, filter chain, HTTP connection manager or
//! TCP proxy, route configuration, virtual host, route, action, cluster, endpoints — and keeps,
//! at each step, what decided it and why the alternatives before it did not apply.
//!
//! Only the resources on the path are parsed: listeners (few), the one route configuration
//! and the target clusters and endpoint assignments, found by name in the raw sections.

pub mod listener;
pub mod matcher;
pub mod model;
pub mod render;
pub mod request;
pub mod upstream;

use serde::Serialize;
use serde_json::value::RawValue;

use crate::envoy::dump::{ConfigDump, DumpError};
use listener::Connection;
use model::{HttpConnectionManager, Named, RouteConfig, TcpProxy};
pub use request::{Protocol, Request, RequestError};

/// An alternative a step passed over, and why.
#[derive(Debug, Clone, Serialize)]
pub struct Skip {
    pub name: String,
    pub reason: String,
}

impl Skip {
    pub fn new(name: impl Into<String>, reason: impl Into<String>) -> Skip {
        Skip {
            name: name.into(),
            reason: reason.into(),
        }
    }
}

/// One decision on the request's way.
#[derive(Debug, Clone, Serialize)]
pub struct Step {
    pub stage: &'static str,
    /// The resource chosen (listener, chain, route configuration, ... name); empty if none.
    pub name: String,
    /// What was chosen and the configuration that decided it.
    pub decision: String,
    /// What came before the choice and did not apply.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub skipped: Vec<Skip>,
    /// What else the chosen resource says (timeouts, retries, TLS, endpoints ...).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub details: Vec<String>,
}

impl Step {
    pub fn new(stage: &'static str) -> Step {
        Step {
            stage,
            name: String::new(),
            decision: String::new(),
            skipped: Vec::new(),
            details: Vec::new(),
        }
    }
}

/// A cluster the request may go to, with its weight when the route splits traffic.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Target {
    pub cluster: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub weight: Option<u32>,
}

/// Where the trace ended.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "result", rename_all = "snake_case")]
pub enum Outcome {
    /// Forwarded upstream (one cluster, or several by weight).
    Forwarded { targets: Vec<Target> },
    /// Answered by Envoy itself: a redirect or a direct response.
    Answered { status: u32, detail: String },
    /// Nothing took the request at this stage.
    FellThrough { stage: &'static str, reason: String },
}

#[derive(Debug, Clone, Serialize)]
pub struct Trace {
    pub request: Request,
    pub steps: Vec<Step>,
    pub outcome: Outcome,
}

/// Where a trace starts.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Trace an inbound connection to this port (Istio's `virtualInbound` listener).
    pub inbound: Option<u32>,
    /// Start at this route configuration, skipping listeners (route-only dumps, gateways).
    pub route: Option<String>,
    /// Inbound: the peer is not in the mesh (plain text instead of Istio mTLS).
    pub plaintext: bool,
}

fn fell(stage: &'static str, reason: impl Into<String>) -> Outcome {
    Outcome::FellThrough {
        stage,
        reason: reason.into(),
    }
}

fn section_error(what: &'static str) -> impl Fn(serde_json::Error) -> DumpError {
    move |source| DumpError::Section { what, source }
}

/// The raw resources whose `name_field` is `name`. Resources that do not contain the name
/// as a JSON string are skipped without parsing (names are written unescaped by Envoy); the
/// rest are parsed to compare the field itself.
pub(crate) fn find_named<'a, T: serde::de::DeserializeOwned>(
    raws: &[&'a RawValue],
    name: &str,
    get: impl Fn(&T) -> &str,
    what: &'static str,
) -> Result<Option<&'a RawValue>, DumpError> {
    let quoted = serde_json::to_string(name).map_err(section_error(what))?;
    for raw in raws {
        if !raw.get().contains(&quoted) {
            continue;
        }
        let head: T = serde_json::from_str(raw.get()).map_err(section_error(what))?;
        if get(&head) == name {
            return Ok(Some(raw));
        }
    }
    Ok(None)
}

/// Follow `req` through the dump.
pub fn trace(dump: &ConfigDump, req: &Request, opts: &Options) -> Result<Trace, DumpError> {
    let mut steps = Vec::new();
    let outcome = if let Some(name) = &opts.route {
        match route_config(dump, name)? {
            Some(rc) => http(dump, &rc, req, &mut steps)?,
            None => fell(
                "route configuration",
                format!("no route configuration named {name:?} in the dump"),
            ),
        }
    } else {
        from_listener(dump, req, opts, &mut steps)?
    };
    Ok(Trace {
        request: req.clone(),
        steps,
        outcome,
    })
}

fn connection(req: &Request, opts: &Options) -> Connection {
    let inbound_tls = opts.inbound.is_some() && !opts.plaintext;
    let (transport, alpn, sni) = match (&req.protocol, inbound_tls) {
        (Protocol::Http, true) => ("tls", vec!["istio-http/1.1", "istio", "http/1.1"], None),
        (Protocol::Tcp, true) => ("tls", vec!["istio-peer-exchange", "istio"], None),
        (Protocol::Http, false) => ("raw_buffer", vec!["http/1.1"], None),
        (Protocol::Tcp, false) => ("raw_buffer", vec![], None),
        (Protocol::Tls, _) => ("tls", vec![], Some(req.host.clone())),
    };
    Connection {
        port: opts.inbound.unwrap_or(req.port),
        address: req.address,
        sni,
        transport,
        alpn,
    }
}

fn from_listener(
    dump: &ConfigDump,
    req: &Request,
    opts: &Options,
    steps: &mut Vec<Step>,
) -> Result<Outcome, DumpError> {
    let raws = match dump.raw_listeners() {
        Ok(r) => r,
        Err(DumpError::MissingSection(_)) => {
            return Ok(fell(
                "listener",
                "the dump has no listeners (--route NAME starts at a route configuration)",
            ));
        }
        Err(e) => return Err(e),
    };
    let listeners: Vec<model::Listener> = raws
        .iter()
        .map(|r| serde_json::from_str(r.get()))
        .collect::<Result<_, _>>()
        .map_err(section_error("listener"))?;
    let conn = connection(req, opts);
    let found = match opts.inbound {
        Some(_) => listener::inbound(&listeners, steps),
        None => listener::outbound(&listeners, &req.host, &conn, steps),
    };
    let Some(l) = found else {
        let reason = match opts.inbound {
            Some(_) => "no virtualInbound listener (port 15006) in the dump".to_string(),
            None => format!(
                "no listener for port {} and no virtual outbound listener (use_original_dst)",
                conn.port
            ),
        };
        return Ok(fell("listener", reason));
    };
    let Some(fc) = listener::filter_chain(l, &conn, steps) else {
        return Ok(fell(
            "filter chain",
            format!(
                "no filter chain of {} matches and it has no default chain: Envoy closes the connection",
                l.name
            ),
        ));
    };
    network(dump, fc, req, steps)
}

fn network(
    dump: &ConfigDump,
    fc: &model::FilterChain,
    req: &Request,
    steps: &mut Vec<Step>,
) -> Result<Outcome, DumpError> {
    for f in &fc.filters {
        let config = f.typed_config.clone().unwrap_or_default();
        if f.name == crate::envoy::listener::HTTP_CONNECTION_MANAGER {
            let hcm: HttpConnectionManager =
                serde_json::from_value(config).map_err(section_error("http connection manager"))?;
            let mut step = Step::new("http connection manager");
            step.name = hcm.stat_prefix.clone();
            if req.protocol != Protocol::Http {
                step.decision = "the chain speaks HTTP".into();
                steps.push(step);
                return Ok(fell(
                    "http connection manager",
                    format!(
                        "the chain runs an HTTP connection manager and the request is {}",
                        serde_json::to_value(&req.protocol)
                            .ok()
                            .and_then(|v| v.as_str().map(str::to_string))
                            .unwrap_or_default()
                    ),
                ));
            }
            if let Some(rc) = hcm.route_config {
                step.decision = format!("inline route configuration {:?}", rc.name);
                steps.push(step);
                return http(dump, &rc, req, steps);
            }
            let name = hcm.rds.map(|r| r.route_config_name).unwrap_or_default();
            step.decision = format!("RDS route configuration {name:?}");
            steps.push(step);
            return match route_config(dump, &name)? {
                Some(rc) => http(dump, &rc, req, steps),
                None => Ok(fell(
                    "route configuration",
                    format!("RDS {name:?} is not in the dump: Envoy answers 404 until it arrives"),
                )),
            };
        }
        if f.name == crate::envoy::listener::TCP_PROXY {
            let tcp: TcpProxy =
                serde_json::from_value(config).map_err(section_error("tcp proxy"))?;
            let mut step = Step::new("tcp proxy");
            step.name = tcp.stat_prefix.clone();
            let targets = match &tcp.weighted_clusters {
                Some(w) => upstream::weighted(w),
                None => vec![Target {
                    cluster: tcp.cluster.clone(),
                    weight: None,
                }],
            };
            step.decision = upstream::describe_targets(&targets);
            steps.push(step);
            return upstream::clusters(dump, targets, steps);
        }
    }
    let names: Vec<&str> = fc.filters.iter().map(|f| f.name.as_str()).collect();
    Ok(fell(
        "network filters",
        format!(
            "the chain has no HTTP connection manager or TCP proxy (filters: {})",
            names.join(", ")
        ),
    ))
}

/// A route configuration by name (dynamic first, then static).
fn route_config(dump: &ConfigDump, name: &str) -> Result<Option<RouteConfig>, DumpError> {
    let raws = match dump.raw_routes() {
        Ok(r) => r,
        Err(DumpError::MissingSection(_)) => return Ok(None),
        Err(e) => return Err(e),
    };
    let found = if name.is_empty() {
        // static route configurations may have no name
        let mut hit = None;
        for raw in &raws {
            let n: Named = serde_json::from_str(raw.get()).map_err(section_error("route"))?;
            if n.name.is_empty() {
                hit = Some(*raw);
                break;
            }
        }
        hit
    } else {
        find_named::<Named>(&raws, name, |n| &n.name, "route")?
    };
    found
        .map(|raw| serde_json::from_str(raw.get()).map_err(section_error("route")))
        .transpose()
}

fn http(
    dump: &ConfigDump,
    rc: &RouteConfig,
    req: &Request,
    steps: &mut Vec<Step>,
) -> Result<Outcome, DumpError> {
    let host = matcher::lookup_host(rc, &req.authority);
    let mut step = Step::new("route configuration");
    step.name = rc.name.clone();
    step.decision = format!(
        "{:?}: {} virtual host{}; host looked up as {host:?}{}",
        rc.name,
        rc.virtual_hosts.len(),
        if rc.virtual_hosts.len() == 1 { "" } else { "s" },
        if rc.ignore_port_in_host_matching {
            " (ignore_port_in_host_matching)"
        } else {
            ""
        }
    );
    steps.push(step);
    let Some((vh, how)) = matcher::select_vhost(rc, &host) else {
        return Ok(fell(
            "virtual host",
            format!(
                "no virtual host of {:?} has a domain for {host:?}: Envoy answers 404",
                rc.name
            ),
        ));
    };
    let mut step = Step::new("virtual host");
    step.name = vh.name.clone();
    step.decision = format!("{} by {}", vh.name, how.describe());
    steps.push(step);
    let mut step = Step::new("route");
    for (i, r) in vh.routes.iter().enumerate() {
        let label = if r.name.is_empty() {
            format!("#{i}")
        } else {
            format!("#{i} {}", r.name)
        };
        match matcher::route_match(&r.route_match, req) {
            Err(why) => step.skipped.push(Skip::new(label, why)),
            Ok(what) => {
                step.name = r.name.clone();
                step.decision = format!("{label}: {what}");
                let mgmt = crate::envoy::describe_management(
                    r.metadata
                        .as_ref()
                        .and_then(|m| m.pointer("/filter_metadata/istio/config"))
                        .and_then(serde_json::Value::as_str),
                );
                if !mgmt.is_empty() {
                    step.details.push(format!("from VirtualService {mgmt}"));
                }
                steps.push(step);
                return upstream::action(dump, vh, r, steps);
            }
        }
    }
    step.decision = "no route matches".into();
    steps.push(step);
    Ok(fell(
        "route",
        format!(
            "none of the {} routes of virtual host {} matches: Envoy answers 404",
            vh.routes.len(),
            vh.name
        ),
    ))
}
