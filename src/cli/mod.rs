//! The non-interactive command line: one module per command family, output rendered to strings.
//!
//! Each command is a pure function from the catalog and its arguments to the text for stdout (or a
//! [`Failure`]); only [`run`] touches the streams, so a closed pipe or a full disk is handled once.

pub mod args;
pub mod compare;
pub mod criteria;
pub mod entries;
pub mod entry;
pub mod loading;
pub mod output;
pub mod show;
pub mod validate;

/// `--version` text: the program version and the embedded dataset's version and date.
pub const VERSION_LINE: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (dataset ",
    env!("MODELDEX_DATASET"),
    ")"
);

use crate::catalog::{Catalog, NotFound};
use crate::score::Weights;
use args::{Cli, ColorChoice, Command, GlobalOpts};
use output::Style;
use std::io::{IsTerminal, Write};
use std::process::ExitCode;

/// Exit code when a query matched nothing.
pub const EXIT_NOT_FOUND: u8 = 1;
/// Exit code for a usage or data error (clap uses it for bad arguments too).
pub const EXIT_ERROR: u8 = 2;

/// Why a command produced no normal output.
#[derive(Debug)]
pub enum Failure {
    /// A query matched no entry (exit 1). `output` is still printed: an empty JSON array, a CSV
    /// header, so pipelines keep parsing.
    NotFound { message: String, output: String },
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

/// Runs the parsed command line and returns the process exit code.
pub fn run(cli: Cli) -> ExitCode {
    let Some(command) = cli.command else {
        return crate::tui::main(&cli.global);
    };
    let result = match &command {
        Command::Validate(a) => return validate::run(a),
        Command::Completions(a) => Ok(completions(a.shell)),
        _ => match load(&cli.global) {
            Err(message) => Err(Failure::Error(message)),
            Ok(catalog) => {
                let result = match parse_weights(&cli.global, &catalog) {
                    Err(message) => Err(Failure::Error(message)),
                    Ok(weights) => {
                        let style = detect_style(cli.global.color);
                        dispatch(&catalog, &command, &weights, &style)
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
        Err(Failure::Error(message)) => {
            say(&message);
            ExitCode::from(EXIT_ERROR)
        }
    }
}

/// Runs a command that needs the catalog and returns what it prints.
pub fn dispatch(
    catalog: &Catalog,
    command: &Command,
    weights: &Weights,
    style: &Style,
) -> Result<String, Failure> {
    match command {
        Command::List(a) => entries::list(catalog, a, weights, style),
        Command::Search(a) => entries::search(catalog, a, weights, style),
        Command::Show(a) => show::run(catalog, a, weights, style),
        Command::Compare(a) => compare::run(catalog, a, weights, style),
        Command::Criteria(a) => Ok(criteria::run(&catalog.dataset, a.format, style)),
        Command::Validate(_) | Command::Completions(_) => Ok(String::new()),
    }
}

/// Loads the dataset the global options name; the message says which file and what is wrong.
fn load(global: &GlobalOpts) -> Result<Catalog, String> {
    let options = global.load_options();
    let notice = loading::Notice::show(options.path.as_deref());
    let loaded = crate::data::load::load_reporting(&options);
    drop(notice);
    let loaded = loaded.map_err(|e| format!("cannot load data: {e}"))?;
    if let Some(path) = &options.path {
        let shown = crate::data::load::shown_path(path);
        let report = &loaded.report;
        for line in [report.notice(&shown), report.replaced_notice(&shown)]
            .into_iter()
            .flatten()
        {
            say(&line);
        }
    }
    Ok(Catalog::new(loaded.dataset))
}

/// The weights `--weights` names, or the balanced default.
fn parse_weights(global: &GlobalOpts, catalog: &Catalog) -> Result<Weights, String> {
    match &global.weights {
        None => Ok(Weights::default()),
        Some(spec) => crate::weights::parse(spec, &catalog.dataset)
            .map_err(|e| format!("invalid --weights {spec:?}: {e}")),
    }
}

/// The completion script for `shell`.
fn completions(shell: clap_complete::Shell) -> String {
    use clap::CommandFactory;
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "modeldex", &mut buf);
    String::from_utf8_lossy(&buf).into_owned()
}

/// Whether to colour: `always` and `never` decide; `auto` colours only a terminal and only when
/// `NO_COLOR` is unset or empty (<https://no-color.org>).
pub fn use_color(
    choice: ColorChoice,
    is_terminal: bool,
    no_color: Option<&std::ffi::OsStr>,
) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => is_terminal && !matches!(no_color, Some(v) if !v.is_empty()),
    }
}

/// The style for the real stdout: the terminal's width, or [`Style::PIPE_WIDTH`] when piped.
fn detect_style(choice: ColorChoice) -> Style {
    let is_terminal = std::io::stdout().is_terminal();
    // crossterm asks /dev/tty, which answers even when stdout is a pipe: only ask for a terminal.
    let width = if is_terminal {
        crossterm::terminal::size()
            .ok()
            .map(|(w, _)| usize::from(w))
            .filter(|&w| w > 0)
            .unwrap_or(Style::PIPE_WIDTH)
    } else {
        Style::PIPE_WIDTH
    };
    let no_color = std::env::var_os("NO_COLOR");
    Style {
        color: use_color(choice, is_terminal, no_color.as_deref()),
        width,
    }
}

/// Writes `text` to stdout. A reader that went away (`modeldex list | head -1`) is not an error.
fn emit(text: &str, code: ExitCode) -> ExitCode {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => code,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => code,
        Err(e) => {
            say(&format!("cannot write output: {e}"));
            ExitCode::from(EXIT_ERROR)
        }
    }
}

/// A message on stderr; never panics, even when stderr is closed.
pub fn say(message: &str) {
    let _ = writeln!(std::io::stderr().lock(), "modeldex: {message}");
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ffi::OsStr;

    #[test]
    fn colour_follows_flag_terminal_and_no_color() {
        let set = Some(OsStr::new("1"));
        let empty = Some(OsStr::new(""));
        assert!(use_color(ColorChoice::Auto, true, None));
        assert!(use_color(ColorChoice::Auto, true, empty));
        assert!(!use_color(ColorChoice::Auto, true, set));
        assert!(!use_color(ColorChoice::Auto, false, None));
        assert!(!use_color(ColorChoice::Never, true, None));
        assert!(use_color(ColorChoice::Always, false, set));
    }
}
