//! Command-line definitions. The doc comments are the help text.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::cmd;

/// sailctl installs, checks and debugs Istio service meshes.
///
/// It takes istioctl's command names and flags, so scripts can switch to it unchanged.
#[derive(Debug, Parser)]
#[command(
    name = "sailctl",
    version,
    propagate_version = true,
    max_term_width = 100
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Command,
}

/// Flags every command accepts (istioctl's global flags).
#[derive(Debug, Clone, Args)]
pub struct GlobalArgs {
    /// Kubernetes configuration file (default: $KUBECONFIG, then ~/.kube/config).
    #[arg(short = 'c', long, global = true, value_name = "FILE", help_heading = GLOBAL)]
    pub kubeconfig: Option<PathBuf>,

    /// Name of the kubeconfig context to use.
    #[arg(long, global = true, value_name = "NAME", help_heading = GLOBAL)]
    pub context: Option<String>,

    /// Kubernetes namespace to work in.
    #[arg(short = 'n', long, global = true, value_name = "NAMESPACE", help_heading = GLOBAL)]
    pub namespace: Option<String>,

    /// Namespace where the Istio control plane is installed.
    #[arg(
        short = 'i',
        long = "istioNamespace",
        alias = "istio-namespace",
        global = true,
        default_value = "istio-system",
        value_name = "NAMESPACE",
        help_heading = GLOBAL
    )]
    pub istio_namespace: String,

    /// When to use colors: auto (a terminal, and NO_COLOR unset), always or never; istioctl's
    /// `--color=true` and `--color=false` mean always and never, and a bare `--color` always.
    #[arg(
        long,
        global = true,
        default_value = "auto",
        value_parser = crate::compat::parse_color,
        value_name = "WHEN",
        help_heading = GLOBAL
    )]
    pub color: ColorChoice,

    /// Act as this user (Kubernetes impersonation, like kubectl's --as).
    #[arg(long = "as", global = true, value_name = "USER", help_heading = GLOBAL)]
    pub as_user: Option<String>,

    /// Act as this group (repeatable; needs --as).
    #[arg(long = "as-group", global = true, value_name = "GROUP", help_heading = GLOBAL)]
    pub as_group: Vec<String>,

    /// Act as this user UID (needs --as).
    #[arg(long = "as-uid", global = true, value_name = "UID", help_heading = GLOBAL)]
    pub as_uid: Option<String>,
}

/// The help heading of the flags every command accepts.
pub const GLOBAL: &str = "Global options";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Analyze Istio configuration and report potential issues (istioctl analyze).
    Analyze(cmd::analyze::Args),
    /// Validate Istio and Kubernetes resources in files, offline.
    #[command(visible_alias = "v")]
    Validate(cmd::validate::Args),
    /// Generate Istio install manifests.
    Manifest(cmd::manifest::Args),
    /// List, dump or diff Istio install profiles.
    Profile(cmd::profile::Args),
    /// Print the versions of sailctl, the control plane and the data plane.
    Version(cmd::version::Args),
    /// Show an Envoy proxy's configuration: clusters, listeners, routes, endpoints, secrets.
    #[command(name = "proxy-config", visible_alias = "pc")]
    ProxyConfig(cmd::proxy_config::Args),
    /// Show the xDS sync status of the proxies, as istiod reports it.
    #[command(name = "proxy-status", visible_alias = "ps")]
    ProxyStatus(cmd::proxy_status::Args),
    /// Open a web UI of the mesh (Kiali, Grafana, Envoy admin, ...) through a port-forward.
    #[command(visible_aliases = ["dash", "d"])]
    Dashboard(cmd::dashboard::Args),
    /// Generate the autocompletion script for a shell.
    Completion(cmd::completion::Args),
    /// Install Istio into the cluster: server-side apply in dependency order, wait, prune.
    #[command(visible_alias = "apply")]
    Install(cmd::install::Args),
    /// Upgrade an install to this sailctl's Istio, in place or as a canary (`--revision`).
    Upgrade(cmd::upgrade::Args),
    /// Remove Istio from the cluster: only objects carrying Istio's ownership labels.
    Uninstall(cmd::uninstall::Args),
    /// Check that every object of an install exists and every workload is ready.
    #[command(name = "verify-install")]
    VerifyInstall(cmd::verify_install::Args),
    /// Check that Istio can be installed on the cluster: version, permissions, existing installs.
    Precheck(cmd::precheck::Args),
    /// Revision tags: list, set, generate and remove them (canary upgrades move a tag).
    Tag(cmd::tag::Args),
    /// Inject the Istio sidecar into the workloads of a file (offline or with the cluster's config).
    #[command(name = "kube-inject")]
    KubeInject(cmd::kube_inject::Args),
    /// Experimental commands.
    #[command(name = "x", aliases = ["experimental", "exp"])]
    X(cmd::precheck::XArgs),
    /// Show what an ambient ztunnel knows: workloads, services, policies, certificates, connections.
    #[command(name = "ztunnel-config", visible_alias = "zc")]
    ZtunnelConfig(cmd::ztunnel_config::Args),
    /// Manage ambient waypoints (Gateways of class istio-waypoint): generate, apply, list, delete, status.
    Waypoint(cmd::waypoint::Args),
    /// Collect cluster state, Istio debug data, proxy dumps, logs and analyze into a .tar.gz.
    #[command(name = "bug-report")]
    BugReport(cmd::bug_report::Args),
}
