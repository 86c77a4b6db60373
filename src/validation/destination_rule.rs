//! DestinationRule: host, subsets, and traffic policies (load balancer, connection pool,
//! outlier detection, client TLS, port-level settings, tunnel, proxy protocol).

use serde_json::Value;

use super::common::{Cx, P, arr, entries, get, has, int, s, strs, wrapped, wrapped_num};
use super::names::is_istio_label;
use super::{duration, hosts, ports, selector};
use crate::resource::Field;

pub fn check(_res: &crate::resource::Resource, spec: &Value, p: &P, cx: &mut Cx) {
    cx.check(&p.k("host"), hosts::wildcard_domain(s(spec, "host")));
    if let Some(tp) = get(spec, "trafficPolicy") {
        traffic_policy(cx, tp, &p.k("trafficPolicy"));
    }
    let ps = p.k("subsets");
    let mut names: Vec<&str> = Vec::new();
    for (i, sub) in arr(spec, "subsets").iter().enumerate() {
        let pi = ps.i(i);
        if sub.is_null() {
            cx.err(&pi, "subset may not be null");
            continue;
        }
        let name = s(sub, "name");
        if names.contains(&name) {
            cx.err(&pi.k("name"), format!("duplicate subset name {name}"));
        }
        names.push(name);
        if name.is_empty() {
            cx.err(&pi.k("name"), "subset name cannot be empty");
        } else if !is_istio_label(name) {
            cx.err(
                &pi.k("name"),
                format!("subset name {name:?} is not a valid DNS-1123 label"),
            );
        }
        selector::label_map(cx, sub, "labels", &pi);
        if let Some(tp) = get(sub, "trafficPolicy") {
            traffic_policy(cx, tp, &pi.k("trafficPolicy"));
        }
    }
    let ws = get(spec, "workloadSelector");
    selector::export_to(cx, spec, p, false, ws.is_some());
    if let Some(sel) = ws {
        selector::workload_selector(cx, sel, "matchLabels", &p.k("workloadSelector"));
    }
}

const POLICY_FIELDS: &[&str] = &[
    "outlierDetection",
    "connectionPool",
    "loadBalancer",
    "tls",
    "portLevelSettings",
    "tunnel",
    "proxyProtocol",
    "retryBudget",
];

pub fn traffic_policy(cx: &mut Cx, tp: &Value, p: &P) {
    if !POLICY_FIELDS.iter().any(|k| has(tp, k)) {
        cx.err(p, "a traffic policy must set at least one field");
        return;
    }
    if has(tp, "tunnel") && has(tp, "proxyProtocol") {
        cx.err(p, "tunnel and proxyProtocol cannot be set together");
        return;
    }
    policy_body(cx, tp, p);
    let pl = p.k("portLevelSettings");
    for (i, pls) in arr(tp, "portLevelSettings").iter().enumerate() {
        let pi = pl.i(i);
        if pls.is_null() {
            cx.err(&pi, "port traffic policy may not be null");
            continue;
        }
        if !has(pls, "port") {
            cx.err(&pi.k("port"), "a port-level traffic policy needs a port");
        }
        if !["outlierDetection", "connectionPool", "loadBalancer", "tls"]
            .iter()
            .any(|k| has(pls, k))
        {
            cx.err(
                &pi,
                "a port-level traffic policy must set at least one field",
            );
        } else {
            policy_body(cx, pls, &pi);
        }
    }
    if let Some(t) = get(tp, "tunnel") {
        tunnel(cx, t, &p.k("tunnel"));
    }
    if let Some(pp) = get(tp, "proxyProtocol") {
        let v = s(pp, "version");
        if !v.is_empty() && v != "V1" && v != "V2" {
            cx.err(
                &p.k("proxyProtocol").k("version"),
                format!("proxy protocol version {v} is invalid: use V1 or V2"),
            );
        }
    }
}

