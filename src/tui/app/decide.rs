//! Deciding, not just browsing: the sort, the filter panel, the weights editor and the overview.
//!
//! The visible list is always `filter → (query ? ranked by relevance : sorted)`: a search ranks
//! within the filtered entries and ignores the sort until the query is cleared.

use super::{App, Overlay, Screen};
use crate::data::{Feature, Kind, Openness};
use crate::filter;
use crate::i18n::{tf, Msg};
use crate::order::{Direction, SortKey};
use crate::score::MAX_WEIGHT;
use crate::tui::action::Action;
use crate::tui::measure;
use crate::weights::{self, Preset};

/// One line of the filter panel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FilterOption {
    Openness(Openness),
    Kind(Kind),
    CommercialUse,
    SelfHostable,
    /// Cycles "any year" → "since <newest year>" → … → "since <oldest year>".
    Years,
    /// Cycles "any modality" → each modality in the data.
    Modality,
    /// Opens a chooser: type part of a developer's name (31 of them), pick one.
    Developer,
    /// Opens a chooser of the developers' countries.
    Country,
    /// Cycles "any memory" → fits in each of [`FITS_STEPS`] gigabytes.
    Fits,
    /// A capability some provider's listing must claim (catalog data).
    Feature(Feature),
    /// Free to use somewhere.
    Free,
    /// Cycles any → available now (not retired) → not deprecated either.
    InService,
}

/// A filter whose value is chosen by typing part of it, from the values in the data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChoiceField {
    Developer,
    Country,
}

impl ChoiceField {
    /// The filter panel's line this chooser belongs to (and returns to).
    fn option(self) -> FilterOption {
        match self {
            ChoiceField::Developer => FilterOption::Developer,
            ChoiceField::Country => FilterOption::Country,
        }
    }
}

/// The memory sizes the filter panel offers, in gigabytes: common GPU and unified-memory sizes.
pub const FITS_STEPS: [u32; 7] = [8, 16, 24, 48, 80, 128, 192];

/// The filter panel's lines, in order.
pub const FILTER_OPTIONS: [FilterOption; 18] = [
    FilterOption::Openness(Openness::OpenSource),
    FilterOption::Openness(Openness::OpenWeights),
    FilterOption::Openness(Openness::Closed),
    FilterOption::Kind(Kind::Model),
    FilterOption::Kind(Kind::Framework),
    FilterOption::Kind(Kind::Platform),
    FilterOption::CommercialUse,
    FilterOption::SelfHostable,
    FilterOption::Years,
    FilterOption::Modality,
    FilterOption::Developer,
    FilterOption::Country,
    FilterOption::Fits,
    FilterOption::InService,
    FilterOption::Feature(Feature::Reasoning),
    FilterOption::Feature(Feature::ToolCall),
    FilterOption::Feature(Feature::FileInput),
    FilterOption::Free,
];

impl App {
    /// The entries the list shows without a query: filtered, then sorted.
    pub(super) fn listing(&self) -> Vec<usize> {
        let d = &self.catalog.dataset;
        let mut positions = self.filter.apply(&d.models);
        // The catalog keeps sort keys once computed, so re-sorting a large list stays cheap.
        self.catalog
            .sort_directed(&mut positions, &self.sort, self.direction, &self.weights);
        positions
    }

    /// Rebuilds the list after the filter, sort or weights changed, keeping the selected entry
    /// selected when it is still listed.
    pub(crate) fn relist(&mut self) {
        if !self.search.query.is_empty()
            && self.catalog.models().len() >= self.options.background_search_from
        {
            // Too large to rank here: the search thread ranks within the new filter.
            self.search.results_for.clear();
            self.refilter();
            return;
        }
        let keep = self.selected_index();
        // The list is rebuilt here, in place: an answer still coming from the search thread was
        // computed for the old filter and is dropped.
        self.search.drop_pending();
        if self.search.query.is_empty() {
            self.search.results_for.clear();
            self.visible = self.listing();
        } else {
            let candidates = self.filter.apply(self.catalog.models());
            let hits = self.catalog.index.search_in(&self.search.query, candidates);
            self.show_ranked(hits);
        }
        let pos = keep.and_then(|k| self.visible.iter().position(|&i| i == k));
        self.selected = usize::MAX;
        self.select(pos.unwrap_or(0));
        self.refresh_frontier();
    }

