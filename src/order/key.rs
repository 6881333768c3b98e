//! The orders of the list ([`SortKey`]) and the one-off sort that defines them.

use super::SortKeys;
use crate::data::Dataset;
use crate::i18n::pick;
use crate::score::Weights;

/// Orders of the list.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum SortKey {
    /// Dataset order (for a search: relevance).
    #[default]
    Natural,
    /// Name, A to Z.
    Name,
    /// Newest first; unknown dates last.
    Released,
    /// Developer A to Z, then name.
    Developer,
    /// Weighted score, highest first; unrated last.
    Score,
    /// One criterion's score, highest first; unrated last.
    Criterion(String),
    /// A capability figure (an id of [`FIGURES`](crate::data::FIGURES)), best first (highest,
    /// or lowest for latency); not benchmarked last.
    Figure(String),
    /// Blended price (3 input : 1 output), cheapest first; unpriced last.
    Price,
    /// Context window, largest first (the entry's own, else the largest offer's); unknown last.
    Context,
    /// Longest answer any provider allows, largest first; unknown last.
    MaxOutput,
}

/// Which way a sort runs: each key's usual direction (best, newest or A first) or its reverse.
/// Entries without a value are last either way.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Direction {
    #[default]
    Usual,
    Reversed,
}

impl Direction {
    /// The other direction.
    pub fn flipped(self) -> Direction {
        match self {
            Direction::Usual => Direction::Reversed,
            Direction::Reversed => Direction::Usual,
        }
    }

    /// `usual` as this direction orders it.
    pub fn apply(self, usual: std::cmp::Ordering) -> std::cmp::Ordering {
        match self {
            Direction::Usual => usual,
            Direction::Reversed => usual.reverse(),
        }
    }
}

/// The words of the keys without an argument, as the preferences file and `modeldex list
/// --sort` spell them (with `criterion:<id>` and `figure:<id>`).
pub const SORT_WORDS: [&str; 13] = [
    "natural",
    "name",
    "released",
    "developer",
    "score",
    "price",
    "context",
    "max_output",
    "intelligence",
    "coding",
    "speed",
    "criterion:<id>",
    "figure:<id>",
];

impl SortKey {
    /// The key a word names: one of [`SORT_WORDS`] (`max-output` is `max_output`, as flags are
    /// spelled; `intelligence`, `coding` and `speed` are their figures). An error lists them.
    pub fn parse(word: &str) -> Result<SortKey, String> {
        let word = word.trim();
        Ok(match word.replace('-', "_").as_str() {
            "" | "natural" => SortKey::Natural,
            "name" => SortKey::Name,
            "released" | "release" => SortKey::Released,
            "developer" => SortKey::Developer,
            "score" => SortKey::Score,
            "price" => SortKey::Price,
            "context" => SortKey::Context,
            "max_output" => SortKey::MaxOutput,
            "intelligence" => SortKey::Figure("intelligence_index".into()),
            "coding" => SortKey::Figure("coding_index".into()),
            "speed" => SortKey::Figure("output_speed".into()),
            _ => match (
                word.strip_prefix("criterion:"),
                word.strip_prefix("figure:"),
            ) {
                (Some(id), _) if !id.is_empty() => SortKey::Criterion(id.to_string()),
                (_, Some(id)) if !id.is_empty() => SortKey::Figure(id.to_string()),
                _ => {
                    return Err(format!(
                        "unknown sort {word:?} (one of {})",
                        SORT_WORDS.join(", ")
                    ))
                }
            },
        })
    }

    /// The word [`parse`](Self::parse) reads back as this key.
    pub fn word(&self) -> String {
        match self {
            SortKey::Natural => "natural".into(),
            SortKey::Name => "name".into(),
            SortKey::Released => "released".into(),
            SortKey::Developer => "developer".into(),
            SortKey::Score => "score".into(),
            SortKey::Criterion(id) => format!("criterion:{id}"),
            SortKey::Figure(id) => format!("figure:{id}"),
            SortKey::Price => "price".into(),
            SortKey::Context => "context".into(),
            SortKey::MaxOutput => "max_output".into(),
        }
    }

    /// A short label for headers and status lines.
    pub fn label(&self, dataset: &Dataset) -> String {
        match self {
            SortKey::Natural => pick("natural", "默认顺序").into(),
            SortKey::Name => pick("name", "名称").into(),
            SortKey::Released => pick("released", "发布日期").into(),
            SortKey::Developer => pick("developer", "开发者").into(),
            SortKey::Score => pick("weighted score", "加权评分").into(),
            SortKey::Criterion(id) => dataset.criterion_name(id).unwrap_or(id).to_string(),
            SortKey::Figure(id) => crate::i18n::values::word(
                crate::data::FigureKind::find(id).map_or(id.as_str(), |k| k.label),
            )
            .to_string(),
            SortKey::Price => pick("blended price", "综合价格").into(),
            SortKey::Context => pick("context", "上下文长度").into(),
            SortKey::MaxOutput => pick("max output", "最长输出").into(),
        }
    }

    /// The key after this one when cycling with one key: natural, name, released, developer,
    /// score, each criterion in turn, intelligence, coding, speed, price, context, max output,
    /// then back to natural.
    pub fn next(&self, dataset: &Dataset) -> SortKey {
        let ids: Vec<&str> = dataset
            .leaf_criteria()
            .map(|(_, c)| c.id.as_str())
            .collect();
        match self {
            SortKey::Natural => SortKey::Name,
            SortKey::Name => SortKey::Released,
            SortKey::Released => SortKey::Developer,
            SortKey::Developer => SortKey::Score,
            SortKey::Score => ids
                .first()
                .map_or(SortKey::Natural, |id| SortKey::Criterion((*id).to_string())),
            SortKey::Criterion(id) => {
                let pos = ids.iter().position(|c| c == id);
                match pos.and_then(|p| ids.get(p + 1)) {
                    Some(next) => SortKey::Criterion((*next).to_string()),
                    None => SortKey::Figure("intelligence_index".into()),
                }
            }
            SortKey::Figure(id) => match id.as_str() {
                "intelligence_index" => SortKey::Figure("coding_index".into()),
                "coding_index" => SortKey::Figure("output_speed".into()),
                _ => SortKey::Price,
            },
            SortKey::Price => SortKey::Context,
            SortKey::Context => SortKey::MaxOutput,
            SortKey::MaxOutput => SortKey::Natural,
        }
    }
}

/// Sorts `positions` (indices into `dataset.models`) by `key`: names A–Z (case ignored, then by
/// id), newest release first, developers A–Z, highest score first. Unknown values go last, ties fall
/// back to the name, and entries with equal keys keep their order.
///
/// This builds the keys it needs each time; to sort the same dataset again and again (a list
/// whose sort or filter the user changes), keep a [`SortKeys`] or use
/// [`Catalog::sort`](crate::catalog::Catalog::sort), which compare precomputed integers.
pub fn sort(positions: &mut [usize], key: &SortKey, dataset: &Dataset, weights: &Weights) {
    SortKeys::new().sort(positions, key, dataset, weights);
}
