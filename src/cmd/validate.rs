//! `sailctl validate -f FILE...`: offline validation of manifests against every Istio kind's
//! schema and rules. Documents are checked in parallel, a segment of a file per worker at a
//! time (see `resource::stream`), so memory stays near a few segments' size whatever the
//! file's size; output keeps the input order.

use std::io::Write;

use clap::ValueEnum;

use crate::context::Context;
use crate::exit::{Exit, UsageError};
use crate::output::diagnostic::{self, Diagnostic, Level};
use crate::resource::loader::{self, FileLoad, IssueKind, LoadIssue};
use crate::resource::{Location, Resource};
use crate::validation::Finding;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Files or directories to validate (recursive: .yaml, .yml, .json); `-` reads stdin.
    #[arg(
        short = 'f',
        long = "filename",
        value_name = "PATH",
        value_delimiter = ','
    )]
    pub filenames: Vec<String>,

    /// More files or directories (the same as -f).
    #[arg(value_name = "PATH")]
    pub paths: Vec<String>,

    /// Output format.
    #[arg(short, long, value_enum, default_value_t = Format::Text)]
    pub output: Format,

    /// Do not warn about kinds of API groups sailctl does not know (other CRDs).
    #[arg(long)]
    pub ignore_unknown: bool,

    /// Accepted for istioctl scripts (`-x`, `--referential=false`): istioctl has hidden it and
    /// it changes nothing there either; every rule always runs.
    #[arg(
        short = 'x',
        long,
        hide = true,
        value_name = "BOOL",
        action = clap::ArgAction::Set,
        num_args = 0..=1,
        require_equals = true,
        default_value_t = true,
        default_missing_value = "true"
    )]
    pub referential: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// `file:line:col: error[code]: Kind ns/name: field: message`, then a summary.
    Text,
    /// A JSON array of messages (istioctl's analyze fields), nothing else on stdout.
    Json,
    /// The same as a YAML sequence.
    Yaml,
    /// GitHub Actions workflow annotations.
    Github,
}

/// Counts for the summary line.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    pub files: usize,
    pub resources: usize,
    pub invalid: usize,
    pub errors: usize,
    pub warnings: usize,
    pub unreadable: usize,
}

pub use crate::validation::check_resource;

fn origin_of(res: &Resource) -> String {
    let name = if res.name.is_empty() {
        "<no name>"
    } else {
        &res.name
    };
    match &res.namespace {
        Some(ns) => format!("{} {ns}/{name}", res.kind),
        None => format!("{} {name}", res.kind),
    }
}

/// Turn a resource's findings into located diagnostics.
pub fn diagnostics_for(res: &Resource, findings: Vec<Finding>) -> Vec<Diagnostic> {
    findings
        .into_iter()
        .map(|f| {
            let location = res.locate(&f.path);
            let field = (!f.path.is_empty()).then(|| f.path.to_string());
            Diagnostic {
                code: f.code.to_string(),
                level: f.level,
                message: f.message,
                origin: Some(origin_of(res)),
                field,
                location,
                documentation_url: None,
            }
        })
        .collect()
}

/// A load problem as a diagnostic.
pub fn issue_diagnostic(issue: &LoadIssue) -> Diagnostic {
    let (code, level) = match issue.kind {
        IssueKind::Unreadable => ("unreadable", Level::Error),
        IssueKind::Syntax => ("yaml", Level::Error),
        IssueKind::NotAResource => ("not-a-resource", Level::Error),
        IssueKind::Empty => ("empty", Level::Warning),
    };
    let mut d = Diagnostic::new(code, level, issue.message.clone());
    match issue.line {
        Some(line) => {
            d.location = Some(Location {
                file: issue.file.clone(),
                line,
                column: issue.column.unwrap_or(1),
            })
        }
        // a whole-file problem: name the file where a resource would be named
        None => d.origin = Some(issue.file.clone()),
    }
    d
}

/// What one file (or a segment of one) contributed: its diagnostics (in order) and its counts.
#[derive(Debug, Default)]
struct FileOutcome {
    /// Load issues (true for a YAML syntax error, which come first in a file).
    diags: Vec<(bool, Diagnostic)>,
    /// Findings on the resources, in document order.
    resource_diags: Vec<Diagnostic>,
    resources: usize,
    invalid: usize,
    unreadable: usize,
}

/// Validate one loaded segment of a file. Its text and values are dropped when this returns, so
/// a worker holds one segment of documents in memory (see [`crate::resource::stream`]).
fn check_file(fl: FileLoad, ignore_unknown: bool) -> FileOutcome {
    let mut out = FileOutcome::default();
    for issue in &fl.issues {
        match issue.kind {
            // the one rule validate and analyze share: a document that cannot be read as a
            // resource is unreadable input (exit 2), like a file that cannot be read at all
            IssueKind::Unreadable | IssueKind::Syntax | IssueKind::NotAResource => {
                out.unreadable += 1
            }
            IssueKind::Empty => {}
        }
        out.diags
            .push((issue.kind == IssueKind::Syntax, issue_diagnostic(issue)));
    }
    for res in &fl.resources {
        out.resources += 1;
        let findings = check_resource(res, ignore_unknown);
        if findings.iter().any(|f| f.level == Level::Error) {
            out.invalid += 1;
        }
        let mut diags = diagnostics_for(res, findings);
        // document order (stable: findings on one field keep their order)
        diags.sort_by_key(|d| d.location.as_ref().map(|l| (l.line, l.column)));
        out.resource_diags.extend(diags);
    }
    out
}

