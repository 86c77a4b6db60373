//! `sailctl version`: the client's version and, unless `--remote=false`, the control plane's
//! (each running, ready istiod pod's `/version`, read through a port-forward to its monitoring
//! port) and the data plane's (pods running an `istio-proxy` container, by proxy image tag).
//!
//! Like istioctl, a cluster that cannot be reached or has no Istio is reported on stderr and
//! the client version is still printed with exit code 0.

use std::collections::BTreeMap;
use std::io::Write;

use k8s_openapi::api::core::v1::Pod;
use kube::api::Api;
use serde::Serialize;

use crate::cluster::{self, Cluster, ClusterError, Selector, istiod};
use crate::context::Context;
use crate::exit::Exit;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Print the short form (the default); `--short=false` prints per-component and per-proxy
    /// details.
    #[arg(short, long, num_args = 0..=1, default_value_t = true, default_missing_value = "true",
          require_equals = true, action = clap::ArgAction::Set)]
    pub short: bool,
    /// Output format: text, json or yaml.
    #[arg(short, long, value_parser = ["text", "json", "yaml"], default_value = "text")]
    pub output: String,
    /// Also report the control-plane and data-plane versions found in the cluster;
    /// `--remote=false` reports the client only and never contacts a cluster.
    #[arg(long, num_args = 0..=1, default_value_t = true, default_missing_value = "true",
          require_equals = true, action = clap::ArgAction::Set)]
    pub remote: bool,
    /// Only the control plane (and proxies) of this revision (`istio.io/rev`).
    #[arg(short, long, value_name = "REVISION")]
    pub revision: Option<String>,
}

/// istioctl's `BuildInfo` (field names as its JSON has them).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct BuildInfo {
    pub version: String,
    pub revision: String,
    pub golang_version: String,
    pub status: String,
    pub tag: String,
}

/// One control-plane component (istioctl's `ServerInfo`).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ServerInfo {
    pub component: String,
    pub revision: String,
    pub info: BuildInfo,
}

/// One proxy (istioctl's `ProxyInfo`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProxyInfo {
    #[serde(rename = "ID")]
    pub id: String,
    #[serde(rename = "IstioVersion")]
    pub istio_version: String,
    #[serde(rename = "Type")]
    pub proxy_type: String,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct VersionDoc {
    client_version: serde_json::Value,
    #[serde(skip_serializing_if = "Option::is_none")]
    mesh_version: Option<Vec<ServerInfo>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    data_plane_version: Option<Vec<ProxyInfo>>,
}

pub fn run(args: &Args, ctx: &Context) -> anyhow::Result<Exit> {
    let mut doc = VersionDoc {
        client_version: client_build_info(),
        mesh_version: None,
        data_plane_version: None,
    };
    if args.remote {
        match ctx.cluster() {
            Ok(cluster) => {
                let remote = cluster::block_on(remote_versions(
                    cluster,
                    ctx.istio_namespace(),
                    args.revision.as_deref(),
                ));
                for w in &remote.warnings {
                    crate::output::print_warning(ctx, w);
                }
                match remote.control_plane {
                    Ok(cp) => doc.mesh_version = Some(cp),
                    Err(e) => crate::output::print_warning(
                        ctx,
                        &format!("Istio is not present in the cluster: {e}"),
                    ),
                }
                match remote.data_plane {
                    Some(Ok(dp)) => doc.data_plane_version = Some(dp),
                    Some(Err(e)) => crate::output::print_warning(
                        ctx,
                        &format!("cannot list the data plane: {e}"),
                    ),
                    None => {}
                }
            }
            Err(e) => crate::output::print_warning(
                ctx,
                &format!("Istio is not present in the cluster: {e}"),
            ),
        }
    }
    let mut out = std::io::stdout().lock();
    match args.output.as_str() {
        "json" => crate::output::write_json(&mut out, &doc)?,
        "yaml" => {
            let value = serde_json::to_value(&doc)?;
            out.write_all(crate::output::yaml::to_string(&value).as_bytes())?
        }
        _ => out.write_all(render_text(&doc, args.short).as_bytes())?,
    }
    Ok(Exit::Ok)
}

