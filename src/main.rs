//! modeldex entry point: parse arguments, then run a command or the interactive browser.
//!
//! The only place that sees both front ends: it turns the parsed flags into plain options and
//! hands them to one of them.

use clap::FromArgMatches;
use modeldex::args::{self, Cli, GlobalOpts};
use modeldex::i18n::Lang;
use modeldex::{cli, startup, tui};
use std::process::ExitCode;

fn main() -> ExitCode {
    modeldex::without_huge_pages();
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let lang = args::lang_in_args(&args).unwrap_or_else(Lang::from_env);
    let parsed = match args::command_in(lang)
        .try_get_matches_from(&args)
        .and_then(|m| Cli::from_arg_matches(&m))
    {
        Ok(parsed) => parsed,
        Err(e) => return cli::parse_failed(&e, tui::terminal_width()),
    };
    let options = start_options(&parsed.global);
    match &parsed.command {
        Some(command) => exit_at_once(cli::run(command, &options, tui::terminal_width())),
        None => match startup::browser(&options) {
            Ok(start) => tui::main(start, browser_options(&parsed.global)),
            Err(e) => {
                cli::say(&e.to_string());
                ExitCode::from(cli::EXIT_ERROR)
            }
        },
    }
}

/// Ends the process with `code` once a command is done, without the allocator's clean-up at
/// exit: mimalloc would first hand back to the system, page by page, every block freed while
/// loading (some 200 MB after a 100,000-listing catalog), 25–35 ms of a 0.4 s command, when the
/// system takes the whole address space back at once anyway (see BENCHMARKS.md).
fn exit_at_once(code: ExitCode) -> ExitCode {
    use std::io::Write;
    // ExitCode keeps its number to itself.
    let Some(status) = (0..=u8::MAX).find(|&n| ExitCode::from(n) == code) else {
        return code;
    };
    // Everything a command prints has gone through stdout's buffer; stderr has none, and the
    // files a command writes are closed before it returns.
    if std::io::stdout().flush().is_err() {
        return code;
    }
    // SAFETY: `_exit` ends the process at once; no code of this process runs after it, so no
    // state can be observed half torn down.
    unsafe { libc::_exit(i32::from(status)) }
}

/// What start-up needs from the flags.
fn start_options(global: &GlobalOpts) -> startup::Options {
    startup::Options {
        load: global.load_options(),
        weights: global.weights.clone(),
        color: global.color,
        no_config: global.no_config,
        lang: global.lang.map(|l| l.lang()),
        ascii: global.ascii,
        benchmarks: global.benchmarks.clone(),
        verbose: global.verbose,
    }
}

/// What the browser needs from the flags.
fn browser_options(global: &GlobalOpts) -> tui::Options {
    tui::Options {
        mouse: !global.no_mouse,
        osc52: !global.no_osc52,
        ascii: global.ascii,
    }
}
