//! TrafficExtension: exactly one of wasm and lua, selector/targetRefs, wasm settings, Lua code
//! size, traffic selector ports.

use serde_json::Value;

use super::common::{Cx, P, get, s};
use super::{selector, wasm_plugin};

pub fn check(_res: &crate::resource::Resource, spec: &Value, p: &P, cx: &mut Cx) {
    let wasm = get(spec, "wasm");
    let lua = get(spec, "lua");
    if wasm.is_some() == lua.is_some() {
        cx.err(p, "exactly one of wasm and lua must be set");
    }
    selector::policy_targets(cx, spec, p);
    if let Some(l) = lua {
        let code = s(l, "inlineCode");
        if code.is_empty() {
            cx.err(
                &p.k("lua").k("inlineCode"),
                "lua.inlineCode must not be empty",
            );
        } else if code.len() > 65536 {
            cx.err(
                &p.k("lua").k("inlineCode"),
                "lua.inlineCode exceeds the 64KB limit",
            );
        }
    }
    if let Some(w) = wasm {
        wasm_plugin::wasm_config(cx, w, &p.k("wasm"));
    }
    wasm_plugin::match_ports(cx, spec, p);
}

#[cfg(test)]
mod tests {
    use crate::validation::testing::*;

    fn te(spec: &str) -> String {
        format!(
            "apiVersion: extensions.istio.io/v1alpha1\nkind: TrafficExtension\nmetadata:\n  name: t\nspec:\n{spec}"
        )
    }

    #[test]
    fn rules() {
        assert_clean(&te(
            "  lua: {inlineCode: \"function envoy_on_request(h) end\"}\n",
        ));
        assert_finding(
            &te("  phase: AUTHN\n"),
            "spec",
            "exactly one of wasm and lua",
        );
        assert_finding(
            &te("  lua: {inlineCode: \"\"}\n"),
            "spec.lua.inlineCode",
            "must not be empty",
        );
        assert_finding(
            &te("  wasm: {url: \"s3://x/y\"}\n"),
            "spec.wasm.url",
            "not supported",
        );
    }
}
