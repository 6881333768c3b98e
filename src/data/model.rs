//! Serde types of the native dataset format: its one definition. The validator takes its field and
//! value names from them (`data::names`); a test checks `assets/models.schema.json` against them.

pub use super::facts::{
    Capability, Figure, FigureKind, Lifecycle, NamesZh, Reported, Status, Unit, FIGURES,
};
use super::names::format_enums;
pub use super::offer::{Feature, ListingStatus, Offer, Offers};
pub use super::rating_map::RatingMap;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use strum::VariantArray;

/// The whole dataset: criteria definitions and the rated entries.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    /// Version of the file format; this build reads version 1.
    pub schema_version: u32,
    /// Version of the data itself, e.g. `2026.11.0`.
    pub dataset_version: String,
    /// ISO date of the last data review.
    pub updated: String,
    /// The four pillars, each with its sub-criteria. A file may leave them out to use the embedded
    /// ones.
    #[serde(default)]
    pub criteria: Vec<Pillar>,
    /// Every rated system.
    pub models: Vec<Model>,
    /// Chinese names of the developers and families used by entries.
    #[serde(default, skip_serializing_if = "NamesZh::is_empty")]
    pub names_zh: NamesZh,
}

/// A top-level criterion whose score is the mean of its sub-criteria.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pillar {
    pub id: String,
    pub name: String,
    pub description: String,
    #[serde(default)]
    pub rubric: BTreeMap<String, String>,
    pub sub_criteria: Vec<Criterion>,
}

/// A rated sub-criterion such as `privacy.self_hosting`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Criterion {
    pub id: String,
    pub name: String,
    pub description: String,
    /// What a score of "1", "3" and "5" means.
    #[serde(default)]
    pub rubric: BTreeMap<String, String>,
}

/// What sort of system an entry describes.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, VariantArray,
)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Model,
    Framework,
    Platform,
}

/// How much of a system is available to the public.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, VariantArray,
)]
pub enum Openness {
    /// Weights, code and training-data details under OSI-approved licenses.
    #[serde(rename = "open-source")]
    OpenSource,
    /// Weights downloadable under any license.
    #[serde(rename = "open-weights")]
    OpenWeights,
    /// API or product only.
    #[serde(rename = "closed")]
    Closed,
}

impl Openness {
    /// Higher is more open; used to pick the "best" cell in comparisons.
    pub fn rank(self) -> u8 {
        match self {
            Openness::OpenSource => 2,
            Openness::OpenWeights => 1,
            Openness::Closed => 0,
        }
    }
}

/// Whether a license lets a business use the system.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, VariantArray)]
#[serde(rename_all = "lowercase")]
pub enum CommercialUse {
    Yes,
    Restricted,
    No,
}

format_enums!(Kind, Openness, CommercialUse, Availability);

/// License or terms of use of an entry.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct License {
    pub name: String,
    #[serde(default)]
    pub spdx: Option<String>,
    #[serde(default)]
    pub osi_approved: bool,
    pub commercial_use: CommercialUse,
    #[serde(default)]
    pub notes: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
}

/// Release status of one artefact (weights, code, data...).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, VariantArray)]
#[serde(rename_all = "lowercase")]
pub enum Availability {
    Open,
    Restricted,
    Partial,
    Closed,
}

/// Which artefacts of a system are released; `None` means not applicable or unknown.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Artifacts {
    #[serde(default)]
    pub weights: Option<Availability>,
    #[serde(default)]
    pub training_code: Option<Availability>,
    #[serde(default)]
    pub inference_code: Option<Availability>,
    #[serde(default)]
    pub training_data: Option<Availability>,
    #[serde(default)]
    pub paper: Option<Availability>,
    #[serde(default)]
    pub model_card: Option<Availability>,
}

impl Artifacts {
    /// Labelled artefacts in display order.
    pub fn labelled(&self) -> [(&'static str, Option<Availability>); 6] {
        [
            ("weights", self.weights),
            ("training code", self.training_code),
            ("inference code", self.inference_code),
            ("training data", self.training_data),
            ("paper", self.paper),
            ("model card", self.model_card),
        ]
    }
}

/// API list price in USD per million tokens.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pricing {
    pub input_per_mtok: Option<f64>,
    pub output_per_mtok: Option<f64>,
    #[serde(default)]
    pub as_of: Option<String>,
    #[serde(default)]
    pub source: Option<String>,
    /// What the figures cover (tier, currency) or, when they are null, why the developer's own
    /// list price is not recorded (CNY only, no longer sold, not confirmed on a primary page).
    #[serde(default)]
    pub note: Option<String>,
}

impl Pricing {
    /// The price of a workload of three input tokens to one output token (USD per million),
    /// the blend every ranking, star and cost score uses; `None` unless both prices are known.
    pub fn blended(&self) -> Option<f64> {
        Some(super::import::blended_price(
            self.input_per_mtok?,
            self.output_per_mtok?,
        ))
    }
}

/// A 1–5 score of one criterion with its justification.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rating {
    pub score: u8,
    pub rationale: String,
    #[serde(default)]
    pub sources: Vec<String>,
    /// True when the score was computed from facts by an importer, not reviewed by a person.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub derived: bool,
}

/// A citation backing an entry's facts.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub title: String,
    pub url: String,
}

