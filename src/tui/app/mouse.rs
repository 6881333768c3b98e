//! Mouse input: the wheel scrolls the pane under the pointer, a click selects or focuses.

use super::{App, Focus, Layer, Screen};
use crate::tui::action::Action;
use crate::tui::layout;
use ratatui::layout::{Position, Rect};

/// Lines one wheel notch scrolls.
const WHEEL_LINES: usize = 3;

impl App {
    /// The outer rectangles of the list and detail panes on the current screen.
    fn pane_rects(&self) -> (Option<Rect>, Option<Rect>) {
        let area = Rect::new(0, 0, self.size.0, self.size.1);
        match layout::screen(area) {
            Some(screen) => layout::panes(screen.body, self.focus),
            None => (None, None),
        }
    }

    /// True when what has the keyboard covers the list and detail panes.
    fn fills_the_body(&self) -> bool {
        !matches!(self.layer(), Layer::Screen(Screen::Browse | Screen::Search))
    }

    /// One wheel notch at (`column`, `row`); `down` scrolls towards the end.
    pub(super) fn handle_wheel(&mut self, down: bool, column: u16, row: u16) -> bool {
        let step = if down {
            Action::MoveDown
        } else {
            Action::MoveUp
        };
        if self.fills_the_body() {
            // Overlays and the compare view fill the body: the wheel scrolls them wherever it is.
            let mut changed = false;
            for _ in 0..WHEEL_LINES {
                changed |= self.handle_layer(step.clone());
            }
            return changed;
        }
        let at = Position::new(column, row);
        let (list, detail) = self.pane_rects();
        if detail.is_some_and(|r| r.contains(at)) {
            let before = self.detail_scroll;
            let next = if down {
                before + WHEEL_LINES
            } else {
                before.saturating_sub(WHEEL_LINES)
            };
            let max = self.detail_max_scroll();
            self.detail_scroll = next.min(max);
            return self.detail_scroll != before;
        }
        if list.is_some_and(|r| r.contains(at)) {
            let next = if down {
                self.selected + WHEEL_LINES
            } else {
                self.selected.saturating_sub(WHEEL_LINES)
            };
            return self.select(next);
        }
        false
    }

    /// A left click at (`column`, `row`): on a list row selects it, on a pane focuses it.
    pub(super) fn handle_click(&mut self, column: u16, row: u16) -> bool {
        if self.fills_the_body() {
            return false;
        }
        let at = Position::new(column, row);
        let (list, detail) = self.pane_rects();
        if let Some(r) = list.filter(|r| r.contains(at)) {
            let inner = layout::inner(r);
            let focus_changed = self.focus != Focus::List;
            self.focus = Focus::List;
            if !inner.contains(at) {
                return focus_changed;
            }
            let pos = self.list_offset + usize::from(row - inner.y);
            if pos >= self.visible.len() {
                return focus_changed;
            }
            return self.select(pos) || focus_changed;
        }
        if detail.is_some_and(|r| r.contains(at)) && self.focus != Focus::Detail {
            self.focus = Focus::Detail;
            return true;
        }
        false
    }
}
