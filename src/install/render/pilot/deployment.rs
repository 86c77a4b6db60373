//! The istiod Deployment.

use super::*;

pub(super) fn deployment(ctx: &Ctx, ns: &str, istiod: &str) -> Value {
    let v = ctx.v.at("pilot");
    let g = ctx.v.at("global");
    let mut l = owned(ctx, labels([("app", "istiod")]));
    l.insert("istio".into(), "pilot".into());
    l.insert("release".into(), "istio".into());
    l.insert("app.kubernetes.io/name".into(), "istiod".into());
    ctx.common_labels(&mut l);
    for (k, val) in v.entries("deploymentLabels") {
        l.insert(k.clone(), Value::String(text(val)));
    }
    let mut d = object("apps/v1", "Deployment", istiod, Some(ns), l);
    if v.truthy("deploymentAnnotations") {
        d["metadata"]["annotations"] = v.get("deploymentAnnotations").clone();
    }
    let mut pod_labels = Map::new();
    pod_labels.insert("app".into(), "istiod".into());
    ctx.owned_labels(&mut pod_labels, C);
    pod_labels.insert("sidecar.istio.io/inject".into(), "false".into());
    pod_labels.insert(
        "istio".into(),
        if ctx.revision.is_empty() {
            "pilot"
        } else {
            "istiod"
        }
        .into(),
    );
    for (k, val) in v.entries("podLabels") {
        pod_labels.insert(k.clone(), Value::String(text(val)));
    }
    pod_labels.insert("istio.io/dataplane-mode".into(), "none".into());
    pod_labels.insert("app.kubernetes.io/name".into(), "istiod".into());
    ctx.common_labels(&mut pod_labels);
    let mut annotations = json!({
        "prometheus.io/port": "15014",
        "prometheus.io/scrape": "true",
        "sidecar.istio.io/inject": "false",
    });
    if v.truthy("podAnnotations") {
        crate::install::values::merge(&mut annotations, v.get("podAnnotations"));
    }

    let image_name = v.str_or("image", "pilot");
    let image = ctx.image(
        &v.str_or("hub", &ctx.global_hub()),
        &image_name,
        &v.str_or("tag", &ctx.global_tag()),
        &v.str_or("variant", &g.str("variant")),
    );
    let mut args = vec![json!("discovery"), json!("--monitoringAddr=:15014")];
    if g.truthy("logging.level") {
        args.push(json!(format!(
            "--log_output_level={}",
            g.str("logging.level")
        )));
    }
    if g.bool_or("logAsJson", false) {
        args.push(json!("--log_as_json"));
    }
    args.push(json!("--domain"));
    args.push(json!(g.str_or("proxy.clusterDomain", "cluster.local")));
    if v.truthy("taint.namespace") {
        args.push(json!(format!(
            "--cniNamespace={}",
            v.str("taint.namespace")
        )));
    }
    args.push(json!("--keepaliveMaxServerConnectionAge"));
    args.push(json!(v.str_or("keepaliveMaxServerConnectionAge", "30m")));
    if let Some(extra) = v.get("extraContainerArgs").as_array() {
        args.extend(extra.iter().cloned());
    }

    let mut envs = vec![
        env("REVISION", ctx.rev_label()),
        env(
            "PILOT_CERT_PROVIDER",
            g.str_or("pilotCertProvider", "istiod"),
        ),
        env_field("POD_NAME", "metadata.name"),
        env_field("POD_NAMESPACE", "metadata.namespace"),
        env_field("SERVICE_ACCOUNT", "spec.serviceAccountName"),
        env("KUBECONFIG", "/var/run/secrets/remote/config"),
    ];
    if !v.truthy("env.CA_TRUSTED_NODE_ACCOUNTS") {
        envs.push(env(
            "CA_TRUSTED_NODE_ACCOUNTS",
            format!(
                "{}/{}",
                v.str_or("trustedZtunnelNamespace", ns),
                v.str_or("trustedZtunnelName", "ztunnel")
            ),
        ));
    }
    for (k, val) in v.entries("env") {
        envs.push(env(k, text(val)));
    }
    if v.str("env.COMPLIANCE_POLICY") == "fips-140-3" {
        envs.push(env("GODEBUG", "fips140=only"));
    }
    if let Some(from) = v.get("envVarFrom").as_array() {
        envs.extend(from.iter().cloned());
    }
    if v.truthy("traceSampling") {
        envs.push(env("PILOT_TRACE_SAMPLING", text(v.get("traceSampling"))));
    }
    if v.bool_or("taint.enabled", false) {
        envs.push(env("PILOT_ENABLE_NODE_UNTAINT_CONTROLLERS", "true"));
        envs.push(env(
            "PILOT_NODE_UNTAINT_CONTROLLERS_TAINT_NAME",
            v.str_or("taint.name", "cni.istio.io/not-ready"),
        ));
    }
    if g.bool_or("externalIstiod", false) && !v.truthy("env.EXTERNAL_ISTIOD") {
        envs.push(env("EXTERNAL_ISTIOD", "true"));
    }
    if g.truthy("trustBundleName") {
        envs.push(env("PILOT_CA_CERT_CONFIGMAP", g.str("trustBundleName")));
    }
    if v.truthy("crlConfigMapName") {
        envs.push(env("PILOT_CRL_CONFIGMAP", v.str("crlConfigMapName")));
    }
    envs.push(env(
        "PILOT_ENABLE_ANALYSIS",
        g.bool_or("istiod.enableAnalysis", false).to_string(),
    ));
    envs.push(env(
        "CLUSTER_ID",
        g.str_or("multiCluster.clusterName", "Kubernetes"),
    ));
    envs.push(super::super::env_resource("GOMAXPROCS", "limits.cpu"));
    envs.push(env(
        "PLATFORM",
        g.str_or("platform", &ctx.v.str("platform")),
    ));

    let resources = if v.truthy("resources") {
        ctx.resources(v.get("resources"))
    } else {
        ctx.resources(g.get("defaultResources"))
    };
    let mut security = json!({
        "allowPrivilegeEscalation": false,
        "readOnlyRootFilesystem": true,
        "runAsNonRoot": true,
        "capabilities": {"drop": ["ALL"]},
    });
    if v.truthy("seccompProfile") {
        security["seccompProfile"] = v.get("seccompProfile").clone();
    }
    let mut mounts = vec![
        json!({"name": "istio-token", "mountPath": "/var/run/secrets/tokens", "readOnly": true}),
        json!({"name": "local-certs", "mountPath": "/var/run/secrets/istio-dns"}),
        json!({"name": "cacerts", "mountPath": "/etc/cacerts", "readOnly": true}),
        json!({"name": "istio-kubeconfig", "mountPath": "/var/run/secrets/remote", "readOnly": true}),
    ];
    if v.truthy("jwksResolverExtraRootCA") {
        mounts.push(json!({"name": "extracacerts", "mountPath": "/cacerts"}));
    }
    mounts.push(json!({"name": "istio-csr-dns-cert", "mountPath": "/var/run/secrets/istiod/tls", "readOnly": true}));
    mounts.push(json!({"name": "istio-csr-ca-configmap", "mountPath": "/var/run/secrets/istiod/ca", "readOnly": true}));
    if let Some(extra) = v.get("volumeMounts").as_array() {
        mounts.extend(extra.iter().cloned());
    }
    let mut container = json!({
        "name": "discovery",
        "image": image,
        "args": args,
        "ports": [
            {"containerPort": 8080, "protocol": "TCP", "name": "http-debug"},
            {"containerPort": 15010, "protocol": "TCP", "name": "grpc-xds"},
            {"containerPort": 15012, "protocol": "TCP", "name": "tls-xds"},
            {"containerPort": 15017, "protocol": "TCP", "name": "https-webhooks"},
            {"containerPort": 15014, "protocol": "TCP", "name": "http-monitoring"},
        ],
        "readinessProbe": {
            "httpGet": {"path": "/ready", "port": 8080},
            "initialDelaySeconds": 1,
            "periodSeconds": 3,
            "timeoutSeconds": 5,
        },
        "env": envs,
        "resources": resources,
        "securityContext": security,
        "volumeMounts": mounts,
    });
    if g.truthy("imagePullPolicy") {
        container["imagePullPolicy"] = g.get("imagePullPolicy").clone();
    }
    let trust_bundle = if v.get("env.ENABLE_CLUSTER_TRUST_BUNDLE_API") == &json!(true) {
        json!({"name": "istio-csr-ca-configmap", "projected": {"sources": [{"clusterTrustBundle": {
            "name": format!("istio.io:istiod-ca:{}", g.str_or("trustBundleName", "root-cert")),
            "path": "root-cert.pem", "optional": true}}]}})
    } else {
        json!({"name": "istio-csr-ca-configmap", "configMap": {
            "name": g.str_or("trustBundleName", "istio-ca-root-cert"), "defaultMode": 420, "optional": true}})
    };
    let mut volumes = vec![
        json!({"name": "local-certs", "emptyDir": {"medium": "Memory"}}),
        json!({"name": "istio-token", "projected": {"sources": [{"serviceAccountToken": {
            "audience": g.str_or("sds.token.aud", "istio-ca"), "expirationSeconds": 43200, "path": "istio-token"}}]}}),
        json!({"name": "cacerts", "secret": {"secretName": "cacerts", "optional": true}}),
        json!({"name": "istio-kubeconfig", "secret": {"secretName": "istio-kubeconfig", "optional": true}}),
        json!({"name": "istio-csr-dns-cert", "secret": {"secretName": "istiod-tls", "optional": true}}),
        trust_bundle,
    ];
    if v.truthy("jwksResolverExtraRootCA") {
        volumes.push(json!({"name": "extracacerts", "configMap": {"name": ctx.rev_name("pilot-jwks-extra-cacerts")}}));
    }
    if let Some(extra) = v.get("volumes").as_array() {
        volumes.extend(extra.iter().cloned());
    }
    let mut tolerations = vec![json!({"key": "cni.istio.io/not-ready", "operator": "Exists"})];
    if let Some(t) = v.get("tolerations").as_array() {
        tolerations.extend(t.iter().cloned());
    }
    let mut pod_spec = Map::new();
    if v.truthy("nodeSelector") {
        pod_spec.insert("nodeSelector".into(), v.get("nodeSelector").clone());
    }
    if v.truthy("affinity") {
        pod_spec.insert("affinity".into(), v.get("affinity").clone());
    }
    pod_spec.insert("tolerations".into(), Value::Array(tolerations));
    if v.truthy("topologySpreadConstraints") {
        pod_spec.insert(
            "topologySpreadConstraints".into(),
            v.get("topologySpreadConstraints").clone(),
        );
    }
    pod_spec.insert(
        "serviceAccountName".into(),
        Value::String(istiod.to_string()),
    );
    if g.truthy("priorityClassName") {
        pod_spec.insert(
            "priorityClassName".into(),
            g.get("priorityClassName").clone(),
        );
    }
    if v.truthy("initContainers") {
        pod_spec.insert("initContainers".into(), v.get("initContainers").clone());
    }
    pod_spec.insert("containers".into(), json!([container]));
    pod_spec.insert("volumes".into(), Value::Array(volumes));

    let mut spec = Map::new();
    if !v.bool_or("autoscaleEnabled", true) && v.truthy("replicaCount") {
        spec.insert("replicas".into(), json!(v.i64_or("replicaCount", 1)));
    }
    spec.insert("strategy".into(), json!({"rollingUpdate": {
        "maxSurge": v.get("rollingMaxSurge").clone().as_str().map(|s| json!(s)).unwrap_or_else(|| v.get("rollingMaxSurge").clone()),
        "maxUnavailable": v.get("rollingMaxUnavailable").clone(),
    }}));
    spec.insert("selector".into(), json!({"matchLabels": selector(ctx)}));
    spec.insert(
        "template".into(),
        json!({
            "metadata": {"labels": pod_labels, "annotations": annotations},
            "spec": pod_spec,
        }),
    );
    d["spec"] = Value::Object(spec);
    d
}

