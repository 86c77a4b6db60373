//! `install`, `uninstall`, `verify-install` and `precheck` end to end: the binary, a
//! kubeconfig and the in-process Kubernetes API server, asserting on the server's state and
//! its request record.

mod support;

use std::collections::{BTreeMap, BTreeSet};

use assert_cmd::Command;
use serde_json::{Value, json};
use support::TestCluster;

fn sailctl(tc: &TestCluster, args: &[&str]) -> (i32, String, String) {
    let out = Command::cargo_bin("sailctl")
        .unwrap()
        .env_remove("KUBECONFIG")
        .env("NO_COLOR", "1")
        .args(["--kubeconfig", tc.kubeconfig_str()])
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// What `manifest generate` renders for the flags (the objects an install must create).
fn rendered(set: &[&str]) -> Vec<Value> {
    let mut args = vec!["manifest", "generate", "--format", "json"];
    for s in set {
        args.push("--set");
        args.push(s);
    }
    let out = Command::cargo_bin("sailctl")
        .unwrap()
        .args(&args)
        .output()
        .unwrap();
    assert!(out.status.success());
    let list: Value = serde_json::from_slice(&out.stdout).unwrap();
    list["items"].as_array().unwrap().clone()
}

fn ns_of(v: &Value) -> Option<&str> {
    v["metadata"]["namespace"].as_str()
}

fn name_of(v: &Value) -> &str {
    v["metadata"]["name"].as_str().unwrap()
}

/// The post-install objects of a default-revision install.
const TAG_OBJECTS: &[(&str, &str, Option<&str>, &str)] = &[
    (
        "admissionregistration.k8s.io/v1",
        "MutatingWebhookConfiguration",
        None,
        "istio-revision-tag-default",
    ),
    (
        "admissionregistration.k8s.io/v1",
        "ValidatingWebhookConfiguration",
        None,
        "istiod-default-validator",
    ),
    (
        "v1",
        "Service",
        Some("istio-system"),
        "istiod-revision-tag-default",
    ),
];

/// Every kind an install can create, for sweeping the server's state.
const KINDS: &[(&str, &str)] = &[
    ("v1", "ConfigMap"),
    ("v1", "Service"),
    ("v1", "ServiceAccount"),
    ("v1", "Secret"),
    ("apps/v1", "Deployment"),
    ("apps/v1", "DaemonSet"),
    ("rbac.authorization.k8s.io/v1", "Role"),
    ("rbac.authorization.k8s.io/v1", "RoleBinding"),
    ("rbac.authorization.k8s.io/v1", "ClusterRole"),
    ("rbac.authorization.k8s.io/v1", "ClusterRoleBinding"),
    ("policy/v1", "PodDisruptionBudget"),
    ("autoscaling/v2", "HorizontalPodAutoscaler"),
    (
        "admissionregistration.k8s.io/v1",
        "MutatingWebhookConfiguration",
    ),
    (
        "admissionregistration.k8s.io/v1",
        "ValidatingWebhookConfiguration",
    ),
    ("apiextensions.k8s.io/v1", "CustomResourceDefinition"),
];

fn all_objects(tc: &TestCluster) -> Vec<Value> {
    KINDS
        .iter()
        .flat_map(|(av, k)| {
            tc.list(av, k, None).into_iter().map(move |mut o| {
                o["apiVersion"] = json!(av);
                o["kind"] = json!(k);
                o
            })
        })
        .collect()
}

fn owned(tc: &TestCluster) -> Vec<String> {
    all_objects(tc)
        .iter()
        .filter(|o| !o["metadata"]["labels"]["operator.istio.io/component"].is_null())
        .map(|o| format!("{} {}", o["kind"].as_str().unwrap(), name_of(o)))
        .collect()
}

/// (kind, ns, name) → resourceVersion of everything stored.
fn versions(tc: &TestCluster) -> BTreeMap<String, String> {
    all_objects(tc)
        .iter()
        .map(|o| {
            (
                format!(
                    "{} {}/{}",
                    o["kind"].as_str().unwrap(),
                    ns_of(o).unwrap_or("-"),
                    name_of(o)
                ),
                o["metadata"]["resourceVersion"]
                    .as_str()
                    .unwrap_or_default()
                    .to_string(),
            )
        })
        .collect()
}

fn by_verb(tc: &TestCluster) -> BTreeMap<String, usize> {
    let mut m = BTreeMap::new();
    for r in tc.requests() {
        *m.entry(r.verb.clone()).or_insert(0) += 1;
    }
    m
}

fn installed_demo() -> TestCluster {
    let tc = TestCluster::start();
    tc.set_auto_ready(true);
    let (code, out, err) = sailctl(&tc, &["install", "--set", "profile=demo", "-y"]);
    assert_eq!(code, 0, "{out}{err}");
    tc
}

#[test]
fn install_demo_creates_every_rendered_object_then_reinstall_is_all_no_ops() {
    let tc = TestCluster::start();
    tc.set_auto_ready(true);
    let (code, out, err) = sailctl(&tc, &["install", "--set", "profile=demo", "-y"]);
    assert_eq!(code, 0, "{out}{err}");
    let objects = rendered(&["profile=demo"]);
    assert_eq!(objects.len(), 42);
    for o in &objects {
        let kind = o["kind"].as_str().unwrap();
        let got = tc.get(
            o["apiVersion"].as_str().unwrap(),
            kind,
            ns_of(o),
            name_of(o),
        );
        let got = got.unwrap_or_else(|| panic!("{kind} {} was not created", name_of(o)));
        assert_eq!(
            got["metadata"]["labels"]["operator.istio.io/component"],
            o["metadata"]["labels"]["operator.istio.io/component"]
        );
        assert!(
            got["metadata"]["managedFields"]
                .to_string()
                .contains("sailctl")
                || got["metadata"]["managedFields"].is_null()
        );
    }
    for (av, kind, ns, name) in TAG_OBJECTS {
        let got = tc.get(av, kind, *ns, name);
        assert!(got.is_some(), "{kind} {name} was not created");
    }
    assert!(tc.get("v1", "Namespace", None, "istio-system").is_some());
    // the revision's injector is deactivated: the tag webhook injects
    let inj = tc
        .get(
            "admissionregistration.k8s.io/v1",
            "MutatingWebhookConfiguration",
            None,
            "istio-sidecar-injector",
        )
        .unwrap();
    assert_eq!(
        inj["webhooks"][2]["namespaceSelector"]["matchLabels"]["istio.io/deactivated"],
        "never-match"
    );
    // progress on stderr (plain lines: not a terminal), the summary on stdout
    assert!(err.contains("✔ Base installed ("), "{err}");
    assert!(err.contains("✔ Pilot installed ("), "{err}");
    assert!(err.contains("✔ EgressGateways installed ("), "{err}");
    // 45 objects; the injector twice: active until the default tag exists, then deactivated
    assert!(
        out.contains("✔ Installation complete: 46 objects applied."),
        "{out}"
    );

    // Second install: every write is an apply that changes nothing.
    let before = versions(&tc);
    tc.clear_requests();
    let (code, out, err) = sailctl(&tc, &["install", "--set", "profile=demo", "-y"]);
    assert_eq!(code, 0, "{out}{err}");
    let writes = tc.writes();
    assert!(!writes.is_empty());
    assert!(
        writes.iter().all(|w| w.verb == "apply"),
        "{:?}",
        writes.iter().map(|w| &w.verb).collect::<Vec<_>>()
    );
    assert_eq!(
        versions(&tc),
        before,
        "a re-install must not change any object"
    );
    assert!(out.contains("45 objects applied."), "{out}");
}

#[test]
fn install_request_budget_is_one_apply_per_object_plus_one_list_per_prunable_kind() {
    let tc = TestCluster::start();
    tc.set_auto_ready(true);
    let (code, out, err) = sailctl(&tc, &["install", "--set", "profile=demo", "-y"]);
    assert_eq!(code, 0, "{out}{err}");
    let verbs = by_verb(&tc);
    let total: usize = verbs.values().sum();
    println!("install --set profile=demo: {total} requests {verbs:?}");
    // 1 namespace + 42 rendered + 3 default-tag objects + the injector deactivated once the
    // default tag exists + the install record
    assert_eq!(verbs.get("apply"), Some(&48), "{verbs:?}");
    // one list per prunable kind (webhooks 2, namespaced 13, cluster RBAC 2) + the default
    // tag look-up
    assert_eq!(verbs.get("list"), Some(&18), "{verbs:?}");
    // no discovery, no reads per object, no waits: auto-ready workloads are ready when applied
    assert_eq!(verbs.get("get"), None, "{verbs:?}");
    assert_eq!(verbs.get("discovery"), None, "{verbs:?}");
    assert_eq!(total, 66);
}

#[test]
fn dry_run_writes_nothing() {
    let tc = TestCluster::start();
    let before = tc.object_count();
    let (code, out, err) = sailctl(&tc, &["install", "--set", "profile=demo", "--dry-run"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(tc.writes().is_empty(), "{:?}", tc.writes());
    assert_eq!(tc.object_count(), before);
    // cluster-scoped objects went to the server as dry runs
    assert!(
        tc.requests()
            .iter()
            .any(|r| r.verb == "apply" && r.dry_run && r.resource == "customresourcedefinitions")
    );
    assert!(out.contains("Dry run complete"), "{out}");
    println!("install --dry-run on an empty cluster: {:?}", by_verb(&tc));
    assert!(out.contains("nothing was written"), "{out}");
    // the namespace does not exist yet: its objects could not be validated, and it says so
    assert!(out.contains("their namespace does not exist yet"), "{out}");
}

#[test]
fn dry_run_on_an_installed_cluster_validates_everything_and_writes_nothing() {
    let tc = installed_demo();
    tc.clear_requests();
    let (code, out, err) = sailctl(&tc, &["install", "--set", "profile=demo", "--dry-run"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(tc.writes().is_empty());
    assert!(out.contains("the API server accepted 45 objects"), "{out}");
}

#[test]
fn diff_on_an_empty_cluster_marks_every_object_new_and_writes_nothing() {
    let tc = TestCluster::start();
    let (code, out, err) = sailctl(&tc, &["install", "--set", "profile=demo", "--diff"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(tc.writes().is_empty());
    assert!(
        out.contains("+ Deployment istio-system/istiod (Pilot): new"),
        "{out}"
    );
    assert!(
        out.contains("+ Namespace istio-system (Namespace): new"),
        "{out}"
    );
    assert!(
        out.contains("46 new, 0 changed, 0 unchanged, 0 to prune"),
        "{out}"
    );
    // one read per object, one list per prunable kind, the default tag look-up, nothing else
    let verbs = by_verb(&tc);
    assert_eq!(verbs.get("get"), Some(&46), "{verbs:?}");
    // (the EnvoyFilter list, before Istio's CRDs exist, is recorded as a discovery miss)
    assert_eq!(verbs.values().sum::<usize>(), 46 + 18, "{verbs:?}");
}

#[test]
fn diff_shows_changed_fields_and_pruned_objects() {
    let tc = installed_demo();
    tc.clear_requests();
    let (code, out, err) = sailctl(
        &tc,
        &[
            "install",
            "--set",
            "profile=default",
            "--set",
            "values.pilot.env.SAILCTL_TEST=on",
            "--diff",
        ],
    );
    assert_eq!(code, 0, "{out}{err}");
    assert!(tc.writes().is_empty(), "{:?}", tc.writes());
    println!("{out}");
    assert!(
        out.contains("~ Deployment istio-system/istiod (Pilot): changed"),
        "{out}"
    );
    assert!(
        out.contains("--- live Deployment istio-system/istiod"),
        "{out}"
    );
    assert!(
        out.contains("+        - name: SAILCTL_TEST") || out.contains("SAILCTL_TEST"),
        "{out}"
    );
    // the demo's egress gateway is not in the default profile
    assert!(
        out.contains(
            "- Deployment istio-system/istio-egressgateway (EgressGateways): would be pruned"
        ),
        "{out}"
    );
    // an identical object is not printed
    assert!(
        !out.contains("ServiceAccount istio-system/istiod "),
        "{out}"
    );
}

#[test]
fn switching_profile_prunes_what_is_no_longer_rendered() {
    let tc = installed_demo();
    assert!(
        tc.get(
            "apps/v1",
            "Deployment",
            Some("istio-system"),
            "istio-egressgateway"
        )
        .is_some()
    );
    let (code, out, err) = sailctl(&tc, &["install", "--set", "profile=default", "-y"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        tc.get(
            "apps/v1",
            "Deployment",
            Some("istio-system"),
            "istio-egressgateway"
        )
        .is_none()
    );
    assert!(
        tc.get(
            "v1",
            "ServiceAccount",
            Some("istio-system"),
            "istio-egressgateway-service-account"
        )
        .is_none()
    );
    assert!(
        tc.get(
            "apps/v1",
            "Deployment",
            Some("istio-system"),
            "istio-ingressgateway"
        )
        .is_some()
    );
    assert!(
        out.contains("pruned Deployment istio-system/istio-egressgateway"),
        "{out}"
    );
    // the default-tag webhooks are never pruned
    assert!(
        tc.get(
            "admissionregistration.k8s.io/v1",
            "MutatingWebhookConfiguration",
            None,
            "istio-revision-tag-default"
        )
        .is_some()
    );
}

#[test]
fn a_failing_pod_makes_install_fail_and_say_why() {
    let tc = TestCluster::start();
    // istiod's pod cannot pull its image; the deployment never becomes ready
    let objects = rendered(&["profile=minimal"]);
    let istiod = objects
        .iter()
        .find(|o| o["kind"] == "Deployment" && name_of(o) == "istiod")
        .unwrap();
    let labels: Vec<(String, String)> = istiod["spec"]["selector"]["matchLabels"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(k, v)| (k.clone(), v.as_str().unwrap().to_string()))
        .collect();
    let label_refs: Vec<(&str, &str)> = labels
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    tc.seed(support::pod_json(
        "istio-system",
        "istiod-7f9c-x2x",
        &label_refs,
        &[("discovery", "docker.io/istio/pilot:nope")],
    ));
    tc.pod_failing(
        "istio-system",
        "istiod-7f9c-x2x",
        "ImagePullBackOff",
        "Back-off pulling image \"docker.io/istio/pilot:nope\"",
    );
    let (code, out, err) = sailctl(
        &tc,
        &[
            "install",
            "--set",
            "profile=minimal",
            "-y",
            "--readiness-timeout",
            "300ms",
        ],
    );
    assert_eq!(code, 1, "{out}{err}");
    println!("{out}{err}");
    assert!(
        out.contains("Deployment istio-system/istiod is not ready"),
        "{out}"
    );
    assert!(
        out.contains(
            "pod istiod-7f9c-x2x: container discovery: ImagePullBackOff: Back-off pulling image"
        ),
        "{out}"
    );
    assert!(err.contains("✘ Pilot failed"), "{err}");
    assert!(
        err.contains("installation failed: Pilot did not become ready"),
        "{err}"
    );
}

#[test]
fn an_unschedulable_pod_is_named_with_its_message() {
    let tc = TestCluster::start();
    tc.seed(support::pod_json(
        "istio-system",
        "istiod-abc",
        &[("app", "istiod"), ("istio", "pilot")],
        &[("discovery", "docker.io/istio/pilot:1")],
    ));
    tc.pod_failing(
        "istio-system",
        "istiod-abc",
        "Unschedulable",
        "0/3 nodes are available: 3 Insufficient cpu.",
    );
    let (code, out, _) = sailctl(
        &tc,
        &[
            "install",
            "--set",
            "profile=minimal",
            "-y",
            "--readiness-timeout",
            "200ms",
        ],
    );
    assert_eq!(code, 1);
    assert!(
        out.contains("Unschedulable: 0/3 nodes are available: 3 Insufficient cpu."),
        "{out}"
    );
}

#[test]
fn install_without_a_terminal_or_y_refuses() {
    let tc = TestCluster::start();
    let (code, out, err) = sailctl(&tc, &["install", "--set", "profile=demo"]);
    assert_eq!(code, 2, "{out}{err}");
    assert!(err.contains("pass -y (--skip-confirmation)"), "{err}");
    assert!(tc.writes().is_empty());
}

#[test]
fn bad_set_values_are_usage_errors_before_any_request() {
    let tc = TestCluster::start();
    let (code, _, err) = sailctl(&tc, &["install", "--set", "profile=nope", "-y"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("unknown profile"), "{err}");
    assert!(tc.requests().is_empty());
}

fn seed_foreign(tc: &TestCluster) {
    tc.seed(json!({"apiVersion": "v1", "kind": "ConfigMap",
        "metadata": {"name": "user-settings", "namespace": "istio-system"}, "data": {"a": "b"}}));
    // a revision label alone is not ownership
    tc.seed(json!({"apiVersion": "v1", "kind": "ConfigMap",
        "metadata": {"name": "app-config", "namespace": "default", "labels": {"istio.io/rev": "default"}}}));
    tc.seed(support::deployment_json(
        "default",
        "reviews",
        "docker.io/reviews:1",
        1,
    ));
    tc.seed(
        json!({"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRole",
        "metadata": {"name": "monitoring-reader"}, "rules": []}),
    );
    tc.seed(json!({"apiVersion": "admissionregistration.k8s.io/v1", "kind": "ValidatingWebhookConfiguration",
        "metadata": {"name": "cert-manager-webhook"}, "webhooks": []}));
    tc.install_crd(
        "gateway.networking.k8s.io",
        "v1",
        "HTTPRoute",
        "httproutes",
        true,
    );
}

#[test]
fn uninstall_purge_removes_every_owned_object_and_nothing_else() {
    let tc = installed_demo();
    seed_foreign(&tc);
    let owned_before: BTreeSet<String> = owned(&tc).into_iter().collect();
    assert_eq!(owned_before.len(), 45);
    tc.clear_requests();
    let (code, out, err) = sailctl(&tc, &["uninstall", "--purge", "-y"]);
    assert_eq!(code, 0, "{out}{err}");
    assert_eq!(owned(&tc), Vec::<String>::new());
    // every delete named an owned object, and the install record went with them
    let deletes = tc.requests_with_verb("delete");
    assert_eq!(deletes.len(), 46);
    assert!(
        tc.get(
            "v1",
            "ConfigMap",
            Some("istio-system"),
            "sailctl-installed-state"
        )
        .is_none()
    );
    for d in &deletes {
        let name = d.name.clone().unwrap_or_default();
        if name == "sailctl-installed-state" {
            continue;
        }
        assert!(
            owned_before
                .iter()
                .any(|o| o.ends_with(&format!(" {name}"))),
            "deleted a foreign object: {name}"
        );
    }
    assert!(
        tc.get("v1", "ConfigMap", Some("istio-system"), "user-settings")
            .is_some()
    );
    assert!(
        tc.get("v1", "ConfigMap", Some("default"), "app-config")
            .is_some()
    );
    assert!(
        tc.get("apps/v1", "Deployment", Some("default"), "reviews")
            .is_some()
    );
    assert!(
        tc.get(
            "rbac.authorization.k8s.io/v1",
            "ClusterRole",
            None,
            "monitoring-reader"
        )
        .is_some()
    );
    assert!(
        tc.get(
            "admissionregistration.k8s.io/v1",
            "ValidatingWebhookConfiguration",
            None,
            "cert-manager-webhook"
        )
        .is_some()
    );
    assert!(
        tc.get(
            "apiextensions.k8s.io/v1",
            "CustomResourceDefinition",
            None,
            "httproutes.gateway.networking.k8s.io"
        )
        .is_some()
    );
    assert!(
        out.contains("✔ Removed 45 objects of every Istio revision."),
        "{out}"
    );
    // webhooks go first
    assert_eq!(deletes[0].resource, "mutatingwebhookconfigurations");
}

#[test]
fn uninstall_dry_run_lists_and_deletes_nothing() {
    let tc = installed_demo();
    tc.clear_requests();
    let (code, out, err) = sailctl(&tc, &["uninstall", "--purge", "--dry-run"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        tc.requests().iter().all(|r| !r.is_write()),
        "{:?}",
        tc.writes()
    );
    assert!(
        out.contains("45 objects of every Istio revision would be removed:"),
        "{out}"
    );
    assert!(out.contains("Deployment"), "{out}");
    assert!(out.contains("Dry run: nothing was deleted."), "{out}");
    assert_eq!(owned(&tc).len(), 45);
}

#[test]
fn uninstall_from_another_operator_file_names_the_owner_and_keeps_everything() {
    // istioctl's rule: `uninstall -f` removes what that IstioOperator installed (its
    // owning-resource label), so small-pilot.yaml (name: small) matches nothing of a plain
    // install; the answer says whose objects they are instead of "no objects of revision".
    let tc = installed_demo();
    let iop = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/install/small-pilot.yaml"
    );
    let before = owned(&tc);
    for extra in [&["--dry-run"][..], &["-y"][..]] {
        let mut args = vec!["uninstall", "-f", iop];
        args.extend_from_slice(extra);
        let (code, out, err) = sailctl(&tc, &args);
        assert_eq!(code, 0, "{out}{err}");
        assert_eq!(
            out,
            "Nothing to remove: revision default was not installed from IstioOperator \"small\" \
             (its objects belong to \"unknown\", by their install.operator.istio.io/owning-resource \
             label); remove them with: sailctl uninstall --revision default\n"
        );
        assert_eq!(owned(&tc), before);
        // the install record of the revision stays too
        assert!(
            tc.get(
                "v1",
                "ConfigMap",
                Some("istio-system"),
                "sailctl-installed-state"
            )
            .is_some()
        );
    }
}

#[test]
fn uninstall_revision_keeps_base() {
    let tc = installed_demo();
    let (code, out, err) = sailctl(&tc, &["uninstall", "--revision", "default", "-y"]);
    assert_eq!(code, 0, "{out}{err}");
    let left = owned(&tc);
    assert!(!left.is_empty());
    assert!(
        left.iter().all(|o| !o.starts_with("Deployment")),
        "{left:?}"
    );
    // CRDs and the reader account are Base
    assert!(
        left.iter()
            .any(|o| o.starts_with("CustomResourceDefinition")),
        "{left:?}"
    );
}

#[test]
fn uninstall_needs_a_scope_and_a_confirmation() {
    let tc = installed_demo();
    tc.clear_requests();
    let (code, _, err) = sailctl(&tc, &["uninstall"]);
    assert_eq!(code, 2);
    assert!(err.contains("--purge"), "{err}");
    let (code, _, err) = sailctl(&tc, &["uninstall", "--purge"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("pass -y"), "{err}");
    assert!(tc.writes().is_empty());
}

#[test]
fn verify_install_reports_missing_and_unready_objects() {
    let tc = installed_demo();
    let (code, out, err) = sailctl(&tc, &["verify-install", "--set", "profile=demo"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        out.contains("✔ Istio is installed and verified: 46 objects present"),
        "{out}"
    );
    assert!(out.starts_with("KIND "), "{out}");

    tc.mark_unavailable(
        "istio-system",
        "istiod",
        "ProgressDeadlineExceeded",
        "too slow",
    );
    let (code, out, _) = sailctl(&tc, &["verify-install", "--set", "profile=demo"]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("not ready: 0/1 replicas ready"), "{out}");
    assert!(
        out.contains("✘ 1 of 46 objects are missing or not ready."),
        "{out}"
    );

    let (code, out, _) = sailctl(
        &tc,
        &[
            "verify-install",
            "--set",
            "profile=demo",
            "--set",
            "components.cni.enabled=true",
        ],
    );
    assert_eq!(code, 1);
    assert!(out.contains("istio-cni-node"), "{out}");
    assert!(out.contains("missing"), "{out}");
    let (_, json_out, _) = sailctl(
        &tc,
        &["verify-install", "--set", "profile=demo", "-o", "json"],
    );
    let v: Value = serde_json::from_str(&json_out).unwrap();
    assert_eq!(v["ok"], false);
    assert_eq!(v["problems"], 1);
}

#[test]
fn precheck_passes_on_a_fresh_cluster() {
    let tc = TestCluster::start();
    let (code, out, err) = sailctl(&tc, &["precheck"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        out.contains("Kubernetes API\n--------------\n✔ can reach the API server"),
        "{out}"
    );
    assert!(
        out.contains("✔ Kubernetes v1.33.1 is supported (1.32 or later)"),
        "{out}"
    );
    assert!(
        out.contains("✔ can create deployments.apps in namespace istio-system"),
        "{out}"
    );
    assert!(
        out.contains("✔ no Istio control plane is installed yet"),
        "{out}"
    );
    assert!(out.contains("Gateway API CRDs are not installed"), "{out}");
    assert!(tc.writes().is_empty());
    assert!(!out.contains("revision tag"), "{out}");
    // the access reviews went out, one per permission
    assert_eq!(
        tc.requests()
            .iter()
            .filter(|r| r.resource == "selfsubjectaccessreviews")
            .count(),
        14
    );
}

#[test]
fn precheck_with_a_denied_permission_fails_with_a_hint() {
    let tc = TestCluster::start();
    tc.deny("create", "apps", "deployments", Some("istio-system"));
    let (code, out, _) = sailctl(&tc, &["x", "precheck"]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("✘ cannot create deployments.apps in namespace istio-system\n    hint: ask a cluster admin for a role that grants create on deployments.apps"), "{out}");
    assert!(
        out.contains("kubectl auth can-i create deployments.apps -n istio-system"),
        "{out}"
    );
    assert!(
        out.contains("Status check results are ✘: 1 check failed"),
        "{out}"
    );
}

#[test]
fn precheck_reports_lists_it_may_not_make_as_failed_checks() {
    // A user without cluster-wide list rights (as the real kube-apiserver answers them): each
    // refused list is a failed check naming the permission; the run goes on.
    let tc = TestCluster::start();
    tc.deny("list", "apps", "deployments", None);
    tc.deny(
        "list",
        "apiextensions.k8s.io",
        "customresourcedefinitions",
        None,
    );
    let (code, out, err) = sailctl(&tc, &["precheck"]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(
        out.contains("✘ cannot list deployments.apps in all namespaces (forbidden)\n    hint: ask a cluster admin for a role that grants list on deployments.apps (check with: kubectl auth can-i list deployments.apps -A)"),
        "{out}"
    );
    assert!(
        out.contains("✘ cannot list customresourcedefinitions.apiextensions.k8s.io in all namespaces (forbidden)"),
        "{out}"
    );
    // Nothing was listed, so nothing is claimed about what is installed.
    assert!(
        !out.contains("no Istio control plane is installed yet"),
        "{out}"
    );
    assert!(!out.contains("Gateway API CRDs are not installed"), "{out}");
    assert!(
        out.contains("✔ can create deployments.apps in namespace istio-system"),
        "{out}"
    );
    assert!(
        out.contains("Status check results are ✘: 2 checks failed"),
        "{out}"
    );
}

#[test]
fn precheck_flags_old_kubernetes_old_gateway_api_and_existing_revisions() {
    let tc = installed_demo();
    tc.set_server_version("1", "29", "v1.29.4");
    tc.seed(support::crd_json(
        "gateway.networking.k8s.io",
        &["v1alpha2"],
        "HTTPRoute",
        "httproutes",
        true,
    ));
    let (code, out, _) = sailctl(&tc, &["precheck", "-o", "json"]);
    assert_eq!(code, 1, "{out}");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["ok"], false);
    let checks = v["checks"].as_array().unwrap();
    let find = |needle: &str| {
        checks
            .iter()
            .find(|c| c["name"].as_str().unwrap().contains(needle))
            .unwrap_or_else(|| panic!("no check {needle}: {out}"))
    };
    assert_eq!(find("older than 1.32")["status"], "error");
    assert_eq!(find("older than 1.32")["code"], "IST0142");
    assert_eq!(find("HTTPRoute serves v1alpha2")["code"], "IST0156");
    assert_eq!(find("HTTPRoute serves v1alpha2")["status"], "error");
    assert_eq!(
        find("revision tag default → revision default")["status"],
        "ok"
    );
    let rev = find("revision default: istiod istio-system/istiod");
    assert_eq!(rev["status"], "warning");
    assert!(rev["hint"].as_str().unwrap().contains("--revision"));
}

#[test]
fn precheck_without_a_reachable_cluster_says_so_in_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let kc = dir.path().join("kubeconfig");
    std::fs::write(&kc, support::kubeconfig_yaml("http://127.0.0.1:9", "dead")).unwrap();
    let out = Command::cargo_bin("sailctl")
        .unwrap()
        .env("NO_COLOR", "1")
        .args(["--kubeconfig", kc.to_str().unwrap(), "precheck"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("cannot reach the Kubernetes API server at http://127.0.0.1:9"),
        "{err}"
    );
}

#[test]
fn a_canary_revision_installs_beside_default_and_uninstalls_alone() {
    let tc = installed_demo();
    let tag_before = tc
        .get(
            "admissionregistration.k8s.io/v1",
            "MutatingWebhookConfiguration",
            None,
            "istio-revision-tag-default",
        )
        .unwrap();
    let (code, out, err) = sailctl(
        &tc,
        &[
            "install",
            "--set",
            "profile=minimal",
            "--revision",
            "canary",
            "-y",
        ],
    );
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        tc.get(
            "apps/v1",
            "Deployment",
            Some("istio-system"),
            "istiod-canary"
        )
        .is_some()
    );
    // the default revision is untouched: nothing of it was pruned, the tag still points at it
    assert!(
        tc.get("apps/v1", "Deployment", Some("istio-system"), "istiod")
            .is_some()
    );
    assert!(
        tc.get(
            "apps/v1",
            "Deployment",
            Some("istio-system"),
            "istio-egressgateway"
        )
        .is_some()
    );
    let tag_after = tc
        .get(
            "admissionregistration.k8s.io/v1",
            "MutatingWebhookConfiguration",
            None,
            "istio-revision-tag-default",
        )
        .unwrap();
    assert_eq!(
        tag_after["metadata"]["resourceVersion"],
        tag_before["metadata"]["resourceVersion"]
    );

    let (code, out, err) = sailctl(&tc, &["uninstall", "--revision", "canary", "-y"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        tc.get(
            "apps/v1",
            "Deployment",
            Some("istio-system"),
            "istiod-canary"
        )
        .is_none()
    );
    assert!(
        tc.get("apps/v1", "Deployment", Some("istio-system"), "istiod")
            .is_some()
    );
    assert!(
        tc.get(
            "apps/v1",
            "Deployment",
            Some("istio-system"),
            "istio-ingressgateway"
        )
        .is_some()
    );
    assert!(
        tc.get(
            "admissionregistration.k8s.io/v1",
            "MutatingWebhookConfiguration",
            None,
            "istio-sidecar-injector"
        )
        .is_some()
    );
}

#[test]
fn a_crashing_gateway_is_reported_with_its_restarts() {
    let tc = TestCluster::start();
    tc.set_auto_ready(true);
    let (code, out, err) = sailctl(&tc, &["install", "--set", "profile=default", "-y"]);
    assert_eq!(code, 0, "{out}{err}");
    tc.set_auto_ready(false);
    tc.mark_unavailable(
        "istio-system",
        "istio-ingressgateway",
        "ReplicaSetUpdated",
        "rolling",
    );
    tc.seed(support::pod_json(
        "istio-system",
        "istio-ingressgateway-5c7d-q8",
        &[("app", "istio-ingressgateway"), ("istio", "ingressgateway")],
        &[("istio-proxy", "docker.io/istio/proxyv2:1.28.0")],
    ));
    tc.pod_failing(
        "istio-system",
        "istio-ingressgateway-5c7d-q8",
        "CrashLoopBackOff",
        "back-off 5m0s restarting failed container",
    );
    // the unchanged re-apply keeps the unavailable status: the wait sees the crash
    let (code, out, err) = sailctl(
        &tc,
        &[
            "install",
            "--set",
            "profile=default",
            "-y",
            "--readiness-timeout",
            "200ms",
        ],
    );
    assert_eq!(code, 1, "{out}{err}");
    assert!(
        out.contains(
            "Deployment istio-system/istio-ingressgateway is not ready (0/1 replicas ready)"
        ),
        "{out}"
    );
    assert!(
        out.contains("container istio-proxy: CrashLoopBackOff: back-off 5m0s restarting failed container (restarted 5 times)"),
        "{out}"
    );
}

#[test]
fn a_forbidden_apply_stops_the_install_and_names_the_object() {
    let tc = TestCluster::start();
    tc.set_auto_ready(true);
    tc.deny("patch", "apps", "deployments", None);
    let (code, out, err) = sailctl(&tc, &["install", "--set", "profile=minimal", "-y"]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(
        err.contains(
            "installation failed: Pilot: applying Deployment istio-system/istiod: forbidden"
        ),
        "{err}"
    );
    // Base went in; nothing after the failing component was applied
    assert!(
        tc.get(
            "v1",
            "ServiceAccount",
            Some("istio-system"),
            "istio-reader-service-account"
        )
        .is_some()
    );
    assert!(
        tc.get(
            "admissionregistration.k8s.io/v1",
            "MutatingWebhookConfiguration",
            None,
            "istio-revision-tag-default"
        )
        .is_none()
    );
}

#[test]
fn install_into_an_existing_namespace_needs_no_namespace_permission() {
    let tc = TestCluster::start();
    tc.set_auto_ready(true);
    tc.seed(json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "istio-system"}}));
    tc.deny("patch", "", "namespaces", None);
    let (code, out, err) = sailctl(&tc, &["install", "--set", "profile=minimal", "-y"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        tc.get("apps/v1", "Deployment", Some("istio-system"), "istiod")
            .is_some()
    );
}

/// Index of the first and last apply of objects matching `pred` in the request record.
fn span(
    reqs: &[support::RecordedRequest],
    pred: impl Fn(&support::RecordedRequest) -> bool,
) -> (usize, usize) {
    let idx: Vec<usize> = reqs
        .iter()
        .enumerate()
        .filter(|(_, r)| r.verb == "apply" && pred(r))
        .map(|(i, _)| i)
        .collect();
    assert!(!idx.is_empty());
    (idx[0], *idx.last().unwrap())
}

#[test]
fn ambient_applies_in_dependency_order() {
    let tc = TestCluster::start();
    tc.set_auto_ready(true);
    let (code, out, err) = sailctl(&tc, &["install", "--set", "profile=ambient", "-y"]);
    assert_eq!(code, 0, "{out}{err}");
    let reqs = tc.requests();
    let named = |n: &'static str| move |r: &support::RecordedRequest| r.name.as_deref() == Some(n);
    let crds = span(&reqs, |r| r.resource == "customresourcedefinitions");
    let reader = span(&reqs, named("istio-reader-service-account"));
    let istiod = span(&reqs, |r| {
        r.resource == "deployments" && r.name.as_deref() == Some("istiod")
    });
    let cni = span(&reqs, |r| {
        r.resource == "daemonsets" && r.name.as_deref() == Some("istio-cni-node")
    });
    let ztunnel = span(&reqs, |r| {
        r.resource == "daemonsets" && r.name.as_deref() == Some("ztunnel")
    });
    let tag = span(&reqs, named("istio-revision-tag-default"));
    // CRDs, then the rest of Base, then Pilot and CNI, then ztunnel, then the tag webhooks
    assert!(crds.1 < reader.0);
    assert!(reader.1 < istiod.0 && reader.1 < cni.0);
    assert!(cni.1 < ztunnel.0);
    assert!(istiod.1 < tag.0 && ztunnel.1 < tag.0);
    assert!(
        tc.get("apps/v1", "DaemonSet", Some("istio-system"), "ztunnel")
            .is_some()
    );
    let (code, out, _) = sailctl(&tc, &["verify-install", "--set", "profile=ambient"]);
    assert_eq!(code, 0, "{out}");
}

#[test]
fn uninstall_from_the_operator_file_removes_its_control_plane() {
    let tc = TestCluster::start();
    tc.set_auto_ready(true);
    let dir = tempfile::tempdir().unwrap();
    let iop = dir.path().join("iop.yaml");
    std::fs::write(
        &iop,
        "apiVersion: install.istio.io/v1alpha1\nkind: IstioOperator\nmetadata:\n  name: control-plane\n  namespace: istio-system\nspec:\n  profile: minimal\n",
    )
    .unwrap();
    let iop = iop.to_str().unwrap();
    let (code, out, err) = sailctl(&tc, &["install", "-f", iop, "-y"]);
    assert_eq!(code, 0, "{out}{err}");
    let istiod = tc
        .get("apps/v1", "Deployment", Some("istio-system"), "istiod")
        .unwrap();
    assert_eq!(
        istiod["metadata"]["labels"]["install.operator.istio.io/owning-resource"],
        "control-plane"
    );
    let (code, out, err) = sailctl(&tc, &["uninstall", "-f", iop, "-y"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        tc.get("apps/v1", "Deployment", Some("istio-system"), "istiod")
            .is_none()
    );
    let pilot_left: Vec<String> = all_objects(&tc)
        .iter()
        .filter(|o| o["metadata"]["labels"]["operator.istio.io/component"] == "Pilot")
        .map(|o| name_of(o).to_string())
        .collect();
    assert!(pilot_left.is_empty(), "{pilot_left:?}");
    let left = owned(&tc);
    assert!(
        left.iter()
            .any(|o| o.starts_with("CustomResourceDefinition")),
        "{left:?}"
    );
}

#[test]
fn install_verify_checks_the_result() {
    let tc = TestCluster::start();
    tc.set_auto_ready(true);
    let (code, out, err) = sailctl(
        &tc,
        &["install", "--set", "profile=minimal", "-y", "--verify"],
    );
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        out.contains("Deployment                       istiod"),
        "{out}"
    );
    assert!(
        out.contains("✔ Istio is installed and verified: 37 objects present"),
        "{out}"
    );
}
