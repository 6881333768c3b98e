//! The file's layout as serde reads it, and how it turns into [`Prefs`]. Keys modeldex does not
//! know are ignored here (and kept by the editor that writes the file back).

use super::{DatasetKey, Prefs, ThemeName};
use crate::data::model::Feature;
use crate::data::{Kind, Openness};
use crate::filter::{Commercial, Filter, InService};
use crate::order::{Direction, SortKey};
use crate::score::{Weights, MAX_WEIGHT};
use serde::Deserialize;
use std::collections::BTreeMap;

/// The keys modeldex reads, at the top level and in `[filter]`; anything else is someone else's.
pub(super) const TOP_KEYS: [&str; 8] = [
    "theme", "sort", "reverse", "marks", "weights", "filter", "datasets", "lang",
];
pub(super) const FILTER_KEYS: [&str; 16] = [
    "openness",
    "kinds",
    "developer",
    "country",
    "years",
    "commercial_use",
    "self_hostable",
    "modality",
    "fits_gb",
    "reasoning",
    "tool_calling",
    "file_input",
    "temperature",
    "structured_output",
    "free",
    "in_service",
];

/// Every field is optional so older or hand-written files still load.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct File {
    theme: String,
    lang: String,
    sort: String,
    reverse: bool,
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
    country: Option<String>,
    years: Option<[u16; 2]>,
    commercial_use: CommercialFile,
    self_hostable: bool,
    modality: Option<String>,
    fits_gb: Option<u32>,
    reasoning: bool,
    tool_calling: bool,
    file_input: bool,
    temperature: bool,
    structured_output: bool,
    free: bool,
    in_service: String,
}

/// `commercial_use`: `true` (allowed, as older files say), `false`, or a word of
/// [`Commercial::parse`].
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum CommercialFile {
    Flag(bool),
    Word(String),
}

impl Default for CommercialFile {
    fn default() -> Self {
        CommercialFile::Flag(false)
    }
}

impl CommercialFile {
    fn read(&self) -> Result<Commercial, String> {
        match self {
            CommercialFile::Flag(false) => Ok(Commercial::Any),
            CommercialFile::Flag(true) => Ok(Commercial::Allowed),
            CommercialFile::Word(w) => Commercial::parse(w).ok_or_else(|| {
                format!(
                    "unknown commercial_use {w:?} (true, false, \"allowed\" or \"unrestricted\")"
                )
            }),
        }
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct DatasetFile {
    marks: Vec<String>,
}

/// The word the file uses for `key`.
pub(super) fn sort_text(key: &SortKey) -> String {
    key.word()
}

fn parse_sort(text: &str) -> Result<SortKey, String> {
    SortKey::parse(text)
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
            country: f.country,
            years: f.years.map(|[a, b]| (a.min(b), a.max(b))),
            commercial_use: f.commercial_use.read()?,
            self_hostable: f.self_hostable,
            modality: f.modality,
            fits_gb: f.fits_gb,
            features: [
                (Feature::Reasoning, f.reasoning),
                (Feature::ToolCall, f.tool_calling),
                (Feature::FileInput, f.file_input),
                (Feature::Temperature, f.temperature),
                (Feature::StructuredOutput, f.structured_output),
            ]
            .into_iter()
            .filter_map(|(feature, on)| on.then_some(feature))
            .collect(),
            free: f.free,
            in_service: match f.in_service.as_str() {
                "" => InService::Any,
                word => InService::parse(word).ok_or_else(|| {
                    format!("unknown in_service {word:?} (any, available or current)")
                })?,
            },
        },
        sort: parse_sort(&file.sort)?,
        direction: if file.reverse {
            Direction::Reversed
        } else {
            Direction::Usual
        },
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
