#!/usr/bin/env python3
"""Differential parity: sailctl and the real istioctl on the same inputs, in the same run.

    tools/parity/run.py [--istioctl PATH] [--sailctl PATH] [--input DIR]... [--only CMD]
                        [--json REPORT] [--show N]

Commands compared (what users depend on):
  analyze   `analyze --use-kube=false -A -o json` on every YAML input file alone (and on each
            analyze conformance case's input set, with its mesh config): the multisets of
            (code, origin, level). sailctl runs with --closed-world when it offers it (the
            files are the whole cluster, as istioctl assumes).
  validate  `validate -f FILE`: the verdict (valid / invalid) per file.
  manifest  `manifest generate` for every profile and every IstioOperator file among the
            inputs: objects by (kind, namespace, name), then field by field (after dropping
            what the API server would not store: null fields, empty labels/annotations).
            istioctl gets sailctl's release hub and tag (see compare_manifest).
  kube-inject  a hook (run_kube_inject) for when `sailctl kube-inject` exists; reported as
            "not run" until then.

Inputs: tests/fixtures, ../shared/conformance/{analyze,validate}, plus every --input DIR (for
example public configurations brought with the search tool's fetch; never committed).

Every difference is either allowlisted in tools/parity/allowlist.json (one reason each: why
sailctl is right; an analyze entry may also name `message`, a pattern over the messages'
"field: text", and `istioctl_runs: varied`, which holds when the message's count changes when
istioctl runs again on the input, up to 24 times), a known gap (an entry with "gap": true: explained, not claimed right, counted
in its own column) or a disagreement. Exit 1 when any disagreement is unexplained. The last
lines are the table README.md carries.
"""

import argparse
import fnmatch
import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent


def shared() -> Path | None:
    for cand in (ROOT.parent / "shared", Path("/work/shared")):
        if (cand / "conformance").exists():
            return cand
    return None


def build_istioctl() -> Path:
    out = subprocess.run([str(ROOT / "tools/real-cluster/build.sh"), "istio"], check=True,
                         capture_output=True, text=True).stdout
    for line in out.splitlines():
        p = line.split()
        if len(p) == 3 and p[:2] == ["BIN", "istioctl"]:
            return Path(p[2])
    sys.exit("error: tools/real-cluster/build.sh istio printed no istioctl")


def run(argv, cwd=None):
    p = subprocess.run(argv, capture_output=True, text=True, cwd=cwd, timeout=600)
    return p.returncode, p.stdout, p.stderr


class Allow:
    def __init__(self, path: Path):
        self.entries = json.loads(path.read_text()) if path.exists() else []
        self.used = Counter()

    def why(self, command: str, **facts) -> str | None:
        for i, e in enumerate(self.entries):
            if e.get("command") != command:
                continue
            ok = True
            for k, v in e.items():
                if k in ("command", "reason", "gap"):
                    continue
                have = facts.get(k)
                if have is None or not fnmatch.fnmatchcase(str(have), str(v)):
                    ok = False
                    break
            if ok:
                self.used[i] += 1
                return ("KNOWN GAP: " if e.get("gap") else "") + e["reason"]
        return None

    @staticmethod
    def bucket(*reasons) -> str:
        """disagree when a difference is unexplained; gap when one is a known gap of sailctl
        (allowlisted with `"gap": true`: explained, not claimed right); else allowlisted."""
        if any(r is None for r in reasons):
            return "disagree"
        if any(r.startswith("KNOWN GAP") for r in reasons):
            return "gap"
        return "allowlisted"


def yaml_files(dirs):
    out = []
    for d in dirs:
        for p in sorted(Path(d).rglob("*")):
            if p.suffix in (".yaml", ".yml") and p.is_file():
                out.append(p)
    return out


def messages(stdout: str):
    """(code, origin, level) of every message of `analyze -o json`."""
    stdout = stdout.strip()
    if not stdout:
        return Counter()
    try:
        doc = json.loads(stdout)
    except json.JSONDecodeError:
        return None
    if isinstance(doc, dict):
        doc = doc.get("messages", [])
    return Counter((m.get("code"), m.get("origin", ""), m.get("level")) for m in doc)


