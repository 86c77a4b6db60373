//! Issue 11 (part B): nothing lost, no panics from input, consistent verdicts.
//!
//! - a panicking analyzer is an internal error (exit 3) naming it, and the other analyzers'
//!   findings are kept;
//! - an analyzer that runs past `--timeout` is stopped by the cooperative deadline;
//! - multi-byte user strings where a byte index used to cut them do not panic;
//! - out-of-range durations, `--set` paths that address nothing, the wrong Envoy document,
//!   empty input and documents without `kind` are clear errors with the documented exit codes.

use std::path::{Path, PathBuf};
use std::time::Duration;

use assert_cmd::Command;
use sailctl::analysis::run::{self, Options};
use sailctl::analysis::{self, Analyzer, Context, Described, Metadata};
use sailctl::exit::Exit;

fn sailctl() -> Command {
    let mut c = Command::cargo_bin("sailctl").expect("binary");
    c.env("NO_COLOR", "1").env_remove("KUBECONFIG");
    c
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(cmd: &mut Command) -> Run {
    let out = cmd.output().expect("runs");
    let run = Run {
        code: out.status.code().expect("exited, not killed by a signal"),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    };
    assert!(
        !run.stderr.contains("panicked"),
        "sailctl panicked: {}",
        run.stderr
    );
    run
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).expect("write");
    p
}

/// A VirtualService bound to a Gateway that does not exist: `virtualservice.GatewayAnalyzer`
/// reports IST0101 on it.
const MISSING_GATEWAY: &str = "apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: orphan, namespace: shop}
spec:
  hosts: [api.example.com]
  gateways: [nowhere]
  http:
  - route:
    - destination: {host: api}
";

struct Panicking;
static PANICKING_META: Metadata = Metadata {
    name: "test.PanickingAnalyzer",
    description: "panics on purpose",
    inputs: &["VirtualService"],
    emits: &[],
    default: true,
    doc: "",
    module: module_path!(),
};
impl Described for Panicking {
    fn metadata(&self) -> &'static Metadata {
        &PANICKING_META
    }
}
impl Analyzer for Panicking {
    fn analyze(&self, ctx: &mut Context<'_>) {
        let n = ctx.store.of_kind("VirtualService").count();
        panic!("deliberate failure after seeing {n} VirtualService");
    }
}
static PANICKING: Panicking = Panicking;

/// Runs until the deadline says stop: only the cooperative check can end it.
struct Endless;
static ENDLESS_META: Metadata = Metadata {
    name: "test.EndlessAnalyzer",
    description: "loops until out of time",
    inputs: &["VirtualService"],
    emits: &[],
    default: true,
    doc: "",
    module: module_path!(),
};
impl Described for Endless {
    fn metadata(&self) -> &'static Metadata {
        &ENDLESS_META
    }
}
impl Analyzer for Endless {
    fn analyze(&self, ctx: &mut Context<'_>) {
        while !ctx.out_of_time() {
            std::hint::spin_loop();
        }
    }
}
static ENDLESS: Endless = Endless;

fn gateway_analyzer() -> &'static dyn Analyzer {
    analysis::by_name("virtualservice.GatewayAnalyzer").expect("registered")
}

fn options(file: &Path) -> Options {
    Options {
        inputs: vec![file.display().to_string()],
        namespace: None,
        istio_namespace: "istio-system".to_string(),
        ..Options::default()
    }
}

#[test]
fn a_panicking_analyzer_is_an_internal_error_and_the_other_findings_are_kept() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = write(dir.path(), "vs.yaml", MISSING_GATEWAY);
    // the panicking analyzer between two real ones, so its worker has work before and after
    let analyzers: Vec<&'static dyn Analyzer> =
        vec![gateway_analyzer(), &PANICKING, gateway_analyzer()];
    let out = run::analyze(&analyzers, &options(&file));
    assert_eq!(out.internal.len(), 1, "{:?}", out.internal);
    let panic = &out.internal[0];
    assert_eq!(panic.stage, "analyzer");
    assert_eq!(panic.input, "test.PanickingAnalyzer");
    assert_eq!(
        panic.message,
        "deliberate failure after seeing 1 VirtualService"
    );
    let text = panic.to_string();
    assert!(
        text.starts_with("internal error in analyzer on test.PanickingAnalyzer:"),
        "{text}"
    );
    assert!(text.contains("please report it with the input"), "{text}");
    let codes: Vec<&str> = out.messages.iter().map(|m| m.ty.code).collect();
    assert_eq!(
        codes,
        ["IST0101", "IST0132"],
        "the gateway analyzer's findings survive"
    );
    assert_eq!(
        out.ran.iter().map(|r| r.0).collect::<Vec<_>>(),
        [
            "virtualservice.GatewayAnalyzer",
            "virtualservice.GatewayAnalyzer"
        ]
    );
}

