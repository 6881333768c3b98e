//! The browser's state and its one mutator, [`App::update`]. No terminal I/O happens here.

use super::action::Action;
use super::keymap;
use super::layout;
pub use super::layout::Focus;
use super::theme::Theme;
use super::ui;
use crate::catalog::Catalog;
use crate::compare::{self, Comparison};
use crate::data::Model;
use crate::filter::{Filter, SortKey};
use crate::score::Weights;
use ratatui::layout::Rect;

/// Which screen the browser shows (the help overlay can sit on top of any of them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// List and detail.
    Browse,
    /// List and detail with the search line open.
    Search,
    /// The comparison of marked entries.
    Compare,
    /// The open-vs-closed overview.
    Overview,
}

/// A small panel over the screen that takes the keyboard while it is open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Panel {
    /// The filter toggles; `cursor` indexes [`decide::FILTER_OPTIONS`].
    Filters { cursor: usize },
    /// The weights editor; `cursor` indexes the dataset's pillars.
    Weights { cursor: usize },
    /// The export path prompt; `confirm` is set once the user was told the file exists.
    Export { path: String, confirm: bool },
}

/// The compare view: the core's comparison and how far it is scrolled.
#[derive(Debug, Clone)]
pub struct CompareView {
    pub table: Comparison,
    /// First row shown below the header.
    pub row_offset: usize,
    /// First model column shown.
    pub col_offset: usize,
}

/// Everything the screen shows. Renderers read it; only [`App::update`] changes it.
pub struct App {
    /// The dataset and its search index.
    pub catalog: Catalog,
    /// Styles and symbols, chosen once at start-up.
    pub theme: Theme,
    /// The screen under any overlay.
    pub mode: Mode,
    /// Scroll position of the help overlay, when it is open.
    pub help: Option<usize>,
    /// Which browser pane has the keyboard.
    pub focus: Focus,
    /// The search text; a non-empty query filters the list.
    pub query: String,
    /// Dataset positions of the listed entries, best match first.
    pub visible: Vec<usize>,
    /// Position of the selection within `visible`.
    pub selected: usize,
    /// First list row shown.
    pub list_offset: usize,
    /// First detail line shown.
    pub detail_scroll: usize,
    /// Dataset positions of the marked entries, in the order they were marked.
    pub marks: Vec<usize>,
    /// The open comparison, in compare mode.
    pub compare: Option<CompareView>,
    /// A one-off message for the status line, cleared by the next key.
    pub status: Option<String>,
    /// Terminal size in columns and rows.
    pub size: (u16, u16),
    /// Set when the user asked to leave.
    pub quit: bool,
    /// Whether `y` may write to the clipboard with OSC 52 (`--no-osc52` turns it off).
    pub osc52: bool,
    /// The theme saved in the preferences or picked with `t`; `None` when neither happened.
    pub theme_pref: Option<crate::config::ThemeName>,
    /// True when `--color always|never` or `NO_COLOR` chose the theme: a saved one does not apply.
    pub theme_forced: bool,
    /// Work for the event loop that touches the terminal, queued by `update` and drained by the loop.
    pub effects: Vec<Effect>,
    /// The query `visible` answers (it lags `query` while a background search runs).
    pub results_for: String,
    /// Number of the latest background search request; older results are dropped.
    pub search_generation: u64,
    /// True while a background search for the current query has not answered yet.
    pub searching: bool,
    /// While the list shows only the best matches of `results_for` and the search thread ranks
    /// the rest: every match, in dataset order (what a longer query narrows).
    pub ranking_rest: Option<Vec<usize>>,
    /// Weights of the weighted score (sorting, compare total).
    pub weights: Weights,
    /// Which entries the list keeps.
    pub filter: Filter,
    /// The list order when no search query is active (a query ranks by relevance instead).
    pub sort: SortKey,
    /// The open panel, if any.
    pub panel: Option<Panel>,
    /// First line shown in the overview.
    pub overview_scroll: usize,
}

/// From this many entries, ranking runs on the search thread so typing never waits for it; below,
/// a full re-rank takes well under a millisecond and runs in place (see BENCHMARKS.md).
pub const BACKGROUND_SEARCH_FROM: usize = 20_000;

/// Something only the terminal side can do, asked for by [`App::update`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Put this text on the clipboard (OSC 52).
    Copy(String),
    /// Hand the terminal back and stop until the shell resumes modeldex.
    Suspend,
    /// Rank `query` on the search thread, over `candidates` only when given; the answer comes back
    /// as [`Action::SearchResults`] with the same `generation`.
    Search {
        generation: u64,
        query: String,
        candidates: Option<Vec<usize>>,
    },
    /// Write `text` to `path`; replace an existing file only when `overwrite` is set.
    Export {
        path: std::path::PathBuf,
        text: String,
        overwrite: bool,
    },
}

