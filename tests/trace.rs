//! `x trace` on dumps: the hand-written sidecar fixture (tests/fixtures/trace/sidecar.json), the
//! proxy-config conformance dumps (../shared/conformance/proxy-config) and gen-configdump output
//! (../shared/bench). Each expectation is worked out by hand from the dump; the comment says
//! which virtual host and route Envoy picks and why the earlier ones do not apply.

use std::path::PathBuf;

use assert_cmd::Command;
use sailctl::envoy::ConfigDump;
use sailctl::envoy::trace::{self, Options, Outcome, Step, Target, Trace};

fn shared(rel: &str) -> PathBuf {
    let beside = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../shared")
        .join(rel);
    let p = if beside.exists() {
        beside
    } else {
        PathBuf::from("/work/shared").join(rel)
    };
    assert!(
        p.exists(),
        "{} is missing: these tests read ../shared",
        p.display()
    );
    p
}

fn sidecar() -> String {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/trace/sidecar.json");
    std::fs::read_to_string(p).unwrap()
}

fn run(text: &str, words: &[&str], headers: &[&str], opts: &Options) -> Trace {
    let dump = ConfigDump::parse(text).unwrap();
    let words: Vec<String> = words.iter().map(|s| s.to_string()).collect();
    let headers: Vec<String> = headers.iter().map(|s| s.to_string()).collect();
    let req = trace::Request::parse(&words, &headers, None).unwrap();
    trace::trace(&dump, &req, opts).unwrap()
}

fn out(url: &str, headers: &[&str]) -> Trace {
    run(&sidecar(), &[url], headers, &Options::default())
}

fn step<'t>(t: &'t Trace, stage: &str) -> &'t Step {
    t.steps
        .iter()
        .find(|s| s.stage == stage)
        .unwrap_or_else(|| panic!("no {stage} step in {:#?}", t.steps))
}

fn one(cluster: &str) -> Outcome {
    Outcome::Forwarded {
        targets: vec![Target {
            cluster: cluster.into(),
            weight: None,
        }],
    }
}

fn fell(t: &Trace) -> (&'static str, String) {
    match &t.outcome {
        Outcome::FellThrough { stage, reason } => (stage, reason.clone()),
        other => panic!("expected a fall-through, got {other:?}"),
    }
}

const R: &str = "reviews.default.svc.cluster.local";

fn reviews(subset: &str) -> String {
    format!("outbound|9080|{subset}|{R}")
}

// ---- sidecar fixture: HTTP by host, path, header, query -------------------------------------

#[test]
fn header_exact_picks_the_jason_route() {
    // 0.0.0.0_9080 (wildcard, port 9080) → chain "http" (raw_buffer + http/1.1) → RDS 9080 →
    // "reviews:9080" is an exact domain of the reviews vhost → route #0 wants end-user=jason.
    let t = out("http://reviews:9080/", &["end-user: jason"]);
    assert_eq!(step(&t, "listener").name, "0.0.0.0_9080");
    assert_eq!(step(&t, "filter chain").name, "http");
    assert_eq!(step(&t, "virtual host").name, format!("{R}:9080"));
    assert_eq!(step(&t, "route").name, "jason");
    assert_eq!(t.outcome, one(&reviews("v2")));
}

#[test]
fn header_values_are_case_sensitive_unless_ignore_case() {
    // "Jason" is not exact "jason": #0 fails; no canary query; "/" is not /api/v1/..; not
    // /admin; not /old; not /beta; no user-agent → the catch-all "default" (#7) → v1.
    let t = out("http://reviews:9080/", &["end-user: Jason"]);
    let r = step(&t, "route");
    assert_eq!(r.name, "default");
    assert!(
        r.skipped[0].reason.contains("is not exact \"jason\""),
        "{:?}",
        r.skipped
    );
    assert_eq!(r.skipped.len(), 7);
    assert_eq!(t.outcome, one(&reviews("v1")));
}

#[test]
fn query_parameter_exact() {
    // ?canary=true: #0 fails (no end-user), #1 wants query canary exact "true" → v3.
    let t = out("http://reviews:9080/products?canary=true", &[]);
    assert_eq!(step(&t, "route").name, "canary");
    assert_eq!(t.outcome, one(&reviews("v3")));
}

