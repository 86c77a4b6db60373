//! Helpers shared by the fuzz targets.

#![allow(dead_code)]

use std::path::PathBuf;

/// A scratch file of this process (fuzzers run one input at a time per process), holding
/// `data`, for the entry points that read paths.
pub fn scratch(name: &str, data: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("sailctl-fuzz-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let path = dir.join(name);
    std::fs::write(&path, data).expect("the scratch file is writable");
    path
}

/// Run a sailctl command line in-process (stdout goes where the fuzzer sends it; run with
/// `-close_fd_mask=3` to keep the terminal quiet). Errors are results; only panics matter.
pub fn sailctl(args: &[&str]) {
    use clap::FromArgMatches;
    let argv = sailctl::compat::normalize(
        std::iter::once("sailctl")
            .chain(args.iter().copied())
            .map(Into::into)
            .collect(),
    );
    let Ok(m) = sailctl::cmd::examples::command().try_get_matches_from(argv) else {
        panic!("the fuzz target's own command line does not parse: {args:?}");
    };
    let cli = sailctl::cli::Cli::from_arg_matches(&m).expect("parsed arguments");
    let ctx = sailctl::context::Context::new(&cli.global);
    let _ = sailctl::cmd::dispatch(cli.command, &ctx);
}
