//! Human-readable renderings of facts, shared by the TUI and the command line.

use crate::data::{Availability, Feature, Model, Offer, Pricing, Status, Unit};
use crate::i18n::pick;
use strum::VariantArray;

/// Text shown for a fact the developer has not disclosed.
pub const UNDISCLOSED: &str = "undisclosed";
/// Text shown for a fact that is unknown or does not apply.
pub const UNKNOWN: &str = "—";

/// A count with thousands separators: `5,276`.
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Parameter count, e.g. `176B`, `8x7B`-style totals as `46.7B`, or `undisclosed`.
pub fn params(model: &Model) -> String {
    match (model.params_b, model.active_params_b) {
        (Some(total), Some(active)) => crate::i18n::pick(
            format!("{} ({} active)", billions(total), billions(active)),
            format!("{}（激活 {}）", billions(total), billions(active)),
        ),
        (Some(total), None) => billions(total),
        (None, _) => UNDISCLOSED.to_string(),
    }
}

/// A count in billions with a sensible number of digits.
pub fn billions(b: f64) -> String {
    if b >= 1000.0 {
        format!("{}T", trim_float(b / 1000.0, 2))
    } else if b >= 1.0 {
        format!("{}B", trim_float(b, 1))
    } else {
        format!("{}M", trim_float(b * 1000.0, 0))
    }
}

