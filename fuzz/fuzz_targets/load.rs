//! Bytes → documents: the resource loader (YAML/JSON streams, `kind: List`, BOMs, anchors),
//! and the position of fields of every resource it finds.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sailctl::resource::loader;
use sailctl::resource::path::FieldPath;

fuzz_target!(|data: &[u8]| {
    let load = loader::load_bytes("fuzz.yaml", data.to_vec());
    for issue in &load.issues {
        let _ = issue.to_string();
    }
    for r in &load.resources {
        let _ = r.friendly_name();
        for p in [
            "metadata.name",
            "spec",
            "spec.hosts[0]",
            "items[1].spec",
            "metadata.labels",
        ] {
            let _ = r.locate(&FieldPath::parse(p));
        }
    }
});
