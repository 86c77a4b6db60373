//! `proxy-config ecds`: extension configurations delivered by ECDS.

use serde_json::Value;

use super::dump::{ConfigDump, DumpError};
use super::protojson;
use crate::output::table::Table;

const TYPE_PREFIX: &str = "type.googleapis.com/";

/// One extension configuration: its name and the type of its typed config.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EcdsRow {
    pub name: String,
    /// The full type URL (empty when the config has none).
    pub type_url: String,
}

/// All ECDS entries, sorted by type URL then name.
pub fn rows(dump: &ConfigDump) -> Result<Vec<EcdsRow>, DumpError> {
    let mut out: Vec<EcdsRow> = dump
        .ecds_values()?
        .iter()
        .map(|e| {
            let f = e.get("ecds_filter").or_else(|| e.get("ecdsFilter"));
            let name = f.and_then(|f| f.get("name")).and_then(Value::as_str);
            let type_url = f
                .and_then(|f| f.get("typed_config").or_else(|| f.get("typedConfig")))
                .and_then(|c| c.get("@type"))
                .and_then(Value::as_str);
            EcdsRow {
                name: name.unwrap_or_default().to_string(),
                type_url: type_url.unwrap_or_default().to_string(),
            }
        })
        .collect();
    out.sort_by(|a, b| {
        a.type_url
            .cmp(&b.type_url)
            .then_with(|| a.name.cmp(&b.name))
    });
    Ok(out)
}

pub fn table(rows: &[EcdsRow]) -> Table {
    let mut t = Table::with_header(5, &["ECDS NAME", "TYPE"]);
    for r in rows {
        let ty = r.type_url.strip_prefix(TYPE_PREFIX).unwrap_or(&r.type_url);
        t.row(vec![r.name.clone(), ty.to_string()]);
    }
    t
}

/// `-o json|yaml`: `{"ecdsFilters": [...]}`, every ECDS section merged.
pub fn json(dump: &ConfigDump) -> Result<Value, DumpError> {
    let mut filters = Value::Array(dump.ecds_values()?);
    protojson::to_camel_case(&mut filters);
    let mut out = serde_json::Map::new();
    if filters.as_array().is_some_and(|a| !a.is_empty()) {
        out.insert("ecdsFilters".into(), filters);
    }
    Ok(Value::Object(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_sort_by_type_then_name_and_sections_merge() {
        let text = r#"{"configs":[
          {"@type":"type.googleapis.com/envoy.admin.v3.EcdsConfigDump","ecds_filters":[
            {"ecds_filter":{"name":"b","typed_config":{"@type":"type.googleapis.com/x.Wasm"}}},
            {"ecds_filter":{"name":"a","typed_config":{"@type":"type.googleapis.com/x.Wasm"}}}]},
          {"@type":"type.googleapis.com/envoy.admin.v3.EcdsConfigDump","ecds_filters":[
            {"ecds_filter":{"name":"z"}}]}]}"#;
        let dump = ConfigDump::parse(text).unwrap();
        let rows = rows(&dump).unwrap();
        let names: Vec<&str> = rows.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(names, vec!["z", "a", "b"]);
        assert_eq!(
            table(&rows).render(),
            "ECDS NAME     TYPE\nz             \na             x.Wasm\nb             x.Wasm\n"
        );
    }
}
