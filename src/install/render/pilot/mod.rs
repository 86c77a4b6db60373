//! The Pilot component: istiod and everything around it (RBAC, mesh config, injector
//! config and webhooks, autoscaling). With `istiodRemote.enabled` (the remote profile) only
//! the injector webhook, the values ConfigMap, the reader RBAC and the way to the primary's
//! istiod (`remote.rs`) remain.

mod deployment;
mod mesh;
mod rbac;
mod remote;
mod webhooks;

use serde_json::{Map, Value, json};

use super::{
    Ctx, Instance, RenderError, V, env, env_field, injector, labels, object, text, truthy,
};
use crate::install::Component;
use crate::install::values::Merged;

const C: Component = Component::Pilot;

fn istiod_labels(ctx: &Ctx) -> Map<String, Value> {
    let mut l = labels([("app", "istiod"), ("release", "istio")]);
    l.insert("app.kubernetes.io/name".into(), "istiod".into());
    ctx.common_labels(&mut l);
    l
}

fn owned(ctx: &Ctx, mut l: Map<String, Value>) -> Map<String, Value> {
    ctx.owned_labels(&mut l, C);
    l
}

/// What the values decide for every object family of the component.
pub(super) struct Plan<'a> {
    pub v: V<'a>,
    pub g: V<'a>,
    pub ns: &'a str,
    /// Cluster-scoped objects are rendered (`global.resourceScope` all or cluster).
    pub cluster: bool,
    /// Namespaced objects are rendered (`global.resourceScope` all or namespace).
    pub namespaced: bool,
    /// `istiodRemote.enabled`: the remote profile.
    pub remote: bool,
    /// istiod itself runs here (not remote, or a local injector istiod).
    pub istiod_here: bool,
    /// istiod's RBAC is needed here.
    pub rbac_here: bool,
    /// istiod's (revisioned) name.
    pub istiod: String,
    pub autoscale: bool,
}

pub fn render(ctx: &Ctx, inst: &Instance, m: &Merged) -> Result<Vec<Value>, RenderError> {
    let v = ctx.v.at("pilot");
    let g = ctx.v.at("global");
    let scope = g.str_or("resourceScope", "all");
    let remote = ctx.v.bool_or("istiodRemote.enabled", false);
    let local_injector = ctx
        .v
        .bool_or("istiodRemote.enabledLocalInjectorIstiod", false);
    let config_cluster = g.bool_or("configCluster", false);
    let p = Plan {
        v,
        g,
        ns: inst.namespace.as_str(),
        cluster: scope == "all" || scope == "cluster",
        namespaced: scope == "all" || scope == "namespace",
        remote,
        istiod_here: !remote || local_injector,
        rbac_here: !remote || config_cluster || local_injector,
        istiod: ctx.rev_name("istiod"),
        autoscale: v.bool_or("autoscaleEnabled", true),
    };
    // the order istioctl's charts render them in
    let mut out = Vec::new();
    deployment::autoscaler(ctx, &p, &mut out);
    rbac::cluster_roles(ctx, &p, &mut out);
    mesh::values_config_map(ctx, &p, m, &mut out);
    mesh::mesh_config_map(ctx, &p, &mut out);
    if p.namespaced && p.istiod_here {
        out.push(deployment::deployment(ctx, p.ns, &p.istiod));
    }
    mesh::injector_config_map(ctx, &p, &mut out);
    if p.cluster && !g.bool_or("operatorManageWebhooks", false) {
        out.push(webhooks::mutating_webhook(ctx, p.ns));
    }
    rbac::reader(ctx, &p, &mut out);
    rbac::role(ctx, &p, &mut out);
    deployment::disruption_budget(ctx, &p, &mut out);
    deployment::service(ctx, &p, &mut out);
    remote::service_and_endpoints(ctx, &p, &mut out);
    if p.namespaced && super::network_policy::enabled(ctx) {
        out.push(super::network_policy::istiod(ctx, inst, "istiod"));
    }
    deployment::service_account(ctx, &p, &mut out);
    if p.namespaced && p.rbac_here && ctx.v.bool_or("experimental.stableValidationPolicy", false) {
        out.extend(webhooks::validation_policy(ctx));
    }
    if p.cluster && p.rbac_here && g.bool_or("configValidation", true) {
        out.push(webhooks::validating_webhook(ctx));
    }
    Ok(out)
}

fn utilization(resource: &str, pct: i64) -> Value {
    json!({"type": "Resource", "resource": {"name": resource, "target": {"type": "Utilization", "averageUtilization": pct}}})
}

#[allow(clippy::too_many_arguments)]
fn binding(
    kind: &str,
    name: &str,
    role_kind: &str,
    role: &str,
    sa: &str,
    sa_ns: &str,
    ns: Option<&str>,
    l: Map<String, Value>,
) -> Value {
    let mut b = object("rbac.authorization.k8s.io/v1", kind, name, ns, l);
    b["roleRef"] =
        json!({"apiGroup": "rbac.authorization.k8s.io", "kind": role_kind, "name": role});
    b["subjects"] = json!([{"kind": "ServiceAccount", "name": sa, "namespace": sa_ns}]);
    b
}

fn selector(ctx: &Ctx) -> Map<String, Value> {
    let mut sel = Map::new();
    if ctx.revision.is_empty() {
        sel.insert("istio".into(), "pilot".into());
    } else {
        sel.insert("app".into(), "istiod".into());
        sel.insert("istio.io/rev".into(), Value::String(ctx.revision.clone()));
    }
    sel
}
