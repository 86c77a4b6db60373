use serde_json::{Map, Value};

use crate::analysis::messages::gateway_duplicate_certificate;
use crate::analysis::util;
use crate::analysis::{Analyzer, Context};
use crate::resource::FieldPath;

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

fn same_certificate(a: &Value, b: &Value) -> bool {
    let s = |v: &Value, k: &str| v.get(k).and_then(Value::as_str).unwrap_or("").to_string();
    let (ca, cb) = (s(a, "credentialName"), s(b, "credentialName"));
    if !ca.is_empty() && !cb.is_empty() {
        return ca == cb;
    }
    if ca.is_empty() && cb.is_empty() {
        let (sa, sb) = (s(a, "serverCertificate"), s(b, "serverCertificate"));
        if !sa.is_empty() && sa == sb {
            let (ka, kb) = (s(a, "privateKey"), s(b, "privateKey"));
            return !ka.is_empty() && ka == kb;
        }
    }
    false
}

/// Whether every pair of `x` is in `y` (a key of `x` with a different value in `y` fails).
fn selector_subset(x: &Map<String, Value>, y: Option<&Map<String, Value>>) -> bool {
    x.iter()
        .all(|(k, v)| y.and_then(|y| y.get(k)).is_some_and(|yv| yv == v))
}

impl Analyzer for CertificateAnalyzer {
    fn analyze(&self, ctx: &mut Context<'_>) {
        let store = ctx.store;
        // gateways with TLS servers only: the others can never share a certificate
        let tls: Vec<_> = store
            .of_kind("Gateway")
            .filter(|g| {
                g.spec()
                    .map(|s| util::array(s, "servers"))
                    .unwrap_or(&[])
                    .iter()
                    .any(|s| s.get("tls").is_some_and(Value::is_object))
            })
            .collect();
        let empty = Map::new();
        for gw in &tls {
            let spec = gw.spec().unwrap_or(&Value::Null);
            let selector = util::object(spec, "selector").unwrap_or(&empty);
            for other in &tls {
                if std::ptr::eq(*gw, *other) {
                    continue;
                }
                let ospec = other.spec().unwrap_or(&Value::Null);
                if !selector.is_empty() && !selector_subset(selector, util::object(ospec, "selector")) {
                    continue;
                }
                for s in util::array(spec, "servers") {
                    for o in util::array(ospec, "servers") {
                        let (Some(st), Some(ot)) = (s.get("tls"), o.get("tls")) else {
                            continue;
                        };
                        if !st.is_object() || !ot.is_object() || !same_certificate(st, ot) {
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
    }
}
