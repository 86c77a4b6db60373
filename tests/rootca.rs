//! `proxy-config rootca-compare` on pods of the in-process API server whose fake Envoy admins
//! serve config dumps with freshly made root CAs (rcgen), and on saved dumps.

mod support;

use base64::Engine;
use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, KeyPair};
use support::TestCluster;
use support::cli::sailctl;

fn ca_pem(name: &str) -> String {
    let mut params = CertificateParams::new(Vec::<String>::new()).unwrap();
    params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    params.distinguished_name.push(DnType::CommonName, name);
    let key = KeyPair::generate().unwrap();
    params.self_signed(&key).unwrap().pem()
}

/// A config dump whose active ROOTCA secret trusts `pems` (one bundle).
fn dump(pems: &[&str]) -> String {
    let bundle = base64::engine::general_purpose::STANDARD.encode(pems.concat());
    serde_json::json!({"configs": [{
        "@type": "type.googleapis.com/envoy.admin.v3.SecretsConfigDump",
        "dynamic_active_secrets": [
            {"name": "default", "secret": {"name": "default"}},
            {"name": "ROOTCA", "secret": {"name": "ROOTCA",
                "validation_context": {"trusted_ca": {"inline_bytes": bundle}}}}
        ]
    }]})
    .to_string()
}

fn pod(tc: &TestCluster, ns: &str, name: &str, dump: String) {
    tc.seed(support::pod_json(
        ns,
        name,
        &[("app", name)],
        &[
            ("app", "app:1"),
            ("istio-proxy", "docker.io/istio/proxyv2:1.24.2"),
        ],
    ));
    tc.pod_running(ns, name);
    let admin = tc.serve_http(vec![("/config_dump", 200, "application/json", dump)]);
    tc.forward_pod_port(ns, name, 15000, admin);
}

#[test]
fn pods_sharing_a_root_and_not() {
    let (root1, root2) = (ca_pem("root one"), ca_pem("root two"));
    let tc = TestCluster::start();
    pod(&tc, "a", "one", dump(&[&root1]));
    // two roots in one bundle (a rotation): it shares root1 with pod one
    pod(&tc, "b", "both", dump(&[&root2, &root1]));
    pod(&tc, "c", "other", dump(&[&root2]));

    let (code, out, err) = sailctl(Some(&tc), &["pc", "rootca-compare", "one.a", "both.b"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out,
        "Both [one.a] and [both.b] have the identical ROOTCA, theoretically the connectivity between them is available\n"
    );

    let (code, out, err) = sailctl(Some(&tc), &["pc", "rc", "one.a", "other.c"]);
    assert_eq!(code, 1);
    assert_eq!(out, "");
    assert!(
        err.contains("Both [one.a] and [other.c] have the non identical ROOTCA, theoretically the connectivity between them is unavailable"),
        "{err}"
    );
}

#[test]
fn saved_dumps_and_bad_bundles() {
    let root = ca_pem("root");
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: String| {
        let p = dir.path().join(name);
        std::fs::write(&p, text).unwrap();
        p.display().to_string()
    };
    let a = write("a.json", dump(&[&root]));
    let b = write("b.json", dump(&[&root]));
    let (code, out, err) = sailctl(None, &["pc", "rootca-compare", "-f", &a, "-f", &b]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains(&format!("Both [{a}] and [{b}] have the identical ROOTCA")),
        "{out}"
    );

    // a bundle that is not PEM: an error naming the dump, not a "non identical" verdict
    let junk = write("junk.json", dump(&["not a certificate"]));
    let (code, _, err) = sailctl(None, &["pc", "rootca-compare", "-f", &a, "-f", &junk]);
    assert_eq!(code, 1);
    assert!(
        err.contains(&junk) && err.contains("no PEM certificate"),
        "{err}"
    );

    // no ROOTCA secret at all
    let none = write(
        "none.json",
        r#"{"configs":[{"@type":"type.googleapis.com/envoy.admin.v3.SecretsConfigDump"}]}"#.into(),
    );
    let (code, _, err) = sailctl(None, &["pc", "rootca-compare", "-f", &none, "-f", &a]);
    assert_eq!(code, 1);
    assert!(err.contains("no active ROOTCA secret"), "{err}");

    // one input only: a usage error
    let (code, _, err) = sailctl(None, &["pc", "rootca-compare", "-f", &a]);
    assert_eq!(code, 2, "{err}");
}
