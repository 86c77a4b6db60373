//! `sailctl dashboard` end to end: the binary finds the pod on the in-process API server,
//! forwards a local port to it (through the server's port-forward, to a fake UI), prints a URL
//! that answers, and stops cleanly on SIGINT.

mod support;

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use serde_json::json;
use support::TestCluster;

fn bin() -> std::path::PathBuf {
    assert_cmd::cargo::cargo_bin("sailctl")
}

fn run(tc: &TestCluster, args: &[&str]) -> Output {
    Command::new(bin())
        .args(["--kubeconfig", tc.kubeconfig_str()])
        .args(args)
        .env_remove("KUBECONFIG")
        .output()
        .unwrap()
}

fn start(tc: &TestCluster, args: &[&str]) -> (Child, String) {
    let mut child = Command::new(bin())
        .args(["--kubeconfig", tc.kubeconfig_str()])
        .args(args)
        .env_remove("KUBECONFIG")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.as_mut().unwrap())
        .read_line(&mut line)
        .unwrap();
    (child, line.trim().to_string())
}

/// GET a URL with a plain HTTP/1.1 request; returns the status line and body.
fn get(url: &str) -> (String, String) {
    let rest = url.strip_prefix("http://").unwrap();
    let (host, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
    let path = if path.is_empty() { "/" } else { path };
    let mut s = std::net::TcpStream::connect(host).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut text = String::new();
    s.read_to_string(&mut text).unwrap();
    let status = text.lines().next().unwrap_or_default().to_string();
    let body = text
        .split("\r\n\r\n")
        .nth(1)
        .unwrap_or_default()
        .to_string();
    (status, body)
}

/// Send SIGINT and wait (bounded) for the process to exit.
fn interrupt(mut child: Child) -> (std::process::ExitStatus, String) {
    let pid = child.id().to_string();
    let ok = Command::new("kill").args(["-INT", &pid]).status().unwrap();
    assert!(ok.success());
    let deadline = Instant::now() + Duration::from_secs(30);
    let status = loop {
        if let Some(st) = child.try_wait().unwrap() {
            break st;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("dashboard did not stop on SIGINT");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    (status, err)
}

fn kiali(tc: &TestCluster) {
    tc.seed(support::pod_json(
        "istio-system",
        "kiali-5d9f",
        &[("app", "kiali")],
        &[("kiali", "quay.io/kiali/kiali:v2.4")],
    ));
    tc.pod_running("istio-system", "kiali-5d9f");
    let ui = tc.serve_http(vec![(
        "/kiali",
        200,
        "text/html",
        "<title>Kiali Console</title>".to_string(),
    )]);
    tc.forward_pod_port("istio-system", "kiali-5d9f", 20001, ui);
}

#[test]
fn kiali_url_answers_and_ctrl_c_stops_cleanly() {
    let tc = TestCluster::start();
    kiali(&tc);
    let (child, url) = start(&tc, &["dashboard", "kiali", "--browser=false"]);
    assert!(
        url.starts_with("http://127.0.0.1:") && url.ends_with("/kiali"),
        "{url}"
    );
    let (status, body) = get(&url);
    assert!(status.contains("200"), "{status}");
    assert_eq!(body, "<title>Kiali Console</title>");
    let (exit, err) = interrupt(child);
    assert!(exit.success(), "{exit:?}: {err}");
    assert!(err.contains("skipping opening a browser"), "{err}");
    let pf = tc.requests_with_verb("portforward");
    assert_eq!(pf.len(), 1);
    assert_eq!(
        pf[0].path,
        "/api/v1/namespaces/istio-system/pods/kiali-5d9f/portforward"
    );
    assert_eq!(pf[0].params.get("ports").map(String::as_str), Some("20001"));
}

#[test]
fn a_busy_port_falls_back_to_a_free_one_and_explicit_port_is_kept() {
    let tc = TestCluster::start();
    kiali(&tc);
    // Hold a port and ask for it explicitly: that is an error, not a silent fallback.
    let held = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = held.local_addr().unwrap().port().to_string();
    let out = run(&tc, &["d", "kiali", "--browser=false", "--port", &port]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(&format!("cannot listen on 127.0.0.1:{port}")),
        "{err}"
    );
    // With --ui-port pointing at the held port's number, the default local port is busy: a free
    // one is used instead.
    tc.forward_pod_port(
        "istio-system",
        "kiali-5d9f",
        held.local_addr().unwrap().port(),
        tc.serve_http(vec![("/kiali", 200, "text/html", "ok".to_string())]),
    );
    let (child, url) = start(
        &tc,
        &["dash", "kiali", "--browser=false", "--ui-port", &port],
    );
    assert!(!url.contains(&format!(":{port}/")), "{url}");
    assert_eq!(get(&url).1, "ok");
    let (exit, _) = interrupt(child);
    assert!(exit.success());
}

#[test]
fn envoy_dashboard_of_a_deployment() {
    let tc = TestCluster::start();
    tc.seed(support::deployment_json("shop", "cart", "cart:1", 1));
    tc.seed(support::pod_json(
        "shop",
        "cart-1",
        &[("app", "cart")],
        &[("cart", "cart:1")],
    ));
    tc.pod_running("shop", "cart-1");
    let admin = tc.serve_http(vec![("/", 200, "text/html", "envoy admin".to_string())]);
    tc.forward_pod_port("shop", "cart-1", 15000, admin);
    let (child, url) = start(
        &tc,
        &[
            "dashboard",
            "envoy",
            "deploy/cart",
            "-n",
            "shop",
            "--browser=false",
            "--address",
            "localhost",
        ],
    );
    assert!(url.starts_with("http://127.0.0.1:"), "{url}");
    assert_eq!(get(&format!("{url}/")).1, "envoy admin");
    let (exit, _) = interrupt(child);
    assert!(exit.success());
}

#[test]
fn missing_addon_names_labels_and_namespace() {
    let tc = TestCluster::start();
    let out = run(&tc, &["dashboard", "grafana", "--browser=false"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(
            "no Grafana pod found: no pod labelled app.kubernetes.io/name=grafana in namespace istio-system"
        ),
        "{err}"
    );
}

#[test]
fn addon_not_running_says_why() {
    let tc = TestCluster::start();
    tc.seed(support::pod_json(
        "observability",
        "jaeger-1",
        &[("app", "jaeger")],
        &[("jaeger", "jaegertracing/all-in-one:1.58")],
    ));
    tc.pod_failing(
        "observability",
        "jaeger-1",
        "ImagePullBackOff",
        "Back-off pulling image",
    );
    let out = run(
        &tc,
        &[
            "dashboard",
            "jaeger",
            "-n",
            "observability",
            "--browser=false",
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("no running pod for selector app=jaeger in namespace observability")
            && err.contains("ImagePullBackOff"),
        "{err}"
    );
}

#[test]
fn forbidden_port_forward_is_reported_up_front() {
    let tc = TestCluster::start();
    kiali(&tc);
    tc.deny("create", "", "pods/portforward", Some("istio-system"));
    let out = run(&tc, &["dashboard", "kiali", "--browser=false"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("cannot port-forward to pods in namespace istio-system: forbidden"),
        "{err}"
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn controlz_needs_exactly_one_way_to_pick_istiod() {
    let tc = TestCluster::start();
    let out = run(&tc, &["dashboard", "controlz", "--browser=false"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("specify a pod, --selector, or --revision")
    );
    let out = run(
        &tc,
        &[
            "dashboard",
            "controlz",
            "istiod-1",
            "-r",
            "canary",
            "--browser=false",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("only one of name, --selector, or --revision")
    );
}

#[test]
fn istiod_debug_by_revision() {
    let tc = TestCluster::start();
    tc.seed(json!({"apiVersion": "v1", "kind": "Pod",
        "metadata": {"name": "istiod-canary-1", "namespace": "istio-system",
                     "labels": {"app": "istiod", "istio.io/rev": "canary"}},
        "spec": {"containers": [{"name": "discovery", "image": "pilot:1.24"}]}}));
    tc.pod_running("istio-system", "istiod-canary-1");
    let dbg = tc.serve_http(vec![(
        "/debug",
        200,
        "text/html",
        "istiod debug".to_string(),
    )]);
    tc.forward_pod_port("istio-system", "istiod-canary-1", 15014, dbg);
    let (child, url) = start(
        &tc,
        &[
            "dashboard",
            "istiod-debug",
            "--revision",
            "canary",
            "--browser=false",
        ],
    );
    assert!(url.ends_with("/debug"), "{url}");
    assert_eq!(get(&url).1, "istiod debug");
    let (exit, _) = interrupt(child);
    assert!(exit.success());
    let lists = tc.requests_with_verb("list");
    assert!(
        lists
            .iter()
            .any(|r| r.params.get("labelSelector").map(String::as_str)
                == Some("app=istiod,istio.io/rev=canary"))
    );
}

#[test]
fn envoy_dashboard_names_a_missing_pod_and_reports_a_closed_port() {
    let tc = TestCluster::start();
    tc.seed(support::pod_json(
        "shop",
        "cart-1",
        &[("app", "cart")],
        &[("cart", "cart:1")],
    ));
    tc.pod_running("shop", "cart-1");
    let out = run(
        &tc,
        &["dashboard", "envoy", "nope-1.shop", "--browser=false"],
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "error: pod nope-1 not found in namespace shop\n"
    );
    assert!(out.stdout.is_empty());
    // Nothing listens on the pod's admin port: the URL is printed, the failed connection is
    // reported when the browser makes it, and the forward keeps serving.
    let (child, url) = start(&tc, &["d", "envoy", "cart-1.shop", "--browser=false"]);
    // The connection is closed without an answer (the write may already find it closed).
    let host = url.strip_prefix("http://").unwrap();
    let mut s = std::net::TcpStream::connect(host).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    let _ = write!(s, "GET / HTTP/1.1\r\nHost: {host}\r\n\r\n");
    let mut answer = Vec::new();
    let _ = s.read_to_end(&mut answer);
    assert!(answer.is_empty(), "{}", String::from_utf8_lossy(&answer));
    let (exit, err) = interrupt(child);
    assert!(exit.success(), "{exit:?}: {err}");
    assert!(
        err.contains("port-forward to pod shop/cart-1 port 15000 failed")
            && err.contains("refused"),
        "{err}"
    );
}
