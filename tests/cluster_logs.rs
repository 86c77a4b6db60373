//! The API test server's pod logs and stall fault, through kube-rs as sailctl uses them.

mod support;

use k8s_openapi::api::core::v1::Pod;
use kube::api::LogParams;
use support::TestCluster;

#[test]
fn pod_logs_answer_per_container_with_tail_lines() {
    let tc = TestCluster::start();
    tc.seed(support::pod_json(
        "ns1",
        "p1",
        &[],
        &[("app", "a:1"), ("istio-proxy", "p:1")],
    ));
    tc.set_pod_log("ns1", "p1", "app", "one\ntwo\nthree\n");
    let api: kube::Api<Pod> = kube::Api::namespaced(tc.connect().client(), "ns1");
    let lp = |c: Option<&str>, tail: Option<i64>| LogParams {
        container: c.map(String::from),
        tail_lines: tail,
        ..LogParams::default()
    };
    let get = |p: LogParams| sailctl::cluster::block_on(api.logs("p1", &p));
    assert_eq!(get(lp(Some("app"), None)).unwrap(), "one\ntwo\nthree\n");
    assert_eq!(get(lp(Some("app"), Some(1))).unwrap(), "three\n");
    assert_eq!(get(lp(Some("istio-proxy"), None)).unwrap(), "");
    let e = get(lp(None, None)).unwrap_err().to_string();
    assert!(e.contains("a container name must be specified"), "{e}");
    let e = get(lp(Some("nope"), None)).unwrap_err().to_string();
    assert!(e.contains("container nope is not valid"), "{e}");
    let missing = sailctl::cluster::block_on(api.logs("p2", &lp(Some("app"), None)));
    assert!(missing.unwrap_err().to_string().contains("not found"));
    assert_eq!(
        tc.requests_with_verb("get")
            .iter()
            .filter(|r| r.resource == "pods/log")
            .count(),
        6
    );
}

#[test]
fn a_stalled_endpoint_accepts_and_never_answers() {
    use std::io::{Read, Write};
    let tc = TestCluster::start();
    let addr = tc.serve_stall();
    let mut conn = std::net::TcpStream::connect(addr).unwrap();
    conn.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        .unwrap();
    conn.set_read_timeout(Some(std::time::Duration::from_millis(200)))
        .unwrap();
    let mut buf = [0u8; 16];
    let err = conn.read(&mut buf).unwrap_err();
    assert!(
        matches!(
            err.kind(),
            std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
        ),
        "{err}"
    );
}
