//! Gateway: servers with hosts (`ns/host`), ports and protocols, bind addresses and the TLS
//! settings each mode needs.

use serde_json::Value;

use super::common::{Cx, P, arr, get, has, int, s, strs};
use super::hosts;
use super::names::{is_dns1123_subdomain, is_istio_label};
use super::ports::{self, Proto};
use crate::resource::Field;
use crate::resource::Resource;

const GATEWAY_SEMANTICS: &str = "internal.istio.io/gateway-semantics";

pub fn check(res: &Resource, spec: &Value, p: &P, cx: &mut Cx) {
    let gw_sem = res.annotation(GATEWAY_SEMANTICS) == Some("gateway");
    // (names that are not even DNS-1123 subdomains are reported with metadata)
    if !gw_sem && is_dns1123_subdomain(&res.name) && !is_istio_label(&res.name) {
        cx.err(
            &P::Root.k("metadata").k("name"),
            format!(
                "gateway name {:?} must be a DNS-1123 label (no dots)",
                res.name
            ),
        );
    }
    let servers = arr(spec, "servers");
    let ps = p.k("servers");
    if servers.is_empty() {
        cx.err(&ps, "a Gateway needs at least one server");
    }
    let mut port_names: Vec<&str> = Vec::new();
    for (i, srv) in servers.iter().enumerate() {
        let pi = ps.i(i);
        if srv.is_null() {
            cx.err(&pi, "server may not be null");
            continue;
        }
        server(cx, srv, &pi, gw_sem);
        if let Some(port) = get(srv, "port") {
            let name = s(port, "name");
            if port_names.contains(&name) {
                cx.err(
                    &pi.k("port").k("name"),
                    format!("port names of servers must be unique: {name} is used twice"),
                );
            }
            port_names.push(name);
            let redirect = get(srv, "tls")
                .and_then(|t| t.field("httpsRedirect"))
                .and_then(Value::as_bool)
                .unwrap_or(false);
            if redirect && !Proto::parse(s(port, "protocol")).is_http() {
                cx.warn(
                    &pi.k("tls").k("httpsRedirect"),
                    "tls.httpsRedirect only makes sense on HTTP servers",
                );
            }
        }
    }
}

fn server(cx: &mut Cx, srv: &Value, p: &P, gw_sem: bool) {
    let ph = p.k("hosts");
    if arr(srv, "hosts").is_empty() {
        cx.err(&ph, "a server needs at least one host");
    }
    for (i, h) in strs(srv, "hosts") {
        for e in hosts::namespace_slash_host(h, true, gw_sem) {
            cx.err(&ph.i(i), e);
        }
    }
    let bind = s(srv, "bind");
    let port = get(srv, "port");
    let mut port_ok = true;
    match port {
        None => {
            cx.err(&p.k("port"), "a server needs a port");
            port_ok = false;
        }
        Some(pt) => {
            let pp = p.k("port");
            let proto = s(pt, "protocol");
            if Proto::parse(proto) == Proto::Unsupported {
                cx.err(
                    &pp.k("protocol"),
                    format!(
                        "invalid protocol {proto:?}; supported protocols are {}",
                        ports::PROTOCOLS
                    ),
                );
                port_ok = false;
            }
            let n = int(pt, "number").unwrap_or(0);
            if (n > 0 || !bind.starts_with("unix://"))
                && let Err(e) = ports::port(n)
            {
                cx.err(&pp.k("number"), e);
                port_ok = false;
            }
            if int(pt, "targetPort").unwrap_or(0) > 0 {
                cx.err(&pp.k("targetPort"), "targetPort has no effect on Gateways");
                port_ok = false;
            }
            if s(pt, "name").is_empty() {
                cx.err(&pp.k("name"), "a server port needs a name");
                port_ok = false;
            }
        }
    }
    if let Some(path) = bind.strip_prefix("unix://") {
        cx.check(&p.k("bind"), unix_address(path));
        if port.and_then(|pt| int(pt, "number")).unwrap_or(0) != 0 {
            cx.err(
                &p.k("port").k("number"),
                "the port number must be 0 for a unix domain socket bind",
            );
        }
    } else if !bind.is_empty() {
        cx.check(&p.k("bind"), hosts::ip(bind));
    }
    let tls = get(srv, "tls");
    if let Some(t) = tls {
        server_tls(cx, t, &p.k("tls"));
    }
    if port_ok {
        let proto = Proto::parse(port.map(|pt| s(pt, "protocol")).unwrap_or(""));
        if proto.is_tls() && tls.is_none() {
            cx.err(&p.k("tls"), "HTTPS and TLS servers need tls settings");
        } else if let (false, Some(t)) = (proto.is_tls(), tls) {
            if proto.is_http() {
                // only httpsRedirect is allowed on plain HTTP
                let passthrough = matches!(s(t, "mode"), "" | "PASSTHROUGH" | "AUTO_PASSTHROUGH");
                if !passthrough
                    || !s(t, "caCertificates").is_empty()
                    || !s(t, "privateKey").is_empty()
                    || !s(t, "serverCertificate").is_empty()
                {
                    cx.err(&p.k("tls"), "a plain-text HTTP server cannot have TLS settings (other than httpsRedirect)");
                }
            } else {
                cx.err(
                    &p.k("tls"),
                    "only HTTPS and TLS servers can have TLS settings",
                );
            }
        }
    }
}

