//! `sailctl install`: render a profile (with files and --set), apply it to the cluster with
//! server-side apply, wait for the workloads, and prune what the previous install left over.

use std::io::{BufRead, Write};
use std::time::Duration;

use colored::Colorize;

use crate::cluster;
use crate::cmd::manifest::{InstallInputArgs, render_inputs};
use crate::context::Context;
use crate::exit::{Exit, UsageError};
use crate::install::Component;
use crate::install::apply::{self, Event, OwnerLabels};

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub input: InstallInputArgs,

    /// Do not ask for confirmation.
    #[arg(short = 'y', long = "skip-confirmation")]
    pub skip_confirmation: bool,

    /// Check every object with the API server (dryRun=All) and change nothing.
    #[arg(long)]
    pub dry_run: bool,

    /// How long to wait for Deployments and DaemonSets to become ready (`300s`, `5m`, `0` to not wait).
    #[arg(long, value_name = "DURATION", default_value = "5m0s", value_parser = parse_duration)]
    pub readiness_timeout: Duration,
}

/// Parse a Go-style duration: `90s`, `5m`, `5m0s`, `1h30m`, `250ms`, or plain seconds.
pub fn parse_duration(s: &str) -> Result<Duration, String> {
    let s = s.trim();
    if let Ok(secs) = s.parse::<u64>() {
        return Ok(Duration::from_secs(secs));
    }
    let mut total = Duration::ZERO;
    let mut rest = s;
    while !rest.is_empty() {
        let digits = rest
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .ok_or_else(|| {
                format!("invalid duration {s:?}: a number needs a unit (ms, s, m, h)")
            })?;
        if digits == 0 {
            return Err(format!("invalid duration {s:?}: expected a number"));
        }
        let n: f64 = rest[..digits]
            .parse()
            .map_err(|_| format!("invalid duration {s:?}"))?;
        rest = &rest[digits..];
        let unit_len = rest
            .find(|c: char| c.is_ascii_digit())
            .unwrap_or(rest.len());
        let secs = match &rest[..unit_len] {
            "ms" => n / 1000.0,
            "s" => n,
            "m" => n * 60.0,
            "h" => n * 3600.0,
            u => {
                return Err(format!(
                    "invalid duration {s:?}: unknown unit {u:?} (ms, s, m, h)"
                ));
            }
        };
        total += Duration::from_secs_f64(secs);
        rest = &rest[unit_len..];
    }
    Ok(total)
}

fn friendly(c: Component) -> &'static str {
    match c {
        Component::Base => "Istio core",
        Component::Pilot => "Istiod",
        Component::IngressGateways => "Ingress gateways",
        Component::EgressGateways => "Egress gateways",
        Component::Cni => "CNI",
        Component::Ztunnel => "Ztunnel",
    }
}

/// Ask on stderr; true only for y/yes.
pub fn confirm(question: &str) -> bool {
    eprint!("{question} (y/N) ");
    let _ = std::io::stderr().flush();
    let mut line = String::new();
    match std::io::stdin().lock().read_line(&mut line) {
        Ok(_) => matches!(line.trim().to_ascii_lowercase().as_str(), "y" | "yes"),
        Err(_) => false,
    }
}

pub fn check_mark(ctx: &Context) -> String {
    if ctx.color_stdout {
        "✔".green().to_string()
    } else {
        "✔".to_string()
    }
}

pub fn run(args: &Args, ctx: &Context) -> anyhow::Result<Exit> {
    let (merged, objects) = render_inputs(&args.input)?;
    if objects.is_empty() {
        return Err(UsageError::error(format!(
            "profile {:?} with these settings enables no component: nothing to install",
            merged.profile
        )));
    }
    let tag = merged.spec()["tag"]
        .as_str()
        .unwrap_or("unknown")
        .to_string();
    if !args.skip_confirmation && !args.dry_run {
        let rev = merged.values()["revision"].as_str().unwrap_or_default();
        let rev_text = if rev.is_empty() {
            String::new()
        } else {
            format!(" (revision {rev})")
        };
        if !confirm(&format!(
            "This will install the Istio {tag} profile {:?}{rev_text} into the cluster. Proceed?",
            merged.profile
        )) {
            eprintln!("Cancelled.");
            return Ok(Exit::Failure);
        }
    }
    let cluster = ctx.cluster()?;
    let owner = OwnerLabels::of(&merged);
    let opts = apply::Options {
        dry_run: args.dry_run,
        readiness_timeout: args.readiness_timeout,
        ..apply::Options::default()
    };
    let check = check_mark(ctx);
    let dry = if args.dry_run { " (dry run)" } else { "" };
    let mut out = std::io::stdout();
    let mut on_event = |e: Event| {
        let line = match e {
            Event::NamespaceCreated(ns) => format!("{check} Namespace {ns} created{dry}"),
            Event::ComponentApplied { component, objects } => format!(
                "{check} {} installed{dry} ({objects} objects)",
                friendly(component)
            ),
            Event::Waiting(pending) => format!("  Waiting for {}", pending.join(", ")),
            Event::Pruned(what) => format!("  Removed {what}."),
        };
        let _ = writeln!(out, "{line}");
    };
    cluster::block_on(apply::install(
        cluster,
        &objects,
        &owner,
        &opts,
        &mut on_event,
    ))?;
    let mut out = std::io::stdout().lock();
    if args.dry_run {
        writeln!(
            out,
            "{check} Dry run complete: the API server accepted every object; nothing was changed"
        )?;
    } else {
        writeln!(out, "{check} Installation complete")?;
    }
    Ok(Exit::Ok)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_parse_like_go() {
        assert_eq!(parse_duration("5m0s").unwrap(), Duration::from_secs(300));
        assert_eq!(parse_duration("90").unwrap(), Duration::from_secs(90));
        assert_eq!(parse_duration("1h30m").unwrap(), Duration::from_secs(5400));
        assert_eq!(parse_duration("250ms").unwrap(), Duration::from_millis(250));
        assert!(parse_duration("5x").is_err());
        assert!(parse_duration("m").is_err());
    }
}
