//! The mesh config istiod reads from the `istio` ConfigMap.

use super::*;

/// The mesh config: the chart's defaults, then `values.meshConfig` over them.
pub(super) fn mesh_config(ctx: &Ctx, ns: &str) -> Value {
    let v = ctx.v;
    let mesh_values = v.get("meshConfig");
    let mut mesh = json!({
        "trustDomain": "cluster.local",
        "rootNamespace": v.str_or("meshConfig.rootNamespace", &ctx.istio_ns),
    });
    let telemetry = v.bool_or("telemetry.enabled", true) && v.bool_or("telemetry.v2.enabled", true);
    let no_providers = !truthy(&mesh_values["defaultProviders"]);
    let prom = no_providers && telemetry && v.bool_or("telemetry.v2.prometheus.enabled", true);
    let sd = no_providers && telemetry && v.bool_or("telemetry.v2.stackdriver.enabled", false);
    if prom || sd {
        let mut metrics = Vec::new();
        if prom {
            metrics.push(json!("prometheus"));
        }
        if sd {
            metrics.push(json!("stackdriver"));
        }
        mesh["defaultProviders"] = json!({"metrics": metrics});
        if sd {
            mesh["defaultProviders"]["accessLogging"] = json!(["stackdriver"]);
        }
    }
    let mut dc = Map::new();
    if v.truthy("global.meshID") {
        dc.insert("meshId".into(), Value::String(v.str("global.meshID")));
    }
    let variant = v.str_or("global.proxy.variant", &v.str("global.variant"));
    if !variant.is_empty() {
        dc.insert("image".into(), json!({"imageType": variant}));
    }
    let tracer = v.str_or("global.proxy.tracer", "none");
    let tracing = match tracer.as_str() {
        "zipkin" => Some(
            json!({"zipkin": {"address": v.str_or("global.tracer.zipkin.address", &format!("zipkin.{}:9411", ctx.istio_ns))}}),
        ),
        "datadog" => Some(
            json!({"datadog": {"address": v.str_or("global.tracer.datadog.address", "$(HOST_IP):8126")}}),
        ),
        "lightstep" => Some(
            json!({"lightstep": {"address": v.str("global.tracer.lightstep.address"), "accessToken": v.str("global.tracer.lightstep.accessToken")}}),
        ),
        "stackdriver" => Some(json!({"stackdriver": {
            "debug": v.bool_or("global.tracer.stackdriver.debug", false),
            "maxNumberOfAttributes": v.i64_or("global.tracer.stackdriver.maxNumberOfAttributes", 200),
            "maxNumberOfAnnotations": v.i64_or("global.tracer.stackdriver.maxNumberOfAnnotations", 200),
            "maxNumberOfMessageEvents": v.i64_or("global.tracer.stackdriver.maxNumberOfMessageEvents", 200),
        }})),
        _ => None,
    };
    if let Some(t) = tracing {
        dc.insert("tracing".into(), t);
    }
    let discovery = if v.truthy("global.remotePilotAddress") {
        if v.bool_or("istiodRemote.enabled", false)
            && v.bool_or("istiodRemote.enabledLocalInjectorIstiod", false)
        {
            format!("istiod-remote.{ns}.svc:15012")
        } else {
            format!("istiod.{ns}.svc:15012")
        }
    } else {
        format!("{}.{ns}.svc:15012", ctx.rev_name("istiod"))
    };
    dc.insert("discoveryAddress".into(), Value::String(discovery));
    mesh["defaultConfig"] = Value::Object(dc);
    if mesh_values.is_object() {
        crate::install::values::merge(&mut mesh, mesh_values);
    }
    mesh
}

/// The values ConfigMap (for debugging and tooling).
pub(super) fn values_config_map(ctx: &Ctx, p: &Plan, m: &Merged, out: &mut Vec<Value>) {
    let ns = p.ns;
    if p.namespaced {
        let mut l = owned(ctx, labels([("release", "istio")]));
        l.insert("app.kubernetes.io/name".into(), "istiod".into());
        ctx.common_labels(&mut l);
        let mut cm = object("v1", "ConfigMap", &ctx.rev_name("values"), Some(ns), l);
        cm["metadata"]["annotations"] = json!({"kubernetes.io/description": "The values sailctl rendered this revision of Istio with. Kept for debugging and tooling; editing it changes nothing."});
        let original = if m.user_values.is_null() {
            json!({})
        } else {
            m.user_values.clone()
        };
        cm["data"] = json!({
            "original-values": serde_json::to_string_pretty(&original).unwrap_or_default(),
            "merged-values": serde_json::to_string_pretty(ctx.v.0).unwrap_or_default(),
        });
        out.push(cm);
    }
}

/// The `istio` ConfigMap: mesh config and mesh networks.
pub(super) fn mesh_config_map(ctx: &Ctx, p: &Plan, out: &mut Vec<Value>) {
    let v = p.v;
    let g = p.g;
    let ns = p.ns;
    if p.namespaced && v.bool_or("configMap", true) {
        let mut l = owned(ctx, labels([("release", "istio")]));
        l.insert("app.kubernetes.io/name".into(), "istiod".into());
        ctx.common_labels(&mut l);
        let mut cm = object("v1", "ConfigMap", &ctx.rev_name("istio"), Some(ns), l);
        let networks = g.get("meshNetworks");
        let networks = if truthy(networks) {
            networks.clone()
        } else {
            json!({})
        };
        cm["data"] = json!({
            "meshNetworks": crate::output::yaml::to_string(&json!({"networks": networks})).trim_end().to_string(),
            "mesh": crate::output::yaml::to_string(&crate::output::yaml::sorted_keys(&mesh_config(ctx, ns))).trim_end().to_string(),
        });
        out.push(cm);
    }
}

/// The injector ConfigMap istiod renders injected pods from.
pub(super) fn injector_config_map(ctx: &Ctx, p: &Plan, out: &mut Vec<Value>) {
    let g = p.g;
    let ns = p.ns;
    if p.namespaced && !g.bool_or("omitSidecarInjectorConfigMap", false) {
        let mut l = owned(ctx, labels([("release", "istio")]));
        l.insert("app.kubernetes.io/name".into(), "istiod".into());
        ctx.common_labels(&mut l);
        let mut cm = object(
            "v1",
            "ConfigMap",
            &ctx.rev_name("istio-sidecar-injector"),
            Some(ns),
            l,
        );
        cm["data"] = json!({
            "values": serde_json::to_string_pretty(&injector::values_for_injector(ctx)).unwrap_or_default(),
            "config": injector::config(ctx),
        });
        out.push(cm);
    }
}
