//! `ztunnel-config` tables next to the real istioctl (built from the pinned Istio module by
//! tools/real-cluster/build.sh) on the same saved ztunnel dump: every view's table must be
//! byte for byte what istioctl prints.

mod real;

use std::path::PathBuf;
use std::process::Command;

fn stdout(bin: &std::path::Path, args: &[&str]) -> String {
    let out = Command::new(bin)
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{} {args:?}: {}",
        bin.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn tables_match_istioctl() {
    let istioctl = real::binary("istio", "istioctl");
    let sailctl = PathBuf::from(env!("CARGO_BIN_EXE_sailctl"));
    let dump =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ztunnel/config_dump.json");
    let dump = dump.to_str().unwrap();
    for view in [
        &["workload"][..],
        &["workload", "--workload-namespace", "shop"],
        &["service"],
        &["policy"],
        &["certificate"],
        &["connections"],
        &["connections", "--raw", "--direction", "inbound"],
        &["all", "--with-headers"],
    ] {
        let mut args = vec!["ztunnel-config"];
        args.extend_from_slice(view);
        args.extend(["-f", dump]);
        // istioctl logs the fixture's unreadable certificate date on stdout
        // (`<time>\terror\tcertificate timestamp ...`); sailctl warns on stderr instead
        let theirs: String = stdout(&istioctl, &args)
            .lines()
            .filter(|l| !l.contains("\terror\tcertificate timestamp"))
            .map(|l| format!("{l}\n"))
            .collect();
        assert!(
            theirs.lines().count() > 1,
            "istioctl printed no rows for {view:?}"
        );
        assert_eq!(stdout(&sailctl, &args), theirs, "{view:?}");
    }
}
