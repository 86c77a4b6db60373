use crate::analysis::annotation_table::{self, Status};
use crate::analysis::messages::alpha_annotation;
use crate::analysis::{Analyzer, Context};
use crate::resource::{FieldPath, Stored as Resource};

crate::declare_analyzer! {
    /// ## What it does
    /// Reports every Istio annotation on a Namespace, Service, Pod or Deployment that belongs
    /// to an alpha-phase feature (IST0136). Annotations Istio sets itself are skipped, and so
    /// are the traffic-capture annotations istio-cni puts on pods without an `istio-init`
    /// container.
    ///
    /// ## Why it matters
    /// Alpha features may be incomplete and can change or disappear between releases; a mesh
    /// that depends on them needs attention at every upgrade. Like istioctl, this analyzer is
    /// not part of the default set (it is noisy): select it with
    /// `--analyzer annotations.AlphaAnalyzer`.
    ///
    /// ## Example
    /// ```yaml
    /// kind: Service
    /// metadata:
    ///   annotations:
    ///     networking.istio.io/exportTo: "."   # IST0136: alpha
    /// ```
    /// Use instead: the `exportTo` field of a VirtualService, DestinationRule or ServiceEntry,
    /// or accept the alpha status knowingly and suppress the message with
    /// `galley.istio.io/analyze-suppress: IST0136`.
    pub struct AlphaAnalyzer {
        name: "annotations.AlphaAnalyzer",
        description: "Checks for alpha Istio annotations in Kubernetes resources",
        inputs: ["Namespace", "Service", "Pod", "Deployment"],
        emits: [ALPHA_ANNOTATION],
        default: false,
    }
}

impl Analyzer for AlphaAnalyzer {
    fn analyze(&self, ctx: &mut Context<'_>) {
        for kind in ["Namespace", "Service", "Pod", "Deployment"] {
            for r in ctx.store.of_kind(kind) {
                check(ctx, r);
            }
        }
    }
}

/// Set by istio-cni on every pod, so not worth reporting there.
fn set_by_cni(name: &str) -> bool {
    matches!(
        name,
        "sidecar.istio.io/interceptionMode"
            | "traffic.sidecar.istio.io/includeInboundPorts"
            | "traffic.sidecar.istio.io/excludeInboundPorts"
            | "traffic.sidecar.istio.io/includeOutboundIPRanges"
    )
}

/// istio-cni is in use when the pod has no `istio-init` init container.
fn cni_enabled(pod: &Resource) -> bool {
    !pod.spec()
        .and_then(|s| s.field("initContainers"))
        .and_then(|c| c.as_array())
        .is_some_and(|cs| {
            cs.iter()
                .any(|c| c.field("name").and_then(|n| n.as_str()) == Some("istio-init"))
        })
}

fn check(ctx: &mut Context<'_>, r: &Resource) {
    let Some(anns) = r
        .metadata()
        .and_then(|m| m.field("annotations"))
        .and_then(|a| a.as_object())
    else {
        return;
    };
    let skip_cni = r.kind == "Pod" && cni_enabled(r);
    for name in anns.keys() {
        if !annotation_table::is_istio(name) {
            continue;
        }
        let Some(def) = annotation_table::lookup(name) else {
            continue;
        };
        if def.status != Status::Alpha
            || annotation_table::always_ignored(name)
            || (skip_cni && set_by_cni(name))
        {
            continue;
        }
        let path = FieldPath::parse("metadata.annotations").key(name.as_str());
        ctx.report(r, Some(path), alpha_annotation(name));
    }
}
