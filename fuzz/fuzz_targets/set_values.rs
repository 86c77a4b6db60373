//! IstioOperator text and `--set` flags → the values merge: the input's first document is an
//! IstioOperator file, and each line after a `#set` line is one `--set` flag.
#![no_main]

#[path = "common.rs"]
mod common;

use libfuzzer_sys::fuzz_target;
use sailctl::install::values::{self, Inputs};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (operator, flags) = text.split_once("\n#set\n").unwrap_or((text, ""));
    let set: Vec<String> = flags.lines().map(str::to_string).collect();
    let mut doc = serde_json::json!({"apiVersion": "install.istio.io/v1alpha1",
        "kind": "IstioOperator", "spec": {}});
    for flag in &set {
        let _ = values::apply_set(&mut doc, flag);
    }
    let _ = values::parse_operator("fuzz.yaml", operator);
    let file = common::scratch("iop.yaml", operator.as_bytes());
    let inputs = Inputs {
        files: vec![file.display().to_string()],
        set,
        profile_dir: None,
    };
    let _ = values::build(&inputs);
});
