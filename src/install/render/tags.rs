//! The `default` revision tag: what makes plain `istio-injection=enabled` namespaces and
//! untagged config use this revision (the objects `istioctl tag set default` creates).

use serde_json::{Map, Value, json};

use super::{Ctx, labels, object, pilot};

const TAG: &str = "default";

pub fn default_tag(ctx: &Ctx, ns: &str) -> Vec<Value> {
    let mwc_name = if ns == "istio-system" {
        format!("istio-revision-tag-{TAG}")
    } else {
        format!("istio-revision-tag-{TAG}-{ns}")
    };
    let mwc = pilot::injector_webhook(ctx, ns, &mwc_name, TAG, true, Some(TAG));

    let mut l = labels([("app", "istiod"), ("istio", "istiod")]);
    l.insert("istio.io/rev".into(), Value::String(ctx.rev_label()));
    l.insert("istio.io/tag".into(), TAG.into());
    l.insert("operator.istio.io/component".into(), "Pilot".into());
    l.insert("app.kubernetes.io/name".into(), "istiod".into());
    ctx.common_labels(&mut l);
    let mut vwc = object(
        "admissionregistration.k8s.io/v1",
        "ValidatingWebhookConfiguration",
        "istiod-default-validator",
        None,
        l,
    );
    let client = if ctx.v.truthy("base.validationURL") {
        json!({"url": ctx.v.str("base.validationURL")})
    } else {
        json!({"service": {"name": ctx.rev_name("istiod"), "namespace": ctx.istio_ns, "path": "/validate"}})
    };
    vwc["webhooks"] = json!([{
        "name": "validation.istio.io",
        "clientConfig": client,
        "rules": [{
            "operations": ["CREATE", "UPDATE"],
            "apiGroups": ["security.istio.io", "networking.istio.io", "telemetry.istio.io", "extensions.istio.io"],
            "apiVersions": ["*"],
            "resources": ["*"],
        }],
        "failurePolicy": "Ignore",
        "sideEffects": "None",
        "admissionReviewVersions": ["v1"],
        "objectSelector": {"matchExpressions": [{"key": "istio.io/rev", "operator": "DoesNotExist"}]},
    }]);

    let mut l = labels([("app", "istiod"), ("istio", "pilot"), ("release", "istio")]);
    ctx.owned_labels(&mut l, crate::install::Component::Pilot);
    l.insert("istio.io/tag".into(), TAG.into());
    l.insert("app.kubernetes.io/name".into(), "istiod".into());
    ctx.common_labels(&mut l);
    let mut svc = object(
        "v1",
        "Service",
        &format!("istiod-revision-tag-{TAG}"),
        Some(ns),
        l,
    );
    let mut sel = Map::new();
    sel.insert("app".into(), "istiod".into());
    if ctx.revision.is_empty() {
        sel.insert("istio".into(), "pilot".into());
    } else {
        sel.insert("istio.io/rev".into(), Value::String(ctx.revision.clone()));
    }
    svc["spec"] = json!({
        "ports": [
            {"port": 15010, "name": "grpc-xds", "protocol": "TCP"},
            {"port": 15012, "name": "https-dns", "protocol": "TCP"},
            {"port": 443, "name": "https-webhook", "targetPort": 15017, "protocol": "TCP"},
            {"port": 15014, "name": "http-monitoring", "protocol": "TCP"},
        ],
        "selector": sel,
    });
    vec![mwc, vwc, svc]
}
