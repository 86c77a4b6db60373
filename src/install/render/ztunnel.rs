//! The Ztunnel component: the ambient node proxy (DaemonSet) and its ServiceAccount.

use serde_json::{Map, Value, json};

use super::{Ctx, Instance, env, labels, object, text};

pub fn render(ctx: &Ctx, inst: &Instance) -> Vec<Value> {
    let v = ctx.v.at("ztunnel");
    let g = ctx.v.at("global");
    let ns = inst.namespace.as_str();
    let scope = v.str_or("resourceScope", &g.str_or("resourceScope", "all"));
    if scope != "all" && scope != "namespace" {
        return Vec::new();
    }
    let name = v.str_or("resourceName", "ztunnel");
    let mut l = labels([("app.kubernetes.io/name", "ztunnel")]);
    ctx.common_labels(&mut l);
    for (k, val) in v.entries("labels") {
        l.insert(k.clone(), val.clone());
    }
    let mut annotations: Map<String, Value> = v
        .get("annotations")
        .as_object()
        .cloned()
        .unwrap_or_default();
    if !ctx.revision.is_empty() {
        annotations.insert("istio.io/rev".into(), Value::String(ctx.revision.clone()));
    }
    let mut ds = object("apps/v1", "DaemonSet", &name, Some(ns), l.clone());
    if !annotations.is_empty() {
        ds["metadata"]["annotations"] = Value::Object(annotations.clone());
    }
    let mut pod_labels = labels([
        ("sidecar.istio.io/inject", "false"),
        ("istio.io/dataplane-mode", "none"),
        ("app", "ztunnel"),
        ("app.kubernetes.io/name", "ztunnel"),
    ]);
    ctx.common_labels(&mut pod_labels);
    for (k, val) in v.entries("podLabels") {
        pod_labels.insert(k.clone(), val.clone());
    }
    let mut pod_ann = labels([("sidecar.istio.io/inject", "false")]);
    if !ctx.revision.is_empty() {
        pod_ann.insert("istio.io/rev".into(), Value::String(ctx.revision.clone()));
    }
    if v.get("podAnnotations").is_object() {
        for (k, val) in v.entries("podAnnotations") {
            pod_ann.insert(k.clone(), val.clone());
        }
    } else {
        pod_ann.insert("prometheus.io/port".into(), "15020".into());
        pod_ann.insert("prometheus.io/scrape".into(), "true".into());
    }
    let image = ctx.image(
        &v.str_or("hub", &ctx.global_hub()),
        &v.str_or("image", "ztunnel"),
        &v.str_or("tag", &ctx.global_tag()),
        &v.str_or("variant", &g.str("variant")),
    );
    let istiod = format!(
        "{}.{}.svc:15012",
        ctx.rev_name("istiod"),
        v.str_or("istioNamespace", &ctx.istio_ns)
    );
    let mut envs = vec![
        env(
            "CA_ADDRESS",
            v.str_or("caAddress", &g.str_or("caAddress", &istiod)),
        ),
        env("XDS_ADDRESS", v.str_or("xdsAddress", &istiod)),
    ];
    if v.bool_or("logAsJson", g.bool_or("logAsJson", false)) {
        envs.push(env("LOG_FORMAT", "json"));
    }
    let network = v.str_or("network", &g.str("network"));
    if !network.is_empty() {
        envs.push(env("NETWORK", network));
    }
    envs.push(env("RUST_LOG", v.str_or("logLevel", "info")));
    envs.push(env("RUST_BACKTRACE", "1"));
    envs.push(env(
        "ISTIO_META_CLUSTER_ID",
        v.str_or(
            "multiCluster.clusterName",
            &g.str_or("multiCluster.clusterName", "Kubernetes"),
        ),
    ));
    envs.push(env("INPOD_ENABLED", "true"));
    envs.push(env(
        "TERMINATION_GRACE_PERIOD_SECONDS",
        v.i64_or("terminationGracePeriodSeconds", 30).to_string(),
    ));
    for (n, f) in [
        ("POD_NAME", "metadata.name"),
        ("POD_NAMESPACE", "metadata.namespace"),
        ("NODE_NAME", "spec.nodeName"),
        ("INSTANCE_IP", "status.podIP"),
        ("SERVICE_ACCOUNT", "spec.serviceAccountName"),
    ] {
        envs.push(json!({"name": n, "valueFrom": {"fieldRef": {"fieldPath": f}}}));
    }
    for (k, val) in ctx.v.entries("meshConfig.defaultConfig.proxyMetadata") {
        envs.push(env(k, text(val)));
    }
    envs.push(super::env_resource("ZTUNNEL_CPU_LIMIT", "limits.cpu"));
    if v.truthy("resources.limits.cpu") {
        envs.push(super::env_resource(
            "ZTUNNEL_RESOURCE_CPU_LIMIT",
            "limits.cpu",
        ));
    }
    if v.truthy("resources.requests.cpu") {
        envs.push(super::env_resource(
            "ZTUNNEL_RESOURCE_CPU_REQUEST",
            "requests.cpu",
        ));
    }
    for (k, val) in v.entries("env") {
        envs.push(env(k, text(val)));
    }
    let crl = v.bool_or("peerCaCrl.enabled", false);
    if crl {
        envs.push(env("CRL_PATH", "/var/run/secrets/istio/crl/ca-crl.pem"));
    }
    let mut mounts = vec![
        json!({"mountPath": "/var/run/secrets/istio", "name": "istiod-ca-cert"}),
        json!({"mountPath": "/var/run/secrets/tokens", "name": "istio-token"}),
        json!({"mountPath": "/var/run/ztunnel", "name": "cni-ztunnel-sock-dir"}),
        json!({"mountPath": "/tmp", "name": "tmp"}),
    ];
    if crl {
        mounts.push(json!({"mountPath": "/var/run/secrets/istio/crl", "name": "crl-volume", "readOnly": true}));
    }
    if let Some(extra) = v.get("volumeMounts").as_array() {
        mounts.extend(extra.iter().cloned());
    }
    let mut security = json!({
        "allowPrivilegeEscalation": true,
        "privileged": false,
        "capabilities": {"drop": ["ALL"], "add": ["NET_ADMIN", "SYS_ADMIN", "NET_RAW"]},
        "readOnlyRootFilesystem": true,
        "runAsGroup": 1337,
        "runAsNonRoot": false,
        "runAsUser": 0,
    });
    if v.truthy("seLinuxOptions") {
        security["seLinuxOptions"] = v.get("seLinuxOptions").clone();
    }
    let mut container = json!({
        "name": "istio-proxy",
        "image": image,
        "ports": [{"containerPort": 15020, "name": "ztunnel-stats", "protocol": "TCP"}],
        "resources": ctx.resources(v.get("resources")),
        "securityContext": security,
        "readinessProbe": {"httpGet": {"port": 15021, "path": "/healthz/ready"}},
        "args": ["proxy", "ztunnel"],
        "env": envs,
        "volumeMounts": mounts,
    });
    let pull = v.str_or("imagePullPolicy", &g.str("imagePullPolicy"));
    if !pull.is_empty() {
        container["imagePullPolicy"] = json!(pull);
    }
    let mut volumes = vec![
        json!({"name": "istio-token", "projected": {"sources": [{"serviceAccountToken": {"path": "istio-token", "expirationSeconds": 43200, "audience": "istio-ca"}}]}}),
        json!({"name": "istiod-ca-cert", "configMap": {"name": v.str_or("trustBundleName", "istio-ca-root-cert")}}),
        json!({"name": "cni-ztunnel-sock-dir", "hostPath": {"path": "/var/run/ztunnel", "type": "DirectoryOrCreate"}}),
        json!({"name": "tmp", "emptyDir": {}}),
    ];
    if crl {
        volumes.push(
            json!({"name": "crl-volume", "configMap": {"name": "istio-ca-crl", "optional": true}}),
        );
    }
    if let Some(extra) = v.get("volumes").as_array() {
        volumes.extend(extra.iter().cloned());
    }
    let mut node_selector = json!({"kubernetes.io/os": "linux"});
    if v.truthy("nodeSelector") {
        crate::install::values::merge(&mut node_selector, v.get("nodeSelector"));
    }
    let mut pod_spec = Map::new();
    pod_spec.insert("nodeSelector".into(), node_selector);
    if v.truthy("affinity") {
        pod_spec.insert("affinity".into(), v.get("affinity").clone());
    }
    pod_spec.insert("serviceAccountName".into(), json!(name));
    let tolerations = if v.get("tolerations").is_array() {
        v.get("tolerations").clone()
    } else {
        json!([
            {"effect": "NoSchedule", "operator": "Exists"},
            {"key": "CriticalAddonsOnly", "operator": "Exists"},
            {"effect": "NoExecute", "operator": "Exists"},
        ])
    };
    if super::truthy(&tolerations) {
        pod_spec.insert("tolerations".into(), tolerations);
    }
    for f in ["dnsPolicy", "dnsConfig"] {
        if v.truthy(f) {
            pod_spec.insert(f.into(), v.get(f).clone());
        }
    }
    pod_spec.insert("containers".into(), json!([container]));
    pod_spec.insert("priorityClassName".into(), json!("system-node-critical"));
    pod_spec.insert(
        "terminationGracePeriodSeconds".into(),
        json!(v.i64_or("terminationGracePeriodSeconds", 30)),
    );
    pod_spec.insert("volumes".into(), Value::Array(volumes));
    let update = if v.truthy("updateStrategy") {
        v.get("updateStrategy").clone()
    } else {
        json!({"type": "RollingUpdate", "rollingUpdate": {"maxSurge": 1, "maxUnavailable": 0}})
    };
    ds["spec"] = json!({
        "updateStrategy": update,
        "selector": {"matchLabels": {"app": "ztunnel"}},
        "template": {"metadata": {"labels": pod_labels, "annotations": pod_ann}, "spec": pod_spec},
    });
    let mut sa = object("v1", "ServiceAccount", &name, Some(ns), l);
    if !annotations.is_empty() {
        sa["metadata"]["annotations"] = Value::Object(annotations);
    }
    if let Some(secrets) = v
        .get("imagePullSecrets")
        .as_array()
        .filter(|a| !a.is_empty())
    {
        sa["imagePullSecrets"] =
            Value::Array(secrets.iter().map(|s| json!({"name": text(s)})).collect());
    }
    let mut out = vec![ds, sa];
    if super::network_policy::enabled(ctx) {
        out.push(super::network_policy::ztunnel(ctx, inst, &name));
    }
    out
}
