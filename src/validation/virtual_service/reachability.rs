//! The unreachable-rule warnings istioctl prints: a rule whose match an earlier rule
//! already covers never applies.

use super::*;
use crate::validation::FindingKind;

pub(super) fn http_prefix(m: &Value) -> &str {
    get(m, "uri").map(|u| s(u, "prefix")).unwrap_or("")
}

/// A string match as `exact:x` / `prefix:x` (regex matches do not take part).
pub(super) fn exact_or_prefix(m: Option<&Value>) -> String {
    let Some(m) = m else { return String::new() };
    let (e, p) = (s(m, "exact"), s(m, "prefix"));
    if !e.is_empty() {
        format!("exact:{e}")
    } else if !p.is_empty() {
        format!("prefix:{p}")
    } else {
        String::new()
    }
}

/// Whether the earlier prefix match `a` takes all the traffic of the later one `b`: b's prefix
/// extends a's, on the same port, and method, authority, headers, query parameters and
/// withoutHeaders agree (a value of `a` may extend the matching value of `b`), as Istio checks.
pub(super) fn covers(a: &Value, b: &Value) -> bool {
    if !http_prefix(b).starts_with(http_prefix(a)) {
        return false;
    }
    if int(a, "port").unwrap_or(0) != int(b, "port").unwrap_or(0) {
        return false;
    }
    let method = |m: &Value| {
        let v = exact_or_prefix(get(m, "method"));
        if v.is_empty() {
            "exact:GET".to_string()
        } else {
            v
        }
    };
    let (ma, mb) = (method(a), method(b));
    if ma != mb && !ma.starts_with(&mb) {
        return false;
    }
    let (aa, ab) = (
        exact_or_prefix(get(a, "authority")),
        exact_or_prefix(get(b, "authority")),
    );
    if aa != ab && !aa.starts_with(&ab) {
        return false;
    }
    ["headers", "queryParams", "withoutHeaders"]
        .iter()
        .all(|k| {
            let (xa, xb) = (obj_len(a, k), obj_len(b, k));
            xa == xb
                && entries(a, k).all(|(name, va)| match b.get(k).and_then(|o| o.get(name)) {
                    None => false,
                    Some(vb) => {
                        let (sa, sb) = (exact_or_prefix(Some(va)), exact_or_prefix(Some(vb)));
                        sa == sb || sa.starts_with(&sb)
                    }
                })
        })
}

pub(super) fn obj_len(v: &Value, k: &str) -> usize {
    v.get(k).and_then(Value::as_object).map_or(0, |m| m.len())
}

/// Two matches are the same when they are equal apart from their `name`.
pub(super) fn same_match(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            let count = |m: &Map<String, Value>| {
                m.iter()
                    .filter(|(k, v)| k.as_str() != "name" && !v.is_null())
                    .count()
            };
            count(x) == count(y)
                && x.iter()
                    .filter(|(k, v)| k.as_str() != "name" && !v.is_null())
                    .all(|(k, v)| y.get(k) == Some(v))
        }
        _ => a == b,
    }
}

pub(super) fn rule_name(r: &Value, i: usize, is_http: bool) -> String {
    let n = s(r, "name");
    if is_http && !n.is_empty() {
        format!("{n:?}")
    } else {
        format!("#{i}")
    }
}

