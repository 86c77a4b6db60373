//! `sailctl x trace`: where a request goes in a proxy and why (see `crate::envoy::trace`).

use std::path::PathBuf;

use crate::cmd::proxy_config::{AdminArgs, SourceArgs};
use crate::context::Context;
use crate::envoy::dump::ConfigDump;
use crate::envoy::source::AdminDoc;
use crate::envoy::trace::{self, Options, Outcome, Request};
use crate::exit::{Exit, UsageError};

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  sailctl x trace productpage-v1-7d4.bookinfo GET http://reviews:9080/api -H 'end-user: jason'\n  sailctl x trace -f dump.json tcp://mongo:27017\n  sailctl x trace -f dump.json tls://api.example.com:443\n  sailctl x trace -f dump.json --inbound 9080 http://reviews:9080/\n  sailctl x trace -f gateway-dump.json --route http.80 http://httpbin.example.com/get\n\nExit codes: 0 the request reaches a cluster or an answer from Envoy; 1 it matches nothing\n(the last line says where it fell through); 2 bad request or unreadable dump."
)]
pub struct Args {
    /// `[POD] [METHOD] URL`: the pod (`name[.namespace]`, without --file), an HTTP method
    /// (GET by default) and `http://host[:port]/path?query`, `tcp://host:port` or
    /// `tls://sni:port` (`https://` is TLS by SNI).
    #[arg(value_name = "[POD] [METHOD] URL", required = true, num_args = 1..=3)]
    pub words: Vec<String>,
    /// A saved config dump (`-` reads standard input) instead of a pod.
    #[arg(short = 'f', long, value_name = "FILE")]
    pub file: Option<PathBuf>,
    /// A request header, `name: value` (repeatable; `host:` sets the authority).
    #[arg(short = 'H', long = "header", value_name = "HEADER")]
    pub headers: Vec<String>,
    /// The destination IP the application connects to (a service's cluster IP): picks the
    /// listener by address. By default the URL's host when it is an IP.
    #[arg(long, value_name = "IP")]
    pub address: Option<String>,
    /// Trace a connection arriving at this port of the pod (the inbound listener).
    #[arg(long, value_name = "PORT")]
    pub inbound: Option<u32>,
    /// Inbound: the peer is outside the mesh (plain text rather than Istio mutual TLS).
    #[arg(long, requires = "inbound")]
    pub plaintext: bool,
    /// Start at this route configuration (an RDS name), skipping listeners.
    #[arg(long, value_name = "NAME", conflicts_with = "inbound")]
    pub route: Option<String>,
    /// Output format.
    #[arg(short, long, value_parser = ["text", "json"], default_value = "text")]
    pub output: String,
    #[command(flatten)]
    pub admin: AdminArgs,
}

pub fn run(a: &Args, ctx: &Context) -> anyhow::Result<Exit> {
    let (pod, words) = match (&a.file, a.words.split_first()) {
        (Some(_), _) => (None, a.words.as_slice()),
        (None, Some((pod, rest))) => (Some(pod.clone()), rest),
        (None, None) => (None, a.words.as_slice()),
    };
    let req = Request::parse(words, &a.headers, a.address.as_deref())
        .map_err(|e| UsageError::error(e.to_string()))?;
    if a.route.is_some() && req.protocol != trace::Protocol::Http {
        return Err(UsageError::error("--route traces HTTP requests only"));
    }
    let s = SourceArgs {
        file: a.file.clone(),
        output: "short".into(),
        pod,
        selector: None,
        admin: a.admin.clone(),
    };
    let src = crate::cmd::proxy_config::source("x trace", &s, ctx)?;
    let text = crate::cmd::proxy_config::fetch(&src, AdminDoc::ConfigDumpWithEds)?;
    let dump =
        ConfigDump::parse(&text).map_err(|e| crate::cmd::proxy_config::dump_error(&src, e))?;
    let opts = Options {
        inbound: a.inbound,
        route: a.route.clone(),
        plaintext: a.plaintext,
    };
    let t = trace::trace(&dump, &req, &opts)
        .map_err(|e| crate::cmd::proxy_config::dump_error(&src, e))?;
    let mut out = std::io::stdout().lock();
    if a.output == "json" {
        crate::output::write_json(&mut out, &t)?;
    } else {
        std::io::Write::write_all(&mut out, trace::render::text(&t).as_bytes())?;
    }
    Ok(match t.outcome {
        Outcome::FellThrough { .. } => Exit::Failure,
        _ => Exit::Ok,
    })
}
