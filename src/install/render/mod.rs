//! Rendering the Kubernetes objects of each enabled component from the merged values.
//!
//! Each component has a builder module that writes its objects as JSON, with the names,
//! ports, args, env, probes and labels Istio's charts use. Output order is deterministic:
//! components in dependency order (Base, Pilot, gateways, CNI, ztunnel), objects within a
//! component in a fixed order (CRDs first).

mod base;
mod cni;
mod crd_columns;
mod crd_release;
pub mod crds;
mod gateways;
mod injector;
mod network_policy;
mod overlay;
mod pilot;
mod ztunnel;

use serde_json::{Map, Value, json};

use super::values::Merged;
use super::{Component, Object, Phase};

/// Why rendering failed (values that are present but unusable).
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    #[error("{path}: {message}")]
    Value { path: String, message: String },
}

/// Read-only access to the merged chart values by dotted path.
#[derive(Clone, Copy)]
pub struct V<'a>(pub &'a Value);

static NULL: Value = Value::Null;

impl<'a> V<'a> {
    /// The value at a dotted path (`global.proxy.image`), or null.
    pub fn get(&self, path: &str) -> &'a Value {
        self.lookup(path).unwrap_or(&NULL)
    }
    /// The value at a dotted path, or None when the path is not there (an explicit null is).
    pub fn lookup(&self, path: &str) -> Option<&'a Value> {
        let mut cur = self.0;
        for k in path.split('.') {
            cur = cur.get(k)?;
        }
        Some(cur)
    }
    pub fn at(&self, path: &str) -> V<'a> {
        V(self.get(path))
    }
    /// A string (numbers and booleans are written out), or `def` when unset or empty.
    pub fn str_or(&self, path: &str, def: &str) -> String {
        match self.get(path) {
            Value::String(s) if !s.is_empty() => s.clone(),
            Value::Number(n) => n.to_string(),
            Value::Bool(b) => b.to_string(),
            _ => def.to_string(),
        }
    }
    pub fn str(&self, path: &str) -> String {
        self.str_or(path, "")
    }
    /// Helm truthiness: false, 0, "", empty maps and lists and null are false.
    pub fn truthy(&self, path: &str) -> bool {
        truthy(self.get(path))
    }
    /// A boolean, or `def` when the path is not there. An explicit null (`autoscaleEnabled:`
    /// with no value) is false: Helm drops a key set to null, and the chart's template then
    /// reads nothing, as istioctl renders it.
    pub fn bool_or(&self, path: &str, def: bool) -> bool {
        match self.lookup(path) {
            None => def,
            Some(Value::Bool(b)) => *b,
            Some(Value::String(s)) => s == "true",
            Some(Value::Null) => false,
            Some(_) => def,
        }
    }
    pub fn i64_or(&self, path: &str, def: i64) -> i64 {
        match self.get(path) {
            Value::Number(n) => n
                .as_i64()
                .or_else(|| n.as_f64().map(|f| f as i64))
                .unwrap_or(def),
            Value::String(s) => s.parse().unwrap_or(def),
            _ => def,
        }
    }
    /// A map's entries (empty when not a map), in order.
    pub fn entries(&self, path: &str) -> Vec<(&'a String, &'a Value)> {
        match self.get(path) {
            Value::Object(m) => m.iter().collect(),
            _ => Vec::new(),
        }
    }
}

pub fn truthy(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Number(n) => n.as_f64() != Some(0.0),
        Value::String(s) => !s.is_empty(),
        Value::Array(a) => !a.is_empty(),
        Value::Object(m) => !m.is_empty(),
    }
}

/// A value as text the way a chart writes `"{{ $val }}"`.
pub fn text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        // Go prints 1.0 as "1"
        Value::Number(n) if n.is_f64() => match n.as_f64() {
            Some(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", f as i64),
            _ => n.to_string(),
        },
        other => other.to_string(),
    }
}

/// Everything a builder needs besides the values.
pub struct Ctx<'a> {
    pub v: V<'a>,
    /// `values.revision` ("" for the default revision).
    pub revision: String,
    /// `values.global.istioNamespace`.
    pub istio_ns: String,
    /// The IstioOperator's `metadata.name`, if set (`install.operator.istio.io/owning-resource`).
    pub owner: Option<String>,
    /// The IstioOperator's `metadata.namespace`.
    pub owner_ns: String,
    /// The Istio version the images are tagged with.
    pub version: String,
}

