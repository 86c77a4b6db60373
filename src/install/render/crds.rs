//! Istio's CustomResourceDefinitions: names, versions and scope are facts of the Istio API.
//!
//! Each served version carries its structural schema from schemas/<group>/<version>/<Kind>.json
//! (embedded in the binary), so the API server checks objects with the very rules
//! `sailctl validate` applies, CEL `x-kubernetes-validations` included.

use serde_json::{Map, Value, json};

/// One Istio CRD.
pub struct Crd {
    pub group: &'static str,
    pub kind: &'static str,
    pub plural: &'static str,
    /// Served versions, in the order the CRD lists them.
    pub versions: &'static [&'static str],
    pub storage: &'static str,
    pub short_names: &'static [&'static str],
}

/// The 15 CRDs, in the order Istio's base chart installs them.
pub const CRDS: &[Crd] = &[
    crd(
        "extensions.istio.io",
        "TrafficExtension",
        "trafficextensions",
        &["v1alpha1"],
        "v1alpha1",
        &[],
    ),
    crd(
        "extensions.istio.io",
        "WasmPlugin",
        "wasmplugins",
        &["v1alpha1"],
        "v1alpha1",
        &[],
    ),
    crd(
        "networking.istio.io",
        "DestinationRule",
        "destinationrules",
        V3,
        "v1",
        &["dr"],
    ),
    crd(
        "networking.istio.io",
        "EnvoyFilter",
        "envoyfilters",
        &["v1alpha3"],
        "v1alpha3",
        &[],
    ),
    crd(
        "networking.istio.io",
        "Gateway",
        "gateways",
        V3,
        "v1",
        &["gw"],
    ),
    crd(
        "networking.istio.io",
        "ProxyConfig",
        "proxyconfigs",
        &["v1beta1"],
        "v1beta1",
        &[],
    ),
    crd(
        "networking.istio.io",
        "ServiceEntry",
        "serviceentries",
        V3,
        "v1",
        &["se"],
    ),
    crd("networking.istio.io", "Sidecar", "sidecars", V3, "v1", &[]),
    crd(
        "networking.istio.io",
        "VirtualService",
        "virtualservices",
        V3,
        "v1",
        &["vs"],
    ),
    crd(
        "networking.istio.io",
        "WorkloadEntry",
        "workloadentries",
        V3,
        "v1",
        &["we"],
    ),
    crd(
        "networking.istio.io",
        "WorkloadGroup",
        "workloadgroups",
        V3,
        "v1",
        &["wg"],
    ),
    crd(
        "security.istio.io",
        "AuthorizationPolicy",
        "authorizationpolicies",
        V2,
        "v1",
        &["ap"],
    ),
    crd(
        "security.istio.io",
        "PeerAuthentication",
        "peerauthentications",
        V2,
        "v1",
        &["pa"],
    ),
    crd(
        "security.istio.io",
        "RequestAuthentication",
        "requestauthentications",
        V2,
        "v1",
        &["ra"],
    ),
    crd(
        "telemetry.istio.io",
        "Telemetry",
        "telemetries",
        &["v1", "v1alpha1"],
        "v1alpha1",
        &["telemetry"],
    ),
];

const V3: &[&str] = &["v1", "v1alpha3", "v1beta1"];
const V2: &[&str] = &["v1", "v1beta1"];

const fn crd(
    group: &'static str,
    kind: &'static str,
    plural: &'static str,
    versions: &'static [&'static str],
    storage: &'static str,
    short_names: &'static [&'static str],
) -> Crd {
    Crd {
        group,
        kind,
        plural,
        versions,
        storage,
        short_names,
    }
}

impl Crd {
    /// The structural schema of one version: the one in schemas/ (the same file `validate`
    /// checks with, CEL rules included), or an open schema when there is none.
    pub fn schema(&self, version: &str) -> Value {
        crate::schema::schema_json(self.group, version, self.kind)
            .and_then(|text| serde_json::from_str(text).ok())
            .unwrap_or_else(|| {
                json!({
                    "type": "object",
                    "properties": {
                        "spec": {"type": "object", "x-kubernetes-preserve-unknown-fields": true},
                        "status": {"type": "object", "x-kubernetes-preserve-unknown-fields": true},
                    },
                    "x-kubernetes-preserve-unknown-fields": true,
                })
            })
    }

    pub fn name(&self) -> String {
        format!("{}.{}", self.plural, self.group)
    }

    /// The CRD object, with the given labels.
    pub fn to_object(&self, labels: Map<String, Value>) -> Value {
        let versions: Vec<Value> = self
            .versions
            .iter()
            .map(|v| {
                let mut version = json!({
                    "name": v,
                    "served": true,
                    "storage": *v == self.storage,
                    "schema": {"openAPIV3Schema": super::crd_release::release_schema(self.kind, self.schema(v))},
                    "subresources": {"status": {}},
                });
                if let Some(cols) = super::crd_columns::printer_columns(self.kind) {
                    version["additionalPrinterColumns"] = cols;
                }
                version
            })
            .collect();
        let mut names = json!({
            "kind": self.kind,
            "listKind": format!("{}List", self.kind),
            "plural": self.plural,
            "singular": self.kind.to_ascii_lowercase(),
            "categories": ["istio-io", self.group.replace('.', "-")],
        });
        if !self.short_names.is_empty() {
            names["shortNames"] = json!(self.short_names);
        }
        json!({
            "apiVersion": "apiextensions.k8s.io/v1",
            "kind": "CustomResourceDefinition",
            "metadata": {
                "name": self.name(),
                "labels": labels,
                "annotations": {"helm.sh/resource-policy": "keep"},
            },
            "spec": {
                "group": self.group,
                "names": names,
                "scope": "Namespaced",
                "versions": versions,
            },
        })
    }
}
