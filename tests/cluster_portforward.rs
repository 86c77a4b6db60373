//! Port-forwarding and failure modes of src/cluster against the in-process API server.

mod support;

use std::io::{Read, Write};
use std::time::Duration;

use sailctl::cluster::portforward::{PortForwardError, Target};
use sailctl::cluster::{self, ClusterError, ConnectOptions};
use serde_json::json;
use support::TestCluster;

fn istiod(tc: &TestCluster, name: &str) {
    tc.seed(support::pod_json(
        "istio-system",
        name,
        &[("app", "istiod"), ("istio", "pilot")],
        &[("discovery", "docker.io/istio/pilot:1.24.2")],
    ));
}

#[test]
fn http_get_through_a_port_forward() {
    let tc = TestCluster::start();
    istiod(&tc, "istiod-7f9c");
    tc.pod_running("istio-system", "istiod-7f9c");
    let fake = tc.serve_http(vec![(
        "/version",
        200,
        "text/plain",
        "1.24.2-abcdef-Clean".to_string(),
    )]);
    tc.forward_pod_port("istio-system", "istiod-7f9c", 15014, fake);
    let c = tc.connect();
    let res =
        cluster::block_on(c.http_get("istio-system", "istiod-7f9c", 15014, "/version")).unwrap();
    assert_eq!(res.status, 200);
    assert_eq!(res.text(), "1.24.2-abcdef-Clean");
    let missing =
        cluster::block_on(c.http_get("istio-system", "istiod-7f9c", 15014, "/nope")).unwrap();
    assert_eq!(missing.status, 404);
    let pf = tc.requests_with_verb("portforward");
    assert_eq!(pf.len(), 2);
    assert_eq!(
        pf[0].path,
        "/api/v1/namespaces/istio-system/pods/istiod-7f9c/portforward"
    );
    assert_eq!(pf[0].params.get("ports").map(String::as_str), Some("15014"));
}

#[test]
fn a_local_listener_bridges_each_connection_to_the_pod() {
    let tc = TestCluster::start();
    istiod(&tc, "istiod-1");
    tc.pod_running("istio-system", "istiod-1");
    let echo = tc.serve_echo();
    tc.forward_pod_port("istio-system", "istiod-1", 15000, echo);
    let c = tc.connect();
    let mut pf = cluster::block_on(c.forward(
        "istio-system",
        "istiod-1",
        15000,
        "127.0.0.1:0".parse().unwrap(),
    ))
    .unwrap();
    assert!(pf.local_addr().ip().is_loopback());
    for round in 0..2 {
        let mut conn = std::net::TcpStream::connect(pf.local_addr()).unwrap();
        conn.set_read_timeout(Some(Duration::from_secs(20)))
            .unwrap();
        let msg = format!("hello pod {round}");
        conn.write_all(msg.as_bytes()).unwrap();
        let mut buf = vec![0u8; msg.len()];
        conn.read_exact(&mut buf).unwrap();
        assert_eq!(String::from_utf8(buf).unwrap(), msg);
    }
    assert!(pf.take_errors().is_empty());
    assert_eq!(
        tc.requests_with_verb("portforward").len(),
        2,
        "one stream per connection"
    );
}

#[test]
fn a_local_listener_reports_connection_errors() {
    let tc = TestCluster::start();
    istiod(&tc, "istiod-1");
    tc.pod_running("istio-system", "istiod-1");
    let c = tc.connect();
    // Nothing listens on the pod's port: each connection fails and says why.
    let mut pf = cluster::block_on(c.forward(
        "istio-system",
        "istiod-1",
        15000,
        "127.0.0.1:0".parse().unwrap(),
    ))
    .unwrap();
    let addr = pf.local_addr();
    let mut conn = std::net::TcpStream::connect(addr).unwrap();
    conn.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        .unwrap();
    let err = cluster::block_on(async {
        tokio::time::timeout(Duration::from_secs(30), pf.next_error()).await
    })
    .expect("an error is reported")
    .unwrap();
    assert!(
        err.starts_with("port-forward to pod istio-system/istiod-1 port 15000 failed:"),
        "{err}"
    );
    assert!(err.contains("connection refused"), "{err}");
}

