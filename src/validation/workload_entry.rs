//! WorkloadEntry (and ServiceEntry endpoints, which share the shape): address vs network, unix
//! sockets, port names and numbers, labels.

use serde_json::Value;

use super::common::{Cx, P, entries, s};
use super::gateway::unix_address;
use super::{hosts, ports, selector};

/// Check one workload entry. `service_ports` lists the ServiceEntry's port names when checking
/// an endpoint; `allow_fqdn` is false for STATIC ServiceEntries.
pub fn entry(cx: &mut Cx, we: &Value, p: &P, service_ports: Option<&[&str]>, allow_fqdn: bool) {
    let addr = s(we, "address");
    let network = s(we, "network");
    if addr.is_empty() {
        if network.is_empty() {
            cx.err(&p.k("address"), "address is required (or a network, for a workload reached through its network gateway)");
            return;
        }
        cx.warn(
            &p.k("address"),
            format!("address is unset with network {network:?}"),
        );
    }
    let mut unix = false;
    if let Some(path) = addr.strip_prefix("unix://") {
        unix = true;
        cx.check(&p.k("address"), unix_address(path));
        if entries(we, "ports").next().is_some() {
            cx.err(
                &p.k("ports"),
                format!("unix endpoint {addr} must not have ports"),
            );
        }
    } else if !addr.is_empty() && !hosts::is_ip(addr) {
        if !allow_fqdn {
            cx.err(
                &p.k("address"),
                format!("endpoint address {addr:?} is not a valid IP address"),
            );
        } else if hosts::fqdn(addr).is_err() {
            cx.err(
                &p.k("address"),
                format!("endpoint address {addr:?} is not a valid FQDN or IP address"),
            );
        }
    }
    let pp = p.k("ports");
    for (name, port) in entries(we, "ports") {
        let pn = pp.k(name);
        if let Some(sp) = service_ports
            && !sp.contains(&name.as_str())
        {
            cx.err(
                &pn,
                format!("endpoint port {name} is not defined by the ServiceEntry"),
            );
        }
        cx.check(&pn, ports::port_name(name));
        cx.check(&pn, ports::port(super::common::as_int(port).unwrap_or(0)));
    }
    selector::label_map(cx, we, "labels", p);
    if unix && service_ports.is_some_and(|sp| sp.len() != 1) {
        cx.err(
            &p.k("address"),
            "a unix endpoint needs exactly one service port",
        );
    }
}

pub fn check(_res: &crate::resource::Resource, spec: &Value, p: &P, cx: &mut Cx) {
    entry(cx, spec, p, None, true);
}

#[cfg(test)]
mod tests {
    use crate::validation::testing::*;

    fn we(spec: &str) -> String {
        format!(
            "apiVersion: networking.istio.io/v1\nkind: WorkloadEntry\nmetadata:\n  name: w\nspec:\n{spec}"
        )
    }

    #[test]
    fn addresses() {
        assert_clean(&we(
            "  address: 10.0.0.1\n  ports: {http: 8080}\n  labels: {app: x}\n",
        ));
        assert_clean(&we("  address: vm1.example.com\n"));
        assert_finding(&we("  ports: {http: 80}\n"), "spec.address", "required");
        assert!(
            lines(&we("  network: net1\n"))
                .iter()
                .any(|l| l.starts_with("W spec.address"))
        );
        assert_finding(
            &we("  address: \"not an address\"\n"),
            "spec.address",
            "not a valid FQDN",
        );
        assert_finding(
            &we("  address: unix://rel\n"),
            "spec.address",
            "absolute path",
        );
        assert_finding(
            &we("  address: unix:///sock\n  ports: {http: 80}\n"),
            "spec.ports",
            "must not have ports",
        );
    }

    #[test]
    fn ports() {
        let d = we("  address: 10.0.0.1\n  ports: {http_1: 80, web: 0}\n");
        assert_finding(&d, "spec.ports.http_1", "invalid port name");
        assert_finding(&d, "spec.ports.web", "1..65535");
    }
}
