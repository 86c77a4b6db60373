//! Waiting for what an install applied: CRDs Established, Deployments and DaemonSets rolled
//! out. When a workload does not become ready in time, [`explain`] says why, from its pods'
//! container statuses, scheduling conditions and Warning events.

use std::time::{Duration, Instant};

use futures::future::join_all;
use k8s_openapi::api::core::v1::{Event, Pod};
use kube::api::Api;
use serde_json::Value;

use super::apply::{ObjectKey, api_for};
use crate::cluster::{Cluster, ClusterError, Selector};

/// Whether an object has reached the state an install waits for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum State {
    Ready,
    /// Not yet, with a short status (`0/1 replicas ready`).
    Pending(String),
}

/// Kinds an install waits for.
pub fn waits_for(kind: &str) -> bool {
    matches!(
        kind,
        "Deployment" | "DaemonSet" | "StatefulSet" | "CustomResourceDefinition"
    )
}

fn int(v: &Value, path: &str) -> i64 {
    v.pointer(path).and_then(Value::as_i64).unwrap_or(0)
}

/// The readiness of a Deployment, DaemonSet, StatefulSet or CRD (anything else is ready).
pub fn state(obj: &Value) -> State {
    let generation = int(obj, "/metadata/generation");
    let observed = int(obj, "/status/observedGeneration");
    let stale = || State::Pending("rollout not observed yet".to_string());
    match obj["kind"].as_str().unwrap_or_default() {
        "Deployment" | "StatefulSet" => {
            if obj.get("status").is_none_or(Value::is_null) || observed < generation {
                return stale();
            }
            let want = obj
                .pointer("/spec/replicas")
                .and_then(Value::as_i64)
                .unwrap_or(1);
            let updated = int(obj, "/status/updatedReplicas");
            let ready = if obj["kind"] == "Deployment" {
                int(obj, "/status/availableReplicas")
            } else {
                int(obj, "/status/readyReplicas")
            };
            if updated >= want && ready >= want {
                State::Ready
            } else {
                State::Pending(format!("{ready}/{want} replicas ready"))
            }
        }
        "DaemonSet" => {
            if obj.get("status").is_none_or(Value::is_null) || observed < generation {
                return stale();
            }
            let want = int(obj, "/status/desiredNumberScheduled");
            let updated = int(obj, "/status/updatedNumberScheduled");
            let ready = int(obj, "/status/numberAvailable");
            if updated >= want && ready >= want {
                State::Ready
            } else {
                State::Pending(format!("{ready}/{want} pods ready"))
            }
        }
        "CustomResourceDefinition" => {
            let established = obj["status"]["conditions"]
                .as_array()
                .into_iter()
                .flatten()
                .any(|c| c["type"] == "Established" && c["status"] == "True");
            if established {
                State::Ready
            } else {
                State::Pending("not Established".to_string())
            }
        }
        _ => State::Ready,
    }
}

/// A workload that did not become ready, and why.
#[derive(Debug, Clone)]
pub struct Unready {
    pub key: ObjectKey,
    pub status: String,
    /// One line per finding (`pod istiod-x: container discovery: ImagePullBackOff: ...`).
    pub reasons: Vec<String>,
}

impl std::fmt::Display for Unready {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} is not ready ({})", self.key, self.status)?;
        for r in &self.reasons {
            write!(f, "\n    {r}")?;
        }
        Ok(())
    }
}

/// Wait until every object is ready (re-reading only the ones that are not), polling with a
/// growing interval, for at most `timeout`. Objects already ready in `objects` cost nothing.
/// On timeout, each object still pending is explained.
pub async fn wait_ready(
    cluster: &Cluster,
    objects: Vec<Value>,
    timeout: Duration,
) -> Result<(), Vec<Unready>> {
    let start = Instant::now();
    let mut pending: Vec<Value> = objects
        .into_iter()
        .filter(|o| state(o) != State::Ready)
        .collect();
    let mut interval = Duration::from_millis(100);
    while !pending.is_empty() {
        let elapsed = start.elapsed();
        if elapsed >= timeout {
            break;
        }
        tokio::time::sleep(interval.min(timeout - elapsed)).await;
        interval = (interval * 2).min(Duration::from_secs(2));
        let fresh = join_all(pending.iter().map(|o| reread(cluster, o))).await;
        pending = fresh
            .into_iter()
            .zip(pending)
            .map(|(r, old)| r.unwrap_or(old))
            .filter(|o| state(o) != State::Ready)
            .collect();
    }
    if pending.is_empty() {
        return Ok(());
    }
    let explained = join_all(pending.iter().map(|o| async move {
        let status = match state(o) {
            State::Pending(s) => s,
            State::Ready => "ready".to_string(),
        };
        Unready {
            key: ObjectKey::of(o),
            status,
            reasons: explain(cluster, o).await,
        }
    }))
    .await;
    Err(explained)
}

