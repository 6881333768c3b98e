//! The open-vs-closed overview: per pillar and criterion, the mean score of each openness group as a
//! bar with its count, then the criteria where each group leads most. Computed from the data.

use super::text::{self, fit, put};
use crate::data::Openness;
use crate::overview::{self, GroupMean, Overview};
use crate::tui::app::App;
use crate::tui::layout;
use crate::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

/// How many strengths are listed per group.
const STRENGTHS: usize = 3;

/// Rows of the overview pane at terminal `size`.
pub fn body_rows(size: (u16, u16)) -> usize {
    usize::from(layout::compare_inner(size).height)
}

/// The furthest the overview can scroll.
pub fn max_scroll(app: &App) -> usize {
    let width = usize::from(layout::compare_inner(app.size).width);
    let o = overview::compute(&app.catalog.dataset);
    lines(&o, &app.theme, width)
        .len()
        .saturating_sub(body_rows(app.size))
}

/// Width of the bar in each group cell, and of the name column, for `width` columns.
fn geometry(width: usize) -> (usize, usize) {
    let bar = (width.saturating_sub(22) / 3)
        .saturating_sub(9)
        .clamp(5, 20);
    let name = width.saturating_sub(3 * (bar + 9)).max(8);
    (bar, name)
}

fn cell(g: &GroupMean, leads: bool, bar: usize, theme: &Theme) -> Vec<Span<'static>> {
    let s = &theme.symbols;
    let filled = g
        .mean
        .map_or(0, |m| ((m / 5.0 * bar as f64).round() as usize).min(bar));
    let mean = g.mean.map_or(" –  ".to_string(), |m| format!(" {m:.1}"));
    let count = fit(&format!(" {}", g.count), 4);
    vec![
        Span::raw(" "),
        Span::styled(s.bar_full.repeat(filled), theme.bar(g.mean.unwrap_or(0.0))),
        Span::styled(s.bar_empty.repeat(bar - filled), theme.bar_empty()),
        Span::styled(mean, if leads { theme.best } else { theme.label }),
        Span::styled(count, theme.dim),
    ]
}

/// Every line of the overview at `width` columns.
pub fn lines(o: &Overview, theme: &Theme, width: usize) -> Vec<Line<'static>> {
    let (bar, name_w) = geometry(width);
    let mut out = Vec::new();
    let mut head = vec![Span::styled(fit(" mean · n rated", name_w), theme.dim)];
    for (i, group) in Openness::ALL.into_iter().enumerate() {
        let label = format!(" {} ({})", group.as_str(), o.group_sizes[i]);
        head.push(Span::styled(fit(&label, bar + 9), theme.openness(group)));
    }
    out.push(Line::from(head));
    for row in &o.rows {
        let (name, style) = if row.is_pillar {
            (format!(" {}", row.name), theme.heading)
        } else {
            (format!("   {}", row.name), theme.label)
        };
        let mut spans = vec![Span::styled(fit(&name, name_w), style)];
        for g in &row.groups {
            spans.extend(cell(g, row.leader == Some(g.openness), bar, theme));
        }
        out.push(Line::from(spans));
    }
    out.push(Line::default());
    out.push(Line::styled(" Where each group leads most", theme.heading));
    for group in Openness::ALL {
        let best: Vec<String> = o
            .strengths(group)
            .iter()
            .take(STRENGTHS)
            .map(|r| format!("{} (+{:.1})", r.name, r.lead))
            .collect();
        let text = if best.is_empty() {
            "leads on no criterion".to_string()
        } else {
            best.join(", ")
        };
        let label = format!(" {}: ", group.as_str());
        let indent = text::width(&label);
        let wrapped = text::wrap(&text, width.saturating_sub(indent).max(10));
        for (i, l) in wrapped.into_iter().enumerate() {
            let first = if i == 0 {
                Span::styled(label.clone(), theme.openness(group))
            } else {
                Span::raw(" ".repeat(indent))
            };
            out.push(Line::from(vec![first, Span::raw(l)]));
        }
    }
    out
}

/// Draws the overview into the body `area`.
pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    let o = overview::compute(&app.catalog.dataset);
    let models: usize = o.group_sizes.iter().sum();
    let title = format!(" Open vs closed · {models} models · Esc back ");
    let block = super::pane(Line::from(title), true, theme);
    let inner = block.inner(area);
    block.render(area, buf);
    let all = lines(&o, theme, usize::from(inner.width));
    let rows = usize::from(inner.height);
    let scroll = app.overview_scroll.min(all.len().saturating_sub(rows));
    for (row, line) in all.iter().skip(scroll).take(rows).enumerate() {
        put(buf, inner, row, line);
    }
}
