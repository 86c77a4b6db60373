//! The HTTP side of the test API server: routing, discovery documents, the REST verbs and
//! their Kubernetes semantics, Status errors, access checks and the request record.

use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, Mutex};

use axum::body::Body;
use axum::extract::{FromRequestParts, Query, Request, State as AxState, WebSocketUpgrade};
use axum::http::{Method, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use super::portforward;
use super::store::{
    self, ObjKey, RecordedRequest, ResourceType, Selectors, State, leaf_paths, managed_fields_json,
    merge_patch, status_paths,
};

pub type Shared = Arc<Mutex<State>>;

/// An error answer: a `Status` object with the code, reason and message a real server gives.
pub struct ApiError {
    code: u16,
    reason: &'static str,
    message: String,
}

impl ApiError {
    pub fn new(code: u16, reason: &'static str, message: impl Into<String>) -> Self {
        ApiError {
            code,
            reason,
            message: message.into(),
        }
    }
    fn bad_request(message: impl Into<String>) -> Self {
        Self::new(400, "BadRequest", message)
    }
    fn not_found(t: &ResourceType, name: &str) -> Self {
        Self::new(
            404,
            "NotFound",
            format!("{} \"{name}\" not found", qualified(t)),
        )
    }
    fn invalid(t: &ResourceType, name: &str, detail: impl std::fmt::Display) -> Self {
        Self::new(
            422,
            "Invalid",
            format!("{} \"{name}\" is invalid: {detail}", t.kind),
        )
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        json_response(
            self.code,
            &json!({"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Failure",
                    "message": self.message, "reason": self.reason, "code": self.code}),
        )
    }
}

fn json_response(code: u16, value: &Value) -> Response {
    let body = serde_json::to_vec(value).unwrap_or_default();
    Response::builder()
        .status(StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR))
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(body))
        .unwrap_or_else(|_| StatusCode::INTERNAL_SERVER_ERROR.into_response())
}

/// `pods` or `deployments.apps`, as the server names resources in messages.
fn qualified(t: &ResourceType) -> String {
    if t.group.is_empty() {
        t.plural.clone()
    } else {
        format!("{}.{}", t.plural, t.group)
    }
}

/// The parsed request target.
struct Target {
    t: ResourceType,
    namespace: Option<String>,
    name: Option<String>,
    sub: Option<String>,
}

type Params = HashMap<String, String>;

/// The one handler: every request comes here.
pub async fn handle(AxState(shared): AxState<Shared>, req: Request) -> Response {
    let (mut parts, body) = req.into_parts();
    let method = parts.method.clone();
    let path = parts.uri.path().to_string();
    let query = parts.uri.query().unwrap_or("").to_string();
    let params: Params = Query::<Params>::try_from_uri(&parts.uri)
        .map(|q| q.0)
        .unwrap_or_default();
    let content_type = parts
        .headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let accept = parts
        .headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let bytes = match axum::body::to_bytes(body, 64 << 20).await {
        Ok(b) => b,
        Err(e) => return ApiError::bad_request(format!("reading body: {e}")).into_response(),
    };
    let body_value = parse_body(&bytes, content_type.as_deref());

    let segs: Vec<String> = path
        .split('/')
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect();
    let segs: Vec<&str> = segs.iter().map(String::as_str).collect();

    let mut record = RecordedRequest {
        method: method.to_string(),
        path: path.clone(),
        query: query.clone(),
        params: params.iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
        content_type: content_type.clone(),
        accept: accept.clone(),
        bearer_token: parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(str::to_string),
        impersonate: parts
            .headers
            .iter()
            .filter(|(k, _)| k.as_str().starts_with("impersonate-"))
            .filter_map(|(k, v)| Some((k.as_str().to_string(), v.to_str().ok()?.to_string())))
            .collect(),
        dry_run: false,
        verb: "discovery".to_string(),
        resource: String::new(),
        namespace: None,
        name: None,
        body: body_value.clone().ok().flatten(),
    };

    // Discovery.
    let aggregated = parts
        .headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|a| a.contains("as=APIGroupDiscoveryList"));
    let discovery = {
        let state = shared.lock().expect("state lock");
        match segs.as_slice() {
            ["api"] if aggregated => Some(Ok(aggregated_discovery(&state, true))),
            ["apis"] if aggregated => Some(Ok(aggregated_discovery(&state, false))),
            ["version"] => Some(Ok(state.server_version.clone())),
            ["api"] => Some(Ok(json!({"kind": "APIVersions", "versions": ["v1"],
                "serverAddressByClientCIDRs": [{"clientCIDR": "0.0.0.0/0", "serverAddress": "127.0.0.1:6443"}]}))),
            ["apis"] => Some(Ok(group_list(&state))),
            ["api", v] => Some(resource_list(&state, "", v)),
            ["apis", g] => Some(api_group(&state, g)),
            ["apis", g, v] => Some(resource_list(&state, g, v)),
            _ => None,
        }
    };
    if let Some(answer) = discovery {
        shared.lock().expect("state lock").requests.push(record);
        return match answer {
            Ok(v) => json_response(200, &v),
            Err(e) => e.into_response(),
        };
    }

    let target = {
        let state = shared.lock().expect("state lock");
        parse_target(&state, &segs)
    };
    let target = match target {
        Ok(t) => t,
        Err(e) => {
            shared.lock().expect("state lock").requests.push(record);
            return e.into_response();
        }
    };
    let verb = verb_of(&method, &target, &params, content_type.as_deref());
    record.verb = verb.to_string();
    record.dry_run = is_dry_run(&params, record.body.as_ref());
    record.resource = match &target.sub {
        Some(s) => format!("{}/{s}", target.t.plural),
        None => target.t.plural.clone(),
    };
    record.namespace = target.namespace.clone();
    record.name = target.name.clone();

    // Port-forward upgrades to a WebSocket and leaves the REST path.
    if verb == "portforward" {
        let plan = {
            let mut state = shared.lock().expect("state lock");
            state.requests.push(record);
            portforward_plan(&state, &target, &params)
        };
        let plan = match plan {
            Ok(p) => p,
            Err(e) => return e.into_response(),
        };
        return match WebSocketUpgrade::from_request_parts(&mut parts, &()).await {
            Ok(ws) => ws
                .protocols([portforward::PROTOCOL_V4, portforward::PROTOCOL_PORTFORWARD])
                .on_upgrade(move |socket| portforward::serve(socket, plan)),
            Err(rejection) => rejection.into_response(),
        };
    }
    if target.sub.as_deref() == Some("log") {
        let mut state = shared.lock().expect("state lock");
        state.requests.push(record);
        let ns = target.namespace.clone().unwrap_or_default();
        let name = target.name.clone().unwrap_or_default();
        let (container, tail) = (params.get("container"), params.get("tailLines"));
        return match super::logs::pod_log(&state, &ns, &name, container, tail) {
            Ok(text) => {
                (StatusCode::OK, [(header::CONTENT_TYPE, "text/plain")], text).into_response()
            }
            Err(None) => ApiError::not_found(&target.t, &name).into_response(),
            Err(Some(msg)) => ApiError::bad_request(msg).into_response(),
        };
    }
    if verb == "watch" {
        shared.lock().expect("state lock").requests.push(record);
        return match watch(&shared, &target, &params) {
            Ok(r) => r,
            Err(e) => e.into_response(),
        };
    }

    let mut state = shared.lock().expect("state lock");
    state.requests.push(record);
    let body_value = match body_value {
        Ok(v) => v,
        Err(e) => return ApiError::bad_request(e).into_response(),
    };
    let result = dispatch(
        &mut state,
        verb,
        &target,
        &params,
        body_value,
        content_type.as_deref(),
    );
    let metadata_only = accept
        .as_deref()
        .is_some_and(|a| a.contains("as=PartialObjectMetadataList"));
    match result {
        Ok((code, v)) if verb == "list" && metadata_only => {
            json_response(code, &partial_metadata_list(v))
        }
        Ok((code, v)) => json_response(code, &v),
        Err(e) => e.into_response(),
    }
}

