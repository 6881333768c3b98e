//! Problems found in a data file, each with a precise location, and how values are quoted in them.
//!
//! Locations are JSON pointers (`/models/12/ratings/privacy.self_hosting/score`) for problems in the
//! document's structure, or a line and column for problems in the text itself (syntax, encoding).
//! Paths are built lazily as a chain of borrowed segments and only rendered when a problem is found,
//! so checking a clean 5,000-entry catalog allocates nothing for locations.

use super::sanitize::is_unsafe;
use serde_json::Value;
use std::fmt;

/// One thing wrong with a data file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// JSON pointer to the offending value; empty for the whole document.
    pub path: String,
    /// 1-based line and column, for problems in the text itself (syntax, encoding).
    pub position: Option<(usize, usize)>,
    /// What is wrong, in a full sentence fragment (`7 is above 5`).
    pub message: String,
    /// What sort of problem it is, for counting what a tolerant load dropped.
    pub kind: Kind,
}

/// Sorts of problems, counted separately when a tolerant load drops values or skips entries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Kind {
    /// A date that is not a real `YYYY-MM-DD` (or `YYYY-MM`) date.
    InvalidDate,
    /// A number below zero or above what is plausible.
    OutOfRange,
    /// A value of the wrong JSON type.
    WrongType,
    /// A value outside the format's list (an openness, a kind, a criterion id).
    UnknownValue,
    /// A member the format does not define.
    UnknownField,
    /// A required value that is absent or blank.
    Missing,
    /// An id already used by an earlier entry, or equal to one once invisible characters go; the
    /// entry is skipped.
    DuplicateId,
    /// An entry that is not an object or whose id (or name) cannot be read; it is skipped.
    Unreadable,
    /// Anything else.
    #[default]
    Other,
}

impl Kind {
    /// True for the kinds that cost a whole entry rather than one value.
    pub fn skips_entry(self) -> bool {
        matches!(self, Kind::DuplicateId | Kind::Unreadable)
    }

    /// "1 invalid date", "3 invalid dates".
    pub fn count(self, n: usize) -> String {
        let (one, many) = match self {
            Kind::InvalidDate => ("invalid date", "invalid dates"),
            Kind::OutOfRange => ("out-of-range number", "out-of-range numbers"),
            Kind::WrongType => ("value of the wrong type", "values of the wrong type"),
            Kind::UnknownValue => ("unknown value", "unknown values"),
            Kind::UnknownField => ("unknown field", "unknown fields"),
            Kind::Missing => ("missing or empty value", "missing or empty values"),
            Kind::DuplicateId => ("duplicate id", "duplicate ids"),
            Kind::Unreadable => ("unreadable entry", "unreadable entries"),
            Kind::Other => ("other problem", "other problems"),
        };
        let zh = match self {
            Kind::InvalidDate => "个无效日期",
            Kind::OutOfRange => "个超出范围的数值",
            Kind::WrongType => "个类型错误的值",
            Kind::UnknownValue => "个未知取值",
            Kind::UnknownField => "个未知字段",
            Kind::Missing => "个缺失或为空的值",
            Kind::DuplicateId => "个重复 id",
            Kind::Unreadable => "个无法读取的条目",
            Kind::Other => "个其他问题",
        };
        let what = crate::i18n::pick(if n == 1 { one } else { many }, zh);
        format!("{} {what}", crate::format::thousands(n as u64))
    }
}

impl Problem {
    /// A problem with the whole file.
    pub fn file(message: impl Into<String>) -> Self {
        Problem {
            path: String::new(),
            position: None,
            message: message.into(),
            kind: Kind::Other,
        }
    }

    /// A problem at a line and column of the text.
    pub fn at(line: usize, column: usize, message: impl Into<String>) -> Self {
        Problem {
            path: String::new(),
            position: Some((line, column)),
            message: message.into(),
            kind: Kind::Other,
        }
    }

    /// The problem as one line naming `file`: `FILE:3:7: message`, `FILE: /a/b: message` or
    /// `FILE: message`.
    pub fn display_in(&self, file: &str) -> String {
        match (self.position, self.path.as_str()) {
            (Some((line, column)), _) => format!("{file}:{line}:{column}: {}", self.message),
            (None, "") => format!("{file}: {}", self.message),
            (None, path) => format!("{file}: {path}: {}", self.message),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.position, self.path.as_str()) {
            (Some((line, column)), _) => {
                write!(f, "line {line}, column {column}: {}", self.message)
            }
            (None, "") => f.write_str(&self.message),
            (None, path) => write!(f, "{path}: {}", self.message),
        }
    }
}

