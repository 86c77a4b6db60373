//! src/cluster against the in-process Kubernetes API server, through a real kubeconfig ->
//! kube-rs Client -> HTTP path.

mod support;

use k8s_openapi::api::core::v1::ConfigMap;
use kube::api::{Api, DeleteParams, ListParams, Patch, PatchParams, PostParams};
use kube::core::GroupVersionKind;
use serde_json::json;
use support::TestCluster;

use sailctl::cluster::{self, ApplyOptions, ClusterError, Selector};

#[test]
fn connects_and_reads_the_server_version() {
    let tc = TestCluster::start();
    tc.set_server_version("1", "32", "v1.32.4");
    let c = tc.connect();
    assert_eq!(c.context_name(), "test");
    assert_eq!(c.default_namespace(), "default");
    let info = cluster::block_on(c.server_version()).unwrap();
    assert_eq!(info.git_version, "v1.32.4");
    assert_eq!(tc.requests()[0].path, "/version");
}

#[test]
fn a_created_crd_becomes_discoverable_and_usable() {
    let tc = TestCluster::start();
    let c = tc.connect();
    let gvk = GroupVersionKind::gvk("networking.istio.io", "v1", "VirtualService");
    let before = cluster::block_on(c.resolve(&gvk));
    assert!(
        matches!(before, Err(ClusterError::UnknownKind(_))),
        "{before:?}"
    );

    // Create the CRD through the API, as install does.
    let crd = support::crd_json(
        "networking.istio.io",
        &["v1", "v1beta1"],
        "VirtualService",
        "virtualservices",
        true,
    );
    cluster::block_on(c.apply(&crd, &ApplyOptions::default())).unwrap();
    let stored = tc
        .get(
            "apiextensions.k8s.io/v1",
            "CustomResourceDefinition",
            None,
            "virtualservices.networking.istio.io",
        )
        .unwrap();
    let established = stored["status"]["conditions"]
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c["type"] == "Established" && c["status"] == "True");
    assert!(established, "{stored}");

    let (ar, caps) = cluster::block_on(c.resolve(&gvk)).unwrap();
    assert_eq!(ar.plural, "virtualservices");
    assert_eq!(caps.scope, kube::discovery::Scope::Namespaced);
    // A stray namespace on a cluster-scoped object is dropped, not sent.
    let cr = json!({"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRole",
                        "metadata": {"name": "istiod-reader", "namespace": "istio-system"}, "rules": []});
    cluster::block_on(c.apply(&cr, &ApplyOptions::default())).unwrap();
    assert!(
        tc.get(
            "rbac.authorization.k8s.io/v1",
            "ClusterRole",
            None,
            "istiod-reader"
        )
        .is_some()
    );
    let sent = tc.requests_with_verb("apply").last().cloned().unwrap();
    assert_eq!(
        sent.path,
        "/apis/rbac.authorization.k8s.io/v1/clusterroles/istiod-reader"
    );
    assert!(sent.body.unwrap()["metadata"].get("namespace").is_none());
    // Both served versions are discoverable.
    let beta = GroupVersionKind::gvk("networking.istio.io", "v1beta1", "VirtualService");
    assert!(cluster::block_on(c.resolve(&beta)).is_ok());

    // And full discovery (as kubectl does) lists the group.
    let discovery = cluster::block_on(kube::discovery::Discovery::new(c.client()).run()).unwrap();
    assert!(discovery.has_group("networking.istio.io"));
    // Aggregated discovery (one request for all groups) too.
    let aggregated =
        cluster::block_on(kube::discovery::Discovery::new(c.client()).run_aggregated()).unwrap();
    let (ar, caps) = aggregated.resolve_gvk(&gvk).unwrap();
    assert_eq!(
        (ar.plural.as_str(), caps.scope.clone()),
        ("virtualservices", kube::discovery::Scope::Namespaced)
    );
    let pods = aggregated
        .resolve_gvk(&GroupVersionKind::gvk("", "v1", "Pod"))
        .unwrap();
    assert!(
        pods.1
            .subresources
            .iter()
            .any(|(sub, _)| sub.plural == "pods/status" || sub.plural == "status")
    );

    let vs = json!({"apiVersion": "networking.istio.io/v1", "kind": "VirtualService",
                    "metadata": {"name": "reviews", "namespace": "default"},
                    "spec": {"hosts": ["reviews"]}});
    cluster::block_on(c.apply(&vs, &ApplyOptions::default())).unwrap();
    let listed = cluster::block_on(c.list_kind(&gvk, Some("default"), &Selector::all())).unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].data["spec"]["hosts"][0], "reviews");
}

