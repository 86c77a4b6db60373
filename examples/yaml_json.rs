//! Print how sailctl's loader reads YAML files, for tools/yaml_diff.py: one JSON line per file,
//! `{"file": ..., "documents": [...], "errors": ["line:col: message", ...]}`.
//!
//!     cargo run --example yaml_json -- FILE...

use std::io::Write;

use sailctl::resource::yaml;

fn main() {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for name in std::env::args().skip(1) {
        let line = match std::fs::read(&name).map(String::from_utf8) {
            Ok(Ok(text)) => {
                let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
                let parsed = yaml::parse_stream(text);
                serde_json::json!({
                    "file": name,
                    "documents": parsed.documents.into_iter().map(|d| d.value).collect::<Vec<_>>(),
                    "errors": parsed.errors.iter()
                        .map(|e| format!("{}:{}: {}", e.line, e.col, e.message))
                        .collect::<Vec<_>>(),
                })
            }
            Ok(Err(_)) => {
                serde_json::json!({"file": name, "documents": [], "errors": ["not UTF-8"]})
            }
            Err(e) => serde_json::json!({"file": name, "documents": [], "errors": [e.to_string()]}),
        };
        if writeln!(out, "{line}").is_err() {
            std::process::exit(1);
        }
    }
}
