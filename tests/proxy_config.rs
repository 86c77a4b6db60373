//! `sailctl proxy-config` on fixture dumps written for these tests (tests/fixtures/proxy-config):
//! a bookinfo productpage sidecar (`config_dump.json`) and its `/clusters?format=json`
//! (`clusters.json`). Table snapshots are reviewed by hand.

use std::path::PathBuf;

use assert_cmd::Command;

fn fixture(name: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/proxy-config")
        .join(name)
        .display()
        .to_string()
}

/// Run `sailctl proxy-config ARGS --file FIXTURE`, expect success, return stdout.
fn pc(file: &str, args: &[&str]) -> String {
    let out = Command::cargo_bin("sailctl")
        .unwrap()
        .arg("proxy-config")
        .args(args)
        .args(["--file", &fixture(file)])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn dump(args: &[&str]) -> String {
    pc("config_dump.json", args)
}

#[test]
fn cluster_table() {
    insta::assert_snapshot!(dump(&["cluster"]));
}

#[test]
fn cluster_filters_combine() {
    let out = dump(&["clusters", "--fqdn", "reviews", "--subset", "v2"]);
    insta::assert_snapshot!(out);
    let out = dump(&["c", "--port", "443", "--direction", "outbound"]);
    assert_eq!(out.lines().count(), 2, "{out}");
    assert!(out.contains("kubernetes.default.svc.cluster.local"));
}

#[test]
fn cluster_json_is_protojson() {
    let out = dump(&["cluster", "--fqdn", "kubernetes", "-o", "json"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        v,
        serde_json::json!([{
            "name": "outbound|443||kubernetes.default.svc.cluster.local",
            "type": "EDS",
            "metadata": {"filterMetadata": {"istio": {"config": "/apis/other/thing"}}},
            "connectTimeout": "10s"
        }])
    );
}

#[test]
fn cluster_yaml_sorts_keys() {
    let out = dump(&["cluster", "--fqdn", "kubernetes", "-o", "yaml"]);
    assert_eq!(
        out,
        "- connectTimeout: 10s\n  metadata:\n    filterMetadata:\n      istio:\n        config: /apis/other/thing\n  name: outbound|443||kubernetes.default.svc.cluster.local\n  type: EDS\n"
    );
}

#[test]
fn listener_table() {
    insta::assert_snapshot!(dump(&["listener"]));
}

#[test]
fn listener_types_and_filters() {
    insta::assert_snapshot!(dump(&["listeners", "--verbose=false"]));
    let out = dump(&["l", "--type", "tcp", "--verbose=false"]);
    assert_eq!(
        out,
        "ADDRESSES PORT  TYPE\n10.96.0.1 443   TCP\n0.0.0.0   15001 TCP\n"
    );
    let out = dump(&["l", "--address", "::", "--port", "9080"]);
    assert_eq!(out.lines().count(), 3, "{out}");
}

#[test]
fn route_table() {
    insta::assert_snapshot!(dump(&["route"]));
}

#[test]
fn route_summary_and_name_filter() {
    insta::assert_snapshot!(dump(&["routes", "--verbose=false"]));
    let out = dump(&["r", "--name", "15010"]);
    assert_eq!(out.lines().count(), 2, "{out}");
    assert!(out.contains("istiod.istio-system.svc.cluster.local:15010"));
}

#[test]
fn route_tree() {
    insta::assert_snapshot!(dump(&["route", "--tree"]));
}

#[test]
fn route_tree_with_a_name_shows_only_that_route() {
    let out = dump(&["route", "--tree", "--name", "9080"]);
    assert!(
        out.starts_with("listener 0.0.0.0_9080 (0.0.0.0:9080)\n"),
        "{out}"
    );
    assert!(!out.contains("15010"), "{out}");
    assert!(!out.contains("virtualInbound"), "{out}");
}

#[test]
fn eds_table_and_filters() {
    insta::assert_snapshot!(dump(&["eds"]));
    let out = dump(&["eds", "--status", "unhealthy"]);
    assert_eq!(out.lines().count(), 2, "{out}");
    assert!(out.contains("10.1.0.12:9080"));
    let out = dump(&[
        "eds",
        "--address",
        "10.1.0.11:9080",
        "--cluster",
        "OUTBOUND|9080|V1|REVIEWS.BOOKINFO.SVC.CLUSTER.LOCAL",
    ]);
    assert_eq!(out.lines().count(), 2, "{out}");
}

#[test]
fn eds_json_keeps_only_matching_endpoints() {
    let out = dump(&["eds", "--status", "DRAINING", "-o", "json"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let clas = v.as_array().unwrap();
    assert_eq!(clas.len(), 1);
    assert_eq!(
        clas[0]["clusterName"],
        "outbound|9080||reviews.bookinfo.svc.cluster.local"
    );
    let groups = clas[0]["endpoints"].as_array().unwrap();
    // the first locality group lost all its endpoints; protojson omits the empty list
    assert!(groups[0].get("lbEndpoints").is_none());
    assert_eq!(groups[1]["lbEndpoints"][0]["healthStatus"], "DRAINING");
}

#[test]
fn endpoint_table_from_clusters_json() {
    insta::assert_snapshot!(pc("clusters.json", &["endpoint"]));
    let out = pc("clusters.json", &["ep", "--address", "10.1.0.12"]);
    assert!(out.contains("FAILED"), "{out}");
    assert_eq!(out.lines().count(), 2);
}

#[test]
fn endpoint_json_lists_statuses_with_a_match() {
    let out = pc(
        "clusters.json",
        &["endpoints", "--status", "UNHEALTHY", "-o", "json"],
    );
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let names: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        vec!["outbound|9080||reviews.bookinfo.svc.cluster.local"]
    );
    assert!(
        v[0]["hostStatuses"][0]["healthStatus"]["failedOutlierCheck"]
            .as_bool()
            .unwrap()
    );
}

#[test]
fn secret_table() {
    // the leaf expired in 2021, the root is valid until 2100
    insta::assert_snapshot!(dump(&["secret"]));
}

#[test]
fn secret_json_is_the_section() {
    let out = dump(&["secrets", "-o", "json"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["dynamicActiveSecrets"][1]["name"], "ROOTCA");
    assert_eq!(
        v["dynamicWarmingSecrets"][0]["versionInfo"],
        "uninitialized"
    );
}

#[test]
fn ecds_table_and_yaml() {
    insta::assert_snapshot!(dump(&["ecds"]));
    let out = dump(&["ec", "-o", "yaml"]);
    assert!(out.starts_with("ecdsFilters:\n- ecdsFilter:\n"), "{out}");
    assert!(out.contains("PLUGIN_VERSION: \"12\"\n"), "{out}");
    assert!(
        out.contains("lastUpdated: \"2024-05-01T10:00:00.125Z\"\n"),
        "{out}"
    );
}

#[test]
fn bootstrap_defaults_to_json() {
    let out = dump(&["bootstrap"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        v["bootstrap"]["node"]["metadata"]["ISTIO_VERSION"],
        "1.24.2"
    );
    assert_eq!(
        v["bootstrap"]["node"]["userAgentBuildVersion"]["version"]["minorNumber"],
        32
    );
    assert_eq!(v["lastUpdated"], "2024-05-01T09:59:00Z");
    assert_eq!(
        dump(&["b", "-o", "short"]),
        "Istio Version:       1.24.2\nIstio Proxy Version: 0123456789abcdef\nEnvoy Version:       1.32.3/Clean/RELEASE/BoringSSL\n"
    );
}

#[test]
fn all_with_headers() {
    insta::assert_snapshot!(dump(&["all", "--with-headers"]));
}

#[test]
fn all_json_is_the_dump_itself() {
    let out = dump(&["all", "-o", "json"]);
    let got: serde_json::Value = serde_json::from_str(&out).unwrap();
    let want: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(fixture("config_dump.json")).unwrap())
            .unwrap();
    assert_eq!(got, want);
}

fn fails(args: &[&str], stdin: Option<&str>) -> (i32, String) {
    let mut cmd = Command::cargo_bin("sailctl").unwrap();
    cmd.arg("proxy-config").args(args);
    if let Some(s) = stdin {
        cmd.write_stdin(s);
    }
    let out = cmd.output().unwrap();
    assert!(out.stdout.is_empty());
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn without_pod_or_file_is_a_usage_error() {
    let (code, err) = fails(&["cluster"], None);
    assert_eq!(code, 2);
    assert_eq!(
        err,
        "error: cluster requires pod name or --file parameter\n"
    );
    let (code, err) = fails(&["listener", "p.ns", "--file", "x.json"], None);
    assert_eq!(code, 2);
    assert_eq!(
        err,
        "error: listener: give either a pod or --file, not both\n"
    );
}

#[test]
fn bad_input_says_where() {
    let (code, err) = fails(&["cluster", "-f", "-"], Some("{\"configs\": [}"));
    assert_eq!(code, 2);
    assert_eq!(
        err,
        "error: standard input: error unmarshalling config dump response from Envoy: expected value at line 1 column 14\n"
    );
    let (code, err) = fails(&["route", "-f", "-"], Some("{}"));
    assert_eq!(code, 1);
    assert!(err.contains("config dump has no configuration type type.googleapis.com/envoy.admin.v3.RoutesConfigDump"), "{err}");
    let (code, err) = fails(&["cluster", "-f", "/nonexistent/dump.json"], None);
    assert_eq!(code, 2);
    assert!(err.contains("cannot read /nonexistent/dump.json"), "{err}");
}

#[test]
fn json_lists_use_istioctl_layout() {
    let out = dump(&[
        "cluster", "--fqdn", "reviews", "--subset", "v1", "-o", "json",
    ]);
    assert_eq!(
        out,
        "[\n    {\n        \"name\": \"outbound|9080|v1|reviews.bookinfo.svc.cluster.local\",\n        \"type\": \"EDS\",\n        \"metadata\": {\n            \"filterMetadata\": {\n                \"istio\": {\n                    \"config\": \"/apis/networking.istio.io/v1/namespaces/bookinfo/destination-rule/reviews\"\n                }\n            }\n        },\n        \"connectTimeout\": \"10s\"\n    }\n]\n"
    );
    let two = dump(&["route", "--name", "15010", "-o", "json"]);
    let v: serde_json::Value = serde_json::from_str(&two).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 1);
    let all: serde_json::Value = serde_json::from_str(&dump(&["listener", "-o", "json"])).unwrap();
    assert_eq!(all.as_array().unwrap().len(), 5);
    assert_eq!(
        dump(&["cluster", "--fqdn", "nothing-matches", "-o", "json"]),
        "[]\n"
    );
    assert_eq!(
        dump(&["cluster", "--fqdn", "nothing-matches", "-o", "yaml"]),
        "[]\n"
    );
    let yaml = dump(&["listener", "--port", "443", "-o", "yaml"]);
    assert!(
        yaml.starts_with("- address:\n    socketAddress:\n"),
        "{yaml}"
    );
}
