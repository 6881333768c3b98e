//! The compare view: the core's [`Comparison`] as a table with models as columns, the best value of
//! each row standing out, scrolling both ways.

use super::detail::bar;
use super::text::{self, fit, put};
use crate::compare::{Cell, Comparison, Row, RowKind};
use crate::tui::app::App;
use crate::tui::layout;
use crate::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

/// Preferred width of one model column.
const COLUMN: usize = 24;
/// Narrowest a model column gets before columns scroll instead.
const MIN_COLUMN: usize = 12;

/// How the table's columns fit a given inner width.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Geometry {
    pub label: usize,
    pub column: usize,
    /// Model columns that fit at once (at least one).
    pub visible: usize,
}

/// Fits `table` into an inner area `width` columns wide.
pub fn geometry(table: &Comparison, width: usize) -> Geometry {
    let longest = table
        .rows
        .iter()
        .filter(|r| r.kind != RowKind::Section)
        .map(|r| text::width(&label(r)))
        .max()
        .unwrap_or(0);
    let label = (longest + 1).clamp(10, 32).min(width / 2);
    let room = width.saturating_sub(label);
    let n = table.columns.len().max(1);
    let column = (room / n).clamp(MIN_COLUMN, COLUMN).min(room.max(1));
    let visible = (room / column.max(1)).clamp(1, n);
    Geometry {
        label,
        column,
        visible,
    }
}

/// Rows of the table body (below the header row) at terminal `size`.
pub fn body_rows(size: (u16, u16)) -> usize {
    usize::from(layout::compare_inner(size).height.saturating_sub(1))
}

/// The largest row and column offsets at terminal `size`.
pub fn max_offsets(table: &Comparison, size: (u16, u16)) -> (usize, usize) {
    let g = geometry(table, usize::from(layout::compare_inner(size).width));
    (
        table.rows.len().saturating_sub(body_rows(size)),
        table.columns.len().saturating_sub(g.visible),
    )
}

/// Draws the compare view into `area`.
pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    let Some(view) = &app.compare else {
        return;
    };
    let table = &view.table;
    let n = table.columns.len();
    let inner_width = usize::from(layout::inner(area).width);
    let g = geometry(table, inner_width);
    let first = view.col_offset.min(n.saturating_sub(g.visible));
    let last = (first + g.visible).min(n);
    let s = &theme.symbols;
    let mut title = format!(" Compare {n} ");
    if g.visible < n {
        let left = if first > 0 { s.more_left } else { " " };
        let right = if last < n { s.more_right } else { " " };
        title = format!(
            " Compare: models {}–{last} of {n} {left}{right} ",
            first + 1
        );
    }
    let body = body_rows(app.size);
    let row_first = view.row_offset.min(table.rows.len().saturating_sub(body));
    let block = super::pane(Line::from(title), true, theme);
    let block = if table.rows.len() > body {
        let shown = (row_first + body).min(table.rows.len());
        let more = format!(" rows {}–{shown} of {} ", row_first + 1, table.rows.len());
        block.title_bottom(Line::styled(more, theme.dim).right_aligned())
    } else {
        block
    };
    let inner = block.inner(area);
    block.render(area, buf);

    let mut header = vec![Span::raw(" ".repeat(g.label))];
    for &col in &table.columns[first..last] {
        let name = &app.catalog.models()[col].name;
        header.push(Span::styled(
            fit(name, g.column.saturating_sub(1)),
            theme.label,
        ));
        header.push(Span::raw(" "));
    }
    put(buf, inner, 0, &Line::from(header));
    for (i, row) in table.rows.iter().skip(row_first).take(body).enumerate() {
        put(buf, inner, i + 1, &row_line(row, first..last, g, theme));
    }
}

/// A row's label as the table shows it: criteria indented under their pillar heading, and the
/// pillar's subtotal named as such (the heading above already names the pillar).
fn label(row: &Row) -> String {
    match row.kind {
        RowKind::Criterion => format!("  {}", row.label),
        RowKind::Pillar => "  Pillar mean".to_string(),
        _ => row.label.clone(),
    }
}

