//! `proxy-config log <pod>`: read Envoy's logging levels (`GET /logging`) and update them
//! (`POST /logging?<logger>=<level>`, the all-loggers update first), as istioctl does.

use std::io::Write;
use std::time::Duration;

use super::proxy_config::LogArgs;
use crate::cluster;
use crate::context::Context;
use crate::envoy::live::LiveSource;
use crate::envoy::log::{self, ALL_LOGGERS, Level};
use crate::exit::{Exit, UsageError};

pub fn run(a: &LogArgs, ctx: &Context, port: u16, timeout: Duration) -> anyhow::Result<Exit> {
    let cluster = ctx.cluster()?.clone();
    let ns = ctx
        .namespace()
        .unwrap_or(cluster.default_namespace())
        .to_string();
    let src = LiveSource::new(cluster, &a.pod, &ns, port, timeout)
        .map_err(|e| UsageError::error(e.to_string()))?;
    let current = cluster::block_on(src.get("/logging"))?;
    let queries = if a.reset {
        vec![format!("{ALL_LOGGERS}={}", Level::Warning)]
    } else if let Some(spec) = &a.level {
        let levels =
            log::parse_level_spec(spec, &current).map_err(|e| UsageError::error(e.to_string()))?;
        log::update_queries(&levels)
    } else {
        Vec::new()
    };
    let mut answer = current;
    for q in queries {
        answer = cluster::block_on(src.post(&format!("/logging?{q}")))?;
    }
    let (pod_ns, pod) = cluster::block_on(src.resolve())?;
    let mut out = std::io::stdout().lock();
    write!(out, "{pod}.{pod_ns}:\n{answer}")?;
    if !answer.ends_with('\n') {
        writeln!(out)?;
    }
    out.flush()?;
    Ok(Exit::Ok)
}
