//! Measuring, clipping and wrapping text by display width (CJK and emoji take two columns).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;

pub use crate::text::{clip, width, wrap};

/// `s` clipped to `columns` and padded with spaces to exactly that width.
pub fn fit(s: &str, columns: usize) -> String {
    let mut out = clip(s, columns);
    let w = width(&out);
    out.push_str(&" ".repeat(columns.saturating_sub(w)));
    out
}

/// Draws `line` on row `row` of `area`, clipped to the area; rows outside it are ignored, so callers
/// never index past the buffer however small the terminal is.
pub fn put(buf: &mut Buffer, area: Rect, row: usize, line: &Line<'_>) {
    let area = area.intersection(buf.area);
    let Ok(row) = u16::try_from(row) else {
        return;
    };
    if row >= area.height || area.width == 0 {
        return;
    }
    buf.set_line(area.x, area.y + row, line, area.width);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clip_and_fit_count_columns_not_bytes() {
        assert_eq!(clip("BLOOM", 10), "BLOOM");
        assert_eq!(clip("Llama 3.1 405B", 8), "Llama 3…");
        assert_eq!(clip("通义千问", 5), "通义…");
        assert_eq!(clip("abc", 0), "");
        assert_eq!(fit("ab", 4), "ab  ");
        assert_eq!(width(&fit("通义千问", 5)), 5);
    }

    #[test]
    fn wrap_breaks_at_spaces_and_splits_long_words() {
        assert_eq!(wrap("one two three", 7), vec!["one two", "three"]);
        assert_eq!(wrap("abcdefgh", 3), vec!["abc", "def", "gh"]);
        assert_eq!(wrap("", 5), vec![""]);
        assert_eq!(wrap("a b", 0), vec!["a", "b"]);
    }

    #[test]
    fn put_ignores_rows_outside_the_buffer() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 3, 1));
        put(&mut buf, Rect::new(0, 0, 10, 10), 5, &Line::from("hello"));
        put(&mut buf, Rect::new(0, 0, 10, 10), 0, &Line::from("hello"));
        assert_eq!(buf, Buffer::with_lines(["hel"]));
    }
}
