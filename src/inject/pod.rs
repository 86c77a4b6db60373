//! Injecting one pod: the template data istiod builds, the templates run and merged in order,
//! then what istiod does after the templates (facts of pkg/kube/inject, written anew).

use serde_json::{Map, Value, json};

use super::gostruct::go_container;
use super::{InjectError, Injector, merge, probe};

/// Namespaces istiod never injects.
const IGNORED_NAMESPACES: &[&str] = &[
    "kube-system",
    "kube-public",
    "kube-node-lease",
    "local-path-storage",
];

/// The workload a pod template belongs to.
#[derive(Debug, Clone, Default)]
pub struct Owner {
    pub kind: String,
    pub api_version: String,
    pub name: String,
    pub namespace: String,
}

/// Why a pod was left as it was (istioctl's warning, without its arrow).
pub type Skip = String;

fn names(list: &Value) -> Value {
    match list.as_array() {
        Some(a) if !a.is_empty() => Value::Array(a.iter().map(|c| c["name"].clone()).collect()),
        _ => Value::Null,
    }
}

fn find<'a>(list: &'a mut Value, name: &str) -> Option<&'a mut Value> {
    list.as_array_mut()?.iter_mut().find(|c| c["name"] == name)
}

fn has(list: &Value, name: &str) -> bool {
    list.as_array()
        .is_some_and(|a| a.iter().any(|c| c["name"] == name))
}

/// Move the named container first or last (or drop it).
fn reorder(spec: &mut Value, key: &str, name: &str, first: bool) {
    let Some(a) = spec.get_mut(key).and_then(Value::as_array_mut) else {
        return;
    };
    let Some(i) = a.iter().position(|c| c["name"] == name) else {
        return;
    };
    let c = a.remove(i);
    if first {
        a.insert(0, c);
    } else {
        a.push(c);
    }
}

fn injection_required(pod: &Value, namespace: &str) -> bool {
    if pod["spec"]["hostNetwork"] == true || IGNORED_NAMESPACES.contains(&namespace) {
        return false;
    }
    let meta = &pod["metadata"];
    let selector = meta["labels"]["sidecar.istio.io/inject"]
        .as_str()
        .or_else(|| meta["annotations"]["sidecar.istio.io/inject"].as_str())
        .unwrap_or_default();
    selector != "false"
}

