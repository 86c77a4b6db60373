//! `sailctl install`: apply an Istio install to the cluster with server-side apply, in
//! dependency order, wait for it to be ready, and prune what is no longer rendered.
//! `--dry-run` asks the API server to validate without writing; `--diff` shows what would
//! change, object by object.

use std::collections::HashMap;
use std::io::{BufRead, IsTerminal, Write};
use std::sync::Mutex;
use std::time::Duration;

use colored::Colorize;
use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::manifest::{InstallInputArgs, render_inputs};
use crate::cluster::{self, Cluster, Selector};
use crate::context::Context;
use crate::exit::{Exit, UsageError};
use crate::install::apply::{self, InstallError, Plan};
use crate::install::diff::{self, Change};
use crate::install::{state, values};

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub input: InstallInputArgs,

    /// Do not ask for confirmation (needed when stdin is not a terminal).
    #[arg(short = 'y', long = "skip-confirmation")]
    pub skip_confirmation: bool,

    /// Send every object to the API server as a dry run (dryRun=All): validated, nothing written.
    #[arg(long)]
    pub dry_run: bool,

    /// Show what the install would change on the cluster, object by object, and change nothing.
    #[arg(long, conflicts_with = "dry_run")]
    pub diff: bool,

    /// How long each component may take to become ready (Go duration: 300s, 5m, 1m30s).
    #[arg(long = "readiness-timeout", value_name = "DURATION", default_value = "300s", value_parser = crate::duration::flag)]
    pub readiness_timeout: Duration,

    /// After installing, check that every object exists and every workload is ready (as
    /// `verify-install` does).
    #[arg(long, conflicts_with_all = ["dry_run", "diff"])]
    pub verify: bool,

    /// Objects applied at once.
    #[arg(long, default_value_t = apply::DEFAULT_CONCURRENCY, value_name = "N", hide = true)]
    pub concurrency: usize,
}

/// Ask a yes/no question on the terminal. Without a terminal on stdin, refuse (a usage error)
/// rather than block or guess.
pub fn confirm(prompt: &str, verb: &str) -> anyhow::Result<bool> {
    if !std::io::stdin().is_terminal() {
        return Err(UsageError::error(format!(
            "refusing to {verb} without confirmation: stdin is not a terminal; pass -y (--skip-confirmation) to proceed"
        )));
    }
    let mut err = std::io::stderr().lock();
    write!(err, "{prompt} (y/N) ")?;
    err.flush()?;
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line)?;
    Ok(matches!(
        line.trim().to_ascii_lowercase().as_str(),
        "y" | "yes"
    ))
}

/// Whether the cluster already has a default revision tag.
pub fn previous_default_tag(cluster: &Cluster) -> anyhow::Result<bool> {
    let gvk = kube::core::GroupVersionKind::gvk(
        "admissionregistration.k8s.io",
        "v1",
        "MutatingWebhookConfiguration",
    );
    let found = cluster::block_on(async {
        let api = apply::api_for(cluster, &gvk.api_version(), &gvk.kind, None).await?;
        cluster
            .list_all(
                &api,
                &Selector::labels("app=sidecar-injector,istio.io/tag=default"),
                "MutatingWebhookConfigurations",
            )
            .await
    })?;
    Ok(!found.is_empty())
}

/// Render the inputs (usage errors first, before any cluster access), then plan the install
/// against the cluster.
pub fn plan_for<'c>(
    input: &InstallInputArgs,
    ctx: &'c Context,
) -> anyhow::Result<(&'c Cluster, Plan)> {
    let (cluster, plan, _) = plan_recording(input, ctx)?;
    Ok((cluster, plan))
}

/// [`plan_for`], with the record the install leaves in the cluster (`install::state`).
pub fn plan_recording<'c>(
    input: &InstallInputArgs,
    ctx: &'c Context,
) -> anyhow::Result<(&'c Cluster, Plan, state::Installed)> {
    let (merged, objects) = render_inputs(input)?;
    let cluster = ctx.cluster()?;
    let (plan, installed) = plan_merged(cluster, merged, &objects)?;
    Ok((cluster, plan, installed))
}

pub fn plan_merged(
    cluster: &Cluster,
    merged: values::Merged,
    objects: &[crate::install::Object],
) -> anyhow::Result<(Plan, state::Installed)> {
    let previous = previous_default_tag(cluster)?;
    let plan = apply::plan(&merged, objects, previous);
    let installed = state::Installed {
        operator: merged.user,
        profile: merged.profile,
        version: plan.version.clone(),
    };
    Ok((plan, installed))
}

