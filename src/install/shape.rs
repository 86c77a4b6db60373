//! A structural check of IstioOperator documents: which fields exist under `spec`, under each
//! component, and under the well-known parts of `spec.values`, and the type of the scalar ones.
//! It names the first bad path with what is allowed there.
//!
//! The IstioOperator JSON Schema in schemas/install.istio.io is the source of truth
//! (`values::validate_operator`); this structural map adds "did you mean" suggestions to its
//! unknown-field errors and decides alone only if no schema is embedded. The field names are
//! those of Istio's IstioOperator and values API.

use serde_json::Value;

/// What may sit at one place of the document.
#[derive(Clone, Copy)]
pub enum Shape {
    /// Anything (free-form maps such as `meshConfig`, `k8s`, chart-specific values).
    Any,
    Bool,
    /// A whole number (a non-negative one where Istio uses uint32).
    Int,
    /// Any number.
    Number,
    String,
    /// A string or a number (image tags, IntOrString).
    StringOrNumber,
    /// A map with these fields only.
    Fields(fn(&str) -> Option<Shape>, &'static [&'static str]),
    /// A list whose items have this shape.
    List(fn() -> Shape),
    /// A map whose values have this shape (`values.gateways`).
    MapOf(fn() -> Shape),
}

/// A mismatch found by [`check`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShapeError {
    /// The dotted path of the offending field (`spec.components.pilot.enabeld`).
    pub path: String,
    pub message: String,
}

macro_rules! fields {
    ($f:expr, [$($n:literal),* $(,)?]) => {
        Shape::Fields($f, &[$($n),*])
    };
}

/// The shape of a whole IstioOperator document.
pub fn operator() -> Shape {
    fields!(
        |k| match k {
            "apiVersion" | "kind" => Some(Shape::String),
            "metadata" => Some(Shape::Any),
            "spec" => Some(spec()),
            "status" => Some(Shape::Any),
            _ => None,
        },
        ["apiVersion", "kind", "metadata", "spec"]
    )
}

/// The shape of `spec`.
pub fn spec() -> Shape {
    fields!(
        |k| match k {
            "profile" | "installPackagePath" | "namespace" | "revision" => Some(Shape::String),
            "hub" => Some(Shape::String),
            "tag" | "compatibilityVersion" => Some(Shape::StringOrNumber),
            "meshConfig" | "unvalidatedValues" => Some(Shape::Any),
            "components" => Some(components()),
            "values" => Some(values()),
            _ => None,
        },
        [
            "profile",
            "installPackagePath",
            "namespace",
            "revision",
            "hub",
            "tag",
            "compatibilityVersion",
            "meshConfig",
            "components",
            "values",
            "unvalidatedValues"
        ]
    )
}

fn components() -> Shape {
    fields!(
        |k| match k {
            "base" | "pilot" | "cni" | "ztunnel" | "istiodRemote" => Some(component()),
            "ingressGateways" | "egressGateways" => Some(Shape::List(gateway)),
            _ => None,
        },
        [
            "base",
            "pilot",
            "ingressGateways",
            "egressGateways",
            "cni",
            "ztunnel",
            "istiodRemote"
        ]
    )
}

fn component() -> Shape {
    fields!(
        |k| match k {
            "enabled" => Some(Shape::Bool),
            "namespace" | "hub" => Some(Shape::String),
            "tag" => Some(Shape::StringOrNumber),
            "spec" => Some(Shape::Any),
            "k8s" => Some(k8s()),
            _ => None,
        },
        ["enabled", "namespace", "hub", "tag", "k8s"]
    )
}

fn gateway() -> Shape {
    fields!(
        |k| match k {
            "name" | "namespace" | "hub" => Some(Shape::String),
            "enabled" => Some(Shape::Bool),
            "tag" => Some(Shape::StringOrNumber),
            "label" => Some(Shape::MapOf(|| Shape::String)),
            "k8s" => Some(k8s()),
            _ => None,
        },
        ["name", "namespace", "enabled", "label", "hub", "tag", "k8s"]
    )
}

const K8S_FIELDS: &[&str] = &[
    "affinity",
    "env",
    "hpaSpec",
    "imagePullPolicy",
    "nodeSelector",
    "podDisruptionBudget",
    "podAnnotations",
    "priorityClassName",
    "readinessProbe",
    "replicaCount",
    "resources",
    "service",
    "strategy",
    "tolerations",
    "serviceAnnotations",
    "securityContext",
    "volumes",
    "volumeMounts",
    "overlays",
];

