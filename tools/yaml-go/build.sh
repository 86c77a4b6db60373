#!/usr/bin/env bash
# Builds tools/yaml-go (kubectl's YAML decoding: sigs.k8s.io/yaml over go-yaml v2, pinned in
# go.mod/go.sum) into target/yaml-go/<hash>/yaml-go, <hash> covering go.mod, go.sum and the
# sources; reused when present. Prints the binary's path.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
go="${GO:-go}"
command -v "$go" >/dev/null 2>&1 || go=/usr/local/go/bin/go
hash="$(cat "$here/go.mod" "$here/go.sum" "$here"/*.go | sha256sum | cut -c1-16)"
out="${CARGO_TARGET_DIR:-$root/target}/yaml-go/$hash"
if [ ! -x "$out/yaml-go" ]; then
  mkdir -p "$out"
  (cd "$here" && CGO_ENABLED=0 "$go" build -mod=readonly -trimpath -o "$out/yaml-go.tmp" .)
  mv "$out/yaml-go.tmp" "$out/yaml-go"
fi
echo "$out/yaml-go"
