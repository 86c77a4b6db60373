use std::collections::{BTreeMap, BTreeSet};

use crate::resource::Node;
use foldhash::{HashSet, HashSetExt};

use crate::analysis::messages::conflicting_service_entry_protocol;
use crate::analysis::util;
use crate::analysis::{Analyzer, Context};
use crate::resource::{FieldPath, Stored as Resource};

crate::declare_analyzer! {
    /// ## What it does
    /// Finds ServiceEntries that declare the same host and port, visible in the same scope
    /// (`exportTo`), with different protocols (IST0177). An entry exported to one namespace
    /// also conflicts with one exported to all namespaces. Each entry is reported once.
    ///
    /// ## Why it matters
    /// The proxy builds one listener per host and port with one protocol; which entry's
    /// protocol wins is undefined, so HTTP features may silently turn off (or TCP traffic be
    /// parsed as HTTP).
    ///
    /// ## Example
    /// ```yaml
    /// kind: ServiceEntry   # a: hosts [api.example.com], port 443 protocol HTTPS
    /// kind: ServiceEntry   # b: hosts [api.example.com], port 443 protocol TLS   -> IST0177
    /// ```
    /// Use instead: one protocol per host and port; merge the entries.
    pub struct ConflictingServiceEntryProtocolAnalyzer {
        name: "serviceentry.ConflictingServiceEntryProtocolAnalyzer",
        description: "Checks if multiple ServiceEntries define the same host and port with different protocols",
        inputs: ["ServiceEntry"],
        emits: [CONFLICTING_SERVICE_ENTRY_PROTOCOL],
    }
}

type Key = (String, String, u32);

impl Analyzer for ConflictingServiceEntryProtocolAnalyzer {
    fn analyze(&self, ctx: &mut Context<'_>) {
        let mut index: BTreeMap<Key, Vec<(String, &Resource)>> = BTreeMap::new();
        for se in ctx.store.of_kind("ServiceEntry") {
            let spec = se.spec().unwrap_or(&Node::Null);
            let ns = util::ns(se);
            let export_to = util::strings(spec, "exportTo");
            let scopes: BTreeSet<String> = if export_to.is_empty() || export_to.contains(&"*") {
                BTreeSet::from(["*".to_string()])
            } else {
                export_to
                    .iter()
                    .map(|e| {
                        if *e == "." {
                            ns.to_string()
                        } else {
                            e.to_string()
                        }
                    })
                    .collect()
            };
            for scope in &scopes {
                for h in util::strings(spec, "hosts") {
                    for p in util::array(spec, "ports") {
                        let number = p.field("number").and_then(util::as_port).unwrap_or(0);
                        let proto = p.field("protocol").and_then(Node::as_str).unwrap_or("");
                        index
                            .entry((scope.clone(), h.to_string(), number))
                            .or_default()
                            .push((proto.to_ascii_uppercase(), se));
                    }
                }
            }
        }
        let mut reported: HashSet<String> = HashSet::new();
        for ((scope, host, port), entries) in &index {
            let mut all: Vec<&(String, &Resource)> = entries.iter().collect();
            if scope != "*"
                && let Some(global) = index.get(&("*".to_string(), host.clone(), *port))
            {
                all.extend(global.iter());
            }
            let protocols: BTreeSet<&str> = all.iter().map(|(p, _)| p.as_str()).collect();
            if protocols.len() < 2 {
                continue;
            }
            let names: BTreeSet<String> = all.iter().map(|(_, r)| util::full_name(r)).collect();
            let names: Vec<String> = names.into_iter().collect();
            let protocols: Vec<&str> = protocols.into_iter().collect();
            for (_, se) in &all {
                if !reported.insert(util::full_name(se)) {
                    continue;
                }
                ctx.report(
                    se,
                    Some(FieldPath::parse("metadata.name")),
                    conflicting_service_entry_protocol(
                        names.join(", "),
                        host,
                        port,
                        protocols.join(", "),
                    ),
                );
            }
        }
    }
}
