//! Diagnostics: what `validate` and `analyze` find, and the one renderer for every format.

use std::fmt;
use std::io::Write;

use colored::Colorize;
use serde::Serialize;

use crate::resource::Location;

/// How serious a diagnostic is. Ordered: `Info < Warning < Error`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, clap::ValueEnum)]
pub enum Level {
    Info,
    Warning,
    Error,
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Info => "Info",
            Level::Warning => "Warning",
            Level::Error => "Error",
        }
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One finding about one resource (or about the input itself).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// `IST0101`, or a validation code such as `schema` / `rule`.
    pub code: String,
    pub level: Level,
    pub message: String,
    /// `Kind namespace/name` (istioctl's origin), when there is a resource.
    pub origin: Option<String>,
    /// The offending field, `spec.http[0].route[1].weight`, when known.
    pub field: Option<String>,
    /// Where in a file, when the input was a file.
    pub location: Option<Location>,
    pub documentation_url: Option<String>,
}

impl Diagnostic {
    pub fn new(code: impl Into<String>, level: Level, message: impl Into<String>) -> Self {
        Diagnostic {
            code: code.into(),
            level,
            message: message.into(),
            origin: None,
            field: None,
            location: None,
            documentation_url: None,
        }
    }

    pub fn with_origin(mut self, origin: impl Into<String>) -> Self {
        self.origin = Some(origin.into());
        self
    }

    pub fn with_field(mut self, field: impl Into<String>) -> Self {
        self.field = Some(field.into());
        self
    }

    pub fn with_location(mut self, location: Option<Location>) -> Self {
        self.location = location;
        self
    }

    /// `file:line` as istioctl's `reference` field has it.
    pub fn reference(&self) -> Option<String> {
        self.location
            .as_ref()
            .map(|l| format!("{}:{}", l.file, l.line))
    }
}

/// istioctl's JSON/YAML message shape, plus our `field` and `column` (extra keys only).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Wire<'a> {
    code: &'a str,
    level: &'a str,
    message: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    origin: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    reference: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    documentation_url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    field: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    column: Option<usize>,
}

impl<'a> From<&'a Diagnostic> for Wire<'a> {
    fn from(d: &'a Diagnostic) -> Self {
        Wire {
            code: &d.code,
            level: d.level.as_str(),
            message: &d.message,
            origin: d.origin.as_deref(),
            reference: d.reference(),
            documentation_url: d.documentation_url.as_deref(),
            field: d.field.as_deref(),
            line: d.location.as_ref().map(|l| l.line),
            column: d.location.as_ref().map(|l| l.column),
        }
    }
}

/// The diagnostics as a JSON value (an array of istioctl message objects).
pub fn to_json(diags: &[Diagnostic]) -> serde_json::Value {
    let wire: Vec<Wire<'_>> = diags.iter().map(Wire::from).collect();
    serde_json::to_value(wire).unwrap_or(serde_json::Value::Null)
}

/// Write diagnostics as a JSON array.
pub fn write_json(out: &mut dyn Write, diags: &[Diagnostic]) -> std::io::Result<()> {
    super::write_json(out, &to_json(diags))
}

/// Write diagnostics as a YAML sequence.
pub fn write_yaml(out: &mut dyn Write, diags: &[Diagnostic]) -> std::io::Result<()> {
    out.write_all(super::yaml::to_string(&to_json(diags)).as_bytes())
}

/// One line per diagnostic in istioctl's log format:
/// `Error [IST0101] (VirtualService default/reviews reviews.yaml:12) Referenced gateway not found`.
/// The field path, when known, comes before the message.
pub fn write_log(out: &mut dyn Write, diags: &[Diagnostic], color: bool) -> std::io::Result<()> {
    for d in diags {
        let level = if color {
            match d.level {
                Level::Error => d.level.as_str().red().bold().to_string(),
                Level::Warning => d.level.as_str().yellow().bold().to_string(),
                Level::Info => d.level.as_str().cyan().to_string(),
            }
        } else {
            d.level.as_str().to_string()
        };
        let mut paren = Vec::new();
        if let Some(o) = &d.origin {
            paren.push(o.clone());
        }
        if let Some(l) = &d.location {
            paren.push(format!("{}:{}", l.file, l.line));
        }
        let mut line = format!("{level} [{}]", d.code);
        if !paren.is_empty() {
            line.push_str(&format!(" ({})", paren.join(" ")));
        }
        if let Some(f) = &d.field {
            line.push_str(&format!(" {f}:"));
        }
        line.push(' ');
        line.push_str(&d.message);
        writeln!(out, "{line}")?;
    }
    Ok(())
}

