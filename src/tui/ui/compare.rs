//! The compare view: the core's [`Comparison`] as a table with models as columns, the best value of
//! each row standing out, scrolling both ways.

use crate::compare::{Cell, Row, RowKind};
use crate::i18n::{tf, Msg};
use crate::tui::app::{App, CompareView};
use crate::tui::doc::detail::bar;
use crate::tui::layout;
use crate::tui::measure::{self, compare_row_label as label, CompareGeometry as Geometry};
use crate::tui::text::{fit, put};
use crate::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

/// Draws the compare view into `area`.
pub fn render(app: &App, view: &CompareView, area: Rect, buf: &mut Buffer) {
    let theme = app.theme();
    let table = &view.table;
    let n = table.columns.len();
    let inner_width = usize::from(layout::inner(area).width);
    let g = measure::compare_geometry(table, inner_width);
    let first = view.col_offset.min(n.saturating_sub(g.visible));
    let last = (first + g.visible).min(n);
    let s = &theme.symbols;
    let mut title = tf(Msg::CompareTitle, &[("n", &n)]);
    if g.visible < n {
        let left = if first > 0 { s.more_left } else { " " };
        let right = if last < n { s.more_right } else { " " };
        let arrows = format!("{left}{right}");
        let from = first + 1;
        title = tf(
            Msg::CompareTitleOf,
            &[
                ("from", &from),
                ("to", &last),
                ("n", &n),
                ("arrows", &arrows),
            ],
        );
    }
    let body = measure::compare_body_rows(app.size());
    let row_first = view.row_offset.min(table.rows.len().saturating_sub(body));
    let block = super::pane(Line::from(title), true, theme);
    let block = if table.rows.len() > body {
        let shown = (row_first + body).min(table.rows.len());
        let (from, n) = (row_first + 1, table.rows.len());
        let more = tf(Msg::RowsOf, &[("from", &from), ("to", &shown), ("n", &n)]);
        block.title_bottom(Line::styled(more, theme.dim).right_aligned())
    } else {
        block
    };
    let inner = block.inner(area);
    block.render(area, buf);

    let mut header = vec![Span::raw(" ".repeat(g.label))];
    for &col in &table.columns[first..last] {
        let name = &app.catalog().models()[col].name;
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
    use crate::tui::text;
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
