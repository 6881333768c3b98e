//! Named weight presets and the `privacy=5,commercial=2` syntax of `--weights`.

use crate::data::Dataset;
use crate::i18n::{tf, Msg};
use crate::score::{Weights, MAX_WEIGHT};

/// A named set of weights for a common question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Preset {
    Balanced,
    PrivacyFirst,
    CostFirst,
    CommunityFirst,
    EnterpriseSupport,
}

impl Preset {
    pub const ALL: [Preset; 5] = [
        Preset::Balanced,
        Preset::PrivacyFirst,
        Preset::CostFirst,
        Preset::CommunityFirst,
        Preset::EnterpriseSupport,
    ];

    /// The name shown to users and accepted by `--weights`.
    pub fn name(self) -> &'static str {
        match self {
            Preset::Balanced => "balanced",
            Preset::PrivacyFirst => "privacy-first",
            Preset::CostFirst => "cost-first",
            Preset::CommunityFirst => "community-first",
            Preset::EnterpriseSupport => "enterprise-support",
        }
    }

    /// Looks a preset up by name.
    pub fn from_name(name: &str) -> Option<Preset> {
        Preset::ALL.into_iter().find(|p| p.name() == name)
    }

    /// The weights of this preset: pillar weights, plus criterion weights where the question
    /// singles out a criterion (cost within commercial, support and safeguards for enterprises).
    pub fn weights(self) -> Weights {
        let pairs: &[(&str, u8)] = match self {
            Preset::Balanced => &[],
            Preset::PrivacyFirst => &[
                ("privacy", 5),
                ("commercial", 2),
                ("community", 1),
                ("responsibility", 3),
                ("privacy.self_hosting", 5),
            ],
            Preset::CostFirst => &[
                ("privacy", 1),
                ("commercial", 5),
                ("community", 2),
                ("responsibility", 1),
                ("commercial.cost", 5),
                ("commercial.license", 4),
                ("commercial.support", 1),
            ],
            Preset::CommunityFirst => &[
                ("privacy", 2),
                ("commercial", 2),
                ("community", 5),
                ("responsibility", 3),
            ],
            Preset::EnterpriseSupport => &[
                ("privacy", 4),
                ("commercial", 5),
                ("community", 1),
                ("responsibility", 4),
                ("commercial.support", 5),
                ("commercial.cost", 1),
                ("privacy.vendor_safeguards", 5),
            ],
        };
        let mut w = Weights::default();
        for (id, value) in pairs {
            if id.contains('.') {
                w.criteria.insert((*id).to_string(), *value);
            } else {
                w.pillars.insert((*id).to_string(), *value);
            }
        }
        w
    }
}

/// Parses `--weights`: a preset name, or comma-separated `id=weight` pairs where id is a pillar or
/// criterion id of `dataset` and weight is 0–5; a preset name may come first and pairs then adjust it
/// (`cost-first,privacy=3`).
pub fn parse(spec: &str, dataset: &Dataset) -> Result<Weights, String> {
    let mut weights = Weights::default();
    for (n, part) in spec.split(',').map(str::trim).enumerate() {
        if part.is_empty() {
            continue;
        }
        let Some((id, value)) = part.split_once('=') else {
            match Preset::from_name(part) {
                Some(p) if n == 0 => {
                    weights = p.weights();
                    continue;
                }
                Some(_) => {
                    return Err(tf(Msg::PresetFirst, &[("preset", &format!("{part:?}"))]));
                }
                None => {
                    let names: Vec<&str> = Preset::ALL.iter().map(|p| p.name()).collect();
                    return Err(tf(
                        Msg::NotPairNorPreset,
                        &[
                            ("part", &format!("{part:?}")),
                            ("presets", &names.join(", ")),
                        ],
                    ));
                }
            }
        };
        let (id, value) = (id.trim(), value.trim());
        let value: u8 = value
            .parse()
            .ok()
            .filter(|v| *v <= MAX_WEIGHT)
            .ok_or_else(|| {
                tf(
                    Msg::WeightRange,
                    &[
                        ("id", &id),
                        ("max", &MAX_WEIGHT),
                        ("value", &format!("{value:?}")),
                    ],
                )
            })?;
        if dataset.criteria.iter().any(|p| p.id == id) {
            weights.pillars.insert(id.to_string(), value);
        } else if dataset.leaf_criteria().any(|(_, c)| c.id == id) {
            weights.criteria.insert(id.to_string(), value);
        } else {
            let ids: Vec<&str> = dataset.criteria.iter().map(|p| p.id.as_str()).collect();
            return Err(tf(
                Msg::UnknownCriterion,
                &[("id", &format!("{id:?}")), ("pillars", &ids.join(", "))],
            ));
        }
    }
    Ok(weights)
}

