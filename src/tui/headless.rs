//! The real event loop without a terminal: a script of events in, the screen and the effects out.
//!
//! Tests drive the browser exactly as a user would (the same loop, keymap, update and drawing)
//! on ratatui's `TestBackend`; effects are recorded instead of performed.

use super::action::ExportOutcome;
use super::app::{App, Effect};
use super::capped::Capped;
use super::event_loop::{self, Event, Exit, Host};
use super::search_worker::Request;
use crate::config::Prefs;
use crossterm::event::{Event as TermEvent, KeyCode, KeyEvent, KeyModifiers};
use ratatui::backend::{Backend, TestBackend};
use ratatui::buffer::Buffer;
use ratatui::Terminal;
use std::path::{Path, PathBuf};
use std::sync::mpsc;

/// What a headless run ended with.
pub struct Run {
    /// The state after the last event.
    pub app: App,
    /// Why the loop ended ([`Exit::EventsEnded`] when the script ran out).
    pub exit: Exit,
    /// The preferences the loop handed back to be saved.
    pub prefs: Prefs,
    /// The last frame drawn.
    pub screen: Buffer,
    /// How many frames were drawn, the first included.
    pub frames: usize,
    /// The effects the loop performed, in order (searches included).
    pub effects: Vec<Effect>,
}

impl Run {
    /// The last frame as lines of text (a wide character leaves a blank cell after it).
    pub fn text(&self) -> Vec<String> {
        let area = self.screen.area;
        (0..area.height)
            .map(|y| {
                (0..area.width)
                    .map(|x| self.screen[(x, y)].symbol())
                    .collect()
            })
            .collect()
    }
}

/// Records effects; every export "succeeds" unless told to answer otherwise.
struct Recorder {
    effects: Vec<Effect>,
    frames: usize,
    export_outcome: ExportOutcome,
}

impl<B: Backend> Host<B> for Recorder {
    fn draw(&mut self, terminal: &mut Terminal<B>, app: &App) -> Result<(), B::Error> {
        self.frames += 1;
        terminal
            .draw(|frame| super::ui::render(app, frame))
            .map(|_| ())
    }

    fn suspend(&mut self, _: &mut Terminal<B>) -> Result<(), B::Error> {
        self.effects.push(Effect::Suspend);
        Ok(())
    }

    fn resume(&mut self, _: &mut Terminal<B>) -> Result<(), B::Error> {
        Ok(())
    }

    fn copy(&mut self, text: &str) -> Result<(), B::Error> {
        self.effects.push(Effect::Copy(text.to_string()));
        Ok(())
    }

    fn export(&mut self, path: &Path, text: &str, overwrite: bool) -> ExportOutcome {
        self.effects.push(Effect::Export {
            path: PathBuf::from(path),
            text: text.to_string(),
            overwrite,
        });
        self.export_outcome
    }

    fn search(&mut self, request: Request, _: &App) {
        self.effects.push(Effect::Search {
            generation: request.generation,
            query: request.query,
            candidates: request.candidates,
        });
    }
}

/// Runs `events` through the loop over `app` on a `TestBackend` of the app's size.
pub fn run(app: App, events: impl IntoIterator<Item = Event>) -> Run {
    run_with(app, events, ExportOutcome::Written)
}

/// Like [`run`], answering every export with `export_outcome`.
pub fn run_with(
    app: App,
    events: impl IntoIterator<Item = Event>,
    export_outcome: ExportOutcome,
) -> Run {
    let (w, h) = app.size();
    let terminal = Terminal::new(TestBackend::new(w, h)).expect("a test terminal");
    let (app, exit, prefs, terminal, host) = drive(terminal, app, events, export_outcome);
    Run {
        app,
        exit,
        prefs,
        screen: terminal.backend().buffer().clone(),
        frames: host.frames,
        effects: host.effects,
    }
}

/// What a run on a backend of the caller's ended with.
pub struct RunOn<B: Backend> {
    /// The state after the last event.
    pub app: App,
    /// Why the loop ended.
    pub exit: Exit,
    /// The terminal, with the backend and ratatui's buffers as the last frame left them.
    pub terminal: Terminal<Capped<B>>,
    /// How many frames were drawn.
    pub frames: usize,
}

/// Runs `events` through the loop over `app` on `backend` behind the browser's [`Capped`]
/// ceiling, as the real terminal is: for backends that report sizes a `TestBackend` could not
/// hold.
pub fn run_on<B: Backend>(
    backend: B,
    app: App,
    events: impl IntoIterator<Item = Event>,
) -> RunOn<B> {
    let terminal = Terminal::new(Capped(backend)).expect("a test terminal");
    let (app, exit, _, terminal, host) = drive(terminal, app, events, ExportOutcome::Written);
    RunOn {
        app,
        exit,
        terminal,
        frames: host.frames,
    }
}

