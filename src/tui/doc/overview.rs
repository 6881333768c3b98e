//! The open-vs-closed overview laid out for a width: per pillar and criterion, the mean score of
//! each openness group as a bar with its count, then the criteria where each group leads most.

use crate::data::Openness;
use crate::i18n::{t, values, Msg};
use crate::overview::{GroupMean, Overview};
use crate::tui::text::{self, fit};
use crate::tui::theme::Theme;
use ratatui::text::{Line, Span};

/// How many strengths are listed per group.
const STRENGTHS: usize = 3;

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
    let mut head = vec![Span::styled(fit(t(Msg::OvHead), name_w), theme.dim)];
    for (i, group) in Openness::ALL.into_iter().enumerate() {
        let label = format!(" {} ({})", values::openness(group), o.group_sizes[i]);
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
    out.push(Line::styled(t(Msg::OvLeads), theme.heading));
    for group in Openness::ALL {
        let best: Vec<String> = o
            .strengths(group)
            .iter()
            .take(STRENGTHS)
            .map(|r| format!("{} (+{:.1})", r.name, r.lead))
            .collect();
        let text = if best.is_empty() {
            t(Msg::OvLeadsNone).to_string()
        } else {
            best.join(", ")
        };
        let label = format!(" {}: ", values::openness(group));
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
