//! `sailctl bug-report`: collect cluster state, Istio debug information, proxy and ztunnel
//! dumps, logs and `analyze` into a `.tar.gz` to attach to an issue — bounded by `--timeout`
//! (a slow pod costs its own `--pod-timeout` only), written where `--dir` / `-o` say, with
//! progress per step. Collection lives in `crate::bugreport`.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use futures::StreamExt;

use crate::bugreport::collect::{self, Options};
use crate::bugreport::select::Selection;
use crate::bugreport::{Bounds, Report, archive};
use crate::cluster::{self, show_duration};
use crate::context::Context;
use crate::exit::{Exit, UsageError};

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Selectors (--include, --exclude; repeatable):\n  namespaces/deployments/pods/labels/annotations/containers, `*` globs, k=v pairs\n  e.g. --include bookinfo --include 'shop/cart/*/version=v2' --exclude '*/*/*-canary-*'\n  kube-system, kube-public, kube-node-lease and local-path-storage are always excluded.\n\nExamples:\n  sailctl bug-report --dir /tmp --timeout 5m\n  sailctl bug-report -o report.tar.gz --include bookinfo --tail 500"
)]
pub struct Args {
    /// Directory to write the archive in (`bug-report-<time>.tar.gz`).
    #[arg(
        long,
        alias = "output-dir",
        value_name = "DIR",
        conflicts_with = "output"
    )]
    pub dir: Option<PathBuf>,
    /// The archive's path.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Stop collecting after this long and write what was collected.
    #[arg(long, default_value = "30m", value_parser = crate::duration::flag, value_name = "DURATION")]
    pub timeout: Duration,
    /// Give up on one request to a pod (an admin dump, a log) after this long.
    #[arg(long, default_value = "30s", value_parser = crate::duration::flag, value_name = "DURATION")]
    pub pod_timeout: Duration,
    /// Pods (and namespaces) to collect; all but the excluded when none is given.
    #[arg(long, value_name = "SELECTOR")]
    pub include: Vec<String>,
    /// Pods (and, for namespace-only selectors, namespaces) to leave out.
    #[arg(long, value_name = "SELECTOR")]
    pub exclude: Vec<String>,
    /// Lines of each container log to keep (the last ones); 0 keeps all.
    #[arg(long, default_value_t = 2000, value_name = "LINES")]
    pub tail: i64,
    /// The Envoy / ztunnel admin port.
    #[arg(long, default_value_t = 15000, value_name = "PORT")]
    pub proxy_admin_port: u16,
    /// Requests in flight at once.
    #[arg(long = "rq-concurrency", default_value_t = 8, value_name = "N")]
    pub concurrency: usize,
    /// Leave out `analyze`.
    #[arg(long)]
    pub skip_analyze: bool,
}

/// Progress per step: a bar on a terminal, one plain line per finished step otherwise.
struct Progress {
    bar: Option<indicatif::ProgressBar>,
    step: usize,
}

const STEPS: usize = 4;

impl Progress {
    fn start(&mut self, name: &str, len: u64) {
        self.step += 1;
        if let Some(b) = &self.bar {
            b.set_length(len);
            b.set_position(0);
            b.set_message(format!("[{}/{STEPS}] {name}", self.step));
        }
    }

    fn tick(&self) {
        if let Some(b) = &self.bar {
            b.inc(1);
        }
    }

    fn done(&self, name: &str, r: &Report, started: Instant) {
        self.line(name, r.files.len(), r.errors.len(), started);
    }

    fn line(&self, name: &str, files: usize, errors: usize, started: Instant) {
        let line = format!(
            "[{}/{STEPS}] {name}: {files} files, {errors} errors ({})",
            self.step,
            show_duration(Duration::from_millis(started.elapsed().as_millis() as u64))
        );
        match &self.bar {
            Some(b) => b.println(line),
            None => eprintln!("{line}"),
        }
    }
}

