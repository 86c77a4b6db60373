//! Istio's CustomResourceDefinitions: names, versions and scope are facts of the Istio API,
//! declared in schemas/kinds.toml (see `schema::kinds`).
//!
//! Each served version carries its structural schema from schemas/<group>/<version>/<Kind>.json
//! (embedded in the binary), so the API server checks objects with the very rules
//! `sailctl validate` applies, CEL `x-kubernetes-validations` included.

use serde_json::{Map, Value, json};

/// One Istio CRD.
#[derive(Debug, Clone, Copy)]
pub struct Crd {
    pub group: &'static str,
    pub kind: &'static str,
    pub plural: &'static str,
    pub namespaced: bool,
    /// Served versions, in the order the CRD lists them.
    pub versions: &'static [&'static str],
    pub storage: &'static str,
    pub short_names: &'static [&'static str],
}

/// The CRDs of every kind with `crd = true` in schemas/kinds.toml, in its order (the order
/// Istio's base chart installs them), plus those of `SAILCTL_SCHEMAS_DIR`.
pub fn all() -> impl Iterator<Item = Crd> {
    crate::schema::kinds::istio()
        .filter(|k| k.crd)
        .map(|k| Crd {
            group: k.info.group,
            kind: k.info.kind,
            plural: k.info.plural,
            namespaced: k.info.namespaced,
            versions: k.info.versions,
            storage: k.storage,
            short_names: k.short_names,
        })
}

impl Crd {
    /// The structural schema of one version: the one in schemas/ (the same file `validate`
    /// checks with, CEL rules included), or an open schema when there is none.
    pub fn schema(&self, version: &str) -> Value {
        crate::schema::schema_json(self.group, version, self.kind)
            .and_then(|text| serde_json::from_str(text).ok())
            .unwrap_or_else(|| {
                json!({
                    "type": "object",
                    "properties": {
                        "spec": {"type": "object", "x-kubernetes-preserve-unknown-fields": true},
                        "status": {"type": "object", "x-kubernetes-preserve-unknown-fields": true},
                    },
                    "x-kubernetes-preserve-unknown-fields": true,
                })
            })
    }

    pub fn name(&self) -> String {
        format!("{}.{}", self.plural, self.group)
    }

    /// The CRD object, with the given labels.
    pub fn to_object(&self, labels: Map<String, Value>) -> Value {
        let versions: Vec<Value> = self
            .versions
            .iter()
            .map(|v| {
                let mut version = json!({
                    "name": v,
                    "served": true,
                    "storage": *v == self.storage,
                    "schema": {"openAPIV3Schema": super::crd_release::release_schema(self.kind, self.schema(v))},
                    "subresources": {"status": {}},
                });
                if let Some(cols) = super::crd_columns::printer_columns(self.kind) {
                    version["additionalPrinterColumns"] = cols;
                }
                version
            })
            .collect();
        let mut names = json!({
            "kind": self.kind,
            "listKind": format!("{}List", self.kind),
            "plural": self.plural,
            "singular": self.kind.to_ascii_lowercase(),
            "categories": ["istio-io", self.group.replace('.', "-")],
        });
        if !self.short_names.is_empty() {
            names["shortNames"] = json!(self.short_names);
        }
        json!({
            "apiVersion": "apiextensions.k8s.io/v1",
            "kind": "CustomResourceDefinition",
            "metadata": {
                "name": self.name(),
                "labels": labels,
                "annotations": {"helm.sh/resource-policy": "keep"},
            },
            "spec": {
                "group": self.group,
                "names": names,
                "scope": if self.namespaced { "Namespaced" } else { "Cluster" },
                "versions": versions,
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_crds_are_the_kinds_marked_crd_in_their_order() {
        let names: Vec<String> = all().map(|c| c.name()).collect();
        let want: Vec<String> = crate::schema::kinds::ISTIO_KINDS
            .iter()
            .filter(|k| k.crd)
            .map(|k| format!("{}.{}", k.info.plural, k.info.group))
            .collect();
        assert_eq!(names, want);
        assert_eq!(names.len(), 15);
        assert_eq!(names[0], "trafficextensions.extensions.istio.io");
        let dr = all().find(|c| c.kind == "DestinationRule").expect("DR");
        let obj = dr.to_object(Map::new());
        assert_eq!(obj["spec"]["scope"], "Namespaced");
        assert_eq!(obj["spec"]["names"]["shortNames"], json!(["dr"]));
        let storage: Vec<&Value> = obj["spec"]["versions"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|v| v["storage"] == true)
            .map(|v| &v["name"])
            .collect();
        assert_eq!(storage, [&json!("v1")]);
    }
}
