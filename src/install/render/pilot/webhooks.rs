//! The injector and validation webhooks, and the `stable` profile's admission policy.

use super::*;

pub(super) fn webhook_selector(key_values: Value) -> Value {
    json!({"matchExpressions": key_values})
}

pub(super) fn mutating_webhook(ctx: &Ctx, ns: &str) -> Value {
    let name = if ns == "istio-system" {
        ctx.rev_name("istio-sidecar-injector")
    } else {
        format!("{}-{ns}", ctx.rev_name("istio-sidecar-injector"))
    };
    injector_webhook(
        ctx,
        ns,
        &name,
        &ctx.rev_label(),
        ctx.revision.is_empty(),
        None,
    )
}

/// The injector webhook for a revision, or for a revision tag (`istio-revision-tag-<tag>`):
/// `selected` is the value the `istio.io/rev` selectors match; `with_default_hooks` adds the
/// `istio-injection=enabled` / `sidecar.istio.io/inject=true` webhooks of the default revision.
pub(super) fn injector_webhook(
    ctx: &Ctx,
    ns: &str,
    name: &str,
    selected: &str,
    with_default_hooks: bool,
    tag: Option<&str>,
) -> Value {
    let mut l = owned(
        ctx,
        labels([("app", "sidecar-injector"), ("release", "istio")]),
    );
    if let Some(t) = tag {
        l.insert("istio.io/tag".into(), Value::String(t.to_string()));
    }
    l.insert("app.kubernetes.io/name".into(), "istiod".into());
    ctx.common_labels(&mut l);
    let mut mwc = object(
        "admissionregistration.k8s.io/v1",
        "MutatingWebhookConfiguration",
        name,
        None,
        l,
    );
    if ctx.v.truthy("pilot.sidecarInjectorWebhookAnnotations") {
        mwc["metadata"]["annotations"] =
            ctx.v.get("pilot.sidecarInjectorWebhookAnnotations").clone();
    }
    let rev = selected.to_string();
    let core = |prefix: &str, ns_sel: Value, obj_sel: Value| -> Value {
        let url = ctx.v.str("istiodRemote.injectionURL");
        let mut client = if url.is_empty() {
            json!({"service": {
                "name": ctx.rev_name("istiod"),
                "namespace": ns,
                "path": ctx.v.str_or("istiodRemote.injectionPath", "/inject"),
                "port": 443,
            }})
        } else {
            json!({"url": url})
        };
        if ctx.v.truthy("istiodRemote.injectionCABundle") {
            client["caBundle"] = json!(ctx.v.str("istiodRemote.injectionCABundle"));
        }
        json!({
            "name": format!("{prefix}sidecar-injector.istio.io"),
            "clientConfig": client,
            "sideEffects": "None",
            "rules": [{"operations": ["CREATE"], "apiGroups": [""], "apiVersions": ["v1"], "resources": ["pods"]}],
            "failurePolicy": "Fail",
            "reinvocationPolicy": ctx.v.str_or("sidecarInjectorWebhook.reinvocationPolicy", "Never"),
            "admissionReviewVersions": ["v1"],
            "namespaceSelector": ns_sel,
            "objectSelector": obj_sel,
        })
    };
    let not_disabled =
        json!({"key": "sidecar.istio.io/inject", "operator": "NotIn", "values": ["false"]});
    let mut hooks = vec![
        core(
            "rev.namespace.",
            webhook_selector(json!([
                {"key": "istio.io/rev", "operator": "In", "values": [rev]},
                {"key": "istio-injection", "operator": "DoesNotExist"},
            ])),
            webhook_selector(json!([not_disabled])),
        ),
        core(
            "rev.object.",
            webhook_selector(json!([
                {"key": "istio.io/rev", "operator": "DoesNotExist"},
                {"key": "istio-injection", "operator": "DoesNotExist"},
            ])),
            webhook_selector(
                json!([not_disabled, {"key": "istio.io/rev", "operator": "In", "values": [rev]}]),
            ),
        ),
    ];
    if with_default_hooks {
        hooks.push(core(
            "namespace.",
            webhook_selector(
                json!([{"key": "istio-injection", "operator": "In", "values": ["enabled"]}]),
            ),
            webhook_selector(json!([not_disabled])),
        ));
        hooks.push(core(
            "object.",
            webhook_selector(json!([
                {"key": "istio-injection", "operator": "DoesNotExist"},
                {"key": "istio.io/rev", "operator": "DoesNotExist"},
            ])),
            webhook_selector(json!([
                {"key": "sidecar.istio.io/inject", "operator": "In", "values": ["true"]},
                {"key": "istio.io/rev", "operator": "DoesNotExist"},
            ])),
        ));
        if ctx
            .v
            .bool_or("sidecarInjectorWebhook.enableNamespacesByDefault", false)
        {
            hooks.push(core(
                "auto.",
                webhook_selector(json!([
                    {"key": "istio-injection", "operator": "DoesNotExist"},
                    {"key": "istio.io/rev", "operator": "DoesNotExist"},
                    {"key": "kubernetes.io/metadata.name", "operator": "NotIn", "values": ["kube-system", "kube-public", "kube-node-lease", "local-path-storage"]},
                ])),
                webhook_selector(json!([
                    {"key": "sidecar.istio.io/inject", "operator": "DoesNotExist"},
                    {"key": "istio.io/rev", "operator": "DoesNotExist"},
                ])),
            ));
        }
    }
    mwc["webhooks"] = Value::Array(hooks);
    mwc
}

