//! Core benchmarks: load + index, fuzzy search, filter and sort, at three catalog sizes.
//!
//! `cargo bench --bench core`; BENCHMARKS.md records the figures and the budgets they answer to.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use modeldex::catalog::Catalog;
use modeldex::data::{Dataset, Openness, EMBEDDED_JSON};
use modeldex::filter::{self, Filter, SortKey};
use modeldex::score::Weights;
use modeldex::synthetic::{catalog_json, Shape};
use std::hint::black_box;

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
        group.bench_with_input(BenchmarkId::from_parameter(name), &text, |b, text| {
            b.iter(|| Catalog::new(Dataset::from_json_str(black_box(text)).unwrap()))
        });
    }
    group.finish();
}

fn search(c: &mut Criterion) {
    let mut group = c.benchmark_group("search");
    group.sample_size(20);
    for (name, text) in inputs() {
        let catalog = Catalog::new(Dataset::from_json_str(&text).unwrap());
        for query in ["l", "lam", "llama 3 70b", "gpt4"] {
            let id = BenchmarkId::new(name, query);
            group.bench_with_input(id, &query, |b, q| b.iter(|| catalog.search(black_box(q))));
        }
        // A keystroke that extends the query narrows the previous hits instead of the whole catalog.
        let previous: Vec<usize> = catalog.search("lla").iter().map(|h| h.index).collect();
        group.bench_function(BenchmarkId::new(name, "lla→llam narrowed"), |b| {
            b.iter(|| {
                catalog
                    .index
                    .search_in(black_box("llam"), previous.iter().copied())
            })
        });
    }
    group.finish();
}

fn filter_and_sort(c: &mut Criterion) {
    let mut group = c.benchmark_group("filter+sort");
    group.sample_size(20);
    let weights = Weights::default();
    for (name, text) in inputs() {
        let dataset = Dataset::from_json_str(&text).unwrap();
        let open = Filter {
            openness: vec![Openness::OpenWeights],
            ..Filter::default()
        };
        group.bench_function(BenchmarkId::new(name, "filter openness"), |b| {
            b.iter(|| open.apply(black_box(&dataset.models)))
        });
        for key in [SortKey::Name, SortKey::Released, SortKey::Score] {
            let all: Vec<usize> = (0..dataset.models.len()).collect();
            let label = format!("sort {}", key.label(&dataset));
            group.bench_function(BenchmarkId::new(name, label), |b| {
                b.iter(|| {
                    let mut positions = all.clone();
                    filter::sort(&mut positions, &key, &dataset, &weights);
                    positions
                })
            });
        }
    }
    group.finish();
}

criterion_group!(benches, load, search, filter_and_sort);
criterion_main!(benches);
