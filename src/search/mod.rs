//! Fuzzy search over names, aliases, id, developer, family and license (and the Chinese names
//! and their pinyin), ranked best first.
//!
//! Ranking is fuzzy-matcher's skim scorer, weighted by field, plus bonuses for an exact or prefix
//! match of the name. It costs about half a microsecond per field scored, so the work is in not
//! calling it: haystacks are folded once into one arena; a character mask and a subsequence test
//! reject non-matching fields; a field or an entry whose score bound cannot beat what is already
//! known is skipped; [`SearchIndex::search_top`] keeps only the best `k`; a query that only grew
//! re-ranks the previous matches; and a large candidate set is scored on several threads.
//!
//! Rankings list every match, weak ones included, so that a longer query can narrow them; what
//! is shown to people is [`strong`], the matches not far below the best. Equal scores are
//! ordered newest first, then by name.
//!
//! Scores do not depend on what was scored before (see `scorer`), so a narrowed, top-k or
//! multi-threaded search ranks exactly like a full one.

mod index;
mod pinyin;
mod rank;
mod scorer;
mod text;
mod typo;

pub use text::{compact, fold};

use index::{Query, Store};
pub use rank::strong;
pub use rank::Stop;
use rank::{hits, keep_best, Candidates, Partial, Ranked};
use scorer::Scorer;

/// One match: the entry's position in the dataset and its relevance (higher is better).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub index: usize,
    pub score: i64,
}

/// The best hits of a search and every candidate that matched.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TopHits {
    /// At most `k` hits, best first, ordered exactly as [`SearchIndex::search`] orders them.
    pub hits: Vec<Hit>,
    /// Every candidate that matches, in candidate order. When the next query extends this one,
    /// pass it to [`SearchIndex::search_top_in`] to rank only these.
    pub matched: Vec<usize>,
}

impl TopHits {
    /// How many candidates match in all.
    pub fn total(&self) -> usize {
        self.matched.len()
    }
}

/// A search index over a list of entries, built once per dataset.
pub struct SearchIndex {
    store: Store,
    scorer: Scorer,
    threads: usize,
    /// Below this many candidates a search stays on the calling thread.
    parallel_min: usize,
}

/// Below this many candidates a search stays on the calling thread by default: starting threads
/// costs more than it saves.
const PARALLEL_MIN: usize = 10_000;
/// Most threads one search uses.
const MAX_THREADS: usize = 4;

impl SearchIndex {
    /// Builds the index; cost is linear in the total length of the searched fields.
    pub fn new(models: &[crate::data::Model]) -> Self {
        Self::with_names_zh(models, &crate::data::NamesZh::default())
    }

    /// Builds the index with the Chinese developer and family names of the dataset, so that
    /// `深度求索`, `tongyi` or `tyqw` find the families they name. Pinyin spellings are made
    /// here, once, not per keystroke.
    pub fn with_names_zh(models: &[crate::data::Model], names: &crate::data::NamesZh) -> Self {
        let store = Store::new(models, names);
        SearchIndex {
            scorer: Scorer::new(store.max_field_chars),
            store,
            threads: std::thread::available_parallelism()
                .map_or(1, |n| n.get())
                .min(MAX_THREADS),
            parallel_min: PARALLEL_MIN,
        }
    }

    /// Sets how many threads a search over many candidates may use; 1 keeps every search on the
    /// calling thread. The default is the number of cores, at most 4.
    pub fn set_threads(&mut self, threads: usize) {
        self.threads = threads.max(1);
    }

    /// Number of indexed entries.
    pub fn len(&self) -> usize {
        self.store.entries.len()
    }

    /// True when the index has no entries.
    pub fn is_empty(&self) -> bool {
        self.store.entries.is_empty()
    }

    /// Bytes of memory the index holds (text, fields and entries).
    pub fn heap_bytes(&self) -> usize {
        self.store.heap_bytes()
    }

