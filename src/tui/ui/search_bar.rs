//! The top line: the search query while searching or filtering, otherwise the title.

use super::text::{self, put};
use crate::tui::app::{App, Mode};
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};

/// Draws the top line into `area`; returns the cursor position while the search line is open.
pub fn render(app: &App, area: Rect, buf: &mut Buffer) -> Option<Position> {
    let theme = &app.theme;
    let total = app.catalog.models().len();
    let counts = if app.searching {
        format!("  searching {total} entries…")
    } else if app.ranking_rest.is_some() {
        format!("  {} of {total}, ranking…", app.match_count())
    } else {
        format!("  {} of {total}", app.visible.len())
    };
    let spans = match app.mode {
        Mode::Search => vec![
            Span::styled(" / ", theme.key),
            Span::raw(app.query.clone()),
            Span::styled(counts, theme.dim),
        ],
        Mode::Browse if !app.query.is_empty() => vec![
            Span::styled(" / ", theme.key),
            Span::styled(app.query.clone(), theme.label),
            Span::styled(format!("{counts} · Esc clears the filter"), theme.dim),
        ],
        Mode::Browse => vec![
            Span::styled(" modeldex", theme.title),
            Span::styled(format!("  {} · / to search", entries(total)), theme.dim),
        ],
        Mode::Overview => vec![
            Span::styled(" modeldex", theme.title),
            Span::styled("  mean scores by openness, models only", theme.dim),
        ],
        Mode::Compare => vec![
            Span::styled(" modeldex", theme.title),
            Span::styled(
                format!("  {} marked for comparison", entries(app.marks.len())),
                theme.dim,
            ),
        ],
    };
    put(buf, area, 0, &Line::from(spans));
    if app.mode != Mode::Search || area.width == 0 {
        return None;
    }
    let x = 3 + text::width(&app.query);
    let x = u16::try_from(x).unwrap_or(u16::MAX).min(area.width - 1);
    Some(Position::new(area.x + x, area.y))
}

fn entries(n: usize) -> String {
    if n == 1 {
        "1 entry".to_string()
    } else {
        format!("{n} entries")
    }
}
