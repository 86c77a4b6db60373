//! istioctl compatibility at the edge of argument parsing: the forms istioctl (cobra/pflag)
//! accepts that clap does not express directly.
//!
//! - `--color=true|false`: pflag's boolean form of `--color`; a bare `--color` (no value, or
//!   followed by something that is not a color choice) means `--color=always`.
//! - Flags before a `proxy-config` subcommand (`pc -o json cluster POD`): cobra parses the flags
//!   of the final command wherever they stand; clap wants them after the subcommand, so they are
//!   moved there before parsing.
//! - `--as-group`/`--as-uid` need `--as`, as in kubectl.

use std::ffi::OsString;

use crate::cli::{ColorChoice, GlobalArgs};

/// `--color` values: `auto`, `always`, `never`, and istioctl's `true` / `false`.
pub fn parse_color(s: &str) -> Result<ColorChoice, String> {
    match s.to_ascii_lowercase().as_str() {
        "auto" => Ok(ColorChoice::Auto),
        "always" | "true" => Ok(ColorChoice::Always),
        "never" | "false" => Ok(ColorChoice::Never),
        _ => Err("expected auto, always, never, true or false".to_string()),
    }
}

/// A TCP port (`--proxy-admin-port`, `--port`), with a plain-words error.
pub fn port(s: &str) -> Result<u16, String> {
    s.trim()
        .parse::<u16>()
        .map_err(|_| format!("{s:?} is not a port: give a number from 0 to 65535"))
}

/// A port filter (`pc cluster --port`): a port, 0 meaning any.
pub fn port_filter(s: &str) -> Result<u32, String> {
    port(s).map(u32::from)
}

/// `proxy-status --verbosity`: 0 or 1.
pub fn verbosity(s: &str) -> Result<u8, String> {
    match s.trim() {
        "0" => Ok(0),
        "1" => Ok(1),
        _ => Err(format!(
            "{s:?}: give 0 (subscribed types) or 1 (one column per xDS type)"
        )),
    }
}

/// Global flags that take a value as the next argument.
const GLOBAL_VALUED: &[&str] = &[
    "-c",
    "--kubeconfig",
    "--context",
    "-n",
    "--namespace",
    "-i",
    "--istioNamespace",
    "--istio-namespace",
    "--color",
    "--as",
    "--as-group",
    "--as-uid",
];

/// `proxy-config` subcommand flags that take a value as the next argument.
const PC_VALUED: &[&str] = &[
    "-o",
    "--output",
    "-f",
    "--file",
    "--proxy-admin-port",
    "--timeout",
    "--fqdn",
    "--port",
    "--subset",
    "--direction",
    "--address",
    "--type",
    "--name",
    "--cluster",
    "--status",
    "--level",
    "-l",
    "--selector",
];

/// The names and aliases of the `proxy-config` subcommands.
const PC_SUBCOMMANDS: &[&str] = &[
    "cluster",
    "clusters",
    "c",
    "listener",
    "listeners",
    "l",
    "route",
    "routes",
    "r",
    "endpoint",
    "endpoints",
    "ep",
    "eds",
    "secret",
    "secrets",
    "s",
    "ecds",
    "ec",
    "bootstrap",
    "b",
    "all",
    "a",
    "log",
    "logging",
    "o",
    "help",
];

fn takes_value(arg: &str, valued: &[&[&str]]) -> bool {
    valued.iter().any(|list| list.contains(&arg))
}

/// Rewrite istioctl's argument orders that clap does not parse (see the module docs). Anything
/// not recognised is left as it is, for clap to report.
pub fn normalize(args: Vec<OsString>) -> Vec<OsString> {
    move_pc_flags(bare_color(args))
}

/// istioctl's `--color` is a boolean flag: given bare it means true. Rewrite a bare `--color`
/// (last, or followed by anything that is not a color choice) to `--color=always`, so clap's
/// `--color WHEN` keeps taking its value from the next argument otherwise.
fn bare_color(args: Vec<OsString>) -> Vec<OsString> {
    let mut out = Vec::with_capacity(args.len());
    let mut rest = args.into_iter().peekable();
    while let Some(a) = rest.next() {
        if a == "--" {
            out.push(a);
            out.extend(rest);
            break;
        }
        if a == "--color" {
            let valued = rest
                .peek()
                .and_then(|n| n.to_str())
                .is_some_and(|n| parse_color(n).is_ok());
            if !valued {
                out.push(OsString::from("--color=always"));
                continue;
            }
        }
        out.push(a);
    }
    out
}

