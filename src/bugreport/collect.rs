//! The collection steps of `bug-report`: cluster resources, then per pod (concurrently)
//! istiod debug endpoints, proxy and ztunnel config dumps and container logs.

use futures::StreamExt;
use k8s_openapi::api::core::v1::{Namespace, Pod};
use kube::api::{GroupVersionKind, LogParams};
use serde_json::{Value, json};

use super::select::{Selection, container_names};
use super::{Bounds, Report};
use crate::cluster::{Cluster, ClusterError, Selector};

/// What to collect.
#[derive(Debug, Clone)]
pub struct Options {
    pub istio_namespace: String,
    pub selection: Selection,
    /// Lines of each container log (the last ones); 0 for all.
    pub tail_lines: i64,
    pub proxy_admin_port: u16,
    /// Requests in flight at once.
    pub concurrency: usize,
}

/// `(group, version, kind)`.
type Kind = (&'static str, &'static str, &'static str);

/// Namespaced kinds whose objects are collected in each selected namespace.
const NAMESPACED: [Kind; 25] = [
    ("", "v1", "Pod"),
    ("", "v1", "Service"),
    ("", "v1", "Endpoints"),
    ("", "v1", "ConfigMap"),
    ("", "v1", "Secret"),
    ("", "v1", "ServiceAccount"),
    ("", "v1", "Event"),
    ("apps", "v1", "Deployment"),
    ("apps", "v1", "DaemonSet"),
    ("apps", "v1", "StatefulSet"),
    ("apps", "v1", "ReplicaSet"),
    ("autoscaling", "v2", "HorizontalPodAutoscaler"),
    ("policy", "v1", "PodDisruptionBudget"),
    ("networking.istio.io", "v1", "VirtualService"),
    ("networking.istio.io", "v1", "DestinationRule"),
    ("networking.istio.io", "v1", "Gateway"),
    ("networking.istio.io", "v1", "ServiceEntry"),
    ("networking.istio.io", "v1", "Sidecar"),
    ("networking.istio.io", "v1", "WorkloadEntry"),
    ("networking.istio.io", "v1alpha3", "EnvoyFilter"),
    ("security.istio.io", "v1", "AuthorizationPolicy"),
    ("security.istio.io", "v1", "PeerAuthentication"),
    ("security.istio.io", "v1", "RequestAuthentication"),
    ("telemetry.istio.io", "v1", "Telemetry"),
    ("gateway.networking.k8s.io", "v1", "Gateway"),
];

/// Cluster-scoped kinds collected once.
const CLUSTER: [Kind; 4] = [
    ("", "v1", "Node"),
    (
        "admissionregistration.k8s.io",
        "v1",
        "MutatingWebhookConfiguration",
    ),
    (
        "admissionregistration.k8s.io",
        "v1",
        "ValidatingWebhookConfiguration",
    ),
    ("apiextensions.k8s.io", "v1", "CustomResourceDefinition"),
];

/// istiod's debug endpoints (port 15014) a report holds.
pub const ISTIOD_DEBUG: [&str; 7] = [
    "syncz",
    "configz",
    "registryz",
    "endpointShardz",
    "connections",
    "push_status",
    "mesh",
];

/// What a Secret keeps in a report: everything but its values (and anything that may
/// repeat them: the last-applied annotation, managed fields).
pub fn redact_secret(obj: &mut Value) {
    for field in ["data", "stringData"] {
        if let Some(Value::Object(m)) = obj.get_mut(field) {
            for v in m.values_mut() {
                *v = json!("<redacted>");
            }
        }
    }
    if let Some(Value::Object(a)) = obj.pointer_mut("/metadata/annotations") {
        a.remove("kubectl.kubernetes.io/last-applied-configuration");
    }
}

fn tidy(mut obj: Value, kind: &str) -> Value {
    if let Some(Value::Object(m)) = obj.get_mut("metadata") {
        m.remove("managedFields");
    }
    if kind == "Secret" {
        redact_secret(&mut obj);
    }
    obj
}

/// The namespaces whose resources are collected: the Istio namespace and those the selection
/// reaches, sorted.
pub async fn namespaces(
    cluster: &Cluster,
    opts: &Options,
    bounds: &Bounds,
) -> Result<Vec<String>, String> {
    let api: kube::Api<Namespace> = kube::Api::all(cluster.client());
    let all = bounds
        .run(
            "listing namespaces",
            None,
            cluster.list_all(&api, &Selector::all(), "namespaces"),
        )
        .await?;
    let mut out: Vec<String> = all
        .into_iter()
        .filter_map(|n| n.metadata.name)
        .filter(|n| *n == opts.istio_namespace || opts.selection.namespace(n))
        .collect();
    out.sort();
    Ok(out)
}

/// Objects of every collected kind, as `resources/<namespace>/<Kind>.yaml` (cluster-scoped
/// ones under `resources/cluster/`), Secrets redacted.
pub async fn resources(
    cluster: &Cluster,
    namespaces: &[String],
    bounds: &Bounds,
    concurrency: usize,
    tick: &(dyn Fn() + Sync),
) -> Report {
    let mut jobs: Vec<(Option<String>, Kind)> = CLUSTER.iter().map(|k| (None, *k)).collect();
    for ns in namespaces {
        jobs.extend(NAMESPACED.iter().map(|k| (Some(ns.clone()), *k)));
    }
    let results: Vec<Report> = futures::stream::iter(jobs)
        .map(|(ns, (g, v, k))| async move {
            let mut r = Report::default();
            let gvk = GroupVersionKind::gvk(g, v, k);
            let label = if g.is_empty() {
                k.to_string()
            } else {
                format!("{k}.{g}")
            };
            let what = match &ns {
                Some(n) => format!("listing {label} in namespace {n}"),
                None => format!("listing {label}"),
            };
            let listed = bounds
                .run(&what, None, async {
                    match cluster
                        .list_kind(&gvk, ns.as_deref(), &Selector::all())
                        .await
                    {
                        Err(ClusterError::UnknownKind(_)) => Ok(None),
                        other => other.map(Some),
                    }
                })
                .await;
            tick();
            match listed {
                Ok(None) => r.notes.push(format!("{label}: not served by the cluster")),
                Ok(Some(items)) if items.is_empty() => {}
                Ok(Some(items)) => {
                    let items: Vec<Value> = items
                        .into_iter()
                        .filter_map(|o| serde_json::to_value(o).ok())
                        .map(|o| tidy(o, k))
                        .collect();
                    let list = json!({"apiVersion": "v1", "kind": "List", "items": items});
                    let dir = ns.as_deref().unwrap_or("cluster");
                    let file = if g.is_empty() {
                        k.to_string()
                    } else {
                        format!("{k}.{g}")
                    };
                    r.add(
                        format!("resources/{dir}/{file}.yaml"),
                        crate::output::yaml::to_string(&list),
                    );
                }
                Err(e) => r.errors.push(e),
            }
            r
        })
        .buffer_unordered(concurrency.max(1))
        .collect()
        .await;
    let mut out = Report::default();
    for r in results {
        out.merge(r);
    }
    out
}

/// The pods of the collected namespaces whose dumps and logs are taken: those the selection
/// picks, plus Istio's own (istiod, ztunnel, gateways) in the Istio namespace.
pub async fn pods(
    cluster: &Cluster,
    namespaces: &[String],
    opts: &Options,
    bounds: &Bounds,
) -> Result<Vec<Pod>, String> {
    let mut out = Vec::new();
    for ns in namespaces {
        let listed = bounds
            .run(
                &format!("listing pods in namespace {ns}"),
                None,
                cluster.list_pods(ns, &Selector::all()),
            )
            .await?;
        out.extend(
            listed
                .into_iter()
                .filter(|p| *ns == opts.istio_namespace || opts.selection.pod(p)),
        );
    }
    Ok(out)
}

/// Everything of one pod: istiod debug endpoints, proxy or ztunnel dumps, then logs. After
/// its admin port fails to answer in time, the pod's other admin requests are skipped.
pub async fn pod(cluster: &Cluster, pod: &Pod, opts: &Options, bounds: &Bounds) -> Report {
    let mut r = Report::default();
    let ns = pod.metadata.namespace.clone().unwrap_or_default();
    let name = pod.metadata.name.clone().unwrap_or_default();
    let containers = container_names(pod);
    let mut admin: Vec<(u16, String, String)> = Vec::new();
    if crate::cluster::istiod::is_istiod(pod) {
        for d in ISTIOD_DEBUG {
            admin.push((
                crate::cluster::istiod::monitoring_port(pod),
                format!("/debug/{d}"),
                format!("istiod/{name}/{d}.json"),
            ));
        }
    } else if crate::ztunnel::live::is_ztunnel(pod) {
        admin.push((
            opts.proxy_admin_port,
            "/config_dump".into(),
            format!("ztunnel/{name}/config_dump.json"),
        ));
    } else if containers.iter().any(|c| c == "istio-proxy") {
        let dir = format!("proxies/{ns}/{name}");
        admin.push((
            opts.proxy_admin_port,
            "/config_dump?include_eds=true".into(),
            format!("{dir}/config_dump.json"),
        ));
        admin.push((
            opts.proxy_admin_port,
            "/clusters?format=json".into(),
            format!("{dir}/clusters.json"),
        ));
    }
    let mut stalled = false;
    for (port, path, file) in admin {
        let what = format!("GET {path} on pod {ns}/{name} port {port}");
        if stalled {
            r.errors.push(format!(
                "{what}: skipped, an earlier request to this pod got no answer"
            ));
            continue;
        }
        let got = bounds
            .run(
                &what,
                Some(bounds.pod_timeout),
                cluster.http_get(&ns, &name, port, &path),
            )
            .await;
        match got {
            Ok(res) if res.status == 200 => r.add(file, res.body),
            Ok(res) => r.errors.push(format!("{what}: answered {}", res.status)),
            Err(e) => {
                stalled = e.contains("no answer within") || e.contains("--timeout");
                r.errors.push(e);
            }
        }
    }
    let api: kube::Api<Pod> = kube::Api::namespaced(cluster.client(), &ns);
    for c in containers
        .iter()
        .filter(|c| opts.selection.container(pod, c))
    {
        let lp = LogParams {
            container: Some(c.clone()),
            tail_lines: (opts.tail_lines > 0).then_some(opts.tail_lines),
            ..LogParams::default()
        };
        let what = format!("log of container {c} of pod {ns}/{name}");
        match bounds
            .run(&what, Some(bounds.pod_timeout), api.logs(&name, &lp))
            .await
        {
            Ok(text) => r.add(format!("logs/{ns}/{name}/{c}.log"), text),
            Err(e) => r.errors.push(e),
        }
    }
    r
}
