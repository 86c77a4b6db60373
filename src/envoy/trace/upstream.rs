//! The end of a trace: the route's action (forward, split, redirect, answer) with what shapes
//! the forwarded request (timeouts, retries, faults, mirrors, rewrites), then each target
//! cluster (discovery type, TLS, outlier detection) and its endpoints (health, locality).

use serde_json::Value;
use serde_json::value::RawValue;

use super::model::{ClaName, Named, Route, VirtualHost};
use super::{Outcome, Step, Target, find_named, section_error};
use crate::envoy::dump::{ConfigDump, DumpError};

/// How many endpoints a step lists before summarising the rest.
const ENDPOINTS_SHOWN: usize = 10;

fn str_at<'v>(v: &'v Value, path: &[&str]) -> Option<&'v str> {
    path.iter().try_fold(v, |v, k| v.get(k))?.as_str()
}

fn num_at(v: &Value, path: &[&str]) -> Option<u64> {
    let v = path.iter().try_fold(v, |v, k| v.get(k))?;
    v.as_u64().or_else(|| v.as_str()?.parse().ok())
}

/// `weighted_clusters` (route action or TCP proxy) as targets.
pub fn weighted(w: &Value) -> Vec<Target> {
    w.get("clusters")
        .and_then(Value::as_array)
        .map(|cs| {
            cs.iter()
                .map(|c| Target {
                    cluster: str_at(c, &["name"]).unwrap_or_default().to_string(),
                    weight: Some(
                        num_at(c, &["weight"])
                            .unwrap_or(0)
                            .try_into()
                            .unwrap_or(u32::MAX),
                    ),
                })
                .collect()
        })
        .unwrap_or_default()
}

pub fn describe_targets(targets: &[Target]) -> String {
    match targets {
        [
            Target {
                cluster,
                weight: None,
            },
        ] => format!("cluster {cluster}"),
        _ => {
            let total: u64 = targets
                .iter()
                .map(|t| u64::from(t.weight.unwrap_or(0)))
                .sum();
            let parts: Vec<String> = targets
                .iter()
                .map(|t| format!("{} weight {}/{total}", t.cluster, t.weight.unwrap_or(0)))
                .collect();
            format!("weighted clusters: {}", parts.join(", "))
        }
    }
}

fn percent(v: Option<&Value>) -> String {
    let Some(v) = v else {
        return "100%".into();
    };
    let n = num_at(v, &["numerator"]).unwrap_or(0);
    let scale = match str_at(v, &["denominator"]).unwrap_or("HUNDRED") {
        "TEN_THOUSAND" => 100.0,
        "MILLION" => 10_000.0,
        _ => 1.0,
    };
    format!("{}%", n as f64 / scale)
}

fn fault(config: Option<&Value>, whose: &str, out: &mut Vec<String>) {
    let Some(f) = config.and_then(|c| c.get("envoy.filters.http.fault")) else {
        return;
    };
    if let Some(a) = f.get("abort") {
        let status = num_at(a, &["http_status"])
            .map(|s| s.to_string())
            .or_else(|| num_at(a, &["grpc_status"]).map(|s| format!("gRPC {s}")))
            .unwrap_or_else(|| "by header".into());
        out.push(format!(
            "fault ({whose}): abort {status} for {} of requests",
            percent(a.get("percentage"))
        ));
    }
    if let Some(d) = f.get("delay") {
        out.push(format!(
            "fault ({whose}): delay {} for {} of requests",
            str_at(d, &["fixed_delay"]).unwrap_or("by header"),
            percent(d.get("percentage"))
        ));
    }
}

fn retry(p: &Value, whose: &str) -> String {
    format!(
        "retries ({whose}): {} attempts on {}{}",
        num_at(p, &["num_retries"]).unwrap_or(1),
        str_at(p, &["retry_on"]).unwrap_or("nothing"),
        str_at(p, &["per_try_timeout"])
            .map(|t| format!(", {t} per try"))
            .unwrap_or_default()
    )
}

