//! Drawing: one module per screen region. Renderers only read the [`App`].

pub mod compare;
pub mod detail;
pub mod frontier;
pub mod help;
pub mod list;
pub mod overview;
pub mod panels;
pub mod search_bar;
pub mod status;

use super::app::{App, Layer, Overlay, Screen};
use super::layout::{self, MIN_HEIGHT, MIN_WIDTH};
use super::text;
use super::theme::Theme;
use crate::i18n::Msg;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Clear, Widget};
use ratatui::Frame;

/// Draws the whole screen into a frame and places the cursor on the search line when it is open.
pub fn render(app: &App, frame: &mut Frame) {
    let area = frame.area();
    let cursor = draw(app, area, frame.buffer_mut());
    if app.theme().ascii {
        crate::tui::ascii::asciify(frame.buffer_mut());
    }
    if let Some(cursor) = cursor {
        frame.set_cursor_position(cursor);
    }
}

/// Draws the whole screen into `buf`: the screen, then the overlay over it (the one
/// [`App::layer`] says is on top); returns where the text cursor belongs, if anywhere.
pub fn draw(app: &App, area: Rect, buf: &mut Buffer) -> Option<Position> {
    let area = area.intersection(buf.area);
    let Some(screen) = layout::screen(area) else {
        render_too_small(area, buf);
        return None;
    };
    let cursor = search_bar::render(app, screen.header, buf);
    match app.screen() {
        Screen::Compare(view) => compare::render(app, view, screen.body, buf),
        &Screen::Overview { scroll } => overview::render(app, scroll, screen.body, buf),
        Screen::Frontier(view) => frontier::render(app, view, screen.body, buf),
        Screen::Browse | Screen::Search => {
            let (list, detail) = layout::panes(screen.body, app.focus());
            if let Some(r) = list {
                list::render(app, r, buf);
            }
            if let Some(r) = detail {
                detail::render(app, r, buf);
            }
        }
    }
    status::render(app, screen.footer, buf);
    match app.layer() {
        Layer::Screen(_) => cursor,
        Layer::Overlay(&Overlay::Help { scroll }) => {
            help::render(app, scroll, screen.body, buf);
            None
        }
        Layer::Overlay(panel) => panels::render(app, panel, screen.body, buf),
    }
}

/// Empties `area` for an overlay (a panel, the help) drawn over the screen.
///
/// A wide character just left of `area` keeps its second column inside it, where the overlay's
/// left border goes: ratatui's `Clear` leaves it (ratatui#2526), its diff then skips the border
/// cell as hidden under the wide character, and a real terminal shows the character instead of
/// the border. It becomes a space, which is what the terminal would show of half a character.
pub fn clear(area: Rect, buf: &mut Buffer) {
    let area = area.intersection(buf.area);
    if area.is_empty() {
        return;
    }
    if area.x > buf.area.x {
        for y in area.top()..area.bottom() {
            let cell = &mut buf[(area.x - 1, y)];
            if unicode_width::UnicodeWidthStr::width(cell.symbol()) > 1 {
                cell.set_symbol(" ");
            }
        }
    }
    Clear.render(area, buf);
}

/// The notice shown instead of the interface below the minimum size.
fn render_too_small(area: Rect, buf: &mut Buffer) {
    Clear.render(area, buf);
    let lines = [
        crate::i18n::t(Msg::TooSmall).to_string(),
        crate::i18n::tf(
            Msg::TooSmallNeed,
            &[
                ("w", &area.width),
                ("h", &area.height),
                ("min_w", &MIN_WIDTH),
                ("min_h", &MIN_HEIGHT),
            ],
        ),
        crate::i18n::t(Msg::QQuits).to_string(),
    ];
    let top = usize::from(area.height.saturating_sub(3) / 2);
    for (i, l) in lines.iter().enumerate() {
        let clipped = text::clip(l, usize::from(area.width));
        let pad = (usize::from(area.width) - text::width(&clipped)) / 2;
        let line = Line::from(format!("{}{clipped}", " ".repeat(pad)));
        text::put(buf, area, top + i, &line);
    }
}

/// A bordered pane whose border and title show whether it has the focus.
pub fn pane<'a>(title: Line<'a>, focused: bool, theme: &Theme) -> Block<'a> {
    let (border, title_style) = if focused {
        (theme.border_focused, theme.title_focused)
    } else {
        (theme.border, theme.title)
    };
    Block::bordered()
        .border_style(border)
        .title(title.style(title_style))
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::style::Style;

    #[test]
    fn an_overlay_over_half_a_wide_character_keeps_its_left_border() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 10, 2));
        // "a重" puts the wide character on columns 1-2; the overlay starts at column 2.
        buf.set_string(0, 0, "a重bc", Style::default());
        buf.set_string(0, 1, "ab重c", Style::default());
        let area = Rect::new(2, 0, 5, 2);
        clear(area, &mut buf);
        Block::bordered().render(area, &mut buf);
        let row = |y: u16| -> String { (0..10).map(|x| buf[(x, y)].symbol()).collect() };
        assert_eq!(row(0), "a ┌───┐   ", "the straddling character is blanked");
        assert_eq!(row(1), "ab└───┘   ", "a character wholly outside stays");
    }
}
