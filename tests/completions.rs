//! The checked-in completion scripts under completions/ must match what the binary generates.
//! Regenerate with `UPDATE_COMPLETIONS=1 cargo test --test completions`.

use std::path::Path;

use assert_cmd::Command;

const SHELLS: &[(&str, &str)] = &[
    ("bash", "sailctl.bash"),
    ("zsh", "_sailctl"),
    ("fish", "sailctl.fish"),
    ("powershell", "_sailctl.ps1"),
];

#[test]
fn checked_in_completions_are_current() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    let update = std::env::var_os("UPDATE_COMPLETIONS").is_some();
    let mut stale = Vec::new();
    for (shell, file) in SHELLS {
        let out = Command::cargo_bin("sailctl")
            .unwrap()
            .args(["completion", shell])
            .output()
            .unwrap();
        assert!(out.status.success(), "completion {shell} failed");
        assert!(
            String::from_utf8_lossy(&out.stdout).contains("validate"),
            "the {shell} script should complete subcommands"
        );
        let path = dir.join(file);
        if update {
            std::fs::write(&path, &out.stdout).unwrap();
        } else if std::fs::read(&path).ok().as_deref() != Some(&out.stdout[..]) {
            stale.push(file.to_string());
        }
    }
    assert!(
        stale.is_empty(),
        "stale completions {stale:?}: run `UPDATE_COMPLETIONS=1 cargo test --test completions`"
    );
}
