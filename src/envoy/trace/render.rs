//! The text form of a trace: one numbered line per step, what it passed over and what the
//! chosen configuration adds, then where the request ends.

use std::fmt::Write;

use super::{Outcome, Trace};

pub fn text(t: &Trace) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "Request: {}", t.request.describe());
    for (i, s) in t.steps.iter().enumerate() {
        let _ = writeln!(out, "{:>2}. {:<24}{}", i + 1, s.stage, s.decision);
        for k in &s.skipped {
            let _ = writeln!(out, "      skipped {}: {}", k.name, k.reason);
        }
        for d in &s.details {
            let _ = writeln!(out, "      {d}");
        }
    }
    let _ = writeln!(out, "{}", outcome(&t.outcome));
    out
}

pub fn outcome(o: &Outcome) -> String {
    match o {
        Outcome::Forwarded { targets } => {
            let names: Vec<String> = targets
                .iter()
                .map(|t| match t.weight {
                    Some(w) => format!("{} ({w})", t.cluster),
                    None => t.cluster.clone(),
                })
                .collect();
            format!("Result: forwarded to {}", names.join(", "))
        }
        Outcome::Answered { status, detail } => format!("Result: Envoy answers {status}: {detail}"),
        Outcome::FellThrough { stage, reason } => {
            format!("Result: no match at {stage}: {reason}")
        }
    }
}