fn forward_details(a: &Value, vh: &VirtualHost, route: &Route) -> Vec<String> {
    let mut out = Vec::new();
    match str_at(a, &["timeout"]) {
        Some("0s") => out.push("timeout: none (0s)".into()),
        Some(t) => out.push(format!("timeout: {t}")),
        None => out.push("timeout: 15s (Envoy's default)".into()),
    }
    match (a.get("retry_policy"), &vh.retry_policy) {
        (Some(p), _) => out.push(retry(p, "route")),
        (None, Some(p)) => out.push(retry(p, "virtual host")),
        (None, None) => {}
    }
    fault(route.typed_per_filter_config.as_ref(), "route", &mut out);
    fault(
        vh.typed_per_filter_config.as_ref(),
        "virtual host",
        &mut out,
    );
    for m in a
        .get("request_mirror_policies")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        out.push(format!(
            "mirror: {} for {} of requests",
            str_at(m, &["cluster"]).unwrap_or("?"),
            percent(
                m.get("runtime_fraction")
                    .and_then(|f| f.get("default_value"))
            )
        ));
    }
    if let Some(p) = str_at(a, &["prefix_rewrite"]) {
        out.push(format!("rewrite: prefix to {p:?}"));
    }
    if let Some(r) = a.get("regex_rewrite") {
        out.push(format!(
            "rewrite: regex {:?} to {:?}",
            str_at(r, &["pattern", "regex"]).unwrap_or_default(),
            str_at(r, &["substitution"]).unwrap_or_default()
        ));
    }
    if let Some(h) = str_at(a, &["host_rewrite_literal"]) {
        out.push(format!("rewrite: host to {h:?}"));
    }
    out
}

fn redirect_status(code: Option<&str>) -> u32 {
    match code {
        Some("FOUND") => 302,
        Some("SEE_OTHER") => 303,
        Some("TEMPORARY_REDIRECT") => 307,
        Some("PERMANENT_REDIRECT") => 308,
        _ => 301,
    }
}

/// The route's action: its step, then the clusters it forwards to.
pub fn action(
    dump: &ConfigDump,
    vh: &VirtualHost,
    route: &Route,
    steps: &mut Vec<Step>,
) -> Result<Outcome, DumpError> {
    let mut step = Step::new("action");
    if let Some(r) = &route.redirect {
        let status = redirect_status(str_at(r, &["response_code"]));
        let mut to = Vec::new();
        if r.get("https_redirect").and_then(Value::as_bool) == Some(true) {
            to.push("scheme https".to_string());
        }
        for (k, what) in [
            ("scheme_redirect", "scheme"),
            ("host_redirect", "host"),
            ("path_redirect", "path"),
            ("prefix_rewrite", "prefix"),
        ] {
            if let Some(v) = str_at(r, &[k]) {
                to.push(format!("{what} {v}"));
            }
        }
        let detail = format!("redirect {status} to {}", to.join(", "));
        step.decision = detail.clone();
        steps.push(step);
        return Ok(Outcome::Answered { status, detail });
    }
    if let Some(d) = &route.direct_response {
        let status: u32 = num_at(d, &["status"]).unwrap_or(0).try_into().unwrap_or(0);
        let body = str_at(d, &["body", "inline_string"]).unwrap_or("");
        let detail = if body.is_empty() {
            format!("direct response {status}")
        } else {
            format!("direct response {status} {body:?}")
        };
        step.decision = detail.clone();
        steps.push(step);
        return Ok(Outcome::Answered { status, detail });
    }
    let Some(a) = &route.route else {
        step.decision = "the route has no action".into();
        steps.push(step);
        return Ok(super::fell(
            "action",
            "the route has no route, redirect or direct response",
        ));
    };
    let targets = if let Some(c) = str_at(a, &["cluster"]) {
        vec![Target {
            cluster: c.to_string(),
            weight: None,
        }]
    } else if let Some(w) = a.get("weighted_clusters") {
        weighted(w)
    } else if let Some(h) = str_at(a, &["cluster_header"]) {
        step.decision = format!("the cluster named by request header {h}");
        steps.push(step);
        return Ok(super::fell(
            "action",
            format!("the cluster comes from header {h} at request time"),
        ));
    } else {
        Vec::new()
    };
    step.decision = describe_targets(&targets);
    step.details = forward_details(a, vh, route);
    steps.push(step);
    clusters(dump, targets, steps)
}

