//! Reading a document one member at a time from its text, for importers of large catalogs.
//!
//! A `serde_json::Value` tree of a whole catalog takes about ten times the file's size (a 49 MB
//! models.dev file of 100,000 listings made a 450 MB tree), all alive until the import ends. An
//! object's members kept as raw text (`RawValue`, a slice of the input: no copy) cost a few words
//! each, so an importer can parse one entry, map it and drop its tree before the next. Each member
//! parsed alone must read exactly as it would inside the whole document, including the nesting
//! limit, which [`value`] keeps by parsing the member inside as many brackets as enclose it.

use serde_json::value::RawValue;
use serde_json::Value;
use std::collections::BTreeMap;

/// An object's members as raw text, in key order; a later member replaces an earlier one with the
/// same key, as in a parsed tree.
pub(super) type Members<'a> = BTreeMap<String, &'a RawValue>;

/// The members of the object in `text`; `None` when it is not one (or not valid JSON).
pub(super) fn members(text: &str) -> Option<Members<'_>> {
    serde_json::from_str(text).ok()
}

/// Whether the raw value is an array. Raw values start at their first character (no whitespace).
pub(super) fn is_array(raw: &RawValue) -> bool {
    raw.get().starts_with('[')
}

/// Whether the raw value is an object.
pub(super) fn is_object(raw: &RawValue) -> bool {
    raw.get().starts_with('{')
}

/// The raw value parsed, as it would be at `depth` containers below the top of the document:
/// `None` where the whole document would fail to parse (nesting deeper than serde_json's limit).
pub(super) fn value(raw: &RawValue, depth: usize) -> Option<Value> {
    if depth == 0 {
        return serde_json::from_str(raw.get()).ok();
    }
    let text = raw.get();
    let mut wrapped = String::with_capacity(text.len() + 2 * depth);
    wrapped.extend(std::iter::repeat_n('[', depth));
    wrapped.push_str(text);
    wrapped.extend(std::iter::repeat_n(']', depth));
    let mut v: Value = serde_json::from_str(&wrapped).ok()?;
    for _ in 0..depth {
        v = match v {
            Value::Array(mut items) => items.pop()?,
            _ => return None,
        };
    }
    Some(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn members_keep_the_last_of_a_repeated_key_and_sort_by_key() {
        let m = members(r#"{"b": 1, "a": [2], "b": {"c": 3}}"#).unwrap();
        assert_eq!(m.keys().collect::<Vec<_>>(), ["a", "b"]);
        assert!(is_array(m["a"]));
        assert!(is_object(m["b"]));
        assert_eq!(value(m["b"], 1).unwrap(), serde_json::json!({"c": 3}));
        assert!(members("[1]").is_none());
    }

    #[test]
    fn a_member_parsed_alone_keeps_the_documents_nesting_limit() {
        let nested = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
        // The deepest nesting serde_json reads (its limit, 128 today, found rather than assumed).
        let limit = (1..1000)
            .take_while(|&n| serde_json::from_str::<Value>(&nested(n)).is_ok())
            .last()
            .unwrap();
        let deepest: Box<RawValue> = serde_json::from_str(&nested(limit)).unwrap();
        let one_less: Box<RawValue> = serde_json::from_str(&nested(limit - 1)).unwrap();
        assert!(value(&deepest, 0).is_some());
        // One level down in a document, the same value makes the document one too deep.
        assert!(value(&deepest, 1).is_none());
        assert!(value(&one_less, 1).is_some());
        assert!(value(&one_less, 2).is_none());
    }
}
