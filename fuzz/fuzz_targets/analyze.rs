//! Loaded documents → every analyzer (file mode, closed world). A panicking
//! analyzer is caught by the run and reported; here it is a crash.
#![no_main]

#[path = "common.rs"]
mod common;

use std::time::Duration;

use libfuzzer_sys::fuzz_target;
use sailctl::analysis::run::{self, Options};

fuzz_target!(|data: &[u8]| {
    let file = common::scratch("analyze.yaml", data);
    // every analyzer, the ones not run by default too
    let analyzers = sailctl::analysis::all();
    // file mode's closed world (the open world renders an install profile per run: too slow
    // for fuzzing; its baseline comes from rendering, not from the input)
    let opts = Options {
        inputs: vec![file.display().to_string()],
        namespace: None,
        istio_namespace: "istio-system".to_string(),
        timeout: Some(Duration::from_secs(20)),
        ..Options::default()
    };
    let out = run::analyze(analyzers, &opts);
    assert!(
        out.internal.is_empty(),
        "internal errors: {:?}",
        out.internal
    );
    for m in &out.messages {
        let _ = m.to_diagnostic();
    }
});
