#!/usr/bin/env python3
"""Differential check: sailctl's YAML loader against PyYAML, or against kubectl's own decoding
(go-yaml v2 through sigs.k8s.io/yaml: tools/yaml-go), on every YAML file under DIRs.

    cargo build --example yaml_json
    python3 tools/yaml_diff.py [--bin target/debug/examples/yaml_json] DIR...
    python3 tools/yaml_diff.py --go "$(tools/yaml-go/build.sh)" DIR...

For each .yaml/.yml file, compares the documents both read (null documents dropped, as
sailctl and kubectl drop them) after normalising the known, explained differences (against
go-yaml only duplicate-key can arise; the others are PyYAML's):

  yaml11-bool    y/Y/n/N: booleans for kubectl's go-yaml v2 and for sailctl, which types plain
                 scalars as go-yaml v2 does; strings for PyYAML (its YAML 1.1 resolver has
                 no y/n).
  yaml11-number  0o755 and 1_000 (numbers for go-yaml v2 and sailctl, strings for PyYAML),
                 1:20 (sexagesimal: a number for PyYAML only), 1e3 (a string for PyYAML).
  duplicate-key  sailctl rejects a mapping with a repeated key, as kubectl's strict decoding
                 does ("key ... already set in map"); PyYAML, and go-yaml in the
                 YAMLToJSON that tools/yaml-go calls, keep the last value.
  glued-colon    [a, 2001:db8::] is the string "2001:db8::" for go-yaml and sailctl, a
                 one-pair mapping for PyYAML.
  eof-newline    a literal block scalar that ends the file without a final line break: saphyr
                 adds a "\n" that go-yaml and PyYAML do not; sailctl removes it, so this
                 should no longer appear (kept to name it if it comes back).
  Files that neither parser reads (Helm templates with {{ }}) are counted apart.

Prints a summary (files, documents, agreeing documents, explained and unexplained
differences) and every unexplained difference; exits 1 if there is one.
"""
import argparse, json, os, re, subprocess, sys
import yaml


class Loader(yaml.SafeLoader):
    pass


# keep timestamps as text (Kubernetes objects carry them as strings)
Loader.add_constructor("tag:yaml.org,2002:timestamp", lambda l, n: l.construct_scalar(n))

YAML11_BOOL = re.compile(r"^(y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$")
YAML11_NUMBER = re.compile(
    r"^([-+]?0[0-7_]+|0o[0-7]+|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?"
    r"|[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?[0-9_,]+|0b[01_]+|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$"
)


def norm(v):
    if isinstance(v, dict):
        return {str(k) if not isinstance(k, bool) else json.dumps(k): norm(x) for k, x in v.items()}
    if isinstance(v, list):
        return [norm(x) for x in v]
    if isinstance(v, bytes):
        return v
    if isinstance(v, float) and v == int(v) and abs(v) < 2**53:
        return float(v)
    return v


def diff(a, b, path=""):
    """First difference between sailctl's value a and the reference's b: (path, a, b) or None."""
    if isinstance(a, dict) and isinstance(b, dict):
        for k in list(a) + [k for k in b if k not in a]:
            if k not in a or k not in b:
                return (f"{path}.{k}", k, "<key only one side has>")
            d = diff(a[k], b[k], f"{path}.{k}")
            if d:
                return d
        return None
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            return (path, f"{len(a)} items", f"{len(b)} items")
        for i, (x, y) in enumerate(zip(a, b)):
            d = diff(x, y, f"{path}[{i}]")
            if d:
                return d
        return None
    if isinstance(a, bool) != isinstance(b, bool):
        return (path, a, b)
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        return None if float(a) == float(b) else (path, a, b)
    return None if a == b else (path, a, b)


def explained(d, source_lines=()):
    _, a, b = d
    for v in (a, b):
        if isinstance(v, str) and YAML11_BOOL.match(v):
            return "yaml11-bool"
        if isinstance(v, str) and YAML11_NUMBER.match(v):
            return "yaml11-number"
    if isinstance(a, str) and isinstance(b, dict) and len(b) == 1 and a.endswith(":"):
        return "glued-colon"
    if isinstance(a, str) and isinstance(b, str) and a == b + "\n":
        return "eof-newline"
    if isinstance(a, int) and isinstance(b, int) and any(
        re.search(rf":\s*0{a}\b", line) for line in source_lines
    ):
        return "yaml11-number"
    return None


def read_all(cmd, files):
    """One JSON line per file from a reader in yaml_json's format, by file name."""
    out = {}
    for i in range(0, len(files), 200):
        run = subprocess.run(cmd + files[i : i + 200], capture_output=True, text=True, check=True)
        for line in run.stdout.splitlines():
            r = json.loads(line)
            out[r["file"]] = r
    return out


def pyyaml(f):
    """(accepted, documents, first error) for PyYAML."""
    try:
        with open(f, "rb") as fh:
            return True, [norm(d) for d in yaml.load_all(fh, Loader=Loader) if d is not None], None
    except Exception as e:  # noqa: BLE001 - any PyYAML failure is a verdict to compare
        return False, [], str(e).splitlines()[0]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default="target/debug/examples/yaml_json")
    ap.add_argument("--go", help="tools/yaml-go's binary: compare with kubectl's decoding, not PyYAML")
    ap.add_argument("dirs", nargs="+")
    args = ap.parse_args()
    files = []
    for d in args.dirs:
        for root, _, names in os.walk(d):
            files += [os.path.join(root, n) for n in sorted(names) if n.endswith((".yaml", ".yml"))]
    files.sort()
    ours = read_all([args.bin], files)
    theirs = read_all([args.go], files) if args.go else {}
    ref = "go-yaml" if args.go else "PyYAML"
    stats = dict(reference=ref, files=len(files), docs=0, same=0, both_reject=0, unexplained=0)
    report = []
    for f in files:
        if args.go:
            g = theirs[f]
            ok_py, err_py = not g["errors"], (g["errors"] or [None])[0]
            py = [norm(d) for d in g["documents"]] if ok_py else []
        else:
            ok_py, py, err_py = pyyaml(f)
        r = ours[f]
        ok_us = not r["errors"]
        if not ok_py and not ok_us:
            stats["both_reject"] += 1
            continue
        if ok_py and not ok_us and "duplicate key" in r["errors"][0]:
            stats["duplicate-key"] = stats.get("duplicate-key", 0) + 1
            continue
        if ok_py != ok_us:
            stats["unexplained"] += 1
            report.append(f"{f}: sailctl {'accepts' if ok_us else 'rejects: ' + r['errors'][0]}; "
                          f"{ref} {'accepts' if ok_py else 'rejects: ' + str(err_py)}")
            continue
        us = r["documents"]
        if len(us) != len(py):
            stats["unexplained"] += 1
            report.append(f"{f}: sailctl reads {len(us)} documents, {ref} {len(py)}")
            continue
        with open(f, encoding="utf-8", errors="replace") as fh:
            lines = fh.read().splitlines()
        for i, (a, b) in enumerate(zip(us, py)):
            stats["docs"] += 1
            d = diff(a, b)
            why = d and not args.go and explained(d, lines)
            if d is None:
                stats["same"] += 1
            elif why:
                stats[why] = stats.get(why, 0) + 1
            else:
                stats["unexplained"] += 1
                report.append(f"{f} document {i + 1}: {d[0]}: sailctl {d[1]!r:.80} {ref} {d[2]!r:.80}")
    for line in report:
        print(line)
    print(json.dumps(stats))
    return 1 if stats["unexplained"] else 0


if __name__ == "__main__":
    sys.exit(main())