#[test]
fn the_command_exits_3_on_a_panicking_analyzer() {
    use clap::Parser;
    let dir = tempfile::tempdir().expect("tempdir");
    let file = write(dir.path(), "vs.yaml", MISSING_GATEWAY);
    let cli = sailctl::cli::Cli::try_parse_from([
        "sailctl",
        "analyze",
        "--use-kube=false",
        // the files are the whole cluster, so the missing gateway is an error finding
        "--closed-world",
        "-A",
        "-o",
        "json",
        file.to_str().expect("utf-8 path"),
    ])
    .expect("parses");
    let sailctl::cli::Command::Analyze(args) = cli.command else {
        panic!("not analyze");
    };
    let ctx = sailctl::context::Context::new(&cli.global);
    let code = sailctl::cmd::analyze::run_with(&[gateway_analyzer(), &PANICKING], &args, &ctx)
        .expect("a run with an internal error still returns its exit code");
    assert_eq!(code, Exit::Internal);
    assert_eq!(code as u8, 3);
    // without the panicking analyzer the same input exits 79 (an error finding)
    let code = sailctl::cmd::analyze::run_with(&[gateway_analyzer()], &args, &ctx).expect("runs");
    assert_eq!(code, Exit::AnalyzeIssues);
}

#[test]
fn the_deadline_stops_a_running_analyzer() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = write(dir.path(), "vs.yaml", MISSING_GATEWAY);
    let opts = Options {
        timeout: Some(Duration::from_millis(200)),
        ..options(&file)
    };
    let out = run::analyze(&[&ENDLESS], &opts);
    assert!(out.timed_out);
    assert_eq!(out.stopped, ["test.EndlessAnalyzer"]);
    assert!(out.internal.is_empty());
}

#[test]
fn multi_byte_port_names_and_claim_headers_do_not_panic() {
    let dir = tempfile::tempdir().expect("tempdir");
    // `grpc-we` + `é`: the 8th byte falls inside the `é`
    let file = write(
        dir.path(),
        "in.yaml",
        "apiVersion: v1
kind: Service
metadata: {name: api, namespace: shop}
spec:
  selector: {app: api}
  ports:
  - {name: grpc-weé, port: 8080}
  - {name: web, port: 8081}
---
apiVersion: networking.istio.io/v1
kind: Gateway
metadata: {name: public, namespace: shop}
spec:
  selector: {app: shop-gateway}
  servers:
  - port: {number: 80, name: http, protocol: HTTP}
    hosts: [\"*\"]
---
apiVersion: v1
kind: Pod
metadata:
  name: shop-gateway-1
  namespace: shop
  labels: {app: shop-gateway}
---
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: claims, namespace: shop}
spec:
  hosts: [\"*\"]
  gateways: [public]
  http:
  - match:
    - headers:
        \"@request.auth.claimé\": {exact: x}
        \"@request.auth.claims.group\": {exact: y}
    route:
    - destination: {host: api}
",
    );
    let r = run(sailctl().args([
        "analyze",
        "--use-kube=false",
        "-A",
        "-o",
        "json",
        "--analyzer",
        "service.PortNameAnalyzer",
        "--analyzer",
        "virtualservice.JWTClaimRouteAnalyzer",
        file.to_str().expect("utf-8 path"),
    ]));
    // Each string sits before a finding of the same analyzer on the same resource: a panic
    // on it (once swallowed) would lose that finding. `web` has no protocol prefix (IST0118);
    // the claim route has no RequestAuthentication (IST0149).
    let found: serde_json::Value = serde_json::from_str(&r.stdout).expect("json");
    let mut codes: Vec<&str> = found
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|m| m["code"].as_str())
        .collect();
    codes.sort();
    assert_eq!(codes, ["IST0118", "IST0149"], "{}", r.stderr);
    assert_eq!(r.code, 79, "IST0149 is an error: {}", r.stderr);
}

