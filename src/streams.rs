//! The one way modeldex writes to stdout and stderr, so that every command (and `--help`) treats
//! a closed pipe and a failing disk alike.
//!
//! A reader that went away (`modeldex list | head -n1`, `| true`) is not an error: the rest of the
//! output is dropped and the command ends with the status it would have had. Any other write
//! error (`> /dev/full`) is: it is reported on stderr and the status is [`EXIT_ERROR`]. Messages on
//! stderr never panic, even when stderr itself cannot be written.

use std::io::{ErrorKind, Write};
use std::process::ExitCode;

/// Exit status for a usage, data or output error.
pub const EXIT_ERROR: u8 = 2;

/// What writing a command's output came to.
#[derive(Debug)]
pub enum Written {
    /// Everything was written.
    All,
    /// The reader closed the pipe; what was left is dropped.
    ReaderGone,
    /// The output could not be written.
    Failed(std::io::Error),
}

/// Writes `text` to `out` and flushes it.
pub fn write_to(out: &mut impl Write, text: &str) -> Written {
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => Written::All,
        Err(e) if e.kind() == ErrorKind::BrokenPipe => Written::ReaderGone,
        Err(e) => Written::Failed(e),
    }
}

/// The status to exit with after writing a command's output that would exit with `code`.
pub fn status_after(written: Written, code: ExitCode) -> ExitCode {
    match written {
        Written::All | Written::ReaderGone => code,
        Written::Failed(e) => {
            say(&crate::i18n::tf(
                crate::i18n::Msg::CannotWrite,
                &[("why", &e)],
            ));
            ExitCode::from(EXIT_ERROR)
        }
    }
}

/// Writes `text` to stdout and returns the exit status: `code`, or [`EXIT_ERROR`] when the
/// output could not be written.
pub fn emit(text: &str, code: ExitCode) -> ExitCode {
    status_after(write_to(&mut std::io::stdout().lock(), text), code)
}

/// A message on stderr, prefixed with `modeldex: `; never panics, even when stderr is closed or
/// full.
pub fn say(message: &str) {
    let _ = writeln!(std::io::stderr().lock(), "modeldex: {message}");
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A writer that takes `room` bytes, then fails with `error`.
    struct Failing {
        room: usize,
        error: ErrorKind,
    }

    impl Write for Failing {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            if self.room == 0 {
                return Err(self.error.into());
            }
            let n = buf.len().min(self.room);
            self.room -= n;
            Ok(n)
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_closed_pipe_is_not_an_error_but_a_full_disk_is() {
        let mut pipe = Failing {
            room: 3,
            error: ErrorKind::BrokenPipe,
        };
        assert!(matches!(write_to(&mut pipe, "hello"), Written::ReaderGone));
        let mut disk = Failing {
            room: 0,
            error: ErrorKind::StorageFull,
        };
        assert!(matches!(write_to(&mut disk, "hello"), Written::Failed(_)));
        let mut roomy = Failing {
            room: 10,
            error: ErrorKind::Other,
        };
        assert!(matches!(write_to(&mut roomy, "hello"), Written::All));
    }

    #[test]
    fn only_a_failed_write_changes_the_status() {
        let code = ExitCode::from(1);
        assert_eq!(status_after(Written::All, code), code);
        assert_eq!(status_after(Written::ReaderGone, code), code);
        let failed = Written::Failed(ErrorKind::StorageFull.into());
        assert_eq!(status_after(failed, code), ExitCode::from(EXIT_ERROR));
    }
}
