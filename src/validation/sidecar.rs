//! Sidecar: workload selector, ingress listeners (port, bind, defaultEndpoint, TLS, connection
//! pools), egress listeners (`namespace/host` hosts, unix sockets, capture mode) and the
//! outbound traffic policy.

use serde_json::Value;

use super::common::{Cx, P, arr, get, has, int, s, strs};
use super::gateway::{server_tls, unix_address};
use super::ports::{self, Proto};
use super::{destination_rule, hosts, selector, virtual_service};

pub fn check(_res: &crate::resource::Resource, spec: &Value, p: &P, cx: &mut Cx) {
    if let Some(sel) = get(spec, "workloadSelector") {
        selector::workload_selector(cx, sel, "labels", &p.k("workloadSelector"));
    }
    let ingress = arr(spec, "ingress");
    let egress = arr(spec, "egress");
    if ingress.is_empty()
        && egress.is_empty()
        && !has(spec, "outboundTrafficPolicy")
        && !has(spec, "inboundConnectionPool")
    {
        cx.err(p, "the Sidecar is empty: set ingress, egress, outboundTrafficPolicy or inboundConnectionPool");
        return;
    }
    let pi = p.k("ingress");
    let mut seen_ports: Vec<i64> = Vec::new();
    for (i, l) in ingress.iter().enumerate() {
        let pl = pi.i(i);
        if l.is_null() {
            cx.err(&pl, "ingress listener may not be null");
            continue;
        }
        let Some(port) = get(l, "port") else {
            cx.err(&pl.k("port"), "ingress listeners need a port");
            continue;
        };
        let pp = pl.k("port");
        if int(port, "targetPort").unwrap_or(0) > 0 {
            cx.err(&pp.k("targetPort"), "targetPort has no effect on Sidecars");
        }
        let name = s(port, "name");
        if !name.is_empty() {
            cx.check(&pp.k("name"), ports::port_name(name));
        }
        cx.check(&pp.k("protocol"), ports::protocol(s(port, "protocol")));
        let number = int(port, "number").unwrap_or(0);
        cx.check(&pp.k("number"), ports::port(number));
        let bind = s(l, "bind");
        if !bind.is_empty() {
            cx.check(&pl.k("bind"), hosts::ip(bind));
        }
        if seen_ports.contains(&number) {
            cx.err(
                &pp.k("number"),
                format!(
                    "ingress port {number} is used twice: ports of IP listeners must be unique"
                ),
            );
        }
        seen_ports.push(number);
        default_endpoint(cx, s(l, "defaultEndpoint"), &pl.k("defaultEndpoint"));
        if let Some(t) = get(l, "tls") {
            let pt = pl.k("tls");
            for (k, what) in [
                ("subjectAltNames", "subjectAltNames"),
                ("httpsRedirect", "httpsRedirect"),
                ("credentialName", "credentialName"),
                ("credentialNames", "credentialNames"),
                ("tlsCertificates", "tlsCertificates"),
            ] {
                if super::common::non_empty(t, k) && t.get(k) != Some(&Value::Bool(false)) {
                    cx.err(
                        &pt.k(k),
                        format!("{what} is not supported in Sidecar ingress TLS"),
                    );
                }
            }
            let mode = s(t, "mode");
            if mode == "ISTIO_MUTUAL" || mode == "AUTO_PASSTHROUGH" {
                cx.err(
                    &pt.k("mode"),
                    format!("mode {mode} cannot be used for Sidecar ingress TLS"),
                );
            }
            if !Proto::parse(s(port, "protocol")).is_tls() {
                cx.err(&pt, "only HTTPS and TLS ports can have TLS settings");
            }
            server_tls(cx, t, &pt);
        }
        if let Some(cp) = get(l, "connectionPool") {
            destination_rule::connection_pool(cx, cp, &pl.k("connectionPool"));
            if has(cp, "http") && !Proto::parse(s(port, "protocol")).is_http() {
                cx.warn(&pl.k("connectionPool").k("http"), format!("HTTP connection pool settings on port {number} ({name:?}), whose protocol is not HTTP: only the TCP settings apply"));
            }
        }
    }
    if let Some(cp) = get(spec, "inboundConnectionPool") {
        destination_rule::connection_pool(cx, cp, &p.k("inboundConnectionPool"));
    }

    let pe = p.k("egress");
    let mut ports_seen: Vec<i64> = Vec::new();
    let mut uds_seen: Vec<&str> = Vec::new();
    let mut catch_all = false;
    for (i, l) in egress.iter().enumerate() {
        let pl = pe.i(i);
        if l.is_null() {
            cx.err(&pl, "egress listener may not be null");
            continue;
        }
        match get(l, "port") {
            None => {
                if catch_all {
                    cx.err(&pl, "only one egress listener may omit the port");
                    continue;
                }
                if i == egress.len() - 1 {
                    catch_all = true;
                } else {
                    cx.err(
                        &pl,
                        "the egress listener without a port must be the last one",
                    );
                }
            }
            Some(port) => {
                let pp = pl.k("port");
                if int(port, "targetPort").unwrap_or(0) > 0 {
                    cx.err(&pp.k("targetPort"), "targetPort has no effect on Sidecars");
                }
                let bind = s(l, "bind");
                egress_port(cx, port, bind, s(l, "captureMode"), &pl);
                let number = int(port, "number").unwrap_or(0);
                if number == 0 {
                    if uds_seen.contains(&bind) {
                        cx.err(
                            &pl.k("bind"),
                            "unix domain socket binds of listeners must be unique",
                        );
                    }
                    uds_seen.push(bind);
                } else {
                    if ports_seen.contains(&number) {
                        cx.err(&pp.k("number"), format!("egress port {number} is used twice: ports of IP listeners must be unique"));
                    }
                    ports_seen.push(number);
                }
            }
        }
        egress_hosts(cx, l, &pl);
    }
    if let Some(otp) = get(spec, "outboundTrafficPolicy") {
        outbound_policy(cx, otp, &p.k("outboundTrafficPolicy"));
    }
}

