//! Live `analyze` end to end: the `sailctl` binary against the in-process API server seeded
//! with a generated mesh. Live mode must report what file mode reports on the same YAML, list
//! only the kinds the selected analyzers read (paginated, Secrets as metadata only), overlay
//! files on the cluster, and honour `-n`/`-A`/`--timeout`.
//!
//! The generated mesh comes from ../shared/bench/gen-mesh (or $SAILCTL_GEN_MESH); tests
//! that need it say so and skip when it is absent. `live_analyze_bench` (ignored by default)
//! measures gen-mesh 2000:
//! `cargo test --release --test live_analyze -- --ignored --nocapture`.

mod support;

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::process::Output;
use std::time::Instant;

use assert_cmd::Command;
use serde_json::{Value, json};
use support::TestCluster;

/// The Istio kinds a cluster with Istio installed serves (group, version, kind, plural).
const ISTIO_CRDS: &[(&str, &str, &str, &str)] = &[
    (
        "networking.istio.io",
        "v1",
        "VirtualService",
        "virtualservices",
    ),
    (
        "networking.istio.io",
        "v1",
        "DestinationRule",
        "destinationrules",
    ),
    ("networking.istio.io", "v1", "Gateway", "gateways"),
    (
        "networking.istio.io",
        "v1",
        "ServiceEntry",
        "serviceentries",
    ),
    ("networking.istio.io", "v1", "Sidecar", "sidecars"),
    (
        "networking.istio.io",
        "v1",
        "WorkloadEntry",
        "workloadentries",
    ),
    (
        "networking.istio.io",
        "v1",
        "WorkloadGroup",
        "workloadgroups",
    ),
    (
        "networking.istio.io",
        "v1alpha3",
        "EnvoyFilter",
        "envoyfilters",
    ),
    (
        "security.istio.io",
        "v1",
        "AuthorizationPolicy",
        "authorizationpolicies",
    ),
    (
        "security.istio.io",
        "v1",
        "PeerAuthentication",
        "peerauthentications",
    ),
    (
        "security.istio.io",
        "v1",
        "RequestAuthentication",
        "requestauthentications",
    ),
    ("telemetry.istio.io", "v1", "Telemetry", "telemetries"),
];

fn install_istio_crds(tc: &TestCluster) {
    for (g, v, k, p) in ISTIO_CRDS {
        tc.install_crd(g, v, k, p, true);
    }
}

/// The ingress gateway a real cluster runs (file mode adds a placeholder for it).
fn ingress_gateway(tc: &TestCluster) {
    tc.seed(json!({"apiVersion": "v1", "kind": "Pod",
        "metadata": {"name": "istio-ingressgateway-7f9c", "namespace": "istio-system",
                     "labels": {"istio": "ingressgateway", "app": "istio-ingressgateway"}},
        "spec": {"containers": [{"name": "istio-proxy", "image": "proxyv2:1.24.2"}]}}));
    tc.seed(json!({"apiVersion": "v1", "kind": "Service",
        "metadata": {"name": "istio-ingressgateway", "namespace": "istio-system"},
        "spec": {"selector": {"istio": "ingressgateway"},
                 "ports": [{"name": "http2", "port": 80, "targetPort": 8080, "protocol": "TCP"},
                           {"name": "https", "port": 443, "targetPort": 8443, "protocol": "TCP"}]}}));
}

fn gen_mesh(services: usize, issues: &str) -> Option<String> {
    let script = std::env::var_os("SAILCTL_GEN_MESH")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            // ../shared sits beside a checkout (CI); beside the folder of worktrees in development
            let beside = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/bench/gen-mesh");
            if beside.exists() {
                beside
            } else {
                PathBuf::from("/work/shared/bench/gen-mesh")
            }
        });
    if !script.exists() {
        eprintln!("skipping: {} is absent", script.display());
        return None;
    }
    let out = std::process::Command::new("python3")
        .arg(&script)
        .args(["--services", &services.to_string(), "--issues", issues])
        .output()
        .ok()?;
    assert!(out.status.success(), "gen-mesh failed");
    Some(String::from_utf8(out.stdout).unwrap())
}

fn sailctl(tc: Option<&TestCluster>, args: &[&str]) -> Output {
    let mut cmd = Command::cargo_bin("sailctl").unwrap();
    if let Some(tc) = tc {
        cmd.args(["--kubeconfig", tc.kubeconfig_str()]);
    }
    cmd.args(args)
        .env_remove("KUBECONFIG")
        .env("HOME", "/nonexistent-home")
        .output()
        .unwrap()
}

