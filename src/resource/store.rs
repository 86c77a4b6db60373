//! An in-memory set of resources, indexed by kind, by namespace/name, by namespace and by label,
//! so analyzers can look things up without scanning everything (no quadratic loops).
//!
//! Resources are filed under a *collection* name: normally the bare kind, but a caller may file
//! a kind under another name (the analysis files the Gateway API `Gateway` as
//! `KubernetesGateway`, so it does not mix with Istio's `Gateway`).

use std::collections::HashMap;

use serde_json::{Map, Value};

use super::Resource;

type Key = (String, Option<String>, String);

/// Resources indexed for lookups that analyzers do many times.
#[derive(Debug, Default)]
pub struct Store {
    resources: Vec<Resource>,
    collections: Vec<String>,
    by_kind: HashMap<String, Vec<usize>>,
    by_key: HashMap<Key, Vec<usize>>,
    by_ns: HashMap<(String, Option<String>), Vec<usize>>,
    by_label: HashMap<(String, String, String), Vec<usize>>,
}

impl Store {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn from_resources(resources: impl IntoIterator<Item = Resource>) -> Self {
        let mut s = Store::new();
        for r in resources {
            s.insert(r);
        }
        s
    }

    /// Add a resource under its own kind.
    pub fn insert(&mut self, r: Resource) {
        let kind = r.kind.clone();
        self.insert_as(&kind, r);
    }

    /// Add a resource under a collection name of the caller's choice.
    pub fn insert_as(&mut self, collection: &str, r: Resource) {
        let i = self.resources.len();
        let c = collection.to_string();
        self.by_kind.entry(c.clone()).or_default().push(i);
        self.by_key
            .entry((c.clone(), r.namespace.clone(), r.name.clone()))
            .or_default()
            .push(i);
        self.by_ns
            .entry((c.clone(), r.namespace.clone()))
            .or_default()
            .push(i);
        for (k, v) in r.labels() {
            self.by_label
                .entry((c.clone(), k.to_string(), v.to_string()))
                .or_default()
                .push(i);
        }
        self.collections.push(c);
        self.resources.push(r);
    }

    pub fn len(&self) -> usize {
        self.resources.len()
    }

    pub fn is_empty(&self) -> bool {
        self.resources.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &Resource> {
        self.resources.iter()
    }

    /// The collection a resource was filed under (by its position in [`Store::iter`]).
    pub fn collection_at(&self, i: usize) -> &str {
        &self.collections[i]
    }

    /// Whether any resource of a collection is present.
    pub fn has(&self, collection: &str) -> bool {
        self.by_kind.get(collection).is_some_and(|v| !v.is_empty())
    }

    /// Every resource of a collection (e.g. `VirtualService`), in load order.
    pub fn of_kind<'a>(&'a self, kind: &str) -> impl Iterator<Item = &'a Resource> + 'a {
        self.by_kind
            .get(kind)
            .into_iter()
            .flatten()
            .map(|&i| &self.resources[i])
    }

    /// Every resource of a collection in one namespace (None: resources without namespace).
    pub fn in_namespace<'a>(
        &'a self,
        kind: &str,
        namespace: Option<&str>,
    ) -> impl Iterator<Item = &'a Resource> + 'a {
        self.by_ns
            .get(&(kind.to_string(), namespace.map(str::to_string)))
            .into_iter()
            .flatten()
            .map(|&i| &self.resources[i])
    }

    /// The resource of a collection with this namespace and name (the first, if repeated).
    pub fn get(&self, kind: &str, namespace: Option<&str>, name: &str) -> Option<&Resource> {
        let key = (
            kind.to_string(),
            namespace.map(str::to_string),
            name.to_string(),
        );
        self.by_key
            .get(&key)
            .and_then(|v| v.first())
            .map(|&i| &self.resources[i])
    }

    /// Resources of a collection whose labels match every `key: value` of `selector`, in load
    /// order; limited to one namespace when `namespace` is `Some`. An empty selector matches
    /// everything in scope. Uses the label index: the cost is that of the first label's matches.
    pub fn select<'a>(
        &'a self,
        kind: &str,
        namespace: Option<&str>,
        selector: &Map<String, Value>,
    ) -> Vec<&'a Resource> {
        let in_ns = |r: &Resource| namespace.is_none_or(|ns| r.namespace.as_deref() == Some(ns));
        let Some((k0, v0)) = selector.iter().next() else {
            return match namespace {
                Some(ns) => self.in_namespace(kind, Some(ns)).collect(),
                None => self.of_kind(kind).collect(),
            };
        };
        let Some(v0) = v0.as_str() else {
            return Vec::new();
        };
        self.by_label
            .get(&(kind.to_string(), k0.clone(), v0.to_string()))
            .into_iter()
            .flatten()
            .map(|&i| &self.resources[i])
            .filter(|r| in_ns(r) && labels_match(selector, r))
            .collect()
    }
}

/// Whether a resource's labels contain every `key: value` of a selector (`matchLabels` style).
/// An empty selector matches everything; a non-string selector value matches nothing.
pub fn labels_match(selector: &Map<String, Value>, r: &Resource) -> bool {
    selector.iter().all(|(k, v)| match v.as_str() {
        Some(v) => r.label(k) == Some(v),
        None => false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn pod(ns: &str, name: &str, labels: Value) -> Resource {
        Resource::from_value(
            json!({"apiVersion": "v1", "kind": "Pod",
                   "metadata": {"name": name, "namespace": ns, "labels": labels}}),
            None,
        )
        .expect("resource")
    }

    #[test]
    fn select_uses_labels_and_namespace() {
        let s = Store::from_resources([
            pod("a", "p1", json!({"app": "x", "v": "1"})),
            pod("a", "p2", json!({"app": "x", "v": "2"})),
            pod("b", "p3", json!({"app": "x", "v": "1"})),
        ]);
        let sel = json!({"app": "x", "v": "1"});
        let sel = sel.as_object().expect("map");
        let names = |v: Vec<&Resource>| v.iter().map(|r| r.name.clone()).collect::<Vec<_>>();
        assert_eq!(names(s.select("Pod", Some("a"), sel)), ["p1"]);
        assert_eq!(names(s.select("Pod", None, sel)), ["p1", "p3"]);
        assert_eq!(names(s.select("Pod", Some("a"), &Map::new())), ["p1", "p2"]);
        assert!(s.select("Service", None, sel).is_empty());
        assert_eq!(s.in_namespace("Pod", Some("b")).count(), 1);
        assert!(s.get("Pod", Some("b"), "p3").is_some());
    }
}
