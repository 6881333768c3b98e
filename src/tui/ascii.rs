//! `--ascii`: one pass over the finished frame that swaps the interface's glyphs for ASCII.
//!
//! Doing it on the buffer, after every widget has drawn, means no widget needs an ASCII variant and
//! none can forget one. Only the interface's own symbols are mapped; data text (a CJK name, say) is
//! content and stays as it is.

use ratatui::buffer::Buffer;

/// The ASCII stand-in for an interface glyph, if it is one.
pub fn replacement(symbol: &str) -> Option<&'static str> {
    Some(match symbol {
        "─" | "━" | "═" => "-",
        "│" | "┃" | "║" => "|",
        "┌" | "┐" | "└" | "┘" | "├" | "┤" | "┬" | "┴" | "┼" | "╭" | "╮" | "╯" | "╰" => {
            "+"
        }
        "█" | "▉" | "▊" | "▋" | "▌" | "▍" | "▎" | "▏" | "▓" | "▒" => "#",
        "░" => ".",
        // The best value of a compare row is starred, as the command line's tables star it; a
        // `+` there read as part of the value (`1M +` as "1M+"). Marks are `+`: added to the
        // comparison.
        "★" => "*",
        "●" => "+",
        "◀" | "←" => "<",
        "▶" | "→" => ">",
        "↑" | "▲" => "^",
        "↓" | "▼" => "v",
        "↗" => "^",
        "…" => "~",
        "—" | "–" => "-",
        "·" | "•" => ".",
        _ => return None,
    })
}

/// Replaces every interface glyph in `buf` with its ASCII stand-in.
pub fn asciify(buf: &mut Buffer) {
    for cell in &mut buf.content {
        if let Some(r) = replacement(cell.symbol()) {
            cell.set_symbol(r);
        }
    }
}

/// Whether a terminal type is one that cannot be trusted with box drawing or block glyphs.
pub fn is_ascii_terminal(term: Option<&str>) -> bool {
    let Some(term) = term else {
        return false;
    };
    term == "dumb"
        || term == "linux"
        || term.starts_with("vt")
        || term == "ansi"
        || term.starts_with("cons25")
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::layout::Rect;
    use ratatui::widgets::{Block, Widget};

    #[test]
    fn borders_and_symbols_become_ascii_but_data_text_stays() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 12, 3));
        Block::bordered().render(buf.area, &mut buf);
        buf.set_string(1, 1, "通● █░…", ratatui::style::Style::new());
        asciify(&mut buf);
        let text: String = buf.content.iter().map(|c| c.symbol()).collect();
        assert!(text.is_ascii() || text.contains('通'), "{text}");
        assert!(!text.contains('─') && !text.contains('┌') && !text.contains('█'));
        assert!(text.contains('通'), "content is kept: {text}");
        assert_eq!(buf[(0, 0)].symbol(), "+");
        assert_eq!(buf[(1, 0)].symbol(), "-");
        assert_eq!(buf[(0, 1)].symbol(), "|");
    }

    #[test]
    fn the_best_value_is_starred_and_a_mark_is_a_plus() {
        assert_eq!(replacement("★"), Some("*"));
        assert_eq!(replacement("●"), Some("+"));
    }

    #[test]
    fn old_terminals_get_ascii() {
        for t in ["linux", "vt100", "vt220", "dumb"] {
            assert!(is_ascii_terminal(Some(t)), "{t}");
        }
        for t in ["xterm-256color", "screen", "tmux-256color"] {
            assert!(!is_ascii_terminal(Some(t)), "{t}");
        }
        assert!(!is_ascii_terminal(None));
    }
}
