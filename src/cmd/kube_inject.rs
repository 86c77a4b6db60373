//! `sailctl kube-inject`: inject the Istio sidecar into the workloads of a file, as
//! `istioctl kube-inject` does.
//!
//! Where the injector config, mesh config and values come from, each on its own:
//! 1. the file flag (`--injectConfigFile`, `--meshConfigFile`, `--valuesFile`);
//! 2. else, when a cluster is configured (a kubeconfig) and `--use-kube` is not false, the
//!    cluster's ConfigMaps for the revision (`istio-sidecar-injector[-REV]` keys `config` and
//!    `values`, `istio[-REV]` key `mesh`, in `-i`), as istioctl reads them;
//! 3. else sailctl's own install rendering (the default profile, what `manifest generate`
//!    renders), so injection works with no cluster at all.
//!
//! Native sidecars follow `ENABLE_NATIVE_SIDECARS` as istiod reads it: `true` always, `false`
//! never; unset or `auto`, offline injection uses none (as istioctl's offline kube-inject) and
//! online injection asks the cluster as istiod's webhook does: native when every node's kubelet
//! is 1.33 or newer (a cluster without nodes included).

use std::io::{Read, Write};
use std::path::PathBuf;

use crate::context::Context;
use crate::exit::{Exit, UsageError};
use crate::inject::{Injector, workload};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The file of Kubernetes objects to inject (`-` reads stdin).
    #[arg(short = 'f', long = "filename", value_name = "FILE", required = true)]
    pub filename: String,
    /// Write the injected objects to this file instead of standard output.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// The injector config (the `config` key of the istio-sidecar-injector ConfigMap, or the
    /// whole ConfigMap, or a bare sidecar template).
    #[arg(long = "injectConfigFile", value_name = "FILE")]
    pub inject_config_file: Option<PathBuf>,
    /// The mesh config (the `mesh` key of the `istio` ConfigMap).
    #[arg(long = "meshConfigFile", value_name = "FILE")]
    pub mesh_config_file: Option<PathBuf>,
    /// The injection values (the `values` key of the istio-sidecar-injector ConfigMap).
    #[arg(long = "valuesFile", value_name = "FILE")]
    pub values_file: Option<PathBuf>,
    /// The control-plane revision whose config to use (`default` for the unrevisioned one).
    #[arg(
        short = 'r',
        long = "revision",
        value_name = "REVISION",
        default_value = "default"
    )]
    pub revision: String,
    /// The mesh ConfigMap's name (its revision suffix is added when it is the default).
    #[arg(
        long = "meshConfigMapName",
        value_name = "NAME",
        default_value = "istio"
    )]
    pub mesh_config_map_name: String,
    /// The injector ConfigMap's name (its revision suffix is added when it is the default).
    #[arg(
        long = "injectConfigMapName",
        value_name = "NAME",
        default_value = "istio-sidecar-injector"
    )]
    pub inject_config_map_name: String,
    /// Read what the files do not give from the cluster; `--use-kube=false` uses sailctl's own
    /// rendering instead.
    #[arg(long = "use-kube", value_name = "BOOL", default_value_t = true, action = clap::ArgAction::Set, num_args = 0..=1, default_missing_value = "true")]
    pub use_kube: bool,
}

fn read(path: &std::path::Path) -> anyhow::Result<String> {
    std::fs::read_to_string(path).map_err(|e| UsageError::error(format!("{}: {e}", path.display())))
}

/// The name of a revision's ConfigMap: `<name>-<rev>` for the default name and a revision.
fn revisioned(name: &str, default: &str, revision: &str) -> String {
    if name == default && !revision.is_empty() && revision != "default" {
        format!("{name}-{revision}")
    } else {
        name.to_string()
    }
}

/// One ConfigMap key from the cluster; a missing ConfigMap or key names it and the revision.
fn cluster_key(ctx: &Context, name: &str, key: &str, revision: &str) -> anyhow::Result<String> {
    let ns = ctx.istio_namespace();
    let cluster = ctx.cluster()?;
    let gvk = kube::api::GroupVersionKind::gvk("", "v1", "ConfigMap");
    let cm = crate::cluster::block_on(cluster.get_kind(&gvk, Some(ns), name))?;
    let cm = cm.ok_or_else(|| {
        UsageError::error(format!(
            "ConfigMap {ns}/{name} (revision {revision:?}) not found: install Istio for this revision, pass -r/-i, or give --injectConfigFile, --meshConfigFile and --valuesFile"
        ))
    })?;
    cm.data["data"][key]
        .as_str()
        .map(str::to_string)
        .ok_or_else(|| {
            UsageError::error(format!(
                "ConfigMap {ns}/{name} (revision {revision:?}) has no key {key:?}"
            ))
        })
}

/// Whether istiod's webhook would inject native sidecars into this cluster's pods: every node's
/// kubelet at 1.33 or newer (native sidecars are stable from 1.33). A node list the user may
/// not read is a warning, and no native sidecars.
fn cluster_supports_native_sidecars(ctx: &Context) -> anyhow::Result<bool> {
    let cluster = ctx.cluster()?;
    let gvk = kube::api::GroupVersionKind::gvk("", "v1", "Node");
    let selector = crate::cluster::Selector::default();
    let nodes = match crate::cluster::block_on(cluster.list_kind(&gvk, None, &selector)) {
        Ok(n) => n,
        Err(e) => {
            crate::output::print_warning(
                ctx,
                &format!(
                    "cannot list nodes to detect native sidecar support ({e}); injecting classic sidecars (set ENABLE_NATIVE_SIDECARS=true or false to decide)"
                ),
            );
            return Ok(false);
        }
    };
    Ok(nodes.iter().all(|n| {
        let version = n.data["status"]["nodeInfo"]["kubeletVersion"]
            .as_str()
            .unwrap_or_default();
        kubelet_minor(version).is_some_and(|minor| minor >= 33)
    }))
}

