//! `sailctl tag list|set|generate|remove`: revision tags, as istioctl models them. A tag is an
//! injection webhook `istio-revision-tag-<tag>` (and a Service `istiod-revision-tag-<tag>`;
//! for `default`, also the validating webhook `istiod-default-validator`) that points at a
//! control-plane revision, so namespaces labelled `istio.io/rev=<tag>` follow the tag when it
//! moves from one revision to the next (canary upgrades).

use std::io::Write;

use kube::api::{Api, DeleteParams, DynamicObject};
use serde_json::Value;

use crate::cluster::{self, Cluster, Selector};
use crate::context::Context;
use crate::exit::{Exit, UsageError};
use crate::install::apply::{api_for, apply_one};
use crate::install::tag::{DEFAULT_TAG, TAG_LABEL, tag_objects};
use crate::output::table::Table;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub command: TagCommand,
}

#[derive(Debug, clap::Subcommand)]
pub enum TagCommand {
    /// List the revision tags, the revision each points at and the namespaces using it.
    #[command(visible_alias = "show")]
    List(ListArgs),
    /// Create or move a revision tag to point at a revision.
    Set(SetArgs),
    /// Print the objects `tag set` would apply, without touching the cluster.
    Generate(SetArgs),
    /// Remove a revision tag.
    Remove(RemoveArgs),
}

#[derive(Debug, clap::Args)]
pub struct ListArgs {
    /// Output format.
    #[arg(short, long, value_parser = ["table", "json", "yaml"], default_value = "table")]
    pub output: String,
}

#[derive(Debug, clap::Args)]
pub struct SetArgs {
    /// The tag (a DNS label: `prod`, `stable`, `default`).
    #[arg(value_name = "TAG")]
    pub tag: String,
    /// The control-plane revision the tag points at (`default` for the unrevisioned one).
    #[arg(short = 'r', long, value_name = "REVISION", required = true)]
    pub revision: String,
    /// Move a tag that already exists (otherwise an existing tag is an error).
    #[arg(long)]
    pub overwrite: bool,
    /// Do not ask for confirmation.
    #[arg(short = 'y', long = "skip-confirmation")]
    pub skip_confirmation: bool,
    /// With the `default` tag, inject every namespace without an injection label.
    #[arg(long = "auto-inject-namespaces")]
    pub auto_inject_namespaces: bool,
}

#[derive(Debug, clap::Args)]
pub struct RemoveArgs {
    /// The tag to remove.
    #[arg(value_name = "TAG")]
    pub tag: String,
    /// Remove it even when namespaces still use it, without asking.
    #[arg(short = 'y', long = "skip-confirmation")]
    pub skip_confirmation: bool,
}

pub fn run(args: &Args, ctx: &Context) -> anyhow::Result<Exit> {
    match &args.command {
        TagCommand::List(a) => list(a, ctx),
        TagCommand::Set(a) => set(a, ctx, false),
        TagCommand::Generate(a) => set(a, ctx, true),
        TagCommand::Remove(a) => remove(a, ctx),
    }
}

const MWC: (&str, &str) = (
    "admissionregistration.k8s.io/v1",
    "MutatingWebhookConfiguration",
);
const VWC: (&str, &str) = (
    "admissionregistration.k8s.io/v1",
    "ValidatingWebhookConfiguration",
);

/// Objects of a kind matching a label selector, as JSON.
fn list_of(
    cluster: &Cluster,
    (api_version, kind): (&str, &str),
    namespace: Option<&str>,
    selector: &str,
) -> anyhow::Result<Vec<Value>> {
    let found = cluster::block_on(async {
        let api: Api<DynamicObject> = api_for(cluster, api_version, kind, namespace).await?;
        cluster
            .list_all(
                &api,
                &Selector::labels(selector),
                &format!("{kind}s ({selector})"),
            )
            .await
    })?;
    Ok(found
        .into_iter()
        .filter_map(|o| serde_json::to_value(o).ok())
        .collect())
}

fn name_of(v: &Value) -> String {
    v["metadata"]["name"]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

fn label<'a>(v: &'a Value, key: &str) -> &'a str {
    v["metadata"]["labels"][key].as_str().unwrap_or_default()
}

/// Namespaces labelled `istio.io/rev=<tag>`.
fn namespaces_using(cluster: &Cluster, tag: &str) -> anyhow::Result<Vec<String>> {
    Ok(list_of(
        cluster,
        ("v1", "Namespace"),
        None,
        &format!("istio.io/rev={tag}"),
    )?
    .iter()
    .map(name_of)
    .collect())
}

fn list(args: &ListArgs, ctx: &Context) -> anyhow::Result<Exit> {
    let cluster = ctx.cluster()?;
    let webhooks = list_of(cluster, MWC, None, TAG_LABEL)?;
    let mut rows = Vec::new();
    for wh in &webhooks {
        let tag = label(wh, TAG_LABEL).to_string();
        let revision = label(wh, "istio.io/rev").to_string();
        let namespaces = namespaces_using(cluster, &tag)?;
        rows.push((tag, revision, namespaces));
    }
    rows.sort();
    rows.dedup();
    let mut out = std::io::stdout().lock();
    match args.output.as_str() {
        "json" | "yaml" => {
            let doc: Vec<Value> = rows
                .iter()
                .map(|(t, r, n)| serde_json::json!({"tag": t, "revision": r, "namespaces": n}))
                .collect();
            let doc = Value::Array(doc);
            if args.output == "yaml" {
                out.write_all(crate::output::yaml::to_string(&doc).as_bytes())?;
            } else {
                crate::output::write_json(&mut out, &doc)?;
            }
        }
        _ if rows.is_empty() => writeln!(out, "No Istio revision tags found.")?,
        _ => {
            let mut table = Table::with_header(3, &["TAG", "REVISION", "NAMESPACES"]);
            for (t, r, n) in &rows {
                table.row(vec![t.clone(), r.clone(), n.join(",")]);
            }
            out.write_all(table.render().as_bytes())?;
        }
    }
    out.flush()?;
    Ok(Exit::Ok)
}

