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
    let mut walk = Walk::default();
    let root = Path::ROOT;
    let Some(providers) = walk
        .p
        .object(doc, &root, "an object of providers (models.dev api.json)")
    else {
        return Err(walk.p.into_vec());
    };
    for (key, provider) in providers {
        walk.provider(key, provider);
    }
    Ok(walk.finish())
}

/// Maps a models.dev document from its text without building the document's tree: each provider
/// is parsed on its own and dropped once mapped, and a large provider one listing at a time (see
/// [`super::raw`]). The result is the same as [`import`]'s on the parsed text, except that the
/// derived ratings are left to be made (see [`Imported::facts`]); `None` when the text is not a
/// models.dev catalog (with `detect`, by the rules of [`detect`](crate::data::document::detect))
/// or this way cannot read it exactly as the tree would (a syntax error, nesting too deep), so
/// the caller takes the tree path, which reports what is wrong.
pub fn import_text(text: &str, detect: bool) -> Option<Imported> {
    import_text_with(text, detect, PROVIDER_TREE_BYTES)
}

/// Providers whose text is at most this long are parsed whole: the tree of one is about ten times
/// its text, so this bounds what it costs, and parsing whole reads the text once where listing by
/// listing reads it twice. The real catalog's largest provider is about 200 KB.
const PROVIDER_TREE_BYTES: usize = 1 << 20;

/// [`import_text`], parsing providers up to `tree_bytes` of text whole.
pub(super) fn import_text_with(text: &str, detect: bool, tree_bytes: usize) -> Option<Imported> {
    let top = super::raw::members(text)?;
    if detect {
        let is_array = |key: &str| top.get(key).is_some_and(|r| super::raw::is_array(r));
        if is_array("data") || top.contains_key("schema_version") || is_array("models") {
            return None;
        }
    }
    let mut walk = Walk {
        defer_ratings: true,
        ..Walk::default()
    };
    // Whether some member is a provider with a `models` object, as detection asks.
    let mut provider_like = false;
    for (key, raw) in &top {
        if raw.get().len() <= tree_bytes || !super::raw::is_object(raw) {
            let provider = super::raw::value(raw, PROVIDER_DEPTH)?;
            provider_like |= provider.get("models").is_some_and(Value::is_object);
            walk.provider(key, &provider);
        } else {
            let members = super::raw::members(raw.get())?;
            provider_like |= members
                .get("models")
                .is_some_and(|r| super::raw::is_object(r));
            walk.raw_provider(key, &members)?;
        }
    }
    (provider_like || !detect).then(|| walk.finish())
}

/// How deep a provider (1), its `models` object (2) and a model (3) sit below the top level.
const PROVIDER_DEPTH: usize = 1;
const LIST_DEPTH: usize = 2;
const MODEL_DEPTH: usize = 3;

/// The state of one import: problems, entries and the ids seen so far.
#[derive(Default)]
struct Walk {
    p: Problems,
    models: Vec<Model>,
    /// Each entry's facts, for ratings derived at the end.
    facts: Vec<Facts>,
    seen: SeenIds,
    /// Leave the ratings to be derived by the caller (see [`Imported::facts`]).
    defer_ratings: bool,
}

impl Walk {
    fn finish(mut self) -> Imported {
        if !self.defer_ratings {
            for (m, f) in self.models.iter_mut().zip(&self.facts) {
                m.ratings = super::derived_ratings(f);
            }
            self.facts = Vec::new();
        }
        Imported {
            facts: self.facts,
            ..Imported::new(self.models, self.p)
        }
    }

    /// One provider of a parsed document.
    fn provider(&mut self, key: &str, provider: &Value) {
        let here = Path::ROOT.key(key);
        let Some(prov) = self.p.object(provider, &here, "an object (a provider)") else {
            self.p.retag_last(Kind::Unreadable);
            return;
        };
        if let Some((provider, list)) = self.provider_details(key, prov) {
            self.list(&provider, list);
        }
    }

