use crate::resource::Node;

use crate::analysis::messages::service_entry_addresses_required;
use crate::analysis::util;
use crate::analysis::{Analyzer, Context};
use crate::resource::FieldPath;

crate::declare_analyzer! {
    /// ## What it does
    /// Reports each TCP (or protocol-less) port of a ServiceEntry that has no `addresses`
    /// and no address allocated in its status (IST0134), unless the mesh config turns on DNS
    /// capture with address auto-allocation (`ISTIO_META_DNS_CAPTURE` plus
    /// `ISTIO_META_DNS_AUTO_ALLOCATE` or `PILOT_ENABLE_IP_AUTOALLOCATE` in
    /// `defaultConfig.proxyMetadata`).
    ///
    /// ## Why it matters
    /// For TCP the proxy can only tell services apart by destination address and port.
    /// Without an address, the listener is `0.0.0.0:<port>` and captures every connection to
    /// that port, whatever its destination.
    ///
    /// ## Example
    /// ```yaml
    /// kind: ServiceEntry
    /// spec:
    ///   hosts: [db.example.com]
    ///   ports: [{number: 5432, name: tcp-pg, protocol: TCP}]   # IST0134
    /// ```
    /// Use instead: add `addresses: [203.0.113.10]`, or enable DNS capture with
    /// auto-allocation in the mesh config.
    pub struct ProtocolAddressesAnalyzer {
        name: "serviceentry.Analyzer",
        description: "Checks the validity of ServiceEntry",
        inputs: ["ServiceEntry", "MeshConfig"],
        emits: [SERVICE_ENTRY_ADDRESSES_REQUIRED],
    }
}

fn auto_allocated(mesh: &Node) -> bool {
    let meta = mesh
        .field("defaultConfig")
        .and_then(|d| d.field("proxyMetadata"))
        .unwrap_or(&Node::Null);
    let on = |k: &str| meta.get(k).and_then(Node::as_str) == Some("true");
    on("ISTIO_META_DNS_CAPTURE")
        && (on("ISTIO_META_DNS_AUTO_ALLOCATE") || on("PILOT_ENABLE_IP_AUTOALLOCATE"))
}

impl Analyzer for ProtocolAddressesAnalyzer {
    fn analyze(&self, ctx: &mut Context<'_>) {
        if auto_allocated(ctx.mesh) {
            return;
        }
        for se in ctx.store.of_kind("ServiceEntry") {
            let spec = se.spec().unwrap_or(&Node::Null);
            let has_addresses = !util::array(spec, "addresses").is_empty();
            let allocated = se
                .value
                .field("status")
                .is_some_and(|s| !util::array(s, "addresses").is_empty());
            if has_addresses || allocated {
                continue;
            }
            for (i, port) in util::array(spec, "ports").iter().enumerate() {
                let proto = port.field("protocol").and_then(Node::as_str).unwrap_or("");
                if proto.is_empty() || proto.eq_ignore_ascii_case("TCP") {
                    ctx.report(
                        se,
                        Some(FieldPath::parse("spec.ports").index(i)),
                        service_entry_addresses_required(),
                    );
                }
            }
        }
    }
}