fn row_line(row: &Row, cols: std::ops::Range<usize>, g: Geometry, theme: &Theme) -> Line<'static> {
    if row.kind == RowKind::Section {
        return Line::styled(
            fit(&row.label, g.label + g.column * cols.len()),
            theme.heading,
        );
    }
    let label_style = match row.kind {
        RowKind::Pillar | RowKind::Overall => theme.subtotal,
        _ => Style::new(),
    };
    let label = fit(&label(row), g.label.saturating_sub(1));
    let mut spans = vec![Span::styled(label, label_style), Span::raw(" ")];
    for cell in &row.cells[cols] {
        spans.extend(cell_spans(cell, row.kind, g.column, theme));
    }
    Line::from(spans)
}

/// One cell, exactly `width` columns including its trailing gap.
fn cell_spans(cell: &Cell, kind: RowKind, width: usize, theme: &Theme) -> Vec<Span<'static>> {
    let base = if cell.best {
        theme.best
    } else if matches!(kind, RowKind::Pillar | RowKind::Overall) {
        theme.subtotal
    } else {
        Style::new()
    };
    let best = if cell.best {
        format!(" {}", theme.symbols.best)
    } else {
        String::new()
    };
    let mut spans = Vec::new();
    let mut used = 0;
    // Criterion rows chart each model's score; pillar and total rows chart its pillar profile.
    let charted = matches!(
        kind,
        RowKind::Criterion | RowKind::Pillar | RowKind::Overall
    );
    if charted && cell.value.is_some() && width >= 14 {
        spans = bar(cell.value, theme);
        spans.push(Span::raw(" "));
        used = 6;
    }
    let room = width.saturating_sub(used + 1);
    let text = fit(&format!("{}{best}", cell.text), room);
    spans.push(Span::styled(text, base));
    spans.push(Span::raw(" "));
    spans
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
            }],
        }
    }

    #[test]
    fn scores_pillar_means_and_the_total_are_charted_as_bars() {
        let theme = Theme::monochrome();
        let cell = |v: f64| Cell {
            text: format!("{v:.1}"),
            value: Some(v),
            best: false,
        };
        for kind in [RowKind::Criterion, RowKind::Pillar, RowKind::Overall] {
            let spans = cell_spans(&cell(3.6), kind, 20, &theme);
            let text: String = spans.iter().map(|s| s.content.as_ref()).collect();
            assert!(text.starts_with("████░ 3.6"), "{kind:?}: {text:?}");
        }
        let facts = cell_spans(&cell(3.6), RowKind::Fact, 20, &theme);
        let text: String = facts.iter().map(|s| s.content.as_ref()).collect();
        assert!(!text.contains('█'), "facts are not charted: {text:?}");
        let narrow = cell_spans(&cell(3.6), RowKind::Pillar, 12, &theme);
        let text: String = narrow.iter().map(|s| s.content.as_ref()).collect();
        assert!(!text.contains('█'), "no room for a bar: {text:?}");
    }

    #[test]
    fn columns_shrink_then_scroll() {
        let g = geometry(&table(2, "Self-hosting"), 118);
        assert_eq!((g.column, g.visible), (COLUMN, 2));
        let g = geometry(&table(8, "Self-hosting"), 78);
        assert_eq!(g.column, MIN_COLUMN);
        assert!(g.visible < 8 && g.label + g.visible * g.column <= 78);
        let g = geometry(&table(3, "Label"), 1);
        assert_eq!(g.visible, 1);
    }

    #[test]
    fn best_cells_carry_a_symbol_as_well_as_a_style() {
        let theme = Theme::monochrome();
        let cell = Cell {
            text: "4.5".into(),
            value: Some(4.5),
            best: true,
        };
        let spans = cell_spans(&cell, RowKind::Pillar, 12, &theme);
        assert!(spans[0].content.contains(theme.symbols.best));
        assert_eq!(spans[0].style, theme.best);
        let width: usize = spans.iter().map(|s| text::width(&s.content)).sum();
        assert_eq!(width, 12);
    }
}
