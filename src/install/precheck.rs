//! `precheck`: can Istio be installed on this cluster? Kubernetes version, permissions for
//! every kind an install creates (SelfSubjectAccessReviews, a few at a time), control planes
//! and revisions already there, and the Gateway API CRD versions.

use futures::{StreamExt, stream};
use k8s_openapi::api::admissionregistration::v1::MutatingWebhookConfiguration;
use k8s_openapi::api::apps::v1::Deployment;
use k8s_openapi::apiextensions_apiserver::pkg::apis::apiextensions::v1::CustomResourceDefinition;
use kube::api::Api;
use serde::Serialize;

use crate::cluster::{Cluster, ClusterError, Selector};

/// The oldest Kubernetes minor version this Istio supports (Istio's `MinK8SVersion`).
pub const MIN_K8S_MINOR: u32 = 32;

/// The Gateway API group.
pub const GATEWAY_API_GROUP: &str = "gateway.networking.k8s.io";

/// How a check came out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    Ok,
    Warning,
    Error,
}

/// One check.
#[derive(Debug, Clone, Serialize)]
pub struct Check {
    /// The section it belongs to (`Kubernetes API`, `Install permissions`, ...).
    pub group: &'static str,
    pub name: String,
    pub status: Outcome,
    /// istioctl's message code for the same finding (`IST0141`), on failures and warnings.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<&'static str>,
    /// What was found, when it adds to the name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// One line on how to fix a failure.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
}

impl Check {
    fn ok(group: &'static str, name: impl Into<String>) -> Self {
        Check {
            group,
            name: name.into(),
            status: Outcome::Ok,
            code: None,
            detail: None,
            hint: None,
        }
    }
    fn bad(
        group: &'static str,
        status: Outcome,
        code: &'static str,
        name: impl Into<String>,
        hint: String,
    ) -> Self {
        Check {
            group,
            name: name.into(),
            status,
            code: Some(code),
            detail: None,
            hint: Some(hint),
        }
    }
}

/// `major.minor` of a version (`1.27.3`, `v1.28.0-beta.1`, `1.31-dev`).
pub fn major_minor(v: &str) -> Option<(u32, u32)> {
    let v = v.trim().trim_start_matches('v');
    let mut parts = v.split(['.', '-', '+']);
    let major = parts.next()?.parse().ok()?;
    let minor = parts.next()?.parse().ok()?;
    Some((major, minor))
}

/// Whether Istio supports moving from `from` to `to`: in place one minor version at a time,
/// as a canary revision up to two (Istio's upgrade policy); never down.
pub fn version_jump(from: &str, to: &str, canary: bool) -> Check {
    const GROUP: &str = "Upgrade";
    let name = format!("upgrade from {from} to {to}");
    let (Some(f), Some(t)) = (major_minor(from), major_minor(to)) else {
        let mut c = Check::bad(
            GROUP,
            Outcome::Warning,
            "IST0000",
            name,
            "give versions as MAJOR.MINOR[.PATCH]".to_string(),
        );
        c.code = None;
        c.detail = Some(format!("cannot compare {from:?} with {to:?}"));
        return c;
    };
    let step = i64::from(t.1) - i64::from(f.1);
    let limit = if canary { 2 } else { 1 };
    let way = if canary { "as a canary" } else { "in place" };
    if f.0 != t.0 || step < 0 {
        let mut c = Check::bad(
            GROUP,
            Outcome::Error,
            "IST0000",
            name,
            "downgrades are not supported: install the older version with `install --set tag=...`"
                .to_string(),
        );
        c.code = None;
        return c;
    }
    if step > limit {
        let mut c = Check::bad(
            GROUP,
            Outcome::Error,
            "IST0000",
            name,
            format!(
                "Istio supports {limit} minor version{} at a time {way}: upgrade through 1.{} first{}",
                if limit == 1 { "" } else { "s" },
                i64::from(f.1) + limit,
                if canary {
                    ""
                } else {
                    ", or as a canary with --revision"
                }
            ),
        );
        c.code = None;
        c.detail = Some(format!("{step} minor versions {way}"));
        return c;
    }
    let mut c = Check::ok(GROUP, name);
    c.detail = Some(if step == 0 {
        "a patch upgrade".to_string()
    } else {
        format!(
            "{step} minor version{} {way}",
            if step == 1 { "" } else { "s" }
        )
    });
    c
}

