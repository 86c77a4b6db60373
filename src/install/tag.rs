//! The default revision tag an install adds after the control plane: the injection webhook
//! `istio-revision-tag-default`, the validating webhook `istiod-default-validator` and the
//! Service `istiod-revision-tag-default`, all pointing at the installed revision.
//!
//! istioctl renders these from the revision's injector webhook after applying the charts and
//! then rewrites the revision's own default-injection webhooks to never match (so pods are not
//! injected twice). sailctl builds the same objects from the rendered injector and applies the
//! injector already deactivated, so a second install re-applies identical objects (no-ops).

use serde_json::{Map, Value, json};

use super::prune::{COMPONENT_LABEL, NOT_PRUNED_LABEL, OWNER_LABEL, REV_LABEL};
use super::{Component, Object};

/// The tag the install creates.
pub const DEFAULT_TAG: &str = "default";
/// The label a tag's objects carry.
pub const TAG_LABEL: &str = "istio.io/tag";

/// The selector istioctl puts on webhooks it deactivates.
fn never_match() -> Value {
    json!({"matchLabels": {"istio.io/deactivated": "never-match"}})
}

/// The revision's own injection webhook among the rendered objects (Pilot's
/// MutatingWebhookConfiguration without a tag label).
pub fn canonical_injector(objects: &[Object]) -> Option<&Object> {
    objects.iter().find(|o| {
        o.component == Component::Pilot
            && o.kind() == "MutatingWebhookConfiguration"
            && o.value["metadata"]["labels"][TAG_LABEL].is_null()
    })
}

/// Make the default-injection webhooks of a revision's injector never match: the tag webhook
/// takes over. Only the `namespace.`/`object.` (non-revision) entries matter, but istioctl
/// deactivates every entry of the default revision's injector, and so does this.
pub fn deactivate(injector: &mut Value) {
    for wh in injector["webhooks"].as_array_mut().into_iter().flatten() {
        wh["namespaceSelector"] = never_match();
        wh["objectSelector"] = never_match();
    }
}

/// Labels copied from the canonical webhook onto the tag objects (all but `app`), plus the
/// owner labels and never-pruned.
fn tag_labels(canonical: &Value, tag: &str, extra: &[(&str, &str)]) -> Map<String, Value> {
    let mut m = Map::new();
    for (k, v) in extra {
        m.insert((*k).to_string(), Value::String((*v).to_string()));
    }
    if let Some(l) = canonical["metadata"]["labels"].as_object() {
        for (k, v) in l {
            if k != "app" && !m.contains_key(k) {
                m.insert(k.clone(), v.clone());
            }
        }
    }
    m.insert(COMPONENT_LABEL.into(), "Pilot".into());
    m.insert(TAG_LABEL.into(), tag.into());
    m.insert(NOT_PRUNED_LABEL.into(), "true".into());
    m
}

/// The default tag's objects for a revision, built from its injector webhook.
/// `revision` is "" for the default revision; `auto_inject` is
/// `values.sidecarInjectorWebhook.enableNamespacesByDefault`.
pub fn default_tag_objects(
    canonical: &Value,
    revision: &str,
    istio_ns: &str,
    auto_inject: bool,
) -> Vec<Value> {
    tag_objects(canonical, DEFAULT_TAG, revision, istio_ns, auto_inject)
}