#[test]
fn a_local_listener_serves_plain_http_clients() {
    let tc = TestCluster::start();
    istiod(&tc, "istiod-1");
    tc.pod_running("istio-system", "istiod-1");
    let admin = tc.serve_http(vec![(
        "/config_dump",
        200,
        "application/json",
        r#"{"configs":[]}"#.to_string(),
    )]);
    tc.forward_pod_port("istio-system", "istiod-1", 15000, admin);
    let c = tc.connect();
    let pf = cluster::block_on(c.forward(
        "istio-system",
        "istiod-1",
        15000,
        "127.0.0.1:0".parse().unwrap(),
    ))
    .unwrap();
    let addr = pf.local_addr();
    let res = cluster::block_on(async move {
        let conn = tokio::net::TcpStream::connect(addr).await.unwrap();
        cluster::portforward::http_get_over(conn, "/config_dump").await
    })
    .unwrap();
    assert_eq!(res.status, 200);
    assert_eq!(res.text(), r#"{"configs":[]}"#);
}

#[test]
fn targets_resolve_to_a_running_pod() {
    let tc = TestCluster::start();
    tc.seed(support::deployment_json(
        "istio-system",
        "istiod",
        "istio/pilot:1.24.2",
        2,
    ));
    tc.seed(json!({"apiVersion": "v1", "kind": "Service",
                   "metadata": {"name": "istiod", "namespace": "istio-system"},
                   "spec": {"selector": {"app": "istiod"}, "ports": [{"port": 15014}]}}));
    for name in ["istiod-a", "istiod-b"] {
        tc.seed(support::pod_json(
            "istio-system",
            name,
            &[("app", "istiod")],
            &[("discovery", "istio/pilot:1.24.2")],
        ));
    }
    tc.pod_failing(
        "istio-system",
        "istiod-a",
        "CrashLoopBackOff",
        "back-off 5m0s restarting failed container",
    );
    tc.pod_running("istio-system", "istiod-b");
    let c = tc.connect();
    for text in [
        "deploy/istiod",
        "svc/istiod",
        "app=istiod",
        "istiod-b.istio-system",
        "pod/istiod-b",
    ] {
        let target = Target::parse(text, "istio-system").unwrap();
        let pod = cluster::block_on(c.resolve_pod(&target)).unwrap();
        assert_eq!(pod.metadata.name.as_deref(), Some("istiod-b"), "{text}");
    }
}

fn err_text(e: ClusterError) -> String {
    e.to_string()
}

#[test]
fn pod_missing_is_a_clear_error() {
    let tc = TestCluster::start();
    let c = tc.connect();
    let target = Target::parse("istiod-x.istio-system", "default").unwrap();
    let err = cluster::block_on(c.resolve_pod(&target)).unwrap_err();
    assert!(matches!(
        err,
        ClusterError::PortForward(PortForwardError::PodNotFound { .. })
    ));
    assert_eq!(
        err_text(err),
        "pod istiod-x not found in namespace istio-system"
    );
    // Straight to the port-forward endpoint: the server's 404.
    let err = cluster::block_on(c.http_get("istio-system", "istiod-x", 15000, "/")).unwrap_err();
    assert!(err.is_not_found(), "{err}");
    let err =
        cluster::block_on(c.resolve_pod(&Target::parse("deploy/nope", "istio-system").unwrap()))
            .unwrap_err();
    assert_eq!(
        err.to_string(),
        "deployment nope not found in namespace istio-system"
    );
}

#[test]
fn pod_not_running_says_why() {
    let tc = TestCluster::start();
    istiod(&tc, "istiod-1");
    tc.pod_failing(
        "istio-system",
        "istiod-1",
        "ImagePullBackOff",
        "Back-off pulling image \"docker.io/istio/pilot:9.9\"",
    );
    let c = tc.connect();
    let err =
        cluster::block_on(c.resolve_pod(&Target::parse("istiod-1.istio-system", "x").unwrap()))
            .unwrap_err();
    let text = err.to_string();
    assert!(text.contains("is not running (phase Pending"), "{text}");
    assert!(text.contains("ImagePullBackOff"), "{text}");
    let err =
        cluster::block_on(c.resolve_pod(&Target::parse("app=istiod", "istio-system").unwrap()))
            .unwrap_err();
    let text = err.to_string();
    assert!(
        text.starts_with("no running pod for selector app=istiod in namespace istio-system"),
        "{text}"
    );
    assert!(text.contains("istiod-1 Pending"), "{text}");
    // The server refuses the upgrade too.
    let err = cluster::block_on(c.http_get("istio-system", "istiod-1", 15000, "/")).unwrap_err();
    assert_eq!(err.status_code(), Some(400), "{err}");
    assert!(err.to_string().contains("not running"), "{err}");

    tc.seed(support::pod_json(
        "istio-system",
        "pending",
        &[],
        &[("c", "i")],
    ));
    tc.pod_failing(
        "istio-system",
        "pending",
        "Unschedulable",
        "0/3 nodes are available: 3 Insufficient cpu.",
    );
    let err =
        cluster::block_on(c.resolve_pod(&Target::parse("pending.istio-system", "x").unwrap()))
            .unwrap_err();
    assert!(
        err.to_string()
            .contains("Unschedulable: 0/3 nodes are available"),
        "{err}"
    );
}

#[test]
fn closed_pod_port_is_a_clear_error() {
    let tc = TestCluster::start();
    istiod(&tc, "istiod-1");
    tc.pod_running("istio-system", "istiod-1");
    let c = tc.connect();
    let err = cluster::block_on(c.http_get("istio-system", "istiod-1", 15000, "/config_dump"))
        .unwrap_err();
    let text = err.to_string();
    assert!(
        text.starts_with("port-forward to pod istio-system/istiod-1 port 15000 failed:"),
        "{text}"
    );
    assert!(text.contains("connection refused"), "{text}");
}

#[test]
fn forbidden_port_forward_is_a_clear_error() {
    let tc = TestCluster::start();
    istiod(&tc, "istiod-1");
    tc.pod_running("istio-system", "istiod-1");
    tc.deny("create", "", "pods/portforward", None);
    let c = tc.connect();
    let err = cluster::block_on(c.http_get("istio-system", "istiod-1", 15000, "/")).unwrap_err();
    assert!(matches!(err, ClusterError::Forbidden { .. }), "{err}");
    assert!(
        err.to_string()
            .contains("cannot create resource \"pods/portforward\""),
        "{err}"
    );
}

#[test]
fn no_kubeconfig_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nope");
    let err =
        cluster::connect_blocking(&ConnectOptions::new(Some(missing.clone()), None)).unwrap_err();
    assert!(matches!(err, ClusterError::NoConfig(_)));
    assert_eq!(
        err.to_string(),
        format!(
            "no Kubernetes cluster configured: kubeconfig {} does not exist",
            missing.display()
        )
    );
}

