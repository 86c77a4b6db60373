//! Live `proxy-config` and `proxy-status` end to end: the `sailctl` binary, a kubeconfig
//! pointing at the in-process API server, and fake pod endpoints (an Envoy admin on :15000,
//! istiod's debug endpoint on :15014) reached through the server's port-forward.

mod support;

use std::net::SocketAddr;
use std::process::Output;

use assert_cmd::Command;
use serde_json::{Value, json};
use support::TestCluster;

/// A config dump with two dynamic clusters and one static one, built here.
fn config_dump() -> Value {
    let cluster = |name: &str, ty: &str| {
        json!({"version_info": "2026-01-01T00:00:00Z/7", "cluster": {
            "@type": "type.googleapis.com/envoy.config.cluster.v3.Cluster",
            "name": name, "type": ty, "connect_timeout": "10s"}})
    };
    json!({"configs": [
        {"@type": "type.googleapis.com/envoy.admin.v3.ClustersConfigDump",
         "static_clusters": [{"cluster": {
            "@type": "type.googleapis.com/envoy.config.cluster.v3.Cluster",
            "name": "prometheus_stats", "type": "STATIC"}}],
         "dynamic_active_clusters": [
            cluster("outbound|9080||ratings.shop.svc.cluster.local", "EDS"),
            cluster("outbound|9080|v2|reviews.shop.svc.cluster.local", "EDS")]}
    ]})
}

/// A sidecar pod `reviews-v2-abc` in `shop` behind deployment `reviews-v2`, running, with its
/// admin port served by `admin`.
fn sidecar(tc: &TestCluster, admin: Option<SocketAddr>) {
    let mut dep = support::deployment_json("shop", "reviews-v2", "reviews:2", 1);
    dep["spec"]["selector"]["matchLabels"] = json!({"app": "reviews", "version": "v2"});
    tc.seed(dep);
    tc.seed(support::pod_json(
        "shop",
        "reviews-v2-abc",
        &[("app", "reviews"), ("version", "v2")],
        &[("reviews", "reviews:2"), ("istio-proxy", "proxyv2:1.24.2")],
    ));
    tc.pod_running("shop", "reviews-v2-abc");
    if let Some(addr) = admin {
        tc.forward_pod_port("shop", "reviews-v2-abc", 15000, addr);
    }
}

