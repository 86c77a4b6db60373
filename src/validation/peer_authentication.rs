//! PeerAuthentication: port-level mTLS needs a workload selector; ports in range.

use serde_json::Value;

use super::common::{Cx, P, get, obj};
use super::selector;

pub fn check(_res: &crate::resource::Resource, spec: &Value, p: &P, cx: &mut Cx) {
    let sel = get(spec, "selector");
    let empty_selector = sel
        .and_then(|s| obj(s, "matchLabels"))
        .is_none_or(|m| m.is_empty());
    let plm = obj(spec, "portLevelMtls");
    let pp = p.k("portLevelMtls");
    if let Some(m) = plm {
        if empty_selector && !m.is_empty() {
            cx.err(&pp, "portLevelMtls requires a selector with labels: mesh- and namespace-wide policies cannot set port-level mTLS");
        }
        if m.is_empty() {
            cx.err(&pp, "portLevelMtls, when set, needs at least one port");
        }
        for k in m.keys() {
            match k.parse::<i64>() {
                Ok(n) if (1..=65535).contains(&n) => {}
                _ => cx.err(
                    &pp.k(k),
                    format!("port {k:?} must be a number in the range 1..65535"),
                ),
            }
        }
    }
    if let Some(s) = sel {
        selector::workload_selector(cx, s, "matchLabels", &p.k("selector"));
    }
}

#[cfg(test)]
mod tests {
    use crate::validation::testing::*;

    fn pa(spec: &str) -> String {
        format!(
            "apiVersion: security.istio.io/v1\nkind: PeerAuthentication\nmetadata:\n  name: p\nspec:\n{spec}"
        )
    }

    #[test]
    fn port_level() {
        assert_clean(&pa(
            "  selector: {matchLabels: {app: a}}\n  mtls: {mode: STRICT}\n  portLevelMtls:\n    \"8080\": {mode: DISABLE}\n",
        ));
        assert_finding(
            &pa("  portLevelMtls:\n    \"8080\": {mode: DISABLE}\n"),
            "spec.portLevelMtls",
            "requires a selector",
        );
        assert_finding(
            &pa(
                "  selector: {matchLabels: {app: a}}\n  portLevelMtls:\n    \"0\": {mode: DISABLE}\n",
            ),
            "spec.portLevelMtls.0",
            "1..65535",
        );
        assert_finding(
            &pa("  selector: {matchLabels: {app: a}}\n  portLevelMtls: {}\n"),
            "spec.portLevelMtls",
            "at least one port",
        );
    }
}
