#!/usr/bin/env bash
# Builds the real control plane for sailctl's real-cluster test tier from the pinned Go modules
# under tests/kube/ (kube-apiserver + embedded etcd; istiod's pilot-discovery and istioctl), into
# target/real/<module>-<hash>/, where <hash> covers the module's go.mod, go.sum and Go sources.
# A directory already present is reused (warm build: nothing to do). Prints each module's time.
#
# Usage: tools/real-cluster/build.sh [apiserver|istio]...   (default: both)
# Prints "BIN <name> <path>" for every binary, for the tests to read.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
go="${GO:-go}"
if ! command -v "$go" >/dev/null 2>&1; then
  if [ -x /usr/local/go/bin/go ]; then go=/usr/local/go/bin/go; else
    echo "real-cluster build: no Go toolchain (go not on PATH, nor /usr/local/go/bin/go); the real-cluster tier needs Go >= 1.26 and the Go module proxy" >&2
    exit 3
  fi
fi
target="${CARGO_TARGET_DIR:-$root/target}/real"
mkdir -p "$target"

build_module() {
  local name="$1"; shift
  local src="$root/tests/kube/$name"
  local hash
  hash="$(cd "$src" && cat go.mod go.sum $(ls *.go 2>/dev/null | sort) "$root/tools/real-cluster/build.sh" | sha256sum | cut -c1-16)"
  local out="$target/$name-$hash"
  local start=$SECONDS
  if [ -f "$out/.complete" ]; then
    echo "real-cluster build: $name warm (target/real/$name-$hash), $((SECONDS - start))s" >&2
  else
    echo "real-cluster build: $name cold build into target/real/$name-$hash ..." >&2
    rm -rf "$out.tmp" && mkdir -p "$out.tmp"
    local pkg bin ldflags=""
    if [ "$name" = istio ]; then
      # istio.io/istio stamps its version at link time (istioctl version, istiod's /version):
      # <VERSION file>-dev+<commit of the pseudo-version>.
      local mdir mver
      mdir="$(cd "$src" && "$go" list -m -f '{{.Dir}}' istio.io/istio)"
      mver="$(cd "$src" && "$go" list -m -f '{{.Version}}' istio.io/istio)"
      local v="istio.io/istio/pkg/version"
      local stamp
      stamp="$(tr -d '[:space:]' <"$mdir/VERSION")-dev+${mver##*-}"
      ldflags="-X $v.buildVersion=$stamp -X $v.buildGitRevision=${mver##*-} -X $v.buildStatus=Clean -X $v.buildTag=$stamp"
    fi
    while [ $# -gt 0 ]; do
      bin="$1"; pkg="$2"; shift 2
      (cd "$src" && CGO_ENABLED=0 "$go" build -mod=readonly -buildvcs=false -trimpath -ldflags "$ldflags" -o "$out.tmp/$bin" "$pkg")
    done
    (cd "$src" && "$go" version >"$out.tmp/.go-version" && "$go" list -m -f '{{.Path}} {{.Version}}' all 2>/dev/null | grep -E '^(k8s.io/kubernetes|istio.io/istio|go.etcd.io/etcd/server/v3) ' >"$out.tmp/.versions" || true)
    touch "$out.tmp/.complete"
    rm -rf "$out" && mv "$out.tmp" "$out"
    # Older builds of this module (other go.sum/sources) are dead weight.
    for old in "$target/$name"-*; do
      [ "$old" != "$out" ] && rm -rf "$old"
    done
    echo "real-cluster build: $name built in $((SECONDS - start))s" >&2
  fi
  for f in "$out"/*; do echo "BIN $(basename "$f") $f"; done
}

mods=("$@")
[ ${#mods[@]} -eq 0 ] && mods=(apiserver istio)
for m in "${mods[@]}"; do
  case "$m" in
    apiserver) build_module apiserver realkube . ;;
    istio) build_module istio pilot-discovery istio.io/istio/pilot/cmd/pilot-discovery istioctl istio.io/istio/istioctl/cmd/istioctl ;;
    *) echo "real-cluster build: unknown module '$m' (apiserver|istio)" >&2; exit 2 ;;
  esac
done
