use crate::resource::Node;

use crate::analysis::messages::{
    external_name_service_type_invalid_port_name, port_name_is_not_under_naming_convention,
};
use crate::analysis::util::{self, Protocol};
use crate::analysis::{Analyzer, Context};
use crate::resource::FieldPath;

crate::declare_analyzer! {
    /// ## What it does
    /// Checks that every Service port tells Istio its protocol, through a name prefix
    /// (`http`, `http2`, `grpc`, `grpc-web`, `https`, `tls`, `tcp`, `udp`, `mongo`, `redis`,
    /// `mysql`, `http_proxy`, optionally followed by `-suffix`) or `appProtocol` (IST0118).
    /// For `ExternalName` services it reports the same problem, and a port named just `tcp`,
    /// as IST0150. Istio's own services (label `istio`, or `release: istio`) and services of
    /// managed gateways are skipped.
    ///
    /// ## Why it matters
    /// A port whose protocol Istio cannot tell is treated as opaque TCP or protocol-sniffed:
    /// HTTP routing, retries and metrics do not apply to it.
    ///
    /// ## Example
    /// ```yaml
    /// kind: Service
    /// spec:
    ///   ports:
    ///   - name: web        # IST0118
    ///     port: 8080
    /// ```
    /// Use instead: `name: http-web`, or `appProtocol: http`.
    pub struct PortNameAnalyzer {
        name: "service.PortNameAnalyzer",
        description: "Checks the port names associated with each service",
        inputs: ["Service"],
        emits: [PORT_NAME_IS_NOT_UNDER_NAMING_CONVENTION, EXTERNAL_NAME_SERVICE_TYPE_INVALID_PORT_NAME],
    }
}

/// Values of `gateway.istio.io/managed` set by Istio's gateway controllers.
const MANAGED_GATEWAY: &[&str] = &[
    "istio.io-gateway-controller",
    "istio.io-mesh-controller",
    "istio.io-eastwest-controller",
];

impl Analyzer for PortNameAnalyzer {
    fn analyze(&self, ctx: &mut Context<'_>) {
        for r in ctx.store.of_kind("Service") {
            if util::is_istio_control_plane(r)
                || r.label("gateway.istio.io/managed")
                    .is_some_and(|v| MANAGED_GATEWAY.contains(&v))
            {
                continue;
            }
            let spec = r.spec().unwrap_or(&Node::Null);
            let external = spec.field("type").and_then(Node::as_str) == Some("ExternalName");
            for (i, port) in util::array(spec, "ports").iter().enumerate() {
                let name = port.field("name").and_then(Node::as_str).unwrap_or("");
                let number = port.field("port").and_then(util::as_port).unwrap_or(0);
                let proto = Protocol::of_service_port(
                    number,
                    name,
                    port.field("protocol").and_then(Node::as_str),
                    port.field("appProtocol").and_then(Node::as_str),
                );
                if proto != Protocol::Unsupported && !(external && name == "tcp") {
                    continue;
                }
                let path = FieldPath::parse("spec.ports").index(i);
                let msg = if external {
                    external_name_service_type_invalid_port_name()
                } else {
                    let target = match port.field("targetPort") {
                        Some(Node::String(s)) => s.to_string(),
                        Some(Node::Number(n)) => n.to_string(),
                        _ => "0".to_string(),
                    };
                    port_name_is_not_under_naming_convention(name, number, target)
                };
                ctx.report(r, Some(path), msg);
            }
        }
    }
}
