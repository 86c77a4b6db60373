//! `--include` / `--exclude` selectors, in istioctl bug-report's format:
//! `namespaces/deployments/pods/labels/annotations/containers`, each field a comma-separated
//! list (`*` globs in names; `key=value` pairs for labels and annotations), trailing fields
//! optional: `istio-system`, `bookinfo/reviews-v1`, `*/*/*/app=ratings`, `ns1,ns2//*//*/istio-proxy`.

use std::collections::BTreeMap;

use k8s_openapi::api::core::v1::Pod;

/// The namespaces istioctl always leaves out.
pub const DEFAULT_EXCLUDED_NAMESPACES: [&str; 4] = [
    "kube-node-lease",
    "kube-public",
    "kube-system",
    "local-path-storage",
];

/// One selector; an empty field matches everything.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SelectionSpec {
    pub namespaces: Vec<String>,
    pub deployments: Vec<String>,
    pub pods: Vec<String>,
    pub labels: BTreeMap<String, String>,
    pub annotations: BTreeMap<String, String>,
    pub containers: Vec<String>,
}

fn names(field: &str) -> Vec<String> {
    field
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect()
}

/// `k=v,...` pairs (`*` in values); `*` alone means any; keys take no wildcards.
fn pairs(field: &str, what: &str, spec: &str) -> Result<BTreeMap<String, String>, String> {
    let mut out = BTreeMap::new();
    if field.trim() == "*" {
        return Ok(out);
    }
    for item in names(field) {
        let (k, v) = item
            .split_once('=')
            .ok_or_else(|| format!("selector {spec:?}: {what} {item:?} is not key=value"))?;
        if k.contains('*') || v.contains('=') {
            return Err(format!(
                "selector {spec:?}: {what} {item:?}: the key takes no `*` and the pair one `=`"
            ));
        }
        out.insert(k.trim().to_string(), v.trim().to_string());
    }
    Ok(out)
}

impl SelectionSpec {
    /// Parse one selector; more than six `/`-separated fields is an error.
    pub fn parse(spec: &str) -> Result<SelectionSpec, String> {
        let fields: Vec<&str> = spec.split('/').collect();
        if fields.len() > 6 {
            return Err(format!(
                "selector {spec:?} has {} fields; the format is namespaces/deployments/pods/labels/annotations/containers",
                fields.len()
            ));
        }
        let get = |i: usize| fields.get(i).copied().unwrap_or_default();
        Ok(SelectionSpec {
            namespaces: names(get(0)),
            deployments: names(get(1)),
            pods: names(get(2)),
            labels: pairs(get(3), "label", spec)?,
            annotations: pairs(get(4), "annotation", spec)?,
            containers: names(get(5)),
        })
    }

    /// Whether the selector only names namespaces (then it selects whole namespaces).
    pub fn namespaces_only(&self) -> bool {
        self.deployments.is_empty()
            && self.pods.is_empty()
            && self.labels.is_empty()
            && self.annotations.is_empty()
            && self.containers.is_empty()
    }

    pub fn matches_namespace(&self, ns: &str) -> bool {
        any_glob(&self.namespaces, ns)
    }

    /// Whether a pod matches every field that is set (containers: any of its containers).
    pub fn matches_pod(&self, pod: &Pod) -> bool {
        let m = &pod.metadata;
        let empty = BTreeMap::new();
        let labels = m.labels.as_ref().unwrap_or(&empty);
        let annotations = m.annotations.as_ref().unwrap_or(&empty);
        let kv = |want: &BTreeMap<String, String>, have: &BTreeMap<String, String>| {
            want.iter()
                .all(|(k, v)| have.get(k).is_some_and(|h| glob(v, h)))
        };
        self.matches_namespace(m.namespace.as_deref().unwrap_or_default())
            && any_glob(&self.pods, m.name.as_deref().unwrap_or_default())
            && (self.deployments.is_empty()
                || self.deployments.iter().any(|d| d == "*")
                || deployment_of(pod).is_some_and(|d| any_glob(&self.deployments, &d)))
            && kv(&self.labels, labels)
            && kv(&self.annotations, annotations)
            && (self.containers.is_empty()
                || container_names(pod)
                    .iter()
                    .any(|c| any_glob(&self.containers, c)))
    }

    /// Whether a container of a matching pod is selected.
    pub fn matches_container(&self, container: &str) -> bool {
        any_glob(&self.containers, container)
    }
}

/// The containers of a pod, by name.
pub fn container_names(pod: &Pod) -> Vec<String> {
    pod.spec
        .as_ref()
        .map(|s| s.containers.iter().map(|c| c.name.clone()).collect())
        .unwrap_or_default()
}

/// The Deployment behind a pod: its ReplicaSet owner without the `-<pod-template-hash>`.
pub fn deployment_of(pod: &Pod) -> Option<String> {
    let hash = pod.metadata.labels.as_ref()?.get("pod-template-hash")?;
    let rs = pod
        .metadata
        .owner_references
        .as_ref()?
        .iter()
        .find(|o| o.kind == "ReplicaSet")?;
    rs.name
        .strip_suffix(hash.as_str())
        .and_then(|n| n.strip_suffix('-'))
        .map(String::from)
}

fn any_glob(patterns: &[String], s: &str) -> bool {
    patterns.is_empty() || patterns.iter().any(|p| glob(p, s))
}