    /// One provider read member by member from its text: the `models` object's entries are
    /// parsed one at a time. `None` when a member cannot be parsed alone exactly as in the tree.
    fn raw_provider(&mut self, key: &str, members: &super::raw::Members<'_>) -> Option<()> {
        // Every member but the list, parsed: the provider's own fields are few and small.
        let mut prov = Map::new();
        for (name, raw) in members {
            let value = if name == "models" {
                Value::Null
            } else {
                super::raw::value(raw, LIST_DEPTH)?
            };
            prov.insert(name.clone(), value);
        }
        let Some((provider, _)) = self.provider_details(key, &prov) else {
            return Some(());
        };
        let raw_list = members.get("models")?;
        let list_path = Path::ROOT.key(key);
        let list_path = list_path.key("models");
        let Some(list) = super::raw::members(raw_list.get()) else {
            // Not an object: the tree path's message, from the value parsed alone.
            let list = super::raw::value(raw_list, LIST_DEPTH)?;
            self.list(&provider, &list);
            return Some(());
        };
        self.models.reserve(list.len());
        for (model_key, raw) in &list {
            let model = super::raw::value(raw, MODEL_DEPTH)?;
            self.listing(&provider, &list_path, model_key, &model);
        }
        Some(())
    }

    /// A provider's id, name and documentation link, and its `models` member; `None` (with the
    /// problem noted) when it has none.
    fn provider_details<'v>(
        &mut self,
        key: &'v str,
        prov: &'v Map<String, Value>,
    ) -> Option<(Provider<'v>, &'v Value)> {
        let p = &mut self.p;
        let here = Path::ROOT.key(key);
        // The key, not the provider's "id" member, qualifies model ids: keys are unique, so the
        // ids made from them are too. In the real catalog the two are the same.
        p.optional_str(prov, "id", &here);
        let name = p
            .optional_str(prov, "name", &here)
            .filter(|s| !s.trim().is_empty());
        let name = name.unwrap_or(key);
        let doc_url = p
            .optional_str(prov, "doc", &here)
            .filter(|u| u.starts_with("https://") || u.starts_with("http://"));
        let Some(list) = prov.get("models") else {
            p.kind_at(Kind::Unreadable, &here, "missing required field \"models\"");
            return None;
        };
        Some((
            Provider {
                id: key,
                name,
                doc_url,
            },
            list,
        ))
    }

    /// A provider's `models` object from the tree.
    fn list(&mut self, provider: &Provider<'_>, list: &Value) {
        let here = Path::ROOT.key(provider.id);
        let list_path = here.key("models");
        let Some(list) = self
            .p
            .object(list, &list_path, "an object of models keyed by id")
        else {
            self.p.retag_last(Kind::Unreadable);
            return;
        };
        self.models.reserve(list.len());
        for (model_key, model) in list {
            self.listing(provider, &list_path, model_key, model);
        }
    }

    /// One model of a provider's list.
    fn listing(
        &mut self,
        provider: &Provider<'_>,
        list_path: &Path<'_>,
        model_key: &str,
        model: &Value,
    ) {
        let p = &mut self.p;
        let at = list_path.key(model_key);
        let Some(m) = p.object(model, &at, "an object (a model)") else {
            p.retag_last(Kind::Unreadable);
            return;
        };
        let id = provider.id;
        // The first listing of an id is one already mapped, whose id and model id are still as
        // the catalog spells them (loading cleans them later): its path follows from the two.
        let models = &self.models;
        let render = |first: usize| {
            let m: &Model = &models[first];
            let model_id = m.offers.iter().next().map_or("", |o| o.model_id.as_str());
            let provider =
                m.id.strip_suffix(model_id)
                    .and_then(|r| r.strip_suffix('/'));
            let root = Path::ROOT;
            let provider = root.key(provider.unwrap_or_default());
            let list = provider.key("models");
            list.key(model_id).render()
        };
        if self
            .seen
            .insert(p, &format!("{id}/{model_key}"), models.len(), &at, render)
        {
            let (model, facts) = map_model(p, m, &at, model_key, provider);
            self.models.push(model);
            self.facts.push(facts);
        }
    }
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
) -> (Model, Facts) {
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
    .into_listing()
}
