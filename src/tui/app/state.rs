//! The state transitions `update` is made of: moving, filtering, marking, scrolling, clamping.

use super::{build_comparison, App, CompareView, DetailMeasure, Focus, Overlay, Screen};
use crate::i18n::{t, Msg};
use crate::tui::action::Action;
use crate::tui::layout::{self, scroll_into_view};
use crate::tui::measure;

/// The most close spellings listed when nothing matches.
const CLOSE_SPELLINGS: usize = 8;

impl App {
    /// Rows in the list pane.
    fn list_rows(&self) -> usize {
        usize::from(layout::list_inner(self.size).height)
    }

    /// Rows in the detail pane.
    fn detail_rows(&self) -> usize {
        usize::from(layout::detail_inner(self.size).height)
    }

    /// The furthest the detail pane can scroll. The selected entry's detail is wrapped once per
    /// entry and width, not on every keystroke.
    pub(super) fn detail_max_scroll(&mut self) -> usize {
        let index = self.selected_index();
        let width = layout::detail_inner(self.size).width;
        let lines = match self.detail_measure {
            Some(m) if m.index == index && m.width == width => m.lines,
            _ => {
                let model = index.map(|i| &self.catalog.models()[i]);
                let lines = measure::detail_lines(model, &self.catalog.dataset, &self.theme, width);
                self.detail_measure = Some(DetailMeasure {
                    index,
                    width,
                    lines,
                });
                lines
            }
        };
        lines.saturating_sub(self.detail_rows())
    }

