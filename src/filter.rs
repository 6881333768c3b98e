//! Filtering entries: shared by the list pane, `modeldex list` and the filter panel (sorting is
//! [`order`](crate::order)'s).

use crate::data::model::Feature;
use crate::data::{Availability, CommercialUse, Kind, Model, Openness, Status};
use crate::memory;

/// Which entries to keep by where they are in their life (see [`Model::service_status`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum InService {
    /// Every entry.
    #[default]
    Any,
    /// "Available now": leaves out retired entries (deprecated ones are still offered).
    Available,
    /// Leaves out deprecated entries too: only what is offered with no shutdown announced.
    Current,
}

impl InService {
    /// Whether an entry of this status passes.
    pub fn admits(self, status: Status) -> bool {
        match self {
            InService::Any => true,
            InService::Available => status != Status::Retired,
            InService::Current => status == Status::Active,
        }
    }

    /// The word of the preferences file's `in_service` key and of `list --in-service`.
    pub fn as_str(self) -> &'static str {
        match self {
            InService::Any => "any",
            InService::Available => "available",
            InService::Current => "current",
        }
    }

    /// The condition a word of [`InService::as_str`] names.
    pub fn parse(word: &str) -> Option<InService> {
        [InService::Any, InService::Available, InService::Current]
            .into_iter()
            .find(|s| s.as_str() == word)
    }

    /// The next condition in the filter panel's cycle: any, available now, not deprecated, any.
    pub fn next(self) -> InService {
        match self {
            InService::Any => InService::Available,
            InService::Available => InService::Current,
            InService::Current => InService::Any,
        }
    }
}

/// How free a license must be for commercial use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Commercial {
    /// No condition.
    #[default]
    Any,
    /// Commercial use allowed, with restrictions or without.
    Allowed,
    /// Commercial use allowed without restrictions.
    Unrestricted,
}

impl Commercial {
    /// The word of the preferences file and the command line (`any` is written `false`).
    pub fn as_str(self) -> &'static str {
        match self {
            Commercial::Any => "any",
            Commercial::Allowed => "allowed",
            Commercial::Unrestricted => "unrestricted",
        }
    }

    /// The condition a word names: `any`, `allowed`, `unrestricted`.
    pub fn parse(word: &str) -> Option<Commercial> {
        match word.trim().to_ascii_lowercase().as_str() {
            "any" => Some(Commercial::Any),
            "allowed" | "yes" => Some(Commercial::Allowed),
            "unrestricted" => Some(Commercial::Unrestricted),
            _ => None,
        }
    }

    /// The next condition in the filter panel's cycle: any, allowed, unrestricted, any.
    pub fn next(self) -> Commercial {
        match self {
            Commercial::Any => Commercial::Allowed,
            Commercial::Allowed => Commercial::Unrestricted,
            Commercial::Unrestricted => Commercial::Any,
        }
    }

    fn admits(self, use_: Option<CommercialUse>) -> bool {
        match self {
            Commercial::Any => true,
            Commercial::Allowed => {
                matches!(use_, Some(CommercialUse::Yes | CommercialUse::Restricted))
            }
            Commercial::Unrestricted => use_ == Some(CommercialUse::Yes),
        }
    }
}

/// Which entries to keep. An empty set or `None` means "any".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    pub openness: Vec<Openness>,
    pub kinds: Vec<Kind>,
    /// Developer name, matched case-insensitively.
    pub developer: Option<String>,
    /// Country of the developer's legal domicile, matched case-insensitively.
    pub country: Option<String>,
    /// Inclusive release-year range.
    pub years: Option<(u16, u16)>,
    /// How freely the license must allow commercial use.
    pub commercial_use: Commercial,
    /// Keep only entries that can run on your own hardware.
    pub self_hostable: bool,
    /// Keep only entries that handle this modality (e.g. `image`).
    pub modality: Option<String>,
    /// Keep only downloadable weights that fit in this many gigabytes at 4 bits per parameter
    /// (see [`memory::fits`]).
    pub fits_gb: Option<u32>,
    /// Keep only entries some provider lists with every one of these capabilities (entries
    /// with no catalog offers say nothing about them and are left out).
    pub features: Vec<Feature>,
    /// Keep only entries that are free to use somewhere (both prices zero).
    pub free: bool,
    /// Leave out retired (or also deprecated) entries; a catalog model every provider lists as
    /// deprecated counts as deprecated (see [`Model::service_status`]).
    pub in_service: InService,
}