#[test]
fn query_parameter_value_mismatch_falls_to_default() {
    // ?canary=false fails #1's exact "true"; nothing else fits "/products" → default (v1).
    let t = out("http://reviews:9080/products?canary=false", &[]);
    let r = step(&t, "route");
    assert!(
        r.skipped[1].reason.contains("query parameter canary"),
        "{:?}",
        r.skipped
    );
    assert_eq!(t.outcome, one(&reviews("v1")));
}

#[test]
fn regex_route_splits_by_weight() {
    // /api/v2/items fully matches "/api/v[0-9]+/.*" (#2) → weighted v1 80 / v2 20, 5s timeout,
    // 3 retries; both clusters traced with their endpoints.
    let t = out("http://reviews:9080/api/v2/items", &[]);
    assert_eq!(step(&t, "route").name, "api-split");
    assert_eq!(
        t.outcome,
        Outcome::Forwarded {
            targets: vec![
                Target {
                    cluster: reviews("v1"),
                    weight: Some(80)
                },
                Target {
                    cluster: reviews("v2"),
                    weight: Some(20)
                },
            ]
        }
    );
    let action = step(&t, "action");
    assert!(action.details.contains(&"timeout: 5s".to_string()));
    assert!(
        action
            .details
            .iter()
            .any(|d| d.contains("3 attempts on 5xx,connect-failure, 2s per try"))
    );
    assert_eq!(t.steps.iter().filter(|s| s.stage == "cluster").count(), 2);
}

#[test]
fn regex_is_a_full_match() {
    // "/api/v2" has no "/" after the version, so the anchored regex does not match → default.
    let t = out("http://reviews:9080/api/v2", &[]);
    let r = step(&t, "route");
    assert!(r.skipped.iter().any(|s| s.name == "#2 api-split"));
    assert_eq!(t.outcome, one(&reviews("v1")));
}

#[test]
fn exact_path_ignoring_case_answers_directly() {
    // #3: path "/admin" with case_sensitive false: "/ADMIN" matches → direct response 403.
    let t = out("http://reviews:9080/ADMIN", &[]);
    assert_eq!(step(&t, "route").name, "admin");
    assert!(matches!(t.outcome, Outcome::Answered { status: 403, .. }));
}

#[test]
fn path_separated_prefix_redirects_only_whole_segments() {
    // #4: path_separated_prefix "/old": "/old/page" matches → redirect FOUND (302) to /new...
    let t = out("http://reviews:9080/old/page", &[]);
    assert!(matches!(t.outcome, Outcome::Answered { status: 302, .. }));
    // ...but "/older" is not under "/old/" → default route.
    let t = out("http://reviews:9080/older", &[]);
    assert_eq!(t.outcome, one(&reviews("v1")));
}

#[test]
fn inverted_present_match_and_fault() {
    // #5: prefix /beta with x-beta present, inverted: no x-beta → matches, fault abort 503 50%.
    let t = out("http://reviews:9080/beta/x", &[]);
    assert_eq!(step(&t, "route").name, "beta");
    assert!(
        step(&t, "action")
            .details
            .iter()
            .any(|d| d == "fault (route): abort 503 for 50% of requests")
    );
    // with x-beta the inverted match fails → default.
    let t = out("http://reviews:9080/beta/x", &["x-beta: 1"]);
    assert!(
        step(&t, "route")
            .skipped
            .iter()
            .any(|s| s.reason.contains("inverted"))
    );
    assert_eq!(step(&t, "route").name, "default");
}

#[test]
fn contains_and_range_headers_with_mirror() {
    // #6: user-agent contains "Mobile" and x-build in [100, 200): 150 → v3, mirrored 10% to v1.
    let t = out(
        "http://reviews:9080/x",
        &["user-agent: Mobile Safari", "x-build: 150"],
    );
    assert_eq!(step(&t, "route").name, "mobile");
    assert!(
        step(&t, "action")
            .details
            .iter()
            .any(|d| d.starts_with("mirror: ") && d.ends_with("for 10% of requests"))
    );
    assert_eq!(t.outcome, one(&reviews("v3")));
    // 200 is outside the half-open range → default.
    let t = out(
        "http://reviews:9080/x",
        &["user-agent: Mobile Safari", "x-build: 200"],
    );
    assert!(
        step(&t, "route")
            .skipped
            .iter()
            .any(|s| s.reason.contains("200 is not in [100, 200)"))
    );
    assert_eq!(t.outcome, one(&reviews("v1")));
}

