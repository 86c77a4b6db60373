//! A kubeconfig file → the client configuration (context, cluster, user, exec and TLS
//! settings), as every cluster command builds it. No request is sent.
#![no_main]

#[path = "common.rs"]
mod common;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let file = common::scratch("kubeconfig", data);
    for context in [None, Some("east".to_string())] {
        let opts = sailctl::cluster::ConnectOptions::new(Some(file.clone()), context);
        let _ = sailctl::cluster::kubeconfig_configured(&opts);
        let _ = sailctl::cluster::connect_blocking(&opts);
    }
});
