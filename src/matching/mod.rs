//! Which catalog listings are the same model: one key per listing from its name and id, built so
//! that two sizes or two versions of a model never share a key.
//!
//! Catalogs such as models.dev give each provider's listing a curated display name ("Claude Opus
//! 4.6" under anthropic, google-vertex and amazon-bedrock alike) and an id in the provider's own
//! spelling (`claude-opus-4-6`, `claude-opus-4-6@default`, `eu.anthropic.claude-opus-4-6-v1`). The
//! name carries the model's identity best, so the key is the name, normalised; the id adds only what
//! the name leaves out, a four-digit version stamp (`qwen3-235b-a22b-instruct-2507` named "Qwen3
//! 235B A22B Instruct") or a size (`-120b`). The README section "How listings are matched" states
//! the rules and the precision measured on hand-checked pairs (`tests/fixtures/matching-pairs.tsv`).
//!
//! Pure functions over strings; no dataset types, so other joins (benchmark figures to entries)
//! use the same rules.

use foldhash::HashMap;
use foldhash::HashMapExt;
use std::collections::hash_map::Entry;

#[cfg(test)]
mod tests;

/// Words dropped from a name: tags of an offer or a region, not of the model.
const OFFER_TAGS: &[&str] = &["free", "us", "eu", "au", "jp", "apac", "global", "uk", "ca"];

/// Region words that open Amazon Bedrock's names of regional copies ("AU Anthropic Claude …").
const REGIONS: &[&str] = &["us", "eu", "au", "jp", "apac", "global", "uk", "ca"];

/// Vendor words that open some hosts' names ("Meta Llama 3 8B", "Anthropic Claude …") but are not
/// part of the model's name elsewhere.
const VENDORS: &[&str] = &["anthropic", "meta"];

/// Words that mark the instruction-tuned release of an open model; every host serves that one,
/// so the word is dropped, but only where the name has a size ("Llama 3.3 70B Instruct"): "GPT-3.5
/// Turbo Instruct" is a model of its own.
const INSTRUCT: &[&str] = &["instruct", "it"];

/// The key two listings of the same model share: the normalised name plus what only the id says.
pub fn model_key(id: &str, name: &str) -> String {
    key_of(
        name_words(if name.trim().is_empty() { id } else { name }),
        id,
    )
}

/// The key from a name's words and the id.
fn key_of(mut words: Vec<String>, id: &str) -> String {
    for extra in id_only_words(id, &words) {
        words.push(extra);
    }
    words.join(" ")
}

/// The words of a name that carry a digit: its version numbers and sizes.
fn numbers(words: &[String]) -> Vec<String> {
    words
        .iter()
        .filter(|w| w.chars().any(|c| c.is_ascii_digit()))
        .cloned()
        .collect()
}

/// Neither list has a number the other lacks.
fn compatible(x: &[String], y: &[String]) -> bool {
    x.iter().all(|w| y.contains(w)) || y.iter().all(|w| x.contains(w))
}

/// True when two listings, each `(id, name)`, are the same model: their keys agree, or their ids
/// agree once the host's spelling is undone ([`id_stem`]) and neither name has a version number
/// the other lacks ("Nova Lite 1.0" and "Nova Lite", both `nova-lite-v1`).
pub fn same_model(a: (&str, &str), b: (&str, &str)) -> bool {
    model_key(a.0, a.1) == model_key(b.0, b.1) || same_stem(a, b)
}

fn same_stem(a: (&str, &str), b: (&str, &str)) -> bool {
    if id_stem(a.0) != id_stem(b.0) {
        return false;
    }
    compatible(&numbers(&name_words(a.1)), &numbers(&name_words(b.1)))
}