/// The HorizontalPodAutoscaler, when autoscaling has bounds.
pub(super) fn autoscaler(ctx: &Ctx, p: &Plan, out: &mut Vec<Value>) {
    let v = p.v;
    let ns = p.ns;
    let istiod = p.istiod.as_str();
    if p.namespaced
        && p.istiod_here
        && p.autoscale
        && v.truthy("autoscaleMin")
        && v.truthy("autoscaleMax")
    {
        let mut l = owned(ctx, istiod_labels(ctx));
        l.shift_remove("release");
        l.insert("release".into(), "istio".into());
        let mut hpa = object(
            "autoscaling/v2",
            "HorizontalPodAutoscaler",
            istiod,
            Some(ns),
            l,
        );
        let mut metrics = vec![utilization(
            "cpu",
            v.i64_or("cpu.targetAverageUtilization", 80),
        )];
        if v.truthy("memory.targetAverageUtilization") {
            metrics.push(utilization(
                "memory",
                v.i64_or("memory.targetAverageUtilization", 80),
            ));
        }
        hpa["spec"] = json!({
            "maxReplicas": v.i64_or("autoscaleMax", 5),
            "minReplicas": v.i64_or("autoscaleMin", 1),
            "scaleTargetRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": istiod},
            "metrics": metrics,
        });
        if v.truthy("autoscaleBehavior") {
            hpa["spec"]["behavior"] = v.get("autoscaleBehavior").clone();
        }
        out.push(hpa);
    }
}

