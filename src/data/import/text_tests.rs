//! The models.dev import from text (only the members it reads, no document tree) against the
//! import of the parsed document: the same entries, problems and counts, on real and hostile
//! catalogs and on every kind of damage the tree path reports.

use super::models_dev::{import, import_text};
use crate::data::document::{detect, SourceFormat};
use serde_json::{json, Value};

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(path).expect("fixture")
}

/// Both ways agree on `text`: the text path reads what the tree path reads, or steps aside.
fn assert_same(text: &str) {
    let tree = serde_json::from_str::<Value>(text).ok();
    let forced = import_text(text, false);
    let read = forced.is_some();
    match (&tree, forced) {
        (Some(doc), Some(mut fast)) => {
            let slow = import(doc).expect("an object of providers");
            // The text path leaves ratings to be derived after grouping; derived, they agree.
            assert_eq!(fast.facts.len(), fast.models.len());
            assert!(fast.models.iter().all(|m| m.ratings.is_empty()));
            super::complete_listings(&mut fast.models, &fast.facts);
            let as_json = |m: &[crate::data::Model]| serde_json::to_value(m).unwrap();
            assert_eq!(as_json(&fast.models), as_json(&slow.models), "{text:.200}");
            assert_eq!(fast.problems, slow.problems, "{text:.200}");
            assert_eq!(fast.counts, slow.counts, "{text:.200}");
        }
        // Not an object of providers, or too deep to parse: the tree path reports it.
        (_, None) => {}
        (None, Some(_)) => panic!("the text path read what does not parse: {text:.200}"),
    }
    // Detection: the text path claims a file exactly when the tree's detection says models.dev.
    let claimed = import_text(text, true).is_some();
    let detected = tree.as_ref().and_then(detect) == Some(SourceFormat::ModelsDev);
    assert_eq!(claimed, detected && read, "{text:.200}");
}

#[test]
fn real_and_hostile_catalogs_read_the_same_both_ways() {
    for name in [
        "models-dev-api.subset.json",
        "models-dev-api.sample.json",
        "hostile-models-dev.json",
    ] {
        let text = fixture(name);
        assert!(
            import_text(&text, true).is_some(),
            "{name} is read from text"
        );
        assert_same(&text);
    }
}