/// Text from a data file made safe to quote in a message: control and bidi characters escaped as
/// `\u{..}`, clipped to `max` characters.
pub fn escape(s: &str, max: usize) -> String {
    let mut out = String::with_capacity(s.len().min(max * 2));
    for (count, c) in s.chars().enumerate() {
        if count == max {
            out.push('…');
            break;
        }
        if is_unsafe(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    out
}

/// A short description of a value for messages: scalars as written, containers by kind. Never
/// recurses, so a deeply nested value is described in constant time.
pub fn describe(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => format!("\"{}\"", escape(s, 60)),
        Value::Array(_) => "an array".into(),
        Value::Object(_) => "an object".into(),
    }
}

/// One step of a JSON pointer.
#[derive(Debug, Clone, Copy)]
enum Seg<'a> {
    Key(&'a str),
    Index(usize),
}

/// A location in a JSON document, as a chain of borrowed segments rendered only on demand.
#[derive(Debug, Clone, Copy)]
pub struct Path<'a> {
    parent: Option<&'a Path<'a>>,
    seg: Option<Seg<'a>>,
}

impl<'a> Path<'a> {
    /// The whole document.
    pub const ROOT: Path<'static> = Path {
        parent: None,
        seg: None,
    };

    /// The member `key` of the object at this path.
    pub fn key(&'a self, key: &'a str) -> Path<'a> {
        Path {
            parent: Some(self),
            seg: Some(Seg::Key(key)),
        }
    }

    /// The element `i` of the array at this path.
    pub fn index(&'a self, i: usize) -> Path<'a> {
        Path {
            parent: Some(self),
            seg: Some(Seg::Index(i)),
        }
    }

    /// The JSON pointer (RFC 6901), with unsafe characters of keys escaped for printing.
    pub fn render(&self) -> String {
        let mut segs = Vec::new();
        let mut at = Some(self);
        while let Some(p) = at {
            segs.extend(p.seg);
            at = p.parent;
        }
        let mut out = String::new();
        for seg in segs.iter().rev() {
            out.push('/');
            match seg {
                Seg::Key(k) => out.push_str(&escape(&k.replace('~', "~0").replace('/', "~1"), 80)),
                Seg::Index(i) => out.push_str(&i.to_string()),
            }
        }
        out
    }
}

/// Edit distance between two short strings, for "did you mean" hints.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (diagonal + usize::from(ca != *cb))
                .min(above + 1)
                .min(row[j] + 1);
            diagonal = above;
        }
    }
    row[b.len()]
}

/// The candidate closest to `word`, if it is close enough to be a likely typo.
pub fn closest<'c>(word: &str, candidates: impl IntoIterator<Item = &'c str>) -> Option<&'c str> {
    if word.chars().count() > 100 {
        return None;
    }
    candidates
        .into_iter()
        .map(|c| (distance(word, c), c))
        .filter(|(d, c)| *d <= 3.min(c.chars().count() / 3).max(1))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_render_as_json_pointers_with_escapes() {
        let root = Path::ROOT;
        let models = root.key("models");
        let twelve = models.index(12);
        let ratings = twelve.key("ratings");
        let odd = ratings.key("a/b~c\u{1b}");
        assert_eq!(odd.render(), "/models/12/ratings/a~1b~0c\\u{1b}");
        assert_eq!(Path::ROOT.render(), "");
    }

    #[test]
    fn describe_quotes_and_escapes_strings() {
        assert_eq!(describe(&Value::from("a\u{1b}]52;x")), "\"a\\u{1b}]52;x\"");
        assert_eq!(describe(&serde_json::json!([1])), "an array");
    }

    #[test]
    fn suggests_close_names_only() {
        let ids = ["released", "developer", "params_b"];
        assert_eq!(closest("relased", ids), Some("released"));
        assert_eq!(closest("colour", ids), None);
    }

    #[test]
    fn problem_lines_name_the_file() {
        let p = Problem::at(3, 7, "expected `,`");
        assert_eq!(p.display_in("f.json"), "f.json:3:7: expected `,`");
        let p = Problem {
            path: "/models/0/id".into(),
            position: None,
            message: "must not be empty".into(),
            kind: Kind::Missing,
        };
        assert_eq!(
            p.display_in("f.json"),
            "f.json: /models/0/id: must not be empty"
        );
    }
}
