//! The `istio-sidecar-injector` ConfigMap contents: the injector policy and the injection
//! templates istiod renders into pods (Go templates, evaluated by istiod with its own
//! functions: `annotation`, `valueOrDefault`, `toJSON`, `protoToJSON`, ...). The templates
//! are sailctl's own, under templates/.

use serde_json::{Value, json};

use super::Ctx;

const COMMON: &str = include_str!("templates/proxy-common.tmpl");
const SIDECAR: &str = include_str!("templates/sidecar.tmpl");
const GATEWAY: &str = include_str!("templates/gateway.tmpl");

/// The `values` key: the parts of the values the templates read.
pub fn values_for_injector(ctx: &Ctx) -> Value {
    let v = ctx.v;
    let mut gateways = json!({});
    for k in ["securityContext", "seccompProfile"] {
        if !v.get(&format!("gateways.{k}")).is_null() {
            gateways[k] = v.get(&format!("gateways.{k}")).clone();
        }
    }
    let mut pilot = json!({"cni": v.get("pilot.cni").clone()});
    if !v.get("pilot.env").is_null() {
        pilot["env"] = v.get("pilot.env").clone();
    }
    json!({
        "gateways": gateways,
        "global": v.get("global").clone(),
        "pilot": pilot,
        "revision": ctx.revision,
        "sidecarInjectorWebhook": v.get("sidecarInjectorWebhook").clone(),
    })
}

/// The `config` key: injection policy, selectors and templates, as YAML text.
pub fn config(ctx: &Ctx) -> String {
    let v = ctx.v.at("sidecarInjectorWebhook");
    let defaults = match v.get("defaultTemplates") {
        Value::Array(a) if !a.is_empty() => Value::Array(a.clone()),
        _ => json!(["sidecar"]),
    };
    let mut templates = serde_json::Map::new();
    let user = v.get("templates").as_object().cloned().unwrap_or_default();
    if !user.contains_key("sidecar") {
        templates.insert(
            "sidecar".into(),
            Value::String(format!("{COMMON}{SIDECAR}")),
        );
    }
    if !user.contains_key("gateway") {
        templates.insert(
            "gateway".into(),
            Value::String(format!("{COMMON}{GATEWAY}")),
        );
    }
    for (k, t) in user {
        templates.insert(k, t);
    }
    let cfg = json!({
        "defaultTemplates": defaults,
        "policy": ctx.v.str_or("global.proxy.autoInject", "enabled"),
        "alwaysInjectSelector": v.get("alwaysInjectSelector").as_array().cloned().unwrap_or_default(),
        "neverInjectSelector": v.get("neverInjectSelector").as_array().cloned().unwrap_or_default(),
        "injectedAnnotations": v.get("injectedAnnotations").as_object().cloned().unwrap_or_default(),
        "template": "{{ Template_Version_And_Istio_Version_Mismatched_Check_Installation }}",
        "templates": templates,
    });
    crate::output::yaml::to_string(&cfg)
}
