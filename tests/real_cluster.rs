//! The real-cluster tier: sailctl against a real kube-apiserver (k8s.io/kubernetes as a
//! library, etcd in process; tests/kube/apiserver), built by tools/real-cluster/build.sh on the
//! first run and cached under target/real/. No controller-manager or kubelet runs: the tests
//! stand in for them where install waits for rollouts ([`real::FakeControllers`]).
//!
//! One server per test binary, shared; tests that write Istio's cluster-wide objects take
//! [`real::install_lock`]. The live-analyze test starts its own server (its 12,320 objects
//! would otherwise meet the install tests').

mod real;

use std::collections::{BTreeMap, BTreeSet};

use kube::api::{Api, DynamicObject, ListParams};
use real::{FakeControllers, RealCluster, get_object, key, rendered, sailctl};
use serde_json::{Value, json};

/// The objects of an install besides the rendered ones (the default revision tag).
fn tag_objects() -> Vec<Value> {
    vec![
        json!({"apiVersion": "admissionregistration.k8s.io/v1", "kind": "MutatingWebhookConfiguration",
               "metadata": {"name": "istio-revision-tag-default"}}),
        json!({"apiVersion": "admissionregistration.k8s.io/v1", "kind": "ValidatingWebhookConfiguration",
               "metadata": {"name": "istiod-default-validator"}}),
        json!({"apiVersion": "v1", "kind": "Service",
               "metadata": {"name": "istiod-revision-tag-default", "namespace": "istio-system"}}),
    ]
}

/// `key → resourceVersion` of every object, panicking on one that is missing.
fn resource_versions(client: &kube::Client, objects: &[Value]) -> BTreeMap<String, String> {
    objects
        .iter()
        .map(|o| {
            let live = get_object(client, o).unwrap_or_else(|| panic!("{} is missing", key(o)));
            (
                key(o),
                live["metadata"]["resourceVersion"]
                    .as_str()
                    .unwrap_or_default()
                    .to_string(),
            )
        })
        .collect()
}

