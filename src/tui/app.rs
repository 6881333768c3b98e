//! The browser's state and its one mutator, [`App::update`]. No terminal I/O happens here.
//!
//! What is on screen is two values: a [`Screen`] (browse, search, compare, overview…) and at most
//! one [`Overlay`] over it (help, a panel, the export prompt). [`App::layer`] is the one rule that
//! says which of them takes the keyboard, whose hints show and what is drawn on top.

use super::action::Action;
use super::keymap::Section;
pub use super::layout::Focus;
use super::measure;
use super::theme::Theme;
use crate::catalog::Catalog;
use crate::compare::{self, Comparison};
use crate::data::Model;
use crate::filter::Filter;
use crate::i18n::{tf, Msg};
use crate::order::{Direction, SortKey};
use crate::score::Weights;
use ratatui::layout::Rect;

pub use frontier::FrontierView;
pub use search::SearchState;

/// The screen under any overlay.
#[derive(Debug, Clone)]
pub enum Screen {
    /// List and detail.
    Browse,
    /// List and detail with the search line open.
    Search,
    /// The comparison of marked entries and how far it is scrolled.
    Compare(CompareView),
    /// The open-vs-closed overview, scrolled to line `scroll`.
    Overview { scroll: usize },
    /// The frontier chart of the listed entries.
    Frontier(FrontierView),
}

/// Something drawn over the screen that takes the keyboard while it is open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overlay {
    /// The key bindings, scrolled to line `scroll`.
    Help { scroll: usize },
    /// The filter toggles; `cursor` indexes [`decide::FILTER_OPTIONS`].
    Filters { cursor: usize },
    /// The weights editor; `cursor` indexes the dataset's pillars.
    Weights { cursor: usize },
    /// The export path prompt; `confirm` is set once the user was told the file exists.
    Export { path: String, confirm: bool },
    /// Choosing one value of a filter by typing (over the filter panel, which it returns to):
    /// the values containing `query`; `cursor` indexes [`App::choices`].
    Choose {
        field: decide::ChoiceField,
        query: String,
        cursor: usize,
    },
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

/// What takes the keyboard and is drawn on top: the overlay if one is open, else the screen.
#[derive(Debug, Clone, Copy)]
pub enum Layer<'a> {
    Screen(&'a Screen),
    Overlay(&'a Overlay),
}

/// Choices made on the command line that the state needs to know about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AppOptions {
    /// Whether `y` may write to the clipboard with OSC 52 (`--no-osc52` turns it off).
    pub osc52: bool,
    /// True when `--color always|never` or `NO_COLOR` chose the theme: a saved one does not apply.
    pub theme_forced: bool,
    /// From this many entries a search ranks on the search thread ([`BACKGROUND_SEARCH_FROM`]
    /// unless a test wants the background path on a small catalog).
    pub background_search_from: usize,
}

impl Default for AppOptions {
    fn default() -> Self {
        AppOptions {
            osc52: true,
            theme_forced: false,
            background_search_from: BACKGROUND_SEARCH_FROM,
        }
    }
}

/// Everything the screen shows. Renderers read it through accessors; only [`App::update`] (and
/// the `with_*` start-up builders) change it.
pub struct App {
    catalog: Catalog,
    theme: Theme,
    screen: Screen,
    overlay: Option<Overlay>,
    /// Which browser pane has the keyboard.
    focus: Focus,
    search: SearchState,
    /// Dataset positions of the listed entries, best match first.
    visible: Vec<usize>,
    /// Position of the selection within `visible`.
    selected: usize,
    /// First list row shown.
    list_offset: usize,
    /// First detail line shown.
    detail_scroll: usize,
    /// Line count of the selected entry's detail, kept for the width it was measured at.
    detail_measure: Option<DetailMeasure>,
    /// Dataset positions of the marked entries, in the order they were marked.
    marks: Vec<usize>,
    /// What the last `x` unmarked, for `u`; forgotten once the marks change otherwise.
    unmarked: Option<Vec<usize>>,
    /// Saved marks naming ids this data does not hold: not shown, but saved again on quit, so a
    /// session on a changed or smaller file does not lose them.
    unseen_marks: Vec<String>,
    /// A one-off message for the status line, cleared by the next key.
    status: Option<String>,
    /// A message that stays on the status line until `Esc` dismisses it (a preferences file that
    /// could not be used); the help shows it in full.
    notice: Option<String>,
    /// What loading the data file dropped, skipped or replaced, one line each (shown in the help).
    load_notes: Vec<String>,
    /// Terminal size in columns and rows, at most the drawn area's ceiling
    /// ([`super::capped::MAX_DRAWN`]).
    size: (u16, u16),
    /// Set when the user asked to leave.
    quit: bool,
    options: AppOptions,
    /// The theme saved in the preferences or picked with `t`; `None` when neither happened.
    theme_pref: Option<crate::config::ThemeName>,
    /// The language saved in the preferences, kept so quitting saves it back.
    lang_pref: Option<crate::i18n::Lang>,
    /// Work for the event loop, queued by `update` and taken by the loop.
    effects: Vec<Effect>,
    /// Weights of the weighted score (sorting, compare total).
    weights: Weights,
    /// Which entries the list keeps.
    filter: Filter,
    /// The list order when no search query is active (a query ranks by relevance instead).
    sort: SortKey,
    /// Which way `sort` runs (`S` turns it around).
    direction: Direction,
}