/// The client's entry of `-o json|yaml`: istioctl's field names, `version` and `tag` the Istio
/// release sailctl installs (what a script compares with `meshVersion`), plus sailctl's own.
fn client_build_info() -> serde_json::Value {
    let istio = crate::install::release::ISTIO;
    serde_json::json!({"version": istio, "tag": istio, "sailctl": env!("CARGO_PKG_VERSION")})
}

fn render_text(doc: &VersionDoc, short: bool) -> String {
    let mut s = String::new();
    s.push_str(&format!(
        "client version: {}\n",
        crate::install::release::client_version()
    ));
    if let Some(mesh) = &doc.mesh_version {
        let same = mesh
            .windows(2)
            .all(|w| w[0].info.version == w[1].info.version);
        if short && same && !mesh.is_empty() {
            s.push_str(&format!(
                "control plane version: {}\n",
                mesh[0].info.version
            ));
        } else {
            for c in mesh {
                let rev = if c.revision.is_empty() {
                    "default"
                } else {
                    &c.revision
                };
                if short {
                    s.push_str(&format!(
                        "{} version: {} (revision {rev})\n",
                        c.component, c.info.version
                    ));
                } else {
                    s.push_str(&format!(
                        "{} version: {} (revision {rev}, git revision {}, status {})\n",
                        c.component,
                        c.info.version,
                        or_dash(&c.info.revision),
                        or_dash(&c.info.status)
                    ));
                }
            }
        }
    }
    if let Some(proxies) = &doc.data_plane_version {
        if short {
            s.push_str(&format!(
                "data plane version: {}\n",
                summarize_proxies(proxies)
            ));
        } else if proxies.is_empty() {
            s.push_str("data plane version: none\n");
        } else {
            for p in proxies {
                s.push_str(&format!(
                    "data plane version: {} {} ({})\n",
                    p.id, p.istio_version, p.proxy_type
                ));
            }
        }
    }
    s
}

fn or_dash(s: &str) -> &str {
    if s.is_empty() { "-" } else { s }
}