/// A revision tag's objects, as `tag set` / `tag generate` make them: the injection webhook
/// `istio-revision-tag-<tag>` (namespaces labelled `istio.io/rev=<tag>`; the `default` tag
/// also injects `istio-injection=enabled` namespaces and takes over validation with
/// `istiod-default-validator`) and the Service `istiod-revision-tag-<tag>`.
pub fn tag_objects(
    canonical: &Value,
    tag: &str,
    revision: &str,
    istio_ns: &str,
    auto_inject: bool,
) -> Vec<Value> {
    let rev_label = if revision.is_empty() {
        "default"
    } else {
        revision
    };
    let first = canonical["webhooks"]
        .as_array()
        .and_then(|w| {
            w.iter().find(|w| {
                w["name"]
                    .as_str()
                    .is_some_and(|n| n.ends_with("sidecar-injector.istio.io"))
            })
        })
        .cloned()
        .unwrap_or(Value::Null);
    let client = first["clientConfig"].clone();
    let reinvocation = first["reinvocationPolicy"]
        .as_str()
        .unwrap_or("Never")
        .to_string();
    let owner = canonical["metadata"]["labels"][OWNER_LABEL]
        .as_str()
        .unwrap_or("unknown")
        .to_string();
    let core = |prefix: &str, ns_sel: Value, obj_sel: Value| {
        json!({
            "name": format!("{prefix}sidecar-injector.istio.io"),
            "clientConfig": client.clone(),
            "sideEffects": "None",
            "rules": [{"operations": ["CREATE"], "apiGroups": [""], "apiVersions": ["v1"], "resources": ["pods"]}],
            "failurePolicy": "Fail",
            "reinvocationPolicy": reinvocation.clone(),
            "admissionReviewVersions": ["v1"],
            "namespaceSelector": ns_sel,
            "objectSelector": obj_sel,
        })
    };
    let expr = |key: &str, op: &str, values: &[&str]| {
        if values.is_empty() {
            json!({"key": key, "operator": op})
        } else {
            json!({"key": key, "operator": op, "values": values})
        }
    };
    let sel = |exprs: Vec<Value>| json!({"matchExpressions": exprs});
    let is_default = tag == DEFAULT_TAG;
    let mut webhooks = vec![
        core(
            "rev.namespace.",
            sel(vec![
                expr("istio.io/rev", "In", &[tag]),
                expr("istio-injection", "DoesNotExist", &[]),
            ]),
            sel(vec![expr("sidecar.istio.io/inject", "NotIn", &["false"])]),
        ),
        core(
            "rev.object.",
            sel(vec![
                expr("istio.io/rev", "DoesNotExist", &[]),
                expr("istio-injection", "DoesNotExist", &[]),
            ]),
            sel(vec![
                expr("sidecar.istio.io/inject", "NotIn", &["false"]),
                expr("istio.io/rev", "In", &[tag]),
            ]),
        ),
        core(
            "namespace.",
            sel(vec![expr("istio-injection", "In", &["enabled"])]),
            sel(vec![expr("sidecar.istio.io/inject", "NotIn", &["false"])]),
        ),
        core(
            "object.",
            sel(vec![
                expr("istio-injection", "DoesNotExist", &[]),
                expr("istio.io/rev", "DoesNotExist", &[]),
            ]),
            sel(vec![
                expr("sidecar.istio.io/inject", "In", &["true"]),
                expr("istio.io/rev", "DoesNotExist", &[]),
            ]),
        ),
    ];
    if !is_default {
        webhooks.truncate(2);
    }
    if auto_inject && is_default {
        webhooks.push(core(
            "auto.",
            sel(vec![
                expr("istio-injection", "DoesNotExist", &[]),
                expr("istio.io/rev", "DoesNotExist", &[]),
                expr(
                    "kubernetes.io/metadata.name",
                    "NotIn",
                    &[
                        "kube-system",
                        "kube-public",
                        "kube-node-lease",
                        "local-path-storage",
                    ],
                ),
            ]),
            sel(vec![
                expr("sidecar.istio.io/inject", "DoesNotExist", &[]),
                expr("istio.io/rev", "DoesNotExist", &[]),
            ]),
        ));
    }
    let mwc_name = if istio_ns == "istio-system" {
        format!("istio-revision-tag-{tag}")
    } else {
        format!("istio-revision-tag-{tag}-{istio_ns}")
    };
    let mwc = json!({
        "apiVersion": "admissionregistration.k8s.io/v1",
        "kind": "MutatingWebhookConfiguration",
        "metadata": {
            "name": mwc_name,
            "labels": tag_labels(canonical, tag, &[("app", "sidecar-injector"), (REV_LABEL, rev_label),
                (OWNER_LABEL, &owner), ("release", "istio"), ("app.kubernetes.io/name", "istiod")]),
        },
        "webhooks": webhooks,
    });

    // Validation goes to the same service (or URL), path /validate.
    let mut vclient = client.clone();
    if let Some(url) = vclient["url"].as_str().map(str::to_string) {
        let base = match url.split_once("://") {
            Some((scheme, rest)) => match rest.split_once('/') {
                Some((authority, _)) => format!("{scheme}://{authority}"),
                None => url.clone(),
            },
            None => url.clone(),
        };
        vclient["url"] = Value::String(format!("{base}/validate"));
    } else {
        let service = if revision.is_empty() {
            "istiod".to_string()
        } else {
            format!("istiod-{revision}")
        };
        vclient = json!({"service": {"name": service, "namespace": istio_ns, "path": "/validate"}});
    }
    let vwc = json!({
        "apiVersion": "admissionregistration.k8s.io/v1",
        "kind": "ValidatingWebhookConfiguration",
        "metadata": {
            "name": "istiod-default-validator",
            "labels": tag_labels(canonical, tag, &[("app", "istiod"), ("istio", "istiod"), (REV_LABEL, rev_label),
                ("app.kubernetes.io/name", "istiod")]),
        },
        "webhooks": [{
            "name": "validation.istio.io",
            "clientConfig": vclient,
            "rules": [{"operations": ["CREATE", "UPDATE"],
                "apiGroups": ["security.istio.io", "networking.istio.io", "telemetry.istio.io", "extensions.istio.io"],
                "apiVersions": ["*"], "resources": ["*"]}],
            "failurePolicy": "Ignore",
            "sideEffects": "None",
            "admissionReviewVersions": ["v1"],
            "objectSelector": {"matchExpressions": [{"key": "istio.io/rev", "operator": "DoesNotExist"}]},
        }],
    });

    let mut selector = Map::new();
    selector.insert("app".into(), "istiod".into());
    if revision.is_empty() {
        selector.insert("istio".into(), "pilot".into());
    } else {
        selector.insert(REV_LABEL.into(), Value::String(revision.to_string()));
    }
    let svc = json!({
        "apiVersion": "v1",
        "kind": "Service",
        "metadata": {
            "name": format!("istiod-revision-tag-{tag}"),
            "namespace": istio_ns,
            "labels": tag_labels(canonical, tag, &[(REV_LABEL, rev_label), (OWNER_LABEL, &owner), ("app", "istiod"),
                ("istio", "pilot"), ("release", "istio"), ("app.kubernetes.io/name", "istiod")]),
        },
        "spec": {
            "ports": [
                {"port": 15010, "name": "grpc-xds", "protocol": "TCP"},
                {"port": 15012, "name": "https-dns", "protocol": "TCP"},
                {"port": 443, "name": "https-webhook", "targetPort": 15017, "protocol": "TCP"},
                {"port": 15014, "name": "http-monitoring", "protocol": "TCP"},
            ],
            "selector": selector,
        },
    });
    if is_default {
        vec![mwc, vwc, svc]
    } else {
        vec![mwc, svc]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn injector() -> Value {
        json!({"apiVersion": "admissionregistration.k8s.io/v1", "kind": "MutatingWebhookConfiguration",
            "metadata": {"name": "istio-sidecar-injector-canary", "labels": {"app": "sidecar-injector",
                "istio.io/rev": "canary", "operator.istio.io/managed": "Reconcile"}},
            "webhooks": [{"name": "rev.namespace.sidecar-injector.istio.io",
                "clientConfig": {"service": {"name": "istiod-canary", "namespace": "istio-system", "path": "/inject", "port": 443}},
                "reinvocationPolicy": "IfNeeded"}]})
    }

    #[test]
    fn tag_objects_point_at_the_revision() {
        let objs = default_tag_objects(&injector(), "canary", "istio-system", false);
        let kinds: Vec<&str> = objs.iter().filter_map(|o| o["kind"].as_str()).collect();
        assert_eq!(
            kinds,
            [
                "MutatingWebhookConfiguration",
                "ValidatingWebhookConfiguration",
                "Service"
            ]
        );
        let mwc = &objs[0];
        assert_eq!(mwc["metadata"]["name"], "istio-revision-tag-default");
        assert_eq!(mwc["webhooks"].as_array().map(Vec::len), Some(4));
        assert_eq!(
            mwc["webhooks"][0]["clientConfig"]["service"]["name"],
            "istiod-canary"
        );
        assert_eq!(mwc["webhooks"][0]["reinvocationPolicy"], "IfNeeded");
        assert_eq!(mwc["metadata"]["labels"]["istio.io/rev"], "canary");
        assert_eq!(mwc["metadata"]["labels"][NOT_PRUNED_LABEL], "true");
        assert_eq!(
            mwc["metadata"]["labels"]["operator.istio.io/managed"],
            "Reconcile"
        );
        assert_eq!(
            objs[1]["webhooks"][0]["clientConfig"]["service"]["name"],
            "istiod-canary"
        );
        assert_eq!(objs[2]["spec"]["selector"]["istio.io/rev"], "canary");
    }

    #[test]
    fn a_named_tag_injects_only_its_own_namespaces() {
        let objs = tag_objects(&injector(), "prod", "canary", "istio-system", true);
        let kinds: Vec<&str> = objs.iter().filter_map(|o| o["kind"].as_str()).collect();
        assert_eq!(kinds, ["MutatingWebhookConfiguration", "Service"]);
        let mwc = &objs[0];
        assert_eq!(mwc["metadata"]["name"], "istio-revision-tag-prod");
        assert_eq!(mwc["metadata"]["labels"][TAG_LABEL], "prod");
        let names: Vec<&str> = mwc["webhooks"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|w| w["name"].as_str())
            .collect();
        assert_eq!(
            names,
            [
                "rev.namespace.sidecar-injector.istio.io",
                "rev.object.sidecar-injector.istio.io"
            ]
        );
        assert_eq!(
            mwc["webhooks"][0]["namespaceSelector"]["matchExpressions"][0]["values"][0],
            "prod"
        );
        assert_eq!(objs[1]["metadata"]["name"], "istiod-revision-tag-prod");
    }

    #[test]
    fn deactivation_makes_every_entry_never_match() {
        let mut i = injector();
        deactivate(&mut i);
        assert_eq!(
            i["webhooks"][0]["namespaceSelector"]["matchLabels"]["istio.io/deactivated"],
            "never-match"
        );
    }
}
