//! VirtualService: hosts and gateways, HTTP/TLS/TCP routes, matches, destinations and weights,
//! retries, timeouts, fault injection, mirroring, redirects, rewrites, CORS and header
//! operations, plus the unreachable-rule warnings istioctl prints.

use serde_json::{Map, Value};

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

fn http_route(cx: &mut Cx, r: &Value, p: &P, delegate_vs: bool, gw_sem: bool) {
    let name = s(r, "name");
    let route = arr(r, "route");
    let has_route_key = has(r, "route");
    if !delegate_vs && has(r, "delegate") {
        // a root route may only delegate
        if has(r, "redirect") {
            cx.err(
                &p.k("redirect"),
                format!("root HTTP route {name} must not specify redirect (it delegates)"),
            );
        }
        if has_route_key {
            cx.err(
                &p.k("route"),
                format!("root HTTP route {name} must not specify route (it delegates)"),
            );
        }
    } else {
        if delegate_vs && has(r, "delegate") {
            cx.err(
                &p.k("delegate"),
                "a delegate VirtualService's HTTP route cannot delegate again",
            );
        }
        if has(r, "redirect") {
            if !route.is_empty() {
                cx.err(
                    &p.k("route"),
                    "an HTTP route cannot have both route and redirect",
                );
            }
            for (k, what) in [
                ("fault", "fault"),
                ("rewrite", "rewrite"),
                ("directResponse", "directResponse"),
            ] {
                if has(r, k) {
                    cx.err(
                        &p.k(k),
                        format!("an HTTP route cannot have both {what} and redirect"),
                    );
                }
            }
        } else if has(r, "directResponse") {
            if !route.is_empty() {
                cx.err(
                    &p.k("route"),
                    "an HTTP route cannot have both route and directResponse",
                );
            }
            for k in ["fault", "rewrite"] {
                if has(r, k) {
                    cx.err(
                        &p.k(k),
                        format!("an HTTP route cannot have both {k} and directResponse"),
                    );
                }
            }
        } else if route.is_empty() {
            cx.err(p, "an HTTP route needs route, redirect or directResponse");
        }
        if has(r, "mirror") && !arr(r, "mirrors").is_empty() {
            cx.err(
                &p.k("mirrors"),
                "an HTTP route cannot have both mirror and mirrors",
            );
        }
    }

    match_requests(cx, r, p);
    if let Some(h) = get(r, "headers") {
        http::header_operations(cx, h, &p.k("headers"));
    }
    if let Some(c) = get(r, "corsPolicy") {
        cors(cx, c, &p.k("corsPolicy"));
    }
    if let Some(f) = get(r, "fault") {
        fault(cx, f, &p.k("fault"));
    }
    if let Some(v) = wrapped_num(r, "mirrorPercent") {
        if v > 100.0 {
            cx.err(
                &p.k("mirrorPercent"),
                format!("mirrorPercent must be at most 100 (it is {v})"),
            );
        }
        cx.warn(
            &p.k("mirrorPercent"),
            "mirrorPercent is deprecated: use mirrorPercentage",
        );
    }
    if let Some(m) = get(r, "mirrorPercentage") {
        mirror_percentage(cx, m, &p.k("mirrorPercentage"));
    }
    if let Some(d) = get(r, "mirror") {
        destination(cx, d, &p.k("mirror"));
    }
    let pm = p.k("mirrors");
    for (i, m) in arr(r, "mirrors").iter().enumerate() {
        let pi = pm.i(i);
        match get(m, "destination") {
            None => cx.err(&pi.k("destination"), "a mirror needs a destination"),
            Some(d) => destination(cx, d, &pi.k("destination")),
        }
        if let Some(pc) = get(m, "percentage") {
            mirror_percentage(cx, pc, &pi.k("percentage"));
        }
    }
    if let Some(rd) = get(r, "redirect") {
        redirect(cx, rd, arr(r, "match"), &p.k("redirect"));
    }
    if let Some(d) = get(r, "directResponse") {
        direct_response(cx, d, &p.k("directResponse"));
    }
    if let Some(rt) = get(r, "retries") {
        retries(cx, rt, &p.k("retries"));
    }
    if let Some(rw) = get(r, "rewrite") {
        rewrite(cx, rw, &p.k("rewrite"));
    }
    authority_rewrite(cx, r, p);
    route_destinations(cx, route, &p.k("route"), gw_sem, true);
    duration::field(cx, r, "timeout", p);
}

