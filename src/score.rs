//! Pillar means and weighted scores, how many ratings they rest on, and the score the ranking
//! uses: pure functions over the dataset.

use crate::data::{Dataset, Model, Pillar};
use std::collections::BTreeMap;

/// Highest weight a pillar or criterion can be given.
pub const MAX_WEIGHT: u8 = 5;

/// How much each pillar (and optionally each criterion) counts in the weighted score, 0 to 5.
///
/// A pillar without an entry weighs [`Weights::DEFAULT_WEIGHT`]; a criterion without an entry weighs
/// the same as its siblings, so the pillar score is then the plain mean.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Weights {
    pub pillars: BTreeMap<String, u8>,
    pub criteria: BTreeMap<String, u8>,
}

impl Weights {
    /// Weight of a pillar nobody has set.
    pub const DEFAULT_WEIGHT: u8 = 3;

    /// The weight in force for a pillar.
    pub fn pillar(&self, id: &str) -> u8 {
        self.pillars
            .get(id)
            .copied()
            .unwrap_or(Self::DEFAULT_WEIGHT)
    }

    /// The weight in force for a sub-criterion.
    pub fn criterion(&self, id: &str) -> u8 {
        self.criteria
            .get(id)
            .copied()
            .unwrap_or(Self::DEFAULT_WEIGHT)
    }

    /// True when every weight is the default, so the weighted score is the plain mean of pillars.
    pub fn is_balanced(&self) -> bool {
        self.pillars.values().all(|w| *w == Self::DEFAULT_WEIGHT)
            && self.criteria.values().all(|w| *w == Self::DEFAULT_WEIGHT)
    }

    /// True when the criteria of `pillar` do not all weigh the same, so its figure is a weighted
    /// mean rather than the plain one.
    pub fn weighs_within(&self, pillar: &Pillar) -> bool {
        let mut weights = pillar.sub_criteria.iter().map(|c| self.criterion(&c.id));
        let first = weights.next();
        weights.any(|w| Some(w) != first)
    }
}

/// How many criteria a score rests on: `rated` of the dataset's `total` sub-criteria.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Coverage {
    pub rated: usize,
    pub total: usize,
}

impl Coverage {
    /// `12/12`.
    pub fn fraction(self) -> String {
        format!("{}/{}", self.rated, self.total)
    }
}

/// The rated share of the dataset's sub-criteria for `model`.
pub fn coverage(model: &Model, dataset: &Dataset) -> Coverage {
    let (rated, total) = dataset.leaf_criteria().fold((0, 0), |(r, t), (_, c)| {
        (r + usize::from(model.score(&c.id).is_some()), t + 1)
    });
    Coverage { rated, total }
}

/// The middle of the 1–5 scale: what nothing known says about an entry.
pub const NEUTRAL_SCORE: f64 = 3.0;

/// How many ratings of [`NEUTRAL_SCORE`] the ranking adds to every entry's own.
pub const PRIOR_RATINGS: f64 = 3.0;

/// The score the ranking uses: `score` shrunk toward [`NEUTRAL_SCORE`] as if [`PRIOR_RATINGS`]
/// more criteria had been rated 3, `(rated × score + 3 × 3) / (rated + 3)`. Entries rated on the
/// same number of criteria keep the order of their scores; a 5.0 from one rating ranks as 3.5,
/// below a fully rated entry (12 criteria) scoring 3.7.
pub fn shrunk(score: f64, rated: usize) -> f64 {
    let n = rated as f64;
    (n * score + PRIOR_RATINGS * NEUTRAL_SCORE) / (n + PRIOR_RATINGS)
}

/// [`weighted_score`] shrunk by [`shrunk`] for the sort by score; `None` when unrated.
pub fn ranking_score(model: &Model, dataset: &Dataset, weights: &Weights) -> Option<f64> {
    let score = weighted_score(model, dataset, weights)?;
    Some(shrunk(score, coverage(model, dataset).rated))
}

/// Weighted mean of `(value, weight)` pairs; `None` when nothing has weight. The sort keys
/// (`order`) use it too, so both compute bit-identical scores.
pub(crate) fn weighted_mean(pairs: impl Iterator<Item = (f64, f64)>) -> Option<f64> {
    let (sum, total) = pairs.fold((0.0, 0.0), |(s, t), (v, w)| (s + v * w, t + w));
    (total > 0.0).then(|| sum / total)
}

/// Mean of the rated sub-criteria of `pillar` (criterion weights applied); `None` if none is rated.
pub fn pillar_score(model: &Model, pillar: &Pillar, weights: &Weights) -> Option<f64> {
    let rated = pillar.sub_criteria.iter().filter_map(|c| {
        let score = model.score(&c.id)?;
        Some((f64::from(score), f64::from(weights.criterion(&c.id))))
    });
    let mean = weighted_mean(rated);
    // With every criterion weighted zero there is still a meaningful unweighted mean.
    mean.or_else(|| {
        let plain = pillar
            .sub_criteria
            .iter()
            .filter_map(|c| model.score(&c.id).map(|s| (f64::from(s), 1.0)));
        weighted_mean(plain)
    })
}

