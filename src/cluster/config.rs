//! Finding and reading the kubeconfig: `--kubeconfig`, then `$KUBECONFIG` (a list of files merged
//! the way kubectl merges them), then `~/.kube/config`; `--context` picks a context.
//!
//! Nothing here prints or returns a credential: errors name files, contexts and the server URL
//! (without any user-info part) only.

use std::path::{Path, PathBuf};
use std::time::Duration;

use kube::config::{KubeConfigOptions, Kubeconfig};

use super::ClusterError;

/// Where to find the cluster and how long to wait for it.
#[derive(Debug, Clone)]
pub struct ConnectOptions {
    /// An explicit kubeconfig file (`--kubeconfig`); when unset, `$KUBECONFIG` then `~/.kube/config`.
    pub kubeconfig: Option<PathBuf>,
    /// The context to use (`--context`); when unset, the kubeconfig's `current-context`.
    pub context: Option<String>,
    /// Bound on establishing a TCP (and TLS) connection to the API server.
    pub connect_timeout: Duration,
    /// Bound on one ordinary API request (get, list page, apply, delete, discovery).
    pub request_timeout: Duration,
    /// Kubernetes impersonation (`--as`, `--as-group`, `--as-uid`), sent as `Impersonate-*`
    /// headers on every request.
    pub impersonate: Impersonation,
}

/// Who to act as: kubectl's `--as`, `--as-group` and `--as-uid`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Impersonation {
    pub user: Option<String>,
    pub groups: Vec<String>,
    pub uid: Option<String>,
}

/// The default bound on connecting to the API server (istio#32119: never hang on a dead cluster).
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
/// The default bound on one API request.
pub const DEFAULT_REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

impl Default for ConnectOptions {
    fn default() -> Self {
        ConnectOptions {
            kubeconfig: None,
            context: None,
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            request_timeout: DEFAULT_REQUEST_TIMEOUT,
            impersonate: Impersonation::default(),
        }
    }
}

impl ConnectOptions {
    /// Options for one kubeconfig file and an optional context, with the default timeouts.
    pub fn new(kubeconfig: Option<PathBuf>, context: Option<String>) -> Self {
        ConnectOptions {
            kubeconfig,
            context,
            ..ConnectOptions::default()
        }
    }
}

/// A kubeconfig resolved to one context: the kube-rs `Config` plus names for messages.
pub(crate) struct Resolved {
    pub config: kube::Config,
    pub context: String,
    pub server: String,
}

/// Whether a kubeconfig is configured at all, by the same resolution connecting uses:
/// `--kubeconfig` given, `$KUBECONFIG` set (even to missing files: connecting then says so), or
/// `~/.kube/config` present. Commands that work with or without a cluster ask this.
pub fn kubeconfig_configured(opts: &ConnectOptions) -> bool {
    opts.kubeconfig.is_some()
        || std::env::var_os("KUBECONFIG").is_some_and(|v| !v.is_empty())
        || kubeconfig_paths(opts).is_ok()
}

