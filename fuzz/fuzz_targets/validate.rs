//! Loaded documents → `validate`: schema and rule checks of every resource, each finding
//! located in the input.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sailctl::resource::loader;

fuzz_target!(|data: &[u8]| {
    let load = loader::load_bytes("fuzz.yaml", data.to_vec());
    for r in &load.resources {
        let findings = sailctl::validation::check_resource(r, false);
        let _ = sailctl::cmd::validate::diagnostics_for(r, findings);
    }
});
