//! `sailctl bug-report` end to end on the in-process API server: the archive's files, Secrets
//! without their data, `--include`/`--exclude`, bounded log lines, and the bounds — a pod
//! whose admin port never answers (the test server's stall fault) costs only its own
//! `--pod-timeout`, and the overall `--timeout` ends the run with what it has.

mod support;

use std::collections::BTreeMap;
use std::io::Read;
use std::path::Path;

use serde_json::json;
use support::TestCluster;

const PASSWORD: &str = "hunter2-very-secret";
const PASSWORD_B64: &str = "aHVudGVyMi12ZXJ5LXNlY3JldA==";

fn run(tc: &TestCluster, args: &[&str]) -> (i32, String, String) {
    support::cli::sailctl(Some(tc), args)
}

/// The archive's files by path (without the top directory, which must be `top`), and its raw
/// decompressed bytes.
fn unpack(path: &Path, top: &str) -> (BTreeMap<String, String>, Vec<u8>) {
    let mut raw = Vec::new();
    flate2::read::GzDecoder::new(std::fs::File::open(path).unwrap())
        .read_to_end(&mut raw)
        .unwrap();
    let mut files = BTreeMap::new();
    let mut ar = tar::Archive::new(raw.as_slice());
    for e in ar.entries().unwrap() {
        let mut e = e.unwrap();
        let p = e.path().unwrap().to_string_lossy().into_owned();
        let (dir, rest) = p.split_once('/').unwrap();
        assert_eq!(dir, top, "{p}");
        let mut text = String::new();
        e.read_to_string(&mut text).unwrap();
        files.insert(rest.to_string(), text);
    }
    (files, raw)
}

fn running_pod(
    tc: &TestCluster,
    ns: &str,
    name: &str,
    labels: &[(&str, &str)],
    containers: &[&str],
) {
    let cs: Vec<(&str, &str)> = containers.iter().map(|c| (*c, "img:1")).collect();
    tc.seed(support::pod_json(ns, name, labels, &cs));
    tc.pod_running(ns, name);
}

/// istiod, a ztunnel, a sidecar pod with logs, a pod whose admin port hangs, a Secret, and
/// namespaces to leave out.
fn mesh() -> TestCluster {
    let tc = TestCluster::start();
    running_pod(
        &tc,
        "istio-system",
        "istiod-1",
        &[("app", "istiod")],
        &["discovery"],
    );
    let debug = tc.serve_http(vec![
        ("/debug/syncz", 200, "application/json", "[]".into()),
        (
            "/debug/configz",
            200,
            "application/json",
            "{\"configs\":1}".into(),
        ),
    ]);
    tc.forward_pod_port("istio-system", "istiod-1", 15014, debug);
    tc.set_pod_log("istio-system", "istiod-1", "discovery", "istiod started\n");
    running_pod(
        &tc,
        "istio-system",
        "ztunnel-aaaaa",
        &[("app", "ztunnel")],
        &["istio-proxy"],
    );
    let zt = tc.serve_http(vec![(
        "/config_dump",
        200,
        "application/json",
        "{\"workloads\":[]}".into(),
    )]);
    tc.forward_pod_port("istio-system", "ztunnel-aaaaa", 15000, zt);

    running_pod(
        &tc,
        "shop",
        "cart-1",
        &[("app", "cart")],
        &["cart", "istio-proxy"],
    );
    let admin = tc.serve_http(vec![
        (
            "/config_dump",
            200,
            "application/json",
            "{\"configs\":[]}".into(),
        ),
        (
            "/clusters",
            200,
            "application/json",
            "{\"cluster_statuses\":[]}".into(),
        ),
    ]);
    tc.forward_pod_port("shop", "cart-1", 15000, admin);
    tc.set_pod_log(
        "shop",
        "cart-1",
        "istio-proxy",
        "line 1\nline 2\nline 3\nline 4\nline 5\n",
    );
    tc.set_pod_log("shop", "cart-1", "cart", "cart up\n");
    running_pod(&tc, "shop", "slow-1", &[("app", "slow")], &["istio-proxy"]);
    let stall = tc.serve_stall();
    tc.forward_pod_port("shop", "slow-1", 15000, stall);

    tc.seed(json!({"apiVersion": "v1", "kind": "Secret",
        "metadata": {"name": "db-creds", "namespace": "shop",
            "annotations": {"kubectl.kubernetes.io/last-applied-configuration":
                format!("{{\"stringData\":{{\"password\":\"{PASSWORD}\"}}}}")}},
        "type": "Opaque", "data": {"password": PASSWORD_B64}}));
    running_pod(&tc, "noise", "chatty-1", &[("app", "chatty")], &["app"]);
    running_pod(
        &tc,
        "kube-system",
        "coredns-1",
        &[("k8s-app", "kube-dns")],
        &["coredns"],
    );
    tc
}

