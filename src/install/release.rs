//! The one Istio release sailctl installs and speaks for. Everything that names an Istio
//! version reads it from here: the built-in profiles' `hub` and `tag` (so every image),
//! `sailctl version`, `x precheck --from-version`'s target, the install record and
//! `upgrade`'s target.
//!
//! Which facts follow this release:
//! - images: `docker.io/istio/<component>:1.31.0` (`--set hub=... / tag=...` override them);
//! - chart facts and templates: the istio.io/istio module pinned by tools/real-cluster
//!   (v0.0.0-20260827124520-eed52ebb66ad, on the release-1.31 branch); its `manifests/` tree is
//!   identical to the `1.31.0-rc.0` tag's;
//! - CRDs: versions, served/storage, schemas, validation rules and printer columns of
//!   istio.io/api v1.31.0 (the same as v1.31.4's and as the pinned module's
//!   `manifests/charts/base/files/crd-all.gen.yaml`), without Istio's description prose.

/// The Istio release (image tag, the version `version` and `upgrade` speak of).
pub const ISTIO: &str = "1.31.0";

/// The registry the release's images come from.
pub const HUB: &str = "docker.io/istio";

/// What `sailctl version` prints as the client version: `sailctl 0.1.0 (Istio 1.31.0)`.
pub fn client_version() -> String {
    format!("sailctl {} (Istio {ISTIO})", env!("CARGO_PKG_VERSION"))
}

/// Put the release's hub and tag into a profile that does not set them (the built-in
/// profiles never do: the release is decided here, not in profiles/*.yaml).
pub fn pin(profile: &mut serde_json::Value) {
    let Some(spec) = profile
        .as_object_mut()
        .map(|o| o.entry("spec").or_insert_with(|| serde_json::json!({})))
        .and_then(serde_json::Value::as_object_mut)
    else {
        return;
    };
    spec.entry("hub").or_insert_with(|| HUB.into());
    spec.entry("tag").or_insert_with(|| ISTIO.into());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_release_is_a_full_version() {
        let parts: Vec<&str> = ISTIO.split('.').collect();
        assert_eq!(parts.len(), 3, "{ISTIO}");
        assert!(parts.iter().all(|p| p.parse::<u32>().is_ok()), "{ISTIO}");
        assert_eq!(
            crate::install::precheck::major_minor(ISTIO),
            Some((1, 31)),
            "the chart facts and templates are release-1.31's"
        );
    }

    #[test]
    fn pin_fills_only_what_is_missing() {
        let mut p = serde_json::json!({"spec": {"hub": "example.com/istio"}});
        pin(&mut p);
        assert_eq!(p["spec"]["hub"], "example.com/istio");
        assert_eq!(p["spec"]["tag"], ISTIO);
        let mut empty = serde_json::json!({});
        pin(&mut empty);
        assert_eq!(empty["spec"]["hub"], HUB);
    }

    #[test]
    fn no_builtin_profile_names_a_release() {
        for (name, text) in crate::install::profiles::BUILTIN {
            let doc = crate::install::values::parse_operator(name, text).expect("profile YAML");
            assert!(
                doc["spec"].get("tag").is_none(),
                "profiles/{name}.yaml sets tag"
            );
            assert!(
                doc["spec"].get("hub").is_none(),
                "profiles/{name}.yaml sets hub"
            );
            let global = &doc["spec"]["values"]["global"];
            assert!(
                global.get("tag").is_none() && global.get("hub").is_none(),
                "{name}"
            );
        }
    }
}
