//! Envoy's admin JSON uses proto field names (`port_value`); istioctl re-marshals with protojson,
//! which prints lowerCamelCase JSON names (`portValue`). This converts the one to the other
//! without the proto descriptors, using two facts: field names are `lower_snake_case`, and the
//! keys that are not field names are those of map fields and of `google.protobuf.Struct` values,
//! which the converter knows by the field that holds them and leaves alone.

use serde_json::{Map, Value};

/// Fields whose value is a `map<string, …>`: keys are kept, values converted.
const MAP_FIELDS: &[&str] = &[
    "typed_filter_metadata",
    "typed_per_filter_config",
    "typed_extension_protocol_options",
    "extension_protocol_options",
    "key_values",
    "dynamic_parameters",
    "per_filter_config",
];

/// Fields whose value is a `google.protobuf.Struct` (or a map of them): kept as they are.
const STRUCT_FIELDS: &[&str] = &["filter_metadata", "static_layer", "fields"];

/// Any types whose `value` is a Struct: kept as they are.
const STRUCT_ANY_TYPES: &[&str] = &[
    "type.googleapis.com/udpa.type.v1.TypedStruct",
    "type.googleapis.com/xds.type.v3.TypedStruct",
    "type.googleapis.com/google.protobuf.Struct",
    "type.googleapis.com/google.protobuf.Value",
];

/// Convert a message from proto-name JSON to protojson names, in place.
pub fn to_camel_case(v: &mut Value) {
    convert(v);
}

/// A resource from a dump section printed as its message: protojson names, no `@type`.
pub fn message(raw: &serde_json::value::RawValue) -> Result<Value, super::DumpError> {
    let mut v: Value =
        serde_json::from_str(raw.get()).map_err(|source| super::DumpError::Section {
            what: "resource",
            source,
        })?;
    if let Some(obj) = v.as_object_mut() {
        obj.shift_remove("@type");
    }
    convert(&mut v);
    Ok(v)
}

/// `port_value` → `portValue`; names that are not lower snake case are returned unchanged.
pub fn camel_name(name: &str) -> Option<String> {
    if !name.contains('_')
        || !name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
    {
        return None;
    }
    let mut out = String::with_capacity(name.len());
    let mut upper = false;
    for c in name.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.push(c.to_ascii_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    Some(out)
}

fn convert(v: &mut Value) {
    match v {
        Value::Array(items) => items.iter_mut().for_each(convert),
        Value::Object(map) => convert_message(map),
        _ => {}
    }
}

fn convert_message(map: &mut Map<String, Value>) {
    let struct_any = map
        .get("@type")
        .and_then(Value::as_str)
        .is_some_and(|t| STRUCT_ANY_TYPES.contains(&t));
    let old = std::mem::take(map);
    for (key, mut value) in old {
        let field = key.as_str();
        if struct_any && field == "value" {
            // a Struct: its keys are data
        } else if STRUCT_FIELDS.contains(&field) {
            // keep
        } else if field == "metadata" {
            convert_metadata(&mut value);
        } else if MAP_FIELDS.contains(&field) {
            if let Value::Object(entries) = &mut value {
                entries.values_mut().for_each(convert);
            }
        } else {
            convert(&mut value);
        }
        let name = camel_name(&key).unwrap_or(key);
        map.insert(name, value);
    }
}

/// `metadata` is either `core.v3.Metadata` (a message with `filter_metadata` /
/// `typed_filter_metadata` maps) or a Struct (node metadata): only the former is converted.
fn convert_metadata(v: &mut Value) {
    let Value::Object(m) = v else { return };
    let is_core_metadata = !m.is_empty()
        && m.keys().all(|k| {
            matches!(
                k.as_str(),
                "filter_metadata"
                    | "typed_filter_metadata"
                    | "filterMetadata"
                    | "typedFilterMetadata"
            )
        });
    if is_core_metadata {
        convert_message(m);
    }
}

/// Sort every object's keys, as Go's `map`-based YAML conversion (sigs.k8s.io/yaml) does.
pub fn sort_keys(v: &mut Value) {
    match v {
        Value::Array(items) => items.iter_mut().for_each(sort_keys),
        Value::Object(map) => {
            map.values_mut().for_each(sort_keys);
            map.sort_keys();
        }
        _ => {}
    }
}

/// JSON the way istioctl prints protos: four-space indent, then a newline.
pub fn to_json_string(v: &Value) -> String {
    use serde::Serialize;
    let mut buf = Vec::new();
    let fmt = serde_json::ser::PrettyFormatter::with_indent(b"    ");
    let mut ser = serde_json::Serializer::with_formatter(&mut buf, fmt);
    // serializing a Value into memory cannot fail
    let _ = v.serialize(&mut ser);
    let mut s = String::from_utf8(buf).unwrap_or_default();
    s.push('\n');
    s
}

/// YAML the way istioctl prints protos (JSON converted by sigs.k8s.io/yaml: keys sorted).
pub fn to_yaml_string(mut v: Value) -> String {
    sort_keys(&mut v);
    crate::output::yaml::to_string(&v)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn names_become_lower_camel_case() {
        assert_eq!(camel_name("port_value").as_deref(), Some("portValue"));
        assert_eq!(
            camel_name("http2_protocol_options").as_deref(),
            Some("http2ProtocolOptions")
        );
        assert_eq!(camel_name("name"), None);
        assert_eq!(camel_name("ISTIO_VERSION"), None);
        assert_eq!(camel_name("envoy.transport_socket_match"), None);
    }

    #[test]
    fn struct_and_map_keys_are_kept() {
        let mut v = json!({
            "cluster_name": "c",
            "metadata": {"filter_metadata": {"istio": {"some_key": {"inner_key": 1}}}},
            "node": {"metadata": {"LABELS": {"app_name": "x"}, "some_key": "y"}},
            "typed_per_filter_config": {"envoy.filters.http_x": {"@type": "t", "max_age": "1s"}},
            "typed_config": {
                "@type": "type.googleapis.com/udpa.type.v1.TypedStruct",
                "type_url": "u",
                "value": {"upstream_discovery": []}
            }
        });
        to_camel_case(&mut v);
        assert_eq!(
            v,
            json!({
                "clusterName": "c",
                "metadata": {"filterMetadata": {"istio": {"some_key": {"inner_key": 1}}}},
                "node": {"metadata": {"LABELS": {"app_name": "x"}, "some_key": "y"}},
                "typedPerFilterConfig": {"envoy.filters.http_x": {"@type": "t", "maxAge": "1s"}},
                "typedConfig": {
                    "@type": "type.googleapis.com/udpa.type.v1.TypedStruct",
                    "typeUrl": "u",
                    "value": {"upstream_discovery": []}
                }
            })
        );
    }
}
