//! `sailctl proxy-config <pod>` end to end: the binary, a kubeconfig, the in-process API server
//! and a port-forward to a fake Envoy admin (:15000) serving the fixture dumps.

mod support;

use std::path::PathBuf;

use assert_cmd::Command;
use support::TestCluster;

fn fixture(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/proxy-config")
        .join(name);
    std::fs::read_to_string(path).unwrap()
}

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

/// A running productpage pod in `bookinfo` whose admin port serves `routes`.
fn mesh(routes: Vec<(&str, u16, &str, String)>) -> TestCluster {
    let tc = TestCluster::start();
    tc.seed(support::pod_json(
        "bookinfo",
        "productpage-v1-5d9c8",
        &[("app", "productpage")],
        &[
            ("productpage", "productpage:1"),
            ("istio-proxy", "docker.io/istio/proxyv2:1.24.2"),
        ],
    ));
    tc.pod_running("bookinfo", "productpage-v1-5d9c8");
    let admin = tc.serve_http(routes);
    tc.forward_pod_port("bookinfo", "productpage-v1-5d9c8", 15000, admin);
    tc
}

fn admin_routes() -> Vec<(&'static str, u16, &'static str, String)> {
    vec![
        (
            "/config_dump",
            200,
            "application/json",
            fixture("config_dump.json"),
        ),
        (
            "/clusters",
            200,
            "application/json",
            fixture("clusters.json"),
        ),
    ]
}

#[test]
fn a_pod_reads_like_its_saved_dump() {
    let tc = mesh(admin_routes());
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/proxy-config");
    for sub in ["cluster", "listener", "route", "secret", "all"] {
        let (code, live, err) =
            sailctl(&tc, &["proxy-config", sub, "productpage-v1-5d9c8.bookinfo"]);
        assert_eq!(code, 0, "{sub}: {err}");
        let file = path.join("config_dump.json").display().to_string();
        let (_, saved, _) = sailctl(&tc, &["proxy-config", sub, "--file", &file]);
        assert_eq!(live, saved, "{sub}");
    }
    let pf = tc.requests_with_verb("portforward");
    assert!(!pf.is_empty());
    assert_eq!(
        pf[0].path,
        "/api/v1/namespaces/bookinfo/pods/productpage-v1-5d9c8/portforward"
    );
    assert_eq!(pf[0].params.get("ports").map(String::as_str), Some("15000"));
}

#[test]
fn endpoints_come_from_the_clusters_page_and_namespace_from_the_flag() {
    let tc = mesh(admin_routes());
    let (code, out, err) = sailctl(
        &tc,
        &["-n", "bookinfo", "pc", "ep", "pod/productpage-v1-5d9c8"],
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("ENDPOINT "), "{out}");
    assert!(
        out.contains("10.1.0.12:9080                   UNHEALTHY     FAILED"),
        "{out}"
    );
}

#[test]
fn admin_errors_and_missing_pods_are_clear() {
    let tc = mesh(vec![(
        "/config_dump",
        503,
        "text/plain",
        "no config\n".to_string(),
    )]);
    let (code, out, err) = sailctl(&tc, &["pc", "cluster", "productpage-v1-5d9c8.bookinfo"]);
    assert_eq!(code, 1);
    assert!(out.is_empty());
    assert_eq!(
        err,
        "error: Envoy admin of pod bookinfo/productpage-v1-5d9c8 answered 503 to /config_dump: no config\n"
    );
    let (code, _, err) = sailctl(&tc, &["pc", "cluster", "nope.bookinfo"]);
    assert_eq!(code, 1);
    assert!(err.contains("not found"), "{err}");
    let (code, _, err) = sailctl(
        &tc,
        &[
            "pc",
            "cluster",
            "productpage-v1-5d9c8.bookinfo",
            "--proxy-admin-port",
            "15999",
        ],
    );
    assert_eq!(code, 1);
    assert!(err.contains("15999"), "{err}");
}

#[test]
fn an_admin_answer_that_is_not_a_dump_is_an_error_naming_the_pod() {
    let tc = mesh(vec![(
        "/config_dump",
        200,
        "application/json",
        "{}".to_string(),
    )]);
    let (code, _, err) = sailctl(&tc, &["pc", "route", "productpage-v1-5d9c8.bookinfo"]);
    assert_eq!(code, 1);
    assert_eq!(
        err,
        "error: pod bookinfo/productpage-v1-5d9c8: config dump has no configuration type type.googleapis.com/envoy.admin.v3.RoutesConfigDump\n"
    );
}

#[test]
fn log_lists_and_sets_levels() {
    let mut routes = admin_routes();
    routes.push(("/logging", 200, "text/plain", fixture("logging.txt")));
    let tc = mesh(routes);
    let (code, out, err) = sailctl(&tc, &["pc", "log", "productpage-v1-5d9c8.bookinfo"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out,
        format!("productpage-v1-5d9c8.bookinfo:\n{}", fixture("logging.txt"))
    );
    // the fake admin answers every POST with the same list, as Envoy answers with the new one
    let (code, out, err) = sailctl(
        &tc,
        &[
            "pc",
            "o",
            "productpage-v1-5d9c8",
            "-n",
            "bookinfo",
            "--level",
            "debug,http:trace",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        out.starts_with("productpage-v1-5d9c8.bookinfo:\nactive loggers:\n"),
        "{out}"
    );
}

#[test]
fn log_rejects_unknown_levels_and_loggers() {
    let mut routes = admin_routes();
    routes.push(("/logging", 200, "text/plain", fixture("logging.txt")));
    let tc = mesh(routes);
    for (spec, want) in [
        ("xxx", "unrecognized logging level: xxx"),
        ("xxx:debug", "unrecognized logger name: xxx"),
        ("http:yyy", "unrecognized logging level: yyy"),
    ] {
        let (code, out, err) = sailctl(
            &tc,
            &[
                "pc",
                "log",
                "productpage-v1-5d9c8.bookinfo",
                "--level",
                spec,
            ],
        );
        assert_eq!(code, 2, "{spec}");
        assert!(out.is_empty());
        assert_eq!(err, format!("error: {want}\n"));
    }
}
