//! Typed reading of catalog objects that never fails on a bad value, for importers of large
//! catalogs.
//!
//! A `serde_json::Value` tree costs a `String` for every key and a B-tree for every object; at
//! 100,000 listings building and dropping those trees was about half of an import. These types
//! keep only the members an importer reads, each as the JSON value found there (a bad value is
//! reported by the importer, not refused by the parser), and skip the rest. Strings and keys are
//! borrowed from the text where they have no escapes: the importer copies what it keeps, so a
//! string read into a `String` first would be allocated, copied and freed for nothing. Read from
//! text or from a parsed [`Value`] (`T::deserialize(&value)`), they give the same result, so an
//! importer has one way to map a catalog whichever it starts from.
//!
//! Two things are kept exactly as in a parsed tree: a later member replaces an earlier one with
//! the same key, and nesting deeper than serde_json's limit fails the parse, skipped members
//! included (serde's `IgnoredAny` would skip them without counting their depth).

use crate::data::check::Problems;
use crate::data::problem::Path;
use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::Value;
use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

/// A member that should be an object of type `T`, as found. Members are `Option<Section<T>>`
/// and `Option<Found>`: `None` when absent, as opposed to null.
#[derive(Debug)]
pub(crate) enum Section<T> {
    Object(T),
    /// Anything else, for the message that says what was found. An array's items are skipped
    /// (kept as an empty array): a message names only its type.
    Other(Value),
}

/// An object read member by member into `Self`; members it does not keep are skipped.
pub(crate) trait LenientObject<'de>: Default {
    /// Reads the value of the member `key` from `map` when the type keeps it; returns false
    /// (having read nothing) when it does not.
    fn member<A: MapAccess<'de>>(
        &mut self,
        key: Cow<'de, str>,
        map: &mut A,
    ) -> Result<bool, A::Error>;
}

/// Reads an object into `T`, skipping the members it does not keep.
fn read_object<'de, T: LenientObject<'de>, A: MapAccess<'de>>(mut map: A) -> Result<T, A::Error> {
    let mut out = T::default();
    while let Some(Key(key)) = map.next_key()? {
        if !out.member(key, &mut map)? {
            map.next_value::<Skip>()?;
        }
    }
    Ok(out)
}

impl<'de, T: LenientObject<'de>> Deserialize<'de> for Section<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(SectionVisitor(PhantomData))
    }
}

struct SectionVisitor<T>(PhantomData<T>);

impl<'de, T: LenientObject<'de>> Visitor<'de> for SectionVisitor<T> {
    type Value = Section<T>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        read_object(map).map(Section::Object)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        while seq.next_element::<Skip>()?.is_some() {}
        Ok(Section::Other(Value::Array(Vec::new())))
    }
    fn visit_bool<E>(self, v: bool) -> Result<Self::Value, E> {
        Ok(Section::Other(v.into()))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Self::Value, E> {
        Ok(Section::Other(v.into()))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Self::Value, E> {
        Ok(Section::Other(v.into()))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Self::Value, E> {
        // serde_json never hands over a number it cannot represent, so `from_f64` holds.
        Ok(Section::Other(
            serde_json::Number::from_f64(v).map_or(Value::Null, Value::Number),
        ))
    }
    fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Section::Other(v.into()))
    }
    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(Section::Other(Value::Null))
    }
    fn visit_none<E>(self) -> Result<Self::Value, E> {
        Ok(Section::Other(Value::Null))
    }
}

/// An object of entries keyed by id, each read as a [`Section`]. Entries are kept in document
/// order while reading (a B-tree of entries this large spent its time moving them) and given out
/// in key order by [`into_sorted`](Self::into_sorted), as a parsed tree would hold them.
#[derive(Debug)]
pub(crate) struct Keyed<'de, T>(Vec<(Cow<'de, str>, Section<T>)>);

impl<T> Default for Keyed<'_, T> {
    fn default() -> Self {
        Keyed(Vec::new())
    }
}

