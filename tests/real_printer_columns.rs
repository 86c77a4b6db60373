//! `kubectl get` of Istio resources on the real API server shows the printer columns Istio's
//! CRDs declare: the server answers the Table form of a list (what kubectl asks for) with
//! the columns of sailctl's CRDs.

mod real;

use real::RealCluster;
use serde_json::{Value, json};

/// The Table kubectl gets for a list.
fn table(client: &kube::Client, path: &str) -> Value {
    let req = axum::http::Request::get(path)
        .header(
            "Accept",
            "application/json;as=Table;v=v1;g=meta.k8s.io,application/json",
        )
        .body(Vec::new())
        .expect("request");
    let text = sailctl::cluster::block_on(client.request_text(req)).expect("table");
    serde_json::from_str(&text).expect("table JSON")
}

fn column_names(t: &Value) -> Vec<String> {
    t["columnDefinitions"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|c| c["name"].as_str().map(str::to_string))
        .collect()
}

#[test]
fn kubectl_get_shows_istios_printer_columns() {
    let rc = RealCluster::start();
    let client = rc.client();
    let crds: Vec<Value> = real::rendered(&["profile=default"])
        .into_iter()
        .filter(|o| o["kind"] == "CustomResourceDefinition")
        .collect();
    assert!(!crds.is_empty());
    let ns = json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "bookinfo"}});
    real::apply_objects(&client, &[ns]);
    real::apply_objects(&client, &crds);
    real::apply_objects(
        &client,
        &[
            json!({"apiVersion": "networking.istio.io/v1", "kind": "VirtualService",
                   "metadata": {"name": "reviews", "namespace": "bookinfo"},
                   "spec": {"hosts": ["reviews"], "gateways": ["mesh"],
                            "http": [{"route": [{"destination": {"host": "reviews"}}]}]}}),
            json!({"apiVersion": "security.istio.io/v1", "kind": "PeerAuthentication",
                   "metadata": {"name": "default", "namespace": "bookinfo"},
                   "spec": {"mtls": {"mode": "STRICT"}}}),
        ],
    );

    let vs = table(
        &client,
        "/apis/networking.istio.io/v1/namespaces/bookinfo/virtualservices",
    );
    assert_eq!(
        column_names(&vs),
        ["Name", "Gateways", "Hosts", "Age"],
        "{vs}"
    );
    let cells = vs["rows"][0]["cells"].to_string();
    assert!(
        cells.contains("reviews") && cells.contains("mesh"),
        "{cells}"
    );

    let pa = table(
        &client,
        "/apis/security.istio.io/v1/namespaces/bookinfo/peerauthentications",
    );
    assert_eq!(column_names(&pa), ["Name", "Mode", "Age"], "{pa}");
    assert!(
        pa["rows"][0]["cells"].to_string().contains("STRICT"),
        "{pa}"
    );
}
