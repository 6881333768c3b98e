//! The input thread: terminal events into the loop's channel, and a terminal that went away
//! noticed as one.
//!
//! crossterm's reader retries a failed read for ever: on a terminal whose other side closed (a
//! dropped SSH connection, a closed window) every read fails with EIO or returns nothing, and its
//! thread would spin without returning. So this thread waits on the terminal itself with poll(2)
//! and lets crossterm read only when there is something to read; a hang-up or an error ends the
//! thread with [`Event::InputClosed`]. A resize wakes the wait through a pipe that SIGWINCH
//! writes to, so crossterm can report it at once. No timeout anywhere: idle, nothing wakes.

use super::event_loop::Event;
use anyhow::Context;
use crossterm::event;
use std::io::{IsTerminal, Read};
use std::os::fd::{AsRawFd, OwnedFd, RawFd};
use std::os::unix::net::UnixStream;
use std::sync::mpsc::Sender;
use std::time::Duration;

/// What ended a wait.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Wake {
    /// Input is ready for crossterm.
    Input,
    /// The window was resized: crossterm has (or is about to have) a resize event.
    Resized,
    /// The terminal hung up or failed.
    Gone,
}

/// How long crossterm may take to report a resize after ours was noticed. Both pipes are written
/// by the same signal handler, crossterm's first, so it is normally there at once; the grace is
/// waited out only when crossterm has no resize to report.
const RESIZE_GRACE: Duration = Duration::from_millis(50);

/// The terminal crossterm reads from, and the pipe a resize writes to.
struct Watch {
    /// Standard input when it is the terminal, as crossterm does; else our own `/dev/tty`.
    tty: RawFd,
    /// Keeps an opened `/dev/tty` open.
    _opened: Option<OwnedFd>,
    resized: UnixStream,
}

impl Watch {
    fn new() -> anyhow::Result<Watch> {
        let (tty, opened) = if std::io::stdin().is_terminal() {
            (0, None)
        } else {
            let file = std::fs::File::open("/dev/tty").context("opening /dev/tty")?;
            let fd = OwnedFd::from(file);
            (fd.as_raw_fd(), Some(fd))
        };
        // crossterm's own SIGWINCH handler is installed with its reader, on first use: before ours,
        // so that its pipe is written first when a resize arrives.
        event::poll(Duration::ZERO).context("reading the terminal")?;
        let (resized, notifier) = UnixStream::pair().context("creating the resize pipe")?;
        resized.set_nonblocking(true)?;
        notifier.set_nonblocking(true)?;
        signal_hook::low_level::pipe::register(signal_hook::consts::SIGWINCH, notifier)
            .context("watching for resizes")?;
        Ok(Watch {
            tty,
            _opened: opened,
            resized,
        })
    }

    /// Blocks until the terminal has input, hangs up or fails, or the window is resized.
    fn wait(&mut self) -> Wake {
        let mut fds = [
            libc::pollfd {
                fd: self.tty,
                events: libc::POLLIN,
                revents: 0,
            },
            libc::pollfd {
                fd: self.resized.as_raw_fd(),
                events: libc::POLLIN,
                revents: 0,
            },
        ];
        loop {
            // SAFETY: `fds` is a valid array of two pollfd structures for the whole call.
            let n = unsafe { libc::poll(fds.as_mut_ptr(), 2, -1) };
            if n >= 0 {
                break;
            }
            if std::io::Error::last_os_error().kind() != std::io::ErrorKind::Interrupted {
                return Wake::Gone;
            }
        }
        if fds[0].revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0 {
            return Wake::Gone;
        }
        if fds[1].revents != 0 {
            let mut drain = [0u8; 64];
            while matches!(self.resized.read(&mut drain), Ok(n) if n > 0) {}
            return Wake::Resized;
        }
        Wake::Input
    }
}

/// Hands one event from crossterm over; `false` once the terminal failed or nobody listens.
fn forward_one(tx: &Sender<Event>) -> bool {
    event::read().is_ok_and(|ev| tx.send(Event::Input(ev)).is_ok())
}

/// Hands crossterm's events over until it has none ready, waiting up to `first` for the first.
/// Returns how many, or `None` once the terminal failed or nobody listens any more.
fn forward_ready(tx: &Sender<Event>, first: Duration) -> Option<usize> {
    let mut wait = first;
    let mut count = 0;
    loop {
        match event::poll(wait) {
            Ok(false) => return Some(count),
            Ok(true) => wait = Duration::ZERO,
            Err(_) => return None,
        }
        if !forward_one(tx) {
            return None;
        }
        count += 1;
    }
}

/// Reads terminal events into the loop's channel; a terminal that went away is reported once as
/// [`Event::InputClosed`] and ends the thread.
pub fn spawn_input_thread(tx: Sender<Event>) -> anyhow::Result<()> {
    let mut watch = Watch::new()?;
    std::thread::Builder::new()
        .name("input".into())
        .spawn(move || {
            // Whatever crossterm already holds first (a reply to a query at start-up).
            let mut wake = Wake::Resized;
            let mut first = Duration::ZERO;
            while let Some(count) = forward_ready(&tx, first) {
                // The terminal has input crossterm did not report (its readiness is
                // edge-triggered and can miss bytes that are already waiting): let it block on
                // the read instead of waking here again and again.
                if wake == Wake::Input && count == 0 && !forward_one(&tx) {
                    break;
                }
                wake = watch.wait();
                first = match wake {
                    Wake::Gone => break,
                    Wake::Input => Duration::ZERO,
                    Wake::Resized => RESIZE_GRACE,
                };
            }
            let _ = tx.send(Event::InputClosed);
        })
        .context("starting the input thread")?;
    Ok(())
}
