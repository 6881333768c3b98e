//! The one cost rule: what `commercial.cost` (and, for retired entries, `commercial.support`)
//! must be, read from the facts. The rubric in `assets/models.json` states the same rule in words;
//! the importers derive their cost ratings from [`cost_score`], and a dataset test holds every
//! curated entry to [`expected`].

use crate::data::{Availability, Model, Status};

/// Blended-price ceilings (USD per million tokens, 3 input : 1 output) for cost scores 5, 4, 3, 2;
/// anything dearer scores 1. Each step is about three times the last, so the bands spread the
/// list prices of the dataset (from under $0.20 to over $35) over the whole scale.
pub const COST_BANDS: [(f64, u8); 4] = [(0.5, 5), (1.5, 4), (5.0, 3), (15.0, 2)];

/// The highest `commercial.support` a retired entry can have when its weights can still be
/// downloaded: community help and third-party hosting, the rubric's 3, with no vendor behind it.
pub const RETIRED_SELF_HOSTED_SUPPORT_MAX: u8 = 3;

/// The `commercial.cost` score of a blended price, by [`COST_BANDS`].
pub fn cost_score(blended: f64) -> u8 {
    COST_BANDS
        .iter()
        .find(|(ceiling, _)| blended <= *ceiling)
        .map_or(1, |(_, score)| *score)
}

/// The bands in words, for derived rationales: `up to $0.50 → 5, $1.50 → 4, …, more → 1`.
/// Written once: every imported entry's cost rationale quotes it.
pub fn bands_text() -> &'static str {
    static TEXT: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    TEXT.get_or_init(write_bands)
}

fn write_bands() -> String {
    let mut parts: Vec<String> = COST_BANDS
        .iter()
        .enumerate()
        .map(|(i, (ceiling, score))| {
            let price = if ceiling.fract() == 0.0 {
                format!("${ceiling:.0}")
            } else {
                format!("${ceiling:.2}")
            };
            let lead = if i == 0 { "up to " } else { "" };
            format!("{lead}{price} → {score}")
        })
        .collect();
    parts.push("more → 1".into());
    parts.join(", ")
}

/// What the rule requires of an entry's cost (and support) ratings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CostRule {
    /// For sale at a recorded list price: cost is the price's band.
    Band(u8),
    /// Retired, nothing to download: it cannot be bought or supported, so cost and support are 1.
    RetiredUnavailable,
    /// Retired from its developer's service, but the weights can still be downloaded: the last
    /// list price no longer counts, cost is judged as self-hosting, and support is at most
    /// [`RETIRED_SELF_HOSTED_SUPPORT_MAX`].
    RetiredSelfHosted,
    /// No list price: cost is judged against the rubric (hardware, licence fees).
    Judged,
}

/// Which part of the rule applies to `m`.
pub fn rule(m: &Model) -> CostRule {
    let downloadable = matches!(
        m.artifacts.weights,
        Some(Availability::Open | Availability::Restricted)
    );
    match (m.status(), m.blended_price()) {
        (Status::Retired, _) if downloadable => CostRule::RetiredSelfHosted,
        (Status::Retired, _) => CostRule::RetiredUnavailable,
        (_, Some(blended)) => CostRule::Band(cost_score(blended)),
        (_, None) => CostRule::Judged,
    }
}

impl CostRule {
    /// The cost score the rule fixes, if it fixes one.
    pub fn cost(self) -> Option<u8> {
        match self {
            CostRule::Band(s) => Some(s),
            CostRule::RetiredUnavailable => Some(1),
            CostRule::RetiredSelfHosted | CostRule::Judged => None,
        }
    }

    /// The highest support score the rule allows.
    pub fn support_max(self) -> u8 {
        match self {
            CostRule::RetiredUnavailable => 1,
            CostRule::RetiredSelfHosted => RETIRED_SELF_HOSTED_SUPPORT_MAX,
            CostRule::Band(_) | CostRule::Judged => 5,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::import::blended_price;

    #[test]
    fn bands_follow_the_blended_price() {
        assert_eq!(cost_score(blended_price(0.0, 0.0)), 5);
        assert_eq!(cost_score(blended_price(0.25, 1.25)), 5);
        assert_eq!(cost_score(blended_price(0.25, 1.5)), 4);
        assert_eq!(cost_score(blended_price(2.5, 10.0)), 3);
        assert_eq!(cost_score(blended_price(3.0, 15.0)), 2);
        assert_eq!(cost_score(blended_price(30.0, 150.0)), 1);
    }

    #[test]
    fn the_bands_read_as_the_rationales_quote_them() {
        assert_eq!(
            bands_text(),
            "up to $0.50 → 5, $1.50 → 4, $5 → 3, $15 → 2, more → 1"
        );
    }

    fn model(json: serde_json::Value) -> Model {
        let mut base = serde_json::json!({"id": "m", "name": "M", "kind": "model",
            "openness": "closed"});
        base.as_object_mut()
            .unwrap()
            .extend(json.as_object().unwrap().clone());
        serde_json::from_value(base).unwrap()
    }

    #[test]
    fn retirement_overrides_the_price_and_weights_keep_self_hosting() {
        let price = serde_json::json!({"input_per_mtok": 0.1, "output_per_mtok": 0.4});
        let retired = serde_json::json!({"status": "retired"});
        let sold = model(serde_json::json!({"pricing": price}));
        assert_eq!(rule(&sold), CostRule::Band(5));
        let gone = model(serde_json::json!({"pricing": price, "lifecycle": retired}));
        assert_eq!(rule(&gone), CostRule::RetiredUnavailable);
        assert_eq!(
            (rule(&gone).cost(), rule(&gone).support_max()),
            (Some(1), 1)
        );
        let weights = model(serde_json::json!({"pricing": price, "lifecycle": retired,
            "openness": "open-weights", "artifacts": {"weights": "open"}}));
        assert_eq!(rule(&weights), CostRule::RetiredSelfHosted);
        assert_eq!(rule(&weights).cost(), None);
        assert_eq!(rule(&model(serde_json::json!({}))), CostRule::Judged);
    }
}
