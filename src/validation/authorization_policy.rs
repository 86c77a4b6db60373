//! AuthorizationPolicy: selector/targetRef exclusivity, action and provider, rules with their
//! `from` sources, `to` operations and `when` conditions (known keys, IPs, ports, paths).

use serde_json::Value;

use super::common::{Cx, P, arr, get, has, s, strs};
use super::selector;
use crate::resource::Field;

pub fn check(_res: &crate::resource::Resource, spec: &Value, p: &P, cx: &mut Cx) {
    selector::policy_targets(cx, spec, p);
    let action = s(spec, "action");
    let action = if action.is_empty() { "ALLOW" } else { action };
    let rules_set = spec.field("rules").is_some_and(|v| !v.is_null());
    let provider = get(spec, "provider");
    if action == "CUSTOM" {
        if !rules_set {
            cx.err(&p.k("rules"), "a CUSTOM policy without rules never applies; add an empty rule {} to apply it to every request");
        } else if provider.is_none_or(|pv| s(pv, "name").is_empty()) {
            cx.err(
                &p.k("provider").k("name"),
                "a CUSTOM policy needs provider.name",
            );
        }
        custom_limits(cx, spec, p);
    }
    if provider.is_some() && action != "CUSTOM" {
        cx.err(
            &p.k("provider"),
            format!("provider can only be set with action CUSTOM, not {action}"),
        );
    }
    if action == "DENY" && !rules_set {
        cx.err(&p.k("rules"), "a DENY policy without rules never applies; add an empty rule {} to apply it to every request");
    }
    let pr = p.k("rules");
    for (i, rule) in arr(spec, "rules").iter().enumerate() {
        let pi = pr.i(i);
        if rule.is_null() {
            cx.err(&pi, "rule may not be null");
            continue;
        }
        let (from_http_only, from_exist, to_http_only, to_exist) = check_rule(cx, rule, &pi);
        if action == "DENY"
            && ((from_exist && !to_exist && from_http_only) || (to_exist && to_http_only))
        {
            cx.warn(&pi, "this DENY rule uses only HTTP attributes, so it denies all traffic to TCP ports in scope; name the ports explicitly");
        }
    }
}

/// Fields CUSTOM policies cannot use yet.
fn custom_limits(cx: &mut Cx, spec: &Value, p: &P) {
    const SOURCE: &[&str] = &[
        "namespaces",
        "notNamespaces",
        "serviceAccounts",
        "notServiceAccounts",
        "trustDomains",
        "notTrustDomains",
        "principals",
        "notPrincipals",
        "requestPrincipals",
        "notRequestPrincipals",
    ];
    let pr = p.k("rules");
    for (i, rule) in arr(spec, "rules").iter().enumerate() {
        let pi = pr.i(i);
        let pf = pi.k("from");
        for (j, f) in arr(rule, "from").iter().enumerate() {
            if let Some(src) = get(f, "source") {
                for k in SOURCE {
                    if !arr(src, k).is_empty() {
                        cx.err(
                            &pf.i(j).k("source").k(k),
                            format!("source.{k} is not supported with action CUSTOM"),
                        );
                    }
                }
            }
        }
        let pw = pi.k("when");
        for (j, w) in arr(rule, "when").iter().enumerate() {
            let key = s(w, "key");
            if matches!(
                key,
                "source.namespace"
                    | "source.serviceAccount"
                    | "source.trustDomain"
                    | "source.principal"
            ) || key.starts_with("request.auth.")
            {
                cx.err(
                    &pw.i(j).k("key"),
                    format!("condition {key} is not supported with action CUSTOM"),
                );
            }
        }
    }
}

