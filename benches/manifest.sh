#!/usr/bin/env bash
# Wall time of `sailctl manifest generate --set profile=demo` (release build).
# Usage: benches/manifest.sh [path/to/sailctl] [runs]
# Uses hyperfine when installed; otherwise times N runs itself and prints the mean.
set -euo pipefail
bin=${1:-target/release/sailctl}
runs=${2:-50}
if [ ! -x "$bin" ]; then
  echo "no binary at $bin: build it with 'cargo build --release'" >&2
  exit 2
fi
cmd=("$bin" manifest generate --set profile=demo)
if command -v hyperfine >/dev/null 2>&1; then
  exec hyperfine -N --warmup 5 --runs "$runs" --output=null "${cmd[*]}"
fi
"${cmd[@]}" >/dev/null # warm the page cache
start=$(date +%s%N)
for _ in $(seq "$runs"); do
  "${cmd[@]}" >/dev/null
done
end=$(date +%s%N)
echo "manifest generate --set profile=demo: mean $(( (end - start) / runs / 1000 )) µs over $runs runs"
