//! Build-time generation: the table of JSON Schemas under schemas/ that the binary embeds, and
//! the analysis message catalog (build/catalog.rs).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

#[path = "build/catalog.rs"]
mod catalog;

fn main() {
    let root =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    embed_schemas(&root.join("schemas"), &out.join("schemas.rs"));
    catalog::generate();
}

/// Write `EMBEDDED: &[Embedded]` with one `include_str!` per schemas/<group>/<version>/<Kind>.json,
/// sorted by group, version and kind.
fn embed_schemas(dir: &Path, dest: &Path) {
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut entries = Vec::new();
    for group in read_dir_sorted(dir) {
        println!("cargo:rerun-if-changed={}", group.display());
        for version in read_dir_sorted(&group) {
            println!("cargo:rerun-if-changed={}", version.display());
            for file in read_dir_sorted(&version) {
                if file.extension().and_then(|e| e.to_str()) != Some("json") {
                    continue;
                }
                println!("cargo:rerun-if-changed={}", file.display());
                let name = |p: &Path| {
                    p.file_name()
                        .and_then(|n| n.to_str())
                        .unwrap_or_default()
                        .to_string()
                };
                let kind = file
                    .file_stem()
                    .and_then(|n| n.to_str())
                    .unwrap_or_default()
                    .to_string();
                entries.push((name(&group), name(&version), kind, file.clone()));
            }
        }
    }
    let mut code = String::from(
        "/// Every schema under schemas/, embedded at build time.\npub static EMBEDDED: &[Embedded] = &[\n",
    );
    for (group, version, kind, file) in &entries {
        let _ = writeln!(
            code,
            "    Embedded {{ group: {group:?}, version: {version:?}, kind: {kind:?}, json: include_str!({:?}) }},",
            file.display().to_string()
        );
    }
    code.push_str("];\n");
    let _ = writeln!(
        code,
        "/// How many schemas are embedded.\npub const COUNT: usize = {};",
        entries.len()
    );
    std::fs::write(dest, code).expect("write the generated schema table");
}

fn read_dir_sorted(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
        Err(_) => Vec::new(),
    };
    v.sort();
    v
}
