//! The config dump: Envoy's `/config_dump` answer, split into its sections.

use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::value::RawValue;

use super::model;

/// Section type URLs of `envoy.admin.v3.ConfigDump.configs`.
pub mod section {
    pub const BOOTSTRAP: &str = "type.googleapis.com/envoy.admin.v3.BootstrapConfigDump";
    pub const CLUSTERS: &str = "type.googleapis.com/envoy.admin.v3.ClustersConfigDump";
    pub const LISTENERS: &str = "type.googleapis.com/envoy.admin.v3.ListenersConfigDump";
    pub const ROUTES: &str = "type.googleapis.com/envoy.admin.v3.RoutesConfigDump";
    pub const ENDPOINTS: &str = "type.googleapis.com/envoy.admin.v3.EndpointsConfigDump";
    pub const SECRETS: &str = "type.googleapis.com/envoy.admin.v3.SecretsConfigDump";
    pub const ECDS: &str = "type.googleapis.com/envoy.admin.v3.EcdsConfigDump";
}

#[derive(Debug, thiserror::Error)]
pub enum DumpError {
    #[error("error unmarshalling config dump response from Envoy: {0}")]
    Parse(serde_json::Error),
    #[error("config dump has no configuration type {0}")]
    MissingSection(&'static str),
    #[error("invalid {what} in config dump: {source}")]
    Section {
        what: &'static str,
        source: serde_json::Error,
    },
    #[error("no {0} found")]
    Empty(&'static str),
    /// The input is another admin document than the view reads (a config dump given to
    /// `proxy-config endpoint`, `/clusters` output given to a config-dump view).
    #[error("the input is {got}, not {expected}{hint}")]
    WrongDocument {
        expected: &'static str,
        got: &'static str,
        hint: &'static str,
    },
}

/// What `/clusters?format=json` output is called in errors.
pub const CLUSTERS_OUTPUT: &str = "Envoy's /clusters?format=json output";
/// What a `/config_dump` answer is called in errors.
pub const CONFIG_DUMP: &str = "an Envoy config dump (/config_dump)";

/// A parsed config dump. It borrows the text it was parsed from: sections stay raw JSON until a
/// view asks for one.
#[derive(Debug)]
pub struct ConfigDump<'a> {
    sections: Vec<(String, &'a RawValue)>,
}

#[derive(Deserialize)]
struct Top<'a> {
    #[serde(borrow, default)]
    configs: Vec<&'a RawValue>,
    /// Present in `/clusters?format=json` output: the wrong document for a config-dump view.
    #[serde(default, alias = "clusterStatuses")]
    cluster_statuses: Option<serde::de::IgnoredAny>,
}

#[derive(Deserialize)]
struct AnyHead {
    #[serde(rename = "@type", default)]
    type_url: String,
}

/// The `@type` of an `Any`. Envoy writes it first, so it is read without scanning the (large)
/// rest of the section; any other layout takes the full parse.
fn type_url(raw: &str) -> Result<String, serde_json::Error> {
    let first = raw
        .trim_start()
        .strip_prefix('{')
        .map(str::trim_start)
        .and_then(|r| r.strip_prefix("\"@type\""))
        .map(str::trim_start)
        .and_then(|r| r.strip_prefix(':'));
    if let Some(rest) = first {
        let mut de = serde_json::Deserializer::from_str(rest);
        if let Ok(t) = String::deserialize(&mut de) {
            return Ok(t);
        }
    }
    serde_json::from_str::<AnyHead>(raw).map(|h| h.type_url)
}

impl<'a> ConfigDump<'a> {
    /// Split `text` (a `/config_dump` answer) into sections.
    pub fn parse(text: &'a str) -> Result<Self, DumpError> {
        let top: Top<'a> = serde_json::from_str(text).map_err(DumpError::Parse)?;
        if top.cluster_statuses.is_some() && top.configs.is_empty() {
            return Err(DumpError::WrongDocument {
                expected: CONFIG_DUMP,
                got: CLUSTERS_OUTPUT,
                hint: " (`proxy-config endpoint -f` reads that)",
            });
        }
        let mut sections = Vec::with_capacity(top.configs.len());
        for raw in top.configs {
            sections.push((type_url(raw.get()).map_err(DumpError::Parse)?, raw));
        }
        Ok(ConfigDump { sections })
    }

