//! Hostile text in every format: escape sequences (CSI, OSC window title, OSC 52 clipboard), C1
//! controls, carriage returns, bidi overrides and megabyte strings must not survive loading.

use modeldex::data::load::{load, LoadOptions};
use modeldex::data::sanitize::{MAX_LONG_CHARS, MAX_SHORT_CHARS};
use modeldex::data::Dataset;
use serde_json::{json, Value};
use std::path::PathBuf;

const FIXTURES: [&str; 3] = [
    "hostile-native.json",
    "hostile-models-dev.json",
    "hostile-openrouter.json",
];

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn load_path(path: PathBuf) -> Dataset {
    let shown = path.display().to_string();
    load(&LoadOptions {
        path: Some(path),
        ..LoadOptions::default()
    })
    .unwrap_or_else(|e| panic!("{shown}: {e}"))
}

/// Defined here independently of the sanitiser: C0, DEL, C1, bidi embeddings/overrides/isolates.
fn is_dangerous(c: char) -> bool {
    matches!(c, '\0'..='\u{1F}' | '\u{7F}'..='\u{9F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Every string and object key of the dataset as serialised, visited without recursion.
fn strings(d: &Dataset) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![serde_json::to_value(d).unwrap()];
    while let Some(v) = stack.pop() {
        match v {
            Value::String(s) => out.push(s),
            Value::Array(items) => stack.extend(items),
            Value::Object(map) => {
                for (k, v) in map {
                    out.push(k);
                    stack.push(v);
                }
            }
            _ => {}
        }
    }
    out
}

#[test]
fn the_fixtures_really_are_hostile() {
    for name in FIXTURES {
        let raw: Value = serde_json::from_slice(&std::fs::read(fixture(name)).unwrap()).unwrap();
        let text = raw.to_string();
        for needle in ["\\u001b]52;", "\\u001b]0;", "\\r", "\\u001b[2J"] {
            assert!(text.contains(needle), "{name} lacks {needle}");
        }
        assert!(
            text.contains('\u{9b}') && text.contains('\u{202e}'),
            "{name}"
        );
    }
}

#[test]
fn no_control_character_survives_loading_in_any_format() {
    for name in FIXTURES {
        let d = load_path(fixture(name));
        assert!(!d.models.is_empty(), "{name}");
        for s in strings(&d) {
            assert!(!s.chars().any(is_dangerous), "{name}: {s:?}");
        }
    }
}

#[test]
fn cleaned_rating_keys_still_match_their_criteria() {
    let d = load_path(fixture("hostile-native.json"));
    let (_, criterion) = d.leaf_criteria().next().unwrap();
    assert_eq!(criterion.id, "privacy.self[31m_hosting");
    assert_eq!(d.models[0].score(&criterion.id), Some(5));
}

#[test]
fn imported_ids_are_cleaned_too() {
    let d = load_path(fixture("hostile-models-dev.json"));
    let m = &d.models[0];
    assert!(m.id.starts_with("evil-model"), "{}", m.id);
    let listing = &m.offers.iter().next().unwrap().listing;
    assert!(
        listing.starts_with("evil]0;pwned end/evil-model"),
        "{listing}"
    );
    assert!(m.offers.iter().all(|o| {
        [&o.provider, &o.model_id, &o.listing]
            .iter()
            .chain(o.url.as_ref().iter())
            .all(|s| !s.chars().any(char::is_control))
    }));
    assert!(m.sources.iter().all(|s| !s.url.contains('\u{1b}')));
    let d = load_path(fixture("hostile-openrouter.json"));
    assert!(
        d.models[0].name.starts_with("Evil Model"),
        "{}",
        d.models[0].name
    );
}

fn write_tmp(name: &str, doc: &Value) -> PathBuf {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::write(&path, doc.to_string()).unwrap();
    path
}

#[test]
fn megabyte_strings_are_clipped_in_every_format() {
    let huge = format!("\u{1b}]0;{}\u{7}", "A".repeat(1 << 20));
    let native = json!({"schema_version": 1, "dataset_version": "x", "updated": "2026-01-01",
        "models": [{"id": "x", "name": huge, "aliases": [huge], "kind": "model",
                    "openness": "closed", "summary": huge}]});
    let models_dev = json!({"p": {"id": "p", "name": huge, "models": {"m": {"name": huge}}}});
    let openrouter = json!({"data": [{"id": "p/m", "name": huge, "description": huge}]});
    for (name, doc) in [
        ("huge-native.json", native),
        ("huge-models-dev.json", models_dev),
        ("huge-openrouter.json", openrouter),
    ] {
        let d = load_path(write_tmp(name, &doc));
        let m = &d.models[0];
        assert!(m.name.chars().count() <= MAX_SHORT_CHARS, "{name}");
        assert!(m.name.ends_with('…'), "{name}");
        let summary = m.summary.as_deref().unwrap();
        assert!(summary.chars().count() <= MAX_LONG_CHARS, "{name}");
        for s in strings(&d) {
            assert!(s.chars().count() <= MAX_LONG_CHARS, "{name}");
            assert!(!s.chars().any(is_dangerous), "{name}");
        }
    }
}