/// A list as a metadata-only `PartialObjectMetadataList` (what a real server answers to
/// `Accept: application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1`).
fn partial_metadata_list(list: Value) -> Value {
    let items: Vec<Value> = list["items"]
        .as_array()
        .map(|items| {
            items
                .iter()
                .map(|i| {
                    json!({"apiVersion": "meta.k8s.io/v1", "kind": "PartialObjectMetadata",
                           "metadata": i["metadata"].clone()})
                })
                .collect()
        })
        .unwrap_or_default();
    json!({"apiVersion": "meta.k8s.io/v1", "kind": "PartialObjectMetadataList",
           "metadata": list["metadata"].clone(), "items": items})
}

/// A watch: a stream of JSON-line events after `resourceVersion` (all current objects as
/// ADDED when it is unset or `0`), then live ones, until `timeoutSeconds`.
fn watch(shared: &Shared, target: &Target, params: &Params) -> Result<Response, ApiError> {
    let selectors = Selectors::parse(
        params.get("labelSelector").map(String::as_str),
        params.get("fieldSelector").map(String::as_str),
    )
    .map_err(ApiError::bad_request)?;
    let from: u64 = params
        .get("resourceVersion")
        .and_then(|rv| rv.parse().ok())
        .unwrap_or(0);
    let timeout = params
        .get("timeoutSeconds")
        .and_then(|t| t.parse::<u64>().ok())
        .unwrap_or(300);
    let t = target.t.clone();
    let ns = target.namespace.clone();
    let wanted = move |ev: &store::WatchEvent| {
        ev.key.0 == t.group
            && ev.key.1 == t.plural
            && ns.as_ref().is_none_or(|n| n == &ev.key.2)
            && selectors.matches(&ev.object)
    };
    let api_version = target.t.api_version();
    let kind = target.t.kind.clone();
    let line = move |ev: &store::WatchEvent| {
        let mut object = ev.object.clone();
        object["apiVersion"] = json!(api_version);
        object["kind"] = json!(kind);
        let mut bytes =
            serde_json::to_vec(&json!({"type": ev.kind, "object": object})).unwrap_or_default();
        bytes.push(b'\n');
        axum::body::Bytes::from(bytes)
    };
    let (rx, replay) = {
        let state = shared.lock().expect("state lock");
        check_access(&state, "watch", target)?;
        let rx = state.events.subscribe();
        let replay: Vec<store::WatchEvent> = if from == 0 {
            state
                .objects
                .iter()
                .map(|(k, o)| store::WatchEvent {
                    resource_version: 0,
                    key: k.clone(),
                    kind: "ADDED",
                    object: o.clone(),
                })
                .filter(|ev| wanted(ev))
                .collect()
        } else {
            state
                .history
                .iter()
                .filter(|ev| ev.resource_version > from && wanted(ev))
                .cloned()
                .collect()
        };
        (rx, replay)
    };
    let replay_lines: Vec<axum::body::Bytes> = replay.iter().map(&line).collect();
    let live = futures::stream::unfold((rx, wanted, line), |(mut rx, wanted, line)| async move {
        loop {
            match rx.recv().await {
                Ok(ev) if wanted(&ev) => {
                    let l = line(&ev);
                    return Some((l, (rx, wanted, line)));
                }
                Ok(_) | Err(tokio::sync::broadcast::error::RecvError::Lagged(_)) => continue,
                Err(_) => return None,
            }
        }
    });
    use futures::StreamExt;
    let stream = futures::stream::iter(replay_lines)
        .chain(live)
        .take_until(tokio::time::sleep(std::time::Duration::from_secs(timeout)))
        .map(Ok::<_, std::convert::Infallible>);
    Ok(Response::builder()
        .status(StatusCode::OK)
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from_stream(stream))
        .unwrap_or_else(|_| StatusCode::INTERNAL_SERVER_ERROR.into_response()))
}

/// `dryRun=All` in the query, or in DeleteOptions in the body.
fn is_dry_run(params: &Params, body: Option<&Value>) -> bool {
    params.get("dryRun").is_some_and(|v| v == "All")
        || body
            .and_then(|b| b.get("dryRun"))
            .and_then(Value::as_array)
            .is_some_and(|a| a.iter().any(|v| v == "All"))
}

/// JSON, or YAML for apply patches.
fn parse_body(bytes: &[u8], content_type: Option<&str>) -> Result<Option<Value>, String> {
    if bytes.is_empty() {
        return Ok(None);
    }
    if let Ok(v) = serde_json::from_slice::<Value>(bytes) {
        return Ok(Some(v));
    }
    if content_type.is_some_and(|c| c.contains("yaml")) {
        let load = sailctl::resource::loader::load_bytes("request", bytes.to_vec());
        if let Some(r) = load.resources.into_iter().next() {
            return Ok(Some(r.value));
        }
    }
    Err("the request body is not valid JSON".to_string())
}

