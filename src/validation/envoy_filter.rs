//! EnvoyFilter: a standing warning (it exposes Envoy internals), the workload selector, and each
//! config patch: applyTo, patch operation and value, proxyVersion regex, and whether the match
//! fits what applyTo patches. Istio also decodes the patch value into Envoy's protobuf types;
//! sailctl checks the value's top-level fields against the type's (src/validation/envoy_fields.rs)
//! and does not carry the rest of Envoy's API.

use serde_json::Value;

use super::common::{Cx, P, arr, get, has, s};
use super::{http, selector};

const LISTENER_CLASS: &[&str] = &["LISTENER", "FILTER_CHAIN", "NETWORK_FILTER", "HTTP_FILTER"];
const ROUTE_CLASS: &[&str] = &["ROUTE_CONFIGURATION", "VIRTUAL_HOST", "HTTP_ROUTE"];
const HCM: &str = "envoy.filters.network.http_connection_manager";

/// Deprecated Envoy filter names and their canonical replacements.
const DEPRECATED_NAMES: &[(&str, &str)] = &[
    ("envoy.buffer", "envoy.filters.http.buffer"),
    ("envoy.cors", "envoy.filters.http.cors"),
    ("envoy.csrf", "envoy.filters.http.csrf"),
    ("envoy.http_dynamo_filter", "envoy.filters.http.dynamo"),
    (
        "envoy.ext_authz",
        "envoy.filters.http.ext_authz or envoy.filters.network.ext_authz",
    ),
    ("envoy.fault", "envoy.filters.http.fault"),
    (
        "envoy.grpc_http1_bridge",
        "envoy.filters.http.grpc_http1_bridge",
    ),
    (
        "envoy.grpc_json_transcoder",
        "envoy.filters.http.grpc_json_transcoder",
    ),
    ("envoy.grpc_web", "envoy.filters.http.grpc_web"),
    ("envoy.gzip", "envoy.filters.http.gzip"),
    ("envoy.health_check", "envoy.filters.http.health_check"),
    ("envoy.ip_tagging", "envoy.filters.http.ip_tagging"),
    ("envoy.lua", "envoy.filters.http.lua"),
    ("envoy.rate_limit", "envoy.filters.http.ratelimit"),
    ("envoy.router", "envoy.filters.http.router"),
    ("envoy.squash", "envoy.filters.http.squash"),
    (
        "envoy.listener.http_inspector",
        "envoy.filters.listener.http_inspector",
    ),
    (
        "envoy.listener.original_dst",
        "envoy.filters.listener.original_dst",
    ),
    (
        "envoy.listener.original_src",
        "envoy.filters.listener.original_src",
    ),
    (
        "envoy.listener.proxy_protocol",
        "envoy.filters.listener.proxy_protocol",
    ),
    (
        "envoy.listener.tls_inspector",
        "envoy.filters.listener.tls_inspector",
    ),
    (
        "envoy.client_ssl_auth",
        "envoy.filters.network.client_ssl_auth",
    ),
    (
        "envoy.http_connection_manager",
        "envoy.filters.network.http_connection_manager",
    ),
    ("envoy.mongo_proxy", "envoy.filters.network.mongo_proxy"),
    ("envoy.ratelimit", "envoy.filters.network.ratelimit"),
    ("envoy.redis_proxy", "envoy.filters.network.redis_proxy"),
    ("envoy.tcp_proxy", "envoy.filters.network.tcp_proxy"),
];

fn deprecated_name(cx: &mut Cx, name: &str, p: &P) {
    if let Some((_, new)) = DEPRECATED_NAMES.iter().find(|(old, _)| *old == name) {
        cx.warn(p, format!("filter name {name:?} is deprecated: use {new}"));
    }
}

pub fn check(_res: &crate::resource::Resource, spec: &Value, p: &P, cx: &mut Cx) {
    cx.warn(p, "EnvoyFilter exposes Envoy internals that may change in any release: prefer other APIs, and take extreme care around upgrades");
    if let Some(sel) = get(spec, "workloadSelector") {
        selector::workload_selector(cx, sel, "labels", &p.k("workloadSelector"));
    }
    let pc = p.k("configPatches");
    for (i, cp) in arr(spec, "configPatches").iter().enumerate() {
        let pi = pc.i(i);
        if cp.is_null() {
            cx.err(&pi, "config patch may not be null");
            continue;
        }
        patch(cx, cp, &pi);
    }
}

