//! `assets/models.schema.json` documents the native format: it names exactly the fields and values
//! of the serde types that define the format, the embedded dataset satisfies it, and it agrees with
//! `modeldex validate` on valid and broken documents.

use modeldex::data::model::{
    Artifacts, Availability, Capability, CommercialUse, Criterion, Dataset, Figure, Kind, License,
    Lifecycle, ListingStatus, Model, NamesZh, Offer, Openness, Pillar, Pricing, Rating, Reported,
    Source, Status, Unit,
};
use modeldex::data::names::names;
use modeldex::data::native::RUBRIC_KEYS;
use modeldex::data::validate::validate_text;
use serde_json::{json, Value};
use std::collections::BTreeMap;

fn schema() -> jsonschema::Validator {
    let text = include_str!("../../assets/models.schema.json");
    let schema: Value = serde_json::from_str(text).expect("the schema is JSON");
    jsonschema::draft202012::new(&schema).expect("the schema is a valid 2020-12 schema")
}

fn errors(validator: &jsonschema::Validator, doc: &Value) -> Vec<String> {
    validator
        .iter_errors(doc)
        .map(|e| format!("{}: {e}", e.instance_path))
        .collect()
}

/// Every object (`properties`) and every list of values (`enum`, without `null`) in the schema, by
/// JSON pointer, names sorted. Conditional parts (`if`/`then`/`else`) restate a subset and are left
/// out.
fn named_in_schema(v: &Value, pointer: String, found: &mut BTreeMap<String, Vec<String>>) {
    let Value::Object(map) = v else {
        if let Value::Array(items) = v {
            for (i, item) in items.iter().enumerate() {
                named_in_schema(item, format!("{pointer}/{i}"), found);
            }
        }
        return;
    };
    if let Some(Value::Object(props)) = map.get("properties") {
        found.insert(pointer.clone(), props.keys().cloned().collect());
    }
    if let Some(Value::Array(values)) = map.get("enum") {
        let mut values: Vec<String> = values
            .iter()
            .filter_map(Value::as_str)
            .map(String::from)
            .collect();
        values.sort();
        found.insert(pointer.clone(), values);
    }
    for (key, child) in map {
        if !matches!(key.as_str(), "if" | "then" | "else") {
            named_in_schema(child, format!("{pointer}/{key}"), found);
        }
    }
}

/// The schema is written by hand, so it is checked against the one definition of the format: each
/// object and value list it describes has the names of its serde type. A schema
/// object or list without a type here fails too, so the table cannot fall behind silently.
#[test]
fn the_schema_names_exactly_what_the_serde_types_name() {
    let schema: Value =
        serde_json::from_str(include_str!("../../assets/models.schema.json")).unwrap();
    let mut found = BTreeMap::new();
    named_in_schema(&schema, "#".into(), &mut found);
    let defs = |name: &str| format!("#/$defs/{name}");
    let expected: BTreeMap<String, &[&str]> = [
        ("#".to_string(), names::<Dataset>()),
        (defs("pillar"), names::<Pillar>()),
        (defs("criterion"), names::<Criterion>()),
        (defs("rubric/propertyNames"), RUBRIC_KEYS.as_slice()),
        (defs("model"), names::<Model>()),
        (defs("model/properties/kind"), names::<Kind>()),
        (defs("model/properties/openness"), names::<Openness>()),
        (defs("license"), names::<License>()),
        (
            defs("license/properties/commercial_use"),
            names::<CommercialUse>(),
        ),
        (defs("artifacts"), names::<Artifacts>()),
        (defs("availability"), names::<Availability>()),
        (defs("pricing"), names::<Pricing>()),
        (defs("rating"), names::<Rating>()),
        (defs("source"), names::<Source>()),
        (defs("names_zh"), names::<NamesZh>()),
        (defs("lifecycle"), names::<Lifecycle>()),
        (defs("lifecycle/properties/status"), names::<Status>()),
        (defs("capability"), names::<Capability>()),
        (defs("figure"), names::<Figure>()),
        (defs("figure/properties/unit"), names::<Unit>()),
        (defs("figure/properties/reported"), names::<Reported>()),
        (defs("offer"), names::<Offer>()),
        (defs("offer/properties/status"), names::<ListingStatus>()),
    ]
    .into_iter()
    .collect();
    let expected: BTreeMap<String, Vec<String>> = expected
        .into_iter()
        .map(|(k, v)| {
            let mut v: Vec<String> = v.iter().map(|s| s.to_string()).collect();
            v.sort();
            (k, v)
        })
        .collect();
    let described: Vec<&String> = found.keys().collect();
    assert_eq!(
        described,
        expected.keys().collect::<Vec<_>>(),
        "what the schema describes"
    );
    for (pointer, names) in &expected {
        assert_eq!(
            &found[pointer], names,
            "{pointer}: the schema vs the serde type"
        );
    }
}

#[test]
fn the_embedded_dataset_satisfies_the_schema() {
    let doc: Value = serde_json::from_str(modeldex::data::EMBEDDED_JSON).unwrap();
    assert_eq!(errors(&schema(), &doc), Vec::<String>::new());
}

