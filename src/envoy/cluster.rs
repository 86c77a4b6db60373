//! `proxy-config cluster`: one row per cluster.

use serde_json::Value;
use serde_json::value::RawValue;

use super::dump::{ConfigDump, DumpError};
use super::{cluster_name_order, describe_management, model, parse_subset_key, protojson};
use crate::output::table::Table;

/// istioctl's cluster filters. Each is a substring test on the cluster name; all must hold.
#[derive(Debug, Clone, Default)]
pub struct ClusterFilter {
    /// `--fqdn`: substring of the name.
    pub fqdn: String,
    /// `--port`: the name contains `|PORT|`.
    pub port: u32,
    /// `--subset`: substring of the name.
    pub subset: String,
    /// `--direction`: substring of the name (`inbound`, `outbound`, `inbound-vip`).
    pub direction: String,
}

impl ClusterFilter {
    pub fn matches(&self, name: &str) -> bool {
        if !self.fqdn.is_empty() && !name.contains(&self.fqdn) {
            return false;
        }
        if !self.direction.is_empty() && !name.contains(&self.direction) {
            return false;
        }
        if !self.subset.is_empty() && !name.contains(&self.subset) {
            return false;
        }
        if self.port != 0 && !name.contains(&format!("|{}|", self.port)) {
            return false;
        }
        true
    }
}

/// One cluster as the table shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClusterRow {
    pub name: String,
    /// FQDN, port, subset and direction from an Istio subset key; `None` for other names.
    pub key: Option<(String, String, String, String)>,
    pub discovery_type: String,
    pub destination_rule: String,
}

/// The clusters in istioctl's order (FQDN, subset, port, direction) that pass the filter.
fn select<T>(
    mut clusters: Vec<T>,
    cluster: impl Fn(&T) -> &model::Cluster,
    filter: &ClusterFilter,
) -> Result<Vec<T>, DumpError> {
    if clusters.is_empty() {
        return Err(DumpError::Empty("clusters"));
    }
    clusters.sort_by(|a, b| cluster_name_order(&cluster(a).name, &cluster(b).name));
    clusters.retain(|c| filter.matches(&cluster(c).name));
    Ok(clusters)
}

/// The table rows for the selected clusters.
pub fn rows(dump: &ConfigDump, filter: &ClusterFilter) -> Result<Vec<ClusterRow>, DumpError> {
    Ok(select(dump.clusters()?, |c| c, filter)?
        .iter()
        .map(row)
        .collect())
}

fn row(c: &model::Cluster) -> ClusterRow {
    let key = parse_subset_key(&c.name).map(|k| {
        let subset = if k.subset.is_empty() { "-" } else { k.subset };
        (
            k.fqdn.to_string(),
            k.port.to_string(),
            subset.to_string(),
            k.direction.to_string(),
        )
    });
    ClusterRow {
        name: c.name.clone(),
        key,
        discovery_type: c.discovery_type().to_string(),
        destination_rule: describe_management(
            c.metadata.as_ref().and_then(model::Metadata::istio_config),
        ),
    }
}

/// The table. `with_name` adds the `NAME` column (`cluster/<name>`) that `all` prints.
pub fn table(rows: &[ClusterRow], with_name: bool) -> Table {
    let mut header = vec![
        "SERVICE FQDN",
        "PORT",
        "SUBSET",
        "DIRECTION",
        "TYPE",
        "DESTINATION RULE",
    ];
    if with_name {
        header.insert(0, "NAME");
    }
    let mut t = Table::with_header(5, &header);
    for r in rows {
        let mut cells = match &r.key {
            Some((fqdn, port, subset, direction)) => {
                let mut cells = vec![
                    fqdn.clone(),
                    port.clone(),
                    subset.clone(),
                    direction.clone(),
                ];
                if with_name {
                    cells.insert(0, format!("cluster/{}", r.name));
                }
                cells
            }
            None if with_name && !r.name.is_empty() => {
                // istioctl repeats the prefixed name in the FQDN column here
                let n = format!("cluster/{}", r.name);
                vec![n.clone(), n, "-".into(), "-".into(), "-".into()]
            }
            None => vec![r.name.clone(), "-".into(), "-".into(), "-".into()],
        };
        cells.push(r.discovery_type.clone());
        cells.push(r.destination_rule.clone());
        t.row(cells);
    }
    t
}

/// `-o json|yaml`: the selected clusters as protojson.
pub fn json(dump: &ConfigDump, filter: &ClusterFilter) -> Result<Value, DumpError> {
    selected_raw(dump, filter)?
        .into_iter()
        .map(protojson::message)
        .collect::<Result<Vec<_>, _>>()
        .map(Value::Array)
}

/// The selected resources as their dump text, in order, for streaming `-o json|yaml`: each
/// becomes protojson with [`protojson::message`].
pub fn selected_raw<'a>(
    dump: &ConfigDump<'a>,
    filter: &ClusterFilter,
) -> Result<Vec<&'a RawValue>, DumpError> {
    Ok(select(dump.cluster_items()?, |c| &c.value, filter)?
        .into_iter()
        .map(|i| i.raw)
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_are_substring_tests_on_the_name() {
        let name = "outbound|9080|v1|reviews.default.svc.cluster.local";
        let f = |fqdn: &str, port: u32, subset: &str, direction: &str| ClusterFilter {
            fqdn: fqdn.into(),
            port,
            subset: subset.into(),
            direction: direction.into(),
        };
        assert!(f("", 0, "", "").matches(name));
        assert!(f("reviews", 0, "", "").matches(name));
        assert!(!f("ratings", 0, "", "").matches(name));
        assert!(f("", 9080, "", "").matches(name));
        assert!(!f("", 908, "", "").matches(name));
        assert!(f("", 0, "v1", "").matches(name));
        assert!(!f("", 0, "v2", "").matches(name));
        assert!(f("", 0, "", "outbound").matches(name));
        assert!(!f("", 0, "", "inbound").matches(name));
        assert!(!f("reviews", 9080, "v2", "").matches(name));
    }
}