#[test]
fn out_of_range_durations_are_usage_errors() {
    for (cmd, flag) in [("install", "--readiness-timeout"), ("analyze", "--timeout")] {
        for value in ["99999999999999999999s", "1e300", "-5s"] {
            let r = run(sailctl().args([cmd, &format!("{flag}={value}")]));
            assert_eq!(r.code, 2, "{cmd} {flag} {value}: {}", r.stderr);
            assert!(
                r.stderr
                    .contains(&format!("invalid value '{value}' for '{flag} <DURATION>'")),
                "{}",
                r.stderr
            );
            assert!(r.stderr.contains("invalid duration"), "{}", r.stderr);
        }
    }
}

#[test]
fn a_set_path_that_addresses_nothing_is_an_error_naming_it() {
    let r = run(sailctl().args([
        "manifest",
        "generate",
        "--set",
        "components.ingressGateways[5].enabled=true",
    ]));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stdout.is_empty(), "nothing rendered: {}", r.stdout);
    assert!(
        r.stderr.contains(
            "--set components.ingressGateways[5].enabled=true: spec.components.ingressGateways[5]: no such element"
        ),
        "{}",
        r.stderr
    );
}

#[test]
fn a_set_path_of_thousands_of_segments_is_refused() {
    let path = format!("values.{}x=1", "a.".repeat(25_000));
    let r = run(sailctl().args(["manifest", "generate", "--set", &path]));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("the path has 25002 segments; at most 128"),
        "{}",
        r.stderr
    );
}

#[test]
fn endpoint_view_refuses_a_config_dump() {
    let dump = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/proxy-config");
    let r = run(sailctl()
        .args(["proxy-config", "endpoint", "-f"])
        .arg(dump.join("config_dump.json")));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stdout.is_empty(), "no table: {}", r.stdout);
    assert!(
        r.stderr.contains(
            "config_dump.json: the input is an Envoy config dump (/config_dump), not Envoy's /clusters?format=json output"
        ),
        "{}",
        r.stderr
    );
    // `{}` (no `cluster_statuses`): istioctl's empty table (conformance case
    // derived-endpoint-empty), with a warning saying why it is empty
    let dir = tempfile::tempdir().expect("tempdir");
    let empty = write(dir.path(), "empty.json", "{}");
    let r = run(sailctl()
        .args(["proxy-config", "endpoint", "-f"])
        .arg(&empty));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stdout.trim_end(),
        "ENDPOINT     STATUS     OUTLIER CHECK     CLUSTER"
    );
    assert!(
        r.stderr.contains(
            "empty.json: no `cluster_statuses`: Envoy reports no cluster, which an Istio proxy never does"
        ),
        "{}",
        r.stderr
    );
    // and the other way round
    let r = run(sailctl()
        .args(["proxy-config", "cluster", "-f"])
        .arg(dump.join("clusters.json")));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr.contains(
            "clusters.json: the input is Envoy's /clusters?format=json output, not an Envoy config dump"
        ),
        "{}",
        r.stderr
    );
}

#[test]
fn empty_input_is_the_same_error_in_validate_and_analyze() {
    let v = run(sailctl().args(["validate", "-f", "-"]).write_stdin(""));
    assert_eq!(v.code, 2, "{}{}", v.stdout, v.stderr);
    assert!(
        v.stdout
            .contains("validated 0 resources in 1 file: no resources found"),
        "{}",
        v.stdout
    );
    assert!(!v.stdout.contains("all valid"), "{}", v.stdout);
    let a = run(sailctl()
        .args(["analyze", "--use-kube=false", "-"])
        .write_stdin("# nothing here\n"));
    assert_eq!(a.code, 2, "{}", a.stderr);
    assert!(!a.stderr.contains("No validation issues"), "{}", a.stderr);
    for r in [&v, &a] {
        assert!(
            r.stderr
                .contains("error: no resources found in <stdin>: nothing to check"),
            "{}",
            r.stderr
        );
    }
}

