//! `sailctl verify-install`: does the cluster hold every object the install renders, and is
//! every workload ready?

use std::io::Write;

use clap::ValueEnum;
use serde_json::json;

use super::manifest::InstallInputArgs;
use crate::cluster;
use crate::context::Context;
use crate::exit::Exit;
use crate::install::apply::DEFAULT_CONCURRENCY;
use crate::install::verify::{self, Row, Status};
use crate::output::table::Table;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub input: InstallInputArgs,

    /// Output format.
    #[arg(short, long, value_enum, default_value_t = Format::Table)]
    pub output: Format,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Table,
    Json,
}

pub fn run(args: &Args, ctx: &Context) -> anyhow::Result<Exit> {
    let (cluster, plan, recorded) = super::install::plan_installed(&args.input, ctx)?;
    if recorded {
        eprintln!(
            "Checking the install recorded in the cluster (profile {:?}{}); give -f/--set to check other inputs.",
            plan.profile,
            if plan.revision.is_empty() {
                String::new()
            } else {
                format!(", revision {}", plan.revision)
            }
        );
    }
    let rows = cluster::block_on(verify::verify(cluster, &plan, DEFAULT_CONCURRENCY))?;
    let bad = rows.iter().filter(|r| r.status != Status::Ok).count();
    let mut out = std::io::stdout().lock();
    if args.output == Format::Json {
        let items: Vec<_> = rows
            .iter()
            .map(|r| {
                let mut v = json!({
                    "kind": r.key.kind, "name": r.key.name, "namespace": r.key.namespace,
                    "component": r.component, "status": status_text(&r.status),
                });
                if let Status::NotReady(_, reasons) = &r.status {
                    v["reasons"] = json!(reasons);
                }
                v
            })
            .collect();
        crate::output::write_json(
            &mut out,
            &json!({"ok": bad == 0, "objects": items.len(), "problems": bad, "results": items}),
        )?;
        return Ok(if bad == 0 { Exit::Ok } else { Exit::Failure });
    }
    write_table(&mut out, &rows, ctx.color_stdout)?;
    Ok(if bad == 0 { Exit::Ok } else { Exit::Failure })
}

/// The verification table, the reasons for unready workloads, and a summary line.
pub fn write_table(out: &mut dyn Write, rows: &[Row], color: bool) -> std::io::Result<()> {
    let bad = rows.iter().filter(|r| r.status != Status::Ok).count();
    let mut table = Table::with_header(3, &["KIND", "NAME", "NAMESPACE", "STATUS"]);
    for r in rows {
        let mut status = status_text(&r.status);
        if color {
            status = match r.status {
                Status::Ok => colored::Colorize::green(status.as_str()).to_string(),
                _ => colored::Colorize::red(status.as_str()).to_string(),
            };
        }
        table.row(vec![
            r.key.kind.clone(),
            r.key.name.clone(),
            r.key.namespace.clone().unwrap_or_else(|| "-".into()),
            status,
        ]);
    }
    write!(out, "{}", table.render())?;
    for r in rows {
        if let Status::NotReady(_, reasons) = &r.status {
            for reason in reasons {
                writeln!(out, "  {} {}: {reason}", r.key.kind, r.key.name)?;
            }
        }
    }
    if bad == 0 {
        writeln!(
            out,
            "✔ Istio is installed and verified: {} objects present, workloads ready.",
            rows.len()
        )
    } else {
        writeln!(
            out,
            "✘ {bad} of {} objects are missing or not ready.",
            rows.len()
        )
    }
}

fn status_text(s: &Status) -> String {
    match s {
        Status::Ok => "ok".to_string(),
        Status::Missing => "missing".to_string(),
        Status::NotReady(s, _) => format!("not ready: {s}"),
    }
}
