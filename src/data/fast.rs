//! The fast way in for a valid native file: typed parsing straight into the model, then the same
//! rules the validator applies, checked on the typed values.
//!
//! The validator (`native::check`) walks a `serde_json::Value` tree to say exactly where each problem
//! is; for a 100,000-entry catalog that tree costs seconds and most of a gigabyte. A valid file does
//! not need the paths, so it is read directly into the structs (unknown fields rejected) and checked
//! here. Anything this path refuses goes through the validator, which then names every problem, so
//! the two only have to agree on *whether* a file is valid — the tests below check they do. The
//! names they share (fields, enum values) both take from the serde types (`data::names`).

use super::date::iso_date_problem;
use super::model::{Capability, Dataset, Lifecycle, Model, NamesZh, Pricing, Status, Unit};
use super::native::{
    MAX_CONTEXT_TOKENS, MAX_PARAMS_B, MAX_PRICE_PER_MTOK, RUBRIC_KEYS, SCHEMA_VERSION,
};
use super::native_facts::MAX_FIGURE;
use super::sanitize::{clean_id, sanitize_dataset, shrink_lists};
use super::url::url_problem;
use std::collections::HashSet;

/// The dataset in `text`, or `None` when it is not a valid native file with its own criteria (the
/// caller then takes the validating path).
pub fn parse(text: &str) -> Option<Dataset> {
    parse_noting_ids(text).map(|(d, _)| d)
}

/// Like [`parse`], and also the indices of entries whose id cleaning changed.
pub fn parse_noting_ids(text: &str) -> Option<(Dataset, Vec<usize>)> {
    let mut dataset: Dataset = serde_json::from_str(text).ok()?;
    if dataset.criteria.is_empty() || !is_valid(&dataset) {
        return None;
    }
    let changed = sanitize_dataset(&mut dataset);
    dataset.models.iter_mut().for_each(shrink_lists);
    Some((dataset, changed))
}

fn is_date(s: &str) -> bool {
    iso_date_problem(s).is_none()
}

fn in_range(x: Option<f64>, max: f64) -> bool {
    x.is_none_or(|x| x.is_finite() && (0.0..=max).contains(&x))
}

/// The validator's rules that typed parsing does not already enforce.
fn is_valid(d: &Dataset) -> bool {
    if u64::from(d.schema_version) != SCHEMA_VERSION
        || !is_date(&d.updated)
        || !names_zh_are_valid(&d.names_zh)
    {
        return false;
    }
    let mut criteria = HashSet::new();
    for p in &d.criteria {
        let rubrics = std::iter::once(&p.rubric).chain(p.sub_criteria.iter().map(|c| &c.rubric));
        if rubrics
            .flat_map(|r| r.keys())
            .any(|k| !RUBRIC_KEYS.contains(&k.as_str()))
        {
            return false;
        }
        let ids = std::iter::once(&p.id).chain(p.sub_criteria.iter().map(|c| &c.id));
        for id in ids {
            if !criteria.insert(id.as_str()) {
                return false;
            }
        }
    }
    let mut ids = HashSet::with_capacity(d.models.len());
    d.models
        .iter()
        .all(|m| ids.insert(clean_id(&m.id)) && model_is_valid(m, &criteria))
}

fn model_is_valid(m: &Model, criteria: &HashSet<&str>) -> bool {
    let sizes_ok = in_range(m.params_b, MAX_PARAMS_B)
        && in_range(m.active_params_b, MAX_PARAMS_B)
        && match (m.params_b, m.active_params_b) {
            (Some(total), Some(active)) => active <= total,
            _ => true,
        };
    sizes_ok
        && m.context_tokens.is_none_or(|t| t <= MAX_CONTEXT_TOKENS)
        && m.released.as_deref().is_none_or(is_date)
        && m.pricing.as_ref().is_none_or(pricing_is_valid)
        && m.lifecycle.as_deref().is_none_or(lifecycle_is_valid)
        && m.capability.as_deref().is_none_or(capability_is_valid)
        && m.offers.iter().all(offer_is_valid)
        && m.ratings
            .iter()
            .all(|(id, r)| criteria.contains(id.as_str()) && (1..=5).contains(&r.score))
}

fn pricing_is_valid(p: &Pricing) -> bool {
    in_range(p.input_per_mtok, MAX_PRICE_PER_MTOK)
        && in_range(p.output_per_mtok, MAX_PRICE_PER_MTOK)
        && p.as_of.as_deref().is_none_or(is_date)
}

