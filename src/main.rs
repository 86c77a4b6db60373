//! The `sailctl` binary: parse arguments, run the command, map the outcome to an exit code.

use std::ffi::{c_int, c_long};

/// mimalloc rather than the system allocator. An analysis keeps every parsed document: millions
/// of small strings, vectors and maps. glibc's malloc puts a header on each and rounds it up
/// to 32 bytes at least; mimalloc keeps small blocks in pages of one size class, without
/// headers. Measured on gen-mesh 20000 (one 62 MB file): `analyze` peak RSS down by a fifth,
/// less CPU time (see README, "Streaming pipeline").
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's option ids (`mi_option_e` in mimalloc.h; the same in its v2 and v3).
const MI_OPTION_ARENA_EAGER_COMMIT: c_int = 4;
const MI_OPTION_PURGE_DELAY: c_int = 15;

unsafe extern "C" {
    /// Part of the mimalloc library the `mimalloc` crate links.
    fn mi_option_set(option: c_int, value: c_long);
}

/// Commit arena memory as it is used and give freed pages back at once: by default mimalloc
/// commits its arenas eagerly and purges late, which keeps a small run (`validate` of a big
/// file, 18 MB with glibc) at twice the memory. Measured with both set: `validate` as with
/// glibc, `analyze` lower still.
fn tune_allocator() {
    // SAFETY: mi_option_set only stores an option's value; it is called first thing in main,
    // before any other thread exists.
    unsafe {
        mi_option_set(MI_OPTION_ARENA_EAGER_COMMIT, 0);
        mi_option_set(MI_OPTION_PURGE_DELAY, 0);
    }
}

fn main() -> std::process::ExitCode {
    tune_allocator();
    sailctl::run_from_env()
}
