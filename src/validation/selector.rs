//! Workload selectors, policy target references, `exportTo` lists and label maps.

use serde_json::Value;

use super::common::{Cx, P, arr, get, obj, s, strs};
use super::names::{is_istio_label, istio_label_problem};

/// `selector: {matchLabels: {...}}` (security, telemetry, extensions) or
/// `workloadSelector: {labels: {...}}` (networking): no empty keys, no wildcards; a selector
/// without labels selects everything (a warning).
pub fn workload_selector(cx: &mut Cx, sel: &Value, labels_key: &str, p: &P) {
    let pl = p.k(labels_key);
    let labels = obj(sel, labels_key);
    for (k, v) in labels.into_iter().flatten() {
        let v = v.as_str().unwrap_or("");
        let pk = pl.k(k);
        if k.is_empty() {
            cx.err(&pk, format!("selector keys cannot be empty: \"{k}={v}\""));
        }
        if k.contains('*') || v.contains('*') {
            cx.err(
                &pk,
                format!("wildcards are not supported in selectors: \"{k}={v}\""),
            );
        }
    }
    if labels.is_none_or(|m| m.is_empty()) {
        cx.warn(
            p,
            "the workload selector has no labels: it selects every workload in the namespace",
        );
    }
}

/// The kinds a policy may target (group, kind).
const TARGET_KINDS: &[(&str, &str)] = &[
    ("", "Service"),
    ("core", "Service"),
    ("networking.istio.io", "ServiceEntry"),
    ("gateway.networking.k8s.io", "Gateway"),
    ("gateway.networking.k8s.io", "GatewayClass"),
];

fn target_ref(cx: &mut Cx, r: &Value, p: &P) {
    if s(r, "name").is_empty() {
        cx.err(&p.k("name"), "targetRef name must be set");
    }
    if !s(r, "namespace").is_empty() {
        cx.err(
            &p.k("namespace"),
            "targetRef namespace must not be set: cross-namespace references are not supported",
        );
    }
    let (group, kind) = (s(r, "group"), s(r, "kind"));
    if !TARGET_KINDS.iter().any(|(g, k)| *g == group && *k == kind) {
        cx.err(
            &p.k("kind"),
            format!(
                "targetRef must point to a Service, ServiceEntry, Gateway (gateway.networking.k8s.io) or GatewayClass, not {}{kind}",
                if group.is_empty() { String::new() } else { format!("{group}/") }
            ),
        );
    }
}

/// `selector`, `targetRef` and `targetRefs`: at most one, each well formed.
pub fn policy_targets(cx: &mut Cx, spec: &Value, p: &P) {
    let sel = get(spec, "selector");
    let tr = get(spec, "targetRef");
    let trs = arr(spec, "targetRefs");
    let set = sel.is_some() as u8 + tr.is_some() as u8 + (!trs.is_empty()) as u8;
    if set > 1 {
        let key = if !trs.is_empty() {
            "targetRefs"
        } else {
            "targetRef"
        };
        cx.err(
            &p.k(key),
            "only one of selector, targetRef or targetRefs can be set",
        );
    }
    if let Some(sel) = sel {
        workload_selector(cx, sel, "matchLabels", &p.k("selector"));
    }
    if let Some(r) = tr {
        target_ref(cx, r, &p.k("targetRef"));
    }
    let pr = p.k("targetRefs");
    for (i, r) in trs.iter().enumerate() {
        target_ref(cx, r, &pr.i(i));
    }
}

/// A label map in Istio's syntax (`labels.Instance.Validate`).
pub fn label_map(cx: &mut Cx, v: &Value, key: &str, p: &P) {
    let pl = p.k(key);
    for (k, val) in obj(v, key).into_iter().flatten() {
        if let Some(m) = istio_label_problem(k, val.as_str().unwrap_or("")) {
            cx.err(&pl.k(k), m);
        }
    }
}

