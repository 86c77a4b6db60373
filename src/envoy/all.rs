//! `proxy-config all`: every summary in one report, each under a section title.

use chrono::{DateTime, Utc};

use super::cluster::{self, ClusterFilter};
use super::dump::{ConfigDump, DumpError};
use super::eds::{self, EndpointFilter};
use super::listener::{self, ListenerFilter};
use super::route::{self, RouteFilter};
use super::{bootstrap, secret};

/// The filters `all` accepts: those of each section's own subcommand.
#[derive(Debug, Clone, Default)]
pub struct AllFilters {
    pub cluster: ClusterFilter,
    pub listener: ListenerFilter,
    pub route: RouteFilter,
    pub endpoint: EndpointFilter,
    /// `--verbose` (listener chains and route rows).
    pub verbose: bool,
}

/// What `all` prints for a dump taken without `?include_eds=true`.
pub const NO_EDS: &str =
    "No endpoints section in this dump (take it with /config_dump?include_eds=true).\n";

fn header(out: &mut String, title: &str, with_headers: bool) {
    if with_headers {
        out.push_str("------ ");
        out.push_str(title);
        out.push_str(" ------\n\n");
    }
}

/// The report: bootstrap, clusters, listeners, routes, secrets and endpoints, separated by a
/// blank line; `with_headers` puts `------ TITLE ------` and a blank line before each. Rows are
/// named `<kind>/<name>` so they can be told apart.
pub fn summary(
    dump: &ConfigDump,
    filters: &AllFilters,
    with_headers: bool,
    now: DateTime<Utc>,
) -> Result<String, DumpError> {
    let mut out = String::new();

    header(&mut out, "BOOTSTRAP INFO", with_headers);
    out.push_str(&bootstrap::table(&bootstrap::rows(dump)?).render());
    out.push('\n');

    header(&mut out, "CLUSTER INFO", with_headers);
    let rows = cluster::rows(dump, &filters.cluster)?;
    out.push_str(&cluster::table(&rows, true).render());
    out.push('\n');

    header(&mut out, "LISTENER INFO", with_headers);
    let rows = listener::rows(dump, &filters.listener, filters.verbose)?;
    out.push_str(&listener::table(&rows, filters.verbose, true).render());
    out.push('\n');

    header(&mut out, "ROUTE INFO", with_headers);
    if filters.verbose {
        let rows = route::rows(dump, &filters.route)?;
        out.push_str(&route::table(&rows, true).render());
    } else {
        let rows = route::summary_rows(dump, &filters.route)?;
        out.push_str(&route::summary_table(&rows, true).render());
    }
    out.push('\n');

    header(&mut out, "SECRET INFO", with_headers);
    match secret::rows(dump, now) {
        Ok(Some(rows)) => out.push_str(&secret::table(&rows, true).render()),
        Ok(None) => {
            out.push_str(secret::NO_SECRETS);
            out.push('\n');
        }
        Err(DumpError::MissingSection(_)) => out.push_str("No secrets section in this dump.\n"),
        Err(e) => return Err(e),
    }
    out.push('\n');

    header(&mut out, "ENDPOINTS INFO", with_headers);
    // istioctl fails here on a dump taken without EDS; the rest of the report is still useful
    match eds::rows(dump, &filters.endpoint) {
        Ok(rows) => out.push_str(&eds::table(&rows, true).render()),
        Err(DumpError::MissingSection(_)) => out.push_str(NO_EDS),
        Err(e) => return Err(e),
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dump_without_eds_or_secrets_still_reports_the_rest() {
        let text = r#"{"configs":[
          {"@type":"type.googleapis.com/envoy.admin.v3.BootstrapConfigDump","bootstrap":{}},
          {"@type":"type.googleapis.com/envoy.admin.v3.ClustersConfigDump","static_clusters":[{"cluster":{"name":"agent"}}]},
          {"@type":"type.googleapis.com/envoy.admin.v3.ListenersConfigDump","static_listeners":[{"listener":{"name":"l"}}]},
          {"@type":"type.googleapis.com/envoy.admin.v3.RoutesConfigDump","static_route_configs":[{"route_config":{"name":"r"}}]}]}"#;
        let dump = ConfigDump::parse(text).unwrap();
        let out = summary(&dump, &AllFilters::default(), false, Utc::now()).unwrap();
        assert!(out.contains("cluster/agent"), "{out}");
        assert!(out.contains("No secrets section in this dump.\n"), "{out}");
        assert!(out.ends_with(NO_EDS), "{out}");
    }
}
