//! istiod's view of its proxies, for `proxy-status`.
//!
//! Every istiod answers the `istio.io/debug/syncz` request with a `DiscoveryResponse` whose
//! resources are `envoy.service.status.v3.ClientConfig`s (CSDS shape), one per connected proxy:
//! its node (ID and metadata) and the sync state of each xDS type. [`SyncResponses`] holds the
//! answers of all istiods; [`statuses`] turns them into table rows.

pub mod compare;
pub mod live;

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Utc};
use serde_json::Value;

use crate::output::table::Table;

pub const CLUSTER_TYPE: &str = "type.googleapis.com/envoy.config.cluster.v3.Cluster";
pub const LISTENER_TYPE: &str = "type.googleapis.com/envoy.config.listener.v3.Listener";
pub const ROUTE_TYPE: &str = "type.googleapis.com/envoy.config.route.v3.RouteConfiguration";
pub const ENDPOINT_TYPE: &str =
    "type.googleapis.com/envoy.config.endpoint.v3.ClusterLoadAssignment";
pub const ECDS_TYPE: &str = "type.googleapis.com/envoy.config.core.v3.TypedExtensionConfig";

/// The short name of an xDS type URL (`CDS`, `LDS`, ...); other URLs are returned whole.
pub fn short_type(type_url: &str) -> &str {
    match type_url.strip_prefix("type.googleapis.com/") {
        Some("envoy.config.cluster.v3.Cluster") => "CDS",
        Some("envoy.config.listener.v3.Listener") => "LDS",
        Some("envoy.config.route.v3.RouteConfiguration") => "RDS",
        Some("envoy.config.endpoint.v3.ClusterLoadAssignment") => "EDS",
        Some("envoy.extensions.transport_sockets.tls.v3.Secret") => "SDS",
        Some("istio.networking.nds.v1.NameTable") => "NDS",
        Some("istio.mesh.v1alpha1.ProxyConfig") => "PCDS",
        Some("envoy.config.core.v3.TypedExtensionConfig") => "ECDS",
        Some("istio.workload.Address") | Some("istio.workload.Workload") => "WDS",
        Some("istio.security.Authorization") => "WADS",
        _ => type_url,
    }
}

#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    #[error("invalid sync status: {0}")]
    Parse(serde_json::Error),
    #[error("invalid sync status: expected a JSON object of istiod ID to DiscoveryResponse")]
    Shape,
}

/// The answers of every istiod, in the order they were given (keyed by istiod ID).
#[derive(Debug, Clone, Default)]
pub struct SyncResponses {
    pub responses: Vec<(String, Value)>,
}

const RESPONSE_FIELDS: &[&str] = &[
    "versionInfo",
    "resources",
    "typeUrl",
    "nonce",
    "controlPlane",
];

impl SyncResponses {
    /// Parse `{"<istiod>": DiscoveryResponse, ...}`, or a single `DiscoveryResponse`.
    pub fn parse(text: &str) -> Result<Self, SyncError> {
        let v: Value = serde_json::from_str(text).map_err(SyncError::Parse)?;
        let Value::Object(map) = v else {
            return Err(SyncError::Shape);
        };
        if map.keys().any(|k| RESPONSE_FIELDS.contains(&k.as_str())) {
            let id = control_plane_id(&Value::Object(map.clone()));
            return Ok(SyncResponses {
                responses: vec![(id, Value::Object(map))],
            });
        }
        if map.values().any(|v| !v.is_object()) {
            return Err(SyncError::Shape);
        }
        Ok(SyncResponses {
            responses: map.into_iter().collect(),
        })
    }

    /// The responses with only the proxies of `namespace` (all when `None`).
    pub fn filtered(&self, namespace: Option<&str>) -> Vec<Value> {
        self.responses
            .iter()
            .map(|(_, r)| {
                let mut r = r.clone();
                if let Some(ns) = namespace
                    && let Some(obj) = r.as_object_mut()
                {
                    let kept: Vec<Value> = obj
                        .get("resources")
                        .and_then(Value::as_array)
                        .map(|a| {
                            a.iter()
                                .filter(|res| proxy_namespace(res) == Some(ns))
                                .cloned()
                                .collect()
                        })
                        .unwrap_or_default();
                    if kept.is_empty() {
                        obj.shift_remove("resources");
                    } else {
                        obj.insert("resources".into(), Value::Array(kept));
                    }
                }
                r
            })
            .collect()
    }
}

