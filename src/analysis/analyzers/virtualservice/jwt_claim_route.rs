use crate::resource::node::{Node, Obj};
use foldhash::{HashMap, HashMapExt};

use crate::analysis::messages::jwt_claim_based_routing_without_request_auth_n;
use crate::analysis::util;
use crate::analysis::{Analyzer, Context};
use crate::resource::store::labels_match;

crate::declare_analyzer! {
    /// ## What it does
    /// For VirtualServices that route on a JWT claim (a header match on
    /// `@request.auth.claims.NAME` or `@request.auth.claims[NAME]`) through an Istio Gateway,
    /// checks that every gateway pod is covered by a RequestAuthentication, in the pod's
    /// namespace or in `istio-system` (IST0149).
    ///
    /// ## Why it matters
    /// Claims are only available after a RequestAuthentication has validated the token. On a
    /// gateway pod without one, the claim never matches and the route is dead.
    ///
    /// ## Example
    /// ```yaml
    /// kind: VirtualService
    /// spec:
    ///   gateways: [public-gw]
    ///   http:
    ///   - match:
    ///     - headers:
    ///         "@request.auth.claims.group": {exact: admin}   # IST0149 without RequestAuthentication
    /// ```
    /// Use instead: add a RequestAuthentication whose selector matches the gateway pods
    /// (for example in `istio-system` with `selector: {matchLabels: {istio: ingressgateway}}`).
    pub struct JwtClaimRouteAnalyzer {
        name: "virtualservice.JWTClaimRouteAnalyzer",
        description: "Checks the VirtualService using JWT claim based routing has corresponding RequestAuthentication",
        inputs: ["VirtualService", "RequestAuthentication", "Gateway", "Pod"],
        emits: [JWT_CLAIM_BASED_ROUTING_WITHOUT_REQUEST_AUTH_N],
    }
}

const CLAIM_PREFIX: &str = "@request.auth.claims";

/// Whether a header name routes on a JWT claim.
fn is_claim_route(header: &str) -> bool {
    let Some(name) = crate::text::strip_prefix_ignore_ascii_case(header, CLAIM_PREFIX) else {
        return false;
    };
    (name.starts_with('.') && name.len() > 1)
        || (name.starts_with('[') && name.ends_with(']') && name.len() > 2)
}

fn claim_key(spec: &Node) -> Option<&str> {
    for rule in util::array(spec, "http") {
        for m in util::array(rule, "match") {
            for field in ["headers", "withoutHeaders"] {
                if let Some(headers) = util::object(m, field)
                    && let Some(k) = headers.keys().find(|k| is_claim_route(k))
                {
                    return Some(k);
                }
            }
        }
    }
    None
}

impl Analyzer for JwtClaimRouteAnalyzer {
    fn analyze(&self, ctx: &mut Context<'_>) {
        let store = ctx.store;
        let empty = Obj::new();
        let mut auth_by_ns: HashMap<&str, Vec<&Obj>> = HashMap::new();
        for ra in store.of_kind("RequestAuthentication") {
            let sel = ra
                .spec()
                .and_then(|s| s.field("selector"))
                .and_then(|s| s.field("matchLabels"))
                .and_then(Node::as_object)
                .unwrap_or(&empty);
            auth_by_ns.entry(util::ns(ra)).or_default().push(sel);
        }
        for vs in store.of_kind("VirtualService") {
            let spec = vs.spec().unwrap_or(&Node::Null);
            let Some(key) = claim_key(spec) else {
                continue;
            };
            for gw_ref in util::strings(spec, "gateways") {
                if gw_ref == "mesh" {
                    continue;
                }
                let (ns, name) = util::short_or_full(vs.namespace.as_deref(), gw_ref);
                let Some(gw) = store.get("Gateway", ns.as_deref(), &name) else {
                    continue;
                };
                let selector = gw
                    .spec()
                    .and_then(|s| util::object(s, "selector"))
                    .unwrap_or(&empty);
                for pod in store.select("Pod", None, selector) {
                    let covered = auth_by_ns
                        .get("istio-system")
                        .into_iter()
                        .chain(auth_by_ns.get(util::ns(pod)))
                        .flatten()
                        .any(|sel| labels_match(sel, pod));
                    if !covered {
                        ctx.report(
                            vs,
                            None,
                            jwt_claim_based_routing_without_request_auth_n(
                                key,
                                util::join_name(ns.as_deref(), &name),
                                &pod.name,
                            ),
                        );
                    }
                }
            }
        }
    }
}
