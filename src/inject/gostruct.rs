//! What passing a pod through Kubernetes' Go types does to it, so kube-inject's output reads
//! as istioctl's: resource quantities in canonical form (`2000m` → `2`, `1024Mi` → `1Gi`),
//! and zero values of `omitempty` fields dropped (probe counters, empty env values, empty
//! strings and false booleans of pod specs, containers and volume mounts); containers written
//! as JSON (the overrides annotation) in Go's struct field order at every level.

use serde_json::{Map, Value};

const DECIMAL: &[(&str, i32)] = &[
    ("n", -9),
    ("u", -6),
    ("m", -3),
    ("", 0),
    ("k", 3),
    ("M", 6),
    ("G", 9),
    ("T", 12),
    ("P", 15),
    ("E", 18),
];
const BINARY: &[(&str, u32)] = &[
    ("Ki", 10),
    ("Mi", 20),
    ("Gi", 30),
    ("Ti", 40),
    ("Pi", 50),
    ("Ei", 60),
];

/// A quantity's value in nano-units, and whether it was written in binary units.
fn parse_quantity(s: &str) -> Option<(i128, bool)> {
    let s = s.trim();
    let split = s
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == '+' || c == '-'))
        .unwrap_or(s.len());
    let (num, suffix) = s.split_at_checked(split)?;
    let (int_part, frac) = num.split_once('.').unwrap_or((num, ""));
    let neg = int_part.starts_with('-');
    let int_part = int_part.trim_start_matches(['+', '-']);
    if frac.len() > 9 || (int_part.is_empty() && frac.is_empty()) {
        return None;
    }
    let whole: i128 = if int_part.is_empty() {
        0
    } else {
        int_part.parse().ok()?
    };
    let frac_n: i128 = if frac.is_empty() {
        0
    } else {
        format!("{frac:0<9}").parse().ok()?
    };
    let nanos = whole.checked_mul(1_000_000_000)?.checked_add(frac_n)?;
    let (value, binary) = if let Some((_, shift)) = BINARY.iter().find(|(k, _)| *k == suffix) {
        (nanos.checked_mul(1i128 << shift)?, true)
    } else if let Some((_, e)) = DECIMAL.iter().find(|(k, _)| *k == suffix) {
        let v = if *e >= 0 {
            nanos.checked_mul(10i128.pow(e.unsigned_abs()))?
        } else {
            nanos / 10i128.pow(e.unsigned_abs())
        };
        (v, false)
    } else {
        return None;
    };
    Some((if neg { -value } else { value }, binary))
}

/// The canonical text of a quantity (Kubernetes' rules for the common cases).
pub fn canonical_quantity(s: &str) -> Option<String> {
    let (nanos, binary) = parse_quantity(s)?;
    let (sign, n) = if nanos < 0 {
        ("-", -nanos)
    } else {
        ("", nanos)
    };
    if binary && n % 1_000_000_000 == 0 && n / 1_000_000_000 >= 1024 {
        let bytes = n / 1_000_000_000;
        let mut best = (bytes, "");
        for (k, shift) in BINARY {
            if bytes % (1i128 << shift) == 0 {
                best = (bytes >> shift, k);
            }
        }
        return Some(format!("{sign}{}{}", best.0, best.1));
    }
    if n == 0 {
        return Some("0".into());
    }
    let mut best = (n, "n");
    for (k, e) in DECIMAL.iter().skip(1) {
        let unit = 10i128.pow(u32::try_from(e + 9).ok()?);
        if n % unit == 0 {
            best = (n / unit, k);
        }
    }
    Some(format!("{sign}{}{}", best.0, best.1))
}

fn canon_map(m: Option<&mut Value>) {
    for v in m
        .and_then(Value::as_object_mut)
        .into_iter()
        .flat_map(|o| o.values_mut())
    {
        canon_value(v);
    }
}

fn canon_value(v: &mut Value) {
    let text = match v {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        _ => return,
    };
    if let Some(c) = canonical_quantity(&text) {
        *v = Value::String(c);
    }
}