def message_texts(stdout: str) -> dict:
    """(code, origin, level) -> the texts of those messages ("field: message"), for allowlist
    entries that name what a message says (`message`)."""
    out = {}
    try:
        doc = json.loads(stdout.strip() or "[]")
    except json.JSONDecodeError:
        return out
    if isinstance(doc, dict):
        doc = doc.get("messages", [])
    for m in doc:
        key = (m.get("code"), m.get("origin", ""), m.get("level"))
        text = m.get("message", "")
        if m.get("field"):
            text = f"{m['field']}: {text}"
        out.setdefault(key, []).append(text)
    return out


ISTIOCTL_RERUNS = 24


class IstioctlRuns:
    """istioctl run again on the same input, as often as needed (at most ISTIOCTL_RERUNS times)
    to see whether a message's count changes from run to run: it walks some of its stores in
    Go map order. Asked only for a difference no allowlist entry explains otherwise; one on
    such a message is then matched with `istioctl_runs: varied`."""

    def __init__(self, ist, args, first):
        self.ist, self.args, self.runs = ist, args, [first]

    def varies(self, key) -> bool:
        while True:
            if len({r[key] for r in self.runs}) > 1:
                return True
            if len(self.runs) > ISTIOCTL_RERUNS:
                return False
            rc, out, _ = run([str(self.ist)] + self.args)
            m = messages(out) if rc in (0, 79) else None
            if m is None:
                return False
            self.runs.append(m)


def analyze_args(sail_has_closed_world: bool, files, mesh=None):
    sail = ["analyze", "--use-kube=false", "-A", "-o", "json"]
    if sail_has_closed_world:
        sail.append("--closed-world")
    ist = ["analyze", "--use-kube=false", "-A", "-o", "json"]
    if mesh:
        sail += ["--meshConfigFile", str(mesh)]
        ist += ["--meshConfigFile", str(mesh)]
    return sail + [str(f) for f in files], ist + [str(f) for f in files]


def istioctl_file_mode_skips(sh: Path | None) -> set[str]:
    """Analyzers istioctl's file mode does not run (they read Pods, Services, Namespaces,
    Secrets, webhooks: kinds it takes only from a cluster), from the analyze conformance data."""
    if not sh:
        return set()
    cases = json.loads((sh / "conformance/analyze/cases.json").read_text())
    return {c["analyzer"] for c in cases if c.get("istioctl_file_mode_skips_analyzer")}


def compare_analyze(report, allow, sail, ist, label, files, closed, mesh=None, same=None):
    """`same`: the --analyzer flags that select what istioctl's file mode runs. A message of
    sailctl's full run that the same-analyzer run lacks comes from an analyzer istioctl skips
    in file mode: sailctl reads those kinds from files, by design."""
    sa, ia = analyze_args(closed, files, mesh)
    s_rc, s_out, s_err = run([str(sail)] + sa)
    i_rc, i_out, i_err = run([str(ist)] + ia)
    sm, im = messages(s_out), messages(i_out)
    case = {"input": label, "sailctl_exit": s_rc, "istioctl_exit": i_rc}
    if sm is None or im is None or s_rc not in (0, 79) or i_rc not in (0, 79):
        # one side could not read the input: compare verdicts only
        verdict = lambda rc: "unreadable" if rc not in (0, 79) else "read"
        s_v, i_v = verdict(s_rc), verdict(i_rc)
        if s_v == i_v:
            report["analyze"]["agree"] += 1
            return
        why = allow.why("analyze", input=label, code="(input)", side=f"sailctl-{s_v}")
        case["difference"] = f"sailctl {s_v} (exit {s_rc}), istioctl {i_v} (exit {i_rc}): " \
            + (s_err.strip() or i_err.strip())[:200]
        case["reason"] = why
        report["analyze"][allow.bucket(why)] += 1
        report["analyze"]["cases"].append(case)
        return
    only_s = sm - im
    only_i = im - sm
    if not only_s and not only_i:
        report["analyze"]["agree"] += 1
        return
    same_msgs = sm
    if same is not None and only_s:
        rc, out, _ = run([str(sail)] + sa[:-len(files)] + same + [str(f) for f in files])
        same_msgs = messages(out) if rc in (0, 79) else sm
        same_msgs = same_msgs if same_msgs is not None else sm
    diffs = []
    unexplained = False
    reruns = IstioctlRuns(ist, ia, im)
    texts = {"sailctl-only": message_texts(s_out), "istioctl-only": message_texts(i_out)}
    by_design = ("from an analyzer istioctl's file mode does not run (it needs Pods, Services, "
                 "Namespaces, Secrets or webhooks, which sailctl reads from files)")
    for side, c in (("sailctl-only", only_s), ("istioctl-only", only_i)):
        for key, n in sorted(c.items()):
            code, origin, level = key
            kind = origin.split(" ")[0] if origin else ""
            if side == "sailctl-only":
                # occurrences still there when sailctl runs only istioctl's analyzers
                remaining = min(n, max(0, same_msgs[key] - im[key]))
                if n - remaining:
                    report["analyze"]["by_design_messages"] += n - remaining
                    diffs.append({"side": side, "code": code, "origin": origin, "level": level,
                                  "count": n - remaining, "reason": by_design})
                n = remaining
                if not n:
                    continue
            said = " | ".join(texts[side].get(key, []))
            facts = dict(input=label, code=code, side=side, kind=kind, level=level, message=said)
            runs = "stable"
            why = allow.why("analyze", istioctl_runs=runs, **facts)
            if why is None:
                if reruns.varies(key):
                    runs = "varied"
                    why = allow.why("analyze", istioctl_runs=runs, **facts)
            diffs.append({"side": side, "code": code, "origin": origin, "level": level,
                          "count": n, "istioctl_runs": runs, "reason": why})
            unexplained |= why is None
    case["differences"] = diffs
    report["analyze"][allow.bucket(*(d["reason"] for d in diffs))] += 1
    report["analyze"]["cases"].append(case)


