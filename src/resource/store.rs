//! An in-memory set of resources, indexed by kind and by namespace/name.

use std::collections::HashMap;

use super::Resource;

/// Resources indexed for lookups that analyzers do many times.
#[derive(Debug, Default)]
pub struct Store {
    resources: Vec<Resource>,
    by_kind: HashMap<String, Vec<usize>>,
    by_key: HashMap<(String, Option<String>, String), Vec<usize>>,
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

    pub fn insert(&mut self, r: Resource) {
        let i = self.resources.len();
        self.by_kind.entry(r.kind.clone()).or_default().push(i);
        self.by_key
            .entry((r.kind.clone(), r.namespace.clone(), r.name.clone()))
            .or_default()
            .push(i);
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

    /// Every resource of a kind (bare kind name, e.g. `VirtualService`), in load order.
    pub fn of_kind<'a>(&'a self, kind: &str) -> impl Iterator<Item = &'a Resource> + 'a {
        self.by_kind
            .get(kind)
            .into_iter()
            .flatten()
            .map(|&i| &self.resources[i])
    }

    /// The resource of a kind with this namespace and name (the first, if repeated).
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
}
