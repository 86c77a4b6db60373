#!/usr/bin/env bash
# Throughput and peak memory of `sailctl validate` on a generated mesh.
#
#   benches/validate.sh [SERVICES]      (default 2000; builds target/release/sailctl if missing)
#
# Needs ../shared/bench/gen-mesh (the input generator); skips with a message when it is absent.
# Prints resources/s (best of 3 runs, wall clock) and peak RSS against the input size.
set -euo pipefail
cd "$(dirname "$0")/.."
services="${1:-2000}"
gen="${GEN_MESH:-../shared/bench/gen-mesh}"
[ -e "$gen" ] || gen=/work/shared/bench/gen-mesh
if [ ! -e "$gen" ]; then
    echo "skipped: no mesh generator at ../shared/bench/gen-mesh (set GEN_MESH)"
    exit 0
fi
bin=target/release/sailctl
[ -x "$bin" ] || cargo build --release --quiet
input="${TMPDIR:-/tmp}/sailctl-bench-mesh/$services"
if [ ! -d "$input" ]; then
    python3 "$gen" --services "$services" --out "$input" >/dev/null 2>&1
fi
bytes=$(cat "$input"/* | wc -c)
resources=$("$bin" validate -f "$input" | sed -n 's/^validated \([0-9]*\) resource.*/\1/p')
best=""
for _ in 1 2 3; do
    start=$(date +%s.%N)
    "$bin" validate -f "$input" >/dev/null
    end=$(date +%s.%N)
    t=$(echo "$end - $start" | bc -l)
    if [ -z "$best" ] || [ "$(echo "$t < $best" | bc -l)" = 1 ]; then best=$t; fi
done
rss_kb=$(/usr/bin/time -f %M "$bin" validate -f "$input" 2>&1 >/dev/null | tail -1)
printf 'input: %s (%d resources, %.1f MB)\n' "$input" "$resources" "$(echo "$bytes/1000000" | bc -l)"
printf 'time: %.3f s (best of 3)  throughput: %.0f resources/s  cores: %s\n' \
    "$best" "$(echo "$resources/$best" | bc -l)" "$(nproc)"
printf 'peak RSS: %.1f MB (%.2fx input)\n' "$(echo "$rss_kb/1000" | bc -l)" \
    "$(echo "$rss_kb*1024/$bytes" | bc -l)"
