//! Sort keys computed once per dataset, so re-sorting even a very large list compares integers.
//!
//! Each key (name rank, developer rank, release date, the ratings table behind the weighted score)
//! is built on first use and kept; [`sort`] defines the order.

mod key;

pub use key::{sort, Direction, SortKey};

use crate::data::{Dataset, Model};
use crate::score::{shrunk, weighted_mean, Weights};
use std::cmp::Ordering;
#[cfg(test)]
use std::cmp::Reverse;
use std::collections::HashMap;
use std::ops::Range;
use std::sync::OnceLock;

/// Sort keys of one dataset. Build it for a dataset and always pass that same dataset.
#[derive(Debug, Default)]
pub struct SortKeys {
    /// Rank of each entry by folded name, then id; equal names and ids share a rank.
    name: OnceLock<Vec<u32>>,
    /// Rank of each entry's folded developer; unknown developers rank last.
    developer: OnceLock<Vec<u32>>,
    /// Release dates, newest smallest; unknown dates largest.
    released: OnceLock<Vec<u32>>,
    ratings: OnceLock<Ratings>,
}

/// Every entry's score on every sub-criterion, in dataset order, one row per entry.
#[derive(Debug)]
struct Ratings {
    width: usize,
    /// The sub-criterion ids, one per column.
    columns: Vec<String>,
    cells: Vec<Option<u8>>,
    /// Each pillar's run of columns.
    pillars: Vec<Range<usize>>,
}

/// Folds like [`crate::search::fold`], one char.
fn fold_char(c: char) -> char {
    c.to_lowercase().next().unwrap_or(c)
}

/// Compares two strings as their folded forms compare, without building them.
fn cmp_folded(a: &str, b: &str) -> Ordering {
    if a.is_ascii() && b.is_ascii() {
        a.bytes()
            .map(|c| c.to_ascii_lowercase())
            .cmp(b.bytes().map(|c| c.to_ascii_lowercase()))
    } else {
        a.chars().map(fold_char).cmp(b.chars().map(fold_char))
    }
}

/// The first 16 bytes of `bytes`, zero-padded, as a big-endian integer: integers compare as the
/// beginnings do, and equal integers leave the order to the full comparison.
fn prefix(bytes: &[u8]) -> u128 {
    let mut buf = [0u8; 16];
    for (slot, &b) in buf.iter_mut().zip(bytes) {
        *slot = b;
    }
    u128::from_be_bytes(buf)
}

/// Ranks entries by folded name, then id. The folded names are laid end to end first, so that
/// comparing two reads nearby memory instead of two scattered entries, and integer prefixes sort
/// most of them before any names are compared.
fn name_ranks(models: &[Model]) -> Vec<u32> {
    let mut text = String::new();
    let mut spans = Vec::with_capacity(models.len());
    for m in models {
        let start = text.len();
        if m.name.is_ascii() {
            text.push_str(&m.name);
            text[start..].make_ascii_lowercase();
        } else {
            text.extend(m.name.chars().map(fold_char));
        }
        spans.push(start..text.len());
    }
    // UTF-8 bytes order like the code points, so bytes compare as the folded strings do.
    let folded = |i: usize| &text.as_bytes()[spans[i].clone()];
    let cmp = |a: usize, b: usize| {
        folded(a)
            .cmp(folded(b))
            .then_with(|| models[a].id.cmp(&models[b].id))
    };
    let mut order: Vec<(u128, usize)> = (0..models.len()).map(|i| (prefix(folded(i)), i)).collect();
    order.sort_unstable_by_key(|&(p, _)| p);
    for run in order.chunk_by_mut(|a, b| a.0 == b.0) {
        if run.len() > 1 {
            run.sort_unstable_by(|a, b| cmp(a.1, b.1));
        }
    }
    let mut ranks = vec![0u32; models.len()];
    let mut rank = 0u32;
    for (k, &(p, i)) in order.iter().enumerate() {
        if k > 0 {
            let (before, j) = order[k - 1];
            if before != p || cmp(j, i) != Ordering::Equal {
                rank = rank.saturating_add(1);
            }
        }
        ranks[i] = rank;
    }
    ranks
}

/// Ranks `items` by `cmp`: equal items share a rank, ranks count distinct values from 0.
fn dense_ranks<T>(items: &[T], cmp: impl Fn(&T, &T) -> Ordering) -> Vec<u32> {
    let mut order: Vec<usize> = (0..items.len()).collect();
    order.sort_unstable_by(|&a, &b| cmp(&items[a], &items[b]));
    let mut ranks = vec![0u32; items.len()];
    let mut rank = 0u32;
    for (k, &i) in order.iter().enumerate() {
        if k > 0 && cmp(&items[order[k - 1]], &items[i]) != Ordering::Equal {
            rank = rank.saturating_add(1);
        }
        ranks[i] = rank;
    }
    ranks
}