pub fn run(args: &Args, ctx: &Context) -> anyhow::Result<Exit> {
    let selection = Selection::parse(&args.include, &args.exclude)
        .map_err(|e| UsageError::error(format!("--include/--exclude: {e}")))?;
    let path = archive_path(args)?;
    let opts = Options {
        istio_namespace: ctx.istio_namespace().to_string(),
        selection,
        tail_lines: args.tail,
        proxy_admin_port: args.proxy_admin_port,
        concurrency: args.concurrency.max(1),
    };
    let bounds = Bounds::new(args.timeout, args.pod_timeout);
    // the cluster's own request bound never ends a request before ours does
    let cluster = ctx
        .cluster()?
        .with_request_timeout(args.timeout.max(args.pod_timeout) + Duration::from_secs(1));
    let bar = ctx.stderr_is_terminal.then(|| {
        let b = indicatif::ProgressBar::new(0);
        b.set_style(
            indicatif::ProgressStyle::with_template("{msg} {bar:30} {pos}/{len}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        b
    });
    let mut progress = Progress { bar, step: 0 };
    let mut report = Report::default();

    let t = Instant::now();
    progress.start("namespaces and resources", 0);
    let namespaces = cluster::block_on(collect::namespaces(&cluster, &opts, &bounds))
        .map_err(anyhow::Error::msg)?;
    if let Some(b) = &progress.bar {
        b.set_length((4 + namespaces.len() * 25) as u64);
    }
    let step = cluster::block_on(collect::resources(
        &cluster,
        &namespaces,
        &bounds,
        opts.concurrency,
        &|| progress.tick(),
    ));
    progress.done("namespaces and resources", &step, t);
    report.merge(step);

    let t = Instant::now();
    progress.start("pods", 0);
    let mut step = Report::default();
    match cluster::block_on(collect::pods(&cluster, &namespaces, &opts, &bounds)) {
        Ok(pods) => {
            if let Some(b) = &progress.bar {
                b.set_length(pods.len() as u64);
            }
            let parts: Vec<Report> = cluster::block_on(
                futures::stream::iter(pods.iter())
                    .map(|p| async {
                        let r = collect::pod(&cluster, p, &opts, &bounds).await;
                        progress.tick();
                        r
                    })
                    .buffer_unordered(opts.concurrency)
                    .collect(),
            );
            for p in parts {
                step.merge(p);
            }
        }
        Err(e) => step.errors.push(e),
    }
    progress.done("istiod debug, proxy and ztunnel dumps, logs", &step, t);
    report.merge(step);

    let t = Instant::now();
    progress.start("analyze", 1);
    let mut step = Report::default();
    if args.skip_analyze {
        step.notes.push("analyze: skipped (--skip-analyze)".into());
    } else {
        match analyze(ctx, &bounds) {
            Ok(text) => step.add("analyze.txt", text),
            Err(e) => step.errors.push(format!("analyze: {e}")),
        }
    }
    progress.tick();
    progress.done("analyze", &step, t);
    report.merge(step);

    let t = Instant::now();
    progress.start("archive", 1);
    if !namespaces.iter().any(|n| n == ctx.istio_namespace()) {
        report.notes.push(format!(
            "the Istio namespace {} does not exist (-i names it)",
            ctx.istio_namespace()
        ));
    }
    report.notes.sort();
    report.notes.dedup();
    finish_report(&mut report, args, &namespaces, ctx);
    let top = path
        .file_name()
        .and_then(|n| n.to_str())
        .and_then(|n| n.strip_suffix(".tar.gz").or_else(|| n.strip_suffix(".tgz")))
        .unwrap_or("bug-report")
        .to_string();
    archive::write(&path, &top, &report.files)
        .map_err(|e| anyhow::anyhow!("cannot write {}: {e}", path.display()))?;
    progress.tick();
    progress.line("archive", report.files.len(), 0, t);
    if let Some(b) = &progress.bar {
        b.finish_and_clear();
    }
    if !report.errors.is_empty() {
        eprintln!(
            "warning: {} step(s) failed; errors.txt in the archive lists them",
            report.errors.len()
        );
    }
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "Wrote {} ({} files)",
        path.display(),
        report.files.len()
    )?;
    Ok(Exit::Ok)
}

/// `-o FILE`, or `bug-report-<UTC time>.tar.gz` in `--dir` (default: the working directory),
/// whose directory must exist.
fn archive_path(args: &Args) -> anyhow::Result<PathBuf> {
    let path = match &args.output {
        Some(p) => p.clone(),
        None => {
            let dir = args.dir.clone().unwrap_or_else(|| PathBuf::from("."));
            let stamp = chrono::Utc::now().format("%Y%m%d-%H%M%S");
            dir.join(format!("bug-report-{stamp}.tar.gz"))
        }
    };
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if !parent.is_dir() {
        return Err(UsageError::error(format!(
            "cannot write the archive to {}: directory {} does not exist",
            path.display(),
            parent.display()
        )));
    }
    Ok(path)
}

/// `report.txt` (what was asked and how it went), `errors.txt`, `notes.txt`.
fn finish_report(report: &mut Report, args: &Args, namespaces: &[String], ctx: &Context) {
    let mut summary = format!(
        "sailctl {} bug-report\ncreated: {}\ncontext: {}\nistio namespace: {}\nnamespaces: {}\ninclude: {:?}\nexclude: {:?}\ntimeout: {}\npod timeout: {}\ntail lines: {}\nerrors: {}\n",
        env!("CARGO_PKG_VERSION"),
        chrono::Utc::now().to_rfc3339(),
        ctx.global.context.as_deref().unwrap_or("(current)"),
        ctx.istio_namespace(),
        namespaces.join(", "),
        args.include,
        args.exclude,
        show_duration(args.timeout),
        show_duration(args.pod_timeout),
        args.tail,
        report.errors.len(),
    );
    summary.push_str("files:\n");
    let mut paths: Vec<&str> = report.files.iter().map(|f| f.path.as_str()).collect();
    paths.sort_unstable();
    for p in paths {
        summary.push_str(&format!("  {p}\n"));
    }
    let lines = |v: &[String]| v.iter().map(|l| format!("{l}\n")).collect::<String>();
    let errors = lines(&report.errors);
    let notes = lines(&report.notes);
    report.add("report.txt", summary);
    report.add("errors.txt", errors);
    report.add("notes.txt", notes);
}

/// `sailctl analyze -A` on the same cluster, in a child process bounded by what is left of
/// the timeout; its output and exit code.
fn analyze(ctx: &Context, bounds: &Bounds) -> Result<String, String> {
    let left = bounds.left();
    if left.is_zero() {
        return Err(format!(
            "skipped, --timeout {} reached",
            show_duration(bounds.timeout)
        ));
    }
    let exe = std::env::current_exe().map_err(|e| format!("cannot find sailctl itself: {e}"))?;
    let mut cmd = Command::new(exe);
    cmd.args([
        "analyze",
        "-A",
        "--color",
        "never",
        "-i",
        ctx.istio_namespace(),
    ])
    .arg("--timeout")
    .arg(format!("{}ms", left.as_millis().max(1)));
    if let Some(k) = &ctx.global.kubeconfig {
        cmd.arg("--kubeconfig").arg(k);
    }
    if let Some(c) = &ctx.global.context {
        cmd.arg("--context").arg(c);
    }
    let child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start: {e}"))?;
    wait_bounded(child, bounds)
}

fn wait_bounded(mut child: std::process::Child, bounds: &Bounds) -> Result<String, String> {
    use std::io::Read;
    let mut stdout = child.stdout.take();
    let mut stderr = child.stderr.take();
    let out = std::thread::spawn(move || {
        let mut s = String::new();
        if let Some(o) = stdout.as_mut() {
            let _ = o.read_to_string(&mut s);
        }
        s
    });
    let err = std::thread::spawn(move || {
        let mut s = String::new();
        if let Some(e) = stderr.as_mut() {
            let _ = e.read_to_string(&mut s);
        }
        s
    });
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if bounds.left().is_zero() => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!(
                    "stopped, --timeout {} reached",
                    show_duration(bounds.timeout)
                ));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(20)),
            Err(e) => return Err(e.to_string()),
        }
    };
    let stdout = out.join().unwrap_or_default();
    let stderr = err.join().unwrap_or_default();
    Ok(format!(
        "$ sailctl analyze -A  (exit {})\n{stdout}{}{stderr}",
        status.code().map_or("signal".into(), |c| c.to_string()),
        if stderr.is_empty() {
            ""
        } else {
            "--- stderr ---\n"
        }
    ))
}
