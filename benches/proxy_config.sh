#!/usr/bin/env bash
# Wall time and peak memory of `sailctl proxy-config` on a ~50 MB Envoy config dump.
#
#   benches/proxy_config.sh [SERVICES]      (default 11000 services ≈ 50 MB)
#
# The dump comes from shared/bench/gen-configdump; without it the benchmark is skipped.
# Builds the release binary, then runs each view once to warm the page cache and reports the
# best of three runs (wall and CPU seconds, peak RSS in MB, RSS / dump size).
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
# shared/ sits beside a checkout (CI) or beside the folder of worktrees
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

printf 'dump: %s (%s MB, %s services)\n' "$dump" "$size_mb" "$services"
printf '%-20s %8s %8s %10s %8s\n' "command" "wall s" "cpu s" "peak MB" "RSS/dump"
for view in cluster listener route "route --tree" eds "all" "cluster -o json"; do
    # shellcheck disable=SC2086
    "$bin" proxy-config $view --file "$dump" > /dev/null
    best_wall="" best_cpu="" best_rss=""
    for _ in 1 2 3; do
        # shellcheck disable=SC2086
        out=$( { /usr/bin/time -f '%e %U %S %M' "$bin" proxy-config $view --file "$dump" > /dev/null; } 2>&1 | tail -1)
        read -r wall user sys rss_kb <<< "$out"
        cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
        if [[ -z "$best_wall" ]] || awk -v a="$wall" -v b="$best_wall" 'BEGIN { exit !(a < b) }'; then
            best_wall=$wall
        fi
        if [[ -z "$best_cpu" ]] || awk -v a="$cpu" -v b="$best_cpu" 'BEGIN { exit !(a < b) }'; then
            best_cpu=$cpu
        fi
        if [[ -z "$best_rss" || "$rss_kb" -lt "$best_rss" ]]; then
            best_rss=$rss_kb
        fi
    done
    rss_mb=$(awk -v k="$best_rss" 'BEGIN { printf "%.1f", k / 1024 }')
    ratio=$(awk -v r="$rss_mb" -v s="$size_mb" 'BEGIN { printf "%.2f", r / s }')
    printf '%-20s %8s %8s %10s %8s\n' "$view" "$best_wall" "$best_cpu" "$rss_mb" "$ratio"
done
