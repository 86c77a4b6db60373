#!/usr/bin/env bash
# Time `sailctl kube-inject` against the real `istioctl kube-inject` on the same file of N
# Deployments (default 200), with the same --injectConfigFile/--meshConfigFile/--valuesFile
# (sailctl's own rendered injector config, tests/fixtures/kube-inject). Prints the median of
# RUNS runs of each and the ratio. Needs a release build and target/real's istioctl
# (tools/real-cluster/build.sh); skips with a message without them.
#
#   benches/kube_inject.sh [N]
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
n="${1:-200}"
runs="${RUNS:-5}"
bin="${SAILCTL:-$here/target/release/sailctl}"
istioctl="$(ls -d "$here"/target/real/istio-*/istioctl 2>/dev/null | head -1 || true)"
if [[ ! -x "$bin" || -z "$istioctl" ]]; then
  echo "skip: need $bin (cargo build --release) and target/real/istio-*/istioctl (tools/real-cluster/build.sh)"
  exit 0
fi
fx="$here/tests/fixtures/kube-inject"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for i in $(seq 1 "$n"); do
  cat <<YAML
apiVersion: apps/v1
kind: Deployment
metadata:
  name: app-$i
  namespace: bench
spec:
  selector:
    matchLabels: {app: app-$i}
  template:
    metadata:
      labels: {app: app-$i, version: v1}
    spec:
      containers:
      - name: app
        image: docker.io/library/nginx:1.27
        ports: [{containerPort: 8080, name: http}]
        readinessProbe: {httpGet: {path: /ready, port: http}}
---
YAML
done > "$work/apps.yaml"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
time_one() {
  local start end
  start=$(date +%s.%N)
  KUBECONFIG=/nonexistent HOME="$work" "$@" kube-inject -r default -f "$work/apps.yaml" -o "$work/out.yaml" \
    --injectConfigFile "$fx/inject-config.yaml" --meshConfigFile "$fx/mesh.yaml" --valuesFile "$fx/values.json" 2>/dev/null
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}
s=$(for _ in $(seq "$runs"); do time_one "$bin"; done | median)
i=$(for _ in $(seq "$runs"); do time_one "$istioctl"; done | median)
echo "kube-inject of $n Deployments (median of $runs): sailctl ${s}s, istioctl ${i}s, istioctl/sailctl = $(echo "scale=1; $i / $s" | bc)x"