#[test]
fn server_side_apply_creates_then_reapplies_as_a_no_op() {
    let tc = TestCluster::start();
    let c = tc.connect();
    let cm = json!({"apiVersion": "v1", "kind": "ConfigMap",
                    "metadata": {"name": "mesh", "namespace": "default", "labels": {"app": "istiod"}},
                    "data": {"mesh": "accessLogFile: /dev/stdout"}});
    let first = cluster::block_on(c.apply(&cm, &ApplyOptions::default())).unwrap();
    let rv1 = first.metadata.resource_version.clone().unwrap();
    assert!(first.metadata.uid.is_some());
    let second = cluster::block_on(c.apply(&cm, &ApplyOptions::default())).unwrap();
    assert_eq!(
        second.metadata.resource_version.unwrap(),
        rv1,
        "a no-op apply must not bump resourceVersion"
    );

    let applies = tc.requests_with_verb("apply");
    assert_eq!(applies.len(), 2);
    assert_eq!(
        applies[0].content_type.as_deref(),
        Some("application/apply-patch+yaml")
    );
    assert_eq!(
        applies[0].params.get("fieldManager").map(String::as_str),
        Some("sailctl")
    );
    assert_eq!(
        applies[0].params.get("force").map(String::as_str),
        Some("true")
    );

    // Dropping a field from the applied configuration removes it.
    let smaller = json!({"apiVersion": "v1", "kind": "ConfigMap",
                         "metadata": {"name": "mesh", "namespace": "default"},
                         "data": {"mesh": "accessLogFile: /dev/stdout"}});
    let third = cluster::block_on(c.apply(&smaller, &ApplyOptions::default())).unwrap();
    assert!(third.metadata.labels.unwrap_or_default().is_empty());
    assert_ne!(third.metadata.resource_version.unwrap(), rv1);
}

#[test]
fn apply_conflicts_with_another_manager_unless_forced() {
    let tc = TestCluster::start();
    let c = tc.connect();
    let cm = |v: &str| {
        json!({"apiVersion": "v1", "kind": "ConfigMap",
                              "metadata": {"name": "x", "namespace": "default"}, "data": {"k": v}})
    };
    let other = ApplyOptions {
        field_manager: "helm".into(),
        force: false,
        dry_run: false,
    };
    cluster::block_on(c.apply(&cm("a"), &other)).unwrap();
    let ours = ApplyOptions {
        force: false,
        ..ApplyOptions::default()
    };
    let err = cluster::block_on(c.apply(&cm("b"), &ours)).unwrap_err();
    assert_eq!(err.status_code(), Some(409), "{err}");
    assert!(err.to_string().contains("conflict with \"helm\""), "{err}");
    let forced = cluster::block_on(c.apply(&cm("b"), &ApplyOptions::default())).unwrap();
    assert_eq!(forced.data["data"]["k"], "b");
}

