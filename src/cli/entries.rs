//! `list` and `search`: many entries, one row (JSON object, CSV record) each.

use super::entry::{csv_header, csv_record, license_short, overall, summary_json};
use super::output::{self, md_escape, Align, Cell, Column, Paint, Style, Table};
use super::Failure;
use crate::args::{Format, ListArgs, SearchArgs};
use crate::catalog::Catalog;
use crate::data::Dataset;
use crate::format;
use crate::i18n::{t, tf, values, Msg};
use crate::order::{self, SortKey};
use crate::score::{all_scores, Weights};
use serde_json::{json, Value};

/// One listed entry: its dataset position and, for search results, its rank and relevance.
#[derive(Debug, Clone, Copy)]
struct Item {
    index: usize,
    hit: Option<(usize, i64)>,
}

/// `modeldex list`: entries filtered (the `[filter]` keys of the preferences), sorted, limited.
pub fn list(
    catalog: &Catalog,
    args: &ListArgs,
    weights: &Weights,
    style: &Style,
) -> Result<String, Failure> {
    check_sort(&catalog.dataset, &args.sort)?;
    let filter = args.filter.filter();
    let mut indices = filter.apply(catalog.models());
    let direction = if args.reverse {
        order::Direction::Reversed
    } else {
        order::Direction::Usual
    };
    catalog.sort_directed(&mut indices, &args.sort, direction, weights);
    if let Some(limit) = args.limit {
        indices.truncate(usize::try_from(limit).unwrap_or(usize::MAX));
    }
    let items: Vec<Item> = indices
        .into_iter()
        .map(|index| Item { index, hit: None })
        .collect();
    let sorted_by = match &args.sort {
        SortKey::Released => Some(t(Msg::ColReleased)),
        SortKey::Developer => Some(t(Msg::ColDeveloper)),
        SortKey::Score => Some(t(Msg::ColScore)),
        SortKey::Figure(id) if id == "intelligence_index" => Some(t(Msg::ColIntel)),
        _ => None,
    };
    Ok(render(
        &catalog.dataset,
        &items,
        args.format.format,
        weights,
        style,
        sorted_by
            .map(SortedBy::Column)
            .or_else(|| sort_value(&catalog.dataset, &args.sort)),
    ))
}

