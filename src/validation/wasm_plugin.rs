//! WasmPlugin (and the wasm part of TrafficExtension): url scheme, sha256, size limits, VM
//! environment, traffic selector ports.

use serde_json::Value;

use super::common::{Cx, P, arr, as_int, get, s};
use super::selector;
use crate::resource::Field;

pub fn check(_res: &crate::resource::Resource, spec: &Value, p: &P, cx: &mut Cx) {
    selector::policy_targets(cx, spec, p);
    wasm_config(cx, spec, p);
    match_ports(cx, spec, p);
}

/// url, sha256, imagePullSecret, pluginName, vmConfig (shared with TrafficExtension.wasm).
pub fn wasm_config(cx: &mut Cx, v: &Value, p: &P) {
    cx.check(&p.k("url"), url(s(v, "url")));
    let sha = s(v, "sha256");
    if !sha.is_empty() {
        if sha.len() != 64 {
            cx.err(&p.k("sha256"), "sha256 must be 64 characters long");
        } else if !sha
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
        {
            cx.err(
                &p.k("sha256"),
                "sha256 must be 64 lowercase hexadecimal characters ([a-f0-9]{64})",
            );
        }
    }
    if s(v, "imagePullSecret").len() > 253 {
        cx.err(
            &p.k("imagePullSecret"),
            "imagePullSecret must be at most 253 characters long",
        );
    }
    if s(v, "pluginName").len() > 256 {
        cx.err(
            &p.k("pluginName"),
            "pluginName must be at most 256 characters long",
        );
    }
    if let Some(vm) = get(v, "vmConfig") {
        let pv = p.k("vmConfig");
        let pe = pv.k("env");
        let mut seen: Vec<&str> = Vec::new();
        for (i, env) in arr(vm, "env").iter().enumerate() {
            if env.is_null() {
                continue;
            }
            let pi = pe.i(i);
            let name = s(env, "name");
            if name.is_empty() {
                cx.err(&pi.k("name"), "env name must not be empty");
                return;
            }
            if name.len() > 256 {
                cx.err(
                    &pi.k("name"),
                    "env name must be at most 256 characters long",
                );
                return;
            }
            if seen.contains(&name) {
                cx.err(&pi.k("name"), format!("duplicate env {name}"));
                return;
            }
            seen.push(name);
            let from = s(env, "valueFrom");
            if !from.is_empty() && from != "INLINE" && !s(env, "value").is_empty() {
                cx.err(
                    &pi.k("value"),
                    "value may only be set when valueFrom is INLINE",
                );
                return;
            }
        }
    }
}

/// The module URL: `oci://`, `https://`, `http://`, `file://`, or a bare registry reference.
pub fn url(u: &str) -> Result<(), String> {
    if u.is_empty() {
        return Err("url must be set".into());
    }
    if u.bytes().any(|b| b.is_ascii_control() || b == b' ') {
        return Err(format!("url {u:?} contains spaces or control characters"));
    }
    let bytes = u.as_bytes();
    for (i, &c) in bytes.iter().enumerate() {
        if c == b'%'
            && !(bytes.len() > i + 2
                && bytes[i + 1].is_ascii_hexdigit()
                && bytes[i + 2].is_ascii_hexdigit())
        {
            return Err(format!(
                "url {u:?} is not a valid URL: '%' must start a %XX escape"
            ));
        }
    }
    // the scheme is what precedes the first ':' when that is made of scheme characters
    // (`registry:5000/x` therefore reads as scheme "registry", as Go's URL parser sees it)
    if let Some((scheme, _)) = u.split_once(':') {
        let is_scheme = scheme
            .as_bytes()
            .first()
            .is_some_and(u8::is_ascii_alphabetic)
            && scheme
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"+-.".contains(&b));
        if is_scheme && !matches!(scheme, "oci" | "http" | "https" | "file") {
            return Err(format!(
                "url scheme {scheme:?} is not supported: use oci, https, http or file"
            ));
        }
        if is_scheme {
            return Ok(());
        }
    }
    // no scheme: read as http://<url>, so the part before the first '/' is a host[:port]
    let authority = u.split('/').next().unwrap_or("");
    if !authority
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b"-._~:@[]!$&'()*+,;=".contains(&b))
    {
        return Err(format!(
            "url {u:?} is not a valid URL: {authority:?} is not a host name"
        ));
    }
    Ok(())
}

pub fn match_ports(cx: &mut Cx, spec: &Value, p: &P) {
    let pm = p.k("match");
    for (i, sel) in arr(spec, "match").iter().enumerate() {
        let pi = pm.i(i);
        if sel.is_null() {
            cx.err(&pi, "match entries may not be null");
            continue;
        }
        let pp = pi.k("ports");
        for (j, port) in arr(sel, "ports").iter().enumerate() {
            let n = port.field("number").and_then(as_int).unwrap_or(0);
            if !(1..=65535).contains(&n) {
                cx.err(
                    &pp.i(j).k("number"),
                    format!("port {n} is out of range 1..65535"),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::url;
    use crate::validation::testing::*;

    fn wp(spec: &str) -> String {
        format!(
            "apiVersion: extensions.istio.io/v1alpha1\nkind: WasmPlugin\nmetadata:\n  name: w\nspec:\n{spec}"
        )
    }

    #[test]
    fn urls() {
        for ok in [
            "oci://ghcr.io/a/b:1",
            "https://x/y.wasm",
            "file:///opt/f.wasm",
            "ghcr.io/a/b:1",
        ] {
            assert!(url(ok).is_ok(), "{ok}");
        }
        for bad in [
            "",
            "ftp://x/y",
            "s3://bucket/x",
            "a b",
            "localhost:5000/x",
            "#%blah$#@",
            "a%zz",
        ] {
            assert!(url(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn rules() {
        assert_clean(&wp(
            "  url: oci://ghcr.io/a/b:1\n  sha256: 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n  phase: AUTHN\n",
        ));
        assert_finding(&wp("  url: ftp://a/b\n"), "spec.url", "not supported");
        assert_finding(
            &wp("  url: oci://a/b\n  sha256: abc\n"),
            "spec.sha256",
            "64 characters",
        );
        assert_finding(
            &wp("  url: oci://a/b\n  vmConfig:\n    env: [{name: A}, {name: A}]\n"),
            "spec.vmConfig.env[1].name",
            "duplicate",
        );
        assert_finding(
            &wp("  url: oci://a/b\n  vmConfig:\n    env: [{name: A, valueFrom: HOST, value: x}]\n"),
            "spec.vmConfig.env[0].value",
            "INLINE",
        );
        assert_finding(
            &wp("  url: oci://a/b\n  match: [{ports: [{number: 0}]}]\n"),
            "spec.match[0].ports[0].number",
            "out of range",
        );
    }
}