const FROM_KEYS: &[&str] = &[
    "principals",
    "requestPrincipals",
    "namespaces",
    "ipBlocks",
    "remoteIpBlocks",
    "notPrincipals",
    "notRequestPrincipals",
    "notNamespaces",
    "notIpBlocks",
    "notRemoteIpBlocks",
    "serviceAccounts",
    "notServiceAccounts",
    "trustDomains",
    "notTrustDomains",
];
/// Source fields that also apply to TCP traffic.
const FROM_TCP: &[&str] = &[
    "principals",
    "notPrincipals",
    "ipBlocks",
    "notIpBlocks",
    "namespaces",
    "notNamespaces",
    "remoteIpBlocks",
    "notRemoteIpBlocks",
    "serviceAccounts",
    "notServiceAccounts",
];
const TO_KEYS: &[&str] = &[
    "ports",
    "methods",
    "paths",
    "hosts",
    "notPorts",
    "notMethods",
    "notPaths",
    "notHosts",
];

/// Returns (from uses only HTTP attributes, from exists, to uses only HTTP attributes, to exists).
fn check_rule(cx: &mut Cx, rule: &Value, p: &P) -> (bool, bool, bool, bool) {
    let (mut tcp_from, mut tcp_to, mut from_exist, mut to_exist) = (false, false, false, false);
    if matches!(rule.field("from"), Some(Value::Array(a)) if a.is_empty()) {
        cx.err(&p.k("from"), "from must not be empty when set");
    }
    let pf = p.k("from");
    for (j, f) in arr(rule, "from").iter().enumerate() {
        let pj = pf.i(j);
        if f.is_null() {
            cx.err(&pj, "from must not be null");
            continue;
        }
        let Some(src) = get(f, "source") else {
            cx.err(&pj.k("source"), "from.source must be set");
            continue;
        };
        from_exist = true;
        let ps = pj.k("source");
        let n = |k: &str| arr(src, k).len();
        if n("principals") + n("notPrincipals") + n("namespaces") + n("notNamespaces") > 0
            && n("serviceAccounts") + n("notServiceAccounts") > 0
        {
            cx.err(
                &ps,
                "serviceAccounts cannot be combined with namespaces or principals",
            );
        }
        if FROM_KEYS.iter().all(|k| n(k) == 0) {
            cx.err(&ps, "from.source must not be empty");
        }
        for k in [
            "ipBlocks",
            "notIpBlocks",
            "remoteIpBlocks",
            "notRemoteIpBlocks",
        ] {
            ips(cx, src, k, &ps);
        }
        for k in [
            "principals",
            "requestPrincipals",
            "namespaces",
            "notPrincipals",
            "notRequestPrincipals",
            "notNamespaces",
        ] {
            no_empty(cx, src, k, &ps);
        }
        for k in ["serviceAccounts", "notServiceAccounts"] {
            service_accounts(cx, src, k, &ps);
        }
        for k in ["trustDomains", "notTrustDomains"] {
            trust_domains(cx, src, k, &ps);
        }
        if FROM_TCP
            .iter()
            .any(|k| src.get(*k).is_some_and(|v| !v.is_null()))
        {
            tcp_from = true;
        }
    }
    if matches!(rule.field("to"), Some(Value::Array(a)) if a.is_empty()) {
        cx.err(&p.k("to"), "to must not be empty when set");
    }
    let pt = p.k("to");
    for (j, t) in arr(rule, "to").iter().enumerate() {
        let pj = pt.i(j);
        if t.is_null() {
            cx.err(&pj, "to must not be null");
            continue;
        }
        let Some(op) = get(t, "operation") else {
            cx.err(&pj.k("operation"), "to.operation must be set");
            continue;
        };
        to_exist = true;
        let po = pj.k("operation");
        if TO_KEYS.iter().all(|k| arr(op, k).is_empty()) {
            cx.err(&po, "to.operation must not be empty");
        }
        for k in ["ports", "notPorts"] {
            let pk = po.k(k);
            for (i, v) in strs(op, k) {
                if v.parse::<u32>().map_or(true, |n| n > 65535) {
                    cx.err(&pk.i(i), format!("{v:?} is not a port number (0-65535)"));
                }
            }
        }
        for k in TO_KEYS {
            no_empty(cx, op, k, &po);
        }
        for k in ["paths", "notPaths"] {
            path_templates(cx, op, k, &po);
        }
        if has(op, "ports") || has(op, "notPorts") {
            tcp_to = true;
        }
    }
    let pw = p.k("when");
    for (j, w) in arr(rule, "when").iter().enumerate() {
        condition(cx, w, &pw.i(j));
    }
    (!tcp_from, from_exist, !tcp_to, to_exist)
}