/// Groups listings, each `(id, name)`, by [`same_model`] (taken as transitive): each group lists
/// indices in input order, and groups come in the order of their first listing.
pub fn group<'a>(listings: impl IntoIterator<Item = (&'a str, &'a str)>) -> Vec<Vec<usize>> {
    let listings: Vec<(&str, &str)> = listings.into_iter().collect();
    let mut sets = UnionFind::new(listings.len());
    let mut by_key: HashMap<String, usize> = HashMap::with_capacity(listings.len());
    // Per developer id, each distinct list of name numbers with the first listing that has it: the
    // first compatible list is the earliest listing `same_stem` accepts, and a catalog that lists
    // one model under a hundred hosts keeps one element here, not a hundred to compare against.
    let mut by_stem: HashMap<String, Vec<(Vec<String>, usize)>> =
        HashMap::with_capacity(listings.len());
    // The rules read only the name and the id's last path segment; a listing that repeats an
    // earlier one's (a model mirrored under many hosts) joins it without being read again.
    let mut seen: HashMap<(&str, &str), usize> = HashMap::with_capacity(listings.len());
    for (i, &(id, name)) in listings.iter().enumerate() {
        let tail = id.rsplit('/').next().unwrap_or(id);
        match seen.entry((name, tail)) {
            Entry::Occupied(first) => {
                sets.join(*first.get(), i);
                continue;
            }
            Entry::Vacant(slot) => {
                slot.insert(i);
            }
        }
        // Each name is split into words once; the key and the numbers both come from them.
        let named = !name.trim().is_empty();
        let words = name_words(if named { name } else { id });
        let nums = if named { numbers(&words) } else { Vec::new() };
        match by_key.entry(key_of(words, id)) {
            Entry::Occupied(first) => sets.join(*first.get(), i),
            Entry::Vacant(slot) => {
                slot.insert(i);
            }
        }
        let same_id = by_stem.entry(id_stem(id)).or_default();
        if let Some(&(_, j)) = same_id.iter().find(|(n, _)| compatible(n, &nums)) {
            sets.join(j, i);
        }
        if !same_id.iter().any(|(n, _)| *n == nums) {
            same_id.push((nums, i));
        }
    }
    let mut index_of_root: HashMap<usize, usize> = HashMap::new();
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for i in 0..listings.len() {
        let root = sets.root(i);
        let g = *index_of_root.entry(root).or_insert_with(|| {
            groups.push(Vec::new());
            groups.len() - 1
        });
        groups[g].push(i);
    }
    groups
}

/// Disjoint sets over `0..n`, for grouping by a relation that is not a single key.
struct UnionFind {
    parent: Vec<usize>,
}

impl UnionFind {
    fn new(n: usize) -> Self {
        UnionFind {
            parent: (0..n).collect(),
        }
    }

    fn root(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }

    fn join(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.root(a), self.root(b));
        // The earlier listing's root stays the root, so groups keep their first listing's place.
        if ra != rb {
            let (low, high) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.parent[high] = low;
        }
    }
}

/// A name as words: lowercase; a host prefix (`qwen/`) and a developer prefix ("Anthropic: ")
/// dropped; `+` read as "plus"; punctuation as spaces, except a dot inside a version (`4.5`); a
/// break where letters meet digits (`qwen3` → `qwen 3`, so `llama3` and "Llama 3" agree, while
/// `70b` and `4o` stay whole); offer and region tags dropped, and "latest" where a version number
/// says which release it is.
pub fn name_words(name: &str) -> Vec<String> {
    let lower = name.to_lowercase();
    let after_host = lower.rsplit('/').next().unwrap_or(&lower);
    let bare = after_host
        .split_once(": ")
        .map_or(after_host, |(_, rest)| rest);
    let mut words = split_words(&bare.replace('+', " plus "));
    while words.len() > 1
        && (REGIONS.contains(&words[0].as_str()) || VENDORS.contains(&words[0].as_str()))
    {
        words.remove(0);
    }
    words.retain(|w| !OFFER_TAGS.contains(&w.as_str()));
    // "Claude Opus 4 (latest)" is Claude Opus 4; "Mistral Large (latest)" is whichever release the
    // alias points at today, so it stays a model of its own.
    if words.iter().any(|w| w.chars().any(|c| c.is_ascii_digit())) {
        words.retain(|w| w != "latest");
    }
    if words.iter().any(|w| is_size(w)) {
        words.retain(|w| !INSTRUCT.contains(&w.as_str()));
    }
    words
}

