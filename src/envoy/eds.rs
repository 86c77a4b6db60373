//! `proxy-config eds`: endpoints from the EDS section of `/config_dump?include_eds=true`.

use serde_json::Value;

use super::dump::{ConfigDump, DumpError};
use super::model::{Address, ClusterLoadAssignment, LbEndpoint};
use super::{cluster_name_order, protojson};
use crate::output::table::Table;

/// istioctl's endpoint filters (shared by `eds` and `endpoint`).
#[derive(Debug, Clone, Default)]
pub struct EndpointFilter {
    /// `--address`: one of the endpoint's addresses, ignoring case (`ip:port` for `eds`).
    pub address: String,
    /// `--port`: the socket address port.
    pub port: u32,
    /// `--cluster`: the cluster name, ignoring case.
    pub cluster: String,
    /// `--status`: the health status name (`HEALTHY`, `UNHEALTHY`, ...), ignoring case.
    pub status: String,
}

impl EndpointFilter {
    pub fn is_empty(&self) -> bool {
        self.address.is_empty()
            && self.port == 0
            && self.cluster.is_empty()
            && self.status.is_empty()
    }

    /// The test every filter shares once the endpoint's facts are known.
    pub fn matches_parts(
        &self,
        addresses: &[String],
        port: u32,
        cluster: &str,
        status: &str,
    ) -> bool {
        if self.is_empty() {
            return true;
        }
        if !self.address.is_empty()
            && !addresses
                .iter()
                .any(|a| a.eq_ignore_ascii_case(&self.address))
        {
            return false;
        }
        if self.port != 0 && port != self.port {
            return false;
        }
        if !self.cluster.is_empty() && !cluster.eq_ignore_ascii_case(&self.cluster) {
            return false;
        }
        if !self.status.is_empty() && !status.eq_ignore_ascii_case(&self.status) {
            return false;
        }
        true
    }

    pub fn matches(&self, ep: &LbEndpoint, cluster: &str) -> bool {
        self.matches_parts(&addresses(ep), port(ep), cluster, ep.health_status())
    }
}

/// How an address reads in the table: `ip:port`, a pipe path, `envoy://listener/id`.
pub fn describe_address(a: Option<&Address>) -> String {
    let Some(a) = a else {
        return "unknown".into();
    };
    if let Some(s) = &a.socket_address {
        return format!("{}:{}", s.address, s.port_value);
    }
    if let Some(p) = &a.pipe {
        return p.path.clone();
    }
    if let Some(i) = &a.envoy_internal_address
        && let Some(l) = &i.server_listener_name
    {
        return format!("envoy://{}/{}", l, i.endpoint_id);
    }
    "unknown".into()
}

/// The endpoint's address then its additional addresses.
pub fn addresses(ep: &LbEndpoint) -> Vec<String> {
    let Some(e) = &ep.endpoint else {
        return vec!["unknown".into()];
    };
    std::iter::once(describe_address(e.address.as_ref()))
        .chain(
            e.additional_addresses
                .iter()
                .map(|a| describe_address(a.address.as_ref())),
        )
        .collect()
}

fn port(ep: &LbEndpoint) -> u32 {
    ep.endpoint
        .as_ref()
        .and_then(|e| e.address.as_ref())
        .and_then(|a| a.socket_address.as_ref())
        .map_or(0, |s| s.port_value)
}

/// One table row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EdsRow {
    pub address: String,
    pub status: String,
    pub locality: String,
    pub cluster: String,
}

/// A selected cluster load assignment: its index in the dump, its fields, and which of its
/// endpoints (per locality group) pass the filter.
type Selected = (usize, ClusterLoadAssignment, Vec<Vec<bool>>);

/// Cluster load assignments with at least one endpoint that passes the filter, each with the
/// indexes of its matching endpoints per locality group, sorted like clusters.
fn select(dump: &ConfigDump, filter: &EndpointFilter) -> Result<Vec<Selected>, DumpError> {
    let mut out = Vec::new();
    for (i, cla) in dump.endpoints()?.into_iter().enumerate() {
        let keep: Vec<Vec<bool>> = cla
            .endpoints
            .iter()
            .map(|g| {
                g.lb_endpoints
                    .iter()
                    .map(|ep| filter.matches(ep, &cla.cluster_name))
                    .collect()
            })
            .collect();
        if keep.iter().flatten().any(|k| *k) {
            out.push((i, cla, keep));
        }
    }
    out.sort_by(|a, b| cluster_name_order(&a.1.cluster_name, &b.1.cluster_name));
    Ok(out)
}