/// The plan of what is installed: with no `-f`/`--set`/`--manifests`, the record the install
/// left for the revision (`--revision`, else the default one), when there is one; otherwise
/// the inputs as given. Also says whether the record was used.
pub fn plan_installed<'c>(
    input: &InstallInputArgs,
    ctx: &'c Context,
) -> anyhow::Result<(&'c Cluster, Plan, bool)> {
    if input.filenames.is_empty() && input.set.is_empty() && input.manifests.is_none() {
        let cluster = ctx.cluster()?;
        let revision = input.revision.as_deref().unwrap_or_default();
        let ns = ctx.istio_namespace();
        if let Some(rec) = cluster::block_on(state::read(cluster, ns, revision))? {
            let merged = values::build_user(rec.operator, None)
                .map_err(|e| anyhow::anyhow!("ConfigMap {ns}/{}: {e}", state::name(revision)))?;
            let objects = crate::install::render::render(&merged)
                .map_err(|e| anyhow::anyhow!("ConfigMap {ns}/{}: {e}", state::name(revision)))?;
            let (plan, _) = plan_merged(cluster, merged, &objects)?;
            return Ok((cluster, plan, true));
        }
    }
    let (cluster, plan) = plan_for(input, ctx)?;
    Ok((cluster, plan, false))
}

pub fn run(args: &Args, ctx: &Context) -> anyhow::Result<Exit> {
    if args.concurrency == 0 {
        return Err(UsageError::error("--concurrency must be at least 1"));
    }
    let (cluster, plan, installed) = plan_recording(&args.input, ctx)?;
    execute(args, ctx, cluster, &plan, &installed)
}

/// Apply a plan as `install` does (or `--diff` / `--dry-run` it), then record it.
pub fn execute(
    args: &Args,
    ctx: &Context,
    cluster: &Cluster,
    plan: &Plan,
    installed: &state::Installed,
) -> anyhow::Result<Exit> {
    if args.diff {
        return diff(cluster, plan, args, ctx);
    }
    if !args.dry_run && !args.skip_confirmation {
        let prompt = format!(
            "This will install the Istio {} profile {:?} into the cluster {} (context {}). Proceed?",
            plan.version,
            plan.profile,
            cluster.server(),
            cluster.context_name()
        );
        if !confirm(&prompt, "install")? {
            eprintln!("Cancelled: nothing was changed.");
            return Ok(Exit::Failure);
        }
    }
    let opts = apply::Options {
        dry_run: args.dry_run,
        readiness_timeout: args.readiness_timeout,
        concurrency: args.concurrency,
    };
    let reporter = Reporter::new(ctx, args.dry_run);
    let result = cluster::block_on(apply::install(cluster, plan, &opts, &reporter));
    let mut out = std::io::stdout().lock();
    let ok_mark = mark(ctx.color_stdout, true);
    match result {
        Ok(outcome) => {
            if !args.dry_run {
                cluster::block_on(state::record(
                    cluster,
                    &plan.namespace,
                    &plan.revision,
                    installed,
                ))?;
            }
            for k in &outcome.pruned {
                if args.dry_run {
                    writeln!(out, "  would prune {k}")?;
                } else {
                    writeln!(out, "  pruned {k}")?;
                }
            }
            if args.dry_run {
                writeln!(
                    out,
                    "{ok_mark} Dry run complete: the API server accepted {} objects; nothing was written.",
                    outcome.applied
                )?;
                if !outcome.not_validated.is_empty() {
                    writeln!(
                        out,
                        "  {} objects were not sent: their namespace does not exist yet.",
                        outcome.not_validated.len()
                    )?;
                }
            } else {
                writeln!(
                    out,
                    "{ok_mark} Installation complete: {} objects applied{}.",
                    outcome.applied,
                    if outcome.pruned.is_empty() {
                        String::new()
                    } else {
                        format!(", {} pruned", outcome.pruned.len())
                    }
                )?;
            }
            if args.verify {
                let rows = cluster::block_on(crate::install::verify::verify(
                    cluster,
                    plan,
                    args.concurrency,
                ))?;
                super::verify_install::write_table(&mut out, &rows, ctx.color_stdout)?;
                if rows
                    .iter()
                    .any(|r| r.status != crate::install::verify::Status::Ok)
                {
                    return Ok(Exit::Failure);
                }
            }
            Ok(Exit::Ok)
        }
        Err(InstallError::NotReady {
            step,
            timeout,
            unready,
        }) => {
            let bad = mark(ctx.color_stdout, false);
            writeln!(out, "{bad} {step} is not ready after {}:", human(timeout))?;
            for u in &unready {
                writeln!(out, "  {u}")?;
            }
            Err(anyhow::anyhow!(
                "installation failed: {step} did not become ready within --readiness-timeout {}",
                human(timeout)
            ))
        }
        Err(e) => Err(anyhow::anyhow!("installation failed: {e}")),
    }
}