async fn reread(cluster: &Cluster, obj: &Value) -> Option<Value> {
    let key = ObjectKey::of(obj);
    let api_version = obj["apiVersion"].as_str()?;
    let api = api_for(cluster, api_version, &key.kind, key.namespace.as_deref())
        .await
        .ok()?;
    let got = cluster
        .call(&format!("getting {key}"), api.get(&key.name))
        .await
        .ok()?;
    let mut v = serde_json::to_value(got).ok()?;
    v["apiVersion"] = Value::String(api_version.to_string());
    v["kind"] = Value::String(key.kind.clone());
    Some(v)
}

/// `k=v,k2=v2` from a workload's `spec.selector.matchLabels`.
pub fn selector_of(obj: &Value) -> Option<String> {
    let labels = obj.pointer("/spec/selector/matchLabels")?.as_object()?;
    if labels.is_empty() {
        return None;
    }
    Some(
        labels
            .iter()
            .map(|(k, v)| format!("{k}={}", v.as_str().unwrap_or_default()))
            .collect::<Vec<_>>()
            .join(","),
    )
}

/// Why a workload is not ready, read from its pods and their Warning events. Best effort: a
/// failed read becomes a line saying so.
pub async fn explain(cluster: &Cluster, obj: &Value) -> Vec<String> {
    let key = ObjectKey::of(obj);
    let mut out = Vec::new();
    if key.kind == "CustomResourceDefinition" {
        for c in obj["status"]["conditions"].as_array().into_iter().flatten() {
            if c["status"] != "True" && c["message"].is_string() {
                out.push(format!(
                    "{}: {}",
                    c["type"].as_str().unwrap_or_default(),
                    c["message"].as_str().unwrap_or_default()
                ));
            }
        }
        return out;
    }
    // The workload's own conditions (quota exceeded, replica failures).
    for c in obj["status"]["conditions"].as_array().into_iter().flatten() {
        let bad = (c["type"] == "ReplicaFailure" && c["status"] == "True")
            || (c["type"] == "Progressing" && c["status"] == "False");
        if bad {
            out.push(format!(
                "{}: {}",
                c["reason"].as_str().unwrap_or("ReplicaFailure"),
                c["message"].as_str().unwrap_or_default()
            ));
        }
    }
    let (Some(ns), Some(sel)) = (key.namespace.as_deref(), selector_of(obj)) else {
        return out;
    };
    let pods = match cluster.list_pods(ns, &Selector::labels(&sel)).await {
        Ok(p) => p,
        Err(e) => {
            out.push(format!("cannot read its pods: {e}"));
            return out;
        }
    };
    if pods.is_empty() {
        out.push(format!("no pods match {sel} in namespace {ns}"));
        return out;
    }
    let events: Api<Event> = Api::namespaced(cluster.client(), ns);
    for pod in pods.iter().filter(|p| !pod_ready(p)).take(3) {
        let name = pod.metadata.name.clone().unwrap_or_default();
        let mut found = pod_problems(pod);
        let warnings = warning_events(cluster, &events, &name).await;
        if found.is_empty() {
            found = warnings;
        } else if let Some(last) = warnings.last() {
            // the newest Warning adds what the status lacks (image pull details, mount errors)
            if !found.iter().any(|f| f.contains(last.as_str())) {
                found.push(last.clone());
            }
        }
        if found.is_empty() {
            let phase = pod
                .status
                .as_ref()
                .and_then(|s| s.phase.clone())
                .unwrap_or_else(|| "Unknown".into());
            found.push(format!("phase {phase}, not ready"));
        }
        for f in found {
            out.push(format!("pod {name}: {f}"));
        }
    }
    out
}

fn pod_ready(pod: &Pod) -> bool {
    pod.status
        .as_ref()
        .and_then(|s| s.conditions.as_ref())
        .is_some_and(|cs| cs.iter().any(|c| c.type_ == "Ready" && c.status == "True"))
}

