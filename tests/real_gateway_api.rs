//! Gateway API `Gateway`s of class `istio`, `istio-waypoint`, `istio-agentgateway` and
//! `istio-agentgateway-waypoint` get their Deployment and Service from the real istiod,
//! rendered with sailctl's `kube-gateway`, `waypoint`, `agentgateway` and
//! `agentgateway-waypoint` templates (istiod's deployment controller fails with "no template
//! defined" without them). The Gateway API CRDs are minimal ones
//! written for this test (open schemas; sailctl's install does not ship them, as Istio's
//! does not).

mod real;

use std::time::{Duration, Instant};

use real::{FakeControllers, Istiod, RealCluster, sailctl};
use serde_json::{Value, json};

fn crd(kind: &str, plural: &str, scope: &str) -> Value {
    let versions: Vec<Value> = ["v1", "v1beta1"]
        .iter()
        .map(|v| {
            json!({
                "name": v, "served": true, "storage": *v == "v1",
                "subresources": {"status": {}},
                "schema": {"openAPIV3Schema": {"type": "object",
                    "x-kubernetes-preserve-unknown-fields": true}}
            })
        })
        .collect();
    json!({
        "apiVersion": "apiextensions.k8s.io/v1", "kind": "CustomResourceDefinition",
        "metadata": {"name": format!("{plural}.gateway.networking.k8s.io"),
                     "annotations": {"api-approved.kubernetes.io": "https://github.com/kubernetes-sigs/gateway-api/pull/3328",
                                     "gateway.networking.k8s.io/bundle-version": "v1.4.0",
                                     "gateway.networking.k8s.io/channel": "standard"}},
        "spec": {
            "group": "gateway.networking.k8s.io", "scope": scope,
            "names": {"kind": kind, "listKind": format!("{kind}List"), "plural": plural,
                      "singular": kind.to_ascii_lowercase()},
            "versions": versions
        }
    })
}

fn get(client: &kube::Client, api_version: &str, kind: &str, name: &str) -> Option<Value> {
    real::get_object(
        client,
        &json!({"apiVersion": api_version, "kind": kind,
                "metadata": {"name": name, "namespace": "web"}}),
    )
}

/// The Deployment and Service istiod's deployment controller applies under this name.
fn wait_for(client: &kube::Client, istiod: &Istiod, name: &str, template: &str) -> (Value, Value) {
    let deadline = Instant::now() + Duration::from_secs(90);
    loop {
        let d = get(client, "apps/v1", "Deployment", name);
        let s = get(client, "v1", "Service", name);
        if let (Some(d), Some(s)) = (d.clone(), s.clone()) {
            return (d, s);
        }
        let log = std::fs::read_to_string(&istiod.log).unwrap_or_default();
        assert!(
            !log.contains(&format!("no \"{template}\" template defined")),
            "istiod found no {template} template"
        );
        assert!(
            Instant::now() < deadline,
            "no Deployment/Service {name} after 90s (deployment {}, service {}); istiod log {}",
            d.is_some(),
            s.is_some(),
            istiod.log.display()
        );
        std::thread::sleep(Duration::from_millis(500));
    }
}

