//! istiod's RBAC: the cluster roles it and the multicluster reader need.

use super::*;

pub(super) const ISTIO_GROUPS: &[&str] = &[
    "config.istio.io",
    "security.istio.io",
    "networking.istio.io",
    "authentication.istio.io",
    "rbac.istio.io",
    "telemetry.istio.io",
    "extensions.istio.io",
];

pub(super) fn istiod_cluster_rules(ctx: &Ctx) -> Value {
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
        json!({"apiGroups": ["gateway.networking.x-k8s.io"], "resources": ["xbackendtrafficpolicies/status"], "verbs": ["update", "patch"]}),
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

pub(super) fn reader_rules(ctx: &Ctx, remote: bool) -> Value {
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

/// istiod's ClusterRoles (and the gateway controller's) with their bindings.
pub(super) fn cluster_roles(ctx: &Ctx, p: &Plan, out: &mut Vec<Value>) {
    let v = p.v;
    let ns = p.ns;
    let istiod = p.istiod.as_str();
    if p.cluster && p.rbac_here {
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
            istiod,
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
                istiod,
                &ctx.istio_ns,
                None,
                istiod_labels(ctx),
            ));
        }
    }
}

/// Reader RBAC (multicluster remote secrets).
pub(super) fn reader(ctx: &Ctx, p: &Plan, out: &mut Vec<Value>) {
    let g = p.g;
    let ns = p.ns;
    if p.cluster && g.bool_or("enableReaderRBAC", true) {
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
        cr["rules"] = reader_rules(ctx, p.remote);
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
}

/// istiod's Role and RoleBinding in the Istio namespace.
pub(super) fn role(ctx: &Ctx, p: &Plan, out: &mut Vec<Value>) {
    let istiod = p.istiod.as_str();
    if p.namespaced && p.rbac_here {
        let mut role = object(
            "rbac.authorization.k8s.io/v1",
            "Role",
            istiod,
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
            istiod,
            "Role",
            istiod,
            istiod,
            &ctx.istio_ns,
            Some(&ctx.istio_ns),
            istiod_labels(ctx),
        ));
    }
}