#[test]
fn uri_template_route() {
    // ratings vhost, #0 path template /ratings/{id}: "/ratings/7" has one segment after.
    let t = out("http://ratings:9080/ratings/7", &[]);
    assert_eq!(step(&t, "route").name, "by-id");
    assert_eq!(
        t.outcome,
        one("outbound|9080||ratings.default.svc.cluster.local")
    );
}

#[test]
fn header_suffix_and_regex() {
    // /static/a with x-env "eu-prod": #0 template fails, #1 prefix /static/ + suffix -prod.
    let t = out("http://ratings:9080/static/a", &["x-env: eu-prod"]);
    assert_eq!(step(&t, "route").name, "static-prod");
    // "test" fully matches regex "dev|test" (#2) once #1's suffix fails.
    let t = out("http://ratings:9080/x", &["x-env: test"]);
    assert_eq!(step(&t, "route").name, "dev");
}

#[test]
fn no_route_says_which_vhost_fell_through() {
    // x-env "eu-dev": not -prod, and "dev|test" must match the whole value → no route; 404.
    let t = out("http://ratings:9080/static/a", &["x-env: eu-dev"]);
    let (stage, reason) = fell(&t);
    assert_eq!(stage, "route");
    assert!(
        reason.contains("ratings.default.svc.cluster.local:9080"),
        "{reason}"
    );
    assert_eq!(step(&t, "route").skipped.len(), 3);
}

#[test]
fn host_with_port_does_not_match_a_portless_domain() {
    // "blocked.example.org:9080" is not the domain "blocked.example.org" (ports are compared
    // unless ignore_port_in_host_matching) → the "*" vhost → PassthroughCluster.
    let t = out("http://blocked.example.org:9080/", &[]);
    assert_eq!(step(&t, "virtual host").name, "allow_any");
    assert_eq!(t.outcome, one("PassthroughCluster"));
    // Host header without the port: vhost "blocked" has no routes → no route.
    let t = out(
        "http://blocked.example.org:9080/",
        &["host: blocked.example.org"],
    );
    assert_eq!(step(&t, "virtual host").name, "blocked");
    assert_eq!(fell(&t).0, "route");
}

#[test]
fn ip_host_is_a_domain_too() {
    // "10.96.0.10:9080" is listed in the reviews vhost's domains.
    let t = out("http://10.96.0.10:9080/", &[]);
    assert_eq!(step(&t, "virtual host").name, format!("{R}:9080"));
}

// ---- wildcard domains (route configuration 8080, no "*" vhost) ------------------------------

#[test]
fn exact_domain_beats_wildcards() {
    // "shop.example.com:8080" is exact in vhost "exact", though "*.example.com" and "shop.*"
    // also fit.
    let t = out("http://shop.example.com:8080/", &[]);
    assert_eq!(step(&t, "virtual host").name, "exact");
}

#[test]
fn longest_suffix_wildcard_wins() {
    // Host "a.eu.example.com" (no port): "*.eu.example.com" is longer than "*.example.com".
    // Its cluster is absent from the dump: the trace ends at the cluster (503).
    let t = out("http://x:8080/", &["host: a.eu.example.com"]);
    assert_eq!(step(&t, "virtual host").name, "suffix-long");
    let (stage, reason) = fell(&t);
    assert_eq!(stage, "cluster");
    assert!(reason.contains("outbound|8080||eu.default.svc.cluster.local"));
}

#[test]
fn suffix_wildcard_beats_prefix_wildcard() {
    // "shop.example.com" (no port): not exact (that domain has :8080); "*.example.com" and
    // "shop.*" both fit; suffix wildcards are tried first.
    let t = out("http://x:8080/", &["host: shop.example.com"]);
    assert_eq!(step(&t, "virtual host").name, "suffix-short");
    assert_eq!(
        t.outcome,
        one("outbound|8080||example.default.svc.cluster.local")
    );
}

