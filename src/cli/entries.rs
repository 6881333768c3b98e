//! `list` and `search`: many entries, one row (JSON object, CSV record) each.

use super::args::{Format, KindFilter, ListArgs, OpennessFilter, SearchArgs, SortKey};
use super::entry::{csv_header, csv_record, license_short, overall, summary_json};
use super::output::{self, md_escape, Align, Cell, Column, Paint, Style, Table};
use super::Failure;
use crate::catalog::Catalog;
use crate::data::{Dataset, Kind, Openness};
use crate::format;
use crate::score::{all_scores, Weights};
use crate::search::fold;
use serde_json::{json, Value};

/// One listed entry: its dataset position and, for search results, its rank and relevance.
#[derive(Debug, Clone, Copy)]
struct Item {
    index: usize,
    hit: Option<(usize, i64)>,
}

/// `modeldex list`: entries filtered by kind and openness, sorted.
pub fn list(catalog: &Catalog, args: &ListArgs, style: &Style) -> Result<String, Failure> {
    let models = catalog.models();
    let mut indices: Vec<usize> = (0..models.len())
        .filter(|&i| kind_matches(args.kind, models[i].kind))
        .filter(|&i| openness_matches(args.openness, models[i].openness))
        .collect();
    sort(&mut indices, &catalog.dataset, args.sort);
    let items: Vec<Item> = indices
        .into_iter()
        .map(|index| Item { index, hit: None })
        .collect();
    Ok(render(&catalog.dataset, &items, args.format.format, style))
}

/// `modeldex search`: the best fuzzy matches, best first; not found (exit 1) when there are none.
pub fn search(catalog: &Catalog, args: &SearchArgs, style: &Style) -> Result<String, Failure> {
    let limit = usize::try_from(args.limit).unwrap_or(usize::MAX);
    let items: Vec<Item> = catalog
        .search(&args.query)
        .into_iter()
        .take(limit)
        .enumerate()
        .map(|(rank, hit)| Item {
            index: hit.index,
            hit: Some((rank + 1, hit.score)),
        })
        .collect();
    let format = args.format.format;
    if items.is_empty() {
        let mut message = format!("no entry matches {:?}", args.query.trim());
        let suggestions = catalog.suggest(args.query.trim());
        if !suggestions.is_empty() {
            message.push_str(&format!("; did you mean {}?", suggestions.join(", ")));
        }
        // Machine formats still print an empty result so that pipelines keep parsing.
        let output = match format {
            Format::Json | Format::Csv => render(&catalog.dataset, &[], format, style),
            Format::Table | Format::Markdown => String::new(),
        };
        return Err(Failure::NotFound { message, output });
    }
    Ok(render(&catalog.dataset, &items, format, style))
}

fn kind_matches(filter: KindFilter, kind: Kind) -> bool {
    match filter {
        KindFilter::All => true,
        KindFilter::Model => kind == Kind::Model,
        KindFilter::Framework => kind == Kind::Framework,
        KindFilter::Platform => kind == Kind::Platform,
    }
}

fn openness_matches(filter: Option<OpennessFilter>, o: Openness) -> bool {
    match filter {
        None => true,
        Some(OpennessFilter::OpenSource) => o == Openness::OpenSource,
        Some(OpennessFilter::OpenWeights) => o == Openness::OpenWeights,
        Some(OpennessFilter::Closed) => o == Openness::Closed,
    }
}

/// Sorts by `key`: names A–Z, newest release first, developers A–Z, highest score first. Unknown
/// values go last and ties fall back to the name.
fn sort(indices: &mut [usize], dataset: &Dataset, key: SortKey) {
    let models = &dataset.models;
    let name = |i: usize| (fold(&models[i].name), models[i].id.clone());
    match key {
        SortKey::Name => indices.sort_by_cached_key(|&i| name(i)),
        SortKey::Released => indices.sort_by_cached_key(|&i| {
            let m = &models[i];
            (
                m.released.is_none(),
                std::cmp::Reverse(m.release_key()),
                name(i),
            )
        }),
        SortKey::Developer => indices.sort_by_cached_key(|&i| {
            let dev = models[i].developer.as_deref().map(fold);
            (dev.is_none(), dev, name(i))
        }),
        SortKey::Score => {
            let overall = |i: usize| overall(&models[i], dataset);
            indices.sort_by(|&a, &b| {
                let (sa, sb) = (overall(a), overall(b));
                sb.is_some()
                    .cmp(&sa.is_some())
                    .then(sb.unwrap_or(0.0).total_cmp(&sa.unwrap_or(0.0)))
                    .then_with(|| name(a).cmp(&name(b)))
            });
        }
    }
}

fn render(dataset: &Dataset, items: &[Item], format: Format, style: &Style) -> String {
    let searched = items.first().is_some_and(|i| i.hit.is_some());
    match format {
        Format::Json => output::json(&Value::Array(
            items.iter().map(|it| item_json(dataset, it)).collect(),
        )),
        Format::Csv => {
            let mut header = csv_header(dataset);
            let mut records: Vec<Vec<String>> = items
                .iter()
                .map(|it| csv_record(&dataset.models[it.index], dataset))
                .collect();
            if searched {
                header.splice(0..0, ["rank".to_string(), "match_score".to_string()]);
                for (r, it) in records.iter_mut().zip(items) {
                    let (rank, score) = it.hit.unwrap_or_default();
                    r.splice(0..0, [rank.to_string(), score.to_string()]);
                }
            }
            output::csv(&header, &records)
        }
        Format::Markdown => markdown(dataset, items, searched),
        Format::Table => table(dataset, items, searched).render(style),
    }
}

