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
    /// Whether any entry has offers (an imported catalog, or one merged into curated entries).
    has_offers: bool,
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
        use crate::i18n::{tf, Msg};
        let query = format!("{:?}", self.query);
        f.write_str(&tf(Msg::NoMatch, &[("query", &query)]))?;
        if !self.suggestions.is_empty() {
            let names = self.suggestions.join(", ");
            f.write_str(&tf(Msg::DidYouMean, &[("names", &names)]))?;
        }
        Ok(())
    }
}

fn any_offers(dataset: &Dataset) -> bool {
    dataset.models.iter().any(|m| !m.offers.is_empty())
}

impl Catalog {
    /// Indexes `dataset` for search.
    pub fn new(dataset: Dataset) -> Self {
        let index = Arc::new(SearchIndex::with_names_zh(
            &dataset.models,
            &dataset.names_zh,
        ));
        Catalog {
            has_offers: any_offers(&dataset),
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
                .spawn_scoped(s, || {
                    SearchIndex::with_names_zh(&dataset.models, &dataset.names_zh)
                });
            sort_keys.build_all(&dataset);
            match indexing {
                Ok(handle) => handle
                    .join()
                    .unwrap_or_else(|e| std::panic::resume_unwind(e)),
                // No thread to be had: build it here.
                Err(_) => SearchIndex::with_names_zh(&dataset.models, &dataset.names_zh),
            }
        });
        Catalog {
            has_offers: any_offers(&dataset),
            dataset,
            index: Arc::new(index),
            sort_keys,
        }
    }

    /// Whether any entry has offers, so that views show offer columns only where they say
    /// something.
    pub fn has_offers(&self) -> bool {
        self.has_offers
    }

    /// Sorts `positions` like [`crate::order::sort`], with keys computed once per catalog, so
    /// sorting again (another key, a new filter, new weights) costs integer comparisons.
    pub fn sort(&self, positions: &mut [usize], key: &SortKey, weights: &Weights) {
        self.sort_keys.sort(positions, key, &self.dataset, weights);
    }

    /// Sorts like [`sort`](Self::sort), in `direction` (unknown values last either way).
    pub fn sort_directed(
        &self,
        positions: &mut [usize],
        key: &SortKey,
        direction: crate::order::Direction,
        weights: &Weights,
    ) {
        self.sort_keys
            .sort_directed(positions, key, direction, &self.dataset, weights);
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

    /// Like [`search_top`](Self::search_top) over `candidates` only (the entries a filter
    /// kept), so that the best `k` are the best of those.
    pub fn search_top_in(&self, query: &str, candidates: &[usize], k: usize) -> TopHits {
        self.index.search_top_in(query, candidates, k)
    }

    /// Resolves a user's query to one entry (see [`lookup`](Self::lookup)).
    pub fn resolve(&self, query: &str) -> Result<usize, NotFound> {
        self.lookup(query).map(|r| r.index)
    }

    /// Resolves a user's query to one entry: an exact id first, then an exact name or alias (case
    /// ignored), then the best fuzzy match. Equal matches go to the newest, then by name; the
    /// others that matched about as well are listed in [`Resolved::also`].
    pub fn lookup(&self, query: &str) -> Result<Resolved, NotFound> {
        let models = self.models();
        let trimmed = query.trim();
        if let Some(index) = models.iter().position(|m| m.id == trimmed) {
            return Ok(Resolved {
                index,
                also: Vec::new(),
            });
        }
        // A listing's id, as `--flat` shows it, names the model that carries it as an offer.
        if let Some(index) = models
            .iter()
            .position(|m| m.offers.iter().any(|o| o.listing == trimmed))
        {
            return Ok(Resolved {
                index,
                also: Vec::new(),
            });
        }
        let exact_name = |m: &Model| {
            m.name.eq_ignore_ascii_case(trimmed)
                || m.aliases.iter().any(|a| a.eq_ignore_ascii_case(trimmed))
        };
        let hits = self.search_top(trimmed, AMBIGUOUS_SHOWN + 2).hits;
        let exact: Vec<usize> = (0..models.len())
            .filter(|&i| exact_name(&models[i]))
            .collect();
        if let Some(&first) = exact.first() {
            // Several entries may share a name or alias: the search's order picks among them.
            let index = hits
                .iter()
                .map(|h| h.index)
                .find(|i| exact.contains(i))
                .unwrap_or(first);
            let also = exact.into_iter().filter(|&i| i != index).collect();
            return Ok(Resolved { index, also });
        }
        if let Some((best, rest)) = hits.split_first() {
            let also = rest
                .iter()
                .take_while(|h| about_equal(h.score, best.score))
                .map(|h| h.index)
                .collect();
            return Ok(Resolved {
                index: best.index,
                also,
            });
        }
        Err(NotFound {
            query: trimmed.to_string(),
            suggestions: self.suggest(trimmed),
        })
    }

    /// Names of entries that look like `query` when no fuzzy match exists: those a few edits
    /// away (a transposition is one edit), else those sharing most of the query's beginning.
    /// Nothing when nothing is close.
    pub fn suggest(&self, query: &str) -> Vec<String> {
        let name = |i: usize| self.models()[i].name.clone();
        let close = self.index.close_spellings(query, SUGGESTED);
        if !close.is_empty() {
            return close.into_iter().map(name).collect();
        }
        let chars: Vec<char> = query.chars().collect();
        let shortest = (chars.len() * 3 / 5).max(4);
        for len in (shortest..chars.len()).rev() {
            let prefix: String = chars[..len].iter().collect();
            let hits = self.search_top(&prefix, SUGGESTED).hits;
            if !hits.is_empty() {
                return hits.iter().map(|h| name(h.index)).collect();
            }
        }
        Vec::new()
    }

    /// The note for a query that matched several entries about equally, e.g. `"claude opus" →
    /// Claude Opus 4.6 (claude-opus-4-6); also: …`; `None` when the choice was clear.
    pub fn ambiguity_note(&self, query: &str, resolved: &Resolved) -> Option<String> {
        if resolved.also.is_empty() {
            return None;
        }
        let named = |i: usize| {
            let m = &self.models()[i];
            format!("{} ({})", m.name, m.id)
        };
        let mut also: Vec<String> = resolved
            .also
            .iter()
            .take(AMBIGUOUS_SHOWN)
            .map(|&i| named(i))
            .collect();
        if resolved.also.len() > AMBIGUOUS_SHOWN {
            also.push("…".into());
        }
        Some(crate::i18n::tf(
            crate::i18n::Msg::Ambiguous,
            &[
                ("query", &format!("{:?}", query.trim())),
                ("chosen", &named(resolved.index)),
                ("also", &also.join(", ")),
            ],
        ))
    }
}