#[test]
fn unknown_context_lists_the_known_ones() {
    let tc = TestCluster::start();
    let opts = ConnectOptions::new(Some(tc.kubeconfig().to_path_buf()), Some("prod".into()));
    let err = cluster::connect_blocking(&opts).unwrap_err();
    assert_eq!(
        err.to_string(),
        "context \"prod\" is not in the kubeconfig (contexts: test)"
    );
}

#[test]
fn unreachable_server_fails_fast_with_the_server_named() {
    // A port nobody listens on: connection refused.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kubeconfig");
    std::fs::write(
        &path,
        support::kubeconfig_yaml(&format!("http://127.0.0.1:{port}"), "dead"),
    )
    .unwrap();
    let c = cluster::connect_blocking(&ConnectOptions::new(Some(path), None)).unwrap();
    let err = cluster::block_on(c.server_version()).unwrap_err();
    let text = err.to_string();
    assert!(matches!(err, ClusterError::Unreachable { .. }), "{text}");
    assert!(
        text.starts_with(&format!(
            "cannot reach the Kubernetes API server at http://127.0.0.1:{port}"
        )),
        "{text}"
    );
    assert!(!text.contains(support::TEST_TOKEN));
}

#[test]
fn a_silent_server_times_out() {
    // Accepts connections and never answers.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kubeconfig");
    std::fs::write(
        &path,
        support::kubeconfig_yaml(&format!("http://{addr}"), "silent"),
    )
    .unwrap();
    let opts = ConnectOptions {
        request_timeout: Duration::from_secs(1),
        ..ConnectOptions::new(Some(path), None)
    };
    let c = cluster::connect_blocking(&opts).unwrap();
    let err = cluster::block_on(c.server_version()).unwrap_err();
    assert!(matches!(err, ClusterError::Timeout { .. }), "{err}");
    assert_eq!(
        err.to_string(),
        format!("timed out after 1s getting the server version (API server http://{addr})")
    );
    // A command's own bound (`--timeout`) replaces the cluster's, shorter or longer.
    let short = c.with_request_timeout(Duration::from_millis(300));
    assert_eq!(short.request_timeout(), Duration::from_millis(300));
    assert_eq!(c.request_timeout(), Duration::from_secs(1));
    let err = cluster::block_on(short.server_version()).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!("timed out after 300ms getting the server version (API server http://{addr})")
    );
    assert_eq!(
        c.with_request_timeout(Duration::from_secs(90))
            .request_timeout(),
        Duration::from_secs(90)
    );
    drop(listener);
}

