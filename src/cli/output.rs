//! Rendering to strings: aligned tables, GitHub-flavoured Markdown, RFC 4180 CSV and JSON.
//!
//! Pure functions: the commands build rows, these turn them into text, and only `cli::run` writes.
//! Colour is plain ANSI SGR, added only when [`Style::color`] says so.

pub mod table;
pub mod text;

pub use crate::markup::{csv, csv_number, markdown_table, md_code, md_escape, md_link};
pub use table::{Align, Cell, Column, Line, Table};

/// How table output should look on the current stdout.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    /// Whether to emit ANSI colour codes.
    pub color: bool,
    /// Columns available for a table.
    pub width: usize,
}

impl Style {
    /// Width used when stdout is not a terminal.
    pub const PIPE_WIDTH: usize = 100;
}

/// Named colours of table cells; the 16 standard ANSI colours only.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paint {
    None,
    /// Column headers.
    Header,
    /// Row labels in `show`.
    Label,
    /// Section headings (a pillar, "Key facts").
    Heading,
    /// The best value in a comparison row.
    Best,
    /// A score of 4 or more.
    Good,
    /// A score from 2.5 to 4.
    Fair,
    /// A score below 2.5.
    Poor,
    /// Secondary text: unknown values, URLs.
    Dim,
}

impl Paint {
    fn sgr(self) -> Option<&'static str> {
        match self {
            Paint::None => None,
            Paint::Header | Paint::Label => Some("1"),
            Paint::Heading => Some("1;36"),
            Paint::Best => Some("1;32"),
            Paint::Good => Some("32"),
            Paint::Fair => Some("33"),
            Paint::Poor => Some("31"),
            Paint::Dim => Some("2"),
        }
    }

    /// `text` wrapped in this paint's escape codes when `color` is on; empty text stays empty.
    pub fn apply(self, text: &str, color: bool) -> String {
        match self.sgr() {
            Some(code) if color && !text.is_empty() => format!("\u{1b}[{code}m{text}\u{1b}[0m"),
            _ => text.to_string(),
        }
    }

    /// The paint of a 1–5 score; unrated is dim.
    pub fn for_score(score: Option<f64>) -> Paint {
        match score {
            None => Paint::Dim,
            Some(s) if s >= 4.0 => Paint::Good,
            Some(s) if s >= 2.5 => Paint::Fair,
            Some(_) => Paint::Poor,
        }
    }
}

/// Pretty-printed JSON followed by a newline.
pub fn json(value: &serde_json::Value) -> String {
    let mut s = serde_json::to_string_pretty(value).unwrap_or_default();
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paint_is_a_no_op_without_colour() {
        assert_eq!(Paint::Good.apply("5", false), "5");
        assert_eq!(Paint::Good.apply("5", true), "\u{1b}[32m5\u{1b}[0m");
        assert_eq!(Paint::for_score(Some(2.0)), Paint::Poor);
        assert_eq!(Paint::for_score(None), Paint::Dim);
    }
}