#[test]
fn dry_run_writes_nothing() {
    let tc = TestCluster::start();
    let c = tc.connect();
    let before = tc.object_count();
    let ns = json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "istio-system"}});
    let opts = ApplyOptions {
        dry_run: true,
        ..ApplyOptions::default()
    };
    let answer = cluster::block_on(c.apply(&ns, &opts)).unwrap();
    assert_eq!(answer.metadata.name.as_deref(), Some("istio-system"));
    assert_eq!(tc.object_count(), before);
    assert!(tc.get("v1", "Namespace", None, "istio-system").is_none());
    let reqs = tc.requests_with_verb("apply");
    assert_eq!(reqs.len(), 1);
    assert!(reqs[0].dry_run);
    assert_eq!(
        reqs[0].params.get("dryRun").map(String::as_str),
        Some("All")
    );
    assert!(tc.writes().is_empty());

    // Dry-run deletes leave the object too.
    let gvk = GroupVersionKind::gvk("", "v1", "Namespace");
    assert!(cluster::block_on(c.delete_kind(&gvk, None, "default", true)).unwrap());
    assert!(tc.get("v1", "Namespace", None, "default").is_some());
}

#[test]
fn lists_follow_continue_tokens_and_selectors() {
    let tc = TestCluster::start();
    for i in 0..1203 {
        let app = if i % 3 == 0 { "a" } else { "b" };
        tc.seed(json!({"apiVersion": "v1", "kind": "ConfigMap",
                       "metadata": {"name": format!("cm-{i:04}"), "namespace": "big", "labels": {"app": app}}}));
    }
    let c = tc.connect();
    let gvk = GroupVersionKind::gvk("", "v1", "ConfigMap");
    let all = cluster::block_on(c.list_kind(&gvk, Some("big"), &Selector::all())).unwrap();
    assert_eq!(all.len(), 1203);
    let lists = tc.requests_with_verb("list");
    assert_eq!(lists.len(), 3, "1203 objects in pages of 500");
    assert!(lists[1].params.contains_key("continue"));
    let names: std::collections::BTreeSet<_> = all
        .iter()
        .map(|o| o.metadata.name.clone().unwrap())
        .collect();
    assert_eq!(names.len(), 1203, "no duplicates across pages");

    let a = cluster::block_on(c.list_kind(&gvk, Some("big"), &Selector::labels("app=a"))).unwrap();
    assert_eq!(a.len(), 401);
    let not_a =
        cluster::block_on(c.list_kind(&gvk, Some("big"), &Selector::labels("app!=a"))).unwrap();
    assert_eq!(not_a.len(), 802);
    let set =
        cluster::block_on(c.list_kind(&gvk, None, &Selector::labels("app in (a, b)"))).unwrap();
    assert_eq!(set.len(), 1203);
    let by_name = cluster::block_on(c.list_kind(
        &gvk,
        None,
        &Selector::all().with_fields("metadata.name=cm-0007"),
    ))
    .unwrap();
    assert_eq!(by_name.len(), 1);
    assert_eq!(by_name[0].metadata.namespace.as_deref(), Some("big"));
    let by_ns = cluster::block_on(c.list_kind(
        &gvk,
        None,
        &Selector::all().with_fields("metadata.namespace=default"),
    ))
    .unwrap();
    assert!(by_ns.is_empty());
}

#[test]
fn field_selector_on_pod_phase() {
    let tc = TestCluster::start();
    for name in ["istiod-a", "istiod-b"] {
        tc.seed(support::pod_json(
            "istio-system",
            name,
            &[("app", "istiod")],
            &[("discovery", "istio/pilot:1.24.0")],
        ));
    }
    tc.pod_running("istio-system", "istiod-b");
    let c = tc.connect();
    let running = cluster::block_on(c.list_pods(
        "istio-system",
        &Selector::labels("app=istiod").with_fields("status.phase=Running"),
    ))
    .unwrap();
    let names: Vec<_> = running
        .iter()
        .map(|p| p.metadata.name.clone().unwrap())
        .collect();
    assert_eq!(names, ["istiod-b"]);
}