/// One step per target cluster, each followed by its endpoints.
pub fn clusters(
    dump: &ConfigDump,
    targets: Vec<Target>,
    steps: &mut Vec<Step>,
) -> Result<Outcome, DumpError> {
    if targets.is_empty() {
        return Ok(super::fell("action", "the action names no cluster"));
    }
    let raws = match dump.raw_clusters() {
        Ok(r) => r,
        Err(DumpError::MissingSection(_)) => {
            // a route-only dump: the action is known, the clusters are not
            for t in &targets {
                let mut step = Step::new("cluster");
                step.name = t.cluster.clone();
                step.decision = format!("{}: not checked, the dump has no clusters", t.cluster);
                steps.push(step);
            }
            return Ok(Outcome::Forwarded { targets });
        }
        Err(e) => return Err(e),
    };
    let mut missing = Vec::new();
    for t in &targets {
        match find_named::<Named>(&raws, &t.cluster, |n| &n.name, "cluster")? {
            Some(raw) => cluster_steps(dump, raw, steps)?,
            None => {
                let mut step = Step::new("cluster");
                step.name = t.cluster.clone();
                step.decision = format!(
                    "{} is not in the dump: Envoy answers 503 (cluster not found)",
                    t.cluster
                );
                steps.push(step);
                missing.push(t.cluster.clone());
            }
        }
    }
    if missing.len() == targets.len() {
        return Ok(super::fell(
            "cluster",
            format!("cluster {} is not in the dump", missing.join(", ")),
        ));
    }
    Ok(Outcome::Forwarded { targets })
}

fn tls_mode(c: &Value) -> String {
    if let Some(ts) = c.get("transport_socket") {
        let sni = str_at(ts, &["typed_config", "sni"])
            .map(|s| format!(", SNI {s}"))
            .unwrap_or_default();
        let name = str_at(ts, &["name"]).unwrap_or("transport socket");
        return if name.contains("tls") {
            format!("TLS ({name}{sni})")
        } else {
            format!("{name}{sni}")
        };
    }
    let matches: Vec<&str> = c
        .get("transport_socket_matches")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|m| str_at(m, &["name"]))
        .collect();
    if matches.contains(&"tlsMode-istio") {
        "Istio mutual TLS to endpoints labelled tlsMode=istio, plain text to the others".into()
    } else if matches.is_empty() {
        "plain text".into()
    } else {
        format!("by endpoint: {}", matches.join(", "))
    }
}

fn outlier(c: &Value) -> Option<String> {
    let o = c.get("outlier_detection")?;
    let mut parts = Vec::new();
    for (k, what) in [
        ("consecutive_5xx", "consecutive 5xx"),
        (
            "consecutive_gateway_failure",
            "consecutive gateway failures",
        ),
        (
            "consecutive_local_origin_failure",
            "consecutive local failures",
        ),
    ] {
        if let Some(n) = num_at(o, &[k]) {
            parts.push(format!("{what} {n}"));
        }
    }
    for (k, what) in [("interval", "interval"), ("base_ejection_time", "ejection")] {
        if let Some(v) = str_at(o, &[k]) {
            parts.push(format!("{what} {v}"));
        }
    }
    if let Some(n) = num_at(o, &["max_ejection_percent"]) {
        parts.push(format!("at most {n}% ejected"));
    }
    Some(format!("outlier detection: {}", parts.join(", ")))
}

