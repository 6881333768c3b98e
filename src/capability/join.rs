//! Puts Artificial Analysis figures on dataset entries: through the hand-checked table of
//! curated ids (`assets/aa-slugs.json`) first, then, for a user's newer list, by the catalog
//! matching rules ([`crate::matching`]).

use super::aa::{AaList, AaModel};
use crate::data::Dataset;
use crate::matching::model_key;
use std::collections::HashMap;

/// The hand-checked table compiled into the binary.
pub const EMBEDDED_TABLE: &str = include_str!("../../assets/aa-slugs.json");

/// Curated entry id → the Artificial Analysis slug it is (`None`: checked, not listed).
#[derive(Debug, Clone, Default)]
pub struct SlugTable {
    slugs: HashMap<String, Option<String>>,
}

impl SlugTable {
    /// Reads a table (`{"slugs": {"<entry id>": "<slug>" | null}}`).
    pub fn parse(text: &str) -> Result<SlugTable, String> {
        #[derive(serde::Deserialize)]
        struct File {
            slugs: HashMap<String, Option<String>>,
        }
        let file: File = serde_json::from_str(text).map_err(|e| e.to_string())?;
        Ok(SlugTable { slugs: file.slugs })
    }

    /// The embedded table; an empty one should it ever fail to parse (a test keeps it valid).
    pub fn embedded() -> SlugTable {
        SlugTable::parse(EMBEDDED_TABLE).unwrap_or_default()
    }

    /// What the table says of an entry: `None` when the entry is not in it, `Some(None)` when it
    /// was checked and Artificial Analysis does not list it.
    pub fn get(&self, id: &str) -> Option<Option<&str>> {
        self.slugs.get(id).map(Option::as_deref)
    }
}

/// How entries are joined to the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Join {
    /// Only through the table: what the embedded figures are generated with, so that no figure
    /// rests on a guess.
    TableOnly,
    /// The table, then the matching rules for entries it does not settle: for a newer list that
    /// names models the table has not seen, and for imported catalogs.
    TableThenMatching,
}

/// What joining found.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Joined {
    /// For each entry of the dataset, the index of its model in the list.
    pub matches: Vec<Option<usize>>,
    /// Indices of list models no entry took.
    pub unmatched: Vec<usize>,
}

impl Joined {
    /// How many entries have a model.
    pub fn matched(&self) -> usize {
        self.matches.iter().filter(|m| m.is_some()).count()
    }
}

/// Finds each entry's model in `list`.
pub fn join(dataset: &Dataset, list: &AaList, table: &SlugTable, how: Join) -> Joined {
    let by_slug: HashMap<&str, usize> = list
        .models
        .iter()
        .enumerate()
        .map(|(i, m)| (m.slug.as_str(), i))
        .collect();
    let by_key = (how == Join::TableThenMatching).then(|| keys(&list.models));
    let mut taken = vec![false; list.models.len()];
    let matches = dataset
        .models
        .iter()
        .map(|m| {
            let from_table = match table.get(&m.id) {
                Some(Some(slug)) => by_slug.get(slug).copied(),
                _ => None,
            };
            let found = from_table.or_else(|| {
                let by_key = by_key.as_ref()?;
                let names =
                    std::iter::once(m.name.as_str()).chain(m.aliases.iter().map(String::as_str));
                names
                    .filter_map(|name| by_key.get(&model_key(&m.id, name)))
                    .flatten()
                    .copied()
                    .max_by_key(|&i| (list.models[i].effort(), std::cmp::Reverse(i)))
            });
            if let Some(i) = found {
                taken[i] = true;
            }
            found
        })
        .collect();
    let unmatched = (0..list.models.len()).filter(|&i| !taken[i]).collect();
    Joined { matches, unmatched }
}

/// The list's models by matching key of their slug and base name.
fn keys(models: &[AaModel]) -> HashMap<String, Vec<usize>> {
    let mut by_key: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, m) in models.iter().enumerate() {
        by_key
            .entry(model_key(&m.slug, m.base_name()))
            .or_default()
            .push(i);
    }
    by_key
}

