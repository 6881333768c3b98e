//! Importers for public model catalogs, mapping their entries onto the native [`Model`].
//!
//! Catalogs hold facts, not ratings. A criterion is rated only when the rubric turns a fact into a
//! score without judgement; such ratings are marked `derived` and say which fact they follow from.
//! Every other criterion stays unrated ("not rated"), and unknown facts stay `None`.

mod lenient;
pub mod models_dev;
pub mod openrouter;
#[cfg(test)]
mod text_tests;

use super::check::Problems;
use super::problem::{Kind as ProblemKind, Problem};
use std::borrow::Cow;
use std::collections::BTreeMap;

/// What an importer read from a document whose structure it recognised.
#[derive(Debug, Default)]
pub struct Imported {
    /// The entries it could map; a bad value costs only that value, an unreadable entry is left out.
    pub models: Vec<Model>,
    /// Every problem found, in document order (up to [`check::MAX_PROBLEMS`](super::check::MAX_PROBLEMS)).
    pub problems: Vec<Problem>,
    /// How many problems of each kind, listed or not.
    pub counts: BTreeMap<ProblemKind, usize>,
    /// The facts of each entry whose derived ratings are still to be made (`facts[i]` are
    /// `models[i]`'s; see [`Entry::into_listing`]); empty when every entry has its ratings.
    pub(crate) facts: Vec<Facts>,
    /// Set when the importer cleaned every entry as loading does (see
    /// [`sanitize_model`](super::sanitize::sanitize_model)): the entries whose id that changed.
    pub(crate) cleaned: Option<Vec<usize>>,
}

impl Imported {
    fn new(models: Vec<Model>, p: Problems) -> Self {
        let (problems, counts) = p.into_parts();
        Imported {
            models,
            problems,
            counts,
            facts: Vec::new(),
            cleaned: None,
        }
    }
}

/// The embedded dataset's criteria, which imported entries are rated against: read without its
/// entries (parsing those took a sixth of a 5,000-listing import), cleaned as loading cleans
/// them. A test checks they are the embedded dataset's.
pub(crate) fn embedded_criteria() -> Result<Vec<super::model::Pillar>, super::DataError> {
    #[derive(serde::Deserialize)]
    struct Criteria {
        criteria: Vec<super::model::Pillar>,
    }
    let Ok(Criteria { criteria }) = serde_json::from_str(super::EMBEDDED_JSON) else {
        // Say what is wrong as the whole dataset's parse would.
        return super::Dataset::embedded().map(|d| d.criteria);
    };
    let mut dataset = super::Dataset {
        schema_version: 0,
        dataset_version: String::new(),
        updated: String::new(),
        criteria,
        models: Vec::new(),
        names_zh: Default::default(),
    };
    super::sanitize::sanitize_dataset(&mut dataset);
    Ok(dataset.criteria)
}

/// Cleaned ids seen so far, each with the number the importer gave the entry that first had it;
/// finds duplicates, look-alikes included. Numbers, not rendered paths: a catalog of 100,000
/// listings has a handful of duplicates, so the path of a first entry is rendered only for one.
#[derive(Default)]
pub(crate) struct SeenIds(foldhash::HashMap<String, usize>);

impl SeenIds {
    /// Records the `id` of the entry numbered `entry`; reports it at `path` (and returns false)
    /// when an earlier entry has the same id once cleaned, naming where that one is by
    /// `render_first` of its number.
    pub fn insert(
        &mut self,
        p: &mut Problems,
        id: &str,
        entry: usize,
        path: &super::problem::Path<'_>,
        render_first: impl FnOnce(usize) -> String,
    ) -> bool {
        let key = super::sanitize::clean_id(id);
        if let Some(&first) = self.0.get(key.as_ref()) {
            let message = super::native::duplicate_message(
                &serde_json::Value::from(id),
                key.as_ref() != id,
                &render_first(first),
            );
            p.kind_at(ProblemKind::DuplicateId, path, message);
            return false;
        }
        self.0.insert(key.into_owned(), entry);
        true
    }
}

use super::offer::{Feature, ListingStatus};

use super::model::{
    Artifacts, Availability, Kind, Model, Offer, Openness, Pricing, Rating, RatingMap, Source,
};

/// The cost bands live with the rule they belong to, shared with the curated dataset's test.
pub use crate::cost::{cost_score, COST_BANDS};

