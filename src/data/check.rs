//! Collects problems while walking a document: typed accessors for object members that report a
//! missing, mistyped or implausible value at its JSON path and return what is usable.

use super::problem::{describe, Kind, Path, Problem};
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// Most problems kept for one file; past this a final "too many problems" entry is added.
pub const MAX_PROBLEMS: usize = 1_000;

/// Collects problems, up to [`MAX_PROBLEMS`].
#[derive(Debug, Default)]
pub struct Problems {
    list: Vec<Problem>,
    dropped: usize,
    /// How many of each kind, including those past the cap.
    counts: BTreeMap<Kind, usize>,
    /// The kind of the problem recorded last, and whether it was listed.
    last: Option<(Kind, bool)>,
}

impl Problems {
    /// Records a problem at `path`.
    pub fn at(&mut self, path: &Path<'_>, message: impl Into<String>) {
        self.kind_at(Kind::Other, path, message);
    }

    /// Records a problem of a known kind at `path`.
    pub fn kind_at(&mut self, kind: Kind, path: &Path<'_>, message: impl Into<String>) {
        *self.counts.entry(kind).or_default() += 1;
        self.last = Some((kind, self.list.len() < MAX_PROBLEMS));
        if self.list.len() < MAX_PROBLEMS {
            self.list.push(Problem {
                path: path.render(),
                position: None,
                message: message.into(),
                kind,
            });
        } else {
            self.dropped += 1;
        }
    }

    /// Records the problems `later` recorded, as if they had been recorded here after those
    /// already here: the same list (up to [`MAX_PROBLEMS`]), counts and closing note.
    pub fn absorb(&mut self, later: Problems) {
        for (kind, n) in later.counts {
            *self.counts.entry(kind).or_default() += n;
        }
        let room = MAX_PROBLEMS.saturating_sub(self.list.len());
        let taken = later.list.len().min(room);
        self.dropped += later.dropped + (later.list.len() - taken);
        if let Some((kind, listed)) = later.last {
            let all_taken = taken == later.list.len();
            self.last = Some((kind, listed && all_taken));
        }
        self.list.extend(later.list.into_iter().take(taken));
    }

    /// Changes the kind of the problem recorded last: an importer that skips an entry for a
    /// problem the shared accessors reported (a missing id) says so.
    pub fn retag_last(&mut self, kind: Kind) {
        let Some((old, listed)) = self.last else {
            return;
        };
        self.last = Some((kind, listed));
        if let Some(n) = self.counts.get_mut(&old) {
            *n -= 1;
        }
        *self.counts.entry(kind).or_default() += 1;
        if listed {
            if let Some(p) = self.list.last_mut() {
                p.kind = kind;
            }
        }
    }

    /// How many problems of each kind were found, listed or not.
    pub fn counts(&self) -> &BTreeMap<Kind, usize> {
        &self.counts
    }

    /// True when nothing was found.
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// The problems found (as [`into_vec`](Self::into_vec)) and how many of each kind.
    pub fn into_parts(mut self) -> (Vec<Problem>, BTreeMap<Kind, usize>) {
        let counts = std::mem::take(&mut self.counts);
        (self.into_vec(), counts)
    }

    /// The problems found, with a closing note if some were left out.
    pub fn into_vec(mut self) -> Vec<Problem> {
        if self.dropped > 0 {
            self.list.push(Problem::file(format!(
                "{} more problems not listed (stopped after {MAX_PROBLEMS})",
                self.dropped
            )));
        }
        self.list
    }

    /// Reports that the value at `path` is `found` where `expected` (e.g. "a string") belongs;
    /// returns `None` for the caller to pass on.
    pub fn mistyped<T>(&mut self, path: &Path<'_>, expected: &str, found: &Value) -> Option<T> {
        self.kind_at(
            Kind::WrongType,
            path,
            format!("expected {expected}, found {}", describe(found)),
        );
        None
    }

    /// Records that the date string `s` at `path` is not a date, if it is not.
    pub fn date(&mut self, s: &str, path: &Path<'_>) -> bool {
        match super::date::iso_date_problem(s) {
            None => true,
            Some(why) => {
                let message = format!("{} {why}", describe(&Value::from(s)));
                self.kind_at(Kind::InvalidDate, path, message);
                false
            }
        }
    }

