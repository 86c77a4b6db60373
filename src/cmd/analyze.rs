//! `sailctl analyze [FILE|DIR|-]...`: run Istio's configuration analyzers over files (and, once
//! cluster support lands, a live cluster), with istioctl's flags and output.

use std::collections::BTreeSet;
use std::io::Write;
use std::time::Duration;

use clap::{ArgAction, ValueEnum};

use crate::analysis::run::{self, Options, SkipReason, Suppression};
use crate::analysis::{self, Analyzer, catalog};
use crate::context::Context;
use crate::exit::{Exit, UsageError};
use crate::output::diagnostic::{self, Diagnostic, Level, SarifRule};
use crate::resource::loader::{IssueKind, LoadIssue};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Files or directories to analyze (recursive: .yaml, .yml, .json); `-` reads stdin.
    #[arg(value_name = "FILE")]
    pub files: Vec<String>,

    /// Analyze the live Kubernetes cluster, with the given files overlaid on it (a file's
    /// object replaces the cluster's of the same kind, namespace and name).
    #[arg(
        short = 'k',
        long = "use-kube",
        value_name = "BOOL",
        default_value_t = true,
        action = ArgAction::Set,
        num_args = 0..=1,
        require_equals = true,
        default_missing_value = "true"
    )]
    pub use_kube: bool,

    /// Analyze all namespaces (resources without a namespace keep none).
    #[arg(short = 'A', long = "all-namespaces")]
    pub all_namespaces: bool,

    /// Run only this analyzer (repeatable; see --list-analyzers). Analyzers that are not run
    /// by default, such as annotations.AlphaAnalyzer, can be selected this way.
    #[arg(long = "analyzer", value_name = "NAME")]
    pub analyzers: Vec<String>,

    /// List the analyzers and exit.
    #[arg(short = 'L', long = "list-analyzers")]
    pub list_analyzers: bool,

    /// Print the documentation of a message code (IST0101) or an analyzer, and exit.
    #[arg(long, value_name = "CODE")]
    pub explain: Option<String>,

    /// Output format.
    #[arg(short, long, value_enum, default_value_t = Format::Log)]
    pub output: Format,

    /// Exit with 79 when a message at or above this level is found.
    #[arg(long = "failure-threshold", value_enum, ignore_case = true, default_value_t = Level::Error)]
    pub failure_threshold: Level,

    /// Print only messages at or above this level.
    #[arg(long = "output-threshold", value_enum, ignore_case = true, default_value_t = Level::Info)]
    pub output_threshold: Level,

    /// Suppress a message code on a resource: "CODE=Kind namespace/name" (repeatable; `*`
    /// matches any text in the code or the resource), e.g. -S "IST0103=Pod default/*".
    #[arg(short = 'S', long = "suppress", value_name = "CODE=RESOURCE")]
    pub suppress: Vec<String>,

    /// Say which analyzers ran (with their message counts) or were skipped, and why.
    #[arg(short, long)]
    pub verbose: bool,

    /// Give up when the analysis takes longer than this (Go-style duration: 30s, 500ms, 1m).
    #[arg(long, value_name = "DURATION", default_value = "30s", value_parser = crate::duration::flag)]
    pub timeout: Duration,

    /// Do not report documents that are not Kubernetes objects.
    #[arg(long = "ignore-unknown")]
    pub ignore_unknown: bool,

    /// Analyze only the configuration of this control-plane revision: configuration resources
    /// labeled `istio.io/rev` with another revision are left out (unlabeled ones always count;
    /// workloads, Services, Namespaces and Secrets are never filtered). Without the flag
    /// nothing is filtered, as istioctl does for files.
    #[arg(short = 'r', long, value_name = "REVISION")]
    pub revision: Option<String>,

    /// Treat the files as the whole cluster, as Istio's analyzer tests do: whatever they do not
    /// hold does not exist (istioctl's results, with its stand-in ingress gateway). Without it,
    /// file mode is an open world: the files are one application on the baseline cluster of
    /// --profile, and references to namespaces or kinds the files do not describe are not
    /// errors (listed under -v). Live mode is always closed-world.
    #[arg(long = "closed-world")]
    pub closed_world: bool,

    /// The install profile whose objects (istiod, gateways, injector) form the baseline cluster
    /// of file mode's open world.
    #[arg(long, value_name = "NAME", default_value = "default")]
    pub profile: String,

    /// A MeshConfig YAML file overlaid on Istio's default mesh config.
    #[arg(
        long = "meshConfigFile",
        alias = "mesh-config-file",
        value_name = "FILE"
    )]
    pub mesh_config_file: Option<String>,

    /// Accepted for istioctl scripts: directories are always read recursively.
    #[arg(short = 'R', long)]
    pub recursive: bool,

    /// Contexts of the kubeconfig naming remote clusters for multi-cluster analysis (not to be
    /// confused with --context): their Services, Pods, Namespaces, Secrets and Istio config
    /// join the analysis, and messages name their cluster (`[cluster-CONTEXT]`).
    #[arg(
        long = "remote-contexts",
        value_name = "CONTEXT",
        value_delimiter = ','
    )]
    pub remote_contexts: Vec<String>,

    /// A MeshNetworks YAML file (sailctl extension; istioctl has no such flag).
    #[arg(
        long = "meshNetworksFile",
        alias = "mesh-networks-file",
        value_name = "FILE"
    )]
    pub mesh_networks_file: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// istioctl's lines: `Error [IST0101] (Kind ns/name file:line) message`.
    Log,
    /// A JSON array of messages (code, level, message, origin, reference, documentationUrl).
    Json,
    /// The same as a YAML sequence.
    Yaml,
    /// A SARIF 2.1.0 log.
    Sarif,
    /// GitHub Actions workflow annotations.
    Github,
}

