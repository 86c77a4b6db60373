//! Waypoints: Gateway API `Gateway`s of class `istio-waypoint` with one HBONE listener on
//! 15008, the L7 proxies of ambient mode. This module builds them (offline) and reads the
//! state of those in a cluster; `crate::cmd::waypoint` talks to the API server.

use kube::api::GroupVersionKind;
use serde_json::{Map, Value, json};

use crate::output::table::Table;

/// The Gateway class istiod deploys waypoints for.
pub const WAYPOINT_CLASS: &str = "istio-waypoint";
/// The waypoint name istioctl uses when none is given.
pub const DEFAULT_NAME: &str = "waypoint";
/// The label saying which traffic a waypoint handles.
pub const LABEL_FOR: &str = "istio.io/waypoint-for";
/// The label naming the control plane revision.
pub const LABEL_REV: &str = "istio.io/rev";
/// The namespace (or workload/service) label enrolling it with a waypoint.
pub const LABEL_USE_WAYPOINT: &str = "istio.io/use-waypoint";
/// The namespace label putting it in ambient mode, and its value.
pub const LABEL_DATAPLANE_MODE: &str = "istio.io/dataplane-mode";
pub const DATAPLANE_AMBIENT: &str = "ambient";
/// The traffic types `--for` takes, sorted.
pub const TRAFFIC_TYPES: [&str; 4] = ["all", "none", "service", "workload"];

/// Gateway API's Gateway kind (v1).
pub fn gateway_gvk() -> GroupVersionKind {
    GroupVersionKind::gvk("gateway.networking.k8s.io", "v1", "Gateway")
}

/// The Gateway of a waypoint. `namespace` is left out when `None` (generate without `-n`).
/// Keys are in the order istioctl prints them (sorted).
pub fn gateway(
    name: &str,
    namespace: Option<&str>,
    traffic: Option<&str>,
    revision: Option<&str>,
) -> Result<Value, String> {
    let name = if name.is_empty() { DEFAULT_NAME } else { name };
    if name == "none" {
        return Err("invalid name provided for waypoint, 'none' is a reserved value".into());
    }
    let mut labels = Map::new();
    // sorted keys: istio.io/rev before istio.io/waypoint-for
    if let Some(r) = revision.filter(|r| !r.is_empty()) {
        labels.insert(LABEL_REV.into(), json!(r));
    }
    if let Some(t) = traffic.filter(|t| !t.is_empty()) {
        if !TRAFFIC_TYPES.contains(&t) {
            return Err(format!(
                "invalid traffic type: {t}. Valid options are: [{}]",
                TRAFFIC_TYPES.join(" ")
            ));
        }
        labels.insert(LABEL_FOR.into(), json!(t));
    }
    let mut meta = Map::new();
    if !labels.is_empty() {
        meta.insert("labels".into(), Value::Object(labels));
    }
    meta.insert("name".into(), json!(name));
    if let Some(ns) = namespace {
        meta.insert("namespace".into(), json!(ns));
    }
    Ok(json!({
        "apiVersion": "gateway.networking.k8s.io/v1",
        "kind": "Gateway",
        "metadata": meta,
        "spec": {
            "gatewayClassName": WAYPOINT_CLASS,
            "listeners": [{"name": "mesh", "port": 15008, "protocol": "HBONE"}],
        },
    }))
}

fn s<'a>(v: &'a Value, pointer: &str) -> &'a str {
    v.pointer(pointer)
        .and_then(Value::as_str)
        .unwrap_or_default()
}

/// Whether a Gateway is a waypoint.
pub fn is_waypoint(gw: &Value) -> bool {
    s(gw, "/spec/gatewayClassName") == WAYPOINT_CLASS
}

/// The `Programmed` condition of a Gateway, if it has one.
pub fn programmed(gw: &Value) -> Option<&Value> {
    gw.pointer("/status/conditions")
        .and_then(Value::as_array)?
        .iter()
        .find(|c| s(c, "/type") == "Programmed")
}

/// Whether the Gateway's `Programmed` condition is `True`.
pub fn is_programmed(gw: &Value) -> bool {
    programmed(gw).is_some_and(|c| s(c, "/status") == "True")
}

/// The waypoints among `gws`, by namespace and name.
pub fn waypoints(gws: Vec<Value>) -> Vec<Value> {
    let mut out: Vec<Value> = gws.into_iter().filter(is_waypoint).collect();
    out.sort_by(|a, b| {
        s(a, "/metadata/namespace")
            .cmp(s(b, "/metadata/namespace"))
            .then_with(|| s(a, "/metadata/name").cmp(s(b, "/metadata/name")))
    });
    out
}

