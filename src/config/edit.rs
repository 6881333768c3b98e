//! Writes [`Prefs`] into the file's document in place: only the keys modeldex owns change, and
//! each keeps its comments; anything else in the file (comments, keys of a newer version, other
//! datasets' marks) stays as the user left it.

use super::layout::sort_text;
use super::{DatasetKey, Prefs};
use crate::data::model::Feature;
use crate::filter::{Commercial, InService};
use crate::order::Direction;
use std::collections::BTreeMap;
use strum::VariantArray;
use toml_edit::{Array, DocumentMut, Item, Table, TableLike, Value};

/// The comment a new file starts with.
pub(super) const HEADER: &str =
    "# modeldex preferences, updated when modeldex quits; comments and other keys are kept.\n";

/// A document for a file that does not exist yet.
pub(super) fn new_document() -> DocumentMut {
    DocumentMut::new()
}

/// Sets every key `prefs` covers in `doc`; the marks go under the dataset `key` names. An empty
/// document (a new file) gets [`HEADER`] above its first key.
pub(super) fn apply(doc: &mut DocumentMut, prefs: &Prefs, key: &DatasetKey) {
    let fresh = doc.is_empty() && doc.trailing().as_str().is_none_or(str::is_empty);
    let root = doc.as_table_mut();
    match prefs.theme {
        Some(t) => set(root, "theme", t.as_str().into()),
        None => {
            root.remove("theme");
        }
    }
    match prefs.lang {
        Some(lang) => set(root, "lang", lang.as_str().into()),
        None => {
            root.remove("lang");
        }
    }
    set(root, "sort", sort_text(&prefs.sort).into());
    set_or_remove(
        root,
        "reverse",
        (prefs.direction == Direction::Reversed).then(|| Value::from(true)),
    );
    match key {
        DatasetKey::Embedded => set(root, "marks", strings(&prefs.marks)),
        DatasetKey::File(path) => {
            let datasets = table(root, "datasets");
            set(table(datasets, path), "marks", strings(&prefs.marks));
        }
        DatasetKey::Unnamed => {}
    }
    let weights = table(root, "weights");
    set_weights(table(weights, "pillars"), &prefs.weights.pillars);
    set_weights(table(weights, "criteria"), &prefs.weights.criteria);

    let f = &prefs.filter;
    let filter = table(root, "filter");
    set(filter, "openness", words(&f.openness));
    set(filter, "kinds", words(&f.kinds));
    set_or_remove(filter, "developer", f.developer.as_deref().map(Value::from));
    set_or_remove(
        filter,
        "years",
        f.years
            .map(|(a, b)| Value::Array(Array::from_iter([i64::from(a), i64::from(b)]))),
    );
    let commercial = match f.commercial_use {
        Commercial::Any => Value::from(false),
        Commercial::Allowed => Value::from(true),
        Commercial::Unrestricted => Value::from("unrestricted"),
    };
    set(filter, "commercial_use", commercial);
    set_or_remove(filter, "country", f.country.as_deref().map(Value::from));
    set(filter, "self_hostable", f.self_hostable.into());
    set_or_remove(filter, "modality", f.modality.as_deref().map(Value::from));
    set_or_remove(
        filter,
        "fits_gb",
        f.fits_gb.map(|gb| Value::from(i64::from(gb))),
    );
    // Conditions added later are written only when on, so older files do not fill up with them.
    let on = |yes: bool| yes.then(|| Value::from(true));
    for feature in Feature::VARIANTS {
        set_or_remove(
            filter,
            feature.filter_key(),
            on(f.features.contains(feature)),
        );
    }
    set_or_remove(filter, "free", on(f.free));
    set_or_remove(
        filter,
        "in_service",
        (f.in_service != InService::Any).then(|| Value::from(f.in_service.as_str())),
    );

    let first = root.iter().next().map(|(k, _)| k.to_string());
    if let (true, Some(first)) = (fresh, first) {
        if let Some(mut key) = root.key_mut(&first) {
            key.leaf_decor_mut().set_prefix(HEADER);
        }
    }
}

/// The table at `key` in `parent`, made when missing (or when the key holds something else,
/// which could not have loaded).
fn table<'a>(parent: &'a mut dyn TableLike, key: &str) -> &'a mut dyn TableLike {
    let is_table = parent
        .get(key)
        .is_some_and(|item| item.as_table_like().is_some());
    if !is_table {
        let mut fresh = Table::new();
        // `[datasets."…"]` needs no `[datasets]` line above it.
        fresh.set_implicit(true);
        parent.insert(key, Item::Table(fresh));
    }
    parent
        .get_mut(key)
        .and_then(Item::as_table_like_mut)
        .expect("just made a table")
}

/// Sets `key` to `value` in place: the comment lines above the key and the comment after the
/// old value on its line stay (inserting anew would drop both).
fn set(table: &mut dyn TableLike, key: &str, mut value: Value) {
    match table.get_mut(key) {
        Some(item) => {
            if let Item::Value(old) = item {
                *value.decor_mut() = old.decor().clone();
            }
            *item = Item::Value(value);
        }
        None => {
            table.insert(key, Item::Value(value));
        }
    }
}

fn set_or_remove(table: &mut dyn TableLike, key: &str, value: Option<Value>) {
    match value {
        Some(v) => set(table, key, v),
        None => {
            table.remove(key);
        }
    }
}

/// The weights in `map`, and no others: a weight set back to its default is gone from the map.
fn set_weights(table: &mut dyn TableLike, map: &BTreeMap<String, u8>) {
    let stale: Vec<String> = table
        .iter()
        .map(|(k, _)| k.to_string())
        .filter(|k| !map.contains_key(k))
        .collect();
    for k in stale {
        table.remove(&k);
    }
    for (id, w) in map {
        set(table, id, i64::from(*w).into());
    }
}

fn strings(items: &[String]) -> Value {
    Value::Array(items.iter().map(String::as_str).collect())
}

/// Enum values as the words serde writes for them.
fn words<T: serde::Serialize>(items: &[T]) -> Value {
    let words = items.iter().filter_map(|item| {
        serde_json::to_value(item)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
    });
    Value::Array(words.collect())
}
