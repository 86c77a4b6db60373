//! `metadata` of Istio objects: the name and namespace syntax the API server enforces, label and
//! annotation syntax, and the annotations Istio's webhook refuses.

use serde_json::Value;

use super::common::{Cx, P, obj};
use super::names::{
    is_dns1123_label, is_dns1123_subdomain, label_value_problem, qualified_name_problem,
};
use crate::resource::Field;
use crate::resource::Resource;

/// Istio's webhook rejects any object carrying this annotation (used to test rejection).
pub const ALWAYS_REJECT: &str = "internal.istio.io/webhook-always-reject";
/// Internal annotations that only istiod may set.
const INTERNAL_ONLY: &[&str] = &[
    "internal.istio.io/parent-namespace",
    "internal.istio.io/parents",
];
/// Only AuthorizationPolicy understands the dry-run annotation.
pub const DRY_RUN: &str = "istio.io/dry-run";

/// Total size limit of all annotations (keys and values), as the API server enforces.
const ANNOTATIONS_MAX: usize = 256 * 1024;

pub fn check(res: &Resource, cx: &mut Cx) {
    // an IstioOperator is an install file, not an object the API server stores: it needs no name
    if res.kind == "IstioOperator" {
        return;
    }
    let root = P::Root;
    let pm = root.k("metadata");
    let Some(meta) = res.metadata() else {
        cx.err(&pm, "metadata is required (at least metadata.name)");
        return;
    };
    let name = meta.field("name").and_then(Value::as_str).unwrap_or("");
    let generate = meta
        .field("generateName")
        .and_then(Value::as_str)
        .unwrap_or("");
    if name.is_empty() {
        if generate.is_empty() {
            cx.err(&pm.k("name"), "metadata.name is required");
        }
    } else if !is_dns1123_subdomain(name) {
        cx.err(
            &pm.k("name"),
            format!("name {name:?} must be a DNS-1123 subdomain: lowercase letters, digits, '-' and '.', starting and ending with a letter or digit, at most 253 characters"),
        );
    }
    if let Some(ns) = meta.field("namespace").and_then(Value::as_str)
        && !ns.is_empty()
        && !is_dns1123_label(ns)
    {
        cx.err(
                &pm.k("namespace"),
                format!("namespace {ns:?} must be a DNS-1123 label: lowercase letters, digits and '-', at most 63 characters"),
            );
    }
    let pl = pm.k("labels");
    for (k, v) in obj(meta, "labels").into_iter().flatten() {
        let pk = pl.k(k);
        if let Some(m) = qualified_name_problem(k) {
            cx.err(&pk, format!("invalid label key {k:?}: {m}"));
        }
        if let Some(v) = v.as_str()
            && let Some(m) = label_value_problem(v)
        {
            cx.err(&pk, format!("invalid value {v:?} for label {k}: {m}"));
        }
    }
    let pa = pm.k("annotations");
    let mut size = 0;
    for (k, v) in obj(meta, "annotations").into_iter().flatten() {
        let pk = pa.k(k);
        size += k.len() + v.as_str().map_or(0, str::len);
        if let Some(m) = qualified_name_problem(&k.to_ascii_lowercase()) {
            cx.err(&pk, format!("invalid annotation key {k:?}: {m}"));
        }
        if k == ALWAYS_REJECT {
            cx.err(
                &pk,
                "the webhook-always-reject annotation is set: Istio rejects this object",
            );
        } else if INTERNAL_ONLY.contains(&k.as_str()) {
            cx.err(
                &pk,
                format!("annotation {k} is reserved for istiod and may not be set by users"),
            );
        } else if k == DRY_RUN {
            dry_run(res, v, &pk, cx);
        }
    }
    if size > ANNOTATIONS_MAX {
        cx.err(
            &pa,
            format!("annotations total {size} bytes; at most {ANNOTATIONS_MAX} are allowed"),
        );
    }
}

