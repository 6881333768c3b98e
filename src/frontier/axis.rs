//! What the frontier's axes can show: blended price, capability (Intelligence Index), weighted
//! score, release date and parameter count, with their direction and scale.

use crate::data::{Dataset, Model};
use crate::format;
use crate::i18n::pick;
use crate::score::{self, Weights};

/// Which end of an axis is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Better {
    Lower,
    Higher,
}

/// A quantity on one axis of the frontier chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Axis {
    /// Blended API price, USD per million tokens (3 input : 1 output); lower is better.
    Price,
    /// Artificial Analysis Intelligence Index; higher is better.
    Capability,
    /// The weighted overall score under the active weights; higher is better.
    Score,
    /// Release date as a fractional year; newer is better.
    Released,
    /// Total parameters in billions; fewer is better (cheaper to run).
    Parameters,
}

impl Axis {
    /// Every axis, in the order `x`/`y` cycle through them.
    pub const ALL: [Axis; 5] = [
        Axis::Price,
        Axis::Capability,
        Axis::Score,
        Axis::Released,
        Axis::Parameters,
    ];

    /// The word the command line takes (`--x price`).
    pub fn id(self) -> &'static str {
        match self {
            Axis::Price => "price",
            Axis::Capability => "intelligence",
            Axis::Score => "score",
            Axis::Released => "released",
            Axis::Parameters => "params",
        }
    }

    /// The axis a command-line word names.
    pub fn parse(word: &str) -> Option<Axis> {
        Axis::ALL.into_iter().find(|a| a.id() == word)
    }

    /// The axis title.
    pub fn label(self) -> &'static str {
        match self {
            Axis::Price => pick("blended price $/Mtok (log)", "综合价格 $/百万token（对数）"),
            Axis::Capability => pick("Intelligence Index", "智能指数"),
            Axis::Score => pick("weighted score", "加权评分"),
            Axis::Released => pick("released", "发布日期"),
            Axis::Parameters => pick("parameters (log)", "参数量（对数）"),
        }
    }

    /// A column header: `price $/Mtok`, `intelligence`.
    pub fn short(self) -> &'static str {
        match self {
            Axis::Price => pick("price $/Mtok", "价格 $/百万token"),
            Axis::Capability => pick("intelligence", "智能指数"),
            Axis::Score => pick("score", "评分"),
            Axis::Released => pick("released", "发布"),
            Axis::Parameters => pick("params", "参数量"),
        }
    }

    /// The comparative of a better value: `cheaper`, `more capable`.
    pub fn better_word(self) -> &'static str {
        match self {
            Axis::Price => pick("cheaper", "更便宜"),
            Axis::Capability => pick("more capable", "更强"),
            Axis::Score => pick("better scored", "评分更高"),
            Axis::Released => pick("newer", "更新"),
            Axis::Parameters => pick("smaller", "更小"),
        }
    }

    /// Whether the axis is drawn on a logarithmic scale (prices and sizes span decades).
    pub fn log(self) -> bool {
        matches!(self, Axis::Price | Axis::Parameters)
    }

    /// Which end is better.
    pub fn better(self) -> Better {
        match self {
            Axis::Price | Axis::Parameters => Better::Lower,
            _ => Better::Higher,
        }
    }

    /// The next axis after this one that is not `other` (the two axes never coincide).
    pub fn next_except(self, other: Axis) -> Axis {
        let at = Axis::ALL.iter().position(|a| *a == self).unwrap_or(0);
        (1..=Axis::ALL.len())
            .map(|k| Axis::ALL[(at + k) % Axis::ALL.len()])
            .find(|a| *a != other)
            .unwrap_or(self)
    }

    /// The entry's value on this axis; `None` when unknown, or not drawable (a free price or an
    /// unknown size on a log axis).
    pub fn value(self, m: &Model, d: &Dataset, w: &Weights) -> Option<f64> {
        let v = match self {
            Axis::Price => m.blended_price(),
            Axis::Capability => m.capability.as_ref()?.value("intelligence_index"),
            Axis::Score => score::weighted_score(m, d, w),
            Axis::Released => fractional_year(m.released.as_deref()?),
            Axis::Parameters => m.params_b,
        }?;
        (v.is_finite() && (!self.log() || v > 0.0)).then_some(v)
    }

    /// A value as the axis shows it: `$3.44`, `47.7`, `4.1`, `2025-11`, `400B`.
    pub fn format(self, v: f64) -> String {
        match self {
            Axis::Price => format::usd(v),
            Axis::Capability | Axis::Score => format!("{v:.1}"),
            Axis::Released => {
                let year = v.floor();
                let month = ((v - year) * 12.0).floor() as u32 + 1;
                format!("{year:.0}-{:02}", month.min(12))
            }
            Axis::Parameters => format::billions(v),
        }
    }

    /// A short tick label: like [`format`](Self::format) but without needless digits.
    pub fn tick(self, v: f64) -> String {
        match self {
            Axis::Price if v >= 1.0 => format!("${v:.0}"),
            Axis::Price => format!("${}", trim(v)),
            Axis::Released => format!("{:.0}", v.floor()),
            Axis::Capability => format!("{v:.0}"),
            _ => self.format(v),
        }
    }
}

fn trim(v: f64) -> String {
    let s = format!("{v:.3}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// `2025-11-12` → 2025.86; `2025-11` → the start of that month; `2025` → its start.
fn fractional_year(date: &str) -> Option<f64> {
    let mut parts = date.split('-');
    let year: f64 = parts.next()?.parse().ok()?;
    let month: f64 = parts.next().map_or(Some(1.0), |m| m.parse().ok())?;
    let day: f64 = parts.next().map_or(Some(1.0), |d| d.parse().ok())?;
    Some(year + (month - 1.0) / 12.0 + (day - 1.0) / 365.0)
}
