//! What the injection parity tests share: the pods, the value sets, the inputs rendered by
//! sailctl (with sailctl's templates, or Istio's read from the Go module cache at run time),
//! istioctl's injection of a pod, and the comparison container by container.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::{Value, json};

use crate::real;

/// Istio's chart files for the pinned istio.io/istio, in the Go module cache.
pub fn istio_chart_files() -> PathBuf {
    let bin = real::binary("istio", "istioctl");
    let dir = bin.parent().expect("istioctl's directory");
    let versions = std::fs::read_to_string(dir.join(".versions"))
        .unwrap_or_else(|e| panic!("{}/.versions: {e}", dir.display()));
    let version = versions
        .lines()
        .find_map(|l| l.strip_prefix("istio.io/istio "))
        .unwrap_or_else(|| panic!("no istio.io/istio in {}/.versions", dir.display()))
        .trim()
        .to_string();
    let go = which_go().unwrap_or_else(|| PathBuf::from("/usr/local/go/bin/go"));
    let out = Command::new(go)
        .args(["env", "GOMODCACHE"])
        .output()
        .expect("go env GOMODCACHE");
    assert!(out.status.success(), "go env GOMODCACHE failed");
    let cache = String::from_utf8_lossy(&out.stdout).trim().to_string();
    let files = Path::new(&cache)
        .join(format!("istio.io/istio@{version}"))
        .join("manifests/charts/istio-control/istio-discovery/files");
    assert!(
        files.join("injection-template.yaml").is_file(),
        "Istio's injection templates are not at {} (tools/real-cluster/build.sh downloads the module)",
        files.display()
    );
    files
}

fn which_go() -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|p| {
        std::env::split_paths(&p)
            .map(|d| d.join("go"))
            .find(|g| g.is_file())
    })
}

/// A bookinfo-like pod: one app container serving 9080, these annotations and labels.
pub fn pod(name: &str, app: bool, annotations: Value, labels: Value) -> Value {
    let short = name.split('-').next().unwrap_or(name);
    let mut l = if app {
        json!({"app": short, "version": "v1"})
    } else {
        json!({})
    };
    if let (Some(l), Some(extra)) = (l.as_object_mut(), labels.as_object()) {
        l.extend(extra.clone());
    }
    json!({
        "apiVersion": "v1", "kind": "Pod",
        "metadata": {"name": name, "namespace": "bookinfo", "labels": l, "annotations": annotations},
        "spec": {"serviceAccountName": format!("bookinfo-{short}"), "containers": [{
            "name": short, "image": format!("docker.io/istio/examples-bookinfo-{short}-v1:1.20.2"),
            "ports": [{"containerPort": 9080}]
        }]}
    })
}

pub fn with_containers(mut p: Value, containers: Value) -> Value {
    p["spec"]["containers"] = containers;
    p
}