    pub(super) fn cycle_sort(&mut self) -> bool {
        self.sort = self.sort.next(&self.catalog.dataset);
        self.relist();
        if !self.search.query.is_empty() {
            let sort = self.sort.label(&self.catalog.dataset);
            self.status = Some(tf(Msg::SortDuringSearch, &[("sort", &sort)]));
        }
        true
    }

    /// `S`: the list order the other way round; says so on the status line.
    pub(super) fn reverse_sort(&mut self) -> bool {
        self.direction = self.direction.flipped();
        self.relist();
        let sort = self.sort.label(&self.catalog.dataset);
        let msg = match self.direction {
            Direction::Reversed => Msg::SortReversed,
            Direction::Usual => Msg::SortUsual,
        };
        self.status = Some(tf(msg, &[("sort", &sort)]));
        true
    }

    pub(super) fn open_panel(&mut self, panel: Overlay) -> bool {
        self.overlay = Some(panel);
        true
    }

    /// Keys while a panel (an overlay other than help) is open.
    pub(super) fn handle_panel(&mut self, action: Action) -> bool {
        match self.overlay.clone() {
            Some(Overlay::Filters { cursor }) => {
                let last = FILTER_OPTIONS.len() - 1;
                self.move_in_panel(cursor, last, &action)
                    .unwrap_or_else(|| self.handle_filters(cursor, action))
            }
            Some(Overlay::Weights { cursor }) => {
                let last = self.catalog.dataset.criteria.len().saturating_sub(1);
                self.move_in_panel(cursor, last, &action)
                    .unwrap_or_else(|| self.handle_weights(cursor, action))
            }
            Some(Overlay::Export { path, confirm }) => {
                self.handle_export_prompt(path, confirm, action)
            }
            Some(Overlay::Choose {
                field,
                query,
                cursor,
            }) => self.handle_choose(field, query, cursor, action),
            Some(Overlay::Help { .. }) | None => false,
        }
    }

    /// What the list panels share: Esc closes, Up and Down move the cursor within `0..=last`.
    /// `None` for any other action; the panel's own handler takes it.
    fn move_in_panel(&mut self, cursor: usize, last: usize, action: &Action) -> Option<bool> {
        let to = match action {
            Action::Back => {
                self.overlay = None;
                return Some(true);
            }
            Action::MoveUp => cursor.saturating_sub(1),
            Action::MoveDown => (cursor + 1).min(last),
            _ => return None,
        };
        let panel = match self.overlay {
            Some(Overlay::Filters { .. }) => Overlay::Filters { cursor: to },
            Some(Overlay::Weights { .. }) => Overlay::Weights { cursor: to },
            _ => return Some(false),
        };
        if to == cursor {
            return Some(false);
        }
        self.overlay = Some(panel);
        Some(true)
    }

    fn handle_filters(&mut self, cursor: usize, action: Action) -> bool {
        match action {
            Action::ToggleOption => {
                let last = FILTER_OPTIONS.len() - 1;
                let option = FILTER_OPTIONS[cursor.min(last)];
                match option {
                    FilterOption::Developer => return self.open_chooser(ChoiceField::Developer),
                    FilterOption::Country => return self.open_chooser(ChoiceField::Country),
                    _ => {}
                }
                self.toggle_filter(option);
                self.relist();
                true
            }
            Action::ClearFilters => {
                if self.filter.is_empty() {
                    return false;
                }
                self.filter = filter::Filter::default();
                self.relist();
                true
            }
            _ => false,
        }
    }

