//! How big things are at a given terminal size: how many lines a wrapped detail takes, how far the
//! compare view, the overview and the help can scroll. `update` (page sizes, scroll limits) and
//! drawing both ask here, so state never asks drawing and the two always agree.

use crate::compare::{Comparison, Row, RowKind};
use crate::data::{Dataset, Model};
use crate::tui::doc;
use crate::tui::layout;
use crate::tui::text;
use crate::tui::theme::Theme;

/// Preferred width of one model column in the compare view.
const COLUMN: usize = 24;
/// Narrowest a model column gets before columns scroll instead.
const MIN_COLUMN: usize = 12;

/// How many lines the detail of `model` (or the empty-list notice) takes at `width` columns.
pub fn detail_lines(model: Option<&Model>, dataset: &Dataset, theme: &Theme, width: u16) -> usize {
    model.map_or(1, |m| {
        doc::detail::model_lines(m, dataset, theme, usize::from(width)).len()
    })
}

/// How the compare table's columns fit a given inner width.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CompareGeometry {
    pub label: usize,
    pub column: usize,
    /// Model columns that fit at once (at least one).
    pub visible: usize,
}

/// Fits `table` into an inner area `width` columns wide.
pub fn compare_geometry(table: &Comparison, width: usize) -> CompareGeometry {
    let longest = table
        .rows
        .iter()
        .filter(|r| r.kind != RowKind::Section)
        .map(|r| text::width(&compare_row_label(r)))
        .max()
        .unwrap_or(0);
    let label = (longest + 1).clamp(10, 32).min(width / 2);
    let room = width.saturating_sub(label);
    let n = table.columns.len().max(1);
    let column = (room / n).clamp(MIN_COLUMN, COLUMN).min(room.max(1));
    let visible = (room / column.max(1)).clamp(1, n);
    CompareGeometry {
        label,
        column,
        visible,
    }
}

/// A compare row's label as the table shows it: criteria indented under their pillar heading,
/// and the pillar's subtotal named as such (the heading above already names the pillar).
pub fn compare_row_label(row: &Row) -> String {
    match row.kind {
        RowKind::Criterion => format!("  {}", row.label),
        RowKind::Pillar if row.weighted => {
            crate::i18n::t(crate::i18n::Msg::PillarWeightedMean).to_string()
        }
        RowKind::Pillar => crate::i18n::t(crate::i18n::Msg::PillarMean).to_string(),
        _ => row.label.clone(),
    }
}

/// Rows of the compare table body (below the header row) at terminal `size`.
pub fn compare_body_rows(size: (u16, u16)) -> usize {
    usize::from(layout::compare_inner(size).height.saturating_sub(1))
}

/// The largest row and column offsets of the compare view at terminal `size`.
pub fn compare_max_offsets(table: &Comparison, size: (u16, u16)) -> (usize, usize) {
    let g = compare_geometry(table, usize::from(layout::compare_inner(size).width));
    (
        table.rows.len().saturating_sub(compare_body_rows(size)),
        table.columns.len().saturating_sub(g.visible),
    )
}

/// Rows of the overview pane at terminal `size`.
pub fn overview_body_rows(size: (u16, u16)) -> usize {
    usize::from(layout::compare_inner(size).height)
}

/// The furthest the overview of `dataset` can scroll at terminal `size`.
pub fn overview_max_scroll(dataset: &Dataset, theme: &Theme, size: (u16, u16)) -> usize {
    let width = usize::from(layout::compare_inner(size).width);
    let o = crate::overview::compute(dataset);
    doc::overview::lines(&o, theme, width)
        .len()
        .saturating_sub(overview_body_rows(size))
}

/// Rows the help overlay shows at once at terminal `size`, with `notes` lines about the data file.
pub fn help_rows(size: (u16, u16), notes: usize) -> usize {
    usize::from(layout::help_inner(size, doc::help::line_count(notes)).height)
}

/// The furthest the help overlay can scroll at terminal `size`.
pub fn help_max_scroll(size: (u16, u16), notes: usize) -> usize {
    doc::help::line_count(notes).saturating_sub(help_rows(size, notes))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::Cell;

    fn table(columns: usize, label: &str) -> Comparison {
        let cell = Cell {
            text: "5".into(),
            value: Some(5.0),
            best: false,
        };
        Comparison {
            columns: (0..columns).collect(),
            rows: vec![Row {
                key: "k".into(),
                label: label.into(),
                kind: RowKind::Criterion,
                cells: vec![cell; columns],
                weighted: false,
            }],
        }
    }

    #[test]
    fn columns_shrink_then_scroll() {
        let g = compare_geometry(&table(2, "Self-hosting"), 118);
        assert_eq!((g.column, g.visible), (COLUMN, 2));
        let g = compare_geometry(&table(8, "Self-hosting"), 78);
        assert_eq!(g.column, MIN_COLUMN);
        assert!(g.visible < 8 && g.label + g.visible * g.column <= 78);
        let g = compare_geometry(&table(3, "Label"), 1);
        assert_eq!(g.visible, 1);
    }
}