/// Objects (of the kinds in `objects`) carrying sailctl's ownership labels, by `key`, with
/// their kind's API resource.
fn owned_objects(
    client: &kube::Client,
    objects: &[Value],
) -> BTreeMap<String, (kube::discovery::ApiResource, DynamicObject)> {
    let kinds: BTreeSet<(String, String)> = objects
        .iter()
        .map(|o| {
            (
                o["apiVersion"].as_str().unwrap_or_default().to_string(),
                o["kind"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect();
    let mut out = BTreeMap::new();
    sailctl::cluster::block_on(async {
        // Discovery is eventually consistent: right after CRDs are deleted (purge) `/apis` can
        // still list a group whose version already answers 404, and kube's discovery fails on
        // it. Ask again (bounded) until the server's view settles.
        let mut attempt = 0;
        let discovery = loop {
            match kube::discovery::Discovery::new(client.clone()).run().await {
                Ok(d) => break d,
                Err(e) if attempt < 50 => {
                    attempt += 1;
                    eprintln!("discovery not settled yet ({e}); asking again");
                    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
                }
                Err(e) => panic!("discovery: {e}"),
            }
        };
        for (av, kind) in kinds {
            let (group, version) = av.split_once('/').unwrap_or(("", &av));
            let gvk = kube::api::GroupVersionKind::gvk(group, version, &kind);
            let Some((ar, _)) = discovery.resolve_gvk(&gvk) else {
                continue; // a CRD's kind, gone with its CRD
            };
            let api: Api<DynamicObject> = Api::all_with(client.clone(), &ar);
            for label in [
                "operator.istio.io/component",
                "install.operator.istio.io/owning-resource",
            ] {
                let list = api
                    .list(&ListParams::default().labels(label))
                    .await
                    .unwrap_or_else(|e| panic!("list {kind}: {e}"));
                for item in list.items {
                    let key = format!(
                        "{kind} {}/{}",
                        item.metadata.namespace.as_deref().unwrap_or("-"),
                        item.metadata.name.as_deref().unwrap_or_default()
                    );
                    out.insert(key, (ar.clone(), item));
                }
            }
        }
    });
    out
}

/// What the garbage collector of kube-controller-manager (not run here) does for objects
/// deleted with foreground propagation that have no dependents left: drop the
/// `foregroundDeletion` finalizer, so the deletion completes.
fn collect_garbage(
    client: &kube::Client,
    objects: &BTreeMap<String, (kube::discovery::ApiResource, DynamicObject)>,
) {
    use kube::api::{Patch, PatchParams};
    sailctl::cluster::block_on(async {
        for (key, (ar, obj)) in objects {
            let finalizers: Vec<&String> = obj.metadata.finalizers.iter().flatten().collect();
            if !finalizers.iter().any(|f| *f == "foregroundDeletion") {
                continue;
            }
            let rest: Vec<&String> = finalizers
                .into_iter()
                .filter(|f| *f != "foregroundDeletion")
                .collect();
            let api: Api<DynamicObject> = match obj.metadata.namespace.as_deref() {
                Some(ns) => Api::namespaced_with(client.clone(), ns, ar),
                None => Api::all_with(client.clone(), ar),
            };
            let name = obj.metadata.name.as_deref().unwrap_or_default();
            if let Err(e) = api
                .patch(
                    name,
                    &PatchParams::default(),
                    &Patch::Merge(json!({"metadata": {"finalizers": rest}})),
                )
                .await
            {
                // Gone already (a CRD's own cleanup finished first).
                assert!(
                    matches!(&e, kube::Error::Api(s) if s.code == 404),
                    "{key}: {e}"
                );
            }
        }
    });
}

fn install(rc: &RealCluster, profile: &str, extra: &[&str]) -> (i32, String, String) {
    let set = format!("profile={profile}");
    let mut args = vec![
        "install",
        "--set",
        &set,
        "-y",
        "--readiness-timeout",
        "120s",
    ];
    args.extend_from_slice(extra);
    sailctl(&rc.kubeconfig, &args, &[])
}

#[test]
fn install_upgrade_reinstall_diff_verify_and_purge_on_a_real_server() {
    let _lock = real::install_lock();
    let rc = RealCluster::shared();
    let client = rc.client();

    // --dry-run on an empty cluster: the server validates, nothing is written.
    let demo = rendered(&["profile=demo"]);
    let (code, out, err) = install(rc, "demo", &["--dry-run"]);
    assert_eq!(code, 0, "dry run failed:\n{out}\n{err}");
    let written: Vec<String> = demo
        .iter()
        .filter(|o| get_object(&client, o).is_some())
        .map(key)
        .collect();
    assert!(written.is_empty(), "--dry-run wrote {written:?}");

    let _controllers = FakeControllers::start(client.clone());
    for profile in ["minimal", "default", "demo"] {
        let (code, out, err) = install(rc, profile, &[]);
        assert_eq!(code, 0, "install {profile} failed:\n{out}\n{err}");
        let objects = rendered(&[&format!("profile={profile}")]);
        let mut all = objects.clone();
        all.extend(tag_objects());
        // Every rendered object was accepted and is there.
        let before = resource_versions(&client, &all);
        assert_eq!(before.len(), all.len());
        // CRDs are Established, and their CEL rules were accepted as sent.
        let mut cel_rules = 0;
        for crd in objects
            .iter()
            .filter(|o| o["kind"] == "CustomResourceDefinition")
        {
            let live = get_object(&client, crd).expect("CRD");
            let established = live["status"]["conditions"]
                .as_array()
                .into_iter()
                .flatten()
                .any(|c| c["type"] == "Established" && c["status"] == "True");
            assert!(established, "{} is not Established", key(crd));
            let sent = crd.to_string().matches("x-kubernetes-validations").count();
            let kept = live["spec"]
                .to_string()
                .matches("x-kubernetes-validations")
                .count();
            assert_eq!(sent, kept, "{}: CEL rule sets sent vs stored", key(crd));
            cel_rules += sent;
        }
        assert!(
            cel_rules > 0,
            "{profile}: no CRD carries CEL rules to check"
        );

        // A second identical install changes nothing.
        let (code, out, err) = install(rc, profile, &[]);
        assert_eq!(code, 0, "re-install {profile} failed:\n{out}\n{err}");
        let after = resource_versions(&client, &all);
        let changed: Vec<&String> = before
            .iter()
            .filter(|(k, v)| after.get(*k) != Some(v))
            .map(|(k, _)| k)
            .collect();
        assert!(
            changed.is_empty(),
            "re-install of {profile} changed {changed:?}"
        );
    }

    // --diff and --dry-run on the installed cluster write nothing.
    let mut all = demo.clone();
    all.extend(tag_objects());
    let before = resource_versions(&client, &all);
    let (code, out, err) = install(rc, "default", &["--diff"]);
    assert_eq!(code, 0, "--diff failed:\n{out}\n{err}");
    assert!(
        out.contains("istio-egressgateway"),
        "--diff names the egress gateway default would prune:\n{out}"
    );
    let (code, out, err) = install(rc, "default", &["--dry-run"]);
    assert_eq!(code, 0, "--dry-run failed:\n{out}\n{err}");
    assert_eq!(before, resource_versions(&client, &all));

    // verify-install agrees.
    let (code, out, err) = sailctl(
        &rc.kubeconfig,
        &["verify-install", "--set", "profile=demo"],
        &[],
    );
    assert_eq!(code, 0, "verify-install:\n{out}\n{err}");
    assert!(
        !out.contains("missing") && !out.contains("not ready"),
        "{out}"
    );
    // ... and, with no inputs, checks what the last install recorded (demo: no HPAs), not the
    // default profile (--diff and --dry-run above recorded nothing).
    let (code, out, err) = sailctl(&rc.kubeconfig, &["verify-install"], &[]);
    assert_eq!(code, 0, "verify-install from the record:\n{out}\n{err}");
    assert!(err.contains("profile \"demo\""), "{err}");
    assert!(!out.contains("HorizontalPodAutoscaler"), "{out}");

    // uninstall --purge removes every owned object and keeps a foreign one.
    let foreign = json!({"apiVersion": "v1", "kind": "ConfigMap",
        "metadata": {"name": "not-istios", "namespace": "istio-system", "labels": {"istio.io/rev": "default"}},
        "data": {"k": "v"}});
    real::apply_objects(&client, std::slice::from_ref(&foreign));
    assert!(!owned_objects(&client, &all).is_empty());
    let (code, out, err) = sailctl(&rc.kubeconfig, &["uninstall", "--purge", "-y"], &[]);
    assert_eq!(code, 0, "uninstall --purge:\n{out}\n{err}");
    // sailctl deletes with foreground propagation, as istioctl does: the server marks each
    // object deleted and leaves the rest to the garbage collector.
    let terminating = owned_objects(&client, &all);
    for (key, (_, obj)) in &terminating {
        assert!(
            obj.metadata.deletion_timestamp.is_some(),
            "{key} was not deleted by --purge"
        );
        // Waiting for the garbage collector, or (CRDs) for the API server's own cleanup of
        // their custom resources.
        for f in obj.metadata.finalizers.iter().flatten() {
            assert!(
                f == "foregroundDeletion" || f == "customresourcecleanup.apiextensions.k8s.io",
                "{key} waits for {f}"
            );
        }
    }
    collect_garbage(&client, &terminating);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    let left = loop {
        let left: Vec<String> = owned_objects(&client, &all).into_keys().collect();
        if left.is_empty() || std::time::Instant::now() > deadline {
            break left;
        }
        std::thread::sleep(std::time::Duration::from_millis(250));
    };
    assert!(left.is_empty(), "left after --purge: {left:?}");
    assert!(
        get_object(&client, &foreign).is_some(),
        "the foreign ConfigMap was deleted"
    );
    let record = json!({"apiVersion": "v1", "kind": "ConfigMap",
        "metadata": {"name": "sailctl-installed-state", "namespace": "istio-system"}});
    assert!(
        get_object(&client, &record).is_none(),
        "--purge left the install record"
    );
    let (code, out, _) = sailctl(
        &rc.kubeconfig,
        &["verify-install", "--set", "profile=demo"],
        &[],
    );
    assert_eq!(code, 1, "verify-install after purge:\n{out}");
    assert!(out.contains("missing"), "{out}");
}

#[test]
fn precheck_names_each_missing_permission_of_a_restricted_user() {
    let rc = RealCluster::shared();
    let (code, out, err) = sailctl(
        &rc.kubeconfig,
        &["--context", "restricted", "precheck", "-o", "json"],
        &[],
    );
    assert_eq!(code, 1, "restricted precheck must fail:\n{out}\n{err}");
    let report: Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}\n{err}"));
    let failed: Vec<String> = report["checks"]
        .as_array()
        .expect("checks")
        .iter()
        .filter(|c| c["status"] != "ok" && c["status"] != "pass")
        .map(|c| c["name"].as_str().unwrap_or_default().to_string())
        .collect();
    for what in [
        "namespaces",
        "deployments.apps",
        "customresourcedefinitions.apiextensions.k8s.io",
        "clusterroles.rbac.authorization.k8s.io",
        "mutatingwebhookconfigurations.admissionregistration.k8s.io",
    ] {
        assert!(
            failed.iter().any(|f| f.contains(what)),
            "no failed check names {what}: {failed:?}"
        );
    }

    let _lock = real::install_lock();
    let (code, out, err) = sailctl(&rc.kubeconfig, &["precheck", "-o", "json"], &[]);
    assert_eq!(code, 0, "admin precheck must pass:\n{out}\n{err}");
    let report: Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(report["ok"], true, "{out}");
}

fn gen_mesh(services: usize, issues: &str) -> String {
    let script = std::env::var_os("SAILCTL_GEN_MESH")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| {
            let beside = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join("../shared/bench/gen-mesh");
            if beside.exists() {
                beside
            } else {
                std::path::PathBuf::from("/work/shared/bench/gen-mesh")
            }
        });
    let out = std::process::Command::new("python3")
        .arg(&script)
        .args(["--services", &services.to_string(), "--issues", issues])
        .output()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", script.display()));
    assert!(
        out.status.success(),
        "{} failed: {}",
        script.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 YAML")
}

/// `(code, origin, message)` of the messages about gen-mesh's namespaces.
fn generated_messages(json_out: &str, err: &str) -> Vec<(String, String, String)> {
    let v: Value =
        serde_json::from_str(json_out).unwrap_or_else(|e| panic!("not JSON ({e}): {err}"));
    v.as_array()
        .expect("a message array")
        .iter()
        .map(|m| {
            (
                m["code"].as_str().unwrap_or_default().to_string(),
                m["origin"].as_str().unwrap_or_default().to_string(),
                m["message"].as_str().unwrap_or_default().to_string(),
            )
        })
        .filter(|(_, origin, _)| origin.contains("team-"))
        .collect()
}

#[test]
fn live_analyze_on_gen_mesh_2000_equals_file_mode() {
    let yaml = gen_mesh(2000, "0.05");
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("mesh.yaml");
    std::fs::write(&file, &yaml).expect("write mesh");

    let rc = RealCluster::start();
    let client = rc.client();
    // Istio's CRDs as sailctl renders them, then the mesh, then the ingress gateway a cluster
    // runs (file mode adds a placeholder for it) and a Secret whose data must not be read.
    let crds: Vec<Value> = rendered(&["profile=demo"])
        .into_iter()
        .filter(|o| o["kind"] == "CustomResourceDefinition")
        .collect();
    real::apply_objects(&client, &crds);
    let load = sailctl::resource::loader::load_bytes("mesh.yaml", yaml.into_bytes());
    assert!(load.issues.is_empty(), "{:?}", load.issues);
    let mut objects: Vec<Value> = load.resources.into_iter().map(|r| r.value).collect();
    assert!(objects.len() > 12_000, "{} objects", objects.len());
    let loaded = objects.len();
    objects.push(
        json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "istio-system"}}),
    );
    objects.push(json!({"apiVersion": "v1", "kind": "Pod",
        "metadata": {"name": "istio-ingressgateway-7f9c", "namespace": "istio-system",
                     "labels": {"istio": "ingressgateway", "app": "istio-ingressgateway"}},
        "spec": {"containers": [{"name": "istio-proxy", "image": "proxyv2:1.24.2"}]}}));
    objects.push(json!({"apiVersion": "v1", "kind": "Service",
        "metadata": {"name": "istio-ingressgateway", "namespace": "istio-system"},
        "spec": {"selector": {"istio": "ingressgateway"},
                 "ports": [{"name": "http2", "port": 80, "targetPort": 8080, "protocol": "TCP"},
                           {"name": "https", "port": 443, "targetPort": 8443, "protocol": "TCP"}]}}));
    objects.push(json!({"apiVersion": "v1", "kind": "Secret",
        "metadata": {"name": "private", "namespace": "istio-system"},
        "type": "Opaque", "data": {"key.pem": "c2VjcmV0LXZhbHVl"}}));
    let started = std::time::Instant::now();
    real::apply_objects(&client, &objects);
    eprintln!(
        "loaded {loaded} gen-mesh objects into the real kube-apiserver in {:.1}s",
        started.elapsed().as_secs_f64()
    );

    let audit_before = rc.audit().len();
    let started = std::time::Instant::now();
    let (live_code, live_out, live_err) =
        sailctl(&rc.kubeconfig, &["analyze", "-A", "-o", "json"], &[]);
    eprintln!("live analyze -A: {:.1}s", started.elapsed().as_secs_f64());
    assert!(matches!(live_code, 0 | 79), "live analyze:\n{live_err}");
    let (file_code, file_out, file_err) = sailctl(
        &rc.kubeconfig,
        &[
            "analyze",
            "--use-kube=false",
            "-A",
            "-o",
            "json",
            file.to_str().expect("path"),
        ],
        &[],
    );
    let live = generated_messages(&live_out, &live_err);
    let offline = generated_messages(&file_out, &file_err);
    assert!(!offline.is_empty(), "the generated mesh carries mistakes");
    assert_eq!(live, offline);
    assert_eq!(live_code, file_code);

    // The real server's record of sailctl's reads (its audit log).
    let events: Vec<Value> = rc.audit().into_iter().skip(audit_before).collect();
    let lists: Vec<&Value> = events
        .iter()
        .filter(|e| e["verb"] == "list" && e["user"]["username"] == "admin")
        .collect();
    assert!(!lists.is_empty(), "no list in the audit log");
    for e in &lists {
        let uri = e["requestURI"].as_str().unwrap_or_default();
        assert!(uri.contains("limit=500"), "unpaginated list {uri}");
        assert!(
            !uri.contains("/namespaces/"),
            "lists are cluster-wide: {uri}"
        );
    }
    let service_pages = lists
        .iter()
        .filter(|e| e["objectRef"]["resource"] == "services")
        .count();
    assert!(
        service_pages >= 4,
        "{service_pages} pages of services (2000+ services)"
    );
    // The default analyzers include gateway.SecretAnalyzer, which reads certificates.
    assert!(
        lists
            .iter()
            .any(|e| e["objectRef"]["resource"] == "secrets"),
        "Secrets were not listed"
    );
    let writes: Vec<&Value> = events
        .iter()
        .filter(|e| !matches!(e["verb"].as_str(), Some("get" | "list" | "watch")))
        .filter(|e| e["user"]["username"] == "admin")
        .collect();
    assert!(writes.is_empty(), "analyze wrote: {writes:?}");

    // An analyzer that needs Secrets' names only gets metadata, never the data.
    let audit_before = rc.audit().len();
    let (code, _, err) = sailctl(
        &rc.kubeconfig,
        &[
            "analyze",
            "-A",
            "--analyzer",
            "meshnetworks.MeshNetworksAnalyzer",
            "-o",
            "json",
        ],
        &[],
    );
    assert!(matches!(code, 0 | 79), "{err}");
    let events: Vec<Value> = rc.audit().into_iter().skip(audit_before).collect();
    let secret_lists: Vec<&Value> = events
        .iter()
        .filter(|e| e["verb"] == "list" && e["objectRef"]["resource"] == "secrets")
        .collect();
    assert!(!secret_lists.is_empty(), "Secrets were not listed");
    for e in secret_lists {
        assert_eq!(
            e["responseObject"]["kind"], "PartialObjectMetadataList",
            "Secrets listed with their content: {}",
            e["requestURI"]
        );
        assert!(!e["responseObject"].to_string().contains("c2VjcmV0LXZhbHVl"));
    }
}