fn k8s() -> Shape {
    Shape::Fields(
        |k| match k {
            "replicaCount" => Some(Shape::Int),
            "imagePullPolicy" | "priorityClassName" => Some(Shape::String),
            "env" | "tolerations" | "volumes" | "volumeMounts" | "overlays" => {
                Some(Shape::List(|| Shape::Any))
            }
            _ if K8S_FIELDS.contains(&k) => Some(Shape::Any),
            _ => None,
        },
        K8S_FIELDS,
    )
}

const VALUES_FIELDS: &[&str] = &[
    "cni",
    "gateways",
    "global",
    "pilot",
    "ztunnel",
    "telemetry",
    "sidecarInjectorWebhook",
    "istioCni",
    "revision",
    "ownerName",
    "meshConfig",
    "base",
    "istiodRemote",
    "revisionTags",
    "defaultRevision",
    "profile",
    "compatibilityVersion",
    "experimental",
    "gatewayClasses",
];

fn values() -> Shape {
    Shape::Fields(
        |k| match k {
            "global" => Some(global()),
            "pilot" => Some(pilot()),
            "gateways" => Some(gateways()),
            "cni" => Some(cni()),
            "sidecarInjectorWebhook" => Some(injector()),
            "istiodRemote" => Some(istiod_remote()),
            "revision" | "ownerName" | "defaultRevision" | "profile" => Some(Shape::String),
            "compatibilityVersion" => Some(Shape::StringOrNumber),
            "revisionTags" => Some(Shape::List(|| Shape::String)),
            _ if VALUES_FIELDS.contains(&k) => Some(Shape::Any),
            _ => None,
        },
        VALUES_FIELDS,
    )
}

const GLOBAL_FIELDS: &[&str] = &[
    "arch",
    "certSigners",
    "configValidation",
    "defaultNodeSelector",
    "defaultPodDisruptionBudget",
    "defaultResources",
    "defaultTolerations",
    "hub",
    "imagePullPolicy",
    "imagePullSecrets",
    "istioNamespace",
    "logAsJson",
    "logging",
    "meshID",
    "meshNetworks",
    "multiCluster",
    "network",
    "podDNSSearchNamespaces",
    "omitSidecarInjectorConfigMap",
    "operatorManageWebhooks",
    "priorityClassName",
    "proxy",
    "proxy_init",
    "sds",
    "tag",
    "variant",
    "tracer",
    "remotePilotAddress",
    "istiod",
    "pilotCertProvider",
    "jwtPolicy",
    "sts",
    "revision",
    "mountMtlsCerts",
    "caAddress",
    "externalIstiod",
    "configCluster",
    "caName",
    "platform",
    "ipFamilies",
    "ipFamilyPolicy",
    "waypoint",
    "trustBundleName",
    "nativeNftables",
    "networkPolicy",
    "resourceScope",
    "agentgateway",
    "enableReaderRBAC",
    "readerServiceAccount",
];

fn global() -> Shape {
    Shape::Fields(
        |k| match k {
            "configValidation"
            | "logAsJson"
            | "omitSidecarInjectorConfigMap"
            | "operatorManageWebhooks"
            | "mountMtlsCerts"
            | "externalIstiod"
            | "configCluster"
            | "nativeNftables"
            | "enableReaderRBAC" => Some(Shape::Bool),
            "hub" | "imagePullPolicy" | "istioNamespace" | "meshID" | "network" | "variant"
            | "priorityClassName" | "remotePilotAddress" | "pilotCertProvider" | "caAddress"
            | "caName" | "platform" | "trustBundleName" | "resourceScope" | "revision"
            | "jwtPolicy" | "ipFamilyPolicy" => Some(Shape::String),
            "tag" => Some(Shape::StringOrNumber),
            "proxy" => Some(proxy()),
            _ if GLOBAL_FIELDS.contains(&k) => Some(Shape::Any),
            _ => None,
        },
        GLOBAL_FIELDS,
    )
}

