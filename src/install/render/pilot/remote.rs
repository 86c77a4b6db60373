//! A remote cluster's way to its primary istiod (`istiodRemote.enabled` with
//! `global.remotePilotAddress`): a Service named like istiod with no selector, and, when the
//! address is an IP, an EndpointSlice that points the Service at it; a host name makes the
//! Service an ExternalName instead.

use serde_json::{Value, json};

use super::{Ctx, Plan, labels, object, owned};

/// `^([0-9]*\.){3}[0-9]*$`, the chart's test for an IPv4 address.
fn ipv4_like(s: &str) -> bool {
    let parts: Vec<&str> = s.split('.').collect();
    parts.len() == 4 && parts.iter().all(|p| p.chars().all(|c| c.is_ascii_digit()))
}

/// `^([0-9a-fA-F]*:)+[0-9a-fA-F]*$`, the chart's test for an IPv6 address.
fn ipv6_like(s: &str) -> bool {
    s.contains(':') && s.chars().all(|c| c == ':' || c.is_ascii_hexdigit())
}

pub(super) fn service_and_endpoints(ctx: &Ctx, p: &Plan, out: &mut Vec<Value>) {
    let address = p.g.str("remotePilotAddress");
    if !p.namespaced || !p.remote || address.is_empty() {
        return;
    }
    let name = if ctx
        .v
        .bool_or("istiodRemote.enabledLocalInjectorIstiod", false)
    {
        format!("{}-remote", p.istiod)
    } else {
        p.istiod.clone()
    };
    let ip = ipv4_like(&address) || ipv6_like(&address);
    if ip {
        let mut l = labels([("kubernetes.io/service-name", name.as_str())]);
        l.insert(
            "endpointslice.kubernetes.io/managed-by".into(),
            "sailctl".into(),
        );
        l.insert("app.kubernetes.io/name".into(), "istiod".into());
        let mut l = owned(ctx, l);
        ctx.common_labels(&mut l);
        let mut slice = object("discovery.k8s.io/v1", "EndpointSlice", &name, Some(p.ns), l);
        slice["addressType"] = json!(if ipv4_like(&address) { "IPv4" } else { "IPv6" });
        slice["endpoints"] = json!([{"addresses": [address]}]);
        slice["ports"] = json!([
            {"port": 15012, "name": "tcp-istiod", "protocol": "TCP"},
            {"port": 15017, "name": "tcp-webhook", "protocol": "TCP"},
        ]);
        out.push(slice);
    }
    let mut l = owned(ctx, labels([("app.kubernetes.io/name", "istiod")]));
    ctx.common_labels(&mut l);
    let mut svc = object("v1", "Service", &name, Some(p.ns), l);
    let mut spec = json!({"ports": [
        {"port": 15012, "name": "tcp-istiod", "protocol": "TCP"},
        {"port": 443, "targetPort": 15017, "name": "tcp-webhook", "protocol": "TCP"},
    ]});
    if !ip {
        spec["type"] = json!("ExternalName");
        spec["externalName"] = json!(address);
    }
    for f in ["ipFamilyPolicy", "ipFamilies"] {
        if p.g.truthy(f) {
            spec[f] = p.g.get(f).clone();
        }
    }
    svc["spec"] = spec;
    out.push(svc);
}

#[cfg(test)]
mod tests {
    #[test]
    fn addresses_as_the_chart_tells_them_apart() {
        assert!(super::ipv4_like("169.10.112.88"));
        assert!(!super::ipv4_like("istiod.example.com"));
        assert!(super::ipv6_like("fd00::1"));
        assert!(!super::ipv6_like("istiod.example.com"));
        assert!(!super::ipv6_like("169.10.112.88"));
    }
}
