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
    match secret::rows(dump, now)? {
        Some(rows) => out.push_str(&secret::table(&rows, true).render()),
        None => {
            out.push_str(secret::NO_SECRETS);
            out.push('\n');
        }
    }
    out.push('\n');

    header(&mut out, "ENDPOINTS INFO", with_headers);
    let rows = eds::rows(dump, &filters.endpoint)?;
    out.push_str(&eds::table(&rows, true).render());
    Ok(out)
}