    /// A dump made of already-split sections (istiod's debug answer carries them as resources).
    pub fn from_sections(sections: Vec<(String, &'a RawValue)>) -> Self {
        ConfigDump { sections }
    }

    /// The type URLs of the sections, in dump order.
    pub fn section_types(&self) -> impl Iterator<Item = &str> {
        self.sections.iter().map(|(t, _)| t.as_str())
    }

    /// The last section of a type (Envoy writes each once; istioctl takes the last).
    pub fn raw_section(&self, type_url: &'static str) -> Result<&'a RawValue, DumpError> {
        self.sections
            .iter()
            .rev()
            .find(|(t, _)| t == type_url)
            .map(|(_, raw)| *raw)
            .ok_or(DumpError::MissingSection(type_url))
    }

    /// Every section of a type, in order (ECDS may come in several).
    pub fn raw_sections(&self, type_url: &'static str) -> Vec<&'a RawValue> {
        self.sections
            .iter()
            .filter(|(t, _)| t == type_url)
            .map(|(_, raw)| *raw)
            .collect()
    }

    fn typed<T: DeserializeOwned>(
        &self,
        type_url: &'static str,
        what: &'static str,
    ) -> Result<T, DumpError> {
        let raw = self.raw_section(type_url)?;
        serde_json::from_str(raw.get()).map_err(|source| DumpError::Section { what, source })
    }

    fn borrowed<T: Deserialize<'a>>(
        &self,
        type_url: &'static str,
        what: &'static str,
    ) -> Result<T, DumpError> {
        let raw = self.raw_section(type_url)?;
        serde_json::from_str(raw.get()).map_err(|source| DumpError::Section { what, source })
    }

    /// The bootstrap section as JSON (`envoy.admin.v3.BootstrapConfigDump`).
    pub fn bootstrap_value(&self) -> Result<serde_json::Value, DumpError> {
        self.typed(section::BOOTSTRAP, "bootstrap")
    }

    /// The parts of the bootstrap the summary shows.
    pub fn bootstrap(&self) -> Result<model::BootstrapDump, DumpError> {
        self.typed(section::BOOTSTRAP, "bootstrap")
    }

    /// Dynamic active clusters, then static clusters (istioctl's order before sorting), raw.
    pub fn raw_clusters(&self) -> Result<Vec<&'a RawValue>, DumpError> {
        let s: model::ClustersSection<&'a RawValue> =
            self.borrowed(section::CLUSTERS, "clusters")?;
        Ok(s.into_items())
    }

    /// The clusters as the tables read them (one pass over the section).
    pub fn clusters(&self) -> Result<Vec<model::Cluster>, DumpError> {
        let s: model::ClustersSection<model::Cluster> =
            self.borrowed(section::CLUSTERS, "clusters")?;
        Ok(s.into_items())
    }

    /// The clusters, each with its raw JSON for `-o json`.
    pub fn cluster_items(&self) -> Result<Vec<Item<'a, model::Cluster>>, DumpError> {
        parse_items(self.raw_clusters()?, "cluster")
    }

    /// Dynamic (active state) listeners, then static ones, raw.
    pub fn raw_listeners(&self) -> Result<Vec<&'a RawValue>, DumpError> {
        let s: model::ListenersSection<&'a RawValue> =
            self.borrowed(section::LISTENERS, "listeners")?;
        Ok(s.into_items())
    }

