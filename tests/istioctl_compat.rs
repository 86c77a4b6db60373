//! The compatibility table: istioctl command lines, as scripts and tutorials write them, run
//! through the `sailctl` binary. Each row says what istioctl does with the line (its exit code
//! and a piece of its output); rows that need a cluster run against the in-process API server
//! with an istiod (fake `/debug/syncz`) and a bookinfo pod (fake Envoy admin).

mod support;

use std::path::Path;
use std::sync::{Arc, Mutex};

use assert_cmd::Command;
use support::TestCluster;

/// One istioctl command line and what it must do.
struct Row {
    args: &'static [&'static str],
    /// The exit code istioctl's meaning gives.
    code: i32,
    /// Text stdout must contain ("" when only stderr is checked).
    out: &'static str,
    /// Text stderr must contain ("" when only stdout is checked).
    err: &'static str,
}

const fn row(
    args: &'static [&'static str],
    code: i32,
    out: &'static str,
    err: &'static str,
) -> Row {
    Row {
        args,
        code,
        out,
        err,
    }
}

const DUMP: &str = "tests/fixtures/proxy-config/config_dump.json";
const BAD_SUBSETS: &str =
    "tests/fixtures/analyze/virtualservice.DestinationRuleAnalyzer/bad-subsets.yaml";
const POD: &str = "productpage-v1-5d9c8.bookinfo";

