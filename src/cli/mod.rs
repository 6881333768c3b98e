//! The non-interactive command line: one module per command family, output rendered to strings.

pub mod args;
pub mod validate;

/// `--version` text: the program version and the embedded dataset's version and date.
pub const VERSION_LINE: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (dataset ",
    env!("MODELDEX_DATASET"),
    ")"
);

use args::{Cli, Command};
use std::process::ExitCode;

/// Runs the parsed command line and returns the process exit code.
pub fn run(cli: Cli) -> ExitCode {
    match cli.command {
        None => crate::tui::main(&cli.global),
        Some(Command::Validate(a)) => validate::run(&a),
        Some(Command::Completions(_)) | Some(_) => {
            eprintln!("modeldex: not implemented yet");
            ExitCode::from(2)
        }
    }
}
