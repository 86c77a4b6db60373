//! One Istio release everywhere (src/install/release.rs): every image `manifest generate`
//! renders, for every profile, carries the release's tag and hub; `--set tag=... / hub=...`
//! move all of them; `profile dump` and `version` name the same release.

use assert_cmd::Command;
use serde_json::Value;

/// The release this sailctl installs. Spelled out here on purpose: changing the release must
/// change this test too.
const RELEASE: &str = "1.31.0";
const HUB: &str = "docker.io/istio";

const PROFILES: &[&str] = &[
    "ambient", "default", "demo", "empty", "minimal", "preview", "remote", "stable",
];

fn sailctl(args: &[&str]) -> String {
    let out = Command::cargo_bin("sailctl")
        .expect("sailctl")
        .env("NO_COLOR", "1")
        .args(args)
        .output()
        .expect("run sailctl");
    assert!(
        out.status.success(),
        "sailctl {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

/// Every container image of every object (`kind/name container image`).
fn images(set: &[&str]) -> Vec<(String, String)> {
    let mut args = vec!["manifest", "generate", "--format", "json"];
    for s in set {
        args.extend(["--set", s]);
    }
    let list: Value = serde_json::from_str(&sailctl(&args)).expect("JSON");
    let mut out = Vec::new();
    for o in list["items"].as_array().expect("items") {
        let spec = &o["spec"]["template"]["spec"];
        for field in ["containers", "initContainers"] {
            for c in spec[field].as_array().into_iter().flatten() {
                let who = format!("{}/{} {}", o["kind"], o["metadata"]["name"], c["name"]);
                out.push((who, c["image"].as_str().unwrap_or_default().to_string()));
            }
        }
    }
    out
}

/// `hub/component:tag` or `hub/component:tag-variant` (distroless, debug).
fn runs(image: &str, hub: &str, tag: &str) -> bool {
    let Some((repo, t)) = image.rsplit_once(':') else {
        return false;
    };
    let tag_ok = t == tag || t.strip_prefix(tag).is_some_and(|v| v.starts_with('-'));
    tag_ok && repo.strip_prefix(hub).is_some_and(|c| c.starts_with('/'))
}

#[test]
fn every_profile_renders_every_image_at_the_release() {
    let mut seen = 0;
    for p in PROFILES {
        let set = format!("profile={p}");
        for (who, image) in images(&[&set]) {
            assert!(
                runs(&image, HUB, RELEASE),
                "profile {p}: {who} runs {image}, not {HUB} Istio {RELEASE}"
            );
            seen += 1;
        }
        let tag = sailctl(&["profile", "dump", p, "-p", "tag"]);
        assert_eq!(tag.trim(), RELEASE, "profile {p}");
        let hub = sailctl(&["profile", "dump", p, "-p", "hub"]);
        assert_eq!(hub.trim(), HUB, "profile {p}");
    }
    // istiod, gateways, CNI, ztunnel: enough images that the check above means something
    assert!(seen >= 8, "{seen} images");
}

#[test]
fn set_hub_and_tag_move_every_image() {
    let all = images(&[
        "profile=ambient",
        "hub=registry.example.com/mesh",
        "tag=9.9.9",
    ]);
    assert!(all.len() >= 3, "{all:?}");
    for (who, image) in all {
        assert!(
            runs(&image, "registry.example.com/mesh", "9.9.9"),
            "{who}: {image}"
        );
    }
}

#[test]
fn version_names_the_release() {
    let text = sailctl(&["version", "--remote=false"]);
    assert_eq!(
        text,
        format!(
            "client version: sailctl {} (Istio {RELEASE})\n",
            env!("CARGO_PKG_VERSION")
        )
    );
    let doc: Value =
        serde_json::from_str(&sailctl(&["version", "--remote=false", "-o", "json"])).expect("JSON");
    assert_eq!(doc["clientVersion"]["version"], RELEASE);
    let yaml = sailctl(&["version", "--remote=false", "-o", "yaml"]);
    assert!(yaml.contains(&format!("version: {RELEASE}\n")), "{yaml}");
}