impl<'de, T> Keyed<'de, T> {
    /// How many entries were read, repeated keys included.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// The entries in key order; of a repeated key, the last.
    pub fn into_sorted(self) -> impl Iterator<Item = (Cow<'de, str>, Section<T>)> {
        let mut entries = self.0;
        key_order(&entries).into_iter().map(move |i| {
            let (key, value) = &mut entries[i];
            let value = std::mem::replace(value, Section::Other(Value::Null));
            (std::mem::take(key), value)
        })
    }
}

/// The places of `entries` in key order, the last of a repeated key only: the members of an
/// object as a parsed tree holds them.
pub(crate) fn key_order<V>(entries: &[(Cow<'_, str>, V)]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..entries.len()).collect();
    if entries.windows(2).all(|w| w[0].0 < w[1].0) {
        return order;
    }
    // Stable: entries of one key stay in document order, so the last is the one kept.
    order.sort_by(|&a, &b| entries[a].0.cmp(&entries[b].0));
    let last_of_key = |i: usize| {
        order
            .get(i + 1)
            .is_none_or(|&next| entries[next].0 != entries[order[i]].0)
    };
    (0..order.len())
        .filter(|&i| last_of_key(i))
        .map(|i| order[i])
        .collect()
}

impl<'de, T: LenientObject<'de>> LenientObject<'de> for Keyed<'de, T> {
    fn member<A: MapAccess<'de>>(
        &mut self,
        key: Cow<'de, str>,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        if self.0.capacity() == 0 {
            // Providers list tens of models each: room for that many from the start, so that a
            // list of entries several hundred bytes each is not copied four or five times as it
            // grows (a tenth of reading a catalog).
            self.0.reserve(64);
        }
        self.0.push((key, map.next_value()?));
        Ok(true)
    }
}

/// A member's value as found, for an importer to check: a string borrowed from the text where
/// it has no escapes, a list of such values, or what a message about a wrong type needs of
/// anything else (an object's members are skipped: a message names only its type).
#[derive(Debug, PartialEq)]
pub(crate) enum Found<'de> {
    Str(Cow<'de, str>),
    List(Vec<Found<'de>>),
    Object,
    /// Null, true or false, or a number.
    Scalar(Value),
}

impl Found<'_> {
    /// The value as a parsed tree holds it (an object without its members), for the shared
    /// checks in [`Problems`] when it is not what the member should be.
    fn to_value(&self) -> Value {
        match self {
            Found::Str(s) => Value::String(s.to_string()),
            Found::List(items) => Value::Array(items.iter().map(Found::to_value).collect()),
            Found::Object => Value::Object(serde_json::Map::new()),
            Found::Scalar(v) => v.clone(),
        }
    }

    /// The value as a tree, borrowed when it is one already (the common case for numbers and
    /// booleans, which are then checked without a copy).
    fn as_value(&self) -> Cow<'_, Value> {
        match self {
            Found::Scalar(v) => Cow::Borrowed(v),
            other => Cow::Owned(other.to_value()),
        }
    }
}

impl<'de> Deserialize<'de> for Found<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(FoundVisitor)
    }
}

struct FoundVisitor;