fn label<'a>(gw: &'a Value, key: &str) -> &'a str {
    gw.pointer("/metadata/labels")
        .and_then(|l| l.get(key))
        .and_then(Value::as_str)
        .unwrap_or_default()
}

fn or<'a>(v: &'a str, default: &'a str) -> &'a str {
    if v.is_empty() { default } else { v }
}

/// `[NAMESPACE] NAME REVISION TRAFFIC TYPE PROGRAMMED` (istioctl's `waypoint list`).
pub fn list_table(wps: &[Value], all_namespaces: bool) -> String {
    let mut header = vec!["NAME", "REVISION", "TRAFFIC TYPE", "PROGRAMMED"];
    if all_namespaces {
        header.insert(0, "NAMESPACE");
    }
    let mut t = Table::with_header(5, &header);
    for gw in wps {
        let mut row = vec![
            s(gw, "/metadata/name").to_string(),
            or(label(gw, LABEL_REV), "default").to_string(),
            or(label(gw, LABEL_FOR), "none").to_string(),
            or(programmed(gw).map_or("", |c| s(c, "/status")), "False").to_string(),
        ];
        if all_namespaces {
            row.insert(0, s(gw, "/metadata/namespace").to_string());
        }
        t.row(row);
    }
    t.render()
}

/// `[NAMESPACE] NAME STATUS TYPE REASON MESSAGE`: the `Programmed` condition of each
/// waypoint (the last condition when there is none; blanks without conditions).
pub fn status_table(wps: &[Value], all_namespaces: bool) -> String {
    let mut header = vec!["NAME", "STATUS", "TYPE", "REASON", "MESSAGE"];
    if all_namespaces {
        header.insert(0, "NAMESPACE");
    }
    let mut t = Table::with_header(5, &header);
    for gw in wps {
        let last = gw
            .pointer("/status/conditions")
            .and_then(Value::as_array)
            .and_then(|c| c.last());
        let cond = programmed(gw).or(last).unwrap_or(&Value::Null);
        let mut row = vec![s(gw, "/metadata/name").to_string()];
        row.extend(["/status", "/type", "/reason", "/message"].map(|p| s(cond, p).to_string()));
        if all_namespaces {
            row.insert(0, s(gw, "/metadata/namespace").to_string());
        }
        t.row(row);
    }
    t.render()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_traffic_types_are_checked() {
        assert!(
            gateway("none", None, None, None)
                .unwrap_err()
                .contains("reserved")
        );
        let e = gateway("w", None, Some("mesh"), None).unwrap_err();
        assert_eq!(
            e,
            "invalid traffic type: mesh. Valid options are: [all none service workload]"
        );
        let gw = gateway("", Some("ns1"), Some("all"), Some("canary")).unwrap();
        assert_eq!(gw["metadata"]["name"], "waypoint");
        assert_eq!(gw["metadata"]["labels"][LABEL_FOR], "all");
        assert_eq!(gw["metadata"]["labels"][LABEL_REV], "canary");
        assert!(
            gateway("w", None, None, None).unwrap()["metadata"]
                .get("labels")
                .is_none()
        );
    }

    #[test]
    fn list_defaults_revision_traffic_and_programmed() {
        let mut ready = gateway("b", Some("x"), Some("service"), None).unwrap();
        ready["status"] = json!({"conditions": [{"type": "Accepted", "status": "True"},
            {"type": "Programmed", "status": "True", "reason": "Programmed", "message": "ok"}]});
        let other = json!({"metadata": {"name": "gw", "namespace": "x"},
            "spec": {"gatewayClassName": "istio"}});
        let wps = waypoints(vec![
            ready,
            gateway("a", Some("x"), None, None).unwrap(),
            other,
        ]);
        assert_eq!(
            list_table(&wps, false),
            "NAME     REVISION     TRAFFIC TYPE     PROGRAMMED\n\
             a        default      none             False\n\
             b        default      service          True\n"
        );
        assert_eq!(
            status_table(&wps, true),
            "NAMESPACE     NAME     STATUS     TYPE           REASON         MESSAGE\n\
             x             a                                                 \n\
             x             b        True       Programmed     Programmed     ok\n"
        );
    }
}
