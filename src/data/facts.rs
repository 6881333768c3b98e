//! Serde types of the optional dataset extensions: an entry's lifecycle (active, deprecated,
//! retired), its capability figures (benchmarks with their source and date) and the Chinese names
//! of developers and families.

use super::names::format_enums;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use strum::VariantArray;

/// Whether an entry can still be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, VariantArray)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Offered today.
    Active,
    /// Still offered, but its developer has announced that it will go.
    Deprecated,
    /// Shut down: it cannot be used or bought any more.
    Retired,
}

/// Where an entry is in its life, with the developer's announcement as the source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lifecycle {
    pub status: Status,
    /// For `retired` the day it was shut down; for `deprecated` the announced shutdown date;
    /// `None` for `active`, or when no date is known.
    #[serde(default)]
    pub date: Option<String>,
    /// The developer's deprecation page or announcement.
    #[serde(default)]
    pub source: Option<String>,
    #[serde(default)]
    pub note: Option<String>,
}

/// The scale a figure is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, VariantArray)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// Points on the publisher's own index scale (comparable only within one snapshot).
    Points,
    /// A share of a benchmark solved, 0 to 100.
    Percent,
    /// Output tokens per second (median).
    TokensPerSecond,
    /// Seconds (median), e.g. time to first token.
    Seconds,
}

/// Who measured a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, VariantArray)]
#[serde(rename_all = "lowercase")]
pub enum Reported {
    /// Measured by a third party (e.g. Artificial Analysis).
    Independent,
    /// Published by the model's developer.
    Vendor,
}

format_enums!(Status, Unit, Reported);

/// One benchmark figure with where and when it was read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub value: f64,
    pub unit: Unit,
    /// The page showing the figure, e.g. `https://artificialanalysis.ai/models/<slug>`.
    pub source: String,
    /// The date of the snapshot or publication the figure comes from.
    pub as_of: String,
    pub reported: Reported,
    /// Which variant of the model was measured, e.g. the publisher's slug `gpt-5-1-high` for the
    /// high reasoning effort; `None` when the publisher lists only one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub variant: Option<String>,
}

/// What is known of what an entry can do: benchmark figures keyed by figure id (see
/// [`FIGURES`]). An entry without a capability block has not been benchmarked.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Capability {
    pub figures: BTreeMap<String, Figure>,
    /// How the figures were chosen (e.g. which effort variant is shown and why).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Capability {
    /// The value of one figure, if known.
    pub fn value(&self, id: &str) -> Option<f64> {
        self.figures.get(id).map(|f| f.value)
    }
}

/// A figure modeldex knows how to name and rank.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FigureKind {
    /// The key in `capability.figures`.
    pub id: &'static str,
    /// A short label for tables.
    pub label: &'static str,
    pub unit: Unit,
    /// True when a larger value is better (false for latency).
    pub higher_is_better: bool,
}

/// The figures shown, in display order. Other keys are kept and shown after these.
pub const FIGURES: [FigureKind; 9] = [
    FigureKind::new(
        "intelligence_index",
        "Intelligence Index",
        Unit::Points,
        true,
    ),
    FigureKind::new("coding_index", "Coding Index", Unit::Points, true),
    FigureKind::new("math_index", "Math Index", Unit::Points, true),
    FigureKind::new("gpqa_diamond", "GPQA Diamond", Unit::Percent, true),
    FigureKind::new("hle", "Humanity's Last Exam", Unit::Percent, true),
    FigureKind::new("livecodebench", "LiveCodeBench", Unit::Percent, true),
    FigureKind::new(
        "terminalbench_hard",
        "TerminalBench Hard",
        Unit::Percent,
        true,
    ),
    FigureKind::new("output_speed", "Output speed", Unit::TokensPerSecond, true),
    FigureKind::new(
        "time_to_first_token",
        "Time to first token",
        Unit::Seconds,
        false,
    ),
];

impl FigureKind {
    const fn new(id: &'static str, label: &'static str, unit: Unit, higher: bool) -> Self {
        FigureKind {
            id,
            label,
            unit,
            higher_is_better: higher,
        }
    }

    /// The known figure with this id.
    pub fn find(id: &str) -> Option<FigureKind> {
        FIGURES.iter().copied().find(|f| f.id == id)
    }
}

/// Chinese names of the developers and families entries use, keyed by the exact `developer` and
/// `family` strings (e.g. `"DeepSeek": "深度求索"`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NamesZh {
    #[serde(default)]
    pub developers: BTreeMap<String, String>,
    #[serde(default)]
    pub families: BTreeMap<String, String>,
}

impl NamesZh {
    /// True when no name is given (the member is then left out of written files).
    pub fn is_empty(&self) -> bool {
        self.developers.is_empty() && self.families.is_empty()
    }
}