impl App {
    /// A browser over `catalog` for a terminal of `size`, every entry listed.
    pub fn new(catalog: Catalog, theme: Theme, size: (u16, u16)) -> Self {
        let visible = (0..catalog.models().len()).collect();
        App {
            catalog,
            theme,
            mode: Mode::Browse,
            help: None,
            focus: Focus::List,
            query: String::new(),
            visible,
            selected: 0,
            list_offset: 0,
            detail_scroll: 0,
            marks: Vec::new(),
            compare: None,
            status: None,
            size,
            quit: false,
            osc52: true,
            theme_pref: None,
            theme_forced: false,
            effects: Vec::new(),
            results_for: String::new(),
            search_generation: 0,
            searching: false,
            ranking_rest: None,
            weights: Weights::default(),
            filter: Filter::default(),
            sort: SortKey::default(),
            panel: None,
            overview_scroll: 0,
        }
    }

    /// `y`: the selected id, or in the compare view the comparison as Markdown, to the clipboard.
    fn handle_copy(&mut self) -> bool {
        let (text, what) = match (&self.compare, self.mode) {
            (Some(view), Mode::Compare) => {
                let d = &self.catalog.dataset;
                let md = crate::cli::compare::markdown(&view.table, d, &self.weights);
                (md, "the comparison as Markdown".to_string())
            }
            _ => match self.selected_model() {
                Some(m) => (m.id.clone(), m.id.clone()),
                None => return false,
            },
        };
        self.status = Some(if self.osc52 {
            self.effects.push(Effect::Copy(text));
            format!("Copied {what} to the clipboard (OSC 52)")
        } else {
            format!("Clipboard is off (--no-osc52); not copied: {what}")
        });
        true
    }

    /// Dataset position of the selected entry, if the list is not empty.
    pub fn selected_index(&self) -> Option<usize> {
        self.visible.get(self.selected).copied()
    }

    /// The selected entry.
    pub fn selected_model(&self) -> Option<&Model> {
        self.selected_index().map(|i| &self.catalog.models()[i])
    }

    /// True when the entry at dataset position `index` is marked.
    pub fn is_marked(&self, index: usize) -> bool {
        self.marks.contains(&index)
    }

    /// The whole screen at the current terminal size.
    pub fn area(&self) -> Rect {
        Rect::new(0, 0, self.size.0, self.size.1)
    }

    /// The bindings in force, for the event loop and the hint bar.
    pub fn keymap_mode(&self) -> keymap::Mode {
        if self.help.is_none() {
            match self.panel {
                Some(Panel::Filters { .. }) => return keymap::Mode::Filters,
                Some(Panel::Weights { .. }) => return keymap::Mode::Weights,
                Some(Panel::Export { .. }) => return keymap::Mode::Export,
                None => {}
            }
        }
        match (self.help, self.mode) {
            (Some(_), _) => keymap::Mode::Help,
            (None, Mode::Overview) => keymap::Mode::Overview,
            (None, Mode::Browse) => keymap::Mode::Browse,
            (None, Mode::Search) => keymap::Mode::Search,
            (None, Mode::Compare) => keymap::Mode::Compare,
        }
    }

    /// Applies `action`; returns whether anything visible changed (and so a redraw is due).
    pub fn update(&mut self, action: Action) -> bool {
        let mut changed = false;
        if !matches!(action, Action::Resize(..)) {
            changed = self.status.take().is_some();
        }
        let acted = match action {
            Action::Quit => {
                self.quit = true;
                true
            }
            Action::Resize(w, h) => {
                self.size = (w, h);
                self.clamp_all();
                true
            }
            Action::Wheel { down, column, row } => self.handle_wheel(down, column, row),
            Action::Click { column, row } => self.handle_click(column, row),
            Action::Copy => self.handle_copy(),
            Action::ToggleTheme => self.toggle_theme(),
            Action::SearchResults {
                generation,
                hits,
                matched,
            } => self.receive_search(generation, hits, matched),
            Action::Suspend => {
                self.effects.push(Effect::Suspend);
                false
            }
            Action::Exported(outcome) => self.handle_exported(outcome),
            _ if self.help.is_some() => self.handle_help(action),
            _ if self.panel.is_some() => self.handle_panel(action),
            _ => match self.mode {
                Mode::Browse => self.handle_browse(action),
                Mode::Search => self.handle_search(action),
                Mode::Compare => self.handle_compare(action),
                Mode::Overview => self.handle_overview(action),
            },
        };
        changed | acted
    }

