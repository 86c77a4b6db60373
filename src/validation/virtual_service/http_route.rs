//! VirtualService HTTP routes: matches, rewrites, redirects, direct responses, retries,
//! faults, mirroring and CORS.

use super::*;

pub(super) fn http_route(cx: &mut Cx, r: &Value, p: &P, delegate_vs: bool, gw_sem: bool) {
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

pub(super) fn mirror_percentage(cx: &mut Cx, m: &Value, p: &P) {
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

pub(super) fn match_requests(cx: &mut Cx, r: &Value, p: &P) {
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

pub(super) const CORS_METHODS: &[&str] = &[
    "GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "CONNECT", "OPTIONS", "TRACE", "*",
];

pub(super) fn cors(cx: &mut Cx, c: &Value, p: &P) {
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

pub(super) fn percentage(cx: &mut Cx, v: &Value, p: &P) {
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

pub(super) const GRPC_STATUS: &[&str] = &[
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

pub(super) fn http_status(code: i64) -> Result<(), String> {
    if (200..=600).contains(&code) {
        Ok(())
    } else {
        Err(format!("HTTP status {code} is not in the range 200-599"))
    }
}

pub(super) fn fault(cx: &mut Cx, f: &Value, p: &P) {
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

pub(super) fn redirect(cx: &mut Cx, r: &Value, matches: &[Value], p: &P) {
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

pub(super) fn direct_response(cx: &mut Cx, d: &Value, p: &P) {
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

pub(super) const RETRY_ON: &[&str] = &[
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
pub(super) fn known_status(code: i64) -> bool {
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

pub(super) fn rewrite(cx: &mut Cx, r: &Value, p: &P) {
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
pub(super) fn authority_rewrite(cx: &mut Cx, r: &Value, p: &P) {
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