/// Command lines that need no cluster (files, profiles, flags).
const OFFLINE: &[Row] = &[
    row(
        &["validate", "-f", "tests/fixtures/validate/bookinfo.yaml"],
        0,
        "all valid",
        "",
    ),
    row(
        &[
            "validate",
            "-f",
            "tests/fixtures/validate/bookinfo.yaml,tests/fixtures/validate/kinds/Gateway/valid.yaml",
        ],
        0,
        "in 2 files: all valid",
        "",
    ),
    row(
        &[
            "validate",
            "-x",
            "-f",
            "tests/fixtures/validate/bookinfo.yaml",
        ],
        0,
        "all valid",
        "",
    ),
    row(
        &[
            "validate",
            "--referential=false",
            "-f",
            "tests/fixtures/validate/bookinfo.yaml",
        ],
        0,
        "all valid",
        "",
    ),
    row(
        &[
            "v",
            "-f",
            "tests/fixtures/validate/kinds/Gateway/invalid.yaml",
        ],
        1,
        "a server needs at least one host",
        "",
    ),
    row(
        &[
            "validate",
            "-f",
            "tests/fixtures/validate/no-such-file.yaml",
        ],
        2,
        "no-such-file.yaml: no such file or directory",
        "",
    ),
    row(
        &["analyze", "--use-kube=false", "-A", BAD_SUBSETS],
        79,
        "IST0101",
        "",
    ),
    row(
        &["analyze", "-k=false", "-A", BAD_SUBSETS],
        79,
        "IST0101",
        "",
    ),
    row(
        &[
            "analyze",
            "-R",
            "-k=false",
            "-A",
            "tests/fixtures/analyze/virtualservice.DestinationRuleAnalyzer",
        ],
        79,
        "ok-subsets.yaml:15",
        "",
    ),
    row(
        &[
            "analyze",
            "--recursive",
            "--use-kube=false",
            "-A",
            "-o",
            "json",
            BAD_SUBSETS,
        ],
        79,
        "\"code\": \"IST0101\"",
        "",
    ),
    row(
        &["analyze", "-k=false", "-A", "-o", "yaml", BAD_SUBSETS],
        79,
        "code: IST0101",
        "",
    ),
    row(
        &["analyze", "-L"],
        0,
        "virtualservice.DestinationRuleAnalyzer",
        "",
    ),
    row(&["analyze", "--explain", "IST0101"], 0, "IST0101", ""),
    row(
        &["analyze", "--remote-contexts", "east", "-k=false", "x.yaml"],
        2,
        "",
        "--remote-contexts east: multi-cluster analysis reads live clusters",
    ),
    row(
        &["--color=false", "analyze", "-k=false", "-A", BAD_SUBSETS],
        79,
        "Error [IST0101]",
        "",
    ),
    row(
        &["--color=true", "analyze", "-k=false", "-A", BAD_SUBSETS],
        79,
        "\u{1b}[",
        "",
    ),
    row(
        &["--color", "analyze", "-k=false", "-A", BAD_SUBSETS],
        79,
        "\u{1b}[",
        "",
    ),
    row(
        &["analyze", "-k=false", "-A", BAD_SUBSETS, "--color"],
        79,
        "\u{1b}[",
        "",
    ),
    row(
        &["--color", "never", "analyze", "-k=false", "-A", BAD_SUBSETS],
        79,
        "Error [IST0101]",
        "",
    ),
    row(
        &["--color=always", "analyze", "-k=false", "-A", BAD_SUBSETS],
        79,
        "\u{1b}[",
        "",
    ),
    row(
        &["--color=auto", "analyze", "-k=false", "-A", BAD_SUBSETS],
        79,
        "Error [IST0101]",
        "",
    ),
    row(
        &["--color=maybe", "profile", "list"],
        2,
        "",
        "expected auto, always, never, true or false",
    ),
    row(&["profile", "list"], 0, "    demo", ""),
    row(&["profile", "dump", "demo"], 0, "profile: demo", ""),
    row(
        &["profile", "dump", "-p", "values.pilot.replicaCount"],
        0,
        "1",
        "",
    ),
    row(
        &["profile", "dump", "--config-path", "components.pilot"],
        0,
        "enabled: true",
        "",
    ),
    row(
        &["profile", "dump", "demo", "-o", "flags"],
        0,
        "--set profile=demo",
        "",
    ),
    row(
        &[
            "profile",
            "dump",
            "-f",
            "tests/fixtures/install/small-pilot.yaml,tests/fixtures/install/override.yaml",
            "-p",
            "values.pilot",
            "-o",
            "flags",
        ],
        0,
        "--set values.pilot.replicaCount=3",
        "",
    ),
    row(
        &["profile", "diff", "default", "demo"],
        0,
        "The difference between profiles default and demo:",
        "",
    ),
    row(
        &[
            "manifest",
            "generate",
            "-f",
            "tests/fixtures/install/small-pilot.yaml,tests/fixtures/install/override.yaml",
            "--component",
            "Pilot",
        ],
        0,
        "replicas: 3",
        "",
    ),
    row(
        &[
            "manifest",
            "generate",
            "--set",
            "components.ingressGateways[5].enabled=true",
        ],
        2,
        "",
        "components.ingressGateways[5]: no such element",
    ),
    row(
        &["proxy-config", "cluster", "-f", DUMP, "--fqdn", "reviews"],
        0,
        "reviews.bookinfo.svc.cluster.local",
        "",
    ),
    row(
        &["pc", "-o", "json", "cluster", "-f", DUMP],
        0,
        "\"name\": \"BlackHoleCluster\"",
        "",
    ),
    row(
        &["pc", "listener", "-f", DUMP, "--port", "15006"],
        0,
        "15006",
        "",
    ),
    row(&["pc", "route", "-f", DUMP], 0, "NAME", ""),
    row(
        &[
            "pc",
            "endpoint",
            "-f",
            "tests/fixtures/proxy-config/clusters.json",
        ],
        0,
        "10.1.0.11:9080",
        "",
    ),
    row(
        &["pc", "endpoint", "-f", DUMP],
        2,
        "",
        "not Envoy's /clusters?format=json output",
    ),
    row(&["pc", "secret", "-f", DUMP], 0, "RESOURCE NAME", ""),
    row(
        &["pc", "bootstrap", "-f", DUMP, "-o", "short"],
        0,
        "Istio Version:",
        "",
    ),
    row(
        &[
            "proxy-status",
            "--sync-file",
            "tests/fixtures/proxy-status/syncz.json",
        ],
        0,
        "productpage-v1-5d9c8c7f4-abcde.bookinfo",
        "",
    ),
    row(
        &[
            "ps",
            "--file",
            "tests/fixtures/proxy-status/envoy_dump.json",
        ],
        2,
        "",
        "an Envoy config dump is compared with a pod",
    ),
    row(
        &[
            "kube-inject",
            "-f",
            "tests/fixtures/kube-inject/bookinfo.yaml",
            "--injectConfigFile",
            "tests/fixtures/kube-inject/inject-config.yaml",
            "--meshConfigFile",
            "tests/fixtures/kube-inject/mesh.yaml",
            "--valuesFile",
            "tests/fixtures/kube-inject/values.json",
        ],
        0,
        "sidecar.istio.io/status",
        "",
    ),
    row(
        &[
            "kube-inject",
            "-f",
            "tests/fixtures/kube-inject/bookinfo.yaml",
            "-o",
            "/dev/stdout",
            "--injectConfigFile",
            "tests/fixtures/kube-inject/inject-config.yaml",
            "--meshConfigFile",
            "tests/fixtures/kube-inject/mesh.yaml",
            "--valuesFile",
            "tests/fixtures/kube-inject/values.json",
        ],
        0,
        "name: istio-proxy",
        "",
    ),
    // without the files istioctl reads the cluster's ConfigMaps (this cluster has none)
    row(
        &[
            "kube-inject",
            "-f",
            "tests/fixtures/kube-inject/bookinfo.yaml",
        ],
        2,
        "",
        "ConfigMap istio-system/istio-sidecar-injector (revision \"default\") not found",
    ),
    row(
        &[
            "kube-inject",
            "-f",
            "tests/fixtures/kube-inject/bookinfo.yaml",
            "-r",
            "canary",
        ],
        2,
        "",
        "istio-sidecar-injector-canary",
    ),
    row(
        &["version", "--remote=false"],
        0,
        env!("CARGO_PKG_VERSION"),
        "",
    ),
    row(
        &["--as-group", "system:masters", "version"],
        2,
        "",
        "--as-group and --as-uid need --as",
    ),
];