/// Unweighted mean of the rated sub-criteria of a pillar, as the dataset defines pillar scores.
pub fn plain_pillar_score(model: &Model, pillar: &Pillar) -> Option<f64> {
    pillar_score(model, pillar, &Weights::default())
}

/// The weighted overall score (1.0–5.0) of a model, or `None` when it has no ratings that count.
pub fn weighted_score(model: &Model, dataset: &Dataset, weights: &Weights) -> Option<f64> {
    weighted_mean(dataset.criteria.iter().filter_map(|p| {
        let score = pillar_score(model, p, weights)?;
        Some((score, f64::from(weights.pillar(&p.id))))
    }))
}

/// Every score of a model: each sub-criterion and each pillar, keyed by id, plus `overall`.
pub fn all_scores(model: &Model, dataset: &Dataset, weights: &Weights) -> BTreeMap<String, f64> {
    let mut out = BTreeMap::new();
    for pillar in &dataset.criteria {
        for c in &pillar.sub_criteria {
            if let Some(s) = model.score(&c.id) {
                out.insert(c.id.clone(), f64::from(s));
            }
        }
        if let Some(s) = pillar_score(model, pillar, weights) {
            out.insert(pillar.id.clone(), round2(s));
        }
    }
    if let Some(s) = weighted_score(model, dataset, weights) {
        out.insert("overall".to_string(), round2(s));
    }
    out
}

/// Rounds to two decimals so scores print and serialise stably.
pub fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::Dataset;

    fn dataset() -> Dataset {
        let rating = |s: u8| serde_json::json!({"score": s, "rationale": "r", "sources": []});
        serde_json::from_value(serde_json::json!({
            "schema_version": 1, "dataset_version": "t", "updated": "2026-01-01",
            "criteria": [
                {"id": "a", "name": "A", "description": "", "sub_criteria": [
                    {"id": "a.x", "name": "X", "description": ""},
                    {"id": "a.y", "name": "Y", "description": ""}]},
                {"id": "b", "name": "B", "description": "", "sub_criteria": [
                    {"id": "b.z", "name": "Z", "description": ""}]}
            ],
            "models": [{"id": "m", "name": "M", "kind": "model", "openness": "closed",
                "ratings": {"a.x": rating(5), "a.y": rating(2), "b.z": rating(1)}},
                {"id": "n", "name": "N", "kind": "model", "openness": "closed"}]
        }))
        .unwrap()
    }

    #[test]
    fn pillar_is_mean_of_sub_criteria() {
        let d = dataset();
        let m = &d.models[0];
        assert_eq!(plain_pillar_score(m, &d.criteria[0]), Some(3.5));
        assert_eq!(plain_pillar_score(m, &d.criteria[1]), Some(1.0));
        assert_eq!(plain_pillar_score(&d.models[1], &d.criteria[0]), None);
    }

    #[test]
    fn weights_shift_the_overall_score() {
        let d = dataset();
        let m = &d.models[0];
        assert_eq!(weighted_score(m, &d, &Weights::default()), Some(2.25));
        let mut w = Weights::default();
        w.pillars.insert("b".into(), 0);
        assert_eq!(weighted_score(m, &d, &w), Some(3.5));
        w.criteria.insert("a.y".into(), 0);
        assert_eq!(weighted_score(m, &d, &w), Some(5.0));
        assert_eq!(weighted_score(&d.models[1], &d, &w), None);
    }

    #[test]
    fn coverage_counts_the_rated_criteria() {
        let d = dataset();
        let full = coverage(&d.models[0], &d);
        assert_eq!(
            (full.rated, full.total, full.fraction()),
            (3, 3, "3/3".into())
        );
        assert_eq!(coverage(&d.models[1], &d).rated, 0);
    }

    #[test]
    fn one_high_rating_does_not_outrank_a_well_known_good_score() {
        // Twelve criteria known, mean 4.0, against one criterion rated 5.
        let known = shrunk(4.0, 12);
        let one = shrunk(5.0, 1);
        assert!((one - 3.5).abs() < 1e-9, "{one}");
        assert!(known > one, "{known} vs {one}");
        // Three derived ratings averaging 4.3 (an imported entry) stay below a rated 4.0 too.
        assert!(known > shrunk(4.3, 3));
        // With equal coverage the order of the scores is kept.
        assert!(shrunk(4.1, 12) > shrunk(4.0, 12));
        assert_eq!(shrunk(3.0, 1), 3.0);
    }

    #[test]
    fn a_pillar_is_weighted_only_when_its_criteria_weigh_differently() {
        let d = dataset();
        let mut w = Weights::default();
        w.pillars.insert("a".into(), 5);
        assert!(
            !w.weighs_within(&d.criteria[0]),
            "pillar weights leave the mean plain"
        );
        w.criteria.insert("a.x".into(), 5);
        assert!(w.weighs_within(&d.criteria[0]));
        assert!(
            !w.weighs_within(&d.criteria[1]),
            "one criterion: nothing to weigh"
        );
    }

    #[test]
    fn all_scores_lists_criteria_pillars_and_overall() {
        let d = dataset();
        let s = all_scores(&d.models[0], &d, &Weights::default());
        assert_eq!(s.get("a.x"), Some(&5.0));
        assert_eq!(s.get("a"), Some(&3.5));
        assert_eq!(s.get("overall"), Some(&2.25));
    }
}
