//! An in-memory set of resources, indexed by kind, by namespace/name, by namespace and by label,
//! so analyzers can look things up without scanning everything (no quadratic loops).
//!
//! Resources are filed under a *collection* name: normally the bare kind, but a caller may file
//! a kind under another name (the analysis files the Gateway API `Gateway` as
//! `KubernetesGateway`, so it does not mix with Istio's `Gateway`).

use std::collections::HashMap;
use std::hash::{BuildHasher, Hash};

use super::Stored as Resource;
use super::node::Obj;

/// A fixed-seed fast hasher: the indexes below key on hashes of borrowed parts, so building
/// them allocates nothing per resource (an analysis indexes every resource it loads).
type Fast = foldhash::fast::FixedState;

/// Position of a resource in [`Store::iter`].
type Idx = u32;

/// The collection id of a resource not filed yet.
const UNFILED: u16 = u16::MAX;

/// Resources indexed for lookups that analyzers do many times.
///
/// The name, namespace and label indexes are keyed by a 64-bit hash of the looked-up parts;
/// every lookup checks the candidates' actual kind, namespace, name or label, so a hash
/// collision can only cost time, never a wrong answer.
#[derive(Debug, Default)]
pub struct Store {
    resources: Vec<Resource>,
    /// Collection id of each resource.
    collections: Vec<u16>,
    /// Positions of the filed resources, in the order they were filed.
    filed: Vec<Idx>,
    /// Collection names by id.
    names: Vec<String>,
    ids: HashMap<String, u16, Fast>,
    by_kind: Vec<Vec<Idx>>,
    /// The first resource filed under each (collection, namespace, name) hash; later ones with
    /// the same hash (a repeated name, or a collision) are in `by_key_more`. Almost every
    /// name is unique, and an entry without a vector of its own takes half the memory.
    by_key: HashMap<u64, Idx, Fast>,
    by_key_more: HashMap<u64, Vec<Idx>, Fast>,
    by_ns: HashMap<u64, Vec<Idx>, Fast>,
    by_label: HashMap<u64, Vec<Idx>, Fast>,
}

fn hash_of(parts: impl Hash) -> u64 {
    Fast::default().hash_one(parts)
}

fn key_hash(c: u16, ns: Option<&str>, name: &str) -> u64 {
    hash_of((0u8, c, ns, name))
}

fn ns_hash(c: u16, ns: Option<&str>) -> u64 {
    hash_of((1u8, c, ns))
}