    fn handle_help(&mut self, action: Action) -> bool {
        let inner = layout::help_inner(self.size, ui::help::line_count());
        let max = ui::help::line_count().saturating_sub(usize::from(inner.height));
        let page = usize::from(inner.height.max(1));
        let Some(scroll) = self.help else {
            return false;
        };
        let next = match action {
            Action::CloseHelp | Action::OpenHelp => {
                self.help = None;
                return true;
            }
            Action::MoveUp => scroll.saturating_sub(1),
            Action::MoveDown => scroll + 1,
            Action::PageUp => scroll.saturating_sub(page),
            Action::PageDown => scroll + page,
            Action::First => 0,
            Action::Last => max,
            _ => return false,
        };
        self.help = Some(next.min(max));
        self.help != Some(scroll)
    }

    fn handle_browse(&mut self, action: Action) -> bool {
        match action {
            Action::MoveUp
            | Action::MoveDown
            | Action::PageUp
            | Action::PageDown
            | Action::First
            | Action::Last => self.handle_move(action),
            Action::ToggleFocus => {
                self.focus = match self.focus {
                    Focus::List => Focus::Detail,
                    Focus::Detail => Focus::List,
                };
                true
            }
            Action::OpenDetail => {
                let was = self.focus;
                if self.selected_index().is_some() {
                    self.focus = Focus::Detail;
                }
                self.focus != was
            }
            Action::Back if self.focus == Focus::Detail => {
                self.focus = Focus::List;
                true
            }
            Action::Back if !self.query.is_empty() => {
                self.clear_filter();
                true
            }
            Action::StartSearch => {
                self.mode = Mode::Search;
                self.focus = Focus::List;
                if !self.query.is_empty() {
                    self.clear_filter();
                }
                true
            }
            Action::ToggleMark => self.toggle_mark(),
            Action::ClearMarks => {
                let had = !self.marks.is_empty();
                self.marks.clear();
                had
            }
            Action::OpenCompare => {
                self.open_compare();
                true
            }
            Action::OpenHelp => {
                self.help = Some(0);
                true
            }
            Action::CycleSort => self.cycle_sort(),
            Action::OpenFilters => self.open_panel(Panel::Filters { cursor: 0 }),
            Action::OpenWeights => self.open_panel(Panel::Weights { cursor: 0 }),
            Action::OpenOverview => {
                self.mode = Mode::Overview;
                self.overview_scroll = 0;
                true
            }
            _ => false,
        }
    }

    fn handle_search(&mut self, action: Action) -> bool {
        match action {
            Action::SearchInsert(c) => {
                self.query.push(c);
                self.refilter();
                true
            }
            Action::SearchBackspace => {
                if self.query.pop().is_none() {
                    return false;
                }
                self.refilter();
                true
            }
            Action::SearchClear => {
                if self.query.is_empty() {
                    return false;
                }
                self.clear_filter();
                true
            }
            Action::SearchAccept => {
                self.mode = Mode::Browse;
                true
            }
            Action::SearchCancel => {
                self.clear_filter();
                self.mode = Mode::Browse;
                true
            }
            Action::MoveUp | Action::MoveDown | Action::PageUp | Action::PageDown => {
                self.handle_move(action)
            }
            Action::OpenHelp => {
                self.help = Some(0);
                true
            }
            _ => false,
        }
    }

    fn handle_compare(&mut self, action: Action) -> bool {
        let Some(view) = &self.compare else {
            self.mode = Mode::Browse;
            return true;
        };
        let (rows, cols) = (view.row_offset, view.col_offset);
        let page = ui::compare::body_rows(self.size).max(1);
        let (row, col) = match action {
            Action::Back => {
                self.compare = None;
                self.mode = Mode::Browse;
                return true;
            }
            Action::OpenHelp => {
                self.help = Some(0);
                return true;
            }
            Action::StartExport => return self.start_export(),
            Action::OpenWeights => return self.open_panel(Panel::Weights { cursor: 0 }),
            Action::MoveUp => (rows.saturating_sub(1), cols),
            Action::MoveDown => (rows + 1, cols),
            Action::PageUp => (rows.saturating_sub(page), cols),
            Action::PageDown => (rows + page, cols),
            Action::First => (0, cols),
            Action::Last => (usize::MAX, cols),
            Action::ScrollLeft => (rows, cols.saturating_sub(1)),
            Action::ScrollRight => (rows, cols + 1),
            _ => return false,
        };
        self.set_compare_offsets(row, col);
        self.compare
            .as_ref()
            .is_some_and(|v| (v.row_offset, v.col_offset) != (rows, cols))
    }
}

pub mod decide;
pub mod export;
mod mouse;
mod prefs;
mod state;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_decide;
#[cfg(test)]
mod tests_terminal;

/// The comparison the compare view shows for `marks`: the core builds it, the TUI only draws it.
pub(crate) fn build_comparison(
    catalog: &Catalog,
    marks: &[usize],
    weights: &Weights,
) -> Comparison {
    compare::build(&catalog.dataset, marks, weights)
}
