//! The functions injection templates call: Go's builtins, the Sprig functions Istio's and
//! sailctl's templates use, and istiod's own (`annotation`, `toJsonMap`, `protoToJSON`, ...).
//! Behaviour follows the documented semantics of each (facts), written here in Rust.

use serde_json::{Map, Value, json};

use super::eval::{show, truthy};

/// Every function name a template may call (checked when the template is parsed).
pub const KNOWN: &[&str] = &[
    "and",
    "or",
    "not",
    "eq",
    "ne",
    "lt",
    "le",
    "gt",
    "ge",
    "len",
    "index",
    "print",
    "printf",
    "println",
    "default",
    "empty",
    "quote",
    "squote",
    "list",
    "dict",
    "append",
    "join",
    "contains",
    "hasPrefix",
    "hasSuffix",
    "indent",
    "nindent",
    "toYaml",
    "toJson",
    "toJSON",
    "fromJSON",
    "trunc",
    "trim",
    "trimAll",
    "toLower",
    "lower",
    "upper",
    "toString",
    "replace",
    "split",
    "hasKey",
    "ternary",
    "annotation",
    "valueOrDefault",
    "isset",
    "excludeInboundPort",
    "includeInboundPorts",
    "applicationPorts",
    "kubevirtInterfaces",
    "excludeInterfaces",
    "directory",
    "appendMultusNetwork",
    "env",
    "omit",
    "strdict",
    "toJsonMap",
    "mergeMaps",
    "omitNil",
    "structToJSON",
    "protoToJSON",
    "otelResourceAttributes",
    "formatDuration",
];

fn want(f: &str, args: &[Value], n: usize) -> Result<(), String> {
    if args.len() != n {
        return Err(format!(
            "wrong number of args for {f}: want {n} got {}",
            args.len()
        ));
    }
    Ok(())
}

fn arg(args: &[Value], i: usize) -> &Value {
    args.get(i).unwrap_or(&Value::Null)
}

/// Go's `%v` of a number: integers plainly, floats in their shortest form.
pub fn show_number(n: &serde_json::Number) -> String {
    if let Some(i) = n.as_i64() {
        return i.to_string();
    }
    if let Some(u) = n.as_u64() {
        return u.to_string();
    }
    let f = n.as_f64().unwrap_or(0.0);
    if f.fract() == 0.0 && f.abs() < 1e21 {
        format!("{f:.0}")
    } else {
        f.to_string()
    }
}

/// `fmt.Sprint` of one value: like printing, but nil is `<nil>`.
fn sprint(v: &Value) -> String {
    if v.is_null() { "<nil>".into() } else { show(v) }
}

fn empty(v: &Value) -> bool {
    !truthy(v)
}

/// Equality with Go's rules for the kinds JSON has; a missing value equals a zero value.
fn equal(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        (Value::Null, o) | (o, Value::Null) => !truthy(o),
        _ => a == b,
    }
}

fn compare(a: &Value, b: &Value) -> Result<std::cmp::Ordering, String> {
    let num = |v: &Value| match v {
        Value::Null => Some(0.0),
        Value::Number(n) => n.as_f64(),
        _ => None,
    };
    match (a, b) {
        (Value::String(x), Value::String(y)) => Ok(x.cmp(y)),
        _ => match (num(a), num(b)) {
            (Some(x), Some(y)) => x
                .partial_cmp(&y)
                .ok_or_else(|| "incomparable numbers".to_string()),
            _ => Err(format!("incompatible types for comparison: {a} and {b}")),
        },
    }
}

/// JSON text with map keys sorted, as Go's encoding/json writes maps.
pub fn go_json(v: &Value) -> String {
    crate::output::yaml::sorted_keys(v).to_string()
}

/// YAML as sigs.k8s.io/yaml writes it: keys sorted, a trailing newline.
pub fn go_yaml(v: &Value) -> String {
    match v {
        Value::Null => "null\n".into(),
        Value::Object(m) if m.is_empty() => "{}\n".into(),
        Value::Array(a) if a.is_empty() => "[]\n".into(),
        other => crate::output::yaml::to_string(&crate::output::yaml::sorted_keys(other)),
    }
}

fn go_quote(s: &str) -> String {
    Value::String(s.to_string()).to_string()
}

fn str_map(v: &Value) -> Map<String, Value> {
    v.as_object().cloned().unwrap_or_default()
}

