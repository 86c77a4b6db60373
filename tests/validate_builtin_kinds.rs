//! Built-in Kubernetes kinds: every kind and version the pinned kube-apiserver serves is known to
//! `validate` (src/schema/k8s_kinds.rs, generated from its discovery), and an API that Kubernetes
//! or Istio removed is named with the release that removed it and what replaces it.

use assert_cmd::Command;

fn validate(doc: &str) -> (i32, String) {
    let out = Command::cargo_bin("sailctl")
        .unwrap()
        .args(["validate", "-f", "-"])
        .write_stdin(doc)
        .output()
        .unwrap();
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    (out.status.code().unwrap_or(-1), text)
}

fn doc(api_version: &str, kind: &str) -> String {
    format!("apiVersion: {api_version}\nkind: {kind}\nmetadata:\n  name: x\n")
}

#[test]
fn current_builtin_kinds_are_valid() {
    for (av, kind) in [
        ("storage.k8s.io/v1", "CSIDriver"),
        ("storage.k8s.io/v1", "VolumeAttributesClass"),
        ("networking.k8s.io/v1", "ServiceCIDR"),
        ("resource.k8s.io/v1", "DeviceClass"),
        ("coordination.k8s.io/v1", "Lease"),
        ("scheduling.k8s.io/v1", "PriorityClass"),
        ("v1", "PodTemplate"),
    ] {
        let (code, text) = validate(&doc(av, kind));
        assert_eq!(code, 0, "{kind} {av}: {text}");
        assert!(!text.contains("unknown"), "{kind} {av}: {text}");
    }
}

#[test]
fn removed_apis_name_the_release_and_the_replacement() {
    for (av, kind, want) in [
        (
            "policy/v1beta1",
            "PodSecurityPolicy",
            "policy/v1beta1 was removed in Kubernetes 1.25; use Pod Security Admission",
        ),
        (
            "policy/v1",
            "PodSecurityPolicy",
            "PodSecurityPolicy is no longer served: removed in Kubernetes 1.25 (last as policy/v1beta1)",
        ),
        (
            "extensions/v1beta1",
            "Deployment",
            "extensions/v1beta1 was removed in Kubernetes 1.16; use apps/v1",
        ),
        (
            "networking.k8s.io/v1beta1",
            "Ingress",
            "networking.k8s.io/v1beta1 was removed in Kubernetes 1.22; use networking.k8s.io/v1",
        ),
        (
            "storage.k8s.io/v1beta1",
            "CSIDriver",
            "storage.k8s.io/v1beta1 was removed in Kubernetes 1.22; use storage.k8s.io/v1",
        ),
        (
            "autoscaling/v2beta2",
            "HorizontalPodAutoscaler",
            "autoscaling/v2beta2 was removed in Kubernetes 1.26; use autoscaling/v2",
        ),
        (
            "rbac.istio.io/v1alpha1",
            "ServiceRole",
            "was removed in Istio 1.6; use AuthorizationPolicy",
        ),
    ] {
        let (code, text) = validate(&doc(av, kind));
        assert_eq!(code, 1, "{kind} {av}: {text}");
        assert!(text.contains("error[removed-api]"), "{kind} {av}: {text}");
        assert!(text.contains(want), "{kind} {av}: want {want:?} in {text}");
    }
}

#[test]
fn a_typo_in_a_builtin_group_is_still_an_unknown_kind() {
    let (code, text) = validate(&doc("batch/v1", "Jobb"));
    assert_eq!(code, 1, "{text}");
    assert!(
        text.contains("unknown kind Jobb in batch; known kinds there: CronJob, Job"),
        "{text}"
    );
}
