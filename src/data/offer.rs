//! Offers: where a model can be bought. One offer is one provider's listing of a model in an
//! imported catalog (its id there, price, limits, documentation), with the file it was read from.

use serde::{Deserialize, Serialize};
use std::cmp::Ordering;

/// One provider's listing of a model.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Offer {
    /// The provider's name ("Amazon Bedrock").
    pub provider: String,
    /// The model's id at that provider (`anthropic.claude-opus-4-6-v1`).
    pub model_id: String,
    /// The listing's id in the catalog, the entry id `--flat` shows
    /// (`amazon-bedrock/anthropic.claude-opus-4-6-v1`).
    pub listing: String,
    /// USD per million input tokens.
    #[serde(default)]
    pub input_per_mtok: Option<f64>,
    /// USD per million output tokens.
    #[serde(default)]
    pub output_per_mtok: Option<f64>,
    /// The context window this provider serves, in tokens.
    #[serde(default)]
    pub context_tokens: Option<u64>,
    /// The most tokens one answer may have at this provider.
    #[serde(default)]
    pub max_output_tokens: Option<u64>,
    /// The provider's documentation or API page.
    #[serde(default)]
    pub url: Option<String>,
    /// The file the listing was read from, as the user named it: the provenance of these facts.
    #[serde(default)]
    pub file: Option<String>,
    /// USD per million input tokens read back from the provider's prompt cache.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cache_read_per_mtok: Option<f64>,
    /// Whether the model thinks before answering here (`None`: the catalog does not say).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reasoning: Option<bool>,
    /// Whether it can call tools (functions) here.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tool_call: Option<bool>,
    /// Whether it takes files (images, PDFs...) as input here.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attachment: Option<bool>,
    /// Whether the sampling temperature can be set here.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub temperature: Option<bool>,
    /// Whether answers can be held to a JSON schema here.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub structured_output: Option<bool>,
    /// The listing's stage at the provider; `None` when the catalog gives none (generally
    /// available).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ListingStatus>,
}

/// A listing's stage, as models.dev's `status` names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, strum::VariantArray)]
#[serde(rename_all = "lowercase")]
pub enum ListingStatus {
    /// An early preview.
    Alpha,
    /// A preview before general availability.
    Beta,
    /// Still served, but on its way out.
    Deprecated,
}

impl ListingStatus {
    /// The catalog's word.
    pub fn as_str(self) -> &'static str {
        match self {
            ListingStatus::Alpha => "alpha",
            ListingStatus::Beta => "beta",
            ListingStatus::Deprecated => "deprecated",
        }
    }

    /// The status a catalog's word names, if any.
    pub fn parse(word: &str) -> Option<ListingStatus> {
        use strum::VariantArray;
        ListingStatus::VARIANTS
            .iter()
            .copied()
            .find(|s| s.as_str() == word.trim().to_ascii_lowercase())
    }
}

/// A capability a catalog listing may claim. Each is a separate yes/no/unknown fact of an offer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, strum::VariantArray)]
pub enum Feature {
    /// Thinks before answering (models.dev `reasoning`).
    Reasoning,
    /// Calls tools (`tool_call`).
    ToolCall,
    /// Takes files as input (`attachment`).
    FileInput,
    /// The sampling temperature can be set (`temperature`).
    Temperature,
    /// Answers can follow a JSON schema (`structured_output`).
    StructuredOutput,
}

impl Feature {
    /// The catalog's (and the offer's JSON) field name.
    pub fn key(self) -> &'static str {
        match self {
            Feature::Reasoning => "reasoning",
            Feature::ToolCall => "tool_call",
            Feature::FileInput => "attachment",
            Feature::Temperature => "temperature",
            Feature::StructuredOutput => "structured_output",
        }
    }

    /// The filter's name in the preferences file (`[filter] tool_calling = true`) and on the
    /// command line (`--tool-calling`).
    pub fn filter_key(self) -> &'static str {
        match self {
            Feature::Reasoning => "reasoning",
            Feature::ToolCall => "tool_calling",
            Feature::FileInput => "file_input",
            Feature::Temperature => "temperature",
            Feature::StructuredOutput => "structured_output",
        }
    }

    /// A label for people.
    pub fn label(self) -> &'static str {
        match self {
            Feature::Reasoning => "reasoning",
            Feature::ToolCall => "tool calling",
            Feature::FileInput => "file input",
            Feature::Temperature => "temperature",
            Feature::StructuredOutput => "structured output",
        }
    }
}

impl Offer {
    /// What the listing says about `feature`.
    pub fn feature(&self, feature: Feature) -> Option<bool> {
        match feature {
            Feature::Reasoning => self.reasoning,
            Feature::ToolCall => self.tool_call,
            Feature::FileInput => self.attachment,
            Feature::Temperature => self.temperature,
            Feature::StructuredOutput => self.structured_output,
        }
    }

    /// Sets what the listing says about `feature`.
    pub fn set_feature(&mut self, feature: Feature, value: Option<bool>) {
        let slot = match feature {
            Feature::Reasoning => &mut self.reasoning,
            Feature::ToolCall => &mut self.tool_call,
            Feature::FileInput => &mut self.attachment,
            Feature::Temperature => &mut self.temperature,
            Feature::StructuredOutput => &mut self.structured_output,
        };
        *slot = value;
    }

    /// Free to use: both prices known and zero.
    pub fn is_free(&self) -> bool {
        self.input_per_mtok == Some(0.0) && self.output_per_mtok == Some(0.0)
    }

