//! Meta-tests of the analysis framework: every analyzer file is registered, names are unique,
//! every analyzer is documented (what it does, why it matters, an example) and has a fixture
//! folder, and every code an analyzer declares is produced by one of its fixtures (and nothing
//! it does not declare).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use sailctl::analysis::{self, run};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn every_analyzer_file_is_registered_once() {
    let dir = root().join("src/analysis/analyzers");
    let mut files = BTreeSet::new();
    for area in std::fs::read_dir(&dir).expect("analyzers dir") {
        let area = area.expect("entry").path();
        if !area.is_dir() {
            continue;
        }
        for f in std::fs::read_dir(&area).expect("area dir") {
            let f = f.expect("entry").path();
            if f.extension().is_some_and(|e| e == "rs") {
                let rel = f.strip_prefix(&dir).expect("prefix");
                files.insert(rel.with_extension("").display().to_string());
            }
        }
    }
    let modules: BTreeSet<String> = analysis::all()
        .iter()
        .map(|a| {
            a.metadata()
                .module
                .trim_start_matches("sailctl::analysis::analyzers::")
                .replace("::", "/")
        })
        .collect();
    assert_eq!(
        files, modules,
        "files under src/analysis/analyzers vs registered modules"
    );
    // one analyzer per file, except families that differ only in their input kind (one
    // schema.ValidationAnalyzer.<Kind> per Istio kind)
    for m in &modules {
        let suffix = format!("::{}", m.replace('/', "::"));
        let names: Vec<&str> = analysis::all()
            .iter()
            .map(|a| a.metadata())
            .filter(|md| md.module.ends_with(&suffix))
            .map(|md| md.name)
            .collect();
        assert!(!names.is_empty(), "{m} registers no analyzer");
        if names.len() > 1 {
            let family = |n: &str| n.rsplit_once('.').map(|(f, _)| f.to_string());
            assert!(
                names.iter().all(|n| family(n) == family(names[0])),
                "{m} declares unrelated analyzers: {names:?}"
            );
        }
    }
}

#[test]
fn names_are_unique_and_docs_complete() {
    let mut names = BTreeSet::new();
    for a in analysis::all() {
        let m = a.metadata();
        assert!(names.insert(m.name), "duplicate analyzer name {}", m.name);
        assert!(!m.description.is_empty(), "{}: description", m.name);
        for section in ["## What it does", "## Why it matters", "## Example"] {
            assert!(m.doc.contains(section), "{}: doc lacks {section:?}", m.name);
        }
        assert!(!m.inputs.is_empty(), "{}: inputs", m.name);
        for i in m.inputs {
            assert!(
                analysis::kinds::by_collection(i).is_some(),
                "{}: unknown input kind {i}",
                m.name
            );
        }
        assert!(!m.emits.is_empty(), "{}: emits", m.name);
    }
}

fn fixture_dir(name: &str) -> PathBuf {
    root().join("tests/fixtures/analyze").join(name)
}

#[test]
fn every_declared_code_has_a_fixture_and_nothing_undeclared_is_reported() {
    // analyzers of one module form a family (schema.ValidationAnalyzer.<Kind>): the family needs
    // one fixture folder at least, and its fixtures together must produce every code it declares
    let mut families: BTreeMap<&str, Vec<&'static dyn analysis::Analyzer>> = BTreeMap::new();
    for a in analysis::all() {
        families.entry(a.metadata().module).or_default().push(*a);
    }
    let mut missing = BTreeMap::new();
    for members in families.values() {
        let mut seen = BTreeSet::new();
        let mut folders = 0;
        for a in members {
            let m = a.metadata();
            let dir = fixture_dir(m.name);
            if !dir.is_dir() {
                continue;
            }
            folders += 1;
            for f in std::fs::read_dir(&dir).expect("fixture dir") {
                let f = f.expect("entry").path();
                let name = f
                    .file_name()
                    .and_then(|n| n.to_str())
                    .unwrap_or("")
                    .to_string();
                if !name.ends_with(".yaml")
                    || name.ends_with(".mesh.yaml")
                    || name.ends_with(".networks.yaml")
                {
                    continue;
                }
                let stem = name.trim_end_matches(".yaml");
                let read = |suffix: &str| {
                    let p = dir.join(format!("{stem}{suffix}"));
                    std::fs::read_to_string(&p).ok().map(|t| {
                        sailctl::resource::yaml::parse_stream(&t).documents[0]
                            .value
                            .clone()
                    })
                };
                let opts = run::Options {
                    inputs: vec![f.display().to_string()],
                    namespace: None,
                    istio_namespace: "istio-system".to_string(),
                    mesh_config: read(".mesh.yaml"),
                    mesh_networks: read(".networks.yaml"),
                    ..run::Options::default()
                };
                let out = run::analyze(&[*a], &opts);
                for msg in out.messages {
                    assert!(
                        m.emits.iter().any(|t| t.code == msg.ty.code),
                        "{} reported {} which it does not declare",
                        m.name,
                        msg.ty.code
                    );
                    seen.insert(msg.ty.code);
                }
            }
        }
        let first = members[0].metadata().name;
        assert!(
            folders > 0,
            "{first}: no fixture folder under tests/fixtures/analyze/"
        );
        let declared: BTreeSet<&str> = members
            .iter()
            .flat_map(|a| a.metadata().emits.iter().map(|t| t.code))
            .collect();
        let lacking: Vec<&str> = declared.into_iter().filter(|c| !seen.contains(c)).collect();
        if !lacking.is_empty() {
            missing.insert(first, lacking);
        }
    }
    assert!(missing.is_empty(), "codes without a fixture: {missing:?}");
}
