//! `compare`: renders the core's comparison rows (the same ones the TUI compare view draws).

use super::args::{CompareArgs, Format};
use super::entry::summary_json;
use super::output::{self, md_escape, Align, Cell, Column, Line, Paint, Style, Table};
use super::Failure;
use crate::catalog::Catalog;
use crate::compare::{self as core, Comparison, Row, RowKind};
use crate::data::Dataset;
use crate::format;
use crate::score::Weights;
use crate::weights::describe;
use serde_json::{json, Value};

/// What the scores mean and which weights the total uses; printed under tables and Markdown.
fn legend(d: &Dataset, weights: &Weights) -> String {
    let total = if weights.is_balanced() {
        "the weighted total gives every pillar the same weight".to_string()
    } else {
        format!("the weighted total uses weights {}", describe(weights, d))
    };
    format!(
        "Scores run from 1 (worst) to 5 (best). A pillar's score is the mean of its rated \
criteria; {total}."
    )
}

/// `modeldex compare <query> <query>...`.
pub fn run(
    catalog: &Catalog,
    args: &CompareArgs,
    weights: &Weights,
    style: &Style,
) -> Result<String, Failure> {
    let mut columns: Vec<usize> = Vec::new();
    let mut missing = Vec::new();
    for q in &args.queries {
        match catalog.resolve(q) {
            Ok(i) if columns.contains(&i) => {
                let m = &catalog.models()[i];
                super::say(&format!("{q:?} is {} ({}) again; shown once", m.name, m.id));
            }
            Ok(i) => columns.push(i),
            Err(e) => missing.push(e),
        }
    }
    if !missing.is_empty() {
        let messages: Vec<String> = missing
            .into_iter()
            .map(|e| match Failure::from(e) {
                Failure::NotFound { message, .. }
                | Failure::Problems(message)
                | Failure::Error(message) => message,
            })
            .collect();
        return Err(Failure::NotFound {
            message: messages.join("\nmodeldex: "),
            output: String::new(),
        });
    }
    let d = &catalog.dataset;
    let cmp = core::build(d, &columns, weights);
    Ok(match args.format.format {
        Format::Json => output::json(&to_json(&cmp, d, weights)),
        Format::Csv => csv(&cmp, d),
        Format::Markdown => markdown(&cmp, d, weights),
        Format::Table => table(&cmp, d, weights, style),
    })
}

/// The stable name of a row kind in JSON.
fn kind_name(kind: RowKind) -> &'static str {
    match kind {
        RowKind::Section => "section",
        RowKind::Fact => "fact",
        RowKind::Criterion => "criterion",
        RowKind::Pillar => "pillar",
        RowKind::Overall => "overall",
    }
}

/// Rows that carry values, each with the key of the section it sits in (`facts` or a pillar id).
fn value_rows(cmp: &Comparison) -> Vec<(&str, &Row)> {
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

/// `{"models": [entry summaries], "rows": [{key, label, kind, section, cells: [{text, value,
/// best}]}]}`; cells are in the order of `models`.
pub fn to_json(cmp: &Comparison, d: &Dataset, weights: &Weights) -> Value {
    let models: Vec<Value> = cmp
        .columns
        .iter()
        .map(|&i| summary_json(&d.models[i], d, weights))
        .collect();
    let rows: Vec<Value> = value_rows(cmp)
        .into_iter()
        .map(|(section, r)| {
            let cells: Vec<Value> = r
                .cells
                .iter()
                .map(|c| json!({"text": c.text, "value": c.value, "best": c.best}))
                .collect();
            json!({
                "key": r.key,
                "label": r.label,
                "kind": kind_name(r.kind),
                "section": section,
                "cells": cells,
            })
        })
        .collect();
    json!({"models": models, "rows": rows})
}

/// One record per entry: id, name, then one column per row key.
fn csv(cmp: &Comparison, d: &Dataset) -> String {
    let rows = value_rows(cmp);
    let mut header = vec!["id".to_string(), "name".to_string()];
    header.extend(rows.iter().map(|(_, r)| r.key.clone()));
    let records: Vec<Vec<String>> = cmp
        .columns
        .iter()
        .enumerate()
        .map(|(col, &i)| {
            let m = &d.models[i];
            let mut rec = vec![m.id.clone(), m.name.clone()];
            rec.extend(rows.iter().map(|(_, r)| {
                let cell = &r.cells[col];
                match r.kind {
                    RowKind::Fact if cell.text == format::UNKNOWN => String::new(),
                    RowKind::Fact | RowKind::Section => cell.text.clone(),
                    _ => output::csv_number(cell.value),
                }
            }));
            rec
        })
        .collect();
    output::csv(&header, &records)
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
    let mut out = output::markdown_table(&headers, &aligns, &rows);
    out.push_str(&format!(
        "\n{} **Bold** marks the best value in a row.\n",
        legend(d, weights)
    ));
    out
}

fn table(cmp: &Comparison, d: &Dataset, weights: &Weights, style: &Style) -> String {
    let mut columns = vec![Column::left("")];
    columns.extend(cmp.columns.iter().map(|&i| Column::left(&d.models[i].name)));
    let mut t = Table::new(columns);
    for r in &cmp.rows {
        if r.kind == RowKind::Section {
            t.lines.push(Line::Heading(Cell::painted(
                r.label.clone(),
                Paint::Heading,
            )));
            continue;
        }
        let label_paint = if r.kind == RowKind::Fact || r.kind == RowKind::Criterion {
            Paint::None
        } else {
            Paint::Label
        };
        let mut cells = vec![Cell::painted(r.label.clone(), label_paint)];
        cells.extend(r.cells.iter().map(|c| {
            let unknown = c.value.is_none() && (c.text == format::UNKNOWN || c.text == "not rated");
            match (c.best, style.color) {
                (true, true) => Cell::painted(c.text.clone(), Paint::Best),
                (true, false) => Cell::plain(format!("{} *", c.text)),
                _ if unknown => Cell::painted(c.text.clone(), Paint::Dim),
                _ if r.kind != RowKind::Fact => {
                    Cell::painted(c.text.clone(), Paint::for_score(c.value))
                }
                _ => Cell::plain(c.text.clone()),
            }
        }));
        t.row(cells);
    }
    let mut out = t.render(style);
    out.push('\n');
    let marker = if style.color {
        "Bold green marks the best value in a row."
    } else {
        "* marks the best value in a row."
    };
    for line in output::text::wrap(&format!("{} {marker}", legend(d, weights)), style.width) {
        out.push_str(&line);
        out.push('\n');
    }
    out
}
