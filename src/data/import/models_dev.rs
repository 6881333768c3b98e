//! The models.dev catalog (`https://models.dev/api.json`): an object of providers, each with an
//! `id`, a `name` and a `models` object keyed by model id.
//!
//! Prices there are already USD per million tokens. Ids become `provider/model`, so the same model
//! served by two providers stays two entries; the provider's name is shown as the developer.

use super::lenient::{next, Found, Keyed, LenientObject, Section};
use walk::Walk;

mod walk;
use super::{modalities, Entry, Facts, Imported, Listing};
use crate::data::check::Problems;
use crate::data::model::{Model, Source};
use crate::data::native::{MAX_CONTEXT_TOKENS, MAX_PRICE_PER_MTOK};
use crate::data::offer::{Feature, ListingStatus};
use crate::data::problem::{Kind, Path, Problem};
use serde::de::{Deserialize, MapAccess};
use serde_json::Value;
use std::borrow::Cow;
use std::fmt::Write;
use std::sync::Arc;
use strum::VariantArray;

/// The catalog's home page, cited as the source of every imported fact.
pub const CATALOG_URL: &str = "https://models.dev";

/// Maps every model of a parsed models.dev document; `Err` when the document is not an object of
/// providers at all.
pub fn import(doc: &Value) -> Result<Imported, Vec<Problem>> {
    let Some(top) = doc.as_object() else {
        let mut p = Problems::default();
        p.mistyped::<()>(
            &Path::ROOT,
            "an object of providers (models.dev api.json)",
            doc,
        );
        return Err(p.into_vec());
    };
    let mut read = walk::Read::default();
    for (key, provider) in top {
        // Every value is accepted as found, so reading a tree does not fail; if it did, say so.
        let provider =
            Section::deserialize(provider).map_err(|e| vec![Problem::file(e.to_string())])?;
        read.add(Cow::Borrowed(key), provider);
    }
    Ok(Walk::default().merge(read))
}

/// Maps a models.dev document from its text without building the document's tree: only the
/// members the import reads are kept (see [`super::lenient`]). The result is the same as
/// [`import`]'s on the parsed text, except that the derived ratings are left to be made (see
/// [`Imported::facts`]); `None` when the text is not a models.dev catalog (with `detect`, by the
/// rules of [`detect`](crate::data::document::detect)) or does not parse (a syntax error, nesting
/// too deep), so the caller takes the tree path, which reports what is wrong.
pub fn import_text(text: &str, detect: bool) -> Option<Imported> {
    let read = walk::read_and_map(text)?;
    if detect && !walk::is_catalog(&read) {
        return None;
    }
    Some(Walk::deferring_ratings().merge(read))
}

/// Declares what the import reads of an object: each field is read from the member of its name
/// (see [`LenientObject`]), and every other member is skipped.
macro_rules! raw_object {
    ($(#[$doc:meta])* $name:ident { $($field:ident: $ty:ty),* $(,)? }) => {
        $(#[$doc])*
        #[derive(Default)]
        struct $name<'de> {
            $($field: Option<$ty>,)*
        }

        impl<'de> LenientObject<'de> for $name<'de> {
            fn member<A: MapAccess<'de>>(
                &mut self,
                key: Cow<'de, str>,
                map: &mut A,
            ) -> Result<bool, A::Error> {
                match &*key {
                    $(stringify!($field) => next(map, &mut self.$field),)*
                    _ => Ok(false),
                }
            }
        }
    };
}

raw_object!(
    /// What the import reads of a provider.
    RawProvider {
        id: Found<'de>,
        name: Found<'de>,
        doc: Found<'de>,
        models: Section<Keyed<'de, RawListing<'de>>>,
    }
);

