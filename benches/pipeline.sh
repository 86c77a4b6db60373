#!/usr/bin/env bash
# The streaming pipeline's table (issue 9 item 1): validate and analyze (open world and
# --closed-world) on gen-mesh as one file and as a directory of files; time, resources/s,
# peak RSS and RSS / input. Sizes are in MB of 10^6 bytes; /usr/bin/time's %M is in KiB.
#
#   benches/pipeline.sh [RUNS]      (default 3: the best wall time of RUNS runs, the largest RSS)
#
# Needs ../shared/bench/gen-mesh; builds target/release/sailctl if missing. Inputs are written
# once under ${TMPDIR:-/tmp}/sailctl-bench-pipeline.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
gen="${GEN_MESH:-../shared/bench/gen-mesh}"
if [ ! -e "$gen" ]; then
    echo "skipped: no mesh generator at $gen (set GEN_MESH)"
    exit 0
fi
bin=target/release/sailctl
[ -x "$bin" ] || cargo build --release --quiet
dir="${TMPDIR:-/tmp}/sailctl-bench-pipeline"
mkdir -p "$dir"
for n in 2000 20000; do
    [ -s "$dir/mesh-$n.yaml" ] || python3 "$gen" --services "$n" >"$dir/mesh-$n.yaml"
done
[ -d "$dir/mesh-2000" ] || python3 "$gen" --services 2000 --out "$dir/mesh-2000" >/dev/null
row() { # label, shape, input, sailctl arguments...
    local label="$1" shape="$2" input="$3"
    shift 3
    local bytes resources best="" rss=0 wall peak
    bytes=$(cat "$input" 2>/dev/null | wc -c || true)
    [ -d "$input" ] && bytes=$(cat "$input"/* | wc -c)
    resources=$("$bin" validate -f "$input" | sed -n 's/^validated \([0-9]*\) resource.*/\1/p')
    for _ in $(seq "$runs"); do
        read -r wall peak < <(/usr/bin/time -f '%e %M' "$bin" "$@" "$input" 2>&1 >/dev/null | tail -1)
        if [ -z "$best" ] || [ "$(echo "$wall < $best" | bc -l)" = 1 ]; then best=$wall; fi
        [ "$peak" -gt "$rss" ] && rss=$peak
    done
    printf '| %s | %s | `sailctl %s` | %.1f MB | %s s | %.0f | %.1f MB | %.2f× |\n' \
        "$label" "$shape" "$*" "$(echo "$bytes/1000000" | bc -l)" "$best" \
        "$(echo "$resources/$best" | bc -l)" "$(echo "$rss*1024/1000000" | bc -l)" \
        "$(echo "$rss*1024/$bytes" | bc -l)"
}
echo '| input | shape | command | size | time (best) | resources/s | peak RSS | RSS/input |'
echo '|---|---|---|---|---|---|---|---|'
row "gen-mesh 2000" "one file" "$dir/mesh-2000.yaml" validate -f
row "gen-mesh 2000" "40 files" "$dir/mesh-2000" validate -f
row "gen-mesh 20000" "one file" "$dir/mesh-20000.yaml" validate -f
row "gen-mesh 2000" "one file" "$dir/mesh-2000.yaml" analyze -A --use-kube=false
row "gen-mesh 2000" "40 files" "$dir/mesh-2000" analyze -A --use-kube=false
row "gen-mesh 20000" "one file" "$dir/mesh-20000.yaml" analyze -A --use-kube=false
row "gen-mesh 20000" "one file" "$dir/mesh-20000.yaml" analyze -A --use-kube=false --closed-world
