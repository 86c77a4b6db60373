//! `proxy-config endpoint`: hosts from Envoy's `/clusters?format=json` (`envoy.admin.v3.Clusters`).

use serde_json::Value;
use serde_json::value::RawValue;

use super::dump::DumpError;
use super::eds::{EndpointFilter, describe_address};
use super::model::{self, ClusterStatus, HostStatus};
use super::protojson;
use crate::output::table::Table;

/// The cluster statuses of a `/clusters?format=json` answer, each with its raw JSON.
pub struct ClustersDump<'a> {
    statuses: Vec<(&'a RawValue, ClusterStatus)>,
    /// Whether the document has a `cluster_statuses` field at all. Envoy prints `{}` only when
    /// it knows no cluster, which an Istio proxy (its bootstrap defines some) never does.
    pub declared: bool,
}

impl<'a> ClustersDump<'a> {
    pub fn parse(text: &'a str) -> Result<Self, DumpError> {
        let top: model::Clusters<'a> = serde_json::from_str(text).map_err(DumpError::Parse)?;
        if top.cluster_statuses.is_empty() && is_config_dump(text) {
            return Err(DumpError::WrongDocument {
                expected: super::dump::CLUSTERS_OUTPUT,
                got: super::dump::CONFIG_DUMP,
                hint: " (for the endpoints in a config dump use `proxy-config eds -f`)",
            });
        }
        let declared = !top.cluster_statuses.is_empty() || has_cluster_statuses(text);
        let mut statuses = Vec::with_capacity(top.cluster_statuses.len());
        for raw in top.cluster_statuses {
            let s: ClusterStatus =
                serde_json::from_str(raw.get()).map_err(|source| DumpError::Section {
                    what: "cluster status",
                    source,
                })?;
            statuses.push((raw, s));
        }
        Ok(ClustersDump { statuses, declared })
    }
}

/// Whether `text` has a top-level `cluster_statuses` (or `clusterStatuses`) field.
fn has_cluster_statuses(text: &str) -> bool {
    #[derive(serde::Deserialize)]
    struct Head {
        #[serde(default, alias = "clusterStatuses")]
        cluster_statuses: Option<serde::de::IgnoredAny>,
    }
    serde_json::from_str::<Head>(text).is_ok_and(|h| h.cluster_statuses.is_some())
}

/// Whether `text` is a config dump (a top-level `configs` list).
fn is_config_dump(text: &str) -> bool {
    #[derive(serde::Deserialize)]
    struct Head {
        #[serde(default)]
        configs: Option<serde::de::IgnoredAny>,
    }
    serde_json::from_str::<Head>(text).is_ok_and(|h| h.configs.is_some())
}

/// A host's address as the table shows it (a pipe reads `unix://path`).
fn host_address(h: &HostStatus) -> String {
    match &h.address {
        Some(a) if a.socket_address.is_some() => a
            .socket_address
            .as_ref()
            .map(|s| s.address.clone())
            .unwrap_or_default(),
        Some(a) if a.pipe.is_some() => {
            format!(
                "unix://{}",
                a.pipe.as_ref().map(|p| p.path.as_str()).unwrap_or_default()
            )
        }
        other => describe_address(other.as_ref()),
    }
}

fn host_port(h: &HostStatus) -> u32 {
    h.address
        .as_ref()
        .and_then(|a| a.socket_address.as_ref())
        .map_or(0, |s| s.port_value)
}

fn host_status(h: &HostStatus) -> &str {
    h.health_status
        .eds_health_status
        .as_deref()
        .unwrap_or("UNKNOWN")
}

fn host_matches(filter: &EndpointFilter, h: &HostStatus, cluster: &str) -> bool {
    filter.matches_parts(&[host_address(h)], host_port(h), cluster, host_status(h))
}

/// One table row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EndpointRow {
    pub address: String,
    pub port: u32,
    pub status: String,
    pub failed_outlier_check: bool,
    pub cluster: String,
}

impl EndpointRow {
    /// `address:port`, or the address alone when there is no port.
    pub fn endpoint(&self) -> String {
        if self.port != 0 {
            format!("{}:{}", self.address, self.port)
        } else {
            self.address.clone()
        }
    }
}