/// Inject one pod (`metadata` and `spec` of a Pod). `Err(Skip)`-like outcomes are Ok(Err).
pub fn inject(
    injector: &Injector,
    mut pod: Value,
    owner: &Owner,
) -> Result<Result<Value, Skip>, InjectError> {
    let name = pod["metadata"]["name"]
        .as_str()
        .filter(|s| !s.is_empty())
        .unwrap_or(&owner.name)
        .to_string();
    // istioctl checks the ignored namespaces against the pod's own metadata: a Pod in
    // kube-system is left alone, a controller's template (which names no namespace) is injected
    // wherever its controller is
    let namespace = pod["metadata"]["namespace"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let full = if owner.namespace.is_empty() {
        name.clone()
    } else {
        format!("{}/{name}", owner.namespace)
    };
    let what = if owner.kind.is_empty() {
        format!("{full:?}")
    } else {
        format!("{} {full:?}", owner.kind)
    };
    if pod["spec"]["hostNetwork"] == true {
        return Ok(Err(format!(
            "Skipping injection because {what} has host networking enabled"
        )));
    }
    let injected_before = pod["metadata"]["annotations"]["sidecar.istio.io/status"].is_string();
    if injected_before {
        // already injected: istioctl re-injects, stripping what the status lists first
        strip_injected(&mut pod);
    }
    if !injection_required(&pod, &namespace) {
        return Ok(Err(format!(
            "Skipping injection because {what} has sidecar injection disabled"
        )));
    }
    let annotations = pod["metadata"]["annotations"].clone();
    check_annotations(&annotations, &what)?;
    let mesh = injector.mesh_for(&annotations)?;
    let proxy_config = mesh["defaultConfig"].clone();

    // cluster and network for the proxy's environment
    let g = &injector.values["global"];
    let mut proxy_envs: Vec<(String, String)> = Vec::new();
    if let Some(c) = g["multiCluster"]["clusterName"]
        .as_str()
        .filter(|s| !s.is_empty())
    {
        proxy_envs.push(("ISTIO_META_CLUSTER_ID".into(), c.into()));
    }
    let network = pod["metadata"]["labels"]["topology.istio.io/network"]
        .as_str()
        .or_else(|| g["network"].as_str())
        .filter(|s| !s.is_empty())
        .map(str::to_string);
    if let Some(n) = &network {
        proxy_envs.push(("ISTIO_META_NETWORK".into(), n.clone()));
    }

    let mut meta = pod["metadata"].clone();
    for k in ["annotations", "labels"] {
        if meta.get(k).is_none_or(Value::is_null) {
            meta[k] = json!({});
        }
    }
    let data = json!({
        "TypeMeta": {"Kind": owner.kind, "APIVersion": owner.api_version},
        "DeploymentMeta": {"Name": owner.name, "Namespace": owner.namespace},
        "ObjectMeta": meta,
        "Spec": pod["spec"],
        "ProxyConfig": proxy_config,
        "MeshConfig": mesh,
        "Values": injector.values,
        "Revision": injector.revision,
        "NativeSidecars": injector.native_sidecars,
        "ProxyImage": injector.proxy_image(&annotations, proxy_config["image"]["imageType"].as_str().unwrap_or_default(), false),
        "ProxyInitImage": injector.proxy_image(&annotations, "", true),
        "ProxyUID": 1337,
        "ProxyGID": 1337,
        "InboundTrafficPolicyMode": if mesh["inboundTrafficPolicy"]["mode"] == "LOCALHOST" { "localhost" } else { "passthrough" },
        "CompliancePolicy": std::env::var("COMPLIANCE_POLICY").unwrap_or_default(),
    });

    let original = pod.clone();
    let mut merged = pod;
    let mut template_pod = json!({});
    let selected: Vec<String> = match annotations["inject.istio.io/templates"].as_str() {
        Some(list) => list.split(',').map(|s| s.trim().to_string()).collect(),
        None => vec!["sidecar".to_string()],
    };
    let native = match annotations["sidecar.istio.io/nativeSidecar"].as_str() {
        Some("true") => true,
        Some("false") => false,
        _ => injector.native_sidecars,
    };
    for t in &selected {
        let tmpl = injector.config.templates.get(t).ok_or_else(|| {
            let known: Vec<&String> = injector.config.templates.keys().collect();
            InjectError(format!(
                "requested template {t:?} not found; have {known:?}"
            ))
        })?;
        let text = tmpl.render(&data).map_err(|e| InjectError(e.to_string()))?;
        let rendered = super::parse_template_output(
            &text,
            &format!("output of template {t:?} (line of the output)"),
        )?;
        let rendered = if rendered.is_null() {
            json!({})
        } else {
            rendered
        };
        merge::merge_pod(&mut template_pod, &rendered);
        if native
            && has(&template_pod["spec"]["initContainers"], "istio-proxy")
            && has(&merged["spec"]["containers"], "istio-proxy")
            && let Some(a) = merged
                .pointer_mut("/spec/containers")
                .and_then(Value::as_array_mut)
            && let Some(i) = a.iter().position(|c| c["name"] == "istio-proxy")
        {
            let c = a.remove(i);
            match merged
                .pointer_mut("/spec/initContainers")
                .and_then(Value::as_array_mut)
            {
                Some(init) => init.push(c),
                None => merged["spec"]["initContainers"] = json!([c]),
            }
        }
        merge::merge_pod(&mut merged, &rendered);
    }
    reapply_overrides(&mut merged, &original, &template_pod, injected_before);

    // post-processing
    for k in ["annotations", "labels"] {
        if merged["metadata"].get(k).is_none_or(Value::is_null) {
            merged["metadata"][k] = json!({});
        }
    }
    if !proxy_envs.is_empty() {
        proxy_envs.sort();
        if let Some(sidecar) = sidecar_mut(&mut merged) {
            let mut env: Vec<Value> = sidecar["env"].as_array().cloned().unwrap_or_default();
            env.retain(|e| !proxy_envs.iter().any(|(n, _)| e["name"] == n.as_str()));
            env.extend(
                proxy_envs
                    .iter()
                    .map(|(n, v)| json!({"name": n, "value": v})),
            );
            sidecar["env"] = Value::Array(env);
        }
    }
    probe::prometheus_merge(&mut merged, &mesh)?;
    probe::secure_prometheus(&mut merged);
    // the merged pod's annotations, as istiod reads them: a template may switch the rewrite
    // off (Istio's grpc-agent template does)
    let rewrite = match merged["metadata"]["annotations"]["sidecar.istio.io/rewriteAppHTTPProbers"]
        .as_str()
        .and_then(parse_bool)
    {
        Some(b) => b,
        None => injector.values["sidecarInjectorWebhook"]["rewriteAppHTTPProbe"] == true,
    };
    let status_port = mesh["defaultConfig"]["statusPort"]
        .as_i64()
        .unwrap_or(15020);
    if rewrite {
        probe::rewrite(&mut merged, status_port);
    }
    if let Some(n) = network {
        merged["metadata"]["labels"]["topology.istio.io/network"] = Value::String(n);
    }
    let ts = &template_pod["spec"];
    let status = json!({
        "initContainers": names(&ts["initContainers"]),
        "containers": names(&ts["containers"]),
        "volumes": names(&ts["volumes"]),
        "imagePullSecrets": names(&ts["imagePullSecrets"]),
        "revision": if injector.revision.is_empty() { "default" } else { &injector.revision },
    });
    merged["metadata"]["annotations"]["sidecar.istio.io/status"] =
        Value::String(status.to_string());

    let hold = mesh["defaultConfig"]["holdApplicationUntilProxyStarts"] == true
        || injector.values["global"]["proxy"]["holdApplicationUntilProxyStarts"] == true;
    let spec = &mut merged["spec"];
    reorder(spec, "containers", "istio-proxy", hold);
    if has(&spec["initContainers"], "istio-proxy") {
        for n in [
            "enable-core-dump",
            "istio-proxy",
            "istio-validation",
            "istio-init",
        ] {
            reorder(spec, "initContainers", n, true);
        }
    } else {
        reorder(spec, "initContainers", "istio-validation", true);
        reorder(spec, "initContainers", "istio-init", false);
        reorder(spec, "initContainers", "enable-core-dump", false);
    }
    Ok(Ok(merged))
}

/// Go's strconv.ParseBool.
pub fn parse_bool(s: &str) -> Option<bool> {
    match s {
        "1" | "t" | "T" | "TRUE" | "true" | "True" => Some(true),
        "0" | "f" | "F" | "FALSE" | "false" | "False" => Some(false),
        _ => None,
    }
}

pub fn sidecar_mut(pod: &mut Value) -> Option<&mut Value> {
    if has(&pod["spec"]["containers"], "istio-proxy") {
        return pod
            .pointer_mut("/spec/containers")
            .and_then(|l| find(l, "istio-proxy"));
    }
    pod.pointer_mut("/spec/initContainers")
        .and_then(|l| find(l, "istio-proxy"))
}

/// A pod injected before: drop the containers, init containers the status lists, and the
/// status itself (istiod re-injects from a clean pod).
fn strip_injected(pod: &mut Value) {
    let status: Value = pod["metadata"]["annotations"]["sidecar.istio.io/status"]
        .as_str()
        .and_then(|s| serde_json::from_str(s).ok())
        .unwrap_or(Value::Null);
    for k in ["containers", "initContainers"] {
        for n in status[k].as_array().into_iter().flatten() {
            if let Some(a) = pod["spec"].get_mut(k).and_then(Value::as_array_mut) {
                a.retain(|c| &c["name"] != n);
            }
        }
    }
    if let Some(a) = pod["metadata"]["annotations"].as_object_mut() {
        a.shift_remove("sidecar.istio.io/status");
    }
}

/// The injector's checks of annotation values (resource quantities, ports, CIDRs, interface
/// names, interception mode, ...): istiod refuses to inject a pod that fails one, and so does
/// `istioctl kube-inject`. Every bad value is named, in name order.
fn check_annotations(annotations: &Value, what: &str) -> Result<(), InjectError> {
    let mut bad: Vec<String> = annotations
        .as_object()
        .into_iter()
        .flatten()
        .filter_map(|(name, v)| {
            let value = v.as_str()?;
            match crate::analysis::annotation_table::validate_value(name, value)? {
                Ok(()) => None,
                Err(e) => Some(format!(
                    "invalid value {value:?} for annotation {name}: {e}"
                )),
            }
        })
        .collect();
    if bad.is_empty() {
        return Ok(());
    }
    bad.sort();
    Err(InjectError(format!(
        "{what} cannot be injected: {}",
        bad.join("; ")
    )))
}

/// Containers the app's pod defines that a template also injects (e.g. an `istio-proxy`
/// with customisations): the app's settings win, and are recorded in
/// `proxy.istio.io/overrides` so a re-injection can apply them again; a pod injected before
/// (it came with a status annotation, even an empty one) gets no new annotation, as in istiod.
fn reapply_overrides(
    merged: &mut Value,
    original: &Value,
    template_pod: &Value,
    injected_before: bool,
) {
    let mut overrides = Map::new();
    for k in ["containers", "initContainers"] {
        let mut list = Vec::new();
        for c in template_pod["spec"][k].as_array().into_iter().flatten() {
            let name = c["name"].as_str().unwrap_or_default();
            let mine = original["spec"][k]
                .as_array()
                .into_iter()
                .flatten()
                .chain(
                    original["spec"]["containers"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .filter(|_| k == "initContainers"),
                )
                .find(|o| o["name"] == name);
            let Some(mine) = mine else { continue };
            let mut overlay = mine.clone();
            if overlay["image"] == "auto"
                && let Some(m) = overlay.as_object_mut()
            {
                m.shift_remove("image");
            }
            list.push(go_container(&overlay));
            let patch = if k == "containers" {
                json!({"spec": {"containers": [overlay]}})
            } else {
                json!({"spec": {"initContainers": [overlay]}})
            };
            merge::merge_pod(merged, &patch);
        }
        if !list.is_empty() {
            overrides.insert(k.to_string(), Value::Array(list));
        }
    }
    if !injected_before && !overrides.is_empty() {
        merged["metadata"]["annotations"]["proxy.istio.io/overrides"] =
            Value::String(Value::Object(overrides).to_string());
    }
}
