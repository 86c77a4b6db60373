//! Generic API helpers on [`Cluster`]: discovery of arbitrary kinds, paginated lists with
//! selectors, server-side apply, get/delete and access reviews.

use k8s_openapi::api::authorization::v1::{
    ResourceAttributes, SelfSubjectAccessReview, SelfSubjectAccessReviewSpec,
};
use k8s_openapi::api::core::v1::Pod;
use kube::api::{
    Api, DeleteParams, DynamicObject, ListParams, ObjectList, Patch, PatchParams, PostParams,
    PropagationPolicy,
};
use kube::core::GroupVersionKind;
use kube::discovery::{self, ApiCapabilities, ApiResource, Scope};
use serde::de::DeserializeOwned;

use super::{Cluster, ClusterError};

/// The field manager sailctl's server-side applies use.
pub const FIELD_MANAGER: &str = "sailctl";

/// The page size of paginated lists.
pub const PAGE_SIZE: u32 = 500;

/// Label and field selectors for a list (`app=istiod,istio.io/rev`, `status.phase=Running`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Selector {
    pub labels: Option<String>,
    pub fields: Option<String>,
}

impl Selector {
    /// Everything.
    pub fn all() -> Self {
        Selector::default()
    }

    /// A label selector.
    pub fn labels(selector: &str) -> Self {
        Selector {
            labels: Some(selector.to_string()),
            fields: None,
        }
    }

    /// Add a field selector.
    pub fn with_fields(mut self, selector: &str) -> Self {
        self.fields = Some(selector.to_string());
        self
    }

    fn list_params(&self, page_size: u32) -> ListParams {
        let mut lp = ListParams::default().limit(page_size);
        if let Some(l) = &self.labels {
            lp = lp.labels(l);
        }
        if let Some(f) = &self.fields {
            lp = lp.fields(f);
        }
        lp
    }
}

/// How to server-side apply.
#[derive(Debug, Clone)]
pub struct ApplyOptions {
    pub field_manager: String,
    pub force: bool,
    pub dry_run: bool,
}

impl Default for ApplyOptions {
    fn default() -> Self {
        ApplyOptions {
            field_manager: FIELD_MANAGER.to_string(),
            force: true,
            dry_run: false,
        }
    }
}

/// `Kind` or `Kind.group` for messages.
fn kind_label(gvk: &GroupVersionKind) -> String {
    if gvk.group.is_empty() {
        gvk.kind.clone()
    } else {
        format!("{}.{}", gvk.kind, gvk.group)
    }
}

fn where_(namespace: Option<&str>) -> String {
    match namespace {
        Some(ns) => format!(" in namespace {ns}"),
        None => String::new(),
    }
}

impl Cluster {
    /// Find the plural name and scope of a kind through discovery (one request per kind, cached).
    pub async fn resolve(
        &self,
        gvk: &GroupVersionKind,
    ) -> Result<(ApiResource, ApiCapabilities), ClusterError> {
        if let Some(hit) = self.discovery.lock().ok().and_then(|m| m.get(gvk).cloned()) {
            return Ok(hit);
        }
        let what = format!("{} ({})", kind_label(gvk), gvk.api_version());
        let found = match tokio::time::timeout(
            self.request_timeout,
            discovery::pinned_kind(&self.client, gvk),
        )
        .await
        {
            Ok(Ok(found)) => found,
            // The group/version itself is not served, or it is and lacks the kind.
            Ok(Err(kube::Error::Api(status))) if status.code == 404 => {
                return Err(ClusterError::UnknownKind(what));
            }
            Ok(Err(kube::Error::Discovery(_))) => return Err(ClusterError::UnknownKind(what)),
            Ok(Err(e)) => return Err(self.map_error(&format!("discovering {what}"), e)),
            Err(_) => {
                return Err(ClusterError::Timeout {
                    what: format!("discovering {what}"),
                    after: self.request_timeout,
                    server: self.server.clone(),
                });
            }
        };
        if let Ok(mut m) = self.discovery.lock() {
            m.insert(gvk.clone(), found.clone());
        }
        Ok(found)
    }

