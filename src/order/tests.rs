//! The precomputed keys against the plain statement of the order.

use super::*;
use crate::score::ranking_score;
use crate::search::fold;

/// The plain statement of the order: a stable sort on keys built from the model each time.
fn reference(positions: &mut [usize], key: &SortKey, d: &Dataset, w: &Weights) {
    let models = &d.models;
    let name = |i: usize| (fold(&models[i].name), models[i].id.clone());
    match key {
        SortKey::Natural => {}
        SortKey::Name => positions.sort_by_cached_key(|&i| name(i)),
        SortKey::Released => positions.sort_by_cached_key(|&i| {
            let m = &models[i];
            (m.released.is_none(), Reverse(m.release_key()), name(i))
        }),
        SortKey::Developer => positions.sort_by_cached_key(|&i| {
            let developer = models[i].developer.as_deref().map(fold);
            (developer.is_none(), developer, name(i))
        }),
        SortKey::Score => {
            positions.sort_by_cached_key(|&i| (score_key(ranking_score(&models[i], d, w)), name(i)))
        }
        SortKey::Criterion(id) => positions
            .sort_by_cached_key(|&i| (score_key(models[i].score(id).map(f64::from)), name(i))),
        // Latency sorts lowest first: the key of its negated value.
        SortKey::Figure(id) => positions.sort_by_cached_key(|&i| {
            let v = models[i].figure(id);
            let v = if id == "time_to_first_token" {
                v.map(|x| -x)
            } else {
                v
            };
            (v.is_none(), score_key(v), name(i))
        }),
        SortKey::Price => positions.sort_by_cached_key(|&i| {
            let p = models[i].blended_price();
            (p.is_none(), score_key(p.map(|x| -x)), name(i))
        }),
        SortKey::Context => positions.sort_by_cached_key(|&i| {
            let c = models[i].context_window();
            (c.is_none(), Reverse(c), name(i))
        }),
        SortKey::MaxOutput => positions.sort_by_cached_key(|&i| {
            let c = models[i].max_output_tokens();
            (c.is_none(), Reverse(c), name(i))
        }),
    }
}

/// A synthetic catalog made awkward: clashing names, case, wide chars, unknowns, many ratings.
fn awkward() -> Dataset {
    let text = crate::synthetic::catalog_json(1_500, crate::synthetic::Shape::Native);
    let mut d = Dataset::from_json_str(&text).unwrap();
    let ids: Vec<String> = d.leaf_criteria().map(|(_, c)| c.id.clone()).collect();
    let template = d.models[0].ratings.values().next().unwrap().clone();
    let mut seed = 7u64;
    let mut next = move |n: u64| {
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
        (seed >> 33) % n
    };
    let names = [
        "Llama",
        "llama",
        "LLAMA",
        "Ärger",
        "ärger",
        "通义千问",
        "Zeta",
        "",
    ];
    for m in d.models.iter_mut() {
        match next(6) {
            0 => m.name = names[next(names.len() as u64) as usize].to_string(),
            1 => m.developer = None,
            2 => {
                m.released =
                    [None, Some("2024".into()), Some("garbage".into())][next(3) as usize].clone()
            }
            3 => m.developer = Some(["OPENAI", "openai", "Ökö"][next(3) as usize].into()),
            _ => {}
        }
        for id in &ids {
            if next(3) == 0 {
                let mut r = template.clone();
                r.score = 1 + next(5) as u8;
                m.ratings.insert(id.clone(), r);
            }
        }
    }
    d
}

#[test]
fn precomputed_keys_sort_exactly_like_the_plain_keys() {
    let d = awkward();
    let mut keys: Vec<SortKey> = vec![
        SortKey::Name,
        SortKey::Released,
        SortKey::Developer,
        SortKey::Score,
    ];
    keys.extend(
        d.leaf_criteria()
            .map(|(_, c)| SortKey::Criterion(c.id.clone())),
    );
    let mut tilted = Weights::default();
    tilted.pillars.insert(d.criteria[0].id.clone(), 0);
    tilted.pillars.insert(d.criteria[1].id.clone(), 5);
    for c in &d.criteria[2].sub_criteria {
        tilted.criteria.insert(c.id.clone(), 0);
    }
    let all: Vec<usize> = (0..d.models.len()).collect();
    // Reversed and partial inputs check that ties keep the input order.
    let inputs = [
        all.clone(),
        all.iter().rev().copied().collect(),
        all.iter().step_by(3).copied().collect(),
    ];
    let sort_keys = SortKeys::new();
    for w in [Weights::default(), tilted] {
        for key in &keys {
            for input in &inputs {
                let (mut want, mut got) = (input.clone(), input.clone());
                reference(&mut want, key, &d, &w);
                sort_keys.sort(&mut got, key, &d, &w);
                assert_eq!(got, want, "{key:?}");
            }
        }
    }
}

#[test]
fn folded_comparison_matches_comparing_folded_strings() {
    let words = [
        "a", "B", "b", "ä", "Ä", "z", "通", "", "ab", "A b", "İx", "ix",
    ];
    for a in words {
        for b in words {
            assert_eq!(cmp_folded(a, b), fold(a).cmp(&fold(b)), "{a} {b}");
        }
    }
}

#[test]
fn positions_outside_the_dataset_sort_last_instead_of_panicking() {
    let d = awkward();
    let mut p = vec![usize::MAX, 0, 1];
    SortKeys::new().sort(&mut p, &SortKey::Score, &d, &Weights::default());
    assert_eq!(p.last(), Some(&usize::MAX));
}