    /// Moves the selection, or scrolls the detail when it has the focus.
    pub(super) fn handle_move(&mut self, action: Action) -> bool {
        if matches!(self.screen, Screen::Browse) && self.focus == Focus::Detail {
            let now = self.detail_scroll;
            let next = step(now, &action, self.detail_rows().max(1));
            let max = self.detail_max_scroll();
            self.detail_scroll = next.min(max);
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
    /// extends the one the list answers, its matches are the only candidates. Large catalogs
    /// are ranked on the search thread: the list keeps its last answer until the new one arrives.
    /// An empty query lists the filtered entries in the chosen order.
    pub(super) fn refilter(&mut self) {
        if self.search.query.is_empty() {
            self.search.drop_pending();
            let listing = self.listing();
            self.show_results(String::new(), listing, Vec::new());
            return;
        }
        let narrowing = !self.search.results_for.is_empty()
            && self.search.query.starts_with(&self.search.results_for);
        let candidates = if narrowing {
            // While the rest is being ranked, the list holds only the best matches.
            Some(
                self.search
                    .ranking_rest
                    .clone()
                    .unwrap_or_else(|| self.search.matched.clone()),
            )
        } else if self.filter.is_empty() {
            None
        } else {
            Some(self.filter.apply(self.catalog.models()))
        };
        if self.catalog.models().len() >= self.options.background_search_from {
            self.search.generation += 1;
            self.search.pending = true;
            self.effects.push(super::Effect::Search {
                generation: self.search.generation,
                query: self.search.query.clone(),
                candidates,
            });
            return;
        }
        let index = &self.catalog.index;
        let hits = match candidates {
            Some(candidates) => index.search_in(&self.search.query, candidates),
            None => index.search(&self.search.query),
        };
        self.show_ranked(hits);
    }

    /// Lists the strong matches among `hits`, the ranking of the current query (or, when there
    /// are none, its close spellings), from the top.
    pub(super) fn show_ranked(&mut self, hits: Vec<crate::search::Hit>) {
        let shown = crate::search::strong(&hits).len();
        let hits: Vec<usize> = hits.into_iter().map(|h| h.index).collect();
        let listed = hits[..shown].to_vec();
        let query = self.search.query.clone();
        self.show_results(query, listed, hits);
    }

    /// Lists `listed`, the answer to `query` (of all its matches `matched`), from the top. A
    /// query that matched nothing lists its close spellings within the filter instead.
    fn show_results(&mut self, query: String, listed: Vec<usize>, matched: Vec<usize>) {
        self.search.close_spellings = false;
        self.visible = listed;
        if self.visible.is_empty() && !query.is_empty() {
            self.visible = self.close_spellings(&query);
            self.search.close_spellings = !self.visible.is_empty();
        }
        self.search.matched = matched;
        self.search.results_for = query;
        self.search.ranking_rest = None;
        self.selected = 0;
        self.list_offset = 0;
        self.detail_scroll = 0;
    }

    /// Entries within the filter spelled a few edits from `query` (a transposition is one), the
    /// closest first.
    fn close_spellings(&self, query: &str) -> Vec<usize> {
        let mut close = self.catalog.index.close_spellings(query, CLOSE_SPELLINGS);
        if !self.filter.is_empty() {
            let kept = self.filter.apply(self.catalog.models());
            close.retain(|i| kept.binary_search(i).is_ok());
        }
        close
    }

    /// An answer from the search thread; answers to superseded requests are dropped. The first
    /// answer to a query may hold only the best matches (`matched` then lists all of them): the
    /// list shows those from the top, and the whole ranking, which begins with the same entries
    /// in the same order, later replaces it without moving the selection. Only the first `shown`
    /// hits, the strong ones, are listed.
    pub(super) fn receive_search(
        &mut self,
        generation: u64,
        hits: Vec<usize>,
        shown: usize,
        matched: Option<Vec<usize>>,
    ) -> bool {
        if generation != self.search.generation {
            return false;
        }
        let listed = hits[..shown.min(hits.len())].to_vec();
        if self.search.pending {
            self.search.pending = false;
            let query = self.search.query.clone();
            self.show_results(query, listed, hits);
        } else if self.search.ranking_rest.is_some() {
            self.visible = listed;
            self.search.matched = hits;
            self.clamp_all();
        } else {
            return false;
        }
        self.search.ranking_rest = matched;
        true
    }

    /// How many entries match the query shown (all of them while the rest is being ranked).
    pub fn match_count(&self) -> usize {
        self.search
            .ranking_rest
            .as_ref()
            .map_or(self.visible.len(), Vec::len)
    }

    /// Empties the query and lists everything again, keeping the selected entry selected.
    pub(super) fn clear_filter(&mut self) {
        let keep = self.selected_index();
        let scroll = self.detail_scroll;
        self.search.query.clear();
        self.search.results_for.clear();
        self.search.close_spellings = false;
        // A search still running answers a query that no longer exists.
        self.search.drop_pending();
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

    /// `x`: unmarks everything, keeping what was marked for `u`.
    pub(super) fn clear_marks(&mut self) -> bool {
        if self.marks.is_empty() {
            return false;
        }
        let n = self.marks.len();
        self.unmarked = Some(std::mem::take(&mut self.marks));
        self.status = Some(crate::i18n::tf(Msg::UnmarkedAll, &[("n", &n)]));
        true
    }

    /// `u`: marks again what the last `x` unmarked.
    pub(super) fn undo_clear_marks(&mut self) -> bool {
        match self.unmarked.take() {
            Some(marks) => {
                let n = marks.len();
                self.marks = marks;
                self.status = Some(crate::i18n::tf(Msg::Remarked, &[("n", &n)]));
            }
            None => self.status = Some(t(Msg::NothingToUndo).into()),
        }
        true
    }

    pub(super) fn toggle_mark(&mut self) -> bool {
        let Some(index) = self.selected_index() else {
            return false;
        };
        // A mark changed by hand: undoing an earlier `x` would now undo this too.
        self.unmarked = None;
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
                self.status = Some(t(Msg::NothingMarked).into());
            }
            1 => {
                self.status = Some(t(Msg::OneMarked).into());
            }
            _ => {
                self.screen = Screen::Compare(CompareView {
                    table: build_comparison(&self.catalog, &self.marks, &self.weights),
                    row_offset: 0,
                    col_offset: 0,
                });
            }
        }
    }

    /// Sets the compare view's scroll position, clamped so the last page stays full.
    pub(super) fn set_compare_offsets(&mut self, row: usize, col: usize) {
        let size = self.size;
        let Screen::Compare(view) = &mut self.screen else {
            return;
        };
        let (max_row, max_col) = measure::compare_max_offsets(&view.table, size);
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
        let max = self.detail_max_scroll();
        self.detail_scroll = self.detail_scroll.min(max);
        if let Some(view) = self.compare() {
            let (row, col) = (view.row_offset, view.col_offset);
            self.set_compare_offsets(row, col);
        }
        if let Some(Overlay::Help { scroll }) = &mut self.overlay {
            *scroll = (*scroll).min(measure::help_max_scroll(self.size, self.load_notes.len()));
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
