//! `x describe pod|svc`: the Istio configuration that applies to a workload, from cluster
//! objects (Services, DestinationRules, VirtualServices, Gateways, PeerAuthentications,
//! AuthorizationPolicies), checked against what the pod's proxy actually got when its config
//! dump is at hand. Pure functions over the objects as JSON; `cmd::describe` fetches them.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::Value;

use crate::envoy::dump::ConfigDump;

/// The cluster objects a description reads.
#[derive(Debug, Default)]
pub struct World {
    pub services: Vec<Value>,
    pub destination_rules: Vec<Value>,
    pub virtual_services: Vec<Value>,
    pub gateways: Vec<Value>,
    pub peer_authentications: Vec<Value>,
    pub authorization_policies: Vec<Value>,
    /// The mesh's root namespace (istio-system): its policies without selector apply to all.
    pub root_namespace: String,
}

/// One part of the description: a title and its lines.
#[derive(Debug, Clone, Serialize)]
pub struct Section {
    pub title: String,
    pub lines: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Description {
    pub target: String,
    pub sections: Vec<Section>,
    /// Where cluster configuration and the proxy's disagree.
    pub warnings: Vec<String>,
}

fn s<'v>(v: &'v Value, path: &str) -> &'v str {
    v.pointer(path).and_then(Value::as_str).unwrap_or_default()
}

fn name_ns(v: &Value) -> (String, String) {
    (
        s(v, "/metadata/name").to_string(),
        s(v, "/metadata/namespace").to_string(),
    )
}

fn id(v: &Value) -> String {
    let (n, ns) = name_ns(v);
    format!("{n}.{ns}")
}

fn labels(v: &Value, path: &str) -> BTreeMap<String, String> {
    v.pointer(path)
        .and_then(Value::as_object)
        .map(|m| {
            m.iter()
                .map(|(k, v)| (k.clone(), v.as_str().unwrap_or_default().to_string()))
                .collect()
        })
        .unwrap_or_default()
}

/// Every `selector` label is on the pod (an empty selector selects nothing).
fn selects(selector: &BTreeMap<String, String>, pod: &BTreeMap<String, String>) -> bool {
    !selector.is_empty() && selector.iter().all(|(k, v)| pod.get(k) == Some(v))
}

pub fn fqdn(svc: &Value) -> String {
    let (n, ns) = name_ns(svc);
    format!("{n}.{ns}.svc.cluster.local")
}

/// Whether a host written in a resource of namespace `ns` names the service `fqdn`: the FQDN,
/// a short name (`reviews`, `reviews.default`) completed in that namespace, or a wildcard.
pub fn host_matches(host: &str, ns: &str, fqdn: &str) -> bool {
    if host == "*" {
        return true;
    }
    if let Some(suffix) = host.strip_prefix('*') {
        return fqdn.ends_with(suffix);
    }
    let full = match host.matches('.').count() {
        0 => format!("{host}.{ns}.svc.cluster.local"),
        1 => format!("{host}.svc.cluster.local"),
        _ => host.to_string(),
    };
    full == fqdn
}

/// Istio's protocol for a service port (`protocol: UDP`, `appProtocol`, the name's prefix or a
/// well-known port, by the one protocol table in `validation::ports`), else unknown (sniffed).
pub fn port_protocol(port: &Value) -> String {
    use crate::analysis::util::Protocol;
    let text = |k: &str| port.get(k).and_then(Value::as_str);
    let number = port.get("port").and_then(Value::as_u64).unwrap_or(0);
    let number = u32::try_from(number).unwrap_or(0);
    match Protocol::of_service_port(
        number,
        text("name").unwrap_or_default(),
        text("protocol"),
        text("appProtocol"),
    ) {
        Protocol::Unsupported => "auto-detected".into(),
        p => p.as_str().to_ascii_uppercase(),
    }
}

fn service_lines(svc: &Value) -> Vec<String> {
    let ports = svc.pointer("/spec/ports").and_then(Value::as_array);
    ports
        .into_iter()
        .flatten()
        .map(|p| {
            let port = p.get("port").and_then(Value::as_u64).unwrap_or(0);
            let target = p.get("targetPort").map_or(String::new(), |t| match t {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            });
            format!(
                "port {port}/{} -> {target} ({})",
                p.get("name").and_then(Value::as_str).unwrap_or(""),
                port_protocol(p)
            )
        })
        .collect()
}

/// The Services whose selector picks the pod.
pub fn services_of<'w>(w: &'w World, pod: &Value) -> Vec<&'w Value> {
    let pl = labels(pod, "/metadata/labels");
    let ns = s(pod, "/metadata/namespace");
    w.services
        .iter()
        .filter(|svc| s(svc, "/metadata/namespace") == ns)
        .filter(|svc| selects(&labels(svc, "/spec/selector"), &pl))
        .collect()
}

