//! The README's example command lines: every `sailctl ...` line in a shell block parses (with
//! istioctl's argument orders); every one that needs no cluster runs from a scratch
//! directory, with the files the README names as yours replaced by the bundled stand-ins it
//! names next to them, ending without a usage error (exit 2) or an internal one (3); and every
//! one that needs a cluster runs as written against the in-process API server, prepared for it,
//! with its exit code and a line of its output asserted. The few that cannot run to completion
//! are listed with the reason, and the test checks that list is exactly what is left.

use std::path::{Path, PathBuf};

/// The README's example lines, without prompts, comments and redirections.
fn examples() -> Vec<String> {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let mut out = Vec::new();
    let mut in_shell = false;
    for line in readme.lines() {
        let t = line.trim();
        if let Some(lang) = t.strip_prefix("```") {
            in_shell = !in_shell && matches!(lang, "sh" | "bash" | "console");
            continue;
        }
        let t = t.strip_prefix("$ ").unwrap_or(t);
        if in_shell && t.starts_with("sailctl ") {
            let cut = t.find(['#', '>', '|']).unwrap_or(t.len());
            out.push(t.get(..cut).unwrap_or(t).trim().to_string());
        }
    }
    out
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// The bundled stand-in for a file or directory the README names as the reader's own.
fn stand_in(word: &str) -> Option<PathBuf> {
    let f = fixtures();
    Some(match word {
        "manifests/" | "k8s/" | "istio/" | "app/" | "cluster-dump/" => {
            f.join("analyze/virtualservice.DestinationRuleAnalyzer")
        }
        "extra.yaml" | "app.yaml" => f.join("validate/bookinfo.yaml"),
        "my-iop.yaml" => f.join("install/small-pilot.yaml"),
        "dump.json" => f.join("proxy-config/config_dump.json"),
        "envoy_dump.json" => f.join("proxy-status/envoy_dump.json"),
        "fixed-vs.yaml" => f.join("analyze/virtualservice.DestinationRuleAnalyzer/ok-subsets.yaml"),
        "clusters.json" => f.join("proxy-config/clusters.json"),
        w if w.starts_with("tests/fixtures/") => Path::new(env!("CARGO_MANIFEST_DIR")).join(w),
        _ => return None,
    })
}

/// Lines that need no cluster.
fn offline(words: &[String]) -> bool {
    let has = |w: &str| words.iter().any(|x| x == w);
    matches!(
        words.get(1).map(String::as_str),
        Some("validate" | "manifest" | "profile" | "completion")
    ) || has("--use-kube=false")
        || has("--explain")
        || has("-L")
        || has("--sync-file")
        || has("--remote=false")
        || (matches!(words.get(1).map(String::as_str), Some("pc")) && has("-f"))
        || (matches!(words.get(1).map(String::as_str), Some("kube-inject"))
            && has("--injectConfigFile")
            && has("--meshConfigFile")
            && has("--valuesFile"))
}

#[test]
fn every_readme_example_parses_and_the_offline_ones_run() {
    let lines = examples();
    assert!(lines.len() > 60, "{} examples", lines.len());
    let scratch = tempfile::tempdir().unwrap();
    let mut problems = Vec::new();
    let mut ran = 0;
    for line in &lines {
        let words: Vec<String> = line.split_whitespace().map(str::to_string).collect();
        let argv = sailctl::compat::normalize(words.iter().map(Into::into).collect());
        if let Err(e) = sailctl::cmd::examples::command().try_get_matches_from(argv) {
            problems.push(format!(
                "`{line}` does not parse: {}",
                e.to_string().lines().next().unwrap_or_default()
            ));
            continue;
        }
        if !offline(&words) {
            continue;
        }
        let args: Vec<String> = words
            .iter()
            .skip(1)
            .map(|w| stand_in(w).map_or(w.clone(), |p| p.display().to_string()))
            .collect();
        let out = assert_cmd::Command::cargo_bin("sailctl")
            .unwrap()
            .current_dir(scratch.path())
            .env("KUBECONFIG", scratch.path().join("no-kubeconfig"))
            .args(&args)
            .output()
            .unwrap();
        ran += 1;
        let code = out.status.code().unwrap_or(-1);
        if !matches!(code, 0 | 1 | 79) {
            problems.push(format!(
                "`{line}` exits {code}: {}",
                String::from_utf8_lossy(&out.stderr)
                    .lines()
                    .next()
                    .unwrap_or_default()
            ));
        }
    }
    assert!(ran >= 30, "only {ran} examples ran offline");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    // the example that writes a file wrote it
    assert!(scratch.path().join("demo.yaml").exists());
}

// ---------------------------------------------------------------------------------------------
// The examples that need a cluster, run as written against the in-process API server.

mod support;

use support::TestCluster;

/// What the cluster holds before an example runs.
#[derive(Debug, Clone, Copy)]
enum Setup {
    /// Built-in namespaces, then these sailctl command lines (workloads become ready as soon
    /// as they are written).
    Steps(&'static [&'static str]),
    /// istiod pods (default and canary revisions) answering syncz and config dumps, bookinfo's
    /// productpage pods whose Envoy admin answers from tests/fixtures/proxy-config, and the
    /// `shop` namespace.
    Mesh,
}