/// What a query resolved to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    /// The chosen entry.
    pub index: usize,
    /// Other entries that matched about as well, best first.
    pub also: Vec<usize>,
}

/// How many close spellings a failed lookup suggests.
const SUGGESTED: usize = 3;
/// How many other candidates an ambiguity note names.
const AMBIGUOUS_SHOWN: usize = 3;

/// Whether a match scoring `score` is about as good as the best one (within a tenth).
fn about_equal(score: i64, best: i64) -> bool {
    score.saturating_mul(10) >= best.saturating_mul(9)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::synthetic::{catalog_json, Shape};

    fn embedded() -> Catalog {
        Catalog::new(Dataset::embedded().unwrap())
    }

    fn id(c: &Catalog, i: usize) -> &str {
        &c.models()[i].id
    }

    #[test]
    fn a_transposed_typo_suggests_the_entry_and_nonsense_suggests_nothing() {
        let c = embedded();
        for typo in ["gtp4", "gtp-4", "GTP 4"] {
            let e = c.lookup(typo).unwrap_err();
            assert_eq!(
                e.suggestions.first().map(String::as_str),
                Some("GPT-4"),
                "{typo}"
            );
        }
        assert_eq!(
            c.lookup("zzzzqqq").unwrap_err().suggestions,
            Vec::<String>::new()
        );
        assert_eq!(
            c.lookup("qqqqqqqqqqqq").unwrap_err().suggestions,
            Vec::<String>::new()
        );
    }

    #[test]
    fn close_spellings_count_a_transposition_as_one_edit() {
        let c = embedded();
        let close = c.index.close_spellings("calude", 3);
        assert_eq!(close.first().map(|&i| id(&c, i)), Some("claude"));
        assert!(
            c.index.close_spellings("ab", 3).is_empty(),
            "too short to judge"
        );
    }

    /// The entries whose name starts with `prefix`, newest first, then by name.
    fn newest_named(c: &Catalog, prefix: &str) -> Vec<String> {
        let mut found: Vec<&Model> = c
            .models()
            .iter()
            .filter(|m| m.name.starts_with(prefix))
            .collect();
        found.sort_by_key(|m| (std::cmp::Reverse(m.release_key()), m.name.to_lowercase()));
        found.into_iter().map(|m| m.id.clone()).collect()
    }

    #[test]
    fn an_ambiguous_query_picks_the_newest_and_names_the_others() {
        let c = embedded();
        let opus = c.lookup("claude opus").unwrap();
        let newest = newest_named(&c, "Claude Opus");
        assert_eq!(id(&c, opus.index), newest[0]);
        let also: Vec<&str> = opus.also.iter().map(|&i| id(&c, i)).collect();
        assert!(also.contains(&newest[1].as_str()), "{also:?}");
        let note = c.ambiguity_note("claude opus", &opus).unwrap();
        assert!(note.starts_with("\"claude opus\" → Claude Opus"), "{note}");
        assert!(note.ends_with("(use an id to choose)"), "{note}");

        let gemini = c.lookup("gemini").unwrap();
        assert_eq!(id(&c, gemini.index), newest_named(&c, "Gemini")[0]);
        let llama = c.lookup("llama").unwrap();
        assert_eq!(id(&c, llama.index), newest_named(&c, "Llama")[0]);
        assert!(!llama.also.is_empty());
    }

    #[test]
    fn an_id_or_exact_name_is_not_ambiguous() {
        let c = embedded();
        let r = c.lookup("gpt-4").unwrap();
        assert_eq!((id(&c, r.index), r.also.len()), ("gpt-4", 0));
        assert!(c.ambiguity_note("gpt-4", &r).is_none());
        let r = c.lookup("GPT-4o").unwrap();
        assert_eq!((id(&c, r.index), r.also.len()), ("gpt-4o", 0));
    }

    fn searched(c: &Catalog, q: &str) -> Vec<String> {
        crate::search::strong(&c.search(q))
            .iter()
            .map(|h| id(c, h.index).to_string())
            .collect()
    }

    #[test]
    fn weak_matches_are_cut_and_whole_words_count() {
        let c = embedded();
        let mit = searched(&c, "mit");
        let total = c.models().len();
        assert!(mit.len() < total / 3, "{} of {total}: {mit:?}", mit.len());
        let top: Vec<&str> = mit.iter().take(12).map(String::as_str).collect();
        for family in ["deepseek-", "glm-", "phi-"] {
            assert!(
                top.iter().any(|id| id.starts_with(family)),
                "no {family} in {top:?}"
            );
        }
        assert!(searched(&c, "zzzzqqq").is_empty());
        let gpt4 = searched(&c, "gpt-4");
        assert_eq!(gpt4[0], "gpt-4");
        assert!(gpt4.contains(&"gpt-4o".to_string()), "{gpt4:?}");
    }

    #[test]
    fn equal_matches_are_newest_first_then_by_name() {
        let c = embedded();
        let hits = c.search("llama");
        let models = c.models();
        for pair in hits.windows(2).filter(|w| w[0].score == w[1].score) {
            let (a, b) = (&models[pair[0].index], &models[pair[1].index]);
            assert!(
                (std::cmp::Reverse(a.release_key()), &a.name)
                    <= (std::cmp::Reverse(b.release_key()), &b.name),
                "{} before {}",
                a.name,
                b.name
            );
        }
        let first = &models[hits[0].index];
        assert!(first.name.starts_with("Llama 4"), "{}", first.name);
    }

    #[test]
    fn country_and_developer_are_searched() {
        let c = embedded();
        let china = searched(&c, "china");
        assert!(china.contains(&"deepseek-r1".to_string()), "{china:?}");
        let france = searched(&c, "france");
        assert!(france.contains(&"mistral-7b".to_string()), "{france:?}");
        assert!(searched(&c, "anthropic")
            .iter()
            .all(|i| i.starts_with("claude")));
    }

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
