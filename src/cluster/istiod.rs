//! Finding istiod: the one place that decides which pods are the control plane, used by
//! `version`, `proxy-status`, `dashboard istiod-debug|controlz` and `bug-report`.
//!
//! The rules are istioctl's (`GetIstioPods`): pods labelled `app=istiod` in the Istio namespace
//! (`-i/--istioNamespace`), in phase `Running` (asked of the API server with the
//! `status.phase=Running` field selector, and checked again here, with pods being deleted left
//! out), of one revision when one is given (`istio.io/rev`; the `default` revision also takes
//! an istiod without the label, as installs before revisions have), sorted by name.

use k8s_openapi::api::core::v1::Pod;

use super::{Cluster, ClusterError, Selector};

/// The label every istiod pod carries.
pub const APP_LABEL: &str = "app=istiod";
/// The control-plane revision label.
pub const REV_LABEL: &str = "istio.io/rev";
/// istiod's monitoring port (HTTP debug endpoints, `/version`), unless the pod's
/// `prometheus.io/port` annotation says otherwise.
pub const MONITORING_PORT: u16 = 15014;

/// Which istiods to find.
#[derive(Debug, Clone, Copy)]
pub struct Wanted<'a> {
    pub namespace: &'a str,
    /// One revision (`istio.io/rev`); `None` (or empty) for every revision.
    pub revision: Option<&'a str>,
    /// Only pods whose `Ready` condition is true (what `version` reports on).
    pub ready_only: bool,
}

/// Why no istiod was found. Each message is one line.
#[derive(Debug, thiserror::Error)]
pub enum LocateError {
    /// istioctl's words, with the revision when one was asked for.
    #[error("no running Istio pods in namespace {namespace:?}{}", revision_note(.revision))]
    NoIstiod {
        namespace: String,
        revision: Option<String>,
    },
    #[error(transparent)]
    Cluster(#[from] ClusterError),
}

fn revision_note(revision: &Option<String>) -> String {
    match revision {
        Some(r) => format!(" of revision {r} ({REV_LABEL}={r})"),
        None => String::new(),
    }
}

impl Wanted<'_> {
    fn revision(&self) -> Option<&str> {
        self.revision.filter(|r| !r.is_empty())
    }

    /// Whether `pod` is one of the wanted istiods (the rules above, on a pod already listed).
    pub fn matches(&self, pod: &Pod) -> bool {
        let running = pod.status.as_ref().and_then(|s| s.phase.as_deref()) == Some("Running")
            && pod.metadata.deletion_timestamp.is_none();
        let revision = match self.revision() {
            None => true,
            Some(r) => match label(pod, REV_LABEL) {
                Some(l) => l == r,
                None => r == "default",
            },
        };
        is_istiod(pod) && running && revision && (!self.ready_only || is_ready(pod))
    }
}

/// The wanted istiod pods, sorted by name; none is an error.
pub async fn locate(cluster: &Cluster, wanted: &Wanted<'_>) -> Result<Vec<Pod>, LocateError> {
    // the default revision's istiod may carry no label: that one is told apart here
    let labels = match wanted.revision() {
        Some(r) if r != "default" => format!("{APP_LABEL},{REV_LABEL}={r}"),
        _ => APP_LABEL.to_string(),
    };
    let selector = Selector::labels(&labels).with_fields("status.phase=Running");
    let mut pods = cluster.list_pods(wanted.namespace, &selector).await?;
    pods.retain(|p| wanted.matches(p));
    if pods.is_empty() {
        return Err(LocateError::NoIstiod {
            namespace: wanted.namespace.to_string(),
            revision: wanted.revision().map(str::to_string),
        });
    }
    pods.sort_by(|a, b| a.metadata.name.cmp(&b.metadata.name));
    Ok(pods)
}

/// Whether a pod is an istiod (`app=istiod`).
pub fn is_istiod(pod: &Pod) -> bool {
    label(pod, "app") == Some("istiod")
}

/// Whether the pod's `Ready` condition is true.
pub fn is_ready(pod: &Pod) -> bool {
    pod.status
        .as_ref()
        .and_then(|s| s.conditions.as_ref())
        .is_some_and(|cs| cs.iter().any(|c| c.type_ == "Ready" && c.status == "True"))
}

/// Where the pod serves its monitoring endpoints (`prometheus.io/port`, else 15014).
pub fn monitoring_port(pod: &Pod) -> u16 {
    pod.metadata
        .annotations
        .as_ref()
        .and_then(|a| a.get("prometheus.io/port"))
        .and_then(|p| p.parse::<u16>().ok())
        .unwrap_or(MONITORING_PORT)
}

fn label<'a>(pod: &'a Pod, key: &str) -> Option<&'a str> {
    pod.metadata.labels.as_ref()?.get(key).map(String::as_str)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn pod(labels: serde_json::Value, phase: &str, ready: bool) -> Pod {
        serde_json::from_value(json!({
            "metadata": {"name": "istiod-1", "labels": labels},
            "status": {"phase": phase, "conditions": [{"type": "Ready", "status": if ready {"True"} else {"False"}}]},
        }))
        .expect("a pod")
    }

    #[test]
    fn the_rules_on_one_pod() {
        let any = Wanted {
            namespace: "istio-system",
            revision: None,
            ready_only: false,
        };
        let canary = Wanted {
            revision: Some("canary"),
            ..any
        };
        let default = Wanted {
            revision: Some("default"),
            ..any
        };
        let unlabelled = pod(json!({"app": "istiod"}), "Running", true);
        let of_canary = pod(
            json!({"app": "istiod", REV_LABEL: "canary"}),
            "Running",
            false,
        );
        assert!(any.matches(&unlabelled) && any.matches(&of_canary));
        assert!(canary.matches(&of_canary) && !canary.matches(&unlabelled));
        assert!(default.matches(&unlabelled) && !default.matches(&of_canary));
        assert!(!any.matches(&pod(json!({"app": "istiod"}), "Pending", true)));
        assert!(!any.matches(&pod(
            json!({"app": "istio-ingressgateway"}),
            "Running",
            true
        )));
        let ready = Wanted {
            ready_only: true,
            ..any
        };
        assert!(ready.matches(&unlabelled) && !ready.matches(&of_canary));
    }

    #[test]
    fn the_error_names_the_namespace_and_revision() {
        let e = LocateError::NoIstiod {
            namespace: "istio-system".into(),
            revision: Some("canary".into()),
        };
        assert_eq!(
            e.to_string(),
            "no running Istio pods in namespace \"istio-system\" of revision canary (istio.io/rev=canary)"
        );
    }
}
