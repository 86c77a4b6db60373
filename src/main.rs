//! The `sailctl` binary: parse arguments, run the command, map the outcome to an exit code.

/// mimalloc: parsing thousands of small YAML documents is allocation-heavy, and glibc's malloc
/// showed up as ~15% of `validate`'s profile.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    sailctl::run_from_env()
}