/// The minor version of a kubelet version string (`v1.33.2`, `v1.34.0-eks-1`).
fn kubelet_minor(version: &str) -> Option<u32> {
    let mut parts = version.trim_start_matches('v').split('.');
    let _major = parts.next()?;
    let minor = parts.next()?;
    minor
        .split(|c: char| !c.is_ascii_digit())
        .next()
        .and_then(|m| m.parse().ok())
}

/// sailctl's own rendering of the default profile: (injector config, values, mesh config).
fn rendered_defaults(revision: &str) -> anyhow::Result<(String, String, String)> {
    let mut set = Vec::new();
    if revision != "default" {
        set.push(format!("revision={revision}"));
    }
    let inputs = crate::install::values::Inputs {
        files: Vec::new(),
        set,
        profile_dir: None,
    };
    let merged =
        crate::install::values::build(&inputs).map_err(|e| UsageError::error(e.to_string()))?;
    let objects =
        crate::install::render::render(&merged).map_err(|e| UsageError::error(e.to_string()))?;
    let cm = |name: &str, key: &str| {
        objects
            .iter()
            .find(|o| o.kind() == "ConfigMap" && o.name() == name)
            .and_then(|o| o.value["data"][key].as_str().map(str::to_string))
            .ok_or_else(|| {
                anyhow::anyhow!(
                    "internal error: sailctl's rendering has no ConfigMap {name} key {key}"
                )
            })
    };
    let injector = revisioned("istio-sidecar-injector", "istio-sidecar-injector", revision);
    let mesh = revisioned("istio", "istio", revision);
    Ok((
        cm(&injector, "config")?,
        cm(&injector, "values")?,
        cm(&mesh, "mesh")?,
    ))
}

pub fn run(args: &Args, ctx: &Context) -> anyhow::Result<Exit> {
    let all_files = args.inject_config_file.is_some()
        && args.mesh_config_file.is_some()
        && args.values_file.is_some();
    let online = !all_files
        && args.use_kube
        && crate::cluster::kubeconfig_configured(&ctx.connect_options());
    let rev = args.revision.as_str();
    let inj_cm = revisioned(&args.inject_config_map_name, "istio-sidecar-injector", rev);
    let mesh_cm = revisioned(&args.mesh_config_map_name, "istio", rev);
    let mut defaults: Option<(String, String, String)> = None;
    let mut from = |file: &Option<PathBuf>,
                    cm: &str,
                    key: &str,
                    pick: fn(&(String, String, String)) -> &String|
     -> anyhow::Result<(String, String)> {
        if let Some(p) = file {
            return Ok((read(p)?, p.display().to_string()));
        }
        if online {
            let ns = ctx.istio_namespace();
            return Ok((
                cluster_key(ctx, cm, key, rev)?,
                format!("ConfigMap {ns}/{cm} key {key}"),
            ));
        }
        if defaults.is_none() {
            defaults = Some(rendered_defaults(rev)?);
        }
        let d = defaults.as_ref().map(pick).cloned().unwrap_or_default();
        Ok((d, format!("sailctl's rendered {cm} {key}")))
    };
    let config = from(&args.inject_config_file, &inj_cm, "config", |d| &d.0)?;
    let values = from(&args.values_file, &inj_cm, "values", |d| &d.1)?;
    let mesh = from(&args.mesh_config_file, &mesh_cm, "mesh", |d| &d.2)?;
    let injector = Injector::new(
        (&config.0, &config.1),
        (&mesh.0, &mesh.1),
        (&values.0, &values.1),
        rev,
    )
    .map_err(|e| UsageError::error(e.0))?;
    let mut injector = injector;
    match std::env::var("ENABLE_NATIVE_SIDECARS").as_deref() {
        Ok("true") => injector.native_sidecars = true,
        Ok("false") => injector.native_sidecars = false,
        _ if online => injector.native_sidecars = cluster_supports_native_sidecars(ctx)?,
        _ => injector.native_sidecars = false,
    }

    let (text, origin) = if args.filename == "-" {
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .map_err(|e| UsageError::error(format!("stdin: {e}")))?;
        (s, "<stdin>".to_string())
    } else {
        (
            read(std::path::Path::new(&args.filename))?,
            args.filename.clone(),
        )
    };
    let (out, warnings) =
        workload::inject_stream(&injector, &text, &origin).map_err(|e| UsageError::error(e.0))?;
    match &args.output {
        Some(p) => std::fs::write(p, out.as_bytes())
            .map_err(|e| anyhow::anyhow!("{}: {e}", p.display()))?,
        None => std::io::stdout().lock().write_all(out.as_bytes())?,
    }
    for w in &warnings {
        crate::output::print_warning(ctx, w);
    }
    Ok(Exit::Ok)
}

#[cfg(test)]
mod tests {
    use super::kubelet_minor;

    #[test]
    fn kubelet_minor_versions() {
        assert_eq!(kubelet_minor("v1.33.2"), Some(33));
        assert_eq!(kubelet_minor("v1.34.0-eks-1"), Some(34));
        assert_eq!(kubelet_minor("1.29"), Some(29));
        assert_eq!(kubelet_minor("v1.28+k3s1"), Some(28));
        assert_eq!(kubelet_minor("garbage"), None);
        assert_eq!(kubelet_minor(""), None);
    }
}
