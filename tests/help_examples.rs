//! Every command's `--help` as a newcomer meets it: an Examples section whose every line
//! parses (with istioctl's argument orders), the global flags under their own heading, and no
//! `[default: ""]` / `[default: 0]` noise on filter flags.

/// Every command path under `sailctl` (not `help`), with its command.
fn walk(cmd: &clap::Command, path: &str, out: &mut Vec<(String, clap::Command)>) {
    for sub in cmd.get_subcommands() {
        if sub.get_name() == "help" {
            continue;
        }
        let p = if path.is_empty() {
            sub.get_name().to_string()
        } else {
            format!("{path} {}", sub.get_name())
        };
        out.push((p.clone(), sub.clone()));
        walk(sub, &p, out);
    }
}

fn commands() -> Vec<(String, clap::Command)> {
    let mut root = sailctl::cmd::examples::command();
    root.build();
    let mut out = Vec::new();
    walk(&root, "", &mut out);
    out
}

/// Split an example line as a shell would (double quotes; stop at a redirect or a comment).
fn words(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut any = false;
    for c in line.chars() {
        match c {
            '"' => {
                quoted = !quoted;
                any = true;
            }
            '>' | '#' | '|' if !quoted => break,
            c if c.is_whitespace() && !quoted => {
                if any {
                    out.push(std::mem::take(&mut cur));
                    any = false;
                }
            }
            c => {
                cur.push(c);
                any = true;
            }
        }
    }
    if any {
        out.push(cur);
    }
    out
}

#[test]
fn every_command_has_examples_that_parse() {
    let all = commands();
    assert!(all.len() > 30, "{} commands", all.len());
    let mut problems = Vec::new();
    for (path, cmd) in &all {
        let help = cmd.clone().render_long_help().to_string();
        let Some((_, examples)) = help.split_once("Examples:") else {
            problems.push(format!("{path}: no Examples section"));
            continue;
        };
        let mut lines = 0;
        for line in examples.lines().map(str::trim) {
            if !line.starts_with("sailctl ") {
                continue;
            }
            lines += 1;
            let argv: Vec<std::ffi::OsString> = words(line).into_iter().map(Into::into).collect();
            let argv = sailctl::compat::normalize(argv);
            if let Err(e) = sailctl::cmd::examples::command().try_get_matches_from(argv) {
                let first = e.to_string();
                problems.push(format!(
                    "{path}: `{line}` does not parse: {}",
                    first.lines().next().unwrap_or_default()
                ));
            }
        }
        if lines == 0 {
            problems.push(format!("{path}: the Examples section has no sailctl line"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn help_puts_global_flags_apart_and_hides_empty_defaults() {
    for (path, cmd) in commands() {
        let help = cmd.clone().render_help().to_string();
        assert!(
            !help.contains("[default: ]") && !help.contains("[default: 0]"),
            "{path}: {help}"
        );
        let (own, global) = help
            .split_once("Global options:")
            .unwrap_or_else(|| panic!("{path}: no Global options heading\n{help}"));
        assert!(global.contains("--kubeconfig"), "{path}");
        assert!(
            !own.contains("--kubeconfig"),
            "{path}: global flag among its own"
        );
        assert!(
            !own.contains("--as-group"),
            "{path}: global flag among its own"
        );
    }
}

#[test]
fn numbers_out_of_range_are_explained_in_words() {
    let out = assert_cmd::Command::cargo_bin("sailctl")
        .unwrap()
        .args([
            "pc",
            "cluster",
            "-f",
            "tests/fixtures/proxy-config/config_dump.json",
            "--proxy-admin-port",
            "99999",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("give a number from 0 to 65535"), "{err}");
    assert!(!err.contains("0..="), "{err}");
    let out = assert_cmd::Command::cargo_bin("sailctl")
        .unwrap()
        .args(["ps", "--verbosity", "3"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("give 0"), "{err}");
    assert!(!err.contains("0..="), "{err}");
}