/// The facts of one imported entry that its derived ratings, and what else is written only for
/// the listing an entry keeps (see [`complete_listing`]), follow from.
#[derive(Debug, Clone, Default)]
pub(crate) struct Facts {
    /// Whether the weights can be downloaded, with the catalog field that says so.
    pub downloadable: Option<(bool, Cow<'static, str>)>,
    /// Input and output price, USD per million tokens.
    pub price: Option<(f64, f64)>,
    /// The catalog page backing these facts.
    pub source: Cow<'static, str>,
    /// The catalog's name, for rationales ("the models.dev catalog").
    pub catalog: &'static str,
    /// What a models.dev listing's summary and sources are written from.
    pub story: Option<models_dev::Story>,
}

/// The mean price of a workload of three input tokens to one output token, the usual blend.
pub fn blended_price(input: f64, output: f64) -> f64 {
    (3.0 * input + output) / 4.0
}

fn usd(x: f64) -> String {
    if x >= 0.01 || x == 0.0 {
        format!("${x:.2}")
    } else {
        format!("${x}")
    }
}

fn derived(score: u8, rationale: String, source: &str) -> Rating {
    Rating {
        score,
        rationale,
        sources: vec![source.to_string()],
        derived: true,
    }
}

/// The ratings that follow from the facts by the rubric; everything else stays unrated.
pub(crate) fn derived_ratings(f: &Facts) -> RatingMap {
    let mut out = RatingMap::new();
    if let Some((downloadable, fact)) = &f.downloadable {
        let ((hosting, hosting_why), (artifacts, artifacts_why)) =
            if *downloadable {
                (
                    (
                        5,
                        "the weights can be downloaded and run on your own hardware.",
                    ),
                    (
                        3,
                        "the weights are released; the catalog does not say whether training code \
                     or data are, so this is the rubric's 3.",
                    ),
                )
            } else {
                (
                (1, "no downloadable weights are listed, so it is only reachable as a hosted API."),
                (1, "no weights are listed as released, only API access."),
            )
            };
        let because = |why: &str| format!("Derived from {fact} in {}: {why}", f.catalog);
        out.insert(
            "privacy.self_hosting".to_string(),
            derived(hosting, because(hosting_why), &f.source),
        );
        out.insert(
            "community.artifacts".to_string(),
            derived(artifacts, because(artifacts_why), &f.source),
        );
    }
    if let Some((input, output)) = f.price {
        let blended = blended_price(input, output);
        let score = cost_score(blended);
        let rationale = format!(
            "Derived from the list price in {}: {} input and {} output per million tokens, {} \
             blended 3:1, which scores {score} ({}).",
            f.catalog,
            usd(input),
            usd(output),
            usd(blended),
            crate::cost::bands_text()
        );
        out.insert(
            "commercial.cost".to_string(),
            derived(score, rationale, &f.source),
        );
    }
    out
}

/// Input modalities followed by output modalities, lowercased, without repeats.
pub(crate) fn modalities<'a>(lists: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for m in lists {
        let m = m.trim();
        // Catalogs write them in lowercase already; only others need a lowercased copy.
        let m = if m.bytes().any(|b| !b.is_ascii_lowercase()) {
            m.to_lowercase()
        } else {
            m.to_string()
        };
        if !m.is_empty() && !out.contains(&m) {
            out.push(m);
        }
    }
    out
}

/// The parts of an imported entry that every importer fills the same way.
pub(crate) struct Entry {
    pub id: String,
    pub name: String,
    pub developer: Option<String>,
    pub family: Option<String>,
    pub released: Option<String>,
    pub context_tokens: Option<u64>,
    pub modalities: Vec<String>,
    pub prices: (Option<f64>, Option<f64>),
    pub summary: Option<String>,
    pub aliases: Vec<String>,
    pub sources: Vec<Source>,
    pub facts: Facts,
    /// Who lists the entry and how: becomes the entry's one offer.
    pub listing: Listing,
}

/// What an entry's one offer needs beyond the entry's own facts.
pub(crate) struct Listing {
    /// The provider's name.
    pub provider: String,
    /// The model's id at the provider.
    pub model_id: String,
    /// The most tokens one answer may have there.
    pub max_output_tokens: Option<u64>,
    /// The provider's documentation or API page.
    pub url: Option<String>,
    /// USD per million cached input tokens.
    pub cache_read_per_mtok: Option<f64>,
    /// What the catalog says the listing can do (features it does not mention are unknown).
    pub features: Vec<(Feature, bool)>,
    /// The listing's stage (alpha, beta, deprecated), when given.
    pub status: Option<ListingStatus>,
}