/// `*` matches any run of characters; everything else matches itself.
pub fn glob(pattern: &str, s: &str) -> bool {
    let parts: Vec<&str> = pattern.split('*').collect();
    if parts.len() == 1 {
        return pattern == s;
    }
    let mut rest = s;
    for (i, part) in parts.iter().enumerate() {
        if i == 0 {
            match rest.strip_prefix(part) {
                Some(r) => rest = r,
                None => return false,
            }
        } else if i == parts.len() - 1 {
            return rest.ends_with(part);
        } else {
            match rest.find(part) {
                Some(at) => rest = rest.get(at + part.len()..).unwrap_or_default(),
                None => return false,
            }
        }
    }
    true
}

/// The include and exclude selectors of a run.
#[derive(Debug, Clone, Default)]
pub struct Selection {
    pub include: Vec<SelectionSpec>,
    pub exclude: Vec<SelectionSpec>,
}

impl Selection {
    /// Parse the flags; the default exclusions (system namespaces) are always added.
    pub fn parse(include: &[String], exclude: &[String]) -> Result<Selection, String> {
        let include = include
            .iter()
            .map(|s| SelectionSpec::parse(s))
            .collect::<Result<Vec<_>, _>>()?;
        let mut exclude = exclude
            .iter()
            .map(|s| SelectionSpec::parse(s))
            .collect::<Result<Vec<_>, _>>()?;
        exclude.push(SelectionSpec {
            namespaces: DEFAULT_EXCLUDED_NAMESPACES.map(String::from).to_vec(),
            ..SelectionSpec::default()
        });
        Ok(Selection { include, exclude })
    }

    /// Whether a namespace's resources are collected: an include selector reaches it, and
    /// no namespace-only exclude selector removes it.
    pub fn namespace(&self, ns: &str) -> bool {
        (self.include.is_empty() || self.include.iter().any(|s| s.matches_namespace(ns)))
            && !self
                .exclude
                .iter()
                .any(|s| s.namespaces_only() && s.matches_namespace(ns))
    }

    /// Whether a pod's dumps and logs are collected.
    pub fn pod(&self, pod: &Pod) -> bool {
        (self.include.is_empty() || self.include.iter().any(|s| s.matches_pod(pod)))
            && !self.exclude.iter().any(|s| s.matches_pod(pod))
    }

    /// Whether a container's log is collected (the include selectors that name containers).
    pub fn container(&self, pod: &Pod, container: &str) -> bool {
        let chosen: Vec<&SelectionSpec> = self
            .include
            .iter()
            .filter(|s| s.matches_pod(pod) && !s.containers.is_empty())
            .collect();
        chosen.is_empty() || chosen.iter().any(|s| s.matches_container(container))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs_match_like_shell_stars() {
        assert!(glob("istio-*", "istio-system"));
        assert!(glob("*-v1", "reviews-v1"));
        assert!(glob("a*b*c", "axxbyyc"));
        assert!(!glob("a*b*c", "axxc"));
        assert!(glob("*", ""));
        assert!(!glob("exact", "exactly"));
    }

    #[test]
    fn specs_parse_and_complain() {
        let s = SelectionSpec::parse("ns1,ns2/d1/p*/app=x,v=1//istio-proxy").unwrap();
        assert_eq!(s.namespaces, ["ns1", "ns2"]);
        assert_eq!(s.deployments, ["d1"]);
        assert_eq!(s.pods, ["p*"]);
        assert_eq!(s.labels.len(), 2);
        assert_eq!(s.containers, ["istio-proxy"]);
        assert!(
            SelectionSpec::parse("a/b/c/d/e/f/g")
                .unwrap_err()
                .contains("7 fields")
        );
        assert!(
            SelectionSpec::parse("a///app")
                .unwrap_err()
                .contains("not key=value")
        );
    }

    fn pod(v: serde_json::Value) -> Pod {
        serde_json::from_value(v).unwrap()
    }

    #[test]
    fn pods_match_by_deployment_labels_and_containers() {
        let p = pod(
            serde_json::json!({"metadata": {"name": "reviews-v1-7d9c-abcde", "namespace": "shop",
            "labels": {"app": "reviews", "pod-template-hash": "7d9c"},
            "ownerReferences": [{"apiVersion": "apps/v1", "kind": "ReplicaSet",
                "name": "reviews-v1-7d9c", "uid": "u"}]},
            "spec": {"containers": [{"name": "reviews"}, {"name": "istio-proxy"}]}}),
        );
        assert_eq!(deployment_of(&p).as_deref(), Some("reviews-v1"));
        let m = |spec: &str| SelectionSpec::parse(spec).unwrap().matches_pod(&p);
        assert!(m("shop/reviews-*"));
        assert!(!m("shop/ratings-v1"));
        assert!(m("*/*/*/app=reviews"));
        assert!(!m("*/*/*/app=ratings"));
        assert!(m("shop/*/*//*/istio-*"));
        let sel = Selection::parse(&["shop/*/*//*/istio-proxy".into()], &[]).unwrap();
        assert!(sel.container(&p, "istio-proxy"));
        assert!(!sel.container(&p, "reviews"));
        let sel = Selection::parse(&[], &["*/reviews-v1".into()]).unwrap();
        assert!(!sel.pod(&p));
        assert!(
            sel.namespace("shop"),
            "a pod selector does not drop the namespace"
        );
    }

    #[test]
    fn system_namespaces_are_always_excluded() {
        let sel = Selection::parse(&[], &["shop".into()]).unwrap();
        assert!(!sel.namespace("kube-system"));
        assert!(!sel.namespace("shop"));
        assert!(sel.namespace("istio-system"));
    }
}
