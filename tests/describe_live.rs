//! `x describe pod|svc` on the in-process API server: Istio's CRDs installed, a bookinfo-like
//! reviews pod whose fake Envoy admin serves tests/fixtures/trace/sidecar.json.
//!
//! Worked out by hand: the reviews Service selects the pod (app=reviews); DestinationRule
//! reviews has subsets v1..v4 and the pod (version=v1) is in v1; the proxy has clusters for
//! v1, v2 and v3 of port 9080 but not v4 (a warning). PeerAuthentication: the namespace's
//! PERMISSIVE beats the mesh-wide STRICT. AuthorizationPolicies: deny-admin, reviews-viewer,
//! audit and ext-authz select the pod, mesh-wide (istio-system, no selector) applies to all,
//! new-policy (default, no selector) too but the proxy lacks it (a warning); ratings-only
//! selects other pods; the proxy enforces postgres-clients.db, which nothing in the cluster
//! applies here (a warning).

mod support;

use serde_json::json;
use support::TestCluster;
use support::cli::sailctl;

fn obj(api: &str, kind: &str, ns: &str, name: &str, spec: serde_json::Value) -> serde_json::Value {
    json!({"apiVersion": api, "kind": kind, "metadata": {"name": name, "namespace": ns}, "spec": spec})
}

fn mesh() -> TestCluster {
    let tc = TestCluster::start();
    for (g, k, p) in [
        ("networking.istio.io", "DestinationRule", "destinationrules"),
        ("networking.istio.io", "VirtualService", "virtualservices"),
        ("networking.istio.io", "Gateway", "gateways"),
        (
            "security.istio.io",
            "PeerAuthentication",
            "peerauthentications",
        ),
        (
            "security.istio.io",
            "AuthorizationPolicy",
            "authorizationpolicies",
        ),
    ] {
        tc.install_crd(g, "v1", k, p, true);
    }
    let mut pod = support::pod_json(
        "default",
        "reviews-v1-6f8d",
        &[("app", "reviews"), ("version", "v1")],
        &[
            ("reviews", "reviews:1"),
            ("istio-proxy", "docker.io/istio/proxyv2:1.24.2"),
        ],
    );
    pod["metadata"]["labels"]["version"] = json!("v1");
    tc.seed(pod);
    tc.pod_running("default", "reviews-v1-6f8d");
    let dump = std::fs::read_to_string(
        std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/trace/sidecar.json"),
    )
    .unwrap();
    let admin = tc.serve_http(vec![("/config_dump", 200, "application/json", dump)]);
    tc.forward_pod_port("default", "reviews-v1-6f8d", 15000, admin);

    tc.seed(obj(
        "v1",
        "Service",
        "default",
        "reviews",
        json!({"selector": {"app": "reviews"},
        "ports": [{"name": "http", "port": 9080, "targetPort": 9080}]}),
    ));
    tc.seed(obj(
        "v1",
        "Service",
        "default",
        "ratings",
        json!({"selector": {"app": "ratings"},
        "ports": [{"name": "http", "port": 9080, "targetPort": 9080}]}),
    ));
    let net = "networking.istio.io/v1";
    let sec = "security.istio.io/v1";
    let subsets: Vec<_> = ["v1", "v2", "v3", "v4"]
        .iter()
        .map(|v| json!({"name": v, "labels": {"version": v}}))
        .collect();
    tc.seed(obj(
        net,
        "DestinationRule",
        "default",
        "reviews",
        json!({"host": "reviews",
        "trafficPolicy": {"tls": {"mode": "ISTIO_MUTUAL"}}, "subsets": subsets}),
    ));
    tc.seed(obj(net, "VirtualService", "default", "reviews", json!({"hosts": ["reviews"], "http": [
        {"match": [{"headers": {"end-user": {"exact": "jason"}}}], "route": [{"destination": {"host": "reviews", "subset": "v2"}}]},
        {"route": [{"destination": {"host": "reviews", "subset": "v1"}, "weight": 90},
                   {"destination": {"host": "reviews", "subset": "v3"}, "weight": 10}]}]})));
    tc.seed(obj(
        sec,
        "PeerAuthentication",
        "istio-system",
        "default",
        json!({"mtls": {"mode": "STRICT"}}),
    ));
    tc.seed(obj(
        sec,
        "PeerAuthentication",
        "default",
        "default",
        json!({"mtls": {"mode": "PERMISSIVE"}}),
    ));
    let sel = json!({"matchLabels": {"app": "reviews"}});
    tc.seed(obj(
        sec,
        "AuthorizationPolicy",
        "default",
        "deny-admin",
        json!({"selector": sel, "action": "DENY"}),
    ));
    tc.seed(obj(
        sec,
        "AuthorizationPolicy",
        "default",
        "reviews-viewer",
        json!({"selector": sel}),
    ));
    tc.seed(obj(
        sec,
        "AuthorizationPolicy",
        "default",
        "audit",
        json!({"selector": sel, "action": "AUDIT"}),
    ));
    tc.seed(obj(
        sec,
        "AuthorizationPolicy",
        "default",
        "ext-authz",
        json!({"selector": sel, "action": "CUSTOM"}),
    ));
    tc.seed(obj(
        sec,
        "AuthorizationPolicy",
        "istio-system",
        "mesh-wide",
        json!({}),
    ));
    tc.seed(obj(
        sec,
        "AuthorizationPolicy",
        "default",
        "new-policy",
        json!({}),
    ));
    tc.seed(obj(
        sec,
        "AuthorizationPolicy",
        "default",
        "ratings-only",
        json!({"selector": {"matchLabels": {"app": "ratings"}}}),
    ));
    tc
}

