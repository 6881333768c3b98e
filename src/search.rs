//! Fuzzy search over names, aliases, developer, family and license, ranked best first.
//!
//! Haystacks are case-folded once when the index is built, so a keystroke only scores. A cheap
//! subsequence test runs before the skim scorer, which is the expensive part (about a microsecond per
//! candidate), and a query that only grew re-ranks the previous hits instead of the whole catalog.

use crate::data::Model;
use fuzzy_matcher::skim::SkimMatcherV2;
use fuzzy_matcher::FuzzyMatcher;

/// One match: the entry's position in the dataset and its relevance (higher is better).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub index: usize,
    pub score: i64,
}

/// Fields searched, with how much a match in each counts (percent).
const WEIGHT_NAME: i64 = 100;
const WEIGHT_ALIAS: i64 = 90;
const WEIGHT_FAMILY: i64 = 70;
const WEIGHT_DEVELOPER: i64 = 60;
const WEIGHT_LICENSE: i64 = 40;
/// Added when the query equals the name or an alias once punctuation and case are ignored.
const EXACT_BONUS: i64 = 1_000;
/// Added when the name starts with the query (punctuation and case ignored).
const PREFIX_BONUS: i64 = 150;

struct Field {
    text: String,
    weight: i64,
}

struct Entry {
    fields: Vec<Field>,
    /// Name and aliases reduced to lowercase letters and digits, for exact and prefix bonuses.
    compact_names: Vec<String>,
    name_chars: usize,
}

/// A search index over a list of entries, built once per dataset.
pub struct SearchIndex {
    entries: Vec<Entry>,
    matcher: SkimMatcherV2,
}

/// Lowercases character by character so that char positions stay aligned with the original string.
pub fn fold(s: &str) -> String {
    s.chars()
        .map(|c| c.to_lowercase().next().unwrap_or(c))
        .collect()
}

fn compact(s: &str) -> String {
    fold(s).chars().filter(|c| c.is_alphanumeric()).collect()
}

/// True when every char of `needle` appears in `hay` in order.
fn is_subsequence(needle: &str, hay: &str) -> bool {
    let mut hay = hay.chars();
    needle.chars().all(|n| hay.any(|h| h == n))
}

impl Entry {
    fn new(m: &Model) -> Self {
        let mut fields = vec![Field {
            text: fold(&m.name),
            weight: WEIGHT_NAME,
        }];
        let mut compact_names = vec![compact(&m.name), compact(&m.id)];
        for a in &m.aliases {
            fields.push(Field {
                text: fold(a),
                weight: WEIGHT_ALIAS,
            });
            compact_names.push(compact(a));
        }
        fields.push(Field {
            text: fold(&m.id),
            weight: WEIGHT_ALIAS,
        });
        let optional = [
            (m.family.as_deref(), WEIGHT_FAMILY),
            (m.developer.as_deref(), WEIGHT_DEVELOPER),
            (m.license.as_ref().map(|l| l.name.as_str()), WEIGHT_LICENSE),
        ];
        for (text, weight) in optional {
            if let Some(t) = text.filter(|t| !t.is_empty()) {
                fields.push(Field {
                    text: fold(t),
                    weight,
                });
            }
        }
        Entry {
            fields,
            compact_names,
            name_chars: m.name.chars().count(),
        }
    }
}

/// A parsed query: the whole text, its terms, and its compact form.
struct Query {
    whole: String,
    terms: Vec<String>,
    compact: String,
}

impl Query {
    fn parse(raw: &str) -> Option<Self> {
        let whole = fold(raw.trim());
        if whole.is_empty() {
            return None;
        }
        let terms = whole.split_whitespace().map(str::to_string).collect();
        Some(Query {
            compact: compact(&whole),
            whole,
            terms,
        })
    }
}

impl SearchIndex {
    /// Builds the index; cost is linear in the total length of the searched fields.
    pub fn new(models: &[Model]) -> Self {
        SearchIndex {
            entries: models.iter().map(Entry::new).collect(),
            matcher: SkimMatcherV2::default().respect_case(),
        }
    }

    /// Number of indexed entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when the index has no entries.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Ranks every entry against `query`; an empty query returns all entries in dataset order.
    pub fn search(&self, query: &str) -> Vec<Hit> {
        self.search_in(query, 0..self.entries.len())
    }

    /// Ranks only `candidates`. When the new query extends the previous one, the previous hits are a
    /// superset of the new ones, so passing them here gives the same result as a full search.
    pub fn search_in(&self, query: &str, candidates: impl IntoIterator<Item = usize>) -> Vec<Hit> {
        let Some(q) = Query::parse(query) else {
            return candidates
                .into_iter()
                .map(|index| Hit { index, score: 0 })
                .collect();
        };
        let mut hits: Vec<Hit> = candidates
            .into_iter()
            .filter_map(|index| {
                let entry = self.entries.get(index)?;
                self.score_entry(entry, &q)
                    .map(|score| Hit { index, score })
            })
            .collect();
        hits.sort_by(|a, b| {
            b.score
                .cmp(&a.score)
                .then_with(|| {
                    self.entries[a.index]
                        .name_chars
                        .cmp(&self.entries[b.index].name_chars)
                })
                .then_with(|| a.index.cmp(&b.index))
        });
        hits
    }