#[test]
fn prefix_wildcard_and_no_virtual_host() {
    // "shop.local:8080": no exact, no suffix fits, "shop.*" does.
    let t = out("http://shop.local:8080/", &[]);
    assert_eq!(step(&t, "virtual host").name, "prefix");
    // "other:8080": nothing fits and route configuration 8080 has no "*" vhost.
    let t = out("http://other:8080/", &[]);
    let (stage, reason) = fell(&t);
    assert_eq!(stage, "virtual host");
    assert!(reason.contains("\"other:8080\""), "{reason}");
}

// ---- TCP and TLS ------------------------------------------------------------------------------

#[test]
fn tcp_by_address() {
    // 10.96.0.20:27017 is exactly the address of listener 10.96.0.20_27017 → its TCP proxy.
    let t = out("tcp://10.96.0.20:27017", &[]);
    assert_eq!(step(&t, "listener").name, "10.96.0.20_27017");
    assert_eq!(t.outcome, one("outbound|27017||mongo.db.svc.cluster.local"));
    assert!(step(&t, "endpoints").details[0].starts_with("10.244.3.4:27017 HEALTHY"));
}

#[test]
fn tcp_to_an_unknown_address_passes_through() {
    // 10.1.2.3:27017: no listener has that address, none is 0.0.0.0 on 27017 → the virtual
    // outbound listener itself; its port-15001 chain loses on destination port, the catch-all
    // (0.0.0.0/0) takes it → PassthroughCluster.
    let t = out("tcp://10.1.2.3:27017", &[]);
    assert_eq!(step(&t, "listener").name, "virtualOutbound");
    assert_eq!(
        step(&t, "filter chain").name,
        "virtualOutbound-catchall-tcp"
    );
    assert_eq!(t.outcome, one("PassthroughCluster"));
}

#[test]
fn tls_exact_sni() {
    // SNI api.example.com is an exact server name (most specific) on 0.0.0.0_443.
    let t = out("tls://api.example.com:443", &[]);
    assert_eq!(step(&t, "filter chain").name, "api");
    assert_eq!(t.outcome, one("outbound|443||api.example.com"));
}

#[test]
fn tls_longest_wildcard_sni() {
    // a.internal.example.com: "*.internal.example.com" is longer than "*.example.com".
    let t = out("tls://a.internal.example.com:443", &[]);
    let fc = step(&t, "filter chain");
    assert_eq!(fc.name, "internal");
    assert!(
        fc.skipped
            .iter()
            .any(|s| s.name == "wildcard" && s.reason.contains("more specifically"))
    );
    assert!(
        step(&t, "cluster")
            .details
            .iter()
            .any(|d| d.contains("SNI internal.example.com"))
    );
}

#[test]
fn tls_unknown_sni_takes_the_default_chain() {
    // example.org matches no server name → no chain left → default chain → PassthroughCluster.
    let t = out("https://example.org/", &[]);
    assert!(step(&t, "filter chain").decision.contains("default chain"));
    assert_eq!(t.outcome, one("PassthroughCluster"));
}

#[test]
fn plain_tcp_on_an_http_port_takes_the_default_chain() {
    // tcp to 9080: chain "http" needs ALPN http/1.1 → default PassthroughFilterChain.
    let t = out("tcp://reviews:9080", &[]);
    assert_eq!(step(&t, "filter chain").name, "PassthroughFilterChain");
    assert_eq!(t.outcome, one("PassthroughCluster"));
}

#[test]
fn no_listener_at_all_on_a_route_only_dump() {
    // The k8s-gateway route dump has no listeners section: the trace stops at the listener.
    let text = std::fs::read_to_string(shared(
        "conformance/proxy-config/testdata/configdump/routes/k8s-gateway-http-route-path-prefix/configdump.json",
    ))
    .unwrap();
    let dump = ConfigDump::parse(&text).unwrap();
    let req = trace::Request::parse(&["http://httpbin.example.com/get".into()], &[], None).unwrap();
    let t = trace::trace(&dump, &req, &Options::default()).unwrap();
    let (stage, reason) = fell(&t);
    assert_eq!(stage, "listener");
    assert!(reason.contains("no listeners"), "{reason}");
}

// ---- inbound ----------------------------------------------------------------------------------

fn inbound(url: &str, port: u32, plaintext: bool) -> Trace {
    let opts = Options {
        inbound: Some(port),
        plaintext,
        ..Options::default()
    };
    run(&sidecar(), &[url], &[], &opts)
}