/// What a pod's status says is wrong: unschedulable, failed, containers waiting or crashing.
pub fn pod_problems(pod: &Pod) -> Vec<String> {
    let mut out = Vec::new();
    let Some(status) = &pod.status else {
        return out;
    };
    for c in status.conditions.iter().flatten() {
        if c.type_ == "PodScheduled" && c.status == "False" {
            out.push(format!(
                "{}: {}",
                c.reason.as_deref().unwrap_or("Unschedulable"),
                c.message.as_deref().unwrap_or_default()
            ));
        }
    }
    if status.phase.as_deref() == Some("Failed") {
        out.push(format!(
            "Failed: {}{}",
            status.reason.as_deref().unwrap_or("pod failed"),
            status
                .message
                .as_deref()
                .map(|m| format!(": {m}"))
                .unwrap_or_default()
        ));
    }
    let containers = status
        .init_container_statuses
        .iter()
        .flatten()
        .chain(status.container_statuses.iter().flatten());
    for cs in containers {
        let Some(state) = &cs.state else { continue };
        if let Some(w) = &state.waiting {
            let reason = w.reason.as_deref().unwrap_or("Waiting");
            if reason == "ContainerCreating" || reason == "PodInitializing" {
                continue;
            }
            let mut line = format!("container {}: {reason}", cs.name);
            if let Some(m) = w.message.as_deref().filter(|m| !m.is_empty()) {
                line.push_str(&format!(": {m}"));
            }
            if cs.restart_count > 0 {
                line.push_str(&format!(" (restarted {} times)", cs.restart_count));
            }
            out.push(line);
        } else if let Some(t) = &state.terminated
            && t.exit_code != 0
        {
            out.push(format!(
                "container {}: terminated: {} (exit code {})",
                cs.name,
                t.reason.as_deref().unwrap_or("Error"),
                t.exit_code
            ));
        }
    }
    out
}

async fn warning_events(cluster: &Cluster, api: &Api<Event>, pod: &str) -> Vec<String> {
    let sel = Selector::all().with_fields(&format!("involvedObject.name={pod},type=Warning"));
    let listed: Result<Vec<Event>, ClusterError> = cluster
        .list_all(api, &sel, &format!("events of pod {pod}"))
        .await;
    listed
        .unwrap_or_default()
        .into_iter()
        .map(|e| {
            format!(
                "event {}: {}",
                e.reason.unwrap_or_default(),
                e.message.unwrap_or_default()
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn deployment_readiness_follows_generation_and_available_replicas() {
        let mut d = json!({"kind": "Deployment", "metadata": {"generation": 2},
            "spec": {"replicas": 2}, "status": {"observedGeneration": 1, "updatedReplicas": 2, "availableReplicas": 2}});
        assert_eq!(state(&d), State::Pending("rollout not observed yet".into()));
        d["status"]["observedGeneration"] = json!(2);
        assert_eq!(state(&d), State::Ready);
        d["status"]["availableReplicas"] = json!(1);
        assert_eq!(state(&d), State::Pending("1/2 replicas ready".into()));
        let fresh = json!({"kind": "Deployment", "metadata": {"generation": 1}, "spec": {}});
        assert_ne!(state(&fresh), State::Ready);
    }

    #[test]
    fn daemonset_and_crd_readiness() {
        let ds = json!({"kind": "DaemonSet", "metadata": {"generation": 1},
            "status": {"observedGeneration": 1, "desiredNumberScheduled": 3, "updatedNumberScheduled": 3, "numberAvailable": 2}});
        assert_eq!(state(&ds), State::Pending("2/3 pods ready".into()));
        let crd = json!({"kind": "CustomResourceDefinition",
            "status": {"conditions": [{"type": "Established", "status": "True"}]}});
        assert_eq!(state(&crd), State::Ready);
        assert_eq!(state(&json!({"kind": "ConfigMap"})), State::Ready);
    }

    #[test]
    fn pod_problems_name_the_reason_and_message() {
        let pod: Pod = serde_json::from_value(json!({"metadata": {"name": "p"}, "status": {
            "phase": "Pending",
            "containerStatuses": [{"name": "discovery", "image": "x", "imageID": "", "ready": false,
              "restartCount": 0, "state": {"waiting": {"reason": "ImagePullBackOff", "message": "Back-off pulling image \"x\""}}}]
        }}))
        .unwrap_or_default();
        assert_eq!(
            pod_problems(&pod),
            vec!["container discovery: ImagePullBackOff: Back-off pulling image \"x\"".to_string()]
        );
    }
}
