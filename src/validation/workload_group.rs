//! WorkloadGroup: the template is required, metadata labels, and the readiness probe.

use serde_json::Value;

use super::common::{Cx, P, arr, get, has, int, s};
use super::{ports, selector};

pub fn check(_res: &crate::resource::Resource, spec: &Value, p: &P, cx: &mut Cx) {
    if !has(spec, "template") {
        cx.err(&p.k("template"), "template is required");
        return;
    }
    if let Some(m) = get(spec, "metadata") {
        selector::label_map(cx, m, "labels", &p.k("metadata"));
    }
    if let Some(probe) = get(spec, "probe") {
        readiness_probe(cx, probe, &p.k("probe"));
    }
}

fn readiness_probe(cx: &mut Cx, pr: &Value, p: &P) {
    for k in [
        "periodSeconds",
        "initialDelaySeconds",
        "timeoutSeconds",
        "successThreshold",
        "failureThreshold",
    ] {
        if int(pr, k).unwrap_or(0) < 0 {
            cx.err(&p.k(k), format!("{k} must not be negative"));
        }
    }
    if let Some(h) = get(pr, "httpGet") {
        let ph = p.k("httpGet");
        cx.check(&ph.k("port"), ports::port(int(h, "port").unwrap_or(0)));
        let scheme = s(h, "scheme");
        if !scheme.is_empty() && scheme != "HTTP" && scheme != "HTTPS" {
            cx.err(&ph.k("scheme"), "httpGet.scheme must be HTTP or HTTPS");
        }
        let phh = ph.k("httpHeaders");
        for (i, hd) in arr(h, "httpHeaders").iter().enumerate() {
            let name = s(hd, "name");
            if name.is_empty() {
                cx.err(&phh.i(i).k("name"), "header name cannot be empty");
            } else if !name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
                cx.err(
                    &phh.i(i).k("name"),
                    format!("header name {name:?} may only contain letters, digits and '-'"),
                );
            }
        }
    } else if let Some(t) = get(pr, "tcpSocket") {
        cx.check(
            &p.k("tcpSocket").k("port"),
            ports::port(int(t, "port").unwrap_or(0)),
        );
    } else if let Some(e) = get(pr, "exec") {
        if arr(e, "command").is_empty() {
            cx.err(&p.k("exec").k("command"), "exec.command is required");
        }
    } else if has(pr, "grpc") {
        // gRPC health checks have no further rules
    } else {
        cx.err(
            p,
            "the probe needs a health check method: httpGet, tcpSocket or exec",
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::validation::testing::*;

    fn wg(spec: &str) -> String {
        format!(
            "apiVersion: networking.istio.io/v1\nkind: WorkloadGroup\nmetadata:\n  name: g\nspec:\n{spec}"
        )
    }

    #[test]
    fn template_and_probe() {
        assert_clean(&wg(
            "  template: {serviceAccount: sa}\n  probe:\n    httpGet: {port: 8080, path: /ready}\n",
        ));
        assert_finding(
            &wg("  metadata: {labels: {app: x}}\n"),
            "spec.template",
            "required",
        );
        let d = wg(
            "  template: {}\n  probe:\n    periodSeconds: -1\n    httpGet: {port: 0, scheme: FTP, httpHeaders: [{name: \"x y\"}]}\n",
        );
        assert_finding(&d, "spec.probe.periodSeconds", "negative");
        assert_finding(&d, "spec.probe.httpGet.port", "1..65535");
        assert_finding(&d, "spec.probe.httpGet.scheme", "HTTP or HTTPS");
        assert_finding(&d, "spec.probe.httpGet.httpHeaders[0].name", "letters");
        assert_finding(
            &wg("  template: {}\n  probe: {periodSeconds: 5}\n"),
            "spec.probe",
            "health check method",
        );
        assert_finding(
            &wg("  template: {}\n  metadata: {labels: {\"a b\": c}}\n"),
            "spec.metadata.labels[\"a b\"]",
            "invalid label key",
        );
    }
}
