#!/usr/bin/env bash
# Analyze's findings on gen-mesh must not change when its memory layout does (issue 9: the
# compact analysis store). Runs `sailctl analyze -A --use-kube=false -o json` on
# `gen-mesh --services 2000 --issues 0.05` as one file, open world and --closed-world, and
# compares each output's SHA-256 with benches/analyze_same.sha256, recorded before the store
# changed (151 messages either way). Exits 1 on a difference and keeps the output to diff.
#
#   benches/analyze_same.sh            check
#   benches/analyze_same.sh --record   write benches/analyze_same.sha256 from this build
#
# gen-mesh is deterministic (same arguments, same bytes); the input is named by a relative
# path so the messages' file names do not depend on where it was written.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
gen="${GEN_MESH:-../shared/bench/gen-mesh}"
if [ ! -e "$gen" ]; then
    echo "error: no mesh generator at $gen (set GEN_MESH)" >&2
    exit 2
fi
bin="$root/target/release/sailctl"
[ -x "$bin" ] || cargo build --release --quiet
dir="${TMPDIR:-/tmp}/sailctl-bench-same"
mkdir -p "$dir"
input=mesh-2000-issues.yaml
[ -s "$dir/$input" ] || python3 "$gen" --services 2000 --issues 0.05 >"$dir/$input"
expected="$root/benches/analyze_same.sha256"
status=0
actual=""
for world in open closed; do
    flag=()
    [ "$world" = closed ] && flag=(--closed-world)
    out="$dir/analyze-$world.json"
    code=0
    (cd "$dir" && "$bin" analyze -A --use-kube=false "${flag[@]}" -o json "$input") >"$out" || code=$?
    if [ "$code" != 79 ]; then
        echo "error: analyze ($world world) exited $code, expected 79 (the planted issues)" >&2
        status=1
    fi
    sum=$(sha256sum <"$out" | cut -d' ' -f1)
    actual+="$sum  $world"$'\n'
    if [ "${1:-}" != --record ]; then
        want=$(sed -n "s/^\([0-9a-f]*\)  $world\$/\1/p" "$expected")
        if [ "$sum" = "$want" ]; then
            echo "same: $world world, $(grep -c '"code"' "$out") messages"
        else
            echo "DIFFERENT: $world world ($out): sha256 $sum, expected ${want:-none}" >&2
            status=1
        fi
    fi
done
if [ "${1:-}" = --record ]; then
    printf '%s' "$actual" >"$expected"
    echo "recorded $expected"
fi
exit "$status"