/// The PodDisruptionBudget, when istiod runs more than one replica.
pub(super) fn disruption_budget(ctx: &Ctx, p: &Plan, out: &mut Vec<Value>) {
    let v = p.v;
    let g = p.g;
    let ns = p.ns;
    let istiod = p.istiod.as_str();
    if p.namespaced && p.istiod_here && g.bool_or("defaultPodDisruptionBudget.enabled", true) {
        let needed = if p.autoscale {
            v.i64_or("autoscaleMin", 1) > 1
        } else {
            v.i64_or("replicaCount", 1) > 1
        };
        if needed {
            let mut l = owned(ctx, istiod_labels(ctx));
            l.insert("istio".into(), "pilot".into());
            let mut pdb = object("policy/v1", "PodDisruptionBudget", istiod, Some(ns), l);
            let mut spec = Map::new();
            let pdbv = ctx.v.at("pilot.pdb");
            if pdbv.truthy("maxUnavailable") {
                spec.insert("maxUnavailable".into(), pdbv.get("maxUnavailable").clone());
            } else {
                spec.insert(
                    "minAvailable".into(),
                    if pdbv.truthy("minAvailable") {
                        pdbv.get("minAvailable").clone()
                    } else {
                        json!(1)
                    },
                );
            }
            if pdbv.truthy("unhealthyPodEvictionPolicy") {
                spec.insert(
                    "unhealthyPodEvictionPolicy".into(),
                    pdbv.get("unhealthyPodEvictionPolicy").clone(),
                );
            }
            // the chart's PDB always selects app=istiod, the Deployment only with a revision
            let mut sel = selector(ctx);
            sel.insert("app".into(), "istiod".into());
            spec.insert("selector".into(), json!({"matchLabels": sel}));
            pdb["spec"] = Value::Object(spec);
            out.push(pdb);
        }
    }
}

