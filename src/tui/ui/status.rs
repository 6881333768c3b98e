//! The bottom line: key hints for the current mode (or a one-off message) and the dataset version.

use super::text::{self, put};
use crate::tui::app::App;
use crate::tui::keymap;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

/// Draws the hint and status bar into `area`.
pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    let ds = &app.catalog.dataset;
    let right = format!(" data {} · {} ", ds.dataset_version, ds.updated);
    let width = usize::from(area.width);
    // A message needs the whole line more than the version does.
    let right = if app.status.is_none() && text::width(&right) + 20 <= width {
        right
    } else {
        String::new()
    };
    let room = width.saturating_sub(text::width(&right));
    let mut spans = Vec::new();
    if let Some(msg) = &app.status {
        spans.push(Span::styled(
            text::fit(&format!(" {msg}"), room),
            theme.status,
        ));
    } else {
        let mut used = 0;
        for b in keymap::bindings(app.keymap_mode()) {
            let (Some(hint), Some(key)) = (b.hint, b.keys.first()) else {
                continue;
            };
            let key = key.label();
            let w = 1 + text::width(&key) + 1 + text::width(hint) + 1;
            if used + w > room {
                break;
            }
            spans.push(Span::raw(" "));
            spans.push(Span::styled(key, theme.key));
            spans.push(Span::raw(format!(" {hint} ")));
            used += w;
        }
        spans.push(Span::raw(" ".repeat(room - used)));
    }
    spans.push(Span::styled(right, theme.dim));
    put(buf, area, 0, &Line::from(spans));
}
