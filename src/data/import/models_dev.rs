//! The models.dev catalog (`https://models.dev/api.json`): an object of providers, each with an
//! `id`, a `name` and a `models` object keyed by model id.
//!
//! Prices there are already USD per million tokens. Ids become `provider/model`, so the same model
//! served by two providers stays two entries; the provider's name is shown as the developer.

use super::{modalities, Entry, Facts, Imported, Listing, SeenIds};
use crate::data::check::Problems;
use crate::data::model::{Model, Source};
use crate::data::native::{MAX_CONTEXT_TOKENS, MAX_PRICE_PER_MTOK};
use crate::data::offer::{Feature, ListingStatus};
use crate::data::problem::{Kind, Path, Problem};
use serde_json::{Map, Value};
use std::fmt::Write;
use strum::VariantArray;

/// The catalog's home page, cited as the source of every imported fact.
pub const CATALOG_URL: &str = "https://models.dev";

/// Maps every model of a models.dev document; `Err` when the document is not an object of
/// providers at all.
pub fn import(doc: &Value) -> Result<Imported, Vec<Problem>> {
    let mut p = Problems::default();
    let mut models = Vec::new();
    let root = Path::ROOT;
    let Some(providers) = p.object(doc, &root, "an object of providers (models.dev api.json)")
    else {
        return Err(p.into_vec());
    };
    let mut seen = SeenIds::default();
    for (key, provider) in providers {
        let here = root.key(key);
        let Some(prov) = p.object(provider, &here, "an object (a provider)") else {
            p.retag_last(Kind::Unreadable);
            continue;
        };
        // The key, not the provider's "id" member, qualifies model ids: keys are unique, so the
        // ids made from them are too. In the real catalog the two are the same.
        let id = key.as_str();
        p.optional_str(prov, "id", &here);
        let name = p
            .optional_str(prov, "name", &here)
            .filter(|s| !s.trim().is_empty());
        let name = name.unwrap_or(id);
        let doc_url = p
            .optional_str(prov, "doc", &here)
            .filter(|u| u.starts_with("https://") || u.starts_with("http://"));
        let Some(list) = prov.get("models") else {
            p.kind_at(Kind::Unreadable, &here, "missing required field \"models\"");
            continue;
        };
        let list_path = here.key("models");
        let Some(list) = p.object(list, &list_path, "an object of models keyed by id") else {
            p.retag_last(Kind::Unreadable);
            continue;
        };
        models.reserve(list.len());
        let provider = Provider { id, name, doc_url };
        for (model_key, model) in list {
            let at = list_path.key(model_key);
            let Some(m) = p.object(model, &at, "an object (a model)") else {
                p.retag_last(Kind::Unreadable);
                continue;
            };
            if seen.insert(&mut p, &format!("{id}/{model_key}"), &at, &at) {
                models.push(map_model(&mut p, m, &at, model_key, &provider));
            }
        }
    }
    Ok(Imported::new(models, p))
}

struct Provider<'a> {
    id: &'a str,
    name: &'a str,
    doc_url: Option<&'a str>,
}

/// An optional date member; reports one that is not an ISO date.
fn date(p: &mut Problems, m: &Map<String, Value>, key: &str, path: &Path<'_>) -> Option<String> {
    let s = p.optional_str(m, key, path)?;
    p.date(s, &path.key(key)).then(|| s.to_string())
}

/// An optional object member.
fn section<'v>(
    p: &mut Problems,
    m: &'v Map<String, Value>,
    key: &str,
    path: &Path<'_>,
) -> Option<&'v Map<String, Value>> {
    m.get(key)
        .filter(|v| !v.is_null())
        .and_then(|v| p.object(v, &path.key(key), "an object"))
}

