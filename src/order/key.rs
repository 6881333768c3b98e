//! The orders of the list ([`SortKey`]) and the one-off sort that defines them.

use super::SortKeys;
use crate::data::Dataset;
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
}

impl SortKey {
    /// A short label for headers and status lines.
    pub fn label(&self, dataset: &Dataset) -> String {
        match self {
            SortKey::Natural => "natural".into(),
            SortKey::Name => "name".into(),
            SortKey::Released => "released".into(),
            SortKey::Developer => "developer".into(),
            SortKey::Score => "weighted score".into(),
            SortKey::Criterion(id) => dataset.criterion_name(id).unwrap_or(id).to_string(),
            SortKey::Figure(id) => crate::data::FigureKind::find(id)
                .map_or(id.as_str(), |k| k.label)
                .to_string(),
            SortKey::Price => "blended price".into(),
        }
    }

    /// The key after this one when cycling with one key: natural, name, released, developer,
    /// score, each criterion in turn, intelligence, coding, speed, price, then back to natural.
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
            SortKey::Price => SortKey::Natural,
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
