//! ServiceEntry: hosts, addresses (IPs and CIDRs), ports, the resolution mode and what it
//! allows (endpoints, wildcards, CIDRs), workloadSelector vs endpoints, exportTo.

use serde_json::Value;

use super::common::{Cx, P, arr, as_int, get, int, s, strs};
use super::ports::{self, Proto};
use super::{hosts, selector, workload_entry};
use crate::resource::Field;
use crate::resource::Resource;

const AUTOALLOCATE_LABEL: &str = "networking.istio.io/enable-autoallocate-ip";

pub fn check(res: &Resource, spec: &Value, p: &P, cx: &mut Cx) {
    let ws = get(spec, "workloadSelector");
    if let Some(sel) = ws {
        selector::workload_selector(cx, sel, "labels", &p.k("workloadSelector"));
    }
    let endpoints_set = spec.field("endpoints").is_some_and(|v| !v.is_null());
    if ws.is_some() && endpoints_set {
        cx.err(
            &p.k("workloadSelector"),
            "only one of workloadSelector and endpoints can be set",
        );
    }
    let resolution = s(spec, "resolution");
    let resolution = if resolution.is_empty() {
        "NONE"
    } else {
        resolution
    };
    let host_list = arr(spec, "hosts");
    let ph = p.k("hosts");
    if host_list.is_empty() {
        cx.err(&ph, "a ServiceEntry needs at least one host");
    }
    for (i, h) in strs(spec, "hosts") {
        let pi = ph.i(i);
        if h == "*" {
            cx.err(&pi, "host * is not allowed in a ServiceEntry");
            continue;
        }
        cx.check(&pi, hosts::wildcard_domain(h));
        if resolution != "DYNAMIC_DNS" && hosts::partial_wildcard(h).is_err() {
            cx.warn(
                &pi,
                format!("partial wildcard host {h:?} is only supported with resolution DYNAMIC_DNS: use * as a whole leftmost label (*.example.com)"),
            );
        }
    }
    let addresses = arr(spec, "addresses");
    let pa = p.k("addresses");
    let mut cidr = false;
    for (i, a) in strs(spec, "addresses") {
        cidr |= a.contains('/');
        cx.check(&pa.i(i), hosts::ip_or_cidr(a));
    }
    if cidr && resolution != "NONE" && resolution != "STATIC" {
        cx.err(
            &pa,
            "CIDR addresses are only allowed with resolution NONE or STATIC",
        );
    }

    let opt_out = res
        .label(AUTOALLOCATE_LABEL)
        .is_some_and(|v| v.eq_ignore_ascii_case("false"));
    let auto_alloc = resolution != "NONE" && !opt_out && addresses.is_empty();
    let port_list = arr(spec, "ports");
    let pp = p.k("ports");
    let mut names: Vec<&str> = Vec::with_capacity(port_list.len());
    let mut numbers: Vec<i64> = Vec::with_capacity(port_list.len());
    for (i, port) in port_list.iter().enumerate() {
        let pi = pp.i(i);
        if port.is_null() {
            cx.err(&pi, "port may not be null");
            continue;
        }
        let name = s(port, "name");
        let number = int(port, "number").unwrap_or(0);
        if names.contains(&name) {
            cx.err(
                &pi.k("name"),
                format!("port name {name:?} is already defined"),
            );
        }
        names.push(name);
        if numbers.contains(&number) {
            cx.err(&pi.k("number"), format!("port {number} is already defined"));
        }
        numbers.push(number);
        if let Some(tp) = int(port, "targetPort")
            && tp != 0
        {
            cx.check(&pi.k("targetPort"), ports::port(tp));
        }
        let proto = s(port, "protocol");
        if addresses.is_empty() && !auto_alloc && (proto.is_empty() || proto == "TCP") {
            cx.warn(
                &pi,
                "ports serving TCP (or no protocol) need addresses when IP auto-allocation is off",
            );
        }
        cx.check(&pi.k("name"), ports::port_name(name));
        cx.check(&pi.k("protocol"), ports::protocol(proto));
        cx.check(&pi.k("number"), ports::port(number));
    }

    let endpoints = arr(spec, "endpoints");
    let pe = p.k("endpoints");
    match resolution {
        "NONE" => {
            if !endpoints.is_empty() {
                cx.err(&pe, "resolution NONE cannot have endpoints");
            }
            if ws.is_some() {
                cx.warn(
                    &p.k("workloadSelector"),
                    "workloadSelector has no effect with resolution NONE",
                );
            }
        }
        "STATIC" => {
            for (i, ep) in endpoints.iter().enumerate() {
                if ep.is_null() {
                    cx.err(&pe.i(i), "endpoint may not be null");
                    continue;
                }
                workload_entry::entry(cx, ep, &pe.i(i), Some(&names), false);
            }
        }
        "DNS" | "DNS_ROUND_ROBIN" => {
            if endpoints.is_empty() {
                for (i, h) in strs(spec, "hosts") {
                    if let Err(e) = hosts::fqdn(h) {
                        cx.err(&ph.i(i), format!("with resolution {resolution} and no endpoints, hosts must be FQDNs: {e}"));
                        break;
                    }
                }
            }
            if resolution == "DNS_ROUND_ROBIN" && endpoints.len() > 1 {
                cx.err(
                    &pe,
                    "resolution DNS_ROUND_ROBIN allows at most one endpoint",
                );
            }
            for (i, ep) in endpoints.iter().enumerate() {
                let pi = pe.i(i);
                if ep.is_null() {
                    cx.err(&pi, "endpoint may not be null");
                    continue;
                }
                let addr = s(ep, "address");
                if !hosts::is_ip(addr) && hosts::fqdn(addr).is_err() {
                    cx.err(
                        &pi.k("address"),
                        format!("endpoint address {addr:?} is not a valid FQDN or IP address"),
                    );
                }
                selector::label_map(cx, ep, "labels", &pi);
                let ppo = pi.k("ports");
                for (name, port) in super::common::entries(ep, "ports") {
                    let pn = ppo.k(name);
                    if !names.contains(&name.as_str()) {
                        cx.err(
                            &pn,
                            format!("endpoint port {name} is not defined by the ServiceEntry"),
                        );
                    }
                    cx.check(&pn, ports::port_name(name));
                    cx.check(&pn, ports::port(as_int(port).unwrap_or(0)));
                }
            }
            if !addresses.is_empty()
                && host_list.len() > 1
                && port_list
                    .iter()
                    .any(|pt| Proto::parse(s(pt, "protocol")).is_tcp())
            {
                cx.warn(
                    &ph,
                    "a ServiceEntry with addresses and a TCP port should have only one host",
                );
            }
        }
        "DYNAMIC_DNS" => {
            for (i, h) in strs(spec, "hosts") {
                if !h.starts_with('*') {
                    cx.err(
                        &ph.i(i),
                        "hosts must be wildcards with resolution DYNAMIC_DNS",
                    );
                }
            }
            if !addresses.is_empty() {
                cx.err(&pa, "addresses cannot be set with resolution DYNAMIC_DNS: routes come from the hosts");
            }
            if !endpoints.is_empty() {
                cx.err(&pe, "endpoints cannot be set with resolution DYNAMIC_DNS: destinations come from the hosts");
            }
            for (i, port) in port_list.iter().enumerate() {
                let pr = Proto::parse(s(port, "protocol"));
                if !matches!(pr, Proto::Http | Proto::Tls | Proto::Grpc | Proto::Http2) {
                    cx.err(
                        &pp.i(i).k("protocol"),
                        "resolution DYNAMIC_DNS supports only HTTP, TLS, GRPC and HTTP2 ports",
                    );
                }
            }
            let location = s(spec, "location");
            let location = if location.is_empty() {
                "MESH_EXTERNAL"
            } else {
                location
            };
            let waypoint = res
                .label("istio.io/use-waypoint")
                .is_some_and(|v| !v.is_empty() && !v.eq_ignore_ascii_case("none"));
            if location == "MESH_INTERNAL" && waypoint {
                cx.err(&p.k("location"), "location MESH_INTERNAL with resolution DYNAMIC_DNS is not supported with waypoints");
            }
        }
        other => cx.err(
            &p.k("resolution"),
            format!("unsupported resolution {other}"),
        ),
    }
    if resolution != "NONE"
        && host_list.len() > 1
        && let Some(i) = port_list.iter().position(|pt| {
            let pr = Proto::parse(s(pt, "protocol"));
            !pr.is_http() && !pr.is_tls()
        })
    {
        cx.err(&pp.i(i).k("protocol"), "several hosts with a non-HTTP, non-TLS port need resolution NONE: plain TCP cannot tell the hosts apart");
    }
    selector::export_to(cx, spec, p, true, false);
}

