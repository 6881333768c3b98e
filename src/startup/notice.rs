//! A one-line "loading…" notice on stderr while a large catalog file loads, so a user who waits
//! several seconds for a million entries knows why. Only on a terminal, and erased once loaded.

use std::io::{IsTerminal, Write};
use std::path::Path;

/// Files from this size on take long enough to load (about 0.3 s) to say so.
const NOTICE_FROM_BYTES: u64 = 32 * 1024 * 1024;

/// The notice for a file of `bytes`, or `None` when it loads too fast to need one.
fn notice(shown_path: &str, bytes: u64) -> Option<String> {
    if bytes < NOTICE_FROM_BYTES {
        return None;
    }
    let mib = bytes as f64 / (1024.0 * 1024.0);
    Some(crate::i18n::tf(
        crate::i18n::Msg::Loading,
        &[("path", &shown_path), ("mib", &format!("{mib:.0}"))],
    ))
}

/// Shown while alive; erased when dropped.
pub struct Notice {
    shown: bool,
}

impl Notice {
    /// Shows the notice when `path` is large and stderr is a terminal.
    pub fn show(path: Option<&Path>) -> Notice {
        let text = path.and_then(|p| {
            let bytes = std::fs::metadata(p).ok()?.len();
            notice(&crate::data::load::shown_path(p), bytes)
        });
        let mut stderr = std::io::stderr();
        let shown = match text {
            Some(text) if stderr.is_terminal() => write!(stderr, "{text}").is_ok(),
            _ => false,
        };
        Notice { shown }
    }
}

impl Drop for Notice {
    fn drop(&mut self) {
        if self.shown {
            // Back to the line's start and clear it: a following message starts clean.
            let _ = write!(std::io::stderr(), "\r\x1b[2K");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_large_files_get_a_notice_naming_them_and_their_size() {
        assert_eq!(notice("small.json", NOTICE_FROM_BYTES - 1), None);
        assert_eq!(
            notice("big.json", 717_806_477).as_deref(),
            Some("modeldex: loading big.json (685 MiB)…")
        );
    }
}
