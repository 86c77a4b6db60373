//! Strategic merge of an injection template's pod onto the app's pod, with the Pod schema's
//! merge keys (Kubernetes' `patchMergeKey` facts): lists of containers, volumes, env and
//! ports merge item by item; other lists are replaced; maps merge key by key; a null in the
//! patch deletes the key.

use serde_json::{Map, Value};

/// The merge key of a list at this field path (the path's last field names, schema-style).
fn merge_key(parent: &str, field: &str) -> Option<&'static str> {
    Some(match (parent, field) {
        ("spec", "containers" | "initContainers" | "ephemeralContainers") => "name",
        ("spec", "volumes" | "imagePullSecrets" | "resourceClaims" | "schedulingGates") => "name",
        ("spec", "hostAliases") => "ip",
        ("spec", "topologySpreadConstraints") => "topologyKey",
        ("container", "env") => "name",
        ("container", "ports") => "containerPort",
        ("container", "volumeMounts") => "mountPath",
        ("container", "volumeDevices") => "devicePath",
        ("container", "resizePolicy") => "resourceName",
        ("metadata", "ownerReferences") => "uid",
        _ => return None,
    })
}

/// What the children of this field are, for finding the next merge keys.
fn child_kind(parent: &str, field: &str) -> &'static str {
    match (parent, field) {
        ("pod", "spec") => "spec",
        ("pod", "metadata") => "metadata",
        ("spec", "containers" | "initContainers" | "ephemeralContainers") => "container",
        _ => "other",
    }
}

/// Merge `patch` onto `base` (both Pods, as JSON).
pub fn merge_pod(base: &mut Value, patch: &Value) {
    merge_value(base, patch, "pod");
}

fn merge_value(base: &mut Value, patch: &Value, kind: &str) {
    let (Value::Object(b), Value::Object(p)) = (&mut *base, patch) else {
        *base = patch.clone();
        return;
    };
    merge_map(b, p, kind);
}

fn merge_map(b: &mut Map<String, Value>, p: &Map<String, Value>, kind: &str) {
    for (k, pv) in p {
        if pv.is_null() {
            b.shift_remove(k);
            continue;
        }
        let child = child_kind(kind, k);
        match (b.get_mut(k), pv) {
            (Some(Value::Array(ba)), Value::Array(pa)) => {
                if let Some(key) = merge_key(kind, k) {
                    merge_list(ba, pa, key, child);
                } else {
                    *ba = pa.clone();
                }
            }
            (Some(bv @ Value::Object(_)), Value::Object(_)) => merge_value(bv, pv, child),
            _ => {
                b.insert(k.clone(), without_nulls(pv));
            }
        }
    }
}

/// A value added by the patch: its nulls are delete directives with nothing to delete.
fn without_nulls(v: &Value) -> Value {
    match v {
        Value::Object(m) => Value::Object(
            m.iter()
                .filter(|(_, x)| !x.is_null())
                .map(|(k, x)| (k.clone(), without_nulls(x)))
                .collect(),
        ),
        Value::Array(a) => Value::Array(a.iter().map(without_nulls).collect()),
        other => other.clone(),
    }
}

fn merge_list(base: &mut Vec<Value>, patch: &[Value], key: &str, kind: &str) {
    let server_order: Vec<Value> = base.iter().map(|b| b[key].clone()).collect();
    for item in patch {
        let id = &item[key];
        match base.iter_mut().find(|b| &b[key] == id && !id.is_null()) {
            Some(existing) => merge_value(existing, item, kind),
            None => base.push(without_nulls(item)),
        }
    }
    // The order Kubernetes gives the result: the patch's items in the patch's order, with
    // the items only the original has slotted in where the original had them.
    let patch_keys: Vec<&Value> = patch.iter().map(|p| &p[key]).collect();
    let (mut ours, theirs): (Vec<Value>, Vec<Value>) = std::mem::take(base)
        .into_iter()
        .partition(|b| patch_keys.contains(&&b[key]));
    ours.sort_by_key(|b| patch_keys.iter().position(|k| **k == b[key]));
    let at = |v: &Value| server_order.iter().position(|k| *k == v[key]);
    let (mut left, mut right) = (theirs.into_iter().peekable(), ours.into_iter().peekable());
    loop {
        let take_left = match (left.peek(), right.peek()) {
            (Some(l), Some(r)) => matches!((at(l), at(r)), (Some(li), Some(ri)) if li < ri),
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (None, None) => break,
        };
        let next = if take_left { left.next() } else { right.next() };
        base.extend(next);
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    #[test]
    fn containers_merge_by_name_and_env_by_name_in_the_patchs_order() {
        let mut pod = json!({"spec": {"containers": [
            {"name": "app", "image": "a", "env": [{"name": "X", "value": "1"}], "args": ["a"]},
        ]}});
        super::merge_pod(
            &mut pod,
            &json!({"spec": {"containers": [
                {"name": "app", "env": [{"name": "Y", "value": "2"}, {"name": "X", "value": "3"}], "args": ["b"]},
                {"name": "istio-proxy", "image": "p"},
            ]}}),
        );
        assert_eq!(
            pod,
            json!({"spec": {"containers": [
                {"name": "app", "image": "a", "env": [{"name": "Y", "value": "2"}, {"name": "X", "value": "3"}], "args": ["b"]},
                {"name": "istio-proxy", "image": "p"},
            ]}})
        );
    }
}