impl Ctx<'_> {
    /// `name` or `name-<revision>`.
    pub fn rev_name(&self, name: &str) -> String {
        if self.revision.is_empty() {
            name.to_string()
        } else {
            format!("{name}-{}", self.revision)
        }
    }
    /// The `istio.io/rev` label value.
    pub fn rev_label(&self) -> String {
        if self.revision.is_empty() {
            "default".to_string()
        } else {
            self.revision.clone()
        }
    }
    /// `hub/name:tag[-variant]` (a name with a `/` is used as is).
    pub fn image(&self, hub: &str, name: &str, tag: &str, variant: &str) -> String {
        if name.contains('/') {
            return name.to_string();
        }
        let mut s = format!("{hub}/{name}:{tag}");
        if !variant.is_empty() {
            s.push('-');
            s.push_str(variant);
        }
        s
    }
    pub fn global_hub(&self) -> String {
        self.v.str_or("global.hub", super::release::HUB)
    }
    pub fn global_tag(&self) -> String {
        self.v.str_or("global.tag", &self.version)
    }
    /// The labels every chart puts on every object (`istio.labels`).
    pub fn common_labels(&self, m: &mut Map<String, Value>) {
        m.insert("app.kubernetes.io/managed-by".into(), "sailctl".into());
        m.insert("app.kubernetes.io/instance".into(), "istio".into());
        m.insert("app.kubernetes.io/part-of".into(), "istio".into());
        m.insert(
            "app.kubernetes.io/version".into(),
            Value::String(self.global_tag()),
        );
    }
    /// The revision/ownership labels most chart objects carry.
    pub fn owned_labels(&self, m: &mut Map<String, Value>, component: Component) {
        m.insert("istio.io/rev".into(), Value::String(self.rev_label()));
        m.insert(
            "install.operator.istio.io/owning-resource".into(),
            Value::String(self.owner.clone().unwrap_or_else(|| "unknown".into())),
        );
        m.insert(
            "operator.istio.io/component".into(),
            component.label().into(),
        );
    }
    /// The proxy-config resources block, without empty entries (`istiod.resources`).
    pub fn resources(&self, r: &Value) -> Value {
        let mut out = Map::new();
        for key in ["limits", "requests"] {
            if let Some(Value::Object(m)) = r.get(key) {
                let kept: Map<String, Value> = m
                    .iter()
                    .filter(|(_, v)| truthy(v))
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect();
                if !kept.is_empty() {
                    out.insert(key.into(), Value::Object(kept));
                }
            }
        }
        Value::Object(out)
    }
}

/// A fresh object with apiVersion, kind, name, namespace and labels.
pub fn object(
    api_version: &str,
    kind: &str,
    name: &str,
    namespace: Option<&str>,
    labels: Map<String, Value>,
) -> Value {
    let mut meta = Map::new();
    meta.insert("name".into(), Value::String(name.to_string()));
    if let Some(ns) = namespace {
        meta.insert("namespace".into(), Value::String(ns.to_string()));
    }
    if !labels.is_empty() {
        meta.insert("labels".into(), Value::Object(labels));
    }
    json!({"apiVersion": api_version, "kind": kind, "metadata": meta})
}

/// A label map from pairs.
pub fn labels<const N: usize>(pairs: [(&str, &str); N]) -> Map<String, Value> {
    pairs
        .into_iter()
        .map(|(k, v)| (k.to_string(), Value::String(v.to_string())))
        .collect()
}

/// An env entry `{name, value}`.
pub fn env(name: &str, value: impl Into<String>) -> Value {
    json!({"name": name, "value": value.into()})
}

/// An env entry from a pod field.
pub fn env_field(name: &str, field: &str) -> Value {
    json!({"name": name, "valueFrom": {"fieldRef": {"apiVersion": "v1", "fieldPath": field}}})
}

/// An env entry from a container resource.
pub fn env_resource(name: &str, resource: &str) -> Value {
    json!({"name": name, "valueFrom": {"resourceFieldRef": {"resource": resource, "divisor": "1"}}})
}

/// One enabled instance of a component.
#[derive(Debug, Clone)]
pub struct Instance {
    pub component: Component,
    pub namespace: String,
    /// The component spec as written (`spec.components.<name>` or one gateway entry).
    pub spec: Value,
    /// Gateway name (empty for other components).
    pub name: String,
}

