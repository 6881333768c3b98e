//! The top line: the search query while searching or filtering, otherwise the title.

use crate::i18n::{t, tf, Msg};
use crate::tui::app::{App, Screen};
use crate::tui::text::{self, put};
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};

/// Draws the top line into `area`; returns the cursor position while the search line is open.
pub fn render(app: &App, area: Rect, buf: &mut Buffer) -> Option<Position> {
    let theme = app.theme();
    let total = app.catalog().models().len();
    let search = app.search();
    let counts = if search.shows_close_spellings() {
        tf(
            Msg::NoMatchCloseSpellings,
            &[("query", &search.results_for())],
        )
    } else if search.is_pending() {
        tf(Msg::Searching, &[("total", &total)])
    } else if search.is_ranking_rest() {
        tf(
            Msg::RankingOf,
            &[("n", &app.match_count()), ("total", &total)],
        )
    } else {
        tf(
            Msg::CountOf,
            &[("n", &app.visible().len()), ("total", &total)],
        )
    };
    let query = search.query();
    let spans = match app.screen() {
        Screen::Search => vec![
            Span::styled(" / ", theme.key),
            Span::raw(query.to_string()),
            Span::styled(counts, theme.dim),
        ],
        Screen::Browse if !query.is_empty() => vec![
            Span::styled(" / ", theme.key),
            Span::styled(query.to_string(), theme.label),
            Span::styled(format!("{counts}{}", t(Msg::EscClears)), theme.dim),
        ],
        Screen::Browse => vec![
            Span::styled(" modeldex", theme.title),
            Span::styled(
                tf(Msg::ToSearch, &[("entries", &entries(total))]),
                theme.dim,
            ),
        ],
        Screen::Overview { .. } => vec![
            Span::styled(" modeldex", theme.title),
            Span::styled(t(Msg::OverviewSub), theme.dim),
        ],
        Screen::Frontier(_) => vec![
            Span::styled(" modeldex", theme.title),
            Span::styled(
                tf(
                    Msg::FrontierOf,
                    &[("entries", &entries(app.visible().len()))],
                ),
                theme.dim,
            ),
        ],
        Screen::Compare(_) => vec![
            Span::styled(" modeldex", theme.title),
            Span::styled(
                tf(
                    Msg::MarkedForCompare,
                    &[("entries", &entries(app.marks().len()))],
                ),
                theme.dim,
            ),
        ],
    };
    put(buf, area, 0, &Line::from(spans));
    if !matches!(app.screen(), Screen::Search) || area.width == 0 {
        return None;
    }
    let x = 3 + text::width(query);
    let x = u16::try_from(x).unwrap_or(u16::MAX).min(area.width - 1);
    Some(Position::new(area.x + x, area.y))
}

fn entries(n: usize) -> String {
    if n == 1 {
        t(Msg::OneEntry).to_string()
    } else {
        tf(Msg::Entries, &[("n", &n)])
    }
}