/// What the import reads of a model listing.
#[derive(Default)]
struct RawListing<'de> {
    name: Option<Found<'de>>,
    family: Option<Found<'de>>,
    release_date: Option<Found<'de>>,
    knowledge: Option<Found<'de>>,
    open_weights: Option<Found<'de>>,
    cost: Option<Section<RawCost<'de>>>,
    limit: Option<Section<RawLimit<'de>>>,
    modalities: Option<Section<RawModalities<'de>>>,
    /// Indexed by the feature's place in [`Feature::VARIANTS`].
    features: [Option<Found<'de>>; Feature::VARIANTS.len()],
    status: Option<Found<'de>>,
}

impl<'de> LenientObject<'de> for RawListing<'de> {
    fn member<A: MapAccess<'de>>(
        &mut self,
        key: Cow<'de, str>,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match &*key {
            "name" => next(map, &mut self.name),
            "family" => next(map, &mut self.family),
            "release_date" => next(map, &mut self.release_date),
            "knowledge" => next(map, &mut self.knowledge),
            "open_weights" => next(map, &mut self.open_weights),
            "cost" => next(map, &mut self.cost),
            "limit" => next(map, &mut self.limit),
            "modalities" => next(map, &mut self.modalities),
            "status" => next(map, &mut self.status),
            _ => match Feature::VARIANTS.iter().position(|f| f.key() == key) {
                Some(i) => next(map, &mut self.features[i]),
                None => Ok(false),
            },
        }
    }
}

raw_object!(RawCost {
    input: Found<'de>,
    output: Found<'de>,
    cache_read: Found<'de>,
});

raw_object!(RawLimit {
    context: Found<'de>,
    output: Found<'de>,
});

raw_object!(RawModalities {
    input: Found<'de>,
    output: Found<'de>,
});

struct Provider<'a> {
    name: &'a str,
    doc_url: Option<&'a str>,
    /// The name and documentation link once for all of the provider's listings' stories.
    shared_name: Arc<str>,
    shared_doc_url: Option<Arc<str>>,
}

/// What a listing's summary and sources are written from, once grouping has chosen the listing
/// an entry keeps: the others' are never written.
#[derive(Debug, Clone)]
pub(crate) struct Story {
    /// The provider's name, as the catalog gives it.
    provider: Arc<str>,
    /// The provider's documentation link.
    doc_url: Option<Arc<str>>,
    knowledge: Option<String>,
    /// Which of reasoning, tool calling and file input the listing claims.
    supports: Vec<Feature>,
    stage: Option<ListingStatus>,
}

impl Story {
    /// "Listed by P in the models.dev catalog. Knowledge cutoff: …. Supports …. Status: …."
    pub fn summary(&self) -> String {
        let mut summary = format!("Listed by {} in the models.dev catalog.", self.provider);
        // Writing to a String cannot fail.
        if let Some(k) = &self.knowledge {
            let _ = write!(summary, " Knowledge cutoff: {k}.");
        }
        if !self.supports.is_empty() {
            let labels: Vec<&str> = self.supports.iter().map(|f| f.label()).collect();
            let _ = write!(summary, " Supports {}.", labels.join(", "));
        }
        if let Some(s) = self.stage {
            let _ = write!(summary, " Status: {}.", s.as_str());
        }
        summary
    }

    /// The catalog, and the provider's documentation when given.
    pub fn sources(&self) -> Vec<Source> {
        let mut sources = vec![Source {
            title: format!("models.dev catalog: {}", self.provider),
            url: CATALOG_URL.to_string(),
        }];
        if let Some(url) = &self.doc_url {
            sources.push(Source {
                title: format!("{} model documentation", self.provider),
                url: url.to_string(),
            });
        }
        sources
    }
}

/// An optional date member; reports one that is not an ISO date.
fn date(p: &mut Problems, v: &Option<Found<'_>>, here: &Path<'_>) -> Option<String> {
    let s = p.found_str(v.as_ref(), here)?;
    p.date(s, here).then(|| s.to_string())
}

/// The object in `section`, or `None` with the problem noted (`expected` says what belongs
/// there).
fn object<T>(p: &mut Problems, section: Section<T>, here: &Path<'_>, expected: &str) -> Option<T> {
    match section {
        Section::Object(t) => Some(t),
        Section::Other(v) => p.mistyped(here, expected, &v),
    }
}

