//! What a tolerant load left out, and the one line that tells the user about it.

use super::problem::{Kind, Problem};
use crate::format::thousands;
use crate::i18n::{pick, t, tf, values, Msg};
use std::collections::BTreeMap;

/// What loading a file cost: every dropped value and skipped entry, counted by kind, and the
/// embedded entries a merged file replaced.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LoadReport {
    /// The problems behind each loss, in document order (the first thousand or so).
    pub problems: Vec<Problem>,
    /// How many problems of each kind, listed or not.
    pub counts: BTreeMap<Kind, usize>,
    /// Entries read from the file.
    pub entries: usize,
    /// What the file's entries are called in messages: "entries", or "listings" for a catalog.
    pub noun: &'static str,
    /// Ids of embedded entries that a merged file replaced, in file order.
    pub replaced: Vec<String>,
    /// How many models an imported catalog's listings were grouped into (`None`: not grouped).
    pub models: Option<usize>,
    /// How many of those models a merge attached, as offers, to curated entries.
    pub attached: usize,
}

impl LoadReport {
    /// Adds one problem of its kind.
    pub fn push(&mut self, problem: Problem) {
        *self.counts.entry(problem.kind).or_default() += 1;
        self.problems.push(problem);
    }

    /// Adds problems listed elsewhere with their counts (which may exceed the list).
    pub fn extend(&mut self, problems: Vec<Problem>, counts: &BTreeMap<Kind, usize>) {
        self.problems.extend(problems);
        for (kind, n) in counts {
            *self.counts.entry(*kind).or_default() += n;
        }
    }

    /// True when nothing was dropped or skipped.
    pub fn is_clean(&self) -> bool {
        self.counts.values().all(|n| *n == 0)
    }

    fn tally(&self, skips: bool) -> (usize, Vec<String>) {
        let mut total = 0;
        let mut parts = Vec::new();
        for (kind, &n) in &self.counts {
            if n > 0 && kind.skips_entry() == skips {
                total += n;
                parts.push(kind.count(n));
            }
        }
        (total, parts)
    }

    /// "loaded 5,276 listings; 3 values dropped (3 invalid dates)", or `None` when nothing was lost.
    pub fn summary(&self) -> Option<String> {
        if self.is_clean() {
            return None;
        }
        let noun = if self.noun.is_empty() {
            "entries"
        } else {
            self.noun
        };
        let mut out = tf(
            Msg::LoadedSummary,
            &[
                ("n", &thousands(self.entries as u64)),
                ("noun", &values::word(noun)),
            ],
        );
        for skips in [false, true] {
            let (n, parts) = self.tally(skips);
            if n > 0 {
                out.push_str(&format!(
                    "{}{}{}{}",
                    pick("; ", "；"),
                    counted(skips, n),
                    pick(" (", "（"),
                    parts.join(", ")
                ));
                out.push_str(pick(")", "）"));
            }
        }
        Some(out)
    }

    /// The counts alone, for a status line: "5 values dropped, 1 entry skipped".
    pub fn brief(&self) -> Option<String> {
        let mut parts = Vec::new();
        for skips in [false, true] {
            let (n, _) = self.tally(skips);
            if n > 0 {
                parts.push(counted(skips, n));
            }
        }
        (!parts.is_empty()).then(|| parts.join(pick(", ", "，")))
    }

    /// The line for stderr: `api.json: loaded …; 3 values dropped (3 invalid dates) — modeldex
    /// validate api.json lists them`.
    pub fn notice(&self, file: &str) -> Option<String> {
        let summary = self.summary()?;
        Some(tf(
            Msg::LoadNotice,
            &[("file", &file), ("summary", &summary)],
        ))
    }

    /// The line saying which embedded entries a merged file replaced, if any.
    pub fn replaced_notice(&self, file: &str) -> Option<String> {
        const SHOWN: usize = 10;
        let n = self.replaced.len();
        if n == 0 {
            return None;
        }
        let ids: Vec<&str> = self
            .replaced
            .iter()
            .take(SHOWN)
            .map(String::as_str)
            .collect();
        let more = n.saturating_sub(SHOWN);
        let tail = if more > 0 {
            tf(Msg::ReplacedMore, &[("n", &more)])
        } else {
            String::new()
        };
        let entries = pick(if n == 1 { "entry" } else { "entries" }, "条目");
        Some(tf(
            Msg::Replaced,
            &[
                ("file", &file),
                ("n", &n),
                ("entries", &entries),
                ("ids", &ids.join(", ")),
                ("more", &tail),
            ],
        ))
    }

    /// After a merge of a grouped catalog, the line saying how many of its models joined curated
    /// entries as offers: `api.json: 867 listings are 495 models; 21 of them joined curated
    /// entries as offers`.
    pub fn attached_notice(&self, file: &str) -> Option<String> {
        let models = self.models.filter(|_| self.attached > 0)?;
        let noun = if self.noun.is_empty() {
            "entries"
        } else {
            self.noun
        };
        Some(tf(
            Msg::Attached,
            &[
                ("file", &file),
                ("n", &thousands(self.entries as u64)),
                ("noun", &values::word(noun)),
                ("models", &thousands(models as u64)),
                ("attached", &thousands(self.attached as u64)),
            ],
        ))
    }
}

/// `3 values dropped`, `1 entry skipped`: `n` values (or, when `skips`, entries) lost.
fn counted(skips: bool, n: usize) -> String {
    let (one, many) = if skips {
        (Msg::OneEntrySkipped, Msg::EntriesSkipped)
    } else {
        (Msg::OneValueDropped, Msg::ValuesDropped)
    };
    if n == 1 {
        t(one).to_string()
    } else {
        tf(many, &[("n", &thousands(n as u64))])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problem(kind: Kind) -> Problem {
        Problem {
            kind,
            ..Problem::file("x")
        }
    }

    #[test]
    fn the_summary_counts_by_kind_values_then_entries() {
        let mut r = LoadReport {
            entries: 5276,
            noun: "listings",
            ..LoadReport::default()
        };
        assert_eq!(r.notice("api.json"), None, "a clean load says nothing");
        for _ in 0..3 {
            r.push(problem(Kind::InvalidDate));
        }
        assert_eq!(
            r.notice("api.json").unwrap(),
            "api.json: loaded 5,276 listings; 3 values dropped (3 invalid dates) — \
             `modeldex validate api.json` lists them"
        );
        r.push(problem(Kind::OutOfRange));
        r.push(problem(Kind::DuplicateId));
        assert_eq!(r.brief().unwrap(), "4 values dropped, 1 entry skipped");
        assert_eq!(
            r.summary().unwrap(),
            "loaded 5,276 listings; 4 values dropped (3 invalid dates, 1 out-of-range number); \
             1 entry skipped (1 duplicate id)"
        );
    }

    #[test]
    fn replaced_entries_are_named() {
        let r = LoadReport {
            replaced: vec!["gpt-4".into(), "bloom".into()],
            ..LoadReport::default()
        };
        assert_eq!(
            r.replaced_notice("mine.json").unwrap(),
            "mine.json replaced 2 embedded entries: gpt-4, bloom"
        );
    }
}