/// A measured detail: which entry at which width took how many lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct DetailMeasure {
    index: Option<usize>,
    width: u16,
    lines: usize,
}

/// From this many entries (by default; see [`AppOptions`]), ranking runs on the search thread so
/// typing never waits for it; below, a full re-rank takes well under a millisecond and runs in
/// place (see BENCHMARKS.md).
pub const BACKGROUND_SEARCH_FROM: usize = 20_000;

/// Something only the event loop can do, asked for by [`App::update`].
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
    /// Write `text` to `path`; replace an existing file only when `overwrite` is set. The outcome
    /// comes back as [`Action::Exported`].
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
            screen: Screen::Browse,
            overlay: None,
            focus: Focus::List,
            search: SearchState::default(),
            visible,
            selected: 0,
            list_offset: 0,
            detail_scroll: 0,
            detail_measure: None,
            marks: Vec::new(),
            unmarked: None,
            unseen_marks: Vec::new(),
            status: None,
            notice: None,
            load_notes: Vec::new(),
            size: super::capped::cap(size),
            quit: false,
            options: AppOptions::default(),
            theme_pref: None,
            lang_pref: None,
            effects: Vec::new(),
            weights: Weights::default(),
            filter: Filter::default(),
            sort: SortKey::default(),
            direction: Direction::default(),
        }
    }

    /// The same app with these command-line choices (before preferences are applied).
    #[must_use]
    pub fn with_options(mut self, options: AppOptions) -> Self {
        self.options = options;
        self
    }

    /// The same app with `--weights` in force (they win over saved weights).
    #[must_use]
    pub fn with_weights(mut self, weights: Weights) -> Self {
        self.weights = weights;
        self.relist();
        self
    }

    /// The same app showing `message` on the status line until the first key.
    #[must_use]
    pub fn with_status(mut self, message: String) -> Self {
        self.status = Some(message);
        self
    }

    /// The same app with `message` kept on the status line until `Esc` dismisses it, and listed
    /// in full at the end of the help (a status line may be too short for it).
    #[must_use]
    pub fn with_notice(mut self, message: String) -> Self {
        self.load_notes.push(message.clone());
        self.notice = Some(message);
        self
    }

    /// The same app listing what loading its data file dropped (`lines`, then `problems`) at the
    /// end of the help, with `summary` on the status line until the first key.
    #[must_use]
    pub fn with_load_notes(
        mut self,
        summary: Option<String>,
        lines: Vec<String>,
        problems: Vec<String>,
    ) -> Self {
        if let (Some(summary), None) = (summary, &self.status) {
            self.status = Some(format!("{summary} · ? lists them"));
        }
        self.load_notes.extend(lines.into_iter().chain(problems));
        self
    }

    /// What loading the data file dropped, skipped or replaced, one line each.
    pub fn load_notes(&self) -> &[String] {
        &self.load_notes
    }

    /// The dataset and its search index.
    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    /// Styles and symbols in force.
    pub fn theme(&self) -> &Theme {
        &self.theme
    }

    /// The screen under any overlay.
    pub fn screen(&self) -> &Screen {
        &self.screen
    }

    /// The overlay, if one is open.
    pub fn overlay(&self) -> Option<&Overlay> {
        self.overlay.as_ref()
    }

    /// The one precedence rule: an open overlay takes the keyboard and is drawn on top; otherwise
    /// the screen does.
    pub fn layer(&self) -> Layer<'_> {
        match &self.overlay {
            Some(o) => Layer::Overlay(o),
            None => Layer::Screen(&self.screen),
        }
    }

    /// The open comparison, on the compare screen.
    pub fn compare(&self) -> Option<&CompareView> {
        match &self.screen {
            Screen::Compare(view) => Some(view),
            _ => None,
        }
    }

    /// Which browser pane has the keyboard.
    pub fn focus(&self) -> Focus {
        self.focus
    }

    /// The search query and the state of its ranking.
    pub fn search(&self) -> &SearchState {
        &self.search
    }

    /// The search text; a non-empty query filters the list.
    pub fn query(&self) -> &str {
        &self.search.query
    }

    /// Dataset positions of the listed entries, best match first.
    pub fn visible(&self) -> &[usize] {
        &self.visible
    }

    /// Position of the selection within [`App::visible`].
    pub fn selected(&self) -> usize {
        self.selected
    }

    /// First list row shown.
    pub fn list_offset(&self) -> usize {
        self.list_offset
    }

    /// First detail line shown.
    pub fn detail_scroll(&self) -> usize {
        self.detail_scroll
    }

    /// Dataset positions of the marked entries, in the order they were marked.
    pub fn marks(&self) -> &[usize] {
        &self.marks
    }

    /// The one-off message on the status line, if any.
    pub fn status(&self) -> Option<&str> {
        self.status.as_deref()
    }

    /// The message kept on the status line until dismissed, if any.
    pub fn notice(&self) -> Option<&str> {
        self.notice.as_deref()
    }

    /// Terminal size in columns and rows.
    pub fn size(&self) -> (u16, u16) {
        self.size
    }

    /// True once the user asked to leave.
    pub fn should_quit(&self) -> bool {
        self.quit
    }

    /// Weights of the weighted score.
    pub fn weights(&self) -> &Weights {
        &self.weights
    }

    /// Which entries the list keeps.
    pub fn filter(&self) -> &Filter {
        &self.filter
    }

    /// The list order when no query is active.
    pub fn sort(&self) -> &SortKey {
        &self.sort
    }

    /// Which way the list order runs.
    pub fn direction(&self) -> Direction {
        self.direction
    }

    /// The list order for titles: `released`, or `released, reversed`.
    pub fn sort_label(&self) -> String {
        let label = self.sort.label(&self.catalog.dataset);
        match self.direction {
            Direction::Usual => label,
            Direction::Reversed => tf(Msg::SortReversedLabel, &[("sort", &label)]),
        }
    }

    /// The work `update` queued for the event loop, oldest first; the queue is left empty.
    pub fn take_effects(&mut self) -> Vec<Effect> {
        std::mem::take(&mut self.effects)
    }

    /// The work queued and not yet taken.
    pub fn effects(&self) -> &[Effect] {
        &self.effects
    }

    /// `y`: the selected id, or in the compare view the comparison as Markdown, to the clipboard.
    fn handle_copy(&mut self) -> bool {
        let (text, what) = match &self.screen {
            Screen::Compare(view) => {
                let d = &self.catalog.dataset;
                let md = compare::render::markdown(&view.table, d, &self.weights);
                (md, crate::i18n::t(Msg::ComparisonMd).to_string())
            }
            _ => match self.selected_model() {
                Some(m) => (m.id.clone(), m.id.clone()),
                None => return false,
            },
        };
        self.status = Some(if self.options.osc52 {
            self.effects.push(Effect::Copy(text));
            crate::i18n::tf(Msg::CopiedWhat, &[("what", &what)])
        } else {
            crate::i18n::tf(Msg::ClipboardOff, &[("what", &what)])
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

    /// True when the detail fills the browser alone (a narrow terminal with the detail focused).
    pub fn full_width_detail(&self) -> bool {
        self.focus == Focus::Detail && !super::layout::is_wide(self.area())
    }

    /// The whole screen at the current terminal size.
    pub fn area(&self) -> Rect {
        Rect::new(0, 0, self.size.0, self.size.1)
    }

    /// The bindings in force, for the event loop and the hint bar.
    pub fn keymap_section(&self) -> Section {
        match self.layer() {
            Layer::Overlay(Overlay::Help { .. }) => Section::Help,
            Layer::Overlay(Overlay::Filters { .. }) => Section::Filters,
            Layer::Overlay(Overlay::Weights { .. }) => Section::Weights,
            Layer::Overlay(Overlay::Export { .. }) => Section::Export,
            Layer::Overlay(Overlay::Choose { .. }) => Section::Choose,
            Layer::Screen(Screen::Browse) if self.full_width_detail() => Section::Detail,
            Layer::Screen(Screen::Browse) => Section::Browse,
            Layer::Screen(Screen::Search) => Section::Search,
            Layer::Screen(Screen::Compare(_)) => Section::Compare,
            Layer::Screen(Screen::Overview { .. }) => Section::Overview,
            Layer::Screen(Screen::Frontier(_)) => Section::Frontier,
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
                // The state lays out what is drawn, and the drawn area has a ceiling.
                self.size = super::capped::cap((w, h));
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
                shown,
                matched,
            } => self.receive_search(generation, hits, shown, matched),
            Action::Suspend => {
                self.effects.push(Effect::Suspend);
                false
            }
            Action::Exported(outcome) => self.handle_exported(outcome),
            action => self.handle_layer(action),
        };
        changed | acted
    }

    /// Hands `action` to whatever [`App::layer`] says has the keyboard.
    fn handle_layer(&mut self, action: Action) -> bool {
        match self.layer() {
            Layer::Overlay(&Overlay::Help { scroll }) => self.handle_help(scroll, action),
            Layer::Overlay(_) => self.handle_panel(action),
            Layer::Screen(Screen::Browse) => self.handle_browse(action),
            Layer::Screen(Screen::Search) => self.handle_search(action),
            Layer::Screen(Screen::Compare(view)) => {
                let at = (view.row_offset, view.col_offset);
                self.handle_compare(at, action)
            }
            Layer::Screen(&Screen::Overview { scroll }) => self.handle_overview(scroll, action),
            Layer::Screen(Screen::Frontier(_)) => self.handle_frontier(action),
        }
    }

    fn open_help(&mut self) -> bool {
        self.overlay = Some(Overlay::Help { scroll: 0 });
        true
    }

    /// Keys while the help is open, scrolled to `scroll`.
    fn handle_help(&mut self, scroll: usize, action: Action) -> bool {
        let notes = self.load_notes.len();
        let max = measure::help_max_scroll(self.size, notes);
        let page = measure::help_rows(self.size, notes).max(1);
        let next = match action {
            Action::CloseHelp | Action::OpenHelp => {
                self.overlay = None;
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
        let next = next.min(max);
        self.overlay = Some(Overlay::Help { scroll: next });
        next != scroll
    }

    fn handle_browse(&mut self, action: Action) -> bool {
        match action {
            Action::Back if self.notice.is_some() => {
                self.notice = None;
                true
            }
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
            Action::Back if !self.search.query.is_empty() => {
                self.clear_filter();
                true
            }
            Action::StartSearch => {
                self.screen = Screen::Search;
                self.focus = Focus::List;
                if !self.search.query.is_empty() {
                    self.clear_filter();
                }
                true
            }
            Action::ToggleMark => self.toggle_mark(),
            Action::ClearMarks => self.clear_marks(),
            Action::UndoClearMarks => self.undo_clear_marks(),
            Action::OpenCompare => {
                self.open_compare();
                true
            }
            Action::OpenHelp => self.open_help(),
            Action::CycleSort => self.cycle_sort(),
            Action::ReverseSort => self.reverse_sort(),
            Action::OpenFilters => self.open_panel(Overlay::Filters { cursor: 0 }),
            Action::OpenWeights => self.open_panel(Overlay::Weights { cursor: 0 }),
            Action::OpenOverview => {
                self.screen = Screen::Overview { scroll: 0 };
                true
            }
            Action::OpenFrontier => self.open_frontier(),
            _ => false,
        }
    }

    fn handle_search(&mut self, action: Action) -> bool {
        match action {
            Action::SearchInsert(c) => {
                self.search.query.push(c);
                self.refilter();
                true
            }
            Action::SearchBackspace => {
                if self.search.query.pop().is_none() {
                    return false;
                }
                self.refilter();
                true
            }
            Action::SearchClear => {
                if self.search.query.is_empty() {
                    return false;
                }
                self.clear_filter();
                true
            }
            Action::SearchAccept => {
                self.screen = Screen::Browse;
                true
            }
            Action::SearchCancel => {
                self.clear_filter();
                self.screen = Screen::Browse;
                true
            }
            Action::MoveUp | Action::MoveDown | Action::PageUp | Action::PageDown => {
                self.handle_move(action)
            }
            Action::OpenHelp => self.open_help(),
            _ => false,
        }
    }

    /// Keys on the compare screen, scrolled to (`rows`, `cols`).
    fn handle_compare(&mut self, (rows, cols): (usize, usize), action: Action) -> bool {
        let page = measure::compare_body_rows(self.size).max(1);
        let (row, col) = match action {
            Action::Back => {
                self.screen = Screen::Browse;
                return true;
            }
            Action::OpenHelp => return self.open_help(),
            Action::StartExport => return self.start_export(),
            Action::OpenWeights => return self.open_panel(Overlay::Weights { cursor: 0 }),
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
        self.compare()
            .is_some_and(|v| (v.row_offset, v.col_offset) != (rows, cols))
    }
}

pub mod decide;
pub mod export;
pub mod frontier;
mod mouse;
mod prefs;
mod search;
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