/// Compiler-style lines, one per diagnostic, that editors and terminals make clickable:
/// `vs.yaml:12:7: error: VirtualService default/reviews: spec.http[0].route[1].weight: message`.
pub fn write_located(
    out: &mut dyn Write,
    diags: &[Diagnostic],
    color: bool,
) -> std::io::Result<()> {
    for d in diags {
        let level = match d.level {
            Level::Error => "error",
            Level::Warning => "warning",
            Level::Info => "info",
        };
        let level = if color {
            match d.level {
                Level::Error => level.red().bold().to_string(),
                Level::Warning => level.yellow().bold().to_string(),
                Level::Info => level.cyan().to_string(),
            }
        } else {
            level.to_string()
        };
        let mut line = String::new();
        if let Some(l) = &d.location {
            line.push_str(&format!("{}:{}:{}: ", l.file, l.line, l.column));
        }
        line.push_str(&format!("{level}[{}]: ", d.code));
        if let Some(o) = &d.origin {
            line.push_str(&format!("{o}: "));
        }
        if let Some(f) = &d.field {
            line.push_str(&format!("{f}: "));
        }
        line.push_str(&d.message);
        writeln!(out, "{line}")?;
    }
    Ok(())
}

/// GitHub Actions workflow commands: `::error file=F,line=L,col=C,title=CODE::message`.
pub fn write_github(out: &mut dyn Write, diags: &[Diagnostic]) -> std::io::Result<()> {
    fn esc_data(s: &str) -> String {
        s.replace('%', "%25")
            .replace('\r', "%0D")
            .replace('\n', "%0A")
    }
    fn esc_prop(s: &str) -> String {
        esc_data(s).replace(':', "%3A").replace(',', "%2C")
    }
    for d in diags {
        let cmd = match d.level {
            Level::Error => "error",
            Level::Warning => "warning",
            Level::Info => "notice",
        };
        let mut props = Vec::new();
        if let Some(l) = &d.location {
            props.push(format!("file={}", esc_prop(&l.file)));
            props.push(format!("line={}", l.line));
            props.push(format!("col={}", l.column));
        }
        props.push(format!("title={}", esc_prop(&d.code)));
        let mut msg = String::new();
        if let Some(o) = &d.origin {
            msg.push_str(&format!("({o}) "));
        }
        if let Some(f) = &d.field {
            msg.push_str(&format!("{f}: "));
        }
        msg.push_str(&d.message);
        writeln!(out, "::{cmd} {}::{}", props.join(","), esc_data(&msg))?;
    }
    Ok(())
}

/// A rule (message code) described in SARIF output.
#[derive(Debug, Clone)]
pub struct SarifRule {
    pub id: String,
    pub name: String,
    pub description: String,
    pub help_uri: Option<String>,
}

