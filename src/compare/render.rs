//! A comparison as Markdown (with its legend) and as CSV: what `modeldex compare --format
//! markdown|csv` prints and what the browser copies with `y` and exports with `e`.

use super::{Comparison, Row, RowKind};
use crate::data::Dataset;
use crate::format;
use crate::i18n::{t, tf, Msg};
use crate::markup::{self, md_escape, Align};
use crate::score::Weights;
use crate::weights::describe;

/// What the scores mean and which weights the total uses; printed under tables and Markdown.
pub fn legend(d: &Dataset, weights: &Weights) -> String {
    let total = if weights.is_balanced() {
        t(Msg::LegendBalanced).to_string()
    } else {
        tf(Msg::LegendWeights, &[("weights", &describe(weights, d))])
    };
    let weighted = d.criteria.iter().any(|p| weights.weighs_within(p));
    let mean = t(if weighted {
        Msg::LegendWeightedMean
    } else {
        Msg::LegendMean
    });
    tf(Msg::Legend, &[("mean", &mean), ("total", &total)])
}

/// Sentences of a legend joined as the language writes them: a space between English ones,
/// nothing after a Chinese full stop.
pub fn sentences(parts: &[&str]) -> String {
    parts
        .iter()
        .filter(|p| !p.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(crate::i18n::pick(" ", ""))
}

/// Rows that carry values, each with the key of the section it sits in (`facts` or a pillar id).
pub fn value_rows(cmp: &Comparison) -> Vec<(&str, &Row)> {
    let mut section = "";
    let mut out = Vec::new();
    for row in &cmp.rows {
        if row.kind == RowKind::Section {
            section = &row.key;
        } else {
            out.push((section, row));
        }
    }
    out
}

/// One record per entry: id, name, then one column per row key.
pub fn csv(cmp: &Comparison, d: &Dataset) -> String {
    let rows = value_rows(cmp);
    let mut header = vec!["id".to_string(), "name".to_string()];
    let Some(&first) = cmp.columns.first() else {
        return markup::csv(&header, Vec::<Vec<String>>::new());
    };
    for (_, r) in &rows {
        match numeric_facts(&r.key, &d.models[first]) {
            Some(cols) => header.extend(cols.into_iter().map(|(name, _)| name.to_string())),
            None => header.push(r.key.clone()),
        }
    }
    let records: Vec<Vec<String>> = cmp
        .columns
        .iter()
        .enumerate()
        .map(|(col, &i)| {
            let m = &d.models[i];
            let mut rec = vec![m.id.clone(), m.name.clone()];
            for (_, r) in &rows {
                if let Some(cols) = numeric_facts(&r.key, m) {
                    rec.extend(cols.into_iter().map(|(_, v)| v));
                    continue;
                }
                let cell = &r.cells[col];
                let is_figure = crate::data::FigureKind::find(&r.key).is_some();
                rec.push(match r.kind {
                    RowKind::Fact if is_figure => markup::csv_number(cell.value),
                    RowKind::Fact if cell.text == format::UNKNOWN => String::new(),
                    RowKind::Fact | RowKind::Section => cell.text.clone(),
                    _ => markup::csv_number(cell.value),
                });
            }
            rec
        })
        .collect();
    markup::csv(&header, &records)
}

/// The columns a numeric fact row becomes in CSV, each a plain number (empty when unknown), so
/// that a spreadsheet can sort and sum them: `price` is input, output and blended USD per million
/// tokens; `params` the total and active billions; `None` for a row kept as its text.
fn numeric_facts(key: &str, m: &crate::data::Model) -> Option<Vec<(&'static str, String)>> {
    let n = markup::csv_number;
    let tokens = |t: Option<u64>| n(t.map(|t| t as f64));
    let price = |f: fn(&crate::data::Pricing) -> Option<f64>| n(m.pricing.as_ref().and_then(f));
    Some(match key {
        "params" => vec![
            ("params_b", n(m.params_b)),
            ("active_params_b", n(m.active_params_b)),
        ],
        "context" => vec![("context_tokens", tokens(m.context_tokens))],
        "max_output" => vec![("max_output_tokens", tokens(m.max_output_tokens()))],
        "price" => vec![
            ("input_per_mtok", price(|p| p.input_per_mtok)),
            ("output_per_mtok", price(|p| p.output_per_mtok)),
            ("blended_per_mtok", n(m.blended_price())),
        ],
        "cheapest_offer" => {
            let o = m.cheapest_offer();
            vec![
                (
                    "cheapest_offer_per_mtok",
                    n(o.and_then(crate::data::Offer::blended)),
                ),
                (
                    "cheapest_offer_provider",
                    o.map(|o| o.provider.clone()).unwrap_or_default(),
                ),
            ]
        }
        "cache_read" => {
            let cache = m
                .offers
                .iter()
                .filter_map(|o| o.cache_read_per_mtok)
                .reduce(f64::min);
            vec![("cache_read_per_mtok", n(cache))]
        }
        "memory" => {
            let e = crate::memory::estimate(m);
            let gb = |bits: u8| n(e.map(|e| e.gb(bits)));
            vec![
                ("memory_gb_16bit", gb(16)),
                ("memory_gb_8bit", gb(8)),
                ("memory_gb_4bit", gb(4)),
            ]
        }
        _ => return None,
    })
}

/// The comparison as a GitHub-flavoured Markdown table with its legend; also what `y` copies in the
/// interactive compare view, so both give the same text.
pub fn markdown(cmp: &Comparison, d: &Dataset, weights: &Weights) -> String {
    let mut headers = vec![" ".to_string()];
    headers.extend(cmp.columns.iter().map(|&i| md_escape(&d.models[i].name)));
    let mut aligns = vec![Align::Left];
    aligns.extend(cmp.columns.iter().map(|_| Align::Left));
    let rows: Vec<Vec<String>> = cmp
        .rows
        .iter()
        .map(|r| {
            let label = match r.kind {
                RowKind::Section | RowKind::Overall => format!("**{}**", md_escape(&r.label)),
                _ => md_escape(&r.label),
            };
            let mut row = vec![label];
            row.extend(r.cells.iter().map(|c| {
                if c.best {
                    format!("**{}**", md_escape(&c.text))
                } else {
                    md_escape(&c.text)
                }
            }));
            row
        })
        .collect();
    let mut out = markup::markdown_table(&headers, &aligns, &rows);
    let legend = legend(d, weights);
    let note = memory_note(cmp);
    out.push_str(&format!(
        "\n{}\n",
        sentences(&[&legend, t(Msg::LegendBold), &note])
    ));
    out
}

/// The sentence saying what the memory row leaves out, when the comparison has one (else empty).
pub fn memory_note(cmp: &Comparison) -> String {
    if cmp.rows.iter().any(|r| r.key == "memory") {
        tf(Msg::LegendMemory, &[("note", &t(Msg::MemoryNote))])
    } else {
        String::new()
    }
}
