//! The differential check of sailctl's injection templates against Istio's own.
//!
//! The real `istioctl` (built from the pinned istio.io/istio by tools/real-cluster/build.sh)
//! injects the same pods twice, offline (`kube-inject --injectConfigFile --meshConfigFile
//! --valuesFile`): once with the injector config sailctl renders (its own `sidecar` and
//! `gateway` templates), once with the same config whose templates are Istio's, read at run
//! time from that module's charts in the Go module cache (never copied into the repository).
//! Same values, same mesh config, same istioctl: any difference is the templates'. The pods
//! are a bookinfo-like app and one pod per annotation sailctl's templates read, under three
//! sets of values (the default profile; the values that change the injected pod; the CNI with
//! holdApplicationUntilProxyStarts and a proxy lifecycle).
//!
//! Intentional differences, normalised before comparing:
//! - Istio's templates write `emptyDir:` with no value for the workload-socket,
//!   credential-socket and workload-certs volumes; sailctl writes `emptyDir: {}`. The API server
//!   gives a volume without a source an empty emptyDir, so the stored pods are the same.
//! - `ISTIO_META_POD_PORTS` is a JSON list the agent parses; Istio's template spreads it over
//!   lines, sailctl's writes it on one: compared as parsed JSON.

mod inject_support;
mod real;

use inject_support::*;
use serde_json::{Value, json};

/// The templates do read what the pods ask for (so the comparison is not of two templates
/// that both ignore an annotation).
fn check_features(set: &str, name: &str, pod: &Value) {
    if name == "grpcsimple-v1" {
        // no proxy: a bootstrap-writing init container, and the app reads the bootstrap
        assert!(named(&pod["spec"]["initContainers"], "grpc-bootstrap-init").is_some());
        let app = named(&pod["spec"]["containers"], "grpcsimple").map(Value::to_string);
        assert!(app.is_some_and(|a| a.contains("GRPC_XDS_BOOTSTRAP")));
        return;
    }
    let init = named(&pod["spec"]["initContainers"], "istio-init")
        .or_else(|| named(&pod["spec"]["initContainers"], "istio-validation"));
    let sidecar = proxy(pod);
    let text = sidecar.to_string();
    match name {
        "reviews-v2" => {
            assert_eq!(sidecar["resources"]["requests"]["cpu"], "321m");
            assert_eq!(sidecar["resources"]["limits"]["memory"], "1Gi");
        }
        "requests-only" => {
            assert_eq!(
                sidecar["resources"],
                json!({"requests": {"memory": "64Mi"}})
            );
        }
        "tproxy-v1" => {
            assert_eq!(
                sidecar["securityContext"]["capabilities"]["add"],
                json!(["NET_ADMIN"])
            );
            assert_eq!(sidecar["securityContext"]["runAsUser"], 0);
        }
        "none-v1" => assert!(init.is_none(), "NONE still gets {init:?}"),
        "status-v1" => assert!(
            pod["metadata"]["annotations"].to_string().contains("15030")
                || init.is_some_and(|i| i.to_string().contains("15030")),
            "{}",
            pod["metadata"]
        ),
        "nostatus-v1" => assert!(sidecar.get("readinessProbe").is_none(), "{text}"),
        "bootstrap-v1" => assert!(text.contains("ISTIO_BOOTSTRAP_OVERRIDE"), "{text}"),
        "uservolume-v1" => assert!(text.contains("/etc/my-certs"), "{text}"),
        "native-v1" => {
            assert!(named(&pod["spec"]["initContainers"], "istio-proxy").is_some());
            assert_eq!(sidecar["restartPolicy"], "Always");
            // the values' proxy lifecycle (the "cni" set has one) wins over the drain
            assert_eq!(text.contains("drain"), set != "cni", "{text}");
        }
        "nonnative-v1" => assert!(named(&pod["spec"]["containers"], "istio-proxy").is_some()),
        "hold-v1" => assert_eq!(text.contains("postStart"), set != "cni", "{text}"),
        "defaultcontainer-v1" => assert_eq!(
            pod["metadata"]["annotations"]["kubectl.kubernetes.io/default-container"],
            "helper"
        ),
        "misc-v1" => assert_eq!(sidecar["image"], "registry.example/proxy:7"),
        "grpcagent-v1" => {
            assert!(text.contains("DISABLE_ENVOY"), "{text}");
            let app = named(&pod["spec"]["containers"], "grpcagent").map(Value::to_string);
            assert!(app.is_some_and(|a| a.contains("grpc-bootstrap.json")));
        }
        "ingress-v1" => assert!(sidecar["args"].to_string().contains("router"), "{text}"),
        n if n.starts_with("a-very-long") => {
            let canonical = pod["metadata"]["labels"]["service.istio.io/canonical-name"]
                .as_str()
                .unwrap_or_default();
            assert_eq!(canonical.len(), 63, "{canonical}");
        }
        _ => {}
    }
    if let Some(init) = init {
        let init = init.to_string();
        match set {
            "tuned" => {
                for needle in [
                    "--native-nftables",
                    "--force-apply",
                    "--log_as_json",
                    "ISTIO_META_DNS_CAPTURE",
                    "RuntimeDefault",
                ] {
                    assert!(
                        init.contains(needle),
                        "{name}: istio-init lacks {needle}: {init}"
                    );
                }
            }
            "cni" => assert!(init.contains("--run-validation"), "{name}: {init}"),
            _ => {}
        }
    }
}

#[test]
fn sailctls_injection_templates_match_istios_container_by_container() {
    let istioctl = real::binary("istio", "istioctl");
    let files = istio_chart_files();
    let pods = pods();
    assert!(pods.len() >= 12);
    let mut compared = 0;
    let mut failures = Vec::new();
    for (set_name, set) in VALUE_SETS {
        let inputs = Inputs::new(set, &files);
        for p in &pods {
            let name = p["metadata"]["name"].as_str().unwrap_or_default();
            let ours = inputs.inject(&istioctl, p, "ours");
            let theirs = inputs.inject(&istioctl, p, "theirs");
            check_features(set_name, name, &ours);
            for d in differences(&ours, &theirs) {
                failures.push(format!("[{set_name}] {name}: {d}"));
            }
            compared += 1;
        }
    }
    assert_eq!(compared, VALUE_SETS.len() * pods.len());
    assert!(
        failures.is_empty(),
        "{} differences from Istio's templates:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
