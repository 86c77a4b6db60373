//! What istiod does to the merged pod besides the templates: the Prometheus metrics merge
//! (the app's scrape annotations move into the agent's environment and point at the agent),
//! and the app probe rewrite (`ISTIO_KUBE_APP_PROBERS`, probes sent through the agent's port).

use serde_json::{Map, Value, json};

use super::InjectError;
use super::pod::{parse_bool, sidecar_mut};

/// An annotation key as Prometheus sanitises label names.
fn sanitized(k: &str) -> String {
    k.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

fn annotation<'a>(pod: &'a Value, want: &str) -> Option<&'a str> {
    pod["metadata"]["annotations"]
        .as_object()?
        .iter()
        .find(|(k, _)| sanitized(k) == want)
        .and_then(|(_, v)| v.as_str())
}

const SCRAPE: &str = "prometheus_io_scrape";
const PORT: &str = "prometheus_io_port";
const PATH: &str = "prometheus_io_path";
const TARGETS: &str = "prometheus_istio_io_scrape_targets";

/// Ports the agent and Envoy use: an app's metrics cannot be scraped there.
fn reserved(port: &str) -> Option<&'static str> {
    Some(match port {
        "15000" => "Envoy admin",
        "15001" => "outbound capture",
        "15004" => "debug",
        "15006" => "inbound capture",
        "15008" => "HBONE",
        "15009" => "HBONE secure",
        "15020" => "merged metrics",
        "15021" => "health checks",
        "15053" => "DNS",
        "15090" => "Envoy Prometheus",
        _ => return None,
    })
}

pub fn prometheus_merge(pod: &mut Value, mesh: &Value) -> Result<(), InjectError> {
    let scrape = annotation(pod, SCRAPE).and_then(parse_bool).unwrap_or(true);
    let enabled = match pod["metadata"]["annotations"]["prometheus.istio.io/merge-metrics"].as_str()
    {
        Some(v) => parse_bool(v).unwrap_or(false),
        None => mesh["enablePrometheusMerge"] != false,
    };
    if !(scrape && enabled) {
        return Ok(());
    }
    let target = mesh["defaultConfig"]["statusPort"]
        .as_i64()
        .unwrap_or(15020)
        .to_string();
    if annotation(pod, PORT) == Some(target.as_str()) {
        return Ok(());
    }
    if annotation(pod, TARGETS).is_some() {
        return Err(InjectError(
            "annotation prometheus.istio.io/scrape-targets is not supported by sailctl kube-inject yet".into(),
        ));
    }
    let cfg_scrape = annotation(pod, SCRAPE).unwrap_or_default().to_string();
    let cfg_path = annotation(pod, PATH).unwrap_or_default().to_string();
    let cfg_port = annotation(pod, PORT).unwrap_or_default().to_string();
    if !cfg_port.is_empty() {
        let canon = cfg_port
            .parse::<u16>()
            .ok()
            .filter(|p| *p > 0)
            .map(|p| p.to_string())
            .ok_or_else(|| {
                InjectError(format!(
                    "invalid prometheus scrape configuration: invalid port {cfg_port:?}"
                ))
            })?;
        if canon == target {
            return Err(InjectError(format!(
                "invalid prometheus scrape configuration: port {cfg_port} conflicts with agent port"
            )));
        }
        if let Some(r) = reserved(&canon) {
            return Err(InjectError(format!(
                "invalid prometheus scrape configuration: port {cfg_port} is reserved for Istio ({r}) and cannot be scraped"
            )));
        }
    }
    let empty = cfg_scrape.is_empty() && cfg_path.is_empty() && cfg_port.is_empty();
    if !empty && let Some(sidecar) = sidecar_mut(pod) {
        let value = json!({"scrape": cfg_scrape, "path": cfg_path, "port": cfg_port}).to_string();
        push_env(sidecar, "ISTIO_PROMETHEUS_ANNOTATIONS", value);
    }
    if let Some(a) = pod["metadata"]["annotations"].as_object_mut() {
        a.retain(|k, _| ![SCRAPE, PORT, PATH, TARGETS].contains(&sanitized(k).as_str()));
        a.insert("prometheus.io/port".into(), Value::String(target));
        a.insert(
            "prometheus.io/path".into(),
            Value::from("/stats/prometheus"),
        );
        a.insert("prometheus.io/scrape".into(), Value::from("true"));
    }
    Ok(())
}

fn push_env(c: &mut Value, name: &str, value: String) {
    let e = json!({"name": name, "value": value});
    match c["env"].as_array_mut() {
        Some(a) => a.push(e),
        None => c["env"] = json!([e]),
    }
}

/// `prometheus.istio.io/secure-port` from the proxy's ENVOY_SECURE_MERGED_METRICS_PORT.
pub fn secure_prometheus(pod: &mut Value) {
    if annotation(pod, "prometheus_istio_io_secure_port").is_some() {
        return;
    }
    let Some(sidecar) = sidecar_mut(pod) else {
        return;
    };
    let port = sidecar["env"]
        .as_array()
        .into_iter()
        .flatten()
        .find_map(|e| {
            (e["name"] == "ENVOY_SECURE_MERGED_METRICS_PORT")
                .then(|| e["value"].as_str().unwrap_or_default().to_string())
        });
    if let Some(p) = port.filter(|p| !p.is_empty() && p != "0") {
        pod["metadata"]["annotations"]["prometheus.istio.io/secure-port"] = Value::String(p);
    }
}