fn map_model(
    p: &mut Problems,
    m: &Map<String, Value>,
    path: &Path<'_>,
    key: &str,
    provider: &Provider<'_>,
) -> Model {
    let name = p
        .optional_str(m, "name", path)
        .filter(|s| !s.trim().is_empty());
    let family = p
        .optional_str(m, "family", path)
        .filter(|s| !s.trim().is_empty());
    let released = date(p, m, "release_date", path);
    let knowledge = date(p, m, "knowledge", path);
    let open_weights = p.optional_bool(m, "open_weights", path);
    let (mut input, mut output, mut cache_read) = (None, None, None);
    if let Some(cost) = section(p, m, "cost", path) {
        let here = path.key("cost");
        input = p.optional_number(cost, "input", &here, MAX_PRICE_PER_MTOK);
        output = p.optional_number(cost, "output", &here, MAX_PRICE_PER_MTOK);
        cache_read = p.optional_number(cost, "cache_read", &here, MAX_PRICE_PER_MTOK);
    }
    let (mut context, mut max_output) = (None, None);
    if let Some(limit) = section(p, m, "limit", path) {
        let here = path.key("limit");
        context = p.optional_count(limit, "context", &here, MAX_CONTEXT_TOKENS);
        max_output = p.optional_count(limit, "output", &here, MAX_CONTEXT_TOKENS);
    }
    let mut kinds = Vec::new();
    if let Some(modal) = section(p, m, "modalities", path) {
        let here = path.key("modalities");
        kinds.extend(p.optional_strings(modal, "input", &here));
        kinds.extend(p.optional_strings(modal, "output", &here));
    }
    let mut features = Vec::new();
    for feature in Feature::VARIANTS {
        if let Some(value) = p.optional_bool(m, feature.key(), path) {
            features.push((*feature, value));
        }
    }
    let status = p.optional_str(m, "status", path);
    let stage = status.and_then(|word| {
        let stage = ListingStatus::parse(word);
        if stage.is_none() {
            p.kind_at(
                Kind::UnknownValue,
                &path.key("status"),
                format!("unknown status {word:?} (alpha, beta or deprecated)"),
            );
        }
        stage
    });
    let mut summary = format!("Listed by {} in the models.dev catalog.", provider.name);
    // Writing to a String cannot fail.
    if let Some(k) = &knowledge {
        let _ = write!(summary, " Knowledge cutoff: {k}.");
    }
    let supported: Vec<&str> = features
        .iter()
        .filter(|(f, yes)| {
            *yes && matches!(
                f,
                Feature::Reasoning | Feature::ToolCall | Feature::FileInput
            )
        })
        .map(|(f, _)| f.label())
        .collect();
    if !supported.is_empty() {
        let _ = write!(summary, " Supports {}.", supported.join(", "));
    }
    if let Some(s) = stage {
        let _ = write!(summary, " Status: {}.", s.as_str());
    }
    let mut sources = vec![Source {
        title: format!("models.dev catalog: {}", provider.name),
        url: CATALOG_URL.to_string(),
    }];
    if let Some(url) = provider.doc_url {
        sources.push(Source {
            title: format!("{} model documentation", provider.name),
            url: url.to_string(),
        });
    }
    Entry {
        id: format!("{}/{key}", provider.id),
        name: name.unwrap_or(key).to_string(),
        developer: Some(provider.name.to_string()),
        family: family.map(str::to_string),
        released,
        context_tokens: context,
        modalities: modalities(kinds),
        prices: (input, output),
        summary: Some(summary),
        aliases: Vec::new(),
        sources,
        facts: Facts {
            downloadable: open_weights.map(|o| (o, format!("open_weights: {o}"))),
            price: input.zip(output),
            source: CATALOG_URL.to_string(),
            catalog: "the models.dev catalog",
        },
        listing: Listing {
            provider: provider.name.to_string(),
            model_id: key.to_string(),
            max_output_tokens: max_output,
            url: provider.doc_url.map(str::to_string),
            cache_read_per_mtok: cache_read,
            features,
            status: stage,
        },
    }
    .into_model()
}