#[test]
fn tls_server_verified_with_the_kubeconfig_ca() {
    let tc = TestCluster::start_tls();
    assert!(tc.url().starts_with("https://127.0.0.1:"));
    istiod(&tc, "istiod-1");
    tc.pod_running("istio-system", "istiod-1");
    let fake = tc.serve_http(vec![(
        "/version",
        200,
        "text/plain",
        "1.24.2-abc-Clean".to_string(),
    )]);
    tc.forward_pod_port("istio-system", "istiod-1", 15014, fake);
    let c = tc.connect();
    assert!(cluster::block_on(c.server_version()).is_ok());
    // Port-forward WebSockets work over TLS too.
    let res = cluster::block_on(c.http_get("istio-system", "istiod-1", 15014, "/version")).unwrap();
    assert_eq!(res.text(), "1.24.2-abc-Clean");

    let dir = tempfile::tempdir().unwrap();
    // A different CA: the server is not trusted, and the error says so.
    let other = support::tls::TestTls::generate();
    let wrong = dir.path().join("wrong-ca");
    std::fs::write(
        &wrong,
        support::kubeconfig_yaml_tls(&tc.url(), "wrong", Some(&other.ca_pem), false),
    )
    .unwrap();
    let c = cluster::connect_blocking(&ConnectOptions::new(Some(wrong), None)).unwrap();
    let err = cluster::block_on(c.server_version()).unwrap_err();
    let text = err.to_string();
    assert!(matches!(err, ClusterError::Unreachable { .. }), "{text}");
    assert!(text.to_lowercase().contains("certificate"), "{text}");
    assert!(!text.contains(support::TEST_TOKEN));

    // insecure-skip-tls-verify, as the kubeconfig says.
    let insecure = dir.path().join("insecure");
    std::fs::write(
        &insecure,
        support::kubeconfig_yaml_tls(&tc.url(), "insecure", None, true),
    )
    .unwrap();
    let c = cluster::connect_blocking(&ConnectOptions::new(Some(insecure), None)).unwrap();
    assert!(cluster::block_on(c.server_version()).is_ok());
}

#[test]
fn malformed_kubeconfig_is_one_line_without_secrets() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config");
    std::fs::write(
        &path,
        "apiVersion: v1\nkind: Config\nusers:\n- name: u\n  user:\n    token: [hunter2-secret]\n",
    )
    .unwrap();
    let err =
        cluster::connect_blocking(&ConnectOptions::new(Some(path.clone()), None)).unwrap_err();
    let text = err.to_string();
    assert!(
        text.starts_with(&format!("cannot use kubeconfig {}: ", path.display())),
        "{text}"
    );
    assert!(text.contains("line 6"), "{text}");
    assert!(!text.contains("hunter2"), "{text}");
    assert_eq!(text.lines().count(), 1, "{text}");
}