fn patch(cx: &mut Cx, cp: &Value, p: &P) {
    let m = get(cp, "match");
    if m.is_some_and(|m| s(m, "context") == "WAYPOINT") {
        return;
    }
    let apply_to = s(cp, "applyTo");
    if apply_to.is_empty() || apply_to == "INVALID" {
        cx.err(&p.k("applyTo"), "applyTo is required");
        return;
    }
    let Some(pt) = get(cp, "patch") else {
        cx.err(&p.k("patch"), "patch is required");
        return;
    };
    let op = s(pt, "operation");
    if op.is_empty() || op == "INVALID" {
        cx.err(&p.k("patch").k("operation"), "patch operation is required");
        return;
    }
    if op != "REMOVE" && !has(pt, "value") {
        cx.err(
            &p.k("patch").k("value"),
            format!("patch value is required for operation {op}"),
        );
        return;
    }
    if let Some(value) = get(pt, "value").filter(|v| v.is_object()) {
        let pp = p.k("patch");
        let pv = pp.k("value");
        if let Some(map) = value.as_object()
            && let Some((ty, unknown)) = super::envoy_fields::unknown_fields(apply_to, map)
            && let Some(first) = unknown.first()
        {
            let names: Vec<String> = unknown.iter().map(|k| format!("{k:?}")).collect();
            cx.warn(
                &pv.k(first),
                format!(
                    "unknown field {} in {ty}: Envoy never reads it",
                    names.join(", ")
                ),
            );
        } else {
            // Istio checks the decoded object's filters only when the value decodes strictly
            untyped_filters(cx, apply_to, value, &pv);
        }
    }
    let Some(m) = m else { return };
    let pm = p.k("match");
    if let Some(proxy) = get(m, "proxy") {
        let v = s(proxy, "proxyVersion");
        if v.len() > 1024 {
            cx.warn(
                &pm.k("proxy").k("proxyVersion"),
                "proxyVersion is longer than 1024 characters and is ignored",
            );
        } else if !v.is_empty()
            && let Err(e) = http::regex(v)
        {
            cx.err(
                &pm.k("proxy").k("proxyVersion"),
                format!("proxyVersion: {e}"),
            );
            return;
        }
    }
    let object = ["listener", "routeConfiguration", "cluster"]
        .into_iter()
        .find(|k| has(m, k));
    if LISTENER_CLASS.contains(&apply_to) {
        match object {
            None => {}
            Some("listener") => {}
            Some(other) => {
                cx.err(
                    &pm.k(other),
                    format!(
                        "applyTo {apply_to} patches listeners: the match must be a listener match"
                    ),
                );
                return;
            }
        }
        let Some(filter) = get(m, "listener")
            .and_then(|l| get(l, "filterChain"))
            .and_then(|fc| get(fc, "filter"))
        else {
            return;
        };
        let pl = pm.k("listener");
        let pfc = pl.k("filterChain");
        let pf = pfc.k("filter");
        if apply_to == "LISTENER" || apply_to == "FILTER_CHAIN" {
            cx.warn(
                &pf,
                format!("a filter match has no effect with applyTo {apply_to}"),
            );
        }
        let name = s(filter, "name");
        if name.is_empty() {
            cx.err(&pf.k("name"), "a filter match needs a name");
            return;
        }
        if let Some(sub) = get(filter, "subFilter") {
            let ps = pf.k("subFilter");
            if apply_to != "HTTP_FILTER" {
                cx.err(
                    &ps,
                    "a subFilter match can only be used with applyTo HTTP_FILTER",
                );
                return;
            }
            if name != HCM && name != "envoy.http_connection_manager" {
                cx.err(
                    &pf.k("name"),
                    format!("a subFilter match needs the filter match to be {HCM}"),
                );
                return;
            }
            let sub_name = s(sub, "name");
            if sub_name.is_empty() {
                cx.err(&ps.k("name"), "a subFilter match needs a name");
                return;
            }
            deprecated_name(cx, sub_name, &ps.k("name"));
        }
        deprecated_name(cx, name, &pf.k("name"));
    } else if ROUTE_CLASS.contains(&apply_to) {
        if let Some(other) = object.filter(|o| *o != "routeConfiguration") {
            cx.err(&pm.k(other), format!("applyTo {apply_to} patches routes: the match must be a routeConfiguration match"));
        }
    } else if apply_to == "CLUSTER"
        && let Some(other) = object.filter(|o| *o != "cluster")
    {
        cx.err(
            &pm.k(other),
            "applyTo CLUSTER patches clusters: the match must be a cluster match",
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::validation::testing::*;

    fn ef(patches: &str) -> String {
        format!(
            "apiVersion: networking.istio.io/v1alpha3\nkind: EnvoyFilter\nmetadata:\n  name: e\nspec:\n  configPatches:\n{patches}"
        )
    }

    #[test]
    fn always_warns() {
        let l = lines(&ef(
            "  - applyTo: CLUSTER\n    patch: {operation: REMOVE}\n",
        ));
        assert_eq!(l.len(), 1);
        assert!(l[0].starts_with("W spec: EnvoyFilter exposes"));
    }

    #[test]
    fn extensions_named_without_typed_config_warn() {
        let l = lines(&ef(
            "  - applyTo: HTTP_FILTER\n    patch: {operation: INSERT_FIRST, value: {name: my-lua}}\n  - applyTo: HTTP_FILTER\n    patch: {operation: INSERT_FIRST, value: {name: typed, typed_config: {'@type': t}}}\n  - applyTo: LISTENER\n    patch: {operation: ADD, value: {name: l, filter_chains: [{filters: [{name: a}, {name: b, typedConfig: {}}], transport_socket: {name: tls}}]}}\n  - applyTo: CLUSTER\n    patch: {operation: ADD, value: {name: plain-cluster}}\n",
        ));
        let untyped: Vec<&String> = l
            .iter()
            .filter(|x| x.contains("without typed_config"))
            .collect();
        assert_eq!(untyped.len(), 2, "{l:?}");
        assert!(
            untyped[0].starts_with("W spec.configPatches[0].patch.value: "),
            "{}",
            untyped[0]
        );
        assert!(untyped[0].ends_with(": my-lua"), "{}", untyped[0]);
        assert!(
            untyped[1].starts_with("W spec.configPatches[2].patch.value: "),
            "{}",
            untyped[1]
        );
        assert!(untyped[1].ends_with(": a, tls"), "{}", untyped[1]);
    }

    #[test]
    fn patches() {
        assert_finding(
            &ef("  - patch: {operation: REMOVE}\n"),
            "spec.configPatches[0].applyTo",
            "required",
        );
        assert_finding(
            &ef("  - applyTo: CLUSTER\n"),
            "spec.configPatches[0].patch",
            "required",
        );
        assert_finding(
            &ef("  - applyTo: CLUSTER\n    patch: {operation: MERGE}\n"),
            "spec.configPatches[0].patch.value",
            "required",
        );
        assert_finding(
            &ef(
                "  - applyTo: CLUSTER\n    match: {proxy: {proxyVersion: \"(\"}}\n    patch: {operation: REMOVE}\n",
            ),
            "spec.configPatches[0].match.proxy.proxyVersion",
            "regex",
        );
        assert_finding(
            &ef(
                "  - applyTo: HTTP_FILTER\n    match: {cluster: {service: x}}\n    patch: {operation: REMOVE}\n",
            ),
            "spec.configPatches[0].match.cluster",
            "listener match",
        );
        assert_finding(
            &ef(
                "  - applyTo: NETWORK_FILTER\n    match: {listener: {filterChain: {filter: {name: x, subFilter: {name: y}}}}}\n    patch: {operation: REMOVE}\n",
            ),
            "spec.configPatches[0].match.listener.filterChain.filter.subFilter",
            "HTTP_FILTER",
        );
        assert_finding(
            &ef(
                "  - applyTo: HTTP_FILTER\n    match: {listener: {filterChain: {filter: {name: x, subFilter: {name: y}}}}}\n    patch: {operation: REMOVE}\n",
            ),
            "spec.configPatches[0].match.listener.filterChain.filter.name",
            "http_connection_manager",
        );
        assert_finding(
            &ef(
                "  - applyTo: VIRTUAL_HOST\n    match: {listener: {}}\n    patch: {operation: REMOVE}\n",
            ),
            "spec.configPatches[0].match.listener",
            "routeConfiguration",
        );
        let dep = ef(
            "  - applyTo: HTTP_FILTER\n    match: {listener: {filterChain: {filter: {name: envoy.http_connection_manager, subFilter: {name: envoy.router}}}}}\n    patch: {operation: REMOVE}\n",
        );
        let l = lines(&dep);
        assert!(l.iter().any(|x| x.starts_with("W spec.configPatches[0].match.listener.filterChain.filter.name: filter name \"envoy.http_connection_manager\" is deprecated")), "{l:#?}");
        assert!(l.iter().any(|x| x.starts_with("W spec.configPatches[0].match.listener.filterChain.filter.subFilter.name: filter name \"envoy.router\" is deprecated")), "{l:#?}");
        assert_clean(&ef(
            "  - applyTo: HTTP_FILTER\n    match:\n      context: SIDECAR_INBOUND\n      listener:\n        filterChain:\n          filter:\n            name: envoy.filters.network.http_connection_manager\n            subFilter: {name: envoy.filters.http.router}\n    patch:\n      operation: INSERT_BEFORE\n      value: {name: my.filter}\n",
        ));
    }
}

/// Envoy objects whose configuration is a `typed_config` (or, for filters, an ECDS
/// `config_discovery`); naming them without one is a deprecated form Envoy may drop.
#[derive(Clone, Copy, PartialEq)]
enum Shape {
    /// Needs `typed_config`: filters, listener filters, transport sockets, access logs,
    /// extension configs, custom cluster types.
    Typed,
    Listener,
    FilterChain,
    Cluster,
}

/// A field of `v` in either of protobuf JSON's spellings (`filter_chains` or `filterChains`).
fn field<'v>(v: &'v Value, snake: &str, camel: &str) -> Option<&'v Value> {
    get(v, snake).or_else(|| get(v, camel))
}

