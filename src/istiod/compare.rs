//! `proxy-status <pod>`: does the proxy run what istiod sent? Compares the dynamic clusters,
//! listeners and routes of istiod's config dump for the proxy with the proxy's own dump.
//!
//! Both sides are normalised before the text diff: versions and update times stripped,
//! resources sorted by name (virtual hosts too), protojson field names, keys sorted.

use chrono::{DateTime, Utc};
use serde_json::{Map, Value};

use crate::envoy::dump::{ConfigDump, DumpError, section};
use crate::envoy::protojson;

/// Lines of context around each change, as istioctl.
const CONTEXT: usize = 7;

/// One compared part: a unified diff (empty when both sides match).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartDiff {
    pub title: &'static str,
    pub diff: String,
}

impl PartDiff {
    pub fn matches(&self) -> bool {
        self.diff.is_empty()
    }
}

/// The comparison of istiod's dump with Envoy's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comparison {
    pub clusters: PartDiff,
    pub listeners: PartDiff,
    pub routes: PartDiff,
    /// When Envoy last loaded a route configuration through RDS.
    pub rds_last_loaded: Option<DateTime<Utc>>,
}

/// Compare the two dumps.
pub fn compare(istiod: &ConfigDump, envoy: &ConfigDump) -> Comparison {
    let part = |title: &'static str, f: fn(&ConfigDump) -> Result<Value, DumpError>| {
        let text = |d: &ConfigDump| match f(d) {
            Ok(v) => protojson::to_json_string(&v),
            Err(e) => e.to_string(),
        };
        let a = text(istiod);
        let b = text(envoy);
        PartDiff {
            title,
            diff: unified_diff(&a, &b, title),
        }
    };
    Comparison {
        clusters: part("Clusters", dynamic_clusters),
        listeners: part("Listeners", dynamic_listeners),
        routes: part("Routes", dynamic_routes),
        rds_last_loaded: rds_last_loaded(envoy),
    }
}

fn unified_diff(istiod: &str, envoy: &str, title: &str) -> String {
    if istiod == envoy {
        return String::new();
    }
    similar::TextDiff::from_lines(istiod, envoy)
        .unified_diff()
        .context_radius(CONTEXT)
        .header(&format!("Istiod {title}"), &format!("Envoy {title}"))
        .to_string()
}

/// The report istioctl prints: `Clusters Match` or `Clusters Don't Match` and the diff, for
/// clusters, listeners and routes.
pub fn render(c: &Comparison) -> String {
    let mut out = String::new();
    let loaded = c
        .rds_last_loaded
        .map(|t| {
            format!(
                " (RDS last loaded at {})",
                t.format("%a, %d %b %Y %H:%M:%S UTC")
            )
        })
        .unwrap_or_default();
    for (p, suffix) in [
        (&c.clusters, ""),
        (&c.listeners, ""),
        (&c.routes, loaded.as_str()),
    ] {
        if p.matches() {
            out.push_str(&format!("{} Match{suffix}\n", p.title));
        } else {
            out.push_str(&format!("{} Don't Match{suffix}\n", p.title));
            out.push_str(&p.diff);
            out.push('\n');
        }
    }
    out
}

fn section_value(dump: &ConfigDump, url: &'static str) -> Result<Value, DumpError> {
    let raw = dump.raw_section(url)?;
    let mut v: Value = serde_json::from_str(raw.get()).map_err(|source| DumpError::Section {
        what: "section",
        source,
    })?;
    protojson::to_camel_case(&mut v);
    Ok(v)
}

fn take_array(v: &mut Value, key: &str) -> Vec<Value> {
    match v.get_mut(key).map(Value::take) {
        Some(Value::Array(a)) => a,
        _ => Vec::new(),
    }
}

fn name_at(v: &Value, path: &[&str]) -> String {
    let mut cur = v;
    for p in path {
        match cur.get(p) {
            Some(n) => cur = n,
            None => return String::new(),
        }
    }
    cur.as_str().unwrap_or_default().to_string()
}

fn strip(v: &mut Value, keys: &[&str]) {
    if let Some(o) = v.as_object_mut() {
        for k in keys {
            o.shift_remove(*k);
        }
    }
}

fn wrap(key: &str, items: Vec<Value>) -> Value {
    let mut out = Map::new();
    if !items.is_empty() {
        out.insert(key.into(), Value::Array(items));
    }
    let mut v = Value::Object(out);
    protojson::sort_keys(&mut v);
    v
}

fn dynamic_clusters(dump: &ConfigDump) -> Result<Value, DumpError> {
    let mut s = section_value(dump, section::CLUSTERS)?;
    let mut items = take_array(&mut s, "dynamicActiveClusters");
    items.sort_by_cached_key(|c| name_at(c, &["cluster", "name"]));
    items
        .iter_mut()
        .for_each(|c| strip(c, &["versionInfo", "lastUpdated"]));
    Ok(wrap("dynamicActiveClusters", items))
}

