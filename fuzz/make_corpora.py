#!/usr/bin/env python3
"""Build the fuzz targets' seed corpora and dictionary (nothing here is committed).

    python3 fuzz/make_corpora.py            # -> fuzz/corpus/<target>/, fuzz/sailctl.dict

Seeds come from the repository's fixtures and, when present, ../shared (conformance data and
the bench generators), plus variants made here so the analyzers' interesting paths are
reached: non-ASCII names, port names and JWT claim headers (the byte-slicing panics of issue
11 needed them), every Istio kind, a big `kind: List`, anchors and aliases, BOM/CRLF.
The dictionary holds the keys, annotations and labels the analyzers, validation and the
Envoy views read (string literals of src/, property names of schemas/), and YAML syntax.
"""

import hashlib
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FUZZ = os.path.join(ROOT, "fuzz")
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
MAX_SEED = 256 * 1024  # bigger seeds slow every execution


def files_under(top, exts):
    for dirpath, _, names in os.walk(top):
        for n in sorted(names):
            if n.endswith(exts):
                yield os.path.join(dirpath, n)


def read(path):
    with open(path, "rb") as f:
        return f.read()


class Corpus:
    def __init__(self, name):
        self.dir = os.path.join(FUZZ, "corpus", name)
        os.makedirs(self.dir, exist_ok=True)
        self.count = 0

    def add(self, data):
        if isinstance(data, str):
            data = data.encode()
        if not data or len(data) > MAX_SEED:
            return
        name = hashlib.sha1(data).hexdigest()
        with open(os.path.join(self.dir, name), "wb") as f:
            f.write(data)
        self.count += 1


def yaml_sources():
    tops = [os.path.join(ROOT, "tests/fixtures")]
    for sub in ("conformance/analyze", "conformance/validate"):
        p = os.path.join(SHARED, sub)
        if os.path.isdir(p):
            tops.append(p)
    for top in tops:
        yield from files_under(top, (".yaml", ".yml"))


NON_ASCII = [
    ("name: reviews", "name: révïews-ü"),
    ("name: http", "name: grpc-weé"),
    ("name: grpc", "name: grpc-weé"),
    ("namespace: default", "namespace: défault"),
    ("host: reviews", "host: révïews.ünï.svc.cluster.local"),
    ("@request.auth.claims", "@request.auth.claimé…"),
    ("exact: jason", "exact: jäson 名前"),
]


def variants(text):
    """Non-ASCII versions of a fixture (the same shapes, multi-byte strings)."""
    out = []
    for old, new in NON_ASCII:
        if old in text:
            out.append(text.replace(old, new))
    return out


def istio_kinds():
    """One small document of every kind in schemas/ (every Istio kind sailctl knows)."""
    docs = []
    for path in files_under(os.path.join(ROOT, "schemas"), (".json",)):
        rel = os.path.relpath(path, os.path.join(ROOT, "schemas"))
        parts = rel.split(os.sep)
        if len(parts) != 3:
            continue
        group, version, kind = parts[0], parts[1], parts[2][: -len(".json")]
        docs.append(
            f"apiVersion: {group}/{version}\nkind: {kind}\nmetadata:\n  name: ñame-{kind.lower()}\n"
            f"  namespace: default\n  annotations:\n    sidecar.istio.io/inject: \"true\"\nspec: {{}}\n"
        )
    return docs


def synthetic_yaml():
    jwt = """apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: claimé, namespace: default}
spec:
  hosts: [réviews]
  gateways: [gw]
  http:
  - match:
    - headers:
        "@request.auth.claims.groupé": {exact: adminé}
    route:
    - destination: {host: réviews, subset: vé}
"""
    svc = """apiVersion: v1
kind: Service
metadata: {name: wé, namespace: default, labels: {app: wé}}
spec:
  selector: {app: wé}
  ports:
  - {name: grpc-weé, port: 8080, targetPort: 8080}
  - {name: "http-ü", port: 80, appProtocol: "grpc-wé"}
"""
    anchors = """apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata: &m {name: anchors, namespace: default, labels: &l {app: a}}
spec:
  host: a
  subsets:
  - {name: v1, labels: *l}
  - {name: v2, labels: {<<: *l, version: v2}}
"""
    items = []
    for i in range(300):
        items.append(
            f"- apiVersion: networking.istio.io/v1\n  kind: VirtualService\n  metadata: {{name: vs-{i}-é, namespace: ns{i % 7}}}\n"
            f"  spec:\n    hosts: [h{i}]\n    http:\n    - route:\n      - destination: {{host: missing-{i}, subset: s{i}}}\n"
        )
    big_list = "apiVersion: v1\nkind: List\nitems:\n" + "".join(items)
    return [jwt, svc, anchors, big_list, "\ufeff" + svc.replace("\n", "\r\n"), jwt + "---\n" + svc]


def gen_mesh():
    tool = os.path.join(SHARED, "bench/gen-mesh")
    if not os.path.exists(tool):
        return []
    out = []
    for services, issues in ((3, "0.5"), (12, "0.3")):
        r = subprocess.run(
            [sys.executable, tool, "--services", str(services), "--issues", issues],
            capture_output=True,
            check=True,
        )
        out.append(r.stdout)
    return out


def gen_configdump():
    tool = os.path.join(SHARED, "bench/gen-configdump")
    if not os.path.exists(tool):
        return []
    r = subprocess.run(
        [sys.executable, tool, "--services", "6"], capture_output=True, check=True
    )
    return [r.stdout]