fn missing_typed_config(v: &Value, shape: Shape, out: &mut Vec<String>) {
    let each = |key: (&str, &str), inner: Shape, out: &mut Vec<String>| {
        if let Some(list) = field(v, key.0, key.1).and_then(Value::as_array) {
            for item in list.iter().filter(|i| i.is_object()) {
                missing_typed_config(item, inner, out);
            }
        }
    };
    let one = |key: (&str, &str), inner: Shape, out: &mut Vec<String>| {
        if let Some(item) = field(v, key.0, key.1).filter(|i| i.is_object()) {
            missing_typed_config(item, inner, out);
        }
    };
    match shape {
        Shape::Typed => {
            if field(v, "typed_config", "typedConfig").is_none()
                && field(v, "config_discovery", "configDiscovery").is_none()
            {
                out.push(s(v, "name").to_string());
            }
        }
        Shape::Listener => {
            each(("filter_chains", "filterChains"), Shape::FilterChain, out);
            one(
                ("default_filter_chain", "defaultFilterChain"),
                Shape::FilterChain,
                out,
            );
            each(("listener_filters", "listenerFilters"), Shape::Typed, out);
            each(("access_log", "accessLog"), Shape::Typed, out);
        }
        Shape::FilterChain => {
            each(("filters", "filters"), Shape::Typed, out);
            one(("transport_socket", "transportSocket"), Shape::Typed, out);
        }
        Shape::Cluster => {
            one(("transport_socket", "transportSocket"), Shape::Typed, out);
            one(("cluster_type", "clusterType"), Shape::Typed, out);
            if let Some(list) = field(v, "transport_socket_matches", "transportSocketMatches")
                .and_then(Value::as_array)
            {
                for m in list {
                    if let Some(ts) = field(m, "transport_socket", "transportSocket") {
                        missing_typed_config(ts, Shape::Typed, out);
                    }
                }
            }
        }
    }
}

/// Istio warns when a patch value configures an Envoy extension by name only, without its
/// `typed_config` (the untyped form is deprecated).
fn untyped_filters(cx: &mut Cx, apply_to: &str, value: &Value, p: &P) {
    let shape = match apply_to {
        "HTTP_FILTER" | "NETWORK_FILTER" | "LISTENER_FILTER" | "EXTENSION_CONFIG" => Shape::Typed,
        "LISTENER" => Shape::Listener,
        "FILTER_CHAIN" => Shape::FilterChain,
        "CLUSTER" => Shape::Cluster,
        _ => return,
    };
    let mut names = Vec::new();
    missing_typed_config(value, shape, &mut names);
    if !names.is_empty() {
        cx.warn(
            p,
            format!(
                "configured by name without typed_config, a deprecated form: {}",
                names.join(", ")
            ),
        );
    }
}
