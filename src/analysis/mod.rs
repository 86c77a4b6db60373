//! The analysis framework: analyzers read a [`Store`] of resources and report catalog messages.
//!
//! - [`Analyzer`]: one check, one file under `analyzers/<area>/`, declared with
//!   [`declare_analyzer!`] (its doc comment becomes its documentation).
//! - [`Context`]: what an analyzer sees (the store, the mesh config) and how it reports.
//! - [`catalog`]: the message catalog (`messages.yaml`) and its generated constructors.
//! - [`run`]: loading, namespace defaulting, the harness defaults, filtering and sorting.

pub mod analyzers;
pub mod annotation_table;
pub mod baseline;
pub mod catalog;
pub mod kinds;
pub mod live;
pub mod mesh;
pub mod run;
pub mod service_lookup;
pub mod util;
pub mod workloads;
pub mod world;

use std::time::Instant;

use crate::resource::Node;

pub use catalog::{MessageType, Msg, messages};

use crate::output::{Diagnostic, Level};
use crate::resource::{FieldPath, Location, Store, Stored as Resource};

/// What an analyzer is: its name (istioctl's), description, inputs, the codes it can report and
/// its documentation (the doc comment given to [`declare_analyzer!`]).
#[derive(Debug)]
pub struct Metadata {
    /// istioctl's name, e.g. `virtualservice.GatewayAnalyzer`.
    pub name: &'static str,
    pub description: &'static str,
    /// The collections it reads (see [`kinds`]).
    pub inputs: &'static [&'static str],
    /// Every message type it can report.
    pub emits: &'static [&'static MessageType],
    /// Whether it runs by default (false for istioctl's unregistered ones, e.g. AlphaAnalyzer);
    /// an unregistered analyzer still runs when selected by name.
    pub default: bool,
    /// The doc comment: what it does, why it matters, an example with the fix.
    pub doc: &'static str,
    /// The Rust module that defines it (the meta-test maps it to the file).
    pub module: &'static str,
}

/// Access to an analyzer's [`Metadata`]; implemented by [`declare_analyzer!`].
pub trait Described {
    fn metadata(&self) -> &'static Metadata;
}

/// One analysis check.
pub trait Analyzer: Described + Sync {
    fn analyze(&self, ctx: &mut Context<'_>);
}

/// Declare an analyzer: a unit struct carrying the doc comment, and its [`Metadata`] as the
/// module's `META`.
///
/// ```ignore
/// declare_analyzer! {
///     /// ## What it does
///     /// ...
///     pub struct GatewayAnalyzer {
///         name: "virtualservice.GatewayAnalyzer",
///         description: "Checks the gateways VirtualServices bind to",
///         inputs: ["Gateway", "VirtualService"],
///         emits: [REFERENCED_RESOURCE_NOT_FOUND],
///     }
/// }
/// ```
#[macro_export]
macro_rules! declare_analyzer {
    (
        $(#[doc = $doc:literal])*
        pub struct $ty:ident {
            name: $name:literal,
            description: $desc:literal,
            inputs: [$($input:literal),* $(,)?],
            emits: [$($emit:ident),* $(,)?],
            $(default: $default:literal,)?
        }
    ) => {
        $(#[doc = $doc])*
        pub struct $ty;

        /// The analyzer's metadata.
        pub static META: $crate::analysis::Metadata = $crate::analysis::Metadata {
            name: $name,
            description: $desc,
            inputs: &[$($input),*],
            emits: &[$(&$crate::analysis::messages::$emit),*],
            default: $crate::declare_analyzer!(@default $($default)?),
            doc: concat!($($doc, "\n"),*),
            module: module_path!(),
        };

        impl $crate::analysis::Described for $ty {
            fn metadata(&self) -> &'static $crate::analysis::Metadata {
                &META
            }
        }
    };
    (@default) => { true };
    (@default $d:literal) => { $d };
}

/// One message about one resource (or about the run, without a resource).
#[derive(Debug, Clone)]
pub struct Message {
    pub ty: &'static MessageType,
    pub text: String,
    /// `Kind namespace/name`.
    pub origin: Option<String>,
    /// The namespace used for `-n` filtering (a Namespace counts as in itself).
    pub namespace: Option<String>,
    /// The offending field, when the analyzer named one.
    pub field: Option<FieldPath>,
    pub location: Option<Location>,
    /// The resource's `galley.istio.io/analyze-suppress` annotation.
    pub suppress: Option<String>,
    /// The analyzer that reported it.
    pub analyzer: &'static str,
}

impl Message {
    /// istioctl's string form, used for sorting ties and removing duplicates.
    pub fn key(&self) -> String {
        let mut s = format!("{} [{}]", self.ty.level, self.ty.code);
        if let Some(o) = &self.origin {
            s.push_str(" (");
            s.push_str(o);
            if let Some(l) = &self.location {
                s.push_str(&format!(" {}:{}", l.file, l.line));
            }
            s.push(')');
        }
        s.push(' ');
        s.push_str(&self.text);
        s
    }

    pub fn to_diagnostic(&self) -> Diagnostic {
        Diagnostic {
            code: self.ty.code.to_string(),
            level: self.ty.level,
            message: self.text.clone(),
            origin: self.origin.clone(),
            field: self.field.as_ref().map(FieldPath::to_string),
            location: self.location.clone(),
            documentation_url: self.ty.documentation_url(),
        }
    }

    pub fn level(&self) -> Level {
        self.ty.level
    }
}

/// The annotation that suppresses codes on one resource (`CODE[,CODE...]` or `*`).
pub const SUPPRESS_ANNOTATION: &str = "galley.istio.io/analyze-suppress";

/// Whether a [`SUPPRESS_ANNOTATION`] value (codes separated by commas, or `*`) suppresses `code`.
pub fn suppresses(codes: &str, code: &str) -> bool {
    codes
        .split(',')
        .map(str::trim)
        .any(|c| c == "*" || c == code)
}

/// What an analyzer sees, and where it reports.
pub struct Context<'a> {
    pub store: &'a Store,
    /// The effective MeshConfig (defaults overlaid by `--meshConfigFile`).
    pub mesh: &'a Node,
    /// The MeshNetworks (empty unless `--meshNetworksFile`).
    pub mesh_networks: &'a Node,
    pub istio_namespace: &'a str,
    /// `--revision`, when given.
    pub revision: Option<&'a str>,
    /// Open or closed world (closed unless [`Context::with_world`] says otherwise).
    world: Option<&'a world::World>,
    analyzer: &'static str,
    messages: Vec<Message>,
    /// Messages reported on a resource that suppresses them: counted, never kept.
    suppressed: usize,
    /// The run's `--timeout` deadline, checked cooperatively by [`Context::out_of_time`].
    deadline: Option<Instant>,
    /// Whether the current analyzer saw the deadline pass (so stopped early).
    stopped: bool,
}

impl<'a> Context<'a> {
    pub fn new(
        store: &'a Store,
        mesh: &'a Node,
        mesh_networks: &'a Node,
        istio_namespace: &'a str,
        revision: Option<&'a str>,
    ) -> Self {
        Context {
            store,
            mesh,
            mesh_networks,
            istio_namespace,
            revision,
            world: None,
            analyzer: "",
            messages: Vec::new(),
            suppressed: 0,
            deadline: None,
            stopped: false,
        }
    }