fn offer_is_valid(o: &crate::data::model::Offer) -> bool {
    in_range(o.input_per_mtok, MAX_PRICE_PER_MTOK)
        && in_range(o.output_per_mtok, MAX_PRICE_PER_MTOK)
        && o.context_tokens.is_none_or(|t| t <= MAX_CONTEXT_TOKENS)
        && o.max_output_tokens.is_none_or(|t| t <= MAX_CONTEXT_TOKENS)
        && in_range(o.cache_read_per_mtok, MAX_PRICE_PER_MTOK)
        && o.url.as_deref().is_none_or(is_url)
}

fn is_url(s: &str) -> bool {
    url_problem(s).is_none()
}

fn is_blank(s: &str) -> bool {
    s.trim().is_empty()
}

fn lifecycle_is_valid(l: &Lifecycle) -> bool {
    let date_ok = match (&l.date, l.status) {
        (None, _) => true,
        (Some(_), Status::Active) => false,
        (Some(d), _) => is_date(d),
    };
    date_ok && l.source.as_deref().is_none_or(is_url)
}

fn capability_is_valid(c: &Capability) -> bool {
    c.figures.iter().all(|(id, f)| {
        let max = if f.unit == Unit::Percent {
            100.0
        } else {
            MAX_FIGURE
        };
        !is_blank(id) && in_range(Some(f.value), max) && is_url(&f.source) && is_date(&f.as_of)
    })
}

