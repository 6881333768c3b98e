//! The frontier screen's state and keys: which point is selected and which axes are shown. What a
//! key does is a pure function of (view, action), [`step`]; the app then carries the step out.

use super::{App, Focus, Overlay, Screen};
use crate::frontier::{self, Axis, Frontier, Point};
use crate::tui::action::Action;

/// The frontier screen: the core's chart of the listed entries and the selected point.
#[derive(Debug, Clone, PartialEq)]
pub struct FrontierView {
    pub chart: Frontier,
    /// Position in `chart.points` of the selected point; `None` when nothing is plotted.
    pub selected: Option<usize>,
}

impl FrontierView {
    /// The view of `chart`, keeping the entry at dataset position `keep` selected when it is
    /// plotted, else selecting the frontier's first point.
    pub fn new(chart: Frontier, keep: Option<usize>) -> Self {
        let selected = keep
            .and_then(|i| chart.position_of(i))
            .or_else(|| chart.points.iter().position(|p| p.on_frontier));
        FrontierView { chart, selected }
    }

    /// The selected point.
    pub fn selected_point(&self) -> Option<&Point> {
        self.chart.points.get(self.selected?)
    }
}

/// What a key asks of the frontier screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// Select the point at this position in the chart.
    Select(usize),
    /// Show these axes (x, y).
    Axes(Axis, Axis),
    /// Open the entry at this dataset position in the detail view.
    Open(usize),
    /// Back to the list.
    Close,
    /// Open an overlay over the chart (help, filter panel, weights editor).
    Overlay(Overlay),
    /// Nothing to do.
    Nothing,
}

/// What `action` does on `view`. Left/right walk the points in x order, up/down in y order.
pub fn step(view: &FrontierView, action: &Action) -> Step {
    let points = &view.chart.points;
    let n = points.len();
    let (x, y) = (view.chart.x, view.chart.y);
    let select = |to: Option<usize>| match to {
        Some(p) if Some(p) != view.selected && p < n => Step::Select(p),
        _ => Step::Nothing,
    };
    let by_y = || {
        let mut order: Vec<usize> = (0..n).collect();
        order.sort_by(|&a, &b| points[a].y.total_cmp(&points[b].y).then(a.cmp(&b)));
        order
    };
    let rank = |order: &[usize]| {
        view.selected
            .and_then(|s| order.iter().position(|&p| p == s))
    };
    match action {
        Action::ScrollLeft => select(view.selected.and_then(|s| s.checked_sub(1))),
        Action::ScrollRight => select(view.selected.map(|s| s + 1)),
        Action::MoveUp => {
            let order = by_y();
            select(rank(&order).and_then(|r| order.get(r + 1).copied()))
        }
        Action::MoveDown => {
            let order = by_y();
            select(
                rank(&order)
                    .and_then(|r| r.checked_sub(1))
                    .map(|r| order[r]),
            )
        }
        Action::First => select((n > 0).then_some(0)),
        Action::Last => select(n.checked_sub(1)),
        Action::CycleXAxis => Step::Axes(x.next_except(y), y),
        Action::CycleYAxis => Step::Axes(x, y.next_except(x)),
        Action::OpenDetail => view
            .selected_point()
            .map_or(Step::Nothing, |p| Step::Open(p.index)),
        Action::Back | Action::OpenFrontier => Step::Close,
        Action::OpenHelp => Step::Overlay(Overlay::Help { scroll: 0 }),
        Action::OpenFilters => Step::Overlay(Overlay::Filters { cursor: 0 }),
        Action::OpenWeights => Step::Overlay(Overlay::Weights { cursor: 0 }),
        _ => Step::Nothing,
    }
}

impl App {
    /// The chart of the listed entries (filter and search applied) on `x` and `y`.
    fn frontier_chart(&self, x: Axis, y: Axis) -> Frontier {
        frontier::compute(&self.catalog.dataset, &self.visible, x, y, &self.weights)
    }