/// The enabled component instances, in render order (istioctl's component.Get rules).
pub fn instances(m: &Merged) -> Vec<Instance> {
    let spec = m.spec();
    let default_ns = m.operator["metadata"]["namespace"]
        .as_str()
        .filter(|s| !s.is_empty())
        .unwrap_or("istio-system")
        .to_string();
    let ns_of = |s: &Value| {
        s.get("namespace")
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .unwrap_or_else(|| default_ns.clone())
    };
    let enabled = |s: &Value| s.get("enabled").and_then(Value::as_bool).unwrap_or(true);
    let mut out = Vec::new();
    for c in Component::ALL {
        let raw = &spec["components"][c.spec_name()];
        match c {
            Component::IngressGateways | Component::EgressGateways => {
                let (default_name, alt) = if c == Component::IngressGateways {
                    ("istio-ingressgateway", true)
                } else {
                    ("istio-egressgateway", false)
                };
                let alt_enabled = m.values()["gateways"][default_name]["enabled"]
                    .as_bool()
                    .unwrap_or(false);
                match raw {
                    Value::Array(list) => {
                        for g in list {
                            if enabled(g) || alt_enabled {
                                let name = g
                                    .get("name")
                                    .and_then(Value::as_str)
                                    .filter(|s| !s.is_empty())
                                    .unwrap_or(default_name)
                                    .to_string();
                                out.push(Instance {
                                    component: c,
                                    namespace: ns_of(g),
                                    spec: g.clone(),
                                    name,
                                });
                            }
                        }
                    }
                    _ if alt || alt_enabled => out.push(Instance {
                        component: c,
                        namespace: default_ns.clone(),
                        spec: Value::Null,
                        name: default_name.to_string(),
                    }),
                    _ => {}
                }
            }
            _ => {
                let default_on = matches!(c, Component::Base | Component::Pilot);
                let on = if raw.is_object() {
                    enabled(raw)
                } else {
                    default_on
                };
                if on {
                    out.push(Instance {
                        component: c,
                        namespace: ns_of(raw),
                        spec: raw.clone(),
                        name: String::new(),
                    });
                }
            }
        }
    }
    out
}

/// The render context of a merged IstioOperator.
fn context(m: &Merged) -> Ctx<'_> {
    let values = m.values();
    let version = m.spec()["tag"]
        .as_str()
        .map(str::to_string)
        .unwrap_or_else(|| super::release::ISTIO.to_string());
    Ctx {
        v: V(values),
        revision: V(values).str("revision"),
        istio_ns: V(values).str_or("global.istioNamespace", "istio-system"),
        owner: m.operator["metadata"]["name"]
            .as_str()
            .filter(|s| !s.is_empty())
            .map(str::to_string),
        owner_ns: m.operator["metadata"]["namespace"]
            .as_str()
            .unwrap_or("istio-system")
            .to_string(),
        version,
    }
}

/// Render every enabled component.
pub fn render(m: &Merged) -> Result<Vec<Object>, RenderError> {
    let ctx = context(m);
    let mut out = Vec::new();
    for inst in instances(m) {
        // a component's own hub/tag override its chart's (istioctl copies them into values)
        let overridden = component_image_values(m.values(), &inst);
        let local;
        let ctx = match &overridden {
            Some(values) => {
                local = Ctx {
                    v: V(values),
                    revision: ctx.revision.clone(),
                    istio_ns: ctx.istio_ns.clone(),
                    owner: ctx.owner.clone(),
                    owner_ns: ctx.owner_ns.clone(),
                    version: ctx.version.clone(),
                };
                &local
            }
            None => &ctx,
        };
        let objs = match inst.component {
            Component::Base => base::render(ctx, &inst),
            Component::Pilot => pilot::render(ctx, &inst, m)?,
            Component::IngressGateways | Component::EgressGateways => gateways::render(ctx, &inst),
            Component::Cni => cni::render(ctx, &inst),
            Component::Ztunnel => ztunnel::render(ctx, &inst),
        };
        for mut value in objs {
            apply_k8s_overrides(&mut value, &inst, ctx);
            if let Some(overlays) = inst.spec.get("k8s").and_then(|k| k.get("overlays")) {
                overlay::apply_overlays(&mut value, overlays, inst.component.spec_name())?;
            }
            add_ownership(&mut value, inst.component, ctx);
            out.push(Object {
                component: inst.component,
                phase: Phase::Manifest,
                value,
            });
        }
    }
    Ok(out)
}

