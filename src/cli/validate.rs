//! `validate`: checks a data file. A minimal version (parse and report); the bring-your-own-data
//! work replaces it with full validation.

use super::args::ValidateArgs;
use super::{say, EXIT_ERROR};
use crate::data::Dataset;
use std::process::ExitCode;

/// `modeldex validate <FILE>`: exit 0 when the file parses as a dataset, 2 with the problem
/// (prefixed by the file name) on stderr otherwise.
pub fn run(args: &ValidateArgs) -> ExitCode {
    let shown = args.file.display();
    let text = match std::fs::read_to_string(&args.file) {
        Ok(t) => t,
        Err(e) => {
            say(&format!("{shown}: {e}"));
            return ExitCode::from(EXIT_ERROR);
        }
    };
    match Dataset::from_json_str(&text) {
        Ok(d) => {
            say(&format!("{shown}: valid ({} entries)", d.models.len()));
            ExitCode::SUCCESS
        }
        Err(e) => {
            say(&format!("{shown}: {e}"));
            ExitCode::from(EXIT_ERROR)
        }
    }
}