/// Short and long names of the countries the data writes short, so that `--country "United
/// States"` finds what the data calls `US`.
const COUNTRY_NAMES: [(&str, &str); 3] = [
    ("US", "United States"),
    ("UK", "United Kingdom"),
    ("UAE", "United Arab Emirates"),
];

/// Whether two names of a country name the same one (case ignored; short and long names agree).
pub fn same_country(a: &str, b: &str) -> bool {
    let long = |name: &str| {
        COUNTRY_NAMES
            .iter()
            .find(|(short, full)| {
                short.eq_ignore_ascii_case(name) || full.eq_ignore_ascii_case(name)
            })
            .map_or(name.to_string(), |(_, full)| full.to_string())
    };
    long(a.trim()).eq_ignore_ascii_case(&long(b.trim()))
}

/// True when an entry can be run on your own machines: downloadable weights, or software you install.
pub fn is_self_hostable(m: &Model) -> bool {
    match m.kind {
        Kind::Model => matches!(
            m.artifacts.weights,
            Some(Availability::Open | Availability::Restricted)
        ),
        _ => m.openness != Openness::Closed,
    }
}

impl Filter {
    /// True when no condition is set.
    pub fn is_empty(&self) -> bool {
        *self == Filter::default()
    }

    /// Whether `m` passes every condition.
    pub fn matches(&self, m: &Model) -> bool {
        (self.openness.is_empty() || self.openness.contains(&m.openness))
            && (self.kinds.is_empty() || self.kinds.contains(&m.kind))
            && self.developer.as_deref().is_none_or(|d| {
                m.developer
                    .as_deref()
                    .is_some_and(|md| md.eq_ignore_ascii_case(d))
            })
            && self
                .country
                .as_deref()
                .is_none_or(|c| m.country.as_deref().is_some_and(|mc| same_country(mc, c)))
            && self
                .years
                .is_none_or(|(from, to)| m.release_year().is_some_and(|y| (from..=to).contains(&y)))
            && self.commercial_use.admits(m.commercial_use())
            && (!self.self_hostable || is_self_hostable(m))
            && self
                .modality
                .as_deref()
                .is_none_or(|want| m.modalities.iter().any(|x| x.eq_ignore_ascii_case(want)))
            && self.fits_gb.is_none_or(|gb| memory::fits(m, f64::from(gb)))
            && self.features.iter().all(|&f| m.feature(f) == Some(true))
            && (!self.free || m.is_free())
            && self.in_service.admits(m.service_status())
    }

    /// Positions of the entries of `models` that pass, in dataset order.
    pub fn apply(&self, models: &[Model]) -> Vec<usize> {
        (0..models.len())
            .filter(|&i| self.matches(&models[i]))
            .collect()
    }

