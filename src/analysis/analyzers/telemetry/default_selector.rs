use std::collections::BTreeMap;

use crate::analysis::messages::multiple_telemetries_without_workload_selectors;
use crate::analysis::util;
use crate::analysis::{Analyzer, Context};
use crate::resource::Stored as Resource;

crate::declare_analyzer! {
    /// ## What it does
    /// Reports namespaces with more than one Telemetry without a `selector` (IST0160), each
    /// of them.
    ///
    /// ## Why it matters
    /// A Telemetry without a selector is the default of its namespace (or of the mesh, in the
    /// root namespace). With several, which one applies is undefined.
    ///
    /// ## Example
    /// Telemetries `logs` and `traces` in `shop`, neither with a selector (IST0160 on each).
    ///
    /// Use instead: one Telemetry holding both `accessLogging` and `tracing`.
    pub struct DefaultSelectorAnalyzer {
        name: "telemetry.DefaultSelectorAnalyzer",
        description: "Validates that there aren't multiple telemetry resources that have no selector",
        inputs: ["Telemetry"],
        emits: [MULTIPLE_TELEMETRIES_WITHOUT_WORKLOAD_SELECTORS],
    }
}

impl Analyzer for DefaultSelectorAnalyzer {
    fn analyze(&self, ctx: &mut Context<'_>) {
        let mut by_ns: BTreeMap<&str, Vec<&Resource>> = BTreeMap::new();
        for t in ctx.store.of_kind("Telemetry") {
            let has_selector = t
                .spec()
                .and_then(|s| s.field("selector"))
                .is_some_and(|s| !s.is_null());
            if !has_selector {
                by_ns.entry(util::ns(t)).or_default().push(t);
            }
        }
        for (ns, list) in by_ns {
            if list.len() < 2 {
                continue;
            }
            let mut names: Vec<&str> = list.iter().map(|r| r.name.as_str()).collect();
            names.sort();
            for t in &list {
                ctx.report(
                    t,
                    None,
                    multiple_telemetries_without_workload_selectors(util::go_list(&names), ns),
                );
            }
        }
    }
}
