#!/usr/bin/env bash
# Build the fuzz targets with libFuzzer's coverage instrumentation, as `cargo fuzz build -s none`
# does, without needing cargo-fuzz: into the main target dir (target/x86_64-unknown-linux-gnu/
# release/), so no second target dir is made. Pass target names to build only those.
set -euo pipefail
cd "$(dirname "$0")"
triple=$(rustc -vV | sed -n 's/^host: //p')
export RUSTFLAGS="-Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4 \
-Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table \
-Cllvm-args=-sanitizer-coverage-trace-compares --cfg fuzzing -Cdebug-assertions -Coverflow-checks"
bins=()
for t in "$@"; do bins+=(--bin "$t"); done
cargo build --release --target "$triple" --target-dir ../target "${bins[@]}"
echo "built: ../target/$triple/release/{load,analyze,validate,config_dump,set_values,kubeconfig}"