/// Remove the keys whose value is the zero value of an `omitempty` Go field: `""` for
/// strings, `false` for (non-pointer) booleans.
fn drop_zero(m: Option<&mut Value>, strings: &[&str], bools: &[&str]) {
    let Some(m) = m.and_then(Value::as_object_mut) else {
        return;
    };
    m.retain(|k, v| {
        !((strings.contains(&k.as_str()) && v == "") || (bools.contains(&k.as_str()) && v == false))
    });
}

fn container(c: &mut Value) {
    drop_zero(
        Some(c),
        &[
            "image",
            "workingDir",
            "terminationMessagePath",
            "terminationMessagePolicy",
            "imagePullPolicy",
        ],
        &["stdin", "stdinOnce", "tty"],
    );
    for m in c
        .get_mut("volumeMounts")
        .and_then(Value::as_array_mut)
        .into_iter()
        .flatten()
    {
        drop_zero(Some(m), &["subPath", "subPathExpr"], &["readOnly"]);
    }
    if let Some(r) = c.get_mut("resources") {
        canon_map(r.get_mut("limits"));
        canon_map(r.get_mut("requests"));
    }
    for probe in ["livenessProbe", "readinessProbe", "startupProbe"] {
        if let Some(p) = c.get_mut(probe).and_then(Value::as_object_mut) {
            for k in [
                "initialDelaySeconds",
                "timeoutSeconds",
                "periodSeconds",
                "successThreshold",
                "failureThreshold",
            ] {
                if p.get(k).is_some_and(|v| v.as_i64() == Some(0)) {
                    p.shift_remove(k);
                }
            }
        }
    }
    for e in c
        .get_mut("env")
        .and_then(Value::as_array_mut)
        .into_iter()
        .flatten()
    {
        if let Some(m) = e.as_object_mut()
            && m.get("value").is_some_and(|v| v == "" || v.is_null())
        {
            m.shift_remove("value");
        }
        if let Some(d) = e.pointer_mut("/valueFrom/resourceFieldRef/divisor") {
            canon_value(d);
        }
    }
    for p in c
        .get_mut("ports")
        .and_then(Value::as_array_mut)
        .into_iter()
        .flatten()
    {
        if let Some(m) = p.as_object_mut()
            && m.get("hostPort").is_some_and(|v| v.as_i64() == Some(0))
        {
            m.shift_remove("hostPort");
        }
    }
}

