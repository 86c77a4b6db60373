//! `sailctl ztunnel-config` (`zc`): the views of a ztunnel config dump written for these tests
//! (tests/fixtures/ztunnel), from `--file` and live through the in-process API server's
//! port-forward to fake ztunnel admins (DaemonSet pods on two nodes).

mod support;

use std::path::PathBuf;

use assert_cmd::Command;
use serde_json::{Value, json};
use support::TestCluster;

fn fixture_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ztunnel/config_dump.json")
}

fn run(tc: Option<&TestCluster>, args: &[&str]) -> (i32, String, String) {
    let mut cmd = Command::cargo_bin("sailctl").unwrap();
    cmd.env_remove("KUBECONFIG").env("NO_COLOR", "1");
    if let Some(tc) = tc {
        cmd.args(["--kubeconfig", tc.kubeconfig_str()]);
    }
    let out = cmd.args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn file(args: &[&str]) -> String {
    let path = fixture_path();
    let mut all = args.to_vec();
    all.extend(["--file", path.to_str().unwrap()]);
    let (code, out, err) = run(None, &all);
    assert_eq!(code, 0, "{err}");
    out
}

const WORKLOADS: &str = "\
NAMESPACE POD NAME               ADDRESS         NODE   WAYPOINT      PROTOCOL
default   curl-66d8-q2w3e        10.1.0.30       node-a NA            HBONE
default   ext                    api.example.com        None          TCP
shop      cart-7b9f4-abcde       10.1.0.11       node-a shop-waypoint HBONE
shop      cart-7b9f4-fghij       10.1.0.12       node-b shop-waypoint HBONE
shop      shop-waypoint-5c4d-zz9 10.1.0.20       node-a None          TCP
";

const SERVICES: &str = "\
NAMESPACE SERVICE NAME  SERVICE VIP            WAYPOINT      ENDPOINTS
default   kubernetes    10.96.0.1              None          0/0
shop      cart          10.96.0.40,fd00:96::40 shop-waypoint 1/3
shop      shop-waypoint 10.96.0.50             None          1/1
";

#[test]
fn workloads_sort_by_namespace_and_name_and_name_their_waypoint() {
    // waypoints match by VIP (`/10.96.0.50`) or `namespace/hostname`; an unknown one is NA;
    // a workload without an address shows its hostname
    assert_eq!(file(&["ztunnel-config", "workload"]), WORKLOADS);
    assert_eq!(
        file(&["zc", "w", "--workload-node", "NODE-B"]),
        "NAMESPACE POD NAME         ADDRESS   NODE   WAYPOINT      PROTOCOL\n\
         shop      cart-7b9f4-fghij 10.1.0.12 node-b shop-waypoint HBONE\n"
    );
    let out = file(&["zc", "workloads", "--address", "10.1.0.30", "-o", "json"]);
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 1);
    assert_eq!(v[0]["uid"], "Kubernetes//Pod/default/curl-66d8-q2w3e");
    assert!(out.starts_with("[\n    {\n        \"uid\""), "{out}");
}

#[test]
fn services_count_healthy_endpoints_of_known_workloads() {
    // cart: one Healthy, one Unhealthy, one whose workload the dump does not hold
    assert_eq!(file(&["zc", "service"]), SERVICES);
    let out = file(&["zc", "svc", "--service-namespace", "default", "-o", "yaml"]);
    assert!(out.starts_with("- name: kubernetes\n"), "{out}");
    assert!(!out.contains("cart"), "{out}");
}

#[test]
fn policies_sort_by_namespace_then_name() {
    assert_eq!(
        file(&["zc", "policy"]),
        "NAMESPACE    POLICY NAME  ACTION SCOPE\n\
         istio-system mesh-default Allow  Global\n\
         shop         allow-curl   Allow  WorkloadSelector\n\
         shop         deny-all     Deny   Namespace\n"
    );
    let v: Value = serde_json::from_str(&file(&[
        "zc",
        "pol",
        "--policy-namespace",
        "shop",
        "-o",
        "json",
    ]))
    .unwrap();
    let names: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["allow-curl", "deny-all"]);
}