fn trim_float(x: f64, decimals: usize) -> String {
    let s = format!("{x:.decimals$}");
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

/// Context window, e.g. `128K` (for 128,000 or 131,072), `1M`, `2K`, `512`.
pub fn context(tokens: Option<u64>) -> String {
    const MI: u64 = 1_048_576;
    match tokens {
        None => UNKNOWN.to_string(),
        Some(0) => "0".to_string(),
        Some(t) if t % 1_000_000 == 0 => format!("{}M", t / 1_000_000),
        Some(t) if t % MI == 0 => format!("{}M", t / MI),
        Some(t) if t >= 1_000_000 => format!("{}M", trim_float(t as f64 / 1e6, 2)),
        Some(t) if t >= 1000 && t % 1000 == 0 => format!("{}K", t / 1000),
        Some(t) if t >= 1024 && t % 1024 == 0 => format!("{}K", t / 1024),
        Some(t) if t >= 10_000 => format!("{}K", trim_float(t as f64 / 1000.0, 1)),
        Some(t) => t.to_string(),
    }
}

/// A USD amount per million tokens.
pub fn usd(x: f64) -> String {
    if x == 0.0 {
        crate::i18n::pick("free", "免费").to_string()
    } else if x < 0.1 {
        format!("${x:.3}")
    } else {
        format!("${x:.2}")
    }
}

/// Price per million tokens as `in $2.50 / out $10.00`, or `—`.
pub fn price(pricing: Option<&Pricing>) -> String {
    let Some(p) = pricing else {
        return UNKNOWN.to_string();
    };
    match (p.input_per_mtok, p.output_per_mtok) {
        (Some(i), Some(o)) => pick(
            format!("{} in / {} out", usd(i), usd(o)),
            format!("输入 {} / 输出 {}", usd(i), usd(o)),
        ),
        (Some(i), None) => pick(format!("{} in", usd(i)), format!("输入 {}", usd(i))),
        (None, Some(o)) => pick(format!("{} out", usd(o)), format!("输出 {}", usd(o))),
        (None, None) => UNKNOWN.to_string(),
    }
}

/// The blended price with the two prices beside it: `$3.44 ($1.25 in / $10.00 out)`; without
/// both prices, what is known.
pub fn blended(pricing: Option<&Pricing>) -> String {
    match pricing.and_then(Pricing::blended) {
        Some(b) => pick(
            format!("{} ({})", usd(b), price(pricing)),
            format!("{}（{}）", usd(b), price(pricing)),
        ),
        None => price(pricing),
    }
}

/// An offer's terms on one line: `$6.00 ($5.00 in / $25.00 out) · 1M context · 128K out max`;
/// unknown parts are left out (`—` when nothing is known).
pub fn offer_terms(o: &Offer) -> String {
    let pricing = Pricing {
        input_per_mtok: o.input_per_mtok,
        output_per_mtok: o.output_per_mtok,
        as_of: None,
        source: None,
        note: None,
    };
    let mut parts = Vec::with_capacity(3);
    if o.input_per_mtok.is_some() || o.output_per_mtok.is_some() {
        parts.push(blended(Some(&pricing)));
    }
    if let Some(t) = o.context_tokens {
        let c = context(Some(t));
        parts.push(pick(format!("{c} context"), format!("上下文 {c}")));
    }
    if let Some(t) = o.max_output_tokens {
        let c = context(Some(t));
        parts.push(pick(format!("{c} out max"), format!("最长输出 {c}")));
    }
    if parts.is_empty() {
        return UNKNOWN.to_string();
    }
    parts.join(" · ")
}

/// The rest of an offer's listing for `show`: `cached input $0.50 · reasoning, tool calling ·
/// deprecated`; `None` when the catalog says none of it.
pub fn offer_extras(o: &Offer) -> Option<String> {
    let mut parts = Vec::new();
    if let Some(c) = o.cache_read_per_mtok {
        parts.push(format!("cached input {}", usd(c)));
    }
    let has: Vec<&str> = Feature::VARIANTS
        .iter()
        .filter(|f| o.feature(**f) == Some(true))
        .map(|f| f.label())
        .collect();
    if !has.is_empty() {
        parts.push(has.join(", "));
    }
    if let Some(s) = o.status {
        parts.push(s.as_str().to_string());
    }
    (!parts.is_empty()).then(|| parts.join(" · "))
}

/// What an entry's offers say it can do, for `show` and the detail view: `reasoning, tool
/// calling (2 of 3 providers)`; `None` when no offer says anything.
pub fn features(m: &Model) -> Option<String> {
    let parts: Vec<String> = Feature::VARIANTS
        .iter()
        .filter_map(|&f| {
            let said: Vec<bool> = m.offers.iter().filter_map(|o| o.feature(f)).collect();
            let yes = said.iter().filter(|&&y| y).count();
            match yes {
                0 => None,
                y if y == said.len() => Some(crate::i18n::values::word(f.label()).to_string()),
                y => {
                    let label = crate::i18n::values::word(f.label());
                    let n = said.len();
                    Some(pick(
                        format!("{label} ({y} of {n} providers)"),
                        format!("{label}（{n} 家中 {y} 家）"),
                    ))
                }
            }
        })
        .collect();
    let any_said = Feature::VARIANTS
        .iter()
        .any(|&f| m.offers.iter().any(|o| o.feature(f).is_some()));
    match (parts.is_empty(), any_said) {
        (_, false) => None,
        (true, true) => Some(pick("none listed", "均未标明").into()),
        (false, true) => Some(parts.join(", ")),
    }
}

/// The providers and the cheapest blended price of a list row: `8 prov $6.00` (`1 prov —` when
/// no offer has both prices); `None` for an entry without offers.
pub fn offers_brief(m: &Model) -> Option<String> {
    if m.offers.is_empty() {
        return None;
    }
    let price = m
        .cheapest_offer()
        .and_then(Offer::blended)
        .map_or_else(|| UNKNOWN.to_string(), usd);
    let n = m.offers.providers();
    Some(pick(format!("{n} prov {price}"), format!("{n} 家 {price}")))
}

/// Where an entry's facts came from: the file's name, or "the embedded dataset".
pub fn facts_from(m: &Model) -> String {
    m.facts_from.as_deref().map_or_else(
        || pick("the embedded dataset", "内置数据集").to_string(),
        str::to_string,
    )
}

/// The release date as written in the data, or `—`.
pub fn released(model: &Model) -> String {
    model
        .released
        .clone()
        .unwrap_or_else(|| UNKNOWN.to_string())
}

/// Availability of an artefact, or `—` when not applicable.
pub fn availability(a: Option<Availability>) -> &'static str {
    a.map_or(UNKNOWN, Availability::as_str)
}

/// `yes`/`no` for a flag.
pub fn yes_no(b: bool) -> &'static str {
    match (b, crate::i18n::current()) {
        (true, crate::i18n::Lang::En) => "yes",
        (false, crate::i18n::Lang::En) => "no",
        (true, crate::i18n::Lang::Zh) => "是",
        (false, crate::i18n::Lang::Zh) => "否",
    }
}

/// A score with one decimal, or `not rated`.
pub fn score(s: Option<f64>) -> String {
    s.map_or_else(
        || pick("not rated", "未评分").to_string(),
        |v| format!("{v:.1}"),
    )
}

