//! [`Finding`]: one problem with one resource, as the schema layer and Istio's rules
//! (src/validation) report it. It lives here, below both, so validation depends on the schema
//! layer and never the other way round.

use crate::output::Level;
use crate::resource::FieldPath;

/// One problem with one resource.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub level: Level,
    /// What kind of check found it: `schema`, `cel`, `rule`, ...
    pub code: &'static str,
    /// The offending field.
    pub path: FieldPath,
    pub message: String,
    /// What the finding is, for the code that acts on it (never the message text).
    pub kind: FindingKind,
}

/// What a finding is, set where it is made: analysis picks its message by this and merging
/// decides by it; nothing is decided on the message text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum FindingKind {
    /// Nothing more than its level and code.
    #[default]
    Plain,
    /// A route rule no request can reach (analysis: IST0130 VirtualServiceUnreachableRule).
    /// The finding's path is the rule.
    UnreachableRule,
    /// A match of a rule that an earlier match repeats or covers (analysis: IST0131
    /// VirtualServiceIneffectiveMatch). The finding's path is the match (`...[i].match[j]`);
    /// `earlier` names the rule that has the same match (`"name"` or `#2`) when there is one.
    IneffectiveMatch { earlier: Option<String> },
    /// A list item that repeats an earlier one (a set or map list's uniqueness rule): an
    /// object-level check that Istio's rules restate at the field.
    Duplicate,
}

impl Finding {
    pub fn error(code: &'static str, path: FieldPath, message: impl Into<String>) -> Self {
        Finding {
            level: Level::Error,
            code,
            path,
            message: message.into(),
            kind: FindingKind::Plain,
        }
    }

    pub fn warning(code: &'static str, path: FieldPath, message: impl Into<String>) -> Self {
        Finding {
            level: Level::Warning,
            code,
            path,
            message: message.into(),
            kind: FindingKind::Plain,
        }
    }

    /// The same finding, of the given kind.
    pub fn with_kind(mut self, kind: FindingKind) -> Self {
        self.kind = kind;
        self
    }
}
