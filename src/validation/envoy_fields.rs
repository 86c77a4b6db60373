//! The fields of the Envoy object each EnvoyFilter `applyTo` patches (the proto field names of
//! Envoy's v3 API, as go-control-plane v1.37 declares them, oneof members included). Istio
//! decodes a patch value strictly into that type and warns about a field the type does not
//! have (IST0133): a misspelt or misplaced field that Envoy would never see. Only the top level
//! of the value is checked here; protojson accepts each field in snake_case and lowerCamelCase.

/// (applyTo, Envoy type, its fields, sorted).
const TYPES: &[(&str, &str, &[&str])] = &[
    (
        "CLUSTER",
        "envoy.config.cluster.v3.Cluster",
        &[
            "alt_stat_name",
            "circuit_breakers",
            "cleanup_interval",
            "close_connections_on_host_health_failure",
            "cluster_type",
            "common_http_protocol_options",
            "common_lb_config",
            "connect_timeout",
            "connection_pool_per_downstream_connection",
            "dns_failure_refresh_rate",
            "dns_jitter",
            "dns_lookup_family",
            "dns_refresh_rate",
            "dns_resolution_config",
            "dns_resolvers",
            "eds_cluster_config",
            "filters",
            "health_checks",
            "http2_protocol_options",
            "http_protocol_options",
            "ignore_health_on_host_removal",
            "lb_policy",
            "lb_subset_config",
            "least_request_lb_config",
            "load_assignment",
            "load_balancing_policy",
            "lrs_report_endpoint_metrics",
            "lrs_server",
            "maglev_lb_config",
            "max_requests_per_connection",
            "metadata",
            "name",
            "original_dst_lb_config",
            "outlier_detection",
            "per_connection_buffer_high_watermark_timeout",
            "per_connection_buffer_limit_bytes",
            "preconnect_policy",
            "protocol_selection",
            "respect_dns_ttl",
            "ring_hash_lb_config",
            "round_robin_lb_config",
            "track_cluster_stats",
            "track_timeout_budgets",
            "transport_socket",
            "transport_socket_matcher",
            "transport_socket_matches",
            "type",
            "typed_dns_resolver_config",
            "typed_extension_protocol_options",
            "upstream_bind_config",
            "upstream_config",
            "upstream_connection_options",
            "upstream_http_protocol_options",
            "use_tcp_for_dns_lookups",
            "wait_for_warm_on_init",
        ],
    ),
    (
        "LISTENER",
        "envoy.config.listener.v3.Listener",
        &[
            "access_log",
            "additional_addresses",
            "address",
            "api_listener",
            "bind_to_port",
            "bypass_overload_manager",
            "connection_balance_config",
            "continue_on_listener_filters_timeout",
            "default_filter_chain",
            "deprecated_v1",
            "drain_type",
            "enable_mptcp",
            "enable_reuse_port",
            "fcds_config",
            "filter_chain_matcher",
            "filter_chains",
            "freebind",
            "ignore_global_conn_limit",
            "internal_listener",
            "listener_filters",
            "listener_filters_timeout",
            "max_connections_to_accept_per_socket_event",
            "metadata",
            "name",
            "per_connection_buffer_high_watermark_timeout",
            "per_connection_buffer_limit_bytes",
            "reuse_port",
            "socket_options",
            "stat_prefix",
            "tcp_backlog_size",
            "tcp_fast_open_queue_length",
            "tcp_keepalive",
            "traffic_direction",
            "transparent",
            "udp_listener_config",
            "use_original_dst",
        ],
    ),
    (
        "ROUTE_CONFIGURATION",
        "envoy.config.route.v3.RouteConfiguration",
        &[
            "cluster_specifier_plugins",
            "ignore_path_parameters_in_path_matching",
            "ignore_port_in_host_matching",
            "internal_only_headers",
            "max_direct_response_body_size_bytes",
            "metadata",
            "most_specific_header_mutations_wins",
            "name",
            "request_headers_to_add",
            "request_headers_to_remove",
            "request_mirror_policies",
            "response_headers_to_add",
            "response_headers_to_remove",
            "typed_per_filter_config",
            "validate_clusters",
            "vhds",
            "vhost_header",
            "virtual_hosts",
        ],
    ),
    (
        "FILTER_CHAIN",
        "envoy.config.listener.v3.FilterChain",
        &[
            "filter_chain_match",
            "filters",
            "metadata",
            "name",
            "transport_socket",
            "transport_socket_connect_timeout",
            "use_proxy_proto",
        ],
    ),
    (
        "HTTP_FILTER",
        "envoy.extensions.filters.network.http_connection_manager.v3.HttpFilter",
        &[
            "config_discovery",
            "disabled",
            "is_optional",
            "name",
            "typed_config",
        ],
    ),
    (
        "NETWORK_FILTER",
        "envoy.config.listener.v3.Filter",
        &["config_discovery", "name", "typed_config"],
    ),
    (
        "VIRTUAL_HOST",
        "envoy.config.route.v3.VirtualHost",
        &[
            "cors",
            "domains",
            "hedge_policy",
            "include_attempt_count_in_response",
            "include_is_timeout_retry_header",
            "include_request_attempt_count",
            "matcher",
            "metadata",
            "name",
            "per_request_buffer_limit_bytes",
            "rate_limits",
            "request_body_buffer_limit",
            "request_headers_to_add",
            "request_headers_to_remove",
            "request_mirror_policies",
            "require_tls",
            "response_headers_to_add",
            "response_headers_to_remove",
            "retry_policy",
            "retry_policy_typed_config",
            "routes",
            "typed_per_filter_config",
            "virtual_clusters",
        ],
    ),
    (
        "HTTP_ROUTE",
        "envoy.config.route.v3.Route",
        &[
            "decorator",
            "direct_response",
            "filter_action",
            "match",
            "metadata",
            "name",
            "non_forwarding_action",
            "per_request_buffer_limit_bytes",
            "redirect",
            "request_body_buffer_limit",
            "request_headers_to_add",
            "request_headers_to_remove",
            "response_headers_to_add",
            "response_headers_to_remove",
            "route",
            "stat_prefix",
            "tracing",
            "typed_per_filter_config",
        ],
    ),
    (
        "EXTENSION_CONFIG",
        "envoy.config.core.v3.TypedExtensionConfig",
        &["name", "typed_config"],
    ),
    (
        "BOOTSTRAP",
        "envoy.config.bootstrap.v3.Bootstrap",
        &[
            "admin",
            "application_log_config",
            "bootstrap_extensions",
            "certificate_provider_instances",
            "cluster_manager",
            "config_sources",
            "default_config_source",
            "default_regex_engine",
            "default_socket_interface",
            "deferred_stat_options",
            "dns_resolution_config",
            "dynamic_resources",
            "enable_dispatcher_stats",
            "enable_worker_cpu_affinity",
            "fatal_actions",
            "flags_path",
            "grpc_async_client_manager_config",
            "hds_config",
            "header_prefix",
            "inline_headers",
            "layered_runtime",
            "listener_manager",
            "memory_allocator_manager",
            "node",
            "node_context_params",
            "overload_manager",
            "perf_tracing_file_path",
            "static_resources",
            "stats_config",
            "stats_eviction_interval",
            "stats_flush_interval",
            "stats_flush_on_admin",
            "stats_server_version_override",
            "stats_sinks",
            "tracing",
            "typed_dns_resolver_config",
            "use_tcp_for_dns_lookups",
            "watchdog",
            "watchdogs",
            "xds_config_tracker_extension",
            "xds_delegate_extension",
        ],
    ),
    (
        "LISTENER_FILTER",
        "envoy.config.listener.v3.ListenerFilter",
        &[
            "config_discovery",
            "filter_disabled",
            "name",
            "typed_config",
        ],
    ),
];

