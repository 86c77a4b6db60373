//! Semantic validation beyond the schema: the rules Istio's own validation applies, one file per
//! kind, and istioctl's warnings for Kubernetes kinds.
//!
//! Every finding made here has the code `rule` ([`common::CODE`]); errors make a resource
//! invalid, warnings (Istio's validation warnings, istioctl's advice on Services and
//! Deployments) do not. Each rule reports the exact field it is about.
//!
//! The rules walk the parsed JSON directly: no typed model is built, field paths are assembled
//! on the stack ([`common::P`]) and only turned into [`FieldPath`]s when something is reported,
//! and nothing is compiled per resource except the user's own regexes.

pub mod common;
pub mod duration;
pub mod hosts;
pub mod http;
pub mod names;
pub mod ports;
pub mod selector;

pub mod authorization_policy;
pub mod destination_rule;
pub mod envoy_fields;
pub mod envoy_filter;
pub mod gateway;
pub mod k8s;
pub mod metadata;
pub mod peer_authentication;
pub mod proxy_config;
pub mod request_authentication;
pub mod service_entry;
pub mod sidecar;
pub mod telemetry;
pub mod traffic_extension;
pub mod virtual_service;
pub mod wasm_plugin;
pub mod workload_entry;
pub mod workload_group;

use crate::output::Level;
use crate::resource::{FieldPath, Resource};
use crate::schema::KindInfo;

use common::{Cx, P};

/// The annotation that makes Istio's webhook reject a resource (used to test rejection).
pub const ALWAYS_REJECT_ANNOTATION: &str = metadata::ALWAYS_REJECT;

/// One problem with one resource.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub level: Level,
    /// What kind of check found it: `schema`, `cel`, `rule`, ...
    pub code: &'static str,
    /// The offending field.
    pub path: FieldPath,
    pub message: String,
}

impl Finding {
    pub fn error(code: &'static str, path: FieldPath, message: impl Into<String>) -> Self {
        Finding {
            level: Level::Error,
            code,
            path,
            message: message.into(),
        }
    }

    pub fn warning(code: &'static str, path: FieldPath, message: impl Into<String>) -> Self {
        Finding {
            level: Level::Warning,
            code,
            path,
            message: message.into(),
        }
    }
}

/// The namespace a resource is validated in: as written, else `default` (istioctl's choice).
pub fn namespace_of(res: &Resource) -> &str {
    res.namespace.as_deref().unwrap_or("default")
}

