//! `frontier`: entries on two axes (capability against blended price by default) as a chart in
//! the terminal, and the Pareto frontier listed in every format.

use super::output::{self, md_escape, Cell, Column, Style};
use super::Failure;
use crate::args::{Format, FrontierArgs};
use crate::catalog::Catalog;
use crate::data::{Dataset, Kind};
use crate::filter::Filter;
use crate::frontier::{self, plot, Axis, Frontier};
use crate::i18n::{self, t, tf, values, Lang, Msg};
use crate::markup::{self, Align};
use crate::score::Weights;
use serde_json::{json, Value};

/// Rows of the chart in a table output.
const CHART_ROWS: usize = 20;

/// `modeldex frontier`.
pub fn run(
    catalog: &Catalog,
    args: &FrontierArgs,
    weights: &Weights,
    style: &Style,
    ascii: bool,
) -> Result<String, Failure> {
    let (x, y) = (args.x.axis(), args.y.axis());
    if x == y {
        return Err(Failure::Error(tf(Msg::FrSameAxes, &[("axis", &x.id())])));
    }
    let candidates = plotted_filter(args).apply(catalog.models());
    let chart = frontier::compute(&catalog.dataset, &candidates, x, y, weights);
    let d = &catalog.dataset;
    Ok(match args.format.format {
        // Scripts read JSON: its labels stay English in every language.
        Format::Json => output::json(&i18n::in_lang(Lang::En, || to_json(&chart, d))),
        Format::Csv => to_csv(&chart, d),
        Format::Markdown => to_markdown(&chart, d),
        Format::Table => table(&chart, d, style, ascii),
    })
}

/// The filter of `list` the flags describe; without `--kinds`, models only (a framework has no
/// price or capability to plot).
fn plotted_filter(args: &FrontierArgs) -> Filter {
    let mut filter = args.filter.filter();
    if args.filter.kinds.is_empty() {
        filter.kinds = vec![Kind::Model];
    }
    filter
}

/// What was plotted and what was left out, in one sentence.
pub fn summary(chart: &Frontier) -> String {
    let mut s = tf(
        Msg::FrSummary,
        &[
            ("y", &chart.y.label()),
            ("x", &chart.x.label()),
            ("n", &chart.points.len()),
            ("on", &chart.frontier().count()),
        ],
    );
    if chart.missing > 0 {
        s.push_str(&tf(Msg::FrSummaryMissing, &[("n", &chart.missing)]));
    }
    if chart.other_snapshot > 0 {
        s.push_str(&tf(Msg::FrSummaryOther, &[("n", &chart.other_snapshot)]));
    }
    if let Some(date) = &chart.snapshot {
        s.push_str(&tf(Msg::FrSummarySnapshot, &[("date", date)]));
    }
    s.push_str(t(Msg::FrSummaryEnd));
    s
}

/// What being on the frontier means for these axes: "nothing cheaper is more capable".
pub fn meaning(chart: &Frontier) -> String {
    tf(
        Msg::FrMeaning,
        &[("x", &chart.x.better_word()), ("y", &chart.y.better_word())],
    )
}

fn table(chart: &Frontier, d: &Dataset, style: &Style, ascii: bool) -> String {
    let glyphs = if ascii { &plot::ASCII } else { &plot::UNICODE };
    let mut out = String::new();
    for line in output::text::wrap(&summary(chart), style.width) {
        out.push_str(&line);
        out.push('\n');
    }
    let canvas = plot::draw(chart, style.width.max(20), CHART_ROWS, None, glyphs);
    out.push_str(&canvas.text());
    out.push('\n');
    out.push_str(&plot::legend(glyphs));
    out.push_str("\n\n");
    out.push_str(&meaning(chart));
    out.push('\n');
    // Names and the two values are never cut; short of width the openness (the chart's marks
    // show it) and then the id are left out (#16).
    let mut t = output::Table::new(vec![
        Column::left(t(Msg::ColName)).whole(),
        Column::left(t(Msg::ColId)).whole().droppable(2),
        Column::left(t(Msg::ColOpenness)).droppable(1),
        Column::right(&header(chart.x.short())).whole(),
        Column::right(&header(chart.y.short())).whole(),
    ]);
    for p in chart.frontier() {
        let m = &d.models[p.index];
        t.row(vec![
            Cell::plain(m.name.clone()),
            Cell::plain(m.id.clone()),
            Cell::plain(values::openness(m.openness)),
            Cell::plain(chart.x.format(p.x)),
            Cell::plain(chart.y.format(p.y)),
        ]);
    }
    out.push_str(&t.render(style));
    out
}

/// A table header: capitals in English; Chinese has none (and `token` stays lower case).
fn header(text: &str) -> String {
    i18n::pick(text.to_uppercase(), text.to_string())
}

/// A value without the noise of binary fractions (0.17500000000000002 → 0.175).
fn round4(v: f64) -> f64 {
    (v * 1e4).round() / 1e4
}

fn to_json(chart: &Frontier, d: &Dataset) -> Value {
    let axis = |a: Axis| json!({"axis": a.id(), "label": a.label(), "log": a.log()});
    let frontier: Vec<Value> = chart
        .frontier()
        .map(|p| {
            let m = &d.models[p.index];
            json!({"id": m.id, "name": m.name, "openness": m.openness.as_str(),
                   "x": round4(p.x), "y": round4(p.y)})
        })
        .collect();
    json!({
        "x": axis(chart.x),
        "y": axis(chart.y),
        "snapshot": chart.snapshot,
        "plotted": chart.points.len(),
        "left_out_missing_values": chart.missing,
        "left_out_other_snapshot": chart.other_snapshot,
        "frontier": frontier,
    })
}

fn to_csv(chart: &Frontier, d: &Dataset) -> String {
    let header: Vec<String> = ["id", "name", "openness", chart.x.id(), chart.y.id()]
        .map(String::from)
        .to_vec();
    let records: Vec<Vec<String>> = chart
        .frontier()
        .map(|p| {
            let m = &d.models[p.index];
            vec![
                m.id.clone(),
                m.name.clone(),
                m.openness.as_str().to_string(),
                markup::csv_number(Some(round4(p.x))),
                markup::csv_number(Some(round4(p.y))),
            ]
        })
        .collect();
    markup::csv(&header, &records)
}

fn to_markdown(chart: &Frontier, d: &Dataset) -> String {
    let headers: Vec<String> = [
        t(Msg::MdName),
        i18n::pick("Id", "ID"),
        t(Msg::MdOpenness),
        chart.x.short(),
        chart.y.short(),
    ]
    .map(md_escape)
    .to_vec();
    let aligns = [
        Align::Left,
        Align::Left,
        Align::Left,
        Align::Right,
        Align::Right,
    ];
    let rows: Vec<Vec<String>> = chart
        .frontier()
        .map(|p| {
            let m = &d.models[p.index];
            vec![
                md_escape(&m.name),
                output::md_code(&m.id),
                values::openness(m.openness).to_string(),
                md_escape(&chart.x.format(p.x)),
                md_escape(&chart.y.format(p.y)),
            ]
        })
        .collect();
    format!(
        "{}\n\n{}\n\n{}",
        md_escape(&summary(chart)),
        md_escape(&meaning(chart)),
        markup::markdown_table(&headers, &aligns, &rows)
    )
}
