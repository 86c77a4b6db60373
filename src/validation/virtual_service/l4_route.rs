//! VirtualService TLS and TCP routes: L4 matches, SNI hosts, subnets.

use super::*;

/// port, sourceLabels and gateways of HTTP, TLS and TCP matches.
pub(super) fn l4_common(cx: &mut Cx, m: &Value, p: &P) {
    if let Some(port) = int(m, "port")
        && port != 0
    {
        cx.check(&p.k("port"), ports::port(port));
    }
    selector::label_map(cx, m, "sourceLabels", p);
    gateway_names(cx, m, "gateways", p, false);
}

pub(super) fn tls_route(
    cx: &mut Cx,
    r: &Value,
    p: &P,
    spec: &Value,
    to_gateway: bool,
    gw_sem: bool,
) {
    if r.is_null() {
        return;
    }
    let matches = arr(r, "match");
    if matches.is_empty() {
        cx.err(&p.k("match"), "a TLS route needs at least one match");
    }
    let pm = p.k("match");
    for (i, m) in matches.iter().enumerate() {
        let pi = pm.i(i);
        if m.is_null() {
            cx.err(&pi, "TLS match may not be null");
            continue;
        }
        if arr(m, "sniHosts").is_empty() {
            cx.err(&pi.k("sniHosts"), "a TLS match needs at least one SNI host");
        }
        let psn = pi.k("sniHosts");
        for (j, sni) in strs(m, "sniHosts") {
            sni_host(cx, sni, &psn.i(j), spec, to_gateway);
        }
        subnets(cx, m, &pi);
        l4_common(cx, m, &pi);
    }
    let route = arr(r, "route");
    if route.is_empty() {
        cx.err(&p.k("route"), "a TLS route needs a route");
    }
    route_destinations(cx, route, &p.k("route"), gw_sem, false);
}

pub(super) fn subnets(cx: &mut Cx, m: &Value, p: &P) {
    let pd = p.k("destinationSubnets");
    for (i, sn) in strs(m, "destinationSubnets") {
        cx.check(&pd.i(i), hosts::ip_or_cidr(sn));
    }
}

pub(super) fn sni_host(cx: &mut Cx, sni: &str, p: &P, spec: &Value, to_gateway: bool) {
    let r = if to_gateway {
        hosts::wildcard_domain_for_gateway(true, sni)
    } else {
        hosts::wildcard_domain(sni)
    };
    if let Err(e) = r {
        if hosts::is_ip(sni) {
            cx.warn(
                p,
                format!("SNI host {sni:?} is an IP address: most clients do not send IPs as SNI"),
            );
        } else {
            cx.err(p, e);
        }
        return;
    }
    let vs_hosts: Vec<&str> = strs(spec, "hosts").map(|(_, h)| h).collect();
    if !vs_hosts.iter().any(|h| hosts::host_subset_of(sni, h)) {
        cx.err(
            p,
            format!(
                "SNI host {sni:?} is not covered by any of the VirtualService hosts [{}]",
                vs_hosts.join(", ")
            ),
        );
    }
}

pub(super) fn tcp_route(cx: &mut Cx, r: &Value, p: &P, gw_sem: bool) {
    if r.is_null() {
        return;
    }
    let pm = p.k("match");
    for (i, m) in arr(r, "match").iter().enumerate() {
        let pi = pm.i(i);
        if m.is_null() {
            cx.err(&pi, "tcp match may not be null");
            continue;
        }
        subnets(cx, m, &pi);
        l4_common(cx, m, &pi);
    }
    let route = arr(r, "route");
    if route.is_empty() {
        cx.err(&p.k("route"), "a TCP route needs a route");
    }
    route_destinations(cx, route, &p.k("route"), gw_sem, false);
}
