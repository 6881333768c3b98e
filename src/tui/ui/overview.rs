//! The open-vs-closed overview screen: [`doc::overview`]'s lines in a scrolling pane.

use crate::i18n::{tf, Msg};
use crate::overview;
use crate::tui::app::App;
use crate::tui::doc;
use crate::tui::text::put;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Widget;

/// Draws the overview into the body `area`.
pub fn render(app: &App, scroll: usize, area: Rect, buf: &mut Buffer) {
    let theme = app.theme();
    let o = overview::compute(&app.catalog().dataset);
    let models: usize = o.group_sizes.iter().sum();
    let title = tf(Msg::OverviewTitle, &[("n", &models)]);
    let block = super::pane(Line::from(title), true, theme);
    let inner = block.inner(area);
    block.render(area, buf);
    let all = doc::overview::lines(&o, theme, usize::from(inner.width));
    let rows = usize::from(inner.height);
    let scroll = scroll.min(all.len().saturating_sub(rows));
    for (row, line) in all.iter().skip(scroll).take(rows).enumerate() {
        put(buf, inner, row, line);
    }
}
