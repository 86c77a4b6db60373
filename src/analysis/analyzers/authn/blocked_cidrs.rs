use crate::resource::Node;

use crate::analysis::messages::jwks_uri_fetch_unrestricted;
use crate::analysis::util;
use crate::analysis::{Analyzer, Context};

crate::declare_analyzer! {
    /// ## What it does
    /// When RequestAuthentication resources exist, checks that every istiod Deployment
    /// (label `app: istiod`) sets `BLOCKED_CIDRS_IN_JWKS_URIS` on one of its containers
    /// (IST0175). The message names up to five of the RequestAuthentications.
    ///
    /// ## Why it matters
    /// istiod fetches the JWKS URIs of RequestAuthentications. Without a block list, a
    /// `jwksUri` can make istiod connect to any address it can reach, including internal
    /// services (server-side request forgery).
    ///
    /// ## Example
    /// istiod without the variable, and a RequestAuthentication with
    /// `jwksUri: http://10.0.0.5/keys` (IST0175).
    ///
    /// Use instead: set `BLOCKED_CIDRS_IN_JWKS_URIS` on istiod (for example
    /// `10.0.0.0/8,169.254.169.254/32`), e.g. through `values.pilot.env`.
    pub struct BlockedCidrsAnalyzer {
        name: "authn.BlockedCIDRsAnalyzer",
        description: "Checks that BLOCKED_CIDRS_IN_JWKS_URIS is configured on istiod when RequestAuthentication resources exist",
        inputs: ["RequestAuthentication", "Deployment"],
        emits: [JWKS_URI_FETCH_UNRESTRICTED],
    }
}

const SHOWN: usize = 5;

impl Analyzer for BlockedCidrsAnalyzer {
    fn analyze(&self, ctx: &mut Context<'_>) {
        let store = ctx.store;
        let names: Vec<String> = store
            .of_kind("RequestAuthentication")
            .map(util::full_name)
            .collect();
        if names.is_empty() {
            return;
        }
        let listed = if names.len() <= SHOWN {
            names.join(", ")
        } else {
            format!(
                "{}, and {} more",
                names[..SHOWN].join(", "),
                names.len() - SHOWN
            )
        };
        for d in store.of_kind("Deployment") {
            if d.label("app") != Some("istiod") {
                continue;
            }
            let configured = util::pod_template_spec(d)
                .map(|s| util::array(s, "containers"))
                .unwrap_or(&[])
                .iter()
                .flat_map(|c| util::array(c, "env"))
                .any(|e| {
                    e.field("name").and_then(Node::as_str) == Some("BLOCKED_CIDRS_IN_JWKS_URIS")
                        && e.field("value")
                            .and_then(Node::as_str)
                            .is_some_and(|v| !v.is_empty())
                });
            if !configured {
                ctx.report(d, None, jwks_uri_fetch_unrestricted(names.len(), &listed));
            }
        }
    }
}
