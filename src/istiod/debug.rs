//! istiod's HTTP debug endpoint `/debug/syncz` (monitoring port 15014, open to localhost, so to
//! a port-forward): one `SyncStatus` per connected proxy with the nonces sent and acked per
//! type. [`to_discovery_response`] turns it into the `istio.io/debug/syncz` DiscoveryResponse
//! shape, so live and saved answers share one model and one renderer.

use std::collections::BTreeMap;

use serde::Deserialize;
use serde_json::{Value, json};

/// The monitoring port that serves istiod's debug endpoints.
pub const MONITORING_PORT: u16 = 15014;

/// One proxy in `/debug/syncz`.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SyncStatus {
    pub cluster_id: String,
    pub proxy: String,
    pub istio_version: String,
    pub resources: BTreeMap<String, ResourceStatus>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ResourceStatus {
    pub sent: String,
    pub acked: String,
    #[serde(rename = "sentTime")]
    pub sent_time: Option<String>,
    #[serde(rename = "lastError")]
    pub last_error: String,
}

impl ResourceStatus {
    /// The CSDS status istiod reports for this type: ERROR after a NACK, NOT_SENT before the
    /// first push, SYNCED when the last nonce sent was acked, else STALE.
    pub fn config_status(&self) -> &'static str {
        if !self.last_error.is_empty() {
            "ERROR"
        } else if self.sent.is_empty() {
            "NOT_SENT"
        } else if self.sent == self.acked {
            "SYNCED"
        } else {
            "STALE"
        }
    }
}

/// The proxy's namespace: the part after the last `.` of its ID (`<pod>.<namespace>`).
fn namespace_of(proxy_id: &str) -> &str {
    proxy_id
        .rsplit_once('.')
        .map(|(_, ns)| ns)
        .unwrap_or_default()
}

/// Go's zero `time.Time`, which `/debug/syncz` prints for types never sent.
const ZERO_TIME: &str = "0001-01-01T00:00:00Z";

/// The `/debug/syncz` answer of istiod `istiod_id` as an `istio.io/debug/syncz` response.
pub fn to_discovery_response(istiod_id: &str, statuses: &[SyncStatus]) -> Value {
    let resources: Vec<Value> = statuses
        .iter()
        .map(|s| {
            let configs: Vec<Value> = s
                .resources
                .iter()
                .map(|(type_url, r)| {
                    let mut c = json!({"typeUrl": type_url, "configStatus": r.config_status()});
                    if let Some(t) = r
                        .sent_time
                        .as_deref()
                        .filter(|t| *t != ZERO_TIME && !r.sent.is_empty())
                    {
                        c["lastUpdated"] = json!(t);
                    }
                    c
                })
                .collect();
            json!({
                "@type": "type.googleapis.com/envoy.service.status.v3.ClientConfig",
                "node": {"id": s.proxy, "metadata": {
                    "CLUSTER_ID": s.cluster_id,
                    "ISTIO_VERSION": s.istio_version,
                    "NAMESPACE": namespace_of(&s.proxy),
                }},
                "genericXdsConfigs": configs,
            })
        })
        .collect();
    let identifier = json!({"Component": "istiod", "ID": istiod_id}).to_string();
    let mut out = json!({
        "typeUrl": "type.googleapis.com/envoy.service.status.v3.ClientConfig",
        "controlPlane": {"identifier": identifier},
    });
    if !resources.is_empty() {
        out["resources"] = Value::Array(resources);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nonces_give_the_status() {
        let r = |sent: &str, acked: &str, err: &str| ResourceStatus {
            sent: sent.into(),
            acked: acked.into(),
            sent_time: None,
            last_error: err.into(),
        };
        assert_eq!(r("", "", "").config_status(), "NOT_SENT");
        assert_eq!(r("n1", "n1", "").config_status(), "SYNCED");
        assert_eq!(r("n2", "n1", "").config_status(), "STALE");
        assert_eq!(r("n2", "n1", "rejected").config_status(), "ERROR");
    }

    #[test]
    fn syncz_becomes_a_discovery_response() {
        let statuses: Vec<SyncStatus> = serde_json::from_str(
            r#"[{"cluster_id":"Kubernetes","proxy":"reviews-v1-abc.bookinfo","istio_version":"1.24.2",
                 "resources":{"type.googleapis.com/envoy.config.cluster.v3.Cluster":{"sent":"a","acked":"a","sentTime":"2024-05-01T10:00:00Z"},
                              "type.googleapis.com/envoy.config.listener.v3.Listener":{"sentTime":"0001-01-01T00:00:00Z"}}}]"#,
        )
        .unwrap();
        let v = to_discovery_response("istiod-1", &statuses);
        let res = &v["resources"][0];
        assert_eq!(res["node"]["metadata"]["NAMESPACE"], "bookinfo");
        assert_eq!(res["genericXdsConfigs"][0]["configStatus"], "SYNCED");
        assert_eq!(
            res["genericXdsConfigs"][0]["lastUpdated"],
            "2024-05-01T10:00:00Z"
        );
        assert_eq!(res["genericXdsConfigs"][1]["configStatus"], "NOT_SENT");
        assert!(res["genericXdsConfigs"][1].get("lastUpdated").is_none());
        assert_eq!(super::super::control_plane_id(&v), "istiod-1");
    }
}