    /// An `Api<DynamicObject>` for any kind. For namespaced kinds, `namespace: None` means all
    /// namespaces; for cluster-scoped kinds the namespace is ignored.
    pub async fn dynamic_api(
        &self,
        gvk: &GroupVersionKind,
        namespace: Option<&str>,
    ) -> Result<(Api<DynamicObject>, ApiResource, ApiCapabilities), ClusterError> {
        let (ar, caps) = self.resolve(gvk).await?;
        let api = match (&caps.scope, namespace) {
            (Scope::Namespaced, Some(ns)) => Api::namespaced_with(self.client.clone(), ns, &ar),
            _ => Api::all_with(self.client.clone(), &ar),
        };
        Ok((api, ar, caps))
    }

    /// List every object an `Api` selects, following `continue` tokens page by page.
    pub async fn list_all<K>(
        &self,
        api: &Api<K>,
        selector: &Selector,
        what: &str,
    ) -> Result<Vec<K>, ClusterError>
    where
        K: Clone + DeserializeOwned + std::fmt::Debug,
    {
        let mut out = Vec::new();
        let mut lp = selector.list_params(PAGE_SIZE);
        loop {
            let page: ObjectList<K> = self.call(&format!("listing {what}"), api.list(&lp)).await?;
            out.extend(page.items);
            match page.metadata.continue_.filter(|c| !c.is_empty()) {
                Some(token) => lp = lp.continue_token(&token),
                None => break,
            }
        }
        Ok(out)
    }

    /// List objects of any kind (discovered) in one namespace or all.
    pub async fn list_kind(
        &self,
        gvk: &GroupVersionKind,
        namespace: Option<&str>,
        selector: &Selector,
    ) -> Result<Vec<DynamicObject>, ClusterError> {
        let (api, _, _) = self.dynamic_api(gvk, namespace).await?;
        let what = format!("{}{}", kind_label(gvk), where_(namespace));
        self.list_all(&api, selector, &what).await
    }

    /// Pods in a namespace matching a selector.
    pub async fn list_pods(
        &self,
        namespace: &str,
        selector: &Selector,
    ) -> Result<Vec<Pod>, ClusterError> {
        let api: Api<Pod> = Api::namespaced(self.client.clone(), namespace);
        self.list_all(&api, selector, &format!("pods in namespace {namespace}"))
            .await
    }

    /// Get one object of any kind; `Ok(None)` when it does not exist.
    pub async fn get_kind(
        &self,
        gvk: &GroupVersionKind,
        namespace: Option<&str>,
        name: &str,
    ) -> Result<Option<DynamicObject>, ClusterError> {
        let (api, _, _) = self.dynamic_api(gvk, namespace).await?;
        let what = format!("getting {} {name}{}", kind_label(gvk), where_(namespace));
        self.call(&what, api.get_opt(name)).await
    }

