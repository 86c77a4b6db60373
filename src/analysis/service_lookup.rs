//! Which services a host names, as seen from a namespace: ServiceEntries (with their
//! `exportTo`) and Kubernetes Services (with `networking.istio.io/exportTo`), keyed by
//! `<scope>/<fqdn>` as Istio's analyzers do. Exact hosts are hash lookups; only wildcard
//! ServiceEntry hosts are scanned.

use crate::resource::node::{Node, Obj};
use foldhash::HashMap;

use super::util;
use crate::resource::Store;

/// The cluster-local DNS suffix of Kubernetes services.
pub const CLUSTER_LOCAL: &str = "svc.cluster.local";

/// A service as the analyzers see it: its port numbers.
#[derive(Debug, Clone)]
pub struct ServiceInfo {
    pub ports: Vec<u32>,
    /// A ServiceEntry's `workloadSelector.labels` (None for Kubernetes Services).
    pub workload_labels: Option<Obj>,
}

/// `host` as a fully qualified name: a short name gets `.<namespace>.svc.cluster.local`.
pub fn to_fqdn(namespace: &str, host: &str) -> String {
    if !host.starts_with('*') && !host.contains('.') {
        format!("{host}.{namespace}.{CLUSTER_LOCAL}")
    } else {
        host.to_string()
    }
}

fn key(scope: &str, namespace: &str, host: &str) -> String {
    format!("{scope}/{}", to_fqdn(namespace, host))
}

/// Every service host, by scope.
#[derive(Debug, Default)]
pub struct ServiceIndex {
    hosts: HashMap<String, ServiceInfo>,
    /// (scope, host) of wildcard entries, in load order.
    wildcards: Vec<(String, String, ServiceInfo)>,
}

impl ServiceIndex {
    pub fn new(store: &Store) -> Self {
        let mut idx = ServiceIndex::default();
        for se in store.of_kind("ServiceEntry") {
            let ns = util::ns(se);
            let spec = se.spec().unwrap_or(&Node::Null);
            let info = ServiceInfo {
                ports: util::array(spec, "ports")
                    .iter()
                    .filter_map(|p| p.field("number").and_then(util::as_port))
                    .collect(),
                workload_labels: spec
                    .field("workloadSelector")
                    .and_then(|w| util::object(w, "labels"))
                    .cloned(),
            };
            let export_to = util::strings(spec, "exportTo");
            for h in util::strings(spec, "hosts") {
                let mut scopes: Vec<String> = Vec::new();
                if export_to.is_empty() {
                    scopes.push("*".to_string());
                } else {
                    for e in &export_to {
                        match *e {
                            "*" => {
                                scopes.push("*".to_string());
                                break;
                            }
                            "." => scopes.push(ns.to_string()),
                            other => scopes.push(other.to_string()),
                        }
                    }
                }
                for scope in scopes {
                    idx.insert(&scope, ns, h, info.clone());
                }
            }
        }
        for svc in store.of_kind("Service") {
            let ns = util::ns(svc);
            let spec = svc.spec().unwrap_or(&Node::Null);
            let info = ServiceInfo {
                ports: util::array(spec, "ports")
                    .iter()
                    .filter_map(|p| p.field("port").and_then(util::as_port))
                    .collect(),
                workload_labels: None,
            };
            let scopes: Vec<String> = match svc.annotation("networking.istio.io/exportTo") {
                None | Some("") => vec!["*".to_string()],
                Some(a) => a
                    .split(',')
                    .map(str::trim)
                    .map(|s| {
                        if s == "." {
                            ns.to_string()
                        } else {
                            s.to_string()
                        }
                    })
                    .collect(),
            };
            for scope in scopes {
                idx.insert(&scope, ns, &svc.name, info.clone());
            }
        }
        idx
    }

    fn insert(&mut self, scope: &str, ns: &str, host: &str, info: ServiceInfo) {
        let fqdn = to_fqdn(ns, host);
        if fqdn.starts_with('*') {
            // a later entry replaces an earlier one with the same key, as a map would
            self.wildcards
                .retain(|(s, h, _)| !(s == scope && *h == fqdn));
            self.wildcards
                .push((scope.to_string(), fqdn.clone(), info.clone()));
        }
        self.hosts.insert(format!("{scope}/{fqdn}"), info);
    }

    /// The service a destination host refers to from `source_ns`, given the referring
    /// resource's `exportTo`.
    pub fn destination(
        &self,
        source_ns: &str,
        export_to: &[&str],
        host: &str,
    ) -> Option<&ServiceInfo> {
        if let Some(s) = self.hosts.get(&key("*", source_ns, host)) {
            return Some(s);
        }
        if export_to.is_empty() {
            if let Some(s) = self.hosts.get(&key(source_ns, source_ns, host)) {
                return Some(s);
            }
        } else {
            for e in export_to {
                let scope = if *e == "." { source_ns } else { e };
                if let Some(s) = self.hosts.get(&key(scope, source_ns, host)) {
                    return Some(s);
                }
            }
        }
        let bare = host.strip_prefix('*').unwrap_or(host);
        self.wildcards
            .iter()
            .filter(|(scope, _, _)| scope == "*" || scope == source_ns)
            .find(|(_, h, _)| bare.ends_with(h.strip_prefix('*').unwrap_or(h)))
            .map(|(_, _, s)| s)
    }
}