/// The analyzers to run: the named ones, or every default one.
fn select(names: &[String]) -> anyhow::Result<Vec<&'static dyn Analyzer>> {
    if names.is_empty() {
        return Ok(analysis::all()
            .iter()
            .copied()
            .filter(|a| a.metadata().default)
            .collect());
    }
    let mut out: Vec<&'static dyn Analyzer> = Vec::new();
    for n in names {
        let Some(a) = analysis::by_name(n) else {
            return Err(UsageError::error(format!(
                "unknown analyzer {n:?}: see `sailctl analyze --list-analyzers`"
            )));
        };
        if !out.iter().any(|o| o.metadata().name == a.metadata().name) {
            out.push(a);
        }
    }
    Ok(out)
}

fn list_analyzers(out: &mut dyn Write) -> std::io::Result<()> {
    let mut all: Vec<&dyn Analyzer> = analysis::all().to_vec();
    all.sort_by_key(|a| a.metadata().name);
    let width = all
        .iter()
        .map(|a| a.metadata().name.len())
        .max()
        .unwrap_or(0);
    for a in all {
        let m = a.metadata();
        let extra = if m.default {
            ""
        } else {
            " (not run by default; select with --analyzer)"
        };
        writeln!(out, "{:width$}  {}{extra}", m.name, m.description)?;
    }
    Ok(())
}

fn explain(query: &str, out: &mut dyn Write) -> anyhow::Result<Exit> {
    if let Some(ty) = catalog::lookup(query) {
        let by: Vec<&str> = analysis::all()
            .iter()
            .map(|a| a.metadata())
            .filter(|m| m.emits.iter().any(|t| t.code == ty.code))
            .map(|m| m.name)
            .collect();
        out.write_all(catalog::explain(ty, &by).as_bytes())?;
        return Ok(Exit::Ok);
    }
    if let Some(a) = analysis::by_name(query) {
        let m = a.metadata();
        writeln!(out, "{}: {}", m.name, m.description)?;
        writeln!(out, "Reads: {}", m.inputs.join(", "))?;
        let codes: Vec<&str> = m.emits.iter().map(|t| t.code).collect();
        writeln!(out, "Reports: {}", codes.join(", "))?;
        writeln!(out)?;
        for line in m.doc.lines() {
            writeln!(out, "{}", line.strip_prefix(' ').unwrap_or(line))?;
        }
        return Ok(Exit::Ok);
    }
    Err(UsageError::error(format!(
        "{query:?} is neither a message code (IST0101) nor an analyzer name"
    )))
}

/// Read a YAML mapping from a flag's file (mesh config, mesh networks).
fn read_mapping(flag: &str, path: &str) -> anyhow::Result<serde_json::Value> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| UsageError::error(format!("{flag} {path}: {e}")))?;
    let parsed = crate::resource::yaml::parse_stream(&text);
    if let Some(e) = parsed.errors.first() {
        return Err(UsageError::error(format!(
            "{flag} {path}:{}:{}: invalid YAML: {}",
            e.line, e.col, e.message
        )));
    }
    match parsed.documents.into_iter().next().map(|d| d.value) {
        Some(v @ serde_json::Value::Object(_)) => Ok(v),
        None => Ok(serde_json::json!({})),
        Some(_) => Err(UsageError::error(format!(
            "{flag} {path}: expected a YAML mapping"
        ))),
    }
}

fn print_issue(ctx: &Context, issue: &LoadIssue) {
    let text = issue.to_string();
    if issue.is_warning() {
        crate::output::print_warning(ctx, &text);
    } else {
        crate::output::print_error(ctx, &anyhow::anyhow!(text));
    }
}