/// A unix socket path: absolute, not a directory, or an abstract `@name`.
pub fn unix_address(path: &str) -> Result<(), String> {
    if path.is_empty() {
        return Err("unix address must not be empty".into());
    }
    if path.starts_with('@') {
        return Ok(());
    }
    if !path.starts_with('/') || path.ends_with('/') {
        return Err(format!("{path} is not an absolute path to a file"));
    }
    Ok(())
}

const CIPHERS: &[&str] = &[
    "ECDHE-ECDSA-AES128-GCM-SHA256",
    "ECDHE-RSA-AES128-GCM-SHA256",
    "ECDHE-ECDSA-AES256-GCM-SHA384",
    "ECDHE-RSA-AES256-GCM-SHA384",
    "ECDHE-ECDSA-CHACHA20-POLY1305",
    "ECDHE-RSA-CHACHA20-POLY1305",
    "ECDHE-ECDSA-AES128-SHA",
    "ECDHE-RSA-AES128-SHA",
    "ECDHE-ECDSA-AES256-SHA",
    "ECDHE-RSA-AES256-SHA",
    "AES128-GCM-SHA256",
    "AES256-GCM-SHA384",
    "AES128-SHA",
    "AES256-SHA",
    "DES-CBC3-SHA",
];

fn cipher_ok(c: &str) -> bool {
    c.is_empty() || c == "ALL" || !c.as_bytes()[0].is_ascii_alphanumeric() || CIPHERS.contains(&c)
}

