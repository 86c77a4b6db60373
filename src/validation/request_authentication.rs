//! RequestAuthentication: selector/targetRef exclusivity and JWT rules (issuer or jwksUri,
//! jwksUri URL scheme, inline JWKS, token locations, claim-to-header names, timeout).

use serde_json::Value;

use super::common::{Cx, P, arr, s, strs};
use super::{duration, http, selector};
use crate::resource::Field;

pub fn check(_res: &crate::resource::Resource, spec: &Value, p: &P, cx: &mut Cx) {
    selector::policy_targets(cx, spec, p);
    let pj = p.k("jwtRules");
    for (i, rule) in arr(spec, "jwtRules").iter().enumerate() {
        if rule.is_null() {
            continue;
        }
        jwt_rule(cx, rule, &pj.i(i));
    }
}

fn jwt_rule(cx: &mut Cx, r: &Value, p: &P) {
    let pa = p.k("audiences");
    for (i, a) in strs(r, "audiences") {
        if a.is_empty() {
            cx.err(&pa.i(i), "audience must not be empty");
        }
    }
    let issuer = s(r, "issuer");
    let uri = s(r, "jwksUri");
    if issuer.is_empty() && uri.is_empty() {
        cx.err(&p.k("issuer"), "issuer or jwksUri must be set");
    }
    if !uri.is_empty() {
        cx.check(&p.k("jwksUri"), jwks_uri(uri));
    }
    let jwks = s(r, "jwks");
    if !jwks.is_empty() {
        jwks_document(cx, jwks, &p.k("jwks"));
    }
    let ph = p.k("fromHeaders");
    for (i, h) in arr(r, "fromHeaders").iter().enumerate() {
        if s(h, "name").is_empty() {
            cx.err(&ph.i(i).k("name"), "fromHeaders name must not be empty");
        }
    }
    for (key, what) in [
        ("fromParams", "fromParams entries"),
        ("fromCookies", "cookie names"),
    ] {
        let pk = p.k(key);
        for (i, v) in strs(r, key) {
            if v.is_empty() {
                cx.err(&pk.i(i), format!("{what} must not be empty"));
            }
        }
    }
    let po = p.k("outputClaimToHeaders");
    for (i, c) in arr(r, "outputClaimToHeaders").iter().enumerate() {
        let pi = po.i(i);
        let (claim, header) = (s(c, "claim"), s(c, "header"));
        if claim.is_empty() || header.is_empty() {
            cx.err(&pi, "outputClaimToHeaders needs both header and claim");
            continue;
        }
        cx.check(&pi.k("header"), http::strict_header_name(header));
    }
    duration::field(cx, r, "timeout", p);
}

/// jwksUri: an http or https URL with a host, and a numeric port when one is given.
fn jwks_uri(uri: &str) -> Result<(), String> {
    let Some((scheme, rest)) = uri.split_once("://") else {
        return Err(format!(
            "jwksUri {uri:?} must be an http:// or https:// URL"
        ));
    };
    if scheme != "http" && scheme != "https" {
        return Err(format!(
            "jwksUri scheme {scheme:?} is not supported: use http or https"
        ));
    }
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let hostport = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let port = if let Some(v6) = hostport.strip_prefix('[') {
        v6.split_once(']')
            .map(|(_, r)| r.strip_prefix(':').unwrap_or(""))
            .unwrap_or("")
    } else {
        hostport.rsplit_once(':').map_or("", |(_, p)| p)
    };
    if !port.is_empty() && port.parse::<u16>().is_err() {
        return Err(format!("jwksUri {uri:?} has an invalid port {port:?}"));
    }
    if uri.bytes().any(|b| b.is_ascii_control() || b == b' ') {
        return Err(format!(
            "jwksUri {uri:?} contains spaces or control characters"
        ));
    }
    Ok(())
}

