//! VirtualService: hosts and gateways, HTTP/TLS/TCP routes, matches, destinations and weights,
//! retries, timeouts, fault injection, mirroring, redirects, rewrites, CORS and header
//! operations, plus the unreachable-rule warnings istioctl prints.

mod http_route;
mod l4_route;
mod reachability;

use serde_json::{Map, Value};

use http_route::*;
use l4_route::*;
use reachability::*;

use super::common::{Cx, P, arr, entries, get, has, int, num, s, strs, wrapped_num};
use super::names::is_istio_label;
use super::{duration, hosts, http, ports, selector};
use crate::resource::Field;
use crate::resource::Resource;

const ROUTE_SEMANTICS: &str = "internal.istio.io/route-semantics";

pub fn check(res: &Resource, spec: &Value, p: &P, cx: &mut Cx) {
    let vs_hosts = arr(spec, "hosts");
    let gateways = arr(spec, "gateways");
    let gw_sem = res.annotation(ROUTE_SEMANTICS) == Some("gateway");
    if vs_hosts.is_empty() {
        // a delegate VirtualService
        if !gateways.is_empty() {
            cx.err(
                &p.k("gateways"),
                "a delegate VirtualService (no hosts) must not list gateways",
            );
        }
        if !arr(spec, "tls").is_empty() {
            cx.err(
                &p.k("tls"),
                "a delegate VirtualService (no hosts) cannot have tls routes",
            );
        }
        if !arr(spec, "tcp").is_empty() {
            cx.err(
                &p.k("tcp"),
                "a delegate VirtualService (no hosts) cannot have tcp routes",
            );
        }
    }
    let mut to_gateway = false;
    if !gateways.is_empty() {
        gateway_names(cx, spec, "gateways", p, gw_sem);
        to_gateway = !gateways.iter().any(|g| g.as_str() == Some("mesh"));
    }
    let to_mesh = !to_gateway;
    let ph = p.k("http");
    if !to_gateway {
        for (i, route) in arr(spec, "http").iter().enumerate() {
            let pr = ph.i(i);
            let pm = pr.k("match");
            for (j, m) in arr(route, "match").iter().enumerate() {
                let pj = pm.i(j);
                for key in ["headers", "withoutHeaders"] {
                    let pk = pj.k(key);
                    for (name, _) in entries(m, key) {
                        if http::is_jwt_claim_route(name) {
                            cx.err(&pk.k(name), format!("JWT claim based routing ({name}) is only supported for gateways, and this VirtualService applies to the mesh"));
                        }
                    }
                }
            }
        }
    }

    let sni = arr(spec, "tls").iter().any(|t| {
        arr(t, "match")
            .iter()
            .any(|m| !arr(m, "sniHosts").is_empty())
    });
    let mut all_valid = true;
    let phs = p.k("hosts");
    for (i, h) in strs(spec, "hosts") {
        let r = if to_gateway {
            hosts::wildcard_domain_for_gateway(sni, h)
        } else {
            hosts::wildcard_domain(h)
        };
        match r {
            Err(e) if !hosts::is_ip(h) => {
                cx.err(&phs.i(i), e);
                all_valid = false;
            }
            Ok(()) if to_mesh && h == "*" => {
                cx.err(
                    &phs.i(i),
                    "the wildcard host * is not allowed for VirtualServices bound to the mesh",
                );
                all_valid = false;
            }
            _ => {}
        }
    }
    if all_valid {
        let list: Vec<(usize, &str)> = strs(spec, "hosts").collect();
        for (a, j) in overlapping_pairs(&list) {
            if let (Some(&(_, ha)), Some(&(j, hb))) = (list.get(a), list.get(j)) {
                cx.err(
                    &phs.i(j),
                    format!("duplicate hosts in VirtualService: {ha} and {hb} overlap"),
                );
            }
        }
    }

    let (h, t, l) = (arr(spec, "http"), arr(spec, "tcp"), arr(spec, "tls"));
    if h.is_empty() && t.is_empty() && l.is_empty() {
        cx.err(p, "a VirtualService needs http, tcp or tls routes");
    }
    let delegate = vs_hosts.is_empty();
    for (i, route) in h.iter().enumerate() {
        let pr = ph.i(i);
        if route.is_null() {
            cx.err(&pr, "http route may not be null");
            continue;
        }
        http_route(cx, route, &pr, delegate, gw_sem);
    }
    let pt = p.k("tls");
    for (i, route) in l.iter().enumerate() {
        tls_route(cx, route, &pt.i(i), spec, to_gateway, gw_sem);
    }
    let pc = p.k("tcp");
    for (i, route) in t.iter().enumerate() {
        tcp_route(cx, route, &pc.i(i), gw_sem);
    }
    selector::export_to(cx, spec, p, false, false);
    unreachable_rules(cx, h, &ph, true);
    unreachable_rules(cx, t, &pc, false);
    unreachable_rules(cx, l, &pt, false);
}

