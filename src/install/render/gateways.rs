//! The IngressGateways and EgressGateways components: one Envoy Deployment per gateway entry,
//! with its Service, ServiceAccount, SDS Role/RoleBinding and (when autoscaled) an HPA.

use serde_json::{Map, Value, json};

use super::{Ctx, Instance, env, env_field, env_resource, labels, object, text};
use crate::install::Component;

pub fn render(ctx: &Ctx, inst: &Instance) -> Vec<Value> {
    let ingress = inst.component == Component::IngressGateways;
    let (root, default_app, default_istio, prefix) = if ingress {
        (
            "istio-ingressgateway",
            "istio-ingressgateway",
            "ingressgateway",
            "ingressgateway",
        )
    } else {
        (
            "istio-egressgateway",
            "istio-egressgateway",
            "egressgateway",
            "egressgateway",
        )
    };
    // istioctl copies a gateway's `k8s.service.ports` into its chart values
    let mut gw_values = ctx.v.get(&format!("gateways.{root}")).clone();
    if let Some(ports) = inst.spec["k8s"]["service"]["ports"]
        .as_array()
        .filter(|p| !p.is_empty())
    {
        gw_values["ports"] = Value::Array(ports.clone());
    }
    let gw = super::V(&gw_values);
    let g = ctx.v.at("global");
    let ns = inst.namespace.as_str();
    let name = inst.name.as_str();

    // selector labels: the chart's, then the component's `label`
    let mut sel = labels([("app", default_app), ("istio", default_istio)]);
    if let Some(Value::Object(extra)) = gw
        .get("labels")
        .as_object()
        .map(|m| Value::Object(m.clone()))
    {
        for (k, v) in extra {
            sel.insert(k, v);
        }
    }
    if let Some(extra) = inst.spec.get("label").and_then(Value::as_object) {
        for (k, v) in extra {
            sel.insert(k.clone(), v.clone());
        }
    }
    let full_labels = |extra: &[(&str, &str)]| {
        let mut l = sel.clone();
        l.insert("release".into(), "istio".into());
        ctx.owned_labels(&mut l, inst.component);
        l.insert("app.kubernetes.io/name".into(), default_app.into());
        for (k, v) in extra {
            l.insert((*k).into(), (*v).into());
        }
        ctx.common_labels(&mut l);
        l
    };
    let plain_labels = || {
        let mut l = labels([("release", "istio")]);
        ctx.owned_labels(&mut l, inst.component);
        l.insert("app.kubernetes.io/name".into(), default_app.into());
        ctx.common_labels(&mut l);
        l
    };
    let autoscale = gw.bool_or("autoscaleEnabled", true);
    let sa_name = format!("{name}-service-account");
    let mut out = Vec::new();

    if autoscale && gw.truthy("autoscaleMin") && gw.truthy("autoscaleMax") {
        let mut hpa = object(
            "autoscaling/v2",
            "HorizontalPodAutoscaler",
            name,
            Some(ns),
            full_labels(&[]),
        );
        hpa["spec"] = json!({
            "maxReplicas": gw.i64_or("autoscaleMax", 5),
            "minReplicas": gw.i64_or("autoscaleMin", 1),
            "scaleTargetRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": name},
            "metrics": [{"type": "Resource", "resource": {"name": "cpu", "target": {
                "type": "Utilization", "averageUtilization": gw.i64_or("cpu.targetAverageUtilization", 80)}}}],
        });
        out.push(hpa);
    }

    let template = gw.str("injectionTemplate");
    if template.is_empty() {
        out.push(deployment(
            ctx,
            inst,
            &gw,
            &sel,
            full_labels(&[("istio.io/dataplane-mode", "none")]),
            prefix,
        ));
    } else {
        out.push(injected_deployment(
            ctx,
            inst,
            &gw,
            &sel,
            full_labels(&[]),
            prefix,
            &template,
        ));
    }

    if g.bool_or("defaultPodDisruptionBudget.enabled", true) {
        let needed = if autoscale {
            gw.i64_or("autoscaleMin", 1) > 1
        } else {
            gw.i64_or("replicaCount", 1) > 1
        };
        if needed {
            let mut pdb = object(
                "policy/v1",
                "PodDisruptionBudget",
                name,
                Some(ns),
                full_labels(&[]),
            );
            pdb["spec"] = json!({"minAvailable": 1, "selector": {"matchLabels": sel}});
            out.push(pdb);
        }
    }

    let sds = format!("{name}-sds");
    let mut role = object(
        "rbac.authorization.k8s.io/v1",
        "Role",
        &sds,
        Some(ns),
        plain_labels(),
    );
    role["rules"] =
        json!([{"apiGroups": [""], "resources": ["secrets"], "verbs": ["get", "watch", "list"]}]);
    out.push(role);
    let mut rb = object(
        "rbac.authorization.k8s.io/v1",
        "RoleBinding",
        &sds,
        Some(ns),
        plain_labels(),
    );
    rb["roleRef"] = json!({"apiGroup": "rbac.authorization.k8s.io", "kind": "Role", "name": sds});
    rb["subjects"] = json!([{"kind": "ServiceAccount", "name": sa_name}]);
    out.push(rb);

    if !gw.bool_or("customService", false) {
        let mut svc = object("v1", "Service", name, Some(ns), full_labels(&[]));
        if gw.truthy("serviceAnnotations") {
            svc["metadata"]["annotations"] = gw.get("serviceAnnotations").clone();
        }
        let mut spec = Map::new();
        for f in [
            "loadBalancerIP",
            "loadBalancerSourceRanges",
            "externalTrafficPolicy",
        ] {
            if gw.truthy(f) {
                spec.insert(f.into(), gw.get(f).clone());
            }
        }
        spec.insert(
            "type".into(),
            Value::String(gw.str_or("type", if ingress { "LoadBalancer" } else { "ClusterIP" })),
        );
        spec.insert("selector".into(), Value::Object(sel.clone()));
        let mut ports: Vec<Value> = gw.get("ports").as_array().cloned().unwrap_or_default();
        if let Some(extra) = gw.get("ingressPorts").as_array() {
            for p in extra {
                ports.push(json!({"port": p["port"], "name": p["name"]}));
            }
        }
        spec.insert("ports".into(), Value::Array(ports));
        for f in ["ipFamilyPolicy", "ipFamilies"] {
            if gw.truthy(f) {
                spec.insert(f.into(), gw.get(f).clone());
            }
        }
        svc["spec"] = Value::Object(spec);
        out.push(svc);
    }

    let mut sa_labels = sel.clone();
    for (k, v) in full_labels(&[]) {
        sa_labels.insert(k, v);
    }
    let mut sa = object("v1", "ServiceAccount", &sa_name, Some(ns), sa_labels);
    if gw.truthy("serviceAccount.annotations") {
        sa["metadata"]["annotations"] = gw.get("serviceAccount.annotations").clone();
    }
    super::base::add_pull_secrets(ctx, &mut sa);
    out.push(sa);
    if super::network_policy::enabled(ctx) {
        out.push(super::network_policy::gateway(
            ctx,
            inst,
            default_istio,
            default_app,
            &sel,
            gw.get("ports"),
        ));
    }
    out
}

