use crate::resource::Node;
use foldhash::HashSet;

use crate::analysis::messages::deprecated;
use crate::analysis::util;
use crate::analysis::{Analyzer, Context};
use crate::resource::FieldPath;

crate::declare_analyzer! {
    /// ## What it does
    /// Reports Telemetry tracing that uses an extension provider the mesh config defines as
    /// `lightstep` (IST0002).
    ///
    /// ## Why it matters
    /// The Lightstep provider is deprecated and will be removed; traces sent through it will
    /// stop when it is.
    ///
    /// ## Example
    /// ```yaml
    /// kind: Telemetry
    /// spec:
    ///   tracing:
    ///   - providers: [{name: lightstep}]     # IST0002
    /// ```
    /// Use instead: an `opentelemetry` extension provider pointing at your collector.
    pub struct LightstepAnalyzer {
        name: "telemetry.LightstepAnalyzer",
        description: "Validates that lightstep provider is still used",
        inputs: ["Telemetry", "MeshConfig"],
        emits: [DEPRECATED],
    }
}

impl Analyzer for LightstepAnalyzer {
    fn analyze(&self, ctx: &mut Context<'_>) {
        let names: HashSet<&str> = util::array(ctx.mesh, "extensionProviders")
            .iter()
            .filter(|p| p.field("lightstep").is_some_and(|l| !l.is_null()))
            .filter_map(|p| p.field("name").and_then(Node::as_str))
            .collect();
        if names.is_empty() {
            return;
        }
        for t in ctx.store.of_kind("Telemetry") {
            let spec = t.spec().unwrap_or(&Node::Null);
            for (i, tracing) in util::array(spec, "tracing").iter().enumerate() {
                for (j, p) in util::array(tracing, "providers").iter().enumerate() {
                    let Some(name) = p.field("name").and_then(Node::as_str) else {
                        continue;
                    };
                    if names.contains(name) {
                        ctx.report(
                            t,
                            Some(
                                FieldPath::parse("spec.tracing")
                                    .index(i)
                                    .key("providers")
                                    .index(j),
                            ),
                            deprecated(format!(
                                "Lightstep provider {name}; move to the OpenTelemetry provider"
                            )),
                        );
                    }
                }
            }
        }
    }
}
