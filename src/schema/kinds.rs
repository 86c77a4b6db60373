//! Istio's kinds, each declared once: schemas/kinds.toml beside the JSON Schemas in schemas/.
//!
//! build.rs reads both (with build/kinds.rs, shared with this module) and generates static
//! tables: [`ISTIO_KINDS`] here, the validation dispatch (`validation::spec_rules`), the
//! `schema.ValidationAnalyzer.<Kind>` list; the analysis kind list and the CRDs of the Base
//! component are read from [`ISTIO_KINDS`]. Nothing is parsed at start-up.
//!
//! For developers, [`SCHEMAS_DIR_ENV`] names a directory laid out like schemas/ (its own
//! kinds.toml and `<group>/<version>/<Kind>.json` files) whose kinds are added to the built-in
//! ones for one run, or replace a built-in kind of the same group and name. Those kinds get
//! everything a kind gets from its schema and metadata (validate, the schema analyzer, the
//! CRD); rule modules are compiled in, so they cannot add rules.

use std::path::Path;
use std::sync::OnceLock;

use super::registry::KindInfo;
use super::{Node, SchemaError};

#[path = "../../build/kinds.rs"]
#[allow(dead_code)]
mod spec;

/// One Istio kind as schemas/kinds.toml declares it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IstioKind {
    pub info: KindInfo,
    /// The CRD's storage version.
    pub storage: &'static str,
    pub short_names: &'static [&'static str],
    /// Istio's semantic rules apply (a rule module under src/validation).
    pub rules: bool,
    /// Analysis reads the kind; `schema.ValidationAnalyzer.<Kind>` checks it.
    pub analyze: bool,
    /// The Base component installs its CRD.
    pub crd: bool,
    /// Analysis messages (names) its schema analyzer reports beyond IST0106 and IST0133.
    pub messages: &'static [&'static str],
}

mod generated {
    use super::{IstioKind, KindInfo};
    include!(concat!(env!("OUT_DIR"), "/istio_kinds.rs"));
}

pub use generated::ISTIO_KINDS;

/// The developer variable naming a schemas directory to add kinds from (see the module doc).
pub const SCHEMAS_DIR_ENV: &str = "SAILCTL_SCHEMAS_DIR";

/// A schema read from [`SCHEMAS_DIR_ENV`].
#[derive(Debug)]
pub struct ExtraSchema {
    pub group: &'static str,
    pub version: &'static str,
    pub kind: &'static str,
    pub json: &'static str,
    compiled: OnceLock<Result<Node, SchemaError>>,
}

impl ExtraSchema {
    /// The compiled schema (compiled on first use).
    pub fn compiled(&self) -> &Result<Node, SchemaError> {
        self.compiled
            .get_or_init(|| super::compile_json(self.json, self.group, self.version, self.kind))
    }
}

/// The kinds and schemas of [`SCHEMAS_DIR_ENV`].
#[derive(Debug, Default)]
pub struct Extras {
    pub kinds: Vec<IstioKind>,
    pub schemas: Vec<ExtraSchema>,
}

static EXTRAS: OnceLock<Result<Extras, String>> = OnceLock::new();

/// Read [`SCHEMAS_DIR_ENV`] (once per process). The binary calls this before running a
/// command and reports an error as a usage error; nothing happens when the variable is unset.
pub fn load_extras() -> Result<(), String> {
    EXTRAS
        .get_or_init(|| match std::env::var_os(SCHEMAS_DIR_ENV) {
            None => Ok(Extras::default()),
            Some(dir) => read_extras(Path::new(&dir))
                .map_err(|e| format!("{SCHEMAS_DIR_ENV}={}: {e}", Path::new(&dir).display())),
        })
        .as_ref()
        .map(|_| ())
        .map_err(Clone::clone)
}

/// The kinds and schemas of [`SCHEMAS_DIR_ENV`]; empty when it is unset (or unreadable: the
/// binary reports that through [`load_extras`] before anything looks here).
pub fn extras() -> &'static Extras {
    static EMPTY: Extras = Extras {
        kinds: Vec::new(),
        schemas: Vec::new(),
    };
    let _ = load_extras();
    match EXTRAS.get() {
        Some(Ok(e)) => e,
        _ => &EMPTY,
    }
}

fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

fn leak_all(v: Vec<String>) -> &'static [&'static str] {
    Box::leak(
        v.into_iter()
            .map(leak)
            .collect::<Vec<_>>()
            .into_boxed_slice(),
    )
}

fn read_extras(dir: &Path) -> Result<Extras, String> {
    let (specs, files) = spec::load(dir)?;
    let mut out = Extras::default();
    for s in specs {
        let builtin = ISTIO_KINDS
            .iter()
            .find(|b| b.info.group == s.group && b.info.kind == s.kind);
        if s.rules && !builtin.is_some_and(|b| b.rules) {
            return Err(format!(
                "{}: {} cannot have rules = true: rule modules are compiled into sailctl",
                s.at, s.kind
            ));
        }
        if let Some(m) = s
            .messages
            .iter()
            .find(|m| !builtin.is_some_and(|b| b.messages.contains(&m.as_str())))
        {
            return Err(format!(
                "{}: {} cannot report {m}: only the rules compiled into sailctl make such messages",
                s.at, s.kind
            ));
        }
        out.kinds.push(IstioKind {
            info: KindInfo {
                group: leak(s.group),
                kind: leak(s.kind),
                plural: leak(s.plural),
                namespaced: s.namespaced,
                versions: leak_all(s.versions),
                istio: true,
            },
            storage: leak(s.storage),
            short_names: leak_all(s.short_names),
            rules: s.rules,
            analyze: s.analyze,
            crd: s.crd,
            messages: leak_all(s.messages),
        });
    }
    for f in files {
        let json =
            std::fs::read_to_string(&f.path).map_err(|e| format!("{}: {e}", f.path.display()))?;
        out.schemas.push(ExtraSchema {
            group: leak(f.group),
            version: leak(f.version),
            kind: leak(f.kind),
            json: leak(json),
            compiled: OnceLock::new(),
        });
    }
    Ok(out)
}

