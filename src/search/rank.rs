//! Scoring a set of candidates: every match counted, the best kept, the work split over threads.
//!
//! With a limit `k`, each thread keeps its best hits and, once it has `k`, refuses entries whose
//! bound cannot beat the worst of them. Threads share that floor: any thread's `k`-th best is a
//! floor for the whole search, since that thread alone holds `k` better entries.

use super::index::{Judge, Outcome, Query, EXACT_BONUS};
use super::{Hit, SearchIndex};
use std::cmp::Reverse;
use std::ops::Range;
use std::sync::Mutex;

/// How many candidates a thread scores between looks at the other threads' floor.
const SYNC_EVERY: usize = 256;

/// A scored entry with its tie-breaks.
#[derive(Debug, Clone, Copy)]
pub(super) struct Ranked {
    pub(super) score: i64,
    /// The entry's place in the tie-break order (see [`crate::order::recency_ranks`]).
    pub(super) tie: u32,
    pub(super) index: usize,
}

impl Ranked {
    /// Best first: higher score, then newer, then by name (the tie rank is distinct per entry).
    pub(super) fn key(&self) -> (Reverse<i64>, u32, usize) {
        (Reverse(self.score), self.tie, self.index)
    }
}

/// Entries to rank: all of a range, or a list from an earlier search.
#[derive(Clone)]
pub(super) enum Candidates<'a> {
    Range(Range<usize>),
    List(&'a [usize]),
}

impl Candidates<'_> {
    pub(super) fn len(&self) -> usize {
        match self {
            Candidates::Range(r) => r.len(),
            Candidates::List(l) => l.len(),
        }
    }

    /// Splits into `parts` consecutive pieces of nearly equal length.
    fn split(&self, parts: usize) -> Vec<Self> {
        let len = self.len();
        (0..parts)
            .map(|p| {
                let (from, to) = (len * p / parts, len * (p + 1) / parts);
                match self {
                    Candidates::Range(r) => Candidates::Range(r.start + from..r.start + to),
                    Candidates::List(l) => Candidates::List(&l[from..to]),
                }
            })
            .collect()
    }

    pub(super) fn for_each(&self, mut f: impl FnMut(usize)) {
        match self {
            Candidates::Range(r) => r.clone().for_each(f),
            Candidates::List(l) => l.iter().for_each(|&i| f(i)),
        }
    }
}

/// What one thread found.
#[derive(Default)]
pub(super) struct Partial {
    pub(super) ranked: Vec<Ranked>,
    pub(super) matched: Vec<usize>,
    /// The search was called off before every candidate was seen.
    pub(super) stopped: bool,
}

/// Asked now and then during a search; `true` calls the search off (a newer query arrived).
pub type Stop<'a> = &'a (dyn Fn() -> bool + Sync);

/// The stricter of two floors (the one that ranks better).
fn stricter(a: Option<Ranked>, b: Option<Ranked>) -> Option<Ranked> {
    match (a, b) {
        (Some(x), Some(y)) => Some(if x.key() <= y.key() { x } else { y }),
        (x, None) | (None, x) => x,
    }
}

/// The floor the threads of one search share.
type SharedFloor = Mutex<Option<Ranked>>;

impl SearchIndex {
    /// Scores `candidates`, on several threads when there are many. With a limit, only entries
    /// that can make the best `limit` are kept (and every match is listed in `matched`).
    pub(super) fn rank(
        &self,
        q: &Query,
        candidates: &Candidates,
        limit: Option<usize>,
        stop: Option<Stop>,
    ) -> Partial {
        let threads = if candidates.len() >= self.parallel_min {
            self.threads
        } else {
            1
        };
        if threads < 2 {
            return self.rank_chunk(q, candidates, limit, None, stop);
        }
        let shared: SharedFloor = Mutex::new(None);
        let parts: Vec<Partial> = std::thread::scope(|s| {
            let jobs: Vec<_> = candidates
                .split(threads)
                .into_iter()
                .map(|piece| {
                    let worker = std::thread::Builder::new().name("modeldex-search".into());
                    let (mine, floor) = (piece.clone(), &shared);
                    worker
                        .spawn_scoped(s, move || {
                            self.rank_chunk(q, &mine, limit, Some(floor), stop)
                        })
                        // No thread to be had: do that piece here.
                        .map_err(|_| self.rank_chunk(q, &piece, limit, Some(&shared), stop))
                })
                .collect();
            jobs.into_iter()
                .map(|job| match job {
                    Ok(handle) => handle
                        .join()
                        .unwrap_or_else(|e| std::panic::resume_unwind(e)),
                    Err(done) => done,
                })
                .collect()
        });
        // Pieces are consecutive, so concatenating keeps `matched` in candidate order.
        let mut all = Partial::default();
        for part in parts {
            all.ranked.extend(part.ranked);
            all.matched.extend(part.matched);
            all.stopped |= part.stopped;
        }
        all
    }

