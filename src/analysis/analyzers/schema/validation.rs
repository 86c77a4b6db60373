//! `schema.ValidationAnalyzer.<Kind>`: validate's schema and rule checks as analyzers, one per
//! Istio kind (the one file that declares several analyzers: they differ only in the kind).

use crate::analysis::messages::{
    schema_validation_error, schema_warning, virtual_service_ineffective_match,
    virtual_service_unreachable_rule,
};
use crate::analysis::{Analyzer, Context, Described, MessageType, Metadata, messages};
use crate::resource::{FieldPath, Resource, Seg};
use crate::validation::Finding;

const DOC: &str = "\
## What it does
Runs the checks of `sailctl validate` (the kind's structural schema, its CRD rules and Istio's
semantic validation) on every resource of one Istio kind. Errors are IST0106, warnings IST0133;
for VirtualServices, rules that can never match are IST0130 and matches that repeat an earlier
one are IST0131.

## Why it matters
Istio's admission webhook rejects invalid resources, and a resource that slipped in anyway
(for example written while the webhook was down) is ignored by istiod: its configuration does
not apply.

## Example
```yaml
kind: VirtualService
spec:
  http:
  - route:
    - destination: {host: reviews}
  - match: [{uri: {prefix: /v2}}]   # IST0130: the rule above has no match and takes everything
    route:
    - destination: {host: reviews-v2}
```
Use instead: put the catch-all route last.
";

/// The validation analyzer of one kind.
pub struct ValidationAnalyzer {
    meta: &'static Metadata,
}

impl Described for ValidationAnalyzer {
    fn metadata(&self) -> &'static Metadata {
        self.meta
    }
}

const COMMON: &[&MessageType] = &[
    &messages::SCHEMA_VALIDATION_ERROR,
    &messages::SCHEMA_WARNING,
];
const WITH_RULES: &[&MessageType] = &[
    &messages::SCHEMA_VALIDATION_ERROR,
    &messages::SCHEMA_WARNING,
    &messages::VIRTUAL_SERVICE_UNREACHABLE_RULE,
    &messages::VIRTUAL_SERVICE_INEFFECTIVE_MATCH,
];

macro_rules! validation_analyzers {
    ($($konst:ident / $meta:ident: $kind:literal, $emits:expr;)*) => {
        $(
            static $meta: Metadata = Metadata {
                name: concat!("schema.ValidationAnalyzer.", $kind),
                description: concat!("Runs schema validation as an analyzer and reports any violations for ", $kind),
                inputs: &[$kind],
                emits: $emits,
                default: true,
                doc: DOC,
                module: module_path!(),
            };
            #[doc = concat!("Validates every ", $kind, ".")]
            pub static $konst: ValidationAnalyzer = ValidationAnalyzer { meta: &$meta };
        )*
    };
}

validation_analyzers! {
    AUTHORIZATION_POLICY / AUTHORIZATION_POLICY_META: "AuthorizationPolicy", COMMON;
    DESTINATION_RULE / DESTINATION_RULE_META: "DestinationRule", COMMON;
    ENVOY_FILTER / ENVOY_FILTER_META: "EnvoyFilter", COMMON;
    GATEWAY / GATEWAY_META: "Gateway", COMMON;
    PEER_AUTHENTICATION / PEER_AUTHENTICATION_META: "PeerAuthentication", COMMON;
    PROXY_CONFIG / PROXY_CONFIG_META: "ProxyConfig", COMMON;
    REQUEST_AUTHENTICATION / REQUEST_AUTHENTICATION_META: "RequestAuthentication", COMMON;
    SERVICE_ENTRY / SERVICE_ENTRY_META: "ServiceEntry", COMMON;
    SIDECAR / SIDECAR_META: "Sidecar", COMMON;
    TELEMETRY / TELEMETRY_META: "Telemetry", COMMON;
    TRAFFIC_EXTENSION / TRAFFIC_EXTENSION_META: "TrafficExtension", COMMON;
    VIRTUAL_SERVICE / VIRTUAL_SERVICE_META: "VirtualService", WITH_RULES;
    WASM_PLUGIN / WASM_PLUGIN_META: "WasmPlugin", COMMON;
    WORKLOAD_ENTRY / WORKLOAD_ENTRY_META: "WorkloadEntry", COMMON;
    WORKLOAD_GROUP / WORKLOAD_GROUP_META: "WorkloadGroup", COMMON;
}

/// `(rule path, match index)` when a path ends in `...[i].match[j]`.
fn match_position(path: &FieldPath) -> Option<(FieldPath, usize)> {
    let segs = path.segments();
    match segs {
        [.., Seg::Key(k), Seg::Index(j)] if k == "match" => {
            Some((FieldPath(segs[..segs.len() - 2].to_vec()), *j))
        }
        _ => None,
    }
}

/// The earlier rule a "same match" warning names (`rule "x"` or `rule #2`), if any.
fn earlier_rule(message: &str) -> &str {
    message
        .rsplit_once(": rule ")
        .map(|(_, rest)| rest.split(" has").next().unwrap_or(rest))
        .unwrap_or("an earlier rule")
}

fn report(ctx: &mut Context<'_>, res: &Resource, f: Finding, rule_aware: bool) {
    // the field is reported beside the message (log lines, JSON `field`)
    let text = f.message.clone();
    let path = (!f.path.is_empty()).then(|| f.path.clone());
    let msg = match f.level {
        crate::output::Level::Error => schema_validation_error(text),
        _ if rule_aware && f.message.contains("is never used") => match match_position(&f.path) {
            Some((rule, j)) => virtual_service_ineffective_match(rule, j, earlier_rule(&f.message)),
            None => virtual_service_unreachable_rule(&f.path, &f.message),
        },
        _ => schema_warning(text),
    };
    ctx.report(res, path, msg);
}

impl Analyzer for ValidationAnalyzer {
    fn analyze(&self, ctx: &mut Context<'_>) {
        let kind = self.meta.inputs[0];
        let rule_aware = kind == "VirtualService";
        for res in ctx.store.of_kind(kind) {
            if ctx.out_of_time() {
                return;
            }
            for f in crate::validation::check_resource(res, true) {
                if ctx.out_of_time() {
                    return;
                }
                report(ctx, res, f, rule_aware);
            }
        }
    }
}
