use std::collections::BTreeMap;

use crate::resource::node::{Node, Obj};
use foldhash::{HashMap, HashMapExt};

use crate::analysis::messages::{
    deployment_associated_to_multiple_services, deployment_conflicting_ports,
};
use crate::analysis::util;
use crate::analysis::{Analyzer, Context};
use crate::resource::{FieldPath, Stored as Resource};

crate::declare_analyzer! {
    /// ## What it does
    /// For every meshed Deployment, finds the Services of its namespace whose selector matches
    /// its pod template, then reports a service port number given different protocols by
    /// those Services (IST0116), and a target port reached from different service ports
    /// (IST0137). Waypoint deployments are skipped.
    ///
    /// ## Why it matters
    /// The sidecar configures one inbound listener per pod port. When Services disagree about
    /// a port's protocol, or map one target port from several ports, one of them wins and
    /// traffic through the other is handled wrongly.
    ///
    /// ## Example
    /// ```yaml
    /// kind: Service            # svc-a: port 8080, protocol TCP, selects app: web
    /// kind: Service            # svc-b: port 8080, protocol UDP, selects app: web
    /// ```
    /// Use instead: give the port one protocol everywhere, or use distinct port numbers.
    pub struct MultiServiceAnalyzer {
        name: "deployment.MultiServiceAnalyzer",
        description: "Checks association between services and pods",
        inputs: ["Service", "Deployment", "Namespace"],
        emits: [DEPLOYMENT_ASSOCIATED_TO_MULTIPLE_SERVICES, DEPLOYMENT_CONFLICTING_PORTS],
    }
}

type SelectorIndex<'a> = HashMap<(Option<&'a str>, &'a str, &'a str), Vec<&'a Resource>>;

impl Analyzer for MultiServiceAnalyzer {
    fn analyze(&self, ctx: &mut Context<'_>) {
        // Services by (namespace, first selector pair): a deployment then only looks at the
        // services keyed by one of its own labels.
        let mut index: SelectorIndex<'_> = HashMap::new();
        for s in ctx.store.of_kind("Service") {
            if let Some((k, v)) = selector(s).and_then(|m| m.iter().next())
                && let Some(v) = v.as_str()
            {
                index
                    .entry((s.namespace.as_deref(), k.as_str(), v))
                    .or_default()
                    .push(s);
            }
        }
        for d in ctx.store.of_kind("Deployment") {
            if d.label("gateway.istio.io/managed") == Some("istio.io-mesh-controller")
                || !util::deployment_in_mesh(ctx.store, d)
            {
                continue;
            }
            let services = matching_services(&index, d);
            check_protocols(ctx, d, &services);
            check_target_ports(ctx, d, &services);
        }
    }
}

fn selector(s: &Resource) -> Option<&Obj> {
    s.spec()?.field("selector")?.as_object()
}

fn template_labels(d: &Resource) -> Option<&Obj> {
    d.spec()?
        .field("template")?
        .field("metadata")?
        .field("labels")?
        .as_object()
}

fn matching_services<'a>(index: &SelectorIndex<'a>, d: &'a Resource) -> Vec<&'a Resource> {
    let Some(labels) = template_labels(d) else {
        return Vec::new();
    };
    let mut out: Vec<&Resource> = Vec::new();
    for (k, v) in labels {
        let Some(v) = v.as_str() else { continue };
        for s in index
            .get(&(d.namespace.as_deref(), k.as_str(), v))
            .into_iter()
            .flatten()
        {
            let all_match = selector(s).is_some_and(|sel| {
                sel.iter()
                    .all(|(sk, sv)| sv.as_str().is_some() && labels.get(sk) == Some(sv))
            });
            if all_match && !out.iter().any(|o| std::ptr::eq(*o, *s)) {
                out.push(s);
            }
        }
    }
    out
}

fn ports(s: &Resource) -> &[Node] {
    s.spec().map(|sp| util::array(sp, "ports")).unwrap_or(&[])
}

fn check_protocols(ctx: &mut Context<'_>, d: &Resource, services: &[&Resource]) {
    // port -> protocol -> service names
    let mut by_port: BTreeMap<u32, BTreeMap<String, Vec<String>>> = BTreeMap::new();
    for s in services {
        for p in ports(s) {
            let Some(port) = p.field("port").and_then(util::as_port) else {
                continue;
            };
            let proto = p
                .field("protocol")
                .and_then(Node::as_str)
                .filter(|s| !s.is_empty())
                .unwrap_or("TCP");
            by_port
                .entry(port)
                .or_default()
                .entry(proto.to_string())
                .or_default()
                .push(util::full_name(s));
        }
    }
    for (port, protos) in by_port {
        if protos.len() > 1 {
            let mut names: Vec<String> = protos.into_values().flatten().collect();
            names.sort();
            let m =
                deployment_associated_to_multiple_services(&d.name, port, util::go_list(&names));
            ctx.report(d, Some(FieldPath::parse("metadata.name")), m);
        }
    }
}

fn check_target_ports(ctx: &mut Context<'_>, d: &Resource, services: &[&Resource]) {
    // targetPort -> port -> service name (a later service wins, as a map would)
    let mut by_target: BTreeMap<String, BTreeMap<u32, String>> = BTreeMap::new();
    for s in services {
        for p in ports(s) {
            let port = p.field("port").and_then(util::as_port).unwrap_or(0);
            let target = match p.field("targetPort") {
                Some(Node::String(t)) if !t.is_empty() => t.to_string(),
                Some(Node::Number(n)) if n.as_u64() != Some(0) => n.to_string(),
                _ => port.to_string(),
            };
            by_target
                .entry(target)
                .or_default()
                .insert(port, util::full_name(s));
        }
    }
    for (target, ports) in by_target {
        if ports.len() > 1 {
            let mut names: Vec<String> = ports.values().cloned().collect();
            names.sort();
            let numbers: Vec<u32> = ports.keys().copied().collect();
            let m = deployment_conflicting_ports(
                &d.name,
                util::go_list(&names),
                target,
                util::go_list(&numbers),
            );
            ctx.report(d, Some(FieldPath::parse("metadata.name")), m);
        }
    }
}