    /// Checks that `v` is an object; reports `expected` otherwise.
    pub fn object<'v>(
        &mut self,
        v: &'v Value,
        path: &Path<'_>,
        expected: &str,
    ) -> Option<&'v Map<String, Value>> {
        match v {
            Value::Object(map) => Some(map),
            other => self.mistyped(path, expected, other),
        }
    }

    /// Checks that `v` is an array; reports otherwise.
    pub fn array<'v>(&mut self, v: &'v Value, path: &Path<'_>) -> Option<&'v [Value]> {
        match v {
            Value::Array(items) => Some(items),
            other => self.mistyped(path, "an array", other),
        }
    }

    /// A required string member; reports a missing, mistyped or blank one.
    pub fn required_str<'v>(
        &mut self,
        obj: &'v Map<String, Value>,
        key: &str,
        path: &Path<'_>,
    ) -> Option<&'v str> {
        match obj.get(key) {
            None | Some(Value::Null) => {
                self.kind_at(
                    Kind::Missing,
                    path,
                    format!("missing required field \"{key}\""),
                );
                None
            }
            Some(v) => self.non_blank(v, &path.key(key)),
        }
    }

    /// An optional string member (absent or null is fine); reports a mistyped one.
    pub fn optional_str<'v>(
        &mut self,
        obj: &'v Map<String, Value>,
        key: &str,
        path: &Path<'_>,
    ) -> Option<&'v str> {
        self.str_member(obj.get(key), &path.key(key))
    }

    /// [`optional_str`](Self::optional_str) of a member already looked up (`None`: absent), at
    /// `here`. The `*_member` accessors serve importers that read members without a tree.
    pub fn str_member<'v>(&mut self, v: Option<&'v Value>, here: &Path<'_>) -> Option<&'v str> {
        match v {
            None | Some(Value::Null) => None,
            Some(Value::String(s)) => Some(s),
            Some(other) => self.mistyped(here, "a string", other),
        }
    }

    /// A string that is not empty or only whitespace.
    pub fn non_blank<'v>(&mut self, v: &'v Value, path: &Path<'_>) -> Option<&'v str> {
        match v {
            Value::String(s) if s.trim().is_empty() => {
                self.kind_at(Kind::Missing, path, "must not be empty");
                None
            }
            Value::String(s) => Some(s),
            other => self.mistyped(path, "a string", other),
        }
    }

    /// An optional boolean member (absent is fine, null is not).
    pub fn optional_bool(
        &mut self,
        obj: &Map<String, Value>,
        key: &str,
        path: &Path<'_>,
    ) -> Option<bool> {
        self.bool_member(obj.get(key), &path.key(key))
    }

    /// [`optional_bool`](Self::optional_bool) of a member already looked up.
    pub fn bool_member(&mut self, v: Option<&Value>, here: &Path<'_>) -> Option<bool> {
        match v? {
            Value::Bool(b) => Some(*b),
            other => self.mistyped(here, "true or false", other),
        }
    }

    /// An optional number member in `0.0..=max`.
    pub fn optional_number(
        &mut self,
        obj: &Map<String, Value>,
        key: &str,
        path: &Path<'_>,
        max: f64,
    ) -> Option<f64> {
        self.number_member(obj.get(key), &path.key(key), max)
    }

    /// [`optional_number`](Self::optional_number) of a member already looked up.
    pub fn number_member(&mut self, v: Option<&Value>, here: &Path<'_>, max: f64) -> Option<f64> {
        self.in_range(v, here, max, false)?.as_f64()
    }

    /// An optional whole number member in `0..=max`.
    pub fn optional_count(
        &mut self,
        obj: &Map<String, Value>,
        key: &str,
        path: &Path<'_>,
        max: u64,
    ) -> Option<u64> {
        self.count_member(obj.get(key), &path.key(key), max)
    }

    /// [`optional_count`](Self::optional_count) of a member already looked up.
    pub fn count_member(&mut self, v: Option<&Value>, here: &Path<'_>, max: u64) -> Option<u64> {
        self.in_range(v, here, max as f64, true)?.as_u64()
    }

    /// What [`optional_number`](Self::optional_number) and
    /// [`optional_count`](Self::optional_count) share: the member when it is a number in
    /// `0..=max` (a whole one if `whole`); anything else but absent or null is reported.
    fn in_range<'v>(
        &mut self,
        v: Option<&'v Value>,
        here: &Path<'_>,
        max: f64,
        whole: bool,
    ) -> Option<&'v serde_json::Number> {
        let v = v?;
        let Value::Number(n) = v else {
            if v.is_null() {
                return None;
            }
            let kind = if whole { "a whole number" } else { "a number" };
            return self.mistyped(here, kind, v);
        };
        let fits = if whole {
            n.as_u64().is_some_and(|x| x as f64 <= max)
        } else {
            n.as_f64().is_some_and(|x| (0.0..=max).contains(&x))
        };
        if fits {
            return Some(n);
        }
        let message = match n.as_f64() {
            Some(x) if x < 0.0 => format!("{n} is negative"),
            Some(x) if x > max => format!("{n} is above the plausible maximum of {max}"),
            _ if whole => format!("{n} is not a whole number from 0 to {max}"),
            _ => format!("{n} is not a usable number"),
        };
        self.kind_at(Kind::OutOfRange, here, message);
        None
    }

    /// An optional array of strings (absent is fine, null is not); reports the member or the
    /// elements that are not strings.
    pub fn optional_strings<'v>(
        &mut self,
        obj: &'v Map<String, Value>,
        key: &str,
        path: &Path<'_>,
    ) -> Vec<&'v str> {
        self.strings_member(obj.get(key), &path.key(key))
    }

    /// [`optional_strings`](Self::optional_strings) of a member already looked up.
    pub fn strings_member<'v>(&mut self, v: Option<&'v Value>, here: &Path<'_>) -> Vec<&'v str> {
        let Some(items) = v.and_then(|v| self.array(v, here)) else {
            return Vec::new();
        };
        let mut out = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            if let Some(s) = self.non_blank(item, &here.index(i)) {
                out.push(s);
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn absorbing_problems_recorded_apart_is_recording_them_in_order() {
        // Three runs of problems, the last crossing the cap, recorded in one place or apart.
        let runs = [3, MAX_PROBLEMS - 5, 10];
        let record = |p: &mut Problems, run: usize, n: usize| {
            for i in 0..n {
                let kind = if i % 2 == 0 {
                    Kind::WrongType
                } else {
                    Kind::InvalidDate
                };
                p.kind_at(kind, &Path::ROOT.index(run), format!("problem {i}"));
            }
        };
        let mut one = Problems::default();
        let mut merged = Problems::default();
        for (run, &n) in runs.iter().enumerate() {
            record(&mut one, run, n);
            let mut apart = Problems::default();
            record(&mut apart, run, n);
            merged.absorb(apart);
        }
        let (one, merged) = (one.into_parts(), merged.into_parts());
        assert_eq!(format!("{one:?}"), format!("{merged:?}"));
        assert_eq!(
            one.0.len(),
            MAX_PROBLEMS + 1,
            "the cap and its closing note"
        );
    }

    #[test]
    fn numbers_and_counts_take_what_fits_and_name_what_does_not() {
        let doc = serde_json::json!({
            "ok": 3, "frac": 2.5, "null": null, "neg": -1, "big": 7e9, "text": "5"
        });
        let obj = doc.as_object().unwrap();
        let mut p = Problems::default();
        let root = Path::ROOT;
        assert_eq!(p.optional_number(obj, "ok", &root, 10.0), Some(3.0));
        assert_eq!(p.optional_number(obj, "frac", &root, 10.0), Some(2.5));
        assert_eq!(p.optional_count(obj, "ok", &root, 10), Some(3));
        for key in ["null", "absent"] {
            assert_eq!(p.optional_number(obj, key, &root, 10.0), None);
            assert_eq!(p.optional_count(obj, key, &root, 10), None);
        }
        assert!(p.is_empty(), "absent and null are fine");
        assert_eq!(p.optional_count(obj, "frac", &root, 10), None);
        assert_eq!(p.optional_number(obj, "neg", &root, 10.0), None);
        assert_eq!(p.optional_count(obj, "big", &root, 10), None);
        assert_eq!(p.optional_number(obj, "text", &root, 10.0), None);
        assert_eq!(p.optional_count(obj, "text", &root, 10), None);
        let found: Vec<(String, String)> = p
            .into_vec()
            .into_iter()
            .map(|x| (x.path, x.message))
            .collect();
        let want = [
            ("/frac", "2.5 is not a whole number from 0 to 10"),
            ("/neg", "-1 is negative"),
            ("/big", "7000000000.0 is above the plausible maximum of 10"),
            ("/text", "expected a number, found \"5\""),
            ("/text", "expected a whole number, found \"5\""),
        ];
        let want: Vec<(String, String)> = want
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        assert_eq!(found, want);
    }

    #[test]
    fn problems_are_capped() {
        let mut p = Problems::default();
        for _ in 0..MAX_PROBLEMS + 5 {
            p.at(&Path::ROOT, "x");
        }
        let list = p.into_vec();
        assert_eq!(list.len(), MAX_PROBLEMS + 1);
        assert!(list[MAX_PROBLEMS].message.starts_with("5 more problems"));
    }
}