/// Normalise a pod spec as a round trip through the Go types would.
pub fn normalise_spec(spec: &mut Value) {
    drop_zero(
        Some(spec),
        &[
            "serviceAccountName",
            "serviceAccount",
            "nodeName",
            "hostname",
            "subdomain",
            "schedulerName",
            "priorityClassName",
            "restartPolicy",
            "dnsPolicy",
        ],
        &["hostNetwork", "hostPID", "hostIPC"],
    );
    for k in ["initContainers", "containers"] {
        for c in spec
            .get_mut(k)
            .and_then(Value::as_array_mut)
            .into_iter()
            .flatten()
        {
            container(c);
        }
    }
    for v in spec
        .get_mut("volumes")
        .and_then(Value::as_array_mut)
        .into_iter()
        .flatten()
    {
        if let Some(l) = v.pointer_mut("/emptyDir/sizeLimit") {
            canon_value(l);
        }
        // a volume source's `readOnly` is an `omitempty` bool in the Go types, except csi's
        // and azureDisk's, which are pointers: there `false` is a value and stays
        for (kind, source) in v.as_object_mut().into_iter().flatten() {
            if kind == "csi" || kind == "azureDisk" {
                continue;
            }
            if let Some(m) = source.as_object_mut()
                && m.get("readOnly") == Some(&Value::Bool(false))
            {
                m.shift_remove("readOnly");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::canonical_quantity as c;
    use serde_json::json;

    #[test]
    fn omitempty_zero_values_are_dropped_and_set_values_kept() {
        let mut spec = json!({
            "serviceAccountName": "", "hostNetwork": false, "nodeName": "n1",
            "containers": [{
                "name": "app", "image": "", "tty": false, "stdin": true,
                "volumeMounts": [
                    {"name": "a", "mountPath": "/a", "readOnly": false, "subPath": ""},
                    {"name": "b", "mountPath": "/b", "readOnly": true, "subPath": "x"}
                ]
            }],
            "volumes": [
                {"name": "a", "azureFile": {"secretName": "s", "shareName": "d", "readOnly": false}},
                {"name": "b", "rbd": {"image": "i", "readOnly": true}},
                {"name": "c", "csi": {"driver": "d", "readOnly": false}},
                {"name": "e", "azureDisk": {"diskName": "n", "diskURI": "u", "readOnly": false}}
            ]
        });
        super::normalise_spec(&mut spec);
        assert_eq!(
            spec,
            json!({
                "nodeName": "n1",
                "containers": [{
                    "name": "app", "stdin": true,
                    "volumeMounts": [
                        {"name": "a", "mountPath": "/a"},
                        {"name": "b", "mountPath": "/b", "readOnly": true, "subPath": "x"}
                    ]
                }],
                "volumes": [
                    {"name": "a", "azureFile": {"secretName": "s", "shareName": "d"}},
                    {"name": "b", "rbd": {"image": "i", "readOnly": true}},
                    {"name": "c", "csi": {"driver": "d", "readOnly": false}},
                    {"name": "e", "azureDisk": {"diskName": "n", "diskURI": "u", "readOnly": false}}
                ]
            })
        );
    }

    #[test]
    fn an_overrides_container_has_canonical_quantities_in_go_order() {
        let c = json!({"resources": {"limits": {"memory": "1024Mi", "cpu": "2000m"},
            "requests": {"cpu": "100m"}}, "name": "istio-proxy"});
        assert_eq!(
            super::go_container(&c).to_string(),
            r#"{"name":"istio-proxy","resources":{"limits":{"cpu":"2","memory":"1Gi"},"requests":{"cpu":"100m"}}}"#
        );
    }

    #[test]
    fn quantities_are_canonical() {
        for (i, o) in [
            ("2000m", "2"),
            ("1024Mi", "1Gi"),
            ("100m", "100m"),
            ("128Mi", "128Mi"),
            ("1500m", "1500m"),
            ("2", "2"),
            ("1", "1"),
            ("1536Mi", "1536Mi"),
            ("0.5", "500m"),
            ("1Gi", "1Gi"),
        ] {
            assert_eq!(c(i).as_deref(), Some(o), "{i}");
        }
        assert_eq!(c("abc"), None);
    }
}

/// The Go types of a corev1.Container that istiod writes as JSON (the
/// `proxy.istio.io/overrides` annotation): each type's fields in Go struct order, with the
/// type of the fields that are structs (or lists of structs) themselves.
#[derive(Clone, Copy)]
enum GoType {
    Container,
    ContainerPort,
    EnvVar,
    EnvVarSource,
    ObjectFieldSelector,
    ResourceFieldSelector,
    Probe,
    HttpGet,
    TcpSocket,
    Grpc,
    HttpHeader,
    VolumeMount,
    Resources,
    SecurityContext,
    Capabilities,
    Lifecycle,
    LifecycleHandler,
}

type Fields = &'static [(&'static str, Option<GoType>)];

fn fields(t: GoType) -> Fields {
    use GoType as T;
    match t {
        T::Container => &[
            ("name", None),
            ("image", None),
            ("command", None),
            ("args", None),
            ("workingDir", None),
            ("ports", Some(T::ContainerPort)),
            ("envFrom", None),
            ("env", Some(T::EnvVar)),
            ("resources", Some(T::Resources)),
            ("resizePolicy", None),
            ("restartPolicy", None),
            ("restartPolicyRules", None),
            ("volumeMounts", Some(T::VolumeMount)),
            ("volumeDevices", None),
            ("livenessProbe", Some(T::Probe)),
            ("readinessProbe", Some(T::Probe)),
            ("startupProbe", Some(T::Probe)),
            ("lifecycle", Some(T::Lifecycle)),
            ("terminationMessagePath", None),
            ("terminationMessagePolicy", None),
            ("imagePullPolicy", None),
            ("securityContext", Some(T::SecurityContext)),
            ("stdin", None),
            ("stdinOnce", None),
            ("tty", None),
        ],
        T::ContainerPort => &[
            ("name", None),
            ("hostPort", None),
            ("containerPort", None),
            ("protocol", None),
            ("hostIP", None),
        ],
        T::EnvVar => &[
            ("name", None),
            ("value", None),
            ("valueFrom", Some(T::EnvVarSource)),
        ],
        T::EnvVarSource => &[
            ("fieldRef", Some(T::ObjectFieldSelector)),
            ("resourceFieldRef", Some(T::ResourceFieldSelector)),
            ("configMapKeyRef", None),
            ("secretKeyRef", None),
            ("fileKeyRef", None),
        ],
        T::ObjectFieldSelector => &[("apiVersion", None), ("fieldPath", None)],
        T::ResourceFieldSelector => &[
            ("containerName", None),
            ("resource", None),
            ("divisor", None),
        ],
        T::Probe => &[
            ("exec", None),
            ("httpGet", Some(T::HttpGet)),
            ("tcpSocket", Some(T::TcpSocket)),
            ("grpc", Some(T::Grpc)),
            ("initialDelaySeconds", None),
            ("timeoutSeconds", None),
            ("periodSeconds", None),
            ("successThreshold", None),
            ("failureThreshold", None),
            ("terminationGracePeriodSeconds", None),
        ],
        T::HttpGet => &[
            ("path", None),
            ("port", None),
            ("host", None),
            ("scheme", None),
            ("httpHeaders", Some(T::HttpHeader)),
        ],
        T::TcpSocket => &[("port", None), ("host", None)],
        T::Grpc => &[("port", None), ("service", None)],
        T::HttpHeader => &[("name", None), ("value", None)],
        T::VolumeMount => &[
            ("name", None),
            ("readOnly", None),
            ("recursiveReadOnly", None),
            ("mountPath", None),
            ("subPath", None),
            ("mountPropagation", None),
            ("subPathExpr", None),
        ],
        T::Resources => &[("limits", None), ("requests", None), ("claims", None)],
        T::SecurityContext => &[
            ("capabilities", Some(T::Capabilities)),
            ("privileged", None),
            ("seLinuxOptions", None),
            ("windowsOptions", None),
            ("runAsUser", None),
            ("runAsGroup", None),
            ("runAsNonRoot", None),
            ("readOnlyRootFilesystem", None),
            ("allowPrivilegeEscalation", None),
            ("procMount", None),
            ("seccompProfile", None),
            ("appArmorProfile", None),
        ],
        T::Capabilities => &[("add", None), ("drop", None)],
        T::Lifecycle => &[
            ("postStart", Some(T::LifecycleHandler)),
            ("preStop", Some(T::LifecycleHandler)),
            ("stopSignal", None),
        ],
        T::LifecycleHandler => &[
            ("exec", None),
            ("httpGet", Some(T::HttpGet)),
            ("tcpSocket", Some(T::TcpSocket)),
            ("sleep", None),
        ],
    }
}

/// `v` (an object, or a list of objects) with its keys in the Go struct order of `t`, nested
/// structs too; keys Go's type does not have keep their place after the known ones.
fn go_order(v: &Value, t: GoType) -> Value {
    match v {
        Value::Array(items) => Value::Array(items.iter().map(|i| go_order(i, t)).collect()),
        Value::Object(m) => {
            let mut out = Map::new();
            for (k, child) in fields(t) {
                if let Some(x) = m.get(*k) {
                    let x = match child {
                        Some(ct) => go_order(x, *ct),
                        None => x.clone(),
                    };
                    out.insert((*k).to_string(), x);
                }
            }
            for (k, x) in m {
                out.entry(k.clone()).or_insert_with(|| x.clone());
            }
            Value::Object(out)
        }
        other => other.clone(),
    }
}

/// A container as Go's encoding/json writes a corev1.Container: fields in struct order at
/// every level, empty top-level fields omitted, `resources` always there with its quantities
/// in canonical form (`2000m` is written `2`) and sorted by name.
pub fn go_container(c: &Value) -> Value {
    let mut m = c.as_object().cloned().unwrap_or_default();
    m.retain(|_, v| !(v.is_null() || v == "" || v == &Value::Array(Vec::new())));
    let resources = m
        .entry("resources")
        .or_insert_with(|| Value::Object(Map::new()));
    for list in ["limits", "requests"] {
        canon_map(resources.get_mut(list));
        // a ResourceList is a Go map: encoding/json writes its keys sorted
        if let Some(q) = resources.get_mut(list).and_then(Value::as_object_mut) {
            q.sort_keys();
        }
    }
    go_order(&Value::Object(m), GoType::Container)
}
