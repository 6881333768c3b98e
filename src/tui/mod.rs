//! The interactive browser: terminal set-up, the event loop and restore.

use crate::cli::args::GlobalOpts;
use std::process::ExitCode;

/// Opens the interactive browser; returns when the user quits.
pub fn main(_opts: &GlobalOpts) -> ExitCode {
    eprintln!("modeldex: interactive browser not implemented yet");
    ExitCode::from(2)
}