#[test]
fn inbound_mtls_http() {
    // virtualInbound; destination port 9080 leaves the two 0.0.0.0_9080 chains; mTLS from a
    // sidecar is transport tls → the tls chain; its inline route sends "/" to inbound|9080||.
    let t = inbound("http://reviews:9080/", 9080, false);
    assert_eq!(step(&t, "listener").name, "virtualInbound");
    let fc = step(&t, "filter chain");
    assert!(fc.decision.contains("Trans: tls"), "{}", fc.decision);
    assert!(
        fc.skipped
            .iter()
            .any(|s| s.reason.contains("transport raw_buffer"))
    );
    assert_eq!(t.outcome, one("inbound|9080||"));
}

#[test]
fn inbound_plaintext_http_and_catchall() {
    // A client outside the mesh: raw_buffer + http/1.1 → the raw_buffer 0.0.0.0_9080 chain.
    let t = inbound("http://reviews:9080/", 9080, true);
    assert!(
        step(&t, "filter chain")
            .decision
            .contains("Trans: raw_buffer")
    );
    assert_eq!(t.outcome, one("inbound|9080||"));
    // Port 8888 has no chain: the catch-all HTTP chain (0.0.0.0/0, raw_buffer, http/1.1) is
    // more specific on transport than "virtualInbound" → InboundPassthroughCluster.
    let t = inbound("http://reviews:8888/", 8888, true);
    assert_eq!(
        step(&t, "filter chain").name,
        "virtualInbound-catchall-http"
    );
    assert_eq!(t.outcome, one("InboundPassthroughCluster"));
}

#[test]
fn inbound_tcp() {
    // mTLS TCP to 5432: destination port and transport tls → 0.0.0.0_5432 → inbound|5432||.
    let t = inbound("tcp://db:5432", 5432, false);
    assert_eq!(step(&t, "filter chain").name, "0.0.0.0_5432");
    assert_eq!(t.outcome, one("inbound|5432||"));
    assert!(step(&t, "endpoints").details[0].starts_with("127.0.0.1:5432"));
}

// ---- conformance dumps ------------------------------------------------------------------------

fn conformance(rel: &str) -> String {
    std::fs::read_to_string(shared(&format!("conformance/proxy-config/testdata/{rel}"))).unwrap()
}

#[test]
fn health_port_inline_route() {
    // proxyconfig dump: static listener 0.0.0.0:15021, inline route, vhost "backend" ("*"),
    // route prefix /healthz/ready → cluster agent (STATIC, endpoint 127.0.0.1:15020).
    let t = run(
        &conformance("proxyconfig/config_dump.json"),
        &["http://pod:15021/healthz/ready"],
        &[],
        &Options::default(),
    );
    assert_eq!(step(&t, "virtual host").name, "backend");
    assert_eq!(t.outcome, one("agent"));
    // /stats is not under /healthz/ready → no route.
    let t = run(
        &conformance("proxyconfig/config_dump.json"),
        &["http://pod:15021/stats"],
        &[],
        &Options::default(),
    );
    assert_eq!(fell(&t).0, "route");
}

#[test]
fn gateway_route_ignores_the_port() {
    // k8s gateway dump, route configuration http.80 has ignore_port_in_host_matching: the host
    // "httpbin.example.com:8080" is looked up as "httpbin.example.com" → exact domain; the
    // route is a path-separated prefix "/get": "/get/anything" matches, "/getter" does not.
    let text = conformance("configdump/routes/k8s-gateway-http-route-path-prefix/configdump.json");
    let opts = Options {
        route: Some("http.80".into()),
        ..Options::default()
    };
    let t = run(
        &text,
        &["http://httpbin.example.com:8080/get/anything"],
        &[],
        &opts,
    );
    assert_eq!(step(&t, "virtual host").name, "httpbin.example.com:80");
    assert_eq!(
        t.outcome,
        one("outbound|8000||httpbin.default.svc.cluster.local")
    );
    assert!(
        step(&t, "route")
            .details
            .iter()
            .any(|d| d.contains("http-0-istio-autogenerated-k8s-gateway.default"))
    );
    let t = run(&text, &["http://httpbin.example.com/getter"], &[], &opts);
    assert_eq!(fell(&t).0, "route");
    // A host no vhost names: http.80 has no "*" vhost.
    let t = run(&text, &["http://other.example.com/get"], &[], &opts);
    assert_eq!(fell(&t).0, "virtual host");
}