impl Entry {
    /// The native entry: openness, artefacts, access and pricing from the facts, derived ratings.
    pub fn into_model(self) -> Model {
        let (mut model, facts) = self.into_listing();
        complete_listing(&mut model, &facts);
        model
    }

    /// The native entry as [`into_model`](Self::into_model) makes it but without what
    /// [`complete_listing`] writes from the facts, and the facts: a catalog's listings grouped
    /// into models keep one listing's ratings, summary and sources per model, so the others need
    /// never be written out.
    pub fn into_listing(self) -> (Model, Facts) {
        let downloadable = self.facts.downloadable.as_ref().map(|(d, _)| *d);
        let openness = if downloadable == Some(true) {
            Openness::OpenWeights
        } else {
            Openness::Closed
        };
        let pricing = (self.prices.0.is_some() || self.prices.1.is_some()).then_some(Pricing {
            input_per_mtok: self.prices.0,
            output_per_mtok: self.prices.1,
            as_of: None,
            source: None,
            note: None,
        });
        let mut offer = Offer {
            provider: self.listing.provider,
            model_id: self.listing.model_id,
            listing: self.id.clone(),
            input_per_mtok: self.prices.0,
            output_per_mtok: self.prices.1,
            context_tokens: self.context_tokens,
            max_output_tokens: self.listing.max_output_tokens,
            url: self.listing.url,
            file: None,
            cache_read_per_mtok: self.listing.cache_read_per_mtok,
            status: self.listing.status,
            ..Offer::default()
        };
        for (feature, value) in self.listing.features {
            offer.set_feature(feature, Some(value));
        }
        let model = Model {
            ratings: RatingMap::new(),
            id: self.id,
            name: self.name,
            aliases: self.aliases,
            kind: Kind::Model,
            developer: self.developer,
            country: None,
            family: self.family,
            released: self.released,
            params_b: None,
            active_params_b: None,
            context_tokens: self.context_tokens,
            modalities: self.modalities,
            openness,
            license: None,
            artifacts: Artifacts {
                weights: downloadable.map(|d| {
                    if d {
                        Availability::Open
                    } else {
                        Availability::Closed
                    }
                }),
                ..Artifacts::default()
            },
            access: Vec::new(),
            pricing,
            summary: self.summary,
            sources: self.sources,
            name_zh: None,
            lifecycle: None,
            capability: None,
            offers: vec![offer].into(),
            facts_from: None,
        };
        (model, self.facts)
    }
}

/// Writes what an imported listing was left without ([`Entry::into_listing`]): its access, its
/// price's source, the summary and sources a models.dev listing's facts tell, and the ratings the
/// facts derive.
pub(crate) fn complete_listing(m: &mut Model, f: &Facts) {
    if f.downloadable.as_ref().is_some_and(|(d, _)| *d) {
        m.access.push("download".to_string());
    }
    m.access.push("api".to_string());
    if let Some(p) = &mut m.pricing {
        p.source = Some(f.source.to_string());
    }
    if let Some(story) = &f.story {
        m.summary = Some(story.summary());
        m.sources = story.sources();
    }
    m.ratings = derived_ratings(f);
}

/// [`complete_listing`] for each listing (`facts[i]` are `listings[i]`'s), what it writes cleaned
/// as loading cleans every string.
pub(crate) fn complete_listings(listings: &mut [Model], facts: &[Facts]) {
    for (m, f) in listings.iter_mut().zip(facts) {
        complete_listing(m, f);
        super::sanitize::sanitize_written(m);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_facts_give_ratings() {
        assert!(derived_ratings(&Facts::default()).is_empty());
        let f = Facts {
            downloadable: Some((true, "open_weights: true".into())),
            price: None,
            source: "https://models.dev".into(),
            catalog: "the models.dev catalog",
            story: None,
        };
        let r = derived_ratings(&f);
        assert_eq!(
            r.keys().collect::<Vec<_>>(),
            ["community.artifacts", "privacy.self_hosting"]
        );
        assert!(r.values().all(|r| r.derived));
        assert_eq!(r.get("privacy.self_hosting").unwrap().score, 5);
        assert!(r
            .get("privacy.self_hosting")
            .unwrap()
            .rationale
            .contains("open_weights: true"));
    }

    #[test]
    fn modalities_are_merged_without_repeats() {
        assert_eq!(
            modalities(["text", "Image", "text"]),
            vec!["text".to_string(), "image".to_string()]
        );
    }
}
