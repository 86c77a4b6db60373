//! `manifest generate` and `profile`: the rendered objects per profile, key objects, the
//! precedence of profile, files and --set, and the errors for bad input.

use std::path::Path;

use assert_cmd::Command;
use serde_json::{Value, json};

use sailctl::install::values::{Inputs, build};
use sailctl::install::{Object, render};

const PROFILES: &[&str] = &[
    "default", "demo", "minimal", "empty", "remote", "ambient", "preview", "stable",
];

fn fixture(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/install")
        .join(name)
        .display()
        .to_string()
}

fn render_with(files: &[&str], set: &[&str]) -> Vec<Object> {
    let merged = build(&Inputs {
        files: files.iter().map(|f| fixture(f)).collect(),
        set: set.iter().map(|s| s.to_string()).collect(),
        profile_dir: None,
    })
    .unwrap();
    render::render(&merged).unwrap()
}

fn listing(objects: &[Object]) -> String {
    objects
        .iter()
        .map(|o| {
            format!(
                "{:<16} {:<31} {}{}",
                o.component.label(),
                o.kind(),
                o.namespace().map(|n| format!("{n}/")).unwrap_or_default(),
                o.name()
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn find<'a>(objects: &'a [Object], kind: &str, name: &str) -> &'a Value {
    &objects
        .iter()
        .find(|o| o.kind() == kind && o.name() == name)
        .unwrap_or_else(|| panic!("no {kind} {name}"))
        .value
}

fn env_value<'a>(deployment: &'a Value, name: &str) -> Option<&'a Value> {
    deployment["spec"]["template"]["spec"]["containers"][0]["env"]
        .as_array()?
        .iter()
        .find(|e| e["name"] == name)
        .map(|e| &e["value"])
}

#[test]
fn object_list_per_profile() {
    for p in PROFILES {
        let objects = render_with(&[], &[&format!("profile={p}")]);
        insta::assert_snapshot!(format!("objects_{p}"), listing(&objects));
    }
}

#[test]
fn istiod_deployment_default() {
    let objects = render_with(&[], &[]);
    insta::assert_yaml_snapshot!(find(&objects, "Deployment", "istiod"));
}

#[test]
fn ingress_service_demo() {
    let objects = render_with(&[], &["profile=demo"]);
    insta::assert_yaml_snapshot!(find(&objects, "Service", "istio-ingressgateway"));
}

#[test]
fn mesh_config_demo() {
    let objects = render_with(&[], &["profile=demo"]);
    let cm = find(&objects, "ConfigMap", "istio");
    insta::assert_snapshot!(cm["data"]["mesh"].as_str().unwrap());
}

