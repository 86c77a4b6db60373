//! The `additionalPrinterColumns` of Istio's CRDs (the same in every served version): what
//! `kubectl get` shows beside the name. Column names, types and JSON paths are facts of
//! Istio's CRDs; the descriptions are ours.

use serde_json::{Value, json};

/// (name, type, JSON path, description)
type Column = (&'static str, &'static str, &'static str, &'static str);

const AGE: Column = (
    "Age",
    "date",
    ".metadata.creationTimestamp",
    "When the object was created",
);

/// The printer columns of a kind, in order; None for kinds that declare none.
fn columns_of(kind: &str) -> Option<Vec<Column>> {
    let host = (
        "Host",
        "string",
        ".spec.host",
        "The service the policy applies to",
    );
    Some(match kind {
        "TrafficExtension" | "WasmPlugin" | "WorkloadGroup" | "Telemetry" => vec![AGE],
        "DestinationRule" => vec![host, AGE],
        "ServiceEntry" => vec![
            ("Hosts", "string", ".spec.hosts", "The hosts the entry adds"),
            (
                "Location",
                "string",
                ".spec.location",
                "MESH_EXTERNAL or MESH_INTERNAL",
            ),
            (
                "Resolution",
                "string",
                ".spec.resolution",
                "How the hosts resolve: NONE, STATIC, DNS or DNS_ROUND_ROBIN",
            ),
            AGE,
        ],
        "VirtualService" => vec![
            (
                "Gateways",
                "string",
                ".spec.gateways",
                "The gateways (and mesh) the routes apply to",
            ),
            (
                "Hosts",
                "string",
                ".spec.hosts",
                "The destination hosts routed",
            ),
            AGE,
        ],
        "WorkloadEntry" => vec![
            AGE,
            (
                "Address",
                "string",
                ".spec.address",
                "The workload's network address",
            ),
        ],
        "AuthorizationPolicy" => vec![
            ("Action", "string", ".spec.action", "What the policy does"),
            AGE,
        ],
        "PeerAuthentication" => vec![
            ("Mode", "string", ".spec.mtls.mode", "The mutual TLS mode"),
            AGE,
        ],
        _ => return None,
    })
}

/// The `additionalPrinterColumns` list of a kind, when it declares any.
pub fn printer_columns(kind: &str) -> Option<Value> {
    let cols = columns_of(kind)?;
    Some(Value::Array(
        cols.into_iter()
            .map(|(name, ty, path, description)| {
                json!({"name": name, "type": ty, "jsonPath": path, "description": description})
            })
            .collect(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn virtual_services_show_gateways_hosts_and_age() {
        let cols = printer_columns("VirtualService").unwrap_or_default();
        let names: Vec<&str> = cols
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|c| c["name"].as_str())
            .collect();
        assert_eq!(names, ["Gateways", "Hosts", "Age"]);
        assert_eq!(cols[1]["jsonPath"], ".spec.hosts");
        assert!(printer_columns("EnvoyFilter").is_none());
        assert_eq!(
            printer_columns("PeerAuthentication").unwrap_or_default()[0]["jsonPath"],
            ".spec.mtls.mode"
        );
    }
}
