//! `components.<c>.k8s.overlays`: patches istioctl applies to the rendered objects of a
//! component, addressed by kind and name, each a path and an optional value:
//!
//! - the path is dot-separated (`\.` for a dot inside a key); `key[...]` is `key` then `[...]`;
//!   `[N]` is the N-th list item (`[-1]` appends), `[k:v]` the list item whose field `k` is `v`,
//!   `[:v]` the scalar list item equal to `v`;
//! - with a value the node is set (missing map keys are created), without one it is deleted.
//!
//! A path that does not resolve is an error naming the overlay, never silently skipped.

use serde_json::Value;

use super::RenderError;

#[derive(Debug, PartialEq)]
enum Step {
    Key(String),
    Index(i64),
    Match(String, String),
    Scalar(String),
}

fn steps(path: &str) -> Vec<Step> {
    let mut parts = Vec::new();
    let mut cur = String::new();
    let mut chars = path.chars().peekable();
    let mut in_bracket = false;
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek() == Some(&'.') => {
                cur.push('.');
                chars.next();
            }
            '.' if !in_bracket => parts.push(std::mem::take(&mut cur)),
            _ => {
                in_bracket = (in_bracket || c == '[') && c != ']';
                cur.push(c);
            }
        }
    }
    parts.push(cur);
    let mut out = Vec::new();
    for p in parts.into_iter().filter(|p| !p.is_empty()) {
        let (key, bracket) = match p.split_once('[') {
            Some((k, rest)) => (k.to_string(), Some(rest.trim_end_matches(']').to_string())),
            None => (p, None),
        };
        if !key.is_empty() {
            out.push(Step::Key(key));
        }
        if let Some(b) = bracket {
            out.push(if let Ok(n) = b.parse::<i64>() {
                Step::Index(n)
            } else if let Some(v) = b.strip_prefix(':') {
                Step::Scalar(v.to_string())
            } else if let Some((k, v)) = b.split_once(':') {
                Step::Match(k.to_string(), v.to_string())
            } else {
                Step::Scalar(b)
            });
        }
    }
    out
}

fn scalar_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Apply one patch (`value` None: delete) to an object.
pub fn apply(obj: &mut Value, path: &str, value: Option<&Value>) -> Result<(), String> {
    let steps = steps(path);
    let Some((last, parents)) = steps.split_last() else {
        return Err("empty path".to_string());
    };
    let mut node = obj;
    for (i, step) in parents.iter().enumerate() {
        let next_is_list = matches!(steps.get(i + 1), Some(Step::Index(_)));
        node = match step {
            Step::Key(k) => {
                let map = node
                    .as_object_mut()
                    .ok_or_else(|| format!("{k}: the parent is not a map"))?;
                map.entry(k.clone()).or_insert_with(|| {
                    if next_is_list {
                        Value::Array(Vec::new())
                    } else {
                        Value::Object(Default::default())
                    }
                })
            }
            _ => {
                let list = node
                    .as_array_mut()
                    .ok_or_else(|| format!("{step:?}: the parent is not a list"))?;
                let at = position(list, step).ok_or_else(|| format!("no list item {step:?}"))?;
                &mut list[at]
            }
        };
    }
    match (last, node) {
        (Step::Key(k), Value::Object(map)) => {
            match value {
                Some(v) => {
                    map.insert(k.clone(), v.clone());
                }
                None => {
                    map.shift_remove(k);
                }
            }
            Ok(())
        }
        (Step::Index(-1), Value::Array(list)) if value.is_some() => {
            list.extend(value.cloned());
            Ok(())
        }
        (step @ (Step::Index(_) | Step::Match(..) | Step::Scalar(_)), Value::Array(list)) => {
            let at = position(list, step).ok_or_else(|| format!("no list item {step:?}"))?;
            match value {
                Some(v) => list[at] = v.clone(),
                None => {
                    list.remove(at);
                }
            }
            Ok(())
        }
        (step, _) => Err(format!("{step:?}: the parent has another shape")),
    }
}

fn position(list: &[Value], step: &Step) -> Option<usize> {
    match step {
        Step::Index(n) => usize::try_from(*n).ok().filter(|n| *n < list.len()),
        Step::Match(k, v) => list
            .iter()
            .position(|x| x.get(k).is_some_and(|f| scalar_text(f) == *v)),
        Step::Scalar(v) => list.iter().position(|x| scalar_text(x) == *v),
        Step::Key(_) => None,
    }
}

/// A patch value written as the text of a YAML mapping (`value: |` then `fieldRef: ...`) is
/// that mapping, as istioctl reads it: a string of one line holding ": ", or of several lines
/// holding ":", that is not a JSON object and parses as a YAML mapping. Any other value is
/// itself.
fn map_in_text(value: &Value) -> Value {
    let Some(text) = value.as_str() else {
        return value.clone();
    };
    let looks_like_map = if text.contains('\n') {
        text.contains(':')
    } else {
        text.contains(": ")
    };
    if !looks_like_map || serde_json::from_str::<serde_json::Map<String, Value>>(text).is_ok() {
        return value.clone();
    }
    match crate::resource::yaml::parse_chunk(text) {
        (docs, None) => match docs.into_iter().next() {
            Some((m @ Value::Object(_), _)) => m,
            _ => value.clone(),
        },
        _ => value.clone(),
    }
}