/// Every object deserializes into its k8s-openapi type and serializes back unchanged: no
/// unknown fields, no wrong types.
#[test]
fn objects_round_trip_through_k8s_openapi_types() {
    use k8s_openapi::api::{
        admissionregistration::v1 as adm, apps::v1 as apps, autoscaling::v2 as autoscaling,
        core::v1 as core, policy::v1 as policy, rbac::v1 as rbac,
    };
    use k8s_openapi::apiextensions_apiserver::pkg::apis::apiextensions::v1 as ext;

    fn check<T: serde::de::DeserializeOwned + serde::Serialize>(v: &Value) {
        let typed: T = serde_json::from_value(v.clone())
            .unwrap_or_else(|e| panic!("{} {}: {e}", v["kind"], v["metadata"]["name"]));
        let back = serde_json::to_value(&typed).unwrap();
        // JSONSchemaProps keeps minimum/maximum as floats: compare numbers by value
        fn numbers_as_f64(v: &Value) -> Value {
            match v {
                Value::Number(n) => json!(n.as_f64()),
                Value::Array(a) => Value::Array(a.iter().map(numbers_as_f64).collect()),
                Value::Object(m) => Value::Object(
                    m.iter()
                        .map(|(k, x)| (k.clone(), numbers_as_f64(x)))
                        .collect(),
                ),
                other => other.clone(),
            }
        }
        assert!(
            numbers_as_f64(&back) == numbers_as_f64(v),
            "{} {} changed in a round trip",
            v["kind"],
            v["metadata"]["name"]
        );
    }
    let mut kinds = std::collections::BTreeSet::new();
    for p in PROFILES {
        for set in [
            vec![format!("profile={p}")],
            vec![format!("profile={p}"), "revision=canary".into()],
        ] {
            let set: Vec<&str> = set.iter().map(String::as_str).collect();
            for o in render_with(&[], &set) {
                let v = &o.value;
                kinds.insert(o.kind().to_string());
                match o.kind() {
                    "CustomResourceDefinition" => check::<ext::CustomResourceDefinition>(v),
                    "ServiceAccount" => check::<core::ServiceAccount>(v),
                    "ConfigMap" => check::<core::ConfigMap>(v),
                    "Service" => check::<core::Service>(v),
                    "Deployment" => check::<apps::Deployment>(v),
                    "DaemonSet" => check::<apps::DaemonSet>(v),
                    "HorizontalPodAutoscaler" => check::<autoscaling::HorizontalPodAutoscaler>(v),
                    "PodDisruptionBudget" => check::<policy::PodDisruptionBudget>(v),
                    "ClusterRole" => check::<rbac::ClusterRole>(v),
                    "ClusterRoleBinding" => check::<rbac::ClusterRoleBinding>(v),
                    "Role" => check::<rbac::Role>(v),
                    "RoleBinding" => check::<rbac::RoleBinding>(v),
                    "MutatingWebhookConfiguration" => check::<adm::MutatingWebhookConfiguration>(v),
                    "ValidatingWebhookConfiguration" => {
                        check::<adm::ValidatingWebhookConfiguration>(v)
                    }
                    "ValidatingAdmissionPolicy" => check::<adm::ValidatingAdmissionPolicy>(v),
                    "ValidatingAdmissionPolicyBinding" => {
                        check::<adm::ValidatingAdmissionPolicyBinding>(v)
                    }
                    other => panic!("no k8s-openapi check for {other}"),
                }
            }
        }
    }
    assert!(kinds.len() >= 15, "{kinds:?}");
}

#[test]
fn crds_carry_the_schemas_validate_uses() {
    let objects = render_with(&[], &[]);
    let vs = find(
        &objects,
        "CustomResourceDefinition",
        "virtualservices.networking.istio.io",
    );
    for version in vs["spec"]["versions"].as_array().unwrap() {
        let schema = &version["schema"]["openAPIV3Schema"];
        assert!(
            schema["properties"]["spec"]["properties"]["http"].is_object(),
            "{}",
            version["name"]
        );
        assert!(schema.get("x-kubernetes-preserve-unknown-fields").is_none());
    }
}

#[test]
fn every_object_carries_the_ownership_labels() {
    for p in PROFILES {
        for o in render_with(&[], &[&format!("profile={p}")]) {
            let l = &o.value["metadata"]["labels"];
            assert_eq!(
                l["operator.istio.io/component"],
                o.component.label(),
                "{}",
                o.name()
            );
            assert_eq!(l["istio.io/rev"], "default", "{}", o.name());
            assert_eq!(
                l["install.operator.istio.io/owning-resource-namespace"],
                "istio-system"
            );
            assert_eq!(l["operator.istio.io/managed"], "Reconcile");
        }
    }
}

