//! `x authz check` (and `x trace` on a pod) on the trace fixture
//! (tests/fixtures/trace/sidecar.json), from the file and from a pod on the in-process API
//! server whose fake Envoy admin serves the same dump.
//!
//! The fixture's RBAC filters, worked out by hand: virtualInbound's two 0.0.0.0_9080 chains
//! carry a DENY filter (deny-admin.default rule 0) and an ALLOW filter (reviews-viewer.default
//! rules 0 and 1, mesh-wide.istio-system rule 0, and the shadow rule
//! istio-ext-authz-ns[default]-policy[ext-authz]-rule[0], a CUSTOM policy); the plain-text
//! chain adds a LOG filter (audit.default). The 0.0.0.0_5432 chain has two network RBAC
//! filters: DENY without policies (the anonymous row) and ALLOW postgres-clients.db rule 0.
//! Rows: DENY, ALLOW, LOG, CUSTOM, by name; RULES counts distinct rule indexes, so
//! reviews-viewer, seen in two chains, counts 2. istioctl 1.31-dev prints the same table.

mod support;

use std::path::PathBuf;

use support::TestCluster;
use support::cli::sailctl;

const EXPECTED: &str = "\
ACTION   AuthorizationPolicy         RULES
DENY     _anonymous_match_nothing_   1
DENY     deny-admin.default          1
ALLOW    mesh-wide.istio-system      1
ALLOW    postgres-clients.db         1
ALLOW    reviews-viewer.default      2
LOG      audit.default               1
CUSTOM   ext-authz.default           1
";

fn fixture_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/trace/sidecar.json")
}

#[test]
fn file_table_and_json() {
    let f = fixture_path().display().to_string();
    let (code, out, err) = sailctl(None, &["x", "authz", "check", "-f", &f]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, EXPECTED);

    let (code, out, _) = sailctl(None, &["x", "authz", "check", "-f", &f, "-o", "json"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let viewer = v
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["authorizationPolicy"] == "reviews-viewer.default")
        .unwrap();
    assert_eq!(viewer["rules"], serde_json::json!(["0", "1"]));
    assert_eq!(
        viewer["filters"],
        serde_json::json!(["virtualInbound/0.0.0.0_9080 (http)"])
    );
    let anon = &v[0];
    assert_eq!(
        anon["filters"],
        serde_json::json!(["virtualInbound/0.0.0.0_5432 (tcp)"])
    );
}

#[test]
fn a_dump_without_listeners_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("d.json");
    std::fs::write(&p, r#"{"configs":[]}"#).unwrap();
    let (code, _, err) = sailctl(None, &["x", "authz", "check", "-f", p.to_str().unwrap()]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("ListenersConfigDump"), "{err}");
}

#[test]
fn a_pod_through_the_port_forward() {
    let tc = TestCluster::start();
    tc.seed(support::pod_json(
        "default",
        "reviews-v1-6f8d",
        &[("app", "reviews")],
        &[
            ("reviews", "reviews:1"),
            ("istio-proxy", "docker.io/istio/proxyv2:1.24.2"),
        ],
    ));
    tc.pod_running("default", "reviews-v1-6f8d");
    let dump = std::fs::read_to_string(fixture_path()).unwrap();
    let admin = tc.serve_http(vec![("/config_dump", 200, "application/json", dump)]);
    tc.forward_pod_port("default", "reviews-v1-6f8d", 15000, admin);
    let (code, out, err) = sailctl(
        Some(&tc),
        &["x", "authz", "check", "reviews-v1-6f8d.default"],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, EXPECTED);
    // x trace reads the same pod: jason's request goes to reviews v2 (see tests/trace.rs)
    let (code, out, err) = sailctl(
        Some(&tc),
        &[
            "x",
            "trace",
            "reviews-v1-6f8d.default",
            "GET",
            "http://reviews:9080/",
            "-H",
            "end-user: jason",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        out.ends_with("Result: forwarded to outbound|9080|v2|reviews.default.svc.cluster.local\n"),
        "{out}"
    );
    assert!(
        out.contains("10.244.1.8:9080 HEALTHY"),
        "endpoints come from the pod's EDS: {out}"
    );
    // a pod that does not exist: one line naming it
    let (code, _, err) = sailctl(Some(&tc), &["x", "authz", "check", "nope.default"]);
    assert_ne!(code, 0);
    assert!(err.contains("nope"), "{err}");
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
}
