//! `criteria`: the pillars and sub-criteria with their descriptions and 1–5 rubrics.

use super::output::{self, md_escape, Align, Cell, Column, Line, Paint, Style, Table};
use crate::args::Format;
use crate::data::Dataset;
use crate::i18n::{t, Msg};
use std::collections::BTreeMap;

/// Rubric levels that get a CSV column; datasets define some of them (usually 1, 3 and 5).
const LEVELS: [&str; 5] = ["1", "2", "3", "4", "5"];

/// One criterion or pillar, flattened for rendering.
struct Entry<'a> {
    id: &'a str,
    pillar: &'a str,
    is_pillar: bool,
    name: &'a str,
    description: &'a str,
    rubric: &'a BTreeMap<String, String>,
}

fn entries(d: &Dataset) -> Vec<Entry<'_>> {
    let mut out = Vec::new();
    for p in &d.criteria {
        out.push(Entry {
            id: &p.id,
            pillar: &p.id,
            is_pillar: true,
            name: &p.name,
            description: &p.description,
            rubric: &p.rubric,
        });
        out.extend(p.sub_criteria.iter().map(|c| Entry {
            id: &c.id,
            pillar: &p.id,
            is_pillar: false,
            name: &c.name,
            description: &c.description,
            rubric: &c.rubric,
        }));
    }
    out
}

/// `modeldex criteria`. JSON is the dataset's `criteria` array as it is in the data file.
pub fn run(d: &Dataset, format: Format, style: &Style) -> String {
    match format {
        Format::Json => output::json(&serde_json::to_value(&d.criteria).unwrap_or_default()),
        Format::Csv => csv(d),
        Format::Markdown => markdown(d),
        Format::Table => table(d, style),
    }
}

fn csv(d: &Dataset) -> String {
    let mut header: Vec<String> = ["id", "kind", "pillar", "name", "description"]
        .map(String::from)
        .to_vec();
    header.extend(LEVELS.iter().map(|l| format!("rubric_{l}")));
    let records: Vec<Vec<String>> = entries(d)
        .iter()
        .map(|e| {
            let kind = if e.is_pillar { "pillar" } else { "criterion" };
            let mut r = vec![
                e.id.to_string(),
                kind.to_string(),
                e.pillar.to_string(),
                e.name.to_string(),
                e.description.to_string(),
            ];
            r.extend(
                LEVELS
                    .iter()
                    .map(|l| e.rubric.get(*l).cloned().unwrap_or_default()),
            );
            r
        })
        .collect();
    output::csv(&header, &records)
}

fn markdown(d: &Dataset) -> String {
    let headers: Vec<String> = [Msg::MdId, Msg::MdName, Msg::MdDescription, Msg::MdRubric]
        .map(|m| t(m).to_string())
        .to_vec();
    let rows: Vec<Vec<String>> = entries(d)
        .iter()
        .map(|e| {
            let name = if e.is_pillar {
                format!("**{}**", md_escape(e.name))
            } else {
                md_escape(e.name)
            };
            let rubric: Vec<String> = e
                .rubric
                .iter()
                .map(|(level, text)| format!("**{}** {}", md_escape(level), md_escape(text)))
                .collect();
            vec![
                output::md_code(e.id),
                name,
                md_escape(e.description),
                rubric.join("<br>"),
            ]
        })
        .collect();
    output::markdown_table(&headers, &[Align::Left; 4], &rows)
}

fn table(d: &Dataset, style: &Style) -> String {
    let mut t = Table::new(vec![
        Column::left(t(Msg::ColCriterion)),
        Column::wrapping(t(Msg::ColDescriptionRubric)),
    ]);
    for (n, e) in entries(d).iter().enumerate() {
        if n > 0 {
            t.lines.push(Line::Blank);
        }
        let mut text = e.description.to_string();
        for (level, rubric) in e.rubric {
            text.push_str(&format!("\n{level}: {rubric}"));
        }
        // The name over the id keeps the description column wide on an 80-column terminal.
        let paint = if e.is_pillar {
            Paint::Heading
        } else {
            Paint::Label
        };
        t.row(vec![
            Cell::painted(format!("{}\n{}", e.name, e.id), paint),
            Cell::plain(text),
        ]);
    }
    t.render(style)
}