const EMPTY: Setup = Setup::Steps(&[]);
const INSTALLED: Setup = Setup::Steps(&["sailctl install -y"]);
const DEMO: Setup = Setup::Steps(&["sailctl install --set profile=demo -y"]);
const FROM_FILE: Setup = Setup::Steps(&["sailctl install -f my-iop.yaml -y"]);
const CANARY: Setup = Setup::Steps(&["sailctl install -y", "sailctl install --revision canary -y"]);
const TAGGED: Setup = Setup::Steps(&[
    "sailctl install --revision canary -y",
    "sailctl tag set prod --revision canary",
]);
const MESH: Setup = Setup::Mesh;

/// A README example that needs a cluster: its setup, exit code and a line it prints (stdout
/// or stderr).
struct Case {
    line: &'static str,
    setup: Setup,
    code: i32,
    prints: &'static str,
}

const fn case(line: &'static str, setup: Setup, code: i32, prints: &'static str) -> Case {
    Case {
        line,
        setup,
        code,
        prints,
    }
}

const CASES: &[Case] = &[
    case(
        "sailctl analyze",
        MESH,
        0,
        "Info [IST0102] (Namespace default)",
    ),
    case("sailctl analyze -A -v", MESH, 0, "(Namespace bookinfo)"),
    case(
        "sailctl analyze -n shop fixed-vs.yaml",
        MESH,
        79,
        "Error [IST0101] (VirtualService shop/reviews",
    ),
    case(
        "sailctl install --set profile=demo -y",
        EMPTY,
        0,
        "Installation complete",
    ),
    case(
        "sailctl install -f my-iop.yaml --diff",
        INSTALLED,
        0,
        "+++ rendered",
    ),
    case(
        "sailctl install --set profile=demo --dry-run",
        EMPTY,
        0,
        "nothing was written",
    ),
    case(
        "sailctl install --revision canary -y --readiness-timeout 2m",
        INSTALLED,
        0,
        "Installation complete",
    ),
    case(
        "sailctl upgrade --diff",
        INSTALLED,
        0,
        "nothing was changed",
    ),
    case(
        "sailctl upgrade -y",
        INSTALLED,
        0,
        "Upgraded the default revision",
    ),
    case(
        "sailctl upgrade --revision canary -y",
        INSTALLED,
        0,
        "Upgraded canary revision canary",
    ),
    case(
        "sailctl tag set default --revision canary --overwrite",
        CANARY,
        0,
        "Revision tag \"default\" created, referencing control plane revision \"canary\"",
    ),
    case(
        "sailctl uninstall --revision default -y",
        CANARY,
        0,
        "objects of revision default will be removed",
    ),
    case("sailctl tag list", TAGGED, 0, "prod      canary"),
    case(
        "sailctl tag set prod --revision canary",
        CANARY,
        0,
        "Revision tag \"prod\" created",
    ),
    case(
        "sailctl tag generate prod --revision canary",
        CANARY,
        0,
        "name: istio-revision-tag-prod",
    ),
    case(
        "sailctl tag remove prod -y",
        TAGGED,
        0,
        "Revision tag prod removed",
    ),
    case(
        "sailctl uninstall --purge -y",
        INSTALLED,
        0,
        "objects of every Istio revision will be removed",
    ),
    // without -y it asks; run as written by a script (stdin not a terminal) it refuses
    case(
        "sailctl uninstall --revision canary",
        CANARY,
        2,
        "refusing to uninstall without confirmation",
    ),
    case(
        "sailctl uninstall -f my-iop.yaml --dry-run",
        FROM_FILE,
        0,
        "objects of revision default would be removed",
    ),
    case(
        "sailctl uninstall -f tests/fixtures/install/small-pilot.yaml --dry-run",
        INSTALLED,
        0,
        "Nothing to remove: revision default was not installed from IstioOperator \"small\" (its objects belong to \"unknown\"",
    ),
    case(
        "sailctl uninstall -y --purge",
        INSTALLED,
        0,
        "objects of every Istio revision will be removed",
    ),
    case("sailctl verify-install", INSTALLED, 0, "Deployment"),
    case(
        "sailctl verify-install --revision canary",
        CANARY,
        0,
        "istiod-canary",
    ),
    case(
        "sailctl verify-install --set profile=demo",
        DEMO,
        0,
        "istio-egressgateway",
    ),
    case(
        "sailctl verify-install -f my-iop.yaml -o json",
        FROM_FILE,
        0,
        "\"ok\": true",
    ),
    case(
        "sailctl pc cluster productpage-v1-5d9c8c7f4-abcde.bookinfo",
        MESH,
        0,
        "BlackHoleCluster",
    ),
    case(
        "sailctl pc listener deploy/productpage-v1 -n bookinfo",
        MESH,
        0,
        "ADDRESSES",
    ),
    case(
        "sailctl pc log productpage-v1-5d9c8c7f4-abcde.bookinfo --level http:debug,router=trace",
        MESH,
        0,
        "productpage-v1-5d9c8c7f4-abcde.bookinfo:",
    ),
    case("sailctl ps", MESH, 0, "productpage-v1-5d9c8.bookinfo"),
    case(
        "sailctl ps --revision canary -n bookinfo",
        MESH,
        0,
        "productpage-v1-5d9c8.bookinfo",
    ),
    case(
        "sailctl ps --file envoy_dump.json productpage-v1-5d9c8.bookinfo",
        MESH,
        0,
        "Clusters Don't Match",
    ),
    case("sailctl version", MESH, 0, "control plane version: 1.24.2"),
    case(
        "sailctl version -o json",
        MESH,
        0,
        "\"Revision\": \"canary\"",
    ),
    case(
        "sailctl version --revision canary --short=false",
        MESH,
        0,
        "istiod version: 1.24.2 (revision canary",
    ),
    case(
        "sailctl x trace productpage-v1-5d9c8.bookinfo GET http://reviews:9080/api -H 'end-user: jason'",
        MESH,
        0,
        "route                   #0 jason",
    ),
    case(
        "sailctl x trace -f dump.json 'http://reviews:9080/products?canary=true'",
        EMPTY,
        0,
        "Result: forwarded to outbound|9080|v3|reviews.default.svc.cluster.local",
    ),
    case(
        "sailctl x trace -f dump.json tcp://10.96.0.20:27017",
        EMPTY,
        0,
        "Result: forwarded to outbound|27017||mongo.db.svc.cluster.local",
    ),
    case(
        "sailctl x trace -f dump.json tls://api.example.com:443",
        EMPTY,
        0,
        "Result: forwarded to outbound|443||api.example.com",
    ),
    case(
        "sailctl x trace -f dump.json --inbound 9080 http://reviews:9080/",
        EMPTY,
        0,
        "virtualInbound",
    ),
    case(
        "sailctl x trace -f gateway.json --route http.80 http://httpbin.example.com/get",
        EMPTY,
        0,
        "Result: forwarded to outbound|8000||httpbin.default.svc.cluster.local",
    ),
    case(
        "sailctl x trace -f dump.json http://reviews:9080/ -o json",
        EMPTY,
        0,
        "\"protocol\": \"http\"",
    ),
    case(
        "sailctl kube-inject -f tests/fixtures/kube-inject/bookinfo.yaml",
        INSTALLED,
        0,
        "sidecar.istio.io/status",
    ),
    case(
        "sailctl kube-inject -f tests/fixtures/kube-inject/bookinfo.yaml -o app-injected.yaml -r canary",
        CANARY,
        0,
        "Skipping injection because Deployment \"ratings-v1\"",
    ),
];