    /// Ranks every entry against `query`; an empty query returns all entries in dataset order.
    pub fn search(&self, query: &str) -> Vec<Hit> {
        self.rank_all(query, Candidates::Range(0..self.len()), None)
            .unwrap_or_default()
    }

    /// Ranks only `candidates`. When the new query extends the previous one, the previous hits are a
    /// superset of the new ones, so passing them here gives the same result as a full search.
    pub fn search_in(&self, query: &str, candidates: impl IntoIterator<Item = usize>) -> Vec<Hit> {
        let list: Vec<usize> = candidates.into_iter().collect();
        self.rank_all(query, Candidates::List(&list), None)
            .unwrap_or_default()
    }

    /// Like [`search_in`](Self::search_in), called off when `stop` answers `true` (it is asked
    /// every few hundred candidates): `None` then. For a search thread that a newer query
    /// supersedes.
    pub fn search_in_unless(
        &self,
        query: &str,
        candidates: &[usize],
        stop: Stop,
    ) -> Option<Vec<Hit>> {
        self.rank_all(query, Candidates::List(candidates), Some(stop))
    }

    /// The best `k` matches of `query` over all entries, and every entry that matches. Much
    /// cheaper than [`search`](Self::search) when only a screenful is shown: an entry that cannot
    /// make the top `k` is counted but not scored. An empty query gives the first `k` entries.
    pub fn search_top(&self, query: &str, k: usize) -> TopHits {
        self.rank_top(query, Candidates::Range(0..self.len()), k)
    }

    /// Like [`search_top`](Self::search_top) over `candidates` only, e.g. the `matched` of the
    /// previous keystroke's result when the query only grew.
    pub fn search_top_in(&self, query: &str, candidates: &[usize], k: usize) -> TopHits {
        self.rank_top(query, Candidates::List(candidates), k)
    }

    /// Every match ranked; `None` when `stop` called the search off.
    fn rank_all(
        &self,
        query: &str,
        candidates: Candidates,
        stop: Option<Stop>,
    ) -> Option<Vec<Hit>> {
        let Some(q) = Query::parse(query) else {
            let mut all = Vec::with_capacity(candidates.len());
            candidates.for_each(|index| {
                if index < self.len() {
                    all.push(Hit { index, score: 0 });
                }
            });
            return Some(all);
        };
        let Partial {
            mut ranked,
            stopped,
            ..
        } = self.rank(&q, &candidates, None, stop);
        if stopped {
            return None;
        }
        ranked.sort_unstable_by_key(Ranked::key);
        Some(hits(&ranked))
    }

    fn rank_top(&self, query: &str, candidates: Candidates, k: usize) -> TopHits {
        let Some(q) = Query::parse(query) else {
            let mut matched = Vec::with_capacity(candidates.len());
            candidates.for_each(|index| {
                if index < self.len() {
                    matched.push(index);
                }
            });
            let hits = matched
                .iter()
                .take(k)
                .map(|&index| Hit { index, score: 0 })
                .collect();
            return TopHits { hits, matched };
        };
        let Partial {
            mut ranked,
            matched,
            ..
        } = self.rank(&q, &candidates, Some(k), None);
        keep_best(&mut ranked, k);
        TopHits {
            hits: hits(&ranked),
            matched,
        }
    }

    /// Char positions in `name` that match `query`, for highlighting; empty when the name itself does
    /// not match (the hit came from another field).
    pub fn name_positions(&self, name: &str, query: &str) -> Vec<usize> {
        let whole = fold(query.trim());
        if whole.is_empty() {
            return Vec::new();
        }
        let folded = fold(name);
        if let Some(positions) = self.scorer.indices(&folded, &whole) {
            return positions;
        }
        let mut positions: Vec<usize> = whole
            .split_whitespace()
            .filter_map(|t| self.scorer.indices(&folded, t))
            .flatten()
            .collect();
        positions.sort_unstable();
        positions.dedup();
        positions
    }
}

#[cfg(test)]
mod tests;
