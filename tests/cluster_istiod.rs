//! The one istiod locator (`sailctl::cluster::istiod::locate`) against the in-process API
//! server, through kubeconfig -> kube-rs client -> HTTP: which pods count as istiod, the
//! revision filter, pods that are not running, and the error when none is found.

mod support;

use sailctl::cluster::{self, istiod};
use support::TestCluster;

fn istiod_pod(tc: &TestCluster, ns: &str, name: &str, rev: Option<&str>) {
    let mut labels = vec![("app", "istiod")];
    if let Some(r) = rev {
        labels.push(("istio.io/rev", r));
    }
    tc.seed(support::pod_json(
        ns,
        name,
        &labels,
        &[("discovery", "pilot:1.31")],
    ));
}

/// A mesh with istiods of two revisions, one unlabelled (pre-revision) istiod, one that
/// crash-loops (Running, not ready), one still pulling its image, and a gateway.
fn mesh() -> TestCluster {
    let tc = TestCluster::start();
    istiod_pod(&tc, "istio-system", "istiod-b", Some("default"));
    istiod_pod(&tc, "istio-system", "istiod-a", None);
    istiod_pod(&tc, "istio-system", "istiod-canary-1", Some("canary"));
    istiod_pod(&tc, "istio-system", "istiod-canary-2", Some("canary"));
    istiod_pod(&tc, "istio-system", "istiod-pending", Some("canary"));
    istiod_pod(&tc, "other", "istiod-elsewhere", None);
    tc.seed(support::pod_json(
        "istio-system",
        "istio-ingressgateway-1",
        &[("app", "istio-ingressgateway"), ("istio.io/rev", "canary")],
        &[("istio-proxy", "proxyv2:1.31")],
    ));
    for p in [
        "istiod-a",
        "istiod-b",
        "istiod-canary-1",
        "istio-ingressgateway-1",
    ] {
        tc.pod_running("istio-system", p);
    }
    tc.pod_running("other", "istiod-elsewhere");
    tc.pod_failing("istio-system", "istiod-canary-2", "CrashLoopBackOff", "x");
    tc.pod_failing("istio-system", "istiod-pending", "ImagePullBackOff", "x");
    tc
}

fn names(
    tc: &TestCluster,
    namespace: &str,
    revision: Option<&str>,
    ready_only: bool,
) -> Result<Vec<String>, String> {
    let wanted = istiod::Wanted {
        namespace,
        revision,
        ready_only,
    };
    cluster::block_on(istiod::locate(&tc.connect(), &wanted))
        .map(|pods| pods.into_iter().filter_map(|p| p.metadata.name).collect())
        .map_err(|e| e.to_string())
}

#[test]
fn every_running_istiod_of_the_namespace_sorted_by_name() {
    let tc = mesh();
    assert_eq!(
        names(&tc, "istio-system", None, false).unwrap(),
        ["istiod-a", "istiod-b", "istiod-canary-1", "istiod-canary-2"]
    );
    // the request carries istioctl's selectors
    let lists = tc.requests_with_verb("list");
    let last = lists.last().expect("a list request");
    assert_eq!(
        last.params.get("labelSelector").map(String::as_str),
        Some("app=istiod")
    );
    assert_eq!(
        last.params.get("fieldSelector").map(String::as_str),
        Some("status.phase=Running")
    );
    // `version` asks only ready ones
    assert_eq!(
        names(&tc, "istio-system", None, true).unwrap(),
        ["istiod-a", "istiod-b", "istiod-canary-1"]
    );
    assert_eq!(
        names(&tc, "other", None, false).unwrap(),
        ["istiod-elsewhere"]
    );
}

#[test]
fn a_revision_selects_its_istiods_and_default_takes_the_unlabelled_one() {
    let tc = mesh();
    assert_eq!(
        names(&tc, "istio-system", Some("canary"), false).unwrap(),
        ["istiod-canary-1", "istiod-canary-2"]
    );
    let last = tc.requests_with_verb("list");
    assert_eq!(
        last.last()
            .and_then(|r| r.params.get("labelSelector"))
            .map(String::as_str),
        Some("app=istiod,istio.io/rev=canary")
    );
    assert_eq!(
        names(&tc, "istio-system", Some("default"), false).unwrap(),
        ["istiod-a", "istiod-b"]
    );
    // an empty revision is every revision
    assert_eq!(
        names(&tc, "istio-system", Some(""), false).unwrap().len(),
        4
    );
}

#[test]
fn none_found_is_one_clear_error() {
    let tc = mesh();
    assert_eq!(
        names(&tc, "istio-system", Some("stable"), false).unwrap_err(),
        "no running Istio pods in namespace \"istio-system\" of revision stable (istio.io/rev=stable)"
    );
    assert_eq!(
        names(&tc, "empty", None, false).unwrap_err(),
        "no running Istio pods in namespace \"empty\""
    );
}

#[test]
fn commands_share_the_locator_and_its_words() {
    // proxy-status and version, on a namespace whose only istiod is not running
    let tc = TestCluster::start();
    istiod_pod(&tc, "istio-system", "istiod-1", None);
    tc.pod_failing("istio-system", "istiod-1", "ImagePullBackOff", "x");
    let (code, _, err) = support::cli::sailctl(Some(&tc), &["proxy-status"]);
    assert_eq!(code, 1, "{err}");
    assert_eq!(
        err,
        "error: no running Istio pods in namespace \"istio-system\"\n"
    );
    let (code, _, err) = support::cli::sailctl(Some(&tc), &["version", "--revision", "canary"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains(
            "no running Istio pods in namespace \"istio-system\" of revision canary (istio.io/rev=canary)"
        ),
        "{err}"
    );
}

#[test]
fn proxy_status_asks_each_istiod_on_its_monitoring_port() {
    // istioctl's FindIstiodMonitoringPort: `prometheus.io/port`, else 15014
    let tc = TestCluster::start();
    let mut pod = support::pod_json(
        "istio-system",
        "istiod-1",
        &[("app", "istiod")],
        &[("discovery", "pilot:1.31")],
    );
    pod["metadata"]["annotations"] = serde_json::json!({"prometheus.io/port": "15099"});
    tc.seed(pod);
    tc.pod_running("istio-system", "istiod-1");
    let syncz = serde_json::json!([{"cluster_id": "Kubernetes", "proxy": "reviews-v1-abc.bookinfo",
        "istio_version": "1.31.0", "resources": {}}]);
    let fake = tc.serve_http(vec![(
        "/debug/syncz",
        200,
        "application/json",
        syncz.to_string(),
    )]);
    tc.forward_pod_port("istio-system", "istiod-1", 15099, fake);
    let (code, out, err) = support::cli::sailctl(Some(&tc), &["proxy-status"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("reviews-v1-abc.bookinfo"), "{out}");
    assert!(out.contains("istiod-1"), "{out}");
}
