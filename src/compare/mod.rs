//! The comparison table of several entries: one row per fact and criterion, best cells marked.
//!
//! The TUI's compare view and `modeldex compare` both render this, so they cannot disagree.

pub mod render;

use crate::data::{CommercialUse, Dataset, Feature, Model, FIGURES};
use crate::format;
use crate::i18n::{t, tf, values, Msg};
use crate::memory;
use crate::score::{self, Weights};
use strum::VariantArray;

/// What a row holds, which decides how it is drawn and how its best cell is chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowKind {
    /// A heading such as "Key facts" or a pillar name; its cells are empty.
    Section,
    /// A fact such as the license or release date.
    Fact,
    /// A sub-criterion score, 1–5.
    Criterion,
    /// A pillar's mean score.
    Pillar,
    /// The weighted overall score.
    Overall,
}

/// One cell: its text, the number it was made from (for charts and best-value marking), and whether
/// it is the best in its row.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    pub text: String,
    pub value: Option<f64>,
    pub best: bool,
}

/// One row of the comparison.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// Stable key: a fact name (`released`) or a criterion/pillar id; `overall` for the total.
    pub key: String,
    pub label: String,
    pub kind: RowKind,
    pub cells: Vec<Cell>,
    /// For a pillar row: its criteria weigh differently, so the figure is a weighted mean.
    pub weighted: bool,
}

/// Entries side by side.
#[derive(Debug, Clone)]
pub struct Comparison {
    /// Dataset positions of the compared entries, one per column.
    pub columns: Vec<usize>,
    pub rows: Vec<Row>,
}

/// Which direction makes a fact row's value better.
#[derive(Clone, Copy)]
enum Better {
    Higher,
    Lower,
    Neither,
}

fn fact_row(
    key: &str,
    label: &str,
    models: &[&Model],
    better: Better,
    cell: impl Fn(&Model) -> (String, Option<f64>),
) -> Row {
    let cells = models
        .iter()
        .map(|m| {
            let (text, value) = cell(m);
            Cell {
                text,
                value,
                best: false,
            }
        })
        .collect();
    let mut row = Row {
        key: key.to_string(),
        label: label.to_string(),
        kind: RowKind::Fact,
        cells,
        weighted: false,
    };
    mark_best(&mut row, better);
    row
}

/// Marks the best cells of a row; nothing is marked when all known values tie or fewer than two
/// values are known, because then nothing stands out.
fn mark_best(row: &mut Row, better: Better) {
    let values: Vec<f64> = row.cells.iter().filter_map(|c| c.value).collect();
    if values.len() < 2 {
        return;
    }
    let target = match better {
        Better::Higher => values.iter().copied().fold(f64::MIN, f64::max),
        Better::Lower => values.iter().copied().fold(f64::MAX, f64::min),
        Better::Neither => return,
    };
    if values.iter().all(|v| (v - target).abs() < 1e-9) {
        return;
    }
    for c in &mut row.cells {
        c.best = c.value.is_some_and(|v| (v - target).abs() < 1e-9);
    }
}

fn section(key: &str, label: &str, n: usize) -> Row {
    Row {
        key: key.to_string(),
        label: label.to_string(),
        kind: RowKind::Section,
        cells: vec![
            Cell {
                text: String::new(),
                value: None,
                best: false
            };
            n
        ],
        weighted: false,
    }
}

fn score_row(key: &str, label: &str, kind: RowKind, scores: Vec<Option<f64>>) -> Row {
    let cells = scores
        .into_iter()
        .map(|s| Cell {
            text: match (kind, s) {
                (RowKind::Criterion, Some(v)) => format!("{v:.0}"),
                _ => format::score(s),
            },
            value: s,
            best: false,
        })
        .collect();
    let mut row = Row {
        key: key.to_string(),
        label: label.to_string(),
        kind,
        cells,
        weighted: false,
    };
    mark_best(&mut row, Better::Higher);
    row
}