fn policy_body(cx: &mut Cx, tp: &Value, p: &P) {
    let od = get(tp, "outlierDetection");
    if let Some(o) = od {
        outlier(cx, o, &p.k("outlierDetection"));
    }
    if let Some(c) = get(tp, "connectionPool") {
        connection_pool(cx, c, &p.k("connectionPool"));
    }
    if let Some(lb) = get(tp, "loadBalancer") {
        load_balancer(cx, lb, od.is_some(), &p.k("loadBalancer"));
    }
    if let Some(t) = get(tp, "tls") {
        client_tls(cx, t, &p.k("tls"));
    }
}

fn tunnel(cx: &mut Cx, t: &Value, p: &P) {
    let proto = s(t, "protocol");
    if !proto.is_empty() && proto != "CONNECT" && proto != "POST" {
        cx.err(&p.k("protocol"), "tunnel protocol must be CONNECT or POST");
    }
    let host = s(t, "targetHost");
    if hosts::fqdn(host).is_err() && !hosts::is_ip(host) {
        cx.err(
            &p.k("targetHost"),
            format!("tunnel targetHost {host:?} must be an FQDN or an IP address"),
        );
    }
    if let Err(e) = ports::port(int(t, "targetPort").unwrap_or(0)) {
        cx.err(
            &p.k("targetPort"),
            format!("tunnel targetPort is invalid: {e}"),
        );
    }
}

fn percent(cx: &mut Cx, v: &Value, key: &str, p: &P) {
    if let Some(x) = int(v, key)
        && !(0..=100).contains(&x)
    {
        cx.err(&p.k(key), format!("{key} {x} is not in the range 0..100"));
    }
}

fn outlier(cx: &mut Cx, o: &Value, p: &P) {
    duration::field(cx, o, "baseEjectionTime", p);
    if int(o, "consecutiveErrors").unwrap_or(0) != 0 {
        cx.warn(
            &p.k("consecutiveErrors"),
            "consecutiveErrors is deprecated: use consecutiveGatewayErrors or consecutive5xxErrors",
        );
    }
    let split = o
        .field("splitExternalLocalOriginErrors")
        .and_then(Value::as_bool)
        .unwrap_or(false);
    if !split && wrapped_num(o, "consecutiveLocalOriginFailures").unwrap_or(0.0) > 0.0 {
        cx.err(
            &p.k("consecutiveLocalOriginFailures"),
            "consecutiveLocalOriginFailures is set but splitExternalLocalOriginErrors is false",
        );
    }
    duration::field(cx, o, "interval", p);
    percent(cx, o, "maxEjectionPercent", p);
    percent(cx, o, "minHealthPercent", p);
}

fn non_negative(cx: &mut Cx, v: &Value, key: &str, p: &P) {
    if let Some(x) = int(v, key)
        && x < 0
    {
        cx.err(&p.k(key), format!("{key} must not be negative"));
    }
}