fn dry_run(res: &Resource, v: &Value, p: &P, cx: &mut Cx) {
    if res.kind != "AuthorizationPolicy" {
        cx.err(
            p,
            format!("annotation {DRY_RUN} is only supported on AuthorizationPolicy: remove it"),
        );
        return;
    }
    let action = res
        .spec()
        .and_then(|s| s.field("action"))
        .and_then(Value::as_str)
        .unwrap_or("ALLOW");
    if action != "ALLOW" && action != "DENY" {
        cx.err(
            p,
            format!("annotation {DRY_RUN} only supports the ALLOW and DENY actions, not {action}"),
        );
        return;
    }
    let val = v.as_str().unwrap_or("");
    if !matches!(
        val,
        "1" | "t" | "T" | "TRUE" | "true" | "True" | "0" | "f" | "F" | "FALSE" | "false" | "False"
    ) {
        cx.err(
            p,
            format!("annotation {DRY_RUN} must be true or false, not {val:?}"),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::validation::testing::*;

    const HEAD: &str = "apiVersion: networking.istio.io/v1\nkind: Sidecar\n";
    const SPEC: &str = "spec:\n  egress:\n  - hosts: [\"./*\"]\n";

    fn doc(meta: &str) -> String {
        format!("{HEAD}metadata:\n{meta}{SPEC}")
    }

    #[test]
    fn names_and_namespaces() {
        assert_clean(&doc("  name: ok-name.v1\n  namespace: prod\n"));
        assert_finding(
            &doc("  name: Bad_Name\n"),
            "metadata.name",
            "DNS-1123 subdomain",
        );
        assert_finding(
            &doc("  name: x\n  namespace: Prod\n"),
            "metadata.namespace",
            "DNS-1123 label",
        );
        assert_finding(&doc("  namespace: prod\n"), "metadata.name", "required");
        assert_clean(&doc("  generateName: side-\n"));
    }

    #[test]
    fn istio_operator_needs_no_name() {
        assert_clean(
            "apiVersion: install.istio.io/v1alpha1\nkind: IstioOperator\nspec:\n  profile: demo\n",
        );
    }

    #[test]
    fn labels_and_annotations() {
        assert_finding(
            &doc("  name: x\n  labels:\n    bad key: v\n"),
            "metadata.labels[\"bad key\"]",
            "invalid label key",
        );
        assert_finding(
            &doc("  name: x\n  labels:\n    app: \"a b\"\n"),
            "metadata.labels.app",
            "invalid value",
        );
        assert_finding(
            &doc("  name: x\n  annotations:\n    /x: v\n"),
            "metadata.annotations[\"/x\"]",
            "prefix",
        );
        assert_clean(&doc(
            "  name: x\n  labels:\n    app.kubernetes.io/name: web\n    version: v1.2\n",
        ));
    }

    #[test]
    fn reserved_annotations() {
        assert_finding(
            &doc(
                "  name: x\n  annotations:\n    internal.istio.io/webhook-always-reject: \"true\"\n",
            ),
            "metadata.annotations[\"internal.istio.io/webhook-always-reject\"]",
            "always-reject",
        );
        assert_finding(
            &doc("  name: x\n  annotations:\n    internal.istio.io/parents: a\n"),
            "metadata.annotations[\"internal.istio.io/parents\"]",
            "reserved",
        );
        assert_finding(
            &doc("  name: x\n  annotations:\n    istio.io/dry-run: \"true\"\n"),
            "metadata.annotations[\"istio.io/dry-run\"]",
            "only supported on AuthorizationPolicy",
        );
    }

    #[test]
    fn dry_run_on_authorization_policy() {
        let ap = |ann: &str, action: &str| {
            format!(
                "apiVersion: security.istio.io/v1\nkind: AuthorizationPolicy\nmetadata:\n  name: x\n  annotations:\n    istio.io/dry-run: \"{ann}\"\nspec:\n  action: {action}\n  rules: [{{}}]\n"
            )
        };
        assert_clean(&ap("true", "DENY"));
        assert_finding(
            &ap("maybe", "ALLOW"),
            "metadata.annotations[\"istio.io/dry-run\"]",
            "true or false",
        );
        assert_finding(
            &ap("true", "AUDIT"),
            "metadata.annotations[\"istio.io/dry-run\"]",
            "ALLOW and DENY",
        );
    }
}
