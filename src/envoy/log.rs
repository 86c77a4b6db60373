//! `proxy-config log`: Envoy's `/logging` answer and the `--level` option.
//!
//! Pure functions for the live command (which GETs and POSTs the pod's admin `/logging`):
//! reading the active loggers and turning `--level` into the updates to send.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

/// The logger name that sets every logger at once.
pub const ALL_LOGGERS: &str = "level";

/// Envoy's log levels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    Trace,
    Debug,
    Info,
    Warning,
    Error,
    Critical,
    Off,
}

impl Level {
    pub const ALL: [Level; 7] = [
        Level::Trace,
        Level::Debug,
        Level::Info,
        Level::Warning,
        Level::Error,
        Level::Critical,
        Level::Off,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Level::Trace => "trace",
            Level::Debug => "debug",
            Level::Info => "info",
            Level::Warning => "warning",
            Level::Error => "error",
            Level::Critical => "critical",
            Level::Off => "off",
        }
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Level {
    type Err = LogError;
    fn from_str(s: &str) -> Result<Self, LogError> {
        Level::ALL
            .into_iter()
            .find(|l| l.as_str() == s)
            .ok_or_else(|| LogError::UnknownLevel(s.to_string()))
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LogError {
    #[error("unrecognized logging level: {0}")]
    UnknownLevel(String),
    #[error("unrecognized logger name: {0}")]
    UnknownLogger(String),
}

/// The `active loggers:` list of a `/logging` answer: `(name, level)` in answer order.
pub fn parse_loggers(answer: &str) -> Vec<(String, String)> {
    answer
        .lines()
        .filter_map(|l| {
            let l = l.strip_prefix("  ")?;
            let (name, level) = l.split_once(": ")?;
            Some((name.trim().to_string(), level.trim().to_string()))
        })
        .collect()
}

/// Parse `--level` (`debug`, `http:debug,router=trace`, `envoy::http:debug`) against the
/// loggers of a `/logging` answer. Returns logger → level; [`ALL_LOGGERS`] stands for every
/// logger. A bare level replaces what came before it, as in istioctl.
pub fn parse_level_spec(spec: &str, answer: &str) -> Result<BTreeMap<String, Level>, LogError> {
    let known: Vec<String> = parse_loggers(answer).into_iter().map(|(n, _)| n).collect();
    let mut out = BTreeMap::new();
    for part in spec.split(',') {
        if !part.contains([':', '=']) {
            let level: Level = part.parse()?;
            out = BTreeMap::from([(ALL_LOGGERS.to_string(), level)]);
            continue;
        }
        // `namespace::logger:level`: only the last `::` piece matters
        let last = part.rsplit("::").next().unwrap_or(part);
        let (logger, level) = last.split_once([':', '=']).unwrap_or((last, ""));
        if logger != ALL_LOGGERS && !known.iter().any(|k| k == logger) {
            return Err(LogError::UnknownLogger(logger.to_string()));
        }
        out.insert(logger.to_string(), level.parse()?);
    }
    Ok(out)
}

/// The `/logging?…` queries to POST, the all-loggers one first.
pub fn update_queries(levels: &BTreeMap<String, Level>) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(l) = levels.get(ALL_LOGGERS) {
        out.push(format!("{ALL_LOGGERS}={l}"));
    }
    out.extend(
        levels
            .iter()
            .filter(|(k, _)| k.as_str() != ALL_LOGGERS)
            .map(|(k, l)| format!("{k}={l}")),
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const ANSWER: &str = "active loggers:\n  admin: warning\n  http: info\n  router: warning\n";

    #[test]
    fn loggers_are_read_from_the_answer() {
        assert_eq!(
            parse_loggers(ANSWER),
            vec![
                ("admin".to_string(), "warning".to_string()),
                ("http".to_string(), "info".to_string()),
                ("router".to_string(), "warning".to_string()),
            ]
        );
    }

    #[test]
    fn level_specs_are_checked_like_istioctl() {
        let err = |s| parse_level_spec(s, ANSWER).unwrap_err().to_string();
        assert_eq!(err("xxx"), "unrecognized logging level: xxx");
        assert_eq!(err("xxx:debug"), "unrecognized logger name: xxx");
        assert_eq!(err("http:yyy"), "unrecognized logging level: yyy");
        assert_eq!(err("xxx:yyy"), "unrecognized logger name: xxx");
        let ok = parse_level_spec("debug,http:trace,envoy::router=error", ANSWER).unwrap();
        assert_eq!(
            update_queries(&ok),
            vec!["level=debug", "http=trace", "router=error"]
        );
        let replaced = parse_level_spec("http:trace,info", ANSWER).unwrap();
        assert_eq!(update_queries(&replaced), vec!["level=info"]);
    }
}
