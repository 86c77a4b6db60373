//! Running the sailctl binary against a test cluster (or none): exit code, stdout, stderr.

use assert_cmd::Command;

use super::TestCluster;

/// `sailctl [--kubeconfig TC] ARGS` without KUBECONFIG or colors.
pub fn sailctl(tc: Option<&TestCluster>, args: &[&str]) -> (i32, String, String) {
    let mut cmd = Command::cargo_bin("sailctl").unwrap();
    cmd.env_remove("KUBECONFIG").env("NO_COLOR", "1");
    if let Some(tc) = tc {
        cmd.args(["--kubeconfig", tc.kubeconfig_str()]);
    }
    let out = cmd.args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}
