//! `sailctl waypoint` against the real kube-apiserver (tests/real): the generated Gateway
//! passes the API server's validation of a Gateway CRD schema (a minimal one written for this
//! test: Istio's install does not ship the Gateway API CRDs), and apply / list / status /
//! delete / --enroll-namespace run end to end.

mod real;

use kube::api::{Api, DynamicObject, Patch, PatchParams};
use real::{RealCluster, apply_objects, get_object, sailctl};
use serde_json::{Value, json};

/// gateways.gateway.networking.k8s.io v1 with the fields a waypoint uses, required as in
/// Gateway API (gatewayClassName; listeners with name, port 1-65535, protocol).
fn gateway_crd() -> Value {
    let listener = json!({"type": "object", "required": ["name", "port", "protocol"],
        "properties": {
            "name": {"type": "string", "minLength": 1, "maxLength": 253},
            "port": {"type": "integer", "format": "int32", "minimum": 1, "maximum": 65535},
            "protocol": {"type": "string", "minLength": 1, "maxLength": 255},
            "hostname": {"type": "string"}}});
    let condition = json!({"type": "object", "required": ["type", "status"],
        "properties": {"type": {"type": "string"}, "status": {"type": "string", "enum": ["True", "False", "Unknown"]},
            "reason": {"type": "string"}, "message": {"type": "string"},
            "lastTransitionTime": {"type": "string", "format": "date-time"},
            "observedGeneration": {"type": "integer", "format": "int64"}}});
    json!({"apiVersion": "apiextensions.k8s.io/v1", "kind": "CustomResourceDefinition",
        "metadata": {"name": "gateways.gateway.networking.k8s.io",
            // *.k8s.io groups need an approval reference (KEP 1111)
            "annotations": {"api-approved.kubernetes.io": "https://github.com/kubernetes-sigs/gateway-api"}},
        "spec": {"group": "gateway.networking.k8s.io", "scope": "Namespaced",
            "names": {"kind": "Gateway", "plural": "gateways", "singular": "gateway", "listKind": "GatewayList", "shortNames": ["gtw"]},
            "versions": [{"name": "v1", "served": true, "storage": true,
                "subresources": {"status": {}},
                "schema": {"openAPIV3Schema": {"type": "object", "required": ["spec"], "properties": {
                    "apiVersion": {"type": "string"}, "kind": {"type": "string"}, "metadata": {"type": "object"},
                    "spec": {"type": "object", "required": ["gatewayClassName", "listeners"], "properties": {
                        "gatewayClassName": {"type": "string", "minLength": 1, "maxLength": 253},
                        "listeners": {"type": "array", "minItems": 1, "maxItems": 64, "items": listener}}},
                    "status": {"type": "object", "properties": {
                        "conditions": {"type": "array", "maxItems": 8, "items": condition}}}}}}}]}})
}

fn gateways(rc: &RealCluster, ns: &str) -> Api<DynamicObject> {
    let ar = kube::discovery::ApiResource::from_gvk_with_plural(
        &kube::api::GroupVersionKind::gvk("gateway.networking.k8s.io", "v1", "Gateway"),
        "gateways",
    );
    Api::namespaced_with(rc.client(), ns, &ar)
}

fn set_programmed(rc: &RealCluster, ns: &str, name: &str, status: &str) {
    let patch = json!({"status": {"conditions": [
        {"type": "Accepted", "status": "True", "reason": "Accepted", "message": "ok",
         "lastTransitionTime": "2026-01-01T00:00:00Z"},
        {"type": "Programmed", "status": status, "reason": "Programmed", "message": "deployed",
         "lastTransitionTime": "2026-01-01T00:00:00Z"}]}});
    sailctl::cluster::block_on(gateways(rc, ns).patch_status(
        name,
        &PatchParams::default(),
        &Patch::Merge(&patch),
    ))
    .expect("patch Gateway status");
}

