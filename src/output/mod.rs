//! Everything sailctl prints: diagnostics in every format, YAML, colors and errors.

pub mod diagnostic;
pub mod table;
pub mod yaml;

use std::io::Write;

use colored::Colorize;

use crate::context::Context;

pub use diagnostic::{Diagnostic, Level};

/// Print a command's final error on stderr as one line (`error: ...`).
pub fn print_error(ctx: &Context, err: &anyhow::Error) {
    let head = if ctx.color_stderr {
        "error:".red().bold().to_string()
    } else {
        "error:".to_string()
    };
    let mut stderr = std::io::stderr().lock();
    let _ = writeln!(stderr, "{head} {err:#}");
}

/// Print a warning line on stderr.
pub fn print_warning(ctx: &Context, msg: &str) {
    let head = if ctx.color_stderr {
        "warning:".yellow().bold().to_string()
    } else {
        "warning:".to_string()
    };
    let mut stderr = std::io::stderr().lock();
    let _ = writeln!(stderr, "{head} {msg}");
}

/// Write JSON the way kubectl and istioctl do: two-space indent, then a newline.
pub fn write_json(out: &mut dyn Write, v: &impl serde::Serialize) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, v)?;
    out.write_all(b"\n")
}