fn deployment(
    ctx: &Ctx,
    inst: &Instance,
    gw: &super::V,
    sel: &Map<String, Value>,
    meta_labels: Map<String, Value>,
    prefix: &str,
) -> Value {
    let g = ctx.v.at("global");
    let (ns, name) = (inst.namespace.as_str(), inst.name.as_str());
    let run_as_root = gw.bool_or("runAsRoot", false);
    let (mut d, mut pod_labels) = start(ctx, inst, sel, meta_labels);
    pod_labels.insert("sidecar.istio.io/inject".into(), "false".into());
    pod_labels.insert(
        "app.kubernetes.io/name".into(),
        d["metadata"]["labels"]["app.kubernetes.io/name"].clone(),
    );
    pod_labels.insert("istio.io/dataplane-mode".into(), "none".into());
    ctx.common_labels(&mut pod_labels);

    let mut annotations = Map::new();
    annotations.insert("istio.io/rev".into(), Value::String(ctx.rev_label()));
    if ctx.v.bool_or("meshConfig.enablePrometheusMerge", true) {
        annotations.insert("prometheus.io/port".into(), "15020".into());
        annotations.insert("prometheus.io/scrape".into(), "true".into());
        annotations.insert("prometheus.io/path".into(), "/stats/prometheus".into());
    }
    annotations.insert("sidecar.istio.io/inject".into(), "false".into());
    for (k, v) in gw.entries("podAnnotations") {
        annotations.insert(k.clone(), v.clone());
    }

    let proxy_image = g.str_or("proxy.image", "proxyv2");
    let image = ctx.image(
        &ctx.global_hub(),
        &proxy_image,
        &gw.str_or("tag", &ctx.global_tag()),
        &g.str_or("proxy.variant", &g.str("variant")),
    );
    let ports = container_ports(gw);

    let mut args = vec![
        json!("proxy"),
        json!("router"),
        json!("--domain"),
        json!(format!(
            "$(POD_NAMESPACE).svc.{}",
            g.str_or("proxy.clusterDomain", "cluster.local")
        )),
    ];
    if g.truthy("proxy.logLevel") {
        args.push(json!(format!(
            "--proxyLogLevel={}",
            g.str("proxy.logLevel")
        )));
    }
    if g.truthy("proxy.componentLogLevel") {
        args.push(json!(format!(
            "--proxyComponentLogLevel={}",
            g.str("proxy.componentLogLevel")
        )));
    }
    if g.truthy("logging.level") {
        args.push(json!(format!(
            "--log_output_level={}",
            g.str("logging.level")
        )));
    }
    if g.bool_or("logAsJson", false) {
        args.push(json!("--log_as_json"));
    }
    if g.truthy("sts.servicePort") {
        args.push(json!(format!("--stsPort={}", g.str("sts.servicePort"))));
    }

    let ca_addr = if g.truthy("caAddress") {
        g.str("caAddress")
    } else {
        format!("{}.{}.svc:15012", ctx.rev_name("istiod"), ctx.istio_ns)
    };
    let trust_domain = ctx.v.str_or("meshConfig.trustDomain", "cluster.local");
    let mut envs = vec![
        env(
            "PILOT_CERT_PROVIDER",
            g.str_or("pilotCertProvider", "istiod"),
        ),
        env("CA_ADDR", ca_addr),
        env_field("NODE_NAME", "spec.nodeName"),
        env_field("POD_NAME", "metadata.name"),
        env_field("POD_NAMESPACE", "metadata.namespace"),
        env_field("INSTANCE_IP", "status.podIP"),
        env_field("HOST_IP", "status.hostIP"),
        env_resource("ISTIO_CPU_LIMIT", "limits.cpu"),
        json!({"name": "SERVICE_ACCOUNT", "valueFrom": {"fieldRef": {"fieldPath": "spec.serviceAccountName"}}}),
        env("ISTIO_META_WORKLOAD_NAME", name),
        env(
            "ISTIO_META_OWNER",
            format!("kubernetes://apis/apps/v1/namespaces/{ns}/deployments/{name}"),
        ),
        env("ISTIO_META_MESH_ID", g.str_or("meshID", &trust_domain)),
        env("TRUST_DOMAIN", trust_domain.clone()),
    ];
    if !run_as_root {
        envs.push(env("ISTIO_META_UNPRIVILEGED_POD", "true"));
    }
    for (k, v) in gw.entries("env") {
        envs.push(env(k, text(v)));
    }
    for (k, v) in ctx.v.entries("meshConfig.defaultConfig.proxyMetadata") {
        envs.push(env(k, text(v)));
    }
    if !gw.truthy("env.ISTIO_META_NETWORK") && g.truthy("network") {
        envs.push(env("ISTIO_META_NETWORK", g.str("network")));
    }
    envs.push(env(
        "ISTIO_META_CLUSTER_ID",
        g.str_or("multiCluster.clusterName", "Kubernetes"),
    ));
    envs.push(json!({"name": "ISTIO_META_NODE_NAME", "valueFrom": {"fieldRef": {"fieldPath": "spec.nodeName"}}}));

    let istiod_ca = g.str_or("pilotCertProvider", "istiod") == "istiod";
    let mut mounts = vec![
        json!({"name": "workload-socket", "mountPath": "/var/run/secrets/workload-spiffe-uds"}),
        json!({"name": "credential-socket", "mountPath": "/var/run/secrets/credential-uds"}),
        json!({"name": "workload-certs", "mountPath": "/var/run/secrets/workload-spiffe-credentials"}),
        json!({"name": "istio-envoy", "mountPath": "/etc/istio/proxy"}),
        json!({"name": "config-volume", "mountPath": "/etc/istio/config"}),
    ];
    if istiod_ca {
        mounts.push(json!({"mountPath": "/var/run/secrets/istio", "name": "istiod-ca-cert"}));
    }
    mounts.push(
        json!({"name": "istio-token", "mountPath": "/var/run/secrets/tokens", "readOnly": true}),
    );
    if g.bool_or("mountMtlsCerts", false) {
        mounts.push(json!({"name": "istio-certs", "mountPath": "/etc/certs", "readOnly": true}));
    }
    mounts.push(json!({"mountPath": "/var/lib/istio/data", "name": "istio-data"}));
    mounts.push(json!({"name": "podinfo", "mountPath": "/etc/istio/pod"}));
    let (secret_volumes, config_volumes) = user_volumes(gw, prefix);
    mounts.extend(user_mounts(&secret_volumes, &config_volumes));
    let resources = proxy_resources(ctx, gw);
    let mut container = json!({
        "name": "istio-proxy",
        "image": image,
        "ports": ports,
        "args": args,
    });
    if g.truthy("imagePullPolicy") {
        container["imagePullPolicy"] = g.get("imagePullPolicy").clone();
    }
    if !run_as_root {
        container["securityContext"] = unprivileged_container();
    }
    container["readinessProbe"] = json!({
        "failureThreshold": 30,
        "httpGet": {"path": "/healthz/ready", "port": 15021, "scheme": "HTTP"},
        "initialDelaySeconds": 1,
        "periodSeconds": 2,
        "successThreshold": 1,
        "timeoutSeconds": 1,
    });
    container["resources"] = resources;
    container["env"] = Value::Array(envs);
    container["volumeMounts"] = Value::Array(mounts);
    let mut containers = vec![container];
    if let Some(extra) = gw.get("additionalContainers").as_array() {
        containers.extend(extra.iter().cloned());
    }

    let mut volumes = vec![
        json!({"name": "workload-socket", "emptyDir": {}}),
        json!({"name": "credential-socket", "emptyDir": {}}),
        json!({"name": "workload-certs", "emptyDir": {}}),
    ];
    if istiod_ca {
        volumes.push(json!({"name": "istiod-ca-cert", "configMap": {"name": g.str_or("trustBundleName", "istio-ca-root-cert")}}));
    }
    volumes.extend([
        json!({"name": "podinfo", "downwardAPI": {"items": [
            {"path": "labels", "fieldRef": {"fieldPath": "metadata.labels"}},
            {"path": "annotations", "fieldRef": {"fieldPath": "metadata.annotations"}},
        ]}}),
        json!({"name": "istio-envoy", "emptyDir": {}}),
        json!({"name": "istio-data", "emptyDir": {}}),
        json!({"name": "istio-token", "projected": {"sources": [{"serviceAccountToken": {
            "path": "istio-token", "expirationSeconds": 43200, "audience": g.str_or("sds.token.aud", "istio-ca")}}]}}),
    ]);
    if g.bool_or("mountMtlsCerts", false) {
        volumes.push(json!({"name": "istio-certs", "secret": {"secretName": format!("istio.{name}-service-account"), "optional": true}}));
    }
    volumes.push(json!({"name": "config-volume", "configMap": {"name": ctx.rev_name("istio"), "optional": true}}));
    volumes.extend(user_pod_volumes(&secret_volumes, &config_volumes));

    let mut pod_spec = pod_identity(ctx, gw, name);
    pod_spec.insert("containers".into(), Value::Array(containers));
    pod_spec.insert("volumes".into(), Value::Array(volumes));
    scheduling(ctx, gw, &mut pod_spec);

    d["spec"] = deployment_spec(gw, sel, pod_labels, annotations, pod_spec);
    d
}