    /// Opens the frontier of the listed entries, capability against blended price, with the
    /// selected entry selected when it is plotted.
    pub(super) fn open_frontier(&mut self) -> bool {
        let chart = self.frontier_chart(Axis::Price, Axis::Capability);
        self.screen = Screen::Frontier(FrontierView::new(chart, self.selected_index()));
        true
    }

    /// Recomputes the chart after the filter or the weights changed, keeping the selection.
    pub(super) fn refresh_frontier(&mut self) {
        if let Screen::Frontier(view) = &self.screen {
            let keep = view.selected_point().map(|p| p.index);
            let chart = self.frontier_chart(view.chart.x, view.chart.y);
            self.screen = Screen::Frontier(FrontierView::new(chart, keep));
        }
    }

    /// Keys on the frontier screen.
    pub(super) fn handle_frontier(&mut self, action: Action) -> bool {
        let Screen::Frontier(view) = &mut self.screen else {
            return false;
        };
        match step(view, &action) {
            Step::Select(p) => view.selected = Some(p),
            Step::Axes(x, y) => {
                let keep = view.selected_point().map(|p| p.index);
                let chart = self.frontier_chart(x, y);
                self.screen = Screen::Frontier(FrontierView::new(chart, keep));
            }
            Step::Open(index) => {
                self.screen = Screen::Browse;
                if let Some(pos) = self.visible.iter().position(|&i| i == index) {
                    self.select(pos);
                }
                self.focus = Focus::Detail;
            }
            Step::Close => self.screen = Screen::Browse,
            Step::Overlay(o) => self.overlay = Some(o),
            Step::Nothing => return false,
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::Openness;

    fn view(points: &[(f64, f64, bool)], selected: Option<usize>) -> FrontierView {
        let points = points
            .iter()
            .enumerate()
            .map(|(i, &(x, y, on))| Point {
                index: 10 + i,
                x,
                y,
                openness: Openness::OpenWeights,
                on_frontier: on,
            })
            .collect();
        FrontierView {
            chart: Frontier {
                x: Axis::Price,
                y: Axis::Capability,
                points,
                missing: 0,
                other_snapshot: 0,
                snapshot: None,
            },
            selected,
        }
    }

    #[test]
    fn arrows_walk_the_points_by_x_and_by_y() {
        let v = view(
            &[(1.0, 30.0, true), (2.0, 10.0, false), (3.0, 50.0, true)],
            Some(0),
        );
        assert_eq!(step(&v, &Action::ScrollRight), Step::Select(1));
        assert_eq!(
            step(&v, &Action::ScrollLeft),
            Step::Nothing,
            "already leftmost"
        );
        // Up goes to the next higher y: from 30 to 50 (position 2); down from 30 to 10.
        assert_eq!(step(&v, &Action::MoveUp), Step::Select(2));
        assert_eq!(step(&v, &Action::MoveDown), Step::Select(1));
        assert_eq!(step(&v, &Action::Last), Step::Select(2));
        assert_eq!(step(&v, &Action::First), Step::Nothing);
        let top = view(&[(1.0, 30.0, true), (3.0, 50.0, true)], Some(1));
        assert_eq!(
            step(&top, &Action::MoveUp),
            Step::Nothing,
            "already highest"
        );
    }

    #[test]
    fn enter_opens_the_selected_entry_and_axes_cycle_without_coinciding() {
        let v = view(&[(1.0, 30.0, true), (2.0, 10.0, false)], Some(1));
        assert_eq!(step(&v, &Action::OpenDetail), Step::Open(11));
        assert_eq!(
            step(&v, &Action::CycleXAxis),
            Step::Axes(Axis::Score, Axis::Capability)
        );
        assert_eq!(
            step(&v, &Action::CycleYAxis),
            Step::Axes(Axis::Price, Axis::Score)
        );
        assert_eq!(step(&v, &Action::Back), Step::Close);
        assert_eq!(step(&v, &Action::OpenFrontier), Step::Close);
        let empty = view(&[], None);
        assert_eq!(step(&empty, &Action::OpenDetail), Step::Nothing);
        assert_eq!(step(&empty, &Action::ScrollRight), Step::Nothing);
        assert_eq!(step(&empty, &Action::Last), Step::Nothing);
    }
}