fn label_hash(c: u16, k: &str, v: &str) -> u64 {
    hash_of((2u8, c, k, v))
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

    fn id(&self, collection: &str) -> Option<u16> {
        self.ids.get(collection).copied()
    }

    fn id_or_new(&mut self, collection: &str) -> u16 {
        if let Some(c) = self.id(collection) {
            return c;
        }
        // there are a few dozen collections; saturate rather than wrap on absurd input
        let c = u16::try_from(self.names.len())
            .ok()
            .filter(|&c| c < UNFILED)
            .unwrap_or(UNFILED - 1);
        if usize::from(c) == self.names.len() {
            self.names.push(collection.to_string());
            self.by_kind.push(Vec::new());
            self.ids.insert(collection.to_string(), c);
        }
        c
    }

    /// A store holding `resources` where they are, none of them filed yet (see
    /// [`Store::file`]): a big input's vector becomes the store's, with no second copy.
    pub fn adopt(resources: Vec<Resource>) -> Self {
        Store {
            collections: vec![UNFILED; resources.len()],
            filed: Vec::with_capacity(resources.len()),
            by_key: HashMap::with_capacity_and_hasher(resources.len(), Fast::default()),
            resources,
            ..Store::default()
        }
    }

    /// Add a resource without filing it; returns its position.
    pub fn push(&mut self, r: Resource) -> usize {
        self.resources.push(r);
        self.collections.push(UNFILED);
        self.resources.len() - 1
    }

    /// Make room for `n` more resources.
    pub fn reserve(&mut self, n: usize) {
        self.resources.reserve_exact(n);
        self.collections.reserve_exact(n);
        self.filed.reserve_exact(n);
    }

    /// Add a resource under a collection name of the caller's choice.
    pub fn insert_as(&mut self, collection: &str, r: Resource) {
        let i = self.push(r);
        self.file(i, collection);
    }

    /// File the resource at position `i` under `collection`: lookups list a collection's
    /// resources in the order they were filed. Each resource is filed once.
    pub fn file(&mut self, i: usize, collection: &str) {
        let Ok(idx) = Idx::try_from(i) else {
            // four billion resources do not fit in memory anyway
            return;
        };
        let c = self.id_or_new(collection);
        let (Some(r), Some(slot)) = (self.resources.get(i), self.collections.get_mut(i)) else {
            return;
        };
        *slot = c;
        let i = idx;
        self.filed.push(i);
        if let Some(list) = self.by_kind.get_mut(usize::from(c)) {
            list.push(i);
        }
        let ns = r.namespace.as_deref();
        let key = key_hash(c, ns, &r.name);
        match self.by_key.entry(key) {
            std::collections::hash_map::Entry::Vacant(e) => {
                e.insert(i);
            }
            std::collections::hash_map::Entry::Occupied(_) => {
                self.by_key_more.entry(key).or_default().push(i);
            }
        }
        self.by_ns.entry(ns_hash(c, ns)).or_default().push(i);
        for (k, v) in r.labels() {
            self.by_label
                .entry(label_hash(c, k, v))
                .or_default()
                .push(i);
        }
    }

    pub fn len(&self) -> usize {
        self.resources.len()
    }

    pub fn is_empty(&self) -> bool {
        self.resources.is_empty()
    }

    /// The filed resources, in the order they were filed.
    pub fn iter(&self) -> impl Iterator<Item = &Resource> {
        self.filed.iter().map(|&i| self.at(i))
    }

    /// [`Store::iter`] with each resource's collection.
    pub fn iter_filed(&self) -> impl Iterator<Item = (&str, &Resource)> {
        self.filed.iter().map(|&i| {
            let c = self.collections.get(i as usize).copied().unwrap_or(UNFILED);
            let name = self.names.get(usize::from(c)).map_or("", String::as_str);
            (name, self.at(i))
        })
    }

    /// Whether any resource of a collection is present.
    pub fn has(&self, collection: &str) -> bool {
        self.id(collection)
            .and_then(|c| self.by_kind.get(usize::from(c)))
            .is_some_and(|v| !v.is_empty())
    }

    fn at(&self, i: Idx) -> &Resource {
        &self.resources[i as usize]
    }

    /// The resources behind an index entry that really are of collection `c` and pass `keep`.
    fn candidates<'a: 'k, 'k>(
        &'a self,
        list: Option<&'a Vec<Idx>>,
        c: u16,
        keep: impl Fn(&Resource) -> bool + 'k,
    ) -> impl Iterator<Item = &'a Resource> + 'k {
        list.into_iter()
            .flatten()
            .filter(move |&&i| self.collections[i as usize] == c)
            .map(|&i| self.at(i))
            .filter(move |r| keep(r))
    }

    /// How many resources a collection has.
    pub fn count(&self, collection: &str) -> usize {
        self.id(collection)
            .and_then(|c| self.by_kind.get(usize::from(c)))
            .map_or(0, Vec::len)
    }

    /// Every resource of a collection (e.g. `VirtualService`), in load order.
    pub fn of_kind<'a>(&'a self, kind: &str) -> impl Iterator<Item = &'a Resource> + 'a {
        self.id(kind)
            .and_then(|c| self.by_kind.get(usize::from(c)))
            .into_iter()
            .flatten()
            .map(|&i| self.at(i))
    }

    /// Every resource of a collection in one namespace (None: resources without namespace).
    pub fn in_namespace<'a: 'n, 'n>(
        &'a self,
        kind: &str,
        namespace: Option<&'n str>,
    ) -> impl Iterator<Item = &'a Resource> + 'n {
        let c = self.id(kind);
        let list = c.and_then(|c| self.by_ns.get(&ns_hash(c, namespace)));
        self.candidates(list, c.unwrap_or(u16::MAX), move |r| {
            r.namespace.as_deref() == namespace
        })
    }

    /// The resource of a collection with this namespace and name (the first, if repeated).
    pub fn get(&self, kind: &str, namespace: Option<&str>, name: &str) -> Option<&Resource> {
        let c = self.id(kind)?;
        let key = key_hash(c, namespace, name);
        let first = self.by_key.get(&key);
        let more = self.by_key_more.get(&key).into_iter().flatten();
        first
            .into_iter()
            .chain(more)
            .filter(|&&i| self.collections.get(i as usize) == Some(&c))
            .map(|&i| self.at(i))
            .find(|r| r.namespace.as_deref() == namespace && r.name == name)
    }

    /// Resources of a collection whose labels match every `key: value` of `selector`, in load
    /// order; limited to one namespace when `namespace` is `Some`. An empty selector matches
    /// everything in scope. Uses the label index: the cost is that of the first label's matches.
    pub fn select<'a>(
        &'a self,
        kind: &str,
        namespace: Option<&str>,
        selector: &Obj,
    ) -> Vec<&'a Resource> {
        let in_ns = |r: &Resource| namespace.is_none_or(|ns| r.namespace.as_deref() == Some(ns));
        let Some((k0, v0)) = selector.iter().next() else {
            return match namespace {
                Some(ns) => self.in_namespace(kind, Some(ns)).collect(),
                None => self.of_kind(kind).collect(),
            };
        };
        let (Some(v0), Some(c)) = (v0.as_str(), self.id(kind)) else {
            return Vec::new();
        };
        // labels_match checks every pair, the first included
        self.candidates(self.by_label.get(&label_hash(c, k0, v0)), c, |r| {
            in_ns(r) && labels_match(selector, r)
        })
        .collect()
    }
}