/// Server TLS settings (Gateway servers and Sidecar ingress listeners).
pub fn server_tls(cx: &mut Cx, t: &Value, p: &P) {
    let mode = s(t, "mode");
    let mode = if mode.is_empty() { "PASSTHROUGH" } else { mode };
    let min = s(t, "minProtocolVersion");
    if (min == "TLSV1_0" || min == "TLSV1_1") && arr(t, "cipherSuites").is_empty() {
        cx.warn(&p.k("minProtocolVersion"), "TLS versions below 1.2 need compatible cipherSuites: the defaults no longer include them");
    }
    let pc = p.k("cipherSuites");
    let mut seen: Vec<&str> = Vec::new();
    for (i, c) in strs(t, "cipherSuites") {
        if !cipher_ok(c) {
            cx.warn(&pc.i(i), format!("unknown cipher suite {c} is ignored"));
        } else if seen.contains(&c) {
            cx.warn(&pc.i(i), format!("duplicate cipher suite {c} is ignored"));
        } else {
            seen.push(c);
        }
    }
    let cert = s(t, "serverCertificate");
    let key = s(t, "privateKey");
    let ca = s(t, "caCertificates");
    let cred = s(t, "credentialName");
    let creds = !arr(t, "credentialNames").is_empty();
    let certs = arr(t, "tlsCertificates");
    if mode == "ISTIO_MUTUAL" {
        for (k, set) in [
            ("serverCertificate", !cert.is_empty()),
            ("privateKey", !key.is_empty()),
            ("caCertificates", !ca.is_empty()),
            ("tlsCertificates", !certs.is_empty()),
            ("credentialName", !cred.is_empty()),
            ("credentialNames", creds),
        ] {
            if set {
                cx.err(
                    &p.k(k),
                    format!("ISTIO_MUTUAL TLS cannot set {k}: Istio provides the certificates"),
                );
            }
        }
        return;
    }
    if (mode == "PASSTHROUGH" || mode == "AUTO_PASSTHROUGH")
        && (!s(t, "caCrl").is_empty()
            || !cert.is_empty()
            || !key.is_empty()
            || !ca.is_empty()
            || !certs.is_empty()
            || !cred.is_empty()
            || creds)
    {
        cx.warn(
            p,
            format!("{mode} mode does not use certificates: they are ignored"),
        );
    }
    let sources = (!cert.is_empty() && !key.is_empty()) as u8
        + (!cred.is_empty()) as u8
        + creds as u8
        + (!certs.is_empty()) as u8;
    if sources > 1 {
        cx.err(p, "set only one of credentialName, credentialNames, serverCertificate/privateKey and tlsCertificates");
    }
    let terminating = matches!(mode, "SIMPLE" | "MUTUAL" | "OPTIONAL_MUTUAL");
    if terminating && (!cred.is_empty() || creds) {
        return;
    }
    if terminating {
        let what = if mode == "SIMPLE" {
            "SIMPLE TLS"
        } else {
            "MUTUAL TLS"
        };
        if mode != "SIMPLE" && ca.is_empty() {
            cx.err(
                &p.k("caCertificates"),
                format!("{what} needs caCertificates (a client CA bundle) or credentialName"),
            );
        }
        if certs.len() > 2 {
            cx.warn(
                &p.k("tlsCertificates"),
                format!("{what} supports at most 2 server certificates"),
            );
        }
        if certs.is_empty() {
            if cert.is_empty() {
                cx.err(
                    &p.k("serverCertificate"),
                    format!("{what} needs serverCertificate or credentialName"),
                );
            }
            if key.is_empty() {
                cx.err(
                    &p.k("privateKey"),
                    format!("{what} needs privateKey or credentialName"),
                );
            }
        } else {
            let pt = p.k("tlsCertificates");
            for (i, c) in certs.iter().enumerate() {
                if s(c, "serverCertificate").is_empty() {
                    cx.err(
                        &pt.i(i).k("serverCertificate"),
                        format!("{what} needs serverCertificate"),
                    );
                }
                if s(c, "privateKey").is_empty() {
                    cx.err(&pt.i(i).k("privateKey"), format!("{what} needs privateKey"));
                }
            }
        }
    }
    if has(t, "caCrl") && !s(t, "caCrl").is_empty() {
        if !cred.is_empty() {
            cx.err(
                &p.k("caCrl"),
                "caCrl is not supported with credentialName: put the CRL in the credential",
            );
        }
        if mode == "SIMPLE" {
            cx.err(&p.k("caCrl"), "caCrl is not supported with SIMPLE TLS");
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::validation::testing::*;

    fn gw(servers: &str) -> String {
        format!(
            "apiVersion: networking.istio.io/v1\nkind: Gateway\nmetadata:\n  name: gw\n  namespace: prod\nspec:\n  selector: {{istio: ingressgateway}}\n  servers:\n{servers}"
        )
    }

    #[test]
    fn clean() {
        assert_clean(&gw(
            "  - port: {number: 80, name: http, protocol: HTTP}\n    hosts: [\"*\"]\n    tls: {httpsRedirect: true}\n  - port: {number: 443, name: https, protocol: HTTPS}\n    hosts: [\"prod/*.example.com\"]\n    tls: {mode: SIMPLE, credentialName: cert}\n",
        ));
    }

    #[test]
    fn ports_and_hosts() {
        let g = gw(
            "  - port: {number: 0, name: a, protocol: QUIC}\n    hosts: [\"prod/foo\", \"ns/*bar.com\"]\n  - port: {number: 81, name: a, protocol: HTTP}\n    hosts: []\n",
        );
        assert_finding(&g, "spec.servers[0].port.protocol", "invalid protocol");
        assert_finding(&g, "spec.servers[0].port.number", "1..65535");
        assert_finding(&g, "spec.servers[0].hosts[0]", "short name");
        assert_finding(&g, "spec.servers[0].hosts[1]", "partial wildcard");
        assert_finding(&g, "spec.servers[1].hosts", "at least one host");
        assert_finding(&g, "spec.servers[1].port.name", "unique");
    }

    #[test]
    fn tls_modes() {
        let g = gw(
            "  - port: {number: 443, name: https, protocol: HTTPS}\n    hosts: [\"*\"]\n  - port: {number: 444, name: m, protocol: HTTPS}\n    hosts: [\"*\"]\n    tls: {mode: MUTUAL, serverCertificate: /c, privateKey: /k}\n  - port: {number: 80, name: h, protocol: HTTP}\n    hosts: [\"*\"]\n    tls: {mode: SIMPLE, credentialName: x}\n  - port: {number: 445, name: i, protocol: TLS}\n    hosts: [\"*\"]\n    tls: {mode: ISTIO_MUTUAL, credentialName: x}\n",
        );
        assert_finding(&g, "spec.servers[0].tls", "need tls settings");
        assert_finding(
            &g,
            "spec.servers[1].tls.caCertificates",
            "MUTUAL TLS needs caCertificates",
        );
        assert_finding(&g, "spec.servers[2].tls", "plain-text HTTP");
        assert_finding(&g, "spec.servers[3].tls.credentialName", "ISTIO_MUTUAL");
        let simple = gw(
            "  - port: {number: 443, name: https, protocol: HTTPS}\n    hosts: [\"*\"]\n    tls: {mode: SIMPLE}\n",
        );
        assert_finding(
            &simple,
            "spec.servers[0].tls.serverCertificate",
            "SIMPLE TLS needs",
        );
    }

    #[test]
    fn bind_and_name() {
        let g = gw(
            "  - port: {number: 80, name: http, protocol: HTTP}\n    hosts: [\"*\"]\n    bind: 1.2.3\n",
        );
        assert_finding(&g, "spec.servers[0].bind", "not a valid IP");
        let u = gw(
            "  - port: {number: 80, name: http, protocol: HTTP}\n    hosts: [\"*\"]\n    bind: unix://relative\n",
        );
        assert_finding(&u, "spec.servers[0].bind", "absolute path");
        assert_finding(&u, "spec.servers[0].port.number", "must be 0");
        let n = gw("  - port: {number: 80, name: http, protocol: HTTP}\n    hosts: [\"*\"]\n")
            .replace("name: gw", "name: gw.v1");
        assert_finding(&n, "metadata.name", "no dots");
    }
}
