#!/usr/bin/env python3
"""sailctl and the real istioctl, timed side by side on the same inputs in one run.

    benches/vs_istioctl.py [--rounds N] [--big] [--only PATTERN] [--istioctl PATH] [--sailctl PATH]

istioctl is built from the pinned istio.io/istio module of the real-cluster tier
(tools/real-cluster/build.sh istio, cached under target/real/) unless --istioctl names one.
Inputs come from ../shared/bench (gen-mesh, gen-configdump) and are generated once under
$TMPDIR/sailctl-vs-istioctl. Each case runs both tools --rounds times (default 5), alternating
which goes first, and reports the median wall time, the median peak RSS (GNU time's %M) and the
ratios istioctl / sailctl. --big adds gen-mesh 20000 (analyze and validate, one file);
--only runs the cases whose name matches a regular expression (`--only '^analyze'`).

Both tools must succeed (or fail the same way: analyze exits 79 on the planted issues) in every
round, otherwise the case is reported as an error rather than timed.
"""

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# reports the peak RSS of the tool it runs (see `measure`)
GNU_TIME = "/usr/bin/time"


def shared() -> Path:
    for cand in (ROOT.parent / "shared", Path("/work/shared")):
        if (cand / "bench" / "gen-mesh").exists():
            return cand
    sys.exit("error: ../shared/bench (gen-mesh, gen-configdump) not found")