fn parse_target(state: &State, segs: &[&str]) -> Result<Target, ApiError> {
    let not_found = || {
        ApiError::new(
            404,
            "NotFound",
            "the server could not find the requested resource",
        )
    };
    let (group, version, rest) = match segs {
        ["api", v, rest @ ..] => ("", *v, rest),
        ["apis", g, v, rest @ ..] => (*g, *v, rest),
        _ => return Err(not_found()),
    };
    let (namespace, rest) = if rest.len() >= 3
        && rest[0] == "namespaces"
        && !matches!(rest[2], "status" | "finalize")
    {
        (Some(rest[1].to_string()), &rest[2..])
    } else {
        (None, rest)
    };
    if rest.is_empty() || rest.len() > 3 {
        return Err(not_found());
    }
    let t = state
        .find_type(group, version, rest[0])
        .ok_or_else(not_found)?;
    if namespace.is_some() && !t.namespaced {
        return Err(not_found());
    }
    let name = rest.get(1).map(|s| s.to_string());
    if t.namespaced && namespace.is_none() && name.is_some() {
        return Err(not_found());
    }
    let sub = rest.get(2).map(|s| s.to_string());
    if let Some(s) = &sub {
        let ok = match s.as_str() {
            "status" => t.status,
            "portforward" | "log" => t.kind == "Pod",
            _ => false,
        };
        if !ok {
            return Err(not_found());
        }
    }
    Ok(Target {
        t,
        namespace,
        name,
        sub,
    })
}

fn verb_of(method: &Method, target: &Target, params: &Params, ct: Option<&str>) -> &'static str {
    if target.sub.as_deref() == Some("portforward") {
        return "portforward";
    }
    let has_name = target.name.is_some();
    match (method.as_str(), has_name) {
        ("GET", true) => "get",
        ("GET", false) => {
            if params.get("watch").is_some_and(|w| w == "true" || w == "1") {
                "watch"
            } else {
                "list"
            }
        }
        ("POST", false) => "create",
        ("PUT", true) => "update",
        ("PATCH", true) => {
            if ct.is_some_and(|c| c.starts_with("application/apply-patch")) {
                "apply"
            } else {
                "patch"
            }
        }
        ("DELETE", true) => "delete",
        ("DELETE", false) => "deletecollection",
        _ => "unsupported",
    }
}

fn verbs_for(t: &ResourceType) -> Vec<&'static str> {
    if t.kind == "SelfSubjectAccessReview" {
        return vec!["create"];
    }
    vec![
        "create",
        "delete",
        "deletecollection",
        "get",
        "list",
        "patch",
        "update",
    ]
}

fn group_list(state: &State) -> Value {
    let mut groups: Vec<(String, Vec<String>)> = Vec::new();
    for t in state.types.iter().filter(|t| !t.group.is_empty()) {
        match groups.iter_mut().find(|(g, _)| g == &t.group) {
            Some((_, vs)) => {
                if !vs.contains(&t.version) {
                    vs.push(t.version.clone())
                }
            }
            None => groups.push((t.group.clone(), vec![t.version.clone()])),
        }
    }
    let groups: Vec<Value> = groups.iter().map(|(g, vs)| group_doc(g, vs)).collect();
    json!({"kind": "APIGroupList", "apiVersion": "v1", "groups": groups})
}

/// Aggregated discovery (apidiscovery.k8s.io/v2): every group, version and resource in one
/// document (`/api` for the core group, `/apis` for the others).
fn aggregated_discovery(state: &State, core: bool) -> Value {
    // group -> [(version, resources)], in first-seen order.
    type Versions = Vec<(String, Vec<Value>)>;
    let mut groups: Vec<(String, Versions)> = Vec::new();
    for t in state.types.iter().filter(|t| t.group.is_empty() == core) {
        let mut subresources = Vec::new();
        if t.status {
            subresources.push(
                json!({"subresource": "status", "verbs": ["get", "patch", "update"],
                "responseKind": {"group": t.group, "version": t.version, "kind": t.kind}}),
            );
        }
        if t.kind == "Pod" {
            subresources.push(
                json!({"subresource": "portforward", "verbs": ["create", "get"],
                "responseKind": {"group": "", "version": "v1", "kind": "PodPortForwardOptions"}}),
            );
        }
        let resource = json!({
            "resource": t.plural, "singularResource": t.singular,
            "scope": if t.namespaced { "Namespaced" } else { "Cluster" },
            "responseKind": {"group": t.group, "version": t.version, "kind": t.kind},
            "verbs": verbs_for(t), "shortNames": t.short_names, "subresources": subresources
        });
        let group = match groups.iter_mut().find(|(g, _)| g == &t.group) {
            Some(g) => g,
            None => {
                groups.push((t.group.clone(), Vec::new()));
                groups.last_mut().expect("just pushed")
            }
        };
        match group.1.iter_mut().find(|(v, _)| v == &t.version) {
            Some((_, rs)) => rs.push(resource),
            None => group.1.push((t.version.clone(), vec![resource])),
        }
    }
    let items: Vec<Value> = groups
        .into_iter()
        .map(|(g, versions)| {
            let versions: Vec<Value> = versions
                .into_iter()
                .map(|(v, rs)| json!({"version": v, "resources": rs, "freshness": "Current"}))
                .collect();
            json!({"metadata": {"name": g}, "versions": versions})
        })
        .collect();
    json!({"apiVersion": "apidiscovery.k8s.io/v2", "kind": "APIGroupDiscoveryList",
           "metadata": {}, "items": items})
}

fn group_doc(group: &str, versions: &[String]) -> Value {
    let vs: Vec<Value> = versions
        .iter()
        .map(|v| json!({"groupVersion": format!("{group}/{v}"), "version": v}))
        .collect();
    json!({"name": group, "versions": vs, "preferredVersion": vs[0].clone()})
}

