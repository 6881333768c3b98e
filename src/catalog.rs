//! A loaded dataset together with its search index: what both front ends work on.

use crate::data::{Dataset, Model};
use crate::order::{SortKey, SortKeys};
use crate::score::Weights;
use crate::search::{Hit, SearchIndex, TopHits};
use std::sync::Arc;

/// The dataset and everything derived from it once: the search index at start-up, sort keys on
/// first use. Change the dataset only through a new `Catalog`.
pub struct Catalog {
    pub dataset: Dataset,
    /// Shared, so the browser's search thread can rank while the main thread draws.
    pub index: Arc<SearchIndex>,
    sort_keys: SortKeys,
}

/// Why a query did not resolve to one entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotFound {
    pub query: String,
    /// Names of the closest entries, best first (may be empty).
    pub suggestions: Vec<String>,
}

impl std::fmt::Display for NotFound {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "no entry matches {:?}", self.query)?;
        if let Some((first, rest)) = self.suggestions.split_first() {
            write!(f, "; did you mean {first}")?;
            for s in rest {
                write!(f, ", {s}")?;
            }
            write!(f, "?")?;
        }
        Ok(())
    }
}

impl Catalog {
    /// Indexes `dataset` for search.
    pub fn new(dataset: Dataset) -> Self {
        let index = Arc::new(SearchIndex::new(&dataset.models));
        Catalog {
            dataset,
            index,
            sort_keys: SortKeys::new(),
        }
    }

    /// Like [`new`](Self::new), and computes every sort key too, on a second thread while the
    /// index is built: for the browser, where the first sort of a large catalog would otherwise
    /// pay for its key (30 ms at 100,000 entries) in the middle of a keystroke.
    pub fn with_sort_keys(dataset: Dataset) -> Self {
        let sort_keys = SortKeys::new();
        let index = std::thread::scope(|s| {
            let indexing = std::thread::Builder::new()
                .name("modeldex-index".into())
                .spawn_scoped(s, || SearchIndex::new(&dataset.models));
            sort_keys.build_all(&dataset);
            match indexing {
                Ok(handle) => handle
                    .join()
                    .unwrap_or_else(|e| std::panic::resume_unwind(e)),
                // No thread to be had: build it here.
                Err(_) => SearchIndex::new(&dataset.models),
            }
        });
        Catalog {
            dataset,
            index: Arc::new(index),
            sort_keys,
        }
    }

    /// Sorts `positions` like [`crate::order::sort`], with keys computed once per catalog, so
    /// sorting again (another key, a new filter, new weights) costs integer comparisons.
    pub fn sort(&self, positions: &mut [usize], key: &SortKey, weights: &Weights) {
        self.sort_keys.sort(positions, key, &self.dataset, weights);
    }

    /// All entries.
    pub fn models(&self) -> &[Model] {
        &self.dataset.models
    }

    /// Ranked fuzzy matches for `query`.
    pub fn search(&self, query: &str) -> Vec<Hit> {
        self.index.search(query)
    }

    /// The best `k` fuzzy matches for `query` and how many match in all; cheaper than
    /// [`search`](Self::search) on a large catalog.
    pub fn search_top(&self, query: &str, k: usize) -> TopHits {
        self.index.search_top(query, k)
    }

    /// Resolves a user's query to one entry: an exact id first, then an exact name or alias (case
    /// ignored), then the best fuzzy match.
    pub fn resolve(&self, query: &str) -> Result<usize, NotFound> {
        let models = self.models();
        let trimmed = query.trim();
        if let Some(i) = models.iter().position(|m| m.id == trimmed) {
            return Ok(i);
        }
        let exact_name = |m: &Model| {
            m.name.eq_ignore_ascii_case(trimmed)
                || m.aliases.iter().any(|a| a.eq_ignore_ascii_case(trimmed))
        };
        if let Some(i) = models.iter().position(exact_name) {
            return Ok(i);
        }
        if let Some(hit) = self.search_top(trimmed, 1).hits.first() {
            return Ok(hit.index);
        }
        Err(NotFound {
            query: trimmed.to_string(),
            suggestions: self.suggest(trimmed),
        })
    }

    /// Names of entries that look like `query` when no fuzzy match exists: those sharing the longest
    /// leading run of the query, found by searching ever shorter prefixes.
    pub fn suggest(&self, query: &str) -> Vec<String> {
        let chars: Vec<char> = query.chars().collect();
        for len in (1..chars.len()).rev() {
            let prefix: String = chars[..len].iter().collect();
            let hits = self.search_top(&prefix, 3).hits;
            if !hits.is_empty() {
                return hits
                    .iter()
                    .map(|h| self.models()[h.index].name.clone())
                    .collect();
            }
        }
        Vec::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::synthetic::{catalog_json, Shape};

    #[test]
    fn keys_built_ahead_sort_and_search_like_keys_built_on_demand() {
        let text = catalog_json(2_000, Shape::Native);
        let lazy = Catalog::new(Dataset::from_json_str(&text).unwrap());
        let eager = Catalog::with_sort_keys(Dataset::from_json_str(&text).unwrap());
        let weights = Weights::default();
        let mut keys = vec![
            SortKey::Name,
            SortKey::Released,
            SortKey::Developer,
            SortKey::Score,
        ];
        keys.extend(
            lazy.dataset
                .leaf_criteria()
                .map(|(_, c)| SortKey::Criterion(c.id.clone())),
        );
        for key in &keys {
            let mut a: Vec<usize> = (0..lazy.models().len()).rev().collect();
            let mut b = a.clone();
            lazy.sort(&mut a, key, &weights);
            eager.sort(&mut b, key, &weights);
            assert_eq!(a, b, "{key:?}");
        }
        assert_eq!(lazy.search("llama 3"), eager.search("llama 3"));
    }
}
