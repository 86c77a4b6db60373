use crate::resource::Node;

use crate::analysis::messages::{
    envoy_filter_uses_add_operation_incorrectly, envoy_filter_uses_relative_operation,
    envoy_filter_uses_relative_operation_with_proxy_version,
    envoy_filter_uses_remove_operation_incorrectly,
    envoy_filter_uses_replace_operation_incorrectly,
};
use crate::analysis::util;
use crate::analysis::{Analyzer, Context};
use crate::resource::FieldPath;

crate::declare_analyzer! {
    /// ## What it does
    /// Checks the patches of EnvoyFilters: `ADD` or `REMOVE` on `ROUTE_CONFIGURATION` or
    /// `HTTP_ROUTE` (IST0153, IST0154) and `REPLACE` outside `HTTP_FILTER`, `NETWORK_FILTER`
    /// and `VIRTUAL_HOST` (IST0152) are ignored by Istio; relative operations (`REMOVE`,
    /// `REPLACE`, `INSERT_BEFORE`, `INSERT_AFTER`) in an EnvoyFilter without `priority` depend
    /// on ordering (IST0151), and more so when an earlier EnvoyFilter patches the same filter
    /// for a specific `proxyVersion` (IST0155).
    ///
    /// ## Why it matters
    /// EnvoyFilters are applied in an order Istio does not guarantee without a priority; a
    /// patch relative to a filter that is not there yet silently does nothing.
    ///
    /// ## Example
    /// ```yaml
    /// kind: EnvoyFilter
    /// spec:
    ///   configPatches:
    ///   - applyTo: HTTP_FILTER
    ///     patch: {operation: INSERT_BEFORE, value: {name: my-lua}}   # IST0151
    /// ```
    /// Use instead: `INSERT_FIRST` or `ADD`, or set `spec.priority`.
    pub struct EnvoyPatchAnalyzer {
        name: "envoyfilter.EnvoyPatchAnalyzer",
        description: "Checks an envoyFilters ",
        inputs: ["EnvoyFilter"],
        emits: [
            ENVOY_FILTER_USES_RELATIVE_OPERATION,
            ENVOY_FILTER_USES_REPLACE_OPERATION_INCORRECTLY,
            ENVOY_FILTER_USES_ADD_OPERATION_INCORRECTLY,
            ENVOY_FILTER_USES_REMOVE_OPERATION_INCORRECTLY,
            ENVOY_FILTER_USES_RELATIVE_OPERATION_WITH_PROXY_VERSION,
        ],
    }
}

/// The name a patch acts on: the patch value's `name`, else the listener filter it matches.
fn instance_name(patch: &Node) -> String {
    let Some(fields) = patch
        .field("patch")
        .and_then(|p| p.field("value"))
        .and_then(Node::as_object)
    else {
        return String::new();
    };
    match fields.field("name") {
        Some(n) => n.to_string(),
        None => patch
            .field("match")
            .and_then(|m| m.field("listener"))
            .and_then(|l| l.field("filterChain"))
            .and_then(|f| f.field("filter"))
            .and_then(|f| f.field("name"))
            .and_then(Node::as_str)
            .unwrap_or("")
            .to_string(),
    }
}

impl Analyzer for EnvoyPatchAnalyzer {
    fn analyze(&self, ctx: &mut Context<'_>) {
        // names patched by an EnvoyFilter seen so far that match a proxyVersion
        let mut versioned: Vec<String> = Vec::new();
        for ef in ctx.store.of_kind("EnvoyFilter") {
            let spec = ef.spec().unwrap_or(&Node::Null);
            let priority = spec.field("priority").and_then(Node::as_i64).unwrap_or(0);
            // Istio's messages for one EnvoyFilter carry no patch position, so repeats of a
            // code collapse into one; report each code once, at its first patch
            let mut seen: Vec<&str> = Vec::new();
            let mut report =
                |ctx: &mut Context<'_>, path: Option<FieldPath>, msg: crate::analysis::Msg| {
                    if !seen.contains(&msg.ty.code) {
                        seen.push(msg.ty.code);
                        ctx.report(ef, path, msg);
                    }
                };
            for (i, cp) in util::array(spec, "configPatches").iter().enumerate() {
                let Some(patch) = cp.field("patch").filter(|p| !p.is_null()) else {
                    break;
                };
                let name = instance_name(cp);
                let op = patch
                    .field("operation")
                    .and_then(Node::as_str)
                    .unwrap_or("");
                let apply_to = cp.field("applyTo").and_then(Node::as_str).unwrap_or("");
                let path = Some(
                    FieldPath::parse("spec.configPatches")
                        .index(i)
                        .key("patch")
                        .key("operation"),
                );
                let route_level = matches!(apply_to, "ROUTE_CONFIGURATION" | "HTTP_ROUTE");
                let relative = match op {
                    "ADD" => {
                        if route_level {
                            report(
                                ctx,
                                path.clone(),
                                envoy_filter_uses_add_operation_incorrectly(),
                            );
                        }
                        false
                    }
                    "REMOVE" => {
                        if route_level {
                            report(
                                ctx,
                                path.clone(),
                                envoy_filter_uses_remove_operation_incorrectly(),
                            );
                            false
                        } else {
                            true
                        }
                    }
                    "REPLACE" => {
                        if matches!(apply_to, "NETWORK_FILTER" | "HTTP_FILTER" | "VIRTUAL_HOST") {
                            true
                        } else {
                            report(
                                ctx,
                                path.clone(),
                                envoy_filter_uses_replace_operation_incorrectly(),
                            );
                            false
                        }
                    }
                    "INSERT_BEFORE" | "INSERT_AFTER" => true,
                    _ => false,
                };
                if relative && priority == 0 {
                    let msg = if versioned.contains(&name) {
                        envoy_filter_uses_relative_operation_with_proxy_version()
                    } else {
                        envoy_filter_uses_relative_operation()
                    };
                    report(ctx, path, msg);
                }
                let has_version = cp
                    .field("match")
                    .and_then(|m| m.field("proxy"))
                    .and_then(|p| p.field("proxyVersion"))
                    .and_then(Node::as_str)
                    .is_some_and(|v| !v.is_empty());
                if has_version {
                    versioned.push(name);
                }
            }
        }
    }
}