fn dynamic_listeners(dump: &ConfigDump) -> Result<Value, DumpError> {
    let mut s = section_value(dump, section::LISTENERS)?;
    let mut items: Vec<Value> = take_array(&mut s, "dynamicListeners")
        .into_iter()
        .filter(|l| l.get("activeState").is_some())
        .collect();
    items.sort_by_cached_key(|l| name_at(l, &["activeState", "listener", "name"]));
    for l in &mut items {
        strip(l, &["drainingState", "name", "warmingState", "errorState"]);
        if let Some(a) = l.get_mut("activeState") {
            strip(a, &["versionInfo", "lastUpdated"]);
        }
    }
    Ok(wrap("dynamicListeners", items))
}

fn dynamic_routes(dump: &ConfigDump) -> Result<Value, DumpError> {
    let mut s = section_value(dump, section::ROUTES)?;
    let mut items = take_array(&mut s, "dynamicRouteConfigs");
    items.sort_by_cached_key(|r| name_at(r, &["routeConfig", "name"]));
    for r in &mut items {
        strip(r, &["versionInfo", "lastUpdated"]);
        if let Some(Value::Array(vhosts)) = r
            .get_mut("routeConfig")
            .and_then(|rc| rc.get_mut("virtualHosts"))
        {
            vhosts.sort_by_cached_key(|vh| name_at(vh, &["name"]));
        }
    }
    Ok(wrap("dynamicRouteConfigs", items))
}

fn rds_last_loaded(dump: &ConfigDump) -> Option<DateTime<Utc>> {
    let s = section_value(dump, section::ROUTES).ok()?;
    s.get("dynamicRouteConfigs")?
        .as_array()?
        .iter()
        .filter_map(|r| r.get("lastUpdated")?.as_str())
        .filter_map(|t| DateTime::parse_from_rfc3339(t).ok())
        .map(|t| t.with_timezone(&Utc))
        .max()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dump(routes: &str) -> String {
        format!(
            r#"{{"configs":[
              {{"@type":"type.googleapis.com/envoy.admin.v3.ClustersConfigDump","dynamic_active_clusters":[
                 {{"version_info":"v1","cluster":{{"name":"b"}}}},{{"version_info":"v2","cluster":{{"name":"a"}}}}]}},
              {{"@type":"type.googleapis.com/envoy.admin.v3.ListenersConfigDump","dynamic_listeners":[]}},
              {{"@type":"type.googleapis.com/envoy.admin.v3.RoutesConfigDump","dynamic_route_configs":[{routes}]}}]}}"#
        )
    }

    #[test]
    fn versions_and_order_do_not_count_but_content_does() {
        let a = dump(
            r#"{"last_updated":"2024-01-01T00:00:00Z","route_config":{"name":"80","virtual_hosts":[{"name":"x"},{"name":"y"}]}}"#,
        );
        let b = dump(
            r#"{"last_updated":"2024-02-01T00:00:00Z","route_config":{"name":"80","virtual_hosts":[{"name":"y"},{"name":"x"}]}}"#,
        );
        let (a, b) = (
            ConfigDump::parse(&a).unwrap(),
            ConfigDump::parse(&b).unwrap(),
        );
        let c = compare(&a, &b);
        assert!(
            c.clusters.matches() && c.listeners.matches() && c.routes.matches(),
            "{c:?}"
        );
        assert_eq!(
            render(&c),
            "Clusters Match\nListeners Match\nRoutes Match (RDS last loaded at Thu, 01 Feb 2024 00:00:00 UTC)\n"
        );

        let d = dump(r#"{"route_config":{"name":"80","virtual_hosts":[{"name":"z"}]}}"#);
        let d = ConfigDump::parse(&d).unwrap();
        let c = compare(&a, &d);
        assert!(c.clusters.matches());
        assert!(!c.routes.matches());
        assert!(
            c.routes
                .diff
                .starts_with("--- Istiod Routes\n+++ Envoy Routes\n"),
            "{}",
            c.routes.diff
        );
        assert!(render(&c).contains("Routes Don't Match\n"));
    }

    #[test]
    fn a_missing_section_differs_from_a_present_one() {
        let text = dump("");
        let a = ConfigDump::parse(&text).unwrap();
        let b = ConfigDump::parse(r#"{"configs":[]}"#).unwrap();
        let c = compare(&a, &b);
        assert!(!c.clusters.matches());
        assert!(
            c.clusters
                .diff
                .contains("+config dump has no configuration type")
        );
    }
}
