//! modeldex entry point: parse arguments, then run a command or the interactive browser.

use clap::Parser;
use modeldex::cli::args::Cli;
use std::process::ExitCode;

fn main() -> ExitCode {
    match Cli::try_parse() {
        Ok(cli) => modeldex::cli::run(cli),
        Err(e) => modeldex::cli::parse_failed(&e),
    }
}