#[cfg(test)]
mod tests {
    use crate::validation::testing::*;

    fn se(spec: &str) -> String {
        format!(
            "apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n  name: s\n  namespace: prod\nspec:\n{spec}"
        )
    }

    #[test]
    fn clean() {
        assert_clean(&se(
            "  hosts: [api.example.com]\n  ports: [{number: 443, name: https, protocol: TLS}]\n  resolution: DNS\n  location: MESH_EXTERNAL\n",
        ));
    }

    #[test]
    fn hosts_and_addresses() {
        let d = se(
            "  hosts: [\"*\", \"a.*.com\"]\n  addresses: [10.0.0.0/33, 10.1.0.0/16]\n  resolution: DNS\n  ports: [{number: 80, name: http, protocol: HTTP}]\n",
        );
        assert_finding(&d, "spec.hosts[0]", "not allowed");
        assert_finding(&d, "spec.hosts[1]", "wildcard");
        assert_finding(&d, "spec.addresses[0]", "CIDR");
        assert_finding(&d, "spec.addresses", "NONE or STATIC");
    }

    #[test]
    fn ports() {
        let d = se(
            "  hosts: [a.com]\n  resolution: DNS\n  ports:\n  - {number: 80, name: http, protocol: HTTP}\n  - {number: 80, name: http, protocol: FTP}\n",
        );
        assert_finding(&d, "spec.ports[1].name", "already defined");
        assert_finding(&d, "spec.ports[1].number", "already defined");
        assert_finding(&d, "spec.ports[1].protocol", "unsupported protocol");
    }

