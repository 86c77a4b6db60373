//! The `istio-sidecar-injector` ConfigMap contents: the injector policy and the injection
//! templates istiod renders into pods (Go templates, evaluated by istiod with its own
//! functions: `annotation`, `valueOrDefault`, `toJSON`, `protoToJSON`, ...). The templates
//! are sailctl's own, under templates/.

use serde_json::{Value, json};

use super::Ctx;

const COMMON: &str = include_str!("templates/proxy-common.tmpl");
const SIDECAR: &str = include_str!("templates/sidecar.tmpl");
const GATEWAY: &str = include_str!("templates/gateway.tmpl");
const GRPC_SIMPLE: &str = include_str!("templates/grpc-simple.tmpl");
const GRPC_AGENT: &str = include_str!("templates/grpc-agent.tmpl");
const DEPLOYMENT_COMMON: &str = include_str!("templates/deployment-common.tmpl");
const KUBE_GATEWAY: &str = include_str!("templates/kube-gateway.tmpl");
const WAYPOINT: &str = include_str!("templates/waypoint.tmpl");
const AGENTGATEWAY: &str = include_str!("templates/agentgateway.tmpl");

/// The injection templates by name, each with the definitions it uses: the pod templates
/// with the common proxy pieces, the Gateway API deployment templates with theirs too.
fn builtin_templates() -> [(&'static str, String); 8] {
    let pod = |t: &str| format!("{COMMON}{t}");
    let deployment = |t: &str| format!("{COMMON}{DEPLOYMENT_COMMON}{t}");
    [
        ("sidecar", pod(SIDECAR)),
        ("gateway", pod(GATEWAY)),
        ("grpc-simple", pod(GRPC_SIMPLE)),
        ("grpc-agent", pod(GRPC_AGENT)),
        ("kube-gateway", deployment(KUBE_GATEWAY)),
        ("waypoint", deployment(WAYPOINT)),
        ("agentgateway", deployment(AGENTGATEWAY)),
        ("agentgateway-waypoint", deployment(AGENTGATEWAY)),
    ]
}

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
    for k in ["env", "crlConfigMapName"] {
        if !v.get(&format!("pilot.{k}")).is_null() {
            pilot[k] = v.get(&format!("pilot.{k}")).clone();
        }
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
    for (name, text) in builtin_templates() {
        if !user.contains_key(name) {
            templates.insert(name.into(), Value::String(text));
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Actions (`{{ ... }}`) of a Go template, trimmed of `-` markers.
    fn actions(t: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut rest = t;
        while let Some((_, after)) = rest.split_once("{{") {
            let Some((action, next)) = after.split_once("}}") else {
                panic!("unclosed action in template");
            };
            out.push(
                action
                    .trim_matches(|c: char| c == '-' || c.is_whitespace())
                    .to_string(),
            );
            rest = next;
        }
        out
    }

    /// Go template keywords and builtins, the functions istiod registers for injection
    /// templates, and the sprig functions it adds, that the templates use.
    const KNOWN: &[&str] = &[
        "if",
        "else",
        "end",
        "range",
        "with",
        "define",
        "template",
        "and",
        "or",
        "not",
        "eq",
        "ne",
        "index",
        "len",
        "printf",
        "true",
        "false",
        "nil",
        "annotation",
        "valueOrDefault",
        "structToJSON",
        "protoToJSON",
        "excludeInboundPort",
        "contains",
        "toLower",
        "default",
        "quote",
        "isset",
        "trunc",
        "trimAll",
        "list",
        "break",
        "ge",
        "toYaml",
        "nindent",
        "fromJSON",
        "toJson",
        "omitNil",
        "directory",
        "appendMultusNetwork",
        "otelResourceAttributes",
        "toJsonMap",
        "omit",
        "strdict",
        "dict",
        "Template_Version_And_Istio_Version_Mismatched_Check_Installation",
    ];

    #[test]
    fn templates_are_balanced_and_call_only_known_functions() {
        for (name, t) in builtin_templates() {
            let mut depth = 0i32;
            for a in actions(&t) {
                if a.starts_with("/*") && a.ends_with("*/") {
                    continue; // a comment
                }
                let words: Vec<&str> = a
                    .split(|c: char| c.is_whitespace() || c == '(' || c == ')' || c == '|')
                    .filter(|w| !w.is_empty())
                    .collect();
                match words.first().copied() {
                    Some("if" | "range" | "with" | "define") => depth += 1,
                    Some("end") => depth -= 1,
                    _ => {}
                }
                assert!(depth >= 0, "{name}: an end without a block at {a:?}");
                let mut in_string = false;
                for w in words {
                    // skip string literals ("..." and `...`), variables, fields, numbers, `:=`
                    let quotes = w.matches(['"', '`']).count();
                    if in_string || w.starts_with(['"', '`']) {
                        if quotes % 2 == 1 {
                            in_string = !in_string;
                        }
                        continue;
                    }
                    if w.starts_with(['.', '$'])
                        || w == ":="
                        || w == "="
                        || w.parse::<f64>().is_ok()
                    {
                        continue;
                    }
                    assert!(
                        KNOWN.contains(&w),
                        "{name}: unknown function {w:?} in {{{{ {a} }}}}"
                    );
                }
            }
            assert_eq!(depth, 0, "{name}: unclosed block");
        }
    }

    #[test]
    fn config_lists_the_templates_and_the_policy() {
        let values = serde_json::json!({"global": {"proxy": {"autoInject": "disabled"}}});
        let ctx = Ctx {
            v: super::super::V(&values),
            revision: String::new(),
            istio_ns: "istio-system".into(),
            owner: None,
            owner_ns: "istio-system".into(),
            version: "1.0.0".into(),
        };
        let cfg = config(&ctx);
        let (docs, err) = crate::resource::yaml::parse_chunk(&cfg);
        assert!(err.is_none(), "{err:?}");
        let doc = &docs[0].0;
        assert_eq!(doc["policy"], "disabled");
        assert_eq!(doc["defaultTemplates"], serde_json::json!(["sidecar"]));
        assert!(
            doc["templates"]["sidecar"]
                .as_str()
                .unwrap()
                .contains("name: istio-proxy")
        );
        assert!(
            doc["templates"]["gateway"]
                .as_str()
                .unwrap()
                .contains("- router")
        );
    }
}