/// A short description of weights for status lines and headers, e.g. `privacy 5 · commercial 2 ·
/// community 3 · responsibility 3 (+2 criteria)`.
pub fn describe(weights: &Weights, dataset: &Dataset) -> String {
    let pillars: Vec<String> = dataset
        .criteria
        .iter()
        .map(|p| format!("{} {}", p.id, weights.pillar(&p.id)))
        .collect();
    let mut text = pillars.join(" · ");
    let custom = weights
        .criteria
        .values()
        .filter(|w| **w != Weights::DEFAULT_WEIGHT)
        .count();
    if custom > 0 {
        text.push_str(&tf(Msg::MoreCriteria, &[("n", &custom)]));
    }
    text
}

/// The preset these weights equal, if any.
pub fn matching_preset(weights: &Weights) -> Option<Preset> {
    Preset::ALL.into_iter().find(|p| {
        let w = p.weights();
        w == *weights || (w.is_balanced() && weights.is_balanced())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dataset() -> Dataset {
        serde_json::from_value(serde_json::json!({
            "schema_version": 1, "dataset_version": "t", "updated": "2026-01-01",
            "criteria": [
                {"id": "privacy", "name": "P", "description": "", "sub_criteria": [
                    {"id": "privacy.self_hosting", "name": "S", "description": ""}]},
                {"id": "commercial", "name": "C", "description": "", "sub_criteria": [
                    {"id": "commercial.cost", "name": "C", "description": ""}]}],
            "models": []
        }))
        .unwrap()
    }

    #[test]
    fn parses_pairs_presets_and_adjustments() {
        let d = dataset();
        let w = parse("privacy=5, commercial.cost=0", &d).unwrap();
        assert_eq!(w.pillar("privacy"), 5);
        assert_eq!(w.criterion("commercial.cost"), 0);
        assert_eq!(w.pillar("commercial"), Weights::DEFAULT_WEIGHT);
        let w = parse("cost-first,privacy=3", &d).unwrap();
        assert_eq!(w.pillar("commercial"), 5);
        assert_eq!(w.pillar("privacy"), 3);
        assert_eq!(parse("", &d).unwrap(), Weights::default());
    }

    #[test]
    fn rejects_bad_specs_with_reasons() {
        let d = dataset();
        assert!(parse("privacy=6", &d).unwrap_err().contains("0 to 5"));
        assert!(parse("privacy=x", &d).unwrap_err().contains("0 to 5"));
        assert!(parse("speed=3", &d)
            .unwrap_err()
            .contains("unknown criterion"));
        assert!(parse("fast", &d).unwrap_err().contains("preset"));
        assert!(parse("privacy=1,cost-first", &d)
            .unwrap_err()
            .contains("first"));
    }

    #[test]
    fn presets_round_trip_by_name_and_are_recognised() {
        for p in Preset::ALL {
            assert_eq!(Preset::from_name(p.name()), Some(p));
            assert_eq!(matching_preset(&p.weights()), Some(p));
        }
        assert!(Preset::Balanced.weights().is_balanced());
    }

    #[test]
    fn describe_lists_pillar_weights() {
        let d = dataset();
        let w = parse("privacy=5,commercial.cost=1", &d).unwrap();
        assert_eq!(describe(&w, &d), "privacy 5 · commercial 3 (+1 criteria)");
    }
}
