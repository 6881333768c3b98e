//! The state transitions `update` is made of: moving, filtering, marking, scrolling, clamping.

use super::{build_comparison, App, CompareView, Focus, Mode};
use crate::tui::action::Action;
use crate::tui::layout::{self, scroll_into_view};
use crate::tui::ui;

impl App {
    /// Rows in the list pane.
    fn list_rows(&self) -> usize {
        usize::from(layout::list_inner(self.size).height)
    }

    /// Rows in the detail pane.
    fn detail_rows(&self) -> usize {
        usize::from(layout::detail_inner(self.size).height)
    }

    /// The furthest the detail pane can scroll.
    pub(super) fn detail_max_scroll(&self) -> usize {
        ui::detail::line_count(self).saturating_sub(self.detail_rows())
    }

    /// Moves the selection, or scrolls the detail when it has the focus.
    pub(super) fn handle_move(&mut self, action: Action) -> bool {
        if self.mode == Mode::Browse && self.focus == Focus::Detail {
            let now = self.detail_scroll;
            let next = step(now, &action, self.detail_rows().max(1));
            self.detail_scroll = next.min(self.detail_max_scroll());
            return self.detail_scroll != now;
        }
        let next = step(self.selected, &action, self.list_rows().max(1));
        self.select(next)
    }

    /// Selects list position `pos` (clamped); returns whether the selection moved.
    pub(super) fn select(&mut self, pos: usize) -> bool {
        let pos = pos.min(self.visible.len().saturating_sub(1));
        let moved = pos != self.selected;
        self.selected = pos;
        if moved {
            self.detail_scroll = 0;
        }
        let before = self.list_offset;
        self.list_offset =
            scroll_into_view(self.list_offset, pos, self.list_rows(), self.visible.len());
        moved || before != self.list_offset
    }

    /// Re-ranks the list for the current query, within the filtered entries. When the query only
    /// extends the one the list answers, the listed matches are the only candidates. Large catalogs
    /// are ranked on the search thread: the list keeps its last answer until the new one arrives.
    /// An empty query lists the filtered entries in the chosen order.
    pub(super) fn refilter(&mut self) {
        if self.query.is_empty() {
            self.searching = false;
            self.ranking_rest = None;
            let listing = self.listing();
            self.show_results(String::new(), listing);
            return;
        }
        let narrowing = !self.results_for.is_empty() && self.query.starts_with(&self.results_for);
        let candidates = if narrowing {
            // While the rest is being ranked, the list holds only the best matches.
            Some(
                self.ranking_rest
                    .clone()
                    .unwrap_or_else(|| self.visible.clone()),
            )
        } else if self.filter.is_empty() {
            None
        } else {
            Some(self.filter.apply(self.catalog.models()))
        };
        if self.catalog.models().len() >= super::BACKGROUND_SEARCH_FROM {
            self.search_generation += 1;
            self.searching = true;
            self.effects.push(super::Effect::Search {
                generation: self.search_generation,
                query: self.query.clone(),
                candidates,
            });
            return;
        }
        let index = &self.catalog.index;
        let hits = match candidates {
            Some(candidates) => index.search_in(&self.query, candidates),
            None => index.search(&self.query),
        };
        let hits = hits.into_iter().map(|h| h.index).collect();
        let query = self.query.clone();
        self.show_results(query, hits);
    }

    /// Lists `hits`, the answer to `query`, from the top.
    fn show_results(&mut self, query: String, hits: Vec<usize>) {
        self.visible = hits;
        self.results_for = query;
        self.ranking_rest = None;
        self.selected = 0;
        self.list_offset = 0;
        self.detail_scroll = 0;
    }

