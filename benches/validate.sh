#!/usr/bin/env bash
# Throughput and peak memory of `sailctl validate` on a generated mesh.
#
#   benches/validate.sh [SERVICES]      (default 2000; builds target/release/sailctl if missing)
#
# Needs ../shared/bench/gen-mesh (the input generator); skips with a message when it is absent.
# Prints resources/s (best of 3 runs: wall clock, and from CPU time, which a busy machine does not
# skew) and peak RSS against the input size.
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
best_cpu=""
rss_kb=0
for _ in 1 2 3; do
    # wall seconds, user seconds, system seconds, peak RSS in KB
    read -r wall user sys rss < <(/usr/bin/time -f '%e %U %S %M' "$bin" validate -f "$input" 2>&1 >/dev/null | tail -1)
    cpu=$(echo "$user + $sys" | bc -l)
    if [ -z "$best" ] || [ "$(echo "$wall < $best" | bc -l)" = 1 ]; then best=$wall; fi
    if [ -z "$best_cpu" ] || [ "$(echo "$cpu < $best_cpu" | bc -l)" = 1 ]; then best_cpu=$cpu; fi
    [ "$rss" -gt "$rss_kb" ] && rss_kb=$rss
done
cores=$(nproc)
printf 'input: %s (%d resources, %.1f MB)\n' "$input" "$resources" "$(echo "$bytes/1000000" | bc -l)"
printf 'wall: %.2f s (best of 3): %.0f resources/s on %s cores\n' \
    "$best" "$(echo "$resources/$best" | bc -l)" "$cores"
printf 'cpu: %.2f s user+sys (best of 3): %.0f resources/s per core, %.0f resources/s if the cores are free\n' \
    "$best_cpu" "$(echo "$resources/$best_cpu" | bc -l)" "$(echo "$resources*$cores/$best_cpu" | bc -l)"
printf 'peak RSS: %.1f MB (%.2fx input)\n' "$(echo "$rss_kb*1024/1000000" | bc -l)" \
    "$(echo "$rss_kb*1024/$bytes" | bc -l)"