/// The Deployment the chart renders when `injectionTemplate` is set: a pod for the injector
/// to fill (`image: auto`, `sidecar.istio.io/inject` and `inject.istio.io/templates`), with
/// only the gateway's own settings; the injection template brings the proxy's arguments,
/// environment, probes and volumes.
fn injected_deployment(
    ctx: &Ctx,
    inst: &Instance,
    gw: &super::V,
    sel: &Map<String, Value>,
    meta_labels: Map<String, Value>,
    prefix: &str,
    template: &str,
) -> Value {
    let g = ctx.v.at("global");
    let run_as_root = gw.bool_or("runAsRoot", false);
    let (mut d, mut pod_labels) = start(ctx, inst, sel, meta_labels);
    if ctx.revision.is_empty() {
        // the injected pod names a revision only when there is one
        pod_labels.remove("istio.io/rev");
    }
    pod_labels.insert("sidecar.istio.io/inject".into(), "true".into());
    pod_labels.insert(
        "app.kubernetes.io/name".into(),
        d["metadata"]["labels"]["app.kubernetes.io/name"].clone(),
    );
    ctx.common_labels(&mut pod_labels);

    let mut annotations = Map::new();
    if ctx.v.bool_or("meshConfig.enablePrometheusMerge", true) {
        annotations.insert("prometheus.io/port".into(), "15020".into());
        annotations.insert("prometheus.io/scrape".into(), "true".into());
        annotations.insert("prometheus.io/path".into(), "/stats/prometheus".into());
    }
    annotations.insert("sidecar.istio.io/inject".into(), "true".into());
    annotations.insert("inject.istio.io/templates".into(), template.into());
    for (k, v) in gw.entries("podAnnotations") {
        annotations.insert(k.clone(), v.clone());
    }

    let (secret_volumes, config_volumes) = user_volumes(gw, prefix);
    let mut container = json!({"name": "istio-proxy", "image": "auto"});
    if g.truthy("imagePullPolicy") {
        container["imagePullPolicy"] = g.get("imagePullPolicy").clone();
    }
    container["ports"] = Value::Array(container_ports(gw));
    if !run_as_root {
        container["securityContext"] = unprivileged_container();
    }
    container["resources"] = proxy_resources(ctx, gw);
    let mut envs = Vec::new();
    if !run_as_root {
        envs.push(env("ISTIO_META_UNPRIVILEGED_POD", "true"));
    }
    for (k, v) in gw.entries("env") {
        envs.push(env(k, text(v)));
    }
    // the chart leaves an empty list as null: no field at all
    if !envs.is_empty() {
        container["env"] = Value::Array(envs);
    }
    let mounts = user_mounts(&secret_volumes, &config_volumes);
    if !mounts.is_empty() {
        container["volumeMounts"] = Value::Array(mounts);
    }
    let mut containers = vec![container];
    if let Some(extra) = gw.get("additionalContainers").as_array() {
        containers.extend(extra.iter().cloned());
    }

    let mut pod_spec = pod_identity(ctx, gw, &inst.name);
    pod_spec.insert("containers".into(), Value::Array(containers));
    let volumes = user_pod_volumes(&secret_volumes, &config_volumes);
    if !volumes.is_empty() {
        pod_spec.insert("volumes".into(), Value::Array(volumes));
    }
    scheduling(ctx, gw, &mut pod_spec);

    d["spec"] = deployment_spec(gw, sel, pod_labels, annotations, pod_spec);
    d
}