/// The istiod ID from `controlPlane.identifier` (a JSON string); `MISSING` without a control
/// plane, `INVALID` when the identifier does not parse.
pub fn control_plane_id(response: &Value) -> String {
    let Some(cp) = response
        .get("controlPlane")
        .or_else(|| response.get("control_plane"))
    else {
        return "MISSING".into();
    };
    let ident = cp
        .get("identifier")
        .and_then(Value::as_str)
        .unwrap_or_default();
    match serde_json::from_str::<Value>(ident) {
        Ok(v) => v
            .get("ID")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string(),
        Err(_) => "INVALID".into(),
    }
}

fn node_metadata<'v>(resource: &'v Value, key: &str) -> Option<&'v str> {
    resource
        .get("node")
        .and_then(|n| n.get("metadata"))
        .and_then(|m| m.get(key))
        .and_then(Value::as_str)
}

fn proxy_namespace(resource: &Value) -> Option<&str> {
    node_metadata(resource, "NAMESPACE")
}

/// One proxy as istiod sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProxyStatus {
    pub proxy_id: String,
    pub cluster_id: String,
    pub istiod_id: String,
    pub istio_version: String,
    /// Type URL → status as printed (`SYNCED`, `NOT SENT`, `IGNORED`, `STALE (5m)`).
    pub types: BTreeMap<String, String>,
}

/// The status cell: `IGNORED` for UNKNOWN, `NOT SENT`, or the state with the age of the last
/// update when istiod gave one.
pub fn format_status(status: &str, last_updated: Option<&str>, now: DateTime<Utc>) -> String {
    match status {
        "" | "UNKNOWN" => "IGNORED".into(),
        "NOT_SENT" => "NOT SENT".into(),
        s => match last_updated.and_then(|t| DateTime::parse_from_rfc3339(t).ok()) {
            Some(t) => format!("{s} ({})", human_duration(now - t.with_timezone(&Utc))),
            None => s.to_string(),
        },
    }
}

/// Kubernetes' `HumanDuration`: `42s`, `5m2s`, `3h`, `2d4h`, `1y30d`.
pub fn human_duration(d: chrono::TimeDelta) -> String {
    let seconds = d.num_seconds();
    if seconds < -1 {
        return "<invalid>".into();
    }
    if seconds < 0 {
        return "0s".into();
    }
    if seconds < 120 {
        return format!("{seconds}s");
    }
    let minutes = seconds / 60;
    if minutes < 10 {
        let s = seconds % 60;
        return if s == 0 {
            format!("{minutes}m")
        } else {
            format!("{minutes}m{s}s")
        };
    }
    if minutes < 180 {
        return format!("{minutes}m");
    }
    let hours = minutes / 60;
    if hours < 8 {
        let m = minutes % 60;
        return if m == 0 {
            format!("{hours}h")
        } else {
            format!("{hours}h{m}m")
        };
    }
    if hours < 48 {
        return format!("{hours}h");
    }
    if hours < 24 * 8 {
        let h = hours % 24;
        return if h == 0 {
            format!("{}d", hours / 24)
        } else {
            format!("{}d{h}h", hours / 24)
        };
    }
    if hours < 24 * 365 * 2 {
        return format!("{}d", hours / 24);
    }
    if hours < 24 * 365 * 8 {
        let dy = (hours / 24) % 365;
        return if dy == 0 {
            format!("{}y", hours / 24 / 365)
        } else {
            format!("{}y{dy}d", hours / 24 / 365)
        };
    }
    format!("{}y", hours / 24 / 365)
}

