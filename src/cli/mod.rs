//! The non-interactive command line: one module per command family, output rendered to strings.
//!
//! Each command is a pure function from the catalog and its arguments to the text for stdout (or a
//! [`Failure`]); only [`run`] touches the streams, so a closed pipe or a full disk is handled once.

pub mod compare;
pub mod criteria;
pub mod entries;
pub mod entry;
mod frontier;
mod offers;
pub mod output;
pub mod show;
pub mod validate;

use crate::args::{Cli, ColorChoice, Command};
use crate::catalog::{Catalog, NotFound};
use crate::score::Weights;
use crate::startup;
use output::Style;
use std::io::IsTerminal;
use std::process::ExitCode;

/// Exit code when a query matched nothing.
pub const EXIT_NOT_FOUND: u8 = 1;
/// Exit code for a usage, data or output error (clap uses it for bad arguments too).
pub const EXIT_ERROR: u8 = crate::streams::EXIT_ERROR;

use crate::streams::emit;
pub use crate::streams::say;

/// Why a command produced no normal output.
#[derive(Debug)]
pub enum Failure {
    /// A query matched no entry (exit 1). `output` is still printed: an empty JSON array, a CSV
    /// header, so pipelines keep parsing.
    NotFound { message: String, output: String },
    /// `validate` found problems: `output` lists them on stdout (exit 2).
    Problems(String),
    /// Bad data or arguments the grammar could not reject (exit 2).
    Error(String),
}

impl From<NotFound> for Failure {
    fn from(e: NotFound) -> Self {
        let mut message = e.to_string();
        if e.suggestions.is_empty() {
            message.push_str(" (try `modeldex search` or `modeldex list`)");
        }
        Failure::NotFound {
            message,
            output: String::new(),
        }
    }
}

/// Runs `command` with the start-up `options`; `width` is the terminal's width when stdout is
/// one. Returns the process exit code.
pub fn run(command: &Command, options: &startup::Options, width: Option<u16>) -> ExitCode {
    crate::i18n::set(startup::command_language(options));
    let result = match command {
        Command::Validate(a) => validate::run(a),
        Command::Completions(a) => Ok(completions(a.shell)),
        _ => match startup::data_for(options) {
            Err(e) => Err(Failure::Error(e.to_string())),
            Ok((dataset, notes)) => {
                for line in &notes.lines {
                    say(line);
                }
                let catalog = Catalog::new(dataset);
                let result = match startup::weights(options.weights.as_deref(), &catalog.dataset) {
                    Err(e) => Err(Failure::Error(e.to_string())),
                    Ok(weights) => {
                        let style = detect_style(options.color, width);
                        dispatch(
                            &catalog,
                            command,
                            &weights.unwrap_or_default(),
                            &style,
                            options.ascii,
                        )
                    }
                };
                // Freeing a large catalog string by string takes longer than many commands do
                // (about 0.1 s for 100,000 entries); the process ends now and the system takes
                // the memory back at once.
                std::mem::forget(catalog);
                result
            }
        },
    };
    match result {
        Ok(text) => emit(&text, ExitCode::SUCCESS),
        Err(Failure::NotFound { message, output }) => {
            say(&message);
            emit(&output, ExitCode::from(EXIT_NOT_FOUND))
        }
        Err(Failure::Problems(output)) => emit(&output, ExitCode::from(EXIT_ERROR)),
        Err(Failure::Error(message)) => {
            say(&message);
            ExitCode::from(EXIT_ERROR)
        }
    }
}

/// What clap's refusal comes to. `--help` and `--version` are output like any command's (a closed
/// pipe or a full disk is handled by [`emit`]); a usage error goes to stderr with clap's status.
pub fn parse_failed(e: &clap::Error, width: Option<u16>) -> ExitCode {
    if e.use_stderr() {
        let _ = e.print();
        return ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(EXIT_ERROR));
    }
    let rendered = e.render();
    let text = if detect_style(ColorChoice::Auto, width).color {
        rendered.ansi().to_string()
    } else {
        rendered.to_string()
    };
    emit(&text, ExitCode::SUCCESS)
}

/// Runs a command that needs the catalog and returns what it prints.
pub fn dispatch(
    catalog: &Catalog,
    command: &Command,
    weights: &Weights,
    style: &Style,
    ascii: bool,
) -> Result<String, Failure> {
    match command {
        Command::Frontier(a) => frontier::run(catalog, a, weights, style, ascii),
        Command::List(a) => entries::list(catalog, a, weights, style),
        Command::Search(a) => entries::search(catalog, a, weights, style),
        Command::Show(a) => show::run(catalog, a, weights, style),
        Command::Compare(a) => compare::run(catalog, a, weights, style),
        Command::Criteria(a) => Ok(criteria::run(&catalog.dataset, a.format, style)),
        Command::Validate(_) | Command::Completions(_) => Ok(String::new()),
    }
}

/// The completion script for `shell`.
fn completions(shell: clap_complete::Shell) -> String {
    use clap::CommandFactory;
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "modeldex", &mut buf);
    String::from_utf8_lossy(&buf).into_owned()
}

/// The style for the real stdout: colour as the start-up decides; `COLUMNS` when set to a width
/// (as `ls` and `git` honour it), else the terminal's `width` (when stdout is one), else
/// [`Style::PIPE_WIDTH`].
fn detect_style(choice: ColorChoice, width: Option<u16>) -> Style {
    let is_terminal = std::io::stdout().is_terminal();
    let width = columns_width(std::env::var_os("COLUMNS").as_deref()).unwrap_or_else(|| {
        width
            .filter(|&w| is_terminal && w > 0)
            .map_or(Style::PIPE_WIDTH, usize::from)
    });
    Style {
        color: startup::colour_from_env(choice, is_terminal).enabled,
        width,
    }
}

/// The width `COLUMNS` asks for, when it is a positive number.
pub fn columns_width(value: Option<&std::ffi::OsStr>) -> Option<usize> {
    value?
        .to_str()?
        .trim()
        .parse::<usize>()
        .ok()
        .filter(|&w| w > 0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ffi::OsStr;

    #[test]
    fn columns_gives_the_width_when_it_is_a_number() {
        assert_eq!(columns_width(Some(OsStr::new("80"))), Some(80));
        assert_eq!(columns_width(Some(OsStr::new(" 60 "))), Some(60));
        for bad in ["", "0", "wide", "-5"] {
            assert_eq!(columns_width(Some(OsStr::new(bad))), None, "{bad:?}");
        }
        assert_eq!(columns_width(None), None);
    }
}
