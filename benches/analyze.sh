#!/usr/bin/env bash
# Benchmark `sailctl analyze` on generated meshes (../shared/bench/gen-mesh).
#
# usage: benches/analyze.sh [SERVICES...]        (default: 2000 20000)
#
# For each size it generates the mesh once (with 5% planted issues), then reports the median of
# several runs of: the loader alone (`validate`, which reads and checks every document) and the
# full analysis (`analyze --use-kube=false -A`, every default analyzer), with wall time,
# resources per second and peak RSS, and analyze's own split between loading and analyzers. Needs a release build (cargo build --release) and GNU time
# for RSS; skips with a message when the generator is absent.
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
# ../shared/bench beside the checkout (or two levels up, for worktrees under wt/)
gen="${GEN_MESH:-}"
for candidate in "$here/../shared/bench/gen-mesh" "$here/../../shared/bench/gen-mesh"; do
  [[ -z "$gen" && -f "$candidate" ]] && gen="$candidate"
done
bin="${SAILCTL:-$here/target/release/sailctl}"
runs="${RUNS:-5}"

if [[ -z "$gen" || ! -f "$gen" ]]; then
  echo "skip: ../shared/bench/gen-mesh not found (the shared benchmark inputs are not on this machine)"
  exit 0
fi
if [[ ! -x "$bin" ]]; then
  echo "skip: $bin not built; run: cargo build --release" >&2
  exit 0
fi
sizes=("$@")
[[ ${#sizes[@]} -eq 0 ]] && sizes=(2000 20000)

tmp="${TMPDIR:-/tmp}/sailctl-bench-analyze"
mkdir -p "$tmp"

# median of the numbers on stdin
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

# run CMD... RUNS times; print "median_wall_s median_cpu_s max_rss_kb" (CPU = user + sys, which
# is what the run costs when the machine is shared; needs GNU time, else CPU and RSS are 0)
measure() {
  local times=() cpus=() rss=0
  for _ in $(seq "$runs"); do
    if [[ -x /usr/bin/time ]]; then
      /usr/bin/time -f '%e %U %S %M' -o "$tmp/time" "$@" >/dev/null 2>&1 || true
      # analyze exits 79 when it finds issues; GNU time then adds a status line first
      read -r t u sy m < <(tail -n 1 "$tmp/time")
      times+=("$t")
      cpus+=("$(awk -v u="$u" -v s="$sy" 'BEGIN {print u + s}')")
      if (( m > rss )); then rss=$m; fi
    else
      local s e
      s=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s.%N)
      times+=("$(awk -v s="$s" -v e="$e" 'BEGIN {print e - s}')")
      cpus+=(0)
    fi
  done
  printf '%s %s %s\n' "$(printf '%s\n' "${times[@]}" | median)" \
    "$(printf '%s\n' "${cpus[@]}" | median)" "$rss"
}

printf '%-8s %-9s %-8s %8s %8s %14s %12s  %s\n' services resources step wall_s cpu_s resources/s peak_rss_MB split
for n in "${sizes[@]}"; do
  dir="$tmp/mesh-$n"
  if [[ ! -d "$dir" ]]; then
    python3 "$gen" --services "$n" --issues 0.05 --out "$dir" >/dev/null 2>&1
  fi
  count=$(grep -c '^kind:' -r "$dir" | awk -F: '{s+=$2} END {print s}')
  for step in load analyze; do
    if [[ $step == load ]]; then
      read -r t cpu m < <(measure "$bin" validate -o json -f "$dir")
    else
      read -r t cpu m < <(measure "$bin" analyze --use-kube=false -A -o json "$dir")
    fi
    # resources per CPU second when known (wall time is noisy on a shared machine)
    rate=$(awk -v c="$count" -v t="$t" -v u="$cpu" 'BEGIN {d = (u > 0) ? u : t; printf "%d", (d > 0) ? c / d : 0}')
    mb=$(awk -v m="$m" 'BEGIN {printf "%.0f", m / 1024}')
    split=""
    if [[ $step == analyze ]]; then
      # the run's own split between loading and the analyzers (-v)
      split=$("$bin" analyze --use-kube=false -A -v -o json "$dir" 2>&1 >/dev/null \
        | sed -n 's/.*(\(load [^,]*, analysis [^,]*\),.*/\1/p' | tail -1 || true)
    fi
    printf '%-8s %-9s %-8s %8s %8s %14s %12s  %s\n' "$n" "$count" "$step" "$t" "$cpu" "$rate" "$mb" "$split"
  done
done