#[test]
fn access_reviews_follow_the_test_rules() {
    let tc = TestCluster::start();
    tc.deny(
        "create",
        "apiextensions.k8s.io",
        "customresourcedefinitions",
        None,
    );
    tc.deny("create", "", "pods/portforward", Some("istio-system"));
    let c = tc.connect();
    let can = |verb: &str, group: &str, res: &str, ns: Option<&str>| {
        cluster::block_on(c.can_i(verb, group, res, ns)).unwrap()
    };
    assert!(!can(
        "create",
        "apiextensions.k8s.io",
        "customresourcedefinitions",
        None
    ));
    assert!(can(
        "get",
        "apiextensions.k8s.io",
        "customresourcedefinitions",
        None
    ));
    assert!(!can("create", "", "pods/portforward", Some("istio-system")));
    assert!(can("create", "", "pods/portforward", Some("default")));
    assert_eq!(tc.requests_with_verb("create").len(), 4);
    assert!(tc.writes().is_empty(), "access reviews are not writes");

    // Enforced on real requests too: a clear forbidden error.
    let crd = support::crd_json("example.com", &["v1"], "Widget", "widgets", true);
    let err = cluster::block_on(c.apply(&crd, &ApplyOptions::default())).unwrap_err();
    assert!(matches!(err, ClusterError::Forbidden { .. }), "{err}");
    assert!(err.to_string().contains("forbidden"), "{err}");
}

#[test]
fn typed_crud_through_kube_api() {
    let tc = TestCluster::start();
    let c = tc.connect();
    cluster::block_on(async {
        let api: Api<ConfigMap> = Api::namespaced(c.client(), "default");
        let mut cm = ConfigMap::default();
        cm.metadata.name = Some("one".into());
        cm.data = Some([("a".to_string(), "1".to_string())].into());
        let created = api.create(&PostParams::default(), &cm).await.unwrap();
        assert_eq!(created.metadata.generation, Some(1));
        let dup = api.create(&PostParams::default(), &cm).await.unwrap_err();
        assert!(matches!(dup, kube::Error::Api(s) if s.code == 409));

        let patched = api
            .patch(
                "one",
                &PatchParams::default(),
                &Patch::Merge(json!({"data": {"b": "2"}})),
            )
            .await
            .unwrap();
        assert_eq!(patched.data.as_ref().unwrap().len(), 2);
        assert_ne!(
            patched.metadata.resource_version,
            created.metadata.resource_version
        );

        // A stale resourceVersion on update conflicts.
        let mut stale = created.clone();
        stale.data = Some([("c".to_string(), "3".to_string())].into());
        let err = api
            .replace("one", &PostParams::default(), &stale)
            .await
            .unwrap_err();
        assert!(matches!(err, kube::Error::Api(s) if s.code == 409));

        let list = api.list(&ListParams::default()).await.unwrap();
        assert_eq!(list.items.len(), 1);
        api.delete("one", &DeleteParams::default()).await.unwrap();
        let gone = api.get_opt("one").await.unwrap();
        assert!(gone.is_none());
        // Creating in a missing namespace fails as on a real server.
        let missing: Api<ConfigMap> = Api::namespaced(c.client(), "nowhere");
        let err = missing
            .create(&PostParams::default(), &cm)
            .await
            .unwrap_err();
        assert!(
            matches!(err, kube::Error::Api(s) if s.code == 404 && s.message.contains("namespaces"))
        );
    });
}

#[test]
fn deleting_a_namespace_deletes_its_objects() {
    let tc = TestCluster::start();
    tc.seed(support::deployment_json(
        "istio-system",
        "istiod",
        "istio/pilot:1.24.0",
        1,
    ));
    tc.seed(json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "istio", "namespace": "istio-system"}}));
    let c = tc.connect();
    let gvk = GroupVersionKind::gvk("", "v1", "Namespace");
    assert!(cluster::block_on(c.delete_kind(&gvk, None, "istio-system", false)).unwrap());
    assert!(
        tc.list("apps/v1", "Deployment", Some("istio-system"))
            .is_empty()
    );
    assert!(tc.list("v1", "ConfigMap", Some("istio-system")).is_empty());
    assert!(
        !cluster::block_on(c.delete_kind(&gvk, None, "istio-system", false)).unwrap(),
        "already gone"
    );
}

