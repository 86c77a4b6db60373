//! An Envoy config dump (or `/clusters?format=json` output) → every `proxy-config` view, in
//! every output format, and `x trace` over it.
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
    for view in VIEWS {
        for out in ["short", "json", "yaml"] {
            common::sailctl(&["pc", view, "-f", f, "-o", out]);
        }
    }
    common::sailctl(&[
        "pc",
        "listener",
        "-f",
        f,
        "-o",
        "short",
        "--port",
        "9080",
        "--verbose",
    ]);
    common::sailctl(&["pc", "route", "-f", f, "--name", "9080", "-o", "short"]);
    common::sailctl(&[
        "pc",
        "cluster",
        "-f",
        f,
        "--fqdn",
        "reviews.default.svc.cluster.local",
    ]);
    common::sailctl(&["x", "trace", "-f", f, "http://reviews:9080/api"]);
    common::sailctl(&[
        "x",
        "trace",
        "-f",
        f,
        "--inbound",
        "9080",
        "http://reviews:9080/",
    ]);
});
