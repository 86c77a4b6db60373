//! The `sailctl` binary: parse arguments, run the command, map the outcome to an exit code.

/// mimalloc rather than the system allocator. An analysis keeps every parsed document: millions
/// of small strings, vectors and maps. glibc's malloc puts a header on each and rounds it up
/// to 32 bytes at least; mimalloc keeps small blocks in pages of one size class, without
/// headers. Measured on gen-mesh 20000 (one 62 MB file): `analyze` peak RSS down by about a
/// sixth, the same time (see README, "Streaming pipeline").
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    sailctl::run_from_env()
}
