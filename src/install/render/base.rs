//! The Base component: Istio's CRDs and the reader ServiceAccount.

use serde_json::{Map, Value};

use super::{Ctx, Instance, crds, labels, object};

pub fn render(ctx: &Ctx, inst: &Instance) -> Vec<Value> {
    let v = ctx.v;
    let mut out = Vec::new();
    let scope = v.str_or("global.resourceScope", "all");
    let cluster = scope == "all" || scope == "cluster";
    let namespaced = scope == "all" || scope == "namespace";
    let excluded: Vec<&str> = v
        .get("base.excludedCRDs")
        .as_array()
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    if cluster && v.bool_or("base.enableCRDTemplates", true) {
        let mut l = Map::new();
        ctx.common_labels(&mut l);
        for crd in crds::all() {
            if !excluded.contains(&crd.name().as_str()) {
                out.push(crd.to_object(l.clone()));
            }
        }
    }
    let reader_sa_overridden = !v.str("global.readerServiceAccount.name").is_empty();
    if namespaced && v.bool_or("global.enableReaderRBAC", true) && !reader_sa_overridden {
        let mut l = labels([("app", "istio-reader"), ("release", "istio")]);
        l.insert("app.kubernetes.io/name".into(), "istio-reader".into());
        ctx.common_labels(&mut l);
        let mut sa = object(
            "v1",
            "ServiceAccount",
            "istio-reader-service-account",
            Some(&ctx.istio_ns),
            l,
        );
        add_pull_secrets(ctx, &mut sa);
        out.push(sa);
    }
    let _ = inst;
    out
}

/// `imagePullSecrets` from `global.imagePullSecrets`, on a ServiceAccount.
pub fn add_pull_secrets(ctx: &Ctx, sa: &mut Value) {
    if let Some(list) = ctx.v.get("global.imagePullSecrets").as_array()
        && !list.is_empty()
    {
        sa["imagePullSecrets"] = Value::Array(
            list.iter()
                .map(|s| serde_json::json!({"name": super::text(s)}))
                .collect(),
        );
    }
}
