//! What a tolerant load left out, and the one line that tells the user about it.

use super::problem::{Kind, Problem};
use crate::format::thousands;
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
        let mut out = format!("loaded {} {noun}", thousands(self.entries as u64));
        for (skips, one, many) in [
            (false, "value dropped", "values dropped"),
            (true, "entry skipped", "entries skipped"),
        ] {
            let (n, parts) = self.tally(skips);
            if n > 0 {
                let what = if n == 1 { one } else { many };
                out.push_str(&format!(
                    "; {} {what} ({})",
                    thousands(n as u64),
                    parts.join(", ")
                ));
            }
        }
        Some(out)
    }

    /// The counts alone, for a status line: "5 values dropped, 1 entry skipped".
    pub fn brief(&self) -> Option<String> {
        let mut parts = Vec::new();
        for (skips, one, many) in [
            (false, "value dropped", "values dropped"),
            (true, "entry skipped", "entries skipped"),
        ] {
            let (n, _) = self.tally(skips);
            if n > 0 {
                let what = if n == 1 { one } else { many };
                parts.push(format!("{} {what}", thousands(n as u64)));
            }
        }
        (!parts.is_empty()).then(|| parts.join(", "))
    }

    /// The line for stderr: `api.json: loaded …; 3 values dropped (3 invalid dates) — modeldex
    /// validate api.json lists them`.
    pub fn notice(&self, file: &str) -> Option<String> {
        let summary = self.summary()?;
        Some(format!(
            "{file}: {summary} — `modeldex validate {file}` lists them"
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
            format!(" and {more} more")
        } else {
            String::new()
        };
        let entries = if n == 1 { "entry" } else { "entries" };
        Some(format!(
            "{file} replaced {n} embedded {entries}: {}{tail}",
            ids.join(", ")
        ))
    }

    /// After a merge of a grouped catalog, the line saying how many of its models joined curated
    /// entries as offers: `api.json: 867 listings are 495 models; 21 of them joined curated
    /// entries as offers`.
    pub fn attached_notice(&self, file: &str) -> Option<String> {
        let models = self.models.filter(|_| self.attached > 0)?;
        Some(format!(
            "{file}: {} {} are {} models; {} of them joined curated entries as offers",
            thousands(self.entries as u64),
            if self.noun.is_empty() {
                "entries"
            } else {
                self.noun
            },
            thousands(models as u64),
            thousands(self.attached as u64)
        ))
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
