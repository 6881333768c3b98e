//! The frontier screen: the core's chart drawn cell by cell (styled by role), the selected
//! point's name and values, a legend, and the frontier listed — beside the chart when the screen
//! is wide, in two lines under it otherwise.

use crate::frontier::plot::{self, Role};
use crate::frontier::Frontier;
use crate::i18n::{t, tf, values, Msg};
use crate::tui::app::{App, FrontierView};
use crate::tui::text::{self, fit, put};
use crate::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

/// Columns of the frontier list beside the chart, when the body is at least [`SIDE_FROM`] wide.
const SIDE: u16 = 34;
const SIDE_FROM: u16 = 100;

/// Draws the frontier screen into the body `area`.
pub fn render(app: &App, view: &FrontierView, area: Rect, buf: &mut Buffer) {
    let theme = app.theme();
    let chart = &view.chart;
    let (up, right) = if theme.ascii {
        ("^", ">")
    } else {
        ("↑", "→")
    };
    let title = tf(
        Msg::FrChartTitle,
        &[
            ("title", &t(Msg::FrTitle)),
            ("y", &chart.y.label()),
            ("up", &up),
            ("x", &chart.x.label()),
            ("right", &right),
        ],
    );
    let block = super::pane(Line::from(title), true, theme)
        .title_bottom(Line::styled(counts(chart), theme.dim).right_aligned());
    let inner = block.inner(area);
    block.render(area, buf);
    if chart.points.is_empty() {
        for (i, l) in text::wrap(t(Msg::FrNothing), usize::from(inner.width))
            .into_iter()
            .enumerate()
        {
            put(buf, inner, i, &Line::styled(l, theme.dim));
        }
        return;
    }
    let side = inner.width >= SIDE_FROM;
    let under = if side { 2 } else { 4 };
    let chart_w = if side {
        inner.width - SIDE - 2
    } else {
        inner.width
    };
    let chart_h = inner.height.saturating_sub(under);
    let glyphs = if theme.ascii {
        &plot::ASCII
    } else {
        &plot::UNICODE
    };
    let canvas = plot::draw(
        chart,
        usize::from(chart_w),
        usize::from(chart_h),
        view.selected,
        glyphs,
    );
    let chart_area = Rect::new(inner.x, inner.y, chart_w, chart_h);
    for y in 0..canvas.height {
        put(buf, chart_area, y, &canvas_line(canvas.row(y), theme));
    }
    let mut row = usize::from(chart_h);
    put(buf, inner, row, &selected_line(app, view, theme));
    row += 1;
    put(buf, inner, row, &legend(glyphs, theme));
    row += 1;
    let names = frontier_names(app, chart);
    if side {
        let list = Rect::new(inner.x + chart_w + 2, inner.y, SIDE, chart_h).intersection(inner);
        put(
            buf,
            list,
            0,
            &Line::styled(
                format!("{} ({})", t(Msg::FrListed), chart.frontier().count()),
                theme.heading,
            ),
        );
        for (i, (name, x, y)) in names
            .iter()
            .enumerate()
            .take(usize::from(chart_h).saturating_sub(1))
        {
            let values = format!(" {x} {y}");
            let name_w = usize::from(SIDE).saturating_sub(text::width(&values));
            put(
                buf,
                list,
                i + 1,
                &Line::from(vec![
                    Span::raw(fit(name, name_w)),
                    Span::styled(values, theme.dim),
                ]),
            );
        }
    } else {
        let joined: Vec<&str> = names.iter().map(|(n, _, _)| n.as_str()).collect();
        let text = format!("{}: {}", t(Msg::FrListed), joined.join(" → "));
        for l in text::wrap(&text, usize::from(inner.width))
            .into_iter()
            .take(2)
        {
            put(buf, inner, row, &Line::styled(l, theme.dim));
            row += 1;
        }
    }
}

/// One row of the canvas as styled runs.
fn canvas_line(cells: &[plot::Cell], theme: &Theme) -> Line<'static> {
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut run = String::new();
    let mut style = Style::new();
    for c in cells {
        let s = role_style(c.role, theme);
        if s != style && !run.is_empty() {
            spans.push(Span::styled(std::mem::take(&mut run), style));
        }
        style = s;
        run.push(c.ch);
    }
    if !run.is_empty() {
        spans.push(Span::styled(run, style));
    }
    Line::from(spans)
}

fn role_style(role: Role, theme: &Theme) -> Style {
    match role {
        Role::Blank => Style::new(),
        Role::Axis | Role::Tick => theme.dim,
        Role::Step => theme.heading,
        Role::Point(o) => theme.openness(o),
        Role::Frontier(o) => theme.openness(o).add_modifier(Modifier::BOLD),
        Role::Selected(_) => theme.selected,
    }
}

/// `▶ GPT-5.1 · OpenAI · closed · $3.44 · 47.7 · off the frontier`.
fn selected_line(app: &App, view: &FrontierView, theme: &Theme) -> Line<'static> {
    let Some(p) = view.selected_point() else {
        return Line::default();
    };
    let m = &app.catalog().models()[p.index];
    let mut parts = vec![m.name.clone()];
    if let Some(d) = &m.developer {
        parts.push(d.clone());
    }
    parts.push(values::openness(m.openness).to_string());
    parts.push(view.chart.x.format(p.x));
    parts.push(view.chart.y.format(p.y));
    parts.push(t(if p.on_frontier { Msg::FrOn } else { Msg::FrOff }).to_string());
    let arrow = if theme.ascii { "> " } else { "▶ " };
    Line::from(vec![
        Span::styled(arrow, theme.key),
        Span::styled(parts.join(" · "), theme.label),
    ])
}

/// The marks' meaning.
fn legend(glyphs: &plot::Glyphs, theme: &Theme) -> Line<'static> {
    Line::styled(plot::legend(glyphs), theme.dim)
}

/// How many points are plotted and what was left out: ` 14 plotted · 4 without values `.
fn counts(chart: &Frontier) -> String {
    let mut text = tf(Msg::FrPlotted, &[("n", &chart.points.len())]);
    if chart.missing > 0 {
        text.push_str(&tf(Msg::FrLeftOut, &[("n", &chart.missing)]));
    }
    if chart.other_snapshot > 0 {
        text.push_str(&tf(Msg::FrOtherSnapshot, &[("n", &chart.other_snapshot)]));
    }
    if let Some(d) = &chart.snapshot {
        text.push_str(&format!(" · AA {d}"));
    }
    text.push(' ');
    text
}

/// The frontier's entries in x order with their two values.
fn frontier_names(app: &App, chart: &Frontier) -> Vec<(String, String, String)> {
    chart
        .frontier()
        .map(|p| {
            (
                app.catalog().models()[p.index].name.clone(),
                chart.x.format(p.x),
                chart.y.format(p.y),
            )
        })
        .collect()
}
