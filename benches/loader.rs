//! Loader throughput on the shared benchmark mesh (`../shared/bench/gen-mesh --services 2000`).
//! Run with `cargo bench --bench loader`. Skips with a message when ../shared/bench is absent.

use std::path::{Path, PathBuf};
use std::process::Command;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

/// Generate (once) the gen-mesh input for `services` and return its directory.
pub fn mesh_dir(services: usize) -> Option<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let gen_mesh = root.join("../shared/bench/gen-mesh");
    if !gen_mesh.exists() {
        eprintln!("skipping: {} not found", gen_mesh.display());
        return None;
    }
    let out = root.join(format!("target/bench-inputs/mesh-{services}"));
    if !out.exists() {
        let status = Command::new("python3")
            .arg(&gen_mesh)
            .args(["--services", &services.to_string(), "--out"])
            .arg(&out)
            .status()
            .ok()?;
        if !status.success() {
            eprintln!("skipping: gen-mesh failed");
            return None;
        }
    }
    Some(out)
}

fn bench_loader(c: &mut Criterion) {
    let Some(dir) = mesh_dir(2000) else { return };
    let inputs = vec![dir.display().to_string()];
    let n = sailctl::resource::loader::load_all(&inputs).resources.len();
    let mut group = c.benchmark_group("loader");
    group.sample_size(10);
    group.throughput(Throughput::Elements(n as u64));
    group.bench_function("load_all gen-mesh 2000", |b| {
        b.iter(|| sailctl::resource::loader::load_all(&inputs))
    });
    group.finish();
}

criterion_group!(benches, bench_loader);
criterion_main!(benches);
