//! A file of Kubernetes documents through injection: every workload kind istioctl injects
//! (Pods, Deployments, StatefulSets, DaemonSets, ReplicaSets, Jobs, CronJobs,
//! ReplicationControllers, OpenShift DeploymentConfigs, and `kind: List` of them) gets its pod
//! template injected; every other document is passed through unchanged, in order.

use serde_json::{Value, json};

use super::pod::{self, Owner};
use super::{InjectError, Injector};

/// Where a workload of this kind keeps the pod's metadata and spec (istioctl takes a
/// CronJob's metadata from its jobTemplate); None when istioctl does not inject it. The
/// apiVersion does not matter: istioctl registers its workload types as unversioned kinds, so
/// `apps/v1beta1` or `extensions/v1beta1` Deployments (still in old samples) are decoded as
/// today's Deployment and injected like it.
fn pod_paths(kind: &str) -> Option<(&'static str, &'static str)> {
    const TEMPLATE: (&str, &str) = ("/spec/template/metadata", "/spec/template/spec");
    match kind {
        "Pod" => Some(("/metadata", "/spec")),
        "ReplicationController"
        | "Deployment"
        | "DaemonSet"
        | "ReplicaSet"
        | "StatefulSet"
        | "Job"
        | "DeploymentConfig" => Some(TEMPLATE),
        "CronJob" => Some((
            "/spec/jobTemplate/metadata",
            "/spec/jobTemplate/spec/template/spec",
        )),
        _ => None,
    }
}

/// Fields Go's structs always write for a workload (`status: {}`, a Deployment's
/// `strategy: {}`, a StatefulSet's replica counts, ...), so the output reads as istioctl's.
fn go_zero_fields(obj: &mut Value, kind: &str) {
    let status = match kind {
        "StatefulSet" => json!({"availableReplicas": 0, "replicas": 0}),
        "DaemonSet" => {
            json!({"currentNumberScheduled": 0, "desiredNumberScheduled": 0, "numberMisscheduled": 0, "numberReady": 0})
        }
        "ReplicaSet" | "ReplicationController" => json!({"replicas": 0}),
        _ => json!({}),
    };
    match obj.get_mut("status").and_then(Value::as_object_mut) {
        Some(s) => {
            for (k, v) in status.as_object().into_iter().flatten() {
                s.entry(k.clone()).or_insert(v.clone());
            }
        }
        None => obj["status"] = status,
    }
    let spec_field = match kind {
        "Deployment" => Some("strategy"),
        "StatefulSet" | "DaemonSet" => Some("updateStrategy"),
        _ => None,
    };
    if let Some(f) = spec_field
        && let Some(spec) = obj.get_mut("spec").and_then(Value::as_object_mut)
    {
        spec.entry(f.to_string()).or_insert(json!({}));
    }
}

fn containers_resources(spec: &mut Value) {
    for k in ["initContainers", "containers"] {
        for c in spec
            .get_mut(k)
            .and_then(Value::as_array_mut)
            .into_iter()
            .flatten()
        {
            if c.get("resources").is_none() {
                c["resources"] = json!({});
            }
        }
    }
}

/// Inject one object; Ok(None) when its kind is not a workload. Warnings (skipped pods) go
/// to `warn`.
pub fn inject_object(
    injector: &Injector,
    obj: &Value,
    warn: &mut dyn FnMut(String),
) -> Result<Option<Value>, InjectError> {
    let api_version = obj["apiVersion"].as_str().unwrap_or_default();
    let kind = obj["kind"].as_str().unwrap_or_default();
    if kind == "List" {
        let mut out = obj.clone();
        if let Some(items) = out.get_mut("items").and_then(Value::as_array_mut) {
            for item in items.iter_mut() {
                if let Some(new) = inject_object(injector, item, warn)? {
                    *item = new;
                }
            }
        }
        if out.get("metadata").is_none() {
            out["metadata"] = json!({});
        }
        return Ok(Some(out));
    }
    let Some((meta_path, spec_path)) = pod_paths(kind) else {
        return Ok(None);
    };
    let owner = Owner {
        kind: kind.to_string(),
        api_version: api_version.to_string(),
        name: obj["metadata"]["name"]
            .as_str()
            .unwrap_or_default()
            .to_string(),
        namespace: obj["metadata"]["namespace"]
            .as_str()
            .unwrap_or_default()
            .to_string(),
    };
    let spec = obj
        .pointer(spec_path)
        .filter(|s| s.is_object())
        .ok_or_else(|| {
            InjectError(format!(
                "{kind} {:?}: {} is required",
                owner.name,
                spec_path.trim_start_matches('/').replace('/', ".")
            ))
        })?;
    let meta = obj.pointer(meta_path).cloned().unwrap_or(json!({}));
    let mut out = obj.clone();
    match pod::inject(injector, json!({"metadata": meta, "spec": spec}), &owner)? {
        Ok(mut injected) => {
            if let Some(m) = out.pointer_mut(meta_path) {
                *m = injected["metadata"].take();
            } else if let Some(parent) = out.pointer_mut(meta_path.trim_end_matches("/metadata")) {
                parent["metadata"] = injected["metadata"].take();
            }
            if let Some(s) = out.pointer_mut(spec_path) {
                *s = injected["spec"].take();
            }
        }
        Err(skip) => warn(skip),
    }
    if let Some(s) = out.pointer_mut(spec_path) {
        containers_resources(s);
        super::gostruct::normalise_spec(s);
    }
    go_zero_fields(&mut out, kind);
    Ok(Some(out))
}

/// Inject every document of a YAML stream; `origin` names the input in errors. Returns the
/// output text (documents each followed by `---`), and the warnings.
pub fn inject_stream(
    injector: &Injector,
    text: &str,
    origin: &str,
) -> Result<(String, Vec<String>), InjectError> {
    let mut out = String::new();
    let mut warnings = Vec::new();
    for chunk in crate::resource::yaml::split_chunks(text) {
        let body = text.get(chunk.range.clone()).unwrap_or_default();
        let (docs, err) = crate::resource::yaml::parse_chunk(body);
        if let Some(e) = err {
            return Err(InjectError(format!(
                "{origin}:{}: {}",
                chunk.first_line + e.line.saturating_sub(1),
                e.message
            )));
        }
        let raw = body
            .strip_prefix("---")
            .map(|r| {
                r.trim_start_matches([' ', '\t'])
                    .strip_prefix('\n')
                    .unwrap_or(r)
            })
            .unwrap_or(body);
        for (doc, line) in docs {
            if doc.is_null() {
                continue;
            }
            if !doc.is_object() {
                return Err(InjectError(format!(
                    "{origin}:{}: not a Kubernetes object",
                    chunk.first_line + line.saturating_sub(1)
                )));
            }
            let at = format!("{origin}:{}", chunk.first_line + line.saturating_sub(1));
            match inject_object(injector, &doc, &mut |w| warnings.push(format!("{at}: {w}")))
                .map_err(|e| InjectError(format!("{at}: {}", e.0)))?
            {
                Some(new) => out.push_str(&super::template::go_yaml(&new)),
                None => {
                    out.push_str(raw);
                    if !raw.ends_with('\n') {
                        out.push('\n');
                    }
                }
            }
            out.push_str("---\n");
        }
    }
    Ok((out, warnings))
}