/// The Deployment object and its pod's first labels: the selector, the chart's release labels
/// in istio-system, the canonical service name and revision, and the ownership labels.
fn start(
    ctx: &Ctx,
    inst: &Instance,
    sel: &Map<String, Value>,
    meta_labels: Map<String, Value>,
) -> (Value, Map<String, Value>) {
    let (ns, name) = (inst.namespace.as_str(), inst.name.as_str());
    let d = object("apps/v1", "Deployment", name, Some(ns), meta_labels);
    let mut pod_labels = sel.clone();
    if ns == "istio-system" {
        pod_labels.insert("heritage".into(), "Tiller".into());
        pod_labels.insert("release".into(), "istio".into());
        pod_labels.insert("chart".into(), "gateways".into());
    }
    pod_labels.insert("service.istio.io/canonical-name".into(), name.into());
    let canonical_rev = sel
        .get("app.kubernetes.io/version")
        .or_else(|| sel.get("version"))
        .map(text)
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| {
            if ctx.revision.is_empty() {
                "latest".into()
            } else {
                ctx.revision.clone()
            }
        });
    pod_labels.insert(
        "service.istio.io/canonical-revision".into(),
        Value::String(canonical_rev),
    );
    ctx.owned_labels(&mut pod_labels, inst.component);
    (d, pod_labels)
}