/// Validate every input; returns the diagnostics (in input order) and the summary.
///
/// Files are read as a stream of segments of documents, loaded and checked on all available
/// cores: each worker takes the next segment, validates it and hands back only its diagnostics,
/// which are put back in input order here. Nothing else of a document is kept.
pub fn validate_inputs(inputs: &[String], ignore_unknown: bool) -> Validated {
    let (files, expand_issues) = loader::expand_inputs(inputs);
    let mut diags = Vec::new();
    let mut sum = Summary {
        files: files.len(),
        ..Summary::default()
    };
    let mut merge = |o: FileOutcome| {
        sum.resources += o.resources;
        sum.invalid += o.invalid;
        sum.unreadable += o.unreadable;
        diags.extend(o.diags.into_iter().map(|(_, d)| d));
        diags.extend(o.resource_diags);
    };
    for issue in expand_issues {
        merge(check_file(FileLoad::of_issue(issue), ignore_unknown));
    }
    let mut internal = Vec::new();
    crate::resource::stream::for_each_file(
        "validation",
        &files,
        None,
        |fl| check_file(fl, ignore_unknown),
        |parts| {
            // the file's load issues first, then its resources' findings, as one parse gives
            let mut file = FileOutcome::default();
            let mut resource_diags = Vec::new();
            for part in parts {
                match part {
                    Ok(o) => {
                        file.resources += o.resources;
                        file.invalid += o.invalid;
                        file.unreadable += o.unreadable;
                        file.diags.extend(o.diags);
                        resource_diags.extend(o.resource_diags);
                    }
                    Err(panic) => internal.push(panic),
                }
            }
            file.diags.sort_by_key(|(syntax, _)| !*syntax);
            file.resource_diags = resource_diags;
            merge(file);
        },
    );
    for d in &diags {
        match d.level {
            Level::Error => sum.errors += 1,
            Level::Warning => sum.warnings += 1,
            Level::Info => {}
        }
    }
    Validated {
        diags,
        summary: sum,
        internal,
    }
}

/// What [`validate_inputs`] found.
#[derive(Debug, Default)]
pub struct Validated {
    /// Diagnostics in input order.
    pub diags: Vec<Diagnostic>,
    pub summary: Summary,
    /// Files whose checking panicked (a bug): reported as internal errors, exit 3.
    pub internal: Vec<crate::parallel::WorkerPanic>,
}

pub fn run(args: &Args, ctx: &Context) -> anyhow::Result<Exit> {
    let inputs: Vec<String> = args.filenames.iter().chain(&args.paths).cloned().collect();
    if inputs.is_empty() {
        return Err(UsageError::error(
            "validate needs files: sailctl validate -f FILE [-f DIR ...] (use - for stdin)",
        ));
    }
    let Validated {
        diags,
        summary: sum,
        internal,
    } = validate_inputs(&inputs, args.ignore_unknown);
    let mut out = std::io::stdout().lock();
    match args.output {
        Format::Json => diagnostic::write_json(&mut out, &diags)?,
        Format::Yaml => diagnostic::write_yaml(&mut out, &diags)?,
        Format::Github => diagnostic::write_github(&mut out, &diags)?,
        Format::Text => {
            diagnostic::write_located(&mut out, &diags, ctx.color_stdout)?;
            writeln!(out, "{}", summary_line(&sum))?;
        }
    }
    out.flush()?;
    if let Some(code) = crate::exit::report_internal(ctx, &internal) {
        return Ok(code);
    }
    if sum.resources == 0 && sum.invalid == 0 && sum.unreadable == 0 {
        return Err(UsageError::error(no_resources(&inputs)));
    }
    Ok(exit_code(&sum))
}

/// The error when the inputs hold no resource at all (only empty files or comments): the same
/// for `validate` and `analyze`.
pub fn no_resources(inputs: &[String]) -> String {
    format!(
        "no resources found in {}: nothing to check",
        inputs
            .iter()
            .map(|i| if i == "-" { "<stdin>" } else { i.as_str() })
            .collect::<Vec<_>>()
            .join(", ")
    )
}

/// `validated 12 resources in 3 files: 1 invalid (2 errors, 1 warning)`.
pub fn summary_line(s: &Summary) -> String {
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let mut line = format!(
        "validated {} in {}: ",
        plural(s.resources, "resource", "resources"),
        plural(s.files, "file", "files")
    );
    if s.resources == 0 && s.invalid == 0 && s.unreadable == 0 {
        line.push_str("no resources found");
    } else if s.invalid == 0 && s.unreadable == 0 {
        line.push_str("all valid");
    } else {
        line.push_str(&format!("{} invalid", s.invalid));
        if s.unreadable > 0 {
            line.push_str(&format!(", {} unreadable", s.unreadable));
        }
    }
    line.push_str(&format!(
        " ({}, {})",
        plural(s.errors, "error", "errors"),
        plural(s.warnings, "warning", "warnings")
    ));
    line
}

/// 2 when some input could not be read (or nothing was found), 1 when a resource is invalid.
pub fn exit_code(s: &Summary) -> Exit {
    if s.unreadable > 0 || (s.resources == 0 && s.invalid == 0) {
        Exit::Usage
    } else if s.invalid > 0 {
        Exit::Failure
    } else {
        Exit::Ok
    }
}
