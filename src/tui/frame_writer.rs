//! The terminal writer: holds a frame's bytes until ratatui flushes, then writes them in one go
//! with 16-colour SGR codes.
//!
//! One write per frame means one burst (few packets) over SSH instead of many small writes. And
//! crossterm spells the 16 ANSI colours as palette indexes (`38;5;3`); rewriting those to the
//! classic codes (`33`) works on terminals that only know 16 colours and saves bytes.

use std::io::{self, Write};

/// A [`Write`] that buffers until `flush`, rewriting indexed colours 0–15 to the classic codes.
pub struct FrameWriter<W: Write> {
    inner: W,
    pending: Vec<u8>,
    /// Whether a background colour is in force on the terminal (carried from frame to frame).
    background_set: bool,
}

impl<W: Write> FrameWriter<W> {
    pub fn new(inner: W) -> Self {
        FrameWriter {
            inner,
            pending: Vec::with_capacity(16 * 1024),
            background_set: false,
        }
    }
}

impl<W: Write> Write for FrameWriter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.pending.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if !self.pending.is_empty() {
            let frame = rewrite_colours(&self.pending, &mut self.background_set);
            self.pending.clear();
            self.inner.write_all(&frame)?;
        }
        self.inner.flush()
    }
}

/// Rewrites `38;5;N` and `48;5;N` with N below 16 inside every SGR sequence of `bytes`, drops
/// "default background" (`49`) while no background colour is set (ratatui sends it with every
/// colour change; modeldex never sets a background), and joins SGR sequences that follow each other
/// directly into one (`ESC[22m ESC[39m` → `ESC[22;39m`). `background_set` carries the terminal's
/// state across calls.
///
/// It also shortens cursor moves: ratatui positions the cursor absolutely (`ESC[row;colH`) after
/// every run of unchanged cells, and a jump forward on the same row after plain ASCII text is
/// shorter as a relative move (`ESC[nC`). Where the column is not certain (after any other byte
/// or sequence, or a non-ASCII char whose width a terminal might see differently) the absolute
/// move is kept.
pub fn rewrite_colours(bytes: &[u8], background_set: &mut bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    // Where the SGR sequence written last ends in `out`, to join the next one onto it.
    let mut sgr_end = usize::MAX;
    // The cursor's (row, column), 1-based, while it is known for certain.
    let mut cursor: Option<(u32, u32)> = None;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == 0x1b && bytes.get(i + 1) == Some(&b'[') {
            let start = i + 2;
            let end = bytes[start..]
                .iter()
                .position(|b| !(b.is_ascii_digit() || *b == b';'))
                .map(|p| start + p);
            if let Some(end) = end.filter(|&e| bytes[e] == b'm') {
                let params = rewrite_params(&bytes[start..end], background_set);
                i = end + 1;
                if params.is_empty() {
                    continue;
                }
                if sgr_end == out.len() {
                    out.pop();
                    out.push(b';');
                } else {
                    out.extend_from_slice(b"\x1b[");
                }
                out.extend_from_slice(params.as_bytes());
                out.push(b'm');
                sgr_end = out.len();
                continue;
            }
            if let Some(end) = end.filter(|&e| bytes[e] == b'H') {
                let target = cursor_target(&bytes[start..end]);
                match (cursor, target) {
                    (Some((row, col)), Some((to_row, to_col)))
                        if row == to_row && to_col >= col =>
                    {
                        if to_col > col {
                            out.extend_from_slice(format!("\x1b[{}C", to_col - col).as_bytes());
                        }
                    }
                    _ => out.extend_from_slice(&bytes[i..=end]),
                }
                cursor = target;
                i = end + 1;
                continue;
            }
            cursor = None;
        }
        match (bytes[i], cursor.as_mut()) {
            (b' '..=b'~', Some((_, col))) => *col += 1,
            _ => cursor = None,
        }
        out.push(bytes[i]);
        i += 1;
    }
    out
}

/// The 1-based (row, column) of a cursor position sequence's parameters (`row;col`, either may be
/// left out and means 1).
fn cursor_target(params: &[u8]) -> Option<(u32, u32)> {
    let text = std::str::from_utf8(params).ok()?;
    let mut parts = text.split(';');
    let mut next = || -> Option<u32> {
        match parts.next() {
            None | Some("") => Some(1),
            Some(n) => n.parse::<u32>().ok().map(|n| n.max(1)),
        }
    };
    let (row, col) = (next()?, next()?);
    parts.next().is_none().then_some((row, col))
}