/// Validate one resource: its kind and version, its schema, and Istio's rules.
pub fn check_resource(res: &Resource, ignore_unknown: bool) -> Vec<Finding> {
    let lookup = crate::schema::registry::lookup(res.group(), res.version(), &res.kind);
    if !matches!(lookup, crate::schema::Lookup::Known(_)) {
        use crate::schema::removed;
        if let Some(gone) = removed::removed(res.group(), res.version(), &res.kind) {
            return vec![Finding::error(
                "removed-api",
                FieldPath::root().key("apiVersion"),
                format!(
                    "{} was removed in {}; use {}",
                    res.api_version, gone.release, gone.instead
                ),
            )];
        }
        if matches!(lookup, crate::schema::Lookup::UnknownKind)
            && let Some(gone) = removed::removed_kind(res.group(), &res.kind)
        {
            return vec![Finding::error(
                "removed-api",
                FieldPath::root().key("kind"),
                format!(
                    "{} is no longer served: removed in {} (last as {}/{}); use {}",
                    res.kind, gone.release, gone.group, gone.version, gone.instead
                ),
            )];
        }
    }
    match lookup {
        crate::schema::Lookup::Known(info) => {
            let mut findings = crate::schema::validate(res, info);
            merge(&mut findings, validate(res, info));
            findings
        }
        crate::schema::Lookup::UnknownVersion(info) => vec![Finding::error(
            "unknown-version",
            FieldPath::root().key("apiVersion"),
            format!(
                "{} is not served at {}; known versions: {}",
                info.kind,
                res.api_version,
                info.versions
                    .iter()
                    .map(|v| if info.group.is_empty() {
                        v.to_string()
                    } else {
                        format!("{}/{v}", info.group)
                    })
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        )],
        crate::schema::Lookup::UnknownKind => {
            let group = res.group();
            let siblings: Vec<&str> = crate::schema::registry::all()
                .filter(|k| k.group == group)
                .map(|k| k.kind)
                .collect();
            if !siblings.is_empty() {
                // a known API group without this kind: almost always a typo
                vec![Finding::error(
                    "unknown-kind",
                    FieldPath::root().key("kind"),
                    format!(
                        "unknown kind {} in {}; known kinds there: {}",
                        res.kind,
                        if group.is_empty() {
                            "the core API group"
                        } else {
                            group
                        },
                        siblings.join(", ")
                    ),
                )]
            } else if ignore_unknown {
                Vec::new()
            } else {
                vec![Finding::warning(
                    "unknown-kind",
                    FieldPath::root().key("kind"),
                    format!(
                        "unknown kind {} ({}): not validated",
                        res.kind, res.api_version
                    ),
                )]
            }
        }
    }
}

/// Run the semantic rules for a resource of a known kind.
pub fn validate(res: &Resource, info: &KindInfo) -> Vec<Finding> {
    let mut cx = Cx::new(namespace_of(res));
    if info.istio {
        check_top_level(res, &mut cx.out);
        metadata::check(res, &mut cx);
        // a missing spec is validated as an empty one, as Istio decodes it
        let empty = serde_json::Value::Object(serde_json::Map::new());
        let spec = res.spec().filter(|s| s.is_object()).unwrap_or(&empty);
        let p = P::Root;
        let ps = p.k("spec");
        spec_rules(res, info.kind, spec, &ps, &mut cx);
    } else {
        k8s::check(res, info, &mut cx);
    }
    cx.out
}

/// Add the rule findings to the schema layer's. A problem that the schema and Istio's rules both
/// find is reported once, in the rule's words (istioctl's): a schema error on the same field, and
/// an object-level CRD rule (CEL, list uniqueness) over a field a rule error names. Istio's CRD
/// rules restate checks of its Go validation, which reports them at the field itself.
pub fn merge(schema: &mut Vec<Finding>, rules: Vec<Finding>) {
    let object_level = |s: &Finding| {
        s.code == crate::schema::check::CODE_CEL || s.message.starts_with("Duplicate value: ")
    };
    schema.retain(|s| {
        !rules.iter().any(|r| {
            r.level == Level::Error
                && (r.path == s.path
                    || (object_level(s) && r.path.segments().starts_with(s.path.segments())))
        })
    });
    schema.extend(rules);
}

fn spec_rules(res: &Resource, kind: &str, spec: &serde_json::Value, p: &P, cx: &mut Cx) {
    match kind {
        "VirtualService" => virtual_service::check(res, spec, p, cx),
        "DestinationRule" => destination_rule::check(spec, p, cx),
        "Gateway" => gateway::check(res, spec, p, cx),
        "ServiceEntry" => service_entry::check(res, spec, p, cx),
        "Sidecar" => sidecar::check(spec, p, cx),
        "WorkloadEntry" => workload_entry::check(spec, p, cx),
        "WorkloadGroup" => workload_group::check(spec, p, cx),
        "EnvoyFilter" => envoy_filter::check(spec, p, cx),
        "ProxyConfig" => proxy_config::check(spec, p, cx),
        "AuthorizationPolicy" => authorization_policy::check(spec, p, cx),
        "PeerAuthentication" => peer_authentication::check(spec, p, cx),
        "RequestAuthentication" => request_authentication::check(spec, p, cx),
        "Telemetry" => telemetry::check(spec, p, cx),
        "WasmPlugin" => wasm_plugin::check(spec, p, cx),
        "TrafficExtension" => traffic_extension::check(spec, p, cx),
        _ => {}
    }
}

/// Istio objects have only apiVersion, kind, metadata, spec and status at the top level.
fn check_top_level(res: &Resource, out: &mut Vec<Finding>) {
    if let Some(map) = res.value.as_object() {
        for key in map.keys() {
            if !matches!(
                key.as_str(),
                "apiVersion" | "kind" | "metadata" | "spec" | "status"
            ) {
                out.push(Finding::error(
                    "schema",
                    FieldPath::root().key(key.clone()),
                    format!("unknown field \"{key}\""),
                ));
            }
        }
    }
}

#[cfg(test)]
mod merge_tests {
    use super::*;

    #[test]
    fn schema_errors_at_a_rule_error_path_are_dropped() {
        let p = FieldPath::parse("spec.hosts");
        let mut schema = vec![Finding::error("schema", p.clone(), "Required value")];
        let rules = vec![
            Finding::error(common::CODE, p.clone(), "needs a host"),
            Finding::warning(common::CODE, p.clone(), "a warning stays"),
            Finding::error(
                common::CODE,
                FieldPath::parse("spec.ports"),
                "another field stays",
            ),
        ];
        merge(&mut schema, rules);
        let msgs: Vec<&str> = schema.iter().map(|f| f.message.as_str()).collect();
        assert_eq!(
            msgs,
            ["needs a host", "a warning stays", "another field stays"]
        );
        // a rule warning alone does not replace a schema error
        let mut schema = vec![Finding::error("schema", p.clone(), "Required value")];
        merge(
            &mut schema,
            vec![Finding::warning(common::CODE, p, "advice")],
        );
        assert_eq!(schema.len(), 2);
    }
}

/// Test helper: run the rules of one kind over a YAML document.
#[cfg(test)]
pub(crate) mod testing {
    use super::*;

    pub fn run(yaml: &str) -> Vec<Finding> {
        let loaded = crate::resource::loader::load_bytes("test.yaml", yaml.as_bytes().to_vec());
        assert!(loaded.issues.is_empty(), "{:?}", loaded.issues);
        let res = loaded.resources.into_iter().next().expect("one resource");
        let info = match crate::schema::registry::lookup(res.group(), res.version(), &res.kind) {
            crate::schema::Lookup::Known(i) => i,
            other => panic!("unknown kind in test: {other:?}"),
        };
        validate(&res, info)
    }

    /// `level path: message` lines, for compact assertions.
    pub fn lines(yaml: &str) -> Vec<String> {
        run(yaml)
            .iter()
            .map(|f| {
                format!(
                    "{} {}: {}",
                    if f.level == Level::Error { "E" } else { "W" },
                    f.path,
                    f.message
                )
            })
            .collect()
    }

    /// Only the error lines.
    pub fn errors(yaml: &str) -> Vec<String> {
        lines(yaml)
            .into_iter()
            .filter(|l| l.starts_with("E "))
            .collect()
    }

    /// Assert that one finding's line contains `needle` and its path is `path`.
    #[track_caller]
    pub fn assert_finding(yaml: &str, path: &str, needle: &str) {
        let all = lines(yaml);
        assert!(
            all.iter().any(|l| l
                .get(2..)
                .is_some_and(|l| l.starts_with(&format!("{path}: ")))
                && l.contains(needle)),
            "expected a finding at {path} containing {needle:?}, got {all:#?}"
        );
    }

    /// Assert no error at all.
    #[track_caller]
    pub fn assert_clean(yaml: &str) {
        let errs = errors(yaml);
        assert!(errs.is_empty(), "expected no errors, got {errs:#?}");
    }
}