/// `gateways` lists: `ns/name`, a bare name, or the legacy `name.ns` form (a warning).
fn gateway_names(cx: &mut Cx, v: &Value, key: &str, p: &P, gw_sem: bool) {
    let pg = p.k(key);
    for (i, g) in strs(v, key) {
        let pi = pg.i(i);
        let Some((ns, name)) = g.split_once('/') else {
            if let Some((a, b)) = g.split_once('.') {
                let b = b.split('.').next().unwrap_or(b);
                cx.warn(
                    &pi,
                    format!(
                        "legacy gateway name form {g:?}; prefer <namespace>/<name>: \"{b}/{a}\""
                    ),
                );
            }
            if let Err(e) = hosts::fqdn(g) {
                cx.err(&pi, e);
            }
            // Istio stops at the first bare name
            return;
        };
        if ns.is_empty() || name.is_empty() {
            cx.err(
                &pi,
                format!("gateway {g:?}: the namespace and the name cannot be empty"),
            );
        }
        if !is_istio_label(ns) {
            cx.err(&pi, format!("gateway {g:?}: invalid namespace {ns:?}"));
        }
        if !is_istio_label(name) && !gw_sem {
            cx.err(&pi, format!("gateway {g:?}: invalid gateway name {name:?}"));
        }
    }
}

/// A route destination: host (not `*`), subset name, port.
pub fn destination(cx: &mut Cx, d: &Value, p: &P) {
    let host = s(d, "host");
    if host == "*" {
        cx.err(&p.k("host"), "destination host * is not allowed");
    } else if let Err(e) = hosts::wildcard_domain(host) {
        cx.err(&p.k("host"), e);
    }
    let subset = s(d, "subset");
    if !subset.is_empty() && !is_istio_label(subset) {
        cx.err(
            &p.k("subset"),
            format!("subset name {subset:?} is not a valid DNS-1123 label"),
        );
    }
    if let Some(port) = get(d, "port") {
        let n = int(port, "number").unwrap_or(0);
        cx.check(&p.k("port").k("number"), ports::port(n));
    }
}

fn route_destinations(cx: &mut Cx, route: &[Value], p: &P, gw_sem: bool, is_http: bool) {
    let mut total: i64 = 0;
    for (i, w) in route.iter().enumerate() {
        let pi = p.i(i);
        if w.is_null() {
            cx.err(&pi, "route destination may not be null");
            continue;
        }
        match get(w, "destination") {
            None => cx.err(&pi.k("destination"), "destination is required"),
            Some(d) if !gw_sem => destination(cx, d, &pi.k("destination")),
            _ => {}
        }
        if is_http && let Some(h) = get(w, "headers") {
            http::header_operations(cx, h, &pi.k("headers"));
        }
        let weight = int(w, "weight").unwrap_or(0);
        if weight < 0 {
            cx.err(
                &pi.k("weight"),
                format!("weight {weight} must not be negative"),
            );
        }
        total = total.saturating_add(weight);
    }
    if route.len() > 1 && total == 0 {
        cx.err(
            p,
            "the weights of the destinations add up to 0: at least one must be positive",
        );
    }
}

