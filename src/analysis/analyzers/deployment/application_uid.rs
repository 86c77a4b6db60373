use crate::resource::Node;

use crate::analysis::messages::invalid_application_uid;
use crate::analysis::util;
use crate::analysis::{Analyzer, Context};
use crate::resource::FieldPath;

crate::declare_analyzer! {
    /// ## What it does
    /// Reports Pods and Deployments whose pod security context, or the security context of an
    /// application container, sets `runAsUser: 1337` (IST0144). The `istio-proxy` and
    /// `istio-operator` containers and Istio's own workloads are skipped.
    ///
    /// ## Why it matters
    /// The sidecar runs as UID 1337 and its iptables rules let that UID's traffic bypass the
    /// proxy (to avoid loops). An application running as 1337 escapes the mesh: no mTLS, no
    /// policy, no telemetry.
    ///
    /// ## Example
    /// ```yaml
    /// kind: Pod
    /// spec:
    ///   securityContext:
    ///     runAsUser: 1337   # IST0144
    /// ```
    /// Use instead: any other UID, for example `runAsUser: 1000`.
    pub struct ApplicationUidAnalyzer {
        name: "applicationUID.Analyzer",
        description: "Checks invalid application UID",
        inputs: ["Pod", "Deployment"],
        emits: [INVALID_APPLICATION_UID],
    }
}

const RESERVED_UID: i64 = 1337;

fn runs_as_reserved(security_context: Option<&Node>) -> bool {
    security_context
        .and_then(|s| s.field("runAsUser"))
        .and_then(Node::as_i64)
        == Some(RESERVED_UID)
}

impl Analyzer for ApplicationUidAnalyzer {
    fn analyze(&self, ctx: &mut Context<'_>) {
        for (kind, base) in [("Pod", "spec"), ("Deployment", "spec.template.spec")] {
            for r in ctx.store.of_kind(kind) {
                if util::is_istio_control_plane(r) {
                    continue;
                }
                let Some(spec) = util::pod_template_spec(r) else {
                    continue;
                };
                // One message per resource (the messages would be identical), pointing at
                // the first offending field.
                let base = FieldPath::parse(base);
                let mut first = None;
                if runs_as_reserved(spec.field("securityContext")) {
                    first = Some(base.key("securityContext").key("runAsUser"));
                }
                for (i, c) in util::array(spec, "containers").iter().enumerate() {
                    let name = c.field("name").and_then(Node::as_str).unwrap_or("");
                    if first.is_some() || matches!(name, "istio-proxy" | "istio-operator") {
                        continue;
                    }
                    if runs_as_reserved(c.field("securityContext")) {
                        first = Some(
                            base.key("containers")
                                .index(i)
                                .key("securityContext")
                                .key("runAsUser"),
                        );
                    }
                }
                if let Some(path) = first {
                    ctx.report(r, Some(path), invalid_application_uid());
                }
            }
        }
    }
}
