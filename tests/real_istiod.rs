//! The real-cluster tier with a real istiod: sailctl installs Istio (default profile) into a
//! real kube-apiserver, then istiod (pilot-discovery from istio.io/istio, built by
//! tools/real-cluster/build.sh) runs as a local process against it and must come up on that
//! configuration; sailctl's injector templates go through istiod's own injector; `version`
//! and `proxy-status` read istiod's real debug endpoints.
//!
//! No kubelet runs, so there is no port-forward: the istiod "pod" is a Pod object the test
//! creates and marks running, and `SAILCTL_DIRECT_POD_PORTS` sends sailctl's requests for its
//! port 15014 to the local istiod. Port-forward itself is tested on the in-process server
//! (tests/cluster_portforward.rs).

mod inject_support;
mod real;

use base64::Engine;
use real::{FakeControllers, Istiod, RealCluster, http_call, json_patch, sailctl};
use serde_json::{Value, json};

const POD: &str = "istiod-local";

/// A bookinfo-like pod with these annotations and labels.
fn pod(app: &str, version: &str, annotations: Value, labels: Value) -> Value {
    let mut l = json!({"app": app, "version": version});
    if let (Some(l), Some(extra)) = (l.as_object_mut(), labels.as_object()) {
        l.extend(extra.clone());
    }
    json!({
        "apiVersion": "v1", "kind": "Pod",
        "metadata": {"name": format!("{app}-{version}-x1"), "namespace": "bookinfo",
                     "labels": l, "annotations": annotations},
        "spec": {
            "serviceAccountName": format!("bookinfo-{app}"),
            "containers": [{
                "name": app, "image": format!("docker.io/istio/examples-bookinfo-{app}-{version}:1.20.2"),
                "ports": [{"containerPort": 9080}],
                "securityContext": {"runAsUser": 1000}
            }]
        }
    })
}

/// Send the pod to istiod's injector as the API server would; the patched pod (None when
/// istiod decided not to inject).
fn inject(istiod: &Istiod, pod: &Value) -> Option<Value> {
    let review = json!({
        "apiVersion": "admission.k8s.io/v1", "kind": "AdmissionReview",
        "request": {
            "uid": "0f5a1c2e-0000-4000-8000-000000000001",
            "kind": {"group": "", "version": "v1", "kind": "Pod"},
            "resource": {"group": "", "version": "v1", "resource": "pods"},
            "requestKind": {"group": "", "version": "v1", "kind": "Pod"},
            "requestResource": {"group": "", "version": "v1", "resource": "pods"},
            "name": pod["metadata"]["name"], "namespace": "bookinfo", "operation": "CREATE",
            "userInfo": {"username": "system:serviceaccount:kube-system:replicaset-controller"},
            "object": pod, "dryRun": false
        }
    });
    let (status, body) =
        http_call("POST", istiod.http, "/inject", Some(&review)).expect("POST /inject");
    assert_eq!(status, 200, "istiod /inject: {body}");
    let answer: Value = serde_json::from_str(&body).expect("AdmissionReview JSON");
    let response = &answer["response"];
    assert_eq!(response["uid"], review["request"]["uid"], "{body}");
    assert_eq!(response["allowed"], true, "{body}");
    let patch = response["patch"].as_str()?;
    assert_eq!(response["patchType"], "JSONPatch");
    let ops: Vec<Value> = serde_json::from_slice(
        &base64::engine::general_purpose::STANDARD
            .decode(patch)
            .expect("base64 patch"),
    )
    .expect("JSON patch");
    let mut patched = pod.clone();
    json_patch(&mut patched, &ops).unwrap_or_else(|e| panic!("patch does not apply: {e}"));
    Some(patched)
}

/// `sailctl kube-inject -f -` with no config files, against the cluster: the injected pods.
fn kube_inject_online(rc: &RealCluster, pods: &[&Value]) -> Vec<Value> {
    // JSON documents are YAML documents.
    let input: Vec<String> = pods.iter().map(|p| format!("{p}\n")).collect();
    let file = rc.kubeconfig.with_file_name("kube-inject-input.yaml");
    std::fs::write(&file, input.join("---\n")).expect("write the kube-inject input");
    let path = file.to_string_lossy().to_string();
    let (code, out, err) = sailctl(&rc.kubeconfig, &["kube-inject", "-f", &path], &[]);
    assert_eq!(code, 0, "kube-inject:\n{out}\n{err}");
    let (docs, parse_err) = sailctl::resource::yaml::parse_chunk(&out);
    assert!(parse_err.is_none(), "{parse_err:?}:\n{out}");
    docs.into_iter()
        .map(|(v, _)| v)
        .filter(|v| !v.is_null())
        .collect()
}

