use crate::analysis::annotation_table;
use crate::analysis::messages::{
    deprecated_annotation, invalid_annotation, misplaced_annotation, unknown_annotation,
};
use crate::analysis::{Analyzer, Context};
use crate::resource::{FieldPath, Stored as Resource};

crate::declare_analyzer! {
    /// ## What it does
    /// Checks the Istio annotations (`*.istio.io/...`, and `kubernetes.io/ingress.class`) on
    /// Namespaces, Services, Pods and Deployments: unknown names (IST0108), annotations on a
    /// kind Istio does not read them from (IST0107), deprecated ones (IST0135) and values the
    /// sidecar injector would reject (IST0125).
    ///
    /// ## Why it matters
    /// Istio ignores an annotation it does not know, or finds on the wrong kind, without a
    /// word: the setting you meant to apply silently has no effect.
    ///
    /// ## Example
    /// ```yaml
    /// kind: Deployment
    /// metadata:
    ///   annotations:
    ///     sidecar.istio.io/proxyCPU: 100m   # IST0107: read from Pods only
    /// ```
    /// Use instead: put it on the pod template (`spec.template.metadata.annotations`).
    pub struct K8sAnalyzer {
        name: "annotations.K8sAnalyzer",
        description: "Checks for misplaced and invalid Istio annotations in Kubernetes resources",
        inputs: ["Namespace", "Service", "Pod", "Deployment"],
        emits: [UNKNOWN_ANNOTATION, MISPLACED_ANNOTATION, DEPRECATED_ANNOTATION, INVALID_ANNOTATION],
    }
}

impl Analyzer for K8sAnalyzer {
    fn analyze(&self, ctx: &mut Context<'_>) {
        for kind in ["Namespace", "Service", "Pod", "Deployment"] {
            for r in ctx.store.of_kind(kind) {
                check(ctx, r, kind);
            }
        }
    }
}

fn check(ctx: &mut Context<'_>, r: &Resource, kind: &str) {
    let Some(anns) = r
        .metadata()
        .and_then(|m| m.field("annotations"))
        .and_then(|a| a.as_object())
    else {
        return;
    };
    for (name, value) in anns {
        if !annotation_table::is_istio(name) || annotation_table::always_ignored(name) {
            continue;
        }
        let path = || Some(FieldPath::parse("metadata.annotations").key(name.as_str()));
        let Some(def) = annotation_table::lookup(name) else {
            ctx.report(r, path(), unknown_annotation(name));
            continue;
        };
        if def.deprecated {
            let replaced_by_label =
                name == "sidecar.istio.io/inject" && r.label("sidecar.istio.io/inject").is_some();
            if !replaced_by_label {
                let extra = if name == "sidecar.istio.io/inject" {
                    " in favor of the \"sidecar.istio.io/inject\" label"
                } else {
                    ""
                };
                ctx.report(r, path(), deprecated_annotation(name, extra));
            }
        }
        if def.resources.contains(&"Any") {
            continue;
        }
        if !def.resources.contains(&kind) {
            ctx.report(
                r,
                path(),
                misplaced_annotation(name, def.resources.join(", ")),
            );
            continue;
        }
        if let Some(Err(problem)) = value
            .as_str()
            .and_then(|v| annotation_table::validate_value(name, v))
        {
            ctx.report(r, path(), invalid_annotation(name, problem));
        }
    }
}
