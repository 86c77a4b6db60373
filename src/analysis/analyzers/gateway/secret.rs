use crate::resource::Node;
use base64::Engine;

use crate::analysis::messages::{invalid_gateway_credential, referenced_resource_not_found};
use crate::analysis::util;
use crate::analysis::{Analyzer, Context};
use crate::resource::{FieldPath, Stored as Resource};

crate::declare_analyzer! {
    /// ## What it does
    /// For every Istio Gateway with TLS servers, looks up each `credentialName` secret in the
    /// namespace of the gateway's workload (not of the Gateway resource): a missing secret is
    /// IST0101; a secret without a certificate and key (`tls.crt`/`tls.key` or `cert`/`key`),
    /// with a certificate that does not parse, or one that is expired or not yet valid, is
    /// IST0161. A gateway whose selector picks no pod is reported as IST0101 (`selector`).
    ///
    /// ## Why it matters
    /// The gateway reads TLS credentials from its own namespace. A missing or broken secret
    /// leaves the TLS listener without a certificate: handshakes fail.
    ///
    /// ## Example
    /// ```yaml
    /// kind: Gateway
    /// spec:
    ///   selector: {istio: ingressgateway}          # pods in istio-system
    ///   servers:
    ///   - tls: {mode: SIMPLE, credentialName: shop-cert}   # IST0101 if istio-system has no shop-cert
    /// ```
    /// Use instead: create the secret in the gateway workload's namespace, e.g.
    /// `kubectl create secret tls shop-cert -n istio-system --cert=... --key=...`.
    pub struct SecretAnalyzer {
        name: "gateway.SecretAnalyzer",
        description: "Checks a gateway's referenced secrets for correctness",
        inputs: ["Gateway", "Pod", "Secret"],
        emits: [REFERENCED_RESOURCE_NOT_FOUND, INVALID_GATEWAY_CREDENTIAL],
    }
}

fn data<'a>(secret: &'a Resource, key: &str) -> Option<&'a str> {
    secret
        .value
        .field("data")?
        .get(key)?
        .as_str()
        .filter(|s| !s.is_empty())
}

/// Whether a secret holds a usable, currently valid certificate and a key.
fn valid_secret(secret: &Resource) -> bool {
    let cert = match (data(secret, "cert"), data(secret, "key")) {
        (Some(c), Some(_)) => c,
        _ => match (data(secret, "tls.crt"), data(secret, "tls.key")) {
            (Some(c), Some(_)) => c,
            _ => return false,
        },
    };
    let Ok(pem) = base64::engine::general_purpose::STANDARD.decode(cert.trim()) else {
        return false;
    };
    let Ok((_, pem)) = x509_parser::pem::parse_x509_pem(&pem) else {
        return false;
    };
    match pem.parse_x509() {
        Ok(c) => c.validity().is_valid(),
        Err(_) => false,
    }
}

impl Analyzer for SecretAnalyzer {
    fn analyze(&self, ctx: &mut Context<'_>) {
        let store = ctx.store;
        for gw in store.of_kind("Gateway") {
            let spec = gw.spec().unwrap_or(&Node::Null);
            let selector = util::object(spec, "selector");
            // the namespace of the first pod the gateway selects
            let workload_ns = util::select_all(store, "Pod", selector)
                .first()
                .map(|p| util::ns(p).to_string())
                .filter(|ns| !ns.is_empty());
            let Some(workload_ns) = workload_ns else {
                let sel = util::selector_string(selector);
                ctx.missing(
                    gw,
                    Some(FieldPath::parse("spec.selector")),
                    "Pod",
                    util::ns(gw),
                    &sel,
                    referenced_resource_not_found("selector", &sel),
                );
                continue;
            };
            for (i, server) in util::array(spec, "servers").iter().enumerate() {
                let Some(cn) = server
                    .field("tls")
                    .and_then(|t| t.field("credentialName"))
                    .and_then(Node::as_str)
                    .filter(|s| !s.is_empty())
                else {
                    continue;
                };
                let path = Some(
                    FieldPath::parse("spec.servers")
                        .index(i)
                        .key("tls")
                        .key("credentialName"),
                );
                let (ns, name) = util::short_or_full(Some(&workload_ns), cn);
                match store.get("Secret", ns.as_deref(), &name) {
                    None => ctx.missing(
                        gw,
                        path,
                        "Secret",
                        ns.as_deref().unwrap_or_default(),
                        cn,
                        referenced_resource_not_found("credentialName", cn),
                    ),
                    Some(secret) if !valid_secret(secret) => {
                        ctx.report(gw, path, invalid_gateway_credential(&gw.name, &workload_ns))
                    }
                    Some(_) => {}
                }
            }
        }
    }
}
