use crate::resource::Node;

use crate::analysis::messages::invalid_telemetry_provider;
use crate::analysis::util;
use crate::analysis::{Analyzer, Context};
use crate::resource::FieldPath;

crate::declare_analyzer! {
    /// ## What it does
    /// When the mesh config has no default access-logging providers
    /// (`defaultProviders.accessLogging`), reports each enabled `accessLogging` entry of a
    /// Telemetry that names no provider (IST0157).
    ///
    /// ## Why it matters
    /// Access logging without a provider, and no default to fall back on, produces no logs:
    /// the Telemetry is silently ignored.
    ///
    /// ## Example
    /// ```yaml
    /// kind: Telemetry
    /// spec:
    ///   accessLogging:
    ///   - {}                                  # IST0157
    /// ```
    /// Use instead: `accessLogging: [{providers: [{name: envoy}]}]`, or set
    /// `defaultProviders.accessLogging` in the mesh config.
    pub struct ProviderAnalyzer {
        name: "telemetry.ProviderAnalyzer",
        description: "Validates that providers in telemetry resource is valid",
        inputs: ["Telemetry", "MeshConfig"],
        emits: [INVALID_TELEMETRY_PROVIDER],
    }
}

impl Analyzer for ProviderAnalyzer {
    fn analyze(&self, ctx: &mut Context<'_>) {
        let has_default = ctx
            .mesh
            .field("defaultProviders")
            .is_some_and(|d| !util::array(d, "accessLogging").is_empty());
        if has_default {
            return;
        }
        for t in ctx.store.of_kind("Telemetry") {
            let spec = t.spec().unwrap_or(&Node::Null);
            for (i, l) in util::array(spec, "accessLogging").iter().enumerate() {
                if l.field("disabled").and_then(Node::as_bool) == Some(true) {
                    continue;
                }
                if util::array(l, "providers").is_empty() {
                    ctx.report(
                        t,
                        Some(FieldPath::parse("spec.accessLogging").index(i)),
                        invalid_telemetry_provider(&t.name, util::ns(t)),
                    );
                }
            }
        }
    }
}
