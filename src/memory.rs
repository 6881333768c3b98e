//! "Can I run it?": the memory a model's downloadable weights take at 16, 8 and 4 bits per
//! parameter — an estimate of the weights alone, from the total parameter count.

use crate::data::{Availability, Model};

/// The precisions shown, widest first: 16-bit (bf16/fp16), 8-bit and 4-bit quantisations.
pub const BITS: [u8; 3] = [16, 8, 4];

/// What every memory figure means, said wherever one is shown.
pub const NOTE: &str = "estimate of the weights alone (every parameter, all experts of a MoE); \
                        KV cache not included";

/// The comparison row's label: what the three figures are, and that they are estimates.
pub const COMPARE_LABEL: &str = "Memory 16/8/4-bit (est.)";

/// Memory estimate of one model's weights.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Estimate {
    /// Total parameters in billions; a mixture of experts counts every expert, since all of them
    /// must be in memory even though only some are active per token.
    pub params_b: f64,
}

impl Estimate {
    /// Gigabytes (10^9 bytes) the weights take at `bits` per parameter.
    pub fn gb(self, bits: u8) -> f64 {
        self.params_b * f64::from(bits) / 8.0
    }

    /// The smallest footprint shown (4 bits per parameter).
    pub fn smallest_gb(self) -> f64 {
        self.gb(BITS[BITS.len() - 1])
    }

    /// The widest precision whose weights fit in `gb`, if any.
    pub fn best_fit(self, gb: f64) -> Option<u8> {
        BITS.into_iter().find(|&b| self.gb(b) <= gb)
    }
}

/// The estimate for `m` when its weights can be downloaded (open, or behind a licence
/// click-through) and its total parameter count is known; `None` otherwise.
pub fn estimate(m: &Model) -> Option<Estimate> {
    let downloadable = matches!(
        m.artifacts.weights,
        Some(Availability::Open | Availability::Restricted)
    );
    let params_b = m.params_b.filter(|p| p.is_finite() && *p > 0.0)?;
    downloadable.then_some(Estimate { params_b })
}

/// Whether `m`'s weights fit in `gb` gigabytes at the smallest precision shown (4 bits).
/// Entries without an estimate never fit: nothing is known to run locally.
pub fn fits(m: &Model, gb: f64) -> bool {
    estimate(m).is_some_and(|e| e.smallest_gb() <= gb)
}

/// A size in gigabytes with sensible digits: `810 GB`, `60.5 GB`, `3.5 GB`, `0.7 GB`.
pub fn gb_text(gb: f64) -> String {
    if gb >= 100.0 {
        format!("{gb:.0} GB")
    } else {
        let s = format!("{gb:.1}");
        format!("{} GB", s.strip_suffix(".0").unwrap_or(&s))
    }
}

/// The three figures on one line: `16-bit 240 GB · 8-bit 120 GB · 4-bit 60 GB`.
pub fn summary(e: Estimate) -> String {
    BITS.map(|b| {
        let gb = gb_text(e.gb(b));
        crate::i18n::pick(format!("{b}-bit {gb}"), format!("{b} 位 {gb}"))
    })
    .join(" · ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::Dataset;
    use crate::i18n::{Lang, Msg};

    #[test]
    fn the_note_and_label_are_the_catalogs_english() {
        // JSON keeps the English constants; screens read the catalog: they must say the same.
        assert_eq!(Msg::MemoryNote.text(Lang::En), NOTE);
        assert_eq!(Msg::MemoryRow.text(Lang::En), COMPARE_LABEL);
    }

    fn model(id: &str) -> Model {
        let d = Dataset::embedded().unwrap();
        d.models[d.position_of(id).unwrap()].clone()
    }

    #[test]
    fn weights_take_two_bytes_a_parameter_at_16_bits_and_all_experts_count() {
        let maverick = model("llama-4-maverick");
        assert_eq!(maverick.params_b, Some(400.0));
        assert!(maverick.active_params_b.is_some_and(|a| a < 400.0));
        let e = estimate(&maverick).unwrap();
        assert_eq!(summary(e), "16-bit 800 GB · 8-bit 400 GB · 4-bit 200 GB");
        assert_eq!(e.best_fit(450.0), Some(8));
        assert_eq!(e.best_fit(100.0), None);
    }

    #[test]
    fn only_downloadable_weights_with_a_known_size_get_an_estimate() {
        let mut m = model("llama-3-3-70b");
        assert!(estimate(&m).is_some());
        assert!(fits(&m, 35.0) && !fits(&m, 34.9));
        m.artifacts.weights = Some(Availability::Closed);
        assert_eq!(estimate(&m), None);
        assert!(!fits(&m, 1e9));
        let mut unknown = model("llama-3-3-70b");
        unknown.params_b = None;
        assert_eq!(estimate(&unknown), None);
        assert_eq!(estimate(&model("gpt-5-1")), None);
    }

    #[test]
    fn sizes_read_well() {
        assert_eq!(gb_text(810.0), "810 GB");
        assert_eq!(gb_text(60.5), "60.5 GB");
        assert_eq!(gb_text(35.0), "35 GB");
        assert_eq!(gb_text(0.675), "0.7 GB");
    }
}
