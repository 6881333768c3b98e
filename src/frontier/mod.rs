//! The frontier: entries as points on two axes (by default capability against blended price) and
//! the Pareto frontier among them — the points no other point beats on both axes. Shared by the
//! browser's frontier view and `modeldex frontier`; [`plot`] lays the points out on a grid.

pub mod axis;
pub mod plot;

pub use axis::{Axis, Better};

use crate::data::{Dataset, Openness};
use crate::score::Weights;

/// The figure whose snapshot decides which capability values may share a chart.
const INDEX_FIGURE: &str = "intelligence_index";

/// One entry on the chart.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    /// Dataset position of the entry.
    pub index: usize,
    pub x: f64,
    pub y: f64,
    /// How open the entry is: the point's mark.
    pub openness: Openness,
    /// True when no other point is at least as good on both axes and better on one.
    pub on_frontier: bool,
}

/// The points of a set of entries on two axes, sorted by x (then y), with the frontier marked.
#[derive(Debug, Clone, PartialEq)]
pub struct Frontier {
    pub x: Axis,
    pub y: Axis,
    pub points: Vec<Point>,
    /// Entries left out because an axis has no value for them (unpriced, not benchmarked...).
    pub missing: usize,
    /// Entries left out because their capability figures come from another snapshot: index
    /// points of two snapshots are not comparable.
    pub other_snapshot: usize,
    /// The date of the capability snapshot plotted, when a capability axis is shown.
    pub snapshot: Option<String>,
}

impl Frontier {
    /// The frontier's points in x order.
    pub fn frontier(&self) -> impl Iterator<Item = &Point> {
        self.points.iter().filter(|p| p.on_frontier)
    }

    /// The position in `points` of the entry at dataset position `index`.
    pub fn position_of(&self, index: usize) -> Option<usize> {
        self.points.iter().position(|p| p.index == index)
    }
}

/// The chart of the entries at `candidates` (dataset positions) on axes `x` and `y`.
pub fn compute(
    dataset: &Dataset,
    candidates: &[usize],
    x: Axis,
    y: Axis,
    weights: &Weights,
) -> Frontier {
    let mut missing = 0;
    let mut points: Vec<Point> = Vec::with_capacity(candidates.len());
    let mut dates: Vec<Option<&str>> = Vec::with_capacity(candidates.len());
    for &index in candidates {
        let Some(m) = dataset.models.get(index) else {
            continue;
        };
        match (x.value(m, dataset, weights), y.value(m, dataset, weights)) {
            (Some(xv), Some(yv)) => {
                points.push(Point {
                    index,
                    x: xv,
                    y: yv,
                    openness: m.openness,
                    on_frontier: false,
                });
                dates.push(
                    m.capability
                        .as_ref()
                        .and_then(|c| c.figures.get(INDEX_FIGURE))
                        .map(|f| f.as_of.as_str()),
                );
            }
            _ => missing += 1,
        }
    }
    let (mut points, other_snapshot, snapshot) = if x == Axis::Capability || y == Axis::Capability {
        one_snapshot(points, &dates)
    } else {
        (points, 0, None)
    };
    points.sort_by(|a, b| a.x.total_cmp(&b.x).then(a.y.total_cmp(&b.y)));
    mark_frontier(&mut points, x.better(), y.better());
    Frontier {
        x,
        y,
        points,
        missing,
        other_snapshot,
        snapshot,
    }
}

/// Keeps the points of the snapshot most of them come from (the newer date on a tie).
fn one_snapshot(points: Vec<Point>, dates: &[Option<&str>]) -> (Vec<Point>, usize, Option<String>) {
    let mut counts: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
    for d in dates.iter().flatten() {
        *counts.entry(d).or_default() += 1;
    }
    let Some((&chosen, _)) = counts.iter().max_by(|a, b| a.1.cmp(b.1).then(a.0.cmp(b.0))) else {
        return (points, 0, None);
    };
    let total = points.len();
    let kept: Vec<Point> = points
        .into_iter()
        .zip(dates)
        .filter(|(_, d)| **d == Some(chosen))
        .map(|(p, _)| p)
        .collect();
    let left = total - kept.len();
    (kept, left, Some(chosen.to_string()))
}

/// Marks the points no other point dominates. Each value is turned into "goodness" (negated
/// when lower is better); sweeping from the best x down, a point is on the frontier when its
/// y beats every point with a better x — or ties the frontier point with the same x and y.
fn mark_frontier(points: &mut [Point], xb: Better, yb: Better) {
    let good = |v: f64, b: Better| if b == Better::Lower { -v } else { v };
    let mut order: Vec<usize> = (0..points.len()).collect();
    order.sort_by(|&a, &b| {
        let (pa, pb) = (&points[a], &points[b]);
        good(pb.x, xb)
            .total_cmp(&good(pa.x, xb))
            .then(good(pb.y, yb).total_cmp(&good(pa.y, yb)))
    });
    let mut best: Option<(f64, f64)> = None;
    for i in order {
        let (gx, gy) = (good(points[i].x, xb), good(points[i].y, yb));
        let on = match best {
            None => true,
            Some((bx, by)) => gy > by || (gy == by && gx == bx),
        };
        if on {
            points[i].on_frontier = true;
            best = Some((gx, gy));
        }
    }
}

#[cfg(test)]
mod tests;
