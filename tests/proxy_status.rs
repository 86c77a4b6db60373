//! `sailctl proxy-status` on saved istiod answers written for these tests
//! (tests/fixtures/proxy-status).

use std::path::PathBuf;

use assert_cmd::Command;

fn fixture(name: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/proxy-status")
        .join(name)
        .display()
        .to_string()
}

fn ps(args: &[&str]) -> String {
    let out = Command::cargo_bin("sailctl")
        .unwrap()
        .arg("proxy-status")
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn table_lists_every_proxy_of_every_istiod() {
    insta::assert_snapshot!(ps(&["--file", &fixture("syncz.json")]));
}

#[test]
fn verbose_table_has_a_column_per_type() {
    insta::assert_snapshot!(ps(&["--file", &fixture("syncz.json"), "--verbosity", "1"]));
}

#[test]
fn namespace_filters_table_and_documents() {
    let out = ps(&["--file", &fixture("syncz.json"), "-n", "bookinfo"]);
    assert_eq!(out.lines().count(), 3, "{out}");
    assert!(!out.contains("istio-ingressgateway"), "{out}");
    let out = ps(&[
        "--file",
        &fixture("syncz.json"),
        "-n",
        "istio-system",
        "-o",
        "json",
    ]);
    let docs: Vec<serde_json::Value> = serde_json::Deserializer::from_str(&out)
        .into_iter()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(docs.len(), 2, "one document per istiod");
    let ids: Vec<&str> = docs
        .iter()
        .flat_map(|d| d["resources"].as_array().into_iter().flatten())
        .map(|r| r["node"]["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, vec!["istio-ingressgateway-7d4f8b-xyz.istio-system"]);
    // an istiod left with no proxy of the namespace prints no resources at all
    assert!(docs.iter().any(|d| d.get("resources").is_none()));
}

#[test]
fn yaml_is_sorted_and_quoted_like_kubectl() {
    let out = ps(&[
        "--file",
        &fixture("syncz.json"),
        "-n",
        "istio-system",
        "-o",
        "yaml",
    ]);
    assert!(out.contains("ISTIO_VERSION: \"1.24\"\n"), "{out}");
    assert!(
        out.contains("\nversionInfo: 2024-05-01T10:00:00Z/7\n"),
        "{out}"
    );
    assert!(out.starts_with("controlPlane:\n"), "{out}");
}

#[test]
fn compare_dumps() {
    let same = ps(&[
        "--file",
        &fixture("istiod_dump.json"),
        "--envoy-file",
        &fixture("envoy_same.json"),
    ]);
    assert_eq!(
        same,
        "Clusters Match\nListeners Match\nRoutes Match (RDS last loaded at Wed, 01 May 2024 10:00:00 UTC)\n"
    );
    insta::assert_snapshot!(ps(&[
        "--file",
        &fixture("istiod_dump.json"),
        "--envoy-file",
        &fixture("envoy_dump.json")
    ]));
}

#[test]
fn a_pod_is_diffed_live_and_needs_a_cluster() {
    // `proxy-status <pod>` asks istiod and the pod (tests/live_proxy.rs); without a cluster
    // it says so.
    let out = Command::cargo_bin("sailctl")
        .unwrap()
        .args([
            "ps",
            "productpage-v1-abc.bookinfo",
            "--kubeconfig",
            "/nonexistent/kc",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("no Kubernetes cluster configured"), "{err}");
}

#[test]
fn malformed_answers_say_where() {
    let out = Command::cargo_bin("sailctl")
        .unwrap()
        .args(["ps", "--file", "-"])
        .write_stdin("[1, 2]")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        "error: standard input: invalid sync status: expected a JSON object of istiod ID to DiscoveryResponse\n"
    );
}
