//! `show`: one entry with every fact, every rating with its rationale and sources, and its sources.

use super::entry::{csv_header, csv_record, scores_json};
use super::output::{self, md_escape, md_link, text, Align, Cell, Column, Paint, Style};
use super::Failure;
use crate::args::{Format, ShowArgs};
use crate::catalog::Catalog;
use crate::data::{Dataset, Kind, Model};
use crate::format;
use crate::i18n::{t, tf, values, zh_suffix, Msg};
use crate::memory;
use crate::score::{all_scores, Weights};
use serde_json::Value;

/// `modeldex show <ID or query>`.
pub fn run(
    catalog: &Catalog,
    args: &ShowArgs,
    weights: &Weights,
    style: &Style,
) -> Result<String, Failure> {
    let resolved = catalog.lookup(&args.query)?;
    if let Some(note) = catalog.ambiguity_note(&args.query, &resolved) {
        super::say(&note);
    }
    let index = resolved.index;
    let d = &catalog.dataset;
    let m = &d.models[index];
    Ok(match args.format.format {
        Format::Json => output::json(&model_json(m, d, weights)),
        Format::Csv => output::csv(&csv_header(d), &[csv_record(m, d, weights)]),
        Format::Markdown => markdown(m, d, weights),
        Format::Table => table(m, d, weights, style),
    })
}

/// The entry exactly as in the data file, plus `scores` (criterion, pillar and overall).
pub fn model_json(m: &Model, d: &Dataset, weights: &Weights) -> Value {
    let mut v = serde_json::to_value(m).unwrap_or(Value::Null);
    if let Some(obj) = v.as_object_mut() {
        // Every entry says where it can be bought, an empty list for a curated entry alone.
        obj.entry("offers")
            .or_insert_with(|| Value::Array(Vec::new()));
        obj.insert("facts_from".into(), facts_from_json(m));
        obj.insert("scores".into(), scores_json(m, d, weights));
        obj.insert(
            "coverage".into(),
            super::entry::coverage_json(m, d, weights),
        );
        if let Some(e) = memory::estimate(m) {
            obj.insert("memory_estimate".into(), memory_json(e));
        }
    }
    v
}

/// The weights' memory at each precision shown, in gigabytes, with what the figures leave out.
fn memory_json(e: memory::Estimate) -> Value {
    let mut v = serde_json::Map::new();
    for b in memory::BITS {
        v.insert(format!("gb_{b}bit"), serde_json::json!(e.gb(b)));
    }
    v.insert("note".into(), memory::NOTE.into());
    Value::Object(v)
}

/// The file the entry's own facts came from, `null` for the embedded dataset.
fn facts_from_json(m: &Model) -> Value {
    m.facts_from.as_deref().map_or(Value::Null, Value::from)
}