/// Whether a resource's labels contain every `key: value` of a selector (`matchLabels` style).
/// An empty selector matches everything; a non-string selector value matches nothing.
pub fn labels_match(selector: &Obj, r: &Resource) -> bool {
    selector.iter().all(|(k, v)| match v.as_str() {
        Some(v) => r.label(k) == Some(v),
        None => false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    use crate::resource::Node;
    use serde_json::Value;

    fn pod(ns: &str, name: &str, labels: Value) -> Resource {
        crate::resource::Resource::from_value(
            json!({"apiVersion": "v1", "kind": "Pod",
                   "metadata": {"name": name, "namespace": ns, "labels": labels}}),
            None,
        )
        .expect("resource")
        .into_stored()
    }

    #[test]
    fn select_uses_labels_and_namespace() {
        let s = Store::from_resources([
            pod("a", "p1", json!({"app": "x", "v": "1"})),
            pod("a", "p2", json!({"app": "x", "v": "2"})),
            pod("b", "p3", json!({"app": "x", "v": "1"})),
        ]);
        let sel = Node::from(json!({"app": "x", "v": "1"}));
        let sel = sel.as_object().expect("map");
        let names = |v: Vec<&Resource>| v.iter().map(|r| r.name.clone()).collect::<Vec<_>>();
        assert_eq!(names(s.select("Pod", Some("a"), sel)), ["p1"]);
        assert_eq!(names(s.select("Pod", None, sel)), ["p1", "p3"]);
        assert_eq!(
            names(s.select("Pod", Some("a"), &Obj::default())),
            ["p1", "p2"]
        );
        assert!(s.select("Service", None, sel).is_empty());
        assert_eq!(s.in_namespace("Pod", Some("b")).count(), 1);
        assert!(s.get("Pod", Some("b"), "p3").is_some());
    }

    #[test]
    fn collections_namespaces_and_names_do_not_mix() {
        let mut s = Store::new();
        s.insert(pod("a", "x", json!({"app": "x"})));
        let mut svc = pod("a", "x", json!({"app": "x"}));
        svc.kind = "Service".into();
        s.insert(svc);
        let mut cluster_scoped = pod("a", "x", json!({"app": "x"}));
        cluster_scoped.namespace = None;
        s.insert_as("Node", cluster_scoped);
        let sel = Node::from(json!({"app": "x"}));
        let sel = sel.as_object().expect("map");
        assert_eq!(s.select("Pod", None, sel).len(), 1);
        assert_eq!(s.select("Service", Some("a"), sel).len(), 1);
        assert_eq!(s.select("Node", None, sel).len(), 1);
        assert!(s.select("Node", Some("a"), sel).is_empty());
        assert!(s.get("Node", Some("a"), "x").is_none());
        assert_eq!(
            s.get("Node", None, "x").map(|r| r.kind.as_str()),
            Some("Pod")
        );
        assert_eq!(
            s.get("Service", Some("a"), "x").map(|r| r.kind.as_str()),
            Some("Service")
        );
        assert!(s.get("Service", None, "x").is_none());
        assert_eq!(s.in_namespace("Node", None).count(), 1);
        assert_eq!(s.in_namespace("Pod", Some("a")).count(), 1);
        assert_eq!(s.in_namespace("Pod", None).count(), 0);
        assert!(s.has("Node") && !s.has("Secret"));
        let filed: Vec<(&str, &str)> = s.iter_filed().map(|(c, r)| (c, r.kind.as_str())).collect();
        assert_eq!(
            filed,
            [("Pod", "Pod"), ("Service", "Service"), ("Node", "Pod")]
        );
        assert_eq!(s.of_kind("Missing").count(), 0);
    }

    #[test]
    fn a_repeated_name_finds_the_first_filed_and_others_still_resolve() {
        let mut s = Store::new();
        s.insert(pod("a", "x", json!({"v": "1"})));
        s.insert(pod("a", "x", json!({"v": "2"})));
        s.insert(pod("b", "x", json!({"v": "3"})));
        let label = |r: Option<&Resource>| r.and_then(|r| r.label("v")).map(str::to_string);
        assert_eq!(label(s.get("Pod", Some("a"), "x")).as_deref(), Some("1"));
        assert_eq!(label(s.get("Pod", Some("b"), "x")).as_deref(), Some("3"));
        assert!(s.get("Pod", Some("c"), "x").is_none());
        assert!(s.get("Service", Some("a"), "x").is_none());
    }
}
