//! Sidecar injection as `istioctl kube-inject` does it offline, and as istiod's webhook does
//! around its templates: the injector config (templates), the mesh config and the values go
//! into a Go text/template evaluator ([`template`]); the rendered pod is merged onto the
//! app's pod ([`merge`]); then the post-processing ([`pod`]): status annotation, cluster and
//! network, Prometheus merge, app probe rewrite, container order.

pub mod gostruct;
pub mod merge;
pub mod pod;
pub mod probe;
pub mod template;
pub mod workload;

use std::collections::BTreeMap;

use serde_json::{Value, json};

use crate::resource::yaml::RepeatedKeys;
use template::Template;

/// An error in the injection inputs (config, mesh, values, templates): a usage error.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct InjectError(pub String);

/// ProxyConfig's map fields (in JSON names): their keys are the user's, not field names.
const PROXY_CONFIG_MAPS: [&str; 3] = ["customTags", "proxyMetadata", "runtimeValues"];

/// A ProxyConfig with its fields under their protobuf JSON names. Istio reads a ProxyConfig
/// (`proxy.istio.io/config`, the mesh config's `defaultConfig`) with either the field's proto
/// name or its JSON name (`custom_tags` or `customTags`), and writes it back with the JSON
/// name: the injection template reads `.ProxyConfig.HoldApplicationUntilProxyStarts` and
/// `PROXY_CONFIG` carries `customTags` whichever the user wrote. The keys inside the map
/// fields (`proxyMetadata: {ISTIO_META_DNS_CAPTURE: ...}`) stay as written.
pub fn proxy_config_json_names(config: &mut Value) {
    json_names(config, false);
}