/// An optional object member (absent or null is fine); reports anything else.
fn section<'v, T>(p: &mut Problems, s: &'v Option<Section<T>>, here: &Path<'_>) -> Option<&'v T> {
    match s.as_ref()? {
        Section::Object(t) => Some(t),
        Section::Other(Value::Null) => None,
        Section::Other(v) => p.mistyped(here, "an object", v),
    }
}

fn map_model(
    p: &mut Problems,
    m: &RawListing<'_>,
    path: &Path<'_>,
    key: &str,
    id: String,
    provider: &Provider<'_>,
) -> (Model, Facts) {
    let name = p
        .found_str(m.name.as_ref(), &path.key("name"))
        .filter(|s| !s.trim().is_empty());
    let family = p
        .found_str(m.family.as_ref(), &path.key("family"))
        .filter(|s| !s.trim().is_empty());
    let released = date(p, &m.release_date, &path.key("release_date"));
    let knowledge = date(p, &m.knowledge, &path.key("knowledge"));
    let open_weights = p.found_bool(m.open_weights.as_ref(), &path.key("open_weights"));
    let (mut input, mut output, mut cache_read) = (None, None, None);
    let here = path.key("cost");
    if let Some(cost) = section(p, &m.cost, &here) {
        let price = |p: &mut Problems, v: &Option<Found<'_>>, key| {
            p.found_number(v.as_ref(), &here.key(key), MAX_PRICE_PER_MTOK)
        };
        input = price(p, &cost.input, "input");
        output = price(p, &cost.output, "output");
        cache_read = price(p, &cost.cache_read, "cache_read");
    }
    let (mut context, mut max_output) = (None, None);
    let here = path.key("limit");
    if let Some(limit) = section(p, &m.limit, &here) {
        let tokens = |p: &mut Problems, v: &Option<Found<'_>>, key| {
            p.found_count(v.as_ref(), &here.key(key), MAX_CONTEXT_TOKENS)
        };
        context = tokens(p, &limit.context, "context");
        max_output = tokens(p, &limit.output, "output");
    }
    let mut kinds = Vec::new();
    let here = path.key("modalities");
    if let Some(modal) = section(p, &m.modalities, &here) {
        kinds.extend(p.found_strings(modal.input.as_ref(), &here.key("input")));
        kinds.extend(p.found_strings(modal.output.as_ref(), &here.key("output")));
    }
    let mut features = Vec::new();
    for (feature, value) in Feature::VARIANTS.iter().zip(&m.features) {
        if let Some(value) = p.found_bool(value.as_ref(), &path.key(feature.key())) {
            features.push((*feature, value));
        }
    }
    let status = p.found_str(m.status.as_ref(), &path.key("status"));
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
    let supports = features
        .iter()
        .filter(|(f, yes)| {
            *yes && matches!(
                f,
                Feature::Reasoning | Feature::ToolCall | Feature::FileInput
            )
        })
        .map(|(f, _)| *f)
        .collect();
    let story = Story {
        provider: Arc::clone(&provider.shared_name),
        doc_url: provider.shared_doc_url.clone(),
        knowledge,
        supports,
        stage,
    };
    Entry {
        id,
        name: name.unwrap_or(key).to_string(),
        developer: Some(provider.name.to_string()),
        family: family.map(str::to_string),
        released,
        context_tokens: context,
        modalities: modalities(kinds),
        prices: (input, output),
        summary: None,
        aliases: Vec::new(),
        sources: Vec::new(),
        facts: Facts {
            downloadable: open_weights.map(|o| {
                let field = if o {
                    "open_weights: true"
                } else {
                    "open_weights: false"
                };
                (o, field.into())
            }),
            price: input.zip(output),
            source: CATALOG_URL.into(),
            catalog: "the models.dev catalog",
            story: Some(story),
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
