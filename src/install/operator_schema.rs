//! Checking an IstioOperator against its JSON Schema in schemas/install.istio.io (the one
//! `validate` uses), with a "did you mean" for a mistyped field taken from the same schema:
//! the properties of the object that holds the unknown field. There is no second,
//! hand-written description of the IstioOperator: `spec.values` is typed by that schema too
//! (the chart values Istio's API declares), and its free-form parts (`meshConfig`, `k8s`
//! patches, `x-kubernetes-preserve-unknown-fields` maps) accept anything there as here.

use serde_json::Value;

use crate::resource::{FieldPath, Seg};
use crate::schema::node::{Additional, Node};

/// The first schema error of an IstioOperator document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OperatorError {
    /// The dotted path of the offending field (`spec.components.pilot.enabeld`).
    pub path: String,
    pub message: String,
}

/// The compiled IstioOperator schema (embedded at build time).
fn root() -> Result<&'static Node, OperatorError> {
    match crate::schema::compiled("install.istio.io", "v1alpha1", "IstioOperator") {
        Some(Ok(root)) => Ok(root),
        Some(Err(e)) => Err(OperatorError {
            path: "<root>".to_string(),
            message: format!("sailctl's IstioOperator schema is broken ({e}): please report this"),
        }),
        None => Err(OperatorError {
            path: "<root>".to_string(),
            message: "sailctl has no IstioOperator schema embedded: please report this".to_string(),
        }),
    }
}

/// Check an IstioOperator (or a part of one rooted at the document) against the schema. An
/// unknown field's message names the closest known field of the same object, or lists them.
pub fn validate_operator(doc: &Value) -> Result<(), OperatorError> {
    let root = root()?;
    let findings = crate::schema::check::check_object(root, doc);
    let Some(f) = findings
        .iter()
        .find(|f| f.level == crate::output::Level::Error)
    else {
        return Ok(());
    };
    let mut message = f.message.clone();
    if let Some(hint) = unknown_field_hint(root, &f.path) {
        message.push_str(&hint);
    }
    Err(OperatorError {
        path: f.path.to_string(),
        message,
    })
}

/// When `path` names a field its parent object does not declare, the closest declared one
/// (` (did you mean spec.components.pilot.enabled?)`) or the declared ones.
fn unknown_field_hint(root: &Node, path: &FieldPath) -> Option<String> {
    let (Seg::Key(field), parent) = path.0.split_last()? else {
        return None;
    };
    let mut node = root;
    for seg in parent {
        node = match seg {
            Seg::Key(k) => match (node.property(k), &node.additional) {
                (Some(n), _) => n,
                (None, Additional::Schema(s)) => s,
                (None, _) => return None,
            },
            Seg::Index(_) => node.items.as_deref()?,
        };
    }
    if node.property(field).is_some() || node.properties.is_empty() {
        return None;
    }
    let known: Vec<&str> = node.properties.iter().map(|(k, _)| k.as_str()).collect();
    let parent = FieldPath(parent.to_vec());
    Some(match nearest(field, &known) {
        Some(near) => format!(" (did you mean {}?)", parent.key(near)),
        None => format!("; known fields here: {}", known.join(", ")),
    })
}

/// The known name closest to `k` (a likely typo), if one is close enough.
fn nearest<'a>(k: &str, known: &[&'a str]) -> Option<&'a str> {
    let kl = k.to_ascii_lowercase();
    known
        .iter()
        .map(|c| (levenshtein(&kl, &c.to_ascii_lowercase()), *c))
        .filter(|(d, c)| *d <= 2.max(c.chars().count() / 4))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

fn levenshtein(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != *cb))
                .min(prev[j + 1] + 1)
                .min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn err(doc: Value) -> OperatorError {
        validate_operator(&doc).expect_err("the schema refuses it")
    }

    #[test]
    fn a_mistyped_component_field_gets_the_schemas_nearest_field() {
        let e = err(json!({"spec": {"components": {"pilot": {"enabeld": true}}}}));
        assert_eq!(e.path, "spec.components.pilot.enabeld");
        assert!(
            e.message
                .ends_with("(did you mean spec.components.pilot.enabled?)"),
            "{}",
            e.message
        );
    }

    #[test]
    fn suggestions_reach_into_lists_and_helm_values() {
        let e = err(
            json!({"spec": {"components": {"ingressGateways": [{"name": "a", "enabeld": true}]}}}),
        );
        assert_eq!(e.path, "spec.components.ingressGateways[0].enabeld");
        assert!(
            e.message
                .contains("did you mean spec.components.ingressGateways[0].enabled?"),
            "{}",
            e.message
        );
        let e = err(json!({"spec": {"values": {"global": {"hubb": "x"}}}}));
        assert_eq!(e.path, "spec.values.global.hubb");
        assert!(
            e.message.contains("did you mean spec.values.global.hub?"),
            "{}",
            e.message
        );
    }

    #[test]
    fn a_name_far_from_every_field_lists_the_fields() {
        let e = err(json!({"spec": {"components": {"zzzzzzzzzzzz": {}}}}));
        assert!(
            e.message.contains("known fields here: ") && e.message.contains("ingressGateways"),
            "{}",
            e.message
        );
    }

    #[test]
    fn types_and_free_form_parts_follow_the_schema() {
        let e = err(
            json!({"spec": {"components": {"egressGateways": [{"name": "x", "enabled": "yes"}]}}}),
        );
        assert_eq!(e.path, "spec.components.egressGateways[0].enabled");
        assert!(!e.message.contains("did you mean"), "{}", e.message);
        let ok = json!({"spec": {"meshConfig": {"whatever": [1, 2]}, "components": {"pilot": {"k8s": {"affinity": {"x": 1}}}}}});
        assert_eq!(validate_operator(&ok), Ok(()));
    }
}