fn default_endpoint(cx: &mut Cx, ep: &str, p: &P) {
    if ep.is_empty() {
        return;
    }
    if let Some(path) = ep.strip_prefix("unix://") {
        cx.check(p, unix_address(path));
        return;
    }
    let form = "defaultEndpoint must be 127.0.0.1:<port>, 0.0.0.0:<port>, [::1]:<port>, [::]:<port>, unix://<path>, or unset";
    let (host, port) = match ep.rsplit_once(':') {
        Some((h, pt)) => {
            let h = h
                .strip_prefix('[')
                .and_then(|x| x.strip_suffix(']'))
                .unwrap_or(h);
            (h, pt)
        }
        None => {
            cx.err(p, format!("{ep:?}: {form}"));
            return;
        }
    };
    if !host.is_empty() && !matches!(host, "127.0.0.1" | "0.0.0.0" | "::1" | "::") {
        cx.err(p, form);
    }
    match port.parse::<i64>() {
        Ok(n) => cx.check(p, ports::port(n)),
        Err(_) => cx.err(p, format!("defaultEndpoint port {port:?} is not a number")),
    }
}

fn egress_port(cx: &mut Cx, port: &Value, bind: &str, capture: &str, pl: &P) {
    let pp = pl.k("port");
    let name = s(port, "name");
    if !name.is_empty() {
        cx.check(&pp.k("name"), ports::port_name(name));
    }
    cx.check(&pp.k("protocol"), ports::protocol(s(port, "protocol")));
    let number = int(port, "number").unwrap_or(0);
    if number == 0 {
        match bind.strip_prefix("unix://") {
            None => cx.err(
                &pl.k("bind"),
                "a listener with port 0 needs a unix:// bind address",
            ),
            Some(path) => cx.check(&pl.k("bind"), unix_address(path)),
        }
        if !capture.is_empty() && capture != "DEFAULT" && capture != "NONE" {
            cx.err(
                &pl.k("captureMode"),
                "captureMode must be DEFAULT or NONE for unix domain socket listeners",
            );
        }
    } else {
        cx.check(&pp.k("number"), ports::port(number));
        if !bind.is_empty() {
            cx.check(&pl.k("bind"), hosts::ip(bind));
        }
    }
}

fn egress_hosts(cx: &mut Cx, l: &Value, pl: &P) {
    let ph = pl.k("hosts");
    if arr(l, "hosts").is_empty() {
        cx.err(&ph, "an egress listener needs at least one host");
        return;
    }
    let ns_here = cx.namespace;
    // (namespace, host) pairs seen so far
    let mut seen: Vec<(&str, &str)> = Vec::new();
    for (i, h) in strs(l, "hosts") {
        let pi = ph.i(i);
        if let Some((ns, svc)) = h.split_once('/')
            && !ns.starts_with('~')
        {
            let ns = if ns == "." { ns_here } else { ns };
            let dup = if svc != "*" {
                seen.iter().any(|&(n, s)| n == ns && (s == svc || s == "*"))
            } else {
                seen.iter().any(|&(n, _)| n == ns)
            };
            if dup {
                cx.warn(&pi, format!("duplicate egress host {h}"));
            }
            seen.push((ns, svc));
        }
        for e in hosts::namespace_slash_host(h, false, false) {
            cx.err(&pi, e);
        }
    }
    if seen.contains(&("*", "*")) && seen.iter().any(|&(n, _)| n != "*") {
        cx.warn(&ph, "*/* selects everything: the other hosts add nothing");
    }
}

