//! The detail pane: the selected entry's detail (see [`doc::detail`]) in a bordered, scrolling
//! pane.

use crate::i18n::{t, tf, Msg};
use crate::tui::app::{App, Focus};
use crate::tui::doc;
use crate::tui::layout;
use crate::tui::text::put;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Widget;

/// The detail lines of the selected entry at the detail pane's current width.
pub fn lines(app: &App) -> Vec<Line<'static>> {
    let width = usize::from(layout::detail_inner(app.size()).width);
    match app.selected_model() {
        Some(m) => doc::detail::model_lines(m, &app.catalog().dataset, app.theme(), width),
        None => vec![doc::detail::nothing_selected(app.theme())],
    }
}

/// Draws the detail pane into `area`.
pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let focused = app.focus() == Focus::Detail;
    let title = app.selected_model().map_or_else(
        || t(Msg::DetailTitle).to_string(),
        |m| format!(" {} ", m.name),
    );
    let content = lines(app);
    let block = super::pane(Line::from(title), focused, app.theme());
    let inner = block.inner(area);
    let rows = usize::from(inner.height);
    let scroll = app.detail_scroll().min(content.len().saturating_sub(rows));
    let block = if content.len() > rows {
        let shown = (scroll + rows).min(content.len());
        let (from, n) = (scroll + 1, content.len());
        let more = tf(Msg::LinesOf, &[("from", &from), ("to", &shown), ("n", &n)]);
        block.title_bottom(Line::styled(more, app.theme().dim).right_aligned())
    } else {
        block
    };
    block.render(area, buf);
    for (row, line) in content.iter().skip(scroll).take(rows).enumerate() {
        put(buf, inner, row, line);
    }
}