    /// Set the deadline [`Context::out_of_time`] checks (`--timeout`).
    pub fn set_deadline(&mut self, deadline: Option<Instant>) {
        self.deadline = deadline;
    }

    /// Whether the run's deadline has passed: analyzers check it in every loop over
    /// user-sized input (resources, hosts, routes, ...) and return when it says so, so
    /// `--timeout` holds inside one analyzer too. Once true it stays true for this analyzer,
    /// and the run reports that the analyzer stopped early.
    pub fn out_of_time(&mut self) -> bool {
        if !self.stopped && self.deadline.is_some_and(|d| Instant::now() >= d) {
            self.stopped = true;
        }
        self.stopped
    }

    /// Whether the analyzer that just ran stopped at the deadline; resets for the next one.
    pub fn take_stopped(&mut self) -> bool {
        std::mem::take(&mut self.stopped)
    }

    /// The messages reported since the last call, and how many more were suppressed by their
    /// resource (and so not kept).
    pub fn take_messages(&mut self) -> (Vec<Message>, usize) {
        (
            std::mem::take(&mut self.messages),
            std::mem::take(&mut self.suppressed),
        )
    }

    /// Analyze in the given world (open in file mode, see [`world`]).
    pub fn with_world(mut self, w: &'a world::World) -> Self {
        self.world = Some(w);
        self
    }

    /// Whether something of `collection` absent from `namespace` is missing rather than
    /// possibly outside the input (always true in a closed world).
    pub fn describes(&self, collection: &str, namespace: &str) -> bool {
        self.world
            .is_none_or(|w| w.describes(collection, namespace))
    }

    /// Whether the input holds any `collection` at all (always true in a closed world).
    pub fn describes_any(&self, collection: &str) -> bool {
        self.world.is_none_or(|w| w.describes_any(collection))
    }

    /// Whether the run is in the open world of file mode.
    pub fn open_world(&self) -> bool {
        self.world.is_some_and(world::World::is_open)
    }

    /// Report a reference the open world cannot check (an Info shown only under `-v`).
    pub fn unresolved(&mut self, res: &Resource, field: Option<FieldPath>, what: &str, name: &str) {
        self.report(res, field, messages::unresolved_reference(what, name));
    }

