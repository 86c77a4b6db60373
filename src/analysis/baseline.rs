//! The baseline cluster of file mode: what `sailctl install --profile NAME` would create, so an
//! application's files are analyzed as applied to a freshly installed mesh. The objects come
//! from the install renderer (the istio namespace, istiod and its Service, the gateways with
//! the chart's Service ports, labels and target ports, the injector); on top of the profile's
//! own gateways the baseline also has the egress gateway and the east-west gateway that Istio's
//! egress and multicluster guides install (same chart, their documented ports and labels).
//!
//! Everything in it carries `galley.istio.io/analyze-suppress: "*"`: it is context, never
//! reported on. Rendering takes a few milliseconds and happens once per run.

use super::SUPPRESS_ANNOTATION;
use super::workloads;
use crate::install::render;
use crate::install::values::{self, Inputs};
use crate::resource::Stored as Resource;
use crate::resource::node::{Node, Obj};

/// The annotation marking baseline objects (its value is the profile).
pub const BASELINE: &str = "sailctl.io/baseline";

/// Whether a resource is part of the baseline rather than the input.
pub fn is_baseline(r: &Resource) -> bool {
    r.annotation(BASELINE).is_some()
}

/// The kinds of the rendered install that analyzers read.
const KEPT: &[&str] = &[
    "Service",
    "Deployment",
    "ConfigMap",
    "MutatingWebhookConfiguration",
];

/// `--set` flags adding the gateways Istio's guides install next to a profile's.
fn extra_gateways() -> Vec<String> {
    let mut set = vec![
        "components.egressGateways[0].name=istio-egressgateway".to_string(),
        "components.egressGateways[0].enabled=true".to_string(),
    ];
    // `--set` grows a list one index at a time: name the profile's ingress gateway (index 0,
    // merged over the profile's entry) before adding the east-west one at index 1
    set.push("components.ingressGateways[0].name=istio-ingressgateway".to_string());
    let ew = "components.ingressGateways[1]";
    set.push(format!("{ew}.name=istio-eastwestgateway"));
    set.push(format!("{ew}.enabled=true"));
    set.push(format!("{ew}.label.istio=eastwestgateway"));
    set.push(format!("{ew}.label.app=istio-eastwestgateway"));
    for (i, (name, port)) in [
        ("status-port", 15021),
        ("tls", 15443),
        ("tls-istiod", 15012),
        ("tls-webhook", 15017),
    ]
    .iter()
    .enumerate()
    {
        let p = format!("{ew}.k8s.service.ports[{i}]");
        set.push(format!("{p}.name={name}"));
        set.push(format!("{p}.port={port}"));
        set.push(format!("{p}.targetPort={port}"));
        set.push(format!("{p}.protocol=TCP"));
    }
    set
}

/// The baseline objects for a profile, in the given istio namespace: a Namespace, the rendered
/// objects analyzers read, and the template pods of the rendered Deployments.
pub fn objects(profile: &str, istio_namespace: &str) -> Result<Vec<Resource>, String> {
    let mut set = vec![
        format!("profile={profile}"),
        format!("values.global.istioNamespace={istio_namespace}"),
        format!("namespace={istio_namespace}"),
        // CRDs and cluster roles are not analyzed: skip rendering them
        "components.base.enabled=false".to_string(),
    ];
    set.extend(extra_gateways());
    let merged = values::build(&Inputs {
        files: Vec::new(),
        set,
        profile_dir: None,
    })
    .map_err(|e| format!("baseline profile {profile:?}: {e}"))?;
    let rendered =
        render::render(&merged).map_err(|e| format!("baseline profile {profile:?}: {e}"))?;
    let mut out = Vec::new();
    let ns = serde_json::json!({"apiVersion": "v1", "kind": "Namespace",
        "metadata": {"name": istio_namespace}});
    out.extend(Resource::from_value(Node::from(ns), None));
    for obj in rendered {
        if !KEPT.contains(&obj.kind()) {
            continue;
        }
        let Some(mut r) = Resource::from_value(Node::from(obj.value), None) else {
            continue;
        };
        if let Some(pod) = workloads::template_pod(&mut r) {
            out.push(pod);
        }
        out.push(r);
    }
    for r in &mut out {
        mark(r, profile);
    }
    Ok(out)
}

fn mark(r: &mut Resource, profile: &str) {
    let Some(meta) = r.value.as_object_mut().and_then(|m| m.get_mut("metadata")) else {
        return;
    };
    let Some(meta) = meta.as_object_mut() else {
        return;
    };
    if !meta.contains_key("annotations") {
        meta.insert("annotations", Node::Object(Obj::new()));
    }
    if let Some(a) = meta.get_mut("annotations").and_then(Node::as_object_mut) {
        a.insert(SUPPRESS_ANNOTATION, Node::string("*"));
        a.insert(BASELINE, Node::string(profile));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn service<'a>(objs: &'a [Resource], name: &str) -> &'a Resource {
        objs.iter()
            .find(|r| r.kind == "Service" && r.name == name)
            .unwrap_or_else(|| panic!("no Service {name}"))
    }

    fn ports(svc: &Resource) -> Vec<(i64, i64)> {
        svc.value["spec"]["ports"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|p| {
                (
                    p.field("port").and_then(Node::as_i64).unwrap_or(-1),
                    p.field("targetPort").and_then(Node::as_i64).unwrap_or(-1),
                )
            })
            .collect()
    }

    #[test]
    fn default_profile_has_istiod_and_the_charts_gateways() {
        let objs = objects("default", "istio-system").expect("renders");
        assert!(
            objs.iter()
                .all(|r| r.annotation(SUPPRESS_ANNOTATION) == Some("*"))
        );
        assert!(objs.iter().all(is_baseline));
        let istiod = service(&objs, "istiod");
        assert_eq!(istiod.namespace.as_deref(), Some("istio-system"));
        let ingress = service(&objs, "istio-ingressgateway");
        assert!(ports(ingress).contains(&(80, 8080)), "{:?}", ports(ingress));
        assert!(ports(ingress).contains(&(443, 8443)));
        assert_eq!(ingress.value["spec"]["selector"]["istio"], "ingressgateway");
        let egress = service(&objs, "istio-egressgateway");
        assert_eq!(egress.value["spec"]["selector"]["istio"], "egressgateway");
        let ew = service(&objs, "istio-eastwestgateway");
        assert_eq!(ew.value["spec"]["selector"]["istio"], "eastwestgateway");
        assert!(ports(ew).contains(&(15443, 15443)), "{:?}", ports(ew));
        let gw_pods = objs
            .iter()
            .filter(|r| r.kind == "Pod" && r.label("istio") == Some("eastwestgateway"))
            .count();
        assert_eq!(gw_pods, 1);
    }

    #[test]
    fn the_istio_namespace_and_profile_are_honoured() {
        let objs = objects("demo", "mesh").expect("renders");
        assert!(
            objs.iter()
                .any(|r| r.kind == "Namespace" && r.name == "mesh")
        );
        assert_eq!(service(&objs, "istiod").namespace.as_deref(), Some("mesh"));
        assert!(objects("no-such-profile", "istio-system").is_err());
    }
}