fn mirror_percentage(cx: &mut Cx, m: &Value, p: &P) {
    let v = match m {
        Value::Object(_) => num(m, "value").unwrap_or(0.0),
        Value::Number(n) => n.as_f64().unwrap_or(0.0),
        _ => return,
    };
    if v > 100.0 {
        cx.err(
            p,
            format!("mirror percentage must be at most 100 (it is {v})"),
        );
    }
    if v < 0.0 {
        cx.err(
            p,
            format!("mirror percentage must be at least 0 (it is {v})"),
        );
    }
}

fn match_requests(cx: &mut Cx, r: &Value, p: &P) {
    let pm = p.k("match");
    for (i, m) in arr(r, "match").iter().enumerate() {
        if !m.is_object() {
            continue;
        }
        let pi = pm.i(i);
        let ph = pi.k("headers");
        for (name, h) in entries(m, "headers") {
            let pn = ph.k(name);
            if h.is_null() {
                cx.err(&pn, format!("header match {name} cannot be null"));
            }
            cx.check(&pn, http::match_header_name(name));
            http::string_match(cx, h, &pn, false);
        }
        let pw = pi.k("withoutHeaders");
        for (name, h) in entries(m, "withoutHeaders") {
            let pn = pw.k(name);
            cx.check(&pn, http::match_header_name(name));
            // `regex: "*"` means "present", not a regex
            if s(h, "regex") != "*" {
                http::string_match(cx, h, &pn, false);
            }
        }
        if let Some(u) = get(m, "uri") {
            // an empty URI prefix is allowed
            http::string_match(cx, u, &pi.k("uri"), true);
        }
        for k in ["scheme", "method", "authority"] {
            if let Some(x) = get(m, k) {
                http::string_match(cx, x, &pi.k(k), false);
            }
        }
        let pq = pi.k("queryParams");
        for (name, q) in entries(m, "queryParams") {
            http::string_match(cx, q, &pq.k(name), false);
        }
        l4_common(cx, m, &pi);
        let sn = s(m, "sourceNamespace");
        if !sn.is_empty() && !is_istio_label(sn) {
            cx.err(
                &pi.k("sourceNamespace"),
                format!("sourceNamespace {sn:?} is not a valid namespace name"),
            );
        }
    }
}

/// port, sourceLabels and gateways of HTTP, TLS and TCP matches.
fn l4_common(cx: &mut Cx, m: &Value, p: &P) {
    if let Some(port) = int(m, "port")
        && port != 0
    {
        cx.check(&p.k("port"), ports::port(port));
    }
    selector::label_map(cx, m, "sourceLabels", p);
    gateway_names(cx, m, "gateways", p, false);
}

const CORS_METHODS: &[&str] = &[
    "GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "CONNECT", "OPTIONS", "TRACE", "*",
];

fn cors(cx: &mut Cx, c: &Value, p: &P) {
    let po = p.k("allowOrigins");
    for (i, o) in arr(c, "allowOrigins").iter().enumerate() {
        let pi = po.i(i);
        if http::match_value(o).is_empty() {
            cx.err(
                &pi,
                "a CORS allowOrigins entry needs a non-empty exact, prefix or regex",
            );
            continue;
        }
        if let Some(Value::String(re)) = o.field("regex") {
            cx.check(&pi.k("regex"), http::regex(re));
        }
    }
    let pm = p.k("allowMethods");
    for (i, m) in strs(c, "allowMethods") {
        if !CORS_METHODS.contains(&m) {
            cx.err(&pm.i(i), format!("{m:?} is not a supported HTTP method (GET, HEAD, POST, PUT, PATCH, DELETE, CONNECT, OPTIONS, TRACE or *)"));
        }
    }
    for key in ["allowHeaders", "exposeHeaders"] {
        let pk = p.k(key);
        for (i, h) in strs(c, key) {
            cx.check(&pk.i(i), http::cors_header_name(h));
        }
    }
    if let Some(Value::String(d)) = c.field("maxAge") {
        match duration::check(d) {
            Err(e) => cx.err(&p.k("maxAge"), e),
            Ok(ns) if ns % 1_000_000_000 != 0 => cx.err(
                &p.k("maxAge"),
                "maxAge is only accurate to seconds: use whole seconds",
            ),
            Ok(_) => {}
        }
    }
}