#[test]
fn demo_settings() {
    let objects = render_with(&[], &["profile=demo"]);
    let istiod = find(&objects, "Deployment", "istiod");
    assert_eq!(istiod["spec"]["replicas"], 1);
    assert_eq!(
        env_value(istiod, "PILOT_TRACE_SAMPLING"),
        Some(&json!("100"))
    );
    assert_eq!(
        istiod["spec"]["template"]["spec"]["containers"][0]["resources"]["requests"],
        json!({"cpu": "10m", "memory": "100Mi"})
    );
    assert!(
        !objects
            .iter()
            .any(|o| o.kind() == "HorizontalPodAutoscaler")
    );
    let egress = find(&objects, "Service", "istio-egressgateway");
    assert_eq!(egress["spec"]["type"], "ClusterIP");
}

#[test]
fn default_settings() {
    let objects = render_with(&[], &[]);
    let hpa = find(&objects, "HorizontalPodAutoscaler", "istiod");
    assert_eq!(hpa["spec"]["minReplicas"], 1);
    assert_eq!(hpa["spec"]["maxReplicas"], 5);
    let istiod = find(&objects, "Deployment", "istiod");
    assert!(istiod["spec"].get("replicas").is_none());
    assert_eq!(env_value(istiod, "PILOT_TRACE_SAMPLING"), Some(&json!("1")));
    let mesh = find(&objects, "ConfigMap", "istio")["data"]["mesh"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(!mesh.contains("accessLogFile"), "{mesh}");
    assert!(
        mesh.contains("discoveryAddress: istiod.istio-system.svc:15012"),
        "{mesh}"
    );
    assert_eq!(
        find(&objects, "Service", "istio-ingressgateway")["spec"]["type"],
        "LoadBalancer"
    );
}

#[test]
fn ambient_settings() {
    let objects = render_with(&[], &["profile=ambient"]);
    let istiod = find(&objects, "Deployment", "istiod");
    assert_eq!(
        env_value(istiod, "PILOT_ENABLE_AMBIENT"),
        Some(&json!("true"))
    );
    assert!(
        istiod["spec"]["template"]["spec"]["containers"][0]["image"]
            .as_str()
            .unwrap()
            .ends_with("-distroless")
    );
    let cni = find(&objects, "ConfigMap", "istio-cni-config");
    assert_eq!(cni["data"]["AMBIENT_ENABLED"], "true");
    let zt = find(&objects, "DaemonSet", "ztunnel");
    assert_eq!(
        zt["spec"]["template"]["spec"]["containers"][0]["resources"]["requests"],
        json!({"cpu": "200m", "memory": "512Mi"})
    );
}

#[test]
fn revision_names_everything_like_istioctl() {
    let objects = render_with(&[], &["revision=canary"]);
    for (kind, name) in [
        ("Deployment", "istiod-canary"),
        ("Service", "istiod-canary"),
        ("ServiceAccount", "istiod-canary"),
        ("ConfigMap", "istio-canary"),
        ("ConfigMap", "istio-sidecar-injector-canary"),
        ("ConfigMap", "values-canary"),
        (
            "MutatingWebhookConfiguration",
            "istio-sidecar-injector-canary",
        ),
        (
            "ValidatingWebhookConfiguration",
            "istio-validator-canary-istio-system",
        ),
        ("ClusterRole", "istiod-clusterrole-canary-istio-system"),
        ("HorizontalPodAutoscaler", "istiod-canary"),
    ] {
        let o = find(&objects, kind, name);
        assert_eq!(
            o["metadata"]["labels"]["istio.io/rev"], "canary",
            "{kind} {name}"
        );
    }
    let mwc = find(
        &objects,
        "MutatingWebhookConfiguration",
        "istio-sidecar-injector-canary",
    );
    assert_eq!(
        mwc["webhooks"].as_array().unwrap().len(),
        2,
        "a revision has only the rev.* webhooks"
    );
    let gw = find(&objects, "Deployment", "istio-ingressgateway");
    let ca = gw["spec"]["template"]["spec"]["containers"][0]["env"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["name"] == "CA_ADDR")
        .unwrap();
    assert_eq!(ca["value"], "istiod-canary.istio-system.svc:15012");
}

#[test]
fn files_apply_in_order_then_set_wins() {
    let objects = render_with(&["small-pilot.yaml", "override.yaml"], &[]);
    let istiod = find(&objects, "Deployment", "istiod");
    assert_eq!(istiod["spec"]["replicas"], 3, "the later file wins");
    assert_eq!(env_value(istiod, "PILOT_FOO"), Some(&json!("bar")));
    assert_eq!(
        istiod["metadata"]["labels"]["install.operator.istio.io/owning-resource"],
        "small"
    );
    let mesh = find(&objects, "ConfigMap", "istio")["data"]["mesh"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        mesh.contains("accessLogFile: /var/log/access.log"),
        "{mesh}"
    );

    let objects = render_with(
        &["small-pilot.yaml", "override.yaml"],
        &["values.pilot.replicaCount=4"],
    );
    assert_eq!(
        find(&objects, "Deployment", "istiod")["spec"]["replicas"],
        4,
        "--set beats files"
    );
    // a PDB appears once istiod has more than one replica
    assert!(
        objects
            .iter()
            .any(|o| o.kind() == "PodDisruptionBudget" && o.name() == "istiod")
    );
}

#[test]
fn set_profile_and_components() {
    let objects = render_with(
        &[],
        &[
            "profile=minimal",
            "components.egressGateways[0].enabled=true",
        ],
    );
    assert!(
        objects
            .iter()
            .any(|o| o.name() == "istio-egressgateway" && o.kind() == "Deployment")
    );
    assert!(!objects.iter().any(|o| o.name() == "istio-ingressgateway"));
    let objects = render_with(
        &[],
        &[
            "meshConfig.accessLogFile=/dev/stderr",
            "values.global.hub=example.com/mirror",
            "tag=1.2.3",
        ],
    );
    let mesh = find(&objects, "ConfigMap", "istio")["data"]["mesh"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(mesh.contains("accessLogFile: /dev/stderr"));
    let image = &find(&objects, "Deployment", "istiod")["spec"]["template"]["spec"]["containers"]
        [0]["image"];
    assert_eq!(image, "example.com/mirror/pilot:1.2.3");
}

#[test]
fn component_k8s_settings_are_applied() {
    let objects = render_with(&["k8s-overrides.yaml"], &[]);
    let istiod = find(&objects, "Deployment", "istiod");
    assert_eq!(env_value(istiod, "PILOT_TRACE_SAMPLING"), Some(&json!("7")));
    assert_eq!(env_value(istiod, "EXTRA"), Some(&json!("1")));
    assert_eq!(
        find(&objects, "HorizontalPodAutoscaler", "istiod")["spec"]["maxReplicas"],
        9
    );
    let svc = find(&objects, "Service", "istio-ingressgateway");
    assert_eq!(svc["spec"]["type"], "NodePort");
    assert_eq!(svc["spec"]["ports"].as_array().unwrap().len(), 3);
    let gw = find(&objects, "Deployment", "istio-ingressgateway");
    // a strategic merge over the chart's resources, as istioctl patches: requests.cpu
    // replaced, the chart's memory request and limits kept
    assert_eq!(
        gw["spec"]["template"]["spec"]["containers"][0]["resources"],
        json!({"requests": {"cpu": 1, "memory": "128Mi"}, "limits": {"cpu": "2000m", "memory": "1024Mi"}})
    );
}

fn sailctl() -> Command {
    Command::cargo_bin("sailctl").unwrap()
}

fn stderr_of(args: &[&str]) -> (i32, String) {
    let out = sailctl().args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).to_string(),
    )
}