def validate_verdict(rc: int, text: str, tool: str) -> str:
    """valid / invalid / unreadable (the file is not YAML, or holds no Kubernetes object)."""
    if rc == 0:
        return "valid"
    if tool == "istioctl" and rc == 1 and ("failed to decode file" in text or "error converting YAML" in text):
        return "unreadable"
    if tool == "sailctl" and rc == 2:
        return "unreadable"
    return "invalid" if rc == 1 else f"exit {rc}"


def compare_validate(report, allow, sail, ist, f):
    s_rc, s_out, s_err = run([str(sail), "validate", "-f", str(f)])
    i_rc, i_out, i_err = run([str(ist), "validate", "-f", str(f)])
    s_said, i_said = (s_out + s_err).strip(), (i_err + i_out).strip()
    s_v, i_v = validate_verdict(s_rc, s_said, "sailctl"), validate_verdict(i_rc, i_said, "istioctl")
    if s_v == i_v:
        report["validate"]["agree"] += 1
        return
    why = allow.why("validate", input=str(f), sailctl=s_v, istioctl=i_v,
                    sailctl_said=s_said, istioctl_said=i_said)
    report["validate"][allow.bucket(why)] += 1
    report["validate"]["cases"].append({
        "input": str(f), "sailctl": s_v, "istioctl": i_v, "reason": why,
        "sailctl_said": s_said.splitlines()[:3],
        "istioctl_said": i_said.splitlines()[-3:],
    })


def objects(stream: str):
    docs = {}
    import re
    import yaml  # PyYAML: both tools print plain block YAML
    # Both tools pass a document without a workload through as written, and PyYAML (unlike
    # YAML 1.2 and kubectl) refuses a tab after a plain scalar (`type: LoadBalancer<TAB>`, in
    # GoogleCloudPlatform/kubernetes-engine-samples): trailing blanks go, on both sides alike.
    stream = re.sub(r"[ \t]+$", "", stream, flags=re.M)
    for d in yaml.safe_load_all(stream):
        if not isinstance(d, dict) or "kind" not in d:
            continue
        md = d.get("metadata") or {}
        # `namespace: null` (or a number) must still sort with the others
        docs[(str(d["kind"]), str(md.get("namespace") or ""), str(md.get("name") or ""))] = d
    return docs