/// Labelled facts in display order; unknown ones are left out.
fn facts(m: &Model) -> Vec<(&'static str, String)> {
    let mut f: Vec<(&'static str, Option<String>)> = vec![
        (t(Msg::FactKind), Some(values::kind(m.kind).into())),
        (t(Msg::FactDeveloper), m.developer.clone()),
        (
            t(Msg::FactCountry),
            m.country.as_deref().map(|c| values::word(c).to_string()),
        ),
        (t(Msg::FactFamily), m.family.clone()),
        (t(Msg::FactAliases), non_empty(m.aliases.join(", "))),
        (t(Msg::FactReleased), m.released.clone()),
        (t(Msg::FactStatus), format::lifecycle(m)),
    ];
    if let Some(l) = &m.lifecycle {
        f.push((t(Msg::StatusNote), l.note.clone()));
        f.push((t(Msg::StatusSource), l.source.clone()));
    }
    if m.kind == Kind::Model {
        f.push((
            t(Msg::FactParameters),
            Some(values::word(&format::params(m)).into()),
        ));
        f.push((
            t(Msg::FactContext),
            m.context_tokens
                .map(|n| tf(Msg::Tokens, &[("n", &format::context(Some(n)))])),
        ));
        if let Some(e) = memory::estimate(m) {
            f.push((t(Msg::FactMemory), Some(memory::summary(e))));
            f.push((t(Msg::MemoryNoteLabel), Some(t(Msg::MemoryNote).into())));
        }
    }
    f.push((
        t(Msg::FactModalities),
        non_empty(values::words(&m.modalities, ", ")),
    ));
    f.push((
        t(Msg::FactOpenness),
        Some(values::openness(m.openness).into()),
    ));
    if let Some(l) = &m.license {
        let mut name = l.name.clone();
        if let Some(spdx) = l.spdx.as_ref().filter(|s| **s != l.name) {
            name.push_str(&format!(" ({spdx})"));
        }
        if l.osi_approved {
            name.push_str(t(Msg::OsiApproved));
        }
        f.push((t(Msg::FactLicense), Some(name)));
        f.push((
            t(Msg::FactCommercialUse),
            Some(values::commercial_use(l.commercial_use).into()),
        ));
        f.push((t(Msg::FactLicenseNotes), l.notes.clone()));
        f.push((t(Msg::FactLicenseText), l.url.clone()));
    }
    let artefacts: Vec<String> = m
        .artifacts
        .labelled()
        .iter()
        .filter_map(|(label, a)| {
            a.map(|a| format!("{} {}", values::word(label), values::availability(Some(a))))
        })
        .collect();
    f.push((t(Msg::FactArtefacts), non_empty(artefacts.join(", "))));
    f.push((
        t(Msg::FactAccess),
        non_empty(values::words(&m.access, ", ")),
    ));
    if let Some(p) = m.pricing.as_ref() {
        // A pricing block without figures records why there is no price; say that instead.
        let mut price = match (&p.note, p.input_per_mtok.or(p.output_per_mtok)) {
            (Some(why), None) => tf(Msg::PriceNotRecorded, &[("why", why)]),
            _ => tf(Msg::PerMillion, &[("price", &format::price(Some(p)))]),
        };
        if let Some(date) = &p.as_of {
            price.push_str(&tf(Msg::AsOf, &[("date", date)]));
        }
        f.push((t(Msg::FactPrice), Some(price)));
    }
    f.push((t(Msg::FactCapabilities), format::features(m)));
    if m.is_deprecated() && !m.offers.is_empty() && m.lifecycle.is_none() {
        f.push((
            t(Msg::FactStatus),
            Some("deprecated at every provider".into()),
        ));
    }
    f.extend(
        super::offers::provenance(m)
            .into_iter()
            .map(|(k, v)| (k, Some(v))),
    );
    f.into_iter()
        .filter_map(|(k, v)| v.map(|v| (k, v)))
        .collect()
}

fn non_empty(s: String) -> Option<String> {
    (!s.is_empty()).then_some(s)
}

/// A rating's rationale with "(derived from facts)" when no person reviewed it.
fn rationale(r: &crate::data::Rating) -> String {
    if r.derived {
        format!("{} (derived from facts)", r.rationale)
    } else {
        r.rationale.clone()
    }
}

fn table(m: &Model, d: &Dataset, weights: &Weights, style: &Style) -> String {
    let title = format!("{}{}  ({})", m.name, zh_suffix(m), m.id);
    let mut out = Paint::Heading.apply(&text::clip(&text::plain(&title), style.width), style.color);
    out.push('\n');
    if let Some(summary) = &m.summary {
        for line in text::wrap(&text::plain(summary), style.width) {
            out.push_str(&line);
            out.push('\n');
        }
    }
    out.push('\n');
    let pairs = facts(m)
        .into_iter()
        .map(|(k, v)| (k.to_string(), Cell::plain(v)))
        .collect();
    out.push_str(&output::table::pairs(pairs).render(style));

    if m.kind == Kind::Model {
        out.push('\n');
        out.push_str(&Paint::Header.apply(t(Msg::HeadCapability), style.color));
        out.push('\n');
        let pairs = crate::capability::describe::lines(m)
            .into_iter()
            .map(|(k, v)| (k, Cell::plain(v)))
            .collect();
        out.push_str(&output::table::pairs(pairs).render(style));
    }

    out.push_str(&super::offers::table(m, style));

    out.push('\n');
    let scores = all_scores(m, d, weights);
    let mut t = output::Table::new(vec![
        Column::left(t(Msg::ColRating)),
        Column::right(t(Msg::ColScore)),
        Column::wrapping(t(Msg::ColRationale)),
    ]);
    for p in &d.criteria {
        let s = scores.get(&p.id).copied();
        t.row(vec![
            Cell::painted(p.name.clone(), Paint::Heading),
            Cell::painted(format::score(s), Paint::for_score(s)),
        ]);
        for c in &p.sub_criteria {
            let name = format!("  {}", c.name);
            match m.ratings.get(&c.id) {
                Some(r) => {
                    let mut text = rationale(r);
                    for url in &r.sources {
                        text.push('\n');
                        text.push_str(url);
                    }
                    let s = Some(f64::from(r.score));
                    t.row(vec![
                        Cell::plain(name),
                        Cell::painted(r.score.to_string(), Paint::for_score(s)),
                        Cell::plain(text),
                    ]);
                }
                None => t.row(vec![
                    Cell::plain(name),
                    Cell::painted(format::UNKNOWN, Paint::Dim),
                    Cell::painted("not rated", Paint::Dim),
                ]),
            }
        }
    }
    let total = scores.get("overall").copied();
    let coverage = crate::score::coverage(m, d);
    t.row(vec![
        Cell::painted(crate::i18n::t(Msg::OverallScore), Paint::Label),
        Cell::painted(
            format::score_with_coverage(total, coverage),
            Paint::for_score(total),
        ),
    ]);
    out.push_str(&t.render(style));

    if !m.sources.is_empty() {
        out.push('\n');
        out.push_str(&Paint::Header.apply(crate::i18n::t(Msg::HeadSources), style.color));
        out.push('\n');
        for s in &m.sources {
            for line in text::wrap(&text::plain(&s.title), style.width) {
                out.push_str(&Paint::Label.apply(&line, style.color));
                out.push('\n');
            }
            // Never wrapped, so that the address can be copied whole.
            let url = Paint::Dim.apply(&text::plain(&s.url), style.color);
            out.push_str(&format!("  {url}\n"));
        }
    }
    out
}

