//! Reads the Artificial Analysis model list (`GET /api/v2/data/llms/models`: `{"data": [...]}`)
//! into figures modeldex can show. Tolerant: an entry without a usable slug is skipped and a
//! value out of range is dropped, each counted, and the rest is kept.

use crate::data::sanitize::{clean, MAX_SHORT_CHARS};
use crate::data::{Capability, Figure, Reported, Unit};
use serde_json::Value;
use std::collections::BTreeMap;

/// Where Artificial Analysis shows one model; the figures cite it.
pub const MODEL_PAGE: &str = "https://artificialanalysis.ai/models/";

/// One model as Artificial Analysis lists it: a slug, a display name that often names the
/// effort variant ("GPT-5.1 (high)"), and the figures it has for it.
#[derive(Debug, Clone, PartialEq)]
pub struct AaModel {
    pub slug: String,
    pub name: String,
    /// Figure id → value on the figure's scale (percent for shares).
    pub values: BTreeMap<&'static str, f64>,
}

/// What a response held.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AaList {
    pub models: Vec<AaModel>,
    /// Entries skipped for want of a usable slug or name.
    pub skipped: usize,
    /// Values dropped as unusable (not a number, negative, a share above 1).
    pub dropped: usize,
}

/// Where each figure is in an entry, and how to read it.
enum Read {
    /// `evaluations.<key>` on Artificial Analysis's own scale.
    Points(&'static str),
    /// `evaluations.<key>` as a share 0..=1, shown as percent.
    Share(&'static str),
    /// A top-level median; 0 means not measured.
    Median(&'static str),
}

const FIELDS: [(&str, Read); 9] = [
    (
        "intelligence_index",
        Read::Points("artificial_analysis_intelligence_index"),
    ),
    (
        "coding_index",
        Read::Points("artificial_analysis_coding_index"),
    ),
    ("math_index", Read::Points("artificial_analysis_math_index")),
    ("gpqa_diamond", Read::Share("gpqa")),
    ("hle", Read::Share("hle")),
    ("livecodebench", Read::Share("livecodebench")),
    ("terminalbench_hard", Read::Share("terminalbench_hard")),
    (
        "output_speed",
        Read::Median("median_output_tokens_per_second"),
    ),
    (
        "time_to_first_token",
        Read::Median("median_time_to_first_token_seconds"),
    ),
];

/// Largest value kept on an unbounded scale; past it a value is taken for a mistake.
const MAX_VALUE: f64 = 1_000_000.0;

/// Why a response could not be read at all.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum AaError {
    #[error("not JSON: {0}")]
    Syntax(String),
    #[error("not an Artificial Analysis model list: expected an object with a \"data\" array")]
    Shape,
}

/// Reads a response's text.
pub fn parse(text: &str) -> Result<AaList, AaError> {
    let doc: Value = serde_json::from_str(text).map_err(|e| AaError::Syntax(e.to_string()))?;
    let entries = doc
        .get("data")
        .and_then(Value::as_array)
        .ok_or(AaError::Shape)?;
    let mut list = AaList::default();
    for entry in entries {
        match read_model(entry, &mut list.dropped) {
            Some(m) => list.models.push(m),
            None => list.skipped += 1,
        }
    }
    Ok(list)
}

/// A slug safe to put in a web address: letters, digits, `.`, `_`, `-`.
fn usable_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= MAX_SHORT_CHARS
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
}

fn read_model(entry: &Value, dropped: &mut usize) -> Option<AaModel> {
    let slug = entry.get("slug")?.as_str().filter(|s| usable_slug(s))?;
    let name = clean(entry.get("name")?.as_str()?, MAX_SHORT_CHARS);
    if name.is_empty() {
        return None;
    }
    let evaluations = entry.get("evaluations");
    let mut values = BTreeMap::new();
    for (id, read) in &FIELDS {
        let (raw, share, zero_is_unknown) = match read {
            Read::Points(key) => (evaluations.and_then(|e| e.get(key)), false, false),
            Read::Share(key) => (evaluations.and_then(|e| e.get(key)), true, false),
            Read::Median(key) => (entry.get(key), false, true),
        };
        let Some(raw) = raw.filter(|v| !v.is_null()) else {
            continue;
        };
        let usable = raw.as_f64().filter(|x| {
            x.is_finite() && *x >= 0.0 && if share { *x <= 1.0 } else { *x <= MAX_VALUE }
        });
        match usable {
            None => *dropped += 1,
            Some(x) if zero_is_unknown && x == 0.0 => {}
            // Shares become percent with one decimal, as Artificial Analysis shows them.
            Some(x) if share => {
                values.insert(*id, (x * 1000.0).round() / 10.0);
            }
            Some(x) => {
                values.insert(*id, x);
            }
        }
    }
    Some(AaModel {
        slug: slug.to_string(),
        name,
        values,
    })
}

impl AaModel {
    /// The capability block of this model's figures, read on `as_of` (the snapshot's date).
    /// `None` when it has no figures at all.
    pub fn capability(&self, as_of: &str) -> Option<Capability> {
        let source = format!("{MODEL_PAGE}{}", self.slug);
        let figures: BTreeMap<String, Figure> = self
            .values
            .iter()
            .map(|(id, value)| {
                let unit = crate::data::FigureKind::find(id).map_or(Unit::Points, |k| k.unit);
                let figure = Figure {
                    value: *value,
                    unit,
                    source: source.clone(),
                    as_of: as_of.to_string(),
                    reported: Reported::Independent,
                    variant: Some(self.slug.clone()),
                };
                (id.to_string(), figure)
            })
            .collect();
        (!figures.is_empty()).then(|| Capability {
            figures,
            note: Some(format!(
                "Artificial Analysis, snapshot of {as_of}: figures of \"{}\" ({}); where it \
                 lists effort variants, the highest-effort reasoning variant is shown.",
                self.name, self.slug
            )),
        })
    }