/// Write diagnostics as one SARIF 2.1.0 log (for GitHub code scanning and other SARIF viewers).
/// `rules` describes the codes; results refer to them by id.
pub fn write_sarif(
    out: &mut dyn Write,
    diags: &[Diagnostic],
    rules: &[SarifRule],
) -> std::io::Result<()> {
    use serde_sarif::sarif;
    let descriptors: Vec<sarif::ReportingDescriptor> = rules
        .iter()
        .map(|r| {
            let text = sarif::MultiformatMessageString::builder()
                .text(r.description.clone())
                .build();
            match &r.help_uri {
                Some(uri) => sarif::ReportingDescriptor::builder()
                    .id(r.id.clone())
                    .name(r.name.clone())
                    .short_description(text)
                    .help_uri(uri.clone())
                    .build(),
                None => sarif::ReportingDescriptor::builder()
                    .id(r.id.clone())
                    .name(r.name.clone())
                    .short_description(text)
                    .build(),
            }
        })
        .collect();
    let results: Vec<sarif::Result> = diags
        .iter()
        .map(|d| {
            let level = match d.level {
                Level::Error => sarif::ResultLevel::Error,
                Level::Warning => sarif::ResultLevel::Warning,
                Level::Info => sarif::ResultLevel::Note,
            };
            let mut text = String::new();
            if let Some(o) = &d.origin {
                text.push_str(&format!("({o}) "));
            }
            if let Some(f) = &d.field {
                text.push_str(&format!("{f}: "));
            }
            text.push_str(&d.message);
            let message = sarif::Message::builder().text(text).build();
            let locations: Vec<sarif::Location> = d
                .location
                .iter()
                .map(|l| {
                    let region = sarif::Region::builder()
                        .start_line(l.line as i64)
                        .start_column(l.column as i64)
                        .build();
                    let artifact = sarif::ArtifactLocation::builder()
                        .uri(l.file.clone())
                        .build();
                    let physical = sarif::PhysicalLocation::builder()
                        .artifact_location(artifact)
                        .region(region)
                        .build();
                    sarif::Location::builder()
                        .physical_location(physical)
                        .build()
                })
                .collect();
            match rules.iter().position(|r| r.id == d.code) {
                Some(i) => sarif::Result::builder()
                    .message(message)
                    .rule_id(d.code.clone())
                    .rule_index(i as i64)
                    .level(level)
                    .locations(locations)
                    .build(),
                None => sarif::Result::builder()
                    .message(message)
                    .rule_id(d.code.clone())
                    .level(level)
                    .locations(locations)
                    .build(),
            }
        })
        .collect();
    let driver = sarif::ToolComponent::builder()
        .name("sailctl")
        .version(env!("CARGO_PKG_VERSION"))
        .information_uri("https://istio.io/latest/docs/reference/config/analysis/")
        .rules(descriptors)
        .build();
    let run = sarif::Run::builder()
        .tool(sarif::Tool::builder().driver(driver).build())
        .results(results)
        .build();
    let log = sarif::Sarif::builder()
        .version(serde_json::json!("2.1.0"))
        .schema(sarif::SCHEMA_URL)
        .runs(vec![run])
        .build();
    super::write_json(out, &log)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Diagnostic {
        Diagnostic::new(
            "IST0101",
            Level::Error,
            "Referenced gateway not found: \"bogus\"",
        )
        .with_origin("VirtualService default/reviews")
        .with_location(Some(Location {
            file: "reviews.yaml".into(),
            line: 12,
            column: 5,
        }))
    }

    #[test]
    fn log_format_matches_istioctl_shape() {
        let mut out = Vec::new();
        write_log(&mut out, &[sample()], false).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "Error [IST0101] (VirtualService default/reviews reviews.yaml:12) Referenced gateway not found: \"bogus\"\n"
        );
    }

    #[test]
    fn json_keeps_istioctl_fields() {
        let v = to_json(&[sample()]);
        assert_eq!(v[0]["code"], "IST0101");
        assert_eq!(v[0]["origin"], "VirtualService default/reviews");
        assert_eq!(v[0]["reference"], "reviews.yaml:12");
        assert_eq!(v[0]["level"], "Error");
    }

    #[test]
    fn sarif_has_rules_results_and_locations() {
        let rules = [SarifRule {
            id: "IST0101".into(),
            name: "ReferencedResourceNotFound".into(),
            description: "missing".into(),
            help_uri: None,
        }];
        let mut out = Vec::new();
        write_sarif(&mut out, &[sample()], &rules).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(v["version"], "2.1.0");
        let run = &v["runs"][0];
        assert_eq!(run["tool"]["driver"]["rules"][0]["id"], "IST0101");
        assert_eq!(run["results"][0]["ruleId"], "IST0101");
        assert_eq!(run["results"][0]["level"], "error");
        let loc = &run["results"][0]["locations"][0]["physicalLocation"];
        assert_eq!(loc["artifactLocation"]["uri"], "reviews.yaml");
        assert_eq!(loc["region"]["startLine"], 12);
    }

    #[test]
    fn github_annotations_escape_properties() {
        let mut d = sample();
        d.message = "a\nb".into();
        let mut out = Vec::new();
        write_github(&mut out, &[d]).unwrap();
        let s = String::from_utf8(out).unwrap();
        assert!(
            s.starts_with("::error file=reviews.yaml,line=12,col=5,title=IST0101::"),
            "{s}"
        );
        assert!(s.contains("a%0Ab"));
    }
}