def dump_sources():
    tops = [
        os.path.join(ROOT, "tests/fixtures/proxy-config"),
        os.path.join(ROOT, "tests/fixtures/proxy-status"),
        os.path.join(ROOT, "tests/fixtures/trace"),
        os.path.join(SHARED, "conformance/proxy-config/testdata"),
        os.path.join(SHARED, "conformance/proxy-status"),
    ]
    for top in tops:
        if os.path.isdir(top):
            yield from files_under(top, (".json",))


def set_flags():
    """`--set` flags written in the README and the tests."""
    flags = set()
    texts = [read(os.path.join(ROOT, "README.md")).decode()]
    for p in files_under(os.path.join(ROOT, "tests"), (".rs",)):
        texts.append(read(p).decode(errors="replace"))
    for t in texts:
        for m in re.finditer(r"--set[= ]\"?([A-Za-z][\w.\[\]\-/]*=[^\s\"',)`]*)", t):
            flags.add(m.group(1))
    flags.update(
        [
            "components.ingressGateways[5].enabled=true",
            "values.pilot.env.PILOT_É=ü",
            "meshConfig.defaultConfig.proxyMetadata.ISTIO_META_DNS_CAPTURE=\"true\"",
            "components.ingressGateways[name:istio-ingressgateway].k8s.hpaSpec.minReplicas=2",
        ]
    )
    return sorted(flags)


def kubeconfigs():
    base = """apiVersion: v1
kind: Config
clusters:
- name: c
  cluster:
    server: {server}
    {tls}
users:
- name: u
  user:
    {auth}
contexts:
- name: {ctx}
  context: {{cluster: c, user: u, namespace: défault}}
- name: east
  context: {{cluster: c, user: u}}
current-context: {ctx}
"""
    out = []
    for server in ("https://127.0.0.1:6443", "http://[::1]:8080/pâth", "https://kube.example.com"):
        for tls in ("insecure-skip-tls-verify: true", "certificate-authority-data: bm90IGEgY2VydA==", ""):
            for auth in (
                "token: abc",
                "username: ä\n    password: p",
                "exec: {apiVersion: client.authentication.k8s.io/v1, command: /bin/false, args: [x]}",
                "client-certificate-data: bm90\n    client-key-data: bm90",
            ):
                out.append(base.format(server=server, tls=tls, auth=auth, ctx="primé"))
    return out


def dictionary():
    words = set()
    lit = re.compile(r'"([A-Za-z@_][\w./@\-:]{1,60})"')
    for top in ("src/analysis", "src/validation", "src/envoy", "src/install/values.rs", "src/cluster/config.rs"):
        path = os.path.join(ROOT, top)
        paths = [path] if os.path.isfile(path) else files_under(path, (".rs",))
        for p in paths:
            words.update(lit.findall(read(p).decode(errors="replace")))
    for p in files_under(os.path.join(ROOT, "schemas"), (".json",)):

        def walk(v):
            if isinstance(v, dict):
                for k, x in v.get("properties", {}).items():
                    words.add(k)
                for x in v.values():
                    walk(x)
            elif isinstance(v, list):
                for x in v:
                    walk(x)

        walk(json.loads(read(p)))
    syntax = ["---", "- ", ": ", "&a ", "*a", "<<: ", "!!str ", "!!binary ", "{", "}", "[", "]",
              "'", '"', "|-", ">+", "\\u00e9", "é", "\ufeff", "\r\n", "kind: List", "items:"]
    lines = []
    for w in sorted(words) + syntax:
        esc = w.replace("\\", "\\\\").replace('"', '\\"')
        esc = "".join(c if 0x20 <= ord(c) < 0x7F or c == "\\" else "".join(
            f"\\x{b:02X}" for b in c.encode()) for c in esc)
        lines.append(f'"{esc}"')
    with open(os.path.join(FUZZ, "sailctl.dict"), "w") as f:
        f.write("\n".join(lines) + "\n")
    return len(lines)


def main():
    yaml = [read(p) for p in yaml_sources()]
    texts = [y.decode(errors="replace") for y in yaml]
    extra = [v.encode() for t in texts for v in variants(t)]
    kinds = [k.encode() for k in istio_kinds()]
    synth = [s.encode() for s in synthetic_yaml()]
    mesh = gen_mesh()
    for target in ("load", "validate", "analyze"):
        c = Corpus(target)
        for d in yaml + extra + kinds + synth + mesh:
            c.add(d)
        print(f"{target}: {c.count} seeds")
    c = Corpus("config_dump")
    for p in dump_sources():
        c.add(read(p))
    for d in gen_configdump():
        c.add(d)
    print(f"config_dump: {c.count} seeds")
    c = Corpus("set_values")
    flags = set_flags()
    iops = [read(p).decode() for p in files_under(os.path.join(ROOT, "tests/fixtures/install"), (".yaml",))]
    for i, iop in enumerate(iops + [""]):
        c.add(iop + "\n#set\n" + "\n".join(flags[i::4]) + "\n")
    for f in flags:
        c.add("\n#set\n" + f + "\n")
    print(f"set_values: {c.count} seeds")
    c = Corpus("kubeconfig")
    for k in kubeconfigs():
        c.add(k)
    print(f"kubeconfig: {c.count} seeds")
    print(f"dictionary: {dictionary()} entries in fuzz/sailctl.dict")


if __name__ == "__main__":
    main()