fn commercial_rank(c: CommercialUse) -> f64 {
    match c {
        CommercialUse::Yes => 2.0,
        CommercialUse::Restricted => 1.0,
        CommercialUse::No => 0.0,
    }
}

fn key_facts(models: &[&Model]) -> Vec<Row> {
    use Better::{Higher, Lower, Neither};
    let text = |s: String| (s, None);
    let mut rows = vec![
        fact_row("openness", t(Msg::FactOpenness), models, Higher, |m| {
            (
                values::openness(m.openness).to_string(),
                Some(f64::from(m.openness.rank())),
            )
        }),
        fact_row("kind", t(Msg::FactKind), models, Neither, |m| {
            text(values::kind(m.kind).to_string())
        }),
        fact_row("developer", t(Msg::FactDeveloper), models, Neither, |m| {
            text(
                m.developer
                    .clone()
                    .unwrap_or_else(|| format::UNKNOWN.into()),
            )
        }),
        fact_row("released", t(Msg::FactReleased), models, Neither, |m| {
            text(format::released(m))
        }),
        fact_row("params", t(Msg::FactParameters), models, Neither, |m| {
            text(if m.kind == crate::data::Kind::Model {
                values::word(&format::params(m)).to_string()
            } else {
                format::UNKNOWN.to_string()
            })
        }),
        fact_row("context", t(Msg::FactContext), models, Higher, |m| {
            (
                format::context(m.context_tokens),
                m.context_tokens.map(|t| t as f64),
            )
        }),
        fact_row("license", t(Msg::FactLicense), models, Neither, |m| {
            text(m.license.as_ref().map_or_else(
                || format::UNKNOWN.to_string(),
                |l| l.spdx.clone().unwrap_or_else(|| l.name.clone()),
            ))
        }),
        fact_row(
            "commercial_use",
            t(Msg::FactCommercialUse),
            models,
            Higher,
            |m| match m.commercial_use() {
                Some(c) => (
                    values::commercial_use(c).to_string(),
                    Some(commercial_rank(c)),
                ),
                None => text(format::UNKNOWN.to_string()),
            },
        ),
        fact_row("weights", t(Msg::CmpWeights), models, Neither, |m| {
            text(values::availability(m.artifacts.weights).to_string())
        }),
        fact_row("price", t(Msg::CmpPrice), models, Lower, |m| {
            (format::blended(m.pricing.as_ref()), m.blended_price())
        }),
    ];
    // Entries with offers (an imported catalog's, or curated ones a catalog joined) also compare
    // by their cheapest offer, with who makes it.
    if models.iter().any(|m| !m.offers.is_empty()) {
        rows.push(fact_row(
            "cheapest_offer",
            t(Msg::CmpCheapest),
            models,
            Lower,
            |m| match m.cheapest_offer() {
                Some(o) => {
                    let price = o.blended().map_or_else(String::new, format::usd);
                    let at = crate::i18n::pick(
                        format!("{price} at {}", o.provider),
                        format!("{price}（{}）", o.provider),
                    );
                    (at, o.blended())
                }
                None => (format::UNKNOWN.to_string(), None),
            },
        ));
        rows.push(fact_row(
            "providers",
            t(Msg::CmpProviders),
            models,
            Neither,
            |m| text(m.offers.providers().to_string()),
        ));
        rows.extend(offer_rows(models));
    }
    rows
}

/// The label of a capability flag.
pub fn feature_label(f: Feature) -> &'static str {
    t(match f {
        Feature::Reasoning => Msg::FeatReasoning,
        Feature::ToolCall => Msg::FeatToolCall,
        Feature::FileInput => Msg::FeatFileInput,
        Feature::Temperature => Msg::FeatTemperature,
        Feature::StructuredOutput => Msg::FeatStructuredOutput,
    })
}

