//! The fields of Envoy's API messages that the views read, and nothing else: serde skips every
//! other field without building it. Field names follow Envoy's admin JSON (snake_case); each
//! multi-word field also accepts its protojson lowerCamelCase name, so dumps relayed by istiod
//! or other tools parse too. Every field is optional: unknown or missing parts never fail a view.

use std::collections::BTreeMap;

use serde::Deserialize;
use serde_json::Value;
use serde_json::value::RawValue;

// ---- config dump sections -------------------------------------------------------------------

// Each section is generic over what it holds: `&RawValue` to keep resources as text (for
// `-o json`), or the typed view of a resource (one pass for tables).

#[derive(Debug, Deserialize)]
pub struct ClustersSection<T> {
    #[serde(default = "Vec::new", alias = "staticClusters")]
    pub static_clusters: Vec<ClusterEntry<T>>,
    #[serde(default = "Vec::new", alias = "dynamicActiveClusters")]
    pub dynamic_active_clusters: Vec<ClusterEntry<T>>,
}

#[derive(Debug, Deserialize)]
pub struct ClusterEntry<T> {
    #[serde(default = "none")]
    pub cluster: Option<T>,
}

#[derive(Debug, Deserialize)]
pub struct ListenersSection<T> {
    #[serde(default = "Vec::new", alias = "staticListeners")]
    pub static_listeners: Vec<StaticListener<T>>,
    #[serde(default = "Vec::new", alias = "dynamicListeners")]
    pub dynamic_listeners: Vec<DynamicListener<T>>,
}

#[derive(Debug, Deserialize)]
pub struct StaticListener<T> {
    #[serde(default = "none")]
    pub listener: Option<T>,
}

#[derive(Debug, Deserialize)]
pub struct DynamicListener<T> {
    #[serde(default = "none", alias = "activeState")]
    pub active_state: Option<StaticListener<T>>,
}

#[derive(Debug, Deserialize)]
pub struct RoutesSection<T> {
    #[serde(default = "Vec::new", alias = "staticRouteConfigs")]
    pub static_route_configs: Vec<RouteEntry<T>>,
    #[serde(default = "Vec::new", alias = "dynamicRouteConfigs")]
    pub dynamic_route_configs: Vec<RouteEntry<T>>,
}

#[derive(Debug, Deserialize)]
pub struct RouteEntry<T> {
    #[serde(default = "none", alias = "routeConfig")]
    pub route_config: Option<T>,
}

#[derive(Debug, Deserialize)]
pub struct EndpointsSection<T> {
    #[serde(default = "Vec::new", alias = "staticEndpointConfigs")]
    pub static_endpoint_configs: Vec<EndpointEntry<T>>,
    #[serde(default = "Vec::new", alias = "dynamicEndpointConfigs")]
    pub dynamic_endpoint_configs: Vec<EndpointEntry<T>>,
}

#[derive(Debug, Deserialize)]
pub struct EndpointEntry<T> {
    #[serde(default = "none", alias = "endpointConfig")]
    pub endpoint_config: Option<T>,
}

fn none<T>() -> Option<T> {
    None
}

impl<T> ClustersSection<T> {
    /// Dynamic active clusters, then static clusters (istioctl's order before sorting).
    pub fn into_items(self) -> Vec<T> {
        self.dynamic_active_clusters
            .into_iter()
            .chain(self.static_clusters)
            .filter_map(|c| c.cluster)
            .collect()
    }
}

impl<T> ListenersSection<T> {
    /// Dynamic listeners (active state), then static ones.
    pub fn into_items(self) -> Vec<T> {
        self.dynamic_listeners
            .into_iter()
            .filter_map(|l| l.active_state.and_then(|a| a.listener))
            .chain(self.static_listeners.into_iter().filter_map(|l| l.listener))
            .collect()
    }
}

impl<T> RoutesSection<T> {
    /// Dynamic route configurations, then static ones.
    pub fn into_items(self) -> Vec<T> {
        self.dynamic_route_configs
            .into_iter()
            .chain(self.static_route_configs)
            .filter_map(|r| r.route_config)
            .collect()
    }
}