    /// A compact description for list titles, e.g. `open-weights · 2023–2025 · self-hostable`.
    pub fn describe(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        if !self.openness.is_empty() {
            let names: Vec<&str> = self.openness.iter().map(|o| o.as_str()).collect();
            parts.push(names.join("/"));
        }
        if !self.kinds.is_empty() {
            let names: Vec<&str> = self.kinds.iter().map(|k| k.as_str()).collect();
            parts.push(names.join("/"));
        }
        if let Some(d) = &self.developer {
            parts.push(d.clone());
        }
        if let Some(c) = &self.country {
            parts.push(c.clone());
        }
        if let Some((from, to)) = self.years {
            parts.push(if from == to {
                from.to_string()
            } else {
                format!("{from}–{to}")
            });
        }
        match self.commercial_use {
            Commercial::Any => {}
            Commercial::Allowed => parts.push("commercial use".into()),
            Commercial::Unrestricted => parts.push("unrestricted commercial use".into()),
        }
        if self.self_hostable {
            parts.push("self-hostable".into());
        }
        if let Some(m) = &self.modality {
            parts.push(m.clone());
        }
        if let Some(gb) = self.fits_gb {
            parts.push(format!("fits {gb} GB"));
        }
        parts.extend(self.features.iter().map(|f| f.label().to_string()));
        if self.free {
            parts.push("free".into());
        }
        match self.in_service {
            InService::Any => {}
            InService::Available => parts.push("available now".into()),
            InService::Current => parts.push("not deprecated".into()),
        }
        parts.join(" · ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::Dataset;
    use crate::order::{sort, SortKey};
    use crate::score::Weights;

    fn dataset() -> Dataset {
        let r = |s: u8| serde_json::json!({"score": s, "rationale": "r", "sources": []});
        serde_json::from_value(serde_json::json!({
            "schema_version": 1, "dataset_version": "t", "updated": "2026-01-01",
            "criteria": [{"id": "p", "name": "P", "description": "", "sub_criteria": [
                {"id": "p.a", "name": "Alpha", "description": ""},
                {"id": "p.b", "name": "Beta", "description": ""}]}],
            "models": [
                {"id": "b", "name": "Bravo", "kind": "model", "openness": "open-weights",
                 "developer": "Meta", "released": "2024-07-23", "modalities": ["text"],
                 "artifacts": {"weights": "open"},
                 "license": {"name": "L", "commercial_use": "restricted"},
                 "ratings": {"p.a": r(4), "p.b": r(4)}},
                {"id": "a", "name": "alpha", "kind": "model", "openness": "closed",
                 "developer": "OpenAI", "released": "2023", "modalities": ["text", "image"],
                 "artifacts": {"weights": "closed"},
                 "license": {"name": "P", "commercial_use": "yes"},
                 "ratings": {"p.a": r(2), "p.b": r(5)}},
                {"id": "f", "name": "Frame", "kind": "framework", "openness": "open-source",
                 "license": {"name": "MIT", "commercial_use": "no"}}
            ]
        }))
        .unwrap()
    }

    #[test]
    fn filters_combine() {
        let d = dataset();
        assert_eq!(Filter::default().apply(&d.models), [0, 1, 2]);
        let f = Filter {
            self_hostable: true,
            ..Filter::default()
        };
        assert_eq!(f.apply(&d.models), [0, 2]);
        let f = Filter {
            commercial_use: Commercial::Allowed,
            kinds: vec![Kind::Model],
            years: Some((2023, 2023)),
            ..Filter::default()
        };
        assert_eq!(f.apply(&d.models), [1]);
        let f = Filter {
            modality: Some("IMAGE".into()),
            developer: Some("openai".into()),
            ..Filter::default()
        };
        assert_eq!(f.apply(&d.models), [1]);
        assert_eq!(f.describe(), "openai · IMAGE");
        assert!(!f.is_empty());
    }

    #[test]
    fn available_now_hides_retired_entries_and_current_deprecated_ones_too() {
        let mut d = dataset();
        let life = |s: Status| {
            Some(Box::new(crate::data::Lifecycle {
                status: s,
                date: None,
                source: None,
                note: None,
            }))
        };
        d.models[0].lifecycle = life(Status::Retired);
        d.models[1].lifecycle = life(Status::Deprecated);
        let f = |in_service| Filter {
            in_service,
            ..Filter::default()
        };
        assert_eq!(f(InService::Any).apply(&d.models), [0, 1, 2]);
        assert_eq!(f(InService::Available).apply(&d.models), [1, 2]);
        assert_eq!(
            f(InService::Current).apply(&d.models),
            [2],
            "no lifecycle counts as active"
        );
        assert_eq!(f(InService::Available).describe(), "available now");
        assert_eq!(InService::Current.next(), InService::Any);
    }

    #[test]
    fn country_and_unrestricted_commercial_use() {
        let mut d = dataset();
        d.models[0].country = Some("United States".into());
        let f = Filter {
            country: Some("united states".into()),
            ..Filter::default()
        };
        assert_eq!(f.apply(&d.models), [0]);
        assert_eq!(f.describe(), "united states");
        for name in ["US", "us", "United States"] {
            let f = Filter {
                country: Some(name.into()),
                ..Filter::default()
            };
            assert_eq!(f.apply(&d.models), [0], "{name}");
        }
        assert!(same_country("UK", "united kingdom"));
        assert!(!same_country("UK", "United States"));
        assert!(same_country("China", "china"));
        // Bravo's license is "restricted", alpha's "yes", Frame's "no".
        let allowed = Filter {
            commercial_use: Commercial::Allowed,
            ..Filter::default()
        };
        assert_eq!(allowed.apply(&d.models), [0, 1]);
        let unrestricted = Filter {
            commercial_use: Commercial::Unrestricted,
            ..Filter::default()
        };
        assert_eq!(unrestricted.apply(&d.models), [1]);
        assert_eq!(unrestricted.describe(), "unrestricted commercial use");
        assert_eq!(Commercial::Any.next().next().next(), Commercial::Any);
    }

    /// The models.dev subset, grouped into models with offers.
    fn catalog() -> Vec<Model> {
        let text = include_str!("../tests/fixtures/models-dev-api.subset.json");
        let listings = crate::data::load::parse_bytes(text.as_bytes(), None)
            .unwrap()
            .0
            .models;
        crate::data::grouping::group_listings(listings)
    }

    #[test]
    fn capability_filters_follow_what_the_offers_say() {
        let models = catalog();
        let named = |f: &Filter| -> Vec<String> {
            f.apply(&models)
                .iter()
                .map(|&i| models[i].id.clone())
                .collect()
        };
        let count = |f: &Filter| f.apply(&models).len();
        let all = models.len();
        for feature in [Feature::Reasoning, Feature::ToolCall, Feature::FileInput] {
            let f = Filter {
                features: vec![feature],
                ..Filter::default()
            };
            let kept = count(&f);
            assert!(kept > 0 && kept < all, "{feature:?}: {kept} of {all}");
            assert!(f.apply(&models).iter().all(|&i| models[i]
                .offers
                .iter()
                .any(|o| o.feature(feature) == Some(true))));
        }
        let both = Filter {
            features: vec![Feature::Reasoning, Feature::FileInput],
            ..Filter::default()
        };
        assert!(named(&both).contains(&"claude-sonnet-4-5".to_string()));
        assert!(
            count(&both)
                < count(&Filter {
                    features: vec![Feature::Reasoning],
                    ..Filter::default()
                })
        );
        let free = Filter {
            free: true,
            ..Filter::default()
        };
        assert!(count(&free) > 0);
        assert!(free.apply(&models).iter().all(|&i| models[i].is_free()));
        let current = Filter {
            in_service: InService::Current,
            ..Filter::default()
        };
        let gone: Vec<&Model> = models.iter().filter(|m| m.is_deprecated()).collect();
        assert!(!gone.is_empty(), "the subset has deprecated listings");
        assert_eq!(count(&current), all - gone.len());
        // A curated entry without offers says nothing about capabilities: left out, not guessed.
        let curated = dataset();
        let reasoning = Filter {
            features: vec![Feature::Reasoning],
            ..Filter::default()
        };
        assert!(reasoning.apply(&curated.models).is_empty());
        assert_eq!(reasoning.describe(), "reasoning");
    }

    #[test]
    fn sorts_by_each_key() {
        let d = dataset();
        let w = Weights::default();
        let order = |key: SortKey| {
            let mut p = vec![0, 1, 2];
            sort(&mut p, &key, &d, &w);
            p
        };
        assert_eq!(order(SortKey::Name), [1, 0, 2]);
        assert_eq!(order(SortKey::Released), [0, 1, 2]);
        assert_eq!(order(SortKey::Developer), [0, 1, 2]);
        assert_eq!(order(SortKey::Score), [0, 1, 2]);
        assert_eq!(order(SortKey::Criterion("p.b".into())), [1, 0, 2]);
    }

    #[test]
    fn unknown_values_sort_last_and_ties_fall_back_to_name() {
        let mut d = dataset();
        d.models[1].developer = None;
        d.models[1].released = None;
        let w = Weights::default();
        let order = |key: SortKey| {
            let mut p = vec![2, 1, 0];
            sort(&mut p, &key, &d, &w);
            p
        };
        assert_eq!(
            order(SortKey::Released),
            [0, 1, 2],
            "unknowns last, by name"
        );
        assert_eq!(order(SortKey::Developer), [0, 1, 2]);
        // "Frame" is unrated; "alpha" and "Bravo" tie on p.a and fall back to the name.
        d.models[1].ratings.get_mut("p.a").unwrap().score = 4;
        let mut p = vec![2, 0, 1];
        sort(&mut p, &SortKey::Criterion("p.a".into()), &d, &w);
        assert_eq!(p, [1, 0, 2]);
    }

    #[test]
    fn sort_keys_cycle_through_every_criterion() {
        let d = dataset();
        let mut key = SortKey::Natural;
        let mut labels = Vec::new();
        for _ in 0..14 {
            key = key.next(&d);
            labels.push(key.label(&d));
        }
        assert_eq!(
            labels,
            [
                "name",
                "released",
                "developer",
                "weighted score",
                "Alpha",
                "Beta",
                "Intelligence Index",
                "Coding Index",
                "Output speed",
                "blended price",
                "context",
                "max output",
                "natural",
                "name"
            ]
        );
    }
}
