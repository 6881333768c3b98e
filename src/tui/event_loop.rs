//! The loop, generic over ratatui's [`Backend`]: event → action → update → effects → draw.
//!
//! One loop, no tick: it blocks on one channel that the input, signal and search threads feed,
//! and draws only after a change or a resize. What touches the world outside the state (the
//! clipboard, files, the search thread, suspending) is an [`Effect`] value that a [`Host`]
//! performs, so the same loop runs on the real terminal and headless on `TestBackend` in tests.

use super::action::{Action, ExportOutcome};
use super::app::{App, Effect};
use super::keymap;
use super::search_worker::Request;
use super::ui;
use crate::config::Prefs;
use crossterm::event::{Event as TermEvent, KeyEventKind, MouseButton, MouseEventKind};
use ratatui::backend::Backend;
use ratatui::Terminal;
use std::collections::VecDeque;
use std::path::Path;
use std::process::ExitCode;
use std::sync::mpsc;

/// What wakes the loop.
#[derive(Debug)]
pub enum Event {
    /// A key press, resize or other terminal event.
    Input(TermEvent),
    /// The terminal can no longer be read (closed, or an I/O error).
    InputClosed,
    /// A signal arrived (SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP or SIGCONT).
    Signal(i32),
    /// The search thread ranked request `generation`: `hits` best first, and when they are only
    /// the best few, `matched` lists every match (the whole ranking follows). The first `shown`
    /// hits are the strong ones, those the list shows.
    SearchDone {
        generation: u64,
        hits: Vec<usize>,
        shown: usize,
        matched: Option<Vec<usize>>,
    },
}

/// Why the loop ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// The user quit.
    Quit,
    /// Every event source is gone (the end of a headless script).
    EventsEnded,
    /// A signal asked modeldex to end.
    Signal(i32),
    /// The terminal went away: reading or writing it failed. Ends as a hang-up would.
    TerminalLost,
}

impl Exit {
    /// The process exit status: 0 for a quit, 128 + the signal number for a signal (the shell's
    /// convention), and 129 (as for SIGHUP) when the terminal went away.
    pub fn code(self) -> ExitCode {
        match self {
            Exit::Quit | Exit::EventsEnded => ExitCode::SUCCESS,
            Exit::Signal(sig) => ExitCode::from(u8::try_from(128 + sig).unwrap_or(1)),
            Exit::TerminalLost => ExitCode::from(129),
        }
    }
}

/// How the loop ended and what to save.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub exit: Exit,
    /// The preferences in force at the end, for the caller to save.
    pub prefs: Prefs,
}

/// Signals the loop understands, by number (the same on every Unix modeldex supports).
pub mod signal {
    pub use signal_hook::consts::{SIGCONT, SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP};
}

/// The world around the loop: what performs effects and how a frame reaches the terminal.
/// A failed terminal operation ends the loop as [`Exit::TerminalLost`].
pub trait Host<B: Backend> {
    /// Draws one frame of `app`.
    fn draw(&mut self, terminal: &mut Terminal<B>, app: &App) -> Result<(), B::Error> {
        terminal.draw(|frame| ui::render(app, frame)).map(|_| ())
    }

    /// Forgets the last frame, so the next draw repaints every cell.
    fn repaint_all(&mut self, terminal: &mut Terminal<B>) -> Result<(), B::Error> {
        let size = terminal.size()?;
        terminal.resize(ratatui::layout::Rect::new(0, 0, size.width, size.height))
    }

    /// Hands the terminal back and stops until resumed (Ctrl-Z, SIGTSTP).
    fn suspend(&mut self, terminal: &mut Terminal<B>) -> Result<(), B::Error>;

    /// Takes the terminal again after a stop modeldex did not arrange (SIGCONT).
    fn resume(&mut self, terminal: &mut Terminal<B>) -> Result<(), B::Error>;

    /// Puts `text` on the clipboard.
    fn copy(&mut self, text: &str) -> Result<(), B::Error>;

    /// Writes an export file.
    fn export(&mut self, path: &Path, text: &str, overwrite: bool) -> ExportOutcome;

    /// Sends a ranking request to the search thread (starting it on first use).
    fn search(&mut self, request: Request, app: &App);
}

/// Turns one terminal event into an action for `app`, if it means anything.
pub fn action_for(app: &App, ev: &TermEvent) -> Option<Action> {
    match ev {
        TermEvent::Key(key) if key.kind == KeyEventKind::Press => {
            keymap::lookup(app.keymap_section(), keymap::Key::from_event(key)?)
        }
        TermEvent::Resize(w, h) => Some(Action::Resize(*w, *h)),
        TermEvent::Mouse(m) => {
            let (column, row) = (m.column, m.row);
            match m.kind {
                MouseEventKind::ScrollDown => Some(Action::Wheel {
                    down: true,
                    column,
                    row,
                }),
                MouseEventKind::ScrollUp => Some(Action::Wheel {
                    down: false,
                    column,
                    row,
                }),
                MouseEventKind::Down(MouseButton::Left) => Some(Action::Click { column, row }),
                _ => None,
            }
        }
        _ => None,
    }
}

