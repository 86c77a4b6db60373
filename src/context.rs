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
}

impl Context {
    pub fn new(global: &GlobalArgs) -> Self {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let decide = |is_tty: bool| match global.color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => is_tty && !no_color,
        };
        let stderr_is_terminal = std::io::stderr().is_terminal();
        Context {
            global: global.clone(),
            color_stdout: decide(std::io::stdout().is_terminal()),
            color_stderr: decide(stderr_is_terminal),
            stderr_is_terminal,
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
}