/// `exportTo`: `.`, `*`, or namespace names, without duplicates; ServiceEntries may also use `~`.
/// DestinationRules with a workload selector may only export to their own namespace.
pub fn export_to(cx: &mut Cx, spec: &Value, p: &P, service_entry: bool, dr_with_selector: bool) {
    let list = arr(spec, "exportTo");
    if list.is_empty() {
        return;
    }
    let pe = p.k("exportTo");
    let ns: &str = cx.namespace;
    let mut seen: Vec<&str> = Vec::with_capacity(list.len());
    let mut any_public = false;
    let mut any_none = false;
    for (i, e) in strs(spec, "exportTo") {
        let key = if e == "." { ns } else { e };
        let pi = pe.i(i);
        if seen.contains(&key) {
            if key != e {
                cx.err(
                    &pi,
                    format!("duplicate exportTo entries: . and the current namespace {ns}"),
                );
            } else {
                cx.err(&pi, format!("duplicate exportTo entry {e}"));
            }
            continue;
        }
        match e {
            "~" if service_entry => {}
            "~" => {
                cx.err(&pi, "exportTo ~ (none) is only allowed for ServiceEntry");
                continue;
            }
            "." | "*" => {}
            other if !is_istio_label(other) => {
                cx.err(
                    &pi,
                    format!("exportTo entry {other:?} must be ., *, or a namespace name"),
                );
                continue;
            }
            _ => {}
        }
        any_public |= e == "*";
        any_none |= e == "~";
        seen.push(key);
    }
    if dr_with_selector && !seen.is_empty() {
        if seen.contains(&ns) {
            if seen.len() > 1 {
                cx.err(&pe, "a DestinationRule with a workloadSelector cannot have several exportTo entries");
            }
        } else {
            cx.err(&pe, "a DestinationRule with a workloadSelector cannot be exported beyond its own namespace");
        }
    }
    if any_public && list.len() > 1 {
        cx.err(&pe, "exportTo cannot mix * (public) with other entries");
    }
    if any_none && list.len() > 1 {
        cx.err(&pe, "exportTo cannot mix ~ (no one) with other entries");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn run(f: impl FnOnce(&mut Cx)) -> Vec<String> {
        let mut cx = Cx::new("prod");
        f(&mut cx);
        cx.out
            .iter()
            .map(|f| format!("{:?} {} {}", f.level, f.path, f.message))
            .collect()
    }

    #[test]
    fn selectors() {
        let out = run(|cx| {
            workload_selector(
                cx,
                &json!({"matchLabels": {"app": "a*"}}),
                "matchLabels",
                &P::Root,
            )
        });
        assert_eq!(out.len(), 1);
        assert!(out[0].contains("wildcard"));
        let out = run(|cx| workload_selector(cx, &json!({}), "matchLabels", &P::Root));
        assert!(out[0].starts_with("Warning"));
        let out = run(|cx| {
            workload_selector(
                cx,
                &json!({"matchLabels": {"app": "x"}}),
                "matchLabels",
                &P::Root,
            )
        });
        assert!(out.is_empty());
    }

    #[test]
    fn targets() {
        let out = run(|cx| {
            policy_targets(
                cx,
                &json!({"selector": {"matchLabels": {"a": "b"}}, "targetRefs": [{"kind": "Service", "name": "x"}]}),
                &P::Root,
            )
        });
        assert_eq!(
            out,
            vec!["Error targetRefs only one of selector, targetRef or targetRefs can be set"]
        );
        let out = run(|cx| {
            policy_targets(
                cx,
                &json!({"targetRef": {"group": "apps", "kind": "Deployment", "name": "x", "namespace": "y"}}),
                &P::Root,
            )
        });
        assert_eq!(out.len(), 2);
        let out = run(|cx| {
            policy_targets(
                cx,
                &json!({"targetRefs": [{"group": "gateway.networking.k8s.io", "kind": "Gateway", "name": "gw"}]}),
                &P::Root,
            )
        });
        assert!(out.is_empty());
    }

    #[test]
    fn exports() {
        assert!(
            run(|cx| export_to(
                cx,
                &json!({"exportTo": [".", "other"]}),
                &P::Root,
                false,
                false
            ))
            .is_empty()
        );
        let out = run(|cx| {
            export_to(
                cx,
                &json!({"exportTo": [".", "prod"]}),
                &P::Root,
                false,
                false,
            )
        });
        assert_eq!(out.len(), 1, "{out:?}");
        let out = run(|cx| export_to(cx, &json!({"exportTo": ["*", "a"]}), &P::Root, false, false));
        assert_eq!(out.len(), 1);
        let out = run(|cx| export_to(cx, &json!({"exportTo": ["~"]}), &P::Root, false, false));
        assert_eq!(out.len(), 1);
        assert!(
            run(|cx| export_to(cx, &json!({"exportTo": ["~"]}), &P::Root, true, false)).is_empty()
        );
        let out = run(|cx| export_to(cx, &json!({"exportTo": ["Bad_ns"]}), &P::Root, false, false));
        assert_eq!(out.len(), 1);
        let out = run(|cx| export_to(cx, &json!({"exportTo": ["other"]}), &P::Root, false, true));
        assert_eq!(out.len(), 1);
    }
}