fn no_empty(cx: &mut Cx, v: &Value, key: &str, p: &P) {
    let pk = p.k(key);
    for (i, x) in strs(v, key) {
        if x.is_empty() {
            cx.err(&pk.i(i), format!("empty values are not allowed in {key}"));
        }
    }
}

fn ip_problem(v: &str) -> Option<String> {
    if v.contains('/') {
        v.parse::<ipnet::IpNet>()
            .err()
            .map(|_| format!("{v:?} is not a valid CIDR range"))
    } else {
        v.parse::<std::net::IpAddr>()
            .err()
            .map(|_| format!("{v:?} is not a valid IP address"))
    }
}

fn ips(cx: &mut Cx, v: &Value, key: &str, p: &P) {
    let pk = p.k(key);
    for (i, x) in strs(v, key) {
        if x.is_empty() {
            cx.err(&pk.i(i), format!("empty values are not allowed in {key}"));
        } else if let Some(m) = ip_problem(x) {
            cx.err(&pk.i(i), m);
        }
    }
}

fn service_account_problem(v: &str) -> Option<String> {
    if v.is_empty() {
        return Some("empty values are not allowed".into());
    }
    if v.contains('*') {
        return Some(format!(
            "{v:?}: wildcards are not allowed in service accounts"
        ));
    }
    if v.matches('/').count() > 1 {
        return Some(format!(
            "{v:?}: expected serviceAccount or namespace/serviceAccount"
        ));
    }
    if v.len() > 320 {
        return Some(format!("{v:?} is longer than 320 characters"));
    }
    if let Some((ns, sa)) = v.split_once('/')
        && (ns.is_empty() || sa.is_empty())
    {
        return Some(format!(
            "{v:?}: expected serviceAccount or namespace/serviceAccount"
        ));
    }
    None
}

fn service_accounts(cx: &mut Cx, v: &Value, key: &str, p: &P) {
    let list = arr(v, key);
    if list.len() > 16 {
        cx.err(&p.k(key), format!("{key} may have at most 16 values"));
        return;
    }
    let pk = p.k(key);
    for (i, x) in strs(v, key) {
        if let Some(m) = service_account_problem(x) {
            cx.err(&pk.i(i), format!("{key}: {m}"));
            return;
        }
    }
}

fn wildcard_problem(v: &str) -> Option<String> {
    if v.is_empty() {
        return Some("empty values are not allowed".into());
    }
    let n = v.matches('*').count();
    if n > 1 {
        return Some(format!("{v:?}: at most one '*' is allowed"));
    }
    if n == 1 && v != "*" && !v.starts_with('*') && !v.ends_with('*') {
        return Some(format!(
            "{v:?}: '*' is only allowed at the start or the end"
        ));
    }
    None
}

fn trust_domains(cx: &mut Cx, v: &Value, key: &str, p: &P) {
    let pk = p.k(key);
    for (i, x) in strs(v, key) {
        let m = wildcard_problem(x).or_else(|| {
            x.contains('/')
                .then(|| format!("{x:?}: a trust domain cannot contain '/'"))
        });
        if let Some(m) = m {
            cx.err(&pk.i(i), format!("{key}: {m}"));
            return;
        }
    }
}

fn valid_literal(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-._~%!$&'()+,;:@=".contains(&b))
}