/// `lowerCamelCase` to `snake_case` (protojson's two spellings of a field).
fn snake(key: &str) -> String {
    let mut out = String::with_capacity(key.len() + 4);
    for c in key.chars() {
        if c.is_ascii_uppercase() {
            out.push('_');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// The Envoy type a patch value of `apply_to` decodes into and the value's top-level keys that
/// type lacks; None when `apply_to` is not one of the typed targets.
pub fn unknown_fields<'v>(
    apply_to: &str,
    value: &'v serde_json::Map<String, serde_json::Value>,
) -> Option<(&'static str, Vec<&'v str>)> {
    let (_, ty, fields) = TYPES.iter().find(|(a, _, _)| *a == apply_to)?;
    let unknown = value
        .keys()
        .filter(|k| fields.binary_search(&snake(k).as_str()).is_err())
        .map(String::as_str)
        .collect();
    Some((ty, unknown))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn tables_are_sorted_for_binary_search() {
        for (a, _, fields) in TYPES {
            assert!(fields.windows(2).all(|w| w[0] < w[1]), "{a}");
        }
    }

    #[test]
    fn both_spellings_are_known_and_strays_are_named() {
        let v = json!({"name": "c", "connectTimeout": "1s", "lb_policy": "ROUND_ROBIN",
                       "typed_config": {}});
        let (ty, unknown) = unknown_fields("CLUSTER", v.as_object().unwrap()).unwrap();
        assert_eq!(ty, "envoy.config.cluster.v3.Cluster");
        assert_eq!(unknown, ["typed_config"]);
        let f = json!({"name": "f", "typedConfig": {}});
        assert_eq!(
            unknown_fields("HTTP_FILTER", f.as_object().unwrap())
                .unwrap()
                .1
                .len(),
            0
        );
        assert!(unknown_fields("MYSTERY", f.as_object().unwrap()).is_none());
    }
}