    fn toggle_filter(&mut self, option: FilterOption) {
        fn flip<T: PartialEq>(list: &mut Vec<T>, value: T) {
            match list.iter().position(|v| *v == value) {
                Some(at) => {
                    list.remove(at);
                }
                None => list.push(value),
            }
        }
        let models = &self.catalog.dataset.models;
        let f = &mut self.filter;
        match option {
            FilterOption::Openness(o) => flip(&mut f.openness, o),
            FilterOption::Kind(k) => flip(&mut f.kinds, k),
            FilterOption::CommercialUse => f.commercial_use = f.commercial_use.next(),
            FilterOption::Feature(feature) => flip(&mut f.features, feature),
            FilterOption::Free => f.free = !f.free,
            FilterOption::InService => f.in_service = f.in_service.next(),
            FilterOption::SelfHostable => f.self_hostable = !f.self_hostable,
            FilterOption::Years => {
                let mut years: Vec<u16> = models.iter().filter_map(|m| m.release_year()).collect();
                years.sort_unstable_by(|a, b| b.cmp(a));
                years.dedup();
                let newest = years.first().copied().unwrap_or(0);
                let next = match f.years {
                    None => years.first().copied(),
                    Some((from, _)) => years.iter().copied().find(|y| *y < from),
                };
                f.years = next.map(|from| (from, newest));
            }
            FilterOption::Modality => {
                let all = models
                    .iter()
                    .flat_map(|m| m.modalities.iter().map(|x| x.to_lowercase()));
                f.modality = next_value(f.modality.as_deref(), all);
            }
            // Chosen by typing (see `open_chooser`), not toggled.
            FilterOption::Developer | FilterOption::Country => {}
            FilterOption::Fits => {
                f.fits_gb = match f.fits_gb {
                    None => Some(FITS_STEPS[0]),
                    Some(gb) => FITS_STEPS.iter().copied().find(|s| *s > gb),
                };
            }
        }
    }

    /// Opens the chooser for `field`, its cursor on the value in force ("any" when none).
    fn open_chooser(&mut self, field: ChoiceField) -> bool {
        let current = match field {
            ChoiceField::Developer => self.filter.developer.clone(),
            ChoiceField::Country => self.filter.country.clone(),
        };
        let cursor = self
            .choices(field, "")
            .iter()
            .position(|c| *c == current)
            .unwrap_or(0);
        self.overlay = Some(Overlay::Choose {
            field,
            query: String::new(),
            cursor,
        });
        true
    }

    /// The values the chooser for `field` offers for `query`: "any" (`None`) first while nothing
    /// is typed, then every value in the data that contains `query` (case ignored), those that
    /// start with it first, each group A to Z.
    pub fn choices(&self, field: ChoiceField, query: &str) -> Vec<Option<String>> {
        let models = &self.catalog.dataset.models;
        let mut all: Vec<String> = match field {
            ChoiceField::Developer => models.iter().filter_map(|m| m.developer.clone()).collect(),
            ChoiceField::Country => models.iter().filter_map(|m| m.country.clone()).collect(),
        };
        all.sort_by_key(|v| v.to_lowercase());
        all.dedup_by(|a, b| a.eq_ignore_ascii_case(b));
        let q = query.to_lowercase();
        let (mut starts, mut contains): (Vec<String>, Vec<String>) = (Vec::new(), Vec::new());
        for v in all {
            let low = v.to_lowercase();
            if low.starts_with(&q) {
                starts.push(v);
            } else if low.contains(&q) {
                contains.push(v);
            }
        }
        starts.append(&mut contains);
        let any = query.is_empty().then_some(None);
        any.into_iter()
            .chain(starts.into_iter().map(Some))
            .collect()
    }