const POD: &str = "\
Describing pod reviews-v1-6f8d.default

Service reviews.default:
  port 9080/http -> 9080 (HTTP)
  DestinationRule reviews.default for \"reviews\"
    traffic policy TLS mode ISTIO_MUTUAL
    matching subsets: v1
    (non-matching subsets v2,v3,v4)
  VirtualService reviews.default (on mesh)
    http route #0 (with match conditions): reviews subset v2
    http route #1: reviews subset v1 weight 90%
    http route #1: reviews subset v3 weight 10%

PeerAuthentication:
  effective mTLS mode PERMISSIVE from PeerAuthentication default.default

AuthorizationPolicies:
  ALLOW mesh-wide.istio-system
  ALLOW new-policy.default
  ALLOW reviews-viewer.default
  AUDIT audit.default
  CUSTOM ext-authz.default
  DENY deny-admin.default

Proxy:
  3 of 4 subset clusters from DestinationRules are in the proxy
  7 AuthorizationPolicies in the proxy's RBAC filters

Warnings (cluster configuration and the proxy disagree):
  ! the proxy has no cluster outbound|9080|v4|reviews.default.svc.cluster.local (a DestinationRule subset)
  ! AuthorizationPolicy new-policy.default (ALLOW) applies to the pod but is not in its proxy
  ! the proxy enforces AuthorizationPolicy postgres-clients.db (ALLOW) that the cluster does not apply to this pod
";

#[test]
fn describe_pod_from_cluster_and_proxy() {
    let tc = mesh();
    let (code, out, err) = sailctl(
        Some(&tc),
        &["x", "describe", "pod", "reviews-v1-6f8d.default"],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, POD);
    let (code, out, _) = sailctl(
        Some(&tc),
        &[
            "x",
            "describe",
            "pod",
            "reviews-v1-6f8d",
            "-n",
            "default",
            "-o",
            "json",
        ],
    );
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["warnings"].as_array().unwrap().len(), 3);
}

#[test]
fn describe_service() {
    let tc = mesh();
    let (code, out, err) = sailctl(Some(&tc), &["x", "describe", "svc", "reviews.default"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("Describing service reviews.default\n\nService reviews.default:\n  pods: reviews-v1-6f8d.default\n  port 9080/http -> 9080 (HTTP)\n"), "{out}");
    assert!(out.contains("  subsets: v1,v2,v3,v4\n"), "{out}");
    let (code, _, err) = sailctl(Some(&tc), &["x", "describe", "svc", "nope.default"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("service nope not found in namespace default"),
        "{err}"
    );
}