#[test]
fn kubeconfig_files_merge_first_wins() {
    // Two files: the first names the current context, the second defines it.
    let tc = TestCluster::start();
    let dir = tempfile::tempdir().unwrap();
    let first = dir.path().join("first");
    std::fs::write(
        &first,
        "apiVersion: v1\nkind: Config\ncurrent-context: test\n",
    )
    .unwrap();
    // KUBECONFIG is process-wide: set it only in a child process (the binary).
    let list = format!("{}:{}", first.display(), tc.kubeconfig().display());
    let out = assert_cmd::Command::cargo_bin("sailctl")
        .unwrap()
        .env("KUBECONFIG", list)
        .args(["version", "-o", "json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(
        doc["dataPlaneVersion"].is_array(),
        "reached the server: {doc}"
    );
    assert!(!tc.requests().is_empty());
}

#[test]
fn service_ports_map_to_target_ports() {
    let tc = TestCluster::start();
    let mut pod = support::pod_json(
        "istio-system",
        "kiali-1",
        &[("app", "kiali")],
        &[("kiali", "quay.io/kiali/kiali:v2")],
    );
    pod["spec"]["containers"][0]["ports"] = json!([{"name": "api-port", "containerPort": 20001}]);
    tc.seed(pod);
    tc.pod_running("istio-system", "kiali-1");
    tc.seed(json!({"apiVersion": "v1", "kind": "Service",
                   "metadata": {"name": "kiali", "namespace": "istio-system"},
                   "spec": {"selector": {"app": "kiali"},
                            "ports": [{"name": "http", "port": 80, "targetPort": "api-port"},
                                      {"name": "metrics", "port": 9090, "targetPort": 9091},
                                      {"name": "plain", "port": 7000}]}}));
    let c = tc.connect();
    let svc = Target::parse("svc/kiali", "istio-system").unwrap();
    let resolve = |port| cluster::block_on(c.resolve_forward(&svc, port));
    let (pod, port) = resolve(80).unwrap();
    assert_eq!(
        (pod.metadata.name.as_deref(), port),
        (Some("kiali-1"), 20001)
    );
    assert_eq!(resolve(9090).unwrap().1, 9091);
    assert_eq!(resolve(7000).unwrap().1, 7000);
    assert_eq!(
        resolve(1234).unwrap_err().to_string(),
        "service kiali has no port 1234 (ports: 80, 9090, 7000)"
    );
    // Pods forward the port as given.
    let direct = Target::parse("kiali-1.istio-system", "x").unwrap();
    assert_eq!(
        cluster::block_on(c.resolve_forward(&direct, 20001))
            .unwrap()
            .1,
        20001
    );
    // One GET of the service, one list of pods: no extra round trips.
    tc.clear_requests();
    resolve(80).unwrap();
    let verbs: Vec<String> = tc.requests().iter().map(|r| r.verb.clone()).collect();
    assert_eq!(verbs, ["get", "list"]);
}

#[test]
fn target_http_get_resolves_then_fetches() {
    let tc = TestCluster::start();
    tc.seed(support::pod_json(
        "bookinfo",
        "productpage-v1-abc",
        &[("app", "productpage")],
        &[
            ("productpage", "x"),
            ("istio-proxy", "istio/proxyv2:1.24.2"),
        ],
    ));
    tc.pod_running("bookinfo", "productpage-v1-abc");
    let admin = tc.serve_http(vec![(
        "/config_dump",
        200,
        "application/json",
        r#"{"configs":[{"@type":"x"}]}"#.to_string(),
    )]);
    tc.forward_pod_port("bookinfo", "productpage-v1-abc", 15000, admin);
    let c = tc.connect();
    for text in ["productpage-v1-abc.bookinfo", "app=productpage"] {
        let target = Target::parse(text, "bookinfo").unwrap();
        let (pod, res) =
            cluster::block_on(c.target_http_get(&target, 15000, "/config_dump")).unwrap();
        assert_eq!(pod.metadata.name.as_deref(), Some("productpage-v1-abc"));
        assert_eq!(res.status, 200);
        let doc: serde_json::Value = serde_json::from_slice(&res.body).unwrap();
        assert_eq!(doc["configs"][0]["@type"], "x");
    }
}