pub fn pods() -> Vec<Value> {
    let none = json!({});
    vec![
        pod("productpage-v1", true, none.clone(), none.clone()),
        pod(
            "reviews-v2",
            true,
            json!({"sidecar.istio.io/proxyCPU": "321m", "sidecar.istio.io/proxyMemory": "123Mi",
                   "sidecar.istio.io/proxyCPULimit": "1500m", "sidecar.istio.io/proxyMemoryLimit": "1Gi"}),
            none.clone(),
        ),
        pod(
            "requests-only",
            true,
            json!({"sidecar.istio.io/proxyMemory": "64Mi"}),
            none.clone(),
        ),
        pod(
            "tproxy-v1",
            true,
            json!({"sidecar.istio.io/interceptionMode": "TPROXY"}),
            none.clone(),
        ),
        pod(
            "none-v1",
            true,
            json!({"sidecar.istio.io/interceptionMode": "NONE"}),
            none.clone(),
        ),
        pod(
            "status-v1",
            true,
            json!({"status.sidecar.istio.io/port": "15030"}),
            none.clone(),
        ),
        pod(
            "nostatus-v1",
            true,
            json!({"status.sidecar.istio.io/port": "0"}),
            none.clone(),
        ),
        pod(
            "bootstrap-v1",
            true,
            json!({"sidecar.istio.io/bootstrapOverride": "my-bootstrap"}),
            none.clone(),
        ),
        pod(
            "uservolume-v1",
            true,
            json!({"sidecar.istio.io/userVolume": r#"{"certs":{"secret":{"secretName":"my-certs"}}}"#,
                   "sidecar.istio.io/userVolumeMount": r#"{"certs":{"mountPath":"/etc/my-certs","readOnly":true}}"#}),
            none.clone(),
        ),
        pod(
            "native-v1",
            true,
            json!({"sidecar.istio.io/nativeSidecar": "true"}),
            none.clone(),
        ),
        pod(
            "nonnative-v1",
            true,
            json!({"sidecar.istio.io/nativeSidecar": "false"}),
            none.clone(),
        ),
        pod(
            "traffic-v1",
            true,
            json!({"traffic.sidecar.istio.io/includeOutboundPorts": "443,8443",
                   "traffic.sidecar.istio.io/excludeOutboundPorts": "5432",
                   "traffic.sidecar.istio.io/excludeInterfaces": "eth1",
                   "traffic.sidecar.istio.io/kubevirtInterfaces": "net1",
                   "traffic.sidecar.istio.io/includeOutboundIPRanges": "10.0.0.0/8",
                   "traffic.sidecar.istio.io/excludeOutboundIPRanges": "10.96.0.1/32",
                   "traffic.sidecar.istio.io/includeInboundPorts": "9080",
                   "traffic.sidecar.istio.io/excludeInboundPorts": "9090"}),
            none.clone(),
        ),
        pod(
            "reroute-v1",
            true,
            json!({"sidecar.istio.io/interceptionMode": "TPROXY", "istio.io/reroute-virtual-interfaces": "net2"}),
            none.clone(),
        ),
        pod(
            "hold-v1",
            true,
            json!({"proxy.istio.io/config": r#"{"holdApplicationUntilProxyStarts": true, "concurrency": 2}"#}),
            none.clone(),
        ),
        pod(
            "nativehold-v1",
            true,
            json!({"proxy.istio.io/config": r#"{"holdApplicationUntilProxyStarts": true}"#,
                   "sidecar.istio.io/nativeSidecar": "true", "status.sidecar.istio.io/port": "15031"}),
            none.clone(),
        ),
        with_containers(
            pod(
                "defaultcontainer-v1",
                true,
                json!({"kubectl.kubernetes.io/default-container": "helper"}),
                none.clone(),
            ),
            json!([{"name": "web", "image": "nginx"}, {"name": "helper", "image": "busybox"}]),
        ),
        pod(
            "a-very-long-workload-name-that-goes-past-the-sixty-three-character-limit-of-labels",
            false,
            none.clone(),
            none.clone(),
        ),
        pod(
            "misc-v1",
            true,
            json!({"sidecar.istio.io/capNetBindService": "true", "sidecar.istio.io/agentLogLevel": "debug",
                   "sidecar.istio.io/logLevel": "trace", "sidecar.istio.io/componentLogLevel": "misc:error",
                   "readiness.status.sidecar.istio.io/initialDelaySeconds": "5",
                   "readiness.status.sidecar.istio.io/periodSeconds": "7",
                   "readiness.status.sidecar.istio.io/failureThreshold": "9",
                   "sidecar.istio.io/proxyImage": "registry.example/proxy:7"}),
            none.clone(),
        ),
        pod(
            "tracelog-v1",
            true,
            json!({"proxy.istio.io/config": r#"{"proxyMetadata":{"IPTABLES_TRACE_LOGGING":"true","ISTIO_META_DNS_CAPTURE":"true"}}"#}),
            none.clone(),
        ),
        // the list form of the user volume annotations: Istio's template names each entry by
        // its index and then writes the entry's own name, a repeated key the last of which wins
        pod(
            "uservolumelist-v1",
            true,
            json!({"sidecar.istio.io/userVolume": r#"[{"name":"istio-certs","emptyDir":{"medium":"Memory"}}]"#,
                   "sidecar.istio.io/userVolumeMount": r#"[{"name": "istio-certs", "mountPath": "/etc/istio-certs"}]"#}),
            none.clone(),
        ),
        // grpc-agent switches the probe rewrite off in the pod's annotations, and records the
        // app container it changes in proxy.istio.io/overrides (Go field order, nested too)
        with_containers(
            pod(
                "grpcagent-v1",
                true,
                json!({"inject.istio.io/templates": "grpc-agent",
                       "proxy.istio.io/config": r#"{"holdApplicationUntilProxyStarts": true}"#}),
                none.clone(),
            ),
            json!([{"name": "grpcagent", "image": "registry.example/app:1", "args": ["--port", "8080"],
                    "ports": [{"protocol": "TCP", "containerPort": 8080},
                              {"protocol": "TCP", "name": "tcp-health-port", "containerPort": 3333}],
                    "env": [{"valueFrom": {"fieldRef": {"fieldPath": "status.podIP", "apiVersion": "v1"}}, "name": "INSTANCE_IP"}],
                    "readinessProbe": {"periodSeconds": 2, "httpGet": {"scheme": "HTTP", "port": 8080, "path": "/"}},
                    "livenessProbe": {"initialDelaySeconds": 10, "tcpSocket": {"port": "tcp-health-port"}}}]),
        ),
        with_containers(
            pod(
                "ingress-v1",
                true,
                json!({"inject.istio.io/templates": "gateway"}),
                json!({"istio": "ingressgateway"}),
            ),
            json!([{"name": "istio-proxy", "image": "auto"}]),
        ),
    ]
}

/// The value sets: the default profile; the values that change the injected pod; the CNI.
pub const VALUE_SETS: &[(&str, &[&str])] = &[
    ("default", &[]),
    (
        "tuned",
        &[
            "values.global.logAsJson=true",
            "values.global.imagePullPolicy=Always",
            "values.global.nativeNftables=true",
            "values.global.proxy_init.forceApplyIptables=true",
            "values.global.proxy.seccompProfile.type=RuntimeDefault",
            "values.global.proxy.outlierLogPath=/dev/stdout",
            "values.global.meshID=mesh1",
            "values.global.network=net1",
            "values.global.mountMtlsCerts=true",
            "meshConfig.defaultConfig.proxyMetadata.ISTIO_META_DNS_CAPTURE=true",
            "meshConfig.defaultConfig.proxyMetadata.ISTIO_DUAL_STACK=true",
        ],
    ),
    (
        "cni",
        &[
            "components.cni.enabled=true",
            "values.pilot.cni.enabled=true",
            "values.global.proxy.holdApplicationUntilProxyStarts=true",
            "values.global.proxy.lifecycle.preStop.exec.command[0]=sleep",
        ],
    ),
];

/// The first document of a YAML text.
pub fn parse_yaml(text: &str) -> Value {
    let (docs, err) = sailctl::resource::yaml::parse_chunk(text);
    assert!(err.is_none(), "{err:?}:\n{text}");
    docs.into_iter()
        .map(|(v, _)| v)
        .find(|v| !v.is_null())
        .unwrap_or_else(|| panic!("no document in:\n{text}"))
}

pub struct Inputs {
    pub dir: tempfile::TempDir,
}

impl Inputs {
    /// sailctl's rendered injector config, values and mesh config for these `--set` values,
    /// plus the same config with Istio's templates.
    pub fn new(set: &[&str], istio_files: &Path) -> Inputs {
        let objects = real::rendered(set);
        let cm = |name: &str| {
            objects
                .iter()
                .find(|o| o["kind"] == "ConfigMap" && o["metadata"]["name"] == name)
                .unwrap_or_else(|| panic!("no ConfigMap {name} rendered"))["data"]
                .clone()
        };
        let injector = cm("istio-sidecar-injector");
        let mesh = cm("istio");
        let dir = tempfile::tempdir().expect("tempdir");
        let write = |f: &str, s: &str| std::fs::write(dir.path().join(f), s).expect("write");
        let ours = injector["config"].as_str().expect("config").to_string();
        write("ours.yaml", &ours);
        write("values.json", injector["values"].as_str().expect("values"));
        write("mesh.yaml", mesh["mesh"].as_str().expect("mesh"));
        let mut theirs = parse_yaml(&ours);
        let read = |f: &str| {
            std::fs::read_to_string(istio_files.join(f))
                .unwrap_or_else(|e| panic!("{}: {e}", istio_files.join(f).display()))
        };
        theirs["templates"] = json!({
            "sidecar": read("injection-template.yaml"),
            "gateway": read("gateway-injection-template.yaml"),
            "grpc-agent": read("grpc-agent.yaml"),
            "grpc-simple": read("grpc-simple.yaml"),
        });
        write("theirs.yaml", &theirs.to_string());
        Inputs { dir }
    }

    /// `kube-inject` of this pod by this binary (the real istioctl, or sailctl: the same
    /// command line) with one of the configs ("ours" or "theirs").
    pub fn inject(&self, istioctl: &Path, pod: &Value, which: &str) -> Value {
        let d = self.dir.path();
        let pod_file = d.join("pod.json");
        std::fs::write(&pod_file, pod.to_string()).expect("write pod");
        let out = Command::new(istioctl)
            .env("KUBECONFIG", d.join("no-kubeconfig"))
            .env("HOME", d)
            .args(["kube-inject", "-r", "default", "-f"])
            .arg(&pod_file)
            .arg("--injectConfigFile")
            .arg(d.join(format!("{which}.yaml")))
            .arg("--meshConfigFile")
            .arg(d.join("mesh.yaml"))
            .arg("--valuesFile")
            .arg(d.join("values.json"))
            .output()
            .unwrap_or_else(|e| panic!("run {}: {e}", istioctl.display()));
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success(),
            "{} kube-inject ({which} templates) of {}: {}",
            istioctl.display(),
            pod["metadata"]["name"],
            String::from_utf8_lossy(&out.stderr)
        );
        normalise(parse_yaml(&stdout))
    }
}

/// JSON-in-a-string environment values (`PROXY_CONFIG`, `ISTIO_KUBE_APP_PROBERS`,
/// `ISTIO_PROMETHEUS_ANNOTATIONS`), parsed: istiod writes protobuf field order, sailctl key order.
pub fn parse_json_env(mut pod: Value) -> Value {
    for k in ["initContainers", "containers"] {
        for c in pod["spec"][k].as_array_mut().into_iter().flatten() {
            for e in c["env"].as_array_mut().into_iter().flatten() {
                let name = e["name"].as_str().unwrap_or_default();
                if [
                    "PROXY_CONFIG",
                    "ISTIO_KUBE_APP_PROBERS",
                    "ISTIO_PROMETHEUS_ANNOTATIONS",
                ]
                .contains(&name)
                    && let Some(v) = e["value"].as_str()
                {
                    let parsed: Value =
                        serde_json::from_str(v).unwrap_or_else(|err| panic!("{name} {v:?}: {err}"));
                    e["value"] = parsed;
                }
            }
        }
    }
    pod
}

/// The listed intentional differences, removed.
pub fn normalise(mut pod: Value) -> Value {
    for k in ["initContainers", "containers"] {
        for c in pod["spec"][k].as_array_mut().into_iter().flatten() {
            for e in c["env"].as_array_mut().into_iter().flatten() {
                if e["name"] == "ISTIO_META_POD_PORTS"
                    && let Some(v) = e["value"].as_str()
                {
                    let parsed: Value = serde_json::from_str(v)
                        .unwrap_or_else(|err| panic!("ISTIO_META_POD_PORTS {v:?}: {err}"));
                    e["value"] = parsed;
                }
            }
        }
    }
    for v in pod["spec"]["volumes"].as_array_mut().into_iter().flatten() {
        // a volume with no source (only its name) is what `emptyDir:` with no value becomes
        if v.as_object()
            .is_some_and(|m| m.len() == 1 && m.contains_key("name"))
        {
            v["emptyDir"] = json!({});
        }
    }
    pod
}

pub fn named<'a>(list: &'a Value, name: &str) -> Option<&'a Value> {
    list.as_array()?.iter().find(|c| c["name"] == name)
}

/// Compare two injected pods container by container; every difference, worded.
pub fn differences(ours: &Value, theirs: &Value) -> Vec<String> {
    let mut out = Vec::new();
    for k in ["labels", "annotations"] {
        if ours["metadata"][k] != theirs["metadata"][k] {
            out.push(format!(
                "metadata.{k}:\n  sailctl {}\n  istio   {}",
                ours["metadata"][k], theirs["metadata"][k]
            ));
        }
    }
    for k in ["initContainers", "containers"] {
        let names = |p: &Value| -> Vec<String> {
            p["spec"][k]
                .as_array()
                .into_iter()
                .flatten()
                .map(|c| c["name"].as_str().unwrap_or_default().to_string())
                .collect()
        };
        if names(ours) != names(theirs) {
            out.push(format!(
                "spec.{k} names: sailctl {:?}, istio {:?}",
                names(ours),
                names(theirs)
            ));
            continue;
        }
        for name in names(ours) {
            let (a, b) = (
                named(&ours["spec"][k], &name).cloned().unwrap_or_default(),
                named(&theirs["spec"][k], &name)
                    .cloned()
                    .unwrap_or_default(),
            );
            if a != b {
                out.push(format!("spec.{k}[{name}]:\n  sailctl {a}\n  istio   {b}"));
            }
        }
    }
    let rest = |p: &Value| {
        let mut spec = p["spec"].clone();
        if let Some(m) = spec.as_object_mut() {
            m.remove("initContainers");
            m.remove("containers");
        }
        spec
    };
    if rest(ours) != rest(theirs) {
        out.push(format!(
            "spec (volumes, security context, pull secrets):\n  sailctl {}\n  istio   {}",
            rest(ours),
            rest(theirs)
        ));
    }
    out
}

pub fn proxy(pod: &Value) -> &Value {
    ["initContainers", "containers"]
        .iter()
        .find_map(|k| named(&pod["spec"][*k], "istio-proxy"))
        .unwrap_or_else(|| panic!("no istio-proxy in {}", pod["spec"]))
}
