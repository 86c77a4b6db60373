//! Dynamic shell completion (clap_complete's engine): the shell asks the binary itself
//! (`COMPLETE=bash sailctl -- sailctl ...`), so values come from the cluster and the binary's
//! own data: namespaces (`-n`), pods (`[<type>/]<name>[.<namespace>]` arguments), install
//! profiles, and control-plane revisions and tags.
//!
//! Cluster lookups use the default kubeconfig resolution (`$KUBECONFIG`, `~/.kube/config`)
//! with short timeouts; a cluster that cannot be reached completes nothing (a completion must
//! never hang the shell or print errors into it).

use std::time::Duration;

use clap_complete::engine::{ArgValueCandidates, CompletionCandidate};

use crate::cluster::{self, Cluster, ConnectOptions, Selector};

fn connect() -> Option<Cluster> {
    let opts = ConnectOptions {
        connect_timeout: Duration::from_secs(2),
        request_timeout: Duration::from_secs(3),
        ..ConnectOptions::default()
    };
    cluster::connect_blocking(&opts).ok()
}

fn names(mut v: Vec<String>) -> Vec<CompletionCandidate> {
    v.sort();
    v.dedup();
    v.into_iter().map(CompletionCandidate::new).collect()
}

/// Namespaces of the cluster.
pub fn namespaces() -> Vec<CompletionCandidate> {
    let Some(c) = connect() else {
        return Vec::new();
    };
    let list = cluster::block_on(async {
        let api = crate::install::apply::api_for(&c, "v1", "Namespace", None).await?;
        c.list_all(&api, &Selector::all(), "namespaces").await
    });
    names(
        list.unwrap_or_default()
            .into_iter()
            .filter_map(|n| n.metadata.name)
            .collect(),
    )
}

/// Running pods, as `name.namespace` (what the pod arguments take).
pub fn pods() -> Vec<CompletionCandidate> {
    let Some(c) = connect() else {
        return Vec::new();
    };
    let list = cluster::block_on(async {
        let api = crate::install::apply::api_for(&c, "v1", "Pod", None).await?;
        c.list_all(&api, &Selector::all(), "pods").await
    });
    names(
        list.unwrap_or_default()
            .into_iter()
            .filter_map(|p| Some(format!("{}.{}", p.metadata.name?, p.metadata.namespace?)))
            .collect(),
    )
}

/// The built-in install profiles.
pub fn profiles() -> Vec<CompletionCandidate> {
    names(
        crate::install::profiles::Source::Builtin
            .names()
            .unwrap_or_default(),
    )
}

/// Revisions and tags with an injection webhook in the cluster (`istio.io/rev` values).
pub fn revisions() -> Vec<CompletionCandidate> {
    let Some(c) = connect() else {
        return Vec::new();
    };
    let list = cluster::block_on(async {
        let api = crate::install::apply::api_for(
            &c,
            "admissionregistration.k8s.io/v1",
            "MutatingWebhookConfiguration",
            None,
        )
        .await?;
        c.list_all(
            &api,
            &Selector::labels("istio.io/rev"),
            "injection webhooks",
        )
        .await
    });
    names(
        list.unwrap_or_default()
            .into_iter()
            .flat_map(|w| {
                let labels = w.metadata.labels.unwrap_or_default();
                ["istio.io/rev", crate::install::tag::TAG_LABEL]
                    .into_iter()
                    .filter_map(|k| labels.get(k).cloned())
                    .collect::<Vec<_>>()
            })
            .collect(),
    )
}

/// Attach the completers to the arguments that take these values, anywhere in the tree.
pub fn attach(mut cmd: clap::Command) -> clap::Command {
    let ids: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    let is_pod_cmd = matches!(
        cmd.get_name(),
        "cluster"
            | "listener"
            | "route"
            | "endpoint"
            | "eds"
            | "secret"
            | "ecds"
            | "bootstrap"
            | "all"
            | "log"
            | "proxy-status"
            | "envoy"
    );
    for id in ids {
        let completer = match id.as_str() {
            "namespace" | "istio_namespace" => Some(ArgValueCandidates::new(namespaces)),
            "pod" if is_pod_cmd => Some(ArgValueCandidates::new(pods)),
            "profile" | "a" | "b" if matches!(cmd.get_name(), "dump" | "diff" | "analyze") => {
                Some(ArgValueCandidates::new(profiles))
            }
            "revision" => Some(ArgValueCandidates::new(revisions)),
            _ => None,
        };
        if let Some(c) = completer {
            cmd = cmd.mut_arg(&id, |a| a.add(c));
        }
    }
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for s in subs {
        cmd = cmd.mut_subcommand(&s, attach);
    }
    cmd
}