#[test]
fn the_schema_rejects_a_bad_score() {
    let mut doc: Value = serde_json::from_str(modeldex::data::EMBEDDED_JSON).unwrap();
    doc["models"][0]["ratings"]["privacy.self_hosting"]["score"] = json!(7);
    let found = errors(&schema(), &doc);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].starts_with("/models/0/ratings/privacy.self_hosting/score: 7 is greater than"),
        "{found:?}"
    );
}

/// A capability block of one valid figure with `key` set to `value`.
fn figure(key: &str, value: Value) -> Value {
    let mut f = json!({"value": 50, "unit": "percent", "as_of": "2026-04-02",
        "source": "https://artificialanalysis.ai/models/a", "reported": "independent"});
    f[key] = value;
    json!({"figures": {"gpqa_diamond": f}})
}

fn base() -> Value {
    json!({
        "schema_version": 1, "dataset_version": "t", "updated": "2026-11-23",
        "names_zh": {"developers": {"DeepSeek": "深度求索"}, "families": {}},
        "models": [{"id": "a", "name": "A", "kind": "model", "openness": "closed",
            "name_zh": "甲", "lifecycle": {"status": "retired", "date": "2025-01",
                "source": "https://example.com/deprecations", "note": null},
            "capability": {"figures": {"gpqa_diamond": {"value": 50, "unit": "percent",
                "as_of": "2026-04-02", "source": "https://artificialanalysis.ai/models/a",
                "reported": "independent", "variant": null},
                "intelligence_index": {"value": 130, "unit": "points", "as_of": "2026-04-02",
                "source": "https://artificialanalysis.ai/models/a", "reported": "vendor"}},
                "note": "n"},
            "license": null, "pricing": {"input_per_mtok": 1, "output_per_mtok": null},
            "artifacts": {"weights": null, "paper": "open"},
            "ratings": {"privacy.self_hosting": {"score": 1, "rationale": "r", "derived": true}}}]
    })
}

#[test]
fn schema_and_validator_agree() {
    let validator = schema();
    let hostile = include_str!("../fixtures/hostile-native.json");
    let valid = [base(), serde_json::from_str(hostile).unwrap()];
    for doc in &valid {
        assert_eq!(errors(&validator, doc), Vec::<String>::new());
        assert_eq!(validate_text(&doc.to_string()), []);
    }
    let breaks: Vec<fn(&mut Value)> = vec![
        |d| d["schema_version"] = json!(2),
        |d| d["updated"] = json!("2026-13"),
        |d| d["models"][0]["kind"] = json!("agent"),
        |d| d["models"][0]["name"] = json!(" "),
        |d| d["models"][0]["aliases"] = json!(null),
        |d| d["models"][0]["artifacts"] = json!(null),
        |d| d["models"][0]["artifacts"]["weights"] = json!("yes"),
        |d| d["models"][0]["params_b"] = json!(-1),
        |d| d["models"][0]["context_tokens"] = json!(2.5),
        |d| d["models"][0]["pricing"]["as_of"] = json!("soon"),
        |d| d["models"][0]["license"] = json!({"name": "MIT"}),
        |d| d["models"][0]["ratings"]["privacy.self_hosting"]["score"] = json!(0),
        |d| d["models"][0]["ratings"]["privacy.self_hosting"]["derived"] = json!("no"),
        |d| d["models"][0]["sources"] = json!([{"title": "t"}]),
        |d| d["models"][0]["colour"] = json!("red"),
        |d| d["models"][0]["name_zh"] = json!(1),
        |d| d["models"][0]["lifecycle"] = json!({"status": "gone"}),
        |d| d["models"][0]["lifecycle"] = json!({"status": "active", "date": "2024"}),
        |d| d["models"][0]["lifecycle"] = json!({"status": "retired", "source": "docs"}),
        |d| d["models"][0]["capability"] = figure("value", json!(101)),
        |d| d["models"][0]["capability"] = figure("value", json!(-1)),
        |d| d["models"][0]["capability"] = figure("unit", json!("kg")),
        |d| d["models"][0]["capability"] = figure("source", json!("AA")),
        |d| d["models"][0]["capability"] = figure("as_of", json!("April")),
        |d| d["models"][0]["capability"] = figure("reported", json!("self")),
        |d| d["models"][0]["capability"] = json!({"note": "no figures"}),
        |d| d["names_zh"] = json!({"developers": {"DeepSeek": ""}}),
        |d| d["names_zh"] = json!({"firms": {}}),
        |d| {
            d["criteria"] = json!([{"id": "p", "name": "P", "description": "d",
            "rubric": {"6": "x"}, "sub_criteria": []}])
        },
    ];
    for (i, edit) in breaks.into_iter().enumerate() {
        let mut doc = base();
        edit(&mut doc);
        assert!(
            !errors(&validator, &doc).is_empty(),
            "break {i}: schema accepts {doc}"
        );
        assert!(
            !validate_text(&doc.to_string()).is_empty(),
            "break {i}: validator accepts {doc}"
        );
    }
}