/// Keys in Go struct order (HTTPGetAction, TCPSocketAction, GRPCAction).
fn ordered(v: &Value, keys: &[&str]) -> Value {
    let mut out = Map::new();
    for k in keys {
        if let Some(x) = v.get(*k) {
            out.insert((*k).to_string(), x.clone());
        }
    }
    Value::Object(out)
}

/// The agent's view of an app probe (None when the agent need not proxy it).
fn prober(
    handler: &Value,
    timeout: bool,
    ports: &Map<String, Value>,
    status_port: i64,
) -> Option<Value> {
    let mut p = Map::new();
    if handler["grpc"].is_object() && timeout {
        p.insert(
            "grpc".into(),
            ordered(&handler["grpc"], &["port", "service"]),
        );
    } else {
        let key = if handler["httpGet"].is_object() {
            "httpGet"
        } else if handler["tcpSocket"].is_object() {
            "tcpSocket"
        } else {
            return None;
        };
        let mut action = handler[key].clone();
        match &action["port"] {
            Value::String(s) => action["port"] = ports.get(s)?.clone(),
            Value::Number(n) if n.as_i64() == Some(status_port) => return None,
            _ => {}
        }
        let order: &[&str] = if key == "httpGet" {
            &["path", "port", "host", "scheme", "httpHeaders"]
        } else {
            &["port", "host"]
        };
        p.insert(key.into(), ordered(&action, order));
    }
    if timeout && let Some(t) = handler["timeoutSeconds"].as_i64().filter(|t| *t != 0) {
        p.insert("timeoutSeconds".into(), t.into());
    }
    Some(Value::Object(p))
}

/// The rewritten probe or lifecycle handler: an HTTP GET to the agent.
fn converted(handler: &Value, url: &str, port: i64, grpc_too: bool) -> Option<Value> {
    let mut h = handler.as_object()?.clone();
    let mut get = if let Some(g) = h.get("httpGet").and_then(Value::as_object) {
        g.clone()
    } else if h.contains_key("tcpSocket") || (grpc_too && h.contains_key("grpc")) {
        h.shift_remove("tcpSocket");
        h.shift_remove("grpc");
        Map::new()
    } else {
        return None;
    };
    get.insert("port".into(), port.into());
    get.insert("path".into(), url.into());
    if get.get("scheme").is_some_and(|s| s == "HTTPS") {
        get.insert("scheme".into(), "HTTP".into());
    }
    h.insert("httpGet".into(), Value::Object(get));
    Some(Value::Object(h))
}

const PROBES: &[(&str, &str, bool)] = &[
    ("readinessProbe", "readyz", true),
    ("livenessProbe", "livez", true),
    ("startupProbe", "startupz", true),
    ("preStop", "prestopz", false),
    ("postStart", "poststartz", false),
];

fn handler<'a>(c: &'a Value, field: &str, is_probe: bool) -> &'a Value {
    if is_probe {
        &c[field]
    } else {
        &c["lifecycle"][field]
    }
}

/// Rewrite the app containers' probes to the agent and give the agent the originals.
pub fn rewrite(pod: &mut Value, status_port: i64) {
    let mut probers = Map::new();
    for k in ["initContainers", "containers"] {
        for c in pod["spec"][k].as_array().into_iter().flatten() {
            let name = c["name"].as_str().unwrap_or_default();
            if name == "istio-proxy" {
                continue;
            }
            let ports: Map<String, Value> = c["ports"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|p| {
                    Some((
                        p["name"].as_str().filter(|n| !n.is_empty())?.to_string(),
                        p["containerPort"].clone(),
                    ))
                })
                .collect();
            for (field, suffix, is_probe) in PROBES {
                if let Some(p) =
                    prober(handler(c, field, *is_probe), *is_probe, &ports, status_port)
                {
                    probers.insert(format!("/app-health/{name}/{suffix}"), p);
                }
            }
        }
    }
    if !probers.is_empty() {
        let mut keys: Vec<String> = probers.keys().cloned().collect();
        keys.sort();
        let sorted: Map<String, Value> = keys
            .into_iter()
            .filter_map(|k| probers.get(&k).cloned().map(|v| (k, v)))
            .collect();
        if let Some(sidecar) = sidecar_mut(pod) {
            push_env(
                sidecar,
                "ISTIO_KUBE_APP_PROBERS",
                Value::Object(sorted).to_string(),
            );
        }
    }
    let port = match pod["metadata"]["annotations"]["status.sidecar.istio.io/port"].as_str() {
        Some(v) => v.parse().unwrap_or(0),
        None => status_port,
    };
    for k in ["initContainers", "containers"] {
        for c in pod["spec"]
            .get_mut(k)
            .and_then(Value::as_array_mut)
            .into_iter()
            .flatten()
        {
            let name = c["name"].as_str().unwrap_or_default().to_string();
            if name == "istio-proxy" {
                continue;
            }
            for (field, suffix, is_probe) in PROBES {
                let url = format!("/app-health/{name}/{suffix}");
                if let Some(new) = converted(handler(c, field, *is_probe), &url, port, *is_probe) {
                    if *is_probe {
                        c[*field] = new;
                    } else {
                        c["lifecycle"][*field] = new;
                    }
                }
            }
        }
    }
}