    /// Report `msg` when the input describes `collection` in `namespace`, otherwise an
    /// unresolved reference to `name`.
    pub fn missing(
        &mut self,
        res: &Resource,
        field: Option<FieldPath>,
        collection: &str,
        namespace: &str,
        name: &str,
        msg: Msg,
    ) {
        if self.describes(collection, namespace) {
            self.report(res, field, msg);
        } else {
            self.unresolved(res, field, &collection.to_ascii_lowercase(), name);
        }
    }

    /// Set the analyzer whose messages follow.
    pub fn set_analyzer(&mut self, name: &'static str) {
        self.analyzer = name;
    }

    /// Report a message about a resource; `field` (when known) locates it in the file.
    ///
    /// A message its resource suppresses (template pods and the baseline suppress everything)
    /// is only counted: it would never be shown, and on a big input there are tens of
    /// thousands (one per template pod for some analyzers), each of which, located, would
    /// build and keep the position tree of its document.
    pub fn report(&mut self, res: &Resource, field: Option<FieldPath>, msg: Msg) {
        let suppress = res.annotation(SUPPRESS_ANNOTATION);
        if suppress.is_some_and(|codes| suppresses(codes, msg.ty.code)) {
            self.suppressed += 1;
            return;
        }
        let location = match &field {
            Some(p) => res.locate(p),
            None => res.location(),
        };
        let namespace = if res.kind == "Namespace" && res.api_version == "v1" {
            Some(res.name.to_string())
        } else {
            res.namespace.as_deref().map(str::to_string)
        };
        self.messages.push(Message {
            ty: msg.ty,
            text: msg.text,
            origin: Some(res.friendly_name()),
            namespace,
            field,
            location,
            suppress: suppress.map(str::to_string),
            analyzer: self.analyzer,
        });
    }

    /// Report a message that belongs to no resource.
    pub fn report_global(&mut self, msg: Msg) {
        self.messages.push(Message {
            ty: msg.ty,
            text: msg.text,
            origin: None,
            namespace: None,
            field: None,
            location: None,
            suppress: None,
            analyzer: self.analyzer,
        });
    }

    /// The messages reported so far.
    pub fn messages(&self) -> &[Message] {
        &self.messages
    }

    pub fn into_messages(self) -> Vec<Message> {
        self.messages
    }

    /// The synthetic MeshConfig resource (to report on it).
    pub fn mesh_config_resource(&self) -> Option<&'a Resource> {
        self.store.of_kind("MeshConfig").next()
    }
}

/// Every analyzer sailctl has, in a stable order (registered and unregistered).
pub fn all() -> &'static [&'static dyn Analyzer] {
    static ALL: std::sync::OnceLock<Vec<&'static dyn Analyzer>> = std::sync::OnceLock::new();
    ALL.get_or_init(|| {
        // the schema family goes before the first area that sorts after `schema`
        let mut all = analyzers::ALL.to_vec();
        let at = all
            .iter()
            .position(|a| a.metadata().name > "schema.")
            .unwrap_or(all.len());
        all.splice(at..at, analyzers::schema::validation::all());
        all
    })
}

/// An analyzer by its name (exact).
pub fn by_name(name: &str) -> Option<&'static dyn Analyzer> {
    all().iter().copied().find(|a| a.metadata().name == name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::resource::loader;

    #[test]
    fn suppressed_messages_are_counted_not_kept() {
        let text = "apiVersion: v1\nkind: Service\nmetadata:\n  name: shown\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: hidden\n  annotations:\n    galley.istio.io/analyze-suppress: \"IST0999, SAIL0001\"\n";
        let load = loader::load_bytes("two.yaml", text.as_bytes().to_vec());
        let resources: Vec<Resource> = load
            .resources
            .into_iter()
            .map(|r| r.into_stored())
            .collect();
        let store = Store::from_resources(resources.clone());
        let null = Node::Null;
        let mut ctx = Context::new(&store, &null, &null, "istio-system", None);
        for r in &resources {
            let msg = messages::duplicate_resource(r.friendly_name(), "a", "b");
            ctx.report(r, Some(FieldPath::parse("metadata.name")), msg);
        }
        let got: Vec<(Option<usize>, Option<&str>)> = ctx
            .messages()
            .iter()
            .map(|m| (m.location.as_ref().map(|l| l.line), m.suppress.as_deref()))
            .collect();
        assert_eq!(got, [(Some(4), None)], "the suppressed one is not kept");
        let (kept, suppressed) = ctx.take_messages();
        assert_eq!((kept.len(), suppressed), (1, 1));
        assert_eq!(ctx.take_messages().1, 0, "taking resets the count");
        assert!(suppresses("IST0999, SAIL0001", "SAIL0001"));
        assert!(suppresses("*", "IST0101"));
        assert!(!suppresses("IST0101", "IST0102"));
    }
}
