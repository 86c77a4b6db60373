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

use crate::resource::node::{Node, Obj};

use super::SUPPRESS_ANNOTATION;
use crate::resource::Stored as Resource;

/// The annotation naming a template pod's controller (`Deployment/reviews-v1`).
pub const TEMPLATE_OF: &str = "sailctl.io/template-of";

/// Where a workload controller keeps its pod template under `spec`; None for other kinds.
fn template_path(r: &Resource) -> Option<&'static [&'static str]> {
    match (r.group(), r.kind.as_str()) {
        ("apps", "Deployment" | "StatefulSet" | "DaemonSet" | "ReplicaSet")
        | ("", "ReplicationController")
        | ("batch", "Job")
        | ("argoproj.io", "Rollout") => Some(&["spec", "template"]),
        ("batch", "CronJob") => Some(&["spec", "jobTemplate", "spec", "template"]),
        _ => None,
    }
}

/// The pod template of a workload controller, None for other kinds.
pub fn pod_template(r: &Resource) -> Option<&Node> {
    template_path(r)?
        .iter()
        .try_fold(&r.value, |n, key| n.field(key))
        .filter(|t| t.is_object())
}

/// A field of the pod template (`["spec"]`, `["metadata", "labels"]`), to change.
fn template_field_mut<'r>(r: &'r mut Resource, field: &[&str]) -> Option<&'r mut Node> {
    let path = template_path(r)?;
    path.iter()
        .chain(field)
        .try_fold(&mut r.value, |n, key| n.as_object_mut()?.get_mut(key))
}

/// Whether a Pod is a template pod made by [`template_pod`].
pub fn is_template_pod(r: &Resource) -> bool {
    r.annotation(TEMPLATE_OF).is_some()
}

/// The template pod of a workload controller (namespace as the controller's), None for other
/// kinds or a controller without a template. The pod's spec is the template's, shared with the
/// controller ([`Node::Shared`]): a big input has one template pod per controller, each kept
/// for the whole run.
pub fn template_pod(r: &mut Resource) -> Option<Resource> {
    let template = pod_template(r)?;
    let meta = template.field("metadata");
    let map_of = |key: &str| meta.and_then(|m| m.field(key)).and_then(Node::as_object);
    // built field by field with exact capacities: a big input has one template pod per
    // controller, and each is kept for the whole run
    let has_labels = map_of("labels").is_some();
    let given = map_of("annotations");
    let mut annotations = given.cloned().unwrap_or_default();
    let of = format!("{}/{}", r.kind, r.name);
    annotations.insert(TEMPLATE_OF, Node::string(&of));
    annotations.insert(SUPPRESS_ANNOTATION, Node::string("*"));
    let has_spec = template.field("spec").is_some();
    // the labels and the spec are the template's own, shared (see `Node::Shared`)
    let mut shared = |has: bool, field: &[&str]| {
        has.then(|| template_field_mut(r, field).map(Node::share))
            .flatten()
            .unwrap_or_else(|| Node::Object(Obj::new()))
    };
    let labels = shared(has_labels, &["metadata", "labels"]);
    let spec = shared(has_spec, &["spec"]);
    let mut metadata = Vec::with_capacity(4);
    metadata.push(("name".into(), Node::string(&r.name)));
    metadata.push(("labels".into(), labels));
    metadata.push(("annotations".into(), Node::Object(annotations)));
    if let Some(ns) = &r.namespace {
        metadata.push(("namespace".into(), Node::string(ns)));
    }
    let value = Obj::from_entries(vec![
        ("apiVersion".into(), Node::string("v1")),
        ("kind".into(), Node::string("Pod")),
        ("metadata".into(), Node::Object(Obj::from_entries(metadata))),
        ("spec".into(), spec),
    ]);
    let mut pod = Resource::from_value(Node::Object(value), r.origin.clone())?;
    pod.namespace.clone_from(&r.namespace);
    Some(pod)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn res(v: serde_json::Value) -> Resource {
        Resource::from_value(Node::from(v), None).expect("resource")
    }

    #[test]
    fn controllers_give_template_pods_with_their_labels_and_namespace() {
        let d = res(json!({"apiVersion": "apps/v1", "kind": "Deployment",
            "metadata": {"name": "web", "namespace": "shop"},
            "spec": {"template": {"metadata": {"labels": {"app": "web", "version": "v1"}},
                "spec": {"serviceAccountName": "web",
                         "containers": [{"name": "web", "ports": [{"containerPort": 8080}]}]}}}}));
        let mut d = d;
        let p = template_pod(&mut d).expect("template pod");
        let shared = |n: Option<&Node>| matches!(n, Some(Node::Shared(_)));
        assert!(shared(p.spec()) && shared(d.value.pointer("/spec/template/spec")));
        assert!(shared(p.value.pointer("/metadata/labels")));
        assert!(shared(d.value.pointer("/spec/template/metadata/labels")));
        assert_eq!(p.spec(), d.value.pointer("/spec/template/spec"));
        assert_eq!(
            d.value["spec"]["template"]["spec"]["containers"][0]["ports"][0]["containerPort"]
                .as_u64(),
            Some(8080),
            "the controller reads its template as before"
        );
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
        let mut cj = cj;
        let p = template_pod(&mut cj).expect("cronjob");
        assert_eq!(p.label("app"), Some("nightly"));
        assert_eq!(p.namespace, None);
        let svc = res(json!({"apiVersion": "v1", "kind": "Service",
            "metadata": {"name": "web"}, "spec": {"template": {}}}));
        assert!(template_pod(&mut svc.clone()).is_none());
        let other = res(json!({"apiVersion": "example.com/v1", "kind": "Deployment",
            "metadata": {"name": "x"}, "spec": {"template": {}}}));
        assert!(template_pod(&mut other.clone()).is_none());
    }
}