#[test]
fn certificates_list_every_chain_member_with_hex_serials() {
    // rootCerts present: chain is Leaf, Intermediate; legacy (no rootCerts): the last is Root.
    // An expired certificate and an unreadable date are not valid; `Unavailable: ...` shortens.
    let path = fixture_path();
    let (code, out, err) = run(None, &["zc", "certificate", "-f", path.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        err,
        "warning: certificate of spiffe://cluster.local/ns/default/sa/curl: expirationTime \"not-a-date\" is not an RFC 3339 time\n"
    );
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines[0],
        "CERTIFICATE NAME                                    TYPE             STATUS           VALID CERT     SERIAL NUMBER                        NOT AFTER                NOT BEFORE"
    );
    let cells: Vec<Vec<&str>> = lines[1..]
        .iter()
        .map(|l| l.split_whitespace().collect())
        .collect();
    let col = |i: usize| cells.iter().map(|c| c[i]).collect::<Vec<_>>();
    assert_eq!(
        col(1),
        ["Leaf", "Intermediate", "Root", "Leaf", "Root", "NA", "NA"]
    );
    assert_eq!(
        col(2),
        [
            "Available",
            "Available",
            "Available",
            "Available",
            "Available",
            "Initializing",
            "Unavailable"
        ]
    );
    assert_eq!(
        col(3),
        ["true", "false", "true", "true", "false", "false", "false"]
    );
    assert_eq!(
        col(4),
        [
            "1000",
            "12345678",
            "ffffffffffffffffffffffffffffffff",
            "11",
            "12",
            "NA",
            "NA"
        ]
    );
}

#[test]
fn connections_name_addresses_unless_raw() {
    let out = file(&["zc", "connections"]);
    assert_eq!(
        out,
        "\
WORKLOAD                DIRECTION LOCAL                         REMOTE                            REMOTE TARGET                    PROTOCOL
curl-66d8-q2w3e.default Outbound  curl-66d8-q2w3e.default:41000 cart-7b9f4-abcde.shop:15008       cart.shop.svc.cluster.local:8080 HBONE
cart-7b9f4-abcde.shop   Inbound   cart-7b9f4-abcde.shop:8080    curl-66d8-q2w3e.default:41000                                      HBONE
cart-7b9f4-abcde.shop   Outbound  cart-7b9f4-abcde.shop:52000   shop-waypoint-5c4d-zz9.shop:15008 cart.shop.svc.cluster.local:8080 HBONE
cart-7b9f4-abcde.shop   Outbound  cart-7b9f4-abcde.shop:52001   192.0.2.7:443                     192.0.2.7:443                    TCP
"
    );
    let raw = file(&["zc", "cons", "--raw", "--direction", "inbound"]);
    assert_eq!(
        raw,
        "WORKLOAD              DIRECTION LOCAL          REMOTE          REMOTE TARGET PROTOCOL\n\
         cart-7b9f4-abcde.shop Inbound   10.1.0.11:8080 10.1.0.30:41000               HBONE\n"
    );
}

#[test]
fn all_prints_each_summary_and_the_whole_dump_as_json() {
    let out = file(&["zc", "all", "--with-headers"]);
    assert!(
        out.starts_with(&format!("\n------ WORKLOAD INFO ------\n\n{WORKLOADS}")),
        "{out}"
    );
    assert!(
        out.contains(&format!("\n------ SERVICE INFO ------\n\n{SERVICES}")),
        "{out}"
    );
    for h in ["POLICY INFO", "SECRET INFO", "CONNECTIONS INFO"] {
        assert!(out.contains(&format!("------ {h} ------")), "{h}");
    }
    let dump: Value = serde_json::from_str(&file(&["zc", "all", "-o", "json"])).unwrap();
    let saved: Value =
        serde_json::from_str(&std::fs::read_to_string(fixture_path()).unwrap()).unwrap();
    assert_eq!(dump, saved);
}

