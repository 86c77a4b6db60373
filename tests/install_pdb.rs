//! PodDisruptionBudgets by the charts' rule (autoscaling with `autoscaleMin` > 1, or
//! `replicaCount` > 1 without autoscaling), for every way those values are set: the chart
//! values themselves, and the IstioOperator's `k8s.hpaSpec.minReplicas` / `k8s.replicaCount`,
//! which istioctl copies into the chart values before the charts read them.

use std::io::Write;

use assert_cmd::Command;
use serde_json::Value;

fn generate(set: &[&str], file: Option<&str>) -> Vec<Value> {
    let mut cmd = Command::cargo_bin("sailctl").expect("sailctl");
    cmd.args(["manifest", "generate", "--format", "json"]);
    let tmp = file.map(|text| {
        let mut f = tempfile::NamedTempFile::new().expect("tempfile");
        f.write_all(text.as_bytes()).expect("write");
        f
    });
    if let Some(f) = &tmp {
        cmd.arg("-f").arg(f.path());
    }
    for s in set {
        cmd.args(["--set", s]);
    }
    let out = cmd.output().expect("run sailctl");
    assert!(
        out.status.success(),
        "manifest generate {set:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let list: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    list["items"].as_array().cloned().unwrap_or_default()
}

fn pdbs(objects: &[Value]) -> Vec<String> {
    objects
        .iter()
        .filter(|o| o["kind"] == "PodDisruptionBudget")
        .map(|o| {
            o["metadata"]["name"]
                .as_str()
                .unwrap_or_default()
                .to_string()
        })
        .collect()
}

fn find<'a>(objects: &'a [Value], kind: &str, name: &str) -> &'a Value {
    objects
        .iter()
        .find(|o| o["kind"] == kind && o["metadata"]["name"] == name)
        .unwrap_or_else(|| panic!("no {kind} {name}"))
}

#[test]
fn the_default_profile_has_no_istiod_pdb() {
    assert!(!pdbs(&generate(&[], None)).contains(&"istiod".to_string()));
    // one replica without autoscaling: none either
    let objs = generate(
        &[
            "values.pilot.autoscaleEnabled=false",
            "values.pilot.replicaCount=1",
        ],
        None,
    );
    assert!(!pdbs(&objs).contains(&"istiod".to_string()));
}

#[test]
fn istiod_gets_a_pdb_from_hpa_min_replicas_in_either_form() {
    for set in [
        "components.pilot.k8s.hpaSpec.minReplicas=2",
        "values.pilot.autoscaleMin=2",
    ] {
        let objs = generate(&[set], None);
        assert!(pdbs(&objs).contains(&"istiod".to_string()), "{set}");
        let pdb = find(&objs, "PodDisruptionBudget", "istiod");
        assert_eq!(pdb["spec"]["minAvailable"], 1, "{set}");
        assert_eq!(pdb["spec"]["selector"]["matchLabels"]["istio"], "pilot");
        // the HPA agrees
        let hpa = find(&objs, "HorizontalPodAutoscaler", "istiod");
        assert_eq!(hpa["spec"]["minReplicas"], 2, "{set}");
    }
}

#[test]
fn istiod_gets_a_pdb_from_replica_count_without_autoscaling() {
    for set in [
        [
            "values.pilot.autoscaleEnabled=false",
            "values.pilot.replicaCount=2",
        ],
        [
            "values.pilot.autoscaleEnabled=false",
            "components.pilot.k8s.replicaCount=2",
        ],
    ] {
        let objs = generate(&set, None);
        assert!(pdbs(&objs).contains(&"istiod".to_string()), "{set:?}");
        assert_eq!(find(&objs, "Deployment", "istiod")["spec"]["replicas"], 2);
    }
    // with autoscaling on (the default) the replica count decides nothing
    let objs = generate(&["values.pilot.replicaCount=3"], None);
    assert!(!pdbs(&objs).contains(&"istiod".to_string()));
}

#[test]
fn a_gateway_gets_a_pdb_from_its_k8s_settings() {
    let iop = "apiVersion: install.istio.io/v1alpha1
kind: IstioOperator
spec:
  components:
    ingressGateways:
    - name: istio-ingressgateway
      enabled: true
      k8s:
        hpaSpec:
          minReplicas: 3
          maxReplicas: 5
";
    let objs = generate(&[], Some(iop));
    assert!(
        pdbs(&objs).contains(&"istio-ingressgateway".to_string()),
        "{:?}",
        pdbs(&objs)
    );
    let hpa = find(&objs, "HorizontalPodAutoscaler", "istio-ingressgateway");
    assert_eq!(hpa["spec"]["minReplicas"], 3);
    assert_eq!(hpa["spec"]["maxReplicas"], 5);
    // the default gateway (one replica, autoscaling 1..5) has none
    assert!(!pdbs(&generate(&[], None)).contains(&"istio-ingressgateway".to_string()));
}