/// The proxy container's ports: each gateway port's target (else its port), then Envoy's
/// Prometheus port.
fn container_ports(gw: &super::V) -> Vec<Value> {
    let mut ports: Vec<Value> = gw
        .get("ports")
        .as_array()
        .map(|ps| {
            ps.iter()
                .map(|p| {
                    let target = if super::truthy(&p["targetPort"]) {
                        p["targetPort"].clone()
                    } else {
                        p["port"].clone()
                    };
                    let protocol = if p["protocol"].is_string() {
                        p["protocol"].clone()
                    } else {
                        json!("TCP")
                    };
                    json!({"containerPort": target, "protocol": protocol})
                })
                .collect()
        })
        .unwrap_or_default();
    ports.push(json!({"containerPort": 15090, "protocol": "TCP", "name": "http-envoy-prom"}));
    ports
}

/// The gateway's `secretVolumes` (the chart's two certificate Secrets when unset) and
/// `configVolumes`.
fn user_volumes(gw: &super::V, prefix: &str) -> (Vec<Value>, Vec<Value>) {
    let secret_volumes: Vec<Value> = match gw.get("secretVolumes") {
        Value::Array(a) => a.clone(),
        _ => vec![
            json!({"name": format!("{prefix}-certs"), "secretName": format!("istio-{prefix}-certs"), "mountPath": format!("/etc/istio/{prefix}-certs")}),
            json!({"name": format!("{prefix}-ca-certs"), "secretName": format!("istio-{prefix}-ca-certs"), "mountPath": format!("/etc/istio/{prefix}-ca-certs")}),
        ],
    };
    let config_volumes: Vec<Value> = gw
        .get("configVolumes")
        .as_array()
        .cloned()
        .unwrap_or_default();
    (secret_volumes, config_volumes)
}

