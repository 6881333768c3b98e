//! The real terminal: raw mode and the alternate screen in and out, the signal thread, and the
//! [`Host`] that performs effects on a crossterm backend.

use super::action::ExportOutcome;
use super::app::App;
use super::event_loop::{signal, Event, Host};
use super::frame_writer::FrameWriter;
use super::search_worker::{Request, SearchWorker};
use super::ui;
use anyhow::Context;
use crossterm::terminal::{self, EnterAlternateScreen, LeaveAlternateScreen};
use crossterm::{cursor, execute};
use ratatui::backend::CrosstermBackend;
use ratatui::Terminal;
use std::io::{self, Stdout, Write};
use std::path::Path;
use std::sync::mpsc;

/// The backend the browser draws on: crossterm over a writer that sends each frame in one go,
/// within the drawn area's ceiling.
pub type Backend = super::capped::Capped<CrosstermBackend<FrameWriter<Stdout>>>;

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
pub fn enter(mouse: bool) -> io::Result<()> {
    terminal::enable_raw_mode()?;
    let mut out = io::stdout();
    execute!(out, EnterAlternateScreen)?;
    if mouse {
        out.write_all(MOUSE_ON.as_bytes())?;
        out.flush()?;
    }
    Ok(())
}

/// Restores the terminal before the default panic message is printed.
pub fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
}

/// Forwards the signals the loop handles into its channel.
pub fn spawn_signal_thread(tx: mpsc::Sender<Event>) -> anyhow::Result<()> {
    use signal::{SIGCONT, SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP};
    let mut signals =
        signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP, SIGCONT])
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

/// Performs effects on the real terminal and the file system.
pub struct RealHost {
    /// Whether mouse reporting is on (it is switched back on after a suspend).
    pub mouse: bool,
    /// Where the search thread sends its answers.
    pub events: mpsc::Sender<Event>,
    /// Started on the first background search: small catalogs never need it.
    pub searcher: Option<SearchWorker>,
    /// Frames drawn so far.
    pub frames: usize,
    /// Tests only: panic instead of drawing this frame (see [`PANIC_AT_FRAME`]).
    pub panic_at_frame: Option<usize>,
}

/// In debug builds only, `MODELDEX_TEST_PANIC_AT_FRAME=N` makes the browser panic instead of
/// drawing its Nth frame: how the tests prove that a panic restores the terminal. Release builds
/// ignore it.
pub const PANIC_AT_FRAME: &str = "MODELDEX_TEST_PANIC_AT_FRAME";

/// The frame [`PANIC_AT_FRAME`] asks to panic at, in a debug build.
pub fn panic_at_frame() -> Option<usize> {
    if !cfg!(debug_assertions) {
        return None;
    }
    std::env::var(PANIC_AT_FRAME).ok()?.parse().ok()
}

impl Host<Backend> for RealHost {
    fn draw(&mut self, terminal: &mut Terminal<Backend>, app: &App) -> io::Result<()> {
        self.frames += 1;
        assert!(
            self.panic_at_frame != Some(self.frames),
            "{PANIC_AT_FRAME} asked for a panic at frame {}",
            self.frames
        );
        // One synchronized update per frame: terminals that support it paint the frame at once.
        execute!(terminal.backend_mut(), terminal::BeginSynchronizedUpdate)?;
        terminal.draw(|frame| ui::render(app, frame))?;
        execute!(terminal.backend_mut(), terminal::EndSynchronizedUpdate)
    }

    fn suspend(&mut self, terminal: &mut Terminal<Backend>) -> io::Result<()> {
        restore();
        // Stops the process as the default SIGTSTP action would; returns after SIGCONT.
        let _ = signal_hook::low_level::emulate_default_handler(signal::SIGTSTP);
        enter(self.mouse)?;
        self.repaint_all(terminal)
    }

    fn resume(&mut self, terminal: &mut Terminal<Backend>) -> io::Result<()> {
        enter(self.mouse)?;
        self.repaint_all(terminal)
    }

    /// OSC 52, which works through SSH in most terminals.
    fn copy(&mut self, text: &str) -> io::Result<()> {
        let mut out = io::stdout();
        write!(out, "\x1b]52;c;{}\x07", base64(text.as_bytes()))?;
        out.flush()
    }

    fn export(&mut self, path: &Path, text: &str, overwrite: bool) -> ExportOutcome {
        super::app::export::write_export(path, text, overwrite)
    }

    fn search(&mut self, request: Request, app: &App) {
        if self.searcher.is_none() {
            let index = app.catalog().index.clone();
            // Without the thread the list keeps its last answer; the status shows "searching".
            self.searcher = SearchWorker::spawn(index, self.events.clone()).ok();
        }
        if let Some(worker) = &self.searcher {
            worker.request(request);
        }
    }
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
    fn mouse_reporting_never_asks_for_motion() {
        assert!(!MOUSE_ON.contains("1003") && !MOUSE_ON.contains("1002"));
        assert!(MOUSE_OFF.contains("?1000l") && MOUSE_OFF.contains("?1006l"));
    }
}