    pub fn listeners(&self) -> Result<Vec<model::Listener<'a>>, DumpError> {
        let s: model::ListenersSection<model::Listener<'a>> =
            self.borrowed(section::LISTENERS, "listeners")?;
        Ok(s.into_items())
    }

    pub fn listener_items(&self) -> Result<Vec<Item<'a, model::Listener<'a>>>, DumpError> {
        parse_items(self.raw_listeners()?, "listener")
    }

    /// Dynamic route configurations, then static ones, raw.
    pub fn raw_routes(&self) -> Result<Vec<&'a RawValue>, DumpError> {
        let s: model::RoutesSection<&'a RawValue> = self.borrowed(section::ROUTES, "routes")?;
        Ok(s.into_items())
    }

    pub fn routes(&self) -> Result<Vec<model::RouteConfiguration>, DumpError> {
        let s: model::RoutesSection<model::RouteConfiguration> =
            self.borrowed(section::ROUTES, "routes")?;
        Ok(s.into_items())
    }

    pub fn route_items(&self) -> Result<Vec<Item<'a, model::RouteConfiguration>>, DumpError> {
        parse_items(self.raw_routes()?, "route configuration")
    }

    /// Dynamic endpoint configurations, then static ones, raw. Present only in dumps taken with
    /// `?include_eds=true`.
    pub fn raw_endpoints(&self) -> Result<Vec<&'a RawValue>, DumpError> {
        let s: model::EndpointsSection<&'a RawValue> =
            self.borrowed(section::ENDPOINTS, "endpoints")?;
        Ok(s.into_items())
    }

    pub fn endpoints(&self) -> Result<Vec<model::ClusterLoadAssignment>, DumpError> {
        let s: model::EndpointsSection<model::ClusterLoadAssignment> =
            self.borrowed(section::ENDPOINTS, "endpoints")?;
        Ok(s.into_items())
    }

    /// The secrets section as JSON (`envoy.admin.v3.SecretsConfigDump`).
    pub fn secrets_value(&self) -> Result<serde_json::Value, DumpError> {
        self.typed(section::SECRETS, "secrets")
    }

    pub fn secrets(&self) -> Result<model::SecretsSection, DumpError> {
        self.typed(section::SECRETS, "secrets")
    }

    /// All ECDS sections merged, as JSON entries (`versionInfo`, `ecdsFilter`, `lastUpdated`).
    pub fn ecds_values(&self) -> Result<Vec<serde_json::Value>, DumpError> {
        let raws = self.raw_sections(section::ECDS);
        if raws.is_empty() {
            return Err(DumpError::MissingSection(section::ECDS));
        }
        let mut out = Vec::new();
        for raw in raws {
            let s: model::EcdsSection =
                serde_json::from_str(raw.get()).map_err(|source| DumpError::Section {
                    what: "ecds",
                    source,
                })?;
            out.extend(s.ecds_filters);
        }
        Ok(out)
    }
}

/// One resource of a section: the fields a view reads, and its JSON for `-o json|yaml`.
#[derive(Debug)]
pub struct Item<'a, T> {
    pub raw: &'a RawValue,
    pub value: T,
}

impl<T> Item<'_, T> {
    /// The resource as a JSON value (parsed on demand).
    pub fn json(&self) -> Result<serde_json::Value, DumpError> {
        serde_json::from_str(self.raw.get()).map_err(|source| DumpError::Section {
            what: "resource",
            source,
        })
    }
}

fn parse_items<'a, T: Deserialize<'a>>(
    raws: Vec<&'a RawValue>,
    what: &'static str,
) -> Result<Vec<Item<'a, T>>, DumpError> {
    raws.into_iter()
        .map(|raw| {
            serde_json::from_str(raw.get())
                .map(|value| Item { raw, value })
                .map_err(|source| DumpError::Section { what, source })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_are_found_by_type_and_missing_ones_are_named() {
        let text = r#"{"configs":[{"@type":"type.googleapis.com/envoy.admin.v3.ClustersConfigDump","static_clusters":[{"cluster":{"name":"a"}}],"dynamic_active_clusters":[{"cluster":{"name":"b"}}]}]}"#;
        let dump = ConfigDump::parse(text).unwrap();
        let names: Vec<String> = dump
            .clusters()
            .unwrap()
            .into_iter()
            .map(|c| c.name)
            .collect();
        let raw: Vec<String> = dump
            .cluster_items()
            .unwrap()
            .into_iter()
            .map(|c| c.value.name)
            .collect();
        assert_eq!(names, raw);
        assert_eq!(names, vec!["b", "a"]);
        let err = dump.listeners().unwrap_err().to_string();
        assert_eq!(
            err,
            "config dump has no configuration type type.googleapis.com/envoy.admin.v3.ListenersConfigDump"
        );
    }

    #[test]
    fn type_urls_are_read_first_or_anywhere() {
        assert_eq!(type_url(r#" { "@type" : "a.B", "x": [1]}"#).unwrap(), "a.B");
        assert_eq!(
            type_url(r#"{"x": {"@type": "no"}, "@type": "c.D"}"#).unwrap(),
            "c.D"
        );
        assert_eq!(type_url(r#"{"x": 1}"#).unwrap(), "");
    }

    #[test]
    fn unparsable_input_says_so() {
        let err = ConfigDump::parse("{not json").unwrap_err().to_string();
        assert!(
            err.starts_with("error unmarshalling config dump response from Envoy: "),
            "{err}"
        );
    }

    #[test]
    fn an_empty_object_has_no_sections() {
        let dump = ConfigDump::parse("{}").unwrap();
        assert_eq!(dump.section_types().count(), 0);
        assert!(matches!(
            dump.bootstrap(),
            Err(DumpError::MissingSection(section::BOOTSTRAP))
        ));
    }
}