/// A weighted score with how many criteria it rests on: `3.9 · 12/12 rated`; `not rated` alone
/// when nothing is rated.
pub fn score_with_coverage(s: Option<f64>, coverage: crate::score::Coverage) -> String {
    match s {
        Some(_) => crate::i18n::tf(
            crate::i18n::Msg::ScoreCoverage,
            &[("score", &score(s)), ("rated", &coverage.fraction())],
        ),
        None => score(s),
    }
}

/// The compact form for table columns: `3.9 12/12`.
pub fn score_and_coverage(s: Option<f64>, coverage: crate::score::Coverage) -> String {
    match s {
        Some(_) => format!("{} {}", score(s), coverage.fraction()),
        None => score(s),
    }
}

/// A capability figure on its scale: `47.7` (index points), `87.3%`, `289 tok/s`, `0.46 s`.
pub fn figure(value: f64, unit: Unit) -> String {
    match unit {
        Unit::Points => trim_float(value, 1),
        Unit::Percent => format!("{}%", trim_float(value, 1)),
        Unit::TokensPerSecond => format!("{} tok/s", trim_float(value, 0)),
        Unit::Seconds => format!("{} s", trim_float(value, 2)),
    }
}

/// Text shown for an entry without capability figures.
pub const NOT_BENCHMARKED: &str = "not benchmarked";

/// Where an entry is in its life with its date: `retired 2026-05-15`,
/// `deprecated, shuts down 2026-12-11`, `active`; `None` when the dataset does not say.
pub fn lifecycle(model: &Model) -> Option<String> {
    let l = model.lifecycle.as_ref()?;
    Some(match (l.status, &l.date) {
        (Status::Active, _) => pick("active", "在售").to_string(),
        (Status::Retired, Some(d)) => format!("{} {d}", pick("retired", "已下线")),
        (Status::Retired, None) => pick("retired", "已下线").to_string(),
        (Status::Deprecated, Some(d)) => pick(
            format!("deprecated, shuts down {d}"),
            format!("已弃用，{d} 停止服务"),
        ),
        (Status::Deprecated, None) => pick(
            "deprecated, no shutdown date announced",
            "已弃用，尚未公布停止服务日期",
        )
        .to_string(),
    })
}

/// The short badge a list row carries for an entry that is going or gone; active and unknown
/// entries carry none, so the badge stands out.
pub fn lifecycle_badge(model: &Model) -> Option<&'static str> {
    match model.lifecycle.as_ref()?.status {
        Status::Active => None,
        Status::Deprecated => Some(pick("deprecated", "已弃用")),
        Status::Retired => Some(pick("retired", "已下线")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_counts() {
        assert_eq!(billions(176.0), "176B");
        assert_eq!(billions(6.7), "6.7B");
        assert_eq!(billions(0.35), "350M");
        assert_eq!(billions(1000.0), "1T");
        assert_eq!(context(Some(128_000)), "128K");
        assert_eq!(context(Some(131_072)), "128K");
        assert_eq!(context(Some(2048)), "2K");
        assert_eq!(context(Some(0)), "0");
        assert_eq!(context(Some(1_000_000)), "1M");
        assert_eq!(context(None), "—");
        assert_eq!(usd(2.5), "$2.50");
        assert_eq!(usd(0.075), "$0.075");
        assert_eq!(figure(47.7, Unit::Points), "47.7");
        assert_eq!(figure(54.0, Unit::Points), "54");
        assert_eq!(figure(87.3, Unit::Percent), "87.3%");
        assert_eq!(figure(289.001, Unit::TokensPerSecond), "289 tok/s");
        assert_eq!(figure(0.463, Unit::Seconds), "0.46 s");
    }

    #[test]
    fn lifecycle_says_status_and_date() {
        let d = crate::data::Dataset::embedded().unwrap();
        let m = |id: &str| &d.models[d.position_of(id).unwrap()];
        assert_eq!(
            lifecycle(m("grok-3")).as_deref(),
            Some("retired 2026-05-15")
        );
        assert_eq!(lifecycle_badge(m("grok-3")), Some("retired"));
        assert_eq!(
            lifecycle(m("gpt-5")).as_deref(),
            Some("deprecated, shuts down 2026-12-11")
        );
        assert_eq!(lifecycle_badge(m("gpt-5")), Some("deprecated"));
        assert_eq!(lifecycle(m("kimi-k2-6")).as_deref(), Some("active"));
        assert_eq!(lifecycle_badge(m("kimi-k2-6")), None);
        let unknown = d.models.iter().find(|m| m.lifecycle.is_none()).unwrap();
        assert_eq!((lifecycle(unknown), lifecycle_badge(unknown)), (None, None));
    }
}
