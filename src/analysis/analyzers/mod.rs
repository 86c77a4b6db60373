//! Every analyzer, one per file under `<area>/<name>.rs`.
//!
//! The `analyzers!` list below is the only place an analyzer is named (`file::A | B` when one
//! file declares several, as schema/validation.rs does, one per kind): it declares the modules
//! (so a file that is not listed is not even compiled) and builds [`ALL`] from the same names.
//! The meta-test in tests/analyze_meta.rs checks that every file is registered, names are unique
//! and every analyzer has its documentation and fixtures.

use super::Analyzer;

macro_rules! analyzers {
    ($($area:ident { $($file:ident :: $($ty:ident)|+),* $(,)? })*) => {
        $(
            pub mod $area {
                $(pub mod $file;)*
            }
        )*

        /// Every analyzer, in a stable order (istioctl's `--list-analyzers` order is by name).
        pub static ALL: &[&dyn Analyzer] = &[$($($(&$area::$file::$ty),+),*),*];
    };
}

analyzers! {
    annotations {
        k8s::K8sAnalyzer,
        alpha::AlphaAnalyzer,
    }
    authn {
        blocked_cidrs::BlockedCidrsAnalyzer,
    }
    authz {
        authorization_policies::AuthorizationPoliciesAnalyzer,
    }
    conditions {
        negative_status::ConditionAnalyzer,
    }
    deprecation {
        fields::DeprecationAnalyzer,
    }
    deployment {
        multi_service::MultiServiceAnalyzer,
        application_uid::ApplicationUidAnalyzer,
    }
    destinationrule {
        ca_certificate::CaCertificateAnalyzer,
        subset_select_pod::SubsetSelectPodAnalyzer,
    }
    envoyfilter {
        patch::EnvoyPatchAnalyzer,
    }
    externalcontrolplane {
        webhook_address::ExternalControlPlaneAnalyzer,
    }
    gateway {
        ingress_gateway_port::IngressGatewayPortAnalyzer,
        secret::SecretAnalyzer,
        conflicting_gateway::ConflictingGatewayAnalyzer,
        certificate::CertificateAnalyzer,
    }
    injection {
        namespace::InjectionAnalyzer,
        image::ImageAnalyzer,
        image_auto::ImageAutoAnalyzer,
    }
    k8sgateway {
        selector::K8sGatewaySelectorAnalyzer,
        crd_version::CrdVersionAnalyzer,
    }
    schema {
        // one analyzer per Istio kind, all in one file
        validation::AUTHORIZATION_POLICY
            | DESTINATION_RULE
            | ENVOY_FILTER
            | GATEWAY
            | PEER_AUTHENTICATION
            | PROXY_CONFIG
            | REQUEST_AUTHENTICATION
            | SERVICE_ENTRY
            | SIDECAR
            | TELEMETRY
            | TRAFFIC_EXTENSION
            | VIRTUAL_SERVICE
            | WASM_PLUGIN
            | WORKLOAD_ENTRY
            | WORKLOAD_GROUP,
    }
    service {
        port_name::PortNameAnalyzer,
    }
    meshnetworks {
        service_registry::MeshNetworksAnalyzer,
    }
    serviceentry {
        protocol_addresses::ProtocolAddressesAnalyzer,
        conflicting_protocol::ConflictingServiceEntryProtocolAnalyzer,
    }
    sidecar {
        selector::SelectorAnalyzer,
    }
    telemetry {
        provider::ProviderAnalyzer,
        selector::SelectorAnalyzer,
        default_selector::DefaultSelectorAnalyzer,
        lightstep::LightstepAnalyzer,
    }
    virtualservice {
        gateway::GatewayAnalyzer,
        destination_host::DestinationHostAnalyzer,
        destination_rule::DestinationRuleAnalyzer,
        conflicting_mesh_gateway_hosts::ConflictingMeshGatewayHostsAnalyzer,
        jwt_claim_route::JwtClaimRouteAnalyzer,
    }
    webhook {
        injection_webhooks::WebhookAnalyzer,
    }
}
