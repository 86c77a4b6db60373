//! The `sailctl` binary: parse arguments, run the command, map the outcome to an exit code.

fn main() -> std::process::ExitCode {
    tune_allocator();
    sailctl::run_from_env()
}

/// glibc's malloc grows and trims its heaps 128 KiB at a time by default. An analysis keeps
/// every parsed document (hundreds of MB on a big mesh) while parser temporaries come and go
/// beside them, so the heaps are grown and trimmed back thousands of times, each time with
/// fresh pages to fault in. A 64 MiB pad keeps that memory mapped; pages never touched do not
/// count against RSS. (Measured on gen-mesh 2000: analyze about 10% faster, same peak RSS.)
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn tune_allocator() {
    // SAFETY: mallopt only sets a malloc parameter; it is called first thing in main, before
    // any other thread exists. Its return value (0 on failure) needs no handling: the default
    // stays in force.
    unsafe {
        libc::mallopt(libc::M_TOP_PAD, 64 << 20);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn tune_allocator() {}