fn percentage(cx: &mut Cx, v: &Value, p: &P) {
    let Some(x) = get(v, "percentage") else {
        return;
    };
    let val = num(x, "value").unwrap_or(0.0);
    if !(0.0..=100.0).contains(&val) || (val > 0.0 && val < 0.0001) {
        cx.err(
            &p.k("percentage"),
            format!("percentage {val} must be 0 or in the range [0.0001, 100]"),
        );
    }
}

const GRPC_STATUS: &[&str] = &[
    "OK",
    "CANCELLED",
    "UNKNOWN",
    "INVALID_ARGUMENT",
    "DEADLINE_EXCEEDED",
    "NOT_FOUND",
    "ALREADY_EXISTS",
    "PERMISSION_DENIED",
    "RESOURCE_EXHAUSTED",
    "FAILED_PRECONDITION",
    "ABORTED",
    "OUT_OF_RANGE",
    "UNIMPLEMENTED",
    "INTERNAL",
    "UNAVAILABLE",
    "DATA_LOSS",
    "UNAUTHENTICATED",
];

fn http_status(code: i64) -> Result<(), String> {
    if (200..=600).contains(&code) {
        Ok(())
    } else {
        Err(format!("HTTP status {code} is not in the range 200-599"))
    }
}

fn fault(cx: &mut Cx, f: &Value, p: &P) {
    let abort = get(f, "abort");
    let delay = get(f, "delay");
    if abort.is_none() && delay.is_none() {
        cx.err(p, "fault injection needs an abort, a delay or both");
    }
    if let Some(a) = abort {
        let pa = p.k("abort");
        percentage(cx, a, &pa);
        if let Some(Value::String(g)) = a.field("grpcStatus") {
            if !GRPC_STATUS.contains(&g.as_str()) {
                cx.err(&pa.k("grpcStatus"), format!("gRPC status {g:?} is not supported; use a name such as NOT_FOUND or UNAVAILABLE"));
            }
        } else if has(a, "http2Error") {
            cx.err(
                &pa.k("http2Error"),
                "HTTP/2 abort fault injection is not supported yet",
            );
        } else if let Some(code) = int(a, "httpStatus") {
            cx.check(&pa.k("httpStatus"), http_status(code));
        } else {
            cx.warn(
                &pa,
                "abort is configured without an error type (httpStatus, grpcStatus)",
            );
        }
    }
    if let Some(d) = delay {
        let pd = p.k("delay");
        percentage(cx, d, &pd);
        duration::field(cx, d, "fixedDelay", &pd);
        if has(d, "exponentialDelay") {
            duration::field(cx, d, "exponentialDelay", &pd);
            cx.err(
                &pd.k("exponentialDelay"),
                "exponentialDelay is not supported yet",
            );
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

fn redirect(cx: &mut Cx, r: &Value, matches: &[Value], p: &P) {
    let uri = s(r, "uri");
    let prefix = s(r, "prefixRewrite");
    if !uri.is_empty() && !prefix.is_empty() {
        cx.err(p, "redirect may set only one of uri and prefixRewrite");
        return;
    }
    if !prefix.is_empty() {
        for m in matches {
            if let Some(u) = get(m, "uri")
                && !has(u, "prefix")
            {
                cx.err(
                    &p.k("prefixRewrite"),
                    "redirect prefixRewrite requires every URI match to be a prefix match",
                );
                return;
            }
        }
    }
    if uri.is_empty()
        && prefix.is_empty()
        && s(r, "authority").is_empty()
        && !has(r, "port")
        && !has(r, "derivePort")
        && s(r, "scheme").is_empty()
    {
        cx.err(
            p,
            "redirect must set uri, prefixRewrite, authority, scheme or port",
        );
        return;
    }
    if let Some(code) = int(r, "redirectCode")
        && code != 0
        && !(300..=399).contains(&code)
    {
        cx.err(
            &p.k("redirectCode"),
            format!("{code} is not a redirect code: it must be 3xx"),
        );
        return;
    }
    let scheme = s(r, "scheme");
    if !scheme.is_empty() && scheme != "http" && scheme != "https" {
        cx.err(
            &p.k("scheme"),
            "redirect scheme must be \"http\" or \"https\"",
        );
        return;
    }
    if let Some(port) = int(r, "port")
        && port > 0
    {
        cx.check(&p.k("port"), ports::port(port));
    }
}

fn direct_response(cx: &mut Cx, d: &Value, p: &P) {
    if let Some(b) = get(d, "body") {
        let size = match (b.field("string"), b.field("bytes")) {
            (Some(Value::String(x)), _) => x.len(),
            // base64: 4 characters carry 3 bytes
            (_, Some(Value::String(x))) => x.len() / 4 * 3,
            _ => 0,
        };
        if size > 1024 * 1024 {
            cx.err(&p.k("body"), "directResponse body must be smaller than 1MB (large bodies hurt control-plane performance)");
        } else if size > 100 * 1024 {
            cx.warn(
                &p.k("body"),
                "large directResponse bodies may hurt control-plane performance",
            );
        }
    }
    cx.check(&p.k("status"), http_status(int(d, "status").unwrap_or(0)));
}

const RETRY_ON: &[&str] = &[
    "5xx",
    "gateway-error",
    "reset",
    "reset-before-request",
    "connect-failure",
    "retriable-4xx",
    "refused-stream",
    "retriable-status-codes",
    "retriable-headers",
    "envoy-ratelimited",
    "http3-post-connect-failure",
    "cancelled",
    "deadline-exceeded",
    "internal",
    "resource-exhausted",
    "unavailable",
];

/// Status codes Go's `http.StatusText` knows.
fn known_status(code: i64) -> bool {
    matches!(code, 100..=103 | 200..=208 | 226 | 300..=305 | 307 | 308 | 400..=418 | 421..=426 | 428 | 429 | 431 | 451 | 500..=508 | 510 | 511)
}

pub fn retries(cx: &mut Cx, r: &Value, p: &P) {
    let attempts = int(r, "attempts").unwrap_or(0);
    if attempts < 0 {
        cx.err(&p.k("attempts"), "attempts cannot be negative");
    }
    if attempts == 0
        && (has(r, "perTryTimeout")
            || !s(r, "retryOn").is_empty()
            || has(r, "retryRemoteLocalities"))
    {
        cx.err(
            p,
            "retry settings are configured but attempts is 0 (retries disabled)",
        );
    }
    duration::field(cx, r, "perTryTimeout", p);
    let on = s(r, "retryOn");
    if !on.is_empty() {
        for policy in on.split(',') {
            let status_ok = policy.parse::<i64>().map(known_status).unwrap_or(false);
            if !status_ok && !RETRY_ON.contains(&policy) {
                cx.err(
                    &p.k("retryOn"),
                    format!("{policy:?} is not a valid retryOn policy"),
                );
            }
        }
    }
    duration::field(cx, r, "backoff", p);
}

fn rewrite(cx: &mut Cx, r: &Value, p: &P) {
    let uri = s(r, "uri");
    let regex = get(r, "uriRegexRewrite");
    if !uri.is_empty() && regex.is_some() {
        cx.err(p, "rewrite may set only one of uri and uriRegexRewrite");
        return;
    }
    if uri.is_empty() && regex.is_none() && s(r, "authority").is_empty() {
        cx.err(p, "rewrite must set uri, uriRegexRewrite or authority");
        return;
    }
    if let Some(rx) = regex {
        let pr = p.k("uriRegexRewrite");
        let (m, w) = (s(rx, "match"), s(rx, "rewrite"));
        if m.is_empty() || w.is_empty() {
            cx.err(&pr, "uriRegexRewrite needs both match and rewrite");
        } else {
            cx.check(&pr.k("match"), http::regex(m));
        }
    }
}

/// The authority may be rewritten in one place only.
fn authority_rewrite(cx: &mut Cx, r: &Value, p: &P) {
    let mut current = get(r, "rewrite").map(|w| s(w, "authority")).unwrap_or("");
    for (op, v) in http::authority_values(get(r, "headers")) {
        if !current.is_empty() {
            cx.err(
                &p.k("headers").k("request").k(op),
                format!("the authority is set more than once: already {current:?}, then {v:?}"),
            );
            return;
        }
        current = v;
    }
}

fn tls_route(cx: &mut Cx, r: &Value, p: &P, spec: &Value, to_gateway: bool, gw_sem: bool) {
    if r.is_null() {
        return;
    }
    let matches = arr(r, "match");
    if matches.is_empty() {
        cx.err(&p.k("match"), "a TLS route needs at least one match");
    }
    let pm = p.k("match");
    for (i, m) in matches.iter().enumerate() {
        let pi = pm.i(i);
        if m.is_null() {
            cx.err(&pi, "TLS match may not be null");
            continue;
        }
        if arr(m, "sniHosts").is_empty() {
            cx.err(&pi.k("sniHosts"), "a TLS match needs at least one SNI host");
        }
        let psn = pi.k("sniHosts");
        for (j, sni) in strs(m, "sniHosts") {
            sni_host(cx, sni, &psn.i(j), spec, to_gateway);
        }
        subnets(cx, m, &pi);
        l4_common(cx, m, &pi);
    }
    let route = arr(r, "route");
    if route.is_empty() {
        cx.err(&p.k("route"), "a TLS route needs a route");
    }
    route_destinations(cx, route, &p.k("route"), gw_sem, false);
}

fn subnets(cx: &mut Cx, m: &Value, p: &P) {
    let pd = p.k("destinationSubnets");
    for (i, sn) in strs(m, "destinationSubnets") {
        cx.check(&pd.i(i), hosts::ip_or_cidr(sn));
    }
}

fn sni_host(cx: &mut Cx, sni: &str, p: &P, spec: &Value, to_gateway: bool) {
    let r = if to_gateway {
        hosts::wildcard_domain_for_gateway(true, sni)
    } else {
        hosts::wildcard_domain(sni)
    };
    if let Err(e) = r {
        if hosts::is_ip(sni) {
            cx.warn(
                p,
                format!("SNI host {sni:?} is an IP address: most clients do not send IPs as SNI"),
            );
        } else {
            cx.err(p, e);
        }
        return;
    }
    let vs_hosts: Vec<&str> = strs(spec, "hosts").map(|(_, h)| h).collect();
    if !vs_hosts.iter().any(|h| hosts::host_subset_of(sni, h)) {
        cx.err(
            p,
            format!(
                "SNI host {sni:?} is not covered by any of the VirtualService hosts [{}]",
                vs_hosts.join(", ")
            ),
        );
    }
}

fn tcp_route(cx: &mut Cx, r: &Value, p: &P, gw_sem: bool) {
    if r.is_null() {
        return;
    }
    let pm = p.k("match");
    for (i, m) in arr(r, "match").iter().enumerate() {
        let pi = pm.i(i);
        if m.is_null() {
            cx.err(&pi, "tcp match may not be null");
            continue;
        }
        subnets(cx, m, &pi);
        l4_common(cx, m, &pi);
    }
    let route = arr(r, "route");
    if route.is_empty() {
        cx.err(&p.k("route"), "a TCP route needs a route");
    }
    route_destinations(cx, route, &p.k("route"), gw_sem, false);
}

fn http_prefix(m: &Value) -> &str {
    get(m, "uri").map(|u| s(u, "prefix")).unwrap_or("")
}

/// A string match as `exact:x` / `prefix:x` (regex matches do not take part).
fn exact_or_prefix(m: Option<&Value>) -> String {
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
fn covers(a: &Value, b: &Value) -> bool {
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

fn obj_len(v: &Value, k: &str) -> usize {
    v.get(k).and_then(Value::as_object).map_or(0, |m| m.len())
}

/// Two matches are the same when they are equal apart from their `name`.
fn same_match(a: &Value, b: &Value) -> bool {
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

fn rule_name(r: &Value, i: usize, is_http: bool) -> String {
    let n = s(r, "name");
    if is_http && !n.is_empty() {
        format!("{n:?}")
    } else {
        format!("#{i}")
    }
}

/// Warn about rules that can never match: after a rule without matches, or whose matches all
/// repeat earlier ones.
fn unreachable_rules(cx: &mut Cx, routes: &[Value], p: &P, is_http: bool) {
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
                cx.warn(
                    &pi,
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
                cx.warn(&pi, format!("rule {} is never used: an earlier rule has no matches and takes all traffic", rule_name(r, i, is_http)));
                continue;
            }
            if let Some(&(_, earlier)) = seen.iter().find(|(x, _)| same_match(x, m)) {
                let mname = if is_http && !s(m, "name").is_empty() {
                    format!("{:?}", s(m, "name"))
                } else {
                    format!("#{j}")
                };
                cx.warn(
                    &pi.k("match").i(j),
                    format!(
                        "match {mname} of rule {} is never used: rule {} has the same match",
                        rule_name(r, i, is_http),
                        rule_name(&routes[earlier], earlier, is_http)
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
            cx.warn(
                &pi,
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
                cx.warn(
                    &p.i(rb).k("match").i(mb),
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
    for same in plain.values() {
        for (x, &a) in same.iter().enumerate() {
            pairs.extend(same.iter().skip(x + 1).map(|&b| (a, b)));
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
                if hosts_match(names[a], names[b]) {
                    expected.push((a, b));
                }
            }
        }
        assert!(expected.len() > 10, "{expected:?}");
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