fn outbound_policy(cx: &mut Cx, otp: &Value, p: &P) {
    let mode = s(otp, "mode");
    if mode == "ALLOW_ANY_DYNAMIC_DNS" {
        cx.err(
            &p.k("mode"),
            "ALLOW_ANY_DYNAMIC_DNS is only supported in MeshConfig, not in a Sidecar",
        );
        return;
    }
    if let Some(ep) = get(otp, "egressProxy") {
        let pe = p.k("egressProxy");
        if mode != "ALLOW_ANY" {
            cx.err(&pe, "egressProxy can only be set with mode ALLOW_ANY");
            return;
        }
        cx.check(&pe.k("host"), hosts::fqdn(s(ep, "host")));
        if !has(ep, "port") {
            cx.err(&pe.k("port"), "egressProxy needs a port");
            return;
        }
        virtual_service::destination(cx, ep, &pe);
    }
}

#[cfg(test)]
mod tests {
    use crate::validation::testing::*;

    fn sc(spec: &str) -> String {
        format!(
            "apiVersion: networking.istio.io/v1\nkind: Sidecar\nmetadata:\n  name: s\n  namespace: prod\nspec:\n{spec}"
        )
    }

    #[test]
    fn clean() {
        assert_clean(&sc(
            "  egress:\n  - hosts: [\"./*\", \"istio-system/*\"]\n  outboundTrafficPolicy: {mode: REGISTRY_ONLY}\n",
        ));
    }

    #[test]
    fn empty() {
        assert_finding(
            &sc("  workloadSelector: {labels: {app: a}}\n"),
            "spec",
            "empty",
        );
    }

    #[test]
    fn egress() {
        let d = sc(
            "  egress:\n  - hosts: [foo.com, \"Bad_ns/*\", \"prod/*\", \"./a.com\"]\n  - port: {number: 0, protocol: HTTP, name: uds}\n    hosts: [\"*/*\"]\n  - hosts: [\"*/*\"]\n",
        );
        assert_finding(&d, "spec.egress[0].hosts[0]", "namespace/dnsName");
        assert_finding(&d, "spec.egress[0].hosts[1]", "invalid namespace");
        assert!(
            lines(&d)
                .iter()
                .any(|l| l.starts_with("W spec.egress[0].hosts[3]: duplicate egress host"))
        );
        assert_finding(&d, "spec.egress[0]", "must be the last one");
        assert_finding(&d, "spec.egress[1].bind", "unix://");
    }

    #[test]
    fn ingress() {
        let d = sc(
            "  ingress:\n  - port: {number: 9080, protocol: HTTP, name: http}\n    defaultEndpoint: 10.0.0.1:8080\n    tls: {mode: SIMPLE, credentialName: x}\n  - port: {number: 9080, protocol: HTTP, name: http2}\n    defaultEndpoint: \"127.0.0.1:x\"\n",
        );
        assert_finding(&d, "spec.ingress[0].defaultEndpoint", "must be 127.0.0.1");
        assert_finding(&d, "spec.ingress[0].tls.credentialName", "not supported");
        assert_finding(&d, "spec.ingress[0].tls", "only HTTPS and TLS");
        assert_finding(&d, "spec.ingress[1].port.number", "used twice");
        assert_finding(&d, "spec.ingress[1].defaultEndpoint", "not a number");
        assert_clean(&sc(
            "  ingress:\n  - port: {number: 9080, protocol: HTTP, name: http}\n    defaultEndpoint: unix:///var/run/app.sock\n",
        ));
    }

    #[test]
    fn outbound() {
        assert_finding(
            &sc(
                "  outboundTrafficPolicy: {mode: REGISTRY_ONLY, egressProxy: {host: proxy.example.com}}\n",
            ),
            "spec.outboundTrafficPolicy.egressProxy",
            "ALLOW_ANY",
        );
        assert_finding(
            &sc(
                "  outboundTrafficPolicy: {mode: ALLOW_ANY, egressProxy: {host: proxy.example.com}}\n",
            ),
            "spec.outboundTrafficPolicy.egressProxy.port",
            "needs a port",
        );
        assert_clean(&sc(
            "  outboundTrafficPolicy: {mode: ALLOW_ANY, egressProxy: {host: proxy.example.com, port: {number: 3128}}}\n",
        ));
    }
}
