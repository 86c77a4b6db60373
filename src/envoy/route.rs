//! `proxy-config route`: one row per route of each virtual host, or per route configuration.

use std::collections::HashSet;

use serde_json::Value;
use serde_json::value::RawValue;

use super::dump::{ConfigDump, DumpError};
use super::model::{RouteConfiguration, RouteMatch};
use super::{describe_management, model, protojson};
use crate::output::table::Table;

pub const PASSTHROUGH_CLUSTER: &str = "PassthroughCluster";

/// istioctl's route filter: `--name`, the exact route configuration name.
#[derive(Debug, Clone, Default)]
pub struct RouteFilter {
    pub name: String,
}

impl RouteFilter {
    pub fn matches(&self, rc: &RouteConfiguration) -> bool {
        self.name.is_empty() || self.name == rc.name
    }
}

/// The MATCH cell: `<prefix>*`, `PathPrefix:<p>`, the exact path, `regex <re>` (headers are not
/// shown).
pub fn describe_match(m: &RouteMatch) -> String {
    let mut conds = Vec::new();
    if let Some(p) = m.prefix.as_deref().filter(|p| !p.is_empty()) {
        conds.push(format!("{p}*"));
    }
    if let Some(p) = m.path_separated_prefix.as_deref().filter(|p| !p.is_empty()) {
        conds.push(format!("PathPrefix:{p}"));
    }
    if let Some(p) = m.path.as_deref().filter(|p| !p.is_empty()) {
        conds.push(p.to_string());
    }
    if let Some(r) = &m.safe_regex {
        conds.push(format!("regex {}", r.regex));
    }
    conds.join(" ")
}

/// The DOMAINS cell: the domains without ports (bracketed IPv6 kept), the short forms of
/// `x.svc` / `x.svc.cluster.local` folded into `x`, at most two then `+ N more...`.
pub fn describe_domains(domains: &[String]) -> String {
    match domains {
        [] => return String::new(),
        [one] => return one.clone(),
        _ => {}
    }
    let without_port: Vec<&str> = domains
        .iter()
        .map(String::as_str)
        .filter(|d| !d.contains(':') || (d.matches(':').count() > 2 && d.ends_with(']')))
        .collect();
    let unique: HashSet<&str> = without_port.iter().copied().collect();
    let kept: Vec<&str> = without_port
        .iter()
        .copied()
        .filter(|d| {
            let folds = |suffix: &str| {
                d.strip_suffix(suffix)
                    .is_some_and(|short| unique.contains(short))
            };
            !folds(".svc.cluster.local") && !folds(".svc")
        })
        .collect();
    const MAX: usize = 2;
    if kept.len() > MAX {
        format!("{} + {} more...", kept[..MAX].join(", "), kept.len() - MAX)
    } else {
        kept.join(", ")
    }
}

fn is_passthrough(r: &model::Route) -> bool {
    r.cluster() == Some(PASSTHROUGH_CLUSTER)
}

/// The route configurations in istioctl's order: dynamic then static, with each run of
/// consecutive numeric names (`8080`, `15010`) sorted numerically in place.
fn select<T>(
    mut routes: Vec<T>,
    rc: impl Fn(&T) -> &RouteConfiguration,
    filter: &RouteFilter,
) -> Result<Vec<T>, DumpError> {
    if routes.is_empty() {
        return Err(DumpError::Empty("routes"));
    }
    sort_numeric_runs(&mut routes, |r| rc(r).name.parse::<i64>().ok());
    routes.retain(|r| filter.matches(rc(r)));
    Ok(routes)
}

/// istioctl compares two names only when both are integers, and its sort (an insertion sort at
/// the sizes seen) then moves numeric names only past other numeric names: each maximal run of
/// numeric names ends up sorted and everything else stays where it was.
fn sort_numeric_runs<T>(items: &mut [T], key: impl Fn(&T) -> Option<i64>) {
    let mut start = 0;
    while start < items.len() {
        if key(&items[start]).is_none() {
            start += 1;
            continue;
        }
        let mut end = start;
        while end < items.len() && key(&items[end]).is_some() {
            end += 1;
        }
        items[start..end].sort_by_key(|i| key(i).unwrap_or_default());
        start = end;
    }
}

/// One row of the verbose table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RouteRow {
    pub name: String,
    pub vhost: String,
    pub domains: String,
    pub matches: String,
    pub virtual_service: String,
}