#[test]
fn figures_and_prices_sort_best_first_with_unknowns_last() {
    let d = Dataset::embedded().unwrap();
    let w = Weights::default();
    let keys = [
        SortKey::Figure("intelligence_index".into()),
        SortKey::Figure("output_speed".into()),
        SortKey::Figure("time_to_first_token".into()),
        SortKey::Price,
    ];
    for key in &keys {
        let mut want: Vec<usize> = (0..d.models.len()).rev().collect();
        let mut got = want.clone();
        reference(&mut want, key, &d, &w);
        SortKeys::new().sort(&mut got, key, &d, &w);
        assert_eq!(got, want, "{key:?}");
    }
    let mut by_price: Vec<usize> = (0..d.models.len()).collect();
    SortKeys::new().sort(&mut by_price, &SortKey::Price, &d, &w);
    let prices: Vec<f64> = by_price
        .iter()
        .filter_map(|&i| d.models[i].blended_price())
        .collect();
    assert!(prices.windows(2).all(|p| p[0] <= p[1]), "cheapest first");
    let last = &d.models[*by_price.last().unwrap()];
    assert_eq!(last.blended_price(), None, "unpriced last");
    let mut by_latency: Vec<usize> = (0..d.models.len()).collect();
    SortKeys::new().sort(&mut by_latency, &keys[2], &d, &w);
    let ttft: Vec<f64> = by_latency
        .iter()
        .filter_map(|&i| d.models[i].figure("time_to_first_token"))
        .collect();
    assert!(
        ttft.windows(2).all(|p| p[0] <= p[1]),
        "lowest latency first"
    );
}

/// The catalog fixture, grouped: offers with context, max output and prices.
fn catalog() -> Dataset {
    let text = include_str!("../../tests/fixtures/models-dev-api.subset.json");
    let mut d = crate::data::load::parse_bytes(text.as_bytes(), None)
        .unwrap()
        .0;
    d.models = crate::data::grouping::group_listings(std::mem::take(&mut d.models));
    d
}

#[test]
fn context_and_max_output_sort_largest_first_with_unknowns_last() {
    let d = catalog();
    let w = Weights::default();
    for key in [
        SortKey::Context,
        SortKey::MaxOutput,
        SortKey::Price,
        SortKey::Released,
    ] {
        let mut want: Vec<usize> = (0..d.models.len()).rev().collect();
        let mut got = want.clone();
        reference(&mut want, &key, &d, &w);
        SortKeys::new().sort(&mut got, &key, &d, &w);
        assert_eq!(got, want, "{key:?}");
    }
    let mut p: Vec<usize> = (0..d.models.len()).collect();
    SortKeys::new().sort(&mut p, &SortKey::MaxOutput, &d, &w);
    let first = d.models[p[0]].max_output_tokens().unwrap();
    assert!(d
        .models
        .iter()
        .filter_map(Model::max_output_tokens)
        .all(|t| t <= first));
}

#[test]
fn reversing_turns_known_values_around_keeps_unknowns_last_and_ties_by_name() {
    let d = catalog();
    let w = Weights::default();
    let keys = SortKeys::new();
    for key in [
        SortKey::Name,
        SortKey::Released,
        SortKey::Developer,
        SortKey::Score,
        SortKey::Price,
        SortKey::Context,
        SortKey::MaxOutput,
    ] {
        let all: Vec<usize> = (0..d.models.len()).collect();
        let mut usual = all.clone();
        keys.sort(&mut usual, &key, &d, &w);
        let mut reversed = all.clone();
        keys.sort_directed(&mut reversed, &key, Direction::Reversed, &d, &w);
        assert_ne!(usual, reversed, "{key:?}");
        // The value each key sorts by, as text, to group ties (`None`: unknown).
        let value = |i: usize| -> Option<String> {
            let m = &d.models[i];
            match &key {
                SortKey::Name => Some(fold(&m.name) + &m.id),
                SortKey::Released => m
                    .released
                    .as_ref()
                    .map(|_| format!("{:?}", m.release_key())),
                SortKey::Developer => m.developer.as_deref().map(fold),
                // The sort ranks by the score shrunk toward 3 by coverage, in thousandths.
                SortKey::Score => crate::score::ranking_score(m, &d, &w)
                    .map(|s| format!("{}", (s * 1000.0).round())),
                // Prices sort in thousandths of a dollar.
                SortKey::Price => m
                    .blended_price()
                    .map(|p| format!("{}", (p * 1000.0).round())),
                SortKey::Context => m.context_window().map(|c| c.to_string()),
                SortKey::MaxOutput => m.max_output_tokens().map(|c| c.to_string()),
                _ => unreachable!(),
            }
        };
        let known = usual.iter().filter(|&&i| value(i).is_some()).count();
        assert!(
            reversed[known..].iter().all(|&i| value(i).is_none()),
            "{key:?}: unknowns last when reversed"
        );
        assert_eq!(
            &usual[known..],
            &reversed[known..],
            "{key:?}: unknowns in the same order"
        );
        // The known values come in the opposite order, each run of ties still A to Z.
        let runs = |order: &[usize]| -> Vec<Vec<usize>> {
            order[..known]
                .chunk_by(|a, b| value(*a) == value(*b))
                .map(<[usize]>::to_vec)
                .collect()
        };
        let mut backwards = runs(&usual);
        backwards.reverse();
        assert_eq!(runs(&reversed), backwards, "{key:?}");
    }
}