fn omit_nil(v: &Value) -> Value {
    match v {
        Value::Object(m) => {
            let out: Map<String, Value> = m
                .iter()
                .map(|(k, x)| (k.clone(), omit_nil(x)))
                .filter(|(_, x)| !x.is_null())
                .collect();
            if out.is_empty() && !m.is_empty() {
                Value::Null
            } else {
                Value::Object(out)
            }
        }
        Value::Array(a) => {
            let out: Vec<Value> = a.iter().map(omit_nil).filter(|x| !x.is_null()).collect();
            if out.is_empty() && !a.is_empty() {
                Value::Null
            } else {
                Value::Array(out)
            }
        }
        other => other.clone(),
    }
}

fn printf(format: &str, args: &[Value]) -> String {
    let mut out = String::new();
    let mut it = args.iter();
    let mut chars = format.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('%') => out.push('%'),
            Some(verb) => match it.next() {
                Some(a) => out.push_str(&match verb {
                    'q' => go_quote(&show(a)),
                    'd' => match a {
                        Value::Number(n) => show_number(n),
                        other => format!("%!d({})", show(other)),
                    },
                    _ => sprint(a),
                }),
                None => out.push_str(&format!("%!{verb}(MISSING)")),
            },
            None => out.push_str("%!(NOVERB)"),
        }
    }
    out
}

fn indent_all(n: usize, s: &str) -> String {
    let pad = " ".repeat(n);
    format!("{pad}{}", s.replace('\n', &format!("\n{pad}")))
}

fn count(v: &Value) -> Result<usize, String> {
    let n = v
        .as_i64()
        .or_else(|| v.as_f64().map(|f| f as i64))
        .ok_or_else(|| format!("expected a number, got {v}"))?;
    usize::try_from(n).map_err(|_| format!("negative count {n}"))
}

fn exclude_inbound_port(port: &Value, excluded: &str) -> String {
    let port = show(port).trim().to_string();
    if port.is_empty() || port == "0" {
        return excluded.to_string();
    }
    let mut out = Vec::new();
    for p in excluded.split(',') {
        if p == port {
            return excluded.to_string();
        }
        let p = p.trim();
        if !p.is_empty() {
            out.push(p.to_string());
        }
    }
    out.push(port);
    out.join(",")
}

fn container_ports(containers: &Value) -> String {
    let mut parts = Vec::new();
    for c in containers.as_array().into_iter().flatten() {
        for p in c["ports"].as_array().into_iter().flatten() {
            let proto = p["protocol"].as_str().unwrap_or_default();
            if proto == "UDP" || proto == "SCTP" {
                continue;
            }
            parts.push(show(&p["containerPort"]));
        }
    }
    parts.join(",")
}

fn append_multus(existing: &str, network: &str) -> String {
    if existing.is_empty() {
        return network.to_string();
    }
    if let Some(i) = existing.rfind(']') {
        let Ok(nets) = serde_json::from_str::<Vec<Value>>(existing) else {
            return existing.to_string();
        };
        let (ns, name) = network.split_once('/').unwrap_or(("", network));
        if nets
            .iter()
            .any(|n| n["name"] == name && n["namespace"].as_str().unwrap_or("") == ns)
        {
            return existing.to_string();
        }
        let add = if ns.is_empty() {
            format!(", {{\"name\": \"{name}\"}}")
        } else {
            format!(", {{\"name\": \"{name}\", \"namespace\": \"{ns}\"}}")
        };
        let (head, tail) = existing.split_at(i);
        return format!("{head}{add}{tail}");
    }
    if existing.split(',').any(|n| n.trim() == network) {
        return existing.to_string();
    }
    format!("{existing}, {network}")
}

/// ContainerPort fields in the order Go's struct declares them (structToJSON of a port).
fn struct_json(v: &Value) -> String {
    if let Value::Object(m) = v
        && m.contains_key("containerPort")
    {
        let mut out = Map::new();
        for k in ["name", "hostPort", "containerPort", "protocol", "hostIP"] {
            if let Some(x) = m.get(k) {
                out.insert(k.into(), x.clone());
            }
        }
        return Value::Object(out).to_string();
    }
    if v.is_null() { "{}".into() } else { go_json(v) }
}

