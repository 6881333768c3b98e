//! The help overlay: [`doc::help`]'s lines in a centred, scrolling box.

use crate::i18n::{t, tf, Msg};
use crate::tui::app::App;
use crate::tui::doc;
use crate::tui::layout;
use crate::tui::text::put;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Widget;

/// Draws the overlay over `body`, scrolled by `scroll` lines.
pub fn render(app: &App, scroll: usize, body: Rect, buf: &mut Buffer) {
    let theme = app.theme();
    let content = doc::help::lines(theme, app.load_notes());
    let area = layout::help_area(body, content.len());
    super::clear(area, buf);
    let rows = usize::from(layout::inner(area).height);
    let scroll = scroll.min(content.len().saturating_sub(rows));
    let mut block = super::pane(Line::from(t(Msg::HelpTitle)), true, theme);
    if content.len() > rows {
        let (from, to) = (scroll + 1, scroll + rows);
        let more = tf(
            Msg::HelpMore,
            &[("from", &from), ("to", &to), ("n", &content.len())],
        );
        block = block.title_bottom(Line::styled(more, theme.dim).right_aligned());
    }
    let inner = block.inner(area);
    block.render(area, buf);
    for (row, line) in content.iter().skip(scroll).take(rows).enumerate() {
        put(buf, inner, row, line);
    }
}