impl<T> EndpointsSection<T> {
    /// Dynamic endpoint configurations, then static ones.
    pub fn into_items(self) -> Vec<T> {
        self.dynamic_endpoint_configs
            .into_iter()
            .chain(self.static_endpoint_configs)
            .filter_map(|e| e.endpoint_config)
            .collect()
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SecretsSection {
    #[serde(alias = "dynamicActiveSecrets")]
    pub dynamic_active_secrets: Vec<DynamicSecret>,
    #[serde(alias = "dynamicWarmingSecrets")]
    pub dynamic_warming_secrets: Vec<DynamicSecret>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct DynamicSecret {
    pub name: String,
    #[serde(alias = "versionInfo")]
    pub version_info: String,
    pub secret: Option<Secret>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct EcdsSection {
    #[serde(alias = "ecdsFilters")]
    pub ecds_filters: Vec<Value>,
}

// ---- bootstrap --------------------------------------------------------------------------------

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct BootstrapDump {
    pub bootstrap: Bootstrap,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Bootstrap {
    pub node: Node,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Node {
    pub id: String,
    pub metadata: BTreeMap<String, Value>,
    #[serde(alias = "userAgentBuildVersion")]
    pub user_agent_build_version: BuildVersion,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct BuildVersion {
    pub version: SemanticVersion,
    pub metadata: BTreeMap<String, Value>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SemanticVersion {
    #[serde(alias = "majorNumber")]
    pub major_number: u32,
    #[serde(alias = "minorNumber")]
    pub minor_number: u32,
    pub patch: u32,
}

// ---- shared -----------------------------------------------------------------------------------

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Metadata {
    #[serde(alias = "filterMetadata")]
    pub filter_metadata: FilterMetadata,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct FilterMetadata {
    pub istio: Option<IstioMetadata>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct IstioMetadata {
    pub config: Option<Value>,
}

impl Metadata {
    /// The `istio` filter metadata's `config` path, when it is a string.
    pub fn istio_config(&self) -> Option<&str> {
        self.filter_metadata
            .istio
            .as_ref()
            .and_then(|m| m.config.as_ref())
            .and_then(Value::as_str)
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Address {
    #[serde(alias = "socketAddress")]
    pub socket_address: Option<SocketAddress>,
    pub pipe: Option<Pipe>,
    #[serde(alias = "envoyInternalAddress")]
    pub envoy_internal_address: Option<InternalAddress>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SocketAddress {
    pub address: String,
    #[serde(alias = "portValue")]
    pub port_value: u32,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Pipe {
    pub path: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct InternalAddress {
    #[serde(alias = "serverListenerName")]
    pub server_listener_name: Option<String>,
    #[serde(alias = "endpointId")]
    pub endpoint_id: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct AdditionalAddress {
    pub address: Option<Address>,
}

// ---- cluster ----------------------------------------------------------------------------------

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Cluster {
    pub name: String,
    #[serde(rename = "type")]
    pub discovery_type: Option<String>,
    pub metadata: Option<Metadata>,
}

impl Cluster {
    /// The discovery type; `STATIC` (the proto default) when absent.
    pub fn discovery_type(&self) -> &str {
        self.discovery_type.as_deref().unwrap_or("STATIC")
    }
}

// ---- listener ---------------------------------------------------------------------------------

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Listener<'a> {
    pub name: String,
    pub address: Option<Address>,
    #[serde(alias = "additionalAddresses")]
    pub additional_addresses: Vec<AdditionalAddress>,
    #[serde(alias = "internalListener")]
    pub internal_listener: Option<serde::de::IgnoredAny>,
    #[serde(borrow, alias = "filterChains")]
    pub filter_chains: Vec<FilterChain<'a>>,
    #[serde(borrow, alias = "defaultFilterChain")]
    pub default_filter_chain: Option<FilterChain<'a>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct FilterChain<'a> {
    pub name: String,
    #[serde(alias = "filterChainMatch")]
    pub filter_chain_match: Option<FilterChainMatch>,
    #[serde(borrow)]
    pub filters: Vec<Filter<'a>>,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct FilterChainMatch {
    #[serde(alias = "serverNames")]
    pub server_names: Vec<String>,
    #[serde(alias = "transportProtocol")]
    pub transport_protocol: String,
    #[serde(alias = "applicationProtocols")]
    pub application_protocols: Vec<String>,
    #[serde(alias = "destinationPort")]
    pub destination_port: Option<u32>,
    #[serde(alias = "prefixRanges")]
    pub prefix_ranges: Vec<CidrRange>,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct CidrRange {
    #[serde(alias = "addressPrefix")]
    pub address_prefix: String,
    #[serde(alias = "prefixLen")]
    pub prefix_len: u32,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Filter<'a> {
    pub name: String,
    #[serde(borrow, alias = "typedConfig")]
    pub typed_config: Option<&'a RawValue>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct HttpConnectionManager {
    #[serde(alias = "routeConfig")]
    pub route_config: Option<RouteConfiguration>,
    pub rds: Option<Rds>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Rds {
    #[serde(alias = "routeConfigName")]
    pub route_config_name: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct TcpProxy {
    pub cluster: String,
    #[serde(alias = "weightedClusters")]
    pub weighted_clusters: Option<WeightedClusters>,
}

// ---- route ------------------------------------------------------------------------------------

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RouteConfiguration {
    pub name: String,
    #[serde(alias = "virtualHosts")]
    pub virtual_hosts: Vec<VirtualHost>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct VirtualHost {
    pub name: String,
    pub domains: Vec<String>,
    pub routes: Vec<Route>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Route {
    pub name: String,
    #[serde(rename = "match")]
    pub route_match: RouteMatch,
    pub route: Option<RouteAction>,
    pub redirect: Option<Value>,
    #[serde(alias = "directResponse")]
    pub direct_response: Option<DirectResponse>,
    pub metadata: Option<Metadata>,
}

impl Route {
    /// The single cluster a route forwards to, if its action names one.
    pub fn cluster(&self) -> Option<&str> {
        self.route.as_ref().and_then(|a| a.cluster.as_deref())
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RouteMatch {
    pub prefix: Option<String>,
    pub path: Option<String>,
    #[serde(alias = "safeRegex")]
    pub safe_regex: Option<RegexMatcher>,
    #[serde(alias = "pathSeparatedPrefix")]
    pub path_separated_prefix: Option<String>,
    pub headers: Vec<HeaderMatcher>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RegexMatcher {
    pub regex: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct HeaderMatcher {
    pub name: String,
    #[serde(alias = "stringMatch")]
    pub string_match: Option<BTreeMap<String, Value>>,
    #[serde(alias = "exactMatch")]
    pub exact_match: Option<String>,
    #[serde(alias = "presentMatch")]
    pub present_match: Option<bool>,
    #[serde(alias = "invertMatch")]
    pub invert_match: bool,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RouteAction {
    pub cluster: Option<String>,
    #[serde(alias = "clusterHeader")]
    pub cluster_header: Option<String>,
    #[serde(alias = "weightedClusters")]
    pub weighted_clusters: Option<WeightedClusters>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct WeightedClusters {
    pub clusters: Vec<ClusterWeight>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ClusterWeight {
    pub name: String,
    pub weight: Option<u32>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct DirectResponse {
    pub status: u32,
}

// ---- endpoints (EDS) --------------------------------------------------------------------------

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ClusterLoadAssignment {
    #[serde(alias = "clusterName")]
    pub cluster_name: String,
    pub endpoints: Vec<LocalityLbEndpoints>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct LocalityLbEndpoints {
    pub locality: Option<Locality>,
    #[serde(alias = "lbEndpoints")]
    pub lb_endpoints: Vec<LbEndpoint>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Locality {
    pub region: String,
    pub zone: String,
    #[serde(alias = "subZone")]
    pub sub_zone: String,
}

impl Locality {
    /// `region/zone/subzone`, stopping at the first empty part after the region.
    pub fn describe(&self) -> String {
        let mut s = self.region.clone();
        if self.zone.is_empty() {
            return s;
        }
        s.push('/');
        s.push_str(&self.zone);
        if self.sub_zone.is_empty() {
            return s;
        }
        s.push('/');
        s.push_str(&self.sub_zone);
        s
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct LbEndpoint {
    pub endpoint: Option<Endpoint>,
    #[serde(alias = "healthStatus")]
    pub health_status: Option<String>,
}

impl LbEndpoint {
    /// The health status name; `UNKNOWN` (the proto default) when absent.
    pub fn health_status(&self) -> &str {
        self.health_status.as_deref().unwrap_or("UNKNOWN")
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Endpoint {
    pub address: Option<Address>,
    #[serde(alias = "additionalAddresses")]
    pub additional_addresses: Vec<AdditionalAddress>,
}

// ---- secrets ----------------------------------------------------------------------------------

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Secret {
    #[serde(alias = "tlsCertificate")]
    pub tls_certificate: Option<TlsCertificate>,
    #[serde(alias = "validationContext")]
    pub validation_context: Option<ValidationContext>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct TlsCertificate {
    #[serde(alias = "certificateChain")]
    pub certificate_chain: Option<DataSource>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ValidationContext {
    #[serde(alias = "trustedCa")]
    pub trusted_ca: Option<DataSource>,
    #[serde(alias = "customValidatorConfig")]
    pub custom_validator_config: Option<TypedExtension>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct DataSource {
    /// Base64, as protobuf JSON encodes bytes.
    #[serde(alias = "inlineBytes")]
    pub inline_bytes: Option<String>,
    #[serde(alias = "inlineString")]
    pub inline_string: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct TypedExtension {
    pub name: String,
    #[serde(alias = "typedConfig")]
    pub typed_config: Option<SpiffeValidatorConfig>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SpiffeValidatorConfig {
    #[serde(rename = "@type")]
    pub type_url: String,
    #[serde(alias = "trustDomains")]
    pub trust_domains: Vec<TrustDomain>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct TrustDomain {
    pub name: String,
    #[serde(alias = "trustBundle")]
    pub trust_bundle: Option<DataSource>,
}

// ---- /clusters?format=json --------------------------------------------------------------------

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Clusters<'a> {
    #[serde(borrow, alias = "clusterStatuses")]
    pub cluster_statuses: Vec<&'a RawValue>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ClusterStatus {
    pub name: String,
    #[serde(alias = "hostStatuses")]
    pub host_statuses: Vec<HostStatus>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct HostStatus {
    pub address: Option<Address>,
    #[serde(alias = "healthStatus")]
    pub health_status: HostHealthStatus,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct HostHealthStatus {
    #[serde(alias = "edsHealthStatus")]
    pub eds_health_status: Option<String>,
    #[serde(alias = "failedOutlierCheck")]
    pub failed_outlier_check: bool,
}