/// Apply the overlays of a component's `k8s.overlays` that address this object.
pub fn apply_overlays(
    obj: &mut Value,
    overlays: &Value,
    component: &str,
) -> Result<(), RenderError> {
    let kind = obj["kind"].as_str().unwrap_or_default().to_string();
    let name = obj["metadata"]["name"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    for (i, o) in overlays.as_array().into_iter().flatten().enumerate() {
        let api = o["apiVersion"].as_str().unwrap_or_default();
        if o["kind"] != kind.as_str()
            || o["name"] != name.as_str()
            || (!api.is_empty() && obj["apiVersion"] != api)
        {
            continue;
        }
        for (j, p) in o["patches"].as_array().into_iter().flatten().enumerate() {
            let path = p["path"].as_str().unwrap_or_default();
            let value = p.get("value").filter(|v| !v.is_null()).map(map_in_text);
            apply(obj, path, value.as_ref()).map_err(|message| {
                RenderError::Value {
                    path: format!("components.{component}.k8s.overlays[{i}].patches[{j}] ({kind}/{name}, path {path})"),
                    message,
                }
            })?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn pod() -> Value {
        json!({"spec": {"volumes": [{"name": "a", "emptyDir": {}}, {"name": "b"}],
               "containers": [{"name": "c", "args": ["x", "y"]}]}})
    }

    #[test]
    fn paths_parse_into_steps() {
        assert_eq!(
            steps(r"spec.volumes.[name:a].csi.a\.b[0]"),
            [
                Step::Key("spec".into()),
                Step::Key("volumes".into()),
                Step::Match("name".into(), "a".into()),
                Step::Key("csi".into()),
                Step::Key("a.b".into()),
                Step::Index(0),
            ]
        );
        assert_eq!(
            steps("args[:x]"),
            [Step::Key("args".into()), Step::Scalar("x".into())]
        );
        assert_eq!(
            steps("[name:a.b]"),
            [Step::Match("name".into(), "a.b".into())]
        );
    }

    #[test]
    fn a_mapping_written_as_text_is_a_mapping() {
        assert_eq!(
            map_in_text(&json!("fieldRef:\n  fieldPath: metadata.x\n")),
            json!({"fieldRef": {"fieldPath": "metadata.x"}})
        );
        assert_eq!(map_in_text(&json!("a: b")), json!({"a": "b"}));
        // plain text, a URL, JSON and a list stay strings
        for s in ["plain", "http://x:80", r#"{"a": 1}"#, "- a: 1\n- b: 2"] {
            assert_eq!(map_in_text(&json!(s)), json!(s), "{s}");
        }
        assert_eq!(map_in_text(&json!(3)), json!(3));
    }

    #[test]
    fn set_replace_append_create_and_delete() {
        let mut o = pod();
        apply(
            &mut o,
            "spec.volumes.[name:a]",
            Some(&json!({"name": "a", "csi": {"driver": "d"}})),
        )
        .unwrap();
        assert_eq!(o["spec"]["volumes"][0]["csi"]["driver"], "d");
        apply(&mut o, "spec.containers.[name:c].args.[:x]", None).unwrap();
        assert_eq!(o["spec"]["containers"][0]["args"], json!(["y"]));
        apply(&mut o, "spec.containers[0].args[-1]", Some(&json!("z"))).unwrap();
        assert_eq!(o["spec"]["containers"][0]["args"], json!(["y", "z"]));
        apply(&mut o, "spec.initContainers", Some(&json!([{"name": "w"}]))).unwrap();
        assert_eq!(o["spec"]["initContainers"][0]["name"], "w");
        apply(&mut o, "metadata.labels.x", Some(&json!("1"))).unwrap();
        assert_eq!(o["metadata"]["labels"]["x"], "1");
        apply(&mut o, "spec.volumes[1]", None).unwrap();
        assert_eq!(o["spec"]["volumes"].as_array().unwrap().len(), 1);
    }

    #[test]
    fn unresolved_paths_are_errors() {
        let mut o = pod();
        assert!(apply(&mut o, "spec.volumes.[name:nope].x", Some(&json!(1))).is_err());
        assert!(apply(&mut o, "spec.volumes[7]", None).is_err());
        assert!(apply(&mut o, "spec.containers.x", Some(&json!(1))).is_err());
        let err = apply_overlays(
            &mut json!({"kind": "Deployment", "metadata": {"name": "d"}}),
            &json!([{"kind": "Deployment", "name": "d", "patches": [{"path": "spec[3]"}]}]),
            "pilot",
        )
        .unwrap_err();
        assert!(
            err.to_string()
                .contains("components.pilot.k8s.overlays[0].patches[0]"),
            "{err}"
        );
    }
}