    /// An answer from the search thread; answers to superseded requests are dropped. The first
    /// answer to a query may hold only the best matches (`matched` then lists all of them): the
    /// list shows those from the top, and the whole ranking, which begins with the same entries
    /// in the same order, later replaces it without moving the selection.
    pub(super) fn receive_search(
        &mut self,
        generation: u64,
        hits: Vec<usize>,
        matched: Option<Vec<usize>>,
    ) -> bool {
        if generation != self.search_generation {
            return false;
        }
        if self.searching {
            self.searching = false;
            let query = self.query.clone();
            self.show_results(query, hits);
        } else if self.ranking_rest.is_some() {
            self.visible = hits;
            self.clamp_all();
        } else {
            return false;
        }
        self.ranking_rest = matched;
        true
    }

    /// How many entries match the query shown (all of them while the rest is being ranked).
    pub fn match_count(&self) -> usize {
        self.ranking_rest
            .as_ref()
            .map_or(self.visible.len(), Vec::len)
    }

    /// Empties the query and lists everything again, keeping the selected entry selected.
    pub(super) fn clear_filter(&mut self) {
        let keep = self.selected_index();
        let scroll = self.detail_scroll;
        self.query.clear();
        self.results_for.clear();
        // A search still running answers a query that no longer exists.
        self.searching = false;
        self.ranking_rest = None;
        self.visible = self.listing();
        self.list_offset = 0;
        self.selected = 0;
        let pos = keep.and_then(|k| self.visible.iter().position(|&i| i == k));
        let centred = pos.unwrap_or(0).saturating_sub(self.list_rows() / 2);
        self.list_offset = centred;
        self.select(pos.unwrap_or(0));
        if pos.is_some() {
            self.detail_scroll = scroll;
        }
    }

    pub(super) fn toggle_mark(&mut self) -> bool {
        let Some(index) = self.selected_index() else {
            return false;
        };
        if let Some(at) = self.marks.iter().position(|&m| m == index) {
            self.marks.remove(at);
        } else {
            self.marks.push(index);
        }
        true
    }

    pub(super) fn open_compare(&mut self) {
        match self.marks.len() {
            0 => {
                self.status = Some(
                    "Nothing marked: press Space on two or more entries, then c to compare.".into(),
                );
            }
            1 => {
                self.status =
                    Some("Only one entry marked: mark at least one more with Space.".into());
            }
            _ => {
                self.compare = Some(CompareView {
                    table: build_comparison(&self.catalog, &self.marks, &self.weights),
                    row_offset: 0,
                    col_offset: 0,
                });
                self.mode = Mode::Compare;
            }
        }
    }

    /// Sets the compare view's scroll position, clamped so the last page stays full.
    pub(super) fn set_compare_offsets(&mut self, row: usize, col: usize) {
        let size = self.size;
        let Some(view) = self.compare.as_mut() else {
            return;
        };
        let (max_row, max_col) = ui::compare::max_offsets(&view.table, size);
        view.row_offset = row.min(max_row);
        view.col_offset = col.min(max_col);
    }

    /// Brings every scroll position back in range after a resize.
    pub(super) fn clamp_all(&mut self) {
        self.list_offset = scroll_into_view(
            self.list_offset,
            self.selected,
            self.list_rows(),
            self.visible.len(),
        );
        self.detail_scroll = self.detail_scroll.min(self.detail_max_scroll());
        if let Some(view) = &self.compare {
            let (row, col) = (view.row_offset, view.col_offset);
            self.set_compare_offsets(row, col);
        }
        if let Some(scroll) = self.help {
            let rows = layout::help_inner(self.size, ui::help::line_count()).height;
            let max = ui::help::line_count().saturating_sub(usize::from(rows));
            self.help = Some(scroll.min(max));
        }
    }
}

/// Where a movement `action` takes position `now` with pages of `page` rows; `Last` (and anything
/// else) goes to the end, which the caller clamps.
fn step(now: usize, action: &Action, page: usize) -> usize {
    match action {
        Action::MoveUp => now.saturating_sub(1),
        Action::MoveDown => now + 1,
        Action::PageUp => now.saturating_sub(page),
        Action::PageDown => now + page,
        Action::First => 0,
        _ => usize::MAX,
    }
}