#[test]
fn status_subresource_and_readiness_helpers() {
    let tc = TestCluster::start();
    tc.seed(support::deployment_json(
        "istio-system",
        "istiod",
        "istio/pilot:1.24.0",
        2,
    ));
    tc.mark_ready("Deployment", "istio-system", "istiod");
    let c = tc.connect();
    let gvk = GroupVersionKind::gvk("apps", "v1", "Deployment");
    let dep = cluster::block_on(c.get_kind(&gvk, Some("istio-system"), "istiod"))
        .unwrap()
        .unwrap();
    assert_eq!(dep.data["status"]["availableReplicas"], 2);
    // Applying the spec does not wipe the status (status subresource).
    let mut applied = support::deployment_json("istio-system", "istiod", "istio/pilot:1.25.0", 2);
    applied["status"] = json!({"availableReplicas": 0});
    let after = cluster::block_on(c.apply(&applied, &ApplyOptions::default())).unwrap();
    assert_eq!(after.data["status"]["availableReplicas"], 2);
    assert_eq!(
        after.metadata.generation,
        Some(2),
        "a spec change bumps generation"
    );
}

#[test]
fn watches_drive_kube_runtime_waits() {
    use k8s_openapi::api::apps::v1::Deployment;
    use kube::runtime::wait::{await_condition, conditions};
    let tc = TestCluster::start();
    tc.seed(support::deployment_json(
        "istio-system",
        "istiod",
        "istio/pilot:1.24.2",
        1,
    ));
    let c = tc.connect();
    let api: Api<Deployment> = Api::namespaced(c.client(), "istio-system");
    // The rollout completes after the wait starts: the watcher lists, then watches from the
    // list's resourceVersion, so the change reaches it either way.
    let waiting = cluster::runtime().unwrap().spawn(async move {
        let wait = await_condition(api, "istiod", conditions::is_deployment_completed());
        tokio::time::timeout(std::time::Duration::from_secs(60), wait).await
    });
    tc.mark_ready("Deployment", "istio-system", "istiod");
    let done = cluster::block_on(waiting)
        .unwrap()
        .expect("the wait ends")
        .unwrap();
    assert_eq!(done.unwrap().status.unwrap().available_replicas, Some(1));
    assert!(
        !tc.requests_with_verb("list").is_empty(),
        "the watcher lists first"
    );

    // A raw watch from an old resourceVersion replays what happened since.
    let seeded = tc.seed(json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "w", "namespace": "default"}}));
    let rv0 = seeded["metadata"]["resourceVersion"]
        .as_str()
        .unwrap()
        .to_string();
    tc.set_status(
        "v1",
        "Namespace",
        None,
        "default",
        json!({"phase": "Active"}),
    );
    let cms: Api<ConfigMap> = Api::namespaced(c.client(), "default");
    let patch = json!({"data": {"k": "v"}});
    cluster::block_on(cms.patch("w", &PatchParams::default(), &Patch::Merge(&patch))).unwrap();
    cluster::block_on(cms.delete("w", &DeleteParams::default())).unwrap();
    let events: Vec<String> = cluster::block_on(async {
        use futures::{StreamExt, TryStreamExt};
        let wp = kube::api::WatchParams::default().timeout(1);
        let stream = cms.watch(&wp, &rv0).await.unwrap();
        stream
            .map_ok(|ev| match ev {
                kube::api::WatchEvent::Added(_) => "ADDED".to_string(),
                kube::api::WatchEvent::Modified(_) => "MODIFIED".to_string(),
                kube::api::WatchEvent::Deleted(_) => "DELETED".to_string(),
                other => format!("{other:?}"),
            })
            .take(2)
            .try_collect()
            .await
            .unwrap()
    });
    assert_eq!(events, ["MODIFIED", "DELETED"]);
}