/// How many of an entry's offers say yes to `f`, as a cell: `yes`, `no`, `at 2 of 5 providers`,
/// `—` when none says.
pub fn feature_text(m: &Model, f: Feature) -> String {
    let said: Vec<bool> = m.offers.iter().filter_map(|o| o.feature(f)).collect();
    let yes = said.iter().filter(|&&y| y).count();
    match (said.len(), yes) {
        (0, _) => format::UNKNOWN.to_string(),
        (_, 0) => t(Msg::FeatNo).to_string(),
        (n, y) if n == y => t(Msg::FeatYes).to_string(),
        (n, y) => tf(Msg::FeatSome, &[("n", &y), ("total", &n)]),
    }
}

/// Rows of the catalog's facts about offers: the longest answer, the cheapest cached input,
/// each capability flag and how many listings are deprecated.
fn offer_rows(models: &[&Model]) -> Vec<Row> {
    use Better::{Higher, Lower, Neither};
    let tokens = |t: Option<u64>| (format::context(t), t.map(|t| t as f64));
    let mut rows = vec![
        fact_row("max_output", t(Msg::CmpMaxOutput), models, Higher, |m| {
            tokens(m.max_output_tokens())
        }),
        fact_row("cache_read", t(Msg::CmpCacheRead), models, Lower, |m| {
            let cache = m
                .offers
                .iter()
                .filter_map(|o| o.cache_read_per_mtok)
                .reduce(f64::min);
            (
                cache.map_or_else(|| format::UNKNOWN.to_string(), format::usd),
                cache,
            )
        }),
    ];
    for &f in Feature::VARIANTS {
        rows.push(fact_row(f.key(), feature_label(f), models, Neither, |m| {
            let value = m.feature(f).map(|y| if y { 1.0 } else { 0.0 });
            (feature_text(m, f), value)
        }));
    }
    rows.push(fact_row(
        "deprecated",
        t(Msg::CmpListingStatus),
        models,
        Neither,
        |m| {
            let n = m.offers.iter().filter(|o| o.is_deprecated()).count();
            let total = m.offers.len();
            let text = match n {
                0 if total == 0 => format::UNKNOWN.to_string(),
                0 => t(Msg::FeatNo).to_string(),
                n if n == total => t(Msg::FeatYes).to_string(),
                n => tf(Msg::FeatSome, &[("n", &n), ("total", &total)]),
            };
            (text, None)
        },
    ));
    rows
}

/// One row per capability figure. An entry without figures reads "not benchmarked"; the best
/// value is starred only when every known value comes from the same snapshot, since index points
/// of two snapshots do not compare.
fn capability_rows(models: &[&Model]) -> Vec<Row> {
    FIGURES
        .iter()
        .map(|kind| {
            let better = if kind.higher_is_better {
                Better::Higher
            } else {
                Better::Lower
            };
            let label = values::word(kind.label);
            let mut row = fact_row(kind.id, label, models, Better::Neither, |m| {
                match m.capability.as_ref() {
                    None => (values::word(format::NOT_BENCHMARKED).to_string(), None),
                    Some(c) => c.figures.get(kind.id).map_or_else(
                        || (format::UNKNOWN.to_string(), None),
                        |f| (format::figure(f.value, f.unit), Some(f.value)),
                    ),
                }
            });
            let dates: std::collections::BTreeSet<&str> = models
                .iter()
                .filter_map(|m| m.capability.as_ref()?.figures.get(kind.id))
                .map(|f| f.as_of.as_str())
                .collect();
            if dates.len() <= 1 {
                mark_best(&mut row, better);
            }
            row
        })
        .collect()
}

/// Where each entry is in its life, when any compared entry's lifecycle is known.
fn lifecycle_row(models: &[&Model]) -> Option<Row> {
    models.iter().any(|m| m.lifecycle.is_some()).then(|| {
        fact_row("status", t(Msg::FactStatus), models, Better::Neither, |m| {
            (
                format::lifecycle(m).unwrap_or_else(|| format::UNKNOWN.into()),
                None,
            )
        })
    })
}