/// The kubeconfig files to read, in order, and a description of where they came from.
fn kubeconfig_paths(opts: &ConnectOptions) -> Result<Vec<PathBuf>, ClusterError> {
    if let Some(path) = &opts.kubeconfig {
        if !path.exists() {
            return Err(ClusterError::NoConfig(format!(
                "kubeconfig {} does not exist",
                path.display()
            )));
        }
        return Ok(vec![path.clone()]);
    }
    if let Some(value) = std::env::var_os("KUBECONFIG").filter(|v| !v.is_empty()) {
        let listed: Vec<PathBuf> = std::env::split_paths(&value)
            .filter(|p| !p.as_os_str().is_empty())
            .collect();
        // kubectl ignores files of the list that do not exist.
        let existing: Vec<PathBuf> = listed.iter().filter(|p| p.exists()).cloned().collect();
        if existing.is_empty() {
            return Err(ClusterError::NoConfig(format!(
                "none of the files in KUBECONFIG exist ({})",
                listed
                    .iter()
                    .map(|p| p.display().to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            )));
        }
        return Ok(existing);
    }
    let home = std::env::var_os("HOME")
        .or_else(|| std::env::var_os("USERPROFILE"))
        .filter(|h| !h.is_empty());
    match home {
        Some(home) => {
            let path = Path::new(&home).join(".kube").join("config");
            if path.exists() {
                Ok(vec![path])
            } else {
                Err(ClusterError::NoConfig(format!(
                    "no kubeconfig at {} and KUBECONFIG is unset (use --kubeconfig or set KUBECONFIG)",
                    path.display()
                )))
            }
        }
        None => Err(ClusterError::NoConfig(
            "KUBECONFIG and HOME are unset (use --kubeconfig)".to_string(),
        )),
    }
}

/// A kubeconfig error as one line that cannot carry a credential: the parser's first line
/// (it goes on with a snippet of the file), with quoted values elided.
pub(crate) fn sanitize(message: &str) -> String {
    let first = message.lines().next().unwrap_or_default().trim();
    let mut out = String::with_capacity(first.len());
    let mut rest = first;
    while let Some(start) = rest.find(['"', '\'', '`']) {
        let Some((before, tail)) = rest.split_at_checked(start) else {
            break;
        };
        let mut tail = tail.chars();
        let quote = tail.next().unwrap_or('"');
        let Some((inside, next)) = tail.as_str().split_once(quote) else {
            break;
        };
        out.push_str(before);
        out.push(quote);
        if inside.len() > 1 {
            out.push('…');
        } else {
            out.push_str(inside);
        }
        out.push(quote);
        rest = next;
    }
    out.push_str(rest);
    out
}

/// Read and merge the kubeconfig files (the first file to set a value wins).
fn read_merged(paths: &[PathBuf]) -> Result<Kubeconfig, ClusterError> {
    let mut merged = Kubeconfig::default();
    for path in paths {
        if let Some(message) = cut_short_utf16(path) {
            return Err(ClusterError::Kubeconfig {
                path: path.display().to_string(),
                message,
            });
        }
        let one = Kubeconfig::read_from(path).map_err(|e| ClusterError::Kubeconfig {
            path: path.display().to_string(),
            message: sanitize(&e.to_string()),
        })?;
        merged = merged.merge(one).map_err(|e| ClusterError::Kubeconfig {
            path: path.display().to_string(),
            message: sanitize(&e.to_string()),
        })?;
    }
    Ok(merged)
}

/// A kubeconfig that starts with a UTF-16 byte order mark but has an odd number of bytes is
/// cut short; kube-client's reader indexes past its end (a panic, found by fuzzing), so it is
/// refused here first.
fn cut_short_utf16(path: &Path) -> Option<String> {
    let bytes = std::fs::read(path).ok()?;
    (matches!(bytes.as_slice(), [0xFF, 0xFE, ..] | [0xFE, 0xFF, ..]) && bytes.len() % 2 == 1)
        .then(|| {
            format!(
                "UTF-16 text (it starts with a byte order mark) with an odd number of bytes ({}): the file is cut short",
                bytes.len()
            )
        })
}

/// Drop any `user:password@` part of a URL before it appears in a message.
pub(crate) fn redact_url(url: &str) -> String {
    match url.split_once("://") {
        Some((scheme, rest)) => {
            let (authority, tail) = match rest.find('/') {
                Some(i) => rest.split_at(i),
                None => (rest, ""),
            };
            let host = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
            format!("{scheme}://{host}{tail}")
        }
        None => url.to_string(),
    }
}

/// Whether a URL's host is `localhost` or a loopback address.
fn is_loopback(url: &hyper::Uri) -> bool {
    match url.host() {
        Some(h) if h.eq_ignore_ascii_case("localhost") => true,
        Some(h) => h
            .trim_start_matches('[')
            .trim_end_matches(']')
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback()),
        None => false,
    }
}