def normalized(v):
    """What the API server stores: null fields dropped (and maps left empty by that), empty
    `labels` / `annotations` maps dropped."""
    if isinstance(v, dict):
        out = {}
        for k, x in v.items():
            if x is None:
                continue
            y = normalized(x)
            if isinstance(y, dict) and not y and (x or k in ("labels", "annotations")):
                continue
            out[k] = y
        return out
    if isinstance(v, list):
        return [normalized(x) for x in v]
    return v


def leaf_diffs(a, b, path=""):
    if isinstance(a, dict) or isinstance(b, dict):
        if (a is None or isinstance(a, dict)) and (b is None or isinstance(b, dict)):
            a, b = a or {}, b or {}
            out = []
            for k in sorted(set(a) | set(b)):
                out += leaf_diffs(a.get(k), b.get(k), f"{path}.{k}" if path else str(k))
            return out
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        out = []
        for i, (x, y) in enumerate(zip(a, b)):
            out += leaf_diffs(x, y, f"{path}[{i}]")
        return out
    return [] if a == b else [path]


def compare_manifest(report, allow, sail, ist, label, args, release_pins=()):
    """`release_pins`: the `--set hub=... --set tag=...` of sailctl's Istio release, given to
    istioctl only: a development istioctl defaults to registry.istio.io/testing and `latest`,
    where the released istioctl of that version defaults to docker.io/istio and its version.
    Inputs that set hub or tag themselves keep theirs."""
    s_rc, s_out, s_err = run([str(sail), "manifest", "generate"] + args)
    i_rc, i_out, i_err = run([str(ist), "manifest", "generate"] + args + list(release_pins))
    if s_rc != 0 or i_rc != 0:
        if (s_rc != 0) == (i_rc != 0):
            report["manifest"]["agree"] += 1
            return
        why = allow.why("manifest", input=label, object="(exit)", path="(exit)")
        report["manifest"][allow.bucket(why)] += 1
        report["manifest"]["cases"].append({"input": label, "sailctl_exit": s_rc, "istioctl_exit": i_rc,
                                            "reason": why, "said": (s_err or i_err).strip()[:300]})
        return
    so, io = objects(s_out), objects(i_out)
    diffs = []
    unexplained = False
    for key in sorted(set(so) | set(io)):
        obj = "/".join(x for x in key if x)
        if key not in io or key not in so:
            side = "sailctl-only" if key not in io else "istioctl-only"
            why = allow.why("manifest", input=label, object=obj, path="(object)", side=side)
            diffs.append({"object": obj, "side": side, "reason": why})
            unexplained |= why is None
            continue
        for p in leaf_diffs(normalized(so[key]), normalized(io[key])):
            why = allow.why("manifest", input=label, object=obj, path=p)
            diffs.append({"object": obj, "path": p, "reason": why})
            unexplained |= why is None
    if not diffs:
        report["manifest"]["agree"] += 1
        return
    report["manifest"][allow.bucket(*(d["reason"] for d in diffs))] += 1
    report["manifest"]["cases"].append({"input": label, "differences": diffs})


def release_pins(sail: Path) -> list[str]:
    """sailctl's Istio release as istioctl --set flags (from `version -o json`)."""
    doc = json.loads(run([str(sail), "version", "--remote=false", "-o", "json"])[1] or "{}")
    tag = doc.get("clientVersion", {}).get("tag")
    hub = run([str(sail), "profile", "dump", "-p", "hub"])[1].strip()
    return ["--set", f"hub={hub}", "--set", f"tag={tag}"] if tag and hub else []


def run_analyze(env, report):
    for f in env.files:
        env.compare_analyze(report, env.label(f), [f])
    if env.shared:
        base = env.shared / "conformance/analyze"
        for c in json.loads((base / "cases.json").read_text()):
            inputs = [base / i for i in c["inputs"]]
            mesh = base / c["mesh_config"] if c.get("mesh_config") else None
            env.compare_analyze(report, f"conformance:{c['id']}", inputs, mesh)


def run_validate(env, report):
    vfiles = list(env.files)
    if env.shared:
        vfiles += yaml_files([env.shared / "conformance/validate"])
    for f in vfiles:
        compare_validate(report, env.allow, env.sail, env.ist, f)


