//! Every analyzer, one per file under `<area>/<name>.rs`.
//!
//! Each area is a plain module here (so rustfmt sees every file), and [`ALL`] with the
//! generated schema analyzers lists every analyzer once, in a stable order (`analysis::all`).
//! The meta-test in tests/analyze_meta.rs checks that every file is registered, names are unique
//! and every analyzer has its documentation and fixtures.

use super::Analyzer;

pub mod annotations {
    pub mod alpha;
    pub mod k8s;
}
pub mod authn {
    pub mod blocked_cidrs;
}
pub mod authz {
    pub mod authorization_policies;
}
pub mod conditions {
    pub mod negative_status;
}
pub mod deprecation {
    pub mod fields;
}
pub mod deployment {
    pub mod application_uid;
    pub mod multi_service;
}
pub mod destinationrule {
    pub mod ca_certificate;
    pub mod subset_select_pod;
}
pub mod envoyfilter {
    pub mod patch;
}
pub mod externalcontrolplane {
    pub mod webhook_address;
}
pub mod gateway {
    pub mod certificate;
    pub mod conflicting_gateway;
    pub mod ingress_gateway_port;
    pub mod secret;
}
pub mod injection {
    pub mod image;
    pub mod image_auto;
    pub mod namespace;
}
pub mod k8sgateway {
    pub mod crd_version;
    pub mod selector;
}
pub mod schema {
    pub mod validation;
}
pub mod service {
    pub mod port_name;
}
pub mod meshnetworks {
    pub mod service_registry;
}
pub mod serviceentry {
    pub mod conflicting_protocol;
    pub mod protocol_addresses;
}
pub mod sidecar {
    pub mod selector;
}
pub mod telemetry {
    pub mod default_selector;
    pub mod lightstep;
    pub mod provider;
    pub mod selector;
}
pub mod virtualservice {
    pub mod conflicting_mesh_gateway_hosts;
    pub mod destination_host;
    pub mod destination_rule;
    pub mod gateway;
    pub mod jwt_claim_route;
}
pub mod webhook {
    pub mod injection_webhooks;
}

/// Every analyzer but the `schema.ValidationAnalyzer.<Kind>` family (generated from
/// schemas/kinds.toml: [`schema::validation::all`]), by area, in a stable order (istioctl's
/// `--list-analyzers` order is by name). `analysis::all` puts the family where its area sorts.
pub static ALL: &[&dyn Analyzer] = &[
    &annotations::k8s::K8sAnalyzer,
    &annotations::alpha::AlphaAnalyzer,
    &authn::blocked_cidrs::BlockedCidrsAnalyzer,
    &authz::authorization_policies::AuthorizationPoliciesAnalyzer,
    &conditions::negative_status::ConditionAnalyzer,
    &deprecation::fields::DeprecationAnalyzer,
    &deployment::multi_service::MultiServiceAnalyzer,
    &deployment::application_uid::ApplicationUidAnalyzer,
    &destinationrule::ca_certificate::CaCertificateAnalyzer,
    &destinationrule::subset_select_pod::SubsetSelectPodAnalyzer,
    &envoyfilter::patch::EnvoyPatchAnalyzer,
    &externalcontrolplane::webhook_address::ExternalControlPlaneAnalyzer,
    &gateway::ingress_gateway_port::IngressGatewayPortAnalyzer,
    &gateway::secret::SecretAnalyzer,
    &gateway::conflicting_gateway::ConflictingGatewayAnalyzer,
    &gateway::certificate::CertificateAnalyzer,
    &injection::namespace::InjectionAnalyzer,
    &injection::image::ImageAnalyzer,
    &injection::image_auto::ImageAutoAnalyzer,
    &k8sgateway::selector::K8sGatewaySelectorAnalyzer,
    &k8sgateway::crd_version::CrdVersionAnalyzer,
    &service::port_name::PortNameAnalyzer,
    &meshnetworks::service_registry::MeshNetworksAnalyzer,
    &serviceentry::protocol_addresses::ProtocolAddressesAnalyzer,
    &serviceentry::conflicting_protocol::ConflictingServiceEntryProtocolAnalyzer,
    &sidecar::selector::SelectorAnalyzer,
    &telemetry::provider::ProviderAnalyzer,
    &telemetry::selector::SelectorAnalyzer,
    &telemetry::default_selector::DefaultSelectorAnalyzer,
    &telemetry::lightstep::LightstepAnalyzer,
    &virtualservice::gateway::GatewayAnalyzer,
    &virtualservice::destination_host::DestinationHostAnalyzer,
    &virtualservice::destination_rule::DestinationRuleAnalyzer,
    &virtualservice::conflicting_mesh_gateway_hosts::ConflictingMeshGatewayHostsAnalyzer,
    &virtualservice::jwt_claim_route::JwtClaimRouteAnalyzer,
    &webhook::injection_webhooks::WebhookAnalyzer,
];