/// Values with what a component's spec says copied under its chart root, as istioctl does
/// before the charts read them: its `hub`/`tag`, and for Deployments `k8s.hpaSpec.minReplicas`
/// / `maxReplicas` as `autoscaleMin` / `autoscaleMax` and `k8s.replicaCount` as
/// `replicaCount` (so the chart's PodDisruptionBudget rule sees them). None when it says none.
fn component_image_values(values: &Value, inst: &Instance) -> Option<Value> {
    let (root, deployment): (Vec<&str>, bool) = match inst.component {
        Component::Pilot => (vec!["pilot"], true),
        Component::Cni => (vec!["cni"], false),
        Component::Ztunnel => (vec!["ztunnel"], false),
        Component::IngressGateways => (vec!["gateways", "istio-ingressgateway"], true),
        Component::EgressGateways => (vec!["gateways", "istio-egressgateway"], true),
        Component::Base => return None,
    };
    let mut set: Vec<(&str, Value)> = Vec::new();
    if let Some(h) = inst.spec.get("hub").filter(|h| truthy(h)) {
        set.push(("hub", h.clone()));
    }
    if let Some(t) = inst.spec.get("tag").filter(|t| truthy(t)) {
        set.push(("tag", Value::String(text(t))));
    }
    if deployment {
        let k8s = &inst.spec["k8s"];
        for (from, to) in [
            (&k8s["hpaSpec"]["minReplicas"], "autoscaleMin"),
            (&k8s["hpaSpec"]["maxReplicas"], "autoscaleMax"),
            (&k8s["replicaCount"], "replicaCount"),
        ] {
            if from.as_i64().is_some_and(|n| n > 0) {
                set.push((to, from.clone()));
            }
        }
    }
    if set.is_empty() {
        return None;
    }
    let mut values = values.clone();
    let mut cur = &mut values;
    for k in root {
        if !cur.get(k).is_some_and(Value::is_object) {
            cur[k] = json!({});
        }
        cur = &mut cur[k];
    }
    for (k, v) in set {
        cur[k] = v;
    }
    Some(values)
}

/// The labels istioctl's installer puts on every object it applies; uninstall and prune
/// select by them.
fn add_ownership(obj: &mut Value, component: Component, ctx: &Ctx) {
    let Some(meta) = obj.get_mut("metadata").and_then(Value::as_object_mut) else {
        return;
    };
    let labels = meta
        .entry("labels")
        .or_insert_with(|| Value::Object(Map::new()));
    let Some(l) = labels.as_object_mut() else {
        return;
    };
    l.insert(
        "operator.istio.io/component".into(),
        component.label().into(),
    );
    l.insert("operator.istio.io/managed".into(), "Reconcile".into());
    l.insert(
        "operator.istio.io/version".into(),
        Value::String(ctx.version.clone()),
    );
    l.insert("istio.io/rev".into(), Value::String(ctx.rev_label()));
    l.insert(
        "install.operator.istio.io/owning-resource-namespace".into(),
        Value::String(ctx.owner_ns.clone()),
    );
    if let Some(owner) = &ctx.owner {
        l.insert(
            "install.operator.istio.io/owning-resource".into(),
            Value::String(owner.clone()),
        );
    }
}

/// The workload a component's `k8s` settings apply to: (kind, name, container).
fn workload(inst: &Instance, ctx: &Ctx) -> Option<(&'static str, String, &'static str)> {
    match inst.component {
        Component::Pilot => Some(("Deployment", ctx.rev_name("istiod"), "discovery")),
        Component::IngressGateways | Component::EgressGateways => {
            Some(("Deployment", inst.name.clone(), "istio-proxy"))
        }
        Component::Cni => Some(("DaemonSet", "istio-cni-node".into(), "install-cni")),
        Component::Ztunnel => Some(("DaemonSet", "ztunnel".into(), "istio-proxy")),
        Component::Base => None,
    }
}