/// Every pair `(a, b)`, `a < b`, of positions in `hosts` whose hosts overlap, in order. Plain
/// hosts overlap only when equal (found through a map, so a list of 300,000 hosts takes linear
/// time); only pairs with a wildcard are compared one by one.
fn overlapping_pairs(hosts: &[(usize, &str)]) -> Vec<(usize, usize)> {
    let wild = |h: &str| h.starts_with('*');
    let mut pairs = Vec::new();
    let mut plain: std::collections::HashMap<&str, Vec<usize>> = Default::default();
    let mut wildcards = Vec::new();
    for (pos, &(_, h)) in hosts.iter().enumerate() {
        if wild(h) {
            wildcards.push(pos);
        } else {
            plain.entry(h).or_default().push(pos);
        }
    }
    // equal hosts: each repeat paired with the first only; every other pair would say the
    // same words about the same position (1,000 copies of a host made 500,000 messages)
    for same in plain.values() {
        if let Some((&first, rest)) = same.split_first() {
            pairs.extend(rest.iter().map(|&b| (first, b)));
        }
    }
    for &w in &wildcards {
        for (b, &(_, hb)) in hosts.iter().enumerate() {
            // a pair of wildcards is compared once, from its first
            if b == w || (wild(hb) && b < w) {
                continue;
            }
            let (a, b) = (w.min(b), w.max(b));
            if let (Some(&(_, ha)), Some(&(_, hb))) = (hosts.get(a), hosts.get(b))
                && hosts::hosts_match(ha, hb)
            {
                pairs.push((a, b));
            }
        }
    }
    pairs.sort_unstable();
    pairs
}

#[cfg(test)]
mod tests {
    use crate::validation::testing::*;

    #[test]
    fn overlapping_hosts_are_the_pairs_a_full_comparison_finds() {
        use crate::validation::hosts::hosts_match;
        let names = [
            "a.com", "*.com", "b.com", "a.com", "*", "*.b.com", "a.com", "c.org", "*.com",
        ];
        let hosts: Vec<(usize, &str)> = names.iter().copied().enumerate().collect();
        let mut expected = Vec::new();
        for a in 0..names.len() {
            for b in a + 1..names.len() {
                // a repeated plain host is paired with its first occurrence only
                let repeat = !names[a].starts_with('*')
                    && names[a] == names[b]
                    && names[..a].contains(&names[a]);
                if hosts_match(names[a], names[b]) && !repeat {
                    expected.push((a, b));
                }
            }
        }
        assert!(expected.len() > 10, "{expected:?}");
        assert!(
            !expected.contains(&(3, 6)),
            "a.com at 6 is paired with 0 only"
        );
        assert!(expected.contains(&(0, 6)));
        assert_eq!(super::overlapping_pairs(&hosts), expected);
    }

    fn vs(spec: &str) -> String {
        format!(
            "apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata:\n  name: r\n  namespace: prod\nspec:\n{spec}"
        )
    }

    const ROUTE: &str = "  http:\n  - route:\n    - destination:\n        host: reviews\n";

    #[test]
    fn minimal_is_clean() {
        assert_clean(&vs(&format!("  hosts: [reviews]\n{ROUTE}")));
    }

    #[test]
    fn hosts() {
        assert_finding(
            &vs(&format!("  hosts: [\"*\"]\n{ROUTE}")),
            "spec.hosts[0]",
            "not allowed for VirtualServices bound to the mesh",
        );
        assert_clean(&vs(&format!(
            "  hosts: [\"*\"]\n  gateways: [prod/gw]\n{ROUTE}"
        )));
        assert_finding(
            &vs(&format!("  hosts: [\"foo.*.com\"]\n{ROUTE}")),
            "spec.hosts[0]",
            "wildcard",
        );
        assert_finding(
            &vs(&format!("  hosts: [\"*.foo.com\", a.foo.com]\n{ROUTE}")),
            "spec.hosts[1]",
            "duplicate hosts",
        );
        assert_clean(&vs(&format!("  hosts: [10.0.0.1]\n{ROUTE}")));
        assert_finding(&vs("  hosts: [a]\n"), "spec", "needs http, tcp or tls");
    }

    #[test]
    fn gateways() {
        assert_finding(
            &vs(&format!("  hosts: [a.com]\n  gateways: [gw.prod]\n{ROUTE}")),
            "spec.gateways[0]",
            "legacy gateway name",
        );
        assert_finding(
            &vs(&format!(
                "  hosts: [a.com]\n  gateways: [Bad_ns/gw]\n{ROUTE}"
            )),
            "spec.gateways[0]",
            "invalid namespace",
        );
        assert_finding(
            &vs(&format!("  gateways: [prod/gw]\n{ROUTE}")),
            "spec.gateways",
            "delegate",
        );
    }