/// A resize storm (a window being dragged) arrives as many events: only the last size is drawn.
/// Takes the events already queued; the newest resize among the leading run of resizes wins and
/// anything after it is kept, in order, for the loop.
pub fn coalesce_resizes(
    first: Event,
    rx: &mpsc::Receiver<Event>,
    backlog: &mut VecDeque<Event>,
) -> Event {
    let mut latest = first;
    backlog.extend(rx.try_iter());
    while matches!(backlog.front(), Some(Event::Input(TermEvent::Resize(..)))) {
        if let Some(next) = backlog.pop_front() {
            latest = next;
        }
    }
    latest
}

/// What one event led to.
enum Step {
    /// Go on; redraw when set.
    Continue {
        redraw: bool,
    },
    Exit(Exit),
}

/// Runs the loop until the user quits, a signal ends it, the terminal goes away or the events
/// end. Draws the first frame itself.
pub fn run<B: Backend, H: Host<B>>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    rx: &mpsc::Receiver<Event>,
    host: &mut H,
) -> Outcome {
    let exit = drive(terminal, app, rx, host);
    Outcome {
        exit,
        prefs: app.prefs(),
    }
}

fn drive<B: Backend, H: Host<B>>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    rx: &mpsc::Receiver<Event>,
    host: &mut H,
) -> Exit {
    if host.draw(terminal, app).is_err() {
        return Exit::TerminalLost;
    }
    // Events already taken off the channel but not handled yet (see `coalesce_resizes`).
    let mut backlog = VecDeque::new();
    loop {
        let Some(mut ev) = backlog.pop_front().or_else(|| rx.recv().ok()) else {
            return Exit::EventsEnded;
        };
        if matches!(ev, Event::Input(TermEvent::Resize(..))) {
            ev = coalesce_resizes(ev, rx, &mut backlog);
        }
        // A search the update asked for, sent once its frame is drawn.
        let mut search = None;
        let redraw = match step(terminal, app, host, ev, &mut search) {
            Ok(Step::Continue { redraw }) => redraw,
            Ok(Step::Exit(exit)) => return exit,
            Err(_) => return Exit::TerminalLost,
        };
        if app.should_quit() {
            return Exit::Quit;
        }
        if redraw && host.draw(terminal, app).is_err() {
            return Exit::TerminalLost;
        }
        // Only now, with the keystroke echoed: the search's threads would compete with the draw
        // for the cores.
        if let Some(request) = search {
            host.search(request, app);
        }
    }
}

/// Handles one event: the action it means, the update, then the effects the update asked for.
fn step<B: Backend, H: Host<B>>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    host: &mut H,
    ev: Event,
    search: &mut Option<Request>,
) -> Result<Step, B::Error> {
    let mut redraw = match ev {
        Event::Signal(signal::SIGTSTP) => {
            host.suspend(terminal)?;
            true
        }
        Event::Signal(signal::SIGCONT) => {
            // Resumed after a stop we did not arrange (SIGSTOP): repaint everything.
            host.resume(terminal)?;
            true
        }
        Event::Signal(sig) => return Ok(Step::Exit(Exit::Signal(sig))),
        Event::InputClosed => return Ok(Step::Exit(Exit::TerminalLost)),
        Event::SearchDone {
            generation,
            hits,
            shown,
            matched,
        } => app.update(Action::SearchResults {
            generation,
            hits,
            shown,
            matched,
        }),
        Event::Input(ev) => {
            let resized = matches!(ev, TermEvent::Resize(..));
            if resized {
                // The terminal may have reflowed or cleared the screen even when the size ends
                // up as it was: repaint every cell, once.
                host.repaint_all(terminal)?;
            }
            let changed = action_for(app, &ev).is_some_and(|a| app.update(a));
            changed || resized
        }
    };
    for effect in app.take_effects() {
        match effect {
            Effect::Copy(text) => host.copy(&text)?,
            Effect::Suspend => {
                host.suspend(terminal)?;
                redraw = true;
            }
            Effect::Search {
                generation,
                query,
                candidates,
            } => {
                *search = Some(Request {
                    generation,
                    query,
                    candidates,
                });
            }
            Effect::Export {
                path,
                text,
                overwrite,
            } => {
                let outcome = host.export(&path, &text, overwrite);
                redraw |= app.update(Action::Exported(outcome));
            }
        }
    }
    Ok(Step::Continue { redraw })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_resize_storm_collapses_to_its_last_size_and_keeps_later_events() {
        use crossterm::event::{KeyCode, KeyEvent};
        let resize = |w, h| Event::Input(TermEvent::Resize(w, h));
        let (tx, rx) = mpsc::channel();
        for (w, h) in [(90, 30), (100, 31), (120, 40)] {
            tx.send(resize(w, h)).unwrap();
        }
        tx.send(Event::Input(TermEvent::Key(KeyEvent::from(KeyCode::Char(
            'j',
        )))))
        .unwrap();
        tx.send(resize(80, 24)).unwrap();
        let mut backlog = VecDeque::new();
        let last = coalesce_resizes(resize(85, 25), &rx, &mut backlog);
        assert!(matches!(last, Event::Input(TermEvent::Resize(120, 40))));
        assert_eq!(
            backlog.len(),
            2,
            "the key and the resize after it wait their turn"
        );
        assert!(matches!(backlog[0], Event::Input(TermEvent::Key(_))));
    }

    #[test]
    fn exit_codes_follow_the_shell_convention() {
        assert_eq!(Exit::Quit.code(), ExitCode::SUCCESS);
        assert_eq!(Exit::Signal(signal::SIGTERM).code(), ExitCode::from(143));
        assert_eq!(Exit::TerminalLost.code(), ExitCode::from(129));
    }
}
