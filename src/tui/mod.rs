//! The interactive browser: terminal set-up, the event loop and restore.
//!
//! One loop, no tick: an input thread and a signal thread send into one channel; the main thread
//! blocks on it, turns keys into actions, lets [`App::update`] apply them and draws only when
//! something changed or the terminal was resized. Idle, modeldex writes nothing.

pub mod action;
pub mod app;
pub mod ascii;
pub mod frame_writer;
pub mod keymap;
pub mod layout;
pub mod search_worker;
mod startup;
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
    /// The search thread ranked request `generation`: `hits` best first, and when they are only
    /// the best few, `matched` lists every match (the whole ranking follows).
    SearchDone {
        generation: u64,
        hits: Vec<usize>,
        matched: Option<Vec<usize>>,
    },
}

/// Opens the interactive browser over the dataset `opts` selects; returns when the user quits.
pub fn main(opts: &GlobalOpts) -> ExitCode {
    let options = opts.load_options();
    let notice = crate::cli::loading::Notice::show(options.path.as_deref());
    let loaded = crate::data::load::load(&options);
    drop(notice);
    let dataset = match loaded {
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
    let Some((start, save_to)) = startup::prepare(opts, &dataset) else {
        return ExitCode::from(2);
    };
    let options = RunOptions {
        mouse: !opts.no_mouse,
        osc52: !opts.no_osc52,
        theme_forced: no_color || opts.color != crate::cli::args::ColorChoice::Auto,
    };
    match run(Catalog::with_sort_keys(dataset), theme, options, start) {
        Ok((code, prefs)) => {
            if let Some(path) = save_to {
                if let Err(e) = crate::config::save(&path, &prefs) {
                    eprintln!("modeldex: preferences not saved: {e}");
                }
            }
            code
        }
        Err(e) => {
            restore();
            eprintln!("modeldex: {e:#}");
            ExitCode::from(1)
        }
    }
}

/// Terminal features chosen on the command line.
#[derive(Debug, Clone, Copy)]
struct RunOptions {
    mouse: bool,
    osc52: bool,
    /// `--color always|never` or `NO_COLOR` decided the theme; a saved theme must not override it.
    theme_forced: bool,
}

/// Asks for button presses and wheel notches in SGR encoding, and nothing else. crossterm's
/// `EnableMouseCapture` would also turn on any-motion tracking (mode 1003), which reports every cell
/// the pointer crosses: a flood over SSH.
const MOUSE_ON: &str = "\x1b[?1000h\x1b[?1006h";
/// Switches every mouse mode modeldex (or crossterm) could have turned on back off.
const MOUSE_OFF: &str = "\x1b[?1006l\x1b[?1003l\x1b[?1002l\x1b[?1000l";

/// Puts the terminal back as it was: mouse reporting off, raw mode off, main screen, cursor
/// visible. Safe to call twice.
pub fn restore() {
    let mut out = io::stdout();
    let _ = out.write_all(MOUSE_OFF.as_bytes());
    let _ = terminal::disable_raw_mode();
    let _ = execute!(out, LeaveAlternateScreen, cursor::Show);
}

/// Raw mode, alternate screen and (if wanted) mouse reporting: the state the browser draws in.
fn enter(mouse: bool) -> io::Result<()> {
    terminal::enable_raw_mode()?;
    let mut out = io::stdout();
    execute!(out, EnterAlternateScreen)?;
    if mouse {
        out.write_all(MOUSE_ON.as_bytes())?;
        out.flush()?;
    }
    Ok(())
}

/// Writes `text` to the terminal's clipboard with OSC 52 (works through SSH in most terminals).
fn copy_to_clipboard(text: &str) -> io::Result<()> {
    let mut out = io::stdout();
    write!(out, "\x1b]52;c;{}\x07", base64(text.as_bytes()))?;
    out.flush()
}

/// Standard base64 with padding, all OSC 52 needs.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |acc, (i, b)| acc | u32::from(*b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[(n >> (18 - 6 * i)) as usize & 63]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Ctrl-Z: hands the terminal back, stops until the shell resumes us, then takes it again.
fn suspend<W: Write>(terminal: &mut Terminal<CrosstermBackend<W>>, mouse: bool) -> io::Result<()> {
    restore();
    // Stops the process as the default SIGTSTP action would; returns after SIGCONT.
    let _ = signal_hook::low_level::emulate_default_handler(signal_hook::consts::SIGTSTP);
    enter(mouse)?;
    repaint_all(terminal)
}

/// A resize storm (a window being dragged) arrives as many events: only the last size is drawn.
/// Takes the events already queued; the newest resize among the leading run of resizes wins and
/// anything after it is kept, in order, for the loop.
fn coalesce_resizes(
    first: Event,
    rx: &mpsc::Receiver<Event>,
    backlog: &mut std::collections::VecDeque<Event>,
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

/// Clears the screen and forgets the last frame, so the next draw repaints every cell. (Unlike
/// `Terminal::clear`, this does not ask the terminal for the cursor position, an answer the input
/// thread would swallow.)
fn repaint_all<W: Write>(terminal: &mut Terminal<CrosstermBackend<W>>) -> io::Result<()> {
    let size = terminal.size()?;
    terminal.resize(ratatui::layout::Rect::new(0, 0, size.width, size.height))
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
    use signal_hook::consts::{SIGCONT, SIGHUP, SIGINT, SIGTERM, SIGTSTP};
    let mut signals =
        signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP, SIGTSTP, SIGCONT])
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
        TermEvent::Mouse(m) => {
            use crossterm::event::{MouseButton, MouseEventKind};
            let (column, row) = (m.column, m.row);
            match m.kind {
                MouseEventKind::ScrollDown => Some(action::Action::Wheel {
                    down: true,
                    column,
                    row,
                }),
                MouseEventKind::ScrollUp => Some(action::Action::Wheel {
                    down: false,
                    column,
                    row,
                }),
                MouseEventKind::Down(MouseButton::Left) => {
                    Some(action::Action::Click { column, row })
                }
                _ => None,
            }
        }
        _ => None,
    }
}