/// What the webhook and kube-inject must agree on: labels, annotations, containers, init
/// containers and volumes, with inject_support's normalisation (JSON held in environment
/// values parsed, `emptyDir:` without a value as `{}`) and an app container's empty
/// `resources: {}` as absent: kube-inject prints whole Go-shaped pods (istioctl's does the
/// same), the webhook patches only what it changes, and the API server stores both the same.
fn comparable(pod: &Value) -> Value {
    let mut pod = inject_support::parse_json_env(inject_support::normalise(pod.clone()));
    for k in ["containers", "initContainers"] {
        for c in pod["spec"][k].as_array_mut().into_iter().flatten() {
            if c["resources"] == json!({})
                && let Some(c) = c.as_object_mut()
            {
                c.remove("resources");
            }
        }
    }
    let mut spec = json!({});
    for k in ["containers", "initContainers", "volumes"] {
        spec[k] = pod["spec"][k].clone();
    }
    json!({
        "labels": pod["metadata"]["labels"],
        "annotations": pod["metadata"]["annotations"],
        "spec": spec,
    })
}

/// The injected proxy container (a native sidecar in initContainers, or a container).
fn proxy(pod: &Value) -> &Value {
    ["initContainers", "containers"]
        .iter()
        .filter_map(|k| pod["spec"][k].as_array())
        .flatten()
        .find(|c| c["name"] == "istio-proxy")
        .unwrap_or_else(|| panic!("no istio-proxy in {}", pod["spec"]))
}

fn args_of(c: &Value) -> Vec<String> {
    c["args"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|a| a.as_str().map(str::to_string))
        .collect()
}

fn env_of(c: &Value, name: &str) -> Option<String> {
    c["env"]
        .as_array()?
        .iter()
        .find(|e| e["name"] == name)
        .and_then(|e| e["value"].as_str().map(str::to_string))
}

/// The Pod object standing for the local istiod, running and ready, so sailctl finds it.
fn register_istiod_pod(client: &kube::Client, version: &str) {
    use k8s_openapi::api::core::v1::Pod;
    use kube::api::{Api, Patch, PatchParams, PostParams};
    let pods: Api<Pod> = Api::namespaced(client.clone(), "istio-system");
    let pod: Pod = serde_json::from_value(json!({
        "apiVersion": "v1", "kind": "Pod",
        "metadata": {"name": POD, "namespace": "istio-system",
                     "labels": {"app": "istiod", "istio": "pilot", "istio.io/rev": "default"},
                     "annotations": {"prometheus.io/port": "15014"}},
        "spec": {"containers": [{"name": "discovery", "image": format!("docker.io/istio/pilot:{version}"),
                                 "ports": [{"containerPort": 15014}]}]}
    }))
    .expect("pod");
    sailctl::cluster::block_on(async {
        pods.create(&PostParams::default(), &pod)
            .await
            .expect("create the istiod pod");
        let status = json!({"status": {"phase": "Running",
            "conditions": [{"type": "Ready", "status": "True"}],
            "containerStatuses": [{"name": "discovery", "ready": true, "restartCount": 0,
                "image": format!("docker.io/istio/pilot:{version}"), "imageID": "",
                "state": {"running": {"startedAt": "2026-01-01T00:00:00Z"}}}]}});
        pods.patch_status(POD, &PatchParams::default(), &Patch::Merge(&status))
            .await
            .expect("mark the istiod pod running");
    });
}

/// Delete every mutating and validating webhook configuration.
fn remove_webhooks(client: &kube::Client) {
    use k8s_openapi::api::admissionregistration::v1::{
        MutatingWebhookConfiguration, ValidatingWebhookConfiguration,
    };
    use kube::api::{Api, DeleteParams, ListParams};
    sailctl::cluster::block_on(async {
        let m: Api<MutatingWebhookConfiguration> = Api::all(client.clone());
        m.delete_collection(&DeleteParams::default(), &ListParams::default())
            .await
            .expect("delete mutating webhooks");
        let v: Api<ValidatingWebhookConfiguration> = Api::all(client.clone());
        v.delete_collection(&DeleteParams::default(), &ListParams::default())
            .await
            .expect("delete validating webhooks");
    });
}

