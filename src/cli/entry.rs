//! How one entry is described in every format: its JSON summary, CSV record and scores.
//!
//! Shared by `list`, `search`, `show` and `compare`, so every command uses the same keys.

use super::output;
use crate::data::{Dataset, Feature, Model, Offer, FIGURES};
use crate::format;
use crate::score::{all_scores, Weights};
use serde_json::{json, Value};
use strum::VariantArray;

/// The weighted overall score under `weights`.
pub fn overall(model: &Model, dataset: &Dataset, weights: &Weights) -> Option<f64> {
    all_scores(model, dataset, weights).get("overall").copied()
}

/// Every score key in dataset order: each pillar's criteria, then the pillar, and `overall` last.
pub fn score_keys(dataset: &Dataset) -> Vec<String> {
    let mut keys = Vec::new();
    for p in &dataset.criteria {
        keys.extend(p.sub_criteria.iter().map(|c| c.id.clone()));
        keys.push(p.id.clone());
    }
    keys.push("overall".to_string());
    keys
}

/// `{criterion or pillar id: score or null, ..., "overall": ...}`, every key always present.
pub fn scores_json(model: &Model, dataset: &Dataset, weights: &Weights) -> Value {
    let scores = all_scores(model, dataset, weights);
    score_keys(dataset)
        .into_iter()
        .map(|k| {
            let v = scores.get(&k).map_or(Value::Null, |s| json!(s));
            (k, v)
        })
        .collect::<serde_json::Map<_, _>>()
        .into()
}

/// `{"rated": 12, "of": 12, "ranking_score": 4.11}`: how many criteria the overall score rests on,
/// and the coverage-shrunk score the sort by score ranks by (`null` when nothing is rated).
pub fn coverage_json(model: &Model, dataset: &Dataset, weights: &Weights) -> Value {
    let c = crate::score::coverage(model, dataset);
    let ranking = crate::score::ranking_score(model, dataset, weights).map(crate::score::round2);
    json!({"rated": c.rated, "of": c.total, "ranking_score": ranking})
}

/// The JSON object describing an entry in `list`, `search` and `compare`.
pub fn summary_json(model: &Model, dataset: &Dataset, weights: &Weights) -> Value {
    json!({
        "id": model.id,
        "name": model.name,
        "aliases": model.aliases,
        "kind": model.kind,
        "developer": model.developer,
        "country": model.country,
        "family": model.family,
        "released": model.released,
        "params_b": model.params_b,
        "active_params_b": model.active_params_b,
        "context_tokens": model.context_tokens,
        "max_output_tokens": model.max_output_tokens(),
        "modalities": model.modalities,
        "openness": model.openness,
        "license": model.license,
        "pricing": model.pricing,
        "blended_price_per_mtok": model.blended_price(),
        "free": model.is_free(),
        "deprecated": model.is_deprecated(),
        "features": features_json(model),
        "providers": model.offers.providers(),
        "cheapest_offer_blended_per_mtok": model.cheapest_offer().and_then(Offer::blended),
        "offers": model.offers,
        "capability": figures_json(model),
        "scores": scores_json(model, dataset, weights),
        "coverage": coverage_json(model, dataset, weights),
    })
}

/// `{reasoning: true/false/null, tool_call: ..., ...}`: what the entry's offers say (null: none
/// says), keyed by the catalog's field names.
pub fn features_json(model: &Model) -> Value {
    Feature::VARIANTS
        .iter()
        .map(|f| (f.key().to_string(), json!(model.feature(*f))))
        .collect::<serde_json::Map<_, _>>()
        .into()
}

/// `{figure id: value or null, ...}` for every known figure, or `null` when not benchmarked.
pub fn figures_json(model: &Model) -> Value {
    if model.capability.is_none() {
        return Value::Null;
    }
    FIGURES
        .iter()
        .map(|k| (k.id.to_string(), json!(model.figure(k.id))))
        .collect::<serde_json::Map<_, _>>()
        .into()
}

/// CSV columns describing an entry, before its scores.
const CSV_FACTS: [&str; 17] = [
    "id",
    "name",
    "kind",
    "developer",
    "country",
    "family",
    "released",
    "params_b",
    "active_params_b",
    "context_tokens",
    "modalities",
    "openness",
    "license",
    "spdx",
    "commercial_use",
    "input_per_mtok",
    "output_per_mtok",
];

/// The CSV header of an entry record: facts, prices, capability figures, then every score key.
pub fn csv_header(dataset: &Dataset) -> Vec<String> {
    let mut h: Vec<String> = CSV_FACTS.iter().map(|s| s.to_string()).collect();
    h.push("blended_per_mtok".into());
    h.extend(FIGURES.iter().map(|k| k.id.to_string()));
    h.extend(score_keys(dataset));
    h
}

/// The CSV record of an entry, matching [`csv_header`]; unknown values are empty.
pub fn csv_record(m: &Model, dataset: &Dataset, weights: &Weights) -> Vec<String> {
    let opt = |s: &Option<String>| s.clone().unwrap_or_default();
    let license = m.license.as_ref();
    let price = |f: fn(&crate::data::Pricing) -> Option<f64>| m.pricing.as_ref().and_then(f);
    let mut r = vec![
        m.id.clone(),
        m.name.clone(),
        m.kind.as_str().into(),
        opt(&m.developer),
        opt(&m.country),
        opt(&m.family),
        opt(&m.released),
        output::csv_number(m.params_b),
        output::csv_number(m.active_params_b),
        output::csv_number(m.context_tokens.map(|t| t as f64)),
        m.modalities.join(";"),
        m.openness.as_str().into(),
        license.map(|l| l.name.clone()).unwrap_or_default(),
        license.and_then(|l| l.spdx.clone()).unwrap_or_default(),
        license.map_or("", |l| l.commercial_use.as_str()).into(),
        output::csv_number(price(|p| p.input_per_mtok)),
        output::csv_number(price(|p| p.output_per_mtok)),
        output::csv_number(m.blended_price()),
    ];
    r.extend(FIGURES.iter().map(|k| output::csv_number(m.figure(k.id))));
    let scores = all_scores(m, dataset, weights);
    r.extend(
        score_keys(dataset)
            .iter()
            .map(|k| output::csv_number(scores.get(k).copied())),
    );
    r
}

/// The short license text of tables: the SPDX id when there is one, else the name.
pub fn license_short(m: &Model) -> String {
    m.license.as_ref().map_or_else(
        || format::UNKNOWN.to_string(),
        |l| l.spdx.clone().unwrap_or_else(|| l.name.clone()),
    )
}
