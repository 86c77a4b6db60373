//! The `sailctl` binary: parse arguments, run the command, map the outcome to an exit code.

/// mimalloc rather than glibc's malloc: an analysis keeps millions of small blocks (its
/// documents) for the whole run while parser temporaries come and go beside them; mimalloc
/// keeps no header per block and groups blocks by size, so they take less memory and leave
/// fewer holes. Measured on `analyze -A --use-kube=false` of gen-mesh 20000 (62 MB, one file):
/// 356 MB peak RSS against glibc's 419 MB (`--closed-world`: 275 against 335 MB); see README
/// "Analyze's memory". Built without transparent huge pages (`no_thp`): with them, a few touched
/// bytes can back a whole 2 MiB page.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    tune_allocator();
    sailctl::run_from_env()
}

/// mimalloc's `mi_option_purge_delay` (its place in the option enum of mimalloc 3, the version
/// `libmimalloc-sys` builds by default).
const MI_OPTION_PURGE_DELAY: std::ffi::c_int = 15;

unsafe extern "C" {
    fn mi_option_set(option: std::ffi::c_int, value: std::ffi::c_long);
}

/// Return freed pages to the system at once: by default mimalloc waits a second, and a command
/// that frees its parse temporaries and allocates its results meanwhile would hold both.
fn tune_allocator() {
    // SAFETY: mi_option_set stores an option value (an integer) in mimalloc's option table;
    // the option is only read when memory is next purged.
    unsafe {
        mi_option_set(MI_OPTION_PURGE_DELAY, 0);
    }
}
