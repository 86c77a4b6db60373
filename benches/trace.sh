#!/usr/bin/env bash
# Wall time and peak memory of `sailctl x trace` on a ~46 MB Envoy config dump.
#
#   benches/trace.sh [SERVICES]      (default 11000 services ≈ 46 MB)
#
# The dump comes from shared/bench/gen-configdump; without it the benchmark is skipped.
# gen-configdump's listeners carry no address, so the HTTP traces start at a route
# configuration (--route PORT); the listener trace shows the cost of a fall-through.
# Reports the best of five runs (wall seconds, peak RSS in MB). Target: ≤ 0.3 s.
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
gen=""
for dir in "$here/../shared" "$here/../../shared"; do
    if [[ -f "$dir/bench/gen-configdump" ]]; then
        gen="$dir/bench/gen-configdump"
        break
    fi
done
if [[ -z "$gen" ]]; then
    echo "skipped: shared/bench/gen-configdump not found beside this checkout"
    exit 0
fi
if [[ ! -x /usr/bin/time ]]; then
    echo "skipped: /usr/bin/time (GNU time) is needed for the peak RSS"
    exit 0
fi

services="${1:-11000}"
dump="${TMPDIR:-/tmp}/sailctl-bench-dump-$services.json"
if [[ ! -s "$dump" ]]; then
    python3 "$gen" --services "$services" > "$dump"
fi
size_mb=$(awk -v b="$(stat -c %s "$dump")" 'BEGIN { printf "%.1f", b / 1048576 }')

cargo build --release --quiet --manifest-path "$here/Cargo.toml"
bin="$here/target/release/sailctl"
last=$((services - 10))
svc=$(printf 'svc-%05d' "$last")
port=$((8000 + last % 20))

printf 'dump: %s (%s MB, %s services)\n' "$dump" "$size_mb" "$services"
printf '%-48s %8s %10s\n' "trace" "wall s" "peak MB"
run() {
    local label="$1"
    shift
    "$bin" x trace -f "$dump" "$@" > /dev/null || true
    local best_wall="" best_rss=""
    for _ in 1 2 3 4 5; do
        out=$( { /usr/bin/time -f '%e %M' "$bin" x trace -f "$dump" "$@" > /dev/null || true; } 2>&1 | tail -1)
        read -r wall rss_kb <<< "$out"
        if [[ -z "$best_wall" ]] || awk -v a="$wall" -v b="$best_wall" 'BEGIN { exit !(a < b) }'; then
            best_wall=$wall
        fi
        if [[ -z "$best_rss" || "$rss_kb" -lt "$best_rss" ]]; then
            best_rss=$rss_kb
        fi
    done
    printf '%-48s %8s %10s\n' "$label" "$best_wall" "$(awk -v k="$best_rss" 'BEGIN { printf "%.1f", k / 1024 }')"
}
run "--route $port http://$svc/ (to endpoints)" --route "$port" "http://$svc/"
run "--route $port http://nothing/ (no vhost)" --route "$port" "http://nothing/"
run "http://$svc:$port/ (no listener)" "http://$svc:$port/"