fn api_group(state: &State, group: &str) -> Result<Value, ApiError> {
    let mut versions: Vec<String> = Vec::new();
    for t in state.types.iter().filter(|t| t.group == group) {
        if !versions.contains(&t.version) {
            versions.push(t.version.clone());
        }
    }
    if versions.is_empty() {
        return Err(ApiError::new(
            404,
            "NotFound",
            "the server could not find the requested resource",
        ));
    }
    let mut doc = group_doc(group, &versions);
    doc["kind"] = json!("APIGroup");
    doc["apiVersion"] = json!("v1");
    Ok(doc)
}

fn resource_list(state: &State, group: &str, version: &str) -> Result<Value, ApiError> {
    let types: Vec<&ResourceType> = state
        .types
        .iter()
        .filter(|t| t.group == group && t.version == version)
        .collect();
    if types.is_empty() {
        return Err(ApiError::new(
            404,
            "NotFound",
            "the server could not find the requested resource",
        ));
    }
    let mut resources = Vec::new();
    for t in types {
        let mut r = json!({"name": t.plural, "singularName": t.singular, "namespaced": t.namespaced,
                           "kind": t.kind, "verbs": verbs_for(t)});
        if !t.short_names.is_empty() {
            r["shortNames"] = json!(t.short_names);
        }
        resources.push(r);
        if t.status {
            resources.push(
                json!({"name": format!("{}/status", t.plural), "singularName": "",
                "namespaced": t.namespaced, "kind": t.kind, "verbs": ["get", "patch", "update"]}),
            );
        }
        if t.kind == "Pod" {
            resources.push(
                json!({"name": "pods/portforward", "singularName": "", "namespaced": true,
                "kind": "PodPortForwardOptions", "verbs": ["create", "get"]}),
            );
        }
    }
    let gv = if group.is_empty() {
        version.to_string()
    } else {
        format!("{group}/{version}")
    };
    Ok(
        json!({"kind": "APIResourceList", "apiVersion": "v1", "groupVersion": gv, "resources": resources}),
    )
}

fn key(t: &ResourceType, namespace: Option<&str>, name: &str) -> ObjKey {
    (
        t.group.clone(),
        t.plural.clone(),
        if t.namespaced {
            namespace.unwrap_or_default().to_string()
        } else {
            String::new()
        },
        name.to_string(),
    )
}

/// An object as served at the requested version, with managedFields.
fn present(state: &State, t: &ResourceType, k: &ObjKey, obj: &Value) -> Value {
    let mut out = obj.clone();
    out["apiVersion"] = json!(t.api_version());
    out["kind"] = json!(t.kind);
    if let Some(owners) = state.managers.get(k) {
        let mf = managed_fields_json(owners, &t.api_version(), &state.now);
        if mf.as_array().is_some_and(|a| !a.is_empty()) {
            out["metadata"]["managedFields"] = mf;
        }
    }
    out
}

fn check_access(state: &State, verb: &str, target: &Target) -> Result<(), ApiError> {
    if !state.enforce_access || target.t.kind == "SelfSubjectAccessReview" {
        return Ok(());
    }
    let resource = match &target.sub {
        Some(s) => format!("{}/{s}", target.t.plural),
        None => target.t.plural.clone(),
    };
    let ns = target.namespace.as_deref();
    if state.allowed(verb, &target.t.group, &resource, ns) {
        return Ok(());
    }
    let subject = match &target.name {
        Some(n) => format!("{} \"{n}\"", qualified(&target.t)),
        None => qualified(&target.t),
    };
    let scope = match ns {
        Some(ns) => format!(" in the namespace \"{ns}\""),
        None => " at the cluster scope".to_string(),
    };
    Err(ApiError::new(
        403,
        "Forbidden",
        format!(
            "{subject} is forbidden: User \"test-user\" cannot {verb} resource \"{resource}\" in API group \"{}\"{scope}",
            target.t.group
        ),
    ))
}

fn dispatch(
    state: &mut State,
    verb: &str,
    target: &Target,
    params: &Params,
    body: Option<Value>,
    content_type: Option<&str>,
) -> Result<(u16, Value), ApiError> {
    let access_verb = if verb == "apply" { "patch" } else { verb };
    check_access(state, access_verb, target)?;
    // An apply that creates needs create permission as well.
    if verb == "apply"
        && let Some(name) = &target.name
        && !state
            .objects
            .contains_key(&key(&target.t, target.namespace.as_deref(), name))
    {
        check_access(state, "create", target)?;
    }
    let dry_run = is_dry_run(params, body.as_ref());
    // DeleteOptions may come in the body (kube-rs sends them there).
    let mut params = params.clone();
    if let Some(p) = body
        .as_ref()
        .and_then(|b| b.get("propagationPolicy"))
        .and_then(Value::as_str)
    {
        params.insert("propagationPolicy".to_string(), p.to_string());
    }
    let params = &params;
    if target.t.kind == "SelfSubjectAccessReview" {
        return match verb {
            "create" => Ok((201, access_review(state, body.unwrap_or(json!({}))))),
            _ => Err(ApiError::new(
                405,
                "MethodNotAllowed",
                "only create is allowed",
            )),
        };
    }
    match verb {
        "get" => get(state, target),
        "list" => list(state, target, params),
        "create" | "update" | "patch" | "apply" | "delete" | "deletecollection" => {
            // A dry run works on a copy and throws it away.
            if dry_run {
                let mut scratch = state.snapshot();
                write(&mut scratch, verb, target, params, body, content_type)
            } else {
                write(state, verb, target, params, body, content_type)
            }
        }
        _ => Err(ApiError::new(
            405,
            "MethodNotAllowed",
            format!(
                "the server does not allow this method on {}",
                qualified(&target.t)
            ),
        )),
    }
}

fn write(
    state: &mut State,
    verb: &str,
    target: &Target,
    params: &Params,
    body: Option<Value>,
    content_type: Option<&str>,
) -> Result<(u16, Value), ApiError> {
    match verb {
        "create" => create(state, target, params, body),
        "update" => update(state, target, params, body),
        "patch" => patch(
            state,
            target,
            params,
            body,
            content_type.unwrap_or_default(),
        ),
        "apply" => apply(state, target, params, body),
        "delete" => delete(state, target, params),
        _ => delete_collection(state, target, params),
    }
}