/// The weights' memory at 16/8/4 bits, when any compared entry has downloadable weights of a
/// known size. No best is marked: a smaller footprint is a smaller model, not a better one.
fn memory_row(models: &[&Model]) -> Option<Row> {
    models
        .iter()
        .any(|m| memory::estimate(m).is_some())
        .then(|| {
            fact_row("memory", t(Msg::MemoryRow), models, Better::Neither, |m| {
                let text = memory::estimate(m).map_or_else(
                    || format::UNKNOWN.to_string(),
                    |e| {
                        memory::BITS
                            .map(|b| memory::gb_text(e.gb(b)).trim_end_matches(" GB").to_string())
                            .join(" / ")
                            + " GB"
                    },
                );
                (text, memory::estimate(m).map(memory::Estimate::smallest_gb))
            })
        })
}

/// Builds the comparison of the entries at `columns` (dataset positions; unknown positions are
/// skipped).
pub fn build(dataset: &Dataset, columns: &[usize], weights: &Weights) -> Comparison {
    let columns: Vec<usize> = columns
        .iter()
        .copied()
        .filter(|&i| i < dataset.models.len())
        .collect();
    let models: Vec<&Model> = columns.iter().map(|&i| &dataset.models[i]).collect();
    let n = models.len();
    let mut rows = vec![section("facts", t(Msg::KeyFacts), n)];
    rows.extend(key_facts(&models));
    rows.extend(lifecycle_row(&models));
    rows.extend(memory_row(&models));
    if models.iter().any(|m| m.capability.is_some()) {
        rows.push(section("capability", t(Msg::CmpCapabilityAa), n));
        rows.extend(capability_rows(&models));
    } else {
        // Nothing to set side by side: one line says so instead of nine.
        rows.push(fact_row(
            "capability",
            t(Msg::MdCapability),
            &models,
            Better::Neither,
            |_| (values::word(format::NOT_BENCHMARKED).to_string(), None),
        ));
    }
    for pillar in &dataset.criteria {
        rows.push(section(&pillar.id, &pillar.name, n));
        for c in &pillar.sub_criteria {
            let scores = models
                .iter()
                .map(|m| m.score(&c.id).map(f64::from))
                .collect();
            rows.push(score_row(&c.id, &c.name, RowKind::Criterion, scores));
        }
        let subtotal = models
            .iter()
            .map(|m| score::pillar_score(m, pillar, weights).map(score::round2))
            .collect();
        let weighted = weights.weighs_within(pillar);
        let label = if weighted {
            Msg::PillarWeightedMeanOf
        } else {
            Msg::PillarMeanOf
        };
        let mut row = score_row(
            &pillar.id,
            &crate::i18n::tf(label, &[("pillar", &pillar.name)]),
            RowKind::Pillar,
            subtotal,
        );
        row.weighted = weighted;
        rows.push(row);
    }
    let overall = models
        .iter()
        .map(|m| score::weighted_score(m, dataset, weights).map(score::round2))
        .collect();
    rows.push(score_row(
        "overall",
        t(Msg::WeightedTotal),
        RowKind::Overall,
        overall,
    ));
    // How much each total rests on, beside it: a total from few ratings says little.
    rows.push(fact_row(
        "coverage",
        t(Msg::CriteriaRated),
        &models,
        Better::Higher,
        |m| {
            let c = score::coverage(m, dataset);
            (c.fraction(), Some(c.rated as f64))
        },
    ));
    Comparison { columns, rows }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row<'c>(c: &'c Comparison, key: &str) -> &'c Row {
        c.rows.iter().find(|r| r.key == key).unwrap()
    }

    fn compare(ids: &[&str]) -> Comparison {
        let d = Dataset::embedded().unwrap();
        let columns: Vec<usize> = ids.iter().map(|id| d.position_of(id).unwrap()).collect();
        build(&d, &columns, &Weights::default())
    }

    #[test]
    fn the_blended_price_decides_the_star_with_both_prices_beside_it() {
        // GPT-5.1 costs $1.25 in / $10 out (blended $3.44); DeepSeek V4 Pro is cheaper blended.
        let c = compare(&["gpt-5-1", "deepseek-v4-pro"]);
        let price = row(&c, "price");
        assert!(
            price.cells[0]
                .text
                .starts_with("$3.44 ($1.25 in / $10.00 out)"),
            "{price:?}"
        );
        assert!(!price.cells[0].best);
        assert!(price.cells[1].best, "{price:?}");
    }

    #[test]
    fn a_pillar_whose_criteria_weigh_differently_is_labelled_a_weighted_mean() {
        let d = Dataset::embedded().unwrap();
        let columns = [
            d.position_of("gpt-5-1").unwrap(),
            d.position_of("bloom").unwrap(),
        ];
        let pillar = |c: &Comparison, id: &str| {
            let r = c
                .rows
                .iter()
                .find(|r| r.key == id && r.kind == RowKind::Pillar);
            r.cloned().unwrap()
        };
        let plain = build(&d, &columns, &Weights::default());
        assert!(!pillar(&plain, "privacy").weighted);
        assert!(pillar(&plain, "privacy").label.ends_with("(mean)"));
        // privacy-first weighs self-hosting 5 within privacy and leaves the others' criteria alone.
        let w = crate::weights::Preset::PrivacyFirst.weights();
        let weighted = build(&d, &columns, &w);
        let privacy = pillar(&weighted, "privacy");
        assert!(privacy.weighted && privacy.label.ends_with("(weighted mean)"));
        assert!(!pillar(&weighted, "community").weighted);
        assert!(render::legend(&d, &w).contains("weighted mean"));
        assert!(!render::legend(&d, &Weights::default()).contains("weighted mean"));
    }

    #[test]
    fn the_total_says_how_many_criteria_it_rests_on() {
        let d = Dataset::embedded().unwrap();
        let c = compare(&["gpt-5-1", "deepseek-v4-pro"]);
        let coverage = row(&c, "coverage");
        let total = d.leaf_criteria().count();
        assert_eq!(coverage.cells[0].text, format!("{total}/{total}"));
        let last = c.rows.last().unwrap();
        assert_eq!(last.key, "coverage", "right under the weighted total");
    }

    #[test]
    fn capability_rows_star_the_best_and_say_what_is_not_benchmarked() {
        let c = compare(&["gpt-5-1", "llama-4-maverick", "bert"]);
        let intelligence = row(&c, "intelligence_index");
        assert_eq!(intelligence.cells[0].text, "47.7");
        assert!(intelligence.cells[0].best);
        assert_eq!(intelligence.cells[2].text, "not benchmarked");
        let latency = row(&c, "time_to_first_token");
        let best: Vec<bool> = latency.cells.iter().map(|c| c.best).collect();
        let values: Vec<f64> = latency.cells.iter().filter_map(|c| c.value).collect();
        let lowest = values.iter().copied().fold(f64::MAX, f64::min);
        let starred = latency.cells.iter().find(|c| c.best).unwrap();
        assert_eq!(
            starred.value,
            Some(lowest),
            "lower latency is better: {best:?}"
        );
    }

    #[test]
    fn figures_of_two_snapshots_get_no_star() {
        let mut d = Dataset::embedded().unwrap();
        let i = d.position_of("llama-4-maverick").unwrap();
        let c = d.models[i].capability.as_mut().unwrap();
        c.figures.get_mut("intelligence_index").unwrap().as_of = "2026-11-30".into();
        let j = d.position_of("gpt-5-1").unwrap();
        let cmp = build(&d, &[j, i], &Weights::default());
        assert!(row(&cmp, "intelligence_index")
            .cells
            .iter()
            .all(|c| !c.best));
        assert!(row(&cmp, "coding_index").cells.iter().any(|c| c.best));
    }
}
