//! Where each region goes for a given terminal size. Pure geometry, shared by `update` (page sizes,
//! scroll limits) and the renderers, so the two always agree.

use ratatui::layout::Rect;

/// Below this many columns or rows the screen only says it is too small.
pub const MIN_WIDTH: u16 = 40;
/// See [`MIN_WIDTH`].
pub const MIN_HEIGHT: u16 = 10;
/// From this many columns the list and the detail sit side by side; below, one shows at a time.
pub const WIDE_FROM: u16 = 100;

/// Which pane has the keyboard in the browser.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    List,
    Detail,
}

/// The three horizontal bands of the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Screen {
    /// The search line / title, one row at the top.
    pub header: Rect,
    /// Everything between header and footer.
    pub body: Rect,
    /// The hint and status bar, one row at the bottom.
    pub footer: Rect,
}

/// The bands for `area`, or `None` when it is below the minimum size.
pub fn screen(area: Rect) -> Option<Screen> {
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        return None;
    }
    let row = |y: u16, height: u16| Rect::new(area.x, y, area.width, height);
    Some(Screen {
        header: row(area.y, 1),
        body: row(area.y + 1, area.height - 2),
        footer: row(area.bottom() - 1, 1),
    })
}

/// True when the list and detail panes fit side by side.
pub fn is_wide(area: Rect) -> bool {
    area.width >= WIDE_FROM
}

/// The outer rectangles of the list and detail panes inside `body`; on narrow terminals only the
/// focused one is shown.
pub fn panes(body: Rect, focus: Focus) -> (Option<Rect>, Option<Rect>) {
    if !is_wide(body) {
        return match focus {
            Focus::List => (Some(body), None),
            Focus::Detail => (None, Some(body)),
        };
    }
    let list_width = (body.width * 2 / 5).clamp(44, 64);
    let list = Rect::new(body.x, body.y, list_width, body.height);
    let detail = Rect::new(
        body.x + list_width,
        body.y,
        body.width - list_width,
        body.height,
    );
    (Some(list), Some(detail))
}

/// `r` without its one-cell border.
pub fn inner(r: Rect) -> Rect {
    Rect::new(
        r.x.saturating_add(1),
        r.y.saturating_add(1),
        r.width.saturating_sub(2),
        r.height.saturating_sub(2),
    )
}

/// The inner area of the list pane as it is or would be shown (for page sizes on narrow screens
/// while the detail is focused, the list's full-width size).
pub fn list_inner(size: (u16, u16)) -> Rect {
    let area = Rect::new(0, 0, size.0, size.1);
    screen(area).map_or(Rect::default(), |s| {
        inner(panes(s.body, Focus::List).0.unwrap_or(s.body))
    })
}

/// The inner area of the detail pane as it is or would be shown.
pub fn detail_inner(size: (u16, u16)) -> Rect {
    let area = Rect::new(0, 0, size.0, size.1);
    screen(area).map_or(Rect::default(), |s| {
        inner(panes(s.body, Focus::Detail).1.unwrap_or(s.body))
    })
}

/// The inner area of the compare view.
pub fn compare_inner(size: (u16, u16)) -> Rect {
    let area = Rect::new(0, 0, size.0, size.1);
    screen(area).map_or(Rect::default(), |s| inner(s.body))
}

/// The outer rectangle of the help overlay for `content_rows` lines of help, centred in `body`.
pub fn help_area(body: Rect, content_rows: usize) -> Rect {
    let width = body.width.saturating_sub(4).min(72);
    let wanted = u16::try_from(content_rows + 2).unwrap_or(u16::MAX);
    let height = body.height.min(wanted);
    Rect::new(
        body.x + (body.width - width) / 2,
        body.y + (body.height - height) / 2,
        width,
        height,
    )
}

/// The inner area of the help overlay for a terminal of `size`.
pub fn help_inner(size: (u16, u16), content_rows: usize) -> Rect {
    let area = Rect::new(0, 0, size.0, size.1);
    screen(area).map_or(Rect::default(), |s| inner(help_area(s.body, content_rows)))
}

/// The first row to show so that `selected` is visible in a window of `rows` rows over `len` rows,
/// moving the window as little as possible from `offset`.
pub fn scroll_into_view(offset: usize, selected: usize, rows: usize, len: usize) -> usize {
    let rows = rows.max(1);
    let offset = if selected < offset {
        selected
    } else if selected >= offset + rows {
        selected + 1 - rows
    } else {
        offset
    };
    offset.min(len.saturating_sub(rows))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_window_moves_only_as_far_as_needed() {
        assert_eq!(scroll_into_view(0, 5, 10, 100), 0);
        assert_eq!(scroll_into_view(0, 10, 10, 100), 1);
        assert_eq!(scroll_into_view(20, 5, 10, 100), 5);
        assert_eq!(scroll_into_view(95, 99, 10, 100), 90);
        assert_eq!(scroll_into_view(0, 0, 0, 0), 0);
    }

    #[test]
    fn small_terminals_get_no_layout() {
        assert!(screen(Rect::new(0, 0, 1, 1)).is_none());
        assert!(screen(Rect::new(0, 0, MIN_WIDTH - 1, 24)).is_none());
        assert!(screen(Rect::new(0, 0, 80, 24)).is_some());
        assert_eq!(list_inner((1, 1)), Rect::default());
    }

    #[test]
    fn panes_sit_side_by_side_only_when_wide() {
        let s = screen(Rect::new(0, 0, 120, 40)).unwrap();
        let (list, detail) = panes(s.body, Focus::List);
        let (list, detail) = (list.unwrap(), detail.unwrap());
        assert_eq!(list.right(), detail.x);
        assert_eq!(detail.right(), 120);
        let s = screen(Rect::new(0, 0, 80, 24)).unwrap();
        assert_eq!(panes(s.body, Focus::List), (Some(s.body), None));
        assert_eq!(panes(s.body, Focus::Detail), (None, Some(s.body)));
    }

    #[test]
    fn page_sizes_follow_the_terminal() {
        assert_eq!(list_inner((80, 24)).height, 20);
        assert_eq!(detail_inner((80, 24)).width, 78);
        assert!(detail_inner((120, 40)).width < 118);
    }
}
