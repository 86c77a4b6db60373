//! Semantic validation beyond the schema: the rules Istio's own validation applies, one file per
//! kind, and istioctl's warnings for Kubernetes kinds.

use crate::output::Level;
use crate::resource::{FieldPath, Resource};
use crate::schema::KindInfo;

/// The annotation that makes Istio's webhook reject a resource (used to test rejection).
pub const ALWAYS_REJECT_ANNOTATION: &str = "internal.istio.io/webhook-always-reject";

/// One problem with one resource.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub level: Level,
    /// What kind of check found it: `schema`, `cel`, `rule`, ...
    pub code: &'static str,
    /// The offending field.
    pub path: FieldPath,
    pub message: String,
}

impl Finding {
    pub fn error(code: &'static str, path: FieldPath, message: impl Into<String>) -> Self {
        Finding {
            level: Level::Error,
            code,
            path,
            message: message.into(),
        }
    }

    pub fn warning(code: &'static str, path: FieldPath, message: impl Into<String>) -> Self {
        Finding {
            level: Level::Warning,
            code,
            path,
            message: message.into(),
        }
    }
}

/// Run the semantic rules for a resource of a known kind.
pub fn validate(res: &Resource, info: &KindInfo) -> Vec<Finding> {
    let mut out = Vec::new();
    if info.istio {
        check_top_level(res, &mut out);
        check_metadata(res, &mut out);
    }
    out
}

/// Istio objects have only apiVersion, kind, metadata, spec and status at the top level.
fn check_top_level(res: &Resource, out: &mut Vec<Finding>) {
    if let Some(map) = res.value.as_object() {
        for key in map.keys() {
            if !matches!(
                key.as_str(),
                "apiVersion" | "kind" | "metadata" | "spec" | "status"
            ) {
                out.push(Finding::error(
                    "schema",
                    FieldPath::root().key(key.clone()),
                    format!("unknown field \"{key}\""),
                ));
            }
        }
    }
}

fn check_metadata(res: &Resource, out: &mut Vec<Finding>) {
    if res.annotation(ALWAYS_REJECT_ANNOTATION).is_some() {
        out.push(Finding::error(
            "rule",
            FieldPath::parse("metadata.annotations").key(ALWAYS_REJECT_ANNOTATION),
            "the webhook-always-reject annotation is set: Istio rejects this object",
        ));
    }
}
