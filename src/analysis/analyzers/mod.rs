//! Every analyzer, one per file under `<area>/<name>.rs`.
//!
//! The `analyzers!` list below is the only place an analyzer is named: it declares the modules
//! (so a file that is not listed is not even compiled) and builds [`ALL`] from the same names.
//! The meta-test in tests/analyze_meta.rs checks that every file is registered, names are unique
//! and every analyzer has its documentation and fixtures.

use super::Analyzer;

macro_rules! analyzers {
    ($($area:ident { $($file:ident :: $ty:ident),* $(,)? })*) => {
        $(
            pub mod $area {
                $(pub mod $file;)*
            }
        )*

        /// Every analyzer, in a stable order (istioctl's `--list-analyzers` order is by name).
        pub static ALL: &[&dyn Analyzer] = &[$($(&$area::$file::$ty),*),*];
    };
}

analyzers! {
    annotations {
        k8s::K8sAnalyzer,
        alpha::AlphaAnalyzer,
    }
    deployment {
        multi_service::MultiServiceAnalyzer,
        application_uid::ApplicationUidAnalyzer,
    }
    destinationrule {
        ca_certificate::CaCertificateAnalyzer,
        subset_select_pod::SubsetSelectPodAnalyzer,
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
    service {
        port_name::PortNameAnalyzer,
    }
    serviceentry {
        protocol_addresses::ProtocolAddressesAnalyzer,
        conflicting_protocol::ConflictingServiceEntryProtocolAnalyzer,
    }
    sidecar {
        selector::SelectorAnalyzer,
    }
    virtualservice {
        gateway::GatewayAnalyzer,
        destination_host::DestinationHostAnalyzer,
        destination_rule::DestinationRuleAnalyzer,
        conflicting_mesh_gateway_hosts::ConflictingMeshGatewayHostsAnalyzer,
        jwt_claim_route::JwtClaimRouteAnalyzer,
    }
}
