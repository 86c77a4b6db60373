//! istiod's sync status, live: find the running istiod pods and ask each one, through a
//! port-forward to its monitoring port (15014), for `/debug/syncz` — the HTTP debug endpoint
//! istiod serves without credentials to local callers (a port-forward connects from inside
//! the pod). The xDS `istio.io/debug/syncz` type on 15012 would need TLS, gRPC and a service
//! account token; the HTTP answer carries the same per-type nonces, so it is turned into the
//! `DiscoveryResponse` of `ClientConfig`s that `--file` reads and the same rows come out.
//!
//! Every request is bounded (istio#30646: never hang on a blocked port); the replicas are asked
//! concurrently.

use std::time::Duration;

use serde_json::{Value, json};

use super::SyncResponses;
use crate::cluster::istiod::{self, LocateError, Wanted};
use crate::cluster::{self, Cluster, ClusterError};
use crate::envoy::live::{LiveError, bounded};

/// istiod's monitoring port, where the HTTP debug endpoints live.
pub const DEBUG_PORT: u16 = crate::cluster::istiod::MONITORING_PORT;

/// The ClientConfig type URL istiod's syncz answers carry.
pub const CLIENT_CONFIG_TYPE: &str = "type.googleapis.com/envoy.service.status.v3.ClientConfig";

/// Failures of the live sync status; each message is one line.
#[derive(Debug, thiserror::Error)]
pub enum IstiodError {
    #[error(transparent)]
    NoIstiod(#[from] LocateError),
    #[error(transparent)]
    Live(#[from] LiveError),
    #[error("istiod {pod}: {path} answered HTTP {status}{detail}")]
    Status {
        pod: String,
        path: String,
        status: u16,
        detail: String,
    },
    #[error("istiod {pod}: {path} is not valid JSON: {message}")]
    Parse {
        pod: String,
        path: String,
        message: String,
    },
    #[error("no istiod knows proxy {proxy} (asked {asked})")]
    UnknownProxy { proxy: String, asked: String },
}

/// Which istiods to ask and how long to wait.
#[derive(Debug, Clone)]
pub struct Query {
    pub namespace: String,
    /// `istio.io/rev` to select; empty for any revision.
    pub revision: String,
    pub timeout: Duration,
}

/// One istiod replica: its pod name and monitoring port (`prometheus.io/port`, else 15014).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Replica {
    pub pod: String,
    pub port: u16,
}

/// The running istiod pods the query selects, by name (`cluster::istiod::locate`'s rules).
pub async fn istiod_pods(cluster: &Cluster, q: &Query) -> Result<Vec<Replica>, IstiodError> {
    let wanted = Wanted {
        namespace: &q.namespace,
        revision: Some(q.revision.as_str()),
        ready_only: false,
    };
    // the locator's own failure is inside the timeout's answer
    let located = bounded(
        || format!("listing istiod pods in namespace {}", q.namespace),
        q.timeout,
        async { Ok::<_, ClusterError>(istiod::locate(cluster, &wanted).await) },
    )
    .await?;
    let pods = located.map_err(|e| match e {
        LocateError::Cluster(c) => IstiodError::Live(c.into()),
        e => IstiodError::NoIstiod(e),
    })?;
    Ok(pods
        .iter()
        .filter_map(|p| {
            let port = istiod::monitoring_port(p);
            p.metadata.name.clone().map(|pod| Replica { pod, port })
        })
        .collect())
}

/// GET a debug path on one istiod and return the body of a 200 answer.
pub async fn debug_get(
    cluster: &Cluster,
    q: &Query,
    replica: &Replica,
    path: &str,
) -> Result<(u16, String), IstiodError> {
    let ns = &q.namespace;
    let Replica { pod, port } = replica;
    let res = bounded(
        || format!("GET {path} on istiod {ns}/{pod} port {port}"),
        q.timeout,
        cluster.http_get(ns, pod, *port, path),
    )
    .await?;
    Ok((res.status, res.text()))
}

fn status_error(pod: &str, path: &str, status: u16, body: &str) -> IstiodError {
    let first = body.lines().next().unwrap_or_default().trim();
    IstiodError::Status {
        pod: pod.to_string(),
        path: path.to_string(),
        status,
        detail: if first.is_empty() {
            String::new()
        } else {
            format!(": {first}")
        },
    }
}

/// Ask every selected istiod for its sync status. Replicas that fail are returned beside
/// the answers of the others; the caller decides whether that is fatal.
pub async fn sync_status(
    cluster: &Cluster,
    q: &Query,
) -> Result<(SyncResponses, Vec<IstiodError>), IstiodError> {
    let pods = istiod_pods(cluster, q).await?;
    let path = "/debug/syncz";
    let asks = pods.iter().map(|replica| async move {
        let pod = &replica.pod;
        let (status, body) = debug_get(cluster, q, replica, path).await?;
        if status != 200 {
            return Err(status_error(pod, path, status, &body));
        }
        let v: Value = serde_json::from_str(&body).map_err(|e| IstiodError::Parse {
            pod: pod.clone(),
            path: path.to_string(),
            message: e.to_string(),
        })?;
        Ok((pod.clone(), discovery_response(pod, &v)))
    });
    let answers = futures::future::join_all(asks).await;
    let mut out = SyncResponses::default();
    let mut errors = Vec::new();
    for a in answers {
        match a {
            Ok(r) => out.responses.push(r),
            Err(e) => errors.push(e),
        }
    }
    Ok((out, errors))
}

/// istiod's config dump for one proxy (`<pod>.<namespace>`): the first istiod (by name) that
/// knows it. The replicas are asked at once; one that fails only matters when no other knows
/// the proxy.
pub async fn proxy_config_dump(
    cluster: &Cluster,
    q: &Query,
    proxy_id: &str,
) -> Result<(String, String), IstiodError> {
    let pods = istiod_pods(cluster, q).await?;
    let path = format!("/debug/config_dump?proxyID={proxy_id}");
    let answers =
        futures::future::join_all(pods.iter().map(|r| debug_get(cluster, q, r, &path))).await;
    let mut failure = None;
    for (Replica { pod, .. }, answer) in pods.iter().zip(answers) {
        match answer {
            Ok((200, body)) => return Ok((pod.clone(), body)),
            // istiod answers 404 (or 400) for proxies not connected to it.
            Ok((400 | 404, _)) => {}
            Ok((status, body)) => {
                failure.get_or_insert(status_error(pod, &path, status, &body));
            }
            Err(e) => {
                failure.get_or_insert(e);
            }
        }
    }
    Err(failure.unwrap_or_else(|| IstiodError::UnknownProxy {
        proxy: proxy_id.to_string(),
        asked: pods
            .iter()
            .map(|r| r.pod.as_str())
            .collect::<Vec<_>>()
            .join(", "),
    }))
}

/// Blocking [`sync_status`] for command code.
pub fn sync_status_blocking(
    cluster: &Cluster,
    q: &Query,
) -> Result<(SyncResponses, Vec<IstiodError>), IstiodError> {
    cluster::block_on(sync_status(cluster, q))
}

/// The per-type state istiod reports: `ERROR` after a NACK, `NOT_SENT`, `SYNCED` when the last
/// sent nonce was acknowledged, else `STALE`.
pub fn config_status(sent: &str, acked: &str, last_error: &str) -> &'static str {
    if !last_error.is_empty() {
        "ERROR"
    } else if sent.is_empty() {
        "NOT_SENT"
    } else if sent == acked {
        "SYNCED"
    } else {
        "STALE"
    }
}

