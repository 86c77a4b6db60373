#!/usr/bin/env python3
"""Run `sailctl analyze --use-kube=false` on real, known-good configuration: every YAML file
alone and the combinations a project's docs apply together (tools/measure-analyze.combos).
Counts exits != 0 and Error/Warning/Info messages; every message on known-good input is a
false positive. The inputs are fetched public repositories, never committed (see
tools/README.md).

    python3 tools/measure-analyze.py --bin target/release/sailctl --root /tmp/real [-v] [EXTRA ARGS]
"""
import argparse
import json
import os
import subprocess
import sys

SKIP_NAMES = {"kustomization.yaml", "Chart.yaml", "values.yaml", "skaffold.yaml"}


def singles(root, dirs):
    out = []
    for d in dirs:
        for base, subdirs, files in os.walk(os.path.join(root, d)):
            subdirs.sort()
            if "/templates" in base or "/addons" in base:
                continue
            for f in sorted(files):
                if f.endswith((".yaml", ".yml")) and f not in SKIP_NAMES:
                    out.append(os.path.relpath(os.path.join(base, f), root))
    return out


def combos(path):
    out = []
    with open(path) as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            name, _, files = line.partition(":")
            out.append((name.strip(), files.split()))
    return out


def run(binary, root, files, extra):
    cmd = [binary, "analyze", "--use-kube=false", "-o", "json", *extra]
    cmd += [os.path.join(root, f) for f in files]
    p = subprocess.run(cmd, capture_output=True, text=True)
    try:
        msgs = json.loads(p.stdout) if p.stdout.strip() else []
    except json.JSONDecodeError:
        msgs = [{"level": "Error", "code": "BADJSON", "message": p.stdout[:200]}]
    return p.returncode, msgs, p.stderr


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--root", required=True, help="directory holding the fetched inputs")
    ap.add_argument("--combos", default=os.path.join(os.path.dirname(__file__), "measure-analyze.combos"))
    ap.add_argument("--dirs", nargs="*", default=["samples", "kubernetes-manifests", "istio-manifests", "gis"])
    ap.add_argument("-v", "--verbose", action="store_true")
    args, extra = ap.parse_known_args()
    cases = [(f, [f]) for f in singles(args.root, args.dirs)]
    ncases_single = len(cases)
    cases += combos(args.combos)
    totals = {"single": [0, 0, 0, 0, 0], "combo": [0, 0, 0, 0, 0]}  # cases, exits!=0, E, W, I
    codes = {}
    for i, (name, files) in enumerate(cases):
        kind = "single" if i < ncases_single else "combo"
        rc, msgs, err = run(args.bin, args.root, files, extra)
        t = totals[kind]
        t[0] += 1
        if rc != 0:
            t[1] += 1
        for m in msgs:
            lvl = m.get("level", "")
            t[2 + ["Error", "Warning", "Info"].index(lvl) if lvl in ("Error", "Warning", "Info") else 4] += 1
            codes[(m.get("code"), lvl)] = codes.get((m.get("code"), lvl), 0) + 1
        if (rc != 0 or msgs) and args.verbose:
            print(f"[{kind}] {name}: exit {rc}")
            for m in msgs:
                print(f"    {m.get('level')} [{m.get('code')}] {m.get('origin', '')} {m.get('message', '')[:140]}")
            for line in err.splitlines():
                if line.startswith("error"):
                    print(f"    stderr: {line[:160]}")
    for kind, t in totals.items():
        print(f"{kind}: {t[0]} cases, {t[1]} exit != 0, {t[2]} Error, {t[3]} Warning, {t[4]} Info")
    for (code, lvl), n in sorted(codes.items(), key=lambda kv: -kv[1]):
        print(f"  {code} {lvl}: {n}")


if __name__ == "__main__":
    sys.exit(main())