pub fn rows(dump: &ConfigDump, filter: &EndpointFilter) -> Result<Vec<EdsRow>, DumpError> {
    let mut out = Vec::new();
    for (_, cla, keep) in select(dump, filter)? {
        for (group, keep) in cla.endpoints.iter().zip(keep) {
            let locality = group
                .locality
                .as_ref()
                .map(|l| l.describe())
                .unwrap_or_default();
            for (ep, k) in group.lb_endpoints.iter().zip(keep) {
                if k {
                    out.push(EdsRow {
                        address: addresses(ep).join(","),
                        status: ep.health_status().to_string(),
                        locality: locality.clone(),
                        cluster: cla.cluster_name.clone(),
                    });
                }
            }
        }
    }
    Ok(out)
}

/// The table. `prefix` names rows `endpoint/<address>` as `all` does.
pub fn table(rows: &[EdsRow], prefix: bool) -> Table {
    let mut t = Table::with_header(5, &["NAME", "STATUS", "LOCALITY", "CLUSTER"]);
    for r in rows {
        let name = if prefix {
            format!("endpoint/{}", r.address)
        } else {
            r.address.clone()
        };
        t.row(vec![
            name,
            r.status.clone(),
            r.locality.clone(),
            r.cluster.clone(),
        ]);
    }
    t
}

/// `-o json|yaml`: the matching cluster load assignments with only the matching endpoints.
pub fn json(dump: &ConfigDump, filter: &EndpointFilter) -> Result<Value, DumpError> {
    let raws = dump.raw_endpoints()?;
    let mut out = Vec::new();
    for (i, _, keep) in select(dump, filter)? {
        let Some(raw) = raws.get(i) else { continue };
        let mut v: Value =
            serde_json::from_str(raw.get()).map_err(|source| DumpError::Section {
                what: "cluster load assignment",
                source,
            })?;
        if let Some(Value::Array(groups)) = v.get_mut("endpoints") {
            for (group, keep) in groups.iter_mut().zip(&keep) {
                let key = if group.get("lb_endpoints").is_some() {
                    "lb_endpoints"
                } else {
                    "lbEndpoints"
                };
                if let Some(Value::Array(eps)) = group.get_mut(key) {
                    let mut k = keep.iter();
                    eps.retain(|_| k.next().copied().unwrap_or(false));
                    if eps.is_empty()
                        && let Some(obj) = group.as_object_mut()
                    {
                        // protojson omits empty repeated fields
                        obj.shift_remove(key);
                    }
                }
            }
        }
        if let Some(obj) = v.as_object_mut() {
            obj.shift_remove("@type");
        }
        protojson::to_camel_case(&mut v);
        out.push(v);
    }
    Ok(Value::Array(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ep(json: &str) -> LbEndpoint {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn filters_on_address_port_cluster_and_status() {
        let e = ep(
            r#"{"endpoint":{"address":{"socket_address":{"address":"10.0.0.1","port_value":8080}}},"health_status":"HEALTHY"}"#,
        );
        let f = |address: &str, port: u32, cluster: &str, status: &str| EndpointFilter {
            address: address.into(),
            port,
            cluster: cluster.into(),
            status: status.into(),
        };
        assert!(f("", 0, "", "").matches(&e, "c"));
        assert!(f("10.0.0.1:8080", 0, "", "").matches(&e, "c"));
        assert!(!f("10.0.0.1", 0, "", "").matches(&e, "c"));
        assert!(f("", 8080, "", "").matches(&e, "c"));
        assert!(!f("", 80, "", "").matches(&e, "c"));
        assert!(f("", 0, "OUTBOUND|80||A", "").matches(&e, "outbound|80||a"));
        assert!(!f("", 0, "other", "").matches(&e, "c"));
        assert!(f("", 0, "", "healthy").matches(&e, "c"));
        assert!(!f("", 0, "", "UNHEALTHY").matches(&e, "c"));
    }

    #[test]
    fn addresses_cover_pipes_internal_and_additional() {
        let e = ep(
            r#"{"endpoint":{"address":{"envoy_internal_address":{"server_listener_name":"connect_originate","endpoint_id":"10.1.1.1:80"}},
                      "additional_addresses":[{"address":{"socket_address":{"address":"::1","port_value":80}}}]}}"#,
        );
        assert_eq!(
            addresses(&e),
            vec!["envoy://connect_originate/10.1.1.1:80", "::1:80"]
        );
        assert_eq!(e.health_status(), "UNKNOWN");
        let p = ep(r#"{"endpoint":{"address":{"pipe":{"path":"/sock"}}}}"#);
        assert_eq!(addresses(&p), vec!["/sock"]);
    }
}
