//! The Pilot component: istiod and everything around it (RBAC, mesh config, injector
//! config and webhooks, autoscaling). With `istiodRemote.enabled` (the remote profile) only
//! the injector webhook, the values ConfigMap and the reader RBAC remain.

use serde_json::{Map, Value, json};

use super::{Ctx, Instance, RenderError, env, env_field, injector, labels, object, text, truthy};
use crate::install::Component;
use crate::install::values::Merged;

const C: Component = Component::Pilot;

fn istiod_labels(ctx: &Ctx) -> Map<String, Value> {
    let mut l = labels([("app", "istiod"), ("release", "istio")]);
    l.insert("app.kubernetes.io/name".into(), "istiod".into());
    ctx.common_labels(&mut l);
    l
}

fn owned(ctx: &Ctx, mut l: Map<String, Value>) -> Map<String, Value> {
    ctx.owned_labels(&mut l, C);
    l
}

pub fn render(ctx: &Ctx, inst: &Instance, m: &Merged) -> Result<Vec<Value>, RenderError> {
    let v = ctx.v.at("pilot");
    let g = ctx.v.at("global");
    let ns = inst.namespace.as_str();
    let scope = g.str_or("resourceScope", "all");
    let cluster = scope == "all" || scope == "cluster";
    let namespaced = scope == "all" || scope == "namespace";
    let remote = ctx.v.bool_or("istiodRemote.enabled", false);
    let local_injector = ctx
        .v
        .bool_or("istiodRemote.enabledLocalInjectorIstiod", false);
    let config_cluster = g.bool_or("configCluster", false);
    let istiod_here = !remote || local_injector;
    let rbac_here = !remote || config_cluster || local_injector;
    let istiod = ctx.rev_name("istiod");
    let mut out = Vec::new();

    // autoscale
    let autoscale = v.bool_or("autoscaleEnabled", true);
    if namespaced
        && istiod_here
        && autoscale
        && v.truthy("autoscaleMin")
        && v.truthy("autoscaleMax")
    {
        let mut l = owned(ctx, istiod_labels(ctx));
        l.shift_remove("release");
        l.insert("release".into(), "istio".into());
        let mut hpa = object(
            "autoscaling/v2",
            "HorizontalPodAutoscaler",
            &istiod,
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

    // cluster roles and bindings
    if cluster && rbac_here {
        let cr_name = format!("{}-{}", ctx.rev_name("istiod-clusterrole"), ns);
        let gw_name = format!("{}-{}", ctx.rev_name("istiod-gateway-controller"), ns);
        let gateway_controller =
            text(v.get("env.PILOT_ENABLE_GATEWAY_API_DEPLOYMENT_CONTROLLER")) != "false";
        let mut cr = object(
            "rbac.authorization.k8s.io/v1",
            "ClusterRole",
            &cr_name,
            None,
            istiod_labels(ctx),
        );
        cr["rules"] = istiod_cluster_rules(ctx);
        out.push(cr);
        if gateway_controller {
            let mut gr = object(
                "rbac.authorization.k8s.io/v1",
                "ClusterRole",
                &gw_name,
                None,
                istiod_labels(ctx),
            );
            let all = [
                "get", "watch", "list", "update", "patch", "create", "delete",
            ];
            gr["rules"] = json!([
                {"apiGroups": ["apps"], "verbs": all, "resources": ["deployments"]},
                {"apiGroups": ["autoscaling"], "verbs": all, "resources": ["horizontalpodautoscalers"]},
                {"apiGroups": ["policy"], "verbs": all, "resources": ["poddisruptionbudgets"]},
                {"apiGroups": [""], "verbs": all, "resources": ["services"]},
                {"apiGroups": [""], "verbs": all, "resources": ["serviceaccounts"]},
            ]);
            out.push(gr);
        }
        out.push(binding(
            "ClusterRoleBinding",
            &cr_name,
            "ClusterRole",
            &cr_name,
            &istiod,
            &ctx.istio_ns,
            None,
            istiod_labels(ctx),
        ));
        if gateway_controller {
            out.push(binding(
                "ClusterRoleBinding",
                &gw_name,
                "ClusterRole",
                &gw_name,
                &istiod,
                &ctx.istio_ns,
                None,
                istiod_labels(ctx),
            ));
        }
    }

    // the values ConfigMap (for debugging and tooling)
    if namespaced {
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

    // mesh config
    if namespaced && v.bool_or("configMap", true) {
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
            "mesh": crate::output::yaml::to_string(&sort_keys(&mesh_config(ctx, ns))).trim_end().to_string(),
        });
        out.push(cm);
    }

    // the istiod Deployment
    if namespaced && istiod_here {
        out.push(deployment(ctx, ns, &istiod));
    }

    // the injector ConfigMap
    if namespaced && !g.bool_or("omitSidecarInjectorConfigMap", false) {
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

    // the injector webhook
    if cluster && !g.bool_or("operatorManageWebhooks", false) {
        out.push(mutating_webhook(ctx, ns));
    }

    // reader RBAC (multicluster remote secrets)
    if cluster && g.bool_or("enableReaderRBAC", true) {
        let name = format!("{}-{}", ctx.rev_name("istio-reader-clusterrole"), ns);
        let mut l = labels([("app", "istio-reader"), ("release", "istio")]);
        l.insert("app.kubernetes.io/name".into(), "istio-reader".into());
        ctx.common_labels(&mut l);
        let mut cr = object(
            "rbac.authorization.k8s.io/v1",
            "ClusterRole",
            &name,
            None,
            l.clone(),
        );
        cr["rules"] = reader_rules(ctx, remote);
        out.push(cr);
        let sa_name = g.str_or("readerServiceAccount.name", "istio-reader-service-account");
        let sa_ns = if g.truthy("readerServiceAccount.name") {
            g.str("readerServiceAccount.namespace")
        } else {
            ctx.istio_ns.clone()
        };
        out.push(binding(
            "ClusterRoleBinding",
            &name,
            "ClusterRole",
            &name,
            &sa_name,
            &sa_ns,
            None,
            l,
        ));
    }

    // Role and RoleBinding
    if namespaced && rbac_here {
        let mut role = object(
            "rbac.authorization.k8s.io/v1",
            "Role",
            &istiod,
            Some(&ctx.istio_ns),
            istiod_labels(ctx),
        );
        role["rules"] = json!([
            {"apiGroups": ["networking.istio.io"], "verbs": ["create"], "resources": ["gateways"]},
            {"apiGroups": [""], "resources": ["secrets"], "verbs": ["create", "get", "watch", "list", "update", "delete"]},
            {"apiGroups": [""], "resources": ["configmaps"], "verbs": ["delete"]},
            {"apiGroups": ["coordination.k8s.io"], "resources": ["leases"], "verbs": ["get", "update", "patch", "create"]},
        ]);
        out.push(role);
        out.push(binding(
            "RoleBinding",
            &istiod,
            "Role",
            &istiod,
            &istiod,
            &ctx.istio_ns,
            Some(&ctx.istio_ns),
            istiod_labels(ctx),
        ));
    }

    // PodDisruptionBudget
    if namespaced && istiod_here && g.bool_or("defaultPodDisruptionBudget.enabled", true) {
        let needed = if autoscale {
            v.i64_or("autoscaleMin", 1) > 1
        } else {
            v.i64_or("replicaCount", 1) > 1
        };
        if needed {
            let mut l = owned(ctx, istiod_labels(ctx));
            l.insert("istio".into(), "pilot".into());
            let mut pdb = object("policy/v1", "PodDisruptionBudget", &istiod, Some(ns), l);
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
            spec.insert("selector".into(), json!({"matchLabels": selector(ctx)}));
            pdb["spec"] = Value::Object(spec);
            out.push(pdb);
        }
    }

    // Service
    if namespaced && istiod_here {
        let mut l = owned(
            ctx,
            labels([("app", "istiod"), ("istio", "pilot"), ("release", "istio")]),
        );
        l.insert("app.kubernetes.io/name".into(), "istiod".into());
        ctx.common_labels(&mut l);
        let mut svc = object("v1", "Service", &istiod, Some(ns), l);
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

    // ServiceAccount
    if namespaced && rbac_here {
        let mut sa = object(
            "v1",
            "ServiceAccount",
            &istiod,
            Some(&ctx.istio_ns),
            istiod_labels(ctx),
        );
        if v.truthy("serviceAccountAnnotations") {
            sa["metadata"]["annotations"] = v.get("serviceAccountAnnotations").clone();
        }
        super::base::add_pull_secrets(ctx, &mut sa);
        out.push(sa);
    }

    // validation policy (stable profile)
    if namespaced && rbac_here && ctx.v.bool_or("experimental.stableValidationPolicy", false) {
        out.extend(validation_policy(ctx));
    }

    // validation webhook
    if cluster && rbac_here && g.bool_or("configValidation", true) {
        out.push(validating_webhook(ctx));
    }
    Ok(out)
}

fn utilization(resource: &str, pct: i64) -> Value {
    json!({"type": "Resource", "resource": {"name": resource, "target": {"type": "Utilization", "averageUtilization": pct}}})
}

#[allow(clippy::too_many_arguments)]
fn binding(
    kind: &str,
    name: &str,
    role_kind: &str,
    role: &str,
    sa: &str,
    sa_ns: &str,
    ns: Option<&str>,
    l: Map<String, Value>,
) -> Value {
    let mut b = object("rbac.authorization.k8s.io/v1", kind, name, ns, l);
    b["roleRef"] =
        json!({"apiGroup": "rbac.authorization.k8s.io", "kind": role_kind, "name": role});
    b["subjects"] = json!([{"kind": "ServiceAccount", "name": sa, "namespace": sa_ns}]);
    b
}

fn selector(ctx: &Ctx) -> Map<String, Value> {
    let mut sel = Map::new();
    if ctx.revision.is_empty() {
        sel.insert("istio".into(), "pilot".into());
    } else {
        sel.insert("app".into(), "istiod".into());
        sel.insert("istio.io/rev".into(), Value::String(ctx.revision.clone()));
    }
    sel
}

const ISTIO_GROUPS: &[&str] = &[
    "config.istio.io",
    "security.istio.io",
    "networking.istio.io",
    "authentication.istio.io",
    "rbac.istio.io",
    "telemetry.istio.io",
    "extensions.istio.io",
];

fn istiod_cluster_rules(ctx: &Ctx) -> Value {
    let v = ctx.v.at("pilot");
    let mcs = v.str_or("env.MCS_API_GROUP", "multicluster.x-k8s.io");
    let all = [
        "get", "watch", "list", "update", "patch", "create", "delete",
    ];
    let read = ["get", "list", "watch"];
    let mut rules = vec![
        json!({"apiGroups": ["admissionregistration.k8s.io"], "resources": ["mutatingwebhookconfigurations"], "verbs": ["get", "list", "watch", "update", "patch"]}),
        json!({"apiGroups": ["admissionregistration.k8s.io"], "resources": ["validatingwebhookconfigurations"], "verbs": ["get", "list", "watch", "update"]}),
        json!({"apiGroups": ISTIO_GROUPS, "verbs": ["get", "watch", "list"], "resources": ["*"]}),
    ];
    let analysis = ctx.v.bool_or("global.istiod.enableAnalysis", false);
    if analysis {
        rules.push(json!({"apiGroups": ISTIO_GROUPS, "verbs": ["update", "patch"], "resources": [
            "authorizationpolicies/status", "destinationrules/status", "envoyfilters/status", "gateways/status",
            "peerauthentications/status", "proxyconfigs/status", "requestauthentications/status",
            "serviceentries/status", "sidecars/status", "telemetries/status", "virtualservices/status",
            "wasmplugins/status", "workloadentries/status", "workloadgroups/status"]}));
    }
    rules.extend([
        json!({"apiGroups": ["networking.istio.io"], "verbs": all, "resources": ["workloadentries"]}),
        json!({"apiGroups": ["networking.istio.io"], "verbs": all, "resources": ["workloadentries/status", "serviceentries/status"]}),
        json!({"apiGroups": ["security.istio.io"], "verbs": all, "resources": ["authorizationpolicies/status"]}),
        json!({"apiGroups": [""], "verbs": all, "resources": ["services/status"]}),
        json!({"apiGroups": ["apiextensions.k8s.io"], "resources": ["customresourcedefinitions"], "verbs": read}),
        json!({"apiGroups": [""], "resources": ["pods", "nodes", "services", "namespaces", "endpoints"], "verbs": read}),
        json!({"apiGroups": ["discovery.k8s.io"], "resources": ["endpointslices"], "verbs": read}),
    ]);
    if v.bool_or("taint.enabled", false) {
        rules.push(json!({"apiGroups": [""], "resources": ["nodes"], "verbs": ["patch"]}));
    }
    if analysis {
        rules.push(json!({"apiGroups": ["extensions", "networking.k8s.io"], "resources": ["ingresses"], "verbs": read}));
        rules.push(json!({"apiGroups": ["extensions", "networking.k8s.io"], "resources": ["ingresses/status"], "verbs": ["*"]}));
    }
    rules.extend([
        json!({"apiGroups": ["networking.k8s.io"], "resources": ["ingresses", "ingressclasses"], "verbs": read}),
        json!({"apiGroups": ["networking.k8s.io"], "resources": ["ingresses/status"], "verbs": ["*"]}),
        json!({"apiGroups": [""], "resources": ["configmaps"], "verbs": ["create", "get", "list", "watch", "update"]}),
    ]);
    let provider = ctx.v.str_or("global.pilotCertProvider", "istiod");
    if v.truthy("env.EXTERNAL_CA") || !["istiod", "custom", "none"].contains(&provider.as_str()) {
        rules.push(json!({"apiGroups": ["certificates.k8s.io"], "resources": ["certificatesigningrequests", "certificatesigningrequests/approval", "certificatesigningrequests/status"], "verbs": ["update", "create", "get", "delete", "watch"]}));
        rules.push(json!({"apiGroups": ["certificates.k8s.io"], "resources": ["signers"], "resourceNames": ctx.v.get("global.certSigners").as_array().cloned().unwrap_or_default(), "verbs": ["approve"]}));
    }
    if v.get("env.ENABLE_CLUSTER_TRUST_BUNDLE_API") == &json!(true) {
        rules.push(json!({"apiGroups": ["certificates.k8s.io"], "resources": ["clustertrustbundles"], "verbs": ["update", "create", "delete", "list", "watch", "get"]}));
        rules.push(json!({"apiGroups": ["certificates.k8s.io"], "resources": ["signers"], "resourceNames": ["istio.io/istiod-ca"], "verbs": ["attest"]}));
    }
    rules.extend([
        json!({"apiGroups": ["authentication.k8s.io"], "resources": ["tokenreviews"], "verbs": ["create"]}),
        json!({"apiGroups": ["authorization.k8s.io"], "resources": ["subjectaccessreviews"], "verbs": ["create"]}),
        json!({"apiGroups": ["gateway.networking.k8s.io", "gateway.networking.x-k8s.io"], "resources": ["*"], "verbs": ["get", "watch", "list"]}),
        json!({"apiGroups": ["gateway.networking.x-k8s.io"], "resources": ["xbackends/status", "xbackendtrafficpolicies/status"], "verbs": ["update", "patch"]}),
        json!({"apiGroups": ["gateway.networking.k8s.io"], "resources": [
            "backendtlspolicies/status", "gatewayclasses/status", "gateways/status", "grpcroutes/status",
            "httproutes/status", "referencegrants/status", "tcproutes/status", "tlsroutes/status",
            "udproutes/status", "listenersets/status"], "verbs": ["update", "patch"]}),
        json!({"apiGroups": ["gateway.networking.k8s.io"], "resources": ["gatewayclasses"], "verbs": ["create", "update", "patch", "delete"]}),
        json!({"apiGroups": ["inference.networking.k8s.io"], "resources": ["inferencepools"], "verbs": ["get", "watch", "list"]}),
        json!({"apiGroups": ["inference.networking.k8s.io"], "resources": ["inferencepools/status"], "verbs": ["update", "patch"]}),
        json!({"apiGroups": [""], "resources": ["secrets"], "verbs": ["get", "watch", "list"]}),
        json!({"apiGroups": [mcs], "resources": ["serviceexports"], "verbs": ["get", "watch", "list", "create", "delete"]}),
        json!({"apiGroups": [mcs], "resources": ["serviceimports"], "verbs": ["get", "watch", "list"]}),
    ]);
    Value::Array(rules)
}

fn reader_rules(ctx: &Ctx, remote: bool) -> Value {
    let mcs = ctx
        .v
        .str_or("pilot.env.MCS_API_GROUP", "multicluster.x-k8s.io");
    let read = ["get", "list", "watch"];
    let mut rules = vec![
        json!({"apiGroups": ISTIO_GROUPS, "resources": ["*"], "verbs": read}),
        json!({"apiGroups": [""], "resources": ["endpoints", "pods", "services", "nodes", "replicationcontrollers", "namespaces", "secrets", "configmaps"], "verbs": read}),
        json!({"apiGroups": ["networking.istio.io"], "verbs": ["get", "watch", "list"], "resources": ["workloadentries"]}),
        json!({"apiGroups": ["networking.x-k8s.io", "gateway.networking.k8s.io"], "resources": ["gateways"], "verbs": ["get", "watch", "list"]}),
        json!({"apiGroups": ["apiextensions.k8s.io"], "resources": ["customresourcedefinitions"], "verbs": read}),
        json!({"apiGroups": ["discovery.k8s.io"], "resources": ["endpointslices"], "verbs": read}),
        json!({"apiGroups": [mcs], "resources": ["serviceexports"], "verbs": ["get", "list", "watch", "create", "delete"]}),
        json!({"apiGroups": [mcs], "resources": ["serviceimports"], "verbs": read}),
        json!({"apiGroups": ["apps"], "resources": ["replicasets"], "verbs": read}),
        json!({"apiGroups": ["authentication.k8s.io"], "resources": ["tokenreviews"], "verbs": ["create"]}),
        json!({"apiGroups": ["authorization.k8s.io"], "resources": ["subjectaccessreviews"], "verbs": ["create"]}),
    ];
    if remote {
        rules.push(json!({"apiGroups": [""], "resources": ["configmaps"], "verbs": ["create", "get", "list", "watch", "update"]}));
        rules.push(json!({"apiGroups": ["admissionregistration.k8s.io"], "resources": ["mutatingwebhookconfigurations"], "verbs": ["get", "list", "watch", "update", "patch"]}));
        rules.push(json!({"apiGroups": ["admissionregistration.k8s.io"], "resources": ["validatingwebhookconfigurations"], "verbs": ["get", "list", "watch", "update"]}));
    }
    Value::Array(rules)
}

/// The mesh config: the chart's defaults, then `values.meshConfig` over them.
pub fn mesh_config(ctx: &Ctx, ns: &str) -> Value {
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

/// Keys sorted at every level, as Go's YAML writer orders them.
pub fn sort_keys(v: &Value) -> Value {
    match v {
        Value::Object(m) => {
            let mut keys: Vec<&String> = m.keys().collect();
            keys.sort();
            Value::Object(
                keys.into_iter()
                    .map(|k| (k.clone(), sort_keys(&m[k])))
                    .collect(),
            )
        }
        Value::Array(a) => Value::Array(a.iter().map(sort_keys).collect()),
        other => other.clone(),
    }
}

fn deployment(ctx: &Ctx, ns: &str, istiod: &str) -> Value {
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

fn webhook_selector(key_values: Value) -> Value {
    json!({"matchExpressions": key_values})
}

fn mutating_webhook(ctx: &Ctx, ns: &str) -> Value {
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
pub fn injector_webhook(
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

fn validating_webhook(ctx: &Ctx) -> Value {
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
fn validation_policy(ctx: &Ctx) -> Vec<Value> {
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