/// The istiod Service.
pub(super) fn service(ctx: &Ctx, p: &Plan, out: &mut Vec<Value>) {
    let v = p.v;
    let ns = p.ns;
    let istiod = p.istiod.as_str();
    if p.namespaced && p.istiod_here {
        let mut l = owned(
            ctx,
            labels([("app", "istiod"), ("istio", "pilot"), ("release", "istio")]),
        );
        l.insert("app.kubernetes.io/name".into(), "istiod".into());
        ctx.common_labels(&mut l);
        let mut svc = object("v1", "Service", istiod, Some(ns), l);
        if v.truthy("serviceAnnotations") {
            svc["metadata"]["annotations"] = v.get("serviceAnnotations").clone();
        }
        let mut sel = Map::new();
        sel.insert("app".into(), "istiod".into());
        if ctx.revision.is_empty() {
            sel.insert("istio".into(), "pilot".into());
        } else {
            sel.insert("istio.io/rev".into(), Value::String(ctx.revision.clone()));
        }
        svc["spec"] = json!({
            "ports": [
                {"port": 15010, "name": "grpc-xds", "protocol": "TCP"},
                {"port": 15012, "name": "https-dns", "protocol": "TCP"},
                {"port": 443, "name": "https-webhook", "targetPort": 15017, "protocol": "TCP"},
                {"port": 15014, "name": "http-monitoring", "protocol": "TCP"},
            ],
            "selector": sel,
        });
        if v.truthy("ipFamilyPolicy") {
            svc["spec"]["ipFamilyPolicy"] = v.get("ipFamilyPolicy").clone();
        }
        if v.truthy("ipFamilies") {
            svc["spec"]["ipFamilies"] = v.get("ipFamilies").clone();
        }
        out.push(svc);
    }
}

/// istiod's ServiceAccount.
pub(super) fn service_account(ctx: &Ctx, p: &Plan, out: &mut Vec<Value>) {
    let v = p.v;
    let istiod = p.istiod.as_str();
    if p.namespaced && p.rbac_here {
        let mut sa = object(
            "v1",
            "ServiceAccount",
            istiod,
            Some(&ctx.istio_ns),
            istiod_labels(ctx),
        );
        if v.truthy("serviceAccountAnnotations") {
            sa["metadata"]["annotations"] = v.get("serviceAccountAnnotations").clone();
        }
        super::super::base::add_pull_secrets(ctx, &mut sa);
        out.push(sa);
    }
}
