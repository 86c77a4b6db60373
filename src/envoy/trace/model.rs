//! The parts of listeners, route configurations and clusters a trace reads: more than the
//! `proxy-config` tables need (every match kind, the action's details), so kept apart from
//! [`crate::envoy::model`]. Unknown fields are skipped; what a step shows beyond the match is
//! kept as JSON.

use serde::Deserialize;
use serde_json::Value;

/// Only the name of a resource: finding one route configuration or cluster among thousands
/// without parsing the others.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Named {
    pub name: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ClaName {
    #[serde(alias = "clusterName")]
    pub cluster_name: String,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct RouteConfig {
    pub name: String,
    #[serde(alias = "virtualHosts")]
    pub virtual_hosts: Vec<VirtualHost>,
    #[serde(alias = "ignorePortInHostMatching")]
    pub ignore_port_in_host_matching: bool,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct VirtualHost {
    pub name: String,
    pub domains: Vec<String>,
    pub routes: Vec<Route>,
    #[serde(alias = "retryPolicy")]
    pub retry_policy: Option<Value>,
    #[serde(alias = "typedPerFilterConfig")]
    pub typed_per_filter_config: Option<Value>,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct Route {
    pub name: String,
    #[serde(rename = "match")]
    pub route_match: RouteMatch,
    pub route: Option<Value>,
    pub redirect: Option<Value>,
    #[serde(alias = "directResponse")]
    pub direct_response: Option<Value>,
    #[serde(alias = "typedPerFilterConfig")]
    pub typed_per_filter_config: Option<Value>,
    pub metadata: Option<Value>,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct RouteMatch {
    pub prefix: Option<String>,
    pub path: Option<String>,
    #[serde(alias = "safeRegex")]
    pub safe_regex: Option<Regex>,
    #[serde(alias = "pathSeparatedPrefix")]
    pub path_separated_prefix: Option<String>,
    #[serde(alias = "pathMatchPolicy")]
    pub path_match_policy: Option<PathMatchPolicy>,
    #[serde(alias = "connectMatcher")]
    pub connect_matcher: Option<Value>,
    #[serde(alias = "caseSensitive")]
    pub case_sensitive: Option<bool>,
    pub headers: Vec<HeaderMatcher>,
    #[serde(alias = "queryParameters")]
    pub query_parameters: Vec<QueryParameterMatcher>,
    pub grpc: Option<Value>,
    #[serde(alias = "runtimeFraction")]
    pub runtime_fraction: Option<Value>,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct Regex {
    pub regex: String,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct PathMatchPolicy {
    pub name: String,
    #[serde(alias = "typedConfig")]
    pub typed_config: PathTemplate,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct PathTemplate {
    #[serde(alias = "pathTemplate")]
    pub path_template: String,
}

/// `envoy.type.matcher.v3.StringMatcher`.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct StringMatcher {
    pub exact: Option<String>,
    pub prefix: Option<String>,
    pub suffix: Option<String>,
    pub contains: Option<String>,
    #[serde(alias = "safeRegex")]
    pub safe_regex: Option<Regex>,
    #[serde(alias = "ignoreCase")]
    pub ignore_case: bool,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct Int64Range {
    #[serde(deserialize_with = "int64")]
    pub start: i64,
    #[serde(deserialize_with = "int64")]
    pub end: i64,
}

/// An int64 field: protobuf JSON writes it as a string, numbers are accepted too.
fn int64<'de, D: serde::Deserializer<'de>>(d: D) -> Result<i64, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Either {
        Number(i64),
        Text(String),
    }
    match Either::deserialize(d)? {
        Either::Number(n) => Ok(n),
        Either::Text(s) => s
            .parse()
            .map_err(|_| serde::de::Error::custom(format!("{s:?} is not an int64"))),
    }
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct HeaderMatcher {
    pub name: String,
    #[serde(alias = "stringMatch")]
    pub string_match: Option<StringMatcher>,
    #[serde(alias = "exactMatch")]
    pub exact_match: Option<String>,
    #[serde(alias = "prefixMatch")]
    pub prefix_match: Option<String>,
    #[serde(alias = "suffixMatch")]
    pub suffix_match: Option<String>,
    #[serde(alias = "containsMatch")]
    pub contains_match: Option<String>,
    #[serde(alias = "safeRegexMatch")]
    pub safe_regex_match: Option<Regex>,
    #[serde(alias = "rangeMatch")]
    pub range_match: Option<Int64Range>,
    #[serde(alias = "presentMatch")]
    pub present_match: Option<bool>,
    #[serde(alias = "invertMatch")]
    pub invert_match: bool,
    #[serde(alias = "treatMissingHeaderAsEmpty")]
    pub treat_missing_header_as_empty: bool,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct QueryParameterMatcher {
    pub name: String,
    #[serde(alias = "stringMatch")]
    pub string_match: Option<StringMatcher>,
    #[serde(alias = "presentMatch")]
    pub present_match: Option<bool>,
}

/// The filter chain match fields are the proxy-config views' own (one definition).
pub use crate::envoy::model::{CidrRange, FilterChainMatch};

// ---- listeners --------------------------------------------------------------------------------

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Listener {
    pub name: String,
    pub address: Option<crate::envoy::model::Address>,
    #[serde(alias = "additionalAddresses")]
    pub additional_addresses: Vec<crate::envoy::model::AdditionalAddress>,
    #[serde(alias = "useOriginalDst")]
    pub use_original_dst: Option<bool>,
    #[serde(alias = "bindToPort")]
    pub bind_to_port: Option<bool>,
    #[serde(alias = "filterChains")]
    pub filter_chains: Vec<FilterChain>,
    #[serde(alias = "defaultFilterChain")]
    pub default_filter_chain: Option<FilterChain>,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct FilterChain {
    pub name: String,
    #[serde(alias = "filterChainMatch")]
    pub filter_chain_match: Option<FilterChainMatch>,
    pub filters: Vec<Filter>,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct Filter {
    pub name: String,
    #[serde(alias = "typedConfig")]
    pub typed_config: Option<Value>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct HttpConnectionManager {
    #[serde(alias = "routeConfig")]
    pub route_config: Option<RouteConfig>,
    pub rds: Option<crate::envoy::model::Rds>,
    #[serde(alias = "statPrefix")]
    pub stat_prefix: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct TcpProxy {
    pub cluster: String,
    #[serde(alias = "weightedClusters")]
    pub weighted_clusters: Option<Value>,
    #[serde(alias = "statPrefix")]
    pub stat_prefix: String,
}
