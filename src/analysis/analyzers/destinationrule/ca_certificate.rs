use crate::resource::Node;

use crate::analysis::messages::{
    no_server_certificate_verification_destination_level,
    no_server_certificate_verification_port_level,
};
use crate::analysis::util;
use crate::analysis::{Analyzer, Context};
use crate::resource::FieldPath;

crate::declare_analyzer! {
    /// ## What it does
    /// Reports DestinationRules that originate TLS (`mode: SIMPLE` or `MUTUAL`, for the whole
    /// host or per port) without `caCertificates` (IST0128, IST0129). A `credentialName`
    /// together with a `workloadSelector` is accepted, since the CA then comes from the
    /// credential.
    ///
    /// ## Why it matters
    /// Without a CA to check it against, the client accepts any server certificate: the
    /// connection is encrypted but the server's identity is not verified.
    ///
    /// ## Example
    /// ```yaml
    /// kind: DestinationRule
    /// spec:
    ///   host: api.example.com
    ///   trafficPolicy:
    ///     tls: {mode: SIMPLE}          # IST0128
    /// ```
    /// Use instead: `tls: {mode: SIMPLE, caCertificates: /etc/ssl/certs/ca-certificates.crt}`.
    pub struct CaCertificateAnalyzer {
        name: "destinationrule.CaCertificateAnalyzer",
        description: "Checks if caCertificates is set when TLS mode is SIMPLE/MUTUAL",
        inputs: ["DestinationRule"],
        emits: [
            NO_SERVER_CERTIFICATE_VERIFICATION_DESTINATION_LEVEL,
            NO_SERVER_CERTIFICATE_VERIFICATION_PORT_LEVEL,
        ],
    }
}

/// The TLS mode if it originates TLS without a CA to verify the server with.
fn unverified(tls: Option<&Node>, has_selector: bool) -> Option<&str> {
    let tls = tls?;
    let mode = tls.field("mode").and_then(Node::as_str)?;
    if mode != "SIMPLE" && mode != "MUTUAL" {
        return None;
    }
    let s = |k: &str| tls.get(k).and_then(Node::as_str).unwrap_or("");
    let ok = !s("caCertificates").is_empty() || (!s("credentialName").is_empty() && has_selector);
    (!ok).then_some(mode)
}

impl Analyzer for CaCertificateAnalyzer {
    fn analyze(&self, ctx: &mut Context<'_>) {
        for dr in ctx.store.of_kind("DestinationRule") {
            let spec = dr.spec().unwrap_or(&Node::Null);
            let has_selector = spec.field("workloadSelector").is_some_and(|s| !s.is_null());
            let host = spec.field("host").and_then(Node::as_str).unwrap_or("");
            let name = util::full_name(dr);
            let ns = util::ns(dr);
            let policy = spec.field("trafficPolicy").unwrap_or(&Node::Null);
            if let Some(mode) = unverified(policy.field("tls"), has_selector) {
                ctx.report(
                    dr,
                    Some(FieldPath::parse("spec.trafficPolicy.tls.mode")),
                    no_server_certificate_verification_destination_level(&name, ns, mode, host),
                );
            }
            for (i, p) in util::array(policy, "portLevelSettings").iter().enumerate() {
                if let Some(mode) = unverified(p.field("tls"), has_selector) {
                    let port = p
                        .field("port")
                        .and_then(|p| p.field("number"))
                        .and_then(util::as_port)
                        .map(|n| format!("number:{n}"))
                        .unwrap_or_default();
                    ctx.report(
                        dr,
                        Some(
                            FieldPath::parse("spec.trafficPolicy.portLevelSettings")
                                .index(i)
                                .key("tls")
                                .key("mode"),
                        ),
                        no_server_certificate_verification_port_level(&name, ns, mode, host, port),
                    );
                }
            }
        }
    }
}