#[test]
fn the_archive_holds_what_support_needs_and_no_secret_data() {
    let tc = mesh();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.tar.gz");
    let (code, out, err) = run(
        &tc,
        &[
            "bug-report",
            "-o",
            path.to_str().unwrap(),
            "--pod-timeout",
            "1s",
            "--tail",
            "2",
            "--exclude",
            "noise",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        out.starts_with(&format!("Wrote {}", path.display())),
        "{out}"
    );
    // progress: one plain line per step when stderr is not a terminal
    for step in [
        "[1/4] namespaces and resources",
        "[2/4] istiod debug",
        "[3/4] analyze",
        "[4/4] archive",
    ] {
        assert!(err.contains(step), "{step}: {err}");
    }
    let (files, raw) = unpack(&path, "report");
    for f in [
        "report.txt",
        "errors.txt",
        "notes.txt",
        "analyze.txt",
        "resources/shop/Secret.yaml",
        "resources/shop/Pod.yaml",
        "resources/istio-system/Pod.yaml",
        "istiod/istiod-1/syncz.json",
        "istiod/istiod-1/configz.json",
        "ztunnel/ztunnel-aaaaa/config_dump.json",
        "proxies/shop/cart-1/config_dump.json",
        "proxies/shop/cart-1/clusters.json",
        "logs/shop/cart-1/istio-proxy.log",
        "logs/shop/cart-1/cart.log",
        "logs/istio-system/istiod-1/discovery.log",
    ] {
        assert!(
            files.contains_key(f),
            "{f} missing; files: {:?}",
            files.keys()
        );
    }
    assert_eq!(
        files["logs/shop/cart-1/istio-proxy.log"],
        "line 4\nline 5\n"
    );
    assert_eq!(files["istiod/istiod-1/configz.json"], "{\"configs\":1}");
    assert!(
        files["analyze.txt"].starts_with("$ sailctl analyze -A"),
        "{}",
        files["analyze.txt"]
    );
    // excluded: the named namespace and the system ones
    assert!(
        !files
            .keys()
            .any(|k| k.contains("/noise/") || k.contains("kube-system")),
        "{:?}",
        files.keys()
    );
    // the Secret is there, its values are not — anywhere in the archive
    assert!(files["resources/shop/Secret.yaml"].contains("name: db-creds"));
    assert!(files["resources/shop/Secret.yaml"].contains("password: <redacted>"));
    let raw = String::from_utf8_lossy(&raw);
    assert!(!raw.contains(PASSWORD) && !raw.contains(PASSWORD_B64));
    // the hung pod cost its own bound; its second request was not tried
    let errors = &files["errors.txt"];
    assert!(errors.contains("GET /config_dump?include_eds=true on pod shop/slow-1 port 15000: no answer within 1s (--pod-timeout)"), "{errors}");
    assert!(
        errors.contains(
            "GET /clusters?format=json on pod shop/slow-1 port 15000: skipped, an earlier request"
        ),
        "{errors}"
    );
    // istiod endpoints the fake does not serve are reported, not dropped
    assert!(
        errors
            .contains("GET /debug/registryz on pod istio-system/istiod-1 port 15014: answered 404"),
        "{errors}"
    );
    assert!(!errors.contains("cart-1"), "{errors}");
    assert!(files["report.txt"].contains("  proxies/shop/cart-1/config_dump.json\n"));
}

#[test]
fn the_overall_timeout_ends_the_run_with_what_it_has() {
    let tc = mesh();
    let dir = tempfile::tempdir().unwrap();
    // the hung pod alone, a pod bound far beyond the run's: the run's --timeout ends it
    let (code, out, err) = run(
        &tc,
        &[
            "bug-report",
            "--dir",
            dir.path().to_str().unwrap(),
            "--timeout",
            "3s",
            "--pod-timeout",
            "1h",
            "--include",
            "shop/*/slow-*",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let written: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(written.len(), 1, "{written:?}");
    let name = written[0]
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    assert!(
        name.starts_with("bug-report-") && name.ends_with(".tar.gz"),
        "{name}"
    );
    assert!(out.contains(&name), "{out}");
    let top = name.strip_suffix(".tar.gz").unwrap();
    let (files, _) = unpack(&written[0], top);
    let errors = &files["errors.txt"];
    assert!(
        errors.contains("on pod shop/slow-1 port 15000: "),
        "{errors}"
    );
    assert!(errors.contains("--timeout 3s reached"), "{errors}");
    assert!(
        !errors.contains("cart-1"),
        "only the included pod is asked: {errors}"
    );
    assert!(
        err.contains("step(s) failed; errors.txt in the archive lists them"),
        "{err}"
    );
}

#[test]
fn bad_selectors_and_missing_directories_are_usage_errors() {
    let tc = TestCluster::start();
    let (code, _, err) = run(&tc, &["bug-report", "--include", "a///nokv"]);
    assert_eq!(code, 2);
    assert!(err.contains("label \"nokv\" is not key=value"), "{err}");
    let (code, _, err) = run(&tc, &["bug-report", "--dir", "/nonexistent/dir"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("directory /nonexistent/dir does not exist"),
        "{err}"
    );
    assert!(
        tc.requests().is_empty(),
        "nothing asked of the cluster before the flags are checked"
    );
}
