//! The interactive browser: terminal set-up, the event loop and restore.
//!
//! One loop, no tick: an input thread and a signal thread send into one channel; the main thread
//! blocks on it, turns keys into actions, lets [`App::update`] apply them and draws only when
//! something changed or the terminal was resized. Idle, modeldex writes nothing.

pub mod action;
pub mod ascii;
pub mod app;
pub mod keymap;
pub mod layout;
pub mod theme;
pub mod ui;

use crate::catalog::Catalog;
use crate::cli::args::GlobalOpts;
use anyhow::Context;
use app::App;
use crossterm::event::{self, Event as TermEvent, KeyEventKind};
use crossterm::terminal::{self, EnterAlternateScreen, LeaveAlternateScreen};
use crossterm::{cursor, execute};
use ratatui::backend::CrosstermBackend;
use ratatui::Terminal;
use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;
use std::sync::mpsc;
use theme::Theme;

/// What wakes the main loop.
#[derive(Debug)]
pub enum Event {
    /// A key press, resize or other terminal event.
    Input(TermEvent),
    /// The terminal can no longer be read (closed, or an I/O error).
    InputClosed,
    /// SIGINT, SIGTERM or SIGHUP arrived.
    Signal(i32),
}

/// Opens the interactive browser over the dataset `opts` selects; returns when the user quits.
pub fn main(opts: &GlobalOpts) -> ExitCode {
    let dataset = match crate::data::load::load(&opts.load_options()) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("modeldex: {e}");
            return ExitCode::from(2);
        }
    };
    if !io::stdout().is_terminal() {
        eprintln!(
            "modeldex: the interactive browser needs a terminal; for plain output use `modeldex list`"
        );
        return ExitCode::from(2);
    }
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let term = std::env::var("TERM").ok();
    let ascii = opts.ascii || ascii::is_ascii_terminal(term.as_deref());
    let theme = Theme::for_choice(opts.color, no_color).with_ascii(ascii);
    match run(Catalog::new(dataset), theme) {
        Ok(code) => code,
        Err(e) => {
            restore();
            eprintln!("modeldex: {e:#}");
            ExitCode::from(1)
        }
    }
}

/// Puts the terminal back as it was: raw mode off, main screen, cursor visible. Safe to call twice.
pub fn restore() {
    let _ = terminal::disable_raw_mode();
    let _ = execute!(io::stdout(), LeaveAlternateScreen, cursor::Show);
}

fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
}

/// Forwards SIGINT, SIGTERM and SIGHUP into the loop's channel.
fn spawn_signal_thread(tx: mpsc::Sender<Event>) -> anyhow::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP])
        .context("installing signal handlers")?;
    std::thread::Builder::new()
        .name("signals".into())
        .spawn(move || {
            for sig in signals.forever() {
                if tx.send(Event::Signal(sig)).is_err() {
                    break;
                }
            }
        })
        .context("starting the signal thread")?;
    Ok(())
}

/// Reads terminal events (blocking) into the loop's channel.
fn spawn_input_thread(tx: mpsc::Sender<Event>) -> anyhow::Result<()> {
    std::thread::Builder::new()
        .name("input".into())
        .spawn(move || loop {
            let ev = match event::read() {
                Ok(ev) => Event::Input(ev),
                Err(_) => Event::InputClosed,
            };
            let closed = matches!(ev, Event::InputClosed);
            if tx.send(ev).is_err() || closed {
                break;
            }
        })
        .context("starting the input thread")?;
    Ok(())
}

/// Turns one event into an action for `app`, if it means anything.
pub fn action_for(app: &App, ev: &TermEvent) -> Option<action::Action> {
    match ev {
        TermEvent::Key(key) if key.kind == KeyEventKind::Press => {
            keymap::lookup(app.keymap_mode(), keymap::Key::from_event(key)?)
        }
        TermEvent::Resize(w, h) => Some(action::Action::Resize(*w, *h)),
        _ => None,
    }
}

fn draw<W: Write>(terminal: &mut Terminal<CrosstermBackend<W>>, app: &App) -> io::Result<()> {
    // One synchronized update per frame: terminals that support it paint the frame at once.
    execute!(terminal.backend_mut(), terminal::BeginSynchronizedUpdate)?;
    terminal.draw(|frame| ui::render(app, frame))?;
    execute!(terminal.backend_mut(), terminal::EndSynchronizedUpdate)
}

fn run(catalog: Catalog, theme: Theme) -> anyhow::Result<ExitCode> {
    let (tx, rx) = mpsc::channel();
    spawn_signal_thread(tx.clone())?;
    install_panic_hook();
    terminal::enable_raw_mode().context("switching the terminal to raw mode")?;
    execute!(io::stdout(), EnterAlternateScreen).context("entering the alternate screen")?;
    let mut terminal = Terminal::new(CrosstermBackend::new(io::stdout()))?;
    let size = terminal.size()?;
    let mut app = App::new(catalog, theme, (size.width, size.height));
    spawn_input_thread(tx)?;
    draw(&mut terminal, &app)?;
    let code = loop {
        let Ok(ev) = rx.recv() else {
            break ExitCode::SUCCESS;
        };
        let redraw = match ev {
            Event::Signal(sig) => {
                // The shell convention: 128 + the signal number.
                break ExitCode::from(u8::try_from(128 + sig).unwrap_or(1));
            }
            Event::InputClosed => break ExitCode::from(1),
            Event::Input(ev) => {
                let resized = matches!(ev, TermEvent::Resize(..));
                let changed = action_for(&app, &ev).is_some_and(|a| app.update(a));
                changed || resized
            }
        };
        if app.quit {
            break ExitCode::SUCCESS;
        }
        if redraw {
            draw(&mut terminal, &app)?;
        }
    };
    restore();
    Ok(code)
}