fn move_pc_flags(args: Vec<OsString>) -> Vec<OsString> {
    let strs: Option<Vec<&str>> = args.iter().map(|a| a.to_str()).collect();
    let Some(strs) = strs else {
        return args;
    };
    // Find the command: the first argument (after the program name) that is not a global flag
    // or its value.
    let mut i = 1;
    while i < strs.len() {
        let a = strs[i];
        if a == "--" || !a.starts_with('-') {
            break;
        }
        i += if takes_value(a, &[GLOBAL_VALUED]) {
            2
        } else {
            1
        };
    }
    if !matches!(strs.get(i), Some(&("proxy-config" | "pc"))) {
        return args;
    }
    let flags_start = i + 1;
    let mut j = flags_start;
    while j < strs.len() {
        let a = strs[j];
        if a == "--" || !a.starts_with('-') {
            break;
        }
        j += if takes_value(a, &[GLOBAL_VALUED, PC_VALUED]) {
            2
        } else {
            1
        };
    }
    if j == flags_start || !strs.get(j).is_some_and(|s| PC_SUBCOMMANDS.contains(s)) {
        return args;
    }
    let mut out: Vec<OsString> = args
        .get(..flags_start)
        .map(<[_]>::to_vec)
        .unwrap_or_default();
    out.push(args[j].clone());
    out.extend(args.get(flags_start..j).into_iter().flatten().cloned());
    out.extend(args.get(j + 1..).into_iter().flatten().cloned());
    out
}

/// Checks on the global flags that clap cannot express: a one-line message for exit 2.
pub fn check_global(g: &GlobalArgs) -> Result<(), String> {
    if g.as_user.is_none() && (!g.as_group.is_empty() || g.as_uid.is_some()) {
        return Err("--as-group and --as-uid need --as (the user to impersonate)".to_string());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(args: &[&str]) -> Vec<String> {
        normalize(args.iter().map(OsString::from).collect())
            .into_iter()
            .map(|a| a.into_string().unwrap())
            .collect()
    }

    #[test]
    fn moves_flags_after_the_proxy_config_subcommand() {
        assert_eq!(
            norm(&["sailctl", "pc", "-o", "json", "cluster", "pod-1"]),
            ["sailctl", "pc", "cluster", "-o", "json", "pod-1"]
        );
        assert_eq!(
            norm(&[
                "sailctl",
                "-n",
                "default",
                "proxy-config",
                "--port=80",
                "-f",
                "d.json",
                "listener"
            ]),
            [
                "sailctl",
                "-n",
                "default",
                "proxy-config",
                "listener",
                "--port=80",
                "-f",
                "d.json"
            ]
        );
    }

    #[test]
    fn bare_color_means_always() {
        assert_eq!(
            norm(&["sailctl", "--color", "analyze", "x.yaml"]),
            ["sailctl", "--color=always", "analyze", "x.yaml"]
        );
        assert_eq!(
            norm(&["sailctl", "version", "--color"]),
            ["sailctl", "version", "--color=always"]
        );
        let valued = ["sailctl", "--color", "never", "version"];
        assert_eq!(norm(&valued), valued);
        let after_dashes = ["sailctl", "analyze", "--", "--color"];
        assert_eq!(norm(&after_dashes), after_dashes);
        assert_eq!(
            norm(&["sailctl", "--color", "pc", "-o", "json", "cluster", "p"]),
            [
                "sailctl",
                "--color=always",
                "pc",
                "cluster",
                "-o",
                "json",
                "p"
            ]
        );
    }

    #[test]
    fn leaves_other_orders_alone() {
        let same = ["sailctl", "pc", "cluster", "-o", "json", "pod-1"];
        assert_eq!(norm(&same), same);
        let unknown = ["sailctl", "pc", "-o", "json", "nonsense"];
        assert_eq!(norm(&unknown), unknown);
        let other = ["sailctl", "analyze", "-o", "json", "cluster"];
        assert_eq!(norm(&other), other);
    }

    #[test]
    fn numbers_are_explained_in_words() {
        assert_eq!(port("15000"), Ok(15000));
        assert_eq!(
            port("99999").unwrap_err(),
            "\"99999\" is not a port: give a number from 0 to 65535"
        );
        assert!(!port("x").unwrap_err().contains(".."));
        assert_eq!(port_filter("80"), Ok(80));
        assert_eq!(verbosity("1"), Ok(1));
        assert!(verbosity("2").unwrap_err().contains("give 0"));
    }

    #[test]
    fn color_accepts_istioctl_booleans() {
        assert_eq!(parse_color("true"), Ok(ColorChoice::Always));
        assert_eq!(parse_color("FALSE"), Ok(ColorChoice::Never));
        assert_eq!(parse_color("auto"), Ok(ColorChoice::Auto));
        assert!(parse_color("yes").is_err());
    }
}
