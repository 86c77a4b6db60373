//! `install --diff`: the rendered plan compared with the cluster, object by object, without
//! changing anything.

use std::collections::BTreeMap;

use futures::{StreamExt, stream};
use serde_json::Value;

use super::apply::{ObjectKey, Plan, api_for};
use super::prune;
use crate::cluster::{Cluster, ClusterError};

/// How one object would change.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    /// Not on the cluster: the rendered object as YAML.
    New(String),
    /// On the cluster and different: a unified diff of the managed fields, live → rendered.
    Changed(String),
    Unchanged,
    /// Owned by this install, no longer rendered: would be pruned.
    Pruned,
}

/// One object of a diff.
#[derive(Debug, Clone)]
pub struct DiffEntry {
    pub key: ObjectKey,
    pub component: String,
    pub change: Change,
}

/// Compare the plan with the cluster, object by object, without changing anything: one read
/// per object, one list per prunable kind.
pub async fn diff(
    cluster: &Cluster,
    plan: &Plan,
    concurrency: usize,
) -> Result<Vec<DiffEntry>, ClusterError> {
    let wanted = plan.objects_by_component();
    let results: Vec<Result<DiffEntry, ClusterError>> = stream::iter(wanted)
        .map(|(component, obj)| async move {
            let key = ObjectKey::of(obj);
            let api_version = obj["apiVersion"].as_str().unwrap_or_default();
            let live =
                match api_for(cluster, api_version, &key.kind, key.namespace.as_deref()).await {
                    Ok(api) => cluster
                        .call(&format!("getting {key}"), api.get_opt(&key.name))
                        .await?
                        .and_then(|o| serde_json::to_value(o).ok()),
                    // the kind does not exist yet (its CRD is part of this install)
                    Err(ClusterError::UnknownKind(_)) => None,
                    Err(e) => return Err(e),
                };
            let change = match live {
                None => Change::New(crate::output::yaml::to_string(obj)),
                Some(mut live) => {
                    live["apiVersion"] = obj["apiVersion"].clone();
                    live["kind"] = obj["kind"].clone();
                    let managed = project(&live, obj);
                    if &managed == obj {
                        Change::Unchanged
                    } else {
                        let a = crate::output::yaml::to_string(&managed);
                        let b = crate::output::yaml::to_string(obj);
                        let text = similar::TextDiff::from_lines(&a, &b)
                            .unified_diff()
                            .context_radius(3)
                            .header(&format!("live {key}"), &format!("rendered {key}"))
                            .to_string();
                        if text.trim().is_empty() {
                            Change::Unchanged
                        } else {
                            Change::Changed(text)
                        }
                    }
                }
            };
            Ok(DiffEntry {
                key,
                component,
                change,
            })
        })
        .buffered(concurrency.max(1))
        .collect()
        .await;
    let mut out = Vec::new();
    for r in results {
        out.push(r?);
    }
    let owned = prune::list_owned(
        cluster,
        &prune::prunable_kinds(),
        &plan.owner_selector(),
        concurrency,
    )
    .await?;
    for o in prune::candidates(owned, &plan.keys()) {
        let component = o["metadata"]["labels"][prune::COMPONENT_LABEL]
            .as_str()
            .unwrap_or_default()
            .to_string();
        out.push(DiffEntry {
            key: ObjectKey::of(&o),
            component,
            change: Change::Pruned,
        });
    }
    Ok(out)
}

/// The part of `live` that `shape` (the rendered object) sets: maps keep only the shape's
/// keys, lists of equal length are projected item by item (so server defaults inside list
/// items do not show), anything else is live's value.
pub fn project(live: &Value, shape: &Value) -> Value {
    match (live, shape) {
        (Value::Object(l), Value::Object(s)) => {
            let mut out = serde_json::Map::new();
            for (k, sv) in s {
                if let Some(lv) = l.get(k) {
                    out.insert(k.clone(), project(lv, sv));
                }
            }
            Value::Object(out)
        }
        (Value::Array(l), Value::Array(s)) if l.len() == s.len() => {
            Value::Array(l.iter().zip(s).map(|(lv, sv)| project(lv, sv)).collect())
        }
        // Kubernetes writes quantities and ports its own way; an int-or-string that means the
        // same is not a change
        (Value::String(l), Value::Number(n)) if *l == n.to_string() => shape.clone(),
        (Value::Number(n), Value::String(s)) if *s == n.to_string() => shape.clone(),
        _ => live.clone(),
    }
}

/// Summaries for the end of a diff: counts by change.
pub fn diff_counts(entries: &[DiffEntry]) -> BTreeMap<&'static str, usize> {
    let mut m = BTreeMap::new();
    for e in entries {
        let k = match e.change {
            Change::New(_) => "new",
            Change::Changed(_) => "changed",
            Change::Unchanged => "unchanged",
            Change::Pruned => "pruned",
        };
        *m.entry(k).or_insert(0) += 1;
    }
    m
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn project_keeps_only_rendered_fields() {
        let live = json!({"metadata": {"name": "a", "uid": "1"}, "spec": {"ports": [{"port": 80, "protocol": "TCP", "targetPort": "8080"}]}});
        let shape = json!({"metadata": {"name": "a"}, "spec": {"ports": [{"port": 80, "targetPort": 8080}]}});
        assert_eq!(project(&live, &shape), shape);
    }
}
