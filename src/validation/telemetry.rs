//! Telemetry: selector/targetRef exclusivity, provider references, tracing sampling and custom
//! tags, metric tag overrides, access-log filters.

use serde_json::Value;

use super::common::{Cx, P, arr, entries, get, s, wrapped_num};
use super::selector;
use crate::resource::Field;

pub fn check(_res: &crate::resource::Resource, spec: &Value, p: &P, cx: &mut Cx) {
    selector::policy_targets(cx, spec, p);
    let pm = p.k("metrics");
    for (i, m) in arr(spec, "metrics").iter().enumerate() {
        if m.is_null() {
            continue;
        }
        let pi = pm.i(i);
        providers(cx, m, &pi);
        let po = pi.k("overrides");
        for (j, o) in arr(m, "overrides").iter().enumerate() {
            let pj = po.i(j);
            if o.is_null() {
                cx.err(&pj, "overrides may not be null");
                continue;
            }
            let pt = pj.k("tagOverrides");
            for (name, to) in entries(o, "tagOverrides") {
                let pn = pt.k(name);
                if name.is_empty() {
                    cx.warn(&pn, "tag override names should not be empty");
                }
                if to.is_null() {
                    cx.err(&pn, "tag override may not be null");
                    continue;
                }
                let op = s(to, "operation");
                let value = s(to, "value");
                if (op.is_empty() || op == "UPSERT") && value.is_empty() {
                    cx.err(
                        &pn.k("value"),
                        "value must be set when the operation is UPSERT",
                    );
                }
                if op == "REMOVE" && !value.is_empty() {
                    cx.err(
                        &pn.k("value"),
                        "value may only be set when the operation is UPSERT",
                    );
                }
            }
            if let Some(m) = get(o, "match")
                && m.field("customMetric").and_then(Value::as_str) == Some("")
            {
                cx.err(
                    &pj.k("match").k("customMetric"),
                    "customMetric must not be empty",
                );
            }
        }
    }
    let tracing = arr(spec, "tracing");
    let pt = p.k("tracing");
    if tracing.len() > 1 {
        cx.warn(&pt, "only one tracing configuration is supported");
    }
    for (i, t) in tracing.iter().enumerate() {
        if t.is_null() {
            continue;
        }
        let pi = pt.i(i);
        if arr(t, "providers").len() > 1 {
            cx.warn(&pi.k("providers"), "only one tracing provider is supported");
        }
        providers(cx, t, &pi);
        if let Some(v) = wrapped_num(t, "randomSamplingPercentage")
            && !(0.0..=100.0).contains(&v)
        {
            cx.err(
                &pi.k("randomSamplingPercentage"),
                "randomSamplingPercentage must be in the range [0, 100]",
            );
        }
        let pc = pi.k("customTags");
        for (name, tag) in entries(t, "customTags") {
            let pn = pc.k(name);
            if name.is_empty() {
                cx.err(&pn, "tag names must not be empty");
            }
            if tag.is_null() {
                cx.err(&pn, format!("tag {name:?} must have a value"));
                continue;
            }
            for (kind, field) in [
                ("literal", "value"),
                ("header", "name"),
                ("environment", "name"),
            ] {
                if let Some(x) = get(tag, kind)
                    && s(x, field).is_empty()
                {
                    cx.err(
                        &pn.k(kind).k(field),
                        format!("{kind} tag {field} must not be empty"),
                    );
                }
            }
        }
    }
    let pl = p.k("accessLogging");
    for (i, l) in arr(spec, "accessLogging").iter().enumerate() {
        if l.is_null() {
            continue;
        }
        let pi = pl.i(i);
        if let Some(f) = get(l, "filter") {
            let expr = s(f, "expression");
            if let Err(e) = cel::Program::compile(expr) {
                cx.err(
                    &pi.k("filter").k("expression"),
                    format!(
                        "the filter must be a valid CEL expression: {}",
                        cel_error(&e.to_string())
                    ),
                );
            }
        }
        providers(cx, l, &pi);
    }
}

/// `ERROR: <input>:1:24: Syntax error: mismatched input '<EOF>' expecting {...}` becomes
/// `column 24: syntax error: mismatched input '<EOF>'`.
fn cel_error(e: &str) -> String {
    let first = e.lines().next().unwrap_or("").trim();
    let rest = first.strip_prefix("ERROR: ").unwrap_or(first);
    let rest = rest.strip_prefix("<input>:").unwrap_or(rest);
    let (col, msg) = match rest.split_once(": ") {
        Some((pos, msg)) => (pos.rsplit(':').next().map(|c| format!("column {c}: ")), msg),
        None => (None, rest),
    };
    let msg = msg.split(" expecting ").next().unwrap_or(msg);
    format!(
        "{}{}",
        col.unwrap_or_default(),
        msg.replacen("Syntax error", "syntax error", 1)
    )
}

fn providers(cx: &mut Cx, v: &Value, p: &P) {
    let pp = p.k("providers");
    for (i, pr) in arr(v, "providers").iter().enumerate() {
        if s(pr, "name").is_empty() {
            cx.err(&pp.i(i).k("name"), "provider name must not be empty");
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::validation::testing::*;

    fn tm(spec: &str) -> String {
        format!(
            "apiVersion: telemetry.istio.io/v1\nkind: Telemetry\nmetadata:\n  name: t\nspec:\n{spec}"
        )
    }

    #[test]
    fn rules() {
        assert_clean(&tm(
            "  accessLogging:\n  - filter: {expression: \"response.code >= 400\"}\n",
        ));
        assert_finding(
            &tm("  accessLogging:\n  - filter: {expression: \"response.code >=\"}\n"),
            "spec.accessLogging[0].filter.expression",
            "valid CEL expression",
        );
        assert_clean(&tm(
            "  tracing:\n  - providers: [{name: zipkin}]\n    randomSamplingPercentage: 10\n  accessLogging:\n  - providers: [{name: envoy}]\n",
        ));
        assert_finding(
            &tm("  tracing:\n  - randomSamplingPercentage: 101\n"),
            "spec.tracing[0].randomSamplingPercentage",
            "[0, 100]",
        );
        assert_finding(
            &tm("  accessLogging:\n  - providers: [{}]\n"),
            "spec.accessLogging[0].providers[0].name",
            "must not be empty",
        );
        assert_finding(
            &tm("  tracing:\n  - customTags:\n      t: {literal: {value: \"\"}}\n"),
            "spec.tracing[0].customTags.t.literal.value",
            "must not be empty",
        );
        let m = tm(
            "  metrics:\n  - overrides:\n    - tagOverrides:\n        a: {operation: UPSERT}\n        b: {operation: REMOVE, value: x}\n",
        );
        assert_finding(
            &m,
            "spec.metrics[0].overrides[0].tagOverrides.a.value",
            "must be set",
        );
        assert_finding(
            &m,
            "spec.metrics[0].overrides[0].tagOverrides.b.value",
            "only be set",
        );
    }
}