/// An inline JWKS must be a JSON object with a `keys` array; private keys are a warning.
fn jwks_document(cx: &mut Cx, jwks: &str, p: &P) {
    let doc: Value = match serde_json::from_str(jwks) {
        Ok(v) => v,
        Err(e) => {
            cx.err(p, format!("jwks is not valid JSON: {e}"));
            return;
        }
    };
    let keys = match doc.field("keys") {
        Some(Value::Array(k)) => k,
        _ if doc.field("kty").is_some() => std::slice::from_ref(&doc),
        _ => {
            cx.err(
                p,
                "jwks must be a JSON Web Key Set: an object with a \"keys\" array",
            );
            return;
        }
    };
    for (i, k) in keys.iter().enumerate() {
        match k.field("kty").and_then(Value::as_str) {
            None => cx.err(p, format!("jwks key at index {i} has no \"kty\"")),
            Some("oct") => cx.warn(p, format!("jwks key at index {i} is a symmetric key: only public keys are used for verification")),
            Some(_) if k.field("d").is_some() => cx.warn(p, format!("jwks key at index {i} contains private key material: only public keys are used for verification")),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::validation::testing::*;

    fn ra(spec: &str) -> String {
        format!(
            "apiVersion: security.istio.io/v1\nkind: RequestAuthentication\nmetadata:\n  name: r\nspec:\n{spec}"
        )
    }

    #[test]
    fn rules() {
        assert_clean(&ra(
            "  jwtRules:\n  - issuer: https://issuer.example.com\n    jwksUri: https://issuer.example.com:8443/keys\n    outputClaimToHeaders: [{header: x-jwt-sub, claim: sub}]\n",
        ));
        assert_finding(
            &ra("  jwtRules:\n  - audiences: [\"\"]\n"),
            "spec.jwtRules[0].issuer",
            "issuer or jwksUri",
        );
        assert_finding(
            &ra("  jwtRules:\n  - audiences: [\"\"]\n"),
            "spec.jwtRules[0].audiences[0]",
            "must not be empty",
        );
        assert_finding(
            &ra("  jwtRules:\n  - jwksUri: ftp://x/keys\n"),
            "spec.jwtRules[0].jwksUri",
            "not supported",
        );
        assert_finding(
            &ra("  jwtRules:\n  - jwksUri: https://x:port/keys\n"),
            "spec.jwtRules[0].jwksUri",
            "invalid port",
        );
        assert_finding(
            &ra(
                "  jwtRules:\n  - issuer: i\n    outputClaimToHeaders: [{header: \"x.y\", claim: c}, {header: h}]\n",
            ),
            "spec.jwtRules[0].outputClaimToHeaders[0].header",
            "only letters",
        );
        assert_finding(
            &ra("  jwtRules:\n  - issuer: i\n    outputClaimToHeaders: [{header: h}]\n"),
            "spec.jwtRules[0].outputClaimToHeaders[0]",
            "both header and claim",
        );
        assert_finding(
            &ra(
                "  jwtRules:\n  - issuer: i\n    fromHeaders: [{prefix: x}]\n    fromParams: [\"\"]\n",
            ),
            "spec.jwtRules[0].fromHeaders[0].name",
            "must not be empty",
        );
        assert_finding(
            &ra("  jwtRules:\n  - issuer: i\n    timeout: 0s\n"),
            "spec.jwtRules[0].timeout",
            "at least 1ms",
        );
    }

    #[test]
    fn jwks() {
        assert_finding(
            &ra("  jwtRules:\n  - issuer: i\n    jwks: \"{not json\"\n"),
            "spec.jwtRules[0].jwks",
            "not valid JSON",
        );
        assert_finding(
            &ra("  jwtRules:\n  - issuer: i\n    jwks: '{\"a\": 1}'\n"),
            "spec.jwtRules[0].jwks",
            "keys",
        );
        let l = lines(&ra(
            "  jwtRules:\n  - issuer: i\n    jwks: '{\"keys\": [{\"kty\": \"RSA\", \"n\": \"x\", \"e\": \"AQAB\", \"d\": \"secret\"}]}'\n",
        ));
        assert!(
            l.iter()
                .any(|x| x.starts_with("W spec.jwtRules[0].jwks") && x.contains("private key")),
            "{l:#?}"
        );
    }
}
