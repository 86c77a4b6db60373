//! `x authz check`: the authorization policies a proxy enforces, read from the RBAC filters of
//! its listeners (HTTP `envoy.filters.http.rbac` inside connection managers, network
//! `envoy.filters.network.rbac`). Istio names each RBAC policy
//! `ns[<namespace>]-policy[<name>]-rule[<index>]` (`istio-ext-authz-` first for CUSTOM
//! policies, which travel as shadow rules); rows are per AuthorizationPolicy and action.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;
use serde_json::Value;

use super::dump::{ConfigDump, DumpError};
use super::listener::HTTP_CONNECTION_MANAGER;
use crate::output::table::Table;

pub const HTTP_RBAC: &str = "envoy.filters.http.rbac";
pub const NETWORK_RBAC: &str = "envoy.filters.network.rbac";
const EXT_AUTHZ_PREFIX: &str = "istio-ext-authz-";
/// The row of an RBAC filter without policies (it matches nothing).
pub const ANONYMOUS: &str = "_anonymous_match_nothing_";
/// The table's action order.
const ACTIONS: &[&str] = &["DENY", "ALLOW", "LOG", "CUSTOM"];

/// One AuthorizationPolicy under one action.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PolicyRow {
    pub action: String,
    /// `name.namespace`, or the RBAC policy name as is when it is not one of Istio's.
    #[serde(rename = "authorizationPolicy")]
    pub policy: String,
    /// The distinct rule indexes seen.
    pub rules: Vec<String>,
    /// Where the filters are: `listener/chain (http|tcp)`.
    pub filters: Vec<String>,
}

/// `ns[NS]-policy[NAME]-rule[N]` (optionally `istio-ext-authz-` first) → (`NAME.NS`, `N`).
pub fn split_name(name: &str) -> Option<(String, String)> {
    let rest = name.strip_prefix(EXT_AUTHZ_PREFIX).unwrap_or(name);
    let rest = rest.strip_prefix("ns[")?;
    let (ns, rest) = rest.split_once("]-policy[")?;
    let (policy, rule) = rest.rsplit_once("]-rule[")?;
    let rule = rule.strip_suffix(']')?;
    Some((format!("{policy}.{ns}"), rule.to_string()))
}

#[derive(Default)]
struct Collect {
    by_action: BTreeMap<(usize, String), (BTreeSet<String>, BTreeSet<String>)>,
}

impl Collect {
    fn add(&mut self, action: &str, name: &str, rule: &str, place: &str) {
        let order = ACTIONS
            .iter()
            .position(|a| *a == action)
            .unwrap_or(ACTIONS.len());
        let e = self
            .by_action
            .entry((order, format!("{action}\u{0}{name}")))
            .or_default();
        e.0.insert(rule.to_string());
        e.1.insert(place.to_string());
    }

    fn rbac(&mut self, config: &Value, place: &str) {
        let rules = config.get("rules");
        let action = rules
            .and_then(|r| r.get("action"))
            .and_then(Value::as_str)
            .unwrap_or("ALLOW");
        let policies = rules
            .and_then(|r| r.get("policies"))
            .and_then(Value::as_object);
        for name in policies.into_iter().flat_map(|p| p.keys()) {
            let (policy, rule) = split_name(name).unwrap_or_else(|| (name.clone(), "?".into()));
            self.add(action, &policy, &rule, place);
        }
        if let Some(shadow) = config
            .get("shadow_rules")
            .and_then(|r| r.get("policies"))
            .and_then(Value::as_object)
        {
            for name in shadow.keys().filter(|n| n.starts_with(EXT_AUTHZ_PREFIX)) {
                let (policy, rule) = split_name(name).unwrap_or_else(|| (name.clone(), "?".into()));
                self.add("CUSTOM", &policy, &rule, place);
            }
        }
        if policies.is_none_or(|p| p.is_empty()) {
            self.add(action, ANONYMOUS, "0", place);
        }
    }

    fn rows(self) -> Vec<PolicyRow> {
        self.by_action
            .into_iter()
            .map(|((_, key), (rules, places))| {
                let (action, policy) = key.split_once('\u{0}').unwrap_or((&key, ""));
                PolicyRow {
                    action: action.to_string(),
                    policy: policy.to_string(),
                    rules: rules.into_iter().collect(),
                    filters: places.into_iter().collect(),
                }
            })
            .collect()
    }
}

fn section(what: &'static str) -> impl Fn(serde_json::Error) -> DumpError {
    move |source| DumpError::Section { what, source }
}

/// The policies of every dynamic listener's RBAC filters, DENY first, then ALLOW, LOG, CUSTOM,
/// by name within an action.
pub fn rows(dump: &ConfigDump) -> Result<Vec<PolicyRow>, DumpError> {
    let mut c = Collect::default();
    for raw in dump.raw_listeners()? {
        let l: crate::envoy::trace::model::Listener =
            serde_json::from_str(raw.get()).map_err(section("listener"))?;
        let chains = l.filter_chains.iter().chain(l.default_filter_chain.iter());
        for (i, fc) in chains.enumerate() {
            let chain = if fc.name.is_empty() {
                format!("#{i}")
            } else {
                fc.name.clone()
            };
            for f in &fc.filters {
                let config = f.typed_config.as_ref();
                if f.name == NETWORK_RBAC {
                    c.rbac(
                        config.unwrap_or(&Value::Null),
                        &format!("{}/{chain} (tcp)", l.name),
                    );
                } else if f.name == HTTP_CONNECTION_MANAGER {
                    let filters = config
                        .and_then(|c| c.get("http_filters"))
                        .and_then(Value::as_array);
                    for hf in filters.into_iter().flatten() {
                        if hf.get("name").and_then(Value::as_str) == Some(HTTP_RBAC) {
                            c.rbac(
                                hf.get("typed_config").unwrap_or(&Value::Null),
                                &format!("{}/{chain} (http)", l.name),
                            );
                        }
                    }
                }
            }
        }
    }
    Ok(c.rows())
}

/// istioctl's table: ACTION, AuthorizationPolicy, RULES (the number of distinct rules).
pub fn table(rows: &[PolicyRow]) -> Table {
    let mut t = Table::with_header(3, &["ACTION", "AuthorizationPolicy", "RULES"]);
    for r in rows {
        t.row(vec![
            r.action.clone(),
            r.policy.clone(),
            r.rules.len().to_string(),
        ]);
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn istio_policy_names_split() {
        assert_eq!(
            split_name("ns[foo]-policy[httpbin-viewer]-rule[2]"),
            Some(("httpbin-viewer.foo".into(), "2".into()))
        );
        assert_eq!(
            split_name("istio-ext-authz-ns[a]-policy[b]-rule[0]"),
            Some(("b.a".into(), "0".into()))
        );
        assert_eq!(split_name("my-own-policy"), None);
    }
}