#[test]
fn patch_kinds_collections_and_garbage_collection() {
    use k8s_openapi::api::apps::v1::{Deployment, ReplicaSet};
    let tc = TestCluster::start();
    let c = tc.connect();
    cluster::block_on(async {
        let cms: Api<ConfigMap> = Api::namespaced(c.client(), "default");
        let mut cm = ConfigMap::default();
        cm.metadata.generate_name = Some("gen-".into());
        cm.metadata.labels = Some([("app".to_string(), "x".to_string())].into());
        let made = cms.create(&PostParams::default(), &cm).await.unwrap();
        let name = made.metadata.name.clone().unwrap();
        assert!(name.starts_with("gen-") && name.len() > 4, "{name}");

        // JSON patch and strategic merge patch.
        let ops = json!([
            {"op": "add", "path": "/data", "value": {"a": "1"}},
            {"op": "add", "path": "/data/b", "value": "2"},
            {"op": "remove", "path": "/data/a"}
        ]);
        let req =
            axum::http::Request::patch(format!("/api/v1/namespaces/default/configmaps/{name}"))
                .header("Content-Type", "application/json-patch+json")
                .body(serde_json::to_vec(&ops).unwrap())
                .unwrap();
        let patched: ConfigMap = c.client().request(req).await.unwrap();
        assert_eq!(
            patched.data.unwrap(),
            [("b".to_string(), "2".to_string())].into()
        );
        let smp = json!({"metadata": {"labels": {"tier": "web"}}});
        let patched = cms
            .patch(&name, &PatchParams::default(), &Patch::Strategic(&smp))
            .await
            .unwrap();
        assert_eq!(patched.metadata.labels.unwrap().len(), 2);

        // Invalid names are rejected as a real server does.
        let mut bad = ConfigMap::default();
        bad.metadata.name = Some("Not_Valid".into());
        let err = cms.create(&PostParams::default(), &bad).await.unwrap_err();
        assert!(matches!(err, kube::Error::Api(s) if s.code == 422));

        // deletecollection by label.
        let lp = ListParams::default().labels("app=x");
        cms.delete_collection(&DeleteParams::default(), &lp)
            .await
            .unwrap();
        assert!(cms.list(&lp).await.unwrap().items.is_empty());

        // Owner references: deleting a Deployment deletes its ReplicaSets unless orphaned.
        let deps: Api<Deployment> = Api::namespaced(c.client(), "default");
        let rss: Api<ReplicaSet> = Api::namespaced(c.client(), "default");
        for orphan in [false, true] {
            let dep: Deployment =
                serde_json::from_value(support::deployment_json("default", "web", "nginx", 1))
                    .unwrap();
            let dep = deps.create(&PostParams::default(), &dep).await.unwrap();
            let rs: ReplicaSet = serde_json::from_value(json!({
                "apiVersion": "apps/v1", "kind": "ReplicaSet",
                "metadata": {"name": "web-1", "namespace": "default",
                             "ownerReferences": [{"apiVersion": "apps/v1", "kind": "Deployment", "name": "web",
                                                  "uid": dep.metadata.uid.clone().unwrap(), "controller": true}]},
                "spec": {"selector": {"matchLabels": {"app": "web"}}}
            }))
            .unwrap();
            rss.create(&PostParams::default(), &rs).await.unwrap();
            let dp = if orphan {
                DeleteParams::orphan()
            } else {
                DeleteParams::background()
            };
            deps.delete("web", &dp).await.unwrap();
            let left = rss.get_opt("web-1").await.unwrap();
            assert_eq!(left.is_some(), orphan, "orphan={orphan}");
        }
    });
}