fn json_names(v: &mut Value, keys_are_data: bool) {
    match v {
        Value::Object(fields) => {
            for (key, mut value) in std::mem::take(fields) {
                let key = if keys_are_data { key } else { json_name(key) };
                // a map field's keys are data; its values (a CustomTag) have fields again
                json_names(
                    &mut value,
                    !keys_are_data && PROXY_CONFIG_MAPS.contains(&key.as_str()),
                );
                fields.insert(key, value);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|i| json_names(i, false)),
        _ => {}
    }
}

/// protoc's JSON name of a field: `hold_application_until_proxy_starts` becomes
/// `holdApplicationUntilProxyStarts`, `enable_64bit_trace_id` `enable64bitTraceId`.
fn json_name(field: String) -> String {
    if !field.contains('_') {
        return field;
    }
    let mut out = String::with_capacity(field.len());
    let mut upper = false;
    for c in field.chars() {
        match c {
            '_' => upper = true,
            c if upper => {
                out.extend(c.to_uppercase());
                upper = false;
            }
            c => out.push(c),
        }
    }
    out
}

/// The parsed injector configuration.
#[derive(Debug)]
pub struct InjectConfig {
    pub templates: BTreeMap<String, Template>,
}

/// Everything an injection needs besides the pod.
#[derive(Debug)]
pub struct Injector {
    pub config: InjectConfig,
    /// The mesh config with istiod's defaults under the file's values.
    pub mesh: Value,
    pub values: Value,
    /// The revision (`""` for the default one).
    pub revision: String,
    pub native_sidecars: bool,
}

fn parse_yaml_doc(text: &str, what: &str) -> Result<Value, InjectError> {
    parse_doc_with(RepeatedKeys::Refused, text, what)
}

/// A template's output, read as istiod reads it (sigs.k8s.io/yaml's non-strict decoding): a
/// repeated key keeps its last value. Istio's own template writes `name: "0"` and then the
/// mount's own `name` for a `sidecar.istio.io/userVolumeMount` given as a JSON list.
fn parse_template_output(text: &str, what: &str) -> Result<Value, InjectError> {
    parse_doc_with(RepeatedKeys::LastWins, text, what)
}

fn parse_doc_with(keys: RepeatedKeys, text: &str, what: &str) -> Result<Value, InjectError> {
    let (docs, err) = crate::resource::yaml::parse_chunk_keys(text, keys);
    if let Some(e) = err {
        return Err(InjectError(format!("{what}:{}: {}", e.line, e.message)));
    }
    Ok(docs
        .into_iter()
        .map(|(v, _)| v)
        .find(|v| !v.is_null())
        .unwrap_or(Value::Null))
}

impl InjectConfig {
    /// The injector config as the ConfigMap's `config` key holds it, or a whole ConfigMap
    /// (its `data.config`), or a bare template (then it is the `sidecar` template).
    pub fn parse(text: &str, origin: &str) -> Result<InjectConfig, InjectError> {
        let doc = parse_yaml_doc(text, origin).unwrap_or(Value::Null);
        let doc = if doc["kind"] == "ConfigMap" {
            let inner = doc["data"]["config"].as_str().ok_or_else(|| {
                InjectError(format!(
                    "{origin}: the ConfigMap has no data.config (the injector config)"
                ))
            })?;
            parse_yaml_doc(inner, &format!("{origin} data.config"))?
        } else {
            doc
        };
        let raw: Vec<(String, String)> = match doc["templates"].as_object() {
            Some(t) if !t.is_empty() => t
                .iter()
                .map(|(k, v)| (k.clone(), v.as_str().unwrap_or_default().to_string()))
                .collect(),
            _ => vec![("sidecar".to_string(), text.to_string())],
        };
        let mut templates = BTreeMap::new();
        for (name, src) in raw {
            let t =
                Template::parse(&name, &src).map_err(|e| InjectError(format!("{origin}: {e}")))?;
            templates.insert(name, t);
        }
        Ok(InjectConfig { templates })
    }
}

/// istiod's mesh config defaults for what injection reads.
fn mesh_defaults() -> Value {
    json!({
        "trustDomain": "cluster.local",
        "proxyListenPort": 15001,
        "proxyInboundListenPort": 15006,
        "enablePrometheusMerge": true,
        "defaultConfig": {
            "configPath": "./etc/istio/proxy",
            "binaryPath": "/usr/local/bin/envoy",
            "serviceCluster": "istio-proxy",
            "drainDuration": "45s",
            "terminationDrainDuration": "5s",
            "proxyAdminPort": 15000,
            "controlPlaneAuthPolicy": "MUTUAL_TLS",
            "discoveryAddress": "istiod.istio-system.svc:15012",
            "statNameLength": 189,
            "statusPort": 15020,
            "interceptionMode": "REDIRECT"
        }
    })
}

/// Overlay `over` onto `base`: maps merge, everything else replaces.
pub fn overlay(base: &mut Value, over: &Value) {
    match (base, over) {
        (Value::Object(b), Value::Object(o)) => {
            for (k, v) in o {
                match b.get_mut(k) {
                    Some(bv) if bv.is_object() && v.is_object() => overlay(bv, v),
                    _ => {
                        b.insert(k.clone(), v.clone());
                    }
                }
            }
        }
        (b, o) => *b = o.clone(),
    }
}

impl Injector {
    /// Build from the three texts (injector config, mesh config, values) and their origins.
    pub fn new(
        config: (&str, &str),
        mesh: (&str, &str),
        values: (&str, &str),
        revision: &str,
    ) -> Result<Injector, InjectError> {
        let config = InjectConfig::parse(config.0, config.1)?;
        let mut m = mesh_defaults();
        let mut file = parse_yaml_doc(mesh.0, mesh.1)?;
        if !file.is_null() && !file.is_object() {
            return Err(InjectError(format!(
                "{}: the mesh config is not a map",
                mesh.1
            )));
        }
        if let Some(fields) = file.as_object_mut()
            && let Some(given) = fields.remove("default_config")
        {
            fields.entry("defaultConfig").or_insert(given);
        }
        if let Some(config) = file.get_mut("defaultConfig") {
            proxy_config_json_names(config);
        }
        // an empty mesh config file is the defaults
        if file.is_object() {
            overlay(&mut m, &file);
        }
        let v = parse_yaml_doc(values.0, values.1)?;
        if !v.is_object() {
            return Err(InjectError(format!(
                "{}: the values are not a map",
                values.1
            )));
        }
        let rev = if revision == "default" { "" } else { revision };
        Ok(Injector {
            config,
            mesh: m,
            values: v,
            revision: rev.to_string(),
            native_sidecars: std::env::var("ENABLE_NATIVE_SIDECARS").is_ok_and(|s| s == "true"),
        })
    }

    /// The mesh config with a pod's `proxy.istio.io/config` applied (metadata maps merge).
    pub fn mesh_for(&self, annotations: &Value) -> Result<Value, InjectError> {
        let mut mesh = self.mesh.clone();
        if let Some(pc) = annotations["proxy.istio.io/config"].as_str() {
            let mut over = parse_yaml_doc(pc, "annotation proxy.istio.io/config")?;
            if !over.is_object() && !over.is_null() {
                return Err(InjectError(format!(
                    "annotation proxy.istio.io/config: could not parse proxy config: {pc:?} is not a map"
                )));
            }
            proxy_config_json_names(&mut over);
            // an empty annotation changes nothing
            if over.is_object() {
                overlay(&mut mesh["defaultConfig"], &over);
            }
        }
        Ok(mesh)
    }

    /// `hub/proxyv2:tag[-variant]` as istiod builds the proxy image.
    pub fn proxy_image(&self, annotations: &Value, image_type: &str, init: bool) -> String {
        let g = &self.values["global"];
        let key = if init { "proxy_init" } else { "proxy" };
        let name = g[key]["image"]
            .as_str()
            .filter(|s| !s.is_empty())
            .unwrap_or("proxyv2");
        let tag = match &g["tag"] {
            Value::Null => String::new(),
            other => template::go_json(other).trim_matches('"').to_string(),
        };
        let mut kind = if init || image_type.is_empty() {
            g["variant"].as_str().unwrap_or_default().to_string()
        } else {
            image_type.to_string()
        };
        if let Some(t) = annotations["sidecar.istio.io/proxyImageType"].as_str() {
            kind = t.to_string();
        }
        let hub = g["hub"].as_str().unwrap_or_default();
        if kind.is_empty() {
            return format!("{hub}/{name}:{tag}");
        }
        let base = ["distroless", "debug"]
            .iter()
            .find_map(|k| tag.strip_suffix(&format!("-{k}")))
            .unwrap_or(&tag);
        if kind == "default" {
            format!("{hub}/{name}:{base}")
        } else {
            format!("{hub}/{name}:{base}-{kind}")
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    #[test]
    fn proxy_image_follows_hub_tag_and_variant() {
        let inj = super::Injector::new(
            ("{{ . }}", "c"),
            ("", "m"),
            (
                r#"{"global": {"hub": "h", "tag": "1.2-debug", "variant": "distroless"}}"#,
                "v",
            ),
            "default",
        )
        .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            inj.proxy_image(&json!({}), "", false),
            "h/proxyv2:1.2-distroless"
        );
        assert_eq!(
            inj.proxy_image(
                &json!({"sidecar.istio.io/proxyImageType": "default"}),
                "",
                false
            ),
            "h/proxyv2:1.2"
        );
        assert_eq!(inj.revision, "");
    }

    #[test]
    fn proxy_configs_take_their_fields_json_names_and_keep_map_keys() {
        let mesh = "default_config:\n  proxy_metadata: {ISTIO_META_DNS_CAPTURE: \"true\"}\n  drain_duration: 5s\n";
        let inj = super::Injector::new(("{{ . }}", "c"), (mesh, "m"), ("{}", "v"), "default")
            .unwrap_or_else(|e| panic!("{e}"));
        let dc = &inj.mesh["defaultConfig"];
        assert_eq!(
            dc["proxyMetadata"],
            json!({"ISTIO_META_DNS_CAPTURE": "true"})
        );
        assert_eq!(dc["drainDuration"], "5s");
        assert!(dc.get("drain_duration").is_none() && inj.mesh.get("default_config").is_none());
        // the defaults the file does not name are kept
        assert_eq!(inj.mesh["trustDomain"], "cluster.local");
        // as in Kiali's travels demo: `custom_tags` with header tags
        let pc = "hold_application_until_proxy_starts: true\ntracing:\n  sampling: 10\n  custom_tags:\n    http.header.user_id:\n      header: {name: user_id, default_value: none}\n  zipkin: {enable_64bit_trace_id: true}\n";
        let m = inj
            .mesh_for(&json!({"proxy.istio.io/config": pc}))
            .unwrap_or_else(|e| panic!("{e}"));
        let dc = &m["defaultConfig"];
        assert_eq!(dc["holdApplicationUntilProxyStarts"], true);
        assert_eq!(
            dc["tracing"],
            json!({"sampling": 10,
                "customTags": {"http.header.user_id": {"header": {"name": "user_id", "defaultValue": "none"}}},
                "zipkin": {"enable64bitTraceId": true}})
        );
        assert_eq!(
            dc["proxyMetadata"],
            json!({"ISTIO_META_DNS_CAPTURE": "true"})
        );
        // an empty mesh file or annotation keeps every default
        let inj = super::Injector::new(("{{ . }}", "c"), ("", "m"), ("{}", "v"), "default")
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(inj.mesh["defaultConfig"].is_object(), "{}", inj.mesh);
        let m = inj
            .mesh_for(&json!({"proxy.istio.io/config": ""}))
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(m, inj.mesh);
    }
}