fn sailctl(tc: &TestCluster, args: &[&str]) -> Output {
    Command::cargo_bin("sailctl")
        .unwrap()
        .args(["--kubeconfig", tc.kubeconfig_str()])
        .args(args)
        .env_remove("KUBECONFIG")
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A TCP listener that accepts connections and never answers (a slow peer).
fn silent_peer() -> (std::net::TcpListener, SocketAddr) {
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = l.local_addr().unwrap();
    (l, addr)
}

#[test]
fn proxy_config_cluster_of_a_deployment_reads_the_pods_admin_port() {
    let tc = TestCluster::start();
    let admin = tc.serve_http(vec![(
        "/config_dump",
        200,
        "application/json",
        config_dump().to_string(),
    )]);
    sidecar(&tc, Some(admin));
    let out = sailctl(
        &tc,
        &["proxy-config", "cluster", "deploy/reviews-v2", "-n", "shop"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[0].starts_with("SERVICE FQDN"), "{text}");
    assert!(
        text.contains("ratings.shop.svc.cluster.local")
            && text.contains("reviews.shop.svc.cluster.local"),
        "{text}"
    );
    assert!(text.contains("prometheus_stats"), "{text}");
    // One port-forward to the deployment's pod on :15000.
    let pf = tc.requests_with_verb("portforward");
    assert_eq!(pf.len(), 1);
    assert_eq!(
        pf[0].path,
        "/api/v1/namespaces/shop/pods/reviews-v2-abc/portforward"
    );
    assert_eq!(pf[0].params.get("ports").map(String::as_str), Some("15000"));
    assert!(tc.writes().is_empty());
    assert!(!text.contains(support::TEST_TOKEN) && !stderr(&out).contains(support::TEST_TOKEN));
}

#[test]
fn proxy_config_pod_dot_namespace_and_json() {
    let tc = TestCluster::start();
    let admin = tc.serve_http(vec![(
        "/config_dump",
        200,
        "application/json",
        config_dump().to_string(),
    )]);
    sidecar(&tc, Some(admin));
    let out = sailctl(
        &tc,
        &[
            "pc",
            "clusters",
            "reviews-v2-abc.shop",
            "--fqdn",
            "reviews",
            "-o",
            "json",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let v: Value = serde_json::from_str(&stdout(&out)).unwrap();
    let names: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["outbound|9080|v2|reviews.shop.svc.cluster.local"]);
}

#[test]
fn proxy_config_pod_missing_is_named() {
    let tc = TestCluster::start();
    tc.seed(json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "shop"}}));
    let out = sailctl(&tc, &["pc", "cluster", "nope-123.shop"]);
    assert!(!out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("pod nope-123 not found in namespace shop"),
        "{}",
        stderr(&out)
    );
    let out = sailctl(&tc, &["pc", "cluster", "deploy/nope", "-n", "shop"]);
    assert!(
        stderr(&out).contains("deployment nope not found in namespace shop"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn proxy_config_closed_admin_port_is_reported() {
    let tc = TestCluster::start();
    sidecar(&tc, None);
    let out = sailctl(&tc, &["pc", "listener", "reviews-v2-abc.shop"]);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(
        err.contains("port-forward to pod shop/reviews-v2-abc port 15000 failed")
            && err.contains("refused"),
        "{err}"
    );
}

#[test]
fn proxy_config_admin_error_status_is_reported() {
    let tc = TestCluster::start();
    let admin = tc.serve_http(vec![(
        "/clusters",
        503,
        "text/plain",
        "no healthy upstream".to_string(),
    )]);
    sidecar(&tc, Some(admin));
    let out = sailctl(&tc, &["pc", "endpoint", "reviews-v2-abc.shop"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains(
            "Envoy admin of pod shop/reviews-v2-abc answered 503 to /clusters?format=json: no healthy upstream"
        ),
        "{}",
        stderr(&out)
    );
}

#[test]
fn proxy_config_without_pod_or_file_is_a_usage_error() {
    let tc = TestCluster::start();
    let out = sailctl(&tc, &["pc", "cluster"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("requires pod name or --file"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn proxy_config_slow_admin_port_fails_within_the_timeout() {
    let tc = TestCluster::start();
    let (_held, addr) = silent_peer();
    sidecar(&tc, Some(addr));
    for (sub, path) in [
        ("cluster", "/config_dump"),
        ("all", "/config_dump?include_eds=true"),
        ("endpoint", "/clusters?format=json"),
        ("bootstrap", "/config_dump"),
        ("log", "/logging"),
    ] {
        let out = sailctl(
            &tc,
            &["pc", sub, "reviews-v2-abc.shop", "--timeout", "600ms"],
        );
        assert_eq!(out.status.code(), Some(1), "{sub}: {}", stderr(&out));
        assert!(stdout(&out).is_empty(), "{sub}: {}", stdout(&out));
        assert_eq!(
            stderr(&out),
            format!(
                "error: GET {path} on pod shop/reviews-v2-abc port 15000: no answer within 600ms\n"
            ),
            "{sub}"
        );
    }
}

#[test]
fn proxy_config_timeout_must_be_a_duration() {
    let tc = TestCluster::start();
    let out = sailctl(
        &tc,
        &["pc", "cluster", "reviews-v2-abc.shop", "--timeout", "soon"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--timeout"), "{}", stderr(&out));
    assert!(
        tc.requests().is_empty(),
        "nothing is asked on a usage error"
    );
}

#[test]
fn proxy_config_all_and_log_name_a_missing_pod_and_a_closed_port() {
    let tc = TestCluster::start();
    // the pod runs, nothing listens on its admin port
    sidecar(&tc, None);
    for sub in ["all", "log"] {
        let out = sailctl(&tc, &["pc", sub, "reviews-v2-abc.shop", "--timeout", "5s"]);
        assert_eq!(out.status.code(), Some(1), "{sub}");
        let err = stderr(&out);
        assert!(
            err.contains("port-forward to pod shop/reviews-v2-abc port 15000 failed")
                && err.contains("refused")
                && err.lines().count() == 1,
            "{sub}: {err}"
        );
        let out = sailctl(&tc, &["pc", sub, "nope-1.shop"]);
        assert_eq!(out.status.code(), Some(1), "{sub}");
        assert_eq!(
            stderr(&out),
            "error: pod nope-1 not found in namespace shop\n",
            "{sub}"
        );
    }
}

#[test]
fn a_silent_api_server_fails_within_the_timeout() {
    let (_held, addr) = silent_peer();
    let dir = tempfile::tempdir().unwrap();
    let kubeconfig = dir.path().join("kubeconfig");
    std::fs::write(
        &kubeconfig,
        support::kubeconfig_yaml(&format!("http://{addr}"), "silent"),
    )
    .unwrap();
    let run = |args: &[&str]| {
        Command::cargo_bin("sailctl")
            .unwrap()
            .arg("--kubeconfig")
            .arg(&kubeconfig)
            .args(args)
            .env_remove("KUBECONFIG")
            .output()
            .unwrap()
    };
    let out = run(&["pc", "cluster", "reviews-v2-abc.shop", "--timeout", "600ms"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "error: finding the pod for reviews-v2-abc.shop in namespace shop: no answer within 600ms\n"
    );
    let out = run(&["ps", "--timeout", "600ms"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "error: listing istiod pods in namespace istio-system: no answer within 600ms\n"
    );
}

/// A fake Envoy admin that answers `GET /logging` and never answers a POST.
fn admin_ignoring_posts() -> SocketAddr {
    use std::io::{BufRead, BufReader, Write};
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = l.local_addr().unwrap();
    std::thread::spawn(move || {
        let mut held = Vec::new();
        for conn in l.incoming() {
            let Ok(mut conn) = conn else { continue };
            let mut reader = BufReader::new(conn.try_clone().unwrap());
            let mut line = String::new();
            if reader.read_line(&mut line).is_err() {
                continue;
            }
            if line.starts_with("POST") {
                held.push(conn);
                continue;
            }
            loop {
                let mut h = String::new();
                if reader.read_line(&mut h).is_err() || h == "\r\n" || h.is_empty() {
                    break;
                }
            }
            let body = "active loggers:\n  http: info\n";
            let _ = write!(
                conn,
                "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
        }
    });
    addr
}

#[test]
fn proxy_config_log_level_on_a_slow_admin_fails_within_the_timeout() {
    let tc = TestCluster::start();
    sidecar(&tc, Some(admin_ignoring_posts()));
    let out = sailctl(
        &tc,
        &[
            "pc",
            "log",
            "reviews-v2-abc.shop",
            "--level",
            "debug",
            "--timeout",
            "600ms",
        ],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(
        stderr(&out),
        "error: POST /logging?level=debug on pod shop/reviews-v2-abc port 15000: no answer within 600ms\n"
    );
}

// ---- proxy-status ------------------------------------------------------------------------

fn istiod(tc: &TestCluster, name: &str, rev: Option<&str>) {
    let mut labels = vec![("app", "istiod"), ("istio", "pilot")];
    if let Some(r) = rev {
        labels.push(("istio.io/rev", r));
    }
    tc.seed(support::pod_json(
        "istio-system",
        name,
        &labels,
        &[("discovery", "pilot:1.24.2")],
    ));
    tc.pod_running("istio-system", name);
}

/// What istiod's `/debug/syncz` answers (its HTTP shape), for proxies given as
/// `(id, [(type, sent, acked)])`.
/// `(xDS type, sent nonce, acked nonce)`.
type TypeState<'a> = (&'a str, &'a str, &'a str);

fn syncz(proxies: &[(&str, &[TypeState])]) -> String {
    let v: Vec<Value> = proxies
        .iter()
        .map(|(id, types)| {
            let res: serde_json::Map<String, Value> = types
                .iter()
                .map(|(t, s, a)| {
                    (
                        format!("type.googleapis.com/{t}"),
                        json!({"sent": s, "acked": a, "sentTime": "0001-01-01T00:00:00Z"}),
                    )
                })
                .collect();
            json!({"cluster_id": "Kubernetes", "proxy": id, "proxy_type": "sidecar",
                   "istio_version": "1.24.2", "resources": res})
        })
        .collect();
    Value::Array(v).to_string()
}

const CDS: &str = "envoy.config.cluster.v3.Cluster";
const LDS: &str = "envoy.config.listener.v3.Listener";
const RDS: &str = "envoy.config.route.v3.RouteConfiguration";
const EDS: &str = "envoy.config.endpoint.v3.ClusterLoadAssignment";

#[test]
fn proxy_status_asks_every_istiod_replica() {
    let tc = TestCluster::start();
    istiod(&tc, "istiod-a", None);
    istiod(&tc, "istiod-b", None);
    let a = tc.serve_http(vec![(
        "/debug/syncz",
        200,
        "application/json",
        syncz(&[(
            "reviews-v2-abc.shop",
            &[
                (CDS, "n1", "n1"),
                (LDS, "n1", "n1"),
                (EDS, "n2", "n1"),
                (RDS, "", ""),
            ],
        )]),
    )]);
    let b = tc.serve_http(vec![(
        "/debug/syncz",
        200,
        "application/json",
        syncz(&[(
            "ratings-v1-xyz.shop",
            &[(CDS, "n1", "n1"), (LDS, "n1", "n1")],
        )]),
    )]);
    tc.forward_pod_port("istio-system", "istiod-a", 15014, a);
    tc.forward_pod_port("istio-system", "istiod-b", 15014, b);
    let out = sailctl(&tc, &["proxy-status"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let rows: Vec<Vec<&str>> = text
        .lines()
        .map(|l| l.split_whitespace().collect())
        .collect();
    assert_eq!(
        rows[0],
        [
            "NAME",
            "CLUSTER",
            "ISTIOD",
            "VERSION",
            "SUBSCRIBED",
            "TYPES"
        ]
    );
    assert_eq!(
        rows[1],
        [
            "ratings-v1-xyz.shop",
            "Kubernetes",
            "istiod-b",
            "1.24.2",
            "2",
            "(CDS,LDS)"
        ]
    );
    assert_eq!(
        rows[2],
        [
            "reviews-v2-abc.shop",
            "Kubernetes",
            "istiod-a",
            "1.24.2",
            "4",
            "(CDS,LDS,EDS,RDS)"
        ]
    );
    // verbose: the per-type states
    let out = sailctl(&tc, &["ps", "--verbosity", "1"]);
    let text = stdout(&out);
    let line = text.lines().find(|l| l.starts_with("reviews")).unwrap();
    let cells: Vec<&str> = line
        .split("  ")
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    assert_eq!(
        cells,
        [
            "reviews-v2-abc.shop",
            "Kubernetes",
            "SYNCED",
            "IGNORED",
            "STALE",
            "SYNCED",
            "NOT SENT",
            "istiod-a",
            "1.24.2"
        ]
    );
    // -n filters, json gives one DiscoveryResponse per istiod
    let out = sailctl(&tc, &["ps", "-o", "json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("\"typeUrl\": \"type.googleapis.com/envoy.service.status.v3.ClientConfig\""),
        "{text}"
    );
    assert!(text.contains("reviews-v2-abc.shop") && text.contains("ratings-v1-xyz.shop"));
    // every istiod was port-forwarded on 15014, the list asked for running istiods only
    let pf = tc.requests_with_verb("portforward");
    assert!(
        pf.iter()
            .all(|r| r.params.get("ports").map(String::as_str) == Some("15014"))
    );
    let lists = tc.requests_with_verb("list");
    assert!(
        lists
            .iter()
            .any(
                |r| r.params.get("labelSelector").map(String::as_str) == Some("app=istiod")
                    && r.params.get("fieldSelector").map(String::as_str)
                        == Some("status.phase=Running")
            )
    );
}

#[test]
fn proxy_status_revision_selects_istiods() {
    let tc = TestCluster::start();
    istiod(&tc, "istiod-canary-1", Some("canary"));
    let a = tc.serve_http(vec![(
        "/debug/syncz",
        200,
        "application/json",
        syncz(&[("a-1.default", &[(CDS, "1", "1")])]),
    )]);
    tc.forward_pod_port("istio-system", "istiod-canary-1", 15014, a);
    let out = sailctl(&tc, &["ps", "--revision", "canary"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("istiod-canary-1"));
    let out = sailctl(&tc, &["ps", "--revision", "stable"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains(
            "no running Istio pods in namespace \"istio-system\" of revision stable (istio.io/rev=stable)"
        ),
        "{}",
        stderr(&out)
    );
}

#[test]
fn proxy_status_blocked_istiod_port_fails_within_the_timeout() {
    let tc = TestCluster::start();
    istiod(&tc, "istiod-a", None);
    let (_held, addr) = silent_peer();
    tc.forward_pod_port("istio-system", "istiod-a", 15014, addr);
    let out = sailctl(&tc, &["ps", "--timeout", "600ms"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains(
            "GET /debug/syncz on istiod istio-system/istiod-a port 15014: no answer within 600ms"
        ),
        "{}",
        stderr(&out)
    );
}

#[test]
fn proxy_status_reports_a_failing_replica_and_shows_the_others() {
    let tc = TestCluster::start();
    istiod(&tc, "istiod-a", None);
    istiod(&tc, "istiod-b", None);
    let a = tc.serve_http(vec![(
        "/debug/syncz",
        200,
        "application/json",
        syncz(&[("a-1.default", &[(CDS, "1", "1")])]),
    )]);
    tc.forward_pod_port("istio-system", "istiod-a", 15014, a);
    // istiod-b's port is closed
    let out = sailctl(&tc, &["ps", "--timeout", "5s"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("a-1.default"));
    let err = stderr(&out);
    assert!(err.contains("istiod-b") && err.contains("15014"), "{err}");
}

/// A sidecar whose Envoy admin serves [`config_dump`], and istiod replicas `istiod-a` and
/// `istiod-b` (their debug ports are the test's to forward); returns the dump.
fn sidecar_and_two_istiods(tc: &TestCluster) -> String {
    let dump = config_dump().to_string();
    let admin = tc.serve_http(vec![(
        "/config_dump",
        200,
        "application/json",
        dump.clone(),
    )]);
    sidecar(tc, Some(admin));
    istiod(tc, "istiod-a", None);
    istiod(tc, "istiod-b", None);
    dump
}

#[test]
fn proxy_status_pod_diffs_istiod_and_envoy() {
    let tc = TestCluster::start();
    let dump = sidecar_and_two_istiods(&tc);
    // istiod-a does not know the proxy; istiod-b has the same config as Envoy
    let a = tc.serve_http(vec![]);
    let b = tc.serve_http(vec![("/debug/config_dump", 200, "application/json", dump)]);
    tc.forward_pod_port("istio-system", "istiod-a", 15014, a);
    tc.forward_pod_port("istio-system", "istiod-b", 15014, b);
    let out = sailctl(&tc, &["ps", "deploy/reviews-v2", "-n", "shop"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("Clusters Match"), "{text}");
    let asked: Vec<String> = tc
        .requests_with_verb("portforward")
        .iter()
        .map(|r| r.path.clone())
        .collect();
    assert!(
        asked
            .iter()
            .any(|p| p.ends_with("/pods/istiod-b/portforward")),
        "{asked:?}"
    );

    // a different Envoy side: the clusters differ
    let mut other = config_dump();
    other["configs"][0]["dynamic_active_clusters"]
        .as_array_mut()
        .unwrap()
        .pop();
    let file = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(file.path(), other.to_string()).unwrap();
    let out = sailctl(
        &tc,
        &[
            "ps",
            "reviews-v2-abc.shop",
            "--file",
            file.path().to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("Clusters Don't Match"), "{text}");
    assert!(
        text.contains("-") && text.contains("reviews.shop.svc.cluster.local"),
        "{text}"
    );
}

/// istiod replica `istiod-a`, whose debug port serves the proxy's [`config_dump`].
fn istiod_a_knows_the_proxy(tc: &TestCluster) {
    istiod(tc, "istiod-a", None);
    let a = tc.serve_http(vec![(
        "/debug/config_dump",
        200,
        "application/json",
        config_dump().to_string(),
    )]);
    tc.forward_pod_port("istio-system", "istiod-a", 15014, a);
}

#[test]
fn proxy_status_pod_slow_envoy_or_istiod_fails_within_the_timeout() {
    let tc = TestCluster::start();
    let (_envoy_held, envoy) = silent_peer();
    sidecar(&tc, Some(envoy));
    istiod_a_knows_the_proxy(&tc);
    // istiod answers, the proxy's admin port does not
    let out = sailctl(&tc, &["ps", "reviews-v2-abc.shop", "--timeout", "600ms"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stdout(&out).is_empty(), "{}", stdout(&out));
    assert_eq!(
        stderr(&out),
        "error: GET /config_dump on pod shop/reviews-v2-abc port 15000: no answer within 600ms\n"
    );

    // istiod's monitoring port does not answer
    let (_istiod_held, slow) = silent_peer();
    tc.forward_pod_port("istio-system", "istiod-a", 15014, slow);
    let out = sailctl(&tc, &["ps", "reviews-v2-abc.shop", "--timeout", "600ms"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(
        stderr(&out),
        "error: GET /debug/config_dump?proxyID=reviews-v2-abc.shop on istiod istio-system/istiod-a port 15014: no answer within 600ms\n"
    );
}

#[test]
fn proxy_status_pod_uses_the_replica_that_answers_when_another_is_blocked() {
    let tc = TestCluster::start();
    let dump = sidecar_and_two_istiods(&tc);
    let (_held, blocked) = silent_peer();
    tc.forward_pod_port("istio-system", "istiod-a", 15014, blocked);
    let b = tc.serve_http(vec![("/debug/config_dump", 200, "application/json", dump)]);
    tc.forward_pod_port("istio-system", "istiod-b", 15014, b);
    let out = sailctl(&tc, &["ps", "reviews-v2-abc.shop", "--timeout", "600ms"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("Clusters Match"), "{}", stdout(&out));

    // when the only replica that could know the proxy is blocked, that is the error
    let none = tc.serve_http(vec![]);
    tc.forward_pod_port("istio-system", "istiod-b", 15014, none);
    let out = sailctl(&tc, &["ps", "reviews-v2-abc.shop", "--timeout", "600ms"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "error: GET /debug/config_dump?proxyID=reviews-v2-abc.shop on istiod istio-system/istiod-a port 15014: no answer within 600ms\n"
    );
}

#[test]
fn proxy_status_pod_missing_or_closed_admin_port_is_named() {
    let tc = TestCluster::start();
    sidecar(&tc, None);
    istiod_a_knows_the_proxy(&tc);
    let out = sailctl(&tc, &["ps", "nope-1.shop", "--timeout", "5s"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "error: pod nope-1 not found in namespace shop\n"
    );
    let out = sailctl(&tc, &["ps", "reviews-v2-abc.shop", "--timeout", "5s"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("port-forward to pod shop/reviews-v2-abc port 15000 failed")
            && err.contains("refused")
            && err.lines().count() == 1,
        "{err}"
    );
}

// ---- proxy-config log ----------------------------------------------------------------------

/// A fake Envoy admin `/logging` that records each request line and answers with the levels
/// it holds (a POST `?logger=level` updates them, `level=` all of them).
fn fake_logging() -> (SocketAddr, std::sync::Arc<std::sync::Mutex<Vec<String>>>) {
    use std::io::{BufRead, BufReader, Write};
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = l.local_addr().unwrap();
    let seen = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let record = seen.clone();
    std::thread::spawn(move || {
        let mut levels = [
            ("admin".to_string(), "warning".to_string()),
            ("http".to_string(), "info".to_string()),
            ("router".to_string(), "warning".to_string()),
        ];
        for conn in l.incoming() {
            let Ok(mut conn) = conn else { continue };
            let mut reader = BufReader::new(conn.try_clone().unwrap());
            let mut line = String::new();
            if reader.read_line(&mut line).is_err() {
                continue;
            }
            loop {
                let mut h = String::new();
                if reader.read_line(&mut h).is_err() || h == "\r\n" || h.is_empty() {
                    break;
                }
            }
            let line = line.trim().to_string();
            if let Some(q) = line
                .strip_prefix("POST /logging?")
                .and_then(|r| r.split(' ').next())
                && let Some((k, v)) = q.split_once('=')
            {
                for (name, level) in levels.iter_mut() {
                    if k == "level" || k == name {
                        *level = v.to_string();
                    }
                }
            }
            record.lock().unwrap().push(line);
            let body: String = std::iter::once("active loggers:\n".to_string())
                .chain(levels.iter().map(|(n, l)| format!("  {n}: {l}\n")))
                .collect();
            let _ = write!(
                conn,
                "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
        }
    });
    (addr, seen)
}

#[test]
fn proxy_config_log_reads_and_updates_levels() {
    let tc = TestCluster::start();
    let (admin, seen) = fake_logging();
    sidecar(&tc, Some(admin));
    let out = sailctl(&tc, &["pc", "log", "reviews-v2-abc.shop"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "reviews-v2-abc.shop:\nactive loggers:\n  admin: warning\n  http: info\n  router: warning\n"
    );
    let out = sailctl(
        &tc,
        &[
            "pc",
            "log",
            "deploy/reviews-v2",
            "-n",
            "shop",
            "--level",
            "error,http:debug",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "reviews-v2-abc.shop:\nactive loggers:\n  admin: error\n  http: debug\n  router: error\n"
    );
    let lines = seen.lock().unwrap().clone();
    let posts: Vec<&String> = lines.iter().filter(|l| l.starts_with("POST")).collect();
    assert_eq!(
        posts,
        [
            "POST /logging?level=error HTTP/1.1",
            "POST /logging?http=debug HTTP/1.1"
        ]
    );
    // an unknown logger is refused before anything is sent
    let out = sailctl(
        &tc,
        &["pc", "log", "reviews-v2-abc.shop", "--level", "nope:debug"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("unrecognized logger name: nope"),
        "{}",
        stderr(&out)
    );
    assert_eq!(
        seen.lock()
            .unwrap()
            .iter()
            .filter(|l| l.starts_with("POST"))
            .count(),
        2
    );
}