    fn rank_chunk(
        &self,
        q: &Query,
        candidates: &Candidates,
        limit: Option<usize>,
        shared: Option<&SharedFloor>,
        stop: Option<Stop>,
    ) -> Partial {
        let judge = Judge {
            store: &self.store,
            scorer: &self.scorer,
            query: q,
        };
        let mut part = Partial::default();
        // Once `limit` hits are known, an entry must beat the worst of them to count.
        let mut worst: Option<Ranked> = None;
        let compact_at = limit.map(|k| k.saturating_mul(2).max(k.saturating_add(64)));
        let mut seen = 0usize;
        let sync = |worst: Option<Ranked>| match shared {
            Some(m) => {
                let mut floor = m.lock().unwrap_or_else(|e| e.into_inner());
                *floor = stricter(*floor, worst);
                *floor
            }
            None => worst,
        };
        candidates.for_each(|index| {
            if part.stopped {
                return;
            }
            seen += 1;
            if seen % SYNC_EVERY == 0 {
                if stop.is_some_and(|stop| stop()) {
                    part.stopped = true;
                    return;
                }
                if limit.is_some() {
                    worst = sync(worst);
                }
            }
            let Some(entry) = self.store.entries.get(index) else {
                return;
            };
            let floor = match (limit, worst) {
                (Some(0), _) => i64::MAX,
                (_, None) => i64::MIN,
                // An entry that would lose a tie with the worst must score above it.
                (_, Some(w)) if (entry.tie, index) > (w.tie, w.index) => w.score.saturating_add(1),
                (_, Some(w)) => w.score,
            };
            let score = match judge.judge(entry, floor) {
                Outcome::Miss => return,
                Outcome::Below => {
                    part.matched.push(index);
                    return;
                }
                Outcome::Score(s) => s,
            };
            if limit.is_some() {
                part.matched.push(index);
            }
            part.ranked.push(Ranked {
                score,
                tie: entry.tie,
                index,
            });
            if let (Some(k), Some(at)) = (limit, compact_at) {
                if part.ranked.len() >= at {
                    keep_best(&mut part.ranked, k);
                    worst = sync(stricter(worst, part.ranked.last().copied()));
                }
            }
        });
        part
    }
}

/// Keeps the best `k` of `ranked`, sorted best first.
pub(super) fn keep_best(ranked: &mut Vec<Ranked>, k: usize) {
    if k == 0 {
        ranked.clear();
        return;
    }
    if ranked.len() > k {
        ranked.select_nth_unstable_by_key(k - 1, Ranked::key);
        ranked.truncate(k);
    }
    ranked.sort_unstable_by_key(Ranked::key);
}

/// The hits worth showing of a ranking sorted best first: those not far below the best, i.e. at
/// least half its score, the exact-match bonus not counted (so `gpt-4` still lists GPT-4o after
/// GPT-4 itself). Scores of zero or below are all kept.
pub fn strong(hits: &[Hit]) -> &[Hit] {
    let Some(best) = hits.first() else {
        return hits;
    };
    let base = if best.score >= EXACT_BONUS {
        best.score - EXACT_BONUS
    } else {
        best.score
    };
    if base <= 0 {
        return hits;
    }
    let floor = base / 2;
    &hits[..hits.partition_point(|h| h.score >= floor)]
}

pub(super) fn hits(ranked: &[Ranked]) -> Vec<Hit> {
    ranked
        .iter()
        .map(|r| Hit {
            index: r.index,
            score: r.score,
        })
        .collect()
}
