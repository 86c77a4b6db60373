//! Open and closed world.
//!
//! In a **closed world** (`--closed-world`, and live mode) the input is the whole cluster: a
//! reference to anything it lacks is reported missing, as Istio's analyzer tests assume.
//! In the **open world** of file mode (the default) the input is one application applied to a
//! baseline cluster (see [`super::baseline`]): a host, Secret, workload or gateway is *missing*
//! only when the input describes that namespace's objects of that kind (it holds at least one
//! such object there, or it ships the namespace itself as a `Namespace` document: then it is
//! the whole namespace); otherwise it is *unknown*, reported as one Info line under `-v`.

use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};

use crate::resource::Stored as Resource;

/// What the input describes.
#[derive(Debug, Default)]
pub struct World {
    open: bool,
    /// Collection -> the namespaces the input holds objects of it in.
    described: HashMap<String, HashSet<String>>,
    /// Namespaces the input ships as `Namespace` documents: it describes all of them.
    shipped: HashSet<String>,
}

impl World {
    /// The closed world: everything not in the input is missing.
    pub fn closed() -> Self {
        World::default()
    }

    /// The open world of `resources` (collection, resource), the user's input only.
    pub fn open<'a>(resources: impl IntoIterator<Item = (&'a str, &'a Resource)>) -> Self {
        let mut described: HashMap<String, HashSet<String>> = HashMap::new();
        let mut shipped = HashSet::new();
        for (c, r) in resources {
            if c == "Namespace" {
                shipped.insert(r.name.to_string());
            }
            // without a namespace (-A and none written): the "" namespace, as util::ns says
            let ns = r.namespace.as_deref().unwrap_or_default().to_string();
            described.entry(c.to_string()).or_default().insert(ns);
        }
        World {
            open: true,
            described,
            shipped,
        }
    }

    pub fn is_open(&self) -> bool {
        self.open
    }

    /// Whether an object of `collection` absent from `namespace` is known to be missing (not
    /// merely outside the input).
    pub fn describes(&self, collection: &str, namespace: &str) -> bool {
        !self.open
            || self.shipped.contains(namespace)
            || self
                .described
                .get(collection)
                .is_some_and(|namespaces| namespaces.contains(namespace))
    }

    /// Whether the input holds any object of `collection`, in any namespace.
    pub fn describes_any(&self, collection: &str) -> bool {
        !self.open || self.described.contains_key(collection)
    }
}

/// The namespace of a Kubernetes service host as seen from `source_ns`: a short name is in
/// `source_ns`, `name.ns.svc.cluster.local` in `ns`; None for other hosts (ServiceEntries,
/// wildcards).
pub fn service_namespace(host: &str, source_ns: &str) -> Option<String> {
    if host.starts_with('*') {
        return None;
    }
    if !host.contains('.') {
        return Some(source_ns.to_string());
    }
    let rest = host.strip_suffix(".svc.cluster.local")?;
    let (_, ns) = rest.split_once('.')?;
    (!ns.is_empty() && !ns.contains('.')).then(|| ns.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn open_world_describes_only_what_the_input_holds() {
        let svc = Resource::from_value(
            crate::resource::Node::from(json!({"apiVersion": "v1", "kind": "Service",
                   "metadata": {"name": "a", "namespace": "shop"}})),
            None,
        )
        .expect("resource");
        let w = World::open([("Service", &svc)]);
        assert!(w.is_open());
        assert!(w.describes("Service", "shop"));
        assert!(!w.describes("Service", "other"));
        assert!(!w.describes("Secret", "shop"));
        assert!(w.describes_any("Service"));
        assert!(!w.describes_any("ServiceEntry"));
        assert_eq!(
            service_namespace("reviews", "shop").as_deref(),
            Some("shop")
        );
        assert_eq!(
            service_namespace("istiod.istio-system.svc.cluster.local", "shop").as_deref(),
            Some("istio-system")
        );
        assert_eq!(service_namespace("www.example.com", "shop"), None);
        assert_eq!(service_namespace("*.svc.cluster.local", "shop"), None);
        // a shipped Namespace document makes the input the whole namespace
        let ns = Resource::from_value(
            crate::resource::Node::from(
                json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "billing"}}),
            ),
            None,
        )
        .expect("resource");
        let w = World::open([("Service", &svc), ("Namespace", &ns)]);
        assert!(w.describes("Secret", "billing"));
        assert!(!w.describes("Secret", "shop"));
        let c = World::closed();
        assert!(c.describes("Secret", "anywhere"));
        assert!(c.describes_any("ServiceEntry"));
    }
}