const PROXY_FIELDS: &[&str] = &[
    "autoInject",
    "clusterDomain",
    "componentLogLevel",
    "enableCoreDump",
    "excludeInboundPorts",
    "excludeIPRanges",
    "image",
    "includeIPRanges",
    "logLevel",
    "outlierLogPath",
    "privileged",
    "readinessInitialDelaySeconds",
    "readinessPeriodSeconds",
    "readinessFailureThreshold",
    "seccompProfile",
    "startupProbe",
    "statusPort",
    "resources",
    "tracer",
    "excludeOutboundPorts",
    "lifecycle",
    "holdApplicationUntilProxyStarts",
    "includeInboundPorts",
    "includeOutboundPorts",
];

fn proxy() -> Shape {
    Shape::Fields(
        |k| match k {
            "enableCoreDump" | "privileged" | "holdApplicationUntilProxyStarts" => {
                Some(Shape::Bool)
            }
            "readinessInitialDelaySeconds"
            | "readinessPeriodSeconds"
            | "readinessFailureThreshold"
            | "statusPort" => Some(Shape::Int),
            "autoInject" | "clusterDomain" | "componentLogLevel" | "image" | "logLevel"
            | "tracer" | "outlierLogPath" => Some(Shape::String),
            _ if PROXY_FIELDS.contains(&k) => Some(Shape::Any),
            _ => None,
        },
        PROXY_FIELDS,
    )
}

const PILOT_FIELDS: &[&str] = &[
    "enabled",
    "autoscaleEnabled",
    "autoscaleMin",
    "autoscaleMax",
    "autoscaleBehavior",
    "replicaCount",
    "image",
    "traceSampling",
    "resources",
    "cpu",
    "memory",
    "nodeSelector",
    "keepaliveMaxServerConnectionAge",
    "deploymentLabels",
    "deploymentAnnotations",
    "podLabels",
    "configMap",
    "env",
    "envVarFrom",
    "affinity",
    "rollingMaxSurge",
    "rollingMaxUnavailable",
    "tolerations",
    "podAnnotations",
    "serviceAnnotations",
    "serviceAccountAnnotations",
    "sidecarInjectorWebhookAnnotations",
    "jwksResolverExtraRootCA",
    "hub",
    "tag",
    "variant",
    "seccompProfile",
    "topologySpreadConstraints",
    "extraContainerArgs",
    "volumeMounts",
    "volumes",
    "initContainers",
    "ipFamilies",
    "ipFamilyPolicy",
    "cni",
    "taint",
    "trustedZtunnelNamespace",
    "trustedZtunnelName",
    "istiodRemote",
    "crlConfigMapName",
    "priorityClassName",
];

fn pilot() -> Shape {
    Shape::Fields(
        |k| match k {
            "enabled" | "autoscaleEnabled" | "configMap" => Some(Shape::Bool),
            "autoscaleMin" | "autoscaleMax" | "replicaCount" => Some(Shape::Int),
            "traceSampling" => Some(Shape::Number),
            "image"
            | "hub"
            | "variant"
            | "jwksResolverExtraRootCA"
            | "ipFamilyPolicy"
            | "keepaliveMaxServerConnectionAge" => Some(Shape::String),
            "tag" | "rollingMaxSurge" | "rollingMaxUnavailable" => Some(Shape::StringOrNumber),
            "env" | "podAnnotations" | "serviceAnnotations" | "deploymentLabels" | "podLabels"
            | "nodeSelector" => Some(Shape::MapOf(|| Shape::Any)),
            _ if PILOT_FIELDS.contains(&k) => Some(Shape::Any),
            _ => None,
        },
        PILOT_FIELDS,
    )
}

const GATEWAY_VALUES_FIELDS: &[&str] = &[
    "autoscaleEnabled",
    "autoscaleMax",
    "autoscaleMin",
    "cpu",
    "memory",
    "env",
    "labels",
    "name",
    "nodeSelector",
    "podAnnotations",
    "ports",
    "resources",
    "rollingMaxSurge",
    "rollingMaxUnavailable",
    "secretVolumes",
    "configVolumes",
    "serviceAnnotations",
    "type",
    "loadBalancerIP",
    "loadBalancerSourceRanges",
    "externalTrafficPolicy",
    "ingressPorts",
    "additionalContainers",
    "serviceAccount",
    "tolerations",
    "podAntiAffinityLabelSelector",
    "podAntiAffinityTermLabelSelector",
    "runAsRoot",
    "injectionTemplate",
    "ipFamilies",
    "ipFamilyPolicy",
    "customService",
    "enabled",
    "replicaCount",
    "tag",
    "hub",
];

