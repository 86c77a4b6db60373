//! `sailctl kube-inject` against the real `istioctl kube-inject`: the same pods, the same
//! `--injectConfigFile/--meshConfigFile/--valuesFile`, pod by pod and container by container
//! the same object, with sailctl's templates and with Istio's own (read from the Go module
//! cache at run time). The inputs and the comparison are tests/inject_support's.
//!
//! Allowed differences, beyond inject_support's (`emptyDir:` without a value,
//! `ISTIO_META_POD_PORTS` compared as parsed JSON):
//! - JSON held in environment values (`PROXY_CONFIG`, `ISTIO_KUBE_APP_PROBERS`,
//!   `ISTIO_PROMETHEUS_ANNOTATIONS`) is compared parsed: istiod writes protobuf JSON in the
//!   message's field order, sailctl in key order; the agent parses it either way.

mod inject_support;
mod real;

use inject_support::*;
use serde_json::Value;

fn sailctl() -> std::path::PathBuf {
    assert_cmd::cargo::cargo_bin("sailctl")
}

#[test]
fn sailctl_kube_inject_matches_istioctl_pod_by_pod() {
    let istioctl = real::binary("istio", "istioctl");
    let files = istio_chart_files();
    let pods = pods();
    let mut compared = 0;
    let mut failures = Vec::new();
    for (set_name, set) in VALUE_SETS {
        let inputs = Inputs::new(set, &files);
        for which in ["ours", "theirs"] {
            for p in &pods {
                let name = p["metadata"]["name"].as_str().unwrap_or_default();
                let want = parse_json_env(inputs.inject(&istioctl, p, which));
                let got = parse_json_env(inputs.inject(&sailctl(), p, which));
                for d in differences(&got, &want) {
                    failures.push(format!("[{set_name}, {which} templates] {name}: {d}"));
                }
                compared += 1;
            }
        }
    }
    assert_eq!(compared, VALUE_SETS.len() * 2 * pods.len());
    assert!(
        failures.is_empty(),
        "{} differences from istioctl kube-inject:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

const BOOKINFO: &str = "tests/fixtures/kube-inject/bookinfo.yaml";

/// JSON strings (env values, annotations) parsed, everywhere in a document.
fn parse_json_strings(v: Value) -> Value {
    match v {
        Value::Object(m) => Value::Object(
            m.into_iter()
                .map(|(k, v)| (k, parse_json_strings(v)))
                .collect(),
        ),
        Value::Array(a) => Value::Array(a.into_iter().map(parse_json_strings).collect()),
        Value::String(s) if s.starts_with(['{', '[']) => {
            serde_json::from_str(&s).unwrap_or(Value::String(s))
        }
        other => other,
    }
}

fn documents(text: &str) -> Vec<Value> {
    let (docs, err) = sailctl::resource::yaml::parse_chunk(text);
    assert!(err.is_none(), "{err:?}");
    docs.into_iter()
        .map(|(v, _)| v)
        .filter(|v| !v.is_null())
        .collect()
}

/// A bookinfo-like file (Services, ServiceAccounts, a ConfigMap, Deployments one of which
/// opts out, a StatefulSet, a CronJob, a List with a DaemonSet): sailctl's output is
/// istioctl's, document by document; the non-workload documents are the input's text.
#[test]
fn bookinfo_like_file_round_trips_as_istioctl_injects_it() {
    let istioctl = real::binary("istio", "istioctl");
    let inputs = Inputs::new(&[], &istio_chart_files());
    let run = |bin: &std::path::Path| kube_inject_file(bin, &inputs, BOOKINFO);
    let (want, want_err) = run(&istioctl);
    let (got, got_err) = run(&sailctl());
    let (want_docs, got_docs) = (documents(&want), documents(&got));
    assert_eq!(got_docs.len(), 12, "{got}");
    // the apps/v1beta1 Deployment is injected, not passed through
    assert!(
        got_docs
            .iter()
            .any(|d| d["apiVersion"] == "apps/v1beta1"
                && d.to_string().contains("\"istio-proxy\"")),
        "{got}"
    );
    assert_eq!(want_docs.len(), got_docs.len());
    for (w, g) in want_docs.into_iter().zip(got_docs) {
        let kind = g["kind"].as_str().unwrap_or_default().to_string();
        assert_eq!(
            parse_json_strings(g),
            parse_json_strings(w),
            "{kind} differs from istioctl's"
        );
    }
    // the skipped Deployment is reported on stderr by both
    assert!(
        want_err.contains("ratings-v1") && got_err.contains("ratings-v1"),
        "{got_err}"
    );
    // non-workload documents are passed through as written (a YAML-looking ConfigMap value too)
    let input = std::fs::read_to_string(BOOKINFO).expect("fixture");
    for piece in [
        "kind: ServiceAccount\nmetadata:\n  name: bookinfo-productpage\n",
        "  greeting: \"hello: {{ not a template }}\"\n",
    ] {
        assert!(
            input.contains(piece) && got.contains(piece) && want.contains(piece),
            "{piece}"
        );
    }
    assert_eq!(
        got.matches("\n---\n").count(),
        want.matches("\n---\n").count()
    );
}

/// `kube-inject -r default -f FILE` with the test's injector config, mesh config and values:
/// stdout and stderr. The run must succeed.
fn kube_inject_file(bin: &std::path::Path, inputs: &Inputs, file: &str) -> (String, String) {
    let d = inputs.dir.path();
    let out = std::process::Command::new(bin)
        .env("KUBECONFIG", d.join("no-kubeconfig"))
        .env("HOME", d)
        .args([
            "kube-inject",
            "-r",
            "default",
            "-f",
            file,
            "--injectConfigFile",
        ])
        .arg(d.join("ours.yaml"))
        .arg("--meshConfigFile")
        .arg(d.join("mesh.yaml"))
        .arg("--valuesFile")
        .arg(d.join("values.json"))
        .output()
        .expect("run kube-inject");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

const SPELLINGS: &str = "tests/fixtures/kube-inject/namespaces-and-spellings.yaml";

/// Patterns from public demos (sock-shop's kube-system Deployments, Kiali's travels demo's
/// snake_case `proxy.istio.io/config`, the ASM samples' gateway resources), injected as
/// istioctl injects them.
#[test]
fn system_namespaces_and_proxy_config_spellings_as_istioctl() {
    let istioctl = real::binary("istio", "istioctl");
    let inputs = Inputs::new(&[], &istio_chart_files());
    let (want, want_err) = kube_inject_file(&istioctl, &inputs, SPELLINGS);
    let (got, got_err) = kube_inject_file(&sailctl(), &inputs, SPELLINGS);
    let (want_docs, got_docs) = (documents(&want), documents(&got));
    assert_eq!(got_docs.len(), 4, "{got}");
    assert_eq!(want_docs.len(), got_docs.len());
    for (w, g) in want_docs.into_iter().zip(got_docs.iter().cloned()) {
        let name = g["metadata"]["name"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        assert_eq!(
            parse_json_strings(g),
            parse_json_strings(w),
            "{name} differs from istioctl's"
        );
    }
    let injected = |d: &Value| d.to_string().contains("\"istio-proxy\"");
    // a Deployment in kube-system is injected (its template names no namespace); a Pod there
    // is left alone and said so on stderr
    assert!(injected(&got_docs[0]), "{got}");
    assert!(!injected(&got_docs[1]), "{got}");
    assert!(
        got_err.contains("system-pod") && want_err.contains("system-pod"),
        "{got_err}"
    );
    // the snake_case annotation is read: the proxy is held until it starts, and PROXY_CONFIG
    // names its fields as istiod does
    let spec = &got_docs[2]["spec"]["template"]["spec"];
    let proxy = spec["containers"]
        .as_array()
        .and_then(|cs| cs.iter().find(|c| c["name"] == "istio-proxy"))
        .expect("istio-proxy container");
    let config = proxy["env"]
        .as_array()
        .and_then(|env| env.iter().find(|e| e["name"] == "PROXY_CONFIG"))
        .and_then(|e| e["value"].as_str())
        .and_then(|v| serde_json::from_str::<Value>(v).ok())
        .expect("PROXY_CONFIG as JSON");
    assert_eq!(
        config["tracing"]["customTags"]["http.header.user"]["header"]["defaultValue"], "anonymous",
        "{config}"
    );
    assert!(config["tracing"].get("custom_tags").is_none(), "{config}");
    assert_eq!(config["holdApplicationUntilProxyStarts"], true, "{config}");
    // the gateway's own proxy resources, kept for a re-injection as Go writes them
    assert_eq!(
        got_docs[3]["spec"]["template"]["metadata"]["annotations"]["proxy.istio.io/overrides"],
        r#"{"containers":[{"name":"istio-proxy","resources":{"limits":{"cpu":"2","memory":"1Gi"},"requests":{"cpu":"100m","memory":"128Mi"}}}]}"#,
        "{got}"
    );
}

/// With no cluster and no files, sailctl's own install rendering gives the config.
/// `sailctl kube-inject -f FILE` with no kubeconfig (sailctl's own rendering of the config):
/// the output documents.
fn inject_without_a_cluster(home: &std::path::Path, file: &std::path::Path) -> Vec<Value> {
    let out = assert_cmd::Command::cargo_bin("sailctl")
        .expect("sailctl")
        .env("KUBECONFIG", "")
        .env("HOME", home)
        .arg("kube-inject")
        .arg("-f")
        .arg(file)
        .output()
        .expect("run");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    documents(&String::from_utf8_lossy(&out.stdout))
}

fn container_names(pod_spec: &Value) -> Vec<&str> {
    pod_spec["containers"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|c| c["name"].as_str())
        .collect()
}

#[test]
fn without_a_cluster_sailctls_rendering_is_the_config() {
    let dir = tempfile::tempdir().expect("tempdir");
    let docs = inject_without_a_cluster(dir.path(), std::path::Path::new(BOOKINFO));
    let deploy = docs
        .iter()
        .find(|d| d["metadata"]["name"] == "productpage-v1")
        .expect("productpage");
    let spec = &deploy["spec"]["template"]["spec"];
    assert_eq!(container_names(spec), ["productpage", "istio-proxy"]);
    assert_eq!(spec["initContainers"][0]["name"], "istio-init");
    // the probe now goes through the agent, and the agent has the original
    assert_eq!(
        spec["containers"][0]["readinessProbe"]["httpGet"]["path"],
        "/app-health/productpage/readyz"
    );
}

fn run_err(args: &[&str], files: &[(&str, &str)]) -> (i32, String) {
    let dir = tempfile::tempdir().expect("tempdir");
    for (name, text) in files {
        std::fs::write(dir.path().join(name), text).expect("write");
    }
    let out = assert_cmd::Command::cargo_bin("sailctl")
        .expect("sailctl")
        .current_dir(dir.path())
        .env("KUBECONFIG", "")
        .env("HOME", dir.path())
        .env("NO_COLOR", "1")
        .args(args)
        .output()
        .expect("run");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Arguments, files to write, and what the error must say.
type Case<'a> = (&'a [&'a str], &'a [(&'a str, &'a str)], &'a [&'a str]);

#[test]
fn bad_inputs_are_one_line_errors_with_exit_2() {
    let pod = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: a, image: b}]}\n";
    let cases: &[Case] = &[
        // malformed template: the template's name and line
        (
            &[
                "kube-inject",
                "-f",
                "pod.yaml",
                "--injectConfigFile",
                "c.yaml",
            ],
            &[
                ("pod.yaml", pod),
                (
                    "c.yaml",
                    "templates:\n  sidecar: |\n    a: 1\n    b: {{ if .x }}\n",
                ),
            ],
            &["\"sidecar\"", "line 2"],
        ),
        // unknown function
        (
            &[
                "kube-inject",
                "-f",
                "pod.yaml",
                "--injectConfigFile",
                "c.yaml",
            ],
            &[
                ("pod.yaml", pod),
                (
                    "c.yaml",
                    "templates:\n  sidecar: |\n    a: {{ frobnicate 1 }}\n",
                ),
            ],
            &["frobnicate", "not defined", "line 1"],
        ),
        // bad input file: file and line
        (
            &["kube-inject", "-f", "pod.yaml"],
            &[("pod.yaml", "apiVersion: v1\nkind: Pod\nmetadata: [\n")],
            &["pod.yaml:"],
        ),
        // a missing input file
        (&["kube-inject", "-f", "nope.yaml"], &[], &["nope.yaml"]),
        // a template asked for that the config lacks
        (
            &["kube-inject", "-f", "pod.yaml"],
            &[(
                "pod.yaml",
                "apiVersion: v1\nkind: Pod\nmetadata: {name: p, annotations: {inject.istio.io/templates: nosuch}}\nspec: {containers: [{name: a, image: b}]}\n",
            )],
            &["\"nosuch\"", "not found"],
        ),
        // annotation values the injector refuses (as istiod and istioctl do): all named
        (
            &["kube-inject", "-f", "pod.yaml"],
            &[(
                "pod.yaml",
                "apiVersion: v1\nkind: Pod\nmetadata: {name: p, annotations: {sidecar.istio.io/proxyCPU: lots, traffic.sidecar.istio.io/excludeInterfaces: 0eth}}\nspec: {containers: [{name: a, image: b}]}\n",
            )],
            &[
                "pod.yaml:1",
                "\"lots\"",
                "proxyCPU",
                "excludeInterfaces",
                "\"0eth\"",
            ],
        ),
    ];
    for (args, files, needles) in cases {
        let (code, err) = run_err(args, files);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert_eq!(err.trim().lines().count(), 1, "{args:?}: {err}");
        for n in *needles {
            assert!(err.contains(n), "{args:?}: {n:?} not in {err}");
        }
    }
}

/// kubeflow/manifests' StatefulSets: one writes `volumeClaimTemplates: []` (a kustomize
/// workaround), another has no `serviceName`. sailctl leaves what the user wrote; istioctl's
/// round trip through Go types drops the empty list (omitempty) and adds `serviceName: ""`
/// (no omitempty). The API server stores both forms alike (tools/parity allowlists the pair).
#[test]
fn a_statefulsets_fields_stay_as_written() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("sts.yaml");
    std::fs::write(
        &file,
        "apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: db, namespace: shop}\n\
         spec:\n  selector: {matchLabels: {app: db}}\n  template:\n    metadata: {labels: {app: db}}\n\
         \x20   spec: {containers: [{name: db, image: postgres}]}\n  volumeClaimTemplates: []\n",
    )
    .expect("write");
    let docs = inject_without_a_cluster(dir.path(), &file);
    let spec = &docs[0]["spec"];
    assert_eq!(spec["volumeClaimTemplates"], serde_json::json!([]));
    assert!(spec.get("serviceName").is_none(), "{spec}");
    // and it was injected
    assert_eq!(
        container_names(&spec["template"]["spec"]),
        ["db", "istio-proxy"]
    );
}
