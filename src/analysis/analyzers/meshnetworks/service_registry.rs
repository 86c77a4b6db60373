use crate::resource::Node;

use crate::analysis::messages::unknown_mesh_networks_service_registry;
use crate::analysis::util;
use crate::analysis::{Analyzer, Context};
use crate::resource::FieldPath;

crate::declare_analyzer! {
    /// ## What it does
    /// Checks every `fromRegistry` endpoint of the mesh networks: it must name a known
    /// service registry, either a built-in one (`Kubernetes`, `External`, `Mock`) or a cluster
    /// from a remote secret (a Secret labeled `istio/multiCluster: "true"`, one cluster per
    /// data key) (IST0126). The mesh networks come from `--meshNetworksFile`.
    ///
    /// ## Why it matters
    /// Endpoints of an unknown registry are never found, so the network's workloads are not
    /// reachable across networks.
    ///
    /// ## Example
    /// ```yaml
    /// networks:
    ///   network1:
    ///     endpoints:
    ///     - fromRegistry: cluster-typo        # IST0126
    /// ```
    /// Use instead: the cluster name of a remote secret (`istioctl create-remote-secret
    /// --name cluster-2`).
    pub struct MeshNetworksAnalyzer {
        name: "meshnetworks.MeshNetworksAnalyzer",
        description: "Check the validity of MeshNetworks in the cluster",
        inputs: ["MeshNetworks", "Secret"],
        emits: [UNKNOWN_MESH_NETWORKS_SERVICE_REGISTRY],
    }
}

impl Analyzer for MeshNetworksAnalyzer {
    fn analyze(&self, ctx: &mut Context<'_>) {
        let store = ctx.store;
        let mut registries: Vec<String> = ["Mock", "Kubernetes", "External"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        for s in store.of_kind("Secret") {
            if s.label("istio/multiCluster") == Some("true")
                && let Some(data) = util::object(&s.value, "data")
            {
                registries.extend(data.keys().map(String::from));
            }
        }
        for mn in store.of_kind("MeshNetworks") {
            let Some(networks) = mn.spec().and_then(|s| util::object(s, "networks")) else {
                continue;
            };
            let mut names: Vec<&str> = networks.keys().map(|k| k.as_str()).collect();
            names.sort();
            for name in names {
                for (j, ep) in util::array(&networks[name], "endpoints").iter().enumerate() {
                    let Some(reg) = ep.field("fromRegistry").and_then(Node::as_str) else {
                        continue;
                    };
                    if !registries.iter().any(|r| r == reg) {
                        ctx.report(
                            mn,
                            Some(
                                FieldPath::parse("spec.networks")
                                    .key(name)
                                    .key("endpoints")
                                    .index(j),
                            ),
                            unknown_mesh_networks_service_registry(reg, name),
                        );
                    }
                }
            }
        }
    }
}