    /// Keys in the chooser for `field` with `query` typed and `cursor` on a value.
    fn handle_choose(
        &mut self,
        field: ChoiceField,
        mut query: String,
        cursor: usize,
        action: Action,
    ) -> bool {
        let back_to_panel = |app: &mut App| {
            let row = FILTER_OPTIONS
                .iter()
                .position(|o| *o == field.option())
                .unwrap_or(0);
            app.overlay = Some(Overlay::Filters { cursor: row });
        };
        let cursor = match action {
            Action::SearchInsert(c) => {
                query.push(c);
                0
            }
            Action::SearchBackspace => {
                if query.pop().is_none() {
                    return false;
                }
                0
            }
            Action::SearchClear => {
                if query.is_empty() {
                    return false;
                }
                query.clear();
                0
            }
            Action::MoveUp => cursor.saturating_sub(1),
            Action::MoveDown => {
                let last = self.choices(field, &query).len().saturating_sub(1);
                (cursor + 1).min(last)
            }
            Action::SearchAccept => {
                let Some(chosen) = self.choices(field, &query).get(cursor).cloned() else {
                    return false;
                };
                match field {
                    ChoiceField::Developer => self.filter.developer = chosen,
                    ChoiceField::Country => self.filter.country = chosen,
                }
                back_to_panel(self);
                self.relist();
                return true;
            }
            Action::SearchCancel => {
                back_to_panel(self);
                return true;
            }
            _ => return false,
        };
        self.overlay = Some(Overlay::Choose {
            field,
            query,
            cursor,
        });
        true
    }

    fn handle_weights(&mut self, cursor: usize, action: Action) -> bool {
        let pillars: Vec<String> = self
            .catalog
            .dataset
            .criteria
            .iter()
            .map(|p| p.id.clone())
            .collect();
        let before = self.weights.clone();
        match action {
            Action::Increase | Action::Decrease => {
                let Some(id) = pillars.get(cursor) else {
                    return false;
                };
                let now = self.weights.pillar(id);
                let next = if action == Action::Increase {
                    (now + 1).min(MAX_WEIGHT)
                } else {
                    now.saturating_sub(1)
                };
                self.weights.pillars.insert(id.clone(), next);
            }
            Action::NextPreset => {
                let at = weights::matching_preset(&self.weights)
                    .and_then(|p| Preset::ALL.iter().position(|q| *q == p));
                let next = at.map_or(0, |i| (i + 1) % Preset::ALL.len());
                self.weights = Preset::ALL[next].weights();
            }
            _ => return false,
        }
        if self.weights == before {
            return false;
        }
        self.weights_changed();
        true
    }

    /// Re-sorts a score-sorted list and rebuilds an open comparison with the new weights.
    fn weights_changed(&mut self) {
        if self.sort == SortKey::Score {
            self.relist();
        }
        if let Screen::Compare(view) = &mut self.screen {
            view.table = super::build_comparison(&self.catalog, &self.marks, &self.weights);
        }
        self.refresh_frontier();
    }

    /// The weights in force in a few words: the preset's name, or the pillar weights.
    pub fn weights_label(&self) -> String {
        match weights::matching_preset(&self.weights) {
            Some(p) => crate::i18n::values::preset(p).to_string(),
            None => weights::describe(&self.weights, &self.catalog.dataset),
        }
    }

    /// Keys on the overview, scrolled to line `now`.
    pub(super) fn handle_overview(&mut self, now: usize, action: Action) -> bool {
        let max = measure::overview_max_scroll(&self.catalog.dataset, &self.theme, self.size);
        let page = measure::overview_body_rows(self.size).max(1);
        let next = match action {
            Action::Back => {
                self.screen = Screen::Browse;
                return true;
            }
            Action::OpenHelp => return self.open_help(),
            Action::MoveUp => now.saturating_sub(1),
            Action::MoveDown => now + 1,
            Action::PageUp => now.saturating_sub(page),
            Action::PageDown => now + page,
            Action::First => 0,
            Action::Last => max,
            _ => return false,
        };
        let next = next.min(max);
        self.screen = Screen::Overview { scroll: next };
        next != now
    }
}

/// The value after `current` among `values` (sorted, duplicates dropped): the first when nothing is
/// chosen, and none ("any") after the last.
fn next_value(current: Option<&str>, values: impl Iterator<Item = String>) -> Option<String> {
    let mut all: Vec<String> = values.collect();
    all.sort_by_key(|v| v.to_lowercase());
    all.dedup_by(|a, b| a.eq_ignore_ascii_case(b));
    match current {
        None => all.first().cloned(),
        Some(cur) => all
            .iter()
            .position(|x| x.eq_ignore_ascii_case(cur))
            .and_then(|p| all.get(p + 1).cloned()),
    }
}
