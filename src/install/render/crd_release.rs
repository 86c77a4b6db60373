//! The CRDs sailctl installs are the release's (src/install/release.rs: istio.io/api v1.31.0).
//! schemas/ is a newer API (istio.io/api v1.32.0), because `validate` checks Istio's newer test
//! corpus with it; the few optional fields that API added are taken out of the installed CRDs,
//! so a cluster running the release's istiod never stores a field that istiod ignores.

use serde_json::Value;

/// (kind, property) the newer API added over the release, wherever the property appears in
/// that kind's schema, with the `oneOf` alternatives that name it.
const NEWER_THAN_RELEASE: &[(&str, &str)] = &[
    // LoadBalancerSettings.backendUtilization (trafficPolicy and portLevelSettings, subsets too)
    ("DestinationRule", "backendUtilization"),
    // EnvoyFilter ListenerMatch.FilterChainMatch.transportSocket
    ("EnvoyFilter", "transportSocket"),
    // ServerTLSSettings.ecdhCurves
    ("Gateway", "ecdhCurves"),
    ("Sidecar", "ecdhCurves"),
    // JWTRule.presence
    ("RequestAuthentication", "presence"),
];

/// A version's schema as the release declares it.
pub fn release_schema(kind: &str, mut schema: Value) -> Value {
    for (k, field) in NEWER_THAN_RELEASE {
        if *k == kind {
            drop_field(&mut schema, field);
        }
    }
    schema
}

fn drop_field(node: &mut Value, field: &str) {
    match node {
        Value::Object(map) => {
            if let Some(Value::Object(props)) = map.get_mut("properties") {
                props.remove(field);
            }
            for key in ["oneOf", "anyOf"] {
                if let Some(Value::Array(alts)) = map.get_mut(key) {
                    alts.retain(|alt| !requires_only(alt, field));
                }
            }
            for child in map.values_mut() {
                drop_field(child, field);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|i| drop_field(i, field)),
        _ => {}
    }
}

/// `{"required": [field]}`: the oneOf alternative that selects the field.
fn requires_only(alt: &Value, field: &str) -> bool {
    alt.as_object().is_some_and(|o| o.len() == 1)
        && alt["required"]
            .as_array()
            .is_some_and(|r| r.len() == 1 && r[0] == field)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_field_and_its_one_of_alternative_go() {
        let lb = json!({
            "oneOf": [
                {"not": {"anyOf": [{"required": ["simple"]}, {"required": ["backendUtilization"]}]}},
                {"required": ["simple"]},
                {"required": ["backendUtilization"]},
            ],
            "properties": {"simple": {"type": "string"}, "backendUtilization": {"type": "object"}},
        });
        let out = release_schema("DestinationRule", json!({"properties": {"lb": lb}}));
        assert_eq!(
            out["properties"]["lb"],
            json!({
                "oneOf": [{"not": {"anyOf": [{"required": ["simple"]}]}}, {"required": ["simple"]}],
                "properties": {"simple": {"type": "string"}},
            })
        );
        // other kinds keep a property of that name
        let other = json!({"properties": {"backendUtilization": {"type": "object"}}});
        assert_eq!(release_schema("ServiceEntry", other.clone()), other);
    }

    #[test]
    fn installed_crds_carry_none_of_the_newer_fields() {
        for crd in super::super::crds::all() {
            let text = crd.to_object(serde_json::Map::new()).to_string();
            for (kind, field) in NEWER_THAN_RELEASE {
                if *kind == crd.kind {
                    assert!(!text.contains(&format!("\"{field}\"")), "{kind}: {field}");
                    // schemas/ (what validate reads) still has it: the table is not stale
                    let newer = crd
                        .versions
                        .iter()
                        .any(|v| crd.schema(v).to_string().contains(&format!("\"{field}\"")));
                    assert!(
                        newer,
                        "{kind}.{field} is no longer in schemas/: drop the entry"
                    );
                }
            }
        }
    }
}