    #[test]
    fn weights() {
        let two = "  hosts: [a]\n  http:\n  - route:\n    - destination: {host: a}\n      weight: 0\n    - destination: {host: b}\n      weight: 0\n";
        assert_finding(&vs(two), "spec.http[0].route", "add up to 0");
        let neg =
            "  hosts: [a]\n  http:\n  - route:\n    - destination: {host: a}\n      weight: -5\n";
        assert_finding(
            &vs(neg),
            "spec.http[0].route[0].weight",
            "must not be negative",
        );
        let star = "  hosts: [a]\n  http:\n  - route:\n    - destination: {host: \"*\", subset: v_1, port: {number: 70000}}\n";
        assert_finding(
            &vs(star),
            "spec.http[0].route[0].destination.host",
            "not allowed",
        );
        assert_finding(
            &vs(star),
            "spec.http[0].route[0].destination.subset",
            "subset name",
        );
        assert_finding(
            &vs(star),
            "spec.http[0].route[0].destination.port.number",
            "1..65535",
        );
    }

    #[test]
    fn conflicts() {
        let both = "  hosts: [a]\n  http:\n  - redirect: {uri: /x}\n    route:\n    - destination: {host: a}\n";
        assert_finding(&vs(both), "spec.http[0].route", "both route and redirect");
        let none = "  hosts: [a]\n  http:\n  - match: [{uri: {prefix: /}}]\n";
        assert_finding(
            &vs(none),
            "spec.http[0]",
            "needs route, redirect or directResponse",
        );
        let bad_code = "  hosts: [a]\n  http:\n  - redirect: {uri: /x, redirectCode: 200}\n";
        assert_finding(
            &vs(bad_code),
            "spec.http[0].redirect.redirectCode",
            "must be 3xx",
        );
        let dr = "  hosts: [a]\n  http:\n  - directResponse: {status: 700}\n";
        assert_finding(&vs(dr), "spec.http[0].directResponse.status", "200-599");
    }

    #[test]
    fn matches() {
        let m = "  hosts: [a]\n  http:\n  - match:\n    - uri: {regex: \"(\"}\n      headers:\n        \"bad header\": {prefix: \"\"}\n      port: 0\n    route:\n    - destination: {host: a}\n";
        assert_finding(
            &vs(m),
            "spec.http[0].match[0].uri.regex",
            "invalid RE2 regex",
        );
        assert_finding(
            &vs(m),
            "spec.http[0].match[0].headers[\"bad header\"]",
            "not a valid HTTP header name",
        );
        assert_finding(
            &vs(m),
            "spec.http[0].match[0].headers[\"bad header\"].prefix",
            "must not be empty",
        );
        let jwt = "  hosts: [a]\n  http:\n  - match:\n    - headers:\n        \"@request.auth.claims.group\": {exact: x}\n    route:\n    - destination: {host: a}\n";
        assert_finding(
            &vs(jwt),
            "spec.http[0].match[0].headers[\"@request.auth.claims.group\"]",
            "only supported for gateways",
        );
    }

    #[test]
    fn retries_timeouts_faults() {
        let r = "  hosts: [a]\n  http:\n  - retries: {attempts: 0, perTryTimeout: 1s, retryOn: \"5xx,bogus,503\"}\n    timeout: 0.5ms\n    fault:\n      abort: {httpStatus: 99, percentage: {value: 101}}\n      delay: {fixedDelay: 1us}\n    route:\n    - destination: {host: a}\n";
        assert_finding(&vs(r), "spec.http[0].retries", "attempts is 0");
        assert_finding(&vs(r), "spec.http[0].retries.retryOn", "\"bogus\"");
        assert_finding(&vs(r), "spec.http[0].timeout", "at least 1ms");
        assert_finding(&vs(r), "spec.http[0].fault.abort.httpStatus", "200-599");
        assert_finding(
            &vs(r),
            "spec.http[0].fault.abort.percentage",
            "[0.0001, 100]",
        );
        assert_finding(
            &vs(r),
            "spec.http[0].fault.delay.fixedDelay",
            "at least 1ms",
        );
        assert_eq!(errors(&vs(r)).len(), 6, "{:#?}", errors(&vs(r)));
    }