impl<'de> Visitor<'de> for FoundVisitor {
    type Value = Found<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        while map.next_entry::<Skip, Skip>()?.is_some() {}
        Ok(Found::Object)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0));
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Found::List(items))
    }
    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(Found::Str(Cow::Borrowed(v)))
    }
    fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Found::Str(Cow::Owned(v.to_string())))
    }
    fn visit_string<E>(self, v: String) -> Result<Self::Value, E> {
        Ok(Found::Str(Cow::Owned(v)))
    }
    // Numbers as a parsed tree holds them.
    fn visit_bool<E>(self, v: bool) -> Result<Self::Value, E> {
        Ok(Found::Scalar(v.into()))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Self::Value, E> {
        Ok(Found::Scalar(v.into()))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Self::Value, E> {
        Ok(Found::Scalar(v.into()))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Self::Value, E> {
        Ok(Found::Scalar(
            serde_json::Number::from_f64(v).map_or(Value::Null, Value::Number),
        ))
    }
    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(Found::Scalar(Value::Null))
    }
    fn visit_none<E>(self) -> Result<Self::Value, E> {
        Ok(Found::Scalar(Value::Null))
    }
}

/// The checks of [`Problems`] on found values, with the same results and messages as on the
/// parsed tree's values.
impl Problems {
    /// An optional string member (absent or null is fine).
    pub(crate) fn found_str<'v>(
        &mut self,
        v: Option<&'v Found<'_>>,
        here: &Path<'_>,
    ) -> Option<&'v str> {
        match v? {
            Found::Str(s) => Some(s),
            other => {
                // Not a string (that would be `Str`): null is fine, anything else is reported.
                self.str_member(Some(&other.as_value()), here);
                None
            }
        }
    }

    /// An optional boolean member (absent is fine, null is not).
    pub(crate) fn found_bool(&mut self, v: Option<&Found<'_>>, here: &Path<'_>) -> Option<bool> {
        self.bool_member(Some(&v?.as_value()), here)
    }

    /// An optional number member in `0.0..=max`.
    pub(crate) fn found_number(
        &mut self,
        v: Option<&Found<'_>>,
        here: &Path<'_>,
        max: f64,
    ) -> Option<f64> {
        self.number_member(Some(&v?.as_value()), here, max)
    }

    /// An optional whole number member in `0..=max`.
    pub(crate) fn found_count(
        &mut self,
        v: Option<&Found<'_>>,
        here: &Path<'_>,
        max: u64,
    ) -> Option<u64> {
        self.count_member(Some(&v?.as_value()), here, max)
    }

    /// An optional array of strings; blank and mistyped items are reported and left out.
    pub(crate) fn found_strings<'v>(
        &mut self,
        v: Option<&'v Found<'_>>,
        here: &Path<'_>,
    ) -> Vec<&'v str> {
        let Some(v) = v else {
            return Vec::new();
        };
        let Found::List(items) = v else {
            self.array(&v.to_value(), here);
            return Vec::new();
        };
        let mut out = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            match item {
                Found::Str(s) if !s.trim().is_empty() => out.push(s.as_ref()),
                other => {
                    self.non_blank(&other.to_value(), &here.index(i));
                }
            }
        }
        out
    }
}

/// An object key, borrowed from the text where it has no escapes.
struct Key<'de>(Cow<'de, str>);

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string key")
            }
            fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Self::Value, E> {
                Ok(Key(Cow::Borrowed(v)))
            }
            fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
                Ok(Key(Cow::Owned(v.to_string())))
            }
            fn visit_string<E>(self, v: String) -> Result<Self::Value, E> {
                Ok(Key(Cow::Owned(v)))
            }
        }
        d.deserialize_str(KeyVisitor)
    }
}

/// Reads the object that is the whole of `text` member by member, handing each member's key and
/// value to `each` as soon as it is read, so that another thread can work on one member while the
/// next is read. `each` returns false to stop. True when `text` is one object read to its end
/// (what `serde_json::from_str` would accept), every member handed over.
pub(crate) fn each_member<'de, T: Deserialize<'de>>(
    text: &'de str,
    each: impl FnMut(Cow<'de, str>, T) -> bool,
) -> bool {
    struct Members<F, T>(F, PhantomData<T>);
    impl<'de, T: Deserialize<'de>, F: FnMut(Cow<'de, str>, T) -> bool> Visitor<'de> for Members<F, T> {
        type Value = ();
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("an object")
        }
        fn visit_map<A: MapAccess<'de>>(mut self, mut map: A) -> Result<(), A::Error> {
            while let Some(Key(key)) = map.next_key()? {
                if !(self.0)(key, map.next_value()?) {
                    return Err(serde::de::Error::custom("stopped"));
                }
            }
            Ok(())
        }
    }
    let mut d = serde_json::Deserializer::from_str(text);
    d.deserialize_map(Members(each, PhantomData)).is_ok() && d.end().is_ok()
}

/// A value read and dropped, its nesting counted as a parsed tree counts it.
pub(crate) struct Skip;

impl<'de> Deserialize<'de> for Skip {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(SkipVisitor)
    }
}

