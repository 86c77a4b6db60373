//! sailctl: install, check and debug Istio service meshes.
//!
//! The binary is a thin shell over this library so that benchmarks and integration tests can
//! drive the same code paths a user's run takes.
//!
//! Strings from the user are never sliced by byte index (a multi-byte character would panic):
//! `clippy::string_slice` is denied here, so CI's clippy run keeps it out.
#![deny(clippy::string_slice)]

pub mod analysis;
pub mod bugreport;
pub mod cli;
pub mod cluster;
pub mod cmd;
pub mod compat;
pub mod context;
pub mod describe;
pub mod duration;
pub mod envoy;
pub mod exit;
pub mod inject;
pub mod install;
pub mod istiod;
pub mod output;
pub mod parallel;
pub mod resource;
pub mod schema;
pub mod text;
pub mod validation;
pub mod waypoint;
pub mod ztunnel;

/// Parse the process arguments, run the selected command and return its exit code.
pub fn run_from_env() -> std::process::ExitCode {
    // `COMPLETE=<shell> sailctl -- ...`: the shell asking for completions (exits here).
    clap_complete::CompleteEnv::with_factory(|| cmd::complete::attach(cmd::examples::command()))
        .complete();
    let argv = compat::normalize(std::env::args_os().collect());
    let parsed = cmd::examples::command()
        .try_get_matches_from(argv)
        .and_then(|m| <cli::Cli as clap::FromArgMatches>::from_arg_matches(&m));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(err) => {
            // clap prints help/version to stdout and usage errors to stderr.
            let code = if err.use_stderr() {
                exit::Exit::Usage
            } else {
                exit::Exit::Ok
            };
            let _ = err.print();
            return code.into();
        }
    };
    let ctx = context::Context::new(&cli.global);
    if let Err(msg) = compat::check_global(&cli.global) {
        return exit::finish(Err(exit::UsageError::error(msg)), &ctx).into();
    }
    // a developer's extra kinds (SAILCTL_SCHEMAS_DIR): read before any command looks kinds up
    if let Err(msg) = schema::kinds::load_extras() {
        return exit::finish(Err(exit::UsageError::error(msg)), &ctx).into();
    }
    let outcome = cmd::dispatch(cli.command, &ctx);
    exit::finish(outcome, &ctx).into()
}
