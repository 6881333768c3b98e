//! The help overlay, generated from the keymap so it cannot fall out of date.

use super::text::{fit, put};
use crate::tui::app::App;
use crate::tui::keymap::{self, Mode};
use crate::tui::layout;
use crate::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Widget};

const SECTIONS: [Mode; 9] = [
    Mode::Browse,
    Mode::Search,
    Mode::Compare,
    Mode::Filters,
    Mode::Weights,
    Mode::Overview,
    Mode::Export,
    Mode::Help,
    Mode::Global,
];
/// Width of the key column.
const KEYS: usize = 20;

/// Every line of the help, section by section.
pub fn lines(theme: &Theme) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    for (i, mode) in SECTIONS.into_iter().enumerate() {
        if i > 0 {
            out.push(Line::default());
        }
        out.push(Line::styled(mode.title(), theme.heading));
        for b in keymap::bindings(mode) {
            let keys: Vec<String> = b.keys.iter().map(|k| k.label()).collect();
            out.push(Line::from(vec![
                Span::styled(format!("  {}", fit(&keys.join(" "), KEYS)), theme.key),
                Span::raw(b.help),
            ]));
        }
    }
    out
}

/// Number of help lines.
pub fn line_count() -> usize {
    SECTIONS.len() * 2 - 1 + keymap::BINDINGS.len()
}

/// Draws the overlay over `body`, scrolled by `scroll` lines.
pub fn render(app: &App, scroll: usize, body: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    let content = lines(theme);
    let area = layout::help_area(body, content.len());
    Clear.render(area, buf);
    let rows = usize::from(layout::inner(area).height);
    let scroll = scroll.min(content.len().saturating_sub(rows));
    let mut block = super::pane(Line::from(" Keys · Esc closes "), true, theme);
    if content.len() > rows {
        let more = format!(" ↑↓ {}–{} of {} ", scroll + 1, scroll + rows, content.len());
        block = block.title_bottom(Line::styled(more, theme.dim).right_aligned());
    }
    let inner = block.inner(area);
    block.render(area, buf);
    for (row, line) in content.iter().skip(scroll).take(rows).enumerate() {
        put(buf, inner, row, line);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_count_matches_the_generated_lines() {
        assert_eq!(line_count(), lines(&Theme::color()).len());
    }

    #[test]
    fn every_binding_appears_in_the_help() {
        let text: Vec<String> = lines(&Theme::color())
            .iter()
            .map(ToString::to_string)
            .collect();
        for b in keymap::BINDINGS {
            assert!(text.iter().any(|l| l.contains(b.help)), "{}", b.help);
        }
    }
}