fn cluster_steps(
    dump: &ConfigDump,
    raw: &RawValue,
    steps: &mut Vec<Step>,
) -> Result<(), DumpError> {
    let c: Value = serde_json::from_str(raw.get()).map_err(section_error("cluster"))?;
    let name = str_at(&c, &["name"]).unwrap_or_default().to_string();
    let kind = str_at(&c, &["type"])
        .map(str::to_string)
        .or_else(|| str_at(&c, &["cluster_type", "name"]).map(str::to_string))
        .unwrap_or_else(|| "STATIC".into());
    let mut step = Step::new("cluster");
    step.name = name.clone();
    step.decision = format!(
        "{name}: {kind}, {}",
        str_at(&c, &["lb_policy"]).unwrap_or("ROUND_ROBIN")
    );
    step.details.push(format!("TLS: {}", tls_mode(&c)));
    step.details.extend(outlier(&c));
    if let Some(t) = str_at(&c, &["connect_timeout"]) {
        step.details.push(format!("connect timeout: {t}"));
    }
    let mgmt = crate::envoy::describe_management(str_at(
        &c,
        &["metadata", "filter_metadata", "istio", "config"],
    ));
    if !mgmt.is_empty() && mgmt != "<unknown>" {
        step.details.push(format!("from DestinationRule {mgmt}"));
    }
    steps.push(step);
    let mut step = Step::new("endpoints");
    step.name = name.clone();
    match kind.as_str() {
        "ORIGINAL_DST" => {
            step.decision = "the connection's original destination address".into();
        }
        "EDS" => {
            let service = str_at(&c, &["eds_cluster_config", "service_name"])
                .filter(|s| !s.is_empty())
                .unwrap_or(&name)
                .to_string();
            match eds_assignment(dump, &service)? {
                Some(cla) => endpoints(&cla, &mut step),
                None => {
                    step.decision = format!(
                        "no endpoints for {service} in the dump (EDS is included only with /config_dump?include_eds=true)"
                    );
                }
            }
        }
        _ => match c.get("load_assignment") {
            Some(cla) => endpoints(cla, &mut step),
            None => step.decision = "no endpoints configured".into(),
        },
    }
    steps.push(step);
    Ok(())
}

fn eds_assignment(dump: &ConfigDump, service: &str) -> Result<Option<Value>, DumpError> {
    let raws = match dump.raw_endpoints() {
        Ok(r) => r,
        Err(DumpError::MissingSection(_)) => return Ok(None),
        Err(e) => return Err(e),
    };
    find_named::<ClaName>(&raws, service, |c| &c.cluster_name, "endpoints")?
        .map(|raw| serde_json::from_str(raw.get()).map_err(section_error("endpoints")))
        .transpose()
}

fn endpoint_address(e: &Value) -> String {
    let a = e.get("endpoint").and_then(|e| e.get("address"));
    let Some(a) = a else {
        return "?".into();
    };
    if let Some(s) = a.get("socket_address") {
        return format!(
            "{}:{}",
            str_at(s, &["address"]).unwrap_or_default(),
            num_at(s, &["port_value"]).unwrap_or(0)
        );
    }
    if let Some(i) = a.get("envoy_internal_address") {
        return format!(
            "envoy://{}/{}",
            str_at(i, &["server_listener_name"]).unwrap_or_default(),
            str_at(i, &["endpoint_id"]).unwrap_or_default()
        );
    }
    str_at(a, &["pipe", "path"]).unwrap_or("?").to_string()
}

fn endpoints(cla: &Value, step: &mut Step) {
    let groups = cla
        .get("endpoints")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let (mut total, mut healthy) = (0, 0);
    for g in &groups {
        let loc = g.get("locality").map_or(String::new(), |l| {
            [["region"], ["zone"], ["sub_zone"]]
                .iter()
                .filter_map(|k| str_at(l, k))
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join("/")
        });
        for e in g
            .get("lb_endpoints")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let health = str_at(e, &["health_status"]).unwrap_or("UNKNOWN");
            total += 1;
            if matches!(health, "HEALTHY" | "UNKNOWN") {
                healthy += 1;
            }
            if total <= ENDPOINTS_SHOWN {
                let weight = num_at(e, &["load_balancing_weight"])
                    .map(|w| format!(" weight {w}"))
                    .unwrap_or_default();
                let loc = if loc.is_empty() {
                    String::new()
                } else {
                    format!(" {loc}")
                };
                step.details
                    .push(format!("{} {health}{loc}{weight}", endpoint_address(e)));
            }
        }
    }
    if total > ENDPOINTS_SHOWN {
        step.details
            .push(format!("... and {} more", total - ENDPOINTS_SHOWN));
    }
    step.decision = if total == 0 {
        "no endpoints: Envoy answers 503 (no healthy upstream)".into()
    } else {
        format!("{healthy} of {total} endpoints can take traffic (HEALTHY or UNKNOWN)")
    };
}