/// What one DestinationRule says about the service (and, given a pod, its subset).
fn destination_rule_lines(dr: &Value, pod: Option<&BTreeMap<String, String>>) -> Vec<String> {
    let mut out = vec![format!(
        "DestinationRule {} for {:?}",
        id(dr),
        s(dr, "/spec/host")
    )];
    let tls = s(dr, "/spec/trafficPolicy/tls/mode");
    if !tls.is_empty() {
        out.push(format!("  traffic policy TLS mode {tls}"));
    }
    let subsets = dr.pointer("/spec/subsets").and_then(Value::as_array);
    let (mut matching, mut other) = (Vec::new(), Vec::new());
    for sub in subsets.into_iter().flatten() {
        let name = s(sub, "/name").to_string();
        match pod {
            Some(pl) if selects(&labels(sub, "/labels"), pl) => matching.push(name),
            _ => other.push(name),
        }
    }
    if pod.is_some() {
        out.push(format!(
            "  matching subsets: {}",
            if matching.is_empty() {
                "none".into()
            } else {
                matching.join(",")
            }
        ));
        if !other.is_empty() {
            out.push(format!("  (non-matching subsets {})", other.join(",")));
        }
    } else if !other.is_empty() {
        out.push(format!("  subsets: {}", other.join(",")));
    }
    out
}

fn destinations(vs: &Value, fqdn: &str) -> Vec<String> {
    let ns = s(vs, "/metadata/namespace");
    let mut out = Vec::new();
    for kind in ["http", "tcp", "tls"] {
        let routes = vs
            .pointer(&format!("/spec/{kind}"))
            .and_then(Value::as_array);
        for (i, r) in routes.into_iter().flatten().enumerate() {
            let dests = r.get("route").and_then(Value::as_array);
            for d in dests.into_iter().flatten() {
                let host = s(d, "/destination/host");
                if !host_matches(host, ns, fqdn) {
                    continue;
                }
                let subset = s(d, "/destination/subset");
                let weight = d.get("weight").and_then(Value::as_u64);
                let has_match = r.get("match").is_some_and(|m| !m.is_null());
                out.push(format!(
                    "  {kind} route #{i}{}: {}{}{}",
                    if has_match {
                        " (with match conditions)"
                    } else {
                        ""
                    },
                    host,
                    if subset.is_empty() {
                        String::new()
                    } else {
                        format!(" subset {subset}")
                    },
                    weight.map(|w| format!(" weight {w}%")).unwrap_or_default()
                ));
            }
        }
    }
    out
}