/// `connectionPool` (DestinationRule and Sidecar inbound pools).
pub fn connection_pool(cx: &mut Cx, c: &Value, p: &P) {
    let (h, t) = (get(c, "http"), get(c, "tcp"));
    if h.is_none() && t.is_none() {
        cx.err(p, "a connection pool must set http or tcp");
        return;
    }
    if let Some(h) = h {
        let ph = p.k("http");
        for k in [
            "http1MaxPendingRequests",
            "http2MaxRequests",
            "maxRequestsPerConnection",
            "maxRetries",
            "maxConcurrentStreams",
        ] {
            non_negative(cx, h, k, &ph);
        }
        duration::field(cx, h, "idleTimeout", &ph);
        if s(h, "h2UpgradePolicy") == "UPGRADE"
            && h.field("useClientProtocol")
                .and_then(Value::as_bool)
                .unwrap_or(false)
        {
            cx.err(
                &ph.k("useClientProtocol"),
                "useClientProtocol must not be true when h2UpgradePolicy is UPGRADE",
            );
        }
        if let Some(ka) = get(h, "http2KeepAlive") {
            let pk = ph.k("http2KeepAlive");
            duration::required(cx, ka, "interval", &pk, "http2KeepAlive.interval");
            duration::required(cx, ka, "timeout", &pk, "http2KeepAlive.timeout");
        }
    }
    if let Some(t) = t {
        let pt = p.k("tcp");
        non_negative(cx, t, "maxConnections", &pt);
        duration::field(cx, t, "connectTimeout", &pt);
        duration::field(cx, t, "maxConnectionDuration", &pt);
        // 0s disables the idle timeout
        if let Some(Value::String(d)) = t.field("idleTimeout")
            && duration::parse(d) != Some(0)
        {
            duration::field(cx, t, "idleTimeout", &pt);
        }
        if let Some(ka) = get(t, "tcpKeepalive") {
            let pk = pt.k("tcpKeepalive");
            duration::field(cx, ka, "time", &pk);
            duration::field(cx, ka, "interval", &pk);
        }
    }
}

fn is_prime(x: u64) -> bool {
    if x != 0 && x < 4 {
        return true;
    }
    if x & 1 == 0 {
        return false;
    }
    let mut f = 3;
    while f * f <= x {
        if x.is_multiple_of(f) {
            return false;
        }
        f += 2;
    }
    true
}

fn load_balancer(cx: &mut Cx, lb: &Value, has_outlier: bool, p: &P) {
    if let Some(ch) = get(lb, "consistentHash") {
        let pc = p.k("consistentHash");
        let keys = [
            "httpHeaderName",
            "httpCookie",
            "useSourceIp",
            "httpQueryParameterName",
        ];
        let set: Vec<&str> = keys.iter().copied().filter(|k| has(ch, k)).collect();
        if set.len() > 1 {
            cx.err(
                &pc,
                format!(
                    "consistentHash may use only one hash key, not {}",
                    set.join(" and ")
                ),
            );
        }
        if let Some(cookie) = get(ch, "httpCookie") {
            let pk = pc.k("httpCookie");
            if s(cookie, "name").is_empty() {
                cx.err(&pk.k("name"), "httpCookie needs a name");
            }
            let mut seen: Vec<&str> = Vec::new();
            let pa = pk.k("attributes");
            for (i, a) in arr(cookie, "attributes").iter().enumerate() {
                let n = s(a, "name");
                if n.is_empty() {
                    cx.err(&pa.i(i).k("name"), "cookie attribute name cannot be empty");
                } else if seen.contains(&n) {
                    cx.err(
                        &pa.i(i).k("name"),
                        format!("duplicate cookie attribute {n}"),
                    );
                } else {
                    seen.push(n);
                }
            }
        }
        let min_ring = int(ch, "minimumRingSize").unwrap_or(0);
        if min_ring != 0 {
            cx.warn(
                &pc.k("minimumRingSize"),
                "minimumRingSize is deprecated: use ringHash.minimumRingSize",
            );
            if has(ch, "ringHash") || has(ch, "maglev") {
                cx.err(
                    &pc.k("minimumRingSize"),
                    "only one of minimumRingSize and maglev/ringHash can be set",
                );
            }
        }
        if has(ch, "ringHash") && has(ch, "maglev") {
            cx.err(&pc, "only one of ringHash and maglev can be set");
        }
        if let Some(m) = get(ch, "maglev") {
            let pmg = pc.k("maglev");
            let pm = pmg.k("tableSize");
            let size = int(m, "tableSize").unwrap_or(0);
            if size == 0 {
                cx.err(&pm, "maglev needs a tableSize");
            } else if size >= 5_000_011 {
                cx.err(&pm, "maglev tableSize must be less than 5000011");
            } else if size < 0 || !is_prime(size as u64) {
                cx.err(
                    &pm,
                    format!("maglev tableSize {size} must be a prime number"),
                );
            }
        }
    }
    if has(lb, "simple") && has(lb, "consistentHash") {
        cx.err(p, "only one of simple and consistentHash can be set");
    }
    let (loc, zone) = (get(lb, "localityLbSetting"), get(lb, "zoneAwareLbSetting"));
    if loc.is_some() && zone.is_some() {
        cx.err(
            p,
            "only one of localityLbSetting and zoneAwareLbSetting can be set",
        );
    }
    if let Some(l) = loc {
        locality(cx, l, has_outlier, &p.k("localityLbSetting"));
    }
    if let Some(z) = zone {
        zone_aware(cx, z, has_outlier, &p.k("zoneAwareLbSetting"));
    }
    if let Some(w) = get(lb, "warmup") {
        let pw = p.k("warmup");
        duration::required(cx, w, "duration", &pw, "warmup.duration");
        if wrapped_num(w, "minimumPercent").unwrap_or(0.0) > 100.0 {
            cx.err(
                &pw.k("minimumPercent"),
                "minimumPercent must be at most 100",
            );
        }
        if wrapped(w, "aggression").is_some() && wrapped_num(w, "aggression").unwrap_or(0.0) <= 0.0
        {
            cx.err(&pw.k("aggression"), "aggression must be greater than 0");
        }
    }
}

