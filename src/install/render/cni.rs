//! The Cni component: the istio-cni node agent (DaemonSet), its RBAC and its ConfigMap.

use serde_json::{Map, Value, json};

use super::{Ctx, Instance, env, env_field, labels, object, text};
use crate::install::Component;

const NAME: &str = "istio-cni";

pub fn render(ctx: &Ctx, inst: &Instance) -> Vec<Value> {
    let v = ctx.v.at("cni");
    let g = ctx.v.at("global");
    let ns = inst.namespace.as_str();
    let scope = g.str_or("resourceScope", "all");
    let cluster = scope == "all" || scope == "cluster";
    let namespaced = scope == "all" || scope == "namespace";
    let ambient = v.bool_or("ambient.enabled", false);
    let repair = v.bool_or("repair.enabled", true);
    let lbl = |first: (&str, &str)| {
        let mut l = labels([first, ("release", "istio")]);
        ctx.owned_labels(&mut l, Component::Cni);
        l.insert("app.kubernetes.io/name".into(), NAME.into());
        ctx.common_labels(&mut l);
        l
    };
    let mut out = Vec::new();
    if cluster {
        let mut cr = object(
            "rbac.authorization.k8s.io/v1",
            "ClusterRole",
            NAME,
            None,
            lbl(("app", NAME)),
        );
        let mut rules = vec![
            json!({"apiGroups": [""], "resources": ["pods", "nodes", "namespaces"], "verbs": ["get", "list", "watch"]}),
        ];
        if g.str("platform") == "openshift" {
            rules.push(json!({"apiGroups": ["security.openshift.io"], "resources": ["securitycontextconstraints"], "resourceNames": ["privileged"], "verbs": ["use"]}));
        }
        cr["rules"] = Value::Array(rules);
        out.push(cr);
        if repair {
            let mut rr = object(
                "rbac.authorization.k8s.io/v1",
                "ClusterRole",
                "istio-cni-repair-role",
                None,
                lbl(("app", NAME)),
            );
            let mut rules = vec![
                json!({"apiGroups": [""], "resources": ["events"], "verbs": ["create", "patch"]}),
                json!({"apiGroups": [""], "resources": ["pods"], "verbs": ["watch", "get", "list"]}),
            ];
            if !v.bool_or("repair.repairPods", true) {
                if v.bool_or("repair.deletePods", false) {
                    rules.push(
                        json!({"apiGroups": [""], "resources": ["pods"], "verbs": ["delete"]}),
                    );
                } else if v.bool_or("repair.labelPods", false) {
                    rules.push(json!({"apiGroups": [""], "resources": ["pods/status"], "verbs": ["patch", "update"]}));
                }
            }
            rr["rules"] = Value::Array(rules);
            out.push(rr);
        }
        if ambient {
            let mut ar = object(
                "rbac.authorization.k8s.io/v1",
                "ClusterRole",
                "istio-cni-ambient",
                None,
                lbl(("app", NAME)),
            );
            ar["rules"] = json!([
                {"apiGroups": [""], "resources": ["pods/status"], "verbs": ["patch", "update"]},
                {"apiGroups": ["apps"], "resources": ["daemonsets"], "resourceNames": ["istio-cni-node"], "verbs": ["get"]},
            ]);
            out.push(ar);
        }
        let bind = |name: &str, role: &str, l: Map<String, Value>| {
            let mut b = object(
                "rbac.authorization.k8s.io/v1",
                "ClusterRoleBinding",
                name,
                None,
                l,
            );
            b["roleRef"] = json!({"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": role});
            b["subjects"] = json!([{"kind": "ServiceAccount", "name": NAME, "namespace": ns}]);
            b
        };
        out.push(bind(NAME, NAME, lbl(("app", NAME))));
        if repair {
            out.push(bind(
                "istio-cni-repair-rolebinding",
                "istio-cni-repair-role",
                lbl(("k8s-app", "istio-cni-repair")),
            ));
        }
        if ambient {
            out.push(bind(
                "istio-cni-ambient",
                "istio-cni-ambient",
                lbl(("k8s-app", "istio-cni-repair")),
            ));
        }
    }
    if namespaced {
        let mut cm = object(
            "v1",
            "ConfigMap",
            "istio-cni-config",
            Some(ns),
            lbl(("app", NAME)),
        );
        let selectors = if v.truthy("ambient.enablementSelectors") {
            v.get("ambient.enablementSelectors").clone()
        } else {
            json!([
                {"podSelector": {"matchLabels": {"istio.io/dataplane-mode": "ambient"}}},
                {"podSelector": {"matchExpressions": [{"key": "istio.io/dataplane-mode", "operator": "NotIn", "values": ["none"]}]},
                 "namespaceSelector": {"matchLabels": {"istio.io/dataplane-mode": "ambient"}}},
            ])
        };
        let b = |path: &str, def: bool| Value::String(v.bool_or(path, def).to_string());
        let mut data = Map::new();
        data.insert(
            "CURRENT_AGENT_VERSION".into(),
            Value::String(v.str_or("tag", &ctx.global_tag())),
        );
        data.insert("AMBIENT_ENABLED".into(), b("ambient.enabled", false));
        data.insert(
            "AMBIENT_ENABLEMENT_SELECTOR".into(),
            Value::String(crate::output::yaml::to_string(&selectors)),
        );
        data.insert("AMBIENT_DNS_CAPTURE".into(), b("ambient.dnsCapture", true));
        data.insert("AMBIENT_IPV6".into(), b("ambient.ipv6", true));
        data.insert(
            "AMBIENT_RECONCILE_POD_RULES_ON_STARTUP".into(),
            b("ambient.reconcileIptablesOnStartup", true),
        );
        data.insert(
            "ENABLE_AMBIENT_DETECTION_RETRY".into(),
            b("ambient.enableAmbientDetectionRetry", false),
        );
        if v.truthy("cniConfFileName") {
            data.insert(
                "CNI_CONF_NAME".into(),
                Value::String(v.str("cniConfFileName")),
            );
        }
        data.insert(
            "ISTIO_OWNED_CNI_CONFIG".into(),
            b("istioOwnedCNIConfig", false),
        );
        if v.bool_or("istioOwnedCNIConfig", false) {
            data.insert(
                "ISTIO_OWNED_CNI_CONF_FILENAME".into(),
                Value::String(v.str("istioOwnedCNIConfigFileName")),
            );
        }
        data.insert("CHAINED_CNI_PLUGIN".into(), b("chained", true));
        let excluded: Vec<String> = v
            .get("excludeNamespaces")
            .as_array()
            .map(|a| a.iter().map(text).collect())
            .unwrap_or_default();
        data.insert(
            "EXCLUDE_NAMESPACES".into(),
            Value::String(excluded.join(",")),
        );
        data.insert("REPAIR_ENABLED".into(), b("repair.enabled", true));
        data.insert("REPAIR_LABEL_PODS".into(), b("repair.labelPods", false));
        data.insert("REPAIR_DELETE_PODS".into(), b("repair.deletePods", false));
        data.insert("REPAIR_REPAIR_PODS".into(), b("repair.repairPods", true));
        data.insert(
            "REPAIR_INIT_CONTAINER_NAME".into(),
            Value::String(v.str_or("repair.initContainerName", "istio-validation")),
        );
        data.insert(
            "REPAIR_BROKEN_POD_LABEL_KEY".into(),
            Value::String(v.str_or("repair.brokenPodLabelKey", "cni.istio.io/uninitialized")),
        );
        data.insert(
            "REPAIR_BROKEN_POD_LABEL_VALUE".into(),
            Value::String(v.str_or("repair.brokenPodLabelValue", "true")),
        );
        data.insert(
            "NATIVE_NFTABLES".into(),
            Value::String(g.bool_or("nativeNftables", false).to_string()),
        );
        for (k, val) in v.entries("env") {
            data.insert(k.clone(), Value::String(text(val)));
        }
        cm["data"] = Value::Object(data);
        out.push(cm);
        out.push(daemonset(
            ctx,
            inst,
            ambient,
            lbl(("k8s-app", "istio-cni-node")),
        ));
        let mut sa = object("v1", "ServiceAccount", NAME, Some(ns), lbl(("app", NAME)));
        super::base::add_pull_secrets(ctx, &mut sa);
        out.push(sa);
    }
    if super::network_policy::enabled(ctx) {
        out.push(super::network_policy::cni(ctx, inst));
    }
    out
}