fn access_review(state: &State, mut review: Value) -> Value {
    let attrs = review
        .pointer("/spec/resourceAttributes")
        .cloned()
        .unwrap_or(json!({}));
    let s = |k: &str| attrs.get(k).and_then(Value::as_str).unwrap_or_default();
    let resource = if s("subresource").is_empty() {
        s("resource").to_string()
    } else {
        format!("{}/{}", s("resource"), s("subresource"))
    };
    let ns = Some(s("namespace")).filter(|n| !n.is_empty());
    let allowed = state.allowed(s("verb"), s("group"), &resource, ns);
    review["apiVersion"] = json!("authorization.k8s.io/v1");
    review["kind"] = json!("SelfSubjectAccessReview");
    review["status"] = if allowed {
        json!({"allowed": true, "reason": "allowed by the test server's rules"})
    } else {
        json!({"allowed": false, "denied": true, "reason": "denied by the test server's rules"})
    };
    review
}

fn get(state: &State, target: &Target) -> Result<(u16, Value), ApiError> {
    let name = target.name.as_deref().unwrap_or_default();
    let k = key(&target.t, target.namespace.as_deref(), name);
    let obj = state
        .objects
        .get(&k)
        .ok_or_else(|| ApiError::not_found(&target.t, name))?;
    Ok((200, present(state, &target.t, &k, obj)))
}

fn list(state: &State, target: &Target, params: &Params) -> Result<(u16, Value), ApiError> {
    let selectors = Selectors::parse(
        params.get("labelSelector").map(String::as_str),
        params.get("fieldSelector").map(String::as_str),
    )
    .map_err(ApiError::bad_request)?;
    let limit: usize = match params.get("limit") {
        Some(l) => l
            .parse()
            .map_err(|_| ApiError::bad_request(format!("invalid limit {l:?}")))?,
        None => 0,
    };
    let after = params
        .get("continue")
        .filter(|c| !c.is_empty())
        .map(|c| decode_continue(c))
        .transpose()?;
    let mut matching: Vec<(ObjKey, &Value)> = state
        .keys_of(&target.t, target.namespace.as_deref())
        .into_iter()
        .filter_map(|k| state.objects.get(&k).map(|o| (k, o)))
        .filter(|(_, o)| selectors.matches(o))
        .collect();
    matching.sort_by(|a, b| (&a.0.2, &a.0.3).cmp(&(&b.0.2, &b.0.3)));
    if let Some((ns, name)) = &after {
        matching.retain(|(k, _)| (&k.2, &k.3) > (ns, name));
    }
    let total = matching.len();
    let take = if limit == 0 { total } else { limit.min(total) };
    let page = &matching[..take];
    let include_type = target.t.from_crd;
    let items: Vec<Value> = page
        .iter()
        .map(|(k, o)| {
            let mut v = present(state, &target.t, k, o);
            if !include_type && let Some(m) = v.as_object_mut() {
                m.remove("apiVersion");
                m.remove("kind");
            }
            v
        })
        .collect();
    let mut meta = json!({"resourceVersion": state.resource_version.to_string()});
    if take < total
        && let Some((k, _)) = page.last()
    {
        meta["continue"] = json!(encode_continue(&k.2, &k.3));
        meta["remainingItemCount"] = json!(total - take);
    }
    Ok((
        200,
        json!({"apiVersion": target.t.api_version(), "kind": format!("{}List", target.t.kind),
               "metadata": meta, "items": items}),
    ))
}

fn encode_continue(ns: &str, name: &str) -> String {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(format!("{ns}/{name}"))
}

fn decode_continue(token: &str) -> Result<(String, String), ApiError> {
    use base64::Engine;
    let bad = || {
        ApiError::new(
            410,
            "Expired",
            "the provided continue parameter is too old or malformed",
        )
    };
    let raw = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(token)
        .map_err(|_| bad())?;
    let s = String::from_utf8(raw).map_err(|_| bad())?;
    let (ns, name) = s.split_once('/').ok_or_else(bad)?;
    Ok((ns.to_string(), name.to_string()))
}

fn valid_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 253
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '.')
        && name.starts_with(|c: char| c.is_ascii_alphanumeric())
        && name.ends_with(|c: char| c.is_ascii_alphanumeric())
}

/// Check the body's type and namespace against the URL.
fn check_body(t: &ResourceType, body: &Value, namespace: Option<&str>) -> Result<(), ApiError> {
    if !body.is_object() {
        return Err(ApiError::bad_request("the body must be a JSON object"));
    }
    if let Some(av) = body.get("apiVersion").and_then(Value::as_str) {
        let (g, _) = store::split_api_version(av);
        if g != t.group {
            return Err(ApiError::bad_request(format!(
                "the API version in the data ({av}) does not match the expected API version ({})",
                t.api_version()
            )));
        }
    }
    if let Some(kind) = body.get("kind").and_then(Value::as_str)
        && kind != t.kind
    {
        return Err(ApiError::bad_request(format!(
            "the kind in the data ({kind}) does not match the expected kind ({})",
            t.kind
        )));
    }
    if let (Some(body_ns), Some(ns)) = (
        body.pointer("/metadata/namespace").and_then(Value::as_str),
        namespace,
    ) && t.namespaced
        && !body_ns.is_empty()
        && body_ns != ns
    {
        return Err(ApiError::bad_request(
            "the namespace of the provided object does not match the namespace sent on the request",
        ));
    }
    Ok(())
}

fn require_namespace(state: &State, t: &ResourceType, ns: Option<&str>) -> Result<(), ApiError> {
    if t.namespaced {
        let ns = ns.unwrap_or_default();
        if !state.namespace_exists(ns) {
            return Err(ApiError::new(
                404,
                "NotFound",
                format!("namespaces \"{ns}\" not found"),
            ));
        }
    }
    Ok(())
}

/// Everything but metadata and status: a change here bumps `metadata.generation`.
fn spec_part(v: &Value) -> Value {
    let mut v = v.clone();
    if let Some(m) = v.as_object_mut() {
        m.remove("metadata");
        m.remove("status");
        m.remove("apiVersion");
        m.remove("kind");
    }
    v
}

