//! The interactive browser: terminal set-up, [the loop](event_loop) and restore.
//!
//! One loop, no tick: an input thread and a signal thread send into one channel; the main thread
//! blocks on it, turns keys into actions, lets [`App::update`] apply them and draws only when
//! something changed or the terminal was resized. Idle, modeldex writes nothing.

pub mod action;
pub mod app;
pub mod ascii;
pub mod capped;
pub mod doc;
pub mod event_loop;
pub mod frame_writer;
pub mod headless;
mod input;
pub mod keymap;
pub mod layout;
pub mod measure;
pub mod search_worker;
pub mod terminal;
pub mod text;
pub mod theme;
pub mod ui;

use crate::catalog::Catalog;
use crate::startup;
use crate::streams::say;
use anyhow::Context;
use app::{App, AppOptions};
use ratatui::backend::CrosstermBackend;
use ratatui::Terminal;
use std::io::{self, IsTerminal};
use std::process::ExitCode;
use std::sync::mpsc;
use theme::Theme;

pub use event_loop::Event;

/// Terminal features chosen on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// Wheel scrolling and click-to-select (`--no-mouse` leaves the mouse to the terminal).
    pub mouse: bool,
    /// `y` copies with OSC 52 (`--no-osc52` turns it off).
    pub osc52: bool,
    /// `--ascii`: plain ASCII borders, bars and symbols (also chosen for TERM=linux and the like).
    pub ascii: bool,
}

/// The width of the terminal on stdout, when stdout is one.
pub fn terminal_width() -> Option<u16> {
    // crossterm asks /dev/tty, which answers even when stdout is a pipe: only ask for a terminal.
    if !io::stdout().is_terminal() {
        return None;
    }
    crossterm::terminal::size().ok().map(|(w, _)| w)
}

/// Opens the interactive browser over what start-up prepared; returns when the user quits.
pub fn main(start: startup::Browser, options: Options) -> ExitCode {
    if !io::stdout().is_terminal() {
        say(crate::i18n::t(crate::i18n::Msg::NeedsTerminal));
        return ExitCode::from(2);
    }
    let term = std::env::var("TERM").ok();
    let ascii = options.ascii || ascii::is_ascii_terminal(term.as_deref());
    let theme = Theme::for_colour(start.colour.enabled).with_ascii(ascii);
    let store = start.preferences.store.clone();
    match run(start, theme, options) {
        Ok(outcome) => {
            if let Some(store) = store {
                if let Err(e) = store.save(&outcome.prefs) {
                    say(&crate::i18n::tf(
                        crate::i18n::Msg::PrefsNotSaved,
                        &[("why", &e)],
                    ));
                }
            }
            outcome.exit.code()
        }
        Err(e) => {
            terminal::restore();
            say(&format!("{e:#}"));
            ExitCode::from(1)
        }
    }
}

/// The app as start-up describes it, for a terminal of `size`.
fn initial_app(start: startup::Browser, theme: Theme, options: Options, size: (u16, u16)) -> App {
    let startup::Browser {
        dataset,
        weights,
        colour,
        preferences,
        load,
    } = start;
    let mut app =
        App::new(Catalog::with_sort_keys(dataset), theme, size).with_options(AppOptions {
            osc52: options.osc52,
            theme_forced: colour.forced,
            ..AppOptions::default()
        });
    if let Some(prefs) = preferences.prefs {
        app = app.with_prefs(prefs);
    }
    if let Some(weights) = weights {
        app = app.with_weights(weights);
    }
    if let Some(warning) = preferences.warning {
        app = app.with_notice(warning);
    }
    app.with_load_notes(load.summary, load.lines, load.problems)
}

/// Sets the terminal up, runs the loop and restores the terminal.
fn run(
    start: startup::Browser,
    theme: Theme,
    options: Options,
) -> anyhow::Result<event_loop::Outcome> {
    let (tx, rx) = mpsc::channel();
    terminal::spawn_signal_thread(tx.clone())?;
    terminal::install_panic_hook();
    terminal::enter(options.mouse)
        .context("setting up the terminal (raw mode, alternate screen)")?;
    let writer = frame_writer::FrameWriter::new(io::stdout());
    let mut terminal = Terminal::new(capped::Capped(CrosstermBackend::new(writer)))?;
    let size = terminal.size()?;
    let mut app = initial_app(start, theme, options, (size.width, size.height));
    let mut host = terminal::RealHost {
        mouse: options.mouse,
        events: tx.clone(),
        searcher: None,
        frames: 0,
        panic_at_frame: terminal::panic_at_frame(),
    };
    input::spawn_input_thread(tx)?;
    let outcome = event_loop::run(&mut terminal, &mut app, &rx, &mut host);
    terminal::restore();
    // ratatui's `Terminal` shows a hidden cursor when dropped and prints to stderr if it cannot:
    // on a terminal that went away that print would panic. Show it here; if even that fails the
    // terminal is gone, and the `Terminal` is left undropped (the process ends next).
    if terminal.show_cursor().is_err() {
        std::mem::forget(terminal);
    }
    Ok(outcome)
}
