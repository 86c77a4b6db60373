//! Kubernetes kinds: istioctl's advice for Services (port names or appProtocol must say the
//! protocol, so Istio does not have to guess) and Deployments (pod templates should carry the
//! app and version labels Istio's telemetry uses). All of these are warnings.

use serde_json::Value;

use super::common::{Cx, P, arr, get, obj, s};
use super::ports::{Proto, has_protocol_prefix};
use crate::resource::Field;
use crate::resource::Resource;
use crate::schema::KindInfo;

/// Objects in Istio's own namespace are not checked (istioctl's behaviour).
const ISTIO_NAMESPACE: &str = "istio-system";

const PROTOCOL_DOC: &str =
    "https://istio.io/latest/docs/ops/configuration/traffic-management/protocol-selection/";
const REQUIREMENTS_DOC: &str =
    "https://istio.io/latest/docs/ops/deployment/application-requirements/";

/// Labels that name the canonical service, and those that give its revision.
const NAME_LABELS: &[&str] = &[
    "service.istio.io/canonical-name",
    "app.kubernetes.io/name",
    "app",
];
const VERSION_LABELS: &[&str] = &[
    "service.istio.io/canonical-revision",
    "app.kubernetes.io/version",
    "version",
];

pub fn check(res: &Resource, info: &KindInfo, cx: &mut Cx) {
    if res.namespace.as_deref() == Some(ISTIO_NAMESPACE) {
        return;
    }
    match (info.group, info.kind) {
        ("", "Service") => service(res, cx),
        ("apps", "Deployment") => deployment(res, cx),
        _ => {}
    }
}

fn service(res: &Resource, cx: &mut Cx) {
    let Some(spec) = res.spec() else { return };
    let root = P::Root;
    let ps = root.k("spec");
    let pp = ps.k("ports");
    for (i, port) in arr(spec, "ports").iter().enumerate() {
        let pi = pp.i(i);
        if s(port, "protocol").eq_ignore_ascii_case("UDP") {
            continue;
        }
        if let Some(Value::String(ap)) = port.field("appProtocol") {
            if Proto::parse(ap) == Proto::Unsupported {
                cx.warn(&pi.k("appProtocol"), format!("appProtocol {ap:?} is not a protocol Istio recognizes, so it will guess the protocol (see {PROTOCOL_DOC})"));
            }
            continue;
        }
        match port.field("name").and_then(Value::as_str) {
            None => cx.warn(&pi, format!("port {} has no name: name it <protocol>[-<suffix>] (for example http-web) or set appProtocol (see {REQUIREMENTS_DOC})", port_label(port))),
            Some(name) if !has_protocol_prefix(name) => cx.warn(
                &pi.k("name"),
                format!("port name {name:?} does not start with a protocol: use <protocol>[-<suffix>] (http, http2, https, grpc, grpc-web, tcp, tls, mongo, mysql, redis, udp) or set appProtocol (see {REQUIREMENTS_DOC})"),
            ),
            Some(_) => {}
        }
    }
}

fn port_label(port: &Value) -> String {
    match port.field("port") {
        Some(Value::Number(n)) => n.to_string(),
        _ => "?".into(),
    }
}

fn deployment(res: &Resource, cx: &mut Cx) {
    let Some(template) = res.spec().and_then(|s| get(s, "template")) else {
        return;
    };
    let labels = template.field("metadata").and_then(|m| obj(m, "labels"));
    let has_any = |keys: &[&str]| labels.is_some_and(|l| keys.iter().any(|k| l.contains_key(*k)));
    let mut missing = Vec::new();
    if !has_any(NAME_LABELS) {
        missing.push("app");
    }
    if !has_any(VERSION_LABELS) {
        missing.push("version");
    }
    if missing.is_empty() {
        return;
    }
    let root = P::Root;
    let ps = root.k("spec");
    let ptt = ps.k("template");
    let pt = ptt.k("metadata");
    let p = if labels.is_some() { pt.k("labels") } else { pt };
    cx.warn(
        &p,
        format!(
            "the pod template has no {} label: Istio's metrics and telemetry use app (or app.kubernetes.io/name) and version (or app.kubernetes.io/version) (see {REQUIREMENTS_DOC})",
            missing.join(" or ")
        ),
    );
}

#[cfg(test)]
mod tests {
    use crate::validation::testing::*;

    fn svc(ns: &str, ports: &str) -> String {
        format!(
            "apiVersion: v1\nkind: Service\nmetadata:\n  name: s\n  namespace: {ns}\nspec:\n  ports:\n{ports}"
        )
    }

    #[test]
    fn service_port_names() {
        let d = svc(
            "prod",
            "  - port: 80\n  - port: 81\n    name: web\n  - port: 82\n    name: http-web\n  - port: 83\n    name: dns\n    protocol: UDP\n  - port: 84\n    appProtocol: h2c\n  - port: 85\n    name: x\n    appProtocol: grpc\n",
        );
        let l = lines(&d);
        assert_eq!(l.len(), 3, "{l:#?}");
        assert!(l[0].starts_with("W spec.ports[0]: port 80 has no name"));
        assert!(l[1].starts_with("W spec.ports[1].name: port name \"web\""));
        assert!(l[2].starts_with("W spec.ports[4].appProtocol"));
        assert!(lines(&svc("istio-system", "  - port: 80\n")).is_empty());
    }

    #[test]
    fn deployment_labels() {
        let dep = |labels: &str| {
            format!(
                "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\nspec:\n  template:\n    metadata:\n      labels: {labels}\n"
            )
        };
        assert!(lines(&dep("{app: a, version: v1}")).is_empty());
        assert!(
            lines(&dep(
                "{app.kubernetes.io/name: a, app.kubernetes.io/version: v1}"
            ))
            .is_empty()
        );
        let l = lines(&dep("{app: a}"));
        assert_eq!(l.len(), 1);
        assert!(
            l[0].starts_with(
                "W spec.template.metadata.labels: the pod template has no version label"
            ),
            "{l:?}"
        );
        let l = lines(&dep("{}"));
        assert!(l[0].contains("no app or version label"));
    }
}