/// A source line whose first word is an address: the address as a link, the rest as text.
fn md_link_lead(line: &str) -> String {
    match line.split_once(' ') {
        Some((url, rest)) => format!("{} {}", md_link(url), md_escape(rest)),
        None => md_link(line),
    }
}

fn markdown(m: &Model, d: &Dataset, weights: &Weights) -> String {
    let mut out = format!(
        "## {}{} ({})\n\n",
        md_escape(&m.name),
        zh_suffix(m),
        output::md_code(&m.id)
    );
    if let Some(summary) = &m.summary {
        out.push_str(&md_escape(summary));
        out.push_str("\n\n");
    }
    let rows: Vec<Vec<String>> = facts(m)
        .into_iter()
        .map(|(k, v)| {
            let value = if k == t(Msg::FactLicenseText) || k == "Status source" {
                md_link(&v)
            } else {
                md_escape(&v)
            };
            vec![k.to_string(), value]
        })
        .collect();
    let headers = [t(Msg::MdFact).to_string(), t(Msg::MdValue).to_string()];
    out.push_str(&output::markdown_table(
        &headers,
        &[Align::Left, Align::Left],
        &rows,
    ));

    if m.kind == Kind::Model {
        out.push_str(&format!("\n### {}\n\n", t(Msg::MdCapability)));
        let rows: Vec<Vec<String>> = crate::capability::describe::lines(m)
            .into_iter()
            .map(|(k, v)| {
                let value = if k == "Source" {
                    md_link_lead(&v)
                } else {
                    md_escape(&v)
                };
                vec![md_escape(&k), value]
            })
            .collect();
        let headers = [t(Msg::MdFigure).to_string(), t(Msg::MdValue).to_string()];
        out.push_str(&output::markdown_table(
            &headers,
            &[Align::Left, Align::Left],
            &rows,
        ));
    }

    out.push_str(&super::offers::markdown(m));

    out.push_str(&format!("\n### {}\n\n", t(Msg::MdRatings)));
    let scores = all_scores(m, d, weights);
    let mut rows = Vec::new();
    for p in &d.criteria {
        let s = format::score(scores.get(&p.id).copied());
        rows.push(vec![
            format!("**{}**", md_escape(&p.name)),
            format!("**{s}**"),
        ]);
        for c in &p.sub_criteria {
            rows.push(match m.ratings.get(&c.id) {
                Some(r) => vec![
                    md_escape(&c.name),
                    r.score.to_string(),
                    md_escape(&rationale(r)),
                    r.sources
                        .iter()
                        .map(|u| md_link(u))
                        .collect::<Vec<_>>()
                        .join(" "),
                ],
                None => vec![
                    md_escape(&c.name),
                    format::UNKNOWN.into(),
                    t(Msg::NotRated).into(),
                ],
            });
        }
    }
    let total =
        format::score_with_coverage(scores.get("overall").copied(), crate::score::coverage(m, d));
    rows.push(vec![
        format!("**{}**", t(Msg::MdOverall)),
        format!("**{total}**"),
    ]);
    let headers: Vec<String> = [
        Msg::MdCriterion,
        Msg::MdScore,
        Msg::MdRationale,
        Msg::MdSources,
    ]
    .map(|m| t(m).to_string())
    .to_vec();
    let aligns = [Align::Left, Align::Right, Align::Left, Align::Left];
    out.push_str(&output::markdown_table(&headers, &aligns, &rows));

    if !m.sources.is_empty() {
        out.push_str(&format!("\n### {}\n\n", t(Msg::MdSources)));
        for s in &m.sources {
            out.push_str(&format!("- {}: {}\n", md_escape(&s.title), md_link(&s.url)));
        }
    }
    out
}
