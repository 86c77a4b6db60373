//! A file of Kubernetes documents through injection: every workload kind istioctl injects
//! (Pods, Deployments, StatefulSets, DaemonSets, ReplicaSets, Jobs, CronJobs,
//! ReplicationControllers, OpenShift DeploymentConfigs, and `kind: List` of them) gets its pod
//! template injected; every other document is passed through unchanged, in order.

use serde_json::{Value, json};

use super::pod::{self, Owner};
use super::{InjectError, Injector};

/// The pod template's path in a workload of this apiVersion/kind; None when istioctl does
/// not inject the kind.
fn template_path(api_version: &str, kind: &str) -> Option<&'static [&'static str]> {
    const TEMPLATE: &[&str] = &["spec", "template"];
    match (api_version, kind) {
        ("v1", "Pod") => Some(&[]),
        ("v1", "ReplicationController") => Some(TEMPLATE),
        ("apps/v1", "Deployment" | "DaemonSet" | "ReplicaSet" | "StatefulSet") => Some(TEMPLATE),
        ("batch/v1", "Job") => Some(TEMPLATE),
        ("batch/v1", "CronJob") => Some(&["spec", "jobTemplate", "spec", "template"]),
        ("apps.openshift.io/v1", "DeploymentConfig") => Some(TEMPLATE),
        _ => None,
    }
}

/// Fields Go's structs always write for a workload (`status: {}`, a Deployment's
/// `strategy: {}`, ...), so the output reads as istioctl's does.
fn go_zero_fields(obj: &mut Value, kind: &str) {
    if obj.get("status").is_none() {
        obj["status"] = json!({});
    }
    let spec_field = match kind {
        "Deployment" => Some("strategy"),
        "StatefulSet" | "DaemonSet" => Some("updateStrategy"),
        _ => None,
    };
    if let Some(f) = spec_field
        && obj["spec"].get(f).is_none()
    {
        obj["spec"][f] = json!({});
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
    if (api_version, kind) == ("v1", "List") {
        let mut out = obj.clone();
        if let Some(items) = out["items"].as_array_mut() {
            for item in items.iter_mut() {
                if let Some(new) = inject_object(injector, item, warn)? {
                    *item = new;
                }
            }
        }
        return Ok(Some(out));
    }
    let Some(path) = template_path(api_version, kind) else {
        return Ok(None);
    };
    let mut out = obj.clone();
    let mut owner = Owner {
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
    if kind == "Pod" {
        owner.kind = "Pod".into();
        owner.api_version = "v1".into();
    }
    let mut tmpl = &mut out;
    for seg in path {
        tmpl = &mut tmpl[*seg];
    }
    if !tmpl.is_object() {
        return Err(InjectError(format!(
            "{kind} {:?}: {} is required",
            owner.name,
            path.join(".")
        )));
    }
    let pod_in = json!({"metadata": tmpl["metadata"].clone(), "spec": tmpl["spec"].clone()});
    match pod::inject(injector, pod_in, &owner)? {
        Ok(mut injected) => {
            containers_resources(&mut injected["spec"]);
            super::gostruct::normalise_spec(&mut injected["spec"]);
            if let Some(m) = tmpl.as_object_mut() {
                m.insert("metadata".into(), injected["metadata"].take());
                m.insert("spec".into(), injected["spec"].take());
            }
            if kind != "Pod" {
                go_zero_fields(&mut out, kind);
            } else if out.get("status").is_none() {
                out["status"] = json!({});
            }
        }
        Err(skip) => warn(skip),
    }
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
