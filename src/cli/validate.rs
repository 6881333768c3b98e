//! `modeldex validate FILE`: checks a data file in any supported format and lists every problem.
//!
//! Problems go to standard output, one per line, as `FILE: /json/path: message` or
//! `FILE:line:column: message`; a valid file prints a one-line summary. Exit status 0 means valid,
//! 2 means problems (or an unreadable file).

use crate::args::ValidateArgs;
use crate::cli::Failure;
use crate::data::load::{read_limited, shown_path, ReadError, MAX_FILE_BYTES};
use crate::data::validate::{validate_bytes, Report};
use crate::i18n::{t, tf, Msg};

/// Runs `validate`: the summary of a valid file, or its problems as [`Failure::Problems`].
pub fn run(args: &ValidateArgs) -> Result<String, Failure> {
    let shown = shown_path(&args.file);
    let report = match read_limited(&args.file, MAX_FILE_BYTES) {
        Ok(bytes) => validate_bytes(&bytes, None),
        Err(ReadError::Io(e)) => return Err(Failure::Error(format!("{shown}: {e}"))),
        Err(ReadError::Refused(problem)) => Report {
            format: None,
            entries: 0,
            problems: vec![problem],
        },
    };
    let (text, valid) = render(&shown, &report);
    if valid {
        Ok(text)
    } else {
        Err(Failure::Problems(text))
    }
}

/// The report as printed: every problem on its own line, or the OK summary; and whether it is valid.
pub fn render(file: &str, report: &Report) -> (String, bool) {
    let format = report.format.map_or("unknown format", |f| f.describe());
    if report.problems.is_empty() {
        let entries = match report.entries {
            1 => t(Msg::OneEntry).to_string(),
            n => tf(Msg::Entries, &[("n", &n)]),
        };
        let ok = tf(
            Msg::ValidOk,
            &[
                ("file", &file),
                ("entries", &entries),
                ("format", &crate::i18n::values::word(format)),
            ],
        );
        return (format!("{ok}\n"), true);
    }
    let mut out = String::new();
    for p in &report.problems {
        out.push_str(&p.display_in(file));
        out.push('\n');
    }
    (out, false)
}