    /// Whether the provider has marked this listing deprecated.
    pub fn is_deprecated(&self) -> bool {
        self.status == Some(ListingStatus::Deprecated)
    }

    /// The price of three input tokens to one output token, USD per million, when both are known.
    pub fn blended(&self) -> Option<f64> {
        Some(super::import::blended_price(
            self.input_per_mtok?,
            self.output_per_mtok?,
        ))
    }

    /// Cheapest first; offers without a blended price last; ties by provider, then listing.
    fn cheaper(&self, other: &Offer) -> Ordering {
        let price = match (self.blended(), other.blended()) {
            (Some(a), Some(b)) => a.total_cmp(&b),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        };
        price
            .then_with(|| self.provider.cmp(&other.provider))
            .then_with(|| self.listing.cmp(&other.listing))
    }
}

/// An entry's offers, always cheapest first: the order is kept by every way of making or
/// changing the list, so "the cheapest offer" is simply the first.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(from = "Vec<Offer>", into = "Vec<Offer>")]
pub struct Offers(Vec<Offer>);

impl From<Vec<Offer>> for Offers {
    fn from(mut offers: Vec<Offer>) -> Self {
        offers.sort_by(Offer::cheaper);
        Offers(offers)
    }
}

impl From<Offers> for Vec<Offer> {
    fn from(offers: Offers) -> Self {
        offers.0
    }
}

impl Offers {
    /// No offers: a curated entry before any catalog is merged.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// How many offers.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Every offer, cheapest first.
    pub fn iter(&self) -> std::slice::Iter<'_, Offer> {
        self.0.iter()
    }

    /// The cheapest offer with a blended price.
    pub fn cheapest(&self) -> Option<&Offer> {
        self.0.first().filter(|o| o.blended().is_some())
    }

    /// How many different providers make the offers (one provider may list a model twice, as
    /// OpenRouter does with a `:free` copy).
    pub fn providers(&self) -> usize {
        let mut names: Vec<&str> = self.0.iter().map(|o| o.provider.as_str()).collect();
        names.sort_unstable();
        names.dedup();
        names.len()
    }

    /// Adds offers, keeping the order.
    pub fn extend(&mut self, more: impl IntoIterator<Item = Offer>) {
        self.0.extend(more);
        self.0.sort_by(Offer::cheaper);
    }

    /// Each offer, mutably, for cleaning strings; the prices cannot change through it, so the
    /// order holds.
    pub fn strings_mut(&mut self) -> impl Iterator<Item = [&mut String; 3]> + '_ {
        self.0
            .iter_mut()
            .map(|o| [&mut o.provider, &mut o.model_id, &mut o.listing])
    }

    /// Each offer's optional strings (url, file), mutably, for cleaning.
    pub fn optional_strings_mut(&mut self) -> impl Iterator<Item = [&mut Option<String>; 2]> + '_ {
        self.0.iter_mut().map(|o| [&mut o.url, &mut o.file])
    }

    /// The files the offers came from, each once, in order of first appearance.
    pub fn files(&self) -> Vec<&str> {
        let mut files: Vec<&str> = Vec::new();
        for f in self.0.iter().filter_map(|o| o.file.as_deref()) {
            if !files.contains(&f) {
                files.push(f);
            }
        }
        files
    }

    /// Names the file every offer without one came from.
    pub fn set_file(&mut self, file: &str) {
        for o in &mut self.0 {
            o.file.get_or_insert_with(|| file.to_string());
        }
    }
}

impl<'a> IntoIterator for &'a Offers {
    type Item = &'a Offer;
    type IntoIter = std::slice::Iter<'a, Offer>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn offer(provider: &str, input: Option<f64>, output: Option<f64>) -> Offer {
        Offer {
            provider: provider.into(),
            model_id: "m".into(),
            listing: format!("{provider}/m"),
            input_per_mtok: input,
            output_per_mtok: output,
            context_tokens: None,
            max_output_tokens: None,
            url: None,
            file: None,
            ..Offer::default()
        }
    }

    #[test]
    fn offers_stay_cheapest_first_and_unpriced_last() {
        let mut offers = Offers::from(vec![
            offer("c", Some(5.0), Some(25.0)),
            offer("a", None, Some(1.0)),
            offer("b", Some(1.0), Some(5.0)),
        ]);
        let order = |o: &Offers| o.iter().map(|o| o.provider.clone()).collect::<Vec<_>>();
        assert_eq!(order(&offers), ["b", "c", "a"]);
        assert_eq!(offers.cheapest().unwrap().blended(), Some(2.0));
        offers.extend([offer("d", Some(0.1), Some(0.1))]);
        assert_eq!(order(&offers), ["d", "b", "c", "a"]);
        let back: Offers = serde_json::from_value(serde_json::to_value(&offers).unwrap()).unwrap();
        assert_eq!(back, offers);
        let unsorted = serde_json::to_value(vec![
            offer("x", Some(9.0), Some(9.0)),
            offer("y", Some(1.0), Some(1.0)),
        ])
        .unwrap();
        let read: Offers = serde_json::from_value(unsorted).unwrap();
        assert_eq!(order(&read), ["y", "x"]);
    }

    #[test]
    fn no_priced_offer_means_no_cheapest() {
        let offers = Offers::from(vec![offer("a", Some(1.0), None)]);
        assert!(offers.cheapest().is_none());
        assert_eq!(offers.providers(), 1);
    }
}