    fn score_field(&self, field: &Field, pattern: &str) -> Option<i64> {
        if !is_subsequence(pattern, &field.text) {
            return None;
        }
        self.matcher
            .fuzzy_match(&field.text, pattern)
            .map(|s| s * field.weight / 100)
    }

    fn score_entry(&self, entry: &Entry, q: &Query) -> Option<i64> {
        let whole = entry
            .fields
            .iter()
            .filter_map(|f| self.score_field(f, &q.whole))
            .max();
        let base = match whole {
            Some(s) => s,
            // Several words may each match a different field ("meta 405b").
            None if q.terms.len() > 1 => {
                let mut total = 0;
                for term in &q.terms {
                    total += entry
                        .fields
                        .iter()
                        .filter_map(|f| self.score_field(f, term))
                        .max()?;
                }
                total * 8 / 10
            }
            None => return None,
        };
        let bonus = if q.compact.is_empty() {
            0
        } else if entry.compact_names.contains(&q.compact) {
            EXACT_BONUS
        } else if entry.compact_names[0].starts_with(&q.compact) {
            PREFIX_BONUS
        } else {
            0
        };
        Some(base + bonus)
    }

    /// Char positions in `name` that match `query`, for highlighting; empty when the name itself does
    /// not match (the hit came from another field).
    pub fn name_positions(&self, name: &str, query: &str) -> Vec<usize> {
        let Some(q) = Query::parse(query) else {
            return Vec::new();
        };
        let folded = fold(name);
        if let Some((_, positions)) = self.matcher.fuzzy_indices(&folded, &q.whole) {
            return positions;
        }
        let mut positions: Vec<usize> = q
            .terms
            .iter()
            .filter_map(|t| self.matcher.fuzzy_indices(&folded, t))
            .flat_map(|(_, p)| p)
            .collect();
        positions.sort_unstable();
        positions.dedup();
        positions
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::Model;

    fn model(id: &str, name: &str, aliases: &[&str], developer: &str) -> Model {
        serde_json::from_value(serde_json::json!({
            "id": id, "name": name, "aliases": aliases, "kind": "model",
            "developer": developer, "openness": "closed"
        }))
        .unwrap()
    }

    fn sample() -> Vec<Model> {
        vec![
            model("gpt-4o", "GPT-4o", &["gpt4o"], "OpenAI"),
            model("gpt-4", "GPT-4", &[], "OpenAI"),
            model("gpt-4-1", "GPT-4.1", &[], "OpenAI"),
            model("llama-3-1-405b", "Llama 3.1 405B", &[], "Meta"),
            model("llama-2-70b", "Llama 2 70B", &[], "Meta"),
            model("claude", "Claude", &["Claude 1"], "Anthropic"),
            model("mixtral-8x7b", "Mixtral 8x7B", &[], "Mistral AI"),
            model("qwen", "Qwen3-Max", &["通义千问"], "Alibaba"),
        ]
    }

    fn top(index: &SearchIndex, models: &[Model], q: &str) -> Vec<String> {
        index
            .search(q)
            .iter()
            .map(|h| models[h.index].id.clone())
            .collect()
    }

    #[test]
    fn exact_compact_match_ranks_first() {
        let models = sample();
        let index = SearchIndex::new(&models);
        assert_eq!(top(&index, &models, "gpt4")[0], "gpt-4");
        assert_eq!(top(&index, &models, "gpt4o")[0], "gpt-4o");
    }

    #[test]
    fn finds_by_misspelling_prefix_and_developer() {
        let models = sample();
        let index = SearchIndex::new(&models);
        assert_eq!(top(&index, &models, "claud")[0], "claude");
        assert_eq!(top(&index, &models, "lama 3")[0], "llama-3-1-405b");
        assert!(top(&index, &models, "mistral").contains(&"mixtral-8x7b".to_string()));
        assert_eq!(top(&index, &models, "通义")[0], "qwen");
    }

    #[test]
    fn multi_word_queries_can_span_fields() {
        let models = sample();
        let index = SearchIndex::new(&models);
        assert_eq!(top(&index, &models, "meta 405")[0], "llama-3-1-405b");
    }

    #[test]
    fn empty_query_keeps_dataset_order_and_nonsense_finds_nothing() {
        let models = sample();
        let index = SearchIndex::new(&models);
        assert_eq!(index.search("  ").len(), models.len());
        assert_eq!(index.search("").first().map(|h| h.index), Some(0));
        assert!(index.search("zzzzqqq").is_empty());
    }

    #[test]
    fn narrowing_previous_hits_equals_full_search() {
        let models = sample();
        let index = SearchIndex::new(&models);
        let first: Vec<usize> = index.search("gp").iter().map(|h| h.index).collect();
        assert_eq!(index.search_in("gpt4", first), index.search("gpt4"));
    }

    #[test]
    fn name_positions_point_at_matched_chars() {
        let models = sample();
        let index = SearchIndex::new(&models);
        assert_eq!(index.name_positions("GPT-4o", "gpt4"), vec![0, 1, 2, 4]);
        assert!(index.name_positions("GPT-4o", "").is_empty());
    }
}