#[test]
fn damaged_catalogs_read_the_same_both_ways() {
    let model = json!({"id": "m", "name": "M 1", "release_date": "2025-01-02",
        "cost": {"input": 1.0, "output": 2.0}, "limit": {"context": 1000, "output": 100},
        "modalities": {"input": ["text"], "output": ["text"]}, "open_weights": false});
    let damaged: Vec<Value> = vec![
        json!({"p": {"name": "P", "models": {"m": model}}}),
        json!({"p": {"name": "P", "models": {"m": model, "n": 3}}}),
        json!({"p": 1, "q": {"models": {"m": model}}}),
        json!({"p": {"name": 7, "doc": "ftp://x", "models": {"m": model}}}),
        json!({"p": {"name": "P"}, "q": {"models": {"m": model}}}),
        json!({"p": {"models": null}, "q": {"models": {"m": model}}}),
        json!({"p": {"models": [model]}, "q": {"models": {"m": model}}}),
        json!({"p": {"models": {"m": {"release_date": "2025-02-31", "knowledge": 5,
            "cost": {"input": -1, "output": "x"}, "limit": [1], "modalities": {"input": "text"},
            "reasoning": "yes", "name": ""}}}}),
        json!({"p": {"models": {"m": model}}, "p-": {"models": {"m\u{200b}": model}}}),
        json!({"p": {"models": {"m": null}}}),
        // The same id once cleaned, from two providers.
        json!({"p": {"models": {"m": model}}, "p\u{200b}": {"models": {"m": model}}}),
        json!({"data": [], "p": {"models": {"m": model}}}),
        json!({"schema_version": 1, "p": {"models": {"m": model}}}),
        json!({"models": [], "p": {"models": {"m": model}}}),
        json!({"p": {"id": "p"}}),
        json!({}),
        json!([1, 2]),
    ];
    for doc in &damaged {
        assert_same(&doc.to_string());
    }
    // A repeated key: the later member wins in both.
    assert_same(r#"{"p": {"models": {"m": {"name": "A"}, "m": {"name": "B"}}, "models": {}}}"#);
    assert_same(r#"{"p": {"models": {"m": {"name": "A"}}}, "p": {"models": {"n": {}}}}"#);
    // Only the last of a repeated provider counts for detection.
    assert_same(r#"{"p": {"models": {"m": {"name": "A"}}}, "p": {"name": "P"}}"#);
    // Not JSON, or trailing text.
    assert_same(r#"{"p": {"models": {"m": {"name": "A"}}}"#);
    assert_same(r#"{"p": {"models": {}}} x"#);
}

#[test]
fn problems_past_the_cap_are_counted_the_same_both_ways() {
    // Three providers of 500 listings, each with two bad values: 3,000 problems, past the cap
    // of 1,000 in the second provider; the listed ones are the first 1,000 in document order.
    let provider = |p: usize| {
        let models: serde_json::Map<String, Value> = (0..500)
            .map(|m| {
                (
                    format!("m{m:03}"),
                    json!({"release_date": "2025-02-31", "limit": 3}),
                )
            })
            .collect();
        (
            format!("p{p}"),
            json!({"name": format!("P{p}"), "models": models}),
        )
    };
    let doc: serde_json::Map<String, Value> = (0..3).map(provider).collect();
    let text = Value::Object(doc).to_string();
    let whole = import_text(&text, true).unwrap();
    assert_eq!(whole.counts.values().sum::<usize>(), 3000);
    assert_eq!(whole.problems.len(), crate::data::check::MAX_PROBLEMS + 1);
    assert_same(&text);
}

#[test]
fn nesting_too_deep_for_the_whole_document_is_left_to_the_tree_path() {
    // 4 levels enclose a model's member (top, provider, list, model), so 125 more make 129.
    for extra in [123, 124, 125] {
        let deep = format!("{}{}", "[".repeat(extra), "]".repeat(extra));
        let text = format!(r#"{{"p": {{"models": {{"m": {{"name": "A", "x": {deep}}}}}}}}}"#);
        assert_same(&text);
    }
}

/// What loading a models.dev file made before the text path: the tree imported, every entry
/// cleaned, then grouped unless `flat`.
fn loaded_the_old_way(text: &str, shown: &str, flat: bool) -> Vec<crate::data::Model> {
    let doc: Value = serde_json::from_str(text).unwrap();
    let mut listings = import(&doc).unwrap().models;
    let from: std::sync::Arc<str> = std::sync::Arc::from(shown);
    for m in &mut listings {
        crate::data::sanitize::sanitize_model(m);
        m.facts_from = Some(std::sync::Arc::clone(&from));
        m.offers.set_file(&from);
    }
    if flat {
        listings
    } else {
        crate::data::grouping::group_listings(listings)
    }
}

#[test]
fn loading_groups_the_same_models_with_the_same_offers_and_ratings_as_before() {
    use crate::data::load::{load_reporting, LoadOptions};
    for name in ["models-dev-api.subset.json", "hostile-models-dev.json"] {
        let path = std::path::PathBuf::from(format!(
            "{}/tests/fixtures/{name}",
            env!("CARGO_MANIFEST_DIR")
        ));
        let text = std::fs::read_to_string(&path).unwrap();
        let shown = crate::data::load::shown_path(&path);
        for flat in [false, true] {
            let opts = LoadOptions {
                path: Some(path.clone()),
                flat,
                ..LoadOptions::default()
            };
            let now = load_reporting(&opts).unwrap().dataset.models;
            let before = loaded_the_old_way(&text, &shown, flat);
            assert!(now.iter().any(|m| !m.ratings.is_empty()), "{name}");
            assert_eq!(
                serde_json::to_value(&now).unwrap(),
                serde_json::to_value(&before).unwrap(),
                "{name}, flat: {flat}"
            );
        }
    }
}

#[test]
fn the_embedded_criteria_read_alone_are_the_embedded_datasets() {
    let alone = super::embedded_criteria().unwrap();
    let whole = crate::data::Dataset::embedded().unwrap().criteria;
    assert!(!alone.is_empty());
    assert_eq!(
        serde_json::to_value(&alone).unwrap(),
        serde_json::to_value(&whole).unwrap()
    );
}

#[test]
fn a_duplicate_listing_names_where_the_first_is() {
    let model = json!({"name": "M"});
    // Provider keys may hold a slash: the first of `a/b/c` is model `b/c` of provider `a`.
    let doc = json!({"a": {"models": {"b/c": model}}, "a/b": {"models": {"c": model}},
        "p": {"models": {"m": model, "m\u{200b}": model}}});
    let imported = import_text(&doc.to_string(), true).unwrap();
    let messages: Vec<String> = imported
        .problems
        .iter()
        .map(|p| format!("{}: {}", p.path, p.message))
        .collect();
    assert_eq!(imported.models.len(), 2, "{messages:?}");
    assert_eq!(
        messages,
        [
            "/a~1b/models/c: duplicate id \"a/b/c\" (first at /a/models/b~1c)",
            "/p/models/m\\u{200b}: duplicate id \"p/m\\u{200b}\": the same as the id at \
             /p/models/m once invisible characters are removed",
        ],
    );
    assert_same(&doc.to_string());
}

/// The import cleans each entry as loading would, and says which ids cleaning changed: loading
/// then takes its entries as they are.
#[test]
fn imported_entries_are_cleaned_and_look_alikes_named() {
    let text = fixture("hostile-models-dev.json");
    let doc: Value = serde_json::from_str(&text).unwrap();
    let raw_ids: Vec<String> = {
        let mut ids = Vec::new();
        for (provider, p) in doc.as_object().unwrap() {
            if let Some(models) = p.get("models").and_then(Value::as_object) {
                ids.extend(models.keys().map(|k| format!("{provider}/{k}")));
            }
        }
        ids
    };
    let imported = import(&doc).unwrap();
    let altered = imported.cleaned.clone().expect("the import cleans");
    for (i, m) in imported.models.iter().enumerate() {
        let mut again = m.clone();
        let changed = crate::data::sanitize::sanitize_model(&mut again);
        assert!(!changed, "{} is clean already", m.id);
        assert_eq!(
            serde_json::to_value(&again).unwrap(),
            serde_json::to_value(m).unwrap()
        );
        let raw_changed = !raw_ids.contains(&m.id);
        assert_eq!(altered.contains(&i), raw_changed, "{}", m.id);
    }
    assert!(
        !altered.is_empty(),
        "the hostile catalog has look-alike ids"
    );
}