#[test]
fn a_document_without_kind_is_unreadable_in_validate_and_analyze() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = write(
        dir.path(),
        "nokind.yaml",
        "apiVersion: v1\nmetadata: {name: x}\n",
    );
    let path = file.to_str().expect("utf-8 path");
    let v = run(sailctl().args(["validate", "-f", path]));
    let a = run(sailctl().args(["analyze", "--use-kube=false", path]));
    assert_eq!(v.code, 2, "{}", v.stdout);
    assert_eq!(a.code, 2, "{}", a.stderr);
    let located = format!("{path}:1:1");
    assert!(
        v.stdout.contains(&format!(
            "{located}: error[not-a-resource]: document has no `kind`"
        )),
        "{}",
        v.stdout
    );
    assert!(
        a.stderr
            .contains(&format!("error: {located}: document has no `kind`")),
        "{}",
        a.stderr
    );
}

#[test]
fn an_unreadable_document_is_the_same_verdict_in_validate_and_analyze() {
    // a good ConfigMap, then malformed YAML on line 6; and a file that is not UTF-8
    let dir = tempfile::tempdir().expect("tempdir");
    let file = write(
        dir.path(),
        "mixed.yaml",
        "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ok, namespace: default}\n---\napiVersion: v1\nkind: [ConfigMap\n",
    );
    let binary = dir.path().join("latin1.yaml");
    std::fs::write(
        &binary,
        b"apiVersion: v1\nkind: ConfigMap\nmetadata: {name: caf\xe9}\n",
    )
    .expect("write");
    let path = file.to_str().expect("utf-8 path");
    let latin = binary.to_str().expect("utf-8 path");
    let v = run(sailctl().args(["validate", "-f", path, "-f", latin]));
    let a = run(sailctl().args(["analyze", "--use-kube=false", path, latin]));
    assert_eq!(v.code, 2, "{}{}", v.stdout, v.stderr);
    assert_eq!(a.code, 2, "{}", a.stderr);
    let yaml = format!("{path}:7:1");
    assert!(
        v.stdout
            .contains(&format!("{yaml}: error[yaml]: invalid YAML")),
        "{}",
        v.stdout
    );
    assert!(
        a.stderr.contains(&format!("error: {yaml}: invalid YAML")),
        "{}",
        a.stderr
    );
    // the good document is still checked, and the non-UTF-8 file is named by both
    assert!(
        v.stdout.contains("validated 1 resource in 2 files"),
        "{}",
        v.stdout
    );
    assert!(v.stdout.contains(latin), "{}", v.stdout);
    assert!(a.stderr.contains(latin), "{}", a.stderr);
}

/// A ConfigMap after a good document whose data nests aliases ten times ten deep: the alias
/// that goes over the budget is on line 15, column 12 (the first `*a3`).
fn alias_bomb() -> String {
    let mut t = String::from(
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ok\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: bomb\ndata:\n  a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n",
    );
    for i in 1..10 {
        let refs = vec![format!("*a{}", i - 1); 10].join(", ");
        t.push_str(&format!("  a{i}: &a{i} [{refs}]\n"));
    }
    t
}

#[test]
fn the_alias_budget_error_says_where() {
    let dir = tempfile::tempdir().expect("tempdir");
    let bomb = write(dir.path(), "bomb.yaml", &alias_bomb());
    let r = run(sailctl().args(["validate", "-f"]).arg(&bomb));
    assert_eq!(r.code, 2, "{}", r.stdout);
    let at = format!("{}:15:12: ", bomb.display());
    assert!(
        r.stdout.contains(&at) && r.stdout.contains("this alias makes aliases"),
        "{}",
        r.stdout
    );
    // nested anchors: the anchor whose value went over the budget, not the end of the file
    let mut nested = String::from("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: n\ndata:\n");
    for i in 0..400 {
        nested.push_str(&format!("{}k{i}: &a{i}\n", " ".repeat(i + 2)));
    }
    nested.push_str(&format!("{}leaf: {}\n", " ".repeat(402), "x".repeat(5000)));
    let file = write(dir.path(), "nested.yaml", &nested);
    let r = run(sailctl().args(["analyze", "-k=false"]).arg(&file));
    assert_eq!(r.code, 2, "{}", r.stderr);
    let line = r
        .stderr
        .lines()
        .find(|l| l.contains("the value anchored here"))
        .unwrap_or_else(|| panic!("{}", r.stderr));
    let pos = line
        .split(&format!("{}:", file.display()))
        .nth(1)
        .and_then(|rest| rest.split(": ").next())
        .unwrap_or_else(|| panic!("{line}"));
    let (l, c) = pos.split_once(':').unwrap_or_else(|| panic!("{line}"));
    let (l, c): (usize, usize) = (l.parse().unwrap(), c.parse().unwrap());
    let text = nested
        .lines()
        .nth(l - 1)
        .unwrap_or_else(|| panic!("{line}"));
    assert_eq!(
        text.chars().nth(c - 1),
        Some('&'),
        "{line} points at {text:?}"
    );
}

