//! The kind registry and structural-schema validation (schemas/ is the source of truth).
//!
//! Every JSON Schema under schemas/<group>/<version>/<Kind>.json is embedded in the binary
//! (build.rs) and compiled on first use: regexes and CEL programs once per process.

pub mod cel;
pub mod cel_lib;
pub mod check;
pub mod finding;
pub mod format;
pub mod k8s_kinds;
pub mod kinds;
pub mod node;
pub mod registry;
pub mod removed;

use std::sync::OnceLock;

pub use node::Node;
pub use registry::{KindInfo, Lookup};

use crate::resource::{FieldPath, Resource};
use finding::Finding;

/// One embedded schema file.
#[derive(Debug)]
pub struct Embedded {
    pub group: &'static str,
    pub version: &'static str,
    pub kind: &'static str,
    /// The JSON text of schemas/<group>/<version>/<Kind>.json.
    pub json: &'static str,
}

mod generated {
    use super::Embedded;
    include!(concat!(env!("OUT_DIR"), "/schemas.rs"));
}

pub use generated::EMBEDDED;

/// A schema that could not be compiled (a bug in schemas/: tests compile every one).
#[derive(Debug, Clone, thiserror::Error)]
#[error("schema {at}: {message}")]
pub struct SchemaError {
    pub at: String,
    pub message: String,
}

impl SchemaError {
    pub fn new(at: &str, message: impl Into<String>) -> Self {
        SchemaError {
            at: at.to_string(),
            message: message.into(),
        }
    }
}

static COMPILED: [OnceLock<Result<Node, SchemaError>>; generated::COUNT] =
    [const { OnceLock::new() }; generated::COUNT];

/// A schema of [`kinds::SCHEMAS_DIR_ENV`] (which replaces an embedded one).
fn extra(group: &str, version: &str, kind: &str) -> Option<&'static kinds::ExtraSchema> {
    kinds::extras()
        .schemas
        .iter()
        .find(|e| e.group == group && e.version == version && e.kind == kind)
}

/// The JSON text of a kind's schema at a version.
pub fn schema_json(group: &str, version: &str, kind: &str) -> Option<&'static str> {
    if let Some(e) = extra(group, version, kind) {
        return Some(e.json);
    }
    find(group, version, kind).map(|i| EMBEDDED[i].json)
}

fn find(group: &str, version: &str, kind: &str) -> Option<usize> {
    EMBEDDED
        .iter()
        .position(|e| e.group == group && e.version == version && e.kind == kind)
}

/// The compiled schema of a kind at a version (compiled on first use).
pub fn compiled(
    group: &str,
    version: &str,
    kind: &str,
) -> Option<&'static Result<Node, SchemaError>> {
    if let Some(e) = extra(group, version, kind) {
        return Some(e.compiled());
    }
    let i = find(group, version, kind)?;
    let e = &EMBEDDED[i];
    Some(COMPILED[i].get_or_init(|| compile_json(e.json, e.group, e.version, e.kind)))
}

fn compile_json(json: &str, group: &str, version: &str, kind: &str) -> Result<Node, SchemaError> {
    let at = format!("{group}/{version}/{kind}");
    let v: serde_json::Value = serde_json::from_str(json)
        .map_err(|err| SchemaError::new(&at, format!("not JSON: {err}")))?;
    Node::compile(&v, &at)
}

/// Check a resource against its kind's structural schema and CRD CEL rules.
/// Kinds without a schema in schemas/ yield nothing here.
pub fn validate(res: &Resource, info: &KindInfo) -> Vec<Finding> {
    match compiled(info.group, res.version(), info.kind) {
        None => Vec::new(),
        Some(Ok(root)) => check::check_object(root, &res.value),
        Some(Err(e)) if extra(info.group, res.version(), info.kind).is_some() => {
            vec![Finding::error(
                "schema-internal",
                FieldPath::root(),
                format!("the schema from {} is broken: {e}", kinds::SCHEMAS_DIR_ENV),
            )]
        }
        Some(Err(e)) => vec![Finding::error(
            "schema-internal",
            FieldPath::root(),
            format!("sailctl's schema is broken ({e}): please report this"),
        )],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_embedded_schema_compiles() {
        assert!(EMBEDDED.len() >= 33, "{} schemas", EMBEDDED.len());
        for e in EMBEDDED {
            match compiled(e.group, e.version, e.kind) {
                Some(Ok(node)) => {
                    if let Err(err) = node.check_rules_compile() {
                        panic!("{}/{}/{}: {err}", e.group, e.version, e.kind);
                    }
                }
                Some(Err(err)) => panic!("{err}"),
                None => panic!("{} not found", e.kind),
            }
        }
    }
}
