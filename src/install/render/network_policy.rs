//! `global.networkPolicy.enabled`: a NetworkPolicy beside each component's workload that lets
//! in only the ports the workload serves (each rule one port group) and lets everything out.

use serde_json::{Map, Value, json};

use super::{Ctx, Instance, labels};

/// Whether the values ask for NetworkPolicies.
pub fn enabled(ctx: &Ctx) -> bool {
    ctx.v.bool_or("global.networkPolicy.enabled", false)
}

/// The policy for a workload: `name` (revisioned), its own `first` labels (then release,
/// ownership and the common labels), the pods it selects and its ingress rules, each a list of
/// (protocol, port).
pub fn policy(
    ctx: &Ctx,
    inst: &Instance,
    name: &str,
    first: &[(&str, &str)],
    selector: Map<String, Value>,
    ingress: &[Vec<(Value, Value)>],
) -> Value {
    let name = if ctx.revision.is_empty() {
        name.to_string()
    } else {
        format!("{name}-{}", ctx.revision)
    };
    let mut l: Map<String, Value> = first
        .iter()
        .map(|(k, v)| ((*k).to_string(), Value::String((*v).to_string())))
        .collect();
    l.insert("release".into(), "istio".into());
    ctx.owned_labels(&mut l, inst.component);
    ctx.common_labels(&mut l);
    let mut np = super::object(
        "networking.k8s.io/v1",
        "NetworkPolicy",
        &name,
        Some(&inst.namespace),
        l,
    );
    let rules: Vec<Value> = ingress
        .iter()
        .map(|ports| {
            let ports: Vec<Value> = ports
                .iter()
                .map(|(protocol, port)| json!({"protocol": protocol, "port": port}))
                .collect();
            json!({"ports": ports})
        })
        .collect();
    np["spec"] = json!({
        "podSelector": {"matchLabels": selector},
        "policyTypes": ["Ingress", "Egress"],
        "ingress": rules,
        "egress": [{}],
    });
    np
}

/// TCP ports, one rule each.
pub fn tcp(ports: &[u16]) -> Vec<Vec<(Value, Value)>> {
    ports
        .iter()
        .map(|p| vec![(json!("TCP"), json!(p))])
        .collect()
}

/// istiod's: the webhook port, then the xDS, CA and monitoring ports in one rule.
pub fn istiod(ctx: &Ctx, inst: &Instance, name: &str) -> Value {
    let mut sel = labels([("app", "istiod")]);
    sel.insert("istio.io/rev".into(), Value::String(ctx.rev_label()));
    let xds = [15010, 15011, 15012, 8080, 15014]
        .iter()
        .map(|p| (json!("TCP"), json!(p)))
        .collect();
    policy(
        ctx,
        inst,
        name,
        &[
            ("app", "istiod"),
            ("istio", "pilot"),
            ("app.kubernetes.io/name", "istiod"),
        ],
        sel,
        &[vec![(json!("TCP"), json!(15017))], xds],
    )
}

/// A gateway's: status, then metrics, then each of its ports (its target port, else the port).
pub fn gateway(
    ctx: &Ctx,
    inst: &Instance,
    istio_label: &str,
    app_name: &str,
    selector: &Map<String, Value>,
    ports: &Value,
) -> Value {
    let mut rules = tcp(&[15021]);
    rules.push(vec![
        (json!("TCP"), json!(15020)),
        (json!("TCP"), json!(15090)),
    ]);
    for p in ports.as_array().into_iter().flatten() {
        let protocol = if p["protocol"].is_string() {
            p["protocol"].clone()
        } else {
            json!("TCP")
        };
        let port = if super::truthy(&p["targetPort"]) {
            p["targetPort"].clone()
        } else {
            p["port"].clone()
        };
        rules.push(vec![(protocol, port)]);
    }
    let name = inst.name.as_str();
    policy(
        ctx,
        inst,
        name,
        &[
            ("app", name),
            ("istio", istio_label),
            ("app.kubernetes.io/name", app_name),
        ],
        selector.clone(),
        &rules,
    )
}

/// The CNI node agent's: metrics and readiness.
pub fn cni(ctx: &Ctx, inst: &Instance) -> Value {
    policy(
        ctx,
        inst,
        "istio-cni",
        &[
            ("k8s-app", "istio-cni-node"),
            ("app.kubernetes.io/name", "istio-cni"),
        ],
        labels([("k8s-app", "istio-cni-node")]),
        &tcp(&[15014, 8000]),
    )
}

/// ztunnel's: readiness, metrics, admin, HBONE, outbound, inbound plaintext, then DNS over TCP
/// and UDP.
pub fn ztunnel(ctx: &Ctx, inst: &Instance, name: &str) -> Value {
    let mut rules = tcp(&[15021, 15020, 15000, 15008, 15001, 15006]);
    rules.push(vec![
        (json!("TCP"), json!(15053)),
        (json!("UDP"), json!(15053)),
    ]);
    policy(
        ctx,
        inst,
        name,
        &[("app", "ztunnel"), ("app.kubernetes.io/name", "ztunnel")],
        labels([("app", "ztunnel")]),
        &rules,
    )
}