/// Legacy `xdsConfig` entries name their type by which config field they carry.
fn legacy_type(entry: &Value) -> Option<&'static str> {
    let has = |a: &str, b: &str| entry.get(a).is_some() || entry.get(b).is_some();
    if has("listenerConfig", "listener_config") {
        Some(LISTENER_TYPE)
    } else if has("clusterConfig", "cluster_config") {
        Some(CLUSTER_TYPE)
    } else if has("routeConfig", "route_config") {
        Some(ROUTE_TYPE)
    } else if has("endpointConfig", "endpoint_config") {
        Some(ENDPOINT_TYPE)
    } else {
        None
    }
}

fn field<'v>(v: &'v Value, camel: &str, snake: &str) -> Option<&'v Value> {
    v.get(camel).or_else(|| v.get(snake))
}

fn type_statuses(resource: &Value, now: DateTime<Utc>) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    if let Some(configs) =
        field(resource, "genericXdsConfigs", "generic_xds_configs").and_then(Value::as_array)
    {
        for c in configs {
            let url = field(c, "typeUrl", "type_url")
                .and_then(Value::as_str)
                .unwrap_or_default();
            let status = field(c, "configStatus", "config_status")
                .and_then(Value::as_str)
                .unwrap_or_default();
            let updated = field(c, "lastUpdated", "last_updated").and_then(Value::as_str);
            out.insert(url.to_string(), format_status(status, updated, now));
        }
        return out;
    }
    if let Some(configs) = field(resource, "xdsConfig", "xds_config").and_then(Value::as_array) {
        for c in configs {
            if let Some(url) = legacy_type(c) {
                let status = c.get("status").and_then(Value::as_str).unwrap_or_default();
                out.insert(url.to_string(), format_status(status, None, now));
            }
        }
    }
    out
}

/// Every proxy of every istiod (of `namespace` when given), sorted by proxy ID.
pub fn statuses(
    sync: &SyncResponses,
    namespace: Option<&str>,
    now: DateTime<Utc>,
) -> Vec<ProxyStatus> {
    let mut out = Vec::new();
    for (_, response) in &sync.responses {
        let istiod_id = control_plane_id(response);
        let resources = response.get("resources").and_then(Value::as_array);
        for r in resources.into_iter().flatten() {
            if let Some(ns) = namespace
                && proxy_namespace(r) != Some(ns)
            {
                continue;
            }
            out.push(ProxyStatus {
                proxy_id: r
                    .get("node")
                    .and_then(|n| n.get("id"))
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_string(),
                cluster_id: node_metadata(r, "CLUSTER_ID")
                    .unwrap_or_default()
                    .to_string(),
                istiod_id: istiod_id.clone(),
                istio_version: node_metadata(r, "ISTIO_VERSION")
                    .unwrap_or_default()
                    .to_string(),
                types: type_statuses(r, now),
            });
        }
    }
    out.sort_by(|a, b| a.proxy_id.cmp(&b.proxy_id));
    out
}

/// The types seen, CDS, LDS, EDS, RDS first, then the others by URL.
fn subscribed_order(statuses: &[ProxyStatus]) -> Vec<String> {
    let seen: BTreeSet<&str> = statuses
        .iter()
        .flat_map(|s| s.types.keys().map(String::as_str))
        .collect();
    let core = [CLUSTER_TYPE, LISTENER_TYPE, ENDPOINT_TYPE, ROUTE_TYPE];
    let mut out: Vec<String> = core
        .iter()
        .filter(|t| seen.contains(*t))
        .map(|t| t.to_string())
        .collect();
    out.extend(
        seen.iter()
            .filter(|t| !core.contains(t))
            .map(|t| t.to_string()),
    );
    out
}

/// The default table: `NAME CLUSTER ISTIOD VERSION SUBSCRIBED TYPES`.
pub fn table(statuses: &[ProxyStatus]) -> Table {
    let order = subscribed_order(statuses);
    let mut t = Table::with_header(
        5,
        &["NAME", "CLUSTER", "ISTIOD", "VERSION", "SUBSCRIBED TYPES"],
    );
    for s in statuses {
        let subscribed: Vec<&str> = order
            .iter()
            .filter(|ty| s.types.get(*ty).is_some_and(|v| v != "IGNORED"))
            .map(|ty| short_type(ty))
            .collect();
        let cell = if subscribed.is_empty() {
            "0".to_string()
        } else {
            format!("{} ({})", subscribed.len(), subscribed.join(","))
        };
        t.row(vec![
            s.proxy_id.clone(),
            s.cluster_id.clone(),
            s.istiod_id.clone(),
            s.istio_version.clone(),
            cell,
        ]);
    }
    t
}

