//! The workload index: in file mode a workload is a Pod or the pod template of a controller
//! (Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob, Argo
//! Rollout). Each template becomes a *template pod* in the store's `Pod` collection, so every
//! analyzer that matches a selector or asks for "the pods of" something sees it.
//!
//! A template pod carries the template's labels, annotations, service account, containers and
//! ports, the controller's namespace and name, and the controller's file position. It is marked
//! with [`TEMPLATE_OF`] and `galley.istio.io/analyze-suppress: "*"`: it stands for pods that do
//! not exist yet (their sidecar is injected later), so nothing is reported about the template
//! pod itself; the controller is analyzed as itself.

use serde_json::{Map, Value};

use super::SUPPRESS_ANNOTATION;
use crate::resource::{Field, Resource};

/// The annotation naming a template pod's controller (`Deployment/reviews-v1`).
pub const TEMPLATE_OF: &str = "sailctl.io/template-of";

/// The pod template of a workload controller, None for other kinds.
pub fn pod_template(r: &Resource) -> Option<&Value> {
    let spec = r.spec()?;
    match (r.group(), r.kind.as_str()) {
        ("apps", "Deployment" | "StatefulSet" | "DaemonSet" | "ReplicaSet")
        | ("", "ReplicationController")
        | ("batch", "Job")
        | ("argoproj.io", "Rollout") => spec.field("template"),
        ("batch", "CronJob") => spec
            .field("jobTemplate")
            .and_then(|j| j.field("spec"))
            .and_then(|s| s.field("template")),
        _ => None,
    }
    .filter(|t| t.is_object())
}

/// Whether a Pod is a template pod made by [`template_pod`].
pub fn is_template_pod(r: &Resource) -> bool {
    r.annotation(TEMPLATE_OF).is_some()
}

/// The template pod of a workload controller (namespace as the controller's), None for other
/// kinds or a controller without a template.
pub fn template_pod(r: &Resource) -> Option<Resource> {
    let template = pod_template(r)?;
    let meta = template.field("metadata");
    let map_of = |key: &str| meta.and_then(|m| m.field(key)).and_then(Value::as_object);
    // built field by field with exact capacities: a big input has one template pod per
    // controller, and each is kept for the whole run
    let labels = map_of("labels").cloned().unwrap_or_default();
    let given = map_of("annotations");
    let mut annotations = Map::with_capacity(given.map_or(0, Map::len) + 2);
    if let Some(given) = given {
        annotations.extend(given.iter().map(|(k, v)| (k.clone(), v.clone())));
    }
    annotations.insert(
        TEMPLATE_OF.to_string(),
        Value::String(format!("{}/{}", r.kind, r.name)),
    );
    annotations.insert(SUPPRESS_ANNOTATION.to_string(), Value::String("*".into()));
    let mut metadata = Map::with_capacity(4);
    metadata.insert("name".into(), Value::String(r.name.clone()));
    metadata.insert("labels".into(), Value::Object(labels));
    metadata.insert("annotations".into(), Value::Object(annotations));
    if let Some(ns) = &r.namespace {
        metadata.insert("namespace".into(), Value::String(ns.clone()));
    }
    let mut value = Map::with_capacity(4);
    value.insert("apiVersion".into(), Value::String("v1".into()));
    value.insert("kind".into(), Value::String("Pod".into()));
    value.insert("metadata".into(), Value::Object(metadata));
    let spec = template.field("spec").cloned();
    value.insert(
        "spec".into(),
        spec.unwrap_or_else(|| Value::Object(Map::new())),
    );
    let mut pod = Resource::from_value(Value::Object(value), r.origin.clone())?;
    pod.namespace.clone_from(&r.namespace);
    Some(pod)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn res(v: Value) -> Resource {
        Resource::from_value(v, None).expect("resource")
    }

    #[test]
    fn controllers_give_template_pods_with_their_labels_and_namespace() {
        let d = res(json!({"apiVersion": "apps/v1", "kind": "Deployment",
            "metadata": {"name": "web", "namespace": "shop"},
            "spec": {"template": {"metadata": {"labels": {"app": "web", "version": "v1"}},
                "spec": {"serviceAccountName": "web",
                         "containers": [{"name": "web", "ports": [{"containerPort": 8080}]}]}}}}));
        let p = template_pod(&d).expect("template pod");
        assert_eq!(p.kind, "Pod");
        assert_eq!(p.name, "web");
        assert_eq!(p.namespace.as_deref(), Some("shop"));
        assert_eq!(p.label("version"), Some("v1"));
        assert_eq!(p.annotation(TEMPLATE_OF), Some("Deployment/web"));
        assert!(is_template_pod(&p));
        assert_eq!(p.value["spec"]["serviceAccountName"], "web");
        let cj = res(json!({"apiVersion": "batch/v1", "kind": "CronJob",
            "metadata": {"name": "nightly"},
            "spec": {"jobTemplate": {"spec": {"template": {
                "metadata": {"labels": {"app": "nightly"}}, "spec": {"containers": []}}}}}}));
        let p = template_pod(&cj).expect("cronjob");
        assert_eq!(p.label("app"), Some("nightly"));
        assert_eq!(p.namespace, None);
        let svc = res(json!({"apiVersion": "v1", "kind": "Service",
            "metadata": {"name": "web"}, "spec": {"template": {}}}));
        assert!(template_pod(&svc).is_none());
        let other = res(json!({"apiVersion": "example.com/v1", "kind": "Deployment",
            "metadata": {"name": "x"}, "spec": {"template": {}}}));
        assert!(template_pod(&other).is_none());
    }
}