#[test]
fn unknown_route_configuration_falls_through() {
    let text = conformance("configdump/routes/k8s-gateway-http-route-path-prefix/configdump.json");
    let opts = Options {
        route: Some("http.81".into()),
        ..Options::default()
    };
    let t = run(&text, &["http://httpbin.example.com/"], &[], &opts);
    assert_eq!(fell(&t).0, "route configuration");
}

// ---- gen-configdump ---------------------------------------------------------------------------

fn gen_configdump(services: usize) -> String {
    let out = std::process::Command::new("python3")
        .arg(shared("bench/gen-configdump"))
        .args(["--services", &services.to_string()])
        .output()
        .unwrap();
    assert!(out.status.success(), "gen-configdump failed");
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn generated_dump_routes_by_service_name() {
    // 60 services over 20 ports: service i is on port 8000 + i % 20 in team i / 50. svc-00021
    // → port 8001, team-000; route configuration "8001" holds svc-00001, -21, -41; its vhost
    // lists the short name "svc-00021" as a domain → its cluster, with 3 EDS endpoints.
    let text = gen_configdump(60);
    let opts = Options {
        route: Some("8001".into()),
        ..Options::default()
    };
    let t = run(&text, &["http://svc-00021/"], &[], &opts);
    assert_eq!(
        step(&t, "virtual host").name,
        "svc-00021.team-000.svc.cluster.local:8001"
    );
    assert_eq!(
        t.outcome,
        one("outbound|8001||svc-00021.team-000.svc.cluster.local")
    );
    assert!(
        step(&t, "endpoints").decision.contains("of 3 endpoints"),
        "{}",
        step(&t, "endpoints").decision
    );
    // svc-00055 is in team-001 on port 8015: "svc-00055.team-001" is a domain in route "8015".
    let opts = Options {
        route: Some("8015".into()),
        ..Options::default()
    };
    let t = run(&text, &["http://svc-00055.team-001/"], &[], &opts);
    assert_eq!(
        t.outcome,
        one("outbound|8015||svc-00055.team-001.svc.cluster.local")
    );
    // svc-00022 lives on 8002, not in route 8015, which has no "*" vhost.
    let t = run(&text, &["http://svc-00022/"], &[], &opts);
    assert_eq!(fell(&t).0, "virtual host");
}

#[test]
fn generated_dump_listeners_have_no_address() {
    // gen-configdump's listeners are copies of an internal listener (no socket address): an
    // outbound trace to port 8000 finds no listener and no virtual outbound listener.
    let t = run(
        &gen_configdump(3),
        &["http://svc-00000:8000/"],
        &[],
        &Options::default(),
    );
    let (stage, reason) = fell(&t);
    assert_eq!(stage, "listener");
    assert!(reason.contains("no listener for port 8000"), "{reason}");
}

// ---- the command ------------------------------------------------------------------------------

fn cli(args: &[&str]) -> std::process::Output {
    let f = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/trace/sidecar.json");
    Command::cargo_bin("sailctl")
        .unwrap()
        .args(["x", "trace", "-f"])
        .arg(f)
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn command_text_json_and_exit_codes() {
    let o = cli(&["GET", "http://reviews:9080/", "-H", "end-user: jason"]);
    assert_eq!(o.status.code(), Some(0));
    let text = String::from_utf8(o.stdout).unwrap();
    assert!(
        text.starts_with("Request: GET http://reviews:9080/ (end-user: jason)\n"),
        "{text}"
    );
    assert!(
        text.ends_with(&format!("Result: forwarded to {}\n", reviews("v2"))),
        "{text}"
    );

    let o = cli(&["-o", "json", "http://other:8080/"]);
    assert_eq!(o.status.code(), Some(1), "a fall-through exits 1");
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["outcome"]["result"], "fell_through");
    assert_eq!(v["outcome"]["stage"], "virtual host");
    assert_eq!(v["steps"][0]["stage"], "listener");
    assert_eq!(v["request"]["authority"], "other:8080");

    let o = cli(&["tcp://db"]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8(o.stderr).unwrap();
    assert!(err.contains("tcp:// needs a port"), "{err}");
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
}