fn gateway_values() -> Shape {
    Shape::Fields(
        |k| match k {
            "autoscaleEnabled" | "runAsRoot" | "customService" | "enabled" => Some(Shape::Bool),
            "autoscaleMin" | "autoscaleMax" | "replicaCount" => Some(Shape::Int),
            "type"
            | "name"
            | "loadBalancerIP"
            | "externalTrafficPolicy"
            | "injectionTemplate"
            | "ipFamilyPolicy"
            | "hub" => Some(Shape::String),
            "ports" => Some(Shape::List(|| Shape::Any)),
            _ if GATEWAY_VALUES_FIELDS.contains(&k) => Some(Shape::Any),
            _ => None,
        },
        GATEWAY_VALUES_FIELDS,
    )
}

fn gateways() -> Shape {
    Shape::Fields(
        |k| match k {
            "istio-ingressgateway" | "istio-egressgateway" => Some(gateway_values()),
            "enabled" => Some(Shape::Bool),
            "securityContext" | "seccompProfile" => Some(Shape::Any),
            // istioctl accepts one entry per gateway name
            _ => Some(gateway_values()),
        },
        &[
            "istio-ingressgateway",
            "istio-egressgateway",
            "securityContext",
            "seccompProfile",
        ],
    )
}

const CNI_FIELDS: &[&str] = &[
    "enabled",
    "hub",
    "tag",
    "variant",
    "image",
    "pullPolicy",
    "cniBinDir",
    "cniConfDir",
    "cniConfFileName",
    "cniNetnsDir",
    "excludeNamespaces",
    "affinity",
    "env",
    "daemonSetLabels",
    "podAnnotations",
    "podLabels",
    "pspClusterRole",
    "logLevel",
    "logging",
    "repair",
    "chained",
    "resourceQuotas",
    "resources",
    "privileged",
    "seccompProfile",
    "ambient",
    "provider",
    "rollingMaxUnavailable",
    "istioOwnedCNIConfig",
    "istioOwnedCNIConfigFileName",
    "useAppArmorAnnotation",
    "tolerations",
    "seLinuxOptions",
    "updateStrategy",
    "terminationGracePeriodSeconds",
];

fn cni() -> Shape {
    Shape::Fields(
        |k| match k {
            "enabled"
            | "chained"
            | "privileged"
            | "istioOwnedCNIConfig"
            | "useAppArmorAnnotation" => Some(Shape::Bool),
            "hub" | "variant" | "image" | "pullPolicy" | "cniBinDir" | "cniConfDir"
            | "cniConfFileName" | "cniNetnsDir" | "provider" => Some(Shape::String),
            "tag" => Some(Shape::StringOrNumber),
            _ if CNI_FIELDS.contains(&k) => Some(Shape::Any),
            _ => None,
        },
        CNI_FIELDS,
    )
}

const INJECTOR_FIELDS: &[&str] = &[
    "enableNamespacesByDefault",
    "reinvocationPolicy",
    "neverInjectSelector",
    "alwaysInjectSelector",
    "rewriteAppHTTPProbe",
    "injectedAnnotations",
    "injectionURL",
    "templates",
    "defaultTemplates",
];

fn injector() -> Shape {
    Shape::Fields(
        |k| match k {
            "enableNamespacesByDefault" | "rewriteAppHTTPProbe" => Some(Shape::Bool),
            "reinvocationPolicy" | "injectionURL" => Some(Shape::String),
            "templates" | "injectedAnnotations" => Some(Shape::MapOf(|| Shape::Any)),
            _ if INJECTOR_FIELDS.contains(&k) => Some(Shape::Any),
            _ => None,
        },
        INJECTOR_FIELDS,
    )
}

fn istiod_remote() -> Shape {
    fields!(
        |k| match k {
            "enabled" | "enabledLocalInjectorIstiod" => Some(Shape::Bool),
            "injectionURL" | "injectionPath" | "injectionCABundle" => Some(Shape::String),
            _ => None,
        },
        [
            "enabled",
            "enabledLocalInjectorIstiod",
            "injectionURL",
            "injectionPath",
            "injectionCABundle"
        ]
    )
}

