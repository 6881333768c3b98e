//! An entry's ratings keyed by criterion id: a sorted vector rather than a `BTreeMap`.
//!
//! A `BTreeMap` allocates a node for eleven pairs even when it holds one, about 900 bytes per
//! entry with this value type; imported catalogs rate one or three criteria per entry, so at
//! 100,000 entries that node alone costs ~90 MB. A sorted vector holds exactly what is there,
//! keeps the map's iteration order (by key) and serialises the same JSON object.

use super::model::Rating;
use serde::de::{MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// Ratings by criterion id, in key order; a key appears once.
#[derive(Debug, Clone, Default)]
pub struct RatingMap {
    pairs: Vec<(String, Rating)>,
}

impl RatingMap {
    pub fn new() -> Self {
        RatingMap::default()
    }

    fn find(&self, key: &str) -> Result<usize, usize> {
        self.pairs.binary_search_by(|(k, _)| k.as_str().cmp(key))
    }

    pub fn get(&self, key: &str) -> Option<&Rating> {
        self.find(key).ok().map(|i| &self.pairs[i].1)
    }

    pub fn get_mut(&mut self, key: &str) -> Option<&mut Rating> {
        self.find(key).ok().map(|i| &mut self.pairs[i].1)
    }

    pub fn contains_key(&self, key: &str) -> bool {
        self.find(key).is_ok()
    }

    /// Sets the rating of `key`, returning the one it replaces.
    pub fn insert(&mut self, key: String, rating: Rating) -> Option<Rating> {
        match self.find(&key) {
            Ok(i) => Some(std::mem::replace(&mut self.pairs[i].1, rating)),
            Err(i) => {
                self.pairs.insert(i, (key, rating));
                None
            }
        }
    }

    pub fn len(&self) -> usize {
        self.pairs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.pairs.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = (&String, &Rating)> {
        self.into_iter()
    }

    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.pairs.iter().map(|(k, _)| k)
    }

    pub fn values(&self) -> impl Iterator<Item = &Rating> {
        self.pairs.iter().map(|(_, v)| v)
    }

    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut Rating> {
        self.pairs.iter_mut().map(|(_, v)| v)
    }

    /// Builds the map from pairs in any order; of pairs with equal keys the last one stays, as
    /// a JSON object with a repeated key reads.
    fn from_pairs(mut pairs: Vec<(String, Rating)>) -> Self {
        // Stable, so equal keys stay in arrival order and the last of each run is the one kept.
        pairs.sort_by(|a, b| a.0.cmp(&b.0));
        let mut kept: Vec<(String, Rating)> = Vec::with_capacity(pairs.len());
        for pair in pairs {
            match kept.last_mut() {
                Some(last) if last.0 == pair.0 => *last = pair,
                _ => kept.push(pair),
            }
        }
        kept.shrink_to_fit();
        RatingMap { pairs: kept }
    }
}

impl FromIterator<(String, Rating)> for RatingMap {
    fn from_iter<I: IntoIterator<Item = (String, Rating)>>(iter: I) -> Self {
        RatingMap::from_pairs(iter.into_iter().collect())
    }
}

impl IntoIterator for RatingMap {
    type Item = (String, Rating);
    type IntoIter = std::vec::IntoIter<(String, Rating)>;

    fn into_iter(self) -> Self::IntoIter {
        self.pairs.into_iter()
    }
}

impl<'a> IntoIterator for &'a RatingMap {
    type Item = (&'a String, &'a Rating);
    type IntoIter = std::iter::Map<
        std::slice::Iter<'a, (String, Rating)>,
        fn(&'a (String, Rating)) -> (&'a String, &'a Rating),
    >;

    fn into_iter(self) -> Self::IntoIter {
        self.pairs.iter().map(|(k, v)| (k, v))
    }
}

impl Serialize for RatingMap {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.pairs.len()))?;
        for (k, v) in &self.pairs {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for RatingMap {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Pairs;

        impl<'de> Visitor<'de> for Pairs {
            type Value = RatingMap;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object of ratings keyed by criterion id")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<RatingMap, A::Error> {
                // Entries rarely rate more than the twelve criteria; don't trust a larger hint.
                let mut pairs = Vec::with_capacity(access.size_hint().unwrap_or(0).min(16));
                while let Some(pair) = access.next_entry()? {
                    pairs.push(pair);
                }
                Ok(RatingMap::from_pairs(pairs))
            }
        }

        deserializer.deserialize_map(Pairs)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rating(score: u8) -> Rating {
        Rating {
            score,
            rationale: format!("scored {score}"),
            sources: Vec::new(),
            derived: false,
        }
    }

    #[test]
    fn reads_and_writes_the_same_object_as_a_btreemap() {
        let text =
            r#"{"b.y": {"score": 2, "rationale": "r"}, "a.x": {"score": 5, "rationale": "s"}}"#;
        let ours: RatingMap = serde_json::from_str(text).unwrap();
        let theirs: std::collections::BTreeMap<String, Rating> =
            serde_json::from_str(text).unwrap();
        assert_eq!(
            serde_json::to_string(&ours).unwrap(),
            serde_json::to_string(&theirs).unwrap()
        );
        assert_eq!(ours.keys().collect::<Vec<_>>(), ["a.x", "b.y"]);
        assert_eq!(ours.get("b.y").map(|r| r.score), Some(2));
        assert!(ours.get("c.z").is_none());
    }

    #[test]
    fn a_repeated_key_keeps_its_last_value() {
        let text = r#"{"a.x": {"score": 1, "rationale": "r"}, "b.y": {"score": 3, "rationale": "r"},
                       "a.x": {"score": 4, "rationale": "r"}}"#;
        let map: RatingMap = serde_json::from_str(text).unwrap();
        assert_eq!(map.len(), 2);
        assert_eq!(map.get("a.x").map(|r| r.score), Some(4));
    }

    #[test]
    fn insert_keeps_keys_sorted_and_replaces() {
        let mut map = RatingMap::new();
        assert!(map.insert("m".into(), rating(1)).is_none());
        assert!(map.insert("c".into(), rating(2)).is_none());
        assert!(map.insert("x".into(), rating(3)).is_none());
        assert_eq!(map.insert("c".into(), rating(5)).map(|r| r.score), Some(2));
        assert_eq!(map.keys().collect::<Vec<_>>(), ["c", "m", "x"]);
        assert_eq!(map.get("c").map(|r| r.score), Some(5));
        map.get_mut("x").unwrap().score = 4;
        assert_eq!(map.values().map(|r| r.score).collect::<Vec<_>>(), [5, 1, 4]);
    }

    #[test]
    fn refuses_what_is_not_an_object() {
        assert!(serde_json::from_str::<RatingMap>("[1, 2]").is_err());
        assert!(serde_json::from_str::<RatingMap>(r#"{"a": 3}"#).is_err());
    }
}