fn plural(n: usize, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {what}s")
    }
}

pub fn run(args: &Args, ctx: &Context) -> anyhow::Result<Exit> {
    let mut stdout = std::io::stdout().lock();
    if let Some(q) = &args.explain {
        let code = explain(q, &mut stdout)?;
        stdout.flush()?;
        return Ok(code);
    }
    if args.list_analyzers {
        list_analyzers(&mut stdout)?;
        stdout.flush()?;
        return Ok(Exit::Ok);
    }
    let analyzers = select(&args.analyzers)?;
    run_with(&analyzers, args, ctx)
}

/// [`run`] with the analyzers given (the library's entry point for other analyzer sets).
pub fn run_with(
    analyzers: &[&'static dyn Analyzer],
    args: &Args,
    ctx: &Context,
) -> anyhow::Result<Exit> {
    let mut stdout = std::io::stdout().lock();
    let analyzers = analyzers.to_vec();
    let suppressions = args
        .suppress
        .iter()
        .map(|s| s.parse::<Suppression>().map_err(UsageError::error))
        .collect::<anyhow::Result<Vec<_>>>()?;
    let live = args.use_kube && crate::cluster::kubeconfig_configured(&ctx.connect_options());
    if !args.remote_contexts.is_empty() && !live {
        return Err(UsageError::error(format!(
            "--remote-contexts {}: multi-cluster analysis reads live clusters; it needs --use-kube and a kubeconfig",
            args.remote_contexts.join(",")
        )));
    }
    if args.files.is_empty() && !live {
        return Err(UsageError::error(if args.use_kube {
            "no cluster configured (no kubeconfig): give files or directories to analyze (sailctl analyze FILE...)"
        } else {
            "nothing to analyze: give files or directories (or - for stdin) with --use-kube=false"
        }));
    }
    if args.use_kube && !live {
        eprintln!(
            "note: no cluster configured; analyzing the given files only (--use-kube=false silences this)"
        );
    }
    let mesh_config = args
        .mesh_config_file
        .as_deref()
        .map(|p| read_mapping("--meshConfigFile", p))
        .transpose()?;
    let mesh_networks = args
        .mesh_networks_file
        .as_deref()
        .map(|p| read_mapping("--meshNetworksFile", p))
        .transpose()?;
    let namespace = if args.all_namespaces {
        None
    } else if live {
        Some(super::analyze_live::namespace(ctx)?)
    } else {
        Some(ctx.namespace().unwrap_or("default").to_string())
    };
    let mut opts = Options {
        inputs: args.files.clone(),
        namespace: namespace.clone(),
        istio_namespace: ctx.istio_namespace().to_string(),
        mesh_config,
        mesh_networks,
        suppressions,
        revision: args.revision.clone().filter(|r| !r.is_empty()),
        timeout: Some(args.timeout),
        open_world: !live && !args.closed_world,
        profile: Some(args.profile.clone()),
    };
    let (outcome, tags) = if live {
        match super::analyze_live::run(&analyzers, &mut opts, args, ctx)? {
            Some(o) => o,
            None => return Ok(Exit::Ok),
        }
    } else {
        (run::analyze(&analyzers, &opts), Default::default())
    };

    if let Some(e) = &outcome.baseline_error {
        return Err(UsageError::error(format!(
            "{e} (--profile names the install profile of file mode's baseline cluster)"
        )));
    }
    let mut unreadable = false;
    for issue in &outcome.load_issues {
        // --ignore-unknown: documents that are not Kubernetes objects are not applicable
        if args.ignore_unknown && issue.kind == IssueKind::NotAResource {
            continue;
        }
        if run::is_unreadable(issue) {
            unreadable = true;
        }
        print_issue(ctx, issue);
    }
    if args.verbose {
        let mut err = std::io::stderr().lock();
        for (name, n, took) in &outcome.ran {
            let _ = writeln!(
                err,
                "ran {name}: {n} message{} in {took:.1?}",
                if *n == 1 { "" } else { "s" }
            );
        }
        for (name, why) in &outcome.skipped {
            let why = match why {
                SkipReason::Timeout => "the timeout was reached first",
            };
            let _ = writeln!(err, "skipped {name}: {why}");
        }
        let selected: BTreeSet<&str> = analyzers.iter().map(|a| a.metadata().name).collect();
        for a in analysis::all() {
            let m = a.metadata();
            if !selected.contains(m.name) {
                let why = if args.analyzers.is_empty() {
                    "not run by default (select it with --analyzer)"
                } else {
                    "not selected by --analyzer"
                };
                let _ = writeln!(err, "skipped {}: {why}", m.name);
            }
        }
        for m in &outcome.unresolved {
            let origin = m.origin.as_deref().unwrap_or("input");
            let at = m
                .location
                .as_ref()
                .map(|l| format!(" {}:{}", l.file, l.line))
                .unwrap_or_default();
            let _ = writeln!(err, "Info [{}] ({origin}{at}) {}", m.ty.code, m.text);
        }
        let _ = writeln!(
            err,
            "analyzed {} from {} (load {:.1?}, analysis {:.1?}, {} messages)",
            plural(outcome.resources, "resource"),
            plural(outcome.files, "file"),
            outcome.load_time,
            outcome.analyze_time,
            outcome.messages.len()
        );
    }

    let shown_messages: Vec<&analysis::Message> = outcome
        .messages
        .iter()
        .filter(|m| m.level() >= args.output_threshold)
        .collect();
    let shown: Vec<Diagnostic> = shown_messages.iter().map(|m| m.to_diagnostic()).collect();
    match args.output {
        Format::Json | Format::Yaml if !tags.is_empty() => {
            let v = super::analyze_remote::to_json(&shown_messages, &shown, &tags);
            if args.output == Format::Json {
                crate::output::write_json(&mut stdout, &v)?
            } else {
                stdout.write_all(crate::output::yaml::to_string(&v).as_bytes())?
            }
        }
        Format::Json => diagnostic::write_json(&mut stdout, &shown)?,
        Format::Yaml => diagnostic::write_yaml(&mut stdout, &shown)?,
        Format::Github => diagnostic::write_github(&mut stdout, &shown)?,
        Format::Sarif => {
            let mut codes: Vec<&str> = shown.iter().map(|d| d.code.as_str()).collect();
            codes.sort();
            codes.dedup();
            let rules: Vec<SarifRule> = codes
                .iter()
                .filter_map(|c| catalog::lookup(c))
                .map(|t| SarifRule {
                    id: t.code.to_string(),
                    name: t.name.to_string(),
                    description: t.description.to_string(),
                    help_uri: t.documentation_url(),
                })
                .collect();
            diagnostic::write_sarif(&mut stdout, &shown, &rules)?
        }
        Format::Log => {
            super::analyze_remote::write_log(
                &mut stdout,
                &shown_messages,
                &shown,
                &tags,
                ctx.color_stdout,
            )?;
            let scope = match &namespace {
                Some(ns) => format!("namespace: {ns}"),
                None => "all namespaces".to_string(),
            };
            if shown.is_empty()
                && !outcome.timed_out
                && outcome.internal.is_empty()
                && (live || outcome.documents > 0)
                && !unreadable
            {
                eprintln!("\u{2714} No validation issues found when analyzing {scope}.");
            }
            if outcome.outside_selection > 0 {
                eprintln!(
                    "note: {} of the input {} in other namespaces than {scope}; their messages are not shown (-A analyzes all namespaces)",
                    plural(outcome.outside_selection, "object"),
                    if outcome.outside_selection == 1 {
                        "is"
                    } else {
                        "are"
                    }
                );
            }
        }
    }
    stdout.flush()?;

    // worse than any finding: part of the run is missing through a bug, said loudly
    if let Some(code) = crate::exit::report_internal(ctx, &outcome.internal) {
        return Ok(code);
    }
    if !live && !unreadable && outcome.unread_files == 0 && outcome.documents == 0 {
        let ignored = args.ignore_unknown
            && outcome
                .load_issues
                .iter()
                .any(|i| i.kind == IssueKind::NotAResource);
        if !ignored {
            return Err(UsageError::error(super::validate::no_resources(
                &args.files,
            )));
        }
    }
    if outcome.unread_files > 0 {
        return Err(anyhow::anyhow!(
            "analysis timed out after {:?} reading the input: {} of {} files read, no analyzer ran (raise --timeout)",
            args.timeout,
            outcome.files - outcome.unread_files,
            outcome.files
        ));
    }
    if outcome.timed_out {
        let stopped = if outcome.stopped.is_empty() {
            String::new()
        } else {
            format!(
                ", {} stopped before finishing ({})",
                outcome.stopped.len(),
                outcome.stopped.join(", ")
            )
        };
        return Err(anyhow::anyhow!(
            "analysis timed out after {:?}: {} of {} analyzers ran{stopped} (raise --timeout)",
            args.timeout,
            outcome.ran.len() - outcome.stopped.len(),
            analyzers.len()
        ));
    }
    let failing = outcome
        .messages
        .iter()
        .any(|m| m.level() >= args.failure_threshold);
    Ok(if failing {
        Exit::AnalyzeIssues
    } else if unreadable {
        Exit::Usage
    } else {
        Exit::Ok
    })
}