#[test]
fn bad_files_are_usage_errors_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("envoy.json");
    std::fs::write(&p, r#"{"configs": []}"#).unwrap();
    let (code, out, err) = run(None, &["zc", "workload", "-f", p.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(
        err.contains("envoy.json: not a ztunnel config dump: this is an Envoy config dump"),
        "{err}"
    );
    std::fs::write(&p, r#"{"services": 7}"#).unwrap();
    let (code, _, err) = run(None, &["zc", "service", "-f", p.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(
        err.contains("section services: a JSON number, not a list or map"),
        "{err}"
    );
    let (code, _, err) = run(None, &["zc", "service", "-f", "/nonexistent/zt.json"]);
    assert_eq!(code, 2);
    assert!(err.contains("cannot read /nonexistent/zt.json"), "{err}");
    let (code, _, err) = run(None, &["zc", "service", "-f", "x.json", "--node", "n1"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("at most one of --file, --node, or pod name"),
        "{err}"
    );
}

/// Two ztunnels (DaemonSet `ztunnel`, nodes a and b) with their own dumps, and a workload pod
/// on node a.
fn ambient_cluster() -> TestCluster {
    let tc = TestCluster::start();
    tc.seed(json!({"apiVersion": "apps/v1", "kind": "DaemonSet",
        "metadata": {"name": "ztunnel", "namespace": "istio-system"},
        "spec": {"selector": {"matchLabels": {"app": "ztunnel"}},
                 "template": {"metadata": {"labels": {"app": "ztunnel"}},
                              "spec": {"containers": [{"name": "istio-proxy", "image": "ztunnel:1"}]}}}}));
    let node_b_dump = json!({"workloads": [{"uid": "u1", "name": "only-on-b", "namespace": "x",
        "workloadIps": ["10.2.0.1"], "node": "node-b", "protocol": "TCP", "status": "Healthy"}]});
    for (pod, node, dump) in [
        (
            "ztunnel-aaaaa",
            "node-a",
            std::fs::read_to_string(fixture_path()).unwrap(),
        ),
        ("ztunnel-bbbbb", "node-b", node_b_dump.to_string()),
    ] {
        let mut p = support::pod_json(
            "istio-system",
            pod,
            &[("app", "ztunnel")],
            &[("istio-proxy", "ztunnel:1")],
        );
        p["spec"]["nodeName"] = json!(node);
        tc.seed(p);
        tc.pod_running("istio-system", pod);
        let admin = tc.serve_http(vec![
            ("/config_dump", 200, "application/json", dump),
            (
                "/logging",
                200,
                "text/plain",
                format!("current log level is info ({pod})\n"),
            ),
        ]);
        tc.forward_pod_port("istio-system", pod, 15000, admin);
    }
    let mut w = support::pod_json(
        "shop",
        "cart-7b9f4-abcde",
        &[("app", "cart")],
        &[("cart", "cart:1")],
    );
    w["spec"]["nodeName"] = json!("node-a");
    tc.seed(w);
    tc.pod_running("shop", "cart-7b9f4-abcde");
    tc
}

#[test]
fn live_reads_the_ztunnel_of_the_node_asked_for() {
    let tc = ambient_cluster();
    let (code, out, err) = run(Some(&tc), &["zc", "workload", "--node", "node-b"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out,
        "NAMESPACE POD NAME  ADDRESS  NODE   WAYPOINT PROTOCOL\nx         only-on-b 10.2.0.1 node-b None     TCP\n"
    );
    // a ztunnel pod by name reads exactly like its saved dump
    let (code, out, err) = run(Some(&tc), &["zc", "service", "ztunnel-aaaaa"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, SERVICES);
    let forwards = tc.requests_with_verb("portforward");
    assert!(
        forwards
            .iter()
            .any(|r| r.path.contains("/pods/ztunnel-bbbbb/portforward"))
    );
    assert!(
        forwards
            .iter()
            .any(|r| r.path.contains("/pods/ztunnel-aaaaa/portforward"))
    );
}

#[test]
fn a_workload_pod_reads_its_nodes_ztunnel_filtered_to_it() {
    let tc = ambient_cluster();
    let (code, out, err) = run(Some(&tc), &["zc", "workload", "cart-7b9f4-abcde.shop"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out,
        "NAMESPACE POD NAME         ADDRESS   NODE   WAYPOINT      PROTOCOL\n\
         shop      cart-7b9f4-abcde 10.1.0.11 node-a shop-waypoint HBONE\n"
    );
    let (code, out, err) = run(
        Some(&tc),
        &["zc", "connections", "cart-7b9f4-abcde.shop", "--raw"],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.lines().count(), 4, "{out}");
    assert!(
        out.lines()
            .skip(1)
            .all(|l| l.starts_with("cart-7b9f4-abcde.shop ")),
        "{out}"
    );
}

#[test]
fn per_node_views_need_one_ztunnel_and_missing_ambient_is_named() {
    let tc = ambient_cluster();
    let (code, out, err) = run(Some(&tc), &["zc", "certificate"]);
    assert_eq!(code, 2, "{out}");
    assert!(
        err.contains("ztunnel pod name or --node must be set (2 ztunnel pods in istio-system"),
        "{err}"
    );
    let (code, _, err) = run(Some(&tc), &["zc", "workload", "-i", "other-ns"]);
    assert_eq!(code, 1);
    assert!(err.contains("DaemonSet other-ns/ztunnel"), "{err}");
    let (code, _, err) = run(Some(&tc), &["zc", "workload", "--node", "node-z"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("a ztunnel pod on node node-z in namespace istio-system"),
        "{err}"
    );
}

#[test]
fn log_asks_every_ztunnel_and_checks_levels() {
    let tc = ambient_cluster();
    let (code, out, err) = run(Some(&tc), &["zc", "log"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out,
        "ztunnel-aaaaa.istio-system:\ncurrent log level is info (ztunnel-aaaaa)\n\
         ztunnel-bbbbb.istio-system:\ncurrent log level is info (ztunnel-bbbbb)\n"
    );
    let (code, _, err) = run(
        Some(&tc),
        &["zc", "log", "ztunnel-bbbbb", "--level", "access:loud"],
    );
    assert_eq!(code, 2);
    assert!(
        err.contains("unrecognized logging level: \"loud\""),
        "{err}"
    );
    let (code, _, err) = run(Some(&tc), &["zc", "log", "cart-7b9f4-abcde.shop"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("only supported by ztunnel pods: cart-7b9f4-abcde"),
        "{err}"
    );
}