fn daemonset(ctx: &Ctx, inst: &Instance, ambient: bool, l: Map<String, Value>) -> Value {
    let v = ctx.v.at("cni");
    let g = ctx.v.at("global");
    let ns = inst.namespace.as_str();
    let share_host = ambient && v.bool_or("ambient.shareHostNetworkNamespace", false);
    let repair_pods = v.bool_or("repair.repairPods", true);
    let mut ds = object("apps/v1", "DaemonSet", "istio-cni-node", Some(ns), l);
    for (k, val) in v.entries("daemonSetLabels") {
        ds["metadata"]["labels"][k] = val.clone();
    }
    let mut pod_labels = labels([
        ("k8s-app", "istio-cni-node"),
        ("sidecar.istio.io/inject", "false"),
        ("istio.io/dataplane-mode", "none"),
        ("app.kubernetes.io/name", NAME),
    ]);
    ctx.common_labels(&mut pod_labels);
    for (k, val) in v.entries("podLabels") {
        pod_labels.insert(k.clone(), val.clone());
    }
    let mut ann = labels([
        ("sidecar.istio.io/inject", "false"),
        ("prometheus.io/scrape", "true"),
        ("prometheus.io/port", "15014"),
        ("prometheus.io/path", "/metrics"),
    ]);
    let apparmor_annotation = v.bool_or("useAppArmorAnnotation", true);
    if apparmor_annotation {
        ann.insert(
            "container.apparmor.security.beta.kubernetes.io/install-cni".into(),
            "unconfined".into(),
        );
    }
    for (k, val) in v.entries("podAnnotations") {
        ann.insert(k.clone(), val.clone());
    }
    let tag = v.str_or("tag", &ctx.global_tag());
    let variant = v.str_or("variant", &g.str("variant"));
    let image = ctx.image(
        &v.str_or("hub", &ctx.global_hub()),
        &v.str_or("image", "install-cni"),
        &tag,
        &variant,
    );
    let mut security = json!({
        "privileged": false,
        "runAsGroup": 0,
        "runAsUser": 0,
        "runAsNonRoot": false,
        "capabilities": {"drop": ["ALL"], "add": ["NET_ADMIN", "NET_RAW", "SYS_PTRACE", "SYS_ADMIN", "DAC_OVERRIDE"]},
    });
    if !apparmor_annotation {
        security["appArmorProfile"] = json!({"type": "Unconfined"});
    }
    if v.truthy("seLinuxOptions") {
        let mut se = v.get("seLinuxOptions").clone();
        se["type"] = json!("spc_t");
        security["seLinuxOptions"] = se;
    }
    if v.truthy("seccompProfile") {
        security["seccompProfile"] = v.get("seccompProfile").clone();
    }
    let mut args = Vec::new();
    let level = v.str_or("logging.level", &g.str("logging.level"));
    if !level.is_empty() {
        args.push(json!(format!("--log_output_level={level}")));
    }
    if g.bool_or("logAsJson", false) {
        args.push(json!("--log_as_json"));
    }
    let mut envs = vec![
        json!({"name": "REPAIR_NODE_NAME", "valueFrom": {"fieldRef": {"fieldPath": "spec.nodeName"}}}),
        env("REPAIR_RUN_AS_DAEMON", "true"),
        env("REPAIR_SIDECAR_ANNOTATION", "sidecar.istio.io/status"),
    ];
    if !share_host {
        envs.push(env("ALLOW_SWITCH_TO_HOST_NS", "true"));
    }
    envs.push(env_field("NODE_NAME", "spec.nodeName"));
    envs.push(super::env_resource("GOMEMLIMIT", "limits.memory"));
    envs.push(super::env_resource("GOMAXPROCS", "limits.cpu"));
    envs.push(
        json!({"name": "POD_NAME", "valueFrom": {"fieldRef": {"fieldPath": "metadata.name"}}}),
    );
    envs.push(json!({"name": "POD_NAMESPACE", "valueFrom": {"fieldRef": {"fieldPath": "metadata.namespace"}}}));
    for (k, val) in v.entries("env") {
        envs.push(env(k, text(val)));
    }
    let mut mounts = vec![json!({"mountPath": "/host/opt/cni/bin", "name": "cni-bin-dir"})];
    if repair_pods || ambient {
        mounts
            .push(json!({"mountPath": "/host/proc", "name": "cni-host-procfs", "readOnly": true}));
    }
    mounts.push(json!({"mountPath": "/host/etc/cni/net.d", "name": "cni-net-dir"}));
    mounts.push(json!({"mountPath": "/var/run/istio-cni", "name": "cni-socket-dir"}));
    if ambient {
        mounts.push(json!({"mountPath": "/host/var/run/netns", "mountPropagation": "HostToContainer", "name": "cni-netns-dir"}));
        mounts.push(json!({"mountPath": "/var/run/ztunnel", "name": "cni-ztunnel-sock-dir"}));
    }
    let resources = if v.truthy("resources") {
        ctx.resources(v.get("resources"))
    } else {
        ctx.resources(g.get("defaultResources"))
    };
    let mut container = json!({
        "name": "install-cni",
        "image": image,
        "ports": [{"containerPort": 15014, "name": "metrics", "protocol": "TCP"}],
        "readinessProbe": {"httpGet": {"path": "/readyz", "port": 8000}},
        "securityContext": security,
        "command": ["install-cni"],
        "args": args,
        "envFrom": [{"configMapRef": {"name": "istio-cni-config"}}],
        "env": envs,
        "volumeMounts": mounts,
        "resources": resources,
    });
    let pull = v.str_or("pullPolicy", &g.str("imagePullPolicy"));
    if !pull.is_empty() {
        container["imagePullPolicy"] = json!(pull);
    }
    let mut volumes = vec![
        json!({"name": "cni-bin-dir", "hostPath": {"path": v.str_or("cniBinDir", "/opt/cni/bin")}}),
    ];
    if repair_pods || ambient {
        volumes.push(
            json!({"name": "cni-host-procfs", "hostPath": {"path": "/proc", "type": "Directory"}}),
        );
    }
    if ambient {
        volumes.push(json!({"name": "cni-ztunnel-sock-dir", "hostPath": {"path": "/var/run/ztunnel", "type": "DirectoryOrCreate"}}));
    }
    volumes.push(json!({"name": "cni-net-dir", "hostPath": {"path": v.str_or("cniConfDir", "/etc/cni/net.d")}}));
    volumes.push(json!({"name": "cni-socket-dir", "hostPath": {"path": "/var/run/istio-cni"}}));
    volumes.push(json!({"name": "cni-netns-dir", "hostPath": {"path": v.str_or("cniNetnsDir", "/var/run/netns"), "type": "DirectoryOrCreate"}}));
    let mut pod_spec = Map::new();
    if share_host {
        pod_spec.insert("hostNetwork".into(), json!(true));
        pod_spec.insert("dnsPolicy".into(), json!("ClusterFirstWithHostNet"));
    }
    pod_spec.insert("nodeSelector".into(), json!({"kubernetes.io/os": "linux"}));
    if v.truthy("affinity") {
        pod_spec.insert("affinity".into(), v.get("affinity").clone());
    }
    let tolerations = if v.truthy("tolerations") {
        v.get("tolerations").clone()
    } else {
        json!([
            {"effect": "NoSchedule", "operator": "Exists"},
            {"key": "CriticalAddonsOnly", "operator": "Exists"},
            {"effect": "NoExecute", "operator": "Exists"},
        ])
    };
    pod_spec.insert("tolerations".into(), tolerations);
    pod_spec.insert("priorityClassName".into(), json!("system-node-critical"));
    pod_spec.insert("serviceAccountName".into(), json!(NAME));
    pod_spec.insert(
        "terminationGracePeriodSeconds".into(),
        json!(v.i64_or("terminationGracePeriodSeconds", 30)),
    );
    pod_spec.insert("containers".into(), json!([container]));
    pod_spec.insert("volumes".into(), Value::Array(volumes));
    let update = if v.truthy("updateStrategy") {
        v.get("updateStrategy").clone()
    } else {
        json!({"type": "RollingUpdate", "rollingUpdate": {"maxUnavailable": 1}})
    };
    ds["spec"] = json!({
        "selector": {"matchLabels": {"k8s-app": "istio-cni-node"}},
        "updateStrategy": update,
        "template": {"metadata": {"labels": pod_labels, "annotations": ann}, "spec": pod_spec},
    });
    ds
}