/// The rewritten parameters of one SGR sequence; empty when nothing is left to send.
fn rewrite_params(params: &[u8], background_set: &mut bool) -> String {
    let text = String::from_utf8_lossy(params);
    let parts: Vec<&str> = if text.is_empty() {
        vec!["0"]
    } else {
        text.split(';').collect()
    };
    let mut out: Vec<String> = Vec::with_capacity(parts.len());
    let mut i = 0;
    while i < parts.len() {
        let code = parts[i];
        if code == "38" || code == "48" {
            // Extended colour: `5;N` (palette) or `2;R;G;B` (true colour).
            let width = if parts.get(i + 1) == Some(&"2") { 5 } else { 3 };
            let n = parts.get(i + 2).and_then(|n| n.parse::<u8>().ok());
            let foreground = code == "38";
            if !foreground {
                *background_set = true;
            }
            match n.filter(|n| *n < 16 && width == 3) {
                Some(n) => {
                    let base = match (foreground, n < 8) {
                        (true, true) => 30,
                        (true, false) => 90 - 8,
                        (false, true) => 40,
                        (false, false) => 100 - 8,
                    };
                    out.push((base + u16::from(n)).to_string());
                }
                None => out.extend(
                    parts[i..(i + width).min(parts.len())]
                        .iter()
                        .map(|p| p.to_string()),
                ),
            }
            i += width;
            continue;
        }
        match code.parse::<u16>() {
            Ok(0) => *background_set = false,
            Ok(40..=47 | 100..=107) => *background_set = true,
            Ok(49) if !*background_set => {
                i += 1;
                continue;
            }
            Ok(49) => *background_set = false,
            _ => {}
        }
        out.push(code.to_string());
        i += 1;
    }
    out.join(";")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indexed_ansi_colours_become_classic_codes() {
        let rewrite =
            |s: &str| String::from_utf8(rewrite_colours(s.as_bytes(), &mut false)).unwrap();
        assert_eq!(rewrite("\x1b[38;5;3;49mX"), "\x1b[33mX");
        assert_eq!(rewrite("\x1b[1m\x1b[38;5;9mX"), "\x1b[1;91mX");
        assert_eq!(rewrite("\x1b[48;5;4mX\x1b[48;5;12m"), "\x1b[44mX\x1b[104m");
        assert_eq!(rewrite("\x1b[m\x1b[2mX"), "\x1b[0;2mX");
        assert_eq!(rewrite("a\x1b[49mb"), "ab", "nothing to reset");
        // 256-colour and true-colour values, and other sequences, are left alone.
        assert_eq!(rewrite("\x1b[38;5;208m"), "\x1b[38;5;208m");
        assert_eq!(rewrite("\x1b[38;2;1;2;3m"), "\x1b[38;2;1;2;3m");
        assert_eq!(rewrite("\x1b[?2026h\x1b[5;4Hé"), "\x1b[?2026h\x1b[5;4Hé");
    }

    #[test]
    fn default_background_is_sent_only_after_a_background_was_set() {
        let mut bg = false;
        let mut rewrite =
            |s: &str| String::from_utf8(rewrite_colours(s.as_bytes(), &mut bg)).unwrap();
        assert_eq!(rewrite("\x1b[39;49mA"), "\x1b[39mA");
        assert_eq!(rewrite("\x1b[48;5;1mB"), "\x1b[41mB");
        assert_eq!(
            rewrite("\x1b[39;49mC"),
            "\x1b[39;49mC",
            "the red background must end"
        );
        assert_eq!(rewrite("\x1b[49mD"), "D");
        assert_eq!(
            rewrite("\x1b[48;2;1;2;3mE\x1b[0mF\x1b[49mG"),
            "\x1b[48;2;1;2;3mE\x1b[0mFG"
        );
    }

    #[test]
    fn a_jump_forward_on_the_same_row_after_ascii_becomes_relative() {
        let rewrite =
            |s: &str| String::from_utf8(rewrite_colours(s.as_bytes(), &mut false)).unwrap();
        // "ab" leaves the cursor at column 7; column 10 is three to the right. SGRs do not move it.
        assert_eq!(
            rewrite("\x1b[3;5Hab\x1b[2mx\x1b[3;12Hc"),
            "\x1b[3;5Hab\x1b[2mx\x1b[4Cc"
        );
        // A move to where the cursor already is disappears.
        assert_eq!(rewrite("\x1b[3;5Hab\x1b[3;7Hc"), "\x1b[3;5Habc");
        // Kept absolute: another row, backwards, after a non-ASCII char or another sequence, or
        // with no earlier position to count from.
        for kept in [
            "\x1b[3;5Hab\x1b[4;9Hc",
            "\x1b[3;5Hab\x1b[3;2Hc",
            "\x1b[3;5Hé\x1b[3;9Hc",
            "\x1b[3;5Ha\x1b[?25l\x1b[3;9Hc",
            "a\x1b[3;9Hc",
        ] {
            assert_eq!(rewrite(kept), kept);
        }
        // `ESC[H` is the top-left corner.
        assert_eq!(rewrite("\x1b[Hab\x1b[1;6Hc"), "\x1b[Hab\x1b[3Cc");
    }

    #[test]
    fn bytes_wait_for_flush_and_leave_in_one_write() {
        let mut w = FrameWriter::new(Vec::new());
        w.write_all(b"\x1b[38;5;").unwrap();
        w.write_all(b"1mred").unwrap();
        assert!(w.inner.is_empty(), "nothing written before flush");
        w.flush().unwrap();
        assert_eq!(w.inner, b"\x1b[31mred");
    }
}
