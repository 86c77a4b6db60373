//! The mesh configuration analyzers see: Istio's defaults, overlaid by `--meshConfigFile`.

use serde_json::{Value, json};

/// Istio's default MeshConfig (the fields analyzers read, with Istio's default values).
pub fn default_mesh_config(istio_namespace: &str) -> Value {
    json!({
        "enableTracing": true,
        "accessLogFile": "",
        "ingressService": "istio-ingressgateway",
        "ingressControllerMode": "STRICT",
        "ingressClass": "istio",
        "trustDomain": "cluster.local",
        "enableAutoMtls": true,
        "outboundTrafficPolicy": {"mode": "ALLOW_ANY"},
        "inboundTrafficPolicy": {"mode": "PASSTHROUGH"},
        "localityLbSetting": {"enabled": true},
        "rootNamespace": istio_namespace,
        "proxyListenPort": 15001,
        "proxyInboundListenPort": 15006,
        "connectTimeout": "10s",
        "defaultServiceExportTo": ["*"],
        "defaultVirtualServiceExportTo": ["*"],
        "defaultDestinationRuleExportTo": ["*"],
        "enablePrometheusMerge": true,
        "defaultProviders": {},
        "defaultConfig": {
            "configPath": "./etc/istio/proxy",
            "binaryPath": "/usr/local/bin/envoy",
            "serviceCluster": "istio-proxy",
            "drainDuration": "45s",
            "discoveryAddress": format!("istiod.{istio_namespace}.svc:15012"),
            "proxyAdminPort": 15000,
            "controlPlaneAuthPolicy": "MUTUAL_TLS",
            "statNameLength": 189,
            "statusPort": 15020
        },
        "extensionProviders": [
            {"name": "prometheus", "prometheus": {}},
            {"name": "stackdriver", "stackdriver": {}},
            {"name": "envoy", "envoyFileAccessLog": {"path": "/dev/stdout"}}
        ]
    })
}

/// Overlay `overlay` onto `base`: maps merge key by key, everything else (lists included)
/// replaces. A `null` in the overlay leaves the base value.
pub fn overlay(base: &mut Value, overlay: &Value) {
    match (base, overlay) {
        (Value::Object(b), Value::Object(o)) => {
            for (k, v) in o {
                match b.get_mut(k) {
                    Some(existing) => self::overlay(existing, v),
                    None => {
                        if !v.is_null() {
                            b.insert(k.clone(), v.clone());
                        }
                    }
                }
            }
        }
        (_, Value::Null) => {}
        (b, o) => *b = o.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlay_merges_maps_and_replaces_lists() {
        let mut m = default_mesh_config("istio-system");
        overlay(
            &mut m,
            &json!({"ingressControllerMode": "OFF", "defaultConfig": {"image": {"imageType": "distroless"}},
                    "extensionProviders": [{"name": "x"}]}),
        );
        assert_eq!(m["ingressControllerMode"], "OFF");
        assert_eq!(m["defaultConfig"]["proxyAdminPort"], 15000);
        assert_eq!(m["defaultConfig"]["image"]["imageType"], "distroless");
        assert_eq!(m["extensionProviders"].as_array().map(Vec::len), Some(1));
    }
}