fn sailctl(kubeconfig: &str, args: &[&str]) -> (i32, String, String) {
    let out = Command::cargo_bin("sailctl")
        .unwrap()
        .env_remove("KUBECONFIG")
        .env_remove("NO_COLOR")
        .args(["--kubeconfig", kubeconfig])
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Run the rows; every failure is collected so one run shows them all.
fn check(kubeconfig: &str, rows: &[Row]) -> Vec<String> {
    let mut failures = Vec::new();
    for r in rows {
        assert!(
            !(r.out.is_empty() && r.err.is_empty()),
            "row {:?} checks no output",
            r.args
        );
        let (code, out, err) = sailctl(kubeconfig, r.args);
        if code != r.code || !out.contains(r.out) || !err.contains(r.err) {
            failures.push(format!(
                "sailctl {}: exit {code} (want {}), stdout {:?}, stderr {:?}",
                r.args.join(" "),
                r.code,
                out.chars().take(300).collect::<String>(),
                err.chars().take(300).collect::<String>()
            ));
        }
    }
    failures
}

#[test]
fn offline_command_lines_do_what_istioctl_does() {
    // A cluster that exists but is never needed: a row that contacts it still parses.
    let tc = TestCluster::start();
    let failures = check(tc.kubeconfig_str(), OFFLINE);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(
        tc.writes().is_empty(),
        "offline rows must not write to the cluster"
    );
}

#[test]
fn no_color_env_turns_auto_off_but_not_an_explicit_color() {
    let file = BAD_SUBSETS;
    let run = |color: &[&str]| {
        let out = Command::cargo_bin("sailctl")
            .unwrap()
            .env("NO_COLOR", "1")
            .args(color)
            .args(["analyze", "-k=false", "-A", file])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(79));
        String::from_utf8_lossy(&out.stdout).contains('\u{1b}')
    };
    assert!(
        !run(&[]),
        "NO_COLOR with the default (auto) prints no colors"
    );
    assert!(!run(&["--color=auto"]));
    assert!(!run(&["--color=false"]));
    assert!(run(&["--color"]), "a bare --color asks for colors");
    assert!(run(&["--color=true"]));
}

