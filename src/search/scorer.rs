//! The skim scorer made repeatable, and a cheap upper bound of what it can return.
//!
//! fuzzy-matcher 0.3.7's `SkimMatcherV2` keeps its score matrix between calls and does not clear
//! every cell it later reads: a bonus left by an earlier call can add a few points to a pattern with
//! two equal chars side by side ("llama"), so a ranking would depend on what was scored before it,
//! and a narrowed, top-k or multi-threaded search could disagree with a full one. Before scoring
//! such a pattern, [`Scorer`] makes one call of the same width that resets those cells, which gives
//! exactly the score of a fresh matcher. Other patterns never read a stale cell.

use super::text;
use fuzzy_matcher::skim::SkimMatcherV2;
use fuzzy_matcher::FuzzyMatcher;

/// The pattern of the resetting call and the char that fills the rest of its haystack.
const PRIME_PATTERN: &str = "\u{1}";
const PRIME_FILL: char = '\u{2}';

/// A folded search pattern with what the filters and the bound need.
pub(super) struct Pattern {
    pub(super) text: String,
    pub(super) ascii: bool,
    /// Character mask (see [`text::masks`]).
    pub(super) chars: u64,
    first: char,
    /// Pair-mask bit of each adjacent pair of chars.
    pairs: Vec<u64>,
    /// Two equal chars side by side: the case where the matrix must be reset first.
    needs_reset: bool,
}

impl Pattern {
    pub(super) fn new(text: &str) -> Self {
        let v: Vec<char> = text.chars().collect();
        Pattern {
            text: text.to_string(),
            ascii: text.is_ascii(),
            chars: text::masks(text).0,
            first: v.first().copied().unwrap_or('\0'),
            pairs: v.windows(2).map(|w| text::pair_bit(w[0], w[1])).collect(),
            needs_reset: v.windows(2).any(|w| w[0] == w[1]),
        }
    }

    /// The most [`Scorer::score`] can give this pattern in any field.
    pub(super) fn ceiling(&self) -> i64 {
        self.bound(Some(self.first), u64::MAX)
    }

    /// The most [`Scorer::score`] can give this pattern in a field that starts with `first` and
    /// has the pair mask `pairs`.
    ///
    /// From the scorer's recurrence (default scores, case respected, fresh matrix): the first char
    /// scores 15 plus a bonus of 16 at the haystack's first char, at most 8 elsewhere; every later
    /// char scores 16 plus at most 8 when it directly follows the previous one, or 16 + 8 after a
    /// gap that costs at least 4. A pair that occurs nowhere in the field cannot be consecutive.
    pub(super) fn bound(&self, first: Option<char>, pairs: u64) -> i64 {
        // Far past any real query, a run of impossible cells could rival a real path: stay loose.
        if self.pairs.len() > 500 {
            return 32 * (self.pairs.len() as i64 + 1);
        }
        let start = if first == Some(self.first) { 31 } else { 23 };
        let rest: i64 = self
            .pairs
            .iter()
            .map(|&bit| if pairs & bit != 0 { 24 } else { 20 })
            .sum();
        start + rest
    }
}

/// The skim scorer with its matrix reset where a stale cell could change the result.
pub(super) struct Scorer {
    matcher: SkimMatcherV2,
    /// Haystack of the resetting call: [`PRIME_PATTERN`] then fill, as long as the longest field.
    prime: String,
}

impl Scorer {
    /// A scorer for haystacks of up to `max_chars` chars (longer ones are still scored; their
    /// resetting haystack is built on the spot).
    pub(super) fn new(max_chars: usize) -> Self {
        Scorer {
            matcher: SkimMatcherV2::default().respect_case(),
            prime: prime(max_chars),
        }
    }

    /// The skim score of `p` in the folded `hay`, the same whatever was scored before.
    pub(super) fn score(&self, hay: &str, p: &Pattern) -> Option<i64> {
        if p.needs_reset {
            self.reset(hay.chars().count());
        }
        self.matcher.fuzzy_match(hay, &p.text)
    }

