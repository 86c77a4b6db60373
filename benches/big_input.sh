#!/usr/bin/env bash
# Time and peak memory of sailctl on big and hostile YAML (issue 11): the README's big-input table.
#
#   benches/big_input.sh [MB]     (MB of YAML for the big validate row; default 200)
#
# Generates every input under ${TMPDIR:-/tmp}/sailctl-big-input, runs target/release/sailctl on
# each (building it if missing) and prints one Markdown row per input: size, seconds, peak RSS,
# RSS / input, exit code and sailctl's last line of output.
set -euo pipefail
cd "$(dirname "$0")/.."
mb="${1:-200}"
bin=target/release/sailctl
[ -x "$bin" ] || cargo build --release --quiet
dir="${TMPDIR:-/tmp}/sailctl-big-input"
mkdir -p "$dir"
python3 - "$dir" "$mb" <<'PY'
import os, sys
d, mb = sys.argv[1], int(sys.argv[2])
def vs(i, indent):
    p = " " * indent
    return (f"{p}apiVersion: networking.istio.io/v1\n{p}kind: VirtualService\n{p}metadata:\n"
            f"{p}  name: vs-{i}\n{p}  namespace: default\n{p}spec:\n{p}  hosts: [h{i}.example.com]\n"
            f"{p}  http:\n{p}  - route:\n{p}    - destination:\n{p}        host: missing-{i}.default.svc.cluster.local\n")
n = 4000
with open(f"{d}/docs-4000.yaml", "w") as f:
    f.write("---\n".join(vs(i, 0) for i in range(n)))
with open(f"{d}/list-4000.yaml", "w") as f:
    f.write("apiVersion: v1\nkind: List\nitems:\n")
    for i in range(n):
        f.write("- " + vs(i, 2)[2:])
with open(f"{d}/list-5000-scalars.yaml", "w") as f:
    f.write("apiVersion: v1\nkind: List\nitems:\n" + "".join(f"- s{i}\n" for i in range(5000)))
# every level anchored, each with a 900-byte string: copies of copies if anchors are cloned
with open(f"{d}/nested-anchors.yaml", "w") as f:
    f.write("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: anchors}\ndata:\n")
    for i in range(400):
        f.write(" " * (2 + 2 * i) + f"k{i}: &a{i}\n" + " " * (4 + 2 * i) + f"s{i}: {'x' * 900}\n")
    f.write(" " * 802 + "z: 1\n")
# many documents of ~2 KB each up to mb MB
doc = vs(0, 0)
with open(f"{d}/docs-{mb}mb.yaml", "w") as f:
    i, size = 0, 0
    while size < mb * 1000 * 1000:
        t = vs(i, 0) + "---\n"
        f.write(t); size += len(t); i += 1
# one 20 MB List, and one of mb MB with its kind after the items (as kubectl writes it)
def big_list(path, megabytes, kind_last):
    with open(path, "w") as f:
        f.write("apiVersion: v1\nitems:\n" if kind_last else "apiVersion: v1\nkind: List\nitems:\n")
        i, size = 0, 0
        while size < megabytes * 1000 * 1000:
            t = "- " + vs(i, 2)[2:]
            f.write(t); size += len(t); i += 1
        if kind_last:
            f.write("kind: List\nmetadata:\n  resourceVersion: \"\"\n")
big_list(f"{d}/list-20mb.yaml", 20, False)
big_list(f"{d}/list-{mb}mb.yaml", mb, True)
# a million keys in one mapping
with open(f"{d}/million-keys.yaml", "w") as f:
    f.write("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: big}\ndata:\n")
    f.write("".join(f"  k{i}: v\n" for i in range(1000000)))
# 100k-deep flow nesting
with open(f"{d}/deep.yaml", "w") as f:
    f.write("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: deep}\ndata: " + "[" * 100000 + "]" * 100000 + "\n")
with open(f"{d}/nul.yaml", "wb") as f:
    f.write(b"apiVersion: v1\nkind: ConfigMap\x00\n")
with open(f"{d}/bad-utf8.yaml", "wb") as f:
    f.write(b"apiVersion: v1\nkind: ConfigMap\nmetadata: {name: \xff}\n")
with open(f"{d}/bom-crlf.yaml", "wb") as f:
    f.write(b"\xef\xbb\xbf" + vs(1, 0).replace("\n", "\r\n").encode())
PY
row() { # label, command, input
    local label="$1" cmd="$2" input="$3"
    local size out rc wall rss last
    size=$(stat -c %s "$input")
    /usr/bin/time -o /tmp/sailctl-big-time -f '%e %M %x' "$bin" $cmd "$input" >/tmp/sailctl-big-out 2>&1 || true
    read -r wall rss rc < <(tail -1 /tmp/sailctl-big-time)
    last=$(grep -v '^\s*$' /tmp/sailctl-big-out | tail -1 | cut -c1-90 | tr '|' '/')
    printf '| %s | `sailctl %s` | %.1f MB | %s s | %.1f MB | %.1f× | %s | %s |\n' \
        "$label" "$cmd" "$(echo "$size/1000000" | bc -l)" "$wall" "$(echo "$rss*1024/1000000" | bc -l)" \
        "$(echo "$rss*1024/$size" | bc -l)" "$rc" "$last"
}
echo '| input | command | size | time | peak RSS | RSS/input | exit | last line |'
echo '|---|---|---|---|---|---|---|---|'
row "4,000 VirtualServices as documents" "analyze --use-kube=false --closed-world" "$dir/docs-4000.yaml"
row "the same 4,000 as one List" "analyze --use-kube=false --closed-world" "$dir/list-4000.yaml"
row "List of 5,000 scalars" "validate -f" "$dir/list-5000-scalars.yaml"
row "400 nested anchors" "validate -f" "$dir/nested-anchors.yaml"
row "${mb} MB of documents" "validate -f" "$dir/docs-${mb}mb.yaml"
row "20 MB as one List" "validate -f" "$dir/list-20mb.yaml"
row "${mb} MB as one List (kind last)" "validate -f" "$dir/list-${mb}mb.yaml"
row "a million keys" "validate -f" "$dir/million-keys.yaml"
row "100k-deep nesting" "validate -f" "$dir/deep.yaml"
row "NUL byte" "validate -f" "$dir/nul.yaml"
row "invalid UTF-8" "validate -f" "$dir/bad-utf8.yaml"
row "BOM and CRLF" "validate -f" "$dir/bom-crlf.yaml"