/// `(code, origin, message)` of each JSON message.
fn messages(out: &Output) -> Vec<(String, String, String)> {
    let v: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "not JSON ({e}): {}\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    });
    v.as_array()
        .unwrap()
        .iter()
        .map(|m| {
            (
                m["code"].as_str().unwrap_or_default().to_string(),
                m["origin"].as_str().unwrap_or_default().to_string(),
                m["message"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

/// Messages about the generated namespaces only (a cluster also has `default`, `istio-system`).
fn about_generated(msgs: Vec<(String, String, String)>) -> Vec<(String, String, String)> {
    msgs.into_iter()
        .filter(|(_, origin, _)| origin.contains("team-"))
        .collect()
}

#[test]
fn live_analysis_matches_file_mode_and_lists_only_needed_kinds() {
    let Some(yaml) = gen_mesh(2000, "0.05") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("mesh.yaml");
    std::fs::write(&file, &yaml).unwrap();
    let file = file.to_str().unwrap();

    let tc = TestCluster::start();
    install_istio_crds(&tc);
    tc.seed_yaml(&yaml);
    ingress_gateway(&tc);
    tc.clear_requests();

    let live = sailctl(Some(&tc), &["analyze", "-A", "-o", "json"]);
    assert!(
        matches!(live.status.code(), Some(0 | 79)),
        "{}",
        String::from_utf8_lossy(&live.stderr)
    );
    let offline = sailctl(
        None,
        &[
            "analyze",
            "--use-kube=false",
            "--closed-world",
            "-A",
            "-o",
            "json",
            file,
        ],
    );
    let live_msgs = about_generated(messages(&live));
    let file_msgs = about_generated(messages(&offline));
    assert!(!file_msgs.is_empty(), "the generated mesh carries mistakes");
    assert_eq!(live_msgs, file_msgs);
    assert_eq!(live.status.code(), offline.status.code());

    // Only the kinds the default analyzers read were listed; never Deployments' ReplicaSets,
    // ConfigMaps but the mesh config, ...
    let lists = tc.requests_with_verb("list");
    let listed: BTreeSet<String> = lists.iter().map(|r| r.resource.clone()).collect();
    for r in &lists {
        assert_eq!(r.namespace, None, "lists are cluster-wide: {}", r.path);
        assert_eq!(r.params.get("limit").map(String::as_str), Some("500"));
    }
    for must in [
        "virtualservices",
        "destinationrules",
        "gateways",
        "services",
        "pods",
        "namespaces",
    ] {
        assert!(listed.contains(must), "{must} not listed: {listed:?}");
    }
    for never in [
        "replicasets",
        "events",
        "statefulsets",
        "jobs",
        "endpointslices",
        "daemonsets",
        "roles",
    ] {
        assert!(!listed.contains(never), "{never} listed: {listed:?}");
    }
    // Exactly the input kinds of the default analyzers that this cluster serves (no Gateway
    // API, no WasmPlugin CRDs here).
    let defaults: Vec<&'static dyn sailctl::analysis::Analyzer> = sailctl::analysis::all()
        .iter()
        .copied()
        .filter(|a| a.metadata().default)
        .collect();
    let served = sailctl::analysis::live::input_kinds(&defaults)
        .into_iter()
        .filter(|k| {
            matches!(
                k.group,
                "" | "apps" | "admissionregistration.k8s.io" | "apiextensions.k8s.io"
            ) || ISTIO_CRDS.iter().any(|c| c.0 == k.group && c.2 == k.kind)
        })
        .count();
    assert_eq!(listed.len(), served, "{listed:?}");
    // Each listed kind once (plus continuation pages).
    let first_pages = lists
        .iter()
        .filter(|r| !r.params.contains_key("continue"))
        .count();
    assert_eq!(first_pages, listed.len(), "{listed:?}");
    // 2000 services do not fit one page of 500: the client followed `continue` tokens.
    let services_pages = lists.iter().filter(|r| r.resource == "services").count();
    assert!(services_pages >= 4, "{services_pages} pages of services");
    // No writes.
    assert!(tc.writes().is_empty());
}

#[test]
fn a_selected_analyzer_lists_only_its_inputs_and_pages_through() {
    let tc = TestCluster::start();
    install_istio_crds(&tc);
    for i in 0..1203 {
        tc.seed(json!({"apiVersion": "v1", "kind": "Service",
            "metadata": {"name": format!("svc-{i:04}"), "namespace": "shop"},
            "spec": {"ports": [{"name": if i == 7 { "web" } else { "http" }, "port": 80}]}}));
    }
    tc.clear_requests();
    let out = sailctl(
        Some(&tc),
        &[
            "analyze",
            "-n",
            "shop",
            "--analyzer",
            "service.PortNameAnalyzer",
            "-o",
            "json",
        ],
    );
    let msgs = messages(&out);
    assert_eq!(msgs.len(), 1, "{msgs:?}");
    assert_eq!(msgs[0].0, "IST0118");
    assert_eq!(msgs[0].1, "Service shop/svc-0007");
    let lists = tc.requests_with_verb("list");
    let resources: BTreeSet<&str> = lists.iter().map(|r| r.resource.as_str()).collect();
    let meta = sailctl::analysis::by_name("service.PortNameAnalyzer")
        .unwrap()
        .metadata();
    assert!(resources.contains("services"));
    assert!(
        resources.len() <= meta.inputs.len(),
        "{resources:?} vs inputs {:?}",
        meta.inputs
    );
    // 1203 services: three pages of 500.
    let pages = lists.iter().filter(|r| r.resource == "services").count();
    assert_eq!(pages, 3);
}

#[test]
fn secrets_are_listed_as_metadata_unless_content_is_needed() {
    use sailctl::analysis::kinds;
    use sailctl::analysis::live::{LiveOptions, collect_kinds};
    let tc = TestCluster::start();
    tc.seed(json!({"apiVersion": "v1", "kind": "Secret",
        "metadata": {"name": "cacerts", "namespace": "istio-system", "labels": {"k": "v"}},
        "type": "Opaque", "data": {"key.pem": "c2VjcmV0"}}));
    let c = tc.connect();
    let secret = kinds::by_collection("Secret").unwrap();
    let collect = |content: bool| {
        sailctl::cluster::block_on(collect_kinds(
            &c,
            &[secret],
            content,
            &LiveOptions::default(),
            None,
            &std::sync::atomic::AtomicUsize::new(0),
        ))
        .unwrap()
    };
    tc.clear_requests();
    let names_only = collect(false);
    assert_eq!(names_only.resources.len(), 1);
    let r = &names_only.resources[0];
    assert_eq!((r.kind.as_str(), r.name.as_str()), ("Secret", "cacerts"));
    assert_eq!(r.value["metadata"]["labels"]["k"], "v");
    assert!(r.value.get("data").is_none(), "{}", r.value);
    assert!(names_only.listed[0].metadata_only);
    let lists = tc.requests_with_verb("list");
    assert_eq!(lists.len(), 1);
    assert!(
        lists[0]
            .accept
            .as_deref()
            .is_some_and(|a| a.contains("as=PartialObjectMetadataList")),
        "{:?}",
        lists[0].accept
    );

    // The gateway secret analyzer reads certificates: it gets the content.
    let gw = sailctl::analysis::by_name("gateway.SecretAnalyzer").unwrap();
    assert!(sailctl::analysis::live::needs_secret_content(&[gw]));
    let full = collect(true);
    assert_eq!(full.resources[0].value["data"]["key.pem"], "c2VjcmV0");
    assert!(!full.listed[0].metadata_only);
}

#[test]
fn files_overlay_the_cluster() {
    let tc = TestCluster::start();
    install_istio_crds(&tc);
    // In the cluster: a VirtualService routing to a host that does not exist.
    tc.seed(
        json!({"apiVersion": "networking.istio.io/v1", "kind": "VirtualService",
        "metadata": {"name": "reviews", "namespace": "shop"},
        "spec": {"hosts": ["reviews"], "http": [{"route": [{"destination": {"host": "nope"}}]}]}}),
    );
    tc.seed(json!({"apiVersion": "v1", "kind": "Service",
        "metadata": {"name": "reviews", "namespace": "shop"},
        "spec": {"ports": [{"name": "http", "port": 9080}]}}));
    let broken = sailctl(
        Some(&tc),
        &[
            "analyze",
            "-n",
            "shop",
            "--analyzer",
            "virtualservice.DestinationHostAnalyzer",
            "-o",
            "json",
        ],
    );
    let msgs = messages(&broken);
    assert_eq!(msgs.len(), 1, "{msgs:?}");
    assert_eq!(msgs[0].0, "IST0101");
    assert_eq!(broken.status.code(), Some(79));
    // The fixed version in a file (no namespace: the selected one applies) replaces it.
    let dir = tempfile::tempdir().unwrap();
    let fixed = dir.path().join("vs.yaml");
    std::fs::write(
        &fixed,
        "apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata:\n  name: reviews\nspec:\n  hosts: [reviews]\n  http:\n  - route:\n    - destination:\n        host: reviews\n",
    )
    .unwrap();
    let out = sailctl(
        Some(&tc),
        &[
            "analyze",
            "-n",
            "shop",
            "--analyzer",
            "virtualservice.DestinationHostAnalyzer",
            "-o",
            "json",
            fixed.to_str().unwrap(),
        ],
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(messages(&out).is_empty());
}

#[test]
fn revision_keeps_only_that_revisions_configuration() {
    let tc = TestCluster::start();
    install_istio_crds(&tc);
    // Three VirtualServices to hosts that do not exist: one per revision label, one unlabeled
    // (unlabeled configuration belongs to every revision).
    for (name, rev) in [
        ("canary-vs", Some("canary")),
        ("stable-vs", Some("stable")),
        ("shared-vs", None),
    ] {
        let mut labels = json!({});
        if let Some(rev) = rev {
            labels["istio.io/rev"] = json!(rev);
        }
        tc.seed(json!({"apiVersion": "networking.istio.io/v1", "kind": "VirtualService",
            "metadata": {"name": name, "namespace": "shop", "labels": labels},
            "spec": {"hosts": ["reviews"], "http": [{"route": [{"destination": {"host": "nope"}}]}]}}));
    }
    tc.seed(json!({"apiVersion": "v1", "kind": "Service",
        "metadata": {"name": "reviews", "namespace": "shop"},
        "spec": {"ports": [{"name": "http", "port": 9080}]}}));
    let origins = |extra: &[&str]| -> BTreeSet<String> {
        let mut args = vec![
            "analyze",
            "-n",
            "shop",
            "--analyzer",
            "virtualservice.DestinationHostAnalyzer",
            "-o",
            "json",
        ];
        args.extend_from_slice(extra);
        let out = sailctl(Some(&tc), &args);
        assert_eq!(
            out.status.code(),
            Some(79),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        messages(&out).into_iter().map(|m| m.1).collect()
    };
    assert_eq!(
        origins(&[]),
        BTreeSet::from([
            "VirtualService shop/canary-vs".to_string(),
            "VirtualService shop/shared-vs".to_string(),
            "VirtualService shop/stable-vs".to_string(),
        ])
    );
    assert_eq!(
        origins(&["-r", "canary"]),
        BTreeSet::from([
            "VirtualService shop/canary-vs".to_string(),
            "VirtualService shop/shared-vs".to_string(),
        ])
    );
}

#[test]
fn namespace_defaults_to_the_context_and_missing_namespace_is_said() {
    let tc = TestCluster::start();
    install_istio_crds(&tc);
    let out = sailctl(Some(&tc), &["analyze", "-n", "nowhere"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("namespace \"nowhere\" not found"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // Without -n, the kubeconfig context's namespace is analyzed.
    for ns in ["shop", "other"] {
        tc.seed(json!({"apiVersion": "v1", "kind": "Service",
            "metadata": {"name": "web", "namespace": ns},
            "spec": {"ports": [{"name": "web", "port": 80}]}}));
    }
    let text = std::fs::read_to_string(tc.kubeconfig()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let kc = dir.path().join("kubeconfig");
    std::fs::write(&kc, text.replace("namespace: default", "namespace: shop")).unwrap();
    let args = [
        "analyze",
        "--analyzer",
        "service.PortNameAnalyzer",
        "-o",
        "json",
    ];
    let out = Command::cargo_bin("sailctl")
        .unwrap()
        .args(["--kubeconfig", kc.to_str().unwrap()])
        .args(args)
        .output()
        .unwrap();
    let origins: Vec<String> = messages(&out).into_iter().map(|m| m.1).collect();
    assert_eq!(origins, ["Service shop/web"]);
    let mut all = args.to_vec();
    all.push("-A");
    let out = sailctl(Some(&tc), &all);
    let origins: Vec<String> = messages(&out).into_iter().map(|m| m.1).collect();
    assert_eq!(origins, ["Service other/web", "Service shop/web"]);
}

#[test]
fn istioctls_ignored_namespaces_are_not_listed_or_reported() {
    let tc = TestCluster::start();
    install_istio_crds(&tc);
    let ignored = [
        "kube-system",
        "kube-public",
        "kube-node-lease",
        "local-path-storage",
    ];
    for ns in ignored.iter().chain(&["shop"]) {
        tc.seed(json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": ns}}));
        // a pod without a sidecar and a Service with an unnamed port in each
        tc.seed(json!({"apiVersion": "v1", "kind": "Pod",
            "metadata": {"name": "web", "namespace": ns, "labels": {"app": "web"}},
            "spec": {"containers": [{"name": "web", "image": "web:1"}]}}));
        tc.seed(json!({"apiVersion": "v1", "kind": "Service",
            "metadata": {"name": "web", "namespace": ns},
            "spec": {"selector": {"app": "web"}, "ports": [{"port": 80}]}}));
    }
    tc.clear_requests();
    let out = sailctl(Some(&tc), &["analyze", "-A", "-o", "json"]);
    let msgs = messages(&out);
    // the same objects in an ordinary namespace are reported (namespace not injected, ...)
    assert!(
        msgs.iter()
            .any(|(code, origin, _)| code == "IST0102" && origin == "Namespace shop"),
        "{msgs:?}"
    );
    for (code, origin, text) in &msgs {
        for ns in ignored {
            assert!(
                !origin.contains(ns) && !text.contains(ns),
                "{code} {origin}: {text}"
            );
        }
    }
    // the server was asked to leave them out
    for (resource, field) in [
        ("namespaces", "metadata.name"),
        ("services", "metadata.namespace"),
        ("pods", "metadata.namespace"),
    ] {
        let lists: Vec<_> = tc
            .requests_with_verb("list")
            .into_iter()
            .filter(|r| r.resource == resource)
            .collect();
        assert!(!lists.is_empty(), "{resource} not listed");
        for r in lists {
            let sel = r.params.get("fieldSelector").cloned().unwrap_or_default();
            for ns in ignored {
                assert!(
                    sel.contains(&format!("{field}!={ns}")),
                    "{resource}: {sel:?}"
                );
            }
        }
    }
}

#[test]
fn unreachable_cluster_fails_within_the_timeout() {
    // A server that accepts and never answers.
    let held = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = held.local_addr().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let kc = dir.path().join("kubeconfig");
    std::fs::write(
        &kc,
        support::kubeconfig_yaml(&format!("http://{addr}"), "silent"),
    )
    .unwrap();
    let analyze = |scope: &[&str]| {
        Command::cargo_bin("sailctl")
            .unwrap()
            .args(["--kubeconfig", kc.to_str().unwrap(), "analyze"])
            .args(scope)
            .args(["--timeout", "800ms"])
            .output()
            .unwrap()
    };
    let out = analyze(&["-A"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("timed out after 800ms listing the cluster's resources"),
        "{err}"
    );
    // One namespace: checking that it exists is bounded by --timeout too.
    let out = analyze(&["-n", "shop"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        format!("error: timed out after 800ms getting namespace shop (API server http://{addr})\n")
    );
}

/// gen-mesh 2000 loaded into the test server; prints wall time and request counts.
#[test]
#[ignore]
fn live_analyze_bench() {
    let services: usize = std::env::var("SAILCTL_BENCH_SERVICES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(2000);
    let Some(yaml) = gen_mesh(services, "0.02") else {
        return;
    };
    let tc = TestCluster::start();
    install_istio_crds(&tc);
    let t = Instant::now();
    let objects = tc.seed_yaml(&yaml).len();
    ingress_gateway(&tc);
    eprintln!("seeded {objects} objects in {:.2?}", t.elapsed());
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("mesh.yaml");
    std::fs::write(&file, &yaml).unwrap();
    for run in 0..3 {
        tc.clear_requests();
        let t = Instant::now();
        let out = sailctl(Some(&tc), &["analyze", "-A", "-o", "json", "-v"]);
        let wall = t.elapsed();
        let reqs = tc.requests();
        let lists = reqs.iter().filter(|r| r.verb == "list").count();
        let discovery = reqs.iter().filter(|r| r.verb == "discovery").count();
        eprintln!(
            "live run {run}: {:.2?} wall, {} requests ({lists} list pages, {discovery} discovery, {} other), {} messages, exit {:?}",
            wall,
            reqs.len(),
            reqs.len() - lists - discovery,
            messages(&out).len(),
            out.status.code()
        );
        if run == 0 {
            eprintln!("{}", String::from_utf8_lossy(&out.stderr));
        }
    }
    let t = Instant::now();
    let out = sailctl(
        None,
        &[
            "analyze",
            "--use-kube=false",
            "-A",
            "-o",
            "json",
            file.to_str().unwrap(),
        ],
    );
    eprintln!(
        "file mode on the same YAML: {:.2?} wall, {} messages",
        t.elapsed(),
        messages(&out).len()
    );
}