#[test]
fn waypoints_generate_apply_list_status_delete() {
    let rc = RealCluster::shared();
    let kc = rc.kubeconfig.as_path();
    let ns = "wp-real";

    // without the CRDs the kind is unknown: say what is missing
    let (code, _, err) = sailctl(kc, &["waypoint", "list", "-n", "default"], &[]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("missing Kubernetes Gateway CRDs"), "{err}");

    apply_objects(
        &rc.client(),
        &[
            gateway_crd(),
            json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": ns}}),
        ],
    );

    // generate (offline) → the server accepts it against the schema
    let (code, yaml, err) = sailctl(
        kc,
        &[
            "waypoint",
            "generate",
            "-n",
            ns,
            "--for",
            "service",
            "--name",
            "generated",
        ],
        &[],
    );
    assert_eq!(code, 0, "{err}");
    let loaded = sailctl::resource::loader::load_bytes("generated.yaml", yaml.into_bytes());
    assert_eq!(loaded.resources.len(), 1, "{:?}", loaded.issues);
    let gw = loaded.resources[0].value.clone();
    apply_objects(&rc.client(), std::slice::from_ref(&gw));
    let live = get_object(&rc.client(), &gw).expect("generated Gateway stored");
    assert_eq!(live["spec"]["listeners"][0]["port"], 15008);
    assert_eq!(
        live["metadata"]["labels"]["istio.io/waypoint-for"],
        "service"
    );

    // apply + enroll: the namespace is not ambient, so a warning first
    let (code, out, err) = sailctl(
        kc,
        &[
            "waypoint",
            "apply",
            "-n",
            ns,
            "--enroll-namespace",
            "--for",
            "all",
        ],
        &[],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("namespace is not enrolled in ambient"),
        "{out}"
    );
    assert!(
        out.contains(&format!("✅ waypoint {ns}/waypoint applied")),
        "{out}"
    );
    assert!(
        out.contains(&format!(
            "✅ namespace {ns} labeled with \"istio.io/use-waypoint: waypoint\""
        )),
        "{out}"
    );
    let nsobj = get_object(
        &rc.client(),
        &json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": ns}}),
    )
    .unwrap();
    assert_eq!(
        nsobj["metadata"]["labels"]["istio.io/use-waypoint"],
        "waypoint"
    );
    // a second enroll without --overwrite only warns
    let (code, out, _) = sailctl(
        kc,
        &[
            "waypoint",
            "apply",
            "-n",
            ns,
            "--enroll-namespace",
            "--name",
            "other",
        ],
        &[],
    );
    assert_eq!(code, 0);
    assert!(out.contains("already has an enrolled Waypoint"), "{out}");
    assert!(get_object(&rc.client(), &json!({"apiVersion": "gateway.networking.k8s.io/v1", "kind": "Gateway", "metadata": {"name": "other", "namespace": ns}})).is_none());

    // a non-waypoint Gateway is not listed
    apply_objects(
        &rc.client(),
        &[
            json!({"apiVersion": "gateway.networking.k8s.io/v1", "kind": "Gateway",
        "metadata": {"name": "ingress", "namespace": ns},
        "spec": {"gatewayClassName": "istio", "listeners": [{"name": "http", "port": 80, "protocol": "HTTP"}]}}),
        ],
    );
    set_programmed(rc, ns, "waypoint", "True");
    let (code, out, err) = sailctl(kc, &["waypoint", "list", "-n", ns], &[]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out,
        "NAME          REVISION     TRAFFIC TYPE     PROGRAMMED\n\
         generated     default      service          False\n\
         waypoint      default      all              True\n"
    );

    // status: waits for Programmed; a waypoint that never gets there fails the wait
    let (code, _, err) = sailctl(
        kc,
        &["waypoint", "status", "-n", ns, "--waypoint-timeout", "1s"],
        &[],
    );
    assert_eq!(code, 1);
    assert!(
        err.contains(&format!(
            "waiting for waypoint {ns}/generated to be Programmed"
        )),
        "{err}"
    );
    let (code, out, err) = sailctl(kc, &["waypoint", "status", "-n", ns, "--wait=false"], &[]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.lines().any(|l| l.split_whitespace().collect::<Vec<_>>()
            == ["waypoint", "True", "Programmed", "Programmed", "deployed"]),
        "{out}"
    );
    set_programmed(rc, ns, "generated", "True");
    let (code, out, err) = sailctl(kc, &["waypoint", "status", "-A"], &[]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.lines().count(), 3, "{out}");

    // delete: by name (unknown names reported), then --all leaves the other Gateway
    let (code, out, err) = sailctl(
        kc,
        &["waypoint", "delete", "-n", ns, "generated", "nope"],
        &[],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains(&format!("waypoint {ns}/nope not found")),
        "{out}"
    );
    assert!(
        out.contains(&format!("waypoint {ns}/generated deleted")),
        "{out}"
    );
    let (code, out, _) = sailctl(kc, &["waypoint", "delete", "-n", ns, "--all"], &[]);
    assert_eq!(code, 0);
    assert_eq!(out, format!("waypoint {ns}/waypoint deleted\n"));
    let (_, out, _) = sailctl(kc, &["waypoint", "list", "-n", ns], &[]);
    assert_eq!(out, "No waypoints found.\n");
    let left = sailctl::cluster::block_on(gateways(rc, ns).list(&Default::default())).unwrap();
    let names: Vec<String> = left
        .items
        .iter()
        .filter_map(|g| g.metadata.name.clone())
        .collect();
    assert_eq!(names, ["ingress"]);
}

