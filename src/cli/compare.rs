//! `compare`: renders the core's comparison rows (the same ones the TUI compare view draws); the
//! Markdown and CSV forms come from the core's [`compare::render`](crate::compare::render).

use super::entry::summary_json;
use super::output::{self, Cell, Column, Line, Paint, Style, Table};
use super::Failure;
use crate::args::{CompareArgs, Format};
use crate::catalog::Catalog;
use crate::compare::render::{csv, legend, markdown, memory_note, sentences, value_rows};
use crate::compare::{self as core, Comparison, RowKind};
use crate::data::Dataset;
use crate::format;
use crate::i18n::{self, Lang, Msg};
use crate::score::Weights;
use serde_json::{json, Value};

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
        let resolved = catalog.lookup(q);
        if let Some(note) = resolved
            .as_ref()
            .ok()
            .and_then(|r| catalog.ambiguity_note(q, r))
        {
            super::say(&note);
        }
        match resolved.map(|r| r.index) {
            Ok(i) if columns.contains(&i) => {
                let m = &catalog.models()[i];
                super::say(&i18n::tf(
                    Msg::ShownOnce,
                    &[
                        ("query", &format!("{q:?}")),
                        ("name", &m.name),
                        ("id", &m.id),
                    ],
                ));
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
    // Scripts read JSON and CSV: their labels and values stay English in every language.
    let lang = match args.format.format {
        Format::Json | Format::Csv => Lang::En,
        Format::Table | Format::Markdown => i18n::current(),
    };
    let cmp = i18n::in_lang(lang, || core::build(d, &columns, weights));
    Ok(match args.format.format {
        Format::Json => output::json(&i18n::in_lang(lang, || to_json(&cmp, d, weights))),
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

fn table(cmp: &Comparison, d: &Dataset, weights: &Weights, style: &Style) -> String {
    // Values wrap between words instead of being cut: `$1.25 in /` over `$10.00 out`. Row
    // labels are never cut either ("Price /Mtok (blended 3:…" hid which price it is, #16): they
    // keep their width while the values can wrap, then wrap between words themselves.
    let mut columns = vec![Column::wrapping("").whole().narrowed_last()];
    columns.extend(
        cmp.columns
            .iter()
            .map(|&i| Column::wrapping(&d.models[i].name).whole()),
    );
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
        // The heading above names the pillar; its full name would leave no room for "weighted".
        let label = match r.kind {
            RowKind::Pillar if r.weighted => i18n::t(Msg::PillarWeightedMean).trim().to_string(),
            RowKind::Pillar => i18n::t(Msg::PillarMean).trim().to_string(),
            _ => r.label.clone(),
        };
        let mut cells = vec![Cell::painted(label, label_paint)];
        cells.extend(r.cells.iter().map(|c| {
            let unknown =
                c.value.is_none() && (c.text == format::UNKNOWN || c.text == format::score(None));
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
        i18n::t(Msg::LegendGreen)
    } else {
        i18n::t(Msg::LegendStar)
    };
    let text = sentences(&[&legend(d, weights), marker, &memory_note(cmp)]);
    for line in output::text::wrap(&text, style.width) {
        out.push_str(&line);
        out.push('\n');
    }
    out
}
