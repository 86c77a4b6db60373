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

/// JSON-in-a-string environment values, parsed.
fn parse_json_env(mut pod: Value) -> Value {
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