/// How a table shows the value its rows are sorted by.
#[derive(Debug, Clone)]
enum SortedBy {
    /// A column the table has anyway, by its header: kept at any width.
    Column(&'static str),
    /// A column of its own, after the name and id: header and each entry's value.
    Value(
        String,
        fn(&Dataset, &crate::data::Model, &str) -> String,
        String,
    ),
}

/// The extra column of a sort whose value the table does not otherwise show.
fn sort_value(dataset: &Dataset, key: &SortKey) -> Option<SortedBy> {
    fn price(_: &Dataset, m: &crate::data::Model, _: &str) -> String {
        m.blended_price()
            .map_or_else(|| format::UNKNOWN.to_string(), format::usd)
    }
    fn context(_: &Dataset, m: &crate::data::Model, _: &str) -> String {
        m.context_window()
            .map_or_else(|| format::UNKNOWN.to_string(), |t| format::context(Some(t)))
    }
    fn max_output(_: &Dataset, m: &crate::data::Model, _: &str) -> String {
        m.max_output_tokens()
            .map_or_else(|| format::UNKNOWN.to_string(), |t| format::context(Some(t)))
    }
    fn criterion(_: &Dataset, m: &crate::data::Model, id: &str) -> String {
        m.score(id)
            .map_or_else(|| format::UNKNOWN.to_string(), |s| s.to_string())
    }
    fn figure(_: &Dataset, m: &crate::data::Model, id: &str) -> String {
        match (m.figure(id), crate::data::FigureKind::find(id)) {
            (Some(v), Some(k)) => format::figure(v, k.unit),
            _ => format::UNKNOWN.to_string(),
        }
    }
    let upper = |s: &str| s.to_uppercase();
    Some(match key {
        SortKey::Price => SortedBy::Value(t(Msg::ColPrice).into(), price, String::new()),
        SortKey::Context => SortedBy::Value(t(Msg::ColContext).into(), context, String::new()),
        SortKey::MaxOutput => {
            SortedBy::Value(t(Msg::ColMaxOutput).into(), max_output, String::new())
        }
        SortKey::Criterion(id) => SortedBy::Value(
            upper(dataset.criterion_name(id).unwrap_or(id)),
            criterion,
            id.clone(),
        ),
        SortKey::Figure(id) => SortedBy::Value(
            upper(crate::data::FigureKind::find(id).map_or(id.as_str(), |k| k.label)),
            figure,
            id.clone(),
        ),
        _ => return None,
    })
}

/// Refuses a sort by a criterion or figure this data does not have, naming those it has.
fn check_sort(dataset: &Dataset, key: &SortKey) -> Result<(), Failure> {
    match key {
        SortKey::Criterion(id) if dataset.criterion_name(id).is_none() => {
            let ids: Vec<&str> = dataset
                .leaf_criteria()
                .map(|(_, c)| c.id.as_str())
                .collect();
            Err(Failure::Error(format!(
                "--sort criterion:{id}: no such criterion (one of {})",
                ids.join(", ")
            )))
        }
        SortKey::Figure(id) if crate::data::FigureKind::find(id).is_none() => {
            let ids: Vec<&str> = crate::data::FIGURES.iter().map(|k| k.id).collect();
            Err(Failure::Error(format!(
                "--sort figure:{id}: no such figure (one of {})",
                ids.join(", ")
            )))
        }
        _ => Ok(()),
    }
}

/// `modeldex search`: the best fuzzy matches, best first; not found (exit 1) when there are none.
pub fn search(
    catalog: &Catalog,
    args: &SearchArgs,
    weights: &Weights,
    style: &Style,
) -> Result<String, Failure> {
    let limit = usize::try_from(args.limit).unwrap_or(usize::MAX);
    // The filter comes first: the best matches are the best of the entries it keeps, as in the
    // browser, and the limit counts only those.
    let filter = args.filter.filter();
    let top = if filter.is_empty() {
        catalog.search_top(&args.query, limit)
    } else {
        catalog.search_top_in(&args.query, &filter.apply(catalog.models()), limit)
    };
    let items: Vec<Item> = crate::search::strong(&top.hits)
        .iter()
        .enumerate()
        .map(|(rank, hit)| Item {
            index: hit.index,
            hit: Some((rank + 1, hit.score)),
        })
        .collect();
    let format = args.format.format;
    if items.is_empty() {
        let message = no_match(catalog, &args.query, &filter);
        // Machine formats still print an empty result so that pipelines keep parsing.
        let output = match format {
            Format::Json | Format::Csv => {
                render(&catalog.dataset, &[], format, weights, style, None)
            }
            Format::Table | Format::Markdown => String::new(),
        };
        return Err(Failure::NotFound { message, output });
    }
    Ok(render(
        &catalog.dataset,
        &items,
        format,
        weights,
        style,
        None,
    ))
}

/// Why a search found nothing: the filters (naming what matches without them), else the query
/// (suggesting spellings a few edits away).
fn no_match(catalog: &Catalog, query: &str, filter: &crate::filter::Filter) -> String {
    let quoted = format!("{:?}", query.trim());
    let (mut message, names) = if filter.is_empty() {
        (tf(Msg::NoMatch, &[("query", &quoted)]), Vec::new())
    } else {
        let unfiltered = catalog.search_top(query, SHOWN_WITHOUT_FILTERS + 1);
        let mut names: Vec<String> = crate::search::strong(&unfiltered.hits)
            .iter()
            .map(|h| catalog.models()[h.index].name.clone())
            .collect();
        if names.len() > SHOWN_WITHOUT_FILTERS {
            names.truncate(SHOWN_WITHOUT_FILTERS);
            names.push("…".into());
        }
        (tf(Msg::NoMatchFiltered, &[("query", &quoted)]), names)
    };
    if !names.is_empty() {
        message.push_str(&tf(Msg::WithoutFilters, &[("names", &names.join(", "))]));
        return message;
    }
    let suggestions = catalog.suggest(query.trim());
    if !suggestions.is_empty() {
        let names = suggestions.join(", ");
        message.push_str(&tf(Msg::DidYouMean, &[("names", &names)]));
    }
    message
}

/// How many entries a search that its filters left empty names as matching without them.
const SHOWN_WITHOUT_FILTERS: usize = 3;

/// Renders `items` in `format`; a table shows the value it is sorted by (`sorted_by`) at any
/// width.
fn render(
    dataset: &Dataset,
    items: &[Item],
    format: Format,
    weights: &Weights,
    style: &Style,
    sorted_by: Option<SortedBy>,
) -> String {
    let searched = items.first().is_some_and(|i| i.hit.is_some());
    match format {
        Format::Json => output::json(&Value::Array(
            items
                .iter()
                .map(|it| item_json(dataset, it, weights))
                .collect(),
        )),
        Format::Csv => {
            let mut header = csv_header(dataset);
            if searched {
                header.splice(0..0, ["rank".to_string(), "match_score".to_string()]);
            }
            // Records are made one at a time as they are written: a large catalog's list never
            // exists twice in memory.
            let records = items.iter().map(|it| {
                let mut r = csv_record(&dataset.models[it.index], dataset, weights);
                if searched {
                    let (rank, score) = it.hit.unwrap_or_default();
                    r.splice(0..0, [rank.to_string(), score.to_string()]);
                }
                r
            });
            output::csv(&header, records)
        }
        Format::Markdown => markdown(dataset, items, searched, weights),
        Format::Table => table(dataset, items, searched, weights, sorted_by.as_ref()).render(style),
    }
}

fn item_json(dataset: &Dataset, item: &Item, weights: &Weights) -> Value {
    let mut v = summary_json(&dataset.models[item.index], dataset, weights);
    if let (Some((rank, score)), Some(obj)) = (item.hit, v.as_object_mut()) {
        obj.insert("rank".into(), json!(rank));
        obj.insert("match_score".into(), json!(score));
    }
    v
}

/// The table of `list` and `search`. Names and ids come first and are never cut; when the width is
/// short, the columns that tell rows apart least are left out first (the one the list is sorted
/// by, `sorted_by`, stays).
fn table(
    dataset: &Dataset,
    items: &[Item],
    searched: bool,
    weights: &Weights,
    sorted_by: Option<&SortedBy>,
) -> Table {
    let kept = match sorted_by {
        Some(SortedBy::Column(header)) => Some(*header),
        _ => None,
    };
    let droppable = |c: Column, rank: u8| {
        if kept == Some(c.header.as_str()) {
            c
        } else {
            c.droppable(rank)
        }
    };
    let mut columns = vec![
        Column::left(t(Msg::ColName)).whole(),
        Column::left(t(Msg::ColId)).whole(),
    ];
    let value = match sorted_by {
        Some(SortedBy::Value(header, value, arg)) => {
            columns.push(Column::right(header).whole());
            Some((value, arg))
        }
        _ => None,
    };
    columns.extend([
        droppable(Column::left(t(Msg::ColReleased)).whole(), 6),
        droppable(Column::left(t(Msg::ColDeveloper)), 4),
        droppable(Column::left(t(Msg::ColKind)), 1),
        droppable(Column::left(t(Msg::ColOpenness)), 3),
        droppable(Column::left(t(Msg::ColLicense)), 2),
        droppable(Column::right(t(Msg::ColIntel)), 4),
        droppable(Column::right(t(Msg::ColScore)), 5),
    ]);
    // A catalog's models say how many providers offer them and the cheapest blended price.
    let offers = items
        .iter()
        .any(|it| !dataset.models[it.index].offers.is_empty());
    if offers {
        columns.push(droppable(Column::right(t(Msg::ColOffers)).whole(), 5));
    }
    if searched {
        columns.extend([Column::right(t(Msg::ColMatch)).droppable(0)]);
    }
    let mut t = Table::new(columns);
    for it in items {
        let m = &dataset.models[it.index];
        let score = overall(m, dataset, weights);
        let mut cells = vec![
            Cell::painted(m.name.clone(), Paint::Label),
            Cell::plain(m.id.clone()),
        ];
        if let Some((value, arg)) = value {
            cells.push(Cell::plain(value(dataset, m, arg)));
        }
        cells.extend([
            Cell::plain(format::released(m)),
            Cell::plain(
                m.developer
                    .clone()
                    .unwrap_or_else(|| format::UNKNOWN.into()),
            ),
            Cell::plain(values::kind(m.kind)),
            Cell::plain(values::openness(m.openness)),
            Cell::plain(license_short(m)),
            intelligence_cell(m),
            Cell::painted(
                format::score_and_coverage(score, crate::score::coverage(m, dataset)),
                Paint::for_score(score),
            ),
        ]);
        if offers {
            cells.push(match format::offers_brief(m) {
                Some(brief) => Cell::plain(brief),
                None => Cell::painted(format::UNKNOWN, Paint::Dim),
            });
        }
        if let Some((_, relevance)) = it.hit {
            cells.push(Cell::painted(relevance.to_string(), Paint::Dim));
        }
        t.row(cells);
    }
    t
}

/// The Intelligence Index of a table row, `—` when not benchmarked.
fn intelligence_cell(m: &crate::data::Model) -> Cell {
    match m.figure("intelligence_index") {
        Some(v) => Cell::plain(format::figure(v, crate::data::Unit::Points)),
        None => Cell::painted(format::UNKNOWN, Paint::Dim),
    }
}

fn markdown(dataset: &Dataset, items: &[Item], searched: bool, weights: &Weights) -> String {
    let mut headers: Vec<String> = Vec::new();
    if searched {
        headers.extend(["#".into(), t(Msg::MdMatch).into()]);
    }
    let facts = [
        Msg::MdId,
        Msg::MdName,
        Msg::MdKind,
        Msg::MdDeveloper,
        Msg::MdReleased,
        Msg::MdOpenness,
        Msg::MdLicense,
        Msg::MdCommercialUse,
        Msg::MdIntelligence,
        Msg::MdBlendedPrice,
    ];
    headers.extend(facts.iter().map(|&m| t(m).to_string()));
    headers.extend(dataset.criteria.iter().map(|p| md_escape(&p.name)));
    headers.push(t(Msg::MdOverall).into());
    let first_score = headers.len() - dataset.criteria.len() - 3;
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
            let scores = all_scores(m, dataset, weights);
            let mut row = Vec::new();
            if let Some((rank, relevance)) = it.hit {
                row.extend([rank.to_string(), relevance.to_string()]);
            }
            row.extend([
                output::md_code(&m.id),
                md_escape(&m.name),
                values::kind(m.kind).into(),
                md_escape(m.developer.as_deref().unwrap_or(format::UNKNOWN)),
                md_escape(&format::released(m)),
                values::openness(m.openness).into(),
                md_escape(&license_short(m)),
                m.commercial_use()
                    .map_or(format::UNKNOWN, values::commercial_use)
                    .into(),
                m.figure("intelligence_index").map_or_else(
                    || format::UNKNOWN.to_string(),
                    |v| format::figure(v, crate::data::Unit::Points),
                ),
                m.blended_price()
                    .map_or_else(|| format::UNKNOWN.to_string(), format::usd),
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