/// Apply `components.<c>.k8s` settings (istioctl's post-render patches) to the matching object.
fn apply_k8s_overrides(obj: &mut Value, inst: &Instance, ctx: &Ctx) {
    let Some(k8s) = inst.spec.get("k8s").and_then(Value::as_object) else {
        return;
    };
    let Some((kind, name, container)) = workload(inst, ctx) else {
        return;
    };
    let obj_kind = obj["kind"].as_str().unwrap_or_default().to_string();
    let obj_name = obj["metadata"]["name"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    if obj_name != name {
        return;
    }
    for (field, v) in k8s {
        match (field.as_str(), obj_kind.as_str()) {
            ("replicaCount", k) if k == kind => obj["spec"]["replicas"] = v.clone(),
            ("strategy", k) if k == kind => obj["spec"]["strategy"] = v.clone(),
            // a strategic merge patch, as istioctl applies them: maps merge, the rest replace
            (f @ ("affinity" | "nodeSelector" | "securityContext"), k) if k == kind => {
                super::values::merge(&mut obj["spec"]["template"]["spec"][f], v)
            }
            (f @ ("tolerations" | "priorityClassName"), k) if k == kind => {
                obj["spec"]["template"]["spec"][f] = v.clone()
            }
            ("podAnnotations", k) if k == kind => {
                let mut patch = json!({"spec": {"template": {"metadata": {"annotations": {}}}}});
                patch["spec"]["template"]["metadata"]["annotations"] = v.clone();
                super::values::merge(obj, &patch);
            }
            (f @ ("resources" | "readinessProbe" | "imagePullPolicy" | "env"), k) if k == kind => {
                if let Some(cs) = obj["spec"]["template"]["spec"]["containers"].as_array_mut()
                    && let Some(c) = cs.iter_mut().find(|c| c["name"] == container)
                {
                    match f {
                        "env" => merge_env(&mut c["env"], v),
                        "resources" | "readinessProbe" => super::values::merge(&mut c[f], v),
                        _ => c[f] = v.clone(),
                    }
                }
            }
            ("hpaSpec", "HorizontalPodAutoscaler") => {
                let mut patch = json!({"spec": {}});
                patch["spec"] = v.clone();
                super::values::merge(obj, &patch);
            }
            ("podDisruptionBudget", "PodDisruptionBudget") => {
                let mut patch = json!({"spec": {}});
                patch["spec"] = v.clone();
                super::values::merge(obj, &patch);
                // the chart sets minAvailable; a PDB may not have both, so the user's
                // maxUnavailable replaces it (as istioctl's post-processing does)
                if let Some(spec) = obj["spec"].as_object_mut()
                    && spec.get("maxUnavailable").is_some_and(|m| !m.is_null())
                    && spec.get("minAvailable").is_some_and(|m| !m.is_null())
                {
                    spec.shift_remove("minAvailable");
                }
            }
            ("serviceAnnotations", "Service") => {
                let mut patch = json!({"metadata": {"annotations": {}}});
                patch["metadata"]["annotations"] = v.clone();
                super::values::merge(obj, &patch);
            }
            ("service", "Service") => {
                let mut patch = json!({"spec": {}});
                patch["spec"] = v.clone();
                // gateway ports went into the chart values already
                if matches!(
                    inst.component,
                    Component::IngressGateways | Component::EgressGateways
                ) && let Some(m) = patch["spec"].as_object_mut()
                {
                    m.shift_remove("ports");
                }
                super::values::merge(obj, &patch);
            }
            _ => {}
        }
    }
}

/// Strategic-merge of env lists (merge key `name`), in the order a strategic merge patch
/// leaves them: the patch's entries in the patch's order, the other entries in theirs, a patched
/// entry at its old place and a new one right after the patch entry before it.
fn merge_env(target: &mut Value, patch: &Value) {
    let Some(add) = patch.as_array() else { return };
    let old = target.as_array().cloned().unwrap_or_default();
    let at = |e: &Value| old.iter().position(|x| x["name"] == e["name"]);
    let others: Vec<(usize, &Value)> = old
        .iter()
        .enumerate()
        .filter(|(_, x)| !add.iter().any(|e| e["name"] == x["name"]))
        .collect();
    let (mut merged, mut rest) = (Vec::new(), others.iter().peekable());
    for e in add {
        if let Some(i) = at(e) {
            while let Some((_, x)) = rest.next_if(|(j, _)| *j < i) {
                merged.push((*x).clone());
            }
        }
        merged.push(e.clone());
    }
    merged.extend(rest.map(|(_, x)| (*x).clone()));
    *target = Value::Array(merged);
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    #[test]
    fn env_merges_in_strategic_merge_order() {
        let mut env = json!([{"name": "A"}, {"name": "B", "value": "1"}, {"name": "C"}]);
        super::merge_env(
            &mut env,
            &json!([{"name": "B", "value": "2"}, {"name": "NEW"}, {"name": "Z"}]),
        );
        let names: Vec<&str> = env
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["name"].as_str().unwrap())
            .collect();
        assert_eq!(names, ["A", "B", "NEW", "Z", "C"]);
        assert_eq!(env[1]["value"], "2");
    }
}
