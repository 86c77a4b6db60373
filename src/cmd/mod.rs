//! One module per subcommand. Each reads its arguments, calls the domain modules and prints.

pub mod analyze;
pub mod analyze_live;
pub mod analyze_remote;
pub mod authz;
pub mod bug_report;
pub mod complete;
pub mod completion;
pub mod dashboard;
pub mod describe;
pub mod examples;
pub mod install;
pub mod kube_inject;
pub mod manifest;
pub mod precheck;
pub mod profile;
pub mod proxy_config;
pub mod proxy_status;
pub mod proxy_status_live;
pub mod rootca;
pub mod selector;
pub mod tag;
pub mod trace;
pub mod uninstall;
pub mod upgrade;
pub mod validate;
pub mod verify_install;
pub mod version;
pub mod waypoint;
pub mod ztunnel_config;

use crate::cli::Command;
use crate::context::Context;
use crate::exit::Exit;

/// Run the selected command.
pub fn dispatch(command: Command, ctx: &Context) -> anyhow::Result<Exit> {
    match command {
        Command::Analyze(args) => analyze::run(&args, ctx),
        Command::Validate(args) => validate::run(&args, ctx),
        Command::Manifest(args) => manifest::run(&args, ctx),
        Command::Profile(args) => profile::run(&args, ctx),
        Command::Version(args) => version::run(&args, ctx),
        Command::ProxyConfig(args) => proxy_config::run(&args, ctx),
        Command::ProxyStatus(args) => proxy_status::run(&args, ctx),
        Command::Dashboard(args) => dashboard::run(&args, ctx),
        Command::Completion(args) => completion::run(&args, ctx),
        Command::Install(args) => install::run(&args, ctx),
        Command::Upgrade(args) => upgrade::run(&args, ctx),
        Command::Uninstall(args) => uninstall::run(&args, ctx),
        Command::VerifyInstall(args) => verify_install::run(&args, ctx),
        Command::Precheck(args) => precheck::run(&args, ctx),
        Command::Tag(args) => tag::run(&args, ctx),
        Command::KubeInject(args) => kube_inject::run(&args, ctx),
        Command::X(args) => precheck::run_x(&args, ctx),
        Command::ZtunnelConfig(args) => ztunnel_config::run(&args, ctx),
        Command::Waypoint(args) => waypoint::run(&args, ctx),
        Command::BugReport(args) => bug_report::run(&args, ctx),
    }
}