/// Read-only mounts of those volumes (a config volume only when it names a mount path).
fn user_mounts(secret_volumes: &[Value], config_volumes: &[Value]) -> Vec<Value> {
    let secrets = secret_volumes
        .iter()
        .map(|sv| json!({"name": sv["name"], "mountPath": sv["mountPath"], "readOnly": true}));
    let configs = config_volumes
        .iter()
        .filter(|cv| super::truthy(&cv["mountPath"]))
        .map(|cv| json!({"name": cv["name"], "mountPath": cv["mountPath"], "readOnly": true}));
    secrets.chain(configs).collect()
}

/// The pod volumes behind those mounts, all optional.
fn user_pod_volumes(secret_volumes: &[Value], config_volumes: &[Value]) -> Vec<Value> {
    let secrets = secret_volumes.iter().map(|sv| {
        json!({"name": sv["name"], "secret": {"secretName": sv["secretName"], "optional": true}})
    });
    let configs = config_volumes.iter().map(|cv| {
        json!({"name": cv["name"], "configMap": {"name": cv["configMapName"], "optional": true}})
    });
    secrets.chain(configs).collect()
}

/// The gateway's `resources`, else the mesh's `global.defaultResources`.
fn proxy_resources(ctx: &Ctx, gw: &super::V) -> Value {
    if gw.truthy("resources") {
        ctx.resources(gw.get("resources"))
    } else {
        ctx.resources(ctx.v.at("global").get("defaultResources"))
    }
}