#[test]
fn manifest_generate_o_writes_the_file_as_istioctl_does() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("out.yaml");
    let p = path.to_str().unwrap();
    let (code, out, err) = sailctl(
        "/nonexistent",
        &["manifest", "generate", "--set", "profile=demo", "-o", p],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        out.is_empty(),
        "-o is a path: nothing on stdout, got {out:?}"
    );
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("kind: Deployment"), "{text:.200}");
    assert!(
        text.contains("name: istio-egressgateway"),
        "demo renders egress"
    );
    // `--format json` keeps sailctl's JSON List.
    let (code, out, _) = sailctl(
        "/nonexistent",
        &[
            "manifest",
            "generate",
            "--format",
            "json",
            "--component",
            "Base",
        ],
    );
    assert_eq!(code, 0);
    assert!(out.contains("\"kind\": \"List\""), "{out:.200}");
    // an unwritable path is a one-line usage error
    let bad = Path::new(p).join("sub/out.yaml");
    let (code, _, err) = sailctl(
        "/nonexistent",
        &["manifest", "generate", "-o", bad.to_str().unwrap()],
    );
    assert_eq!(code, 2);
    assert!(err.contains("cannot write"), "{err}");
    assert_eq!(err.trim().lines().count(), 1, "{err}");
}

/// A mesh: istiod (fake syncz), a bookinfo productpage pod and Deployment whose Envoy admin
/// records what it was asked.
fn mesh() -> (TestCluster, Arc<Mutex<Vec<String>>>) {
    let tc = TestCluster::start();
    tc.seed(support::pod_json(
        "istio-system",
        "istiod-1",
        &[("app", "istiod"), ("istio.io/rev", "default")],
        &[("discovery", "docker.io/istio/pilot:1.24.2")],
    ));
    tc.pod_running("istio-system", "istiod-1");
    let syncz = serde_json::json!([{"cluster_id": "Kubernetes", "proxy": POD,
        "istio_version": "1.24.2",
        "resources": {"type.googleapis.com/envoy.config.cluster.v3.Cluster":
            {"sent": "n1", "acked": "n1"}}}]);
    let istiod = tc.serve_http(vec![(
        "/debug/syncz",
        200,
        "application/json",
        syncz.to_string(),
    )]);
    tc.forward_pod_port("istio-system", "istiod-1", 15014, istiod);

    tc.seed(support::deployment_json(
        "bookinfo",
        "productpage",
        "productpage:1",
        1,
    ));
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
    let fixture = |name: &str| {
        std::fs::read_to_string(Path::new("tests/fixtures/proxy-config").join(name)).unwrap()
    };
    let (admin, seen) = tc.serve_http_recorded(vec![
        ("/config_dump", 200, "application/json", fixture(DUMP_NAME)),
        (
            "/clusters",
            200,
            "application/json",
            fixture("clusters.json"),
        ),
        ("/logging", 200, "text/plain", fixture("logging.txt")),
    ]);
    tc.forward_pod_port("bookinfo", "productpage-v1-5d9c8", 15000, admin);
    (tc, seen)
}

const DUMP_NAME: &str = "config_dump.json";