    #[test]
    fn cors_and_headers() {
        let c = "  hosts: [a]\n  http:\n  - corsPolicy:\n      allowOrigins: [{exact: \"\"}, {regex: \"*\"}]\n      allowMethods: [GET, FETCH]\n      allowHeaders: [\"a b\"]\n      maxAge: 1500ms\n    headers:\n      request:\n        set: {\":path\": /x}\n    route:\n    - destination: {host: a}\n";
        assert_finding(
            &vs(c),
            "spec.http[0].corsPolicy.allowOrigins[0]",
            "non-empty",
        );
        assert_finding(
            &vs(c),
            "spec.http[0].corsPolicy.allowOrigins[1].regex",
            "invalid RE2",
        );
        assert_finding(&vs(c), "spec.http[0].corsPolicy.allowMethods[1]", "FETCH");
        assert_finding(
            &vs(c),
            "spec.http[0].corsPolicy.allowHeaders[0]",
            "not a valid",
        );
        assert_finding(&vs(c), "spec.http[0].corsPolicy.maxAge", "seconds");
        assert_finding(&vs(c), "spec.http[0].headers.request.set.:path", "reserved");
    }

    #[test]
    fn tls_and_tcp() {
        let t = "  hosts: [a.com]\n  tls:\n  - match:\n    - sniHosts: [b.com]\n      destinationSubnets: [10.0.0.0/40]\n    route:\n    - destination: {host: a}\n  tcp:\n  - match:\n    - port: 70000\n";
        assert_finding(&vs(t), "spec.tls[0].match[0].sniHosts[0]", "not covered");
        assert_finding(&vs(t), "spec.tls[0].match[0].destinationSubnets[0]", "CIDR");
        assert_finding(&vs(t), "spec.tcp[0].match[0].port", "1..65535");
        assert_finding(&vs(t), "spec.tcp[0].route", "needs a route");
    }

    #[test]
    fn sni_must_pass() {
        let t = "  hosts: [\"*.example.com\"]\n  gateways: [prod/gw]\n  tls:\n  - match:\n    - sniHosts: [a.example.com]\n    route:\n    - destination: {host: a}\n";
        assert_clean(&vs(t));
        let auto = "  hosts: [\"outbound_.80_._.reviews.prod.svc.cluster.local\"]\n  gateways: [prod/gw]\n  tls:\n  - match:\n    - sniHosts: [\"outbound_.80_._.reviews.prod.svc.cluster.local\"]\n    route:\n    - destination: {host: reviews.prod.svc.cluster.local}\n";
        assert_clean(&vs(auto));
        let ip = "  hosts: [\"*\"]\n  gateways: [prod/gw]\n  tls:\n  - match:\n    - sniHosts: [10.0.0.1]\n    route:\n    - destination: {host: a}\n";
        assert!(
            lines(&vs(ip))
                .iter()
                .any(|l| l.starts_with("W spec.tls[0].match[0].sniHosts[0]"))
        );
    }

    #[test]
    fn unreachable_rules_warn() {
        let u = "  hosts: [a]\n  http:\n  - route:\n    - destination: {host: a}\n  - match: [{uri: {prefix: /x}}]\n    route:\n    - destination: {host: a}\n";
        let all = lines(&vs(u));
        assert!(
            all.iter()
                .any(|l| l.starts_with("W spec.http[1]: rule #1 is never used")),
            "{all:#?}"
        );
        let d = "  hosts: [a]\n  http:\n  - match: [{uri: {prefix: /x}, name: a}]\n    route:\n    - destination: {host: a}\n  - match: [{uri: {prefix: /x}}]\n    route:\n    - destination: {host: a}\n";
        let all = lines(&vs(d));
        assert!(
            all.iter().any(
                |l| l.starts_with("W spec.http[1].match[0]: match #0 of rule #1 is never used")
            ),
            "{all:#?}"
        );
    }
}
