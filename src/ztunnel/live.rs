//! Finding the ztunnel to ask: the pods of the `ztunnel` DaemonSet in the Istio namespace (on
//! one node, with `--node`), or the ztunnel on the node of a workload pod the user named.

use k8s_openapi::api::apps::v1::DaemonSet;
use k8s_openapi::api::core::v1::Pod;

use crate::cluster::{Cluster, ClusterError, Selector};

/// The DaemonSet name of ztunnel in Istio's charts.
pub const ZTUNNEL_DAEMONSET: &str = "ztunnel";

/// Whether a pod is a ztunnel: its `app` label says so, or (without one) its name starts with
/// `ztunnel`.
pub fn is_ztunnel(pod: &Pod) -> bool {
    match pod.metadata.labels.as_ref().and_then(|l| l.get("app")) {
        Some(app) => app == "ztunnel",
        None => pod
            .metadata
            .name
            .as_deref()
            .is_some_and(|n| n.starts_with("ztunnel")),
    }
}

/// The ztunnel pods of `namespace` (running ones first, then by name), optionally only those
/// on `node`. Errors say what is missing: the DaemonSet, its selector, or pods.
pub async fn ztunnel_pods(
    cluster: &Cluster,
    namespace: &str,
    node: Option<&str>,
) -> Result<Vec<Pod>, ClusterError> {
    let api: kube::Api<DaemonSet> = kube::Api::namespaced(cluster.client(), namespace);
    let what = format!("getting DaemonSet {namespace}/{ZTUNNEL_DAEMONSET}");
    let ds = cluster
        .call(&what, api.get_opt(ZTUNNEL_DAEMONSET))
        .await?
        .ok_or_else(|| ClusterError::NotFound {
            what: format!(
                "DaemonSet {namespace}/{ZTUNNEL_DAEMONSET} (is ambient mode installed? -i names the Istio namespace)"
            ),
        })?;
    let labels = ds
        .spec
        .selector
        .match_labels
        .filter(|m| !m.is_empty())
        .ok_or_else(|| ClusterError::NotFound {
            what: format!("the matchLabels of DaemonSet {namespace}/{ZTUNNEL_DAEMONSET}"),
        })?;
    let selector: Vec<String> = labels.iter().map(|(k, v)| format!("{k}={v}")).collect();
    let mut sel = Selector::labels(&selector.join(","));
    if let Some(node) = node {
        sel = sel.with_fields(&format!("spec.nodeName={node}"));
    }
    let mut pods = cluster.list_pods(namespace, &sel).await?;
    if pods.is_empty() {
        return Err(ClusterError::NotFound {
            what: match node {
                Some(n) => format!("a ztunnel pod on node {n} in namespace {namespace}"),
                None => format!("a ztunnel pod in namespace {namespace}"),
            },
        });
    }
    let running = |p: &Pod| p.status.as_ref().and_then(|s| s.phase.as_deref()) == Some("Running");
    pods.sort_by(|a, b| {
        running(b)
            .cmp(&running(a))
            .then_with(|| a.metadata.name.cmp(&b.metadata.name))
    });
    Ok(pods)
}
