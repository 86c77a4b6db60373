//! `-l/--selector` on `proxy-config` and `proxy-status`, end to end on the in-process API
//! server: pods with fake Envoy admins (tests/fixtures/proxy-config/config_dump.json, one
//! replica changed) and a fake istiod `/debug/syncz`.

mod support;

use std::path::PathBuf;

use serde_json::json;
use support::TestCluster;
use support::cli::sailctl;

fn fixture() -> String {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/proxy-config/config_dump.json");
    std::fs::read_to_string(p).unwrap()
}

fn pod(tc: &TestCluster, name: &str, app: &str, dump: String) {
    tc.seed(support::pod_json(
        "bookinfo",
        name,
        &[("app", app)],
        &[
            (app, "app:1"),
            ("istio-proxy", "docker.io/istio/proxyv2:1.24.2"),
        ],
    ));
    tc.pod_running("bookinfo", name);
    let admin = tc.serve_http(vec![("/config_dump", 200, "application/json", dump)]);
    tc.forward_pod_port("bookinfo", name, 15000, admin);
}

#[test]
fn proxy_config_agreeing_and_disagreeing_replicas() {
    let tc = TestCluster::start();
    pod(&tc, "reviews-v1-a", "reviews", fixture());
    pod(&tc, "reviews-v1-b", "reviews", fixture());
    pod(&tc, "ratings-v1-a", "ratings", fixture());
    let file = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/proxy-config/config_dump.json");
    let (_, single, _) = sailctl(Some(&tc), &["pc", "cluster", "-f", file.to_str().unwrap()]);

    // two replicas with the same dump: one header line, then the table once
    let (code, out, err) = sailctl(
        Some(&tc),
        &["pc", "cluster", "-n", "bookinfo", "-l", "app=reviews"],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out,
        format!(
            "2 pods match app=reviews and agree: reviews-v1-a.bookinfo, reviews-v1-b.bookinfo\n\n{single}"
        )
    );

    // a third replica whose kubernetes cluster is now on port 6443: its table differs
    pod(
        &tc,
        "reviews-v1-c",
        "reviews",
        fixture().replace("outbound|443||kubernetes", "outbound|6443||kubernetes"),
    );
    let (code, out, err) = sailctl(
        Some(&tc),
        &["pc", "cluster", "-n", "bookinfo", "-l", "app=reviews"],
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("3 pods match app=reviews; 1 differ from reviews-v1-a.bookinfo\n\nreviews-v1-a.bookinfo:\n"), "{out}");
    assert!(
        out.contains("--- reviews-v1-a.bookinfo\n+++ reviews-v1-c.bookinfo\n"),
        "{out}"
    );
    let minus = out
        .lines()
        .filter(|l| l.starts_with('-') && !l.starts_with("---"))
        .count();
    let plus = out
        .lines()
        .filter(|l| l.starts_with('+') && !l.starts_with("+++"))
        .count();
    assert_eq!((minus, plus), (1, 1), "one row changed: {out}");
    assert!(out.contains("6443"), "{out}");

    // machine formats need one pod; no match is an error naming the selector
    let (code, _, err) = sailctl(
        Some(&tc),
        &[
            "pc",
            "cluster",
            "-n",
            "bookinfo",
            "-l",
            "app=reviews",
            "-o",
            "json",
        ],
    );
    assert_eq!(code, 2, "{err}");
    let (code, _, err) = sailctl(
        Some(&tc),
        &["pc", "cluster", "-n", "bookinfo", "-l", "app=nothing"],
    );
    assert_eq!(code, 1);
    assert!(
        err.contains("no running pod matches selector app=nothing in namespace bookinfo"),
        "{err}"
    );
}

#[test]
fn proxy_status_keeps_the_matching_proxies() {
    let tc = TestCluster::start();
    tc.seed(support::pod_json(
        "istio-system",
        "istiod-1",
        &[("app", "istiod"), ("istio.io/rev", "default")],
        &[("discovery", "docker.io/istio/pilot:1.24.2")],
    ));
    tc.pod_running("istio-system", "istiod-1");
    let cds = "type.googleapis.com/envoy.config.cluster.v3.Cluster";
    let syncz = json!([
        {"cluster_id": "Kubernetes", "proxy": "reviews-v1-a.bookinfo", "istio_version": "1.24.2",
         "resources": {cds: {"sent": "n1", "acked": "n1"}}},
        {"cluster_id": "Kubernetes", "proxy": "ratings-v1-a.bookinfo", "istio_version": "1.24.2",
         "resources": {cds: {"sent": "n1", "acked": "n1"}}}
    ]);
    let fake = tc.serve_http(vec![(
        "/debug/syncz",
        200,
        "application/json",
        syncz.to_string(),
    )]);
    tc.forward_pod_port("istio-system", "istiod-1", 15014, fake);
    pod(&tc, "reviews-v1-a", "reviews", fixture());
    // matches the selector, but istiod does not know it: a warning, not a silent drop
    pod(&tc, "reviews-v1-b", "reviews", fixture());
    pod(&tc, "ratings-v1-a", "ratings", fixture());

    let (code, out, err) = sailctl(Some(&tc), &["ps", "-n", "bookinfo", "-l", "app=reviews"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.lines().count(), 2, "header and one proxy: {out}");
    assert!(out.contains("reviews-v1-a.bookinfo"), "{out}");
    assert!(!out.contains("ratings"), "{out}");
    assert!(
        err.contains(
            "pod reviews-v1-b.bookinfo matches the selector but no istiod reports its proxy"
        ),
        "{err}"
    );
}
