//! The open-vs-closed overview: mean scores of each openness group, computed from the data.
//!
//! This reproduces (and checks) the summary table the open-vs-closed debate ends with: for every
//! pillar and criterion, how open-source, open-weights and closed models score on average.

use crate::data::{Dataset, Kind, Model, Openness};
use crate::score;

/// Mean score of one group on one criterion or pillar.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct GroupMean {
    pub openness: Openness,
    /// `None` when no model of the group is rated on it.
    pub mean: Option<f64>,
    /// How many models of the group contributed.
    pub count: usize,
}

/// One line of the overview: a pillar or a sub-criterion with the three group means.
#[derive(Debug, Clone, PartialEq)]
pub struct OverviewRow {
    pub id: String,
    pub name: String,
    pub is_pillar: bool,
    /// In the order of [`Openness::ALL`].
    pub groups: [GroupMean; 3],
    /// The group with the highest mean, if any group is rated and it is not a tie.
    pub leader: Option<Openness>,
    /// Leader's mean minus the runner-up's mean (0 when there is no leader).
    pub lead: f64,
}

/// The whole overview.
#[derive(Debug, Clone, PartialEq)]
pub struct Overview {
    /// Number of models (kind `model`) in each group, in the order of [`Openness::ALL`].
    pub group_sizes: [usize; 3],
    pub rows: Vec<OverviewRow>,
}

impl Overview {
    /// The criteria (not pillars) where `group` leads, largest lead first.
    pub fn strengths(&self, group: Openness) -> Vec<&OverviewRow> {
        let mut rows: Vec<&OverviewRow> = self
            .rows
            .iter()
            .filter(|r| !r.is_pillar && r.leader == Some(group))
            .collect();
        rows.sort_by(|a, b| b.lead.total_cmp(&a.lead));
        rows
    }
}

fn group_mean(
    models: &[&Model],
    openness: Openness,
    value: impl Fn(&Model) -> Option<f64>,
) -> GroupMean {
    let values: Vec<f64> = models
        .iter()
        .filter(|m| m.openness == openness)
        .filter_map(|m| value(m))
        .collect();
    let count = values.len();
    GroupMean {
        openness,
        mean: (count > 0).then(|| values.iter().sum::<f64>() / count as f64),
        count,
    }
}

fn row(
    id: &str,
    name: &str,
    is_pillar: bool,
    models: &[&Model],
    value: impl Fn(&Model) -> Option<f64>,
) -> OverviewRow {
    let groups = Openness::ALL.map(|o| group_mean(models, o, &value));
    let mut ranked: Vec<(Openness, f64)> = groups
        .iter()
        .filter_map(|g| g.mean.map(|m| (g.openness, m)))
        .collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1));
    let (leader, lead) = match ranked.as_slice() {
        [(o, best), (_, second), ..] if best - second > 1e-9 => (Some(*o), best - second),
        [(o, _)] => (Some(*o), 0.0),
        _ => (None, 0.0),
    };
    OverviewRow {
        id: id.to_string(),
        name: name.to_string(),
        is_pillar,
        groups,
        leader,
        lead,
    }
}

/// Computes the overview over the entries of kind `model` (frameworks and platforms are left out,
/// as the debate compares models).
pub fn compute(dataset: &Dataset) -> Overview {
    let models: Vec<&Model> = dataset
        .models
        .iter()
        .filter(|m| m.kind == Kind::Model)
        .collect();
    let group_sizes = Openness::ALL.map(|o| models.iter().filter(|m| m.openness == o).count());
    let mut rows = Vec::new();
    for pillar in &dataset.criteria {
        rows.push(row(&pillar.id, &pillar.name, true, &models, |m| {
            score::plain_pillar_score(m, pillar)
        }));
        for c in &pillar.sub_criteria {
            rows.push(row(&c.id, &c.name, false, &models, |m| {
                m.score(&c.id).map(f64::from)
            }));
        }
    }
    Overview { group_sizes, rows }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dataset() -> Dataset {
        let r = |s: u8| serde_json::json!({"score": s, "rationale": "r", "sources": []});
        let m = |id: &str, kind: &str, open: &str, a: u8, b: u8| {
            serde_json::json!({"id": id, "name": id, "kind": kind, "openness": open,
                "ratings": {"p.a": r(a), "p.b": r(b)}})
        };
        serde_json::from_value(serde_json::json!({
            "schema_version": 1, "dataset_version": "t", "updated": "2026-01-01",
            "criteria": [{"id": "p", "name": "P", "description": "", "sub_criteria": [
                {"id": "p.a", "name": "A", "description": ""},
                {"id": "p.b", "name": "B", "description": ""}]}],
            "models": [
                m("o1", "model", "open-source", 5, 1),
                m("o2", "model", "open-source", 4, 2),
                m("w1", "model", "open-weights", 4, 3),
                m("c1", "model", "closed", 1, 5),
                m("f1", "framework", "open-source", 1, 1)
            ]
        }))
        .unwrap()
    }

    #[test]
    fn means_per_group_leave_out_non_models() {
        let o = compute(&dataset());
        assert_eq!(o.group_sizes, [2, 1, 1]);
        let a = o.rows.iter().find(|r| r.id == "p.a").unwrap();
        assert_eq!(a.groups[0].mean, Some(4.5));
        assert_eq!(a.groups[0].count, 2);
        assert_eq!(a.leader, Some(Openness::OpenSource));
        assert!((a.lead - 0.5).abs() < 1e-9);
        let b = o.rows.iter().find(|r| r.id == "p.b").unwrap();
        assert_eq!(b.leader, Some(Openness::Closed));
        let pillar = o.rows.iter().find(|r| r.id == "p").unwrap();
        assert!(pillar.is_pillar);
        assert_eq!(pillar.groups[2].mean, Some(3.0));
    }

    #[test]
    fn strengths_list_criteria_a_group_leads() {
        let o = compute(&dataset());
        let closed: Vec<&str> = o
            .strengths(Openness::Closed)
            .iter()
            .map(|r| r.id.as_str())
            .collect();
        assert_eq!(closed, ["p.b"]);
        assert!(o.strengths(Openness::OpenWeights).is_empty());
    }
}
