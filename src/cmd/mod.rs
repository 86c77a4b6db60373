//! One module per subcommand. Each reads its arguments, calls the domain modules and prints.

pub mod completion;
pub mod manifest;
pub mod profile;
pub mod validate;
pub mod version;

use crate::cli::Command;
use crate::context::Context;
use crate::exit::Exit;

/// Run the selected command.
pub fn dispatch(command: Command, ctx: &Context) -> anyhow::Result<Exit> {
    match command {
        Command::Validate(args) => validate::run(&args, ctx),
        Command::Manifest(args) => manifest::run(&args, ctx),
        Command::Profile(args) => profile::run(&args, ctx),
        Command::Version(args) => version::run(&args, ctx),
        Command::Completion(args) => completion::run(&args, ctx),
    }
}
