//! `sailctl validate -f FILE...`: offline validation of manifests against every Istio kind's
//! schema and rules. Files are checked in parallel, one file per worker at a time, so memory
//! stays near a few files' size; output keeps the input order.

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

/// What one file contributed: its diagnostics (in order) and its counts.
#[derive(Debug, Default)]
struct FileOutcome {
    diags: Vec<Diagnostic>,
    resources: usize,
    invalid: usize,
    unreadable: usize,
}

/// Validate one loaded file. The file's text and values are dropped when this returns, so a
/// worker holds at most one file in memory.
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
        out.diags.push(issue_diagnostic(issue));
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
        out.diags.extend(diags);
    }
    out
}

/// Validate every input; returns the diagnostics (in input order) and the summary.
///
/// Files are loaded and checked on all available cores: each worker takes the next file,
/// validates it and hands back only its diagnostics, which are put back in input order here.
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
        diags.extend(o.diags);
    };
    for issue in expand_issues {
        merge(check_file(
            FileLoad {
                file: None,
                resources: Vec::new(),
                issues: vec![issue],
            },
            ignore_unknown,
        ));
    }
    let mut internal = Vec::new();
    crate::parallel::for_each_ordered(
        "validation",
        &files,
        String::clone,
        || (),
        |_, name| check_file(loader::load_file(name), ignore_unknown),
        |r| match r {
            Ok(o) => merge(o),
            Err(panic) => internal.push(panic),
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