/// Packs a release date into one integer that sorts newest first, unknown dates last.
fn release_rank(m: &Model) -> u32 {
    if m.released.is_none() {
        return u32::MAX;
    }
    let (year, month, day) = m.release_key();
    let packed = u32::from(year) << 16 | u32::from(month) << 8 | u32::from(day);
    u32::MAX - 1 - packed
}

/// Each entry's place in the tie-break order of search results and suggestions: newest first
/// (unknown dates last), then by folded name and id, then dataset order. Every rank is distinct.
pub(crate) fn recency_ranks(models: &[Model]) -> Vec<u32> {
    let names = name_ranks(models);
    let mut order: Vec<(u32, u32, usize)> = models
        .iter()
        .enumerate()
        .map(|(i, m)| (release_rank(m), names[i], i))
        .collect();
    order.sort_unstable();
    let mut ranks = vec![0u32; models.len()];
    for (rank, &(_, _, i)) in order.iter().enumerate() {
        ranks[i] = u32::try_from(rank).unwrap_or(u32::MAX);
    }
    ranks
}

/// Scores as integers in thousandths so they sort totally; unrated sorts last.
#[cfg(test)]
pub(crate) fn score_key(s: Option<f64>) -> Reverse<i64> {
    Reverse(s.map_or(i64::MIN, |v| (v * 1000.0).round() as i64))
}

impl Ratings {
    fn new(dataset: &Dataset) -> Self {
        let ids: Vec<&str> = dataset
            .leaf_criteria()
            .map(|(_, c)| c.id.as_str())
            .collect();
        let mut pillars = Vec::new();
        let mut start = 0;
        for p in &dataset.criteria {
            pillars.push(start..start + p.sub_criteria.len());
            start += p.sub_criteria.len();
        }
        let cells = dataset
            .models
            .iter()
            .flat_map(|m| ids.iter().map(move |id| m.score(id)))
            .collect();
        Ratings {
            width: ids.len(),
            columns: ids.iter().map(|id| id.to_string()).collect(),
            cells,
            pillars,
        }
    }

    /// The score of entry `row` on criterion column `col`.
    fn cell(&self, row: usize, col: usize) -> Option<u8> {
        *self
            .cells
            .get(row.checked_mul(self.width)?.checked_add(col)?)?
    }

    /// The same value as [`crate::score::ranking_score`] (the weighted score shrunk by how few
    /// criteria are rated), computed in the same order from the table, with the weights looked
    /// up once per sort.
    fn weighted(&self, row: usize, criterion_w: &[f64], pillar_w: &[f64]) -> Option<f64> {
        let start = row.checked_mul(self.width)?;
        let cells = self.cells.get(start..start.checked_add(self.width)?)?;
        let rated = cells.iter().filter(|c| c.is_some()).count();
        let score = weighted_mean(self.pillars.iter().enumerate().filter_map(|(p, cols)| {
            let (scores, weights) = (&cells[cols.clone()], &criterion_w[cols.clone()]);
            let rated = scores
                .iter()
                .zip(weights)
                .filter_map(|(s, w)| Some((f64::from((*s)?), *w)));
            let mean = weighted_mean(rated).or_else(|| {
                weighted_mean(scores.iter().filter_map(|s| Some((f64::from((*s)?), 1.0))))
            })?;
            Some((mean, pillar_w[p]))
        }))?;
        Some(shrunk(score, rated))
    }
}

impl SortKeys {
    /// Empty keys; each is computed from the dataset the first time a sort needs it.
    pub fn new() -> Self {
        SortKeys::default()
    }

    /// Computes every key now, so that no later sort pays for building one (the weighted score
    /// still combines the weights of the moment).
    pub fn build_all(&self, d: &Dataset) {
        self.names(d);
        self.developers(d);
        self.releases(d);
        self.ratings.get_or_init(|| Ratings::new(d));
    }

    fn names(&self, d: &Dataset) -> &[u32] {
        self.name.get_or_init(|| name_ranks(&d.models))
    }

    fn developers(&self, d: &Dataset) -> &[u32] {
        self.developer.get_or_init(|| {
            // Few distinct developers: rank those, then look each entry's up.
            let mut slot: HashMap<&str, usize> = HashMap::new();
            let mut distinct: Vec<&str> = Vec::new();
            for name in d.models.iter().filter_map(|m| m.developer.as_deref()) {
                slot.entry(name).or_insert_with(|| {
                    distinct.push(name);
                    distinct.len() - 1
                });
            }
            let ranks = dense_ranks(&distinct, |a, b| cmp_folded(a, b));
            d.models
                .iter()
                .map(|m| m.developer.as_deref().map_or(u32::MAX, |n| ranks[slot[n]]))
                .collect()
        })
    }

    fn releases(&self, d: &Dataset) -> &[u32] {
        self.released
            .get_or_init(|| d.models.iter().map(release_rank).collect())
    }

