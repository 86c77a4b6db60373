//! The documented exit codes, and how a command's outcome maps onto them.

use crate::context::Context;
use crate::parallel::WorkerPanic;

/// Every exit code sailctl uses. Documented in README.md ("Exit codes").
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
#[repr(u8)]
pub enum Exit {
    /// Success: nothing at or above the failure threshold was found.
    Ok = 0,
    /// The input is invalid (`validate`) or an operation failed.
    Failure = 1,
    /// A usage error, or input that could not be read or parsed.
    Usage = 2,
    /// An internal error: a bug in sailctl (a worker panicked). What the other workers found
    /// is still printed; the message names the stage and the input and asks for a bug report.
    Internal = 3,
    /// `analyze` found messages at or above `--failure-threshold` (istioctl's code).
    AnalyzeIssues = 79,
}

impl From<Exit> for std::process::ExitCode {
    fn from(e: Exit) -> Self {
        std::process::ExitCode::from(e as u8)
    }
}

/// An error that should end the run with [`Exit::Usage`]: bad flags, missing or unreadable
/// input. Commands return it (wrapped in `anyhow`) and `finish` maps it.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct UsageError(pub String);

impl UsageError {
    pub fn error(msg: impl Into<String>) -> anyhow::Error {
        anyhow::Error::new(UsageError(msg.into()))
    }
}

/// Turn a command's result into the process exit code, printing the error if there was one.
/// A closed stdout (`sailctl ... | head`) is not an error: it exits 0.
pub fn finish(outcome: anyhow::Result<Exit>, ctx: &Context) -> Exit {
    match outcome {
        Ok(code) => code,
        Err(err) => {
            if is_broken_pipe(&err) {
                return Exit::Ok;
            }
            crate::output::print_error(ctx, &err);
            if err.chain().any(|c| c.is::<WorkerPanic>()) {
                Exit::Internal
            } else if err.chain().any(|c| c.is::<UsageError>()) {
                Exit::Usage
            } else {
                Exit::Failure
            }
        }
    }
}

/// Print every internal error of a run (one line each); [`Exit::Internal`] when there was one.
pub fn report_internal(ctx: &Context, panics: &[WorkerPanic]) -> Option<Exit> {
    for p in panics {
        crate::output::print_error(ctx, &anyhow::Error::new(p.clone()));
    }
    (!panics.is_empty()).then_some(Exit::Internal)
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