/// Defaults istiod leaves out of the PROXY_CONFIG it writes into the pod.
const PROXY_DEFAULTS: &[(&str, &str)] = &[
    ("configPath", "\"./etc/istio/proxy\""),
    ("binaryPath", "\"/usr/local/bin/envoy\""),
    ("serviceCluster", "\"istio-proxy\""),
    ("drainDuration", "\"45s\""),
    ("terminationDrainDuration", "\"5s\""),
    ("discoveryAddress", "\"istiod.istio-system.svc:15012\""),
    ("proxyAdminPort", "15000"),
    ("statNameLength", "189"),
    ("statusPort", "15020"),
    ("controlPlaneAuthPolicy", "\"MUTUAL_TLS\""),
    ("interceptionMode", "\"REDIRECT\""),
];

fn proto_json(v: &Value) -> String {
    let mut m = str_map(v);
    for (k, d) in PROXY_DEFAULTS {
        if m.get(*k).is_some_and(|x| {
            serde_json::from_str::<Value>(d).is_ok_and(|d| equal(x, &d) && !x.is_null())
        }) {
            m.remove(*k);
        }
    }
    m.retain(|_, x| !x.is_null() && x != &json!({}) && x != &json!([]) && x != &json!(""));
    go_json(&Value::Object(m))
}

/// Go's Duration.String of a protobuf JSON duration ("90s" → "1m30s").
fn format_duration(v: &Value) -> String {
    let s = show(v);
    let ns = crate::duration::parse(&s).unwrap_or(0);
    if ns == 0 {
        return "0s".into();
    }
    let (h, rest) = (ns / 3_600_000_000_000, ns % 3_600_000_000_000);
    let (m, rest) = (rest / 60_000_000_000, rest % 60_000_000_000);
    let secs = rest as f64 / 1e9;
    let mut out = String::new();
    if h > 0 {
        out.push_str(&format!("{h}h"));
    }
    if h > 0 || m > 0 {
        out.push_str(&format!("{m}m"));
    }
    out.push_str(&format!("{secs}s"));
    out
}

fn otel_attributes(args: &[Value]) -> String {
    let (mc, ann, labels, ns, containers) = (
        arg(args, 0),
        arg(args, 1),
        arg(args, 2),
        arg(args, 3),
        arg(args, 4),
    );
    let enriched = mc["extensionProviders"]
        .as_array()
        .into_iter()
        .flatten()
        .any(|p| p["opentelemetry"]["serviceAttributeEnrichment"] == "OTEL_SEMANTIC_CONVENTIONS");
    if !enriched {
        return String::new();
    }
    let ns = ns.as_str().unwrap_or_default();
    let get = |m: &Value, k: &str| m[k].as_str().filter(|s| !s.is_empty()).map(str::to_string);
    let mut attrs = Vec::new();
    match get(ann, "resource.opentelemetry.io/service.namespace") {
        Some(v) => attrs.push(format!("service.namespace={v}")),
        None if !ns.is_empty() => attrs.push(format!("service.namespace={ns}")),
        None => {}
    }
    let cs = containers.as_array().cloned().unwrap_or_default();
    if let Some(v) = get(ann, "resource.opentelemetry.io/service.version")
        .or_else(|| get(labels, "app.kubernetes.io/version"))
    {
        attrs.push(format!("service.version={v}"));
    } else if cs.len() == 1 {
        let image = cs[0]["image"].as_str().unwrap_or_default();
        let (image, digest) = image.split_once('@').unwrap_or((image, ""));
        let tag = match (image.rfind(':'), image.rfind('/')) {
            (Some(c), s) if s.is_none_or(|s| c > s) => image.get(c + 1..).unwrap_or_default(),
            _ => "",
        };
        let v = match (tag.is_empty(), digest.is_empty()) {
            (false, false) => format!("{tag}@{digest}"),
            (true, false) => digest.to_string(),
            (false, true) => tag.to_string(),
            (true, true) => String::new(),
        };
        if !v.is_empty() {
            attrs.push(format!("service.version={v}"));
        }
    }
    if let Some(v) = get(ann, "resource.opentelemetry.io/service.instance.id") {
        attrs.push(format!("service.instance.id={v}"));
    } else if let Some(c) = cs.first() {
        attrs.push(format!(
            "service.instance.id={ns}.$(POD_NAME).{}",
            show(&c["name"])
        ));
    }
    attrs.join(",")
}

