//! `proxy-config bootstrap`: the bootstrap section, or its version summary (`-o short`).

use serde_json::Value;

use super::dump::{ConfigDump, DumpError};
use super::model::BootstrapDump;
use super::protojson;
use crate::output::table::Table;

/// The versions a proxy reports in its bootstrap node.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct VersionSummary {
    /// `ISTIO_VERSION` node metadata.
    pub istio_version: String,
    /// The commit part (after `:`) of `ISTIO_PROXY_SHA` node metadata.
    pub istio_proxy_sha: String,
    /// `major.minor.patch[-label][/status][/type][/ssl]` from the user agent build version.
    pub envoy_version: String,
}

fn meta_str<'a>(m: &'a std::collections::BTreeMap<String, Value>, key: &str) -> Option<&'a str> {
    m.get(key).and_then(Value::as_str)
}

pub fn summary(b: &BootstrapDump) -> VersionSummary {
    let node = &b.bootstrap.node;
    let istio_version = meta_str(&node.metadata, "ISTIO_VERSION")
        .unwrap_or_default()
        .to_string();
    let istio_proxy_sha = meta_str(&node.metadata, "ISTIO_PROXY_SHA")
        .map(|sha| sha.split(':').nth(1).unwrap_or(sha).to_string())
        .unwrap_or_default();
    let ua = &node.user_agent_build_version;
    let v = &ua.version;
    let mut envoy_version = format!("{}.{}.{}", v.major_number, v.minor_number, v.patch);
    let md = &ua.metadata;
    let part = |key: &str| {
        md.get(key)
            .map(|v| v.as_str().unwrap_or_default().to_string())
    };
    if let Some(label) = part("build.label") {
        envoy_version.push('-');
        envoy_version.push_str(&label);
    }
    for key in ["revision.status", "build.type", "ssl.version"] {
        if let Some(p) = part(key) {
            envoy_version.push('/');
            envoy_version.push_str(&p);
        }
    }
    VersionSummary {
        istio_version,
        istio_proxy_sha,
        envoy_version,
    }
}

/// `Istio Version:` / `Istio Proxy Version:` / `Envoy Version:` lines (empty values skipped).
pub fn table(s: &VersionSummary) -> Table {
    let mut t = Table::new(1);
    for (k, v) in [
        ("Istio Version:", &s.istio_version),
        ("Istio Proxy Version:", &s.istio_proxy_sha),
        ("Envoy Version:", &s.envoy_version),
    ] {
        if !v.is_empty() {
            t.row(vec![k.to_string(), v.clone()]);
        }
    }
    t
}

pub fn rows(dump: &ConfigDump) -> Result<VersionSummary, DumpError> {
    Ok(summary(&dump.bootstrap()?))
}

/// `-o json|yaml`: the `BootstrapConfigDump` as protojson.
pub fn json(dump: &ConfigDump) -> Result<Value, DumpError> {
    let mut v = dump.bootstrap_value()?;
    if let Some(obj) = v.as_object_mut() {
        obj.shift_remove("@type");
    }
    protojson::to_camel_case(&mut v);
    Ok(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_come_from_node_metadata_and_user_agent() {
        let b: BootstrapDump = serde_json::from_str(
            r#"{"bootstrap":{"node":{"metadata":{"ISTIO_VERSION":"1.24.0","ISTIO_PROXY_SHA":"istio-proxy:abc123"},
                "user_agent_build_version":{"version":{"major_number":1,"minor_number":32,"patch":2},
                "metadata":{"build.type":"RELEASE","revision.status":"Clean","build.label":"dev","ssl.version":"BoringSSL"}}}}}"#,
        )
        .unwrap();
        let s = summary(&b);
        assert_eq!(s.istio_version, "1.24.0");
        assert_eq!(s.istio_proxy_sha, "abc123");
        assert_eq!(s.envoy_version, "1.32.2-dev/Clean/RELEASE/BoringSSL");
    }

    #[test]
    fn missing_parts_print_nothing_but_the_envoy_zero_version() {
        let s = summary(&BootstrapDump::default());
        assert_eq!(s.envoy_version, "0.0.0");
        assert_eq!(table(&s).render(), "Envoy Version: 0.0.0\n");
    }
}