pub(super) fn validating_webhook(ctx: &Ctx) -> Value {
    let name = format!("{}-{}", ctx.rev_name("istio-validator"), ctx.istio_ns);
    let mut l = labels([("app", "istiod"), ("release", "istio"), ("istio", "istiod")]);
    l.insert("istio.io/rev".into(), Value::String(ctx.rev_label()));
    l.insert("app.kubernetes.io/name".into(), "istiod".into());
    ctx.common_labels(&mut l);
    let mut vwc = object(
        "admissionregistration.k8s.io/v1",
        "ValidatingWebhookConfiguration",
        &name,
        None,
        l,
    );
    let b = ctx.v.at("base");
    let mut client = if b.truthy("validationURL") {
        json!({"url": b.str("validationURL")})
    } else {
        json!({"service": {"name": ctx.rev_name("istiod"), "namespace": ctx.istio_ns, "path": "/validate"}})
    };
    if b.truthy("validationCABundle") {
        client["caBundle"] = json!(b.str("validationCABundle"));
    }
    let policy = if b.truthy("validationCABundle") {
        "Fail".to_string()
    } else {
        b.str_or("validationFailurePolicy", "Ignore")
    };
    vwc["webhooks"] = json!([{
        "name": "rev.validation.istio.io",
        "clientConfig": client,
        "rules": [{
            "operations": ["CREATE", "UPDATE"],
            "apiGroups": ["security.istio.io", "networking.istio.io", "telemetry.istio.io", "extensions.istio.io"],
            "apiVersions": ["*"],
            "resources": ["*"],
        }],
        "failurePolicy": policy,
        "sideEffects": "None",
        "admissionReviewVersions": ["v1"],
        "objectSelector": {"matchExpressions": [{"key": "istio.io/rev", "operator": "In", "values": [ctx.rev_label()]}]},
    }]);
    vwc
}

/// The `stable` profile's policy: reject Istio APIs and fields that are not stable.
pub(super) fn validation_policy(ctx: &Ctx) -> Vec<Value> {
    let name = format!(
        "{}-{}.istio.io",
        ctx.rev_name("stable-channel-policy"),
        ctx.istio_ns
    );
    let bind_name = format!(
        "{}-{}.istio.io",
        ctx.rev_name("stable-channel-policy-binding"),
        ctx.istio_ns
    );
    let mut l = labels([("app.kubernetes.io/name", "istiod")]);
    ctx.common_labels(&mut l);
    let mut policy = object(
        "admissionregistration.k8s.io/v1",
        "ValidatingAdmissionPolicy",
        &name,
        None,
        l.clone(),
    );
    let telemetry_rule = "!(variables.isTelemetry && (\n  (has(object.spec.tracing) ? object.spec.tracing : []).exists(t, has(t.useRequestIdForTraceSampling)) ||\n  (has(object.spec.metrics) ? object.spec.metrics : []).exists(m, has(m.reportingInterval)) ||\n  (has(object.spec.accessLogging) ? object.spec.accessLogging : []).exists(a, has(a.filter))\n))\n";
    let authz_rule = "!(variables.isAuthorizationPolicy && has(object.spec.rules) &&\n  object.spec.rules.exists(r, has(r.from) && r.from.exists(f,\n    has(f.source) && (has(f.source.trustDomains) || has(f.source.notTrustDomains)))))\n";
    policy["spec"] = json!({
        "failurePolicy": "Fail",
        "matchConstraints": {
            "resourceRules": [{
                "apiGroups": ["security.istio.io", "networking.istio.io", "telemetry.istio.io", "extensions.istio.io"],
                "apiVersions": ["*"],
                "operations": ["CREATE", "UPDATE"],
                "resources": ["*"],
            }],
            "objectSelector": {"matchExpressions": [{"key": "istio.io/rev", "operator": "In", "values": [ctx.rev_label()]}]},
        },
        "variables": [
            {"name": "isEnvoyFilter", "expression": "object.kind == 'EnvoyFilter'"},
            {"name": "isWasmPlugin", "expression": "object.kind == 'WasmPlugin'"},
            {"name": "isProxyConfig", "expression": "object.kind == 'ProxyConfig'"},
            {"name": "isTelemetry", "expression": "object.kind == 'Telemetry'"},
            {"name": "isAuthorizationPolicy", "expression": "object.kind == 'AuthorizationPolicy'"},
        ],
        "validations": [
            {"expression": "!variables.isEnvoyFilter"},
            {"expression": "!variables.isWasmPlugin"},
            {"expression": "!variables.isProxyConfig"},
            {"expression": telemetry_rule},
            {"expression": authz_rule},
        ],
    });
    let mut bind = object(
        "admissionregistration.k8s.io/v1",
        "ValidatingAdmissionPolicyBinding",
        &bind_name,
        None,
        Map::new(),
    );
    bind["spec"] = json!({"policyName": name, "validationActions": ["Deny"]});
    vec![policy, bind]
}