/// Store a changed object: bump resourceVersion (and generation when the spec changed), run
/// the side effects of CRDs and auto-ready workloads. A no-op change keeps the stored object.
fn commit(state: &mut State, t: &ResourceType, k: &ObjKey, mut new: Value) -> Value {
    let old = state.objects.get(k).cloned();
    if let Some(old) = &old {
        let comparable = |v: &Value| {
            let mut v = v.clone();
            if let Some(meta) = v.get_mut("metadata").and_then(Value::as_object_mut) {
                meta.remove("resourceVersion");
                meta.remove("managedFields");
                meta.remove("generation");
            }
            if let Some(m) = v.as_object_mut() {
                m.remove("apiVersion");
            }
            v
        };
        if comparable(old) == comparable(&new) {
            return old.clone();
        }
        let mut generation = old
            .pointer("/metadata/generation")
            .and_then(Value::as_i64)
            .unwrap_or(1);
        if spec_part(old) != spec_part(&new) {
            generation += 1;
        }
        new["metadata"]["generation"] = json!(generation);
        for field in ["uid", "creationTimestamp"] {
            if let Some(v) = old["metadata"].get(field) {
                new["metadata"][field] = v.clone();
            }
        }
    }
    new["metadata"]["resourceVersion"] = json!(state.next_rv());
    if let Some(m) = new.get_mut("metadata").and_then(Value::as_object_mut) {
        m.remove("managedFields");
    }
    state.objects.insert(k.clone(), new);
    if t.kind == "CustomResourceDefinition" {
        state.sync_crd(k);
    }
    if state.auto_ready && matches!(t.kind.as_str(), "Deployment" | "DaemonSet" | "StatefulSet") {
        state.make_workload_ready(k);
    }
    let stored = state.objects.get(k).cloned().unwrap_or(Value::Null);
    let kind = if old.is_some() { "MODIFIED" } else { "ADDED" };
    state.emit(k, kind, stored.clone());
    stored
}

fn take_ownership(
    state: &mut State,
    k: &ObjKey,
    manager: &str,
    operation: &str,
    paths: BTreeSet<String>,
) {
    let owners = state.managers.entry(k.clone()).or_default();
    for (m, (_, owned)) in owners.iter_mut() {
        if m != manager {
            owned.retain(|p| !paths.contains(p));
        }
    }
    let entry = owners
        .entry(manager.to_string())
        .or_insert_with(|| (operation.to_string(), BTreeSet::new()));
    entry.0 = operation.to_string();
    entry.1.extend(paths);
}

fn changed_paths(old: &Value, new: &Value) -> BTreeSet<String> {
    leaf_paths(new)
        .into_iter()
        .filter(|p| store::get_path(old, p) != store::get_path(new, p))
        .collect()
}

fn create(
    state: &mut State,
    target: &Target,
    params: &Params,
    body: Option<Value>,
) -> Result<(u16, Value), ApiError> {
    let t = &target.t;
    if target.name.is_some() {
        return Err(ApiError::new(
            405,
            "MethodNotAllowed",
            "POST to a named resource",
        ));
    }
    let mut body = body.ok_or_else(|| ApiError::bad_request("create needs a body"))?;
    check_body(t, &body, target.namespace.as_deref())?;
    let ns = target.namespace.clone().or_else(|| {
        body.pointer("/metadata/namespace")
            .and_then(Value::as_str)
            .map(str::to_string)
    });
    let mut name = body
        .pointer("/metadata/name")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
    if name.is_empty() {
        let prefix = body
            .pointer("/metadata/generateName")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string();
        if prefix.is_empty() {
            return Err(ApiError::invalid(
                t,
                "",
                "metadata.name: Required value: name or generateName is required",
            ));
        }
        name = format!("{prefix}{:05x}", state.uid_counter + 1);
        body["metadata"]["name"] = json!(name);
    }
    if !valid_name(&name) {
        return Err(ApiError::invalid(
            t,
            &name,
            format!(
                "metadata.name: Invalid value: \"{name}\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.'"
            ),
        ));
    }
    require_namespace(state, t, ns.as_deref())?;
    let k = key(t, ns.as_deref(), &name);
    if state.objects.contains_key(&k) {
        return Err(ApiError::new(
            409,
            "AlreadyExists",
            format!("{} \"{name}\" already exists", qualified(t)),
        ));
    }
    if t.status {
        match t.kind.as_str() {
            "Namespace" => body["status"] = json!({"phase": "Active"}),
            "Pod" => body["status"] = json!({"phase": "Pending"}),
            _ => {
                if let Some(m) = body.as_object_mut() {
                    m.remove("status");
                }
            }
        }
    }
    let manager = params
        .get("fieldManager")
        .cloned()
        .unwrap_or_else(|| "unknown".to_string());
    let paths = leaf_paths(&body);
    let obj = state.stamp_new(t, body, ns.as_deref());
    take_ownership(state, &k, &manager, "Update", paths);
    let stored = commit(state, t, &k, obj);
    Ok((201, present(state, t, &k, &stored)))
}

/// The object a write produces, keeping what the caller may not change: status on the main
/// resource of types with a status subresource, everything but status on `/status`.
fn constrain(t: &ResourceType, sub: Option<&str>, old: &Value, mut new: Value) -> Value {
    if sub == Some("status") {
        let mut out = old.clone();
        match new.get("status") {
            Some(s) => out["status"] = s.clone(),
            None => {
                if let Some(m) = out.as_object_mut() {
                    m.remove("status");
                }
            }
        }
        return out;
    }
    if t.status {
        match old.get("status") {
            Some(s) => new["status"] = s.clone(),
            None => {
                if let Some(m) = new.as_object_mut() {
                    m.remove("status");
                }
            }
        }
    }
    // Identity and server-owned metadata stay.
    for field in [
        "name",
        "namespace",
        "uid",
        "creationTimestamp",
        "generation",
    ] {
        match old["metadata"].get(field) {
            Some(v) => new["metadata"][field] = v.clone(),
            None => {
                if let Some(m) = new["metadata"].as_object_mut() {
                    m.remove(field);
                }
            }
        }
    }
    new
}

fn existing(state: &State, target: &Target) -> Result<(ObjKey, Value), ApiError> {
    let name = target.name.as_deref().unwrap_or_default();
    let k = key(&target.t, target.namespace.as_deref(), name);
    let old = state
        .objects
        .get(&k)
        .cloned()
        .ok_or_else(|| ApiError::not_found(&target.t, name))?;
    Ok((k, old))
}

