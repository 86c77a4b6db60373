//! IstioOperator: gateway ports a non-root gateway cannot bind.
//!
//! A gateway runs as a non-root user unless `values.gateways.<gateway>.runAsRoot` is set, and
//! such a process cannot listen below port 1024. A Service port without a `targetPort` sends
//! traffic to the port itself, so `{name: http2, port: 80}` under a gateway's
//! `k8s.service.ports` makes a gateway that never receives it. istioctl refuses such an
//! IstioOperator in `validate`, `manifest generate` and `install`; so does sailctl (the same
//! check runs on the merged IstioOperator in `install::values`). The numbers are Istio's: a
//! numeric `targetPort` under 1024 is refused, and so is a missing or zero one unless the port
//! is above 1024; a named `targetPort` is not checked. The ingress gateway's `ingressPorts`
//! value is checked whatever `runAsRoot` says, as in Istio.

use serde_json::Value;

use super::Finding;
use super::common::{CODE, Cx, P};

pub fn check(_res: &crate::resource::Resource, spec: &Value, p: &P, cx: &mut Cx) {
    for (path, message) in gateway_port_errors(spec) {
        let mut at = p.to_path();
        at.0.extend(path.0);
        cx.out.push(Finding::error(CODE, at, message));
    }
}

/// Each port of `spec` (an IstioOperator's spec) that a non-root gateway cannot bind: its path
/// under `spec` and what is wrong.
pub fn gateway_port_errors(spec: &Value) -> Vec<(crate::resource::FieldPath, String)> {
    let mut out = Vec::new();
    let root = P::Root;
    let values = &spec["values"]["gateways"];
    for (list, gateway) in [
        ("ingressGateways", "istio-ingressgateway"),
        ("egressGateways", "istio-egressgateway"),
    ] {
        if values[gateway]["runAsRoot"] == true {
            continue;
        }
        let components = root.k("components");
        let pl = components.k(list);
        for (i, gw) in spec["components"][list]
            .as_array()
            .into_iter()
            .flatten()
            .enumerate()
        {
            let pg = pl.i(i);
            let pk = pg.k("k8s");
            let ps = pk.k("service");
            let pp = ps.k("ports");
            let name = gw["name"].as_str().unwrap_or_default();
            let ports = gw["k8s"]["service"]["ports"].as_array();
            for (j, port) in ports.into_iter().flatten().enumerate() {
                let Some(target) = needs_root(port) else {
                    continue;
                };
                let pj = pp.i(j);
                out.push((
                    pj.k("targetPort").to_path(),
                    message(port, &format!("gateway {name}"), target, gateway),
                ));
            }
        }
    }
    let ingress = root.k("values");
    let pg = ingress.k("gateways");
    let pi = pg.k("istio-ingressgateway");
    let pp = pi.k("ingressPorts");
    for (j, port) in values["istio-ingressgateway"]["ingressPorts"]
        .as_array()
        .into_iter()
        .flatten()
        .enumerate()
    {
        if let Some(target) = needs_root(port) {
            let pj = pp.i(j);
            out.push((
                pj.k("targetPort").to_path(),
                message(
                    port,
                    "values.gateways.istio-ingressgateway.ingressPorts",
                    target,
                    "istio-ingressgateway",
                ),
            ));
        }
    }
    out
}

/// The target port (0 when unset) of a Service port that needs root, None when it does not or
/// when its numbers are not numbers (the schema reports those).
fn needs_root(port: &Value) -> Option<i64> {
    let number = port["port"].as_i64()?;
    let target = match &port["targetPort"] {
        Value::Null => 0,
        Value::Number(n) => n.as_i64()?,
        // a named target port is not checked
        _ => return None,
    };
    if target == 0 && number > 1024 {
        // no target port: the port itself, above 1024
        return None;
    }
    (target < 1024).then_some(target)
}

fn message(port: &Value, place: &str, target: i64, gateway: &str) -> String {
    let name = port["name"].as_str().unwrap_or_default();
    let number = port["port"].as_i64().unwrap_or_default();
    let target = if target == 0 {
        format!("no targetPort, so traffic goes to port {number}")
    } else {
        format!("targetPort {target}")
    };
    format!(
        "port {name}/{number} of {place}: {target}, which a gateway not running as root cannot \
         listen on; set a targetPort above 1024 (or values.gateways.{gateway}.runAsRoot: true)"
    )
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::gateway_port_errors;

    #[test]
    fn ports_a_non_root_gateway_cannot_bind() {
        // as in the ASM samples' internal load balancer IstioOperator
        let spec = json!({"components": {"ingressGateways": [{"name": "istio-ingressgateway",
        "k8s": {"service": {"ports": [
            {"name": "status-port", "port": 15020},
            {"name": "http2", "port": 80},
            {"name": "https", "port": 443, "targetPort": 8443},
            {"name": "tcp", "port": 31400, "targetPort": 900},
            {"name": "named", "port": 81, "targetPort": "http"},
            {"name": "edge", "port": 1024}
        ]}}}]}});
        let errors = gateway_port_errors(&spec);
        let paths: Vec<String> = errors.iter().map(|e| e.0.to_string()).collect();
        assert_eq!(
            paths,
            [
                "components.ingressGateways[0].k8s.service.ports[1].targetPort",
                "components.ingressGateways[0].k8s.service.ports[3].targetPort",
                "components.ingressGateways[0].k8s.service.ports[5].targetPort",
            ]
        );
        assert!(
            errors[0]
                .1
                .contains("port http2/80 of gateway istio-ingressgateway")
                && errors[0].1.contains("runAsRoot"),
            "{}",
            errors[0].1
        );
        assert!(errors[1].1.contains("targetPort 900"), "{}", errors[1].1);
        // running as root, anything goes; the egress gateway has its own switch
        let mut root = spec.clone();
        root["values"] = json!({"gateways": {"istio-ingressgateway": {"runAsRoot": true}}});
        assert!(gateway_port_errors(&root).is_empty());
        let egress = json!({"components": {"egressGateways": [{"name": "eg",
            "k8s": {"service": {"ports": [{"name": "http", "port": 80}]}}}]},
            "values": {"gateways": {"istio-ingressgateway": {"runAsRoot": true}}}});
        assert_eq!(gateway_port_errors(&egress).len(), 1);
        // ingressPorts are checked whatever runAsRoot says
        let ports = json!({"values": {"gateways": {"istio-ingressgateway": {"runAsRoot": true,
            "ingressPorts": [{"port": 80}, {"port": 8080, "targetPort": 8080}]}}}});
        let errors = gateway_port_errors(&ports);
        assert_eq!(errors.len(), 1);
        assert_eq!(
            errors[0].0.to_string(),
            "values.gateways.istio-ingressgateway.ingressPorts[0].targetPort"
        );
    }
}
