//! The comparison table of several entries: one row per fact and criterion, best cells marked.
//!
//! The TUI's compare view and `modeldex compare` both render this, so they cannot disagree.

pub mod render;

use crate::data::{CommercialUse, Dataset, Model};
use crate::format;
use crate::score::{self, Weights};

/// What a row holds, which decides how it is drawn and how its best cell is chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowKind {
    /// A heading such as "Key facts" or a pillar name; its cells are empty.
    Section,
    /// A fact such as the license or release date.
    Fact,
    /// A sub-criterion score, 1–5.
    Criterion,
    /// A pillar's mean score.
    Pillar,
    /// The weighted overall score.
    Overall,
}

/// One cell: its text, the number it was made from (for charts and best-value marking), and whether
/// it is the best in its row.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    pub text: String,
    pub value: Option<f64>,
    pub best: bool,
}

/// One row of the comparison.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// Stable key: a fact name (`released`) or a criterion/pillar id; `overall` for the total.
    pub key: String,
    pub label: String,
    pub kind: RowKind,
    pub cells: Vec<Cell>,
}

/// Entries side by side.
#[derive(Debug, Clone)]
pub struct Comparison {
    /// Dataset positions of the compared entries, one per column.
    pub columns: Vec<usize>,
    pub rows: Vec<Row>,
}

/// Which direction makes a fact row's value better.
#[derive(Clone, Copy)]
enum Better {
    Higher,
    Lower,
    Neither,
}

fn fact_row(
    key: &str,
    label: &str,
    models: &[&Model],
    better: Better,
    cell: impl Fn(&Model) -> (String, Option<f64>),
) -> Row {
    let cells = models
        .iter()
        .map(|m| {
            let (text, value) = cell(m);
            Cell {
                text,
                value,
                best: false,
            }
        })
        .collect();
    let mut row = Row {
        key: key.to_string(),
        label: label.to_string(),
        kind: RowKind::Fact,
        cells,
    };
    mark_best(&mut row, better);
    row
}

/// Marks the best cells of a row; nothing is marked when all known values tie or fewer than two
/// values are known, because then nothing stands out.
fn mark_best(row: &mut Row, better: Better) {
    let values: Vec<f64> = row.cells.iter().filter_map(|c| c.value).collect();
    if values.len() < 2 {
        return;
    }
    let target = match better {
        Better::Higher => values.iter().copied().fold(f64::MIN, f64::max),
        Better::Lower => values.iter().copied().fold(f64::MAX, f64::min),
        Better::Neither => return,
    };
    if values.iter().all(|v| (v - target).abs() < 1e-9) {
        return;
    }
    for c in &mut row.cells {
        c.best = c.value.is_some_and(|v| (v - target).abs() < 1e-9);
    }
}

fn section(key: &str, label: &str, n: usize) -> Row {
    Row {
        key: key.to_string(),
        label: label.to_string(),
        kind: RowKind::Section,
        cells: vec![
            Cell {
                text: String::new(),
                value: None,
                best: false
            };
            n
        ],
    }
}

fn score_row(key: &str, label: &str, kind: RowKind, scores: Vec<Option<f64>>) -> Row {
    let cells = scores
        .into_iter()
        .map(|s| Cell {
            text: match (kind, s) {
                (RowKind::Criterion, Some(v)) => format!("{v:.0}"),
                _ => format::score(s),
            },
            value: s,
            best: false,
        })
        .collect();
    let mut row = Row {
        key: key.to_string(),
        label: label.to_string(),
        kind,
        cells,
    };
    mark_best(&mut row, Better::Higher);
    row
}

fn commercial_rank(c: CommercialUse) -> f64 {
    match c {
        CommercialUse::Yes => 2.0,
        CommercialUse::Restricted => 1.0,
        CommercialUse::No => 0.0,
    }
}

fn key_facts(models: &[&Model]) -> Vec<Row> {
    use Better::{Higher, Lower, Neither};
    let text = |s: String| (s, None);
    vec![
        fact_row("openness", "Openness", models, Higher, |m| {
            (
                m.openness.as_str().to_string(),
                Some(f64::from(m.openness.rank())),
            )
        }),
        fact_row("kind", "Kind", models, Neither, |m| {
            text(m.kind.as_str().to_string())
        }),
        fact_row("developer", "Developer", models, Neither, |m| {
            text(
                m.developer
                    .clone()
                    .unwrap_or_else(|| format::UNKNOWN.into()),
            )
        }),
        fact_row("released", "Released", models, Neither, |m| {
            text(format::released(m))
        }),
        fact_row("params", "Parameters", models, Neither, |m| {
            text(if m.kind == crate::data::Kind::Model {
                format::params(m)
            } else {
                format::UNKNOWN.to_string()
            })
        }),
        fact_row("context", "Context", models, Higher, |m| {
            (
                format::context(m.context_tokens),
                m.context_tokens.map(|t| t as f64),
            )
        }),
        fact_row("license", "License", models, Neither, |m| {
            text(m.license.as_ref().map_or_else(
                || format::UNKNOWN.to_string(),
                |l| l.spdx.clone().unwrap_or_else(|| l.name.clone()),
            ))
        }),
        fact_row(
            "commercial_use",
            "Commercial use",
            models,
            Higher,
            |m| match m.commercial_use() {
                Some(c) => (c.as_str().to_string(), Some(commercial_rank(c))),
                None => text(format::UNKNOWN.to_string()),
            },
        ),
        fact_row("weights", "Weights", models, Neither, |m| {
            text(format::availability(m.artifacts.weights).to_string())
        }),
        fact_row("price", "Price /Mtok", models, Lower, |m| {
            (
                format::price(m.pricing.as_ref()),
                m.pricing.as_ref().and_then(|p| p.input_per_mtok),
            )
        }),
    ]
}

/// Builds the comparison of the entries at `columns` (dataset positions; unknown positions are
/// skipped).
pub fn build(dataset: &Dataset, columns: &[usize], weights: &Weights) -> Comparison {
    let columns: Vec<usize> = columns
        .iter()
        .copied()
        .filter(|&i| i < dataset.models.len())
        .collect();
    let models: Vec<&Model> = columns.iter().map(|&i| &dataset.models[i]).collect();
    let n = models.len();
    let mut rows = vec![section("facts", "Key facts", n)];
    rows.extend(key_facts(&models));
    for pillar in &dataset.criteria {
        rows.push(section(&pillar.id, &pillar.name, n));
        for c in &pillar.sub_criteria {
            let scores = models
                .iter()
                .map(|m| m.score(&c.id).map(f64::from))
                .collect();
            rows.push(score_row(&c.id, &c.name, RowKind::Criterion, scores));
        }
        let subtotal = models
            .iter()
            .map(|m| score::pillar_score(m, pillar, weights).map(score::round2))
            .collect();
        rows.push(score_row(
            &pillar.id,
            &format!("{} (mean)", pillar.name),
            RowKind::Pillar,
            subtotal,
        ));
    }
    let overall = models
        .iter()
        .map(|m| score::weighted_score(m, dataset, weights).map(score::round2))
        .collect();
    rows.push(score_row(
        "overall",
        "Weighted total",
        RowKind::Overall,
        overall,
    ));
    Comparison { columns, rows }
}