/// The official Gateway CRD of the Gateway API release tests/kube/istio pins (its module is
/// in the Go module cache whenever the real Istio build exists; read there, not copied).
fn official_gateway_crd() -> Value {
    let gomod = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/kube/istio/go.mod"),
    )
    .unwrap();
    let version = gomod
        .lines()
        .find_map(|l| l.trim().strip_prefix("sigs.k8s.io/gateway-api "))
        .and_then(|rest| rest.split_whitespace().next())
        .expect("tests/kube/istio/go.mod pins sigs.k8s.io/gateway-api");
    let cache = std::env::var_os("GOMODCACHE")
        .map(std::path::PathBuf::from)
        .or_else(|| {
            let out = std::process::Command::new("go")
                .args(["env", "GOMODCACHE"])
                .output()
                .ok()?;
            Some(std::path::PathBuf::from(
                String::from_utf8(out.stdout).ok()?.trim(),
            ))
        })
        .expect("the Go module cache (GOMODCACHE or `go env GOMODCACHE`)");
    let path = cache.join(format!(
        "sigs.k8s.io/gateway-api@{version}/config/crd/standard/gateway.networking.k8s.io_gateways.yaml"
    ));
    let loaded = sailctl::resource::loader::load_file(path.to_str().unwrap());
    assert!(
        loaded.issues.is_empty(),
        "{}: {:?}",
        path.display(),
        loaded.issues
    );
    loaded
        .resources
        .into_iter()
        .next()
        .unwrap_or_else(|| panic!("no CRD in {}", path.display()))
        .value
}

#[test]
fn generated_waypoints_pass_the_official_gateway_crd_schema() {
    // its own server: the shared one has the minimal CRD under the same name
    let rc = RealCluster::start();
    let kc = rc.kubeconfig.as_path();
    let ns = "wp-official";
    apply_objects(
        &rc.client(),
        &[
            official_gateway_crd(),
            json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": ns}}),
        ],
    );
    for traffic in ["service", "workload", "all", "none"] {
        let name = format!("wp-{traffic}");
        let (code, yaml, err) = sailctl(
            kc,
            &[
                "waypoint", "generate", "-n", ns, "--for", traffic, "--name", &name, "-r", "canary",
            ],
            &[],
        );
        assert_eq!(code, 0, "{err}");
        let loaded = sailctl::resource::loader::load_bytes("generated.yaml", yaml.into_bytes());
        let gw = loaded.resources[0].value.clone();
        apply_objects(&rc.client(), std::slice::from_ref(&gw));
        let live = get_object(&rc.client(), &gw).expect("stored");
        assert_eq!(live["spec"]["gatewayClassName"], "istio-waypoint");
    }
    let (code, out, err) = sailctl(kc, &["waypoint", "apply", "-n", ns], &[]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, format!("✅ waypoint {ns}/waypoint applied\n"));
    let (code, out, _) = sailctl(kc, &["waypoint", "list", "-n", ns], &[]);
    assert_eq!(code, 0);
    assert_eq!(out.lines().count(), 6, "{out}");
    // the official CRD's defaulted status says Programmed Unknown (reason Pending) until a
    // controller acts: shown as it is
    assert!(
        out.contains("wp-workload     canary       workload         Unknown"),
        "{out}"
    );
    let (code, out, _) = sailctl(kc, &["waypoint", "status", "-n", ns, "--wait=false"], &[]);
    assert_eq!(code, 0);
    assert!(
        out.lines()
            .skip(1)
            .all(|l| l.contains(" Unknown ") && l.contains(" Programmed ")),
        "{out}"
    );
}