/// The revision's own injection webhook (labelled with the revision, not a tag).
fn canonical_injector(cluster: &Cluster, revision: &str) -> anyhow::Result<Value> {
    let selector = format!("app=sidecar-injector,istio.io/rev={revision},!{TAG_LABEL}");
    let mut found = list_of(cluster, MWC, None, &selector)?;
    match found.len() {
        0 => Err(anyhow::anyhow!(
            "cannot modify tag: cannot find a MutatingWebhookConfiguration of revision {revision:?} (is it installed? see `sailctl version`)"
        )),
        1 => Ok(found.swap_remove(0)),
        _ => Err(anyhow::anyhow!(
            "cannot modify tag: revision {revision:?} has {} injection webhooks ({}); remove the extra ones",
            found.len(),
            found.iter().map(name_of).collect::<Vec<_>>().join(", ")
        )),
    }
}

/// A Kubernetes DNS label (RFC 1123): what a tag or revision name must be.
fn is_dns_label(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 63
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}

fn set(args: &SetArgs, ctx: &Context, generate: bool) -> anyhow::Result<Exit> {
    let tag = args.tag.as_str();
    if !is_dns_label(tag) {
        return Err(UsageError::error(format!(
            "tag {tag:?}: a tag must be a DNS label (lower-case letters, digits and '-', at most 63)"
        )));
    }
    let cluster = ctx.cluster()?;
    let ns = ctx.istio_namespace();
    let canonical = canonical_injector(cluster, &args.revision)?;
    if !generate && !args.overwrite {
        let existing = list_of(cluster, MWC, None, &format!("{TAG_LABEL}={tag}"))?;
        if let Some(e) = existing.first() {
            return Err(UsageError::error(format!(
                "revision tag {tag:?} already exists, pointing at revision {:?}: pass --overwrite to move it",
                label(e, "istio.io/rev")
            )));
        }
        if tag != DEFAULT_TAG {
            let clash = list_of(
                cluster,
                MWC,
                None,
                &format!("istio.io/rev={tag},!{TAG_LABEL}"),
            )?;
            if !clash.is_empty() {
                return Err(UsageError::error(format!(
                    "cannot create tag {tag:?}: a revision of that name exists (pass --overwrite to proceed anyway)"
                )));
            }
        }
    }
    let revision = if args.revision == DEFAULT_TAG {
        ""
    } else {
        args.revision.as_str()
    };
    let objects = tag_objects(&canonical, tag, revision, ns, args.auto_inject_namespaces);
    let mut out = std::io::stdout().lock();
    if generate {
        for (i, o) in objects.iter().enumerate() {
            if i > 0 {
                out.write_all(b"---\n")?;
            }
            out.write_all(crate::output::yaml::to_string(o).as_bytes())?;
        }
        out.flush()?;
        return Ok(Exit::Ok);
    }
    for o in &objects {
        cluster::block_on(apply_one(cluster, o, false))?;
    }
    writeln!(
        out,
        "Revision tag {tag:?} created, referencing control plane revision {:?}. To enable injection using this\nrevision tag, use 'kubectl label namespace <NAMESPACE> istio.io/rev={tag}'",
        args.revision
    )?;
    Ok(Exit::Ok)
}

fn remove(args: &RemoveArgs, ctx: &Context) -> anyhow::Result<Exit> {
    let tag = args.tag.as_str();
    let cluster = ctx.cluster()?;
    let ns = ctx.istio_namespace();
    let sel = format!("{TAG_LABEL}={tag}");
    let webhooks = list_of(cluster, MWC, None, &sel)?;
    let services = list_of(cluster, ("v1", "Service"), Some(ns), &sel)?;
    if webhooks.is_empty() && services.is_empty() {
        return Err(UsageError::error(format!(
            "cannot remove tag {tag:?}: no MutatingWebhookConfiguration or Service carries {sel}"
        )));
    }
    let using = namespaces_using(cluster, tag)?;
    if !using.is_empty() && !args.skip_confirmation {
        let prompt = format!(
            "There are still namespaces pointing to tag {tag:?}: {}. Pods there will not be injected after it is removed. Proceed?",
            using.join(", ")
        );
        if !super::install::confirm(&prompt, "remove the tag")? {
            eprintln!("Aborting operation.");
            return Ok(Exit::Failure);
        }
    }
    let validators = list_of(cluster, VWC, None, &sel)?;
    let doomed: Vec<((&str, &str), Option<&str>, String)> = webhooks
        .iter()
        .map(|w| (MWC, None, name_of(w)))
        .chain(validators.iter().map(|w| (VWC, None, name_of(w))))
        .chain(
            services
                .iter()
                .map(|s| (("v1", "Service"), Some(ns), name_of(s))),
        )
        .collect();
    for ((av, kind), namespace, name) in doomed {
        cluster::block_on(async {
            let api: Api<DynamicObject> = api_for(cluster, av, kind, namespace).await?;
            cluster
                .call(
                    &format!("deleting {kind} {name}"),
                    api.delete(&name, &DeleteParams::default()),
                )
                .await
        })?;
    }
    writeln!(std::io::stdout().lock(), "Revision tag {tag} removed")?;
    Ok(Exit::Ok)
}