fn path_templates(cx: &mut Cx, v: &Value, key: &str, p: &P) {
    let pk = p.k(key);
    for (i, path) in strs(v, key) {
        let templated = path.contains("{*}") || path.contains("{**}");
        let mut any_seen = false;
        for glob in path.trim_matches('/').split('/') {
            let problem = match glob {
                "{*}" | "{**}" if any_seen => Some("{**} must be the last operator".to_string()),
                "{*}" => None,
                "{**}" => {
                    any_seen = true;
                    None
                }
                g if g.contains(['{', '}']) => {
                    Some("'{' and '}' are only allowed in {*} and {**}".to_string())
                }
                g if templated && !valid_literal(g) => {
                    Some(format!("segment {g:?} is not a valid literal"))
                }
                _ => None,
            };
            if let Some(m) = problem {
                cx.err(&pk.i(i), format!("invalid path {path:?}: {m}"));
                break;
            }
        }
    }
}

fn map_key(key: &str) -> bool {
    match key.find('[') {
        Some(open) => key.ends_with(']') && open > 0 && open < key.len() - 2,
        None => false,
    }
}

/// What a `when` key's values must look like, or why the key is refused.
fn condition(cx: &mut Cx, w: &Value, p: &P) {
    let key = s(w, "key");
    if key.is_empty() {
        cx.err(&p.k("key"), "key must not be empty");
        return;
    }
    if arr(w, "values").is_empty() && arr(w, "notValues").is_empty() {
        cx.err(p, format!("condition {key} needs values or notValues"));
        return;
    }
    let pk = p.k("key");
    let key_problem = if key.starts_with("request.headers")
        || key.starts_with("request.auth.claims")
        || key.starts_with("experimental.envoy.filters.")
    {
        (!map_key(key)).then(|| format!("bad key {key}: expected the form name[subkey]"))
    } else if key == "destination.namespace" {
        Some(format!(
            "condition key {key} is replaced by metadata.namespace"
        ))
    } else if key.starts_with("destination.labels") {
        Some(format!(
            "condition key {key} is replaced by the workload selector"
        ))
    } else if key == "destination.name" || key == "destination.user" {
        Some(format!("condition key {key} is deprecated (v1alpha1 only)"))
    } else if matches!(
        key,
        "source.ip"
            | "remote.ip"
            | "source.namespace"
            | "source.serviceAccount"
            | "source.principal"
            | "source.trustDomain"
            | "request.auth.principal"
            | "request.auth.audiences"
            | "request.auth.presenter"
            | "destination.ip"
            | "destination.port"
            | "connection.sni"
    ) {
        None
    } else {
        Some(format!("unknown condition key {key}"))
    };
    if let Some(m) = key_problem {
        cx.err(&pk, m);
        return;
    }
    for vk in ["values", "notValues"] {
        let pv = p.k(vk);
        for (i, v) in strs(w, vk) {
            let problem = if v.is_empty() {
                Some("empty values are not allowed".to_string())
            } else {
                match key {
                    "source.ip" | "remote.ip" | "destination.ip" => ip_problem(v),
                    "destination.port" => v
                        .parse::<u32>()
                        .map_or(true, |n| n > 65535)
                        .then(|| format!("{v:?} is not a port number")),
                    "source.serviceAccount" => service_account_problem(v),
                    "source.trustDomain" => wildcard_problem(v),
                    _ => None,
                }
            };
            if let Some(m) = problem {
                cx.err(&pv.i(i), format!("invalid value for {key}: {m}"));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::validation::testing::*;

    fn ap(spec: &str) -> String {
        format!(
            "apiVersion: security.istio.io/v1\nkind: AuthorizationPolicy\nmetadata:\n  name: a\n  namespace: prod\nspec:\n{spec}"
        )
    }

    #[test]
    fn clean() {
        assert_clean(&ap(
            "  selector: {matchLabels: {app: web}}\n  action: ALLOW\n  rules:\n  - from:\n    - source: {principals: [\"cluster.local/ns/a/sa/b\"], ipBlocks: [10.0.0.0/8]}\n    to:\n    - operation: {methods: [GET], paths: [\"/api/{*}/items\"], ports: [\"8080\"]}\n    when:\n    - key: request.headers[x-user]\n      values: [alice]\n",
        ));
        assert_clean(&ap("  {}\n"));
    }

    #[test]
    fn actions() {
        assert_finding(
            &ap("  action: DENY\n"),
            "spec.rules",
            "DENY policy without rules",
        );
        assert_finding(
            &ap("  action: CUSTOM\n  rules: [{}]\n"),
            "spec.provider.name",
            "provider.name",
        );
        assert_finding(
            &ap("  action: ALLOW\n  provider: {name: x}\n"),
            "spec.provider",
            "only be set with action CUSTOM",
        );
        assert_finding(
            &ap(
                "  action: CUSTOM\n  provider: {name: x}\n  rules:\n  - from: [{source: {namespaces: [a]}}]\n",
            ),
            "spec.rules[0].from[0].source.namespaces",
            "CUSTOM",
        );
    }

    #[test]
    fn sources() {
        let d = ap(
            "  rules:\n  - from:\n    - source: {ipBlocks: [10.0.0.0/40, 1.2.3], namespaces: [\"\"], serviceAccounts: [a/b/c]}\n    - source: {}\n    - {}\n",
        );
        assert_finding(&d, "spec.rules[0].from[0].source.ipBlocks[0]", "CIDR");
        assert_finding(&d, "spec.rules[0].from[0].source.ipBlocks[1]", "IP address");
        assert_finding(&d, "spec.rules[0].from[0].source.namespaces[0]", "empty");
        assert_finding(
            &d,
            "spec.rules[0].from[0].source.serviceAccounts[0]",
            "namespace/serviceAccount",
        );
        assert_finding(&d, "spec.rules[0].from[0].source", "cannot be combined");
        assert_finding(&d, "spec.rules[0].from[1].source", "must not be empty");
        assert_finding(&d, "spec.rules[0].from[2].source", "must be set");
    }

    #[test]
    fn operations_and_conditions() {
        let d = ap(
            "  rules:\n  - to:\n    - operation:\n        ports: [\"99999\"]\n        paths:\n        - /a/{**}/b/{*}\n        - /x{y\n    - operation: {}\n    when:\n    - {key: source.ip, values: [nope]}\n    - {key: request.headers, values: [x]}\n    - {key: \"destination.labels[app]\", values: [x]}\n    - {key: foo.bar, values: [x]}\n    - {key: source.namespace}\n",
        );
        assert_finding(&d, "spec.rules[0].to[0].operation.ports[0]", "port number");
        assert_finding(
            &d,
            "spec.rules[0].to[0].operation.paths[0]",
            "last operator",
        );
        assert_finding(&d, "spec.rules[0].to[0].operation.paths[1]", "'{'");
        assert_finding(&d, "spec.rules[0].to[1].operation", "must not be empty");
        assert_finding(&d, "spec.rules[0].when[0].values[0]", "IP address");
        assert_finding(&d, "spec.rules[0].when[1].key", "name[subkey]");
        assert_finding(&d, "spec.rules[0].when[2].key", "workload selector");
        assert_finding(&d, "spec.rules[0].when[3].key", "unknown condition key");
        assert_finding(&d, "spec.rules[0].when[4]", "needs values");
    }

    #[test]
    fn deny_http_only_warns() {
        let l = lines(&ap(
            "  action: DENY\n  rules:\n  - to:\n    - operation: {methods: [POST]}\n",
        ));
        assert!(
            l.iter()
                .any(|x| x.starts_with("W spec.rules[0]: this DENY rule")),
            "{l:#?}"
        );
    }

    #[test]
    fn targets() {
        assert_finding(
            &ap("  selector: {matchLabels: {app: a}}\n  targetRef: {kind: Service, name: s}\n"),
            "spec.targetRef",
            "only one of",
        );
    }
}