/// Check a value against a shape; `path` is the dotted path of `v` (empty for the root).
pub fn check(shape: Shape, v: &Value, path: &str) -> Result<(), ShapeError> {
    let err = |message: String| ShapeError {
        path: if path.is_empty() {
            "<root>".to_string()
        } else {
            path.to_string()
        },
        message,
    };
    if v.is_null() {
        return Ok(()); // an unset field
    }
    match shape {
        Shape::Any => Ok(()),
        Shape::Bool => match v {
            Value::Bool(_) => Ok(()),
            _ => Err(err(format!("expected true or false, got {}", show(v)))),
        },
        Shape::Int => match v {
            Value::Number(n) if n.is_u64() || n.is_i64() => Ok(()),
            _ => Err(err(format!("expected a whole number, got {}", show(v)))),
        },
        Shape::Number => match v {
            Value::Number(_) => Ok(()),
            _ => Err(err(format!("expected a number, got {}", show(v)))),
        },
        Shape::String => match v {
            Value::String(_) => Ok(()),
            _ => Err(err(format!("expected a string, got {}", show(v)))),
        },
        Shape::StringOrNumber => match v {
            Value::String(_) | Value::Number(_) => Ok(()),
            _ => Err(err(format!("expected a string, got {}", show(v)))),
        },
        Shape::Fields(lookup, known) => {
            let Value::Object(m) = v else {
                return Err(err(format!("expected a map of fields, got {}", show(v))));
            };
            for (k, child) in m {
                let child_path = join(path, k);
                match lookup(k) {
                    Some(s) => check(s, child, &child_path)?,
                    None => {
                        let mut msg = "unknown field".to_string();
                        if let Some(near) = nearest(k, known) {
                            msg.push_str(&format!(" (did you mean {}?)", join(path, near)));
                        } else if !known.is_empty() {
                            msg.push_str(&format!("; known fields here: {}", known.join(", ")));
                        }
                        return Err(ShapeError {
                            path: child_path,
                            message: msg,
                        });
                    }
                }
            }
            Ok(())
        }
        Shape::List(item) => {
            let Value::Array(a) = v else {
                return Err(err(format!("expected a list, got {}", show(v))));
            };
            for (i, child) in a.iter().enumerate() {
                check(item(), child, &format!("{path}[{i}]"))?;
            }
            Ok(())
        }
        Shape::MapOf(item) => {
            let Value::Object(m) = v else {
                return Err(err(format!("expected a map, got {}", show(v))));
            };
            for (k, child) in m {
                check(item(), child, &join(path, k))?;
            }
            Ok(())
        }
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

fn show(v: &Value) -> String {
    match v {
        Value::String(s) => format!("the string {s:?}"),
        Value::Array(_) => "a list".to_string(),
        Value::Object(_) => "a map".to_string(),
        other => other.to_string(),
    }
}

/// The known name closest to `k` (a likely typo), if one is close enough.
fn nearest<'a>(k: &str, known: &[&'a str]) -> Option<&'a str> {
    let kl = k.to_ascii_lowercase();
    known
        .iter()
        .map(|c| (levenshtein(&kl, &c.to_ascii_lowercase()), *c))
        .filter(|(d, c)| *d <= 2.max(c.len() / 4))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

fn levenshtein(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != *cb))
                .min(prev[j + 1] + 1)
                .min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn unknown_component_field_is_named_with_a_suggestion() {
        let doc = json!({"spec": {"components": {"pilot": {"enabeld": true}}}});
        let e = check(operator(), &doc, "").unwrap_err();
        assert_eq!(e.path, "spec.components.pilot.enabeld");
        assert!(
            e.message
                .contains("did you mean spec.components.pilot.enabled"),
            "{}",
            e.message
        );
    }

    #[test]
    fn scalar_types_are_checked() {
        let doc =
            json!({"spec": {"components": {"egressGateways": [{"name": "x", "enabled": "yes"}]}}});
        let e = check(operator(), &doc, "").unwrap_err();
        assert_eq!(e.path, "spec.components.egressGateways[0].enabled");
        assert!(e.message.contains("true or false"));
    }

    #[test]
    fn free_form_parts_accept_anything() {
        let doc =
            json!({"spec": {"meshConfig": {"whatever": [1, 2]}, "values": {"ztunnel": {"x": 1}}}});
        assert!(check(operator(), &doc, "").is_ok());
    }
}