fn update(
    state: &mut State,
    target: &Target,
    params: &Params,
    body: Option<Value>,
) -> Result<(u16, Value), ApiError> {
    let t = &target.t;
    let body = body.ok_or_else(|| ApiError::bad_request("update needs a body"))?;
    check_body(t, &body, target.namespace.as_deref())?;
    let (k, old) = existing(state, target)?;
    let name = target.name.clone().unwrap_or_default();
    if let Some(rv) = body
        .pointer("/metadata/resourceVersion")
        .and_then(Value::as_str)
        .filter(|rv| !rv.is_empty())
        && Some(rv)
            != old
                .pointer("/metadata/resourceVersion")
                .and_then(Value::as_str)
    {
        return Err(ApiError::new(
            409,
            "Conflict",
            format!(
                "Operation cannot be fulfilled on {} \"{name}\": the object has been modified; please apply your changes to the latest version and try again",
                qualified(t)
            ),
        ));
    }
    let new = constrain(t, target.sub.as_deref(), &old, body);
    let manager = params
        .get("fieldManager")
        .cloned()
        .unwrap_or_else(|| "unknown".to_string());
    let paths = changed_paths(&old, &new);
    take_ownership(state, &k, &manager, "Update", paths);
    let stored = commit(state, t, &k, new);
    Ok((200, present(state, t, &k, &stored)))
}

fn patch(
    state: &mut State,
    target: &Target,
    params: &Params,
    body: Option<Value>,
    ct: &str,
) -> Result<(u16, Value), ApiError> {
    let t = &target.t;
    let body = body.ok_or_else(|| ApiError::bad_request("patch needs a body"))?;
    let (k, old) = existing(state, target)?;
    let mut new = old.clone();
    if ct.starts_with("application/json-patch") || body.is_array() {
        store::json_patch(&mut new, &body).map_err(|e| ApiError::new(422, "Invalid", e))?;
    } else {
        merge_patch(&mut new, &body);
    }
    let new = constrain(t, target.sub.as_deref(), &old, new);
    let manager = params
        .get("fieldManager")
        .cloned()
        .unwrap_or_else(|| "unknown".to_string());
    let paths = changed_paths(&old, &new);
    take_ownership(state, &k, &manager, "Update", paths);
    let stored = commit(state, t, &k, new);
    Ok((200, present(state, t, &k, &stored)))
}

/// Server-side apply: create when absent; otherwise merge the applied configuration, detect
/// conflicts with other managers' fields (409 unless `force`), drop fields this manager applied
/// before and no longer applies, and record the manager's fields.
fn apply(
    state: &mut State,
    target: &Target,
    params: &Params,
    body: Option<Value>,
) -> Result<(u16, Value), ApiError> {
    let t = &target.t;
    let name = target.name.clone().unwrap_or_default();
    let manager = params.get("fieldManager").cloned().unwrap_or_default();
    if manager.is_empty() {
        return Err(ApiError::new(
            422,
            "Invalid",
            "PatchOptions.meta.k8s.io \"\" is invalid: fieldManager: Required value: is required for apply patch",
        ));
    }
    let force = params.get("force").is_some_and(|f| f == "true");
    let body = body.ok_or_else(|| ApiError::bad_request("apply needs a body"))?;
    check_body(t, &body, target.namespace.as_deref())?;
    if body.get("apiVersion").is_none() || body.get("kind").is_none() {
        return Err(ApiError::invalid(
            t,
            &name,
            "apiVersion and kind must be set in an apply patch",
        ));
    }
    if let Some(body_name) = body.pointer("/metadata/name").and_then(Value::as_str)
        && body_name != name
    {
        return Err(ApiError::bad_request(format!(
            "the name of the object ({body_name}) does not match the name on the URL ({name})"
        )));
    }
    let on_status = target.sub.as_deref() == Some("status");
    let applied = if on_status {
        status_paths(&body)
    } else {
        leaf_paths(&body)
    };
    let k = key(t, target.namespace.as_deref(), &name);
    let Some(old) = state.objects.get(&k).cloned() else {
        if on_status {
            return Err(ApiError::not_found(t, &name));
        }
        require_namespace(state, t, target.namespace.as_deref())?;
        if !valid_name(&name) {
            return Err(ApiError::invalid(t, &name, "metadata.name: Invalid value"));
        }
        let mut body = body;
        if t.status
            && let Some(m) = body.as_object_mut()
        {
            m.remove("status");
        }
        let obj = state.stamp_new(t, body, target.namespace.as_deref());
        take_ownership(state, &k, &manager, "Apply", applied);
        let stored = commit(state, t, &k, obj);
        return Ok((201, present(state, t, &k, &stored)));
    };

    // Conflicts: fields another manager owns whose value this apply changes.
    let owners = state.managers.get(&k).cloned().unwrap_or_default();
    let mut conflicts = Vec::new();
    for (other, (_, owned)) in &owners {
        if other == &manager {
            continue;
        }
        for p in applied.intersection(owned) {
            if store::get_path(&old, p) != store::get_path(&body, p) {
                conflicts.push((other.clone(), p.clone()));
            }
        }
    }
    if !conflicts.is_empty() && !force {
        let list = conflicts
            .iter()
            .map(|(m, p)| format!("conflict with \"{m}\": {p}"))
            .collect::<Vec<_>>()
            .join("; ");
        return Err(ApiError::new(
            409,
            "Conflict",
            format!(
                "Apply failed with {} conflict{}: {list}",
                conflicts.len(),
                if conflicts.len() == 1 { "" } else { "s" }
            ),
        ));
    }

    let mut new = old.clone();
    let mut patch = body.clone();
    if let Some(meta) = patch.get_mut("metadata").and_then(Value::as_object_mut) {
        meta.remove("resourceVersion");
        meta.remove("managedFields");
    }
    deep_merge(&mut new, &patch);
    // Fields this manager owned before, no longer applies, and nobody else owns: removed.
    if let Some((_, before)) = owners.get(&manager) {
        for p in before.difference(&applied) {
            let owned_elsewhere = owners
                .iter()
                .any(|(m, (_, owned))| m != &manager && owned.contains(p));
            if !owned_elsewhere {
                store::remove_path(&mut new, p);
            }
        }
    }
    let new = constrain(t, target.sub.as_deref(), &old, new);
    // The manager now owns exactly what it applied.
    if let Some(entry) = state.managers.get_mut(&k).and_then(|o| o.get_mut(&manager)) {
        entry.1.clear();
    }
    take_ownership(state, &k, &manager, "Apply", applied);
    let stored = commit(state, t, &k, new);
    Ok((200, present(state, t, &k, &stored)))
}

