use crate::resource::Node;

use crate::analysis::messages::{
    external_control_plane_address_is_not_a_hostname, invalid_external_control_plane_config,
};
use crate::analysis::util;
use crate::analysis::{Analyzer, Context};
use crate::resource::{FieldPath, Stored as Resource};

crate::declare_analyzer! {
    /// ## What it does
    /// Checks the webhooks of Istio's validating (`istiod-default-validator`,
    /// `istio-validator*`) and injecting (`istio-sidecar-injector*`) webhook configurations.
    /// A webhook with neither a `url` nor a `service`, or a `url` that does not parse, is
    /// reported (IST0163); a `url` whose host is an IP address gets a recommendation to use a
    /// hostname (IST0164).
    ///
    /// ## Why it matters
    /// With an external control plane, the API server reaches istiod only through these
    /// addresses: if they are wrong, injection and validation stop working for the cluster.
    ///
    /// ## Example
    /// ```yaml
    /// kind: MutatingWebhookConfiguration
    /// metadata: {name: istio-sidecar-injector-external-istiod}
    /// webhooks:
    /// - name: rev.namespace.sidecar-injector.istio.io
    ///   clientConfig:
    ///     url: https://203.0.113.7:15017/inject     # IST0164
    /// ```
    /// Use instead: `url: https://istiod.example.com:15017/inject`.
    pub struct ExternalControlPlaneAnalyzer {
        name: "externalcontrolplane.ExternalControlPlaneAnalyzer",
        description: "Checks that the remote IstioOperator resources reference an external control plane",
        inputs: ["ValidatingWebhookConfiguration", "MutatingWebhookConfiguration"],
        emits: [INVALID_EXTERNAL_CONTROL_PLANE_CONFIG, EXTERNAL_CONTROL_PLANE_ADDRESS_IS_NOT_A_HOSTNAME],
    }
}

/// The host of a URL, or None when the URL does not parse.
fn url_host(url: &str) -> Option<String> {
    if url.chars().any(|c| c.is_control() || c == ' ') {
        return None;
    }
    let rest = match url.split_once("://") {
        Some((scheme, rest)) => {
            if scheme.is_empty()
                || !scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
            {
                return None;
            }
            rest
        }
        None => return Some(String::new()),
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let hostport = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let (host, port) = if let Some(inner) = hostport.strip_prefix('[') {
        let (h, after) = inner.split_once(']')?;
        (h, after.strip_prefix(':'))
    } else {
        match hostport.rsplit_once(':') {
            Some((h, p)) => (h, Some(p)),
            None => (hostport, None),
        }
    };
    if let Some(p) = port
        && !p.chars().all(|c| c.is_ascii_digit())
    {
        return None;
    }
    Some(host.to_string())
}

fn check(ctx: &mut Context<'_>, r: &Resource) {
    for (i, hook) in util::array(&r.value, "webhooks").iter().enumerate() {
        let name = hook.field("name").and_then(Node::as_str).unwrap_or("");
        let conf = hook.field("clientConfig").unwrap_or(&Node::Null);
        let path = Some(FieldPath::parse("webhooks").index(i).key("clientConfig"));
        match conf.field("url").and_then(Node::as_str) {
            Some(url) => match url_host(url) {
                None => ctx.report(
                    r,
                    path,
                    invalid_external_control_plane_config(
                        url,
                        name,
                        "was provided in an invalid format",
                    ),
                ),
                Some(host) if host.parse::<std::net::IpAddr>().is_ok() => ctx.report(
                    r,
                    path,
                    external_control_plane_address_is_not_a_hostname(url, name),
                ),
                Some(_) => {}
            },
            None if conf.field("service").is_none_or(Node::is_null) => ctx.report(
                r,
                path,
                invalid_external_control_plane_config("", name, "is blank"),
            ),
            None => {}
        }
    }
}

impl Analyzer for ExternalControlPlaneAnalyzer {
    fn analyze(&self, ctx: &mut Context<'_>) {
        let store = ctx.store;
        for r in store.of_kind("ValidatingWebhookConfiguration") {
            if r.name == "istiod-default-validator" || r.name.starts_with("istio-validator") {
                check(ctx, r);
            }
        }
        for r in store.of_kind("MutatingWebhookConfiguration") {
            if r.name.starts_with("istio-sidecar-injector") {
                check(ctx, r);
            }
        }
    }
}