fn names_zh_are_valid(n: &NamesZh) -> bool {
    n.developers
        .iter()
        .chain(&n.families)
        .all(|(name, zh)| !is_blank(name) && !is_blank(zh))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::validate::validate_text;
    use serde_json::{json, Value};

    fn embedded() -> Value {
        serde_json::from_str(crate::data::EMBEDDED_JSON).unwrap()
    }

    /// A capability block of one valid `hle` figure with `changes` applied.
    fn capability(changes: Value) -> Value {
        let mut figure = json!({"value": 12.5, "unit": "percent",
            "source": "https://artificialanalysis.ai/models/x", "as_of": "2026-04-02",
            "reported": "independent", "variant": "x-high"});
        for (k, v) in changes.as_object().unwrap() {
            figure[k] = v.clone();
        }
        json!({"figures": {"hle": figure}, "note": "n"})
    }

    #[test]
    fn the_extensions_round_trip_and_take_the_fast_path() {
        let mut doc = embedded();
        doc["names_zh"] =
            json!({"developers": {"DeepSeek": "深度求索"}, "families": {"Qwen": "通义千问"}});
        doc["models"][0]["name_zh"] = json!("文心大模型4.5");
        doc["models"][0]["lifecycle"] = json!({"status": "retired", "date": "2024-01-04",
            "source": "https://platform.openai.com/docs/deprecations", "note": "n"});
        doc["models"][0]["capability"] = capability(json!({}));
        doc["models"][1]["lifecycle"] = json!({"status": "deprecated", "date": null,
            "source": null, "note": null});
        let text = doc.to_string();
        let fast = parse(&text).expect("valid extensions take the fast path");
        assert_eq!(validate_text(&text), []);
        let m = &fast.models[0];
        assert_eq!(m.status(), crate::data::Status::Retired);
        assert_eq!(m.figure("hle"), Some(12.5));
        assert_eq!(fast.names_zh.families["Qwen"], "通义千问");
        let written = serde_json::to_value(&fast).unwrap();
        let again: Dataset = serde_json::from_value(written.clone()).unwrap();
        assert_eq!(serde_json::to_value(&again).unwrap(), written);
        assert_eq!(written["names_zh"], doc["names_zh"]);
        for key in ["name_zh", "lifecycle", "capability"] {
            assert_eq!(written["models"][0][key], doc["models"][0][key], "{key}");
        }
        // Entries without the extensions are written without them.
        assert!(written["models"][2].get("lifecycle").is_none());
    }

    #[test]
    fn a_valid_file_takes_the_fast_path_and_matches_the_validating_one() {
        let text = crate::data::EMBEDDED_JSON;
        let fast = parse(text).expect("the embedded data is valid");
        let doc = crate::data::validate::parse_json(text).unwrap();
        let slow = crate::data::load::parse_native(doc).unwrap();
        assert_eq!(
            serde_json::to_value(&fast).unwrap(),
            serde_json::to_value(&slow).unwrap()
        );
    }

    #[test]
    fn whatever_the_validator_rejects_the_fast_path_refuses_too() {
        type Breakage = Box<dyn Fn(&mut Value)>;
        // The rules, not the names: unknown fields and values cannot disagree, because the
        // validator reads them from the serde types the fast path parses with (`data::names`).
        let breakages: Vec<(&str, Breakage)> = vec![
            (
                "score 7",
                Box::new(|d| d["models"][0]["ratings"]["privacy.self_hosting"]["score"] = json!(7)),
            ),
            (
                "score 0",
                Box::new(|d| d["models"][0]["ratings"]["privacy.self_hosting"]["score"] = json!(0)),
            ),
            (
                "bad date",
                Box::new(|d| d["models"][0]["released"] = json!("2024-13-01")),
            ),
            (
                "bad updated",
                Box::new(|d| d["updated"] = json!("yesterday")),
            ),
            (
                "bad as_of",
                Box::new(|d| {
                    d["models"][1]["pricing"] =
                        json!({"input_per_mtok": 1, "output_per_mtok": 2, "as_of": "2024-02-30"})
                }),
            ),
            (
                "duplicate id",
                Box::new(|d| d["models"][1]["id"] = d["models"][0]["id"].clone()),
            ),
            (
                "unknown criterion",
                Box::new(|d| {
                    d["models"][0]["ratings"]["privacy.speed"] =
                        json!({"score": 3, "rationale": "r"})
                }),
            ),
            (
                "active > total",
                Box::new(|d| {
                    d["models"][0]["params_b"] = json!(10);
                    d["models"][0]["active_params_b"] = json!(20);
                }),
            ),
            (
                "negative params",
                Box::new(|d| d["models"][0]["params_b"] = json!(-1)),
            ),
            (
                "absurd params",
                Box::new(|d| d["models"][0]["params_b"] = json!(1e9)),
            ),
            (
                "absurd context",
                Box::new(|d| d["models"][0]["context_tokens"] = json!(10_000_000_000u64)),
            ),
            (
                "absurd price",
                Box::new(|d| {
                    d["models"][1]["pricing"] = json!({"input_per_mtok": 1e9, "output_per_mtok": 1})
                }),
            ),
            ("version 2", Box::new(|d| d["schema_version"] = json!(2))),
            (
                "active with a date",
                Box::new(|d| {
                    d["models"][0]["lifecycle"] = json!({"status": "active", "date": "2024-01"})
                }),
            ),
            (
                "bad lifecycle date",
                Box::new(|d| {
                    d["models"][0]["lifecycle"] = json!({"status": "retired", "date": "2024-02-30"})
                }),
            ),
            (
                "lifecycle source not a url",
                Box::new(|d| {
                    d["models"][0]["lifecycle"] = json!({"status": "retired", "source": "openai"})
                }),
            ),
            (
                "percent above 100",
                Box::new(|d| {
                    d["models"][0]["capability"] =
                        capability(json!({"unit": "percent", "value": 120}))
                }),
            ),
            (
                "negative figure",
                Box::new(|d| d["models"][0]["capability"] = capability(json!({"value": -1}))),
            ),
            (
                "figure without source",
                Box::new(|d| d["models"][0]["capability"] = capability(json!({"source": null}))),
            ),
            (
                "figure source not a url",
                Box::new(|d| d["models"][0]["capability"] = capability(json!({"source": "AA"}))),
            ),
            (
                "figure as_of not a date",
                Box::new(|d| d["models"][0]["capability"] = capability(json!({"as_of": "April"}))),
            ),
            (
                "figure without value",
                Box::new(|d| d["models"][0]["capability"] = capability(json!({"value": null}))),
            ),
            (
                "capability without figures",
                Box::new(|d| d["models"][0]["capability"] = json!({"note": "n"})),
            ),
            (
                "blank figure id",
                Box::new(|d| {
                    d["models"][0]["capability"] =
                        json!({"figures": {" ": capability(json!({}))["figures"]["hle"]}})
                }),
            ),
            (
                "name_zh not a string",
                Box::new(|d| d["models"][0]["name_zh"] = json!(4)),
            ),
            (
                "blank Chinese developer name",
                Box::new(|d| d["names_zh"] = json!({"developers": {"DeepSeek": " "}})),
            ),
            ("names_zh null", Box::new(|d| d["names_zh"] = json!(null))),
            (
                "rubric level 6",
                Box::new(|d| d["criteria"][0]["sub_criteria"][0]["rubric"]["6"] = json!("x")),
            ),
            (
                "duplicate criterion",
                Box::new(|d| {
                    d["criteria"][1]["sub_criteria"][0]["id"] = json!("privacy.self_hosting")
                }),
            ),
            (
                "missing name",
                Box::new(|d| {
                    d["models"][0].as_object_mut().unwrap().remove("name");
                }),
            ),
        ];
        for (what, breakage) in breakages {
            let mut doc = embedded();
            breakage(&mut doc);
            let text = doc.to_string();
            assert!(parse(&text).is_none(), "{what}: the fast path accepted it");
            let report = validate_text(&text);
            assert!(!report.is_empty(), "{what}: the validator found nothing");
            let one_by_one = crate::data::native::check_text(&text, true, Vec::new);
            assert_eq!(
                one_by_one.as_ref(),
                Some(&report),
                "{what}: checking entry by entry finds the same problems"
            );
        }
    }
}