/// Resolve the kubeconfig and context into a kube-rs `Config` with our timeouts.
pub(crate) async fn resolve(opts: &ConnectOptions) -> Result<Resolved, ClusterError> {
    let paths = kubeconfig_paths(opts)?;
    let kubeconfig = read_merged(&paths)?;
    let where_ = paths
        .iter()
        .map(|p| p.display().to_string())
        .collect::<Vec<_>>()
        .join(":");
    let context = match opts.context.clone().or(kubeconfig.current_context.clone()) {
        Some(c) if !c.is_empty() => c,
        _ => {
            return Err(ClusterError::NoConfig(format!(
                "kubeconfig {where_} has no current-context (use --context)"
            )));
        }
    };
    let Some(named) = kubeconfig.contexts.iter().find(|c| c.name == context) else {
        let known: Vec<&str> = kubeconfig
            .contexts
            .iter()
            .map(|c| c.name.as_str())
            .collect();
        return Err(ClusterError::UnknownContext {
            context,
            known: if known.is_empty() {
                "none".to_string()
            } else {
                known.join(", ")
            },
        });
    };
    let cluster_name = named.context.as_ref().map(|c| c.cluster.clone());
    let named_cluster = cluster_name
        .as_ref()
        .and_then(|name| kubeconfig.clusters.iter().find(|c| &c.name == name))
        .and_then(|c| c.cluster.as_ref());
    let server = named_cluster
        .and_then(|c| c.server.clone())
        .map(|s| redact_url(&s))
        .unwrap_or_default();
    let explicit_proxy = named_cluster.is_some_and(|c| c.proxy_url.is_some());
    let options = KubeConfigOptions {
        context: Some(context.clone()),
        cluster: None,
        user: None,
    };
    let mut config = kube::Config::from_custom_kubeconfig(kubeconfig, &options)
        .await
        .map_err(|e| ClusterError::Kubeconfig {
            path: where_.clone(),
            message: format!("context {context:?}: {}", sanitize(&e.to_string())),
        })?;
    config.connect_timeout = Some(opts.connect_timeout);
    let imp = &opts.impersonate;
    if imp.user.is_some() {
        config.auth_info.impersonate = imp.user.clone();
        config.auth_info.impersonate_uid = imp.uid.clone();
        config.auth_info.impersonate_groups = (!imp.groups.is_empty()).then(|| imp.groups.clone());
    }
    // Like kubectl (Go's ProxyFromEnvironment), a loopback server is never reached through
    // HTTPS_PROXY from the environment; a proxy-url in the kubeconfig still applies.
    if !explicit_proxy && is_loopback(&config.cluster_url) {
        config.proxy_url = None;
    }
    Ok(Resolved {
        config,
        context,
        server,
    })
}

#[cfg(test)]
mod tests {
    use super::{redact_url, sanitize};

    #[test]
    fn sanitizes_parser_messages() {
        assert_eq!(
            sanitize("invalid type: string \"s3cret-token\", expected a map\n --> snippet"),
            "invalid type: string \"…\", expected a map"
        );
        assert_eq!(sanitize("unclosed bracket '['"), "unclosed bracket '['");
        assert_eq!(sanitize("line 2 column 3: bad"), "line 2 column 3: bad");
    }

    #[test]
    fn loopback_hosts() {
        let l = |u: &str| super::is_loopback(&u.parse().unwrap());
        assert!(l("http://127.0.0.1:6443"));
        assert!(l("https://localhost:6443"));
        assert!(l("https://[::1]:6443"));
        assert!(!l("https://10.0.0.1:6443"));
        assert!(!l("https://api.example.com"));
    }

    #[test]
    fn redacts_user_info() {
        assert_eq!(
            redact_url("https://admin:s3cret@10.0.0.1:6443/k8s"),
            "https://10.0.0.1:6443/k8s"
        );
        assert_eq!(redact_url("http://127.0.0.1:1"), "http://127.0.0.1:1");
    }
}