/// Splits on anything but letters, digits and a dot between two digits; then where a letter is
/// followed by a digit.
fn split_words(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut words = Vec::new();
    let mut word = String::new();
    for (i, &c) in chars.iter().enumerate() {
        let digit_dot = c == '.'
            && i > 0
            && chars[i - 1].is_ascii_digit()
            && chars.get(i + 1).is_some_and(char::is_ascii_digit);
        if c.is_alphanumeric() || digit_dot {
            let letter_then_digit =
                c.is_ascii_digit() && word.chars().last().is_some_and(char::is_alphabetic);
            if letter_then_digit {
                words.push(std::mem::take(&mut word));
            }
            word.push(c);
        } else if !word.is_empty() {
            words.push(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

/// A parameter count such as `70b`, `1.5b` or `8x22b`.
fn is_size(word: &str) -> bool {
    let Some(number) = word.strip_suffix('b') else {
        return false;
    };
    !number.is_empty()
        && number
            .split('x')
            .all(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit() || c == '.'))
}

/// A four-digit release stamp such as `2507` (July 2025) or `0324` (24 March).
fn is_stamp(word: &str) -> bool {
    word.len() == 4 && word.chars().all(|c| c.is_ascii_digit())
}

/// The id as its developer spells it: lowercase, without the host path, Bedrock's region and
/// vendor or a variant after `:` or `@`, with dots and underscores read as dashes. Dates stay:
/// `gpt-4o-2024-05-13` is not `gpt-4o`.
pub fn id_stem(id: &str) -> String {
    bare_id(id).replace(['.', '_'], "-")
}

/// The id without the host path (`accounts/…/`, `qwen/`), Bedrock's region and vendor
/// (`us.anthropic.`) and a variant after `:` or `@` (`:free`, `-v1:0`, `@20250514`).
fn bare_id(id: &str) -> String {
    let lower = id.to_lowercase();
    let mut core = lower.rsplit('/').next().unwrap_or(&lower);
    core = core.split([':', '@']).next().unwrap_or(core);
    // Bedrock: `[region.]vendor.model`; segments before the model are letters only.
    while let Some((head, rest)) = core.split_once('.') {
        if head.is_empty() || !head.chars().all(|c| c.is_ascii_lowercase()) || rest.is_empty() {
            break;
        }
        core = rest;
    }
    core.to_string()
}

/// The id without what names the offer rather than the model: the host path (`accounts/…/`,
/// `qwen/`), Bedrock's region and vendor (`us.anthropic.`), a variant after `:` or `@` (`:free`,
/// `-v1:0`, `@20250514`), and whole dates (`-20250514`, `-2024-08-06`), which are snapshots the
/// name tells apart when they differ.
pub fn id_core(id: &str) -> String {
    let core = bare_id(id);
    let words: Vec<&str> = core.split('-').collect();
    let mut kept: Vec<&str> = Vec::with_capacity(words.len());
    let mut i = 0;
    while i < words.len() {
        let w = words[i];
        let all_digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
        let iso = w.len() == 4
            && all_digits(w)
            && words
                .get(i + 1)
                .is_some_and(|m| m.len() == 2 && all_digits(m))
            && words
                .get(i + 2)
                .is_some_and(|d| d.len() == 2 && all_digits(d));
        if iso {
            i += 3;
            continue;
        }
        if !(w.len() == 8 && all_digits(w) && w.starts_with("20")) {
            kept.push(w);
        }
        i += 1;
    }
    kept.join("-")
}

/// The id's words that the name lacks and that tell models apart: a release stamp or a size.
fn id_only_words(id: &str, name_words: &[String]) -> Vec<String> {
    split_words(&id_core(id))
        .into_iter()
        .filter(|w| is_stamp(w) || is_size(w))
        .filter(|w| !name_words.contains(w))
        .collect()
}