/// Examples that cannot run to completion here, each with the reason.
const NOT_RUN: &[(&str, &str)] = &[
    (
        "sailctl analyze --remote-contexts east",
        "needs two clusters named by one kubeconfig: tests/analyze_remote.rs runs it against two API test servers",
    ),
    (
        "sailctl dashboard kiali",
        "dashboards hold their port-forward open until interrupted: tutorial_dashboard_kiali_forwards_to_the_kiali_pod (tests/istioctl_compat.rs) and tests/dashboard.rs drive them as child processes",
    ),
    (
        "sailctl dash grafana --browser=false -p 3001",
        "dashboards hold their port-forward open until interrupted (see tests/dashboard.rs)",
    ),
    (
        "sailctl d envoy deploy/productpage-v1 -n bookinfo",
        "dashboards hold their port-forward open until interrupted (see tests/dashboard.rs)",
    ),
    (
        "sailctl d istiod-debug --revision canary",
        "dashboards hold their port-forward open until interrupted (see tests/dashboard.rs)",
    ),
];

/// `sh`-like words: whitespace-separated, single quotes grouping.
fn shell_words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut any = false;
    for c in line.chars() {
        match c {
            '\'' => {
                quoted = !quoted;
                any = true;
            }
            c if c.is_whitespace() && !quoted => {
                if any {
                    words.push(std::mem::take(&mut cur));
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
        words.push(cur);
    }
    words
}

fn run_in(tc: &TestCluster, dir: &Path, words: &[String]) -> (i32, String, String) {
    // `x trace` reads a sidecar's dump with more in it than proxy-config's stand-in
    let trace = words.get(1).is_some_and(|w| w == "x");
    let args: Vec<String> = words
        .iter()
        .skip(1)
        .map(|w| match w.as_str() {
            "dump.json" if trace => fixtures().join("trace/sidecar.json"),
            "gateway.json" if trace => fixtures().join("trace/gateway.json"),
            _ => stand_in(w).unwrap_or_else(|| PathBuf::from(w)),
        })
        .map(|p| p.display().to_string())
        .collect();
    let out = assert_cmd::Command::cargo_bin("sailctl")
        .unwrap()
        .current_dir(dir)
        .env("KUBECONFIG", tc.kubeconfig())
        .env("NO_COLOR", "1")
        .args(&args)
        .timeout(std::time::Duration::from_secs(60))
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn prepare(setup: Setup, dir: &Path) -> TestCluster {
    let tc = TestCluster::start();
    tc.set_auto_ready(true);
    match setup {
        Setup::Mesh => seed_mesh(&tc),
        Setup::Steps(steps) => {
            for step in steps {
                let (code, out, err) = run_in(&tc, dir, &shell_words(step));
                assert_eq!(code, 0, "setup `{step}`: {out}{err}");
            }
        }
    }
    tc
}

/// istiod's sync status of the productpage proxies connected to revision `rev`.
fn syncz(rev: &str) -> String {
    let proxy = |id: &str| {
        serde_json::json!({"cluster_id": "Kubernetes", "proxy": id, "istio_version": "1.24.2",
            "istiod": rev,
            "resources": {"type.googleapis.com/envoy.config.cluster.v3.Cluster":
                {"sent": "n1", "acked": "n1"}}})
    };
    serde_json::json!([
        proxy("productpage-v1-5d9c8.bookinfo"),
        proxy("productpage-v1-5d9c8c7f4-abcde.bookinfo")
    ])
    .to_string()
}

fn seed_mesh(tc: &TestCluster) {
    let fixture = |name: &str| std::fs::read_to_string(fixtures().join(name)).unwrap();
    for (rev, pod) in [("default", "istiod-1"), ("canary", "istiod-canary-1")] {
        tc.seed(support::pod_json(
            "istio-system",
            pod,
            &[("app", "istiod"), ("istio.io/rev", rev)],
            &[("discovery", "docker.io/istio/pilot:1.24.2")],
        ));
        tc.pod_running("istio-system", pod);
        let istiod = tc.serve_http(vec![
            ("/debug/syncz", 200, "application/json", syncz(rev)),
            (
                "/debug/config_dump",
                200,
                "application/json",
                fixture("proxy-status/istiod_dump.json"),
            ),
        ]);
        tc.forward_pod_port("istio-system", pod, 15014, istiod);
    }
    tc.seed(serde_json::json!({"apiVersion": "v1", "kind": "Namespace",
        "metadata": {"name": "shop"}}));
    tc.seed(support::deployment_json(
        "bookinfo",
        "productpage-v1",
        "productpage:1",
        1,
    ));
    let admin = tc.serve_http(vec![
        (
            "/config_dump",
            200,
            "application/json",
            fixture("proxy-config/config_dump.json"),
        ),
        (
            "/clusters",
            200,
            "application/json",
            fixture("proxy-config/clusters.json"),
        ),
        (
            "/logging",
            200,
            "text/plain",
            fixture("proxy-config/logging.txt"),
        ),
    ]);
    for pod in ["productpage-v1-5d9c8c7f4-abcde", "productpage-v1-5d9c8"] {
        tc.seed(support::pod_json(
            "bookinfo",
            pod,
            &[("app", "productpage-v1")],
            &[
                ("productpage", "productpage:1"),
                ("istio-proxy", "docker.io/istio/proxyv2:1.24.2"),
            ],
        ));
        tc.pod_running("bookinfo", pod);
        tc.forward_pod_port("bookinfo", pod, 15000, admin);
    }
}

#[test]
fn every_readme_example_that_needs_a_cluster_runs_against_the_test_server() {
    use std::collections::BTreeSet;
    let online: BTreeSet<String> = examples()
        .into_iter()
        .filter(|l| !offline(&shell_words(l)))
        .collect();
    let covered: BTreeSet<String> = CASES
        .iter()
        .map(|c| c.line.to_string())
        .chain(NOT_RUN.iter().map(|(l, _)| l.to_string()))
        .collect();
    assert_eq!(
        online.difference(&covered).collect::<Vec<_>>(),
        Vec::<&String>::new(),
        "README examples that need a cluster but have no case here"
    );
    assert_eq!(
        covered.difference(&online).collect::<Vec<_>>(),
        Vec::<&String>::new(),
        "cases for lines that are not (or no longer) README examples"
    );
    for (line, why) in NOT_RUN {
        assert!(!why.is_empty(), "{line}: say why it does not run");
    }
    let mut problems = Vec::new();
    for c in CASES {
        let dir = tempfile::tempdir().unwrap();
        let tc = prepare(c.setup, dir.path());
        let (code, out, err) = run_in(&tc, dir.path(), &shell_words(c.line));
        if code != c.code || !(out.contains(c.prints) || err.contains(c.prints)) {
            problems.push(format!(
                "`{}` ({:?}): exit {code} (want {}), want {:?} in\n{}{}",
                c.line,
                c.setup,
                c.code,
                c.prints,
                out.chars().take(600).collect::<String>(),
                err.chars().take(600).collect::<String>()
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
}