fn diff(cluster: &Cluster, plan: &Plan, args: &Args, ctx: &Context) -> anyhow::Result<Exit> {
    let entries = cluster::block_on(diff::diff(cluster, plan, args.concurrency))?;
    let mut out = std::io::stdout().lock();
    let color = ctx.color_stdout;
    for e in &entries {
        match &e.change {
            Change::Unchanged => {}
            Change::New(_) => {
                let line = format!("+ {} ({}): new", e.key, e.component);
                writeln!(
                    out,
                    "{}",
                    if color {
                        line.green().to_string()
                    } else {
                        line
                    }
                )?;
            }
            Change::Pruned => {
                let line = format!("- {} ({}): would be pruned", e.key, e.component);
                writeln!(out, "{}", if color { line.red().to_string() } else { line })?;
            }
            Change::Changed(text) => {
                let line = format!("~ {} ({}): changed", e.key, e.component);
                writeln!(
                    out,
                    "{}",
                    if color {
                        line.yellow().to_string()
                    } else {
                        line
                    }
                )?;
                for l in text.lines() {
                    let l = if !color {
                        l.to_string()
                    } else if l.starts_with('+') && !l.starts_with("+++") {
                        l.green().to_string()
                    } else if l.starts_with('-') && !l.starts_with("---") {
                        l.red().to_string()
                    } else {
                        l.to_string()
                    };
                    writeln!(out, "    {l}")?;
                }
            }
        }
    }
    let c = diff::diff_counts(&entries);
    let n = |k: &str| c.get(k).copied().unwrap_or(0);
    writeln!(
        out,
        "{} new, {} changed, {} unchanged, {} to prune; nothing was changed.",
        n("new"),
        n("changed"),
        n("unchanged"),
        n("pruned")
    )?;
    Ok(Exit::Ok)
}

fn mark(color: bool, ok: bool) -> String {
    match (color, ok) {
        (true, true) => "✔".green().to_string(),
        (true, false) => "✘".red().to_string(),
        (false, true) => "✔".to_string(),
        (false, false) => "✘".to_string(),
    }
}

/// `1.2s`, `300s`, `5m0s` style.
pub fn human(d: Duration) -> String {
    let secs = d.as_secs_f64();
    if secs < 10.0 {
        format!("{secs:.1}s")
    } else if secs < 120.0 {
        format!("{}s", secs.round() as u64)
    } else {
        let s = secs.round() as u64;
        format!("{}m{}s", s / 60, s % 60)
    }
}

/// Progress on stderr: a spinner per component on a terminal, plain lines otherwise.
struct Reporter {
    multi: Option<MultiProgress>,
    bars: Mutex<HashMap<String, ProgressBar>>,
    color: bool,
    dry_run: bool,
}

impl Reporter {
    fn new(ctx: &Context, dry_run: bool) -> Self {
        let multi = ctx
            .stderr_is_terminal
            .then(|| MultiProgress::with_draw_target(ProgressDrawTarget::stderr()));
        Reporter {
            multi,
            bars: Mutex::new(HashMap::new()),
            color: ctx.color_stderr,
            dry_run,
        }
    }

    fn line(&self, msg: &str) {
        let _ = writeln!(std::io::stderr().lock(), "{msg}");
    }

    fn done_word(&self) -> &'static str {
        if self.dry_run {
            "validated (dry run)"
        } else {
            "installed"
        }
    }
}

impl apply::Progress for Reporter {
    fn started(&self, step: &str, objects: usize) {
        let verb = if self.dry_run {
            "validating"
        } else {
            "applying"
        };
        let msg = format!("{step}: {verb} {objects} objects");
        match &self.multi {
            Some(m) => {
                let bar = m.add(ProgressBar::new_spinner());
                bar.set_style(
                    ProgressStyle::with_template("{spinner} {msg} {elapsed:.dim}")
                        .unwrap_or_else(|_| ProgressStyle::default_spinner()),
                );
                bar.set_message(msg);
                bar.enable_steady_tick(Duration::from_millis(100));
                if let Ok(mut b) = self.bars.lock() {
                    b.insert(step.to_string(), bar);
                }
            }
            None => self.line(&msg),
        }
    }

    fn waiting(&self, step: &str, what: &str) {
        let msg = format!("{step}: waiting for {what}");
        match self.bars.lock().ok().and_then(|b| b.get(step).cloned()) {
            Some(bar) => bar.set_message(msg),
            None => self.line(&msg),
        }
    }

    fn finished(&self, step: &str, elapsed: Duration) {
        let ok = mark(self.color, true);
        let msg = format!("{ok} {step} {} ({})", self.done_word(), human(elapsed));
        self.end(step, msg);
    }

    fn failed(&self, step: &str, elapsed: Duration) {
        let bad = mark(self.color, false);
        let msg = format!("{bad} {step} failed ({})", human(elapsed));
        self.end(step, msg);
    }
}

impl Reporter {
    fn end(&self, step: &str, msg: String) {
        match self.bars.lock().ok().and_then(|mut b| b.remove(step)) {
            Some(bar) => {
                bar.set_style(
                    ProgressStyle::with_template("{msg}")
                        .unwrap_or_else(|_| ProgressStyle::default_spinner()),
                );
                bar.finish_with_message(msg);
            }
            None => self.line(&msg),
        }
    }
}