const TOPOLOGY: &[&str] = &[
    "topology.kubernetes.io/region",
    "topology.kubernetes.io/zone",
    "topology.istio.io/subzone",
];

fn failover_entries(cx: &mut Cx, l: &Value, p: &P, what: &str) {
    let pf = p.k("failover");
    for (i, f) in arr(l, "failover").iter().enumerate() {
        let (from, to) = (s(f, "from"), s(f, "to"));
        let pi = pf.i(i);
        if from == to {
            cx.err(
                &pi,
                format!("{what} failover from and to must be different regions"),
            );
        }
        if from.contains('/') || to.contains('/') {
            cx.err(&pi, format!("{what} failover only takes regions (no '/')"));
        }
        if from.contains('*') || to.contains('*') {
            cx.err(&pi, format!("{what} failover regions cannot contain '*'"));
        }
    }
}

fn locality(cx: &mut Cx, l: &Value, has_outlier: bool, p: &P) {
    let dist = arr(l, "distribute");
    let failover = arr(l, "failover");
    let prio = arr(l, "failoverPriority");
    if !dist.is_empty() && !failover.is_empty() {
        cx.err(p, "distribute and failover cannot both be set");
        return;
    }
    if !failover.is_empty() {
        for (i, lab) in strs(l, "failoverPriority") {
            if TOPOLOGY.contains(&lab) {
                cx.err(&p.k("failoverPriority").i(i), format!("failover and the topology label {lab} in failoverPriority cannot both be set"));
                return;
            }
        }
    }
    let pd = p.k("distribute");
    let mut from_list: Vec<&str> = Vec::new();
    for (i, d) in dist.iter().enumerate() {
        let pi = pd.i(i);
        from_list.push(s(d, "from"));
        let mut total = 0;
        let mut to_list: Vec<&str> = Vec::new();
        for (loc, w) in entries(d, "to") {
            to_list.push(loc);
            let w = w.as_i64().unwrap_or(0);
            if !(1..=100).contains(&w) {
                cx.err(
                    &pi.k("to").k(loc),
                    "locality weight must be in the range 1..100",
                );
                return;
            }
            total += w;
        }
        if total != 100 {
            cx.err(
                &pi.k("to"),
                format!("locality weights add up to {total}, not 100"),
            );
            return;
        }
        if let Err(e) = localities(&to_list) {
            cx.err(&pi.k("to"), e);
        }
    }
    if let Err(e) = localities(&from_list) {
        cx.err(&pd, e);
    }
    if (!failover.is_empty() || !prio.is_empty()) && !has_outlier {
        cx.warn(
            p,
            "failover needs an outlier detection policy to take effect",
        );
    }
    failover_entries(cx, l, p, "locality");
}