fn unprivileged_container() -> Value {
    json!({
        "allowPrivilegeEscalation": false,
        "capabilities": {"drop": ["ALL"]},
        "privileged": false,
        "readOnlyRootFilesystem": true,
    })
}

/// The pod's security context (unless `runAsRoot`), service account and priority class.
fn pod_identity(ctx: &Ctx, gw: &super::V, name: &str) -> Map<String, Value> {
    let g = ctx.v.at("global");
    let mut pod_spec = Map::new();
    if !gw.bool_or("runAsRoot", false) {
        pod_spec.insert(
            "securityContext".into(),
            json!({"runAsUser": 1337, "runAsGroup": 1337, "runAsNonRoot": true}),
        );
    }
    pod_spec.insert(
        "serviceAccountName".into(),
        Value::String(format!("{name}-service-account")),
    );
    if g.truthy("priorityClassName") {
        pod_spec.insert(
            "priorityClassName".into(),
            g.get("priorityClassName").clone(),
        );
    }
    pod_spec
}

/// Node affinity from the gateway's `nodeSelector` (else `global.defaultNodeSelector`), and
/// tolerations (the gateway's, else `global.defaultTolerations`).
fn scheduling(ctx: &Ctx, gw: &super::V, pod_spec: &mut Map<String, Value>) {
    let g = ctx.v.at("global");
    let node_selector = if gw.truthy("nodeSelector") {
        gw.get("nodeSelector")
    } else {
        g.get("defaultNodeSelector")
    };
    if super::truthy(node_selector) {
        let exprs: Vec<Value> = node_selector
            .as_object()
            .map(|m| {
                m.iter()
                    .map(|(k, v)| json!({"key": k, "operator": "In", "values": [text(v)]}))
                    .collect()
            })
            .unwrap_or_default();
        pod_spec.insert(
            "affinity".into(),
            json!({"nodeAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": {
            "nodeSelectorTerms": [{"matchExpressions": exprs}]}}}),
        );
    }
    if gw.truthy("tolerations") {
        pod_spec.insert("tolerations".into(), gw.get("tolerations").clone());
    } else if g.truthy("defaultTolerations") {
        pod_spec.insert("tolerations".into(), g.get("defaultTolerations").clone());
    }
}

/// replicas (only without autoscaling), selector, rolling-update strategy and the pod template.
fn deployment_spec(
    gw: &super::V,
    sel: &Map<String, Value>,
    pod_labels: Map<String, Value>,
    annotations: Map<String, Value>,
    pod_spec: Map<String, Value>,
) -> Value {
    let mut spec = Map::new();
    if !gw.bool_or("autoscaleEnabled", true) && gw.truthy("replicaCount") {
        spec.insert("replicas".into(), json!(gw.i64_or("replicaCount", 1)));
    }
    spec.insert("selector".into(), json!({"matchLabels": sel}));
    spec.insert(
        "strategy".into(),
        json!({"rollingUpdate": {
            "maxSurge": gw.get("rollingMaxSurge"),
            "maxUnavailable": gw.get("rollingMaxUnavailable"),
        }}),
    );
    spec.insert(
        "template".into(),
        json!({
            "metadata": {"labels": pod_labels, "annotations": annotations},
            "spec": pod_spec,
        }),
    );
    Value::Object(spec)
}