/// Warn about rules that can never match: after a rule without matches, or whose matches all
/// repeat earlier ones.
pub(super) fn unreachable_rules(cx: &mut Cx, routes: &[Value], p: &P, is_http: bool) {
    let mut catch_all: Option<usize> = None;
    let mut seen: Vec<(&Value, usize)> = Vec::new();
    // (rule, match, match) of HTTP matches with a URI prefix, for the overlap check
    let mut prefixed: Vec<(usize, usize, &Value)> = Vec::new();
    for (i, r) in routes.iter().enumerate() {
        if !r.is_object() {
            continue;
        }
        let matches = arr(r, "match");
        let pi = p.i(i);
        if matches.is_empty() {
            if catch_all.is_some() {
                cx.warn_kind(
                    &pi,
                    FindingKind::UnreachableRule,
                    format!(
                        "rule {} is never used: only the last rule can have no matches",
                        rule_name(r, i, is_http)
                    ),
                );
            }
            catch_all = Some(i);
            continue;
        }
        let mut dups = 0;
        for (j, m) in matches.iter().enumerate() {
            if catch_all.is_some() {
                cx.warn_kind(
                    &pi,
                    FindingKind::UnreachableRule,
                    format!(
                        "rule {} is never used: an earlier rule has no matches and takes all traffic",
                        rule_name(r, i, is_http)
                    ),
                );
                continue;
            }
            if let Some(&(_, earlier)) = seen.iter().find(|(x, _)| same_match(x, m)) {
                let mname = if is_http && !s(m, "name").is_empty() {
                    format!("{:?}", s(m, "name"))
                } else {
                    format!("#{j}")
                };
                let earlier = rule_name(&routes[earlier], earlier, is_http);
                cx.warn_kind(
                    &pi.k("match").i(j),
                    FindingKind::IneffectiveMatch {
                        earlier: Some(earlier.clone()),
                    },
                    format!(
                        "match {mname} of rule {} is never used: rule {earlier} has the same match",
                        rule_name(r, i, is_http),
                    ),
                );
                dups += 1;
                continue;
            }
            seen.push((m, i));
            if is_http && !http_prefix(m).is_empty() {
                prefixed.push((i, j, m));
            }
        }
        if dups == matches.len() {
            cx.warn_kind(
                &pi,
                FindingKind::UnreachableRule,
                format!(
                    "rule {} is never used: earlier rules take all of its matches",
                    rule_name(r, i, is_http)
                ),
            );
        }
    }
    for (a, &(ra, ma, mva)) in prefixed.iter().enumerate() {
        for &(rb, mb, mvb) in &prefixed[a + 1..] {
            let (pa, pb) = (http_prefix(mva), http_prefix(mvb));
            if pa != pb && covers(mva, mvb) {
                let name = |m: &Value, j: usize| {
                    let n = s(m, "name");
                    if n.is_empty() {
                        format!("#{j}")
                    } else {
                        format!("{n:?}")
                    }
                };
                cx.warn_kind(
                    &p.i(rb).k("match").i(mb),
                    FindingKind::IneffectiveMatch {
                        earlier: Some(rule_name(&routes[ra], ra, true)),
                    },
                    format!(
                        "match {} (prefix {pb}) of rule {} is never used: match {} (prefix {pa}) of rule {} comes first and covers it",
                        name(mvb, mb),
                        rule_name(&routes[rb], rb, true),
                        name(mva, ma),
                        rule_name(&routes[ra], ra, true),
                    ),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::validation::testing::run;
    use crate::validation::{Finding, FindingKind};

    fn vs(http: &str) -> Vec<Finding> {
        run(&format!(
            "apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata:\n  name: r\nspec:\n  hosts: [a]\n  http:\n{http}"
        ))
    }

    fn kinds(findings: &[Finding]) -> Vec<(String, FindingKind)> {
        findings
            .iter()
            .map(|f| (f.path.to_string(), f.kind.clone()))
            .collect()
    }

    #[test]
    fn unreachable_rules_and_ineffective_matches_carry_their_kind() {
        let route = "    route:\n    - destination: {host: a}\n";
        // a catch-all before a rule: the later rule is unreachable
        let f = vs(&format!(
            "  - name: all\n{route}  - match: [{{uri: {{prefix: /x}}}}]\n{route}"
        ));
        assert_eq!(
            kinds(&f),
            [("spec.http[1]".to_string(), FindingKind::UnreachableRule)]
        );
        // the same match twice, and a prefix covered by a shorter one: the rule they repeat
        let first = "  - name: first\n    match: [{uri: {prefix: /x}}]\n";
        let second = "  - match: [{uri: {prefix: /x}}, {uri: {prefix: /xy}}]\n";
        let f = vs(&format!("{first}{route}{second}{route}"));
        let earlier = || FindingKind::IneffectiveMatch {
            earlier: Some("\"first\"".to_string()),
        };
        assert_eq!(
            kinds(&f),
            [
                ("spec.http[1].match[0]".to_string(), earlier()),
                ("spec.http[1].match[1]".to_string(), earlier()),
            ]
        );
        // other rule findings are plain
        let f = vs(&format!("  - timeout: 1x\n{route}"));
        assert!(!f.is_empty());
        assert!(f.iter().all(|f| f.kind == FindingKind::Plain), "{f:?}");
    }
}
