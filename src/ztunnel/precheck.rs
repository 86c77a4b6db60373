//! Ambient-mode checks for `precheck`: what the API server tells about ztunnel, the Istio CNI
//! node agent, namespaces enrolled in ambient mode and the nodes they run on. A cluster
//! without ambient mode passes (the checks say it is not installed).

use k8s_openapi::api::apps::v1::DaemonSet;
use k8s_openapi::api::core::v1::{Namespace, Node};

use crate::cluster::{Cluster, ClusterError, Selector};
use crate::install::precheck::{Check, Outcome};

/// The section of these checks in `precheck`'s output.
pub const GROUP: &str = "Ambient mode";
/// The Istio CNI node agent's DaemonSet in Istio's charts.
pub const CNI_DAEMONSET: &str = "istio-cni-node";

fn check(status: Outcome, name: String, detail: Option<String>, hint: Option<String>) -> Check {
    Check {
        group: GROUP,
        name,
        status,
        code: None,
        detail,
        hint,
    }
}

/// A failed read is itself a finding (a warning naming what could not be read), not an end.
fn unreadable(what: &str, e: &ClusterError) -> Check {
    check(
        Outcome::Warning,
        format!("cannot read {what}"),
        Some(e.to_string()),
        Some(format!("grant read access to {what} to check ambient mode")),
    )
}

async fn daemonset(
    cluster: &Cluster,
    ns: &str,
    name: &str,
) -> Result<Option<DaemonSet>, ClusterError> {
    let api: kube::Api<DaemonSet> = kube::Api::namespaced(cluster.client(), ns);
    cluster
        .call(&format!("getting DaemonSet {ns}/{name}"), api.get_opt(name))
        .await
}

/// `ready/desired` of a DaemonSet, and whether all are ready.
fn rollout(ds: &DaemonSet) -> (String, bool) {
    let (ready, desired) = ds
        .status
        .as_ref()
        .map_or((0, 0), |s| (s.number_ready, s.desired_number_scheduled));
    (
        format!("{ready}/{desired} ready"),
        ready == desired && desired > 0,
    )
}

/// The ambient checks.
pub async fn checks(cluster: &Cluster, istio_ns: &str) -> Vec<Check> {
    let mut out = Vec::new();
    let zt = daemonset(cluster, istio_ns, crate::ztunnel::live::ZTUNNEL_DAEMONSET).await;
    let cni = daemonset(cluster, istio_ns, CNI_DAEMONSET).await;
    let ns_api: kube::Api<Namespace> = kube::Api::all(cluster.client());
    let enrolled = cluster
        .list_all(
            &ns_api,
            &Selector::labels("istio.io/dataplane-mode=ambient"),
            "namespaces labeled istio.io/dataplane-mode=ambient",
        )
        .await;
    let (zt, cni, enrolled) = match (zt, cni, enrolled) {
        (Ok(z), Ok(c), Ok(e)) => (z, c, e),
        (Err(e), ..) | (_, Err(e), _) => {
            out.push(unreadable(
                &format!("DaemonSets in namespace {istio_ns}"),
                &e,
            ));
            return out;
        }
        (_, _, Err(e)) => {
            out.push(unreadable("namespaces", &e));
            return out;
        }
    };
    let enrolled: Vec<String> = enrolled
        .into_iter()
        .filter_map(|n| n.metadata.name)
        .collect();
    if zt.is_none() && cni.is_none() {
        if enrolled.is_empty() {
            out.push(check(
                Outcome::Ok,
                format!("ambient mode is not installed (no ztunnel or {CNI_DAEMONSET} DaemonSet in {istio_ns})"),
                None,
                None,
            ));
        } else {
            out.push(check(
                Outcome::Warning,
                format!(
                    "namespace(s) {} are labeled istio.io/dataplane-mode=ambient but no ztunnel runs in {istio_ns}",
                    enrolled.join(", ")
                ),
                None,
                Some("install the ambient profile (sailctl install --set profile=ambient) or remove the label".into()),
            ));
        }
        return out;
    }
    for (name, ds) in [("ztunnel", &zt), (CNI_DAEMONSET, &cni)] {
        out.push(match ds {
            Some(ds) => {
                let (counts, all) = rollout(ds);
                if all {
                    check(Outcome::Ok, format!("DaemonSet {istio_ns}/{name} is rolled out ({counts})"), None, None)
                } else {
                    check(
                        Outcome::Warning,
                        format!("DaemonSet {istio_ns}/{name} is not ready on every node ({counts})"),
                        None,
                        Some(format!("kubectl -n {istio_ns} describe daemonset {name}")),
                    )
                }
            }
            None => check(
                Outcome::Error,
                format!("DaemonSet {istio_ns}/{name} is missing: ambient mode needs both ztunnel and {CNI_DAEMONSET}"),
                None,
                Some("install the ambient profile (sailctl install --set profile=ambient)".into()),
            ),
        });
    }
    out.push(check(
        Outcome::Ok,
        format!("{} namespace(s) enrolled in ambient mode", enrolled.len()),
        (!enrolled.is_empty()).then(|| enrolled.join(", ")),
        None,
    ));
    out.push(nodes(cluster).await);
    out
}

/// ztunnel and the CNI agent run on Linux nodes only; the kernels are listed for the record.
async fn nodes(cluster: &Cluster) -> Check {
    let api: kube::Api<Node> = kube::Api::all(cluster.client());
    let nodes = match cluster.list_all(&api, &Selector::all(), "nodes").await {
        Ok(n) => n,
        Err(e) => return unreadable("nodes", &e),
    };
    let mut other = Vec::new();
    let mut kernels = std::collections::BTreeSet::new();
    for n in &nodes {
        let info = n.status.as_ref().and_then(|s| s.node_info.as_ref());
        let os = info.map_or("", |i| i.operating_system.as_str());
        if !os.is_empty() && os != "linux" {
            other.push(format!(
                "{} ({os})",
                n.metadata.name.as_deref().unwrap_or_default()
            ));
        } else if let Some(i) = info {
            kernels.insert(i.kernel_version.clone());
        }
    }
    let detail = (!kernels.is_empty()).then(|| {
        format!(
            "kernels: {}",
            kernels.into_iter().collect::<Vec<_>>().join(", ")
        )
    });
    if other.is_empty() {
        check(
            Outcome::Ok,
            format!("{} node(s) run Linux", nodes.len()),
            detail,
            None,
        )
    } else {
        check(
            Outcome::Warning,
            format!(
                "node(s) {} do not run Linux: ztunnel and {CNI_DAEMONSET} will not run there",
                other.join(", ")
            ),
            detail,
            Some(
                "keep ambient workloads on Linux nodes (a nodeSelector kubernetes.io/os: linux)"
                    .into(),
            ),
        )
    }
}