#[test]
fn a_thousand_copies_of_a_host_are_a_thousand_messages_not_half_a_million() {
    let dir = tempfile::tempdir().expect("tempdir");
    let hosts = vec!["  - dup.example.com"; 1000].join("\n");
    let file = write(
        dir.path(),
        "dup.yaml",
        &format!(
            "apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {{name: dup, namespace: default}}\nspec:\n  hosts:\n{hosts}\n  http:\n  - route:\n    - destination: {{host: dup.example.com}}\n"
        ),
    );
    let r = run(sailctl().args(["validate", "-f"]).arg(&file));
    assert_eq!(r.code, 1, "{}", r.stderr);
    let dups = r
        .stdout
        .matches("duplicate hosts in VirtualService")
        .count();
    assert_eq!(dups, 999, "one per repeat: {}", r.stdout.len());
    let r = run(sailctl().args(["analyze", "-k=false", "-v"]).arg(&file));
    assert_eq!(r.code, 79, "{}", r.stderr);
    assert_eq!(
        r.stdout
            .matches("duplicate hosts in VirtualService")
            .count(),
        999
    );
    // the analyzer itself reported no more than that (-v counts before de-duplication)
    assert!(
        r.stderr
            .contains("ran schema.ValidationAnalyzer.VirtualService: 999 messages"),
        "{}",
        r.stderr
    );
}

#[test]
fn every_config_dump_view_refuses_clusters_output() {
    let clusters =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/proxy-config/clusters.json");
    for view in [
        "cluster",
        "listener",
        "route",
        "secret",
        "bootstrap",
        "ecds",
        "all",
    ] {
        for format in ["short", "json"] {
            let r = run(sailctl()
                .args(["proxy-config", view, "-o", format, "-f"])
                .arg(&clusters));
            assert_eq!(r.code, 2, "pc {view} -o {format}: {}", r.stderr);
            assert!(r.stdout.is_empty(), "pc {view}: no output: {}", r.stdout);
            assert!(
                r.stderr
                    .contains("the input is Envoy's /clusters?format=json output"),
                "pc {view}: {}",
                r.stderr
            );
        }
    }
}

/// Found by the `kubeconfig` fuzz target (its crasher, as found, is the fixture): a UTF-16
/// byte order mark and an odd number of bytes made kube-client's reader index past the end.
/// Now every cluster command refuses the file in one line, and the same file one byte longer
/// is read as UTF-16 (and fails as YAML, not as a panic).
#[test]
fn a_cut_short_utf16_kubeconfig_is_an_error_not_a_panic() {
    let crasher =
        std::fs::read("tests/fixtures/fuzz/kubeconfig-utf16-odd-length").expect("fixture");
    assert_eq!(crasher.len() % 2, 1);
    assert_eq!(crasher.get(..2), Some(&[0xFE, 0xFF][..]));
    let d = tempfile::tempdir().expect("tmp");
    let odd = d.path().join("odd");
    std::fs::write(&odd, &crasher).expect("write");
    for args in [&["proxy-status"][..], &["precheck"], &["analyze", "-A"]] {
        let r = run(sailctl().env("KUBECONFIG", &odd).args(args));
        // a cluster connection error (exit 1), as for any unreadable kubeconfig
        assert_eq!(r.code, 1, "{args:?}: {}{}", r.stdout, r.stderr);
        let err = r.stderr.trim();
        assert!(
            err.contains("cannot use kubeconfig") && err.contains("odd number of bytes"),
            "{args:?}: {err}"
        );
        assert_eq!(
            err.lines().filter(|l| l.contains("kubeconfig")).count(),
            1,
            "{err}"
        );
    }
    let mut even = crasher.clone();
    even.push(b'\n');
    let even_path = d.path().join("even");
    std::fs::write(&even_path, &even).expect("write");
    let r = run(sailctl()
        .env("KUBECONFIG", &even_path)
        .args(["proxy-status"]));
    assert_ne!(r.code, 0);
    assert!(!r.stderr.contains("odd number of bytes"), "{}", r.stderr);
}
