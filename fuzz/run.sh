#!/usr/bin/env bash
# Run one fuzz target (built by fuzz/build.sh, seeded by fuzz/make_corpora.py) for SECONDS,
# at the lowest priority, with the dictionary; crashers land in fuzz/artifacts/TARGET/.
#   fuzz/run.sh load 300
set -euo pipefail
cd "$(dirname "$0")"
target=${1:?target: load, analyze, validate, config_dump, set_values or kubeconfig}
secs=${2:-300}
triple=$(rustc -vV | sed -n 's/^host: //p')
bin=../target/$triple/release/$target
mkdir -p "corpus/$target" "artifacts/$target"
# -close_fd_mask=1: the proxy-config views print tables; stdout goes nowhere
exec nice -n 19 "$bin" "corpus/$target" -dict=sailctl.dict -max_total_time="$secs" \
  -rss_limit_mb=2048 -timeout=30 -max_len=262144 -close_fd_mask=1 -print_final_stats=1 \
  -artifact_prefix="artifacts/$target/"