fn item_json(dataset: &Dataset, item: &Item) -> Value {
    let mut v = summary_json(&dataset.models[item.index], dataset);
    if let (Some((rank, score)), Some(obj)) = (item.hit, v.as_object_mut()) {
        obj.insert("rank".into(), json!(rank));
        obj.insert("match_score".into(), json!(score));
    }
    v
}

fn table(dataset: &Dataset, items: &[Item], searched: bool) -> Table {
    let mut columns = Vec::new();
    if searched {
        columns.extend([Column::right("#"), Column::right("MATCH")]);
    }
    columns.extend([
        Column::kept("ID"),
        Column::left("NAME"),
        Column::left("KIND"),
        Column::left("DEVELOPER"),
        Column::left("RELEASED"),
        Column::left("OPENNESS"),
        Column::left("LICENSE"),
        Column::right("SCORE"),
    ]);
    let mut t = Table::new(columns);
    for it in items {
        let m = &dataset.models[it.index];
        let score = overall(m, dataset);
        let mut cells = Vec::new();
        if let Some((rank, relevance)) = it.hit {
            cells.push(Cell::plain(rank.to_string()));
            cells.push(Cell::painted(relevance.to_string(), Paint::Dim));
        }
        cells.extend([
            Cell::plain(m.id.clone()),
            Cell::painted(m.name.clone(), Paint::Label),
            Cell::plain(m.kind.as_str()),
            Cell::plain(
                m.developer
                    .clone()
                    .unwrap_or_else(|| format::UNKNOWN.into()),
            ),
            Cell::plain(format::released(m)),
            Cell::plain(m.openness.as_str()),
            Cell::plain(license_short(m)),
            Cell::painted(format::score(score), Paint::for_score(score)),
        ]);
        t.row(cells);
    }
    t
}

fn markdown(dataset: &Dataset, items: &[Item], searched: bool) -> String {
    let mut headers: Vec<String> = Vec::new();
    if searched {
        headers.extend(["#".into(), "Match".into()]);
    }
    let facts = [
        "ID",
        "Name",
        "Kind",
        "Developer",
        "Released",
        "Openness",
        "License",
        "Commercial use",
    ];
    headers.extend(facts.iter().map(|s| s.to_string()));
    headers.extend(dataset.criteria.iter().map(|p| md_escape(&p.name)));
    headers.push("Overall".into());
    let first_score = headers.len() - dataset.criteria.len() - 1;
    let aligns: Vec<Align> = (0..headers.len())
        .map(|i| {
            if i >= first_score || (searched && i < 2) {
                Align::Right
            } else {
                Align::Left
            }
        })
        .collect();
    let rows: Vec<Vec<String>> = items
        .iter()
        .map(|it| {
            let m = &dataset.models[it.index];
            let scores = all_scores(m, dataset, &Weights::default());
            let mut row = Vec::new();
            if let Some((rank, relevance)) = it.hit {
                row.extend([rank.to_string(), relevance.to_string()]);
            }
            row.extend([
                output::md_code(&m.id),
                md_escape(&m.name),
                m.kind.as_str().into(),
                md_escape(m.developer.as_deref().unwrap_or(format::UNKNOWN)),
                md_escape(&format::released(m)),
                m.openness.as_str().into(),
                md_escape(&license_short(m)),
                m.commercial_use()
                    .map_or(format::UNKNOWN, |c| c.as_str())
                    .into(),
            ]);
            for key in dataset
                .criteria
                .iter()
                .map(|p| p.id.as_str())
                .chain(["overall"])
            {
                row.push(format::score(scores.get(key).copied()));
            }
            row
        })
        .collect();
    output::markdown_table(&headers, &aligns, &rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dataset() -> Dataset {
        let rating = |s: u8| serde_json::json!({"score": s, "rationale": "r.", "sources": ["u"]});
        serde_json::from_value(serde_json::json!({
            "schema_version": 1, "dataset_version": "t", "updated": "2026-01-01",
            "criteria": [{"id": "p", "name": "P", "description": "", "sub_criteria": [
                {"id": "p.x", "name": "X", "description": ""}]}],
            "models": [
                {"id": "a", "name": "alpha", "kind": "model", "openness": "closed",
                 "released": "2020-05", "ratings": {"p.x": rating(2)}},
                {"id": "b", "name": "Beta", "kind": "framework", "openness": "open-source",
                 "developer": "Zed"},
                {"id": "c", "name": "Gamma", "kind": "model", "openness": "open-weights",
                 "released": "2021", "developer": "acme", "ratings": {"p.x": rating(4)}}
            ]
        }))
        .unwrap()
    }

    fn sorted(key: SortKey) -> Vec<String> {
        let d = dataset();
        let mut idx: Vec<usize> = (0..d.models.len()).collect();
        sort(&mut idx, &d, key);
        idx.iter().map(|&i| d.models[i].id.clone()).collect()
    }

    #[test]
    fn sorting_puts_unknown_values_last() {
        assert_eq!(sorted(SortKey::Name), ["a", "b", "c"], "case is ignored");
        assert_eq!(sorted(SortKey::Released), ["c", "a", "b"]);
        assert_eq!(sorted(SortKey::Developer), ["c", "b", "a"]);
        assert_eq!(sorted(SortKey::Score), ["c", "a", "b"]);
    }

    #[test]
    fn filters_match_kind_and_openness() {
        assert!(kind_matches(KindFilter::All, Kind::Platform));
        assert!(!kind_matches(KindFilter::Model, Kind::Framework));
        assert!(openness_matches(None, Openness::Closed));
        assert!(!openness_matches(
            Some(OpennessFilter::OpenSource),
            Openness::OpenWeights
        ));
    }
}