/// Command lines that read a live mesh.
const LIVE: &[Row] = &[
    row(&["version"], 0, "1.24.2", ""),
    row(
        &[
            "proxy-config",
            "route",
            "deploy/productpage",
            "-n",
            "bookinfo",
        ],
        0,
        "NAME",
        "",
    ),
    row(&["pc", "secrets", POD], 0, "RESOURCE NAME", ""),
    row(
        &[
            "pc",
            "-o",
            "json",
            "cluster",
            "productpage-v1-5d9c8",
            "-n",
            "bookinfo",
        ],
        0,
        "\"name\": \"BlackHoleCluster\"",
        "",
    ),
    row(&["pc", "clusters", POD, "--port", "9080"], 0, "9080", ""),
    row(&["pc", "endpoints", POD], 0, "10.1.0.11:9080", ""),
    row(&["pc", "all", POD], 0, "RESOURCE NAME", ""),
    row(
        &["pc", "bootstrap", POD, "-o", "short"],
        0,
        "Envoy Version:",
        "",
    ),
    row(&["pc", "log", POD], 0, "productpage-v1-5d9c8.bookinfo:", ""),
    row(&["proxy-status"], 0, POD, ""),
    row(&["ps", "-n", "bookinfo"], 0, POD, ""),
    row(
        &["proxy-status", "-o", "json"],
        0,
        "\"id\": \"productpage-v1-5d9c8.bookinfo\"",
        "",
    ),
    row(
        &[
            "ps",
            "--file",
            "tests/fixtures/proxy-status/envoy_dump.json",
        ],
        2,
        "",
        "give the pod",
    ),
    row(
        &["analyze", "-n", "bookinfo"],
        0,
        "Info [IST0102] (Namespace bookinfo)",
        "",
    ),
    row(&["analyze", "-A"], 0, "(Namespace bookinfo)", ""),
    row(&["x", "precheck"], 0, "Istio can be installed", ""),
    row(&["exp", "precheck"], 0, "Istio can be installed", ""),
    row(&["experimental", "precheck", "-o", "log"], 0, "✔", ""),
    row(&["precheck", "-o", "yaml"], 0, "ok: true", ""),
    row(&["precheck", "-o", "json"], 0, "\"ok\": true", ""),
    row(
        &["pc", "log", "-l", "app=productpage", "-n", "bookinfo"],
        0,
        "productpage-v1-5d9c8.bookinfo:",
        "",
    ),
    row(
        &["pc", "log", "-l", "app=nothing", "-n", "bookinfo"],
        2,
        "",
        "--selector app=nothing: no pods match in namespace bookinfo",
    ),
];

