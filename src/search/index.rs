//! The index's storage and the scoring of one entry: folded fields in one text arena, with masks
//! that reject most entries before the skim scorer runs, and upper bounds that let a weaker field
//! or a hopeless entry be skipped without being scored.

use super::scorer::{Pattern, Scorer};
use super::text::{self, Compact};
use crate::data::{Model, NamesZh};

/// Added when the query equals the name, an alias or the id once punctuation and case are ignored.
pub(super) const EXACT_BONUS: i64 = 1_000;
/// Added when the name starts with the query (punctuation and case ignored).
const PREFIX_BONUS: i64 = 150;
/// Added, in proportion to the field's weight, for each query word that is a whole word of a
/// field: `mit` is the licence "MIT License", not the scattered letters of "Mistral".
const WORD_BONUS: i64 = 100;

/// What a field of an entry is; decides how much a match in it counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Name,
    Alias,
    Id,
    Family,
    Developer,
    Country,
    License,
    /// The pinyin of a Chinese name, in full or by initials: below every Latin field, so a name
    /// spelled in Latin letters wins over a pinyin reading of the same letters.
    Pinyin,
}

impl Role {
    /// How much a match counts, in percent of a match in the name.
    fn weight(self) -> i64 {
        match self {
            Role::Name => 100,
            Role::Alias | Role::Id => 90,
            Role::Family => 70,
            Role::Developer | Role::Country => 60,
            Role::License => 40,
            Role::Pinyin => 50,
        }
    }

    /// Whether the exact-match bonus applies to this field.
    fn names_entry(self) -> bool {
        matches!(self, Role::Name | Role::Alias | Role::Id)
    }
}

/// One folded string of an entry, as a range of the arena.
struct Field {
    chars: u64,
    pairs: u64,
    start: u32,
    len: u16,
    role: Role,
}

/// One entry: a run of fields and what the tie-break needs.
pub(super) struct Entry {
    first_field: u32,
    field_count: u32,
    /// Union of the fields' character masks.
    chars: u64,
    /// Place in the tie-break order (newest first, then name): the lower wins a tie.
    pub(super) tie: u32,
}

/// Every entry's folded fields. Offsets are 32-bit to keep the index small; fields that would
/// not fit (a catalog of more than 4 GB of names) are left out rather than failing.
pub(super) struct Store {
    text: String,
    fields: Vec<Field>,
    pub(super) entries: Vec<Entry>,
    /// Chars in the longest field.
    pub(super) max_field_chars: usize,
}

/// Fields longer than this (in bytes) are searched on their first part only.
const MAX_FIELD_BYTES: usize = u16::MAX as usize;

impl Store {
    /// The store of `models`, with the Chinese developer and family names of `names`.
    pub(super) fn new(models: &[Model], names: &NamesZh) -> Self {
        let mut store = Store {
            text: String::new(),
            fields: Vec::with_capacity(models.len() * 4),
            entries: Vec::with_capacity(models.len()),
            max_field_chars: 0,
        };
        let ties = crate::order::recency_ranks(models);
        for (m, &tie) in models.iter().zip(&ties) {
            store.push_entry(m, tie, names);
        }
        store.text.shrink_to_fit();
        store.fields.shrink_to_fit();
        store
    }

    fn push_entry(&mut self, m: &Model, tie: u32, names: &NamesZh) {
        let first_field = u32::try_from(self.fields.len()).unwrap_or(u32::MAX);
        self.push_field(&m.name, Role::Name);
        for a in &m.aliases {
            self.push_field(a, Role::Alias);
        }
        self.push_field(&m.id, Role::Id);
        let optional = [
            (m.family.as_deref(), Role::Family),
            (m.developer.as_deref(), Role::Developer),
            (m.country.as_deref(), Role::Country),
            (m.license.as_ref().map(|l| l.name.as_str()), Role::License),
        ];
        for (value, role) in optional {
            if let Some(v) = value.filter(|v| !v.is_empty()) {
                self.push_field(v, role);
            }
        }
        // Chinese names: the model's own counts as an alias (its exact spelling finds it first);
        // a family's or developer's finds the whole family. Each is also found by its pinyin.
        let chinese = [
            (m.name_zh.as_deref(), Role::Alias),
            (lookup(&names.families, m.family.as_deref()), Role::Family),
            (
                lookup(&names.developers, m.developer.as_deref()),
                Role::Developer,
            ),
        ];
        for (value, role) in chinese {
            let Some(v) = value.filter(|v| !v.is_empty()) else {
                continue;
            };
            self.push_field(v, role);
            self.push_pinyin(v);
        }
        for a in &m.aliases {
            self.push_pinyin(a);
        }
        let fields = &self.fields[first_field as usize..];
        self.entries.push(Entry {
            first_field,
            field_count: u32::try_from(fields.len()).unwrap_or(0),
            chars: fields.iter().fold(0, |acc, f| acc | f.chars),
            tie,
        });
    }

