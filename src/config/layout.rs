//! The file's layout as serde reads it, and how it turns into [`Prefs`]. Keys modeldex does not
//! know are ignored here (and kept by the editor that writes the file back).

use super::{DatasetKey, Prefs, ThemeName};
use crate::data::{Kind, Openness};
use crate::filter::{Filter, InService};
use crate::order::SortKey;
use crate::score::{Weights, MAX_WEIGHT};
use serde::Deserialize;
use std::collections::BTreeMap;

/// The keys modeldex reads, at the top level and in `[filter]`; anything else is someone else's.
pub(super) const TOP_KEYS: [&str; 7] = [
    "theme", "sort", "marks", "weights", "filter", "datasets", "lang",
];
pub(super) const FILTER_KEYS: [&str; 9] = [
    "openness",
    "kinds",
    "developer",
    "years",
    "commercial_use",
    "self_hostable",
    "modality",
    "fits_gb",
    "in_service",
];

/// Every field is optional so older or hand-written files still load.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct File {
    theme: String,
    lang: String,
    sort: String,
    /// The embedded dataset's marks.
    marks: Vec<String>,
    weights: WeightsFile,
    filter: FilterFile,
    /// Marks of other data files, keyed by the file's absolute path.
    datasets: BTreeMap<String, DatasetFile>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct WeightsFile {
    pillars: BTreeMap<String, u8>,
    criteria: BTreeMap<String, u8>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct FilterFile {
    openness: Vec<Openness>,
    kinds: Vec<Kind>,
    developer: Option<String>,
    years: Option<[u16; 2]>,
    commercial_use: bool,
    self_hostable: bool,
    modality: Option<String>,
    fits_gb: Option<u32>,
    in_service: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct DatasetFile {
    marks: Vec<String>,
}

/// The word the file uses for `key`.
pub(super) fn sort_text(key: &SortKey) -> String {
    match key {
        SortKey::Natural => "natural".into(),
        SortKey::Name => "name".into(),
        SortKey::Released => "released".into(),
        SortKey::Developer => "developer".into(),
        SortKey::Score => "score".into(),
        SortKey::Criterion(id) => format!("criterion:{id}"),
        SortKey::Figure(id) => format!("figure:{id}"),
        SortKey::Price => "price".into(),
    }
}

fn parse_sort(text: &str) -> Result<SortKey, String> {
    Ok(match text {
        "" | "natural" => SortKey::Natural,
        "name" => SortKey::Name,
        "released" => SortKey::Released,
        "developer" => SortKey::Developer,
        "score" => SortKey::Score,
        "price" => SortKey::Price,
        other => match (
            other.strip_prefix("criterion:"),
            other.strip_prefix("figure:"),
        ) {
            (Some(id), _) if !id.is_empty() => SortKey::Criterion(id.to_string()),
            (_, Some(id)) if !id.is_empty() => SortKey::Figure(id.to_string()),
            _ => return Err(format!("unknown sort {other:?}")),
        },
    })
}

/// The preferences a parsed document holds, with the marks of the dataset `key` names; an error
/// names what is wrong.
pub(super) fn read(doc: &toml_edit::DocumentMut, key: &DatasetKey) -> Result<Prefs, String> {
    let file: File =
        toml_edit::de::from_document(doc.clone()).map_err(|e| e.message().to_string())?;
    let check = |map: &BTreeMap<String, u8>| match map.iter().find(|(_, w)| **w > MAX_WEIGHT) {
        Some((id, w)) => Err(format!("weight of {id} is {w}, above {MAX_WEIGHT}")),
        None => Ok(()),
    };
    check(&file.weights.pillars)?;
    check(&file.weights.criteria)?;
    let f = file.filter;
    let mut datasets = file.datasets;
    let marks = match key {
        DatasetKey::Embedded => file.marks,
        DatasetKey::File(path) => datasets.remove(path).unwrap_or_default().marks,
        DatasetKey::Unnamed => Vec::new(),
    };
    Ok(Prefs {
        weights: Weights {
            pillars: file.weights.pillars,
            criteria: file.weights.criteria,
        },
        filter: Filter {
            openness: f.openness,
            kinds: f.kinds,
            developer: f.developer,
            years: f.years.map(|[a, b]| (a.min(b), a.max(b))),
            commercial_use: f.commercial_use,
            self_hostable: f.self_hostable,
            modality: f.modality,
            fits_gb: f.fits_gb,
            in_service: match f.in_service.as_str() {
                "" => InService::Any,
                word => InService::parse(word).ok_or_else(|| {
                    format!("unknown in_service {word:?} (any, available or current)")
                })?,
            },
        },
        sort: parse_sort(&file.sort)?,
        marks,
        theme: match file.theme.as_str() {
            "" => None,
            "color" => Some(ThemeName::Color),
            "monochrome" => Some(ThemeName::Monochrome),
            other => return Err(format!("unknown theme {other:?} (color or monochrome)")),
        },
        lang: match file.lang.as_str() {
            "" => None,
            word => Some(
                crate::i18n::Lang::parse(word)
                    .ok_or_else(|| format!("unknown lang {word:?} (en or zh)"))?,
            ),
        },
    })
}

/// The keys of `doc` modeldex does not read (`colour`, `filter.speed`), for a note: they are kept
/// as they are, but a typo among them would otherwise go unnoticed.
pub(super) fn unknown_keys(doc: &toml_edit::DocumentMut) -> Vec<String> {
    let mut unknown: Vec<String> = doc
        .iter()
        .map(|(k, _)| k)
        .filter(|k| !TOP_KEYS.contains(k))
        .map(str::to_string)
        .collect();
    if let Some(filter) = doc.get("filter").and_then(|f| f.as_table_like()) {
        unknown.extend(
            filter
                .iter()
                .map(|(k, _)| k)
                .filter(|k| !FILTER_KEYS.contains(k))
                .map(|k| format!("filter.{k}")),
        );
    }
    unknown
}