def run_manifest(env, report):
    pins = release_pins(env.sail)
    for prof in ("default", "demo", "minimal", "empty", "remote", "preview", "ambient", "stable"):
        compare_manifest(report, env.allow, env.sail, env.ist, f"profile={prof}",
                         ["--set", f"profile={prof}"], pins)
    for f in env.files:
        text = f.read_text(errors="replace")
        if "kind: IstioOperator" in text and "invalid" not in f.name and "bad" not in f.name:
            # the file's own hub or tag wins: pin only what it leaves to the release
            own = [pins[i:i + 2] for i in range(0, len(pins), 2)
                   if f"{pins[i + 1].split('=')[0]}:" not in text]
            compare_manifest(report, env.allow, env.sail, env.ist, env.label(f), ["-f", str(f)],
                             [x for pair in own for x in pair])


INJECT_FIXTURES = ROOT / "tests/fixtures/kube-inject"
WORKLOAD_KINDS = ("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job", "CronJob", "Pod",
                  "ReplicationController")


def json_in_env(v):
    """JSON held in environment values, parsed: istiod/istioctl write protobuf field order,
    sailctl key order; the agent parses either."""
    if isinstance(v, dict):
        out = {k: json_in_env(x) for k, x in v.items()}
        if isinstance(out.get("value"), str) and out["value"][:1] in "{[" and "name" in out:
            try:
                out["value"] = json.loads(out["value"])
            except ValueError:
                pass
        return out
    if isinstance(v, list):
        return [json_in_env(x) for x in v]
    return v


def run_kube_inject(env, report):
    """Every input with workloads, injected offline by both tools with the same injector config,
    mesh config and values (tests/fixtures/kube-inject, rendered by sailctl), compared object by
    object and leaf by leaf as the API server would store them."""
    flags = ["--injectConfigFile", str(INJECT_FIXTURES / "inject-config.yaml"),
             "--meshConfigFile", str(INJECT_FIXTURES / "mesh.yaml"),
             "--valuesFile", str(INJECT_FIXTURES / "values.json")]
    r = report["kube-inject"]
    for f in env.files:
        text = f.read_text(errors="replace")
        if not any(f"kind: {k}\n" in text for k in WORKLOAD_KINDS):
            continue
        label = env.label(f)
        s_rc, s_out, s_err = run([str(env.sail), "kube-inject", "-f", str(f)] + flags)
        i_rc, i_out, i_err = run([str(env.ist), "kube-inject", "-r", "default",
                                  "--kubeconfig", "/nonexistent", "-f", str(f)] + flags)
        if s_rc != 0 or i_rc != 0:
            if (s_rc != 0) == (i_rc != 0):
                r["agree"] += 1
                continue
            why = env.allow.why("kube-inject", input=label, object="(exit)", path="(exit)",
                                sailctl_said=s_err.strip(), istioctl_said=i_err.strip())
            r[env.allow.bucket(why)] += 1
            r["cases"].append({"input": label, "sailctl_exit": s_rc, "istioctl_exit": i_rc,
                               "reason": why, "said": (s_err or i_err).strip()[:300]})
            continue
        try:
            so, io = objects(s_out), objects(i_out)
        except Exception as e:  # noqa: BLE001 - an unreadable output is a disagreement
            r["disagree"] += 1
            r["cases"].append({"input": label, "reason": None, "said": f"unreadable output: {e}"})
            continue
        diffs = []
        for key in sorted(set(so) | set(io)):
            obj = "/".join(x for x in key if x)
            if key not in so or key not in io:
                side = "sailctl-only" if key not in io else "istioctl-only"
                why = env.allow.why("kube-inject", input=label, object=obj, path="(object)", side=side)
                diffs.append({"object": obj, "side": side, "reason": why})
                continue
            a, b = json_in_env(normalized(so[key])), json_in_env(normalized(io[key]))
            for p in leaf_diffs(a, b):
                why = env.allow.why("kube-inject", input=label, object=obj, path=p)
                diffs.append({"object": obj, "path": p, "reason": why})
        if not diffs:
            r["agree"] += 1
            continue
        r[env.allow.bucket(*(d["reason"] for d in diffs))] += 1
        r["cases"].append({"input": label, "differences": diffs})


# command name -> runner; a new row is one function and one entry here
COMMANDS = {
    "analyze": run_analyze,
    "validate": run_validate,
    "manifest": run_manifest,
    "kube-inject": run_kube_inject,
}


