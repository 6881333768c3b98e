//! modeldex entry point: parse arguments, then run a command or the interactive browser.

use clap::Parser;
use modeldex::cli::args::Cli;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    modeldex::cli::run(cli)
}
