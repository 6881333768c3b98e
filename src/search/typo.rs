//! Close spellings: entries whose name, an alias or the id is a few edits away from the query,
//! for when the fuzzy search finds nothing. A transposition counts as one edit
//! (Damerau–Levenshtein), so `gtp4` is one edit from GPT-4.

use super::index::Store;
use super::text;
use super::SearchIndex;

/// The most edits a query of `chars` letters and digits may be from a spelling it is shown: a
/// short query would be a few edits from nearly everything.
fn allowed_edits(chars: usize) -> usize {
    match chars {
        0..=2 => 0,
        3..=5 => 1,
        6..=9 => 2,
        _ => 3,
    }
}

/// Edits from `query` to `spelling` (both compact): to the whole spelling, or one more than to
/// its beginning, so that `gpt4` is close to GPT-4o too but closer to GPT-4.
fn edits(query: &str, query_chars: usize, spelling: &str) -> usize {
    let whole = strsim::damerau_levenshtein(query, spelling);
    let start: String = spelling.chars().take(query_chars).collect();
    if start.len() == spelling.len() {
        return whole;
    }
    whole.min(strsim::damerau_levenshtein(query, &start) + 1)
}

impl Store {
    /// The fewest edits from the compact `query` to a name, alias or id of entry `e`, when within
    /// `allowed`.
    fn closest(
        &self,
        e: usize,
        query: &str,
        query_chars: usize,
        mask: u64,
        allowed: usize,
    ) -> Option<usize> {
        self.naming_fields(e)
            // Each letter or digit of the query missing from the field costs at least one edit.
            .filter(|(_, chars)| (mask & !chars).count_ones() as usize <= allowed)
            .map(|(folded, _)| {
                let spelling: String = folded.chars().filter(|c| c.is_alphanumeric()).collect();
                edits(query, query_chars, &spelling)
            })
            .filter(|&d| d <= allowed)
            .min()
    }
}

impl SearchIndex {
    /// At most `k` entries whose name, an alias or the id is within a few edits of `query`
    /// (letters and digits only, case ignored): the closest first, then newest, then by name.
    /// Empty when the query is too short to judge or nothing is close.
    pub fn close_spellings(&self, query: &str, k: usize) -> Vec<usize> {
        let query = text::compact(query);
        let query_chars = query.chars().count();
        let allowed = allowed_edits(query_chars);
        if allowed == 0 || k == 0 {
            return Vec::new();
        }
        let mask = text::masks(&query).0;
        let mut found: Vec<(usize, u32, usize)> = (0..self.store.entries.len())
            .filter_map(|e| {
                let d = self.store.closest(e, &query, query_chars, mask, allowed)?;
                Some((d, self.store.entries[e].tie, e))
            })
            .collect();
        found.sort_unstable();
        found.into_iter().take(k).map(|(_, _, e)| e).collect()
    }
}