fn text<'a>(v: &'a Value, key: &str) -> &'a str {
    v.get(key).and_then(Value::as_str).unwrap_or_default()
}

/// The proxy's namespace from its ID (`<pod>.<namespace>`; namespaces hold no dots).
fn namespace_of(proxy_id: &str) -> &str {
    proxy_id.rsplit_once('.').map(|(_, ns)| ns).unwrap_or("")
}

/// A Go zero time (`0001-01-01T00:00:00Z`) means "never".
fn real_time(t: &str) -> Option<&str> {
    (!t.is_empty() && !t.starts_with("0001-01-01")).then_some(t)
}

/// Turn one istiod's `/debug/syncz` answer (a list of per-proxy sync states) into the
/// `DiscoveryResponse` of `ClientConfig`s the xDS `istio.io/debug/syncz` type answers.
pub fn discovery_response(istiod: &str, syncz: &Value) -> Value {
    let identifier = json!({
        "Component": "istiod",
        "ID": istiod,
        "Info": {"version": "", "revision": "", "golang_version": "", "status": "", "tag": ""},
    })
    .to_string();
    let mut resources = Vec::new();
    for p in syncz.as_array().into_iter().flatten() {
        let id = text(p, "proxy");
        if id.is_empty() {
            continue;
        }
        // Newer istiods list every watched type under `resources`; older ones only the
        // four main types and ECDS as flat fields.
        let mut types: Vec<(String, &str, &str, &str, Option<&str>)> = Vec::new();
        if let Some(res) = p.get("resources").and_then(Value::as_object) {
            for (ty, st) in res {
                types.push((
                    ty.clone(),
                    text(st, "sent"),
                    text(st, "acked"),
                    text(st, "lastError"),
                    real_time(text(st, "sentTime")),
                ));
            }
        } else {
            for (ty, prefix) in [
                (super::CLUSTER_TYPE, "cluster"),
                (super::LISTENER_TYPE, "listener"),
                (super::ROUTE_TYPE, "route"),
                (super::ENDPOINT_TYPE, "endpoint"),
                (super::ECDS_TYPE, "extensionconfig"),
            ] {
                let sent = text(p, &format!("{prefix}_sent"));
                let acked = text(p, &format!("{prefix}_acked"));
                if sent.is_empty() && acked.is_empty() {
                    continue;
                }
                types.push((ty.to_string(), sent, acked, "", None));
            }
        }
        types.sort_by(|a, b| a.0.cmp(&b.0));
        let configs: Vec<Value> = types
            .into_iter()
            .map(|(ty, sent, acked, err, when)| {
                let mut c = json!({"typeUrl": ty, "configStatus": config_status(sent, acked, err)});
                if let Some(t) = when {
                    c["lastUpdated"] = json!(t);
                }
                if !err.is_empty() {
                    c["errorState"] = json!({"details": err});
                }
                c
            })
            .collect();
        let mut metadata = serde_json::Map::new();
        for (key, field) in [
            ("CLUSTER_ID", "cluster_id"),
            ("ISTIO_VERSION", "istio_version"),
        ] {
            let v = text(p, field);
            if !v.is_empty() {
                metadata.insert(key.to_string(), json!(v));
            }
        }
        let ns = namespace_of(id);
        if !ns.is_empty() {
            metadata.insert("NAMESPACE".to_string(), json!(ns));
        }
        resources.push(json!({
            "@type": CLIENT_CONFIG_TYPE,
            "node": {"id": id, "metadata": metadata},
            "genericXdsConfigs": configs,
        }));
    }
    let mut resp = json!({"versionInfo": "", "typeUrl": CLIENT_CONFIG_TYPE});
    if !resources.is_empty() {
        resp["resources"] = Value::Array(resources);
    }
    resp["controlPlane"] = json!({ "identifier": identifier });
    resp
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_follow_istiod() {
        assert_eq!(config_status("", "", ""), "NOT_SENT");
        assert_eq!(config_status("a", "a", ""), "SYNCED");
        assert_eq!(config_status("b", "a", ""), "STALE");
        assert_eq!(config_status("b", "a", "NACK"), "ERROR");
    }

    #[test]
    fn syncz_becomes_client_configs() {
        let syncz = json!([{
            "cluster_id": "Kubernetes",
            "proxy": "productpage-v1-1.bookinfo",
            "istio_version": "1.24.2",
            "resources": {
                "type.googleapis.com/envoy.config.route.v3.RouteConfiguration": {"sent": "n2", "acked": "n1", "sentTime": "2026-01-01T00:00:00Z"},
                "type.googleapis.com/envoy.config.cluster.v3.Cluster": {"sent": "n1", "acked": "n1", "sentTime": "0001-01-01T00:00:00Z"}
            }
        }]);
        let r = discovery_response("istiod-1", &syncz);
        assert_eq!(crate::istiod::control_plane_id(&r), "istiod-1");
        let res = &r["resources"][0];
        assert_eq!(res["node"]["metadata"]["NAMESPACE"], "bookinfo");
        assert_eq!(res["node"]["metadata"]["CLUSTER_ID"], "Kubernetes");
        let cfgs = res["genericXdsConfigs"].as_array().unwrap();
        assert_eq!(cfgs[0]["configStatus"], "SYNCED");
        assert!(cfgs[0].get("lastUpdated").is_none());
        assert_eq!(cfgs[1]["configStatus"], "STALE");
        assert_eq!(cfgs[1]["lastUpdated"], "2026-01-01T00:00:00Z");
    }

    #[test]
    fn old_flat_fields_are_read() {
        let syncz = json!([{"proxy": "a.b", "cluster_sent": "1", "cluster_acked": "1", "route_sent": "2", "route_acked": "1"}]);
        let r = discovery_response("istiod-1", &syncz);
        let cfgs = r["resources"][0]["genericXdsConfigs"].as_array().unwrap();
        assert_eq!(cfgs.len(), 2);
        assert_eq!(cfgs[1]["configStatus"], "STALE");
    }
}