    /// The pinyin spellings of `value` as fields, when it has Chinese characters.
    fn push_pinyin(&mut self, value: &str) {
        if value.is_ascii() {
            return;
        }
        if let Some((full, initials)) = super::pinyin::spellings(value) {
            self.push_field(&full, Role::Pinyin);
            self.push_field(&initials, Role::Pinyin);
        }
    }

    fn push_field(&mut self, value: &str, role: Role) {
        let start = self.text.len();
        let Ok(start32) = u32::try_from(start) else {
            return;
        };
        let mut end = value.len().min(MAX_FIELD_BYTES);
        while !value.is_char_boundary(end) {
            end -= 1;
        }
        text::fold_into(&value[..end], &mut self.text);
        if self.text.len() - start > MAX_FIELD_BYTES || u32::try_from(self.text.len()).is_err() {
            // Folding grew the text past what a field can hold: leave this field out.
            self.text.truncate(start);
            return;
        }
        let folded = &self.text[start..];
        let width = if folded.is_ascii() {
            folded.len()
        } else {
            folded.chars().count()
        };
        self.max_field_chars = self.max_field_chars.max(width);
        let (chars, pairs) = text::masks(folded);
        self.fields.push(Field {
            chars,
            pairs,
            start: start32,
            len: (self.text.len() - start) as u16,
            role,
        });
    }

    fn fields(&self, e: &Entry) -> &[Field] {
        let start = e.first_field as usize;
        &self.fields[start..start + e.field_count as usize]
    }

    fn text(&self, f: &Field) -> &str {
        let start = f.start as usize;
        &self.text[start..start + usize::from(f.len)]
    }

    /// The folded name, aliases and id of entry `e`, each with its character mask.
    pub(super) fn naming_fields(&self, e: usize) -> impl Iterator<Item = (&str, u64)> {
        let fields = self.entries.get(e).map_or(&[][..], |e| self.fields(e));
        fields
            .iter()
            .filter(|f| f.role.names_entry())
            .map(|f| (self.text(f), f.chars))
    }

    /// Bytes the index holds, for memory reports.
    pub(super) fn heap_bytes(&self) -> usize {
        self.text.capacity()
            + self.fields.capacity() * std::mem::size_of::<Field>()
            + self.entries.capacity() * std::mem::size_of::<Entry>()
    }
}

/// The Chinese name `map` gives `key`, if any.
fn lookup<'a>(
    map: &'a std::collections::BTreeMap<String, String>,
    key: Option<&str>,
) -> Option<&'a str> {
    key.and_then(|k| map.get(k)).map(String::as_str)
}

impl Pattern {
    fn matches(&self, store: &Store, f: &Field) -> bool {
        self.chars & !f.chars == 0 && text::is_subsequence(&self.text, self.ascii, store.text(f))
    }

    fn bound_in(&self, store: &Store, f: &Field) -> i64 {
        self.bound(store.text(f).chars().next(), f.pairs)
    }
}

/// A parsed query: the whole text, its words, and its compact form.
pub(super) struct Query {
    whole: Pattern,
    terms: Vec<Pattern>,
    compact: String,
    /// Chars every matching entry must contain somewhere.
    chars: u64,
    /// The most any entry can score before bonuses.
    ceiling: i64,
}

impl Query {
    pub(super) fn parse(raw: &str) -> Option<Self> {
        let whole = text::fold(raw.trim());
        if whole.is_empty() {
            return None;
        }
        let terms: Vec<Pattern> = whole.split_whitespace().map(Pattern::new).collect();
        let whole = Pattern::new(&whole);
        let spread: i64 = terms.iter().map(Pattern::ceiling).sum();
        Some(Query {
            chars: terms.iter().fold(0, |acc, t| acc | t.chars),
            compact: whole.text.chars().filter(|c| c.is_alphanumeric()).collect(),
            ceiling: whole.ceiling().max(spread * 8 / 10),
            whole,
            terms,
        })
    }
}