/// The loop over `terminal` with the events queued up front and effects recorded.
fn drive<B: Backend>(
    mut terminal: Terminal<B>,
    mut app: App,
    events: impl IntoIterator<Item = Event>,
    export_outcome: ExportOutcome,
) -> (App, Exit, Prefs, Terminal<B>, Recorder) {
    let (tx, rx) = mpsc::channel();
    for ev in events {
        // The receiver is alive: sending cannot fail.
        let _ = tx.send(ev);
    }
    drop(tx);
    let mut host = Recorder {
        effects: Vec::new(),
        frames: 0,
        export_outcome,
    };
    let outcome = event_loop::run(&mut terminal, &mut app, &rx, &mut host);
    (app, outcome.exit, outcome.prefs, terminal, host)
}

/// A key press event (for `Ctrl-x` pass `KeyModifiers::CONTROL`).
pub fn key(code: KeyCode, modifiers: KeyModifiers) -> Event {
    Event::Input(TermEvent::Key(KeyEvent::new(code, modifiers)))
}

/// The key presses that type `text`.
pub fn typed(text: &str) -> Vec<Event> {
    text.chars()
        .map(|c| key(KeyCode::Char(c), KeyModifiers::NONE))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Catalog;
    use crate::data::Dataset;
    use crate::tui::theme::Theme;

    const FIXTURE: &str = include_str!("../../tests/fixtures/models.json");

    fn app(size: (u16, u16)) -> App {
        let dataset = Dataset::from_json_str(FIXTURE).expect("fixture parses");
        App::new(Catalog::new(dataset), Theme::monochrome(), size)
    }

    fn plain(c: char) -> Event {
        key(KeyCode::Char(c), KeyModifiers::NONE)
    }

    #[test]
    fn a_script_of_keys_ends_on_the_screen_it_leads_to() {
        let mut script = vec![plain('/')];
        script.extend(typed("bloom"));
        script.push(key(KeyCode::Enter, KeyModifiers::NONE));
        let run = run(app((80, 24)), script);
        assert_eq!(run.exit, Exit::EventsEnded);
        let screen = run.text().join("\n");
        assert!(screen.contains("/ bloom"), "{screen}");
        assert!(screen.contains("BLOOM"), "{screen}");
        assert_eq!(run.app.query(), "bloom");
        assert_eq!(run.frames, 1 + 7, "the first frame, then one per keystroke");
    }

    #[test]
    fn keys_that_change_nothing_draw_nothing() {
        // `k` on the first entry and an unbound key: no redraw.
        let run = run(app((80, 24)), vec![plain('k'), plain('Z')]);
        assert_eq!(run.frames, 1);
    }

    #[test]
    fn quitting_hands_back_the_preferences_with_the_marks() {
        let script = vec![plain(' '), plain('q')];
        let run = run(app((80, 24)), script);
        assert_eq!(run.exit, Exit::Quit);
        let first = run.app.catalog().models()[0].id.clone();
        assert_eq!(run.prefs.marks, [first]);
    }

    #[test]
    fn an_export_is_performed_by_the_loop_and_reported_back() {
        let script = vec![
            plain(' '),
            key(KeyCode::Down, KeyModifiers::NONE),
            plain(' '),
            plain('c'),
            plain('e'),
            key(KeyCode::Enter, KeyModifiers::NONE),
        ];
        let run = run(app((120, 40)), script);
        let [Effect::Export {
            text, overwrite, ..
        }] = run.effects.as_slice()
        else {
            panic!("one export: {:?}", run.effects);
        };
        assert!(text.starts_with("| ") && !overwrite, "{text}");
        assert!(
            run.app.overlay().is_none(),
            "the prompt closed once written"
        );
        assert!(run.text().join("\n").contains("Wrote the comparison to"));
    }

    #[test]
    fn a_lost_terminal_ends_the_loop_like_a_hang_up_with_the_preferences() {
        let script = vec![plain(' '), Event::InputClosed, plain('j')];
        let run = run(app((80, 24)), script);
        assert_eq!(run.exit, Exit::TerminalLost);
        assert_eq!(run.exit.code(), std::process::ExitCode::from(129));
        assert_eq!(run.prefs.marks.len(), 1, "the mark survives");
        assert_eq!(run.app.selected(), 0, "nothing after the loss is handled");
    }

    #[test]
    fn a_signal_ends_the_loop_with_its_number() {
        let run = run(
            app((80, 24)),
            vec![Event::Signal(event_loop::signal::SIGQUIT)],
        );
        assert_eq!(run.exit, Exit::Signal(event_loop::signal::SIGQUIT));
        assert_eq!(run.exit.code(), std::process::ExitCode::from(131));
    }
}