/// What the install needs to create: (verb, group, resource, namespaced?).
pub fn required_permissions() -> Vec<(&'static str, &'static str, bool)> {
    vec![
        ("", "namespaces", false),
        ("rbac.authorization.k8s.io", "clusterroles", false),
        ("rbac.authorization.k8s.io", "clusterrolebindings", false),
        ("apiextensions.k8s.io", "customresourcedefinitions", false),
        (
            "admissionregistration.k8s.io",
            "mutatingwebhookconfigurations",
            false,
        ),
        (
            "admissionregistration.k8s.io",
            "validatingwebhookconfigurations",
            false,
        ),
        ("rbac.authorization.k8s.io", "roles", true),
        ("rbac.authorization.k8s.io", "rolebindings", true),
        ("", "serviceaccounts", true),
        ("", "services", true),
        ("", "configmaps", true),
        ("apps", "deployments", true),
        ("autoscaling", "horizontalpodautoscalers", true),
        ("policy", "poddisruptionbudgets", true),
    ]
}

/// Parse `/version`'s minor (`33`, `33+`).
pub fn minor_version(minor: &str) -> Option<u32> {
    let digits: String = minor.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

/// Run every check. Errs only when the cluster cannot be reached at all.
pub async fn run(
    cluster: &Cluster,
    istio_ns: &str,
    revision: &str,
    concurrency: usize,
) -> Result<Vec<Check>, ClusterError> {
    const API: &str = "Kubernetes API";
    let info = cluster.server_version().await?;
    let mut checks = vec![Check::ok(
        API,
        format!("can reach the API server ({})", cluster.server()),
    )];
    let minor = minor_version(&info.minor);
    let version = if info.git_version.is_empty() {
        format!("{}.{}", info.major, info.minor)
    } else {
        info.git_version.clone()
    };
    match minor {
        Some(m) if info.major == "1" && m >= MIN_K8S_MINOR => checks.push(Check::ok(
            API,
            format!("Kubernetes {version} is supported (1.{MIN_K8S_MINOR} or later)"),
        )),
        _ => checks.push(Check::bad(
            API,
            Outcome::Error,
            "IST0142",
            format!("Kubernetes {version} is older than 1.{MIN_K8S_MINOR}, the oldest this Istio supports"),
            format!("upgrade the cluster to Kubernetes 1.{MIN_K8S_MINOR} or later (https://istio.io/latest/docs/releases/supported-releases/)"),
        )),
    }

    // Permissions, a few reviews at a time.
    const PERM: &str = "Install permissions";
    let perms = required_permissions();
    let answers: Vec<Result<bool, ClusterError>> = stream::iter(perms.iter())
        .map(|(group, resource, namespaced)| {
            let ns = namespaced.then_some(istio_ns);
            cluster.can_i("create", group, resource, ns)
        })
        .buffered(concurrency.max(1))
        .collect()
        .await;
    for ((group, resource, namespaced), answer) in perms.iter().zip(answers) {
        let full = if group.is_empty() {
            resource.to_string()
        } else {
            format!("{resource}.{group}")
        };
        let place = if *namespaced {
            format!(" in namespace {istio_ns}")
        } else {
            String::new()
        };
        let ns_flag = if *namespaced {
            format!(" -n {istio_ns}")
        } else {
            String::new()
        };
        match answer {
            Ok(true) => checks.push(Check::ok(PERM, format!("can create {full}{place}"))),
            Ok(false) => checks.push(Check::bad(
                PERM,
                Outcome::Error,
                "IST0141",
                format!("cannot create {full}{place}"),
                format!("ask a cluster admin for a role that grants create on {full}{place} (check with: kubectl auth can-i create {full}{ns_flag})"),
            )),
            Err(e) => checks.push(Check::bad(
                PERM,
                Outcome::Error,
                "IST0141",
                format!("cannot check create {full}{place}: {e}"),
                "the API server must answer SelfSubjectAccessReviews (authorization.k8s.io/v1)".to_string(),
            )),
        }
    }

    // Control planes already installed.
    const CP: &str = "Control planes";
    let deployments: Api<Deployment> = Api::all(cluster.client());
    let istiods = cluster
        .list_all(
            &deployments,
            &Selector::labels(crate::cluster::istiod::APP_LABEL),
            "istiod deployments",
        )
        .await;
    let (istiods, listed) = allowed(&mut checks, CP, "deployments.apps", istiods)?;
    let wanted = if revision.is_empty() {
        "default"
    } else {
        revision
    };
    if istiods.is_empty() && listed {
        checks.push(Check::ok(CP, "no Istio control plane is installed yet"));
    }
    for d in &istiods {
        let ns = d.metadata.namespace.clone().unwrap_or_default();
        let name = d.metadata.name.clone().unwrap_or_default();
        let rev = d
            .metadata
            .labels
            .as_ref()
            .and_then(|l| l.get(crate::cluster::istiod::REV_LABEL))
            .cloned()
            .unwrap_or_else(|| "default".to_string());
        let image_tag = serde_json::to_value(d)
            .ok()
            .and_then(|v| {
                v.pointer("/spec/template/spec/containers/0/image")
                    .and_then(|i| i.as_str())
                    .and_then(|i| i.rsplit_once(':').map(|(_, t)| t.to_string()))
            })
            .unwrap_or_else(|| "unknown".to_string());
        let mut c = Check::ok(
            CP,
            format!("revision {rev}: istiod {ns}/{name} (version {image_tag})"),
        );
        if rev == wanted {
            c.status = Outcome::Warning;
            c.hint = Some(format!(
                "installing revision {wanted} again upgrades it in place; use --revision to install a canary beside it"
            ));
        }
        checks.push(c);
    }

    // Revision tags: which revision each tag (`default` above all) sends injection to.
    let webhooks: Api<MutatingWebhookConfiguration> = Api::all(cluster.client());
    let tagged = cluster
        .list_all(
            &webhooks,
            &Selector::labels("istio.io/tag"),
            "revision tags",
        )
        .await;
    let (tagged, _) = allowed(
        &mut checks,
        CP,
        "mutatingwebhookconfigurations.admissionregistration.k8s.io",
        tagged,
    )?;
    for w in &tagged {
        let labels = w.metadata.labels.clone().unwrap_or_default();
        let tag = labels.get("istio.io/tag").cloned().unwrap_or_default();
        let rev = labels
            .get("istio.io/rev")
            .cloned()
            .unwrap_or_else(|| "default".to_string());
        checks.push(Check::ok(
            CP,
            format!("revision tag {tag} → revision {rev}"),
        ));
    }

    // Gateway API CRDs.
    const GW: &str = "Gateway API";
    let crds: Api<CustomResourceDefinition> = Api::all(cluster.client());
    let all = cluster
        .list_all(&crds, &Selector::all(), "CustomResourceDefinitions")
        .await;
    let (all, listed) = allowed(
        &mut checks,
        GW,
        "customresourcedefinitions.apiextensions.k8s.io",
        all,
    )?;
    let gw: Vec<&CustomResourceDefinition> = all
        .iter()
        .filter(|c| c.spec.group == GATEWAY_API_GROUP)
        .collect();
    if gw.is_empty() && listed {
        let mut c = Check::ok(GW, "Gateway API CRDs are not installed (optional)");
        c.detail = Some("install them to use Kubernetes Gateway and HTTPRoute with Istio".into());
        checks.push(c);
    }
    for c in gw {
        checks.push(gateway_crd_check(c));
    }
    Ok(checks)
}

/// A cluster-wide list the user may not be allowed to make: forbidden is a failed check (the
/// missing permission is the finding, as a real RBAC-enforcing server answers), with nothing
/// listed; any other failure ends the run. The bool says whether the list was made.
fn allowed<T>(
    checks: &mut Vec<Check>,
    group: &'static str,
    resource: &str,
    listed: Result<Vec<T>, ClusterError>,
) -> Result<(Vec<T>, bool), ClusterError> {
    match listed {
        Ok(items) => Ok((items, true)),
        Err(e) if e.status_code() == Some(403) => {
            checks.push(Check::bad(
                group,
                Outcome::Error,
                "IST0141",
                format!("cannot list {resource} in all namespaces (forbidden)"),
                format!("ask a cluster admin for a role that grants list on {resource} (check with: kubectl auth can-i list {resource} -A)"),
            ));
            Ok((Vec::new(), false))
        }
        Err(e) => Err(e),
    }
}

/// Istio needs v1beta1 of Gateway, GatewayClass, HTTPRoute and ReferenceGrant, and will need
/// v1 of Gateway, GatewayClass, HTTPRoute and GRPCRoute.
pub fn gateway_crd_check(crd: &CustomResourceDefinition) -> Check {
    const GW: &str = "Gateway API";
    let kind = crd.spec.names.kind.as_str();
    let served: Vec<&str> = crd
        .spec
        .versions
        .iter()
        .filter(|v| v.served)
        .map(|v| v.name.as_str())
        .collect();
    let list = served.join(", ");
    let beta = ["Gateway", "GatewayClass", "HTTPRoute", "ReferenceGrant"];
    let stable = ["Gateway", "GatewayClass", "HTTPRoute", "GRPCRoute"];
    let hint = "install a current Gateway API release (kubectl apply --server-side -f https://github.com/kubernetes-sigs/gateway-api/releases/latest/download/standard-install.yaml)".to_string();
    if beta.contains(&kind) && !served.contains(&"v1beta1") {
        return Check::bad(
            GW,
            Outcome::Error,
            "IST0156",
            format!("{kind} serves {list}; Istio needs v1beta1"),
            hint,
        );
    }
    if stable.contains(&kind) && !served.contains(&"v1") {
        return Check::bad(
            GW,
            Outcome::Warning,
            "IST0172",
            format!("{kind} serves {list}; future Istio versions need v1"),
            hint,
        );
    }
    Check::ok(GW, format!("{kind} serves {list}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minor_versions_with_a_plus_parse() {
        assert_eq!(minor_version("33"), Some(33));
        assert_eq!(minor_version("31+"), Some(31));
        assert_eq!(minor_version("x"), None);
    }

    #[test]
    fn gateway_crd_without_v1beta1_is_an_error() {
        let crd: CustomResourceDefinition = serde_json::from_value(serde_json::json!({
            "metadata": {"name": "httproutes.gateway.networking.k8s.io"},
            "spec": {"group": GATEWAY_API_GROUP, "scope": "Namespaced",
                "names": {"kind": "HTTPRoute", "plural": "httproutes"},
                "versions": [{"name": "v1alpha2", "served": true, "storage": true}]}
        }))
        .unwrap_or_else(|e| panic!("{e}"));
        let c = gateway_crd_check(&crd);
        assert_eq!(c.status, Outcome::Error);
        assert!(c.name.contains("needs v1beta1"), "{}", c.name);
    }
}

#[cfg(test)]
mod version_tests {
    use super::*;

    #[test]
    fn version_jumps_follow_istios_upgrade_policy() {
        assert_eq!(version_jump("1.27.3", "1.28.0", false).status, Outcome::Ok);
        assert_eq!(version_jump("1.28.0", "1.28.2", false).status, Outcome::Ok);
        let two = version_jump("1.26.1", "1.28.0", false);
        assert_eq!(two.status, Outcome::Error);
        assert!(two.hint.unwrap().contains("upgrade through 1.27 first"));
        assert_eq!(version_jump("1.26.1", "1.28.0", true).status, Outcome::Ok);
        assert_eq!(
            version_jump("1.25.0", "1.28.0", true).status,
            Outcome::Error
        );
        assert_eq!(
            version_jump("1.28.0", "1.27.0", false).status,
            Outcome::Error
        );
        assert_eq!(
            version_jump("latest", "1.28.0", false).status,
            Outcome::Warning
        );
        assert_eq!(major_minor("v1.31-dev"), Some((1, 31)));
    }
}