/// One system: a model, a framework or a platform.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Model {
    pub id: String,
    pub name: String,
    /// The model's own Chinese name where its developer uses one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_zh: Option<String>,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub kind: Kind,
    #[serde(default)]
    pub developer: Option<String>,
    #[serde(default)]
    pub country: Option<String>,
    #[serde(default)]
    pub family: Option<String>,
    /// ISO date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    #[serde(default)]
    pub released: Option<String>,
    #[serde(default)]
    pub params_b: Option<f64>,
    #[serde(default)]
    pub active_params_b: Option<f64>,
    #[serde(default)]
    pub context_tokens: Option<u64>,
    #[serde(default)]
    pub modalities: Vec<String>,
    pub openness: Openness,
    #[serde(default)]
    pub license: Option<License>,
    #[serde(default)]
    pub artifacts: Artifacts,
    #[serde(default)]
    pub access: Vec<String>,
    #[serde(default)]
    pub pricing: Option<Pricing>,
    #[serde(default)]
    pub summary: Option<String>,
    #[serde(default)]
    pub ratings: RatingMap,
    #[serde(default)]
    pub sources: Vec<Source>,
    /// Active, deprecated or retired; `None` when not recorded. Boxed: most entries of a large
    /// catalog have none, and a box costs a pointer where the struct costs 80 bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lifecycle: Option<Box<Lifecycle>>,
    /// Benchmark figures; `None` means not benchmarked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capability: Option<Box<Capability>>,
    /// Where the model can be bought, cheapest first: one offer per provider listing of an
    /// imported catalog. Empty for a curated entry no catalog was merged into.
    #[serde(default, skip_serializing_if = "Offers::is_empty")]
    pub offers: Offers,
    /// The file this entry's own facts and ratings were read from, as the user named it; `None`
    /// for the embedded dataset. Not part of the format: loading sets it.
    #[serde(skip)]
    pub facts_from: Option<std::sync::Arc<str>>,
}

impl Model {
    /// The score of one sub-criterion, if rated.
    pub fn score(&self, criterion_id: &str) -> Option<u8> {
        self.ratings.get(criterion_id).map(|r| r.score)
    }

    /// The release year, if the release date is known.
    pub fn release_year(&self) -> Option<u16> {
        self.released
            .as_deref()
            .and_then(|d| d.get(..4)?.parse().ok())
    }

    /// A sortable key for the release date: unknown dates sort first.
    pub fn release_key(&self) -> (u16, u8, u8) {
        let Some(date) = self.released.as_deref() else {
            return (0, 0, 0);
        };
        let mut parts = date.split('-').map(|p| p.parse::<u16>().unwrap_or(0));
        let year = parts.next().unwrap_or(0);
        let month = parts.next().unwrap_or(0).min(12) as u8;
        let day = parts.next().unwrap_or(0).min(31) as u8;
        (year, month, day)
    }

    /// The lifecycle status; entries without one count as active.
    pub fn status(&self) -> Status {
        self.lifecycle.as_ref().map_or(Status::Active, |l| l.status)
    }

    /// The blended price (see [`Pricing::blended`]), if both prices are known.
    pub fn blended_price(&self) -> Option<f64> {
        self.pricing.as_ref()?.blended()
    }

    /// The cheapest offer with a blended price, if any.
    pub fn cheapest_offer(&self) -> Option<&Offer> {
        self.offers.cheapest()
    }

    /// The value of one capability figure, if benchmarked.
    pub fn figure(&self, id: &str) -> Option<f64> {
        self.capability.as_ref()?.value(id)
    }

    /// What the offers say about `feature`: yes when any provider's listing has it, no when
    /// some say no and none yes, unknown when none says (a curated entry with no offers).
    pub fn feature(&self, feature: super::offer::Feature) -> Option<bool> {
        let mut said = None;
        for o in &self.offers {
            match o.feature(feature) {
                Some(true) => return Some(true),
                Some(false) => said = Some(false),
                None => {}
            }
        }
        said
    }

    /// Free to use somewhere: an offer, or the entry's own price, at zero for input and output.
    pub fn is_free(&self) -> bool {
        self.offers.iter().any(super::offer::Offer::is_free)
            || self
                .pricing
                .as_ref()
                .is_some_and(|p| p.input_per_mtok == Some(0.0) && p.output_per_mtok == Some(0.0))
    }

    /// On its way out or gone: the lifecycle says deprecated or retired, or every provider
    /// that lists it has marked its listing deprecated.
    pub fn is_deprecated(&self) -> bool {
        self.service_status() != Status::Active
    }

    /// The status the "available now" filter goes by: the lifecycle's, else deprecated when
    /// every provider that lists the model has marked its listing deprecated.
    pub fn service_status(&self) -> Status {
        match self.status() {
            Status::Active
                if !self.offers.is_empty()
                    && self.offers.iter().all(super::offer::Offer::is_deprecated) =>
            {
                Status::Deprecated
            }
            status => status,
        }
    }

    /// The largest answer any provider allows, in tokens.
    pub fn max_output_tokens(&self) -> Option<u64> {
        self.offers.iter().filter_map(|o| o.max_output_tokens).max()
    }

    /// The context window: the entry's own, else the largest any provider serves.
    pub fn context_window(&self) -> Option<u64> {
        self.context_tokens
            .or_else(|| self.offers.iter().filter_map(|o| o.context_tokens).max())
    }

    /// Whether the license allows commercial use at all (yes or restricted).
    pub fn commercial_use(&self) -> Option<CommercialUse> {
        self.license.as_ref().map(|l| l.commercial_use)
    }
}