class Env:
    def __init__(self, sail, ist, allow, shared_dir, files, closed, same):
        self.sail, self.ist, self.allow, self.shared = sail, ist, allow, shared_dir
        self.files, self.closed, self.same = files, closed, same

    @staticmethod
    def label(f: Path) -> str:
        return str(f.relative_to(ROOT)) if f.is_relative_to(ROOT) else str(f)

    def compare_analyze(self, report, label, files, mesh=None):
        compare_analyze(report, self.allow, self.sail, self.ist, label, files, self.closed,
                        mesh, same=self.same)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--istioctl")
    ap.add_argument("--sailctl", default=str(ROOT / "target/release/sailctl"))
    ap.add_argument("--input", action="append", default=[])
    ap.add_argument("--only", choices=list(COMMANDS))
    ap.add_argument("--json", help="write the full report here")
    ap.add_argument("--show", type=int, default=15, help="disagreements to print per command")
    a = ap.parse_args()

    sail = Path(a.sailctl)
    if not sail.exists():
        subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    ist = Path(a.istioctl) if a.istioctl else build_istioctl()
    allow = Allow(ROOT / "tools/parity/allowlist.json")
    sh = shared()
    closed = "--closed-world" in run([str(sail), "analyze", "--help"])[1]

    print(f"sailctl:  {run([str(sail), 'version', '--remote=false'])[1].strip()}")
    print(f"istioctl: {run([str(ist), 'version', '--remote=false'])[1].strip()}")
    skipped = istioctl_file_mode_skips(sh)
    listed = run([str(sail), "analyze", "-L"])[1].splitlines()
    same = []
    for line in listed:
        name = line.split()[0] if line.split() else ""
        if name and "not run by default" not in line and name not in skipped:
            same += ["--analyzer", name]

    files = yaml_files([ROOT / "tests/fixtures"] + [Path(d) for d in a.input])
    env = Env(sail, ist, allow, sh, files, closed, same)
    report = {}
    for cmd, runner in COMMANDS.items():
        if a.only in (None, cmd):
            report[cmd] = {"agree": 0, "allowlisted": 0, "gap": 0, "disagree": 0, "cases": [],
                           "by_design_messages": 0}
            runner(env, report)

    total_bad = 0
    table = ["| command | inputs | agree | allowlisted | known gap | disagree |",
             "|---|---|---|---|---|---|"]
    for cmd, r in report.items():
        if r.get("not_run"):
            print(f"{cmd:11} not run: {r['not_run']}")
            table.append(f"| {cmd} | not run: {r['not_run']} | | | | |")
            continue
        n = r["agree"] + r["allowlisted"] + r["gap"] + r["disagree"]
        extra = (f" ({r['by_design_messages']} messages from analyzers istioctl's file mode skips)"
                 if r.get("by_design_messages") else "")
        print(f"{cmd:11} {n:4} inputs: {r['agree']} agree, {r['allowlisted']} allowlisted, "
              f"{r['gap']} known gap, {r['disagree']} disagree{extra}")
        table.append(f"| {cmd} | {n} | {r['agree']} | {r['allowlisted']} | {r['gap']} | {r['disagree']} |")
        total_bad += r["disagree"]
        shown = 0
        for c in r["cases"]:
            if shown >= a.show:
                break
            unexplained = [d for d in c.get("differences", [c]) if not d.get("reason")]
            if not unexplained:
                continue
            shown += 1
            print(f"  ✘ {c['input']}: " + "; ".join(
                json.dumps({k: v for k, v in d.items() if k != "reason" and v is not None},
                           ensure_ascii=False) for d in unexplained[:4])
                  + (f" (+{len(unexplained) - 4} more)" if len(unexplained) > 4 else ""))
    print("\n".join(table))
    unused = [e for i, e in enumerate(allow.entries) if not allow.used[i]]
    if unused and a.only is None:
        print(f"allowlist entries never used: {len(unused)}")
        for e in unused:
            print(f"  {json.dumps({k: v for k, v in e.items() if k != 'reason'})}")
    if a.json:
        Path(a.json).write_text(json.dumps(report, indent=1, ensure_ascii=False))
    sys.exit(1 if total_bad else 0)


if __name__ == "__main__":
    main()