fn localities(list: &[&str]) -> Result<(), String> {
    // (region, zone, subzone) already covered; "*" covers all below it
    let mut seen: Vec<[&str; 3]> = Vec::new();
    for loc in list {
        let stars = loc.matches('*').count();
        if stars > 1 || (stars == 1 && !loc.ends_with('*')) {
            return Err(format!(
                "locality {loc}: at most one '*' wildcard, and only at the end"
            ));
        }
        if seen.iter().any(|s| s[0] == "*") {
            return Err(format!("locality {loc} overlaps an earlier one"));
        }
        let parts: Vec<&str> = loc.splitn(3, '/').collect();
        if parts.iter().any(|x| x.is_empty()) {
            return Err(format!(
                "locality {loc} has an empty region, zone or subzone"
            ));
        }
        let key = [
            parts[0],
            parts.get(1).copied().unwrap_or("*"),
            parts.get(2).copied().unwrap_or("*"),
        ];
        let covered = seen.iter().any(|s| {
            s[0] == key[0]
                && (s[1] == "*"
                    || key[1] == "*"
                    || (s[1] == key[1] && (s[2] == "*" || key[2] == "*" || s[2] == key[2])))
        });
        if covered {
            return Err(format!("locality {loc} overlaps an earlier one"));
        }
        seen.push(key);
    }
    Ok(())
}

fn zone_aware(cx: &mut Cx, z: &Value, has_outlier: bool, p: &P) {
    for (i, lab) in strs(z, "failoverPriority") {
        if TOPOLOGY.contains(&lab) {
            cx.err(&p.k("failoverPriority").i(i), format!("failoverPriority of zone-aware load balancing must not use the topology label {lab}: region and zone routing are automatic"));
        }
    }
    if (!arr(z, "failover").is_empty() || !arr(z, "failoverPriority").is_empty()) && !has_outlier {
        cx.warn(
            p,
            "failover needs an outlier detection policy to take effect",
        );
    }
    failover_entries(cx, z, p, "zone-aware");
}