/// `1.24.2 (3 proxies), 1.23.0 (1 proxies)`, versions sorted; `none` when there are none.
pub fn summarize_proxies(proxies: &[ProxyInfo]) -> String {
    if proxies.is_empty() {
        return "none".to_string();
    }
    let mut by_version: BTreeMap<&str, usize> = BTreeMap::new();
    for p in proxies {
        *by_version.entry(p.istio_version.as_str()).or_default() += 1;
    }
    by_version
        .iter()
        .map(|(v, n)| format!("{v} ({n} proxies)"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Parse istiod's `:15014/version` answer: either JSON (`{"clientVersion": {...}}`) or the
/// `VERSION-GITREVISION-STATUS` line (`1.24.2-0a1b2c-Clean`, `1.25.0-alpha.0-0a1b2c-dirty-Modified`).
pub fn parse_istiod_version(body: &str) -> BuildInfo {
    let body = body.trim();
    if let Ok(v) = serde_json::from_str::<serde_json::Value>(body)
        && let Some(c) = v.get("clientVersion")
    {
        let s = |k: &str| {
            c.get(k)
                .and_then(|x| x.as_str())
                .unwrap_or_default()
                .to_string()
        };
        return BuildInfo {
            version: s("version"),
            revision: s("revision"),
            golang_version: s("golang_version"),
            status: s("status"),
            tag: s("tag"),
        };
    }
    let parts: Vec<&str> = body.split('-').collect();
    let n = parts.len();
    if n < 3 {
        return BuildInfo {
            version: body.to_string(),
            ..BuildInfo::default()
        };
    }
    let (version, revision) = if parts[n - 2] == "dirty" && n >= 4 {
        (parts[..n - 3].join("-"), format!("{}-dirty", parts[n - 3]))
    } else {
        (parts[..n - 2].join("-"), parts[n - 2].to_string())
    };
    BuildInfo {
        tag: version.clone(),
        version,
        revision,
        golang_version: String::new(),
        status: parts[n - 1].to_string(),
    }
}

/// The Istio version an image runs, from its tag: `docker.io/istio/proxyv2:1.24.2-distroless`
/// -> `1.24.2`. Digest-only references give `unknown`.
pub fn image_version(image: &str) -> String {
    let without_digest = image.split('@').next().unwrap_or(image);
    let last = without_digest.rsplit('/').next().unwrap_or(without_digest);
    match last.split_once(':') {
        Some((_, tag)) if !tag.is_empty() => {
            let tag = tag
                .strip_suffix("-distroless")
                .or_else(|| tag.strip_suffix("-debug"))
                .unwrap_or(tag);
            tag.to_string()
        }
        _ if image.contains('@') => "unknown".to_string(),
        _ => "latest".to_string(),
    }
}

/// What the cluster said, part by part.
struct Remote {
    control_plane: Result<Vec<ServerInfo>, String>,
    /// `None` when the cluster could not be reached at all (said once, by the control plane).
    data_plane: Option<Result<Vec<ProxyInfo>, ClusterError>>,
    warnings: Vec<String>,
}

fn label<'a>(pod: &'a Pod, key: &str) -> Option<&'a str> {
    pod.metadata.labels.as_ref()?.get(key).map(String::as_str)
}

async fn remote_versions(cluster: &Cluster, istio_ns: &str, revision: Option<&str>) -> Remote {
    let mut warnings = Vec::new();
    let (control_plane, reachable) =
        match control_plane(cluster, istio_ns, revision, &mut warnings).await {
            Ok(cp) => (Ok(cp), true),
            Err(CpError::Cluster(e)) => {
                let reachable = !matches!(
                    e,
                    ClusterError::Unreachable { .. } | ClusterError::Timeout { .. }
                );
                (Err(e.to_string()), reachable)
            }
            Err(CpError::NoIstiod(m)) => (Err(m), true),
        };
    let data_plane = if reachable {
        Some(data_plane(cluster, revision).await)
    } else {
        None
    };
    Remote {
        control_plane,
        data_plane,
        warnings,
    }
}

enum CpError {
    Cluster(ClusterError),
    NoIstiod(String),
}

async fn control_plane(
    cluster: &Cluster,
    istio_ns: &str,
    revision: Option<&str>,
    warnings: &mut Vec<String>,
) -> Result<Vec<ServerInfo>, CpError> {
    let wanted = istiod::Wanted {
        namespace: istio_ns,
        revision,
        ready_only: true,
    };
    let pods = match istiod::locate(cluster, &wanted).await {
        Ok(pods) => pods,
        Err(istiod::LocateError::Cluster(e)) => return Err(CpError::Cluster(e)),
        Err(e) => return Err(CpError::NoIstiod(e.to_string())),
    };
    // Every replica is asked at once: blocked ones cost one request timeout, not one each.
    let answers = futures::future::join_all(pods.iter().map(|pod| {
        let name = pod.metadata.name.clone().unwrap_or_default();
        let port = istiod::monitoring_port(pod);
        async move { cluster.http_get(istio_ns, &name, port, "/version").await }
    }))
    .await;
    let mut out = Vec::new();
    for (pod, answer) in pods.iter().zip(answers) {
        let name = pod.metadata.name.clone().unwrap_or_default();
        let info = match answer {
            Ok(res) if res.status == 200 && !res.body.is_empty() => {
                parse_istiod_version(&res.text())
            }
            answer => {
                let why = match answer {
                    Ok(res) => format!("HTTP {}", res.status),
                    Err(e) => e.to_string(),
                };
                let image = pod
                    .spec
                    .as_ref()
                    .and_then(|s| {
                        s.containers
                            .iter()
                            .find(|c| c.name == "discovery")
                            .or(s.containers.first())
                    })
                    .and_then(|c| c.image.clone())
                    .unwrap_or_default();
                warnings.push(format!(
                    "cannot read the version of {istio_ns}/{name} ({why}); using its image tag"
                ));
                let version = image_version(&image);
                BuildInfo {
                    tag: version.clone(),
                    version,
                    ..BuildInfo::default()
                }
            }
        };
        out.push(ServerInfo {
            component: label(pod, "istio").unwrap_or("istiod").to_string(),
            revision: label(pod, "istio.io/rev").unwrap_or_default().to_string(),
            info,
        });
    }
    Ok(out)
}

async fn data_plane(
    cluster: &Cluster,
    revision: Option<&str>,
) -> Result<Vec<ProxyInfo>, ClusterError> {
    let api: Api<Pod> = Api::all(cluster.client());
    let selector = Selector::all().with_fields("status.phase=Running");
    let pods = cluster
        .list_all(&api, &selector, "pods in all namespaces")
        .await?;
    let mut out = Vec::new();
    for pod in &pods {
        if let Some(r) = revision
            && label(pod, "istio.io/rev") != Some(r)
        {
            continue;
        }
        let Some(spec) = &pod.spec else { continue };
        let proxy = spec
            .containers
            .iter()
            .chain(spec.init_containers.iter().flatten())
            .find(|c| c.name == "istio-proxy");
        let Some(proxy) = proxy else { continue };
        let gateway = proxy.args.iter().flatten().any(|a| a == "router");
        out.push(ProxyInfo {
            id: format!(
                "{}.{}",
                pod.metadata.name.as_deref().unwrap_or_default(),
                pod.metadata.namespace.as_deref().unwrap_or_default()
            ),
            istio_version: image_version(proxy.image.as_deref().unwrap_or_default()),
            proxy_type: if gateway { "gateway" } else { "sidecar" }.to_string(),
        });
    }
    out.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn image_versions() {
        assert_eq!(image_version("docker.io/istio/proxyv2:1.24.2"), "1.24.2");
        assert_eq!(
            image_version("gcr.io/istio-release/proxyv2:1.24.2-distroless"),
            "1.24.2"
        );
        assert_eq!(
            image_version("localhost:5000/istio/proxyv2:1.25.0-alpha.0"),
            "1.25.0-alpha.0"
        );
        assert_eq!(image_version("localhost:5000/istio/proxyv2"), "latest");
        assert_eq!(image_version("istio/proxyv2@sha256:abcd"), "unknown");
        assert_eq!(image_version("istio/proxyv2:1.24.1@sha256:abcd"), "1.24.1");
    }

    #[test]
    fn istiod_version_lines() {
        let b = parse_istiod_version("1.24.2-0a1b2c3d-Clean\n");
        assert_eq!(
            (b.version.as_str(), b.revision.as_str(), b.status.as_str()),
            ("1.24.2", "0a1b2c3d", "Clean")
        );
        let b = parse_istiod_version("1.25.0-alpha.0-0a1b2c3d-dirty-Modified");
        assert_eq!(
            (b.version.as_str(), b.revision.as_str(), b.status.as_str()),
            ("1.25.0-alpha.0", "0a1b2c3d-dirty", "Modified")
        );
        let b = parse_istiod_version(
            r#"{"clientVersion":{"version":"1.24.2","revision":"abc","golang_version":"go1.23","status":"Clean","tag":"1.24.2"}}"#,
        );
        assert_eq!(b.golang_version, "go1.23");
        assert_eq!(parse_istiod_version("1.24").version, "1.24");
    }

    #[test]
    fn proxy_summary() {
        let p = |v: &str| ProxyInfo {
            id: "x".into(),
            istio_version: v.into(),
            proxy_type: "sidecar".into(),
        };
        assert_eq!(summarize_proxies(&[]), "none");
        assert_eq!(
            summarize_proxies(&[p("1.24.2"), p("1.23.0"), p("1.24.2")]),
            "1.23.0 (1 proxies), 1.24.2 (2 proxies)"
        );
    }
}