/// Replaces the figures of every joined entry with its model's, read on `as_of`. Entries the
/// list does not name keep theirs. Returns what was joined.
pub fn apply(dataset: &mut Dataset, list: &AaList, as_of: &str, how: Join) -> Joined {
    let joined = join(dataset, list, &SlugTable::embedded(), how);
    for (m, found) in dataset.models.iter_mut().zip(&joined.matches) {
        if let Some(i) = found {
            if let Some(c) = list.models[*i].capability(as_of) {
                m.capability = Some(Box::new(c));
            }
        }
    }
    joined
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list() -> AaList {
        super::super::aa::parse(include_str!("../../tests/fixtures/aa-models.cut.json")).unwrap()
    }

    fn dataset() -> Dataset {
        Dataset::embedded().unwrap()
    }

    #[test]
    fn the_embedded_table_parses_and_names_only_curated_entries() {
        let table = SlugTable::embedded();
        let d = dataset();
        assert!(table.slugs.len() > 50);
        for id in table.slugs.keys() {
            assert!(
                d.position_of(id).is_some(),
                "{id} is in the table but not the dataset"
            );
        }
        assert_eq!(table.get("gpt-5-1"), Some(Some("gpt-5-1")));
        assert_eq!(table.get("bert"), Some(None));
    }

    #[test]
    fn the_table_alone_takes_no_guesses() {
        let d = dataset();
        let mut table = SlugTable::embedded();
        table.slugs.remove("llama-4-maverick");
        let joined = join(&d, &list(), &table, Join::TableOnly);
        let at = |id: &str| joined.matches[d.position_of(id).unwrap()];
        let slug = |i: Option<usize>| i.map(|i| list().models[i].slug.clone());
        assert_eq!(slug(at("gpt-5-1")).as_deref(), Some("gpt-5-1"));
        assert_eq!(
            slug(at("claude-opus-4-6")).as_deref(),
            Some("claude-opus-4-6-adaptive")
        );
        assert_eq!(at("llama-4-maverick"), None, "not in the table: not joined");
        assert_eq!(at("bert"), None);
    }

    #[test]
    fn matching_joins_what_the_table_does_not_settle_taking_the_highest_effort() {
        let d = dataset();
        let mut table = SlugTable::embedded();
        table.slugs.remove("llama-4-maverick");
        table.slugs.remove("gpt-oss-120b");
        let l = list();
        let joined = join(&d, &l, &table, Join::TableThenMatching);
        let slug = |id: &str| {
            joined.matches[d.position_of(id).unwrap()].map(|i| l.models[i].slug.as_str())
        };
        assert_eq!(slug("llama-4-maverick"), Some("llama-4-maverick"));
        assert_eq!(slug("gpt-oss-120b"), Some("gpt-oss-120b"), "high, not low");
        let unmatched: Vec<&str> = joined
            .unmatched
            .iter()
            .map(|&i| l.models[i].slug.as_str())
            .collect();
        assert!(unmatched.contains(&"gpt-5-1-codex"), "{unmatched:?}");
        assert!(!unmatched.contains(&"gpt-5-1"));
        assert!(joined.matched() >= 5, "{}", joined.matched());
    }

    #[test]
    fn applying_replaces_figures_of_listed_entries_only() {
        let mut d = dataset();
        let before_bert = d.models[d.position_of("bert").unwrap()].capability.clone();
        let joined = apply(&mut d, &list(), "2026-11-30", Join::TableThenMatching);
        assert!(joined.matched() >= 5);
        let gpt = &d.models[d.position_of("gpt-5-1").unwrap()];
        let c = gpt.capability.as_ref().unwrap();
        assert!(
            c.figures.values().all(|f| f.as_of == "2026-11-30"),
            "one snapshot per entry"
        );
        assert_eq!(
            d.models[d.position_of("bert").unwrap()].capability,
            before_bert
        );
    }
}