/// Client TLS settings (`DestinationRule` traffic policies).
pub fn client_tls(cx: &mut Cx, t: &Value, p: &P) {
    let mode = s(t, "mode");
    let cred = s(t, "credentialName");
    let ca = s(t, "caCertificates");
    if let Some(rest) = cred.strip_prefix("configmap://") {
        let ns = cx.namespace;
        match rest.split_once('/') {
            Some((cns, name)) if !name.is_empty() && !name.contains('/') => {
                if cns != ns {
                    cx.err(&p.k("credentialName"), format!("configmap:// credentialName must be in this resource's namespace {ns:?}"));
                }
            }
            None if !rest.is_empty() && !rest.contains('/') => {}
            _ => cx.err(&p.k("credentialName"), format!("invalid configmap:// credentialName {cred:?}: expected configmap://[namespace/]name")),
        }
    }
    let skip = wrapped(t, "insecureSkipVerify")
        .and_then(Value::as_bool)
        .unwrap_or(false);
    let has_sans = t.field("subjectAltNames").is_some_and(|v| !v.is_null());
    if skip {
        if mode == "SIMPLE" && (!ca.is_empty() || !cred.is_empty() || has_sans) {
            cx.err(&p.k("insecureSkipVerify"), "caCertificates, credentialName and subjectAltNames cannot be set when insecureSkipVerify is true");
        }
        if mode == "MUTUAL" && (!ca.is_empty() || has_sans) {
            cx.err(
                &p.k("insecureSkipVerify"),
                "caCertificates and subjectAltNames cannot be set when insecureSkipVerify is true",
            );
        }
    }
    if (mode == "SIMPLE" || mode == "MUTUAL") && !cred.is_empty() {
        if !s(t, "clientCertificate").is_empty()
            || !ca.is_empty()
            || !s(t, "privateKey").is_empty()
            || !s(t, "caCrl").is_empty()
        {
            cx.err(&p.k("credentialName"), "clientCertificate, privateKey, caCertificates and caCrl cannot be set together with credentialName");
        }
        return;
    }
    if mode == "MUTUAL" {
        if s(t, "clientCertificate").is_empty() {
            cx.err(
                &p.k("clientCertificate"),
                "MUTUAL TLS needs clientCertificate (or credentialName)",
            );
        }
        if s(t, "privateKey").is_empty() {
            cx.err(
                &p.k("privateKey"),
                "MUTUAL TLS needs privateKey (or credentialName)",
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::validation::testing::*;

    fn dr(spec: &str) -> String {
        format!(
            "apiVersion: networking.istio.io/v1\nkind: DestinationRule\nmetadata:\n  name: r\n  namespace: prod\nspec:\n  host: reviews\n{spec}"
        )
    }

    #[test]
    fn clean() {
        assert_clean(&dr(
            "  trafficPolicy:\n    loadBalancer: {simple: ROUND_ROBIN}\n  subsets:\n  - name: v1\n    labels: {version: v1}\n",
        ));
    }

    #[test]
    fn subsets() {
        let d = dr(
            "  subsets:\n  - name: v1\n  - name: v1\n  - name: V_2\n    labels: {\"bad key\": x}\n",
        );
        assert_finding(&d, "spec.subsets[1].name", "duplicate subset");
        assert_finding(&d, "spec.subsets[2].name", "DNS-1123");
        assert_finding(
            &d,
            "spec.subsets[2].labels[\"bad key\"]",
            "invalid label key",
        );
    }

    #[test]
    fn empty_policy() {
        assert_finding(
            &dr("  trafficPolicy: {}\n"),
            "spec.trafficPolicy",
            "at least one field",
        );
        assert_finding(
            &dr("  trafficPolicy:\n    portLevelSettings:\n    - port: {number: 80}\n"),
            "spec.trafficPolicy.portLevelSettings[0]",
            "at least one field",
        );
    }

    #[test]
    fn load_balancer() {
        let d = dr(
            "  trafficPolicy:\n    loadBalancer:\n      consistentHash:\n        httpCookie: {ttl: 1s}\n        useSourceIp: true\n        maglev: {tableSize: 1000}\n",
        );
        assert_finding(
            &d,
            "spec.trafficPolicy.loadBalancer.consistentHash",
            "only one hash key",
        );
        assert_finding(
            &d,
            "spec.trafficPolicy.loadBalancer.consistentHash.httpCookie.name",
            "needs a name",
        );
        assert_finding(
            &d,
            "spec.trafficPolicy.loadBalancer.consistentHash.maglev.tableSize",
            "prime",
        );
        assert_clean(&dr(
            "  trafficPolicy:\n    loadBalancer:\n      consistentHash:\n        maglev: {tableSize: 65537}\n        httpHeaderName: x-user\n",
        ));
    }

    #[test]
    fn outlier_and_pool() {
        let d = dr(
            "  trafficPolicy:\n    outlierDetection:\n      interval: 0s\n      maxEjectionPercent: 150\n      consecutiveLocalOriginFailures: 3\n    connectionPool:\n      tcp: {maxConnections: -1, idleTimeout: 0s}\n      http: {http2KeepAlive: {interval: 1s}}\n",
        );
        assert_finding(
            &d,
            "spec.trafficPolicy.outlierDetection.interval",
            "at least 1ms",
        );
        assert_finding(
            &d,
            "spec.trafficPolicy.outlierDetection.maxEjectionPercent",
            "0..100",
        );
        assert_finding(
            &d,
            "spec.trafficPolicy.outlierDetection.consecutiveLocalOriginFailures",
            "splitExternalLocalOriginErrors",
        );
        assert_finding(
            &d,
            "spec.trafficPolicy.connectionPool.tcp.maxConnections",
            "negative",
        );
        assert_finding(
            &d,
            "spec.trafficPolicy.connectionPool.http.http2KeepAlive.timeout",
            "required",
        );
        assert_eq!(errors(&d).len(), 5, "{:#?}", errors(&d));
    }

    #[test]
    fn tls() {
        assert_finding(
            &dr("  trafficPolicy:\n    tls: {mode: MUTUAL}\n"),
            "spec.trafficPolicy.tls.clientCertificate",
            "MUTUAL",
        );
        assert_clean(&dr(
            "  trafficPolicy:\n    tls: {mode: MUTUAL, credentialName: c}\n",
        ));
        assert_finding(
            &dr(
                "  trafficPolicy:\n    tls: {mode: SIMPLE, credentialName: c, caCertificates: /x}\n",
            ),
            "spec.trafficPolicy.tls.credentialName",
            "cannot be set together",
        );
        assert_finding(
            &dr(
                "  trafficPolicy:\n    tls: {mode: SIMPLE, insecureSkipVerify: true, subjectAltNames: [a]}\n",
            ),
            "spec.trafficPolicy.tls.insecureSkipVerify",
            "insecureSkipVerify",
        );
        assert_finding(
            &dr(
                "  trafficPolicy:\n    tls: {mode: SIMPLE, credentialName: \"configmap://other/ca\"}\n",
            ),
            "spec.trafficPolicy.tls.credentialName",
            "namespace",
        );
    }

    #[test]
    fn locality() {
        let d = dr(
            "  trafficPolicy:\n    loadBalancer:\n      localityLbSetting:\n        distribute:\n        - from: us-east/*\n          to: {\"us-east/a/*\": 60, \"us-west/*\": 30}\n",
        );
        assert_finding(
            &d,
            "spec.trafficPolicy.loadBalancer.localityLbSetting.distribute[0].to",
            "not 100",
        );
        let f = dr(
            "  trafficPolicy:\n    loadBalancer:\n      localityLbSetting:\n        failover:\n        - {from: us-east, to: us-east}\n",
        );
        assert_finding(
            &f,
            "spec.trafficPolicy.loadBalancer.localityLbSetting.failover[0]",
            "different regions",
        );
        assert!(
            lines(&f)
                .iter()
                .any(|l| l.starts_with("W ") && l.contains("outlier detection"))
        );
    }

    #[test]
    fn locality_must_pass() {
        assert_clean(&dr(
            "  trafficPolicy:\n    outlierDetection: {consecutive5xxErrors: 3}\n    loadBalancer:\n      localityLbSetting:\n        distribute:\n        - from: us-east/*\n          to: {\"us-east/zone1/*\": 80, \"us-west/*\": 20}\n        - from: us-west/zone2/*\n          to: {\"us-west/*\": 100}\n",
        ));
        let overlap = dr(
            "  trafficPolicy:\n    loadBalancer:\n      localityLbSetting:\n        distribute:\n        - from: us-east/*\n          to: {\"us-west/*\": 100}\n        - from: us-east/zone1\n          to: {\"us-west/*\": 100}\n",
        );
        assert_finding(
            &overlap,
            "spec.trafficPolicy.loadBalancer.localityLbSetting.distribute",
            "overlaps",
        );
        assert_eq!(
            super::localities(&["*", "a"]).map_err(|e| e.contains("overlaps")),
            Err(true)
        );
        assert!(super::localities(&["a/*/b"]).is_err());
        assert!(super::localities(&["a//b"]).is_err());
    }

    #[test]
    fn selector_export() {
        let d = dr("  workloadSelector: {matchLabels: {app: x}}\n  exportTo: [other]\n");
        assert_finding(&d, "spec.exportTo", "beyond its own namespace");
    }
}