#[test]
fn istiod_runs_on_sailctls_install_injects_its_templates_and_serves_version_and_syncz() {
    let rc = RealCluster::start();
    let client = rc.client();
    let controllers = FakeControllers::start(client.clone());
    let (code, out, err) = sailctl(
        &rc.kubeconfig,
        &[
            "install",
            "--set",
            "profile=default",
            // A hub only the cluster's injector config has: kube-inject's online mode must
            // read it from there (its no-cluster default is docker.io/istio).
            "--set",
            "hub=registry.example/mesh",
            "-y",
            "--readiness-timeout",
            "120s",
        ],
        &[],
    );
    assert_eq!(code, 0, "install:\n{out}\n{err}");
    drop(controllers);

    // istiod comes up on sailctl's mesh config, injector ConfigMap, webhooks and CRDs.
    let istiod = Istiod::start(&rc, POD);
    let log = std::fs::read_to_string(&istiod.log).unwrap_or_default();
    for line in log.lines().filter(|l| l.contains("\terror\t")) {
        eprintln!("istiod error line: {line}");
    }

    // The injector: bookinfo-like pods, with and without the common annotations.
    // The API server cannot reach istiod's webhooks (no Service routing without kube-proxy;
    // it is started with --enable-aggregator-routing so such calls fail locally): the test
    // plays the API server's part, and removes the webhook configurations before it creates
    // Pods, so the server only validates them.
    remove_webhooks(&client);
    let ns = json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "bookinfo"}});
    real::apply_objects(&client, &[ns]);
    let plain = pod("productpage", "v1", json!({}), json!({}));
    let injected = inject(&istiod, &plain).expect("productpage is injected");
    let sidecar = proxy(&injected);
    assert!(
        sidecar["image"]
            .as_str()
            .is_some_and(|i| i.contains("proxyv2")),
        "{sidecar}"
    );
    assert_eq!(
        injected["metadata"]["annotations"]["sidecar.istio.io/status"]
            .as_str()
            .map(|s| s.contains("istio-proxy")),
        Some(true),
        "{}",
        injected["metadata"]
    );
    // The app container is kept.
    assert!(
        injected["spec"]["containers"]
            .as_array()
            .expect("containers")
            .iter()
            .any(|c| c["name"] == "productpage")
    );

    let tuned = pod(
        "reviews",
        "v2",
        json!({
            "sidecar.istio.io/proxyCPU": "321m",
            "sidecar.istio.io/proxyMemory": "123Mi",
            "sidecar.istio.io/proxyCPULimit": "1500m",
            "sidecar.istio.io/proxyMemoryLimit": "1Gi",
            "sidecar.istio.io/logLevel": "debug",
            "sidecar.istio.io/componentLogLevel": "misc:error",
            "sidecar.istio.io/proxyImage": "registry.example/custom-proxy:7",
            "traffic.sidecar.istio.io/excludeOutboundPorts": "5432",
            "traffic.sidecar.istio.io/includeInboundPorts": "9080",
            "proxy.istio.io/config": "{\"concurrency\": 3, \"terminationDrainDuration\": \"17s\"}"
        }),
        json!({}),
    );
    let tuned_pod = inject(&istiod, &tuned).expect("reviews is injected");
    let sidecar = proxy(&tuned_pod);
    assert_eq!(sidecar["resources"]["requests"]["cpu"], "321m", "{sidecar}");
    assert_eq!(sidecar["resources"]["requests"]["memory"], "123Mi");
    assert_eq!(sidecar["resources"]["limits"]["cpu"], "1500m");
    assert_eq!(sidecar["resources"]["limits"]["memory"], "1Gi");
    assert_eq!(sidecar["image"], "registry.example/custom-proxy:7");
    let args = args_of(sidecar);
    assert!(
        args.iter().any(|a| a == "--proxyLogLevel=debug"),
        "{args:?}"
    );
    assert!(
        args.iter()
            .any(|a| a == "--proxyComponentLogLevel=misc:error"),
        "{args:?}"
    );
    // proxy.istio.io/config reaches the proxy as its PROXY_CONFIG.
    let proxy_config: Value =
        serde_json::from_str(&env_of(sidecar, "PROXY_CONFIG").expect("PROXY_CONFIG"))
            .expect("PROXY_CONFIG is JSON");
    assert_eq!(proxy_config["concurrency"], 3, "{proxy_config}");
    assert_eq!(proxy_config["terminationDrainDuration"], "17s");
    // Traffic annotations reach the iptables setup (istio-init's args, or the CNI's
    // annotations when the CNI is used).
    let init = tuned_pod["spec"]["initContainers"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|c| c["name"] == "istio-init")
        .expect("istio-init");
    let init_args = args_of(init).join(" ");
    assert!(init_args.contains("-o 5432"), "{init_args}");
    assert!(init_args.contains("-b 9080"), "{init_args}");

    let opted_out = pod(
        "ratings",
        "v1",
        json!({}),
        json!({"sidecar.istio.io/inject": "false"}),
    );
    assert!(
        inject(&istiod, &opted_out).is_none(),
        "a pod labelled sidecar.istio.io/inject=false must not be patched"
    );

    // `sailctl kube-inject` online (the cluster's injector and mesh ConfigMaps, no files)
    // makes, for the same pods, the pods istiod's webhook makes.
    let from_cluster = kube_inject_online(&rc, &[&plain, &tuned]);
    assert_eq!(from_cluster.len(), 2, "{from_cluster:?}");
    // The plain pod's proxy image carries the installed hub, read from the cluster (the tuned
    // pod names its own image).
    assert!(
        proxy(&from_cluster[0])["image"]
            .as_str()
            .is_some_and(|i| i.starts_with("registry.example/mesh/proxyv2:")),
        "{}",
        proxy(&from_cluster[0])
    );
    for (ours, theirs) in from_cluster.iter().zip([&injected, &tuned_pod]) {
        assert_eq!(
            comparable(ours),
            comparable(theirs),
            "sailctl kube-inject vs istiod's /inject for {}",
            theirs["metadata"]["name"]
        );
    }

    // The patched pods, and kube-inject's, are valid Pods for the real API server.
    let renamed: Vec<Value> = from_cluster
        .iter()
        .map(|p| {
            let mut p = p.clone();
            let name = format!(
                "{}-kube-inject",
                p["metadata"]["name"].as_str().unwrap_or("pod")
            );
            p["metadata"]["name"] = json!(name);
            p
        })
        .collect();
    for p in [&injected, &tuned_pod].into_iter().chain(renamed.iter()) {
        let mut p = p.clone();
        if let Some(m) = p["metadata"].as_object_mut() {
            m.remove("creationTimestamp");
        }
        real::apply_objects(&client, &[p]);
    }

    // version and proxy-status read istiod's real :15014 endpoints.
    let (status, body) = http_call("GET", istiod.monitoring, "/version", None).expect("/version");
    assert_eq!(status, 200, "{body}");
    assert!(body.contains("-dev+"), "istiod's /version: {body}");
    register_istiod_pod(&client, "stand-in-tag");
    let direct = format!("istio-system/{POD}:15014=127.0.0.1:{}", istiod.monitoring);
    let env = [("SAILCTL_DIRECT_POD_PORTS", direct.as_str())];
    let (code, out, err) = sailctl(&rc.kubeconfig, &["version", "-o", "json"], &env);
    assert_eq!(code, 0, "version:\n{out}\n{err}");
    let v: Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}\n{err}"));
    let mesh = v["meshVersion"].to_string();
    let info = &v["meshVersion"][0]["Info"];
    // istiod answers `<version>-<revision>-<status>`; sailctl read all three.
    let read = format!(
        "{}-{}-{}",
        info["version"].as_str().unwrap_or_default(),
        info["revision"].as_str().unwrap_or_default(),
        info["status"].as_str().unwrap_or_default()
    );
    assert_eq!(read, body.trim(), "meshVersion {mesh}");
    assert!(
        !mesh.contains("stand-in-tag"),
        "the image tag stood in: {err}"
    );

    let (status, syncz) = http_call("GET", istiod.monitoring, "/debug/syncz", None).expect("syncz");
    assert_eq!(status, 200, "{syncz}");
    let (code, out, err) = sailctl(&rc.kubeconfig, &["proxy-status", "-o", "json"], &env);
    assert_eq!(code, 0, "proxy-status:\n{out}\n{err}");
    assert!(!err.contains("error"), "{err}");
    let ps: Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}\n{err}"));
    let real_proxies = serde_json::from_str::<Value>(&syncz)
        .ok()
        .and_then(|v| v.as_array().map(Vec::len))
        .unwrap_or(0);
    let shown = ps.as_array().map(Vec::len).unwrap_or(0);
    assert_eq!(shown, real_proxies, "proxy-status {out} vs syncz {syncz}");

    // Without the direct address there is no way to istiod (no kubelet): a clear error.
    let (code, _, err) = sailctl(&rc.kubeconfig, &["proxy-status"], &[]);
    assert_ne!(code, 0);
    assert!(err.contains(POD), "{err}");
}