    #[test]
    fn resolutions() {
        assert_finding(
            &se("  hosts: [a.com]\n  endpoints: [{address: 1.1.1.1}]\n"),
            "spec.endpoints",
            "NONE cannot have endpoints",
        );
        let st = se(
            "  hosts: [a.com]\n  resolution: STATIC\n  ports: [{number: 80, name: http, protocol: HTTP}]\n  endpoints:\n  - {address: db.example.com, ports: {grpc: 90}}\n",
        );
        assert_finding(&st, "spec.endpoints[0].address", "not a valid IP");
        assert_finding(
            &st,
            "spec.endpoints[0].ports.grpc",
            "not defined by the ServiceEntry",
        );
        assert_finding(
            &se("  hosts: [\"*.a.com\"]\n  resolution: DNS\n"),
            "spec.hosts[0]",
            "must be FQDNs",
        );
        assert_finding(
            &se(
                "  hosts: [a.com]\n  resolution: DYNAMIC_DNS\n  ports: [{number: 80, name: t, protocol: TCP}]\n",
            ),
            "spec.hosts[0]",
            "wildcards",
        );
        assert_finding(
            &se(
                "  hosts: [a.com]\n  resolution: DNS\n  workloadSelector: {labels: {app: a}}\n  endpoints: []\n",
            ),
            "spec.workloadSelector",
            "only one of",
        );
    }

    #[test]
    fn multi_host_tcp() {
        assert_finding(
            &se(
                "  hosts: [a.com, b.com]\n  resolution: DNS\n  ports: [{number: 3306, name: tcp, protocol: TCP}]\n",
            ),
            "spec.ports[0].protocol",
            "several hosts",
        );
        assert_clean(&se(
            "  hosts: [a.com, b.com]\n  ports: [{number: 3306, name: tcp, protocol: TCP}]\n",
        ));
    }
}