/// Merge maps recursively; anything else (lists included) is replaced.
fn deep_merge(target: &mut Value, patch: &Value) {
    match (target, patch) {
        (Value::Object(t), Value::Object(p)) => {
            for (k, v) in p {
                match t.get_mut(k) {
                    Some(existing) => deep_merge(existing, v),
                    None => {
                        t.insert(k.clone(), v.clone());
                    }
                }
            }
        }
        (t, p) => *t = p.clone(),
    }
}

fn remove_object(state: &mut State, k: &ObjKey) -> Option<Value> {
    let obj = state.objects.remove(k)?;
    state.managers.remove(k);
    let mut gone = obj.clone();
    gone["metadata"]["resourceVersion"] = json!(state.next_rv());
    state.emit(k, "DELETED", gone);
    if k.1 == "customresourcedefinitions" && k.0 == "apiextensions.k8s.io" {
        state.drop_crd(&obj);
    }
    if k.1 == "namespaces" && k.0.is_empty() {
        let ns = k.3.clone();
        let inside: Vec<ObjKey> = state
            .objects
            .keys()
            .filter(|key| key.2 == ns)
            .cloned()
            .collect();
        for key in inside {
            if let Some(mut o) = state.objects.remove(&key) {
                o["metadata"]["resourceVersion"] = json!(state.next_rv());
                state.emit(&key, "DELETED", o);
            }
            state.managers.remove(&key);
        }
    }
    Some(obj)
}

/// Delete an object and, unless orphaning, the objects it owns (ownerReferences), transitively.
fn delete_with_dependents(state: &mut State, k: &ObjKey, orphan: bool) -> Option<Value> {
    let obj = remove_object(state, k)?;
    if !orphan {
        let mut uids: Vec<String> = obj
            .pointer("/metadata/uid")
            .and_then(Value::as_str)
            .map(|u| vec![u.to_string()])
            .unwrap_or_default();
        while let Some(uid) = uids.pop() {
            let owned: Vec<ObjKey> = state
                .objects
                .iter()
                .filter(|(_, o)| {
                    o.pointer("/metadata/ownerReferences")
                        .and_then(Value::as_array)
                        .is_some_and(|refs| refs.iter().any(|r| r["uid"].as_str() == Some(&uid)))
                })
                .map(|(key, _)| key.clone())
                .collect();
            for key in owned {
                if let Some(o) = remove_object(state, &key)
                    && let Some(u) = o.pointer("/metadata/uid").and_then(Value::as_str)
                {
                    uids.push(u.to_string());
                }
            }
        }
    }
    Some(obj)
}

fn delete(state: &mut State, target: &Target, params: &Params) -> Result<(u16, Value), ApiError> {
    let (k, _) = existing(state, target)?;
    let orphan = params
        .get("propagationPolicy")
        .is_some_and(|p| p == "Orphan");
    let obj = delete_with_dependents(state, &k, orphan).unwrap_or(Value::Null);
    let mut out = present(state, &target.t, &k, &obj);
    out["metadata"]["deletionTimestamp"] = json!(state.now);
    Ok((200, out))
}

fn delete_collection(
    state: &mut State,
    target: &Target,
    params: &Params,
) -> Result<(u16, Value), ApiError> {
    let selectors = Selectors::parse(
        params.get("labelSelector").map(String::as_str),
        params.get("fieldSelector").map(String::as_str),
    )
    .map_err(ApiError::bad_request)?;
    let orphan = params
        .get("propagationPolicy")
        .is_some_and(|p| p == "Orphan");
    let keys: Vec<ObjKey> = state
        .keys_of(&target.t, target.namespace.as_deref())
        .into_iter()
        .filter(|k| state.objects.get(k).is_some_and(|o| selectors.matches(o)))
        .collect();
    let mut items = Vec::new();
    for k in keys {
        if let Some(obj) = delete_with_dependents(state, &k, orphan) {
            items.push(obj);
        }
    }
    Ok((
        200,
        json!({"apiVersion": target.t.api_version(), "kind": format!("{}List", target.t.kind),
               "metadata": {"resourceVersion": state.resource_version.to_string()}, "items": items}),
    ))
}

/// Where each requested port of a pod goes, decided before the upgrade (so a missing or
/// stopped pod is a plain HTTP error, as with a real API server).
fn portforward_plan(
    state: &State,
    target: &Target,
    params: &Params,
) -> Result<portforward::Plan, ApiError> {
    check_access(state, "create", target)?;
    let ns = target.namespace.clone().unwrap_or_default();
    let name = target.name.clone().unwrap_or_default();
    let k = key(&target.t, Some(&ns), &name);
    let pod = state
        .objects
        .get(&k)
        .ok_or_else(|| ApiError::not_found(&target.t, &name))?;
    let phase = pod
        .pointer("/status/phase")
        .and_then(Value::as_str)
        .unwrap_or("Pending");
    if phase != "Running" {
        return Err(ApiError::bad_request(format!(
            "unable to upgrade connection: pod {name} is not running (phase {phase})"
        )));
    }
    let ports_param = params.get("ports").cloned().unwrap_or_default();
    let mut ports = Vec::new();
    for p in ports_param.split(',').filter(|p| !p.trim().is_empty()) {
        let port: u16 = p
            .trim()
            .parse()
            .map_err(|_| ApiError::bad_request(format!("invalid port {p:?}")))?;
        ports.push((
            port,
            state
                .forwards
                .get(&(ns.clone(), name.clone(), port))
                .copied(),
        ));
    }
    if ports.is_empty() {
        return Err(ApiError::bad_request("at least 1 port must be specified"));
    }
    Ok(portforward::Plan {
        namespace: ns,
        pod: name,
        ports,
    })
}

impl State {
    /// A copy for dry runs (requests and forwards are not needed).
    fn snapshot(&self) -> State {
        State {
            history: Vec::new(),
            events: tokio::sync::broadcast::channel(1).0,
            types: self.types.clone(),
            objects: self.objects.clone(),
            managers: self.managers.clone(),
            resource_version: self.resource_version,
            uid_counter: self.uid_counter,
            requests: Vec::new(),
            access: self.access.clone(),
            enforce_access: self.enforce_access,
            forwards: HashMap::new(),
            logs: HashMap::new(),
            auto_ready: self.auto_ready,
            server_version: self.server_version.clone(),
            now: self.now.clone(),
        }
    }
}