/// Every Istio kind: those of [`SCHEMAS_DIR_ENV`] first, then the built-in ones they do not
/// replace.
pub fn istio() -> impl Iterator<Item = &'static IstioKind> {
    let extra: &'static [IstioKind] = &extras().kinds;
    extra.iter().chain(ISTIO_KINDS.iter().filter(move |b| {
        !extra
            .iter()
            .any(|e| e.info.group == b.info.group && e.info.kind == b.info.kind)
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn schemas_dir() -> std::path::PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("schemas")
    }

    #[test]
    fn the_generated_table_is_schemas_kinds_toml() {
        let (specs, files) = spec::load(&schemas_dir()).expect("schemas/ agrees with itself");
        assert_eq!(specs.len(), ISTIO_KINDS.len());
        for (s, k) in specs.iter().zip(ISTIO_KINDS) {
            let v: Vec<&str> = s.versions.iter().map(String::as_str).collect();
            assert_eq!(
                (s.group.as_str(), s.kind.as_str(), s.plural.as_str()),
                (k.info.group, k.info.kind, k.info.plural)
            );
            assert_eq!(v, k.info.versions, "{}", s.kind);
            assert_eq!(s.storage, k.storage, "{}", s.kind);
            assert_eq!(
                (s.rules, s.analyze, s.crd, s.namespaced),
                (k.rules, k.analyze, k.crd, k.info.namespaced)
            );
        }
        // the embedded schemas are exactly the files, and each is a listed version of its kind
        let embedded: Vec<(&str, &str, &str)> = super::super::EMBEDDED
            .iter()
            .map(|e| (e.group, e.version, e.kind))
            .collect();
        let on_disk: Vec<(&str, &str, &str)> = files
            .iter()
            .map(|f| (f.group.as_str(), f.version.as_str(), f.kind.as_str()))
            .collect();
        assert_eq!(embedded, on_disk);
        for (g, v, kind) in embedded {
            let k = ISTIO_KINDS
                .iter()
                .find(|k| k.info.group == g && k.info.kind == kind)
                .unwrap_or_else(|| panic!("no kind for schema {g}/{v}/{kind}"));
            assert!(k.info.versions.contains(&v), "{g}/{v}/{kind}");
        }
        for k in ISTIO_KINDS {
            for v in k.info.versions {
                assert!(
                    super::super::schema_json(k.info.group, v, k.info.kind).is_some(),
                    "no schema for {}/{v} {}",
                    k.info.group,
                    k.info.kind
                );
            }
        }
    }

    #[test]
    fn disagreements_name_the_file_and_the_kind() {
        let specs = spec::parse(
            "[[kind]]\nkind = \"Widget\"\ngroup = \"example.dev\"\nplural = \"widgets\"\n\
             versions = [\"v1\", \"v2\"]\nstorage = \"v1\"\n",
            "kinds.toml",
        )
        .expect("parses");
        let files = vec![
            spec::SchemaFile {
                group: "example.dev".into(),
                version: "v1".into(),
                kind: "Widget".into(),
                path: "example.dev/v1/Widget.json".into(),
            },
            spec::SchemaFile {
                group: "example.dev".into(),
                version: "v1".into(),
                kind: "Gadget".into(),
                path: "example.dev/v1/Gadget.json".into(),
            },
        ];
        assert_eq!(
            spec::disagreements(&specs, &files, "kinds.toml"),
            [
                "example.dev/v1/Gadget.json: no entry for Gadget in example.dev in kinds.toml",
                "kinds.toml:1: Widget v2 has no schema file example.dev/v2/Widget.json",
            ]
        );
    }

    #[test]
    fn metadata_errors_name_the_line() {
        let cases = [
            (
                "kind = \"X\"\n",
                "kinds.toml:1: \"kind\" before the first `[[kind]]` table",
            ),
            (
                "[[kind]]\nkind = X\n",
                "kinds.toml:2: kind: expected a \"string\"",
            ),
            (
                "[[kind]]\nkinds = \"X\"\n",
                "kinds.toml:2: unknown key kinds",
            ),
            (
                "[[kind]]\nrules = \"yes\"\n",
                "kinds.toml:2: rules must be true or false",
            ),
            (
                "[[kind]]\nkind = \"W\"\ngroup = \"g.dev\"\nplural = \"ws\"\nversions = [\"v1\"]\nstorage = \"v2\"\n",
                "kinds.toml:1: W: storage \"v2\" is not one of its versions",
            ),
            (
                "[[kind]]\nversions = [\"v1\"\n",
                "kinds.toml:2: versions: a list must end",
            ),
        ];
        for (text, want) in cases {
            let err = spec::parse(text, "kinds.toml").expect_err(text);
            assert!(err.starts_with(want), "{text:?}: {err}");
        }
    }
}
