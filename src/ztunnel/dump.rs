//! A ztunnel admin config dump (`GET :15000/config_dump`): its sections, read leniently the way
//! ztunnel writes them (each section a list, or a map keyed by address / uid), items kept as
//! JSON so `-o json|yaml` prints every field ztunnel sent.

use serde_json::{Map, Value};

/// Why a document is not a usable ztunnel config dump; each message is one line.
#[derive(Debug, thiserror::Error)]
pub enum DumpError {
    #[error("not JSON: {0}")]
    Parse(#[from] serde_json::Error),
    #[error("not a ztunnel config dump: {0}")]
    WrongDocument(String),
    #[error("section {section}: {message}")]
    Section { section: String, message: String },
}

/// The parsed dump. Section items are JSON objects, in document order.
#[derive(Debug, Clone, Default)]
pub struct ZtunnelDump {
    pub workloads: Vec<Value>,
    pub services: Vec<Value>,
    pub policies: Vec<Value>,
    pub certificates: Vec<Value>,
    /// The values of `workloadState` (per workload: `info` and `connections`).
    pub workload_state: Vec<Value>,
}

impl ZtunnelDump {
    /// Parse a dump. Field names match case-insensitively, as Go's decoder (and so istioctl)
    /// matches them; a missing or `null` section is empty.
    pub fn parse(text: &str) -> Result<Self, DumpError> {
        let v: Value = serde_json::from_str(text)?;
        let Value::Object(mut top) = v else {
            return Err(DumpError::WrongDocument(format!(
                "the document is a JSON {}, not an object",
                kind(&v)
            )));
        };
        if top.contains_key("configs") {
            return Err(DumpError::WrongDocument(
                "this is an Envoy config dump (read it with proxy-config)".into(),
            ));
        }
        // sections are taken out of the document, not copied
        Ok(ZtunnelDump {
            workloads: section(&mut top, "workloads")?,
            services: section(&mut top, "services")?,
            policies: section(&mut top, "policies")?,
            certificates: section(&mut top, "certificates")?,
            workload_state: state(&mut top)?,
        })
    }
}

/// Remove a member by name: the exact name first, then ignoring ASCII case.
fn take_ci(m: &mut Map<String, Value>, name: &str) -> Option<Value> {
    if let Some(v) = m.shift_remove(name) {
        return Some(v);
    }
    let key = m.keys().find(|k| k.eq_ignore_ascii_case(name))?.clone();
    m.shift_remove(&key)
}

fn section_error(section: &str, message: String) -> DumpError {
    DumpError::Section {
        section: section.to_string(),
        message,
    }
}

/// An item must be an object; `at` says where it is, for the message.
fn object(section: &str, v: Value, at: impl FnOnce() -> String) -> Result<Value, DumpError> {
    if v.is_object() {
        Ok(v)
    } else {
        let message = format!("item {} is a JSON {}, not an object", at(), kind(&v));
        Err(section_error(section, message))
    }
}

/// A section that ztunnel writes as a list or as a map (whose values are the items).
fn section(top: &mut Map<String, Value>, name: &str) -> Result<Vec<Value>, DumpError> {
    match take_ci(top, name) {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::Array(a)) => a
            .into_iter()
            .enumerate()
            .map(|(i, v)| object(name, v, || format!("[{i}]")))
            .collect(),
        Some(Value::Object(m)) => m
            .into_iter()
            .map(|(k, v)| object(name, v, || format!("{k:?}")))
            .collect(),
        Some(other) => Err(section_error(
            name,
            format!("a JSON {}, not a list or map", kind(&other)),
        )),
    }
}

/// `workloadState`: a map of per-workload states.
fn state(top: &mut Map<String, Value>) -> Result<Vec<Value>, DumpError> {
    const NAME: &str = "workloadState";
    match take_ci(top, NAME) {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::Object(m)) => m
            .into_iter()
            .map(|(k, v)| object(NAME, v, || format!("{k:?}")))
            .collect(),
        Some(other) => Err(section_error(
            NAME,
            format!("a JSON {}, not a map", kind(&other)),
        )),
    }
}

/// The JSON type name of a value, for messages.
pub fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// A member by name: the exact name first, then ignoring ASCII case (Go's rule).
pub fn get_ci<'a>(m: &'a Map<String, Value>, name: &str) -> Option<&'a Value> {
    m.get(name).or_else(|| {
        m.iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v)
    })
}

/// A member of an object value (`None` for non-objects).
pub fn field<'a>(v: &'a Value, name: &str) -> Option<&'a Value> {
    v.as_object().and_then(|m| get_ci(m, name))
}

/// A string member, or "" when absent or not a string.
pub fn text<'a>(v: &'a Value, name: &str) -> &'a str {
    field(v, name).and_then(Value::as_str).unwrap_or_default()
}

/// The strings of a list member (non-strings are left out of the list, absent is empty).
pub fn strings<'a>(v: &'a Value, name: &str) -> Vec<&'a str> {
    field(v, name)
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default()
}

/// The items of a list-or-map member (`endpoints` of a service is keyed by uid).
pub fn members<'a>(v: &'a Value, name: &str) -> Vec<&'a Value> {
    match field(v, name) {
        Some(Value::Array(a)) => a.iter().collect(),
        Some(Value::Object(m)) => m.values().collect(),
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_read_as_lists_or_maps() {
        let d = ZtunnelDump::parse(
            r#"{"workloads":{"/10.0.0.1":{"name":"a"}},"services":[{"name":"s"}],
                "workloadstate":{"u":{"info":{"name":"a"}}}}"#,
        )
        .unwrap();
        assert_eq!(d.workloads.len(), 1);
        assert_eq!(text(&d.workloads[0], "name"), "a");
        assert_eq!(d.services.len(), 1);
        assert_eq!(d.workload_state.len(), 1);
        assert!(d.policies.is_empty());
    }

    #[test]
    fn bad_documents_say_what_is_wrong() {
        let e = ZtunnelDump::parse("[1]").unwrap_err().to_string();
        assert_eq!(
            e,
            "not a ztunnel config dump: the document is a JSON array, not an object"
        );
        let e = ZtunnelDump::parse(r#"{"configs":[]}"#)
            .unwrap_err()
            .to_string();
        assert!(e.contains("Envoy config dump"), "{e}");
        let e = ZtunnelDump::parse(r#"{"services":[{"name":"a"},3]}"#)
            .unwrap_err()
            .to_string();
        assert_eq!(
            e,
            "section services: item [1] is a JSON number, not an object"
        );
        let e = ZtunnelDump::parse(r#"{"policies":"x"}"#)
            .unwrap_err()
            .to_string();
        assert_eq!(e, "section policies: a JSON string, not a list or map");
        assert!(matches!(ZtunnelDump::parse("{"), Err(DumpError::Parse(_))));
    }
}