#[test]
fn live_command_lines_reach_the_proxy_and_the_api_server_as_istioctl_does() {
    let (tc, admin) = mesh();
    let kc = tc.kubeconfig_str();
    let (code, out, err) = sailctl(kc, &["pc", "log", "-r", POD]);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("productpage-v1-5d9c8.bookinfo:\n"), "{out}");
    let (code, _, err) = sailctl(kc, &["pc", "logging", "--level", "debug", POD]);
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = sailctl(kc, &["pc", "log", "--reset", "--level", "http:trace", POD]);
    assert_eq!(code, 0, "{err}");
    let posts: Vec<String> = admin
        .lock()
        .unwrap()
        .iter()
        .filter(|r| r.starts_with("POST"))
        .cloned()
        .collect();
    assert_eq!(
        posts,
        [
            "POST /logging?level=warning",
            "POST /logging?level=debug",
            "POST /logging?level=warning",
            "POST /logging?http=trace",
        ]
    );

    // impersonation reaches the API server on every request
    tc.clear_requests();
    let (code, _, err) = sailctl(
        kc,
        &[
            "--as",
            "jane",
            "--as-group",
            "dev",
            "--as-group",
            "ops",
            "--as-uid",
            "42",
            "version",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let reqs = tc.requests();
    assert!(!reqs.is_empty());
    for r in &reqs {
        assert_eq!(
            r.impersonate,
            [
                ("impersonate-user".to_string(), "jane".to_string()),
                ("impersonate-uid".to_string(), "42".to_string()),
                ("impersonate-group".to_string(), "dev".to_string()),
                ("impersonate-group".to_string(), "ops".to_string()),
            ],
            "{} {}",
            r.method,
            r.path
        );
    }
    tc.clear_requests();
    let (code, _, _) = sailctl(kc, &["version"]);
    assert_eq!(code, 0);
    assert!(tc.requests().iter().all(|r| r.impersonate.is_empty()));
}

#[test]
fn live_command_lines_do_what_istioctl_does() {
    let (tc, _) = mesh();
    let failures = check(tc.kubeconfig_str(), LIVE);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn tutorial_install_lifecycle_does_what_istioctl_does() {
    let tc = TestCluster::start();
    tc.set_auto_ready(true);
    let kc = tc.kubeconfig_str();
    let (code, out, err) = sailctl(kc, &["install", "--set", "profile=demo", "-y"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("Installation complete"), "{out}");
    assert!(
        tc.get(
            "apps/v1",
            "Deployment",
            Some("istio-system"),
            "istio-egressgateway"
        )
        .is_some()
    );
    // right after a demo install, a bare verify-install checks demo (no HPAs missing)
    let (code, out, err) = sailctl(kc, &["verify-install"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(!out.contains("missing"), "{out}");
    // istioctl's flag order: -y before --purge
    let (code, out, err) = sailctl(kc, &["uninstall", "-y", "--purge"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        tc.get("apps/v1", "Deployment", Some("istio-system"), "istiod")
            .is_none()
    );
    let (code, out, _) = sailctl(kc, &["verify-install"]);
    assert_eq!(code, 1, "nothing is installed any more: {out}");
}

#[test]
fn tutorial_dashboard_kiali_forwards_to_the_kiali_pod() {
    use std::io::BufRead;
    let tc = TestCluster::start();
    tc.seed(support::pod_json(
        "istio-system",
        "kiali-5d9f",
        &[("app", "kiali")],
        &[("kiali", "quay.io/kiali/kiali:v2.4")],
    ));
    tc.pod_running("istio-system", "kiali-5d9f");
    let ui = tc.serve_http(vec![("/kiali", 200, "text/html", "kiali".to_string())]);
    tc.forward_pod_port("istio-system", "kiali-5d9f", 20001, ui);
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("sailctl"))
        .args([
            "--kubeconfig",
            tc.kubeconfig_str(),
            "dashboard",
            "kiali",
            "--browser=false",
        ])
        .env_remove("KUBECONFIG")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    let read = std::io::BufReader::new(child.stdout.take().unwrap()).read_line(&mut line);
    let url = line.trim().to_string();
    // the UI answers through the forward
    let body = url
        .strip_prefix("http://")
        .and_then(|rest| rest.split_once('/'))
        .map(|(host, path)| {
            use std::io::{Read, Write};
            let mut s = std::net::TcpStream::connect(host).unwrap();
            s.set_read_timeout(Some(std::time::Duration::from_secs(20)))
                .unwrap();
            write!(
                s,
                "GET /{path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
            )
            .unwrap();
            let mut text = String::new();
            let _ = s.read_to_string(&mut text);
            text
        })
        .unwrap_or_default();
    child.kill().unwrap();
    child.wait().unwrap();
    read.unwrap();
    assert!(
        url.starts_with("http://127.0.0.1:") && url.ends_with("/kiali"),
        "{url}"
    );
    assert!(body.starts_with("HTTP/1.1 200"), "{body}");
    assert!(body.ends_with("kiali"), "{body}");
    let pf = tc.requests_with_verb("portforward");
    assert_eq!(pf.len(), 1);
    assert_eq!(
        pf[0].path,
        "/api/v1/namespaces/istio-system/pods/kiali-5d9f/portforward"
    );
}
