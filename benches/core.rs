//! Core benchmarks: load + index, fuzzy search, filter and sort, at three catalog sizes.
//!
//! `cargo bench --bench core`; BENCHMARKS.md records the figures and the budgets they answer to.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use modeldex::catalog::Catalog;
use modeldex::data::{Dataset, Openness, EMBEDDED_JSON};
use modeldex::filter::Filter;
use modeldex::order::{self, SortKey};
use modeldex::score::Weights;
use modeldex::synthetic::{catalog_json, Shape};
use std::hint::black_box;

/// Rows a 200x60 terminal shows: what the browser needs ranked after a keystroke.
const SCREENFUL: usize = 60;

/// The embedded dataset and synthetic catalogs of 5,000 and 100,000 entries, as JSON text.
fn inputs() -> Vec<(&'static str, String)> {
    vec![
        ("embedded", EMBEDDED_JSON.to_string()),
        ("5k", catalog_json(5_000, Shape::Native)),
        ("100k", catalog_json(100_000, Shape::Native)),
    ]
}

fn load(c: &mut Criterion) {
    let mut group = c.benchmark_group("load+index");
    group.sample_size(10);
    for (name, text) in inputs() {
        // Freeing the catalog is not part of loading it: it happens once, at exit.
        group.bench_with_input(BenchmarkId::from_parameter(name), &text, |b, text| {
            b.iter_with_large_drop(|| {
                Catalog::new(Dataset::from_json_str(black_box(text)).unwrap())
            })
        });
        // What the browser does: every sort key too, built beside the index.
        let id = BenchmarkId::new("with sort keys", name);
        group.bench_with_input(id, &text, |b, text| {
            b.iter_with_large_drop(|| {
                Catalog::with_sort_keys(Dataset::from_json_str(black_box(text)).unwrap())
            })
        });
    }
    group.finish();
}

fn search(c: &mut Criterion) {
    let mut group = c.benchmark_group("search");
    group.sample_size(20);
    for (name, text) in inputs() {
        let mut catalog = Catalog::new(Dataset::from_json_str(&text).unwrap());
        for query in ["l", "lam", "llama 3 70b", "gpt4"] {
            group.bench_function(BenchmarkId::new(name, format!("{query} all")), |b| {
                b.iter(|| catalog.search(black_box(query)))
            });
            group.bench_function(BenchmarkId::new(name, format!("{query} top")), |b| {
                b.iter(|| catalog.search_top(black_box(query), SCREENFUL))
            });
        }
        // A keystroke that extends the query ranks only the previous keystroke's matches.
        let previous = catalog.search_top("lla", SCREENFUL).matched;
        group.bench_function(BenchmarkId::new(name, "lla→llam narrowed top"), |b| {
            b.iter(|| {
                catalog
                    .index
                    .search_top_in(black_box("llam"), &previous, SCREENFUL)
            })
        });
        if name == "100k" {
            // The same searches on one thread, to show what the second core adds.
            // The catalog is not shared yet, so its index can still be reconfigured in place.
            if let Some(index) = std::sync::Arc::get_mut(&mut catalog.index) {
                index.set_threads(1);
            }
            for query in ["l", "lam"] {
                for (label, k) in [("all", None), ("top", Some(SCREENFUL))] {
                    let id = BenchmarkId::new(name, format!("{query} {label} 1 thread"));
                    group.bench_function(id, |b| {
                        b.iter(|| match k {
                            None => catalog.search(black_box(query)).len(),
                            Some(k) => catalog.search_top(black_box(query), k).total(),
                        })
                    });
                }
            }
        }
    }
    group.finish();
}

fn filter_and_sort(c: &mut Criterion) {
    let mut group = c.benchmark_group("filter+sort");
    group.sample_size(20);
    let weights = Weights::default();
    for (name, text) in inputs() {
        let catalog = Catalog::new(Dataset::from_json_str(&text).unwrap());
        let dataset = &catalog.dataset;
        let open = Filter {
            openness: vec![Openness::OpenWeights],
            ..Filter::default()
        };
        group.bench_function(BenchmarkId::new(name, "filter openness"), |b| {
            b.iter(|| open.apply(black_box(&dataset.models)))
        });
        let all: Vec<usize> = (0..dataset.models.len()).collect();
        for key in [
            SortKey::Name,
            SortKey::Released,
            SortKey::Developer,
            SortKey::Score,
        ] {
            // Keys are computed on the first sort of a catalog; the browser re-sorts after that.
            catalog.sort(&mut all.clone(), &key, &weights);
            let label = format!("sort {}", key.label(dataset));
            group.bench_function(BenchmarkId::new(name, label), |b| {
                b.iter(|| {
                    let mut positions = all.clone();
                    catalog.sort(&mut positions, &key, &weights);
                    positions
                })
            });
        }
        // A one-off sort (the `list` command) builds the keys it needs as it goes.
        group.bench_function(BenchmarkId::new(name, "sort name, first time"), |b| {
            b.iter(|| {
                let mut positions = all.clone();
                order::sort(&mut positions, &SortKey::Name, dataset, &weights);
                positions
            })
        });
    }
    group.finish();
}

criterion_group!(benches, load, search, filter_and_sort);
criterion_main!(benches);
