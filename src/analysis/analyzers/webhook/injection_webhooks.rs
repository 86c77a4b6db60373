use std::collections::{BTreeMap, BTreeSet};

use crate::resource::node::{Node, Obj};

use crate::analysis::messages::invalid_webhook;
use crate::analysis::util;
use crate::analysis::{Analyzer, Context};
use crate::resource::{FieldPath, Stored as Resource};

crate::declare_analyzer! {
    /// ## What it does
    /// Checks Istio's injection webhooks (MutatingWebhookConfigurations with a webhook named
    /// `*istio.io` or a revision): for each combination of namespace labels
    /// (`istio-injection`, `istio.io/rev`) and pod labels (`sidecar.istio.io/inject`,
    /// `istio.io/rev`) that matters, at most one webhook may match, or each is reported with
    /// the ones it overlaps (IST0139); and every webhook's `clientConfig.service` must exist
    /// (IST0139).
    ///
    /// ## Why it matters
    /// Two matching injection webhooks inject a pod twice (it fails to start), and a webhook
    /// pointing at a missing istiod service blocks or skips injection.
    ///
    /// ## Example
    /// Two revisions' webhooks that both match namespaces labeled `istio-injection: enabled`
    /// (IST0139 on each).
    ///
    /// Use instead: select each revision with `istio.io/rev`, and keep `istio-injection` for one
    /// (the default) revision only, e.g. with `istioctl tag set default --revision R`.
    pub struct WebhookAnalyzer {
        name: "webhook.Analyzer",
        description: "Checks the validity of Istio webhooks",
        inputs: ["MutatingWebhookConfiguration", "Service"],
        emits: [INVALID_WEBHOOK],
    }
}

const REV: &str = "istio.io/rev";

fn selector_revisions(sel: Option<&Node>, out: &mut BTreeSet<String>) {
    let Some(sel) = sel.filter(|s| !s.is_null()) else {
        return;
    };
    if let Some(r) = sel
        .field("matchLabels")
        .and_then(|m| m.get(REV))
        .and_then(Node::as_str)
    {
        out.insert(r.to_string());
    }
    for e in util::array(sel, "matchExpressions") {
        if e.field("key").and_then(Node::as_str) == Some(REV) {
            out.extend(util::strings(e, "values").into_iter().map(str::to_string));
        }
    }
}

fn revisions(r: &Resource) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    if let Some(rev) = r.label(REV) {
        out.insert(rev.to_string());
    }
    for wh in util::array(&r.value, "webhooks") {
        selector_revisions(wh.field("namespaceSelector"), &mut out);
        selector_revisions(wh.field("objectSelector"), &mut out);
    }
    out
}

fn label_sets(key: &str, on: &str, off: &str, revs: &BTreeSet<String>) -> Vec<Obj> {
    let base: Vec<Obj> = vec![
        Obj::new(),
        Obj::from_iter([(key.to_string(), Node::from(on))]),
        Obj::from_iter([(key.to_string(), Node::from(off))]),
    ];
    let mut out = base.clone();
    for rev in revs {
        for b in &base {
            let mut m = b.clone();
            m.insert(REV.to_string(), Node::from(rev.as_str()));
            out.push(m);
        }
    }
    out
}

impl Analyzer for WebhookAnalyzer {
    fn analyze(&self, ctx: &mut Context<'_>) {
        let store = ctx.store;
        // "config/webhook" -> (configuration, webhook)
        let mut hooks: BTreeMap<String, (&Resource, &Node, usize)> = BTreeMap::new();
        let mut revs = BTreeSet::new();
        for r in store.of_kind("MutatingWebhookConfiguration") {
            let rs = revisions(r);
            let istio = util::array(&r.value, "webhooks").iter().any(|w| {
                w.field("name")
                    .and_then(Node::as_str)
                    .is_some_and(|n| n.ends_with("istio.io"))
            });
            if rs.is_empty() && !istio {
                continue;
            }
            for (i, wh) in util::array(&r.value, "webhooks").iter().enumerate() {
                let name = wh.field("name").and_then(Node::as_str).unwrap_or("");
                hooks.insert(format!("{}/{name}", util::full_name(r)), (r, wh, i));
            }
            revs.extend(rs);
        }
        let namespace_sets = label_sets("istio-injection", "enabled", "disabled", &revs);
        let object_sets = label_sets("sidecar.istio.io/inject", "true", "false", &revs);
        for nl in &namespace_sets {
            for ol in &object_sets {
                let matches: Vec<&String> = hooks
                    .iter()
                    .filter(|(_, (_, wh, _))| {
                        util::label_selector_matches(wh.field("namespaceSelector"), Some(nl))
                            && util::label_selector_matches(wh.field("objectSelector"), Some(ol))
                    })
                    .map(|(k, _)| k)
                    .collect();
                if matches.len() < 2 {
                    continue;
                }
                for m in &matches {
                    let others: Vec<&str> = matches
                        .iter()
                        .filter(|o| *o != m)
                        .map(|s| s.as_str())
                        .collect();
                    let (r, _, i) = hooks[m.as_str()];
                    ctx.report(
                        r,
                        Some(FieldPath::parse("webhooks").index(i)),
                        invalid_webhook(format!(
                            "webhook overlaps with {}; pods it selects may be injected twice",
                            util::go_list(&others)
                        )),
                    );
                }
            }
        }
        for (r, wh, i) in hooks.values() {
            let Some(svc) = wh
                .field("clientConfig")
                .and_then(|c| c.field("service"))
                .filter(|s| !s.is_null())
            else {
                continue;
            };
            let ns = svc.field("namespace").and_then(Node::as_str).unwrap_or("");
            let name = svc.field("name").and_then(Node::as_str).unwrap_or("");
            let ns_opt = Some(ns).filter(|s| !s.is_empty());
            if store.get("Service", ns_opt, name).is_none() {
                ctx.report(
                    r,
                    Some(
                        FieldPath::parse("webhooks")
                            .index(*i)
                            .key("clientConfig")
                            .key("service"),
                    ),
                    invalid_webhook(format!(
                        "the injector refers to a control plane service that does not exist: {}",
                        util::join_name(ns_opt, name)
                    )),
                );
            }
        }
    }
}