/// Call function `f` with evaluated arguments (a piped value is the last argument).
pub fn call(f: &str, args: Vec<Value>) -> Result<Value, String> {
    let s = |i: usize| show(arg(&args, i));
    Ok(match f {
        "not" => {
            want(f, &args, 1)?;
            Value::Bool(!truthy(&args[0]))
        }
        "eq" => {
            let first = arg(&args, 0);
            Value::Bool(args.iter().skip(1).any(|b| equal(first, b)))
        }
        "ne" => {
            want(f, &args, 2)?;
            Value::Bool(!equal(&args[0], &args[1]))
        }
        "lt" | "le" | "gt" | "ge" => {
            want(f, &args, 2)?;
            let o = compare(&args[0], &args[1])?;
            Value::Bool(match f {
                "lt" => o.is_lt(),
                "le" => o.is_le(),
                "gt" => o.is_gt(),
                _ => o.is_ge(),
            })
        }
        "len" => {
            want(f, &args, 1)?;
            Value::from(match &args[0] {
                Value::String(x) => x.len(),
                Value::Array(a) => a.len(),
                Value::Object(m) => m.len(),
                Value::Null => 0,
                other => return Err(format!("len of {other}")),
            })
        }
        "index" => {
            let mut v = arg(&args, 0).clone();
            for k in args.iter().skip(1) {
                v = match (&v, k) {
                    (Value::Array(a), Value::Number(n)) => {
                        let i = n
                            .as_u64()
                            .and_then(|i| usize::try_from(i).ok())
                            .unwrap_or(usize::MAX);
                        a.get(i)
                            .cloned()
                            .ok_or_else(|| format!("index out of range: {n}"))?
                    }
                    (Value::Object(m), Value::String(key)) => {
                        m.get(key).cloned().unwrap_or(Value::Null)
                    }
                    (Value::Null, _) => Value::Null,
                    (c, k) => return Err(format!("can't index {} with {k}", show(c))),
                };
            }
            v
        }
        "print" => Value::String(args.iter().map(sprint).collect::<Vec<_>>().join("")),
        "println" => Value::String(format!(
            "{}\n",
            args.iter().map(sprint).collect::<Vec<_>>().join(" ")
        )),
        "printf" => Value::String(printf(&s(0), args.get(1..).unwrap_or_default())),
        "default" => match args.get(1) {
            Some(given) if !empty(given) => given.clone(),
            _ => arg(&args, 0).clone(),
        },
        "empty" => Value::Bool(empty(arg(&args, 0))),
        "ternary" => {
            want(f, &args, 3)?;
            if truthy(&args[2]) {
                args[0].clone()
            } else {
                args[1].clone()
            }
        }
        "quote" | "squote" => {
            let parts: Vec<String> = args
                .iter()
                .filter(|a| !a.is_null())
                .map(|a| {
                    if f == "quote" {
                        go_quote(&show(a))
                    } else {
                        format!("'{}'", show(a))
                    }
                })
                .collect();
            Value::String(parts.join(" "))
        }
        "list" => Value::Array(args),
        "dict" => {
            let mut m = Map::new();
            for pair in args.chunks(2) {
                m.insert(
                    show(&pair[0]),
                    pair.get(1).cloned().unwrap_or(Value::String(String::new())),
                );
            }
            Value::Object(m)
        }
        "append" => {
            want(f, &args, 2)?;
            let mut a = args[0].as_array().cloned().unwrap_or_default();
            a.push(args[1].clone());
            Value::Array(a)
        }
        "join" => {
            want(f, &args, 2)?;
            let items: Vec<String> = match &args[1] {
                Value::Array(a) => a.iter().filter(|x| !x.is_null()).map(show).collect(),
                Value::Null => Vec::new(),
                other => vec![show(other)],
            };
            Value::String(items.join(&s(0)))
        }
        "contains" => Value::Bool(s(1).contains(&s(0))),
        "hasPrefix" => Value::Bool(s(1).starts_with(&s(0))),
        "hasSuffix" => Value::Bool(s(1).ends_with(&s(0))),
        "hasKey" => Value::Bool(arg(&args, 0).get(s(1)).is_some()),
        "indent" => {
            want(f, &args, 2)?;
            let pad = " ".repeat(count(&args[0])?);
            let lines: Vec<String> = s(1)
                .split('\n')
                .enumerate()
                .map(|(i, l)| {
                    if i > 0 {
                        format!("{pad}{l}")
                    } else {
                        l.to_string()
                    }
                })
                .collect();
            Value::String(lines.join("\n"))
        }
        "nindent" => {
            want(f, &args, 2)?;
            Value::String(format!("\n{}", indent_all(count(&args[0])?, &s(1))))
        }
        "toYaml" => Value::String(go_yaml(arg(&args, 0))),
        "toJson" => Value::String(go_json(arg(&args, 0))),
        "toJSON" => Value::String(if arg(&args, 0).is_null() {
            "{}".into()
        } else {
            go_json(arg(&args, 0))
        }),
        "fromJSON" => serde_json::from_str(&s(0)).unwrap_or(Value::String("{}".into())),
        "trunc" => {
            want(f, &args, 2)?;
            let n = args[0].as_i64().ok_or("trunc needs a number")?;
            let chars: Vec<char> = s(1).chars().collect();
            let len = chars.len() as i64;
            Value::String(if n < 0 && len + n > 0 {
                chars.iter().skip((len + n) as usize).collect()
            } else if n >= 0 && len > n {
                chars.iter().take(n as usize).collect()
            } else {
                s(1)
            })
        }
        "trim" => Value::String(s(0).trim().to_string()),
        "trimAll" => {
            let cut: Vec<char> = s(0).chars().collect();
            Value::String(s(1).trim_matches(|c| cut.contains(&c)).to_string())
        }
        "toLower" | "lower" => Value::String(s(0).to_lowercase()),
        "upper" => Value::String(s(0).to_uppercase()),
        "toString" => Value::String(s(0)),
        "replace" => Value::String(s(2).replace(&s(0), &s(1))),
        "split" => {
            let parts: Map<String, Value> = s(1)
                .split(&s(0))
                .enumerate()
                .map(|(i, p)| (format!("_{i}"), Value::from(p)))
                .collect();
            Value::Object(parts)
        }
        "annotation" => {
            want(f, &args, 3)?;
            match args[0]["annotations"].get(s(1)) {
                Some(v) => Value::String(show(v)),
                None => Value::String(sprint(&args[2])),
            }
        }
        "valueOrDefault" => {
            want(f, &args, 2)?;
            if args[0].is_null() || args[0] == "" {
                args[1].clone()
            } else {
                args[0].clone()
            }
        }
        "isset" => Value::Bool(arg(&args, 0).get(s(1)).is_some()),
        "excludeInboundPort" => Value::String(exclude_inbound_port(arg(&args, 0), &s(1))),
        "includeInboundPorts" => Value::String(container_ports(arg(&args, 0))),
        "applicationPorts" => {
            let apps: Vec<Value> = arg(&args, 0)
                .as_array()
                .into_iter()
                .flatten()
                .filter(|c| c["name"] != "istio-proxy")
                .cloned()
                .collect();
            Value::String(container_ports(&Value::Array(apps)))
        }
        "kubevirtInterfaces" | "excludeInterfaces" => Value::String(s(0)),
        "directory" => {
            let p = s(0);
            Value::String(
                p.rfind('/')
                    .and_then(|i| p.get(..=i))
                    .unwrap_or_default()
                    .to_string(),
            )
        }
        "appendMultusNetwork" => Value::String(append_multus(&s(0), &s(1))),
        "env" => Value::String(
            std::env::var(s(0))
                .ok()
                .filter(|v| !v.is_empty())
                .unwrap_or_else(|| s(1)),
        ),
        "omit" => {
            let mut m = str_map(arg(&args, 0));
            for k in args.iter().skip(1) {
                m.shift_remove(&show(k));
            }
            Value::Object(m)
        }
        "strdict" => {
            let mut m = Map::new();
            for pair in args.chunks(2) {
                m.insert(
                    show(&pair[0]),
                    Value::String(pair.get(1).map(show).unwrap_or_default()),
                );
            }
            Value::Object(m)
        }
        "toJsonMap" | "mergeMaps" => {
            let mut m = Map::new();
            for a in &args {
                m.extend(str_map(a));
            }
            if f == "toJsonMap" {
                Value::String(go_json(&Value::Object(m)))
            } else {
                Value::Object(m)
            }
        }
        "omitNil" => omit_nil(arg(&args, 0)),
        "structToJSON" => Value::String(struct_json(arg(&args, 0))),
        "protoToJSON" => Value::String(proto_json(arg(&args, 0))),
        "otelResourceAttributes" => Value::String(otel_attributes(&args)),
        "formatDuration" => Value::String(format_duration(arg(&args, 0))),
        _ => return Err(format!("function {f:?} not defined")),
    })
}
