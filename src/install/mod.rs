//! Installing Istio: profiles, values and rendering.
//!
//! `profile + -f IstioOperator + --set` → [`values::Merged`] → [`render::render`] → a list of
//! [`Object`]s, each tagged with the component that owns it and the install phase. `manifest
//! generate` prints that list; install/apply will consume the same list (server-side apply in
//! order, then prune by the ownership labels every object carries).

pub mod apply;
pub mod diff;
pub mod operator_schema;
pub mod precheck;
pub mod profiles;
pub mod prune;
pub mod release;
pub mod render;
pub mod state;
pub mod tag;
pub mod uninstall;
pub mod values;
pub mod verify;
pub mod wait;

use serde_json::Value;

/// The installable components, in istioctl's render order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Component {
    Base,
    Pilot,
    IngressGateways,
    EgressGateways,
    Cni,
    Ztunnel,
}

impl Component {
    pub const ALL: [Component; 6] = [
        Component::Base,
        Component::Pilot,
        Component::IngressGateways,
        Component::EgressGateways,
        Component::Cni,
        Component::Ztunnel,
    ];

    /// The value of the `operator.istio.io/component` label (istioctl's component name).
    pub fn label(self) -> &'static str {
        match self {
            Component::Base => "Base",
            Component::Pilot => "Pilot",
            Component::IngressGateways => "IngressGateways",
            Component::EgressGateways => "EgressGateways",
            Component::Cni => "Cni",
            Component::Ztunnel => "Ztunnel",
        }
    }

    /// The key under `spec.components` of an IstioOperator.
    pub fn spec_name(self) -> &'static str {
        match self {
            Component::Base => "base",
            Component::Pilot => "pilot",
            Component::IngressGateways => "ingressGateways",
            Component::EgressGateways => "egressGateways",
            Component::Cni => "cni",
            Component::Ztunnel => "ztunnel",
        }
    }

    /// Accepts istioctl's component names and the spec keys, case-insensitively.
    pub fn parse(s: &str) -> Option<Component> {
        let l = s.to_ascii_lowercase();
        Component::ALL.into_iter().find(|c| {
            c.label().to_ascii_lowercase() == l
                || c.spec_name().to_ascii_lowercase() == l
                || (l == "istiod" && *c == Component::Pilot)
                || (l == "ingressgateway" && *c == Component::IngressGateways)
                || (l == "egressgateway" && *c == Component::EgressGateways)
        })
    }

    /// Components that must be applied (and ready) before this one.
    pub fn depends_on(self) -> &'static [Component] {
        match self {
            Component::Base => &[],
            Component::Pilot | Component::Cni => &[Component::Base],
            Component::IngressGateways | Component::EgressGateways => &[Component::Pilot],
            Component::Ztunnel => &[Component::Cni],
        }
    }
}

impl std::fmt::Display for Component {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.label())
    }
}

/// When an object is applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Phase {
    /// Rendered from the component charts; applied with server-side apply.
    Manifest,
}

/// One rendered Kubernetes object.
#[derive(Debug, Clone, PartialEq)]
pub struct Object {
    pub component: Component,
    pub phase: Phase,
    pub value: Value,
}

impl Object {
    pub fn api_version(&self) -> &str {
        self.value["apiVersion"].as_str().unwrap_or_default()
    }
    pub fn kind(&self) -> &str {
        self.value["kind"].as_str().unwrap_or_default()
    }
    pub fn name(&self) -> &str {
        self.value["metadata"]["name"].as_str().unwrap_or_default()
    }
    pub fn namespace(&self) -> Option<&str> {
        self.value["metadata"]["namespace"].as_str()
    }
}
