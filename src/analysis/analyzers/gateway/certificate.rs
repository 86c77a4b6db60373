use crate::resource::node::{Node, Obj};
use foldhash::{HashMap, HashMapExt};

use crate::analysis::messages::gateway_duplicate_certificate;
use crate::analysis::util;
use crate::analysis::{Analyzer, Context};
use crate::resource::{FieldPath, Stored as Resource};

crate::declare_analyzer! {
    /// ## What it does
    /// Finds Istio Gateways that serve TLS with the same certificate (the same
    /// `credentialName`, or the same `serverCertificate` and `privateKey` files) as another
    /// gateway whose selector includes this one's (IST0138).
    ///
    /// ## Why it matters
    /// Browsers reuse an HTTP/2 connection for every host the certificate covers. A request
    /// for a host served by the other gateway then arrives on the wrong one and gets a 404.
    ///
    /// ## Example
    /// Two Gateways selecting `istio: ingressgateway`, both with
    /// `tls: {mode: SIMPLE, credentialName: wildcard-cert}` (IST0138 on each).
    ///
    /// Use instead: merge the servers into one Gateway, or give each its own certificate.
    pub struct CertificateAnalyzer {
        name: "gateway.CertificateAnalyzer",
        description: "Checks a gateway certificate",
        inputs: ["Gateway"],
        emits: [GATEWAY_DUPLICATE_CERTIFICATE],
    }
}

/// What identifies a server's certificate: its credential, or its certificate and key files.
/// Servers without one of these never share a certificate.
fn certificate_key(tls: &Node) -> Option<(String, String)> {
    let s = |k: &str| tls.get(k).and_then(Node::as_str).unwrap_or("");
    if !s("credentialName").is_empty() {
        return Some(("credential".to_string(), s("credentialName").to_string()));
    }
    let (cert, key) = (s("serverCertificate"), s("privateKey"));
    (!cert.is_empty() && !key.is_empty()).then(|| (cert.to_string(), key.to_string()))
}

/// Whether every pair of `x` is in `y` (a key of `x` with a different value in `y` fails).
fn selector_subset(x: &Obj, y: Option<&Obj>) -> bool {
    x.iter()
        .all(|(k, v)| y.and_then(|y| y.get(k)).is_some_and(|yv| yv == v))
}

impl Analyzer for CertificateAnalyzer {
    fn analyze(&self, ctx: &mut Context<'_>) {
        let store = ctx.store;
        // certificate -> the gateways (by position) with a server using it
        let gateways: Vec<&Resource> = store.of_kind("Gateway").collect();
        let mut by_cert: HashMap<(String, String), Vec<usize>> = HashMap::new();
        let mut certs_of: Vec<Vec<(String, String)>> = Vec::with_capacity(gateways.len());
        for (i, gw) in gateways.iter().enumerate() {
            let mut certs = Vec::new();
            for server in gw.spec().map(|s| util::array(s, "servers")).unwrap_or(&[]) {
                if let Some(k) = server
                    .field("tls")
                    .filter(|t| t.is_object())
                    .and_then(certificate_key)
                {
                    let list = by_cert.entry(k.clone()).or_default();
                    if list.last() != Some(&i) {
                        list.push(i);
                    }
                    certs.push(k);
                }
            }
            certs_of.push(certs);
        }
        let empty = Obj::new();
        for (i, gw) in gateways.iter().enumerate() {
            let spec = gw.spec().unwrap_or(&Node::Null);
            let selector = util::object(spec, "selector").unwrap_or(&empty);
            let mut others: Vec<usize> = certs_of[i]
                .iter()
                .flat_map(|k| by_cert.get(k).into_iter().flatten().copied())
                .filter(|&j| j != i)
                .collect();
            others.sort_unstable();
            others.dedup();
            for j in others {
                let other = gateways[j];
                let ospec = other.spec().unwrap_or(&Node::Null);
                if !selector.is_empty()
                    && !selector_subset(selector, util::object(ospec, "selector"))
                {
                    continue;
                }
                let names = vec![util::full_name(gw), util::full_name(other)];
                ctx.report(
                    gw,
                    Some(FieldPath::parse("metadata.name")),
                    gateway_duplicate_certificate(util::go_list(&names)),
                );
            }
        }
    }
}