/// `--verbosity 1`: one column per type (all seen plus CDS, LDS, EDS, RDS, ECDS, by URL).
pub fn verbose_table(statuses: &[ProxyStatus]) -> Table {
    let mut types: BTreeSet<&str> = statuses
        .iter()
        .flat_map(|s| s.types.keys().map(String::as_str))
        .collect();
    types.extend([
        CLUSTER_TYPE,
        LISTENER_TYPE,
        ENDPOINT_TYPE,
        ROUTE_TYPE,
        ECDS_TYPE,
    ]);
    let mut header = vec!["NAME", "CLUSTER"];
    header.extend(types.iter().map(|t| short_type(t)));
    header.extend(["ISTIOD", "VERSION"]);
    let mut t = Table::with_header(5, &header);
    for s in statuses {
        let mut cells = vec![s.proxy_id.clone(), s.cluster_id.clone()];
        cells.extend(types.iter().map(|ty| {
            s.types
                .get(*ty)
                .cloned()
                .unwrap_or_else(|| "IGNORED".into())
        }));
        cells.push(s.istiod_id.clone());
        cells.push(s.istio_version.clone());
        t.row(cells);
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn human_durations_match_kubernetes() {
        let d = chrono::TimeDelta::seconds;
        assert_eq!(human_duration(d(-5)), "<invalid>");
        assert_eq!(human_duration(d(-1)), "0s");
        assert_eq!(human_duration(d(42)), "42s");
        assert_eq!(human_duration(d(302)), "5m2s");
        assert_eq!(human_duration(d(600)), "10m");
        assert_eq!(human_duration(d(3 * 3600 + 60)), "3h1m");
        assert_eq!(human_duration(d(20 * 3600)), "20h");
        assert_eq!(human_duration(d(52 * 3600)), "2d4h");
        assert_eq!(human_duration(d(30 * 86400)), "30d");
        assert_eq!(human_duration(d(800 * 86400)), "2y70d");
    }

    #[test]
    fn statuses_format_with_age() {
        let now = DateTime::parse_from_rfc3339("2024-01-01T00:05:02Z")
            .unwrap()
            .with_timezone(&Utc);
        assert_eq!(format_status("UNKNOWN", None, now), "IGNORED");
        assert_eq!(
            format_status("NOT_SENT", Some("2024-01-01T00:00:00Z"), now),
            "NOT SENT"
        );
        assert_eq!(
            format_status("SYNCED", Some("2024-01-01T00:00:00Z"), now),
            "SYNCED (5m2s)"
        );
        assert_eq!(format_status("STALE", None, now), "STALE");
    }

    #[test]
    fn short_types() {
        assert_eq!(short_type(CLUSTER_TYPE), "CDS");
        assert_eq!(
            short_type("type.googleapis.com/istio.workload.Address"),
            "WDS"
        );
        assert_eq!(short_type("istio.io/debug"), "istio.io/debug");
    }

    #[test]
    fn control_plane_ids() {
        assert_eq!(control_plane_id(&serde_json::json!({})), "MISSING");
        assert_eq!(
            control_plane_id(
                &serde_json::json!({"controlPlane": {"identifier": "{\"ID\":\"istiod-1\"}"}})
            ),
            "istiod-1"
        );
        assert_eq!(
            control_plane_id(&serde_json::json!({"controlPlane": {"identifier": "x"}})),
            "INVALID"
        );
    }

    #[test]
    fn a_single_response_is_keyed_by_its_control_plane() {
        let s = SyncResponses::parse(
            r#"{"versionInfo":"1","controlPlane":{"identifier":"{\"ID\":\"i\"}"}}"#,
        )
        .unwrap();
        assert_eq!(s.responses[0].0, "i");
        assert!(SyncResponses::parse("[1]").is_err());
        assert!(SyncResponses::parse(r#"{"a": 1}"#).is_err());
    }
}