/// Verbose rows: one per route (routes to `PassthroughCluster` skipped; a virtual host without
/// routes prints `/*` and `404`).
pub fn rows(dump: &ConfigDump, filter: &RouteFilter) -> Result<Vec<RouteRow>, DumpError> {
    let mut out = Vec::new();
    for rc in &select(dump.routes()?, |r| r, filter)? {
        for vh in &rc.virtual_hosts {
            let domains = describe_domains(&vh.domains);
            for r in vh.routes.iter().filter(|r| !is_passthrough(r)) {
                out.push(RouteRow {
                    name: rc.name.clone(),
                    vhost: vh.name.clone(),
                    domains: domains.clone(),
                    matches: describe_match(&r.route_match),
                    virtual_service: describe_management(
                        r.metadata.as_ref().and_then(model::Metadata::istio_config),
                    ),
                });
            }
            if vh.routes.is_empty() {
                out.push(RouteRow {
                    name: rc.name.clone(),
                    vhost: vh.name.clone(),
                    domains,
                    matches: "/*".into(),
                    virtual_service: "404".into(),
                });
            }
        }
    }
    Ok(out)
}

/// Short rows: route configuration name and its number of virtual hosts.
pub fn summary_rows(
    dump: &ConfigDump,
    filter: &RouteFilter,
) -> Result<Vec<(String, usize)>, DumpError> {
    Ok(select(dump.routes()?, |r| r, filter)?
        .iter()
        .map(|rc| (rc.name.clone(), rc.virtual_hosts.len()))
        .collect())
}

/// The verbose table. `prefix` names rows `route/<name>` as `all` does.
pub fn table(rows: &[RouteRow], prefix: bool) -> Table {
    let mut t = Table::with_header(
        5,
        &["NAME", "VHOST NAME", "DOMAINS", "MATCH", "VIRTUAL SERVICE"],
    );
    for r in rows {
        t.row(vec![
            name_cell(&r.name, prefix),
            r.vhost.clone(),
            r.domains.clone(),
            r.matches.clone(),
            r.virtual_service.clone(),
        ]);
    }
    t
}

/// The `--verbose=false` table.
pub fn summary_table(rows: &[(String, usize)], prefix: bool) -> Table {
    let mut t = Table::with_header(5, &["NAME", "VIRTUAL HOSTS"]);
    for (name, n) in rows {
        t.row(vec![name_cell(name, prefix), n.to_string()]);
    }
    t
}

fn name_cell(name: &str, prefix: bool) -> String {
    if prefix {
        format!("route/{name}")
    } else {
        name.to_string()
    }
}

/// `-o json|yaml`: the selected route configurations as protojson.
pub fn json(dump: &ConfigDump, filter: &RouteFilter) -> Result<Value, DumpError> {
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
    filter: &RouteFilter,
) -> Result<Vec<&'a RawValue>, DumpError> {
    Ok(select(dump.route_items()?, |r| &r.value, filter)?
        .into_iter()
        .map(|i| i.raw)
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(v: &[&str]) -> String {
        describe_domains(&v.iter().map(|s| s.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn domains_follow_istioctl_rules() {
        assert_eq!(d(&[]), "");
        assert_eq!(d(&["example.com"]), "example.com");
        assert_eq!(d(&["example.com", "example.com:8080"]), "example.com");
        assert_eq!(
            d(&["example.com", "example.com:8080", "1.2.3.4", "1.2.3.4:8080"]),
            "example.com, 1.2.3.4"
        );
        assert_eq!(
            d(&["[fd00:10:96::7fc7]", "[fd00:10:96::7fc7]:8080"]),
            "[fd00:10:96::7fc7]"
        );
        assert_eq!(
            d(&["example.com", "www.example.com", "other.com"]),
            "example.com, www.example.com + 1 more..."
        );
        assert_eq!(
            d(&[
                "x",
                "x.svc",
                "x.svc.cluster.local",
                "x.svc.cluster.local:80"
            ]),
            "x"
        );
    }

    #[test]
    fn name_filter_is_exact() {
        let rc = RouteConfiguration {
            name: "8080".into(),
            ..Default::default()
        };
        assert!(RouteFilter::default().matches(&rc));
        assert!(
            RouteFilter {
                name: "8080".into()
            }
            .matches(&rc)
        );
        assert!(!RouteFilter { name: "808".into() }.matches(&rc));
    }

    #[test]
    fn numeric_names_sort_within_their_runs() {
        let mut names = vec!["9080", "80", "a", "15010", "443", "b", "7"];
        sort_numeric_runs(&mut names, |n| n.parse().ok());
        assert_eq!(names, vec!["80", "9080", "a", "443", "15010", "b", "7"]);
    }

    #[test]
    fn match_descriptions() {
        let m: RouteMatch = serde_json::from_str(r#"{"prefix":"/api"}"#).unwrap();
        assert_eq!(describe_match(&m), "/api*");
        let m: RouteMatch = serde_json::from_str(r#"{"path_separated_prefix":"/get"}"#).unwrap();
        assert_eq!(describe_match(&m), "PathPrefix:/get");
        let m: RouteMatch = serde_json::from_str(r#"{"safe_regex":{"regex":"/v[0-9]+"}}"#).unwrap();
        assert_eq!(describe_match(&m), "regex /v[0-9]+");
        let m: RouteMatch = serde_json::from_str(r#"{"path":"/exact"}"#).unwrap();
        assert_eq!(describe_match(&m), "/exact");
    }
}