    /// Makes a call of `width` chars whose first step resets the matrix row a scoring call of the
    /// same width could read stale.
    fn reset(&self, width: usize) {
        let width = width.max(1);
        if width <= self.prime.len() {
            self.matcher
                .fuzzy_match(&self.prime[..width], PRIME_PATTERN);
        } else {
            self.matcher.fuzzy_match(&prime(width), PRIME_PATTERN);
        }
    }

    /// Matched char positions of `pattern` in the folded `hay`, for highlighting.
    pub(super) fn indices(&self, hay: &str, pattern: &str) -> Option<Vec<usize>> {
        // Positions use the whole matrix, one row per pattern char: reset all of it.
        let rows = pattern.chars().count() + 1;
        self.reset(rows * (hay.chars().count() + 1));
        self.matcher.fuzzy_indices(hay, pattern).map(|(_, p)| p)
    }
}

fn prime(chars: usize) -> String {
    let mut s = String::with_capacity(chars.max(1));
    s.push_str(PRIME_PATTERN);
    s.extend(std::iter::repeat_n(PRIME_FILL, chars.saturating_sub(1)));
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic generator of strings over an alphabet rich in repeats and separators.
    struct Strings(u64);

    impl Strings {
        fn next(&mut self, max_len: u64) -> String {
            const ALPHABET: [char; 12] =
                ['a', 'a', 'b', 'l', 'l', '-', ' ', '/', '3', 'L', '.', 'x'];
            let mut step = || {
                self.0 ^= self.0 << 13;
                self.0 ^= self.0 >> 7;
                self.0 ^= self.0 << 17;
                self.0
            };
            let len = 1 + step() % max_len;
            (0..len)
                .map(|_| ALPHABET[(step() % ALPHABET.len() as u64) as usize])
                .collect()
        }
    }

    #[test]
    fn scores_do_not_depend_on_earlier_calls_and_stay_under_the_bound() {
        let mut strings = Strings(0x2545_F491_4F6C_DD1D);
        let scorer = Scorer::new(8);
        let mut scored = 0;
        for _ in 0..20_000 {
            let (hay, pat) = (strings.next(30), strings.next(6));
            // Leave the shared matrix in some state, as earlier searches would.
            for _ in 0..2 {
                let (h, p) = (strings.next(40), strings.next(8));
                scorer.matcher.fuzzy_match(&h, &p);
            }
            let p = Pattern::new(&pat);
            let got = scorer.score(&hay, &p);
            let fresh = SkimMatcherV2::default()
                .respect_case()
                .fuzzy_match(&hay, &pat);
            assert_eq!(got, fresh, "{pat:?} in {hay:?}");
            if let Some(score) = got {
                let (_, pairs) = text::masks(&hay);
                let bound = p.bound(hay.chars().next(), pairs);
                assert!(score <= bound, "{pat:?} in {hay:?}: {score} > {bound}");
                scored += 1;
            }
        }
        assert!(scored > 1_000, "the generator must produce matches");
    }

    #[test]
    fn highlight_positions_do_not_depend_on_earlier_calls() {
        // Pairs of (earlier call, positions asked) where a stale matrix moves the positions.
        let cases = [
            (("lab lb--a b", "l"), ("bbb ", "bb ")),
            (("- -b-l- a", "la"), ("aabbb  ab b", "bb")),
            (("lb la-  a-blb", "ll"), (" llbll a-a- ", "ll ")),
        ];
        for ((h0, p0), (hay, pat)) in cases {
            let scorer = Scorer::new(8);
            scorer.matcher.fuzzy_indices(h0, p0);
            let fresh = SkimMatcherV2::default().respect_case();
            let want = fresh.fuzzy_indices(hay, pat).map(|(_, p)| p);
            assert_eq!(scorer.indices(hay, pat), want, "{pat:?} in {hay:?}");
        }
    }
}
