//! `-l/--selector` for `proxy-config` and `proxy-status`: every running pod a label selector
//! matches. `proxy-config` shows the view once when all replicas agree, and otherwise the first
//! pod's view and, for each pod that disagrees, a diff against it; `proxy-status` keeps the
//! rows of the matching pods.

use std::io::Write;
use std::time::Duration;

use crate::cluster::{self, Selector};
use crate::cmd::proxy_config::{SourceArgs, dump_error, fetch};
use crate::context::Context;
use crate::envoy::dump::{ConfigDump, DumpError};
use crate::envoy::live::{LiveSource, bounded, cluster_for};
use crate::envoy::source::{AdminDoc, DumpSource};
use crate::exit::{Exit, UsageError};

/// The running pods `selector` matches in the command's namespace, by name: `(namespace, name)`.
pub fn running_pods(
    ctx: &Context,
    selector: &str,
    timeout: Duration,
) -> anyhow::Result<Vec<(String, String)>> {
    let cluster = cluster_for(ctx.cluster()?, timeout);
    let ns = cluster.namespace(ctx.namespace()).to_string();
    let pods = cluster::block_on(bounded(
        || format!("listing pods matching {selector} in namespace {ns}"),
        timeout,
        cluster.list_pods(&ns, &Selector::labels(selector)),
    ))?;
    let mut out: Vec<(String, String)> = pods
        .into_iter()
        .filter(|p| {
            p.status.as_ref().and_then(|s| s.phase.as_deref()) == Some("Running")
                && p.metadata.deletion_timestamp.is_none()
        })
        .map(|p| {
            (
                p.metadata.namespace.unwrap_or_else(|| ns.clone()),
                p.metadata.name.unwrap_or_default(),
            )
        })
        .collect();
    if out.is_empty() {
        return Err(anyhow::anyhow!(
            "no running pod matches selector {selector} in namespace {ns}"
        ));
    }
    out.sort();
    Ok(out)
}

/// A `proxy-config` view of every pod the selector matches, with diffs where replicas differ.
pub fn each_pod(
    sub: &str,
    selector: &str,
    s: &SourceArgs,
    ctx: &Context,
    doc: AdminDoc,
    view: impl Fn(&ConfigDump) -> Result<String, DumpError>,
) -> anyhow::Result<Exit> {
    if s.file.is_some() || s.pod.is_some() {
        return Err(UsageError::error(format!(
            "{sub}: give a pod, --file or --selector, not several"
        )));
    }
    let pods = running_pods(ctx, selector, s.admin.timeout)?;
    let cluster = ctx.cluster()?;
    let mut views = Vec::new();
    for (ns, name) in &pods {
        let live = LiveSource::new(
            cluster.clone(),
            &format!("{name}.{ns}"),
            ns,
            s.admin.proxy_admin_port,
            s.admin.timeout,
        )
        .map_err(|e| UsageError::error(e.to_string()))?;
        let src = DumpSource::Pod(Box::new(live));
        let text = fetch(&src, doc)?;
        let dump = ConfigDump::parse(&text).map_err(|e| dump_error(&src, e))?;
        views.push((
            format!("{name}.{ns}"),
            view(&dump).map_err(|e| dump_error(&src, e))?,
        ));
    }
    let mut out = std::io::stdout().lock();
    out.write_all(render(selector, &views).as_bytes())?;
    out.flush()?;
    Ok(Exit::Ok)
}

/// The first pod's view; then each pod that differs, as a unified diff against the first.
pub fn render(selector: &str, views: &[(String, String)]) -> String {
    let Some((first, base)) = views.first() else {
        return String::new();
    };
    let names: Vec<&str> = views.iter().map(|(n, _)| n.as_str()).collect();
    let differ: Vec<&(String, String)> = views.iter().filter(|(_, v)| v != base).collect();
    let mut s = if differ.is_empty() {
        format!(
            "{} pods match {selector} and agree: {}\n\n{base}",
            views.len(),
            names.join(", ")
        )
    } else {
        format!(
            "{} pods match {selector}; {} differ from {first}\n\n{first}:\n{base}",
            views.len(),
            differ.len()
        )
    };
    for (name, v) in differ {
        s.push('\n');
        s.push_str(
            &similar::TextDiff::from_lines(base.as_str(), v.as_str())
                .unified_diff()
                .context_radius(2)
                .header(first, name)
                .to_string(),
        );
    }
    s
}

/// Whether istiod's proxy ID (`pod.namespace`, or a node ID `type~ip~pod.namespace~domain`)
/// names one of `pods`.
pub fn is_one_of(proxy_id: &str, pods: &[(String, String)]) -> bool {
    let id = proxy_id.split('~').nth(2).unwrap_or(proxy_id);
    pods.iter().any(|(ns, name)| {
        id.strip_prefix(name.as_str())
            .and_then(|rest| rest.strip_prefix('.'))
            == Some(ns.as_str())
    })
}

/// Keep, in every istiod answer, the proxies of `pods`; warn about pods no istiod reports.
pub fn keep_proxies(
    ctx: &Context,
    sync: &mut crate::istiod::SyncResponses,
    pods: &[(String, String)],
) {
    let mut seen = vec![false; pods.len()];
    for (_, response) in sync.responses.iter_mut() {
        let Some(resources) = response
            .get_mut("resources")
            .and_then(serde_json::Value::as_array_mut)
        else {
            continue;
        };
        resources.retain(|r| {
            let id = r
                .get("node")
                .and_then(|n| n.get("id"))
                .and_then(serde_json::Value::as_str)
                .unwrap_or_default();
            for (i, p) in pods.iter().enumerate() {
                if is_one_of(id, std::slice::from_ref(p)) {
                    seen[i] = true;
                }
            }
            is_one_of(id, pods)
        });
    }
    for ((ns, name), seen) in pods.iter().zip(seen) {
        if !seen {
            crate::output::print_warning(
                ctx,
                &format!("pod {name}.{ns} matches the selector but no istiod reports its proxy"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agreeing_replicas_print_once_and_disagreeing_ones_diff() {
        let same = vec![
            ("a.ns".to_string(), "x\ny\n".to_string()),
            ("b.ns".into(), "x\ny\n".into()),
        ];
        assert_eq!(
            render("app=r", &same),
            "2 pods match app=r and agree: a.ns, b.ns\n\nx\ny\n"
        );
        let differ = vec![
            ("a.ns".to_string(), "x\ny\n".to_string()),
            ("b.ns".into(), "x\nz\n".into()),
        ];
        let r = render("app=r", &differ);
        assert!(
            r.starts_with(
                "2 pods match app=r; 1 differ from a.ns\n\na.ns:\nx\ny\n\n--- a.ns\n+++ b.ns\n"
            ),
            "{r}"
        );
        assert!(r.contains("-y\n+z\n"), "{r}");
    }
}
