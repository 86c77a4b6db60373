//! An Envoy config dump (or `/clusters?format=json` output) → every `proxy-config` view, in
//! every output format, and `x trace` over it (one view, format and filter per input).
#![no_main]

#[path = "common.rs"]
mod common;

use libfuzzer_sys::fuzz_target;

const VIEWS: &[&str] = &[
    "cluster",
    "listener",
    "route",
    "endpoint",
    "eds",
    "secret",
    "bootstrap",
    "ecds",
    "all",
];

fuzz_target!(|data: &[u8]| {
    let file = common::scratch("dump.json", data);
    let f = file.to_str().expect("a UTF-8 temp path");
    // one view and format per input, chosen by its length (every view in turn as the fuzzer
    // grows and shrinks inputs; running them all made one execution take a second)
    let view = VIEWS[data.len() % VIEWS.len()];
    let format = ["short", "json", "yaml"][data.len() / VIEWS.len() % 3];
    common::sailctl(&["pc", view, "-f", f, "-o", format]);
    match data.len() % 4 {
        0 => common::sailctl(&["x", "trace", "-f", f, "http://reviews:9080/api"]),
        1 => common::sailctl(&["pc", "listener", "-f", f, "--port", "9080", "--verbose"]),
        2 => common::sailctl(&["pc", "route", "-f", f, "--name", "9080"]),
        _ => common::sailctl(&["x", "trace", "-f", f, "--inbound", "9080", "http://r:9080/"]),
    }
});