struct SkipVisitor;

impl<'de> Visitor<'de> for SkipVisitor {
    type Value = Skip;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Skip, A::Error> {
        while map.next_entry::<Skip, Skip>()?.is_some() {}
        Ok(Skip)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Skip, A::Error> {
        while seq.next_element::<Skip>()?.is_some() {}
        Ok(Skip)
    }
    fn visit_bool<E>(self, _: bool) -> Result<Skip, E> {
        Ok(Skip)
    }
    fn visit_i64<E>(self, _: i64) -> Result<Skip, E> {
        Ok(Skip)
    }
    fn visit_u64<E>(self, _: u64) -> Result<Skip, E> {
        Ok(Skip)
    }
    fn visit_f64<E>(self, _: f64) -> Result<Skip, E> {
        Ok(Skip)
    }
    fn visit_str<E>(self, _: &str) -> Result<Skip, E> {
        Ok(Skip)
    }
    fn visit_unit<E>(self) -> Result<Skip, E> {
        Ok(Skip)
    }
    fn visit_none<E>(self) -> Result<Skip, E> {
        Ok(Skip)
    }
}

/// Reads the next value of `map` into `slot` (now present): the body of a
/// [`LenientObject::member`] arm.
pub(crate) fn next<'de, A: MapAccess<'de>, T: Deserialize<'de>>(
    map: &mut A,
    slot: &mut Option<T>,
) -> Result<bool, A::Error> {
    *slot = Some(map.next_value()?);
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Default, Debug)]
    struct Pair {
        a: Option<Value>,
        inner: Option<Box<Section<Pair>>>,
    }

    impl<'de> LenientObject<'de> for Pair {
        fn member<A: MapAccess<'de>>(
            &mut self,
            key: Cow<'de, str>,
            map: &mut A,
        ) -> Result<bool, A::Error> {
            match &*key {
                "a" => next(map, &mut self.a),
                "inner" => next(map, &mut self.inner),
                _ => Ok(false),
            }
        }
    }

    fn both_ways(text: &str) -> Option<(Section<Pair>, Section<Pair>)> {
        let typed: Section<Pair> = serde_json::from_str(text).ok()?;
        let tree: Value = serde_json::from_str(text).ok()?;
        Some((typed, Section::<Pair>::deserialize(&tree).unwrap()))
    }

    fn a_of(s: &Section<Pair>) -> Option<&Value> {
        match s {
            Section::Object(p) => p.a.as_ref(),
            _ => None,
        }
    }

    #[test]
    fn members_are_kept_as_found_and_the_last_of_a_repeated_key_wins() {
        let (typed, tree) = both_ways(r#"{"a": 1, "x": {"y": [1, {}]}, "a": null}"#).unwrap();
        for s in [&typed, &tree] {
            assert_eq!(a_of(s), Some(&Value::Null), "null is kept, not absent");
        }
        let (typed, _) = both_ways(r#"{"x": 1}"#).unwrap();
        assert_eq!(a_of(&typed), None);
        let (typed, tree) = both_ways(r#"{"inner": [1, 2], "a": "é\n"}"#).unwrap();
        for s in [&typed, &tree] {
            assert_eq!(a_of(s), Some(&Value::from("é\n")));
            let Section::Object(p) = s else { panic!() };
            assert!(
                matches!(p.inner.as_deref(), Some(Section::Other(Value::Array(items))) if items.is_empty())
            );
        }
        let (typed, _) = both_ways("7").unwrap();
        assert!(matches!(typed, Section::Other(v) if v == 7));
        // An escaped key is the key it spells.
        let (typed, _) = both_ways(r#"{"\u0061": true}"#).unwrap();
        assert_eq!(a_of(&typed), Some(&Value::Bool(true)));
    }

    #[test]
    fn keyed_entries_come_in_key_order_with_the_last_of_a_repeated_key() {
        let read = |text: &str| -> Vec<(String, Option<Value>)> {
            let Section::Object(k) = serde_json::from_str::<Section<Keyed<Pair>>>(text).unwrap()
            else {
                panic!("an object")
            };
            k.into_sorted()
                .map(|(key, v)| (key.into_owned(), a_of(&v).cloned()))
                .collect()
        };
        let tree = |text: &str| -> Vec<(String, Option<Value>)> {
            let v: Value = serde_json::from_str(text).unwrap();
            let obj = v.as_object().unwrap();
            obj.iter()
                .map(|(k, v)| (k.clone(), v.get("a").cloned()))
                .collect()
        };
        for text in [
            r#"{"a": {"a": 1}, "b": {"a": 2}}"#,
            r#"{"b": {"a": 1}, "a": {"a": 2}, "b": {"a": 3}, "c": 4, "a": {"a": 5}}"#,
            r#"{"x": {"a": 1}, "x": {"a": 2}}"#,
            r#"{}"#,
        ] {
            assert_eq!(read(text), tree(text), "{text}");
        }
    }

    #[test]
    fn skipped_members_count_toward_the_nesting_limit() {
        let nested = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
        let limit = (1..1000)
            .take_while(|&n| serde_json::from_str::<Value>(&nested(n)).is_ok())
            .last()
            .unwrap();
        // One level is the object itself; a skipped member as deep as the tree allows reads…
        let ok = format!(r#"{{"x": {}}}"#, nested(limit - 1));
        assert!(serde_json::from_str::<Section<Pair>>(&ok).is_ok());
        // …and one deeper fails, as the whole document's tree would.
        let deep = format!(r#"{{"x": {}}}"#, nested(limit));
        assert!(serde_json::from_str::<Value>(&deep).is_err());
        assert!(serde_json::from_str::<Section<Pair>>(&deep).is_err());
    }

    #[test]
    fn found_strings_are_borrowed_unless_escaped_and_read_as_a_tree_reads_them() {
        let text = r#"["plain", "tab\tand \u00e9", [1, -2, 2.5, true, null], {"x": [1]}]"#;
        let Found::List(items) = serde_json::from_str::<Found>(text).unwrap() else {
            panic!("a list")
        };
        assert!(matches!(&items[0], Found::Str(Cow::Borrowed("plain"))));
        assert!(matches!(&items[1], Found::Str(Cow::Owned(s)) if s == "tab\tand é"));
        let tree: Value = serde_json::from_str(text).unwrap();
        let from_tree = Found::deserialize(&tree).unwrap();
        assert_eq!(from_tree, Found::List(items));
        // An object is only its type; everything else is the value the tree holds.
        let mut expected = tree.clone();
        expected[3] = Value::Object(serde_json::Map::new());
        assert_eq!(from_tree.to_value(), expected);
    }

    #[test]
    fn checks_on_found_values_report_what_checks_on_the_tree_report() {
        let text = r#"{"s": "x", "blank": " ", "n": 3, "neg": -1, "frac": 0.5, "null": null,
            "b": true, "list": ["a", "", 7, "b"], "obj": {"k": 1}}"#;
        let typed: std::collections::BTreeMap<String, Found> = serde_json::from_str(text).unwrap();
        let tree: Value = serde_json::from_str(text).unwrap();
        let keys: Vec<&str> = typed.keys().map(String::as_str).chain(["absent"]).collect();
        for key in keys {
            let (mut found, mut valued) = (Problems::default(), Problems::default());
            let f = typed.get(key);
            let v = tree.get(key);
            let here = Path::ROOT.key(key);
            let a = (
                found.found_str(f, &here).map(str::to_string),
                found.found_bool(f, &here),
                found.found_number(f, &here, 10.0),
                found.found_count(f, &here, 10),
                found.found_strings(f, &here),
            );
            let b = (
                valued.str_member(v, &here).map(str::to_string),
                valued.bool_member(v, &here),
                valued.number_member(v, &here, 10.0),
                valued.count_member(v, &here, 10),
                valued.strings_member(v, &here),
            );
            assert_eq!(a, b, "{key}");
            let (found, valued) = (found.into_parts(), valued.into_parts());
            assert_eq!(format!("{found:?}"), format!("{valued:?}"), "{key}");
        }
    }
}
