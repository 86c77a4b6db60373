//! ProxyConfig: selector and concurrency.

use serde_json::Value;

use super::common::{Cx, P, get, wrapped_num};
use super::selector;

pub fn check(_res: &crate::resource::Resource, spec: &Value, p: &P, cx: &mut Cx) {
    if let Some(sel) = get(spec, "selector") {
        selector::workload_selector(cx, sel, "matchLabels", &p.k("selector"));
    }
    if let Some(c) = wrapped_num(spec, "concurrency")
        && c < 0.0
    {
        cx.err(&p.k("concurrency"), "concurrency must be 0 or more");
    }
}

#[cfg(test)]
mod tests {
    use crate::validation::testing::*;

    fn pc(spec: &str) -> String {
        format!(
            "apiVersion: networking.istio.io/v1beta1\nkind: ProxyConfig\nmetadata:\n  name: p\nspec:\n{spec}"
        )
    }

    #[test]
    fn rules() {
        assert_clean(&pc(
            "  concurrency: 2\n  selector: {matchLabels: {app: a}}\n",
        ));
        assert_finding(&pc("  concurrency: -1\n"), "spec.concurrency", "0 or more");
        assert_finding(
            &pc("  selector: {matchLabels: {app: \"*\"}}\n"),
            "spec.selector.matchLabels.app",
            "wildcards",
        );
    }
}