    /// Server-side apply one object given as JSON (`apiVersion`, `kind`, `metadata.name`, and
    /// `metadata.namespace` for namespaced kinds, else the context's namespace). Creates the
    /// object when absent. Returns the object as the server now has it (or would, on dry run).
    pub async fn apply(
        &self,
        object: &serde_json::Value,
        opts: &ApplyOptions,
    ) -> Result<DynamicObject, ClusterError> {
        let api_version = object
            .get("apiVersion")
            .and_then(|v| v.as_str())
            .ok_or_else(|| ClusterError::InvalidObject("missing apiVersion".to_string()))?;
        let kind = object
            .get("kind")
            .and_then(|v| v.as_str())
            .ok_or_else(|| ClusterError::InvalidObject("missing kind".to_string()))?;
        let name = object
            .pointer("/metadata/name")
            .and_then(|v| v.as_str())
            .ok_or_else(|| ClusterError::InvalidObject(format!("{kind} without metadata.name")))?;
        let (group, version) = match api_version.split_once('/') {
            Some((g, v)) => (g, v),
            None => ("", api_version),
        };
        let gvk = GroupVersionKind::gvk(group, version, kind);
        let (ar, caps) = self.resolve(&gvk).await?;
        let mut body = object.clone();
        let api: Api<DynamicObject> = match caps.scope {
            Scope::Namespaced => {
                let ns = object
                    .pointer("/metadata/namespace")
                    .and_then(|v| v.as_str())
                    .unwrap_or(&self.default_namespace)
                    .to_string();
                if let Some(meta) = body.get_mut("metadata").and_then(|m| m.as_object_mut()) {
                    meta.insert(
                        "namespace".to_string(),
                        serde_json::Value::String(ns.clone()),
                    );
                }
                Api::namespaced_with(self.client.clone(), &ns, &ar)
            }
            Scope::Cluster => {
                if let Some(meta) = body.get_mut("metadata").and_then(|m| m.as_object_mut()) {
                    meta.remove("namespace");
                }
                Api::all_with(self.client.clone(), &ar)
            }
        };
        let mut pp = PatchParams::apply(&opts.field_manager);
        if opts.force {
            pp = pp.force();
        }
        pp.dry_run = opts.dry_run;
        let what = format!("applying {kind} {name}");
        self.call(&what, api.patch(name, &pp, &Patch::Apply(&body)))
            .await
    }

    /// Create an object with POST (fails when it exists).
    pub async fn create(
        &self,
        object: &DynamicObject,
        gvk: &GroupVersionKind,
        dry_run: bool,
    ) -> Result<DynamicObject, ClusterError> {
        let ns = object.metadata.namespace.as_deref();
        let (api, _, _) = self.dynamic_api(gvk, ns).await?;
        let pp = PostParams {
            dry_run,
            field_manager: Some(FIELD_MANAGER.to_string()),
        };
        let name = object.metadata.name.clone().unwrap_or_default();
        let what = format!("creating {} {name}{}", kind_label(gvk), where_(ns));
        self.call(&what, api.create(&pp, object)).await
    }

    /// Delete an object of any kind (background propagation). `Ok(false)` when it was absent.
    pub async fn delete_kind(
        &self,
        gvk: &GroupVersionKind,
        namespace: Option<&str>,
        name: &str,
        dry_run: bool,
    ) -> Result<bool, ClusterError> {
        let (api, _, _) = self.dynamic_api(gvk, namespace).await?;
        let dp = DeleteParams {
            dry_run,
            propagation_policy: Some(PropagationPolicy::Background),
            ..DeleteParams::default()
        };
        let what = format!("deleting {} {name}{}", kind_label(gvk), where_(namespace));
        match self.call(&what, api.delete(name, &dp)).await {
            Ok(_) => Ok(true),
            Err(e) if e.is_not_found() => Ok(false),
            Err(e) => Err(e),
        }
    }

    /// Ask the server whether the current user may `verb` a resource (a SelfSubjectAccessReview).
    /// `resource` may carry a subresource: `pods/portforward`.
    pub async fn can_i(
        &self,
        verb: &str,
        group: &str,
        resource: &str,
        namespace: Option<&str>,
    ) -> Result<bool, ClusterError> {
        let (resource, subresource) = match resource.split_once('/') {
            Some((r, s)) => (r.to_string(), Some(s.to_string())),
            None => (resource.to_string(), None),
        };
        let review = SelfSubjectAccessReview {
            spec: SelfSubjectAccessReviewSpec {
                resource_attributes: Some(ResourceAttributes {
                    verb: Some(verb.to_string()),
                    group: Some(group.to_string()),
                    resource: Some(resource.clone()),
                    subresource,
                    namespace: namespace.map(str::to_string),
                    ..ResourceAttributes::default()
                }),
                ..SelfSubjectAccessReviewSpec::default()
            },
            ..SelfSubjectAccessReview::default()
        };
        let api: Api<SelfSubjectAccessReview> = Api::all(self.client.clone());
        let what = format!("checking access to {verb} {resource}");
        let answer = self
            .call(&what, api.create(&PostParams::default(), &review))
            .await?;
        Ok(answer.status.is_some_and(|s| s.allowed))
    }
}