fn draw<W: Write>(terminal: &mut Terminal<CrosstermBackend<W>>, app: &App) -> io::Result<()> {
    // One synchronized update per frame: terminals that support it paint the frame at once.
    execute!(terminal.backend_mut(), terminal::BeginSynchronizedUpdate)?;
    terminal.draw(|frame| ui::render(app, frame))?;
    execute!(terminal.backend_mut(), terminal::EndSynchronizedUpdate)
}

fn run(
    catalog: Catalog,
    theme: Theme,
    options: RunOptions,
    start: startup::Start,
) -> anyhow::Result<(ExitCode, crate::config::Prefs)> {
    let (tx, rx) = mpsc::channel();
    spawn_signal_thread(tx.clone())?;
    install_panic_hook();
    enter(options.mouse).context("setting up the terminal (raw mode, alternate screen)")?;
    let writer = frame_writer::FrameWriter::new(io::stdout());
    let mut terminal = Terminal::new(CrosstermBackend::new(writer))?;
    let size = terminal.size()?;
    let mut app = App::new(catalog, theme, (size.width, size.height));
    app.osc52 = options.osc52;
    app.theme_forced = options.theme_forced;
    if let Some(prefs) = start.prefs {
        app.apply_prefs(prefs);
    }
    if let Some(weights) = start.weights {
        app.weights = weights;
        app.relist();
    }
    if let Some(w) = start.warning {
        app.status = Some(w);
    }
    // Started on the first background search: small catalogs never need it.
    let mut searcher: Option<search_worker::SearchWorker> = None;
    let search_events = tx.clone();
    // A search the last update asked for, sent once its frame is drawn.
    let mut search: Option<search_worker::Request> = None;
    spawn_input_thread(tx)?;
    draw(&mut terminal, &app)?;
    // Events already taken off the channel but not handled yet (see `coalesce_resizes`).
    let mut backlog = std::collections::VecDeque::new();
    let code = loop {
        let Some(mut ev) = backlog.pop_front().or_else(|| rx.recv().ok()) else {
            break ExitCode::SUCCESS;
        };
        if matches!(ev, Event::Input(TermEvent::Resize(..))) {
            ev = coalesce_resizes(ev, &rx, &mut backlog);
        }
        let redraw = match ev {
            Event::Signal(signal_hook::consts::SIGTSTP) => {
                suspend(&mut terminal, options.mouse)?;
                true
            }
            Event::Signal(signal_hook::consts::SIGCONT) => {
                // Resumed after a stop we did not arrange (SIGSTOP): repaint everything.
                enter(options.mouse)?;
                repaint_all(&mut terminal)?;
                true
            }
            Event::Signal(sig) => {
                // The shell convention: 128 + the signal number.
                break ExitCode::from(u8::try_from(128 + sig).unwrap_or(1));
            }
            Event::InputClosed => break ExitCode::from(1),
            Event::SearchDone {
                generation,
                hits,
                matched,
            } => app.update(action::Action::SearchResults {
                generation,
                hits,
                matched,
            }),
            Event::Input(ev) => {
                let resized = matches!(ev, TermEvent::Resize(..));
                if resized {
                    // The terminal may have reflowed or cleared the screen even when the size ends
                    // up as it was: repaint every cell, once.
                    repaint_all(&mut terminal)?;
                }
                let changed = action_for(&app, &ev).is_some_and(|a| app.update(a));
                let mut repaint = false;
                for effect in std::mem::take(&mut app.effects) {
                    match effect {
                        app::Effect::Copy(text) => copy_to_clipboard(&text)?,
                        app::Effect::Suspend => {
                            suspend(&mut terminal, options.mouse)?;
                            repaint = true;
                        }
                        app::Effect::Search {
                            generation,
                            query,
                            candidates,
                        } => {
                            search = Some(search_worker::Request {
                                generation,
                                query,
                                candidates,
                            });
                        }
                        app::Effect::Export {
                            path,
                            text,
                            overwrite,
                        } => {
                            let outcome = app::export::write_export(&path, &text, overwrite);
                            repaint |= app.update(action::Action::Exported(outcome));
                        }
                    }
                }
                changed || resized || repaint
            }
        };
        if app.quit {
            break ExitCode::SUCCESS;
        }
        if redraw {
            draw(&mut terminal, &app)?;
        }
        // Only now, with the keystroke echoed: the search's threads would compete with the draw
        // for the cores.
        if let Some(request) = search.take() {
            if searcher.is_none() {
                let index = app.catalog.index.clone();
                let worker = search_worker::SearchWorker::spawn(index, search_events.clone())
                    .context("starting the search thread")?;
                searcher = Some(worker);
            }
            if let Some(worker) = &searcher {
                worker.request(request);
            }
        }
    };
    restore();
    Ok((code, app.prefs()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_the_standard_alphabet_and_padding() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"gpt-4o"), "Z3B0LTRv");
        assert_eq!(base64("通".as_bytes()), "6YCa");
    }

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
        let mut backlog = std::collections::VecDeque::new();
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
    fn mouse_reporting_never_asks_for_motion() {
        assert!(!MOUSE_ON.contains("1003") && !MOUSE_ON.contains("1002"));
        assert!(MOUSE_OFF.contains("?1000l") && MOUSE_OFF.contains("?1006l"));
    }
}