    /// Sorts `positions` (indices into `dataset.models`) by `key` in its usual direction,
    /// exactly as [`sort`] documents. Entries with equal keys keep their order.
    pub fn sort(
        &self,
        positions: &mut [usize],
        key: &SortKey,
        dataset: &Dataset,
        weights: &Weights,
    ) {
        self.sort_directed(positions, key, Direction::Usual, dataset, weights);
    }

    /// Sorts `positions` by `key` in `direction`. Reversing turns the known values around and
    /// nothing else: entries without a value stay last, and ties still go by name A to Z.
    pub fn sort_directed(
        &self,
        positions: &mut [usize],
        key: &SortKey,
        direction: Direction,
        dataset: &Dataset,
        weights: &Weights,
    ) {
        if matches!(key, SortKey::Natural) {
            if direction == Direction::Reversed {
                positions.reverse();
            }
            return;
        }
        let names = self.names(dataset);
        let name = |i: usize| names.get(i).copied().unwrap_or(u32::MAX);
        let model = |i: usize| dataset.models.get(i);
        let by = |positions: &mut [usize], primary: &dyn Fn(usize) -> Option<i64>| {
            sort_known(positions, direction, name, primary);
        };
        // Every primary key is "smaller first" in the usual direction.
        let score = |s: Option<f64>| s.map(|v| -((v * 1000.0).round() as i64));
        let count = |n: Option<u64>| n.map(|n| -(i64::try_from(n).unwrap_or(i64::MAX)));
        match key {
            SortKey::Natural => {}
            SortKey::Name => {
                // The name is its own tie-break: reversed, Z to A.
                sort_known(positions, direction, |_| 0, |i| Some(i64::from(name(i))));
            }
            SortKey::Released => {
                let dates = self.releases(dataset);
                by(positions, &|i| {
                    dates
                        .get(i)
                        .copied()
                        .filter(|&d| d != u32::MAX)
                        .map(i64::from)
                });
            }
            SortKey::Developer => {
                let devs = self.developers(dataset);
                by(positions, &|i| {
                    devs.get(i)
                        .copied()
                        .filter(|&d| d != u32::MAX)
                        .map(i64::from)
                });
            }
            SortKey::Score => {
                let table = self.ratings.get_or_init(|| Ratings::new(dataset));
                let criterion_w: Vec<f64> = dataset
                    .leaf_criteria()
                    .map(|(_, c)| f64::from(weights.criterion(&c.id)))
                    .collect();
                let pillar_w: Vec<f64> = dataset
                    .criteria
                    .iter()
                    .map(|p| f64::from(weights.pillar(&p.id)))
                    .collect();
                by(positions, &|i| {
                    score(table.weighted(i, &criterion_w, &pillar_w))
                });
            }
            SortKey::Criterion(id) => {
                let table = self.ratings.get_or_init(|| Ratings::new(dataset));
                match table.columns.iter().position(|c| c == id) {
                    Some(col) => by(positions, &|i| score(table.cell(i, col).map(f64::from))),
                    // Not a criterion of this dataset: nobody is rated on it.
                    None => by(positions, &|i| {
                        score(model(i).and_then(|m| m.score(id)).map(f64::from))
                    }),
                }
            }
            SortKey::Figure(id) => {
                let higher = crate::data::FigureKind::find(id).is_none_or(|k| k.higher_is_better);
                by(positions, &|i| {
                    let v = model(i).and_then(|m| m.figure(id));
                    score(if higher { v } else { v.map(|x| -x) })
                });
            }
            SortKey::Price => by(positions, &|i| {
                score(model(i).and_then(Model::blended_price).map(|x| -x))
            }),
            SortKey::Context => by(positions, &|i| {
                count(model(i).and_then(Model::context_window))
            }),
            SortKey::MaxOutput => by(positions, &|i| {
                count(model(i).and_then(Model::max_output_tokens))
            }),
        }
    }
}

/// Sorts by a primary key computed once per position (`None`: unknown, always last), in
/// `direction`, then by `name` A to Z; equal keys keep their order.
fn sort_known(
    positions: &mut [usize],
    direction: Direction,
    name: impl Fn(usize) -> u32,
    primary: impl Fn(usize) -> Option<i64>,
) {
    let mut keyed: Vec<(Option<i64>, u32, usize)> = positions
        .iter()
        .map(|&i| (primary(i), name(i), i))
        .collect();
    keyed.sort_by(|a, b| {
        let first = match (a.0, b.0) {
            (Some(x), Some(y)) => direction.apply(x.cmp(&y)),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        };
        first.then(a.1.cmp(&b.1))
    });
    for (slot, (_, _, i)) in positions.iter_mut().zip(keyed) {
        *slot = i;
    }
}

#[cfg(test)]
mod tests;
