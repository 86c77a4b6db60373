//! The `Examples:` section of every command's `--help`, kept in one table so that a command
//! without one is easy to spot (tests/help_examples.rs checks them all and parses every line).
//! A command that sets its own `after_help` keeps it.

use clap::CommandFactory;

use crate::cli::Cli;

/// `(command path, example lines)`. Paths are the subcommand names after `sailctl`.
const EXAMPLES: &[(&str, &[&str])] = &[
    (
        "analyze",
        &[
            "sailctl analyze                      # the live cluster: the current namespace",
            "sailctl analyze -n bookinfo",
            "sailctl analyze -A",
            "sailctl analyze --use-kube=false tests/fixtures/analyze/virtualservice.DestinationRuleAnalyzer",
            "sailctl analyze -k=false -o json tests/fixtures/validate/bookinfo.yaml",
            "sailctl analyze --explain IST0101",
        ],
    ),
    (
        "validate",
        &[
            "sailctl validate -f tests/fixtures/validate/bookinfo.yaml",
            "sailctl validate -f bookinfo.yaml,gateways.yaml             # a comma list, as in istioctl",
            "sailctl validate -o json tests/fixtures/validate/kinds",
        ],
    ),
    (
        "manifest",
        &["sailctl manifest generate --set profile=demo -o demo.yaml"],
    ),
    (
        "manifest generate",
        &[
            "sailctl manifest generate --set profile=demo -o demo.yaml   # istioctl's -o: a file",
            "sailctl manifest generate --format json --component Pilot",
            "sailctl manifest generate -f tests/fixtures/install/small-pilot.yaml --revision canary",
        ],
    ),
    (
        "profile",
        &["sailctl profile list", "sailctl profile dump demo"],
    ),
    ("profile list", &["sailctl profile list"]),
    (
        "profile dump",
        &[
            "sailctl profile dump demo",
            "sailctl profile dump -p values.pilot -o flags",
            "sailctl profile dump -f tests/fixtures/install/small-pilot.yaml -o json",
        ],
    ),
    ("profile diff", &["sailctl profile diff default demo"]),
    (
        "version",
        &[
            "sailctl version",
            "sailctl version --remote=false -o json",
            "sailctl version --short=false",
        ],
    ),
    (
        "proxy-config cluster",
        &[
            "sailctl pc cluster productpage-v1-5d9c8.bookinfo --fqdn reviews",
            "sailctl pc -o json cluster -f tests/fixtures/proxy-config/config_dump.json",
        ],
    ),
    (
        "proxy-config listener",
        &[
            "sailctl pc listener deploy/productpage -n bookinfo --port 15006",
            "sailctl pc listener -f tests/fixtures/proxy-config/config_dump.json --type HTTP",
        ],
    ),
    (
        "proxy-config route",
        &[
            "sailctl proxy-config route deploy/productpage -n bookinfo",
            "sailctl pc route -f tests/fixtures/proxy-config/config_dump.json --tree",
        ],
    ),
    (
        "proxy-config endpoint",
        &[
            "sailctl pc endpoint deploy/reviews-v1 -n bookinfo --port 9080",
            "sailctl pc endpoint -f tests/fixtures/proxy-config/clusters.json --status HEALTHY",
        ],
    ),
    (
        "proxy-config eds",
        &["sailctl pc eds productpage-v1-5d9c8.bookinfo --port 9080"],
    ),
    (
        "proxy-config secret",
        &[
            "sailctl pc secret productpage-v1-5d9c8.bookinfo",
            "sailctl pc secrets -f tests/fixtures/proxy-config/config_dump.json -o yaml",
        ],
    ),
    (
        "proxy-config ecds",
        &["sailctl pc ecds productpage-v1-5d9c8.bookinfo -o json"],
    ),
    (
        "proxy-config bootstrap",
        &[
            "sailctl pc bootstrap productpage-v1-5d9c8.bookinfo -o short",
            "sailctl pc b -f tests/fixtures/proxy-config/config_dump.json",
        ],
    ),
    (
        "proxy-config all",
        &[
            "sailctl pc all productpage-v1-5d9c8.bookinfo --with-headers",
            "sailctl pc all -f tests/fixtures/proxy-config/config_dump.json -o json",
        ],
    ),
    (
        "proxy-config log",
        &[
            "sailctl pc log productpage-v1-5d9c8.bookinfo",
            "sailctl pc log deploy/productpage -n bookinfo --level debug",
            "sailctl pc log -l app=reviews -n bookinfo --reset --level http:debug",
        ],
    ),
    (
        "dashboard kiali",
        &[
            "sailctl dashboard kiali",
            "sailctl dashboard kiali --browser=false -p 20001",
        ],
    ),
    ("dashboard prometheus", &["sailctl dashboard prometheus"]),
    (
        "dashboard grafana",
        &["sailctl dashboard grafana --browser=false"],
    ),
    ("dashboard jaeger", &["sailctl dashboard jaeger"]),
    ("dashboard zipkin", &["sailctl dashboard zipkin"]),
    ("dashboard skywalking", &["sailctl dashboard skywalking"]),
    (
        "dashboard envoy",
        &[
            "sailctl dashboard envoy productpage-v1-5d9c8.bookinfo",
            "sailctl dashboard envoy deploy/productpage -n bookinfo",
        ],
    ),
    (
        "dashboard controlz",
        &["sailctl dashboard controlz deployment/istiod.istio-system"],
    ),
    (
        "dashboard istiod-debug",
        &["sailctl dashboard istiod-debug --revision canary"],
    ),
    (
        "completion",
        &[
            "source <(COMPLETE=bash sailctl)     # dynamic: namespaces, pods, revisions",
            "sailctl completion bash > /etc/bash_completion.d/sailctl   # static script",
            "sailctl completion zsh > \"${fpath[1]}/_sailctl\"",
            "sailctl completion fish > ~/.config/fish/completions/sailctl.fish",
        ],
    ),
    (
        "install",
        &[
            "sailctl install --set profile=demo -y",
            "sailctl install -f tests/fixtures/install/small-pilot.yaml --diff",
            "sailctl install --set profile=minimal --revision canary -y",
        ],
    ),
    (
        "upgrade",
        &[
            "sailctl upgrade --diff                 # what the upgrade changes; writes nothing",
            "sailctl upgrade -y                     # in place, from the install record",
            "sailctl upgrade --revision canary -y   # a canary next to the running revision",
        ],
    ),
    (
        "uninstall",
        &[
            "sailctl uninstall --revision canary -y",
            "sailctl uninstall -y --purge",
            "sailctl uninstall --purge --dry-run",
        ],
    ),
    (
        "verify-install",
        &[
            "sailctl verify-install                      # what the last install recorded",
            "sailctl verify-install --revision canary",
            "sailctl verify-install --set profile=demo -o json",
        ],
    ),
    (
        "precheck",
        &[
            "sailctl precheck",
            "sailctl precheck --revision canary -o yaml",
        ],
    ),
    (
        "tag",
        &["sailctl tag list", "sailctl tag set prod --revision canary"],
    ),
    (
        "tag list",
        &["sailctl tag list", "sailctl tag list -o json"],
    ),
    (
        "tag set",
        &[
            "sailctl tag set prod --revision canary",
            "sailctl tag set default --revision canary --overwrite   # move injection to canary",
        ],
    ),
    (
        "tag generate",
        &["sailctl tag generate prod --revision canary > prod-tag.yaml"],
    ),
    (
        "tag remove",
        &["sailctl tag remove prod", "sailctl tag remove prod -y"],
    ),
    (
        "kube-inject",
        &[
            "sailctl kube-inject -f tests/fixtures/kube-inject/bookinfo.yaml            # the cluster's config, or sailctl's own",
            "sailctl kube-inject -f app.yaml -o app-injected.yaml -r canary",
            "sailctl kube-inject -f app.yaml --injectConfigFile inject-config.yaml --meshConfigFile mesh.yaml --valuesFile values.json",
            "kubectl get deploy -o yaml | sailctl kube-inject -f - | kubectl apply -f -",
        ],
    ),
    ("x", &["sailctl x precheck"]),
    (
        "x describe svc",
        &[
            "sailctl x describe svc reviews -n bookinfo",
            "sailctl x describe svc reviews.bookinfo -o json",
        ],
    ),
    (
        "ztunnel-config workload",
        &[
            "sailctl ztunnel-config workload -f tests/fixtures/ztunnel/config_dump.json",
            "sailctl zc workload --node node-a --workload-namespace shop",
        ],
    ),
    (
        "ztunnel-config service",
        &[
            "sailctl zc service -f tests/fixtures/ztunnel/config_dump.json --service-namespace shop",
            "sailctl zc svc -o json",
        ],
    ),
    (
        "ztunnel-config policy",
        &[
            "sailctl zc policy -f tests/fixtures/ztunnel/config_dump.json",
            "sailctl zc policy --policy-namespace shop",
        ],
    ),
    (
        "ztunnel-config certificate",
        &[
            "sailctl zc certificate --node node-a",
            "sailctl zc certs -f tests/fixtures/ztunnel/config_dump.json",
        ],
    ),
    (
        "ztunnel-config connections",
        &[
            "sailctl zc connections -f tests/fixtures/ztunnel/config_dump.json --direction outbound",
            "sailctl zc connections --node node-a --raw",
        ],
    ),
    (
        "ztunnel-config all",
        &[
            "sailctl zc all -f tests/fixtures/ztunnel/config_dump.json --with-headers",
            "sailctl zc all --node node-a -o json",
        ],
    ),
    (
        "ztunnel-config log",
        &[
            "sailctl zc log",
            "sailctl zc log --node node-a --level debug",
            "sailctl zc log -r",
        ],
    ),
    (
        "waypoint generate",
        &[
            "sailctl waypoint generate -n bookinfo --for service",
            "sailctl waypoint generate --name wp1 -r canary",
        ],
    ),
    (
        "waypoint apply",
        &[
            "sailctl waypoint apply -n bookinfo --enroll-namespace --wait",
            "sailctl waypoint apply -n bookinfo --name wp1 --for workload",
        ],
    ),
    (
        "waypoint list",
        &[
            "sailctl waypoint list -n bookinfo",
            "sailctl waypoint list -A",
        ],
    ),
    (
        "waypoint delete",
        &[
            "sailctl waypoint delete wp1 -n bookinfo",
            "sailctl waypoint delete --all -n bookinfo",
        ],
    ),
    (
        "waypoint status",
        &[
            "sailctl waypoint status -n bookinfo",
            "sailctl waypoint status -A --wait=false",
        ],
    ),
    (
        "x authz",
        &[
            "sailctl x authz check productpage-v1-6b746f74dc-9stvs -n bookinfo",
            "sailctl x authz check -f tests/fixtures/trace/sidecar.json",
        ],
    ),
    (
        "x describe",
        &[
            "sailctl x describe pod productpage-v1-6b746f74dc-9stvs.bookinfo",
            "sailctl x describe svc reviews -n bookinfo",
        ],
    ),
    (
        "x describe pod",
        &[
            "sailctl x describe pod productpage-v1-6b746f74dc-9stvs -n bookinfo",
            "sailctl x describe pod productpage-v1-6b746f74dc-9stvs.bookinfo -o json",
        ],
    ),
    (
        "x precheck",
        &["sailctl x precheck", "sailctl exp precheck -o json"],
    ),
];

/// The examples of a command path (`"proxy-config log"`), if the table has them.
pub fn examples(path: &str) -> Option<&'static [&'static str]> {
    EXAMPLES.iter().find(|(p, _)| *p == path).map(|(_, e)| *e)
}

fn attach(mut cmd: clap::Command, path: &str) -> clap::Command {
    if cmd.get_after_help().is_none()
        && let Some(lines) = examples(path)
    {
        let mut text = String::from("Examples:");
        for l in lines {
            text.push_str("\n  ");
            text.push_str(l);
        }
        cmd = cmd.after_help(text);
    }
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        let sub_path = if path.is_empty() {
            name.clone()
        } else {
            format!("{path} {name}")
        };
        cmd = cmd.mut_subcommand(&name, |s| attach(s, &sub_path));
    }
    cmd
}

/// The command line definition with every command's examples.
pub fn command() -> clap::Command {
    attach(Cli::command(), "")
}