/// The VirtualServices for the service's host on the mesh (sidecars) or on gateways.
fn virtual_service_lines(vs: &Value, fqdn: &str) -> Vec<String> {
    let gateways: Vec<&str> = vs
        .pointer("/spec/gateways")
        .and_then(Value::as_array)
        .map(|g| g.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let on = if gateways.is_empty() {
        "mesh".to_string()
    } else {
        gateways.join(",")
    };
    let mut out = vec![format!("VirtualService {} (on {on})", id(vs))];
    out.extend(destinations(vs, fqdn));
    out
}

fn names_host(v: &Value, path: &str, fqdn: &str) -> bool {
    let ns = s(v, "/metadata/namespace");
    match v.pointer(path) {
        Some(Value::String(h)) => host_matches(h, ns, fqdn),
        Some(Value::Array(hs)) => hs
            .iter()
            .filter_map(Value::as_str)
            .any(|h| host_matches(h, ns, fqdn)),
        _ => false,
    }
}

/// Policies (PeerAuthentication, AuthorizationPolicy) that apply to a pod: workload selector
/// in its namespace, its namespace without selector, the root namespace without selector.
fn applies(policy: &Value, pod_ns: &str, pl: &BTreeMap<String, String>, root: &str) -> bool {
    let ns = s(policy, "/metadata/namespace");
    let sel = labels(policy, "/spec/selector/matchLabels");
    let has_selector = policy.pointer("/spec/selector").is_some();
    if ns == pod_ns {
        !has_selector || selects(&sel, pl)
    } else {
        ns == root && !has_selector
    }
}

/// The effective PeerAuthentication mode: workload over namespace over mesh; PERMISSIVE when
/// none sets it.
fn peer_authentication(w: &World, pod_ns: &str, pl: &BTreeMap<String, String>) -> Vec<String> {
    let mut chosen: Option<(u8, &Value)> = None;
    for pa in &w.peer_authentications {
        if !applies(pa, pod_ns, pl, &w.root_namespace) {
            continue;
        }
        let rank = if pa.pointer("/spec/selector").is_some() {
            3
        } else if s(pa, "/metadata/namespace") == pod_ns {
            2
        } else {
            1
        };
        if chosen.is_none_or(|(r, _)| rank > r) {
            chosen = Some((rank, pa));
        }
    }
    match chosen {
        Some((_, pa)) => {
            let mode = match s(pa, "/spec/mtls/mode") {
                "" | "UNSET" => "PERMISSIVE (unset)",
                m => m,
            };
            let mut out = vec![format!(
                "effective mTLS mode {mode} from PeerAuthentication {}",
                id(pa)
            )];
            if let Some(ports) = pa.pointer("/spec/portLevelMtls").and_then(Value::as_object) {
                for (p, m) in ports {
                    out.push(format!("  port {p}: {}", s(m, "/mode")));
                }
            }
            out
        }
        None => vec!["effective mTLS mode PERMISSIVE (no PeerAuthentication applies)".into()],
    }
}

/// The AuthorizationPolicies that apply, as `(action, name.namespace)`.
pub fn authorization_policies(w: &World, pod: &Value) -> Vec<(String, String)> {
    let pl = labels(pod, "/metadata/labels");
    let ns = s(pod, "/metadata/namespace");
    let mut out: Vec<(String, String)> = w
        .authorization_policies
        .iter()
        .filter(|p| applies(p, ns, &pl, &w.root_namespace))
        .map(|p| {
            let action = match s(p, "/spec/action") {
                "" => "ALLOW",
                a => a,
            };
            (action.to_string(), id(p))
        })
        .collect();
    out.sort();
    out
}

/// Describe a pod: its Services and the configuration for them, its policies, and, with its
/// config dump, where the proxy disagrees.
pub fn pod(w: &World, pod: &Value, dump: Result<&ConfigDump, String>) -> Description {
    let pl = labels(pod, "/metadata/labels");
    let pod_ns = s(pod, "/metadata/namespace").to_string();
    let mut d = Description {
        target: format!("pod {}", id(pod)),
        sections: Vec::new(),
        warnings: Vec::new(),
    };
    let services = services_of(w, pod);
    let mut expected_clusters = Vec::new();
    for svc in &services {
        d.sections
            .push(service_section(w, svc, Some(&pl), &mut expected_clusters));
    }
    if services.is_empty() {
        d.sections.push(Section {
            title: "Services".into(),
            lines: vec!["no Service selects this pod".into()],
        });
    }
    let gateways: Vec<String> = w
        .gateways
        .iter()
        .filter(|g| selects(&labels(g, "/spec/selector"), &pl))
        .map(id)
        .collect();
    if !gateways.is_empty() {
        d.sections.push(Section {
            title: "Gateways this pod serves".into(),
            lines: gateways,
        });
    }
    d.sections.push(Section {
        title: "PeerAuthentication".into(),
        lines: peer_authentication(w, &pod_ns, &pl),
    });
    let policies = authorization_policies(w, pod);
    d.sections.push(Section {
        title: "AuthorizationPolicies".into(),
        lines: if policies.is_empty() {
            vec!["none apply".into()]
        } else {
            policies.iter().map(|(a, n)| format!("{a} {n}")).collect()
        },
    });
    match dump {
        Ok(dump) => proxy_checks(dump, &expected_clusters, &policies, &mut d),
        Err(e) => d.sections.push(Section {
            title: "Proxy".into(),
            lines: vec![format!("config dump not read: {e}")],
        }),
    }
    d
}

fn service_section(
    w: &World,
    svc: &Value,
    pod: Option<&BTreeMap<String, String>>,
    expected_clusters: &mut Vec<String>,
) -> Section {
    let fqdn = fqdn(svc);
    let mut lines = service_lines(svc);
    for dr in w
        .destination_rules
        .iter()
        .filter(|dr| names_host(dr, "/spec/host", &fqdn))
    {
        lines.extend(destination_rule_lines(dr, pod));
        let subsets = dr.pointer("/spec/subsets").and_then(Value::as_array);
        for p in svc
            .pointer("/spec/ports")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let port = p.get("port").and_then(Value::as_u64).unwrap_or(0);
            for sub in subsets.into_iter().flatten() {
                expected_clusters.push(format!("outbound|{port}|{}|{fqdn}", s(sub, "/name")));
            }
        }
    }
    for vs in w
        .virtual_services
        .iter()
        .filter(|vs| names_host(vs, "/spec/hosts", &fqdn) || !destinations(vs, &fqdn).is_empty())
    {
        lines.extend(virtual_service_lines(vs, &fqdn));
    }
    Section {
        title: format!("Service {}", id(svc)),
        lines,
    }
}