    /// The name without the variant Artificial Analysis adds in brackets ("GPT-5.1 (high)" →
    /// "GPT-5.1"), for matching against other catalogs' names.
    pub fn base_name(&self) -> &str {
        self.name
            .find(" (")
            .map_or(self.name.as_str(), |i| &self.name[..i])
            .trim()
    }

    /// How much reasoning effort the variant spends, from its name: higher is more. Used to pick
    /// one variant when several match an entry.
    pub fn effort(&self) -> u8 {
        let name = self.name.to_lowercase();
        let variant = name.find(" (").map_or("", |i| &name[i..]);
        let has = |w: &str| variant.contains(w);
        if has("non-reasoning") {
            0
        } else if has("minimal") {
            1
        } else if has("low") {
            2
        } else if has("xhigh") || has("max") {
            7
        } else if has("high") {
            6
        } else if has("reasoning") || has("thinking") {
            5
        } else if has("medium") {
            4
        } else {
            3
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut() -> AaList {
        parse(include_str!("../../tests/fixtures/aa-models.cut.json")).unwrap()
    }

    #[test]
    fn reads_figures_on_their_scales_and_leaves_out_what_was_not_measured() {
        let list = cut();
        let gpt = list.models.iter().find(|m| m.slug == "gpt-5-1").unwrap();
        assert_eq!(gpt.name, "GPT-5.1 (high)");
        assert_eq!(gpt.values["intelligence_index"], 47.7);
        // A share of 0.873 is shown as 87.3 percent.
        assert!(gpt.values["gpqa_diamond"] > 1.0 && gpt.values["gpqa_diamond"] <= 100.0);
        let speed0 = list
            .models
            .iter()
            .find(|m| m.slug == "grok-1")
            .expect("in the cut");
        assert!(
            !speed0.values.contains_key("output_speed"),
            "0 tokens/s is not measured"
        );
    }

    #[test]
    fn a_bad_value_costs_that_value_and_a_bad_entry_that_entry() {
        let text = r#"{"data": [
            {"slug": "a", "name": "A", "evaluations": {"gpqa": 1.7, "hle": "x", "artificial_analysis_intelligence_index": 30},
             "median_output_tokens_per_second": -3},
            {"slug": "bad slug", "name": "B"},
            {"name": "no slug"},
            {"slug": "c", "name": "C\u001b[2J", "evaluations": null}
        ]}"#;
        let list = parse(text).unwrap();
        assert_eq!(list.skipped, 2);
        assert_eq!(list.dropped, 3);
        assert_eq!(list.models[0].values.len(), 1);
        assert_eq!(list.models[1].name, "C[2J");
        assert!(list.models[1].capability("2026-04-02").is_none());
        assert_eq!(parse("[]"), Err(AaError::Shape));
        assert!(matches!(parse("{"), Err(AaError::Syntax(_))));
    }

    #[test]
    fn the_block_cites_the_model_page_and_the_snapshot_date() {
        let list = cut();
        let gpt = list.models.iter().find(|m| m.slug == "gpt-5-1").unwrap();
        let c = gpt.capability("2026-04-02").unwrap();
        let f = &c.figures["intelligence_index"];
        assert_eq!(f.source, "https://artificialanalysis.ai/models/gpt-5-1");
        assert_eq!(f.as_of, "2026-04-02");
        assert_eq!(f.reported, Reported::Independent);
        assert_eq!(f.variant.as_deref(), Some("gpt-5-1"));
        assert_eq!(c.figures["time_to_first_token"].unit, Unit::Seconds);
        assert!(c.note.unwrap().contains("GPT-5.1 (high)"));
    }

    #[test]
    fn variants_rank_by_effort_and_share_a_base_name() {
        let m = |name: &str| AaModel {
            slug: "x".into(),
            name: name.into(),
            values: BTreeMap::new(),
        };
        let order = [
            "GPT-5.1 (Non-reasoning)",
            "GPT-5 (minimal)",
            "GPT-5 (low)",
            "Kimi K2",
            "GPT-5 (medium)",
            "Claude 4.5 Sonnet (Reasoning)",
            "GPT-5.1 (high)",
            "GPT-5.4 (xhigh)",
        ];
        let efforts: Vec<u8> = order.iter().map(|n| m(n).effort()).collect();
        assert!(efforts.windows(2).all(|w| w[0] < w[1]), "{efforts:?}");
        assert_eq!(
            m("Claude Opus 4.6 (Non-reasoning, High Effort)").effort(),
            0
        );
        assert_eq!(
            m("Claude Opus 4.6 (Adaptive Reasoning, Max Effort)").effort(),
            7
        );
        assert_eq!(m("GPT-5.1 (high)").base_name(), "GPT-5.1");
        assert_eq!(m("Kimi K2").base_name(), "Kimi K2");
    }
}