#[test]
fn gateways_of_every_istio_class_get_their_deployment_and_service_from_istiod() {
    let rc = RealCluster::start();
    let client = rc.client();
    real::apply_objects(
        &client,
        &[
            crd("GatewayClass", "gatewayclasses", "Cluster"),
            crd("Gateway", "gateways", "Namespaced"),
        ],
    );
    let controllers = FakeControllers::start(client.clone());
    let (code, out, err) = sailctl(
        &rc.kubeconfig,
        &[
            "install",
            "--set",
            "profile=default",
            "-y",
            "--readiness-timeout",
            "120s",
        ],
        &[],
    );
    assert_eq!(code, 0, "install:\n{out}\n{err}");
    drop(controllers);
    // waypoints are an ambient feature
    let istiod = Istiod::start_with_env(
        &rc,
        "istiod-gateway-api",
        &[
            ("PILOT_ENABLE_AMBIENT", "true"),
            ("PILOT_ENABLE_AGENTGATEWAY", "true"),
        ],
    );

    real::apply_objects(
        &client,
        &[
            json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "web"}}),
            json!({"apiVersion": "gateway.networking.k8s.io/v1", "kind": "GatewayClass",
                   "metadata": {"name": "istio"},
                   "spec": {"controllerName": "istio.io/gateway-controller"}}),
            json!({"apiVersion": "gateway.networking.k8s.io/v1", "kind": "Gateway",
                   "metadata": {"name": "ingress", "namespace": "web"},
                   "spec": {"gatewayClassName": "istio",
                            "listeners": [{"name": "http", "port": 80, "protocol": "HTTP"}]}}),
        ],
    );

    // istiod's deployment controller names them <gateway>-<class>
    let (deployment, service) = wait_for(&client, &istiod, "ingress-istio", "kube-gateway");

    let pod = &deployment["spec"]["template"];
    let proxy = &pod["spec"]["containers"][0];
    assert_eq!(proxy["name"], "istio-proxy", "{deployment}");
    let args = proxy["args"].to_string();
    assert!(args.contains("router"), "{args}");
    assert_eq!(proxy["readinessProbe"]["httpGet"]["port"], 15021, "{proxy}");
    assert!(
        proxy["image"]
            .as_str()
            .is_some_and(|i| i.contains("proxyv2")),
        "{proxy}"
    );
    assert_eq!(
        pod["metadata"]["labels"]["gateway.networking.k8s.io/gateway-name"],
        "ingress"
    );
    assert_eq!(
        pod["metadata"]["labels"]["sidecar.istio.io/inject"],
        "false"
    );
    assert_eq!(
        deployment["metadata"]["ownerReferences"][0]["kind"],
        "Gateway"
    );
    let ports: Vec<i64> = service["spec"]["ports"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|p| p["port"].as_i64())
        .collect();
    assert!(ports.contains(&80) && ports.contains(&15021), "{service}");
    assert_eq!(
        service["spec"]["selector"]["gateway.networking.k8s.io/gateway-name"],
        "ingress"
    );
    assert!(
        get(&client, "v1", "ServiceAccount", "ingress-istio").is_some(),
        "no ServiceAccount"
    );

    // a waypoint (what `istioctl waypoint apply` creates) gets a `proxy waypoint` Deployment
    // named after the Gateway, from sailctl's waypoint template
    real::apply_objects(
        &client,
        &[
            json!({"apiVersion": "gateway.networking.k8s.io/v1", "kind": "GatewayClass",
                   "metadata": {"name": "istio-waypoint"},
                   "spec": {"controllerName": "istio.io/mesh-controller"}}),
            json!({"apiVersion": "gateway.networking.k8s.io/v1", "kind": "Gateway",
                   "metadata": {"name": "waypoint", "namespace": "web",
                                "labels": {"istio.io/waypoint-for": "service"}},
                   "spec": {"gatewayClassName": "istio-waypoint",
                            "listeners": [{"name": "mesh", "port": 15008, "protocol": "HBONE"}]}}),
        ],
    );
    let (deployment, service) = wait_for(&client, &istiod, "waypoint", "waypoint");
    let proxy = &deployment["spec"]["template"]["spec"]["containers"][0];
    let args = proxy["args"].to_string();
    assert!(args.contains("\"waypoint\""), "{args}");
    assert!(args.contains("--serviceCluster"), "{args}");
    assert_eq!(proxy["startupProbe"]["failureThreshold"], 30, "{proxy}");
    assert_eq!(
        deployment["spec"]["template"]["metadata"]["labels"]["istio.io/dataplane-mode"],
        "none"
    );
    let ports: Vec<i64> = service["spec"]["ports"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|p| p["port"].as_i64())
        .collect();
    assert!(ports.contains(&15008), "{service}");

    // the agentgateway classes (PILOT_ENABLE_AGENTGATEWAY): one sailctl template text serves
    // both; istiod names the objects after the Gateway
    real::apply_objects(
        &client,
        &[
            json!({"apiVersion": "gateway.networking.k8s.io/v1", "kind": "GatewayClass",
                   "metadata": {"name": "istio-agentgateway"},
                   "spec": {"controllerName": "istio.io/agentgateway-controller"}}),
            json!({"apiVersion": "gateway.networking.k8s.io/v1", "kind": "Gateway",
                   "metadata": {"name": "agw", "namespace": "web"},
                   "spec": {"gatewayClassName": "istio-agentgateway",
                            "listeners": [{"name": "http", "port": 80, "protocol": "HTTP"}]}}),
            json!({"apiVersion": "gateway.networking.k8s.io/v1", "kind": "GatewayClass",
                   "metadata": {"name": "istio-agentgateway-waypoint"},
                   "spec": {"controllerName": "istio.io/agentgateway-waypoint-controller"}}),
            json!({"apiVersion": "gateway.networking.k8s.io/v1", "kind": "Gateway",
                   "metadata": {"name": "agw-waypoint", "namespace": "web"},
                   "spec": {"gatewayClassName": "istio-agentgateway-waypoint",
                            "listeners": [{"name": "mesh", "port": 15008, "protocol": "HBONE"}]}}),
        ],
    );
    for (name, template, managed) in [
        ("agw", "agentgateway", "istio.io-agentgateway-controller"),
        (
            "agw-waypoint",
            "agentgateway-waypoint",
            "istio.io-agentgateway-waypoint-controller",
        ),
    ] {
        let (deployment, service) = wait_for(&client, &istiod, name, template);
        let pod = &deployment["spec"]["template"];
        let c = &pod["spec"]["containers"][0];
        assert_eq!(c["name"], "agentgateway", "{deployment}");
        assert!(
            c["image"]
                .as_str()
                .is_some_and(|i| i.contains("/agentgateway:")),
            "{c}"
        );
        let env = c["env"].to_string();
        for var in ["XDS_ADDRESS", "CA_ADDRESS", "GATEWAY", "CLUSTER_ID"] {
            assert!(env.contains(var), "{template}: no {var} in {env}");
        }
        assert_eq!(c["readinessProbe"]["httpGet"]["port"], 15021, "{c}");
        assert_eq!(
            deployment["metadata"]["labels"]["gateway.istio.io/managed"],
            managed
        );
        let waypoint = template == "agentgateway-waypoint";
        // a waypoint is not captured by ztunnel (its template says so; istiod itself labels
        // every other gateway so under ambient) and binds no low ports
        assert_eq!(
            pod["metadata"]["labels"]["istio.io/dataplane-mode"], "none",
            "{pod}"
        );
        assert_eq!(
            pod["spec"]["securityContext"]["sysctls"].is_array(),
            !waypoint,
            "{pod}"
        );
        assert_eq!(
            service["spec"]["selector"]["gateway.networking.k8s.io/gateway-name"],
            name
        );
    }
}