/// Compare the cluster configuration with the proxy's: subset clusters DestinationRules call
/// for, and the AuthorizationPolicies in its RBAC filters.
fn proxy_checks(
    dump: &ConfigDump,
    expected_clusters: &[String],
    policies: &[(String, String)],
    d: &mut Description,
) {
    let mut lines = Vec::new();
    match dump.clusters() {
        Ok(clusters) => {
            let names: std::collections::HashSet<&str> =
                clusters.iter().map(|c| c.name.as_str()).collect();
            let present = expected_clusters
                .iter()
                .filter(|c| names.contains(c.as_str()))
                .count();
            lines.push(format!(
                "{present} of {} subset clusters from DestinationRules are in the proxy",
                expected_clusters.len()
            ));
            for c in expected_clusters
                .iter()
                .filter(|c| !names.contains(c.as_str()))
            {
                d.warnings.push(format!(
                    "the proxy has no cluster {c} (a DestinationRule subset)"
                ));
            }
        }
        Err(e) => lines.push(format!("clusters not read: {e}")),
    }
    match crate::envoy::authz::rows(dump) {
        Ok(rows) => {
            lines.push(format!(
                "{} AuthorizationPolicies in the proxy's RBAC filters",
                rows.len()
            ));
            for (action, name) in policies {
                if !rows.iter().any(|r| r.policy == *name) {
                    d.warnings.push(format!(
                        "AuthorizationPolicy {name} ({action}) applies to the pod but is not in its proxy"
                    ));
                }
            }
            for r in &rows {
                if r.policy != crate::envoy::authz::ANONYMOUS
                    && !policies.iter().any(|(_, n)| *n == r.policy)
                {
                    d.warnings.push(format!(
                        "the proxy enforces AuthorizationPolicy {} ({}) that the cluster does not apply to this pod",
                        r.policy, r.action
                    ));
                }
            }
        }
        Err(e) => lines.push(format!("listeners not read: {e}")),
    }
    d.sections.push(Section {
        title: "Proxy".into(),
        lines,
    });
}

/// Describe a service: its ports, the pods it selects, DestinationRules and VirtualServices.
pub fn service(w: &World, svc: &Value, pods: &[Value]) -> Description {
    let sel = labels(svc, "/spec/selector");
    let mut selected: Vec<String> = pods
        .iter()
        .filter(|p| selects(&sel, &labels(p, "/metadata/labels")))
        .map(id)
        .collect();
    selected.sort();
    let mut unused = Vec::new();
    let mut section = service_section(w, svc, None, &mut unused);
    section.lines.insert(
        0,
        format!(
            "pods: {}",
            if selected.is_empty() {
                "none".into()
            } else {
                selected.join(", ")
            }
        ),
    );
    Description {
        target: format!("service {}", id(svc)),
        sections: vec![section],
        warnings: Vec::new(),
    }
}

pub fn render(d: &Description) -> String {
    let mut out = format!("Describing {}\n", d.target);
    for sec in &d.sections {
        out.push_str(&format!("\n{}:\n", sec.title));
        for l in &sec.lines {
            out.push_str(&format!("  {l}\n"));
        }
    }
    if !d.warnings.is_empty() {
        out.push_str("\nWarnings (cluster configuration and the proxy disagree):\n");
        for w in &d.warnings {
            out.push_str(&format!("  ! {w}\n"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_complete_in_the_resource_namespace() {
        let f = "reviews.default.svc.cluster.local";
        assert!(host_matches("reviews", "default", f));
        assert!(!host_matches("reviews", "other", f));
        assert!(host_matches("reviews.default", "other", f));
        assert!(host_matches("*.default.svc.cluster.local", "x", f));
        assert!(!host_matches("ratings", "default", f));
    }

    #[test]
    fn protocols_from_app_protocol_or_name() {
        let p = |j: &str| port_protocol(&serde_json::from_str(j).unwrap());
        assert_eq!(p(r#"{"name":"http-web"}"#), "HTTP");
        assert_eq!(p(r#"{"name":"grpc"}"#), "GRPC");
        assert_eq!(p(r#"{"name":"web","appProtocol":"http2"}"#), "HTTP2");
        assert_eq!(p(r#"{"name":"web"}"#), "auto-detected");
        // the one table's rules: grpc-web, UDP, well-known ports
        assert_eq!(p(r#"{"name":"grpc-web-x"}"#), "GRPC-WEB");
        assert_eq!(p(r#"{"name":"dns","protocol":"UDP"}"#), "UDP");
        assert_eq!(p(r#"{"name":"db","port":3306}"#), "TCP");
    }
}