def build_istioctl() -> Path:
    out = subprocess.run(
        [str(ROOT / "tools/real-cluster/build.sh"), "istio"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] == "BIN" and parts[1] == "istioctl":
            return Path(parts[2])
    sys.exit("error: tools/real-cluster/build.sh istio printed no istioctl")


def measure(argv: list[str], ok_codes: set[int]) -> tuple[float, int]:
    """Wall seconds and peak RSS (KB) of one run.

    The tool is started by GNU time (`-f %M -o FILE`), spawned directly (posix_spawn) and reaped
    with wait4: no shell and no pipe in between, so a 5 ms start-up is not buried under the
    harness's own few milliseconds (the floor is printed: the same path to /bin/true). The peak
    RSS is GNU time's report for the child it forked: the rusage of a process this harness
    spawns itself starts at Python's own peak (posix_spawn shares the parent's memory until
    exec, and the kernel carries that peak over), which floored small figures near 16 MB.
    stderr goes to a temporary file, read only when the exit code is not accepted.
    """
    with (
        tempfile.TemporaryFile() as err,
        tempfile.NamedTemporaryFile(mode="r") as rss,
        open(os.devnull, "wb") as null,
    ):
        actions = [
            (os.POSIX_SPAWN_DUP2, null.fileno(), 1),
            (os.POSIX_SPAWN_DUP2, err.fileno(), 2),
        ]
        timed = [GNU_TIME, "-f", "%M", "-o", rss.name, *argv]
        start = time.perf_counter()
        pid = os.posix_spawn(GNU_TIME, timed, os.environ, file_actions=actions, setpgroup=0)
        killer = threading.Timer(1800, os.killpg, (pid, 9))
        killer.start()
        _, status = os.waitpid(pid, 0)
        killer.cancel()
        wall = time.perf_counter() - start
        code = os.waitstatus_to_exitcode(status)
        if code not in ok_codes:
            err.seek(0)
            last = err.read().decode(errors="replace").strip().splitlines()[-1:]
            raise RuntimeError(f"{' '.join(argv)} exited {code}: {last}")
        peak = rss.read().split()
    if not peak or not peak[-1].isdigit():
        raise RuntimeError(f"{' '.join(argv)}: GNU time reported no peak RSS")
    return wall, int(peak[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--big", action="store_true")
    ap.add_argument("--istioctl")
    ap.add_argument("--sailctl", default=str(ROOT / "target/release/sailctl"))
    ap.add_argument("--only", metavar="PATTERN",
                    help="run only the cases whose name matches this regular expression "
                         "(e.g. '^analyze')")
    args = ap.parse_args()
    if not os.access(GNU_TIME, os.X_OK):
        sys.exit(f"error: {GNU_TIME} (GNU time) is needed to measure peak RSS")

    def wanted(name: str) -> bool:
        return args.only is None or re.search(args.only, name) is not None

    sail = Path(args.sailctl)
    if not sail.exists():
        subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    istio = Path(args.istioctl) if args.istioctl else build_istioctl()
    sh = shared()
    work = Path(os.environ.get("TMPDIR", "/tmp")) / "sailctl-vs-istioctl"
    work.mkdir(parents=True, exist_ok=True)

    def mesh(n: int) -> tuple[Path, Path]:
        d = work / f"mesh-{n}"
        f = work / f"mesh-{n}.yaml"
        if not d.exists():
            tmp = work / f"mesh-{n}.tmp"
            shutil.rmtree(tmp, ignore_errors=True)
            subprocess.run(
                [sys.executable, str(sh / "bench/gen-mesh"), "--services", str(n),
                 "--issues", "0.05", "--out", str(tmp)],
                check=True, stdout=subprocess.DEVNULL,
            )
            tmp.rename(d)
        if not f.exists():
            with open(f, "w") as out:
                for part in sorted(d.iterdir()):
                    out.write(part.read_text())
                    out.write("\n---\n")
        return d, f

    def dump(n: int) -> Path:
        f = work / f"configdump-{n}.json"
        if not f.exists():
            with open(f.with_suffix(".tmp"), "w") as out:
                subprocess.run(
                    [sys.executable, str(sh / "bench/gen-configdump"), "--services", str(n)],
                    check=True, stdout=out,
                )
            f.with_suffix(".tmp").rename(f)
        return f

    d2k, f2k = mesh(2000)
    # (name, sailctl args, istioctl args, accepted exit codes)
    cases = [
        ("version --remote=false (start-up)", ["version", "--remote=false"],
         ["version", "--remote=false"], {0}),
        ("validate gen-mesh 2000, one file", ["validate", "-f", str(f2k)],
         ["validate", "-f", str(f2k)], {0, 1}),
        ("validate gen-mesh 2000, 40-file dir", ["validate", "-f", str(d2k)],
         ["validate", "-f", str(d2k)], {0, 1}),
        ("analyze gen-mesh 2000, one file", ["analyze", "--use-kube=false", "-A", str(f2k)],
         ["analyze", "--use-kube=false", "-A", str(f2k)], {0, 79}),
        ("analyze gen-mesh 2000, 40-file dir", ["analyze", "--use-kube=false", "-A", str(d2k)],
         ["analyze", "--use-kube=false", "-A", str(d2k)], {0, 79}),
        ("manifest generate --set profile=demo", ["manifest", "generate", "--set", "profile=demo"],
         ["manifest", "generate", "--set", "profile=demo"], {0}),
    ]
    for view in ("cluster", "route", "all"):
        name = f"proxy-config {view} --file (46 MB dump)"
        if wanted(name):
            cfg = dump(11000)
            cases.append((name, ["proxy-config", view, "--file", str(cfg)],
                          ["proxy-config", view, "--file", str(cfg)], {0}))
    if args.big:
        _, f20k = mesh(20000)
        cases += [
            ("validate gen-mesh 20000, one file", ["validate", "-f", str(f20k)],
             ["validate", "-f", str(f20k)], {0, 1}),
            ("analyze gen-mesh 20000, one file",
             ["analyze", "--use-kube=false", "-A", str(f20k)],
             ["analyze", "--use-kube=false", "-A", str(f20k)], {0, 79}),
        ]

    cases = [c for c in cases if wanted(c[0])]
    if not cases:
        sys.exit(f"no case matches --only {args.only!r}")

    sv = subprocess.run([str(sail), "version", "--remote=false"], capture_output=True, text=True).stdout.strip()
    iv = subprocess.run([str(istio), "version", "--remote=false"], capture_output=True, text=True).stdout.strip()
    print(f"sailctl: {sv}  ({sail})")
    print(f"istioctl: {iv}  ({istio})")
    floor = statistics.median(measure(["/bin/true"], {0})[0] for _ in range(20))
    print(f"rounds: {args.rounds}, medians; cores: {os.cpu_count()}; "
          f"harness floor (spawning /bin/true): {floor * 1000:.1f} ms")
    print()
    print("| case | sailctl | istioctl | time ratio | sailctl RSS | istioctl RSS | RSS ratio |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for name, sargs, iargs, ok in cases:
        s_t, s_m, i_t, i_m = [], [], [], []
        try:
            for r in range(args.rounds):
                order = [(sail, sargs, s_t, s_m), (istio, iargs, i_t, i_m)]
                if r % 2:
                    order.reverse()
                for binp, a, ts, ms in order:
                    t, m = measure([str(binp)] + a, ok)
                    ts.append(t)
                    ms.append(m)
        except (RuntimeError, subprocess.TimeoutExpired) as e:
            print(f"| {name} | error: {e} | | | | | |")
            continue
        st, it = statistics.median(s_t), statistics.median(i_t)
        sm, im = statistics.median(s_m), statistics.median(i_m)
        print(f"| {name} | {st:.3f} s | {it:.3f} s | **{it / st:.1f}×** | "
              f"{sm * 1024 / 1e6:.0f} MB | {im * 1024 / 1e6:.0f} MB | {sm / im:.2f} |", flush=True)


if __name__ == "__main__":
    main()