/// Matching hosts sorted by address, port, cluster.
pub fn rows(dump: &ClustersDump, filter: &EndpointFilter) -> Vec<EndpointRow> {
    let mut out: Vec<EndpointRow> = dump
        .statuses
        .iter()
        .flat_map(|(_, c)| {
            c.host_statuses
                .iter()
                .filter(|h| host_matches(filter, h, &c.name))
                .map(|h| EndpointRow {
                    address: host_address(h),
                    port: host_port(h),
                    status: host_status(h).to_string(),
                    failed_outlier_check: h.health_status.failed_outlier_check,
                    cluster: c.name.clone(),
                })
        })
        .collect();
    out.sort_by(|a, b| {
        a.address
            .cmp(&b.address)
            .then(a.port.cmp(&b.port))
            .then_with(|| a.cluster.cmp(&b.cluster))
    });
    out
}

pub fn table(rows: &[EndpointRow]) -> Table {
    let mut t = Table::with_header(5, &["ENDPOINT", "STATUS", "OUTLIER CHECK", "CLUSTER"]);
    for r in rows {
        let outlier = if r.failed_outlier_check {
            "FAILED"
        } else {
            "OK"
        };
        t.row(vec![
            r.endpoint(),
            r.status.clone(),
            outlier.to_string(),
            r.cluster.clone(),
        ]);
    }
    t
}

/// `-o json|yaml`: the cluster statuses that have at least one matching host (all their hosts).
pub fn json(dump: &ClustersDump, filter: &EndpointFilter) -> Result<Value, DumpError> {
    let mut out = Vec::new();
    for (raw, c) in &dump.statuses {
        if c.host_statuses
            .iter()
            .any(|h| host_matches(filter, h, &c.name))
        {
            out.push(protojson::message(raw)?);
        }
    }
    Ok(Value::Array(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    const CLUSTERS: &str = r#"{"cluster_statuses":[
      {"name":"outbound|80||b.ns","host_statuses":[
        {"address":{"socket_address":{"address":"10.0.0.2","port_value":80}},"health_status":{"eds_health_status":"HEALTHY"}},
        {"address":{"socket_address":{"address":"10.0.0.1","port_value":80}},"health_status":{"eds_health_status":"UNHEALTHY","failed_outlier_check":true}}]},
      {"name":"sds-grpc","host_statuses":[{"address":{"pipe":{"path":"/sock"}},"health_status":{"eds_health_status":"HEALTHY"}}]}]}"#;

    #[test]
    fn rows_sort_by_address_and_flag_outliers() {
        let dump = ClustersDump::parse(CLUSTERS).unwrap();
        let rows = rows(&dump, &EndpointFilter::default());
        let got: Vec<(String, &str, bool)> = rows
            .iter()
            .map(|r| (r.endpoint(), r.status.as_str(), r.failed_outlier_check))
            .collect();
        assert_eq!(
            got,
            vec![
                ("10.0.0.1:80".to_string(), "UNHEALTHY", true),
                ("10.0.0.2:80".to_string(), "HEALTHY", false),
                ("unix:///sock".to_string(), "HEALTHY", false),
            ]
        );
    }

    #[test]
    fn address_filter_takes_the_bare_address() {
        let dump = ClustersDump::parse(CLUSTERS).unwrap();
        let f = EndpointFilter {
            address: "10.0.0.2".into(),
            ..Default::default()
        };
        let rows = rows(&dump, &f);
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].address, "10.0.0.2");
        let f = EndpointFilter {
            status: "unhealthy".into(),
            ..Default::default()
        };
        assert_eq!(super::rows(&dump, &f).len(), 1);
    }

    #[test]
    fn a_config_dump_is_the_wrong_document() {
        let err = ClustersDump::parse(r#"{"configs": []}"#)
            .err()
            .expect("a config dump is refused");
        assert_eq!(
            err.to_string(),
            "the input is an Envoy config dump (/config_dump), not Envoy's /clusters?format=json output (for the endpoints in a config dump use `proxy-config eds -f`)"
        );
    }

    #[test]
    fn a_document_without_cluster_statuses_is_told_apart() {
        let bare = ClustersDump::parse("{}").expect("`{}` reads as no cluster, as in istioctl");
        assert!(!bare.declared && rows(&bare, &EndpointFilter::default()).is_empty());
        let listed = ClustersDump::parse(r#"{"clusterStatuses": []}"#).expect("parses");
        assert!(listed.declared);
    }

    #[test]
    fn an_empty_answer_has_no_rows() {
        let dump = ClustersDump::parse(r#"{"cluster_statuses": []}"#).unwrap();
        assert!(rows(&dump, &EndpointFilter::default()).is_empty());
        assert_eq!(
            json(&dump, &EndpointFilter::default()).unwrap(),
            Value::Array(vec![])
        );
    }
}
