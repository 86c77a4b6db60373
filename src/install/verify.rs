//! Checking an install against the cluster: every object of the plan exists, every workload
//! is ready. One list per kind and namespace, so a verify costs a handful of requests.

use std::collections::{BTreeMap, HashMap};

use futures::{StreamExt, stream};
use serde_json::Value;

use super::apply::{ObjectKey, Plan, api_for};
use super::wait::{self, State};
use crate::cluster::{Cluster, ClusterError, Selector};

/// The state of one expected object.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    Ok,
    Missing,
    /// A workload or CRD that exists but is not ready: the status and why.
    NotReady(String, Vec<String>),
}

/// One row of the verification.
#[derive(Debug, Clone)]
pub struct Row {
    pub key: ObjectKey,
    pub component: String,
    pub status: Status,
}

/// Verify every object of the plan (namespaces included).
pub async fn verify(
    cluster: &Cluster,
    plan: &Plan,
    concurrency: usize,
) -> Result<Vec<Row>, ClusterError> {
    let expected = plan.objects_by_component();
    // one list per (apiVersion, kind, namespace)
    let mut groups: BTreeMap<(String, String, Option<String>), ()> = BTreeMap::new();
    for (_, o) in &expected {
        let key = ObjectKey::of(o);
        groups.insert(
            (
                o["apiVersion"].as_str().unwrap_or_default().to_string(),
                key.kind,
                key.namespace,
            ),
            (),
        );
    }
    type Listed = ((String, Option<String>), Vec<Value>);
    let lists: Vec<Result<Listed, ClusterError>> = stream::iter(groups.into_keys())
        .map(|(api_version, kind, ns)| async move {
            let items = match api_for(cluster, &api_version, &kind, ns.as_deref()).await {
                Ok(api) => match cluster
                    .list_all(&api, &Selector::all(), &format!("{kind} objects"))
                    .await
                {
                    Ok(items) => items,
                    Err(e) if e.is_not_found() => Vec::new(),
                    Err(e) => return Err(e),
                },
                Err(ClusterError::UnknownKind(_)) => Vec::new(),
                Err(e) => return Err(e),
            };
            let values = items
                .into_iter()
                .filter_map(|o| serde_json::to_value(o).ok())
                .map(|mut v| {
                    v["apiVersion"] = Value::String(api_version.clone());
                    v["kind"] = Value::String(kind.clone());
                    v
                })
                .collect();
            Ok(((kind, ns), values))
        })
        .buffered(concurrency.max(1))
        .collect()
        .await;
    let mut live: HashMap<(String, Option<String>, String), Value> = HashMap::new();
    for r in lists {
        let ((kind, ns), items) = r?;
        for v in items {
            let name = v["metadata"]["name"]
                .as_str()
                .unwrap_or_default()
                .to_string();
            live.insert((kind.clone(), ns.clone(), name), v);
        }
    }
    let mut rows = Vec::new();
    for (component, o) in expected {
        let key = ObjectKey::of(o);
        let found = live.get(&(key.kind.clone(), key.namespace.clone(), key.name.clone()));
        let status = match found {
            None => Status::Missing,
            Some(v) => match wait::state(v) {
                State::Ready => Status::Ok,
                State::Pending(s) => Status::NotReady(s, wait::explain(cluster, v).await),
            },
        };
        rows.push(Row {
            key,
            component,
            status,
        });
    }
    Ok(rows)
}