#[test]
fn bad_set_paths_are_usage_errors_naming_the_path() {
    let (code, err) = stderr_of(&[
        "manifest",
        "generate",
        "--set",
        "components.pilot.enabeld=true",
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("spec.components.pilot.enabeld"), "{err}");
    assert!(
        err.contains("did you mean spec.components.pilot.enabled"),
        "{err}"
    );

    let (code, err) = stderr_of(&["manifest", "generate", "--set", "values.global.hubb=x"]);
    assert_eq!(code, 2);
    assert!(err.contains("spec.values.global.hubb"), "{err}");

    let (code, err) = stderr_of(&[
        "manifest",
        "generate",
        "--set",
        "components.pilot.enabled=maybe",
    ]);
    assert_eq!(code, 2);
    assert!(
        err.contains("spec.components.pilot.enabled") && err.contains("must be of type boolean"),
        "{err}"
    );

    let (code, err) = stderr_of(&["manifest", "generate", "--set", "novalue"]);
    assert_eq!(code, 2);
    assert!(err.contains("expected path=value"), "{err}");

    let (code, err) = stderr_of(&["manifest", "generate", "--set", "profile=nope"]);
    assert_eq!(code, 2);
    assert!(err.contains("unknown profile \"nope\""), "{err}");
}

#[test]
fn bad_files_are_usage_errors_with_locations() {
    let (code, err) = stderr_of(&["manifest", "generate", "-f", &fixture("bad-field.yaml")]);
    assert_eq!(code, 2);
    assert!(err.contains("bad-field.yaml:7:"), "{err}");
    assert!(err.contains("spec.components.pilot.replicas"), "{err}");

    let (code, err) = stderr_of(&["manifest", "generate", "-f", &fixture("two-docs.yaml")]);
    assert_eq!(code, 2);
    assert!(
        err.contains("two-docs.yaml:6") && err.contains("only one IstioOperator"),
        "{err}"
    );

    let (code, err) = stderr_of(&["manifest", "generate", "-f", &fixture("not-iop.yaml")]);
    assert_eq!(code, 2);
    assert!(err.contains("kind is ConfigMap"), "{err}");

    let (code, err) = stderr_of(&["manifest", "generate", "-f", &fixture("missing.yaml")]);
    assert_eq!(code, 2);
    assert!(
        err.contains("missing.yaml") && err.contains("no such file"),
        "{err}"
    );

    let (code, err) = stderr_of(&["manifest", "generate", "--component", "Pilott"]);
    assert_eq!(code, 2);
    assert!(err.contains("unknown component"), "{err}");
}

#[test]
fn generate_json_and_component_filter() {
    let out = sailctl()
        .args([
            "manifest",
            "generate",
            "--component",
            "Pilot",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let list: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(list["kind"], "List");
    let items = list["items"].as_array().unwrap();
    assert_eq!(items.len(), 17);
    assert!(
        items
            .iter()
            .all(|i| i["metadata"]["labels"]["operator.istio.io/component"] == "Pilot")
    );
}

#[test]
fn generate_output_passes_validate() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("demo.yaml");
    let out = sailctl()
        .args(["manifest", "generate", "--set", "profile=demo"])
        .output()
        .unwrap();
    assert!(out.status.success());
    std::fs::write(&path, &out.stdout).unwrap();
    let v = sailctl()
        .args(["validate", "-f", path.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(
        v.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&v.stdout)
    );
    assert!(String::from_utf8_lossy(&v.stdout).contains("42 resources"));
}

#[test]
fn profile_list() {
    let out = sailctl().args(["profile", "list"]).output().unwrap();
    insta::assert_snapshot!(String::from_utf8_lossy(&out.stdout));
}

#[test]
fn profile_dump_config_path() {
    let out = sailctl()
        .args([
            "profile",
            "dump",
            "demo",
            "--config-path",
            "components",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["egressGateways"][0]["enabled"], true);
    assert_eq!(v["ingressGateways"][0]["name"], "istio-ingressgateway");

    let (code, err) = stderr_of(&[
        "profile",
        "dump",
        "demo",
        "--config-path",
        "components.nope",
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("components.nope"), "{err}");
}

#[test]
fn profile_diff() {
    let out = sailctl()
        .args(["profile", "diff", "default", "demo", "--color", "never"])
        .output()
        .unwrap();
    assert!(out.status.success());
    insta::assert_snapshot!(String::from_utf8_lossy(&out.stdout));
    let out = sailctl()
        .args(["profile", "diff", "default", "default"])
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "Profiles default and default are the same\n"
    );
}

#[test]
fn profiles_from_a_directory() {
    let dir = fixture("profiles");
    let out = sailctl()
        .args(["profile", "list", "--manifests", &dir])
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "Istio configuration profiles:\n    default\n    with-pilot\n"
    );
    let merged = build(&Inputs {
        set: vec!["profile=with-pilot".into()],
        profile_dir: Some(dir.clone().into()),
        ..Default::default()
    })
    .unwrap();
    let objects = render::render(&merged).unwrap();
    assert_eq!(
        objects
            .iter()
            .filter(|o| o.kind() == "CustomResourceDefinition")
            .count(),
        15
    );
    assert_eq!(
        find(&objects, "Deployment", "istiod")["spec"]["replicas"],
        1
    );
    assert!(
        !objects
            .iter()
            .any(|o| o.kind() == "HorizontalPodAutoscaler")
    );
    // installPackagePath in the IstioOperator points at a directory the same way
    let merged = build(&Inputs {
        set: vec![format!("installPackagePath={dir}")],
        ..Default::default()
    })
    .unwrap();
    assert_eq!(render::render(&merged).unwrap().len(), 16);
    let (code, err) = stderr_of(&[
        "manifest",
        "generate",
        "--manifests",
        &dir,
        "--set",
        "profile=demo",
    ]);
    assert_eq!(code, 2);
    assert!(
        err.contains("unknown profile \"demo\"") && err.contains("with-pilot"),
        "{err}"
    );
}

#[test]
fn istio_namespace_moves_components_and_names() {
    let objects = render_with(&[], &["values.global.istioNamespace=mesh"]);
    for o in &objects {
        if let Some(ns) = o.namespace() {
            assert_eq!(ns, "mesh", "{} {}", o.kind(), o.name());
        }
    }
    find(
        &objects,
        "MutatingWebhookConfiguration",
        "istio-sidecar-injector-mesh",
    );
    find(
        &objects,
        "ValidatingWebhookConfiguration",
        "istio-validator-mesh",
    );
    find(&objects, "ClusterRole", "istiod-clusterrole-mesh");
    let mesh = find(&objects, "ConfigMap", "istio")["data"]["mesh"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        mesh.contains("rootNamespace: mesh") && mesh.contains("istiod.mesh.svc:15012"),
        "{mesh}"
    );
}

#[test]
fn stdin_is_read_with_dash() {
    let out = sailctl()
        .args(["manifest", "generate", "-f", "-", "--component", "Pilot"])
        .write_stdin("apiVersion: install.istio.io/v1alpha1\nkind: IstioOperator\nspec:\n  values:\n    pilot:\n      autoscaleEnabled: false\n")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    // no HPA object (the injector's kube-gateway template, inside a ConfigMap, mentions one)
    assert!(!text.lines().any(|l| l == "kind: HorizontalPodAutoscaler"));
    assert!(text.lines().any(|l| l == "kind: Deployment"));
    assert!(text.contains("replicas: 1"));
}

#[test]
fn component_hub_and_tag_override_the_global_ones() {
    let objects = render_with(
        &[],
        &[
            "components.pilot.hub=registry.example/istio",
            "components.pilot.tag=9.9.9",
            "components.ingressGateways[0].tag=8.8.8",
        ],
    );
    let image = |name: &str| {
        find(&objects, "Deployment", name)["spec"]["template"]["spec"]["containers"][0]["image"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(image("istiod"), "registry.example/istio/pilot:9.9.9");
    assert_eq!(
        image("istio-ingressgateway"),
        "docker.io/istio/proxyv2:8.8.8"
    );
}

#[test]
fn injection_template_gateways_render_a_pod_for_the_injector() {
    let objects = render_with(&["injected-gateways.yaml"], &[]);
    let ingress = find(&objects, "Deployment", "istio-ingressgateway");
    let pod = &ingress["spec"]["template"];
    assert_eq!(
        pod["metadata"]["annotations"]["inject.istio.io/templates"],
        "gateway"
    );
    assert_eq!(
        pod["metadata"]["annotations"]["sidecar.istio.io/inject"],
        "true"
    );
    assert_eq!(pod["metadata"]["labels"]["sidecar.istio.io/inject"], "true");
    // no revision given: the pod names none (the injector's default revision takes it)
    assert!(pod["metadata"]["labels"].get("istio.io/rev").is_none());
    let proxy = &pod["spec"]["containers"][0];
    assert_eq!(proxy["image"], "auto");
    // the injector brings the proxy's arguments, probes and istiod volumes
    assert!(proxy.get("args").is_none() && proxy.get("readinessProbe").is_none());
    assert_eq!(
        proxy["env"],
        json!([{"name": "ISTIO_META_UNPRIVILEGED_POD", "value": "true"},
               {"name": "EXTRA_FLAG", "value": "on"}])
    );
    assert_eq!(proxy["resources"]["limits"]["cpu"], "4800m");
    assert_eq!(
        pod["spec"]["volumes"][0],
        json!({"name": "ingressgateway-certs",
               "secret": {"secretName": "istio-ingressgateway-certs", "optional": true}})
    );
    assert_eq!(
        find(&objects, "HorizontalPodAutoscaler", "istio-ingressgateway")["spec"]["minReplicas"],
        3
    );
    // runAsRoot: neither the pod's nor the container's unprivileged settings
    let egress = find(&objects, "Deployment", "istio-egressgateway");
    let egress_pod = &egress["spec"]["template"]["spec"];
    assert!(egress_pod.get("securityContext").is_none());
    assert!(egress_pod["containers"][0].get("securityContext").is_none());
    // nothing to put in env: no field (the chart renders an empty list as null)
    assert!(egress_pod["containers"][0].get("env").is_none());
}

#[test]
fn empty_keys_and_k8s_patches_render_as_istioctl_reads_them() {
    let objects = render_with(&["empty-keys-and-patches.yaml"], &[]);
    // `autoscaleEnabled:` (null) is false: no HPA, the Deployment keeps its replicas
    assert!(
        !objects
            .iter()
            .any(|o| o.kind() == "HorizontalPodAutoscaler" && o.name() == "istiod"),
        "{}",
        listing(&objects)
    );
    let istiod = find(&objects, "Deployment", "istiod");
    let env = istiod["spec"]["template"]["spec"]["containers"][0]["env"]
        .as_array()
        .unwrap();
    let ns = env.iter().find(|e| e["name"] == "POD_NAMESPACE").unwrap();
    assert_eq!(
        ns["valueFrom"],
        json!({"fieldRef": {"apiVersion": "v1", "fieldPath": "metadata.annotations['ns']"}})
    );
    let pdb = find(&objects, "PodDisruptionBudget", "istiod");
    assert_eq!(pdb["spec"]["maxUnavailable"], 1);
    assert!(pdb["spec"].get("minAvailable").is_none(), "{pdb}");
}

#[test]
fn values_or_spec_left_empty_keep_the_profile() {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in [
        (
            "spec.yaml",
            "apiVersion: install.istio.io/v1alpha1\nkind: IstioOperator\nspec:\n",
        ),
        (
            "values.yaml",
            "apiVersion: install.istio.io/v1alpha1\nkind: IstioOperator\nspec:\n  values:\n",
        ),
    ] {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        let merged = build(&Inputs {
            files: vec![path.display().to_string()],
            set: vec![],
            profile_dir: None,
        })
        .unwrap();
        let objects = render::render(&merged).unwrap();
        let gw = find(&objects, "Deployment", "istio-ingressgateway");
        // the default profile's gateway values are all there: ports and resources
        let proxy = &gw["spec"]["template"]["spec"]["containers"][0];
        assert!(proxy["ports"].as_array().unwrap().len() > 1, "{name}");
        assert_eq!(proxy["resources"]["requests"]["cpu"], "100m", "{name}");
        assert_eq!(
            gw["spec"]["strategy"]["rollingUpdate"]["maxSurge"], "100%",
            "{name}"
        );
    }
}

#[test]
fn a_remote_cluster_reaches_the_primarys_istiod() {
    let by_ip = render_with(
        &[],
        &[
            "profile=remote",
            "values.global.remotePilotAddress=169.10.112.88",
        ],
    );
    let slice = find(&by_ip, "EndpointSlice", "istiod");
    assert_eq!(slice["addressType"], "IPv4");
    assert_eq!(slice["endpoints"][0]["addresses"], json!(["169.10.112.88"]));
    assert_eq!(
        slice["metadata"]["labels"]["kubernetes.io/service-name"],
        "istiod"
    );
    let svc = find(&by_ip, "Service", "istiod");
    assert!(svc["spec"].get("selector").is_none() && svc["spec"].get("type").is_none());
    assert_eq!(svc["spec"]["ports"][1]["targetPort"], 15017);

    let by_name = render_with(
        &[],
        &[
            "profile=remote",
            "values.global.remotePilotAddress=istiod.primary.example.com",
        ],
    );
    assert!(!by_name.iter().any(|o| o.kind() == "EndpointSlice"));
    let svc = find(&by_name, "Service", "istiod");
    assert_eq!(svc["spec"]["type"], "ExternalName");
    assert_eq!(svc["spec"]["externalName"], "istiod.primary.example.com");
}

#[test]
fn network_policies_for_every_workload_when_asked() {
    let objects = render_with(
        &[],
        &[
            "profile=ambient",
            "components.ingressGateways[0].enabled=true",
            "components.ingressGateways[0].name=istio-ingressgateway",
            "values.global.networkPolicy.enabled=true",
        ],
    );
    let names: Vec<&str> = objects
        .iter()
        .filter(|o| o.kind() == "NetworkPolicy")
        .map(|o| o.name())
        .collect();
    assert_eq!(
        names,
        ["istiod", "istio-ingressgateway", "istio-cni", "ztunnel"],
        "{}",
        listing(&objects)
    );
    let istiod = find(&objects, "NetworkPolicy", "istiod");
    assert_eq!(
        istiod["spec"]["podSelector"]["matchLabels"],
        json!({"app": "istiod", "istio.io/rev": "default"})
    );
    assert_eq!(
        istiod["spec"]["ingress"][0],
        json!({"ports": [{"protocol": "TCP", "port": 15017}]})
    );
    assert_eq!(istiod["spec"]["egress"], json!([{}]));
    // a gateway lets in its ports' targets (80 -> 8080, 443 -> 8443)
    let gw = find(&objects, "NetworkPolicy", "istio-ingressgateway");
    let ports: Vec<&Value> = gw["spec"]["ingress"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|r| r["ports"].as_array().unwrap())
        .map(|p| &p["port"])
        .collect();
    assert!(
        ports.contains(&&json!(8080)) && ports.contains(&&json!(8443)),
        "{ports:?}"
    );
    let zt = find(&objects, "NetworkPolicy", "ztunnel");
    assert_eq!(
        zt["spec"]["ingress"].as_array().unwrap().last().unwrap()["ports"],
        json!([{"protocol": "TCP", "port": 15053}, {"protocol": "UDP", "port": 15053}])
    );
    // off by default
    let plain = render_with(&[], &["profile=ambient"]);
    assert!(!plain.iter().any(|o| o.kind() == "NetworkPolicy"));
}