/// src/schema/k8s_kinds.rs is generated from this server's discovery (tools/gen-k8s-kinds.py):
/// every kind and version it serves by default must be known to `validate`, so a stale table
/// (after the pinned Kubernetes moves) fails here.
#[test]
fn every_kind_the_real_server_serves_is_known() {
    let rc = RealCluster::shared();
    let client = rc.client();
    let rt = tokio::runtime::Runtime::new().expect("runtime");
    let served: Vec<(String, String, String)> = rt.block_on(async {
        let mut out = Vec::new();
        let core = client
            .list_core_api_resources("v1")
            .await
            .expect("core discovery");
        for r in core.resources.iter().filter(|r| !r.name.contains('/')) {
            out.push((String::new(), "v1".to_string(), r.kind.clone()));
        }
        let groups = client.list_api_groups().await.expect("group discovery");
        for g in groups.groups {
            if g.name.ends_with(".istio.io") || g.name.contains("gateway.networking") {
                continue; // CRDs other tests installed
            }
            for v in g.versions {
                let list = client
                    .list_api_group_resources(&v.group_version)
                    .await
                    .expect("group version discovery");
                for r in list.resources.iter().filter(|r| !r.name.contains('/')) {
                    out.push((g.name.clone(), v.version.clone(), r.kind.clone()));
                }
            }
        }
        out
    });
    assert!(served.len() > 50, "discovery listed only {served:?}");
    let unknown: Vec<String> = served
        .iter()
        .filter(|(g, v, k)| {
            !matches!(
                sailctl::schema::registry::lookup(g, v, k),
                sailctl::schema::Lookup::Known(_)
            )
        })
        .map(|(g, v, k)| format!("{k} {g}/{v}"))
        .collect();
    assert!(
        unknown.is_empty(),
        "served by the real server but unknown to sailctl: {unknown:?}"
    );
}