/// What scoring one entry found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Outcome {
    /// The entry does not match.
    Miss,
    /// It matches but cannot reach the floor, so it was not scored.
    Below,
    /// It matches with this score.
    Score(i64),
}

/// Scores entries of a store; `floor` lets an entry that cannot reach it go unscored.
pub(super) struct Judge<'a> {
    pub(super) store: &'a Store,
    pub(super) scorer: &'a Scorer,
    pub(super) query: &'a Query,
}

impl Judge<'_> {
    pub(super) fn judge(&self, e: &Entry, floor: i64) -> Outcome {
        let q = self.query;
        if q.chars & !e.chars != 0 {
            return Outcome::Miss;
        }
        let fields = self.store.fields(e);
        let bonus = self.bonus(fields);
        if q.ceiling + bonus < floor {
            // Hopeless whatever it matches: only whether it matches counts.
            return if self.matches_any(fields) {
                Outcome::Below
            } else {
                Outcome::Miss
            };
        }
        let best_bound = self.best_bound(fields, &q.whole);
        if let Some(bound) = best_bound {
            if bound + bonus < floor {
                return Outcome::Below;
            }
            let best = self.best_score(fields, &q.whole).unwrap_or(0);
            return Outcome::Score(best + bonus);
        }
        if q.terms.len() < 2 {
            return Outcome::Miss;
        }
        // Several words may each match a different field ("meta 405b").
        let mut bound = 0;
        for term in &q.terms {
            match self.best_bound(fields, term) {
                Some(b) => bound += b,
                None => return Outcome::Miss,
            }
        }
        if bound * 8 / 10 + bonus < floor {
            return Outcome::Below;
        }
        let total: i64 = q
            .terms
            .iter()
            .map(|t| self.best_score(fields, t).unwrap_or(0))
            .sum();
        Outcome::Score(total * 8 / 10 + bonus)
    }

    /// Whether the entry matches: the whole query in one field, or each word in some field.
    fn matches_any(&self, fields: &[Field]) -> bool {
        let q = self.query;
        let found = |p: &Pattern| fields.iter().any(|f| p.matches(self.store, f));
        found(&q.whole) || (q.terms.len() > 1 && q.terms.iter().all(found))
    }

    /// The highest weighted bound among the fields `p` matches, or `None` when it matches none.
    fn best_bound(&self, fields: &[Field], p: &Pattern) -> Option<i64> {
        fields
            .iter()
            .filter(|f| p.matches(self.store, f))
            .map(|f| p.bound_in(self.store, f) * f.role.weight() / 100)
            .max()
    }

    /// The best weighted skim score of `p` over the fields, skipping fields whose bound cannot
    /// beat the best so far.
    fn best_score(&self, fields: &[Field], p: &Pattern) -> Option<i64> {
        let mut best: Option<i64> = None;
        for f in fields {
            let weight = f.role.weight();
            if best.is_some_and(|b| p.bound_in(self.store, f) * weight / 100 <= b) {
                continue;
            }
            if !p.matches(self.store, f) {
                continue;
            }
            let Some(score) = self.scorer.score(self.store.text(f), p) else {
                continue;
            };
            let weighted = score * weight / 100;
            best = Some(best.map_or(weighted, |b| b.max(weighted)));
        }
        best
    }

    fn bonus(&self, fields: &[Field]) -> i64 {
        let compact = &self.query.compact;
        if compact.is_empty() {
            return 0;
        }
        let mut bonus = 0;
        for f in fields.iter().filter(|f| f.role.names_entry()) {
            match text::compare_compact(self.store.text(f), compact) {
                Compact::Equal => return EXACT_BONUS,
                Compact::Prefix if f.role == Role::Name => bonus = PREFIX_BONUS,
                _ => {}
            }
        }
        bonus + self.word_bonus(fields)
    }

    /// [`WORD_BONUS`] for each query word found as a whole word of some field, weighted by the
    /// best such field.
    fn word_bonus(&self, fields: &[Field]) -> i64 {
        self.query
            .terms
            .iter()
            .filter_map(|t| {
                fields
                    .iter()
                    .filter(|f| t.chars & !f.chars == 0)
                    .filter(|f| text::has_word(self.store.text(f), &t.text))
                    .map(|f| WORD_BONUS * f.role.weight() / 100)
                    .max()
            })
            .sum()
    }
}
