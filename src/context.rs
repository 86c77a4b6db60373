//! The per-run context every command receives: global flags and output settings.

use std::io::IsTerminal;

use crate::cli::{ColorChoice, GlobalArgs};

/// What a command needs to know about the run beyond its own arguments.
#[derive(Debug, Clone)]
pub struct Context {
    pub global: GlobalArgs,
    /// Whether stdout gets ANSI colors.
    pub color_stdout: bool,
    /// Whether stderr gets ANSI colors.
    pub color_stderr: bool,
    /// Whether stderr is a terminal (progress bars are drawn only then).
    pub stderr_is_terminal: bool,
    /// The cluster connection, built on first use by [`Context::cluster`].
    cluster: std::sync::OnceLock<crate::cluster::Cluster>,
}

impl Context {
    pub fn new(global: &GlobalArgs) -> Self {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let decide = |is_tty: bool| match global.color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => is_tty && !no_color,
        };
        // `colored` checks for a terminal itself: an explicit choice overrides that.
        match global.color {
            ColorChoice::Always => colored::control::set_override(true),
            ColorChoice::Never => colored::control::set_override(false),
            ColorChoice::Auto => {}
        }
        let stderr_is_terminal = std::io::stderr().is_terminal();
        Context {
            global: global.clone(),
            color_stdout: decide(std::io::stdout().is_terminal()),
            color_stderr: decide(stderr_is_terminal),
            stderr_is_terminal,
            cluster: std::sync::OnceLock::new(),
        }
    }

    /// The namespace given with `-n`, if any.
    pub fn namespace(&self) -> Option<&str> {
        self.global.namespace.as_deref()
    }

    /// The Istio control-plane namespace (`-i`, default `istio-system`).
    pub fn istio_namespace(&self) -> &str {
        &self.global.istio_namespace
    }

    /// How to reach the cluster: `--kubeconfig`, `--context` and the default timeouts.
    pub fn connect_options(&self) -> crate::cluster::ConnectOptions {
        let mut opts = crate::cluster::ConnectOptions::new(
            self.global.kubeconfig.clone(),
            self.global.context.clone(),
        );
        opts.impersonate = crate::cluster::Impersonation {
            user: self.global.as_user.clone(),
            groups: self.global.as_group.clone(),
            uid: self.global.as_uid.clone(),
        };
        opts
    }

    /// The cluster client, built from the kubeconfig on first use (no request is sent until a
    /// command makes one). Drive its async methods with [`crate::cluster::block_on`].
    pub fn cluster(&self) -> Result<&crate::cluster::Cluster, crate::cluster::ClusterError> {
        if let Some(c) = self.cluster.get() {
            return Ok(c);
        }
        let built = crate::cluster::connect_blocking(&self.connect_options())?;
        Ok(self.cluster.get_or_init(|| built))
    }
}
