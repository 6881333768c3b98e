//! Import benchmarks: a models.dev catalog in the real file's shape (`synthetic::mirrored`: the
//! real subset's providers repeated under mirrored names), at the size of the whole models.dev
//! `api.json` (5,300 listings) and at 100,000 listings.
//!
//! "load" is what `--data FILE` does before anything is shown (read, import, clean, group);
//! "document tree" is the way loading read such a file before the text import (the whole document
//! parsed into a `serde_json::Value`, imported, cleaned and grouped), kept for comparison; "first
//! frame" adds the search index, every sort key and one 120x40 browser frame drawn into a buffer.
//!
//! `cargo bench --bench import`; BENCHMARKS.md records the figures and how they were measured.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use modeldex::catalog::Catalog;
use modeldex::data::document::parse_json;
use modeldex::data::grouping::group_listings;
use modeldex::data::import::models_dev;
use modeldex::data::load::{load_reporting, LoadOptions};
use modeldex::data::sanitize::sanitize_model;
use modeldex::synthetic::mirrored;
use modeldex::tui::app::App;
use modeldex::tui::theme::Theme;
use modeldex::tui::ui;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use std::hint::black_box;
use std::path::{Path, PathBuf};

const SUBSET: &str = include_str!("../tests/fixtures/models-dev-api.subset.json");
const SIZE: (u16, u16) = (120, 40);

/// The catalogs, written once to the temporary directory (loading reads a file).
fn files() -> Vec<(&'static str, PathBuf)> {
    let base: serde_json::Value = serde_json::from_str(SUBSET).expect("the subset parses");
    [("5.3k", 5_300), ("100k", 100_000)]
        .into_iter()
        .map(|(name, listings)| {
            let path = std::env::temp_dir().join(format!("modeldex-bench-md-{listings}.json"));
            let text = mirrored(&base, listings).to_string();
            std::fs::write(&path, text).expect("temporary directory writable");
            (name, path)
        })
        .collect()
}

fn options(path: &Path) -> LoadOptions {
    LoadOptions {
        path: Some(path.to_path_buf()),
        ..LoadOptions::default()
    }
}

/// The way loading read a models.dev file before the text import.
fn through_the_tree(path: &Path) -> usize {
    let text = std::fs::read_to_string(path).expect("readable");
    let doc = parse_json(&text).expect("valid JSON");
    let mut listings = models_dev::import(&doc).expect("a catalog").models;
    drop(doc);
    for m in &mut listings {
        sanitize_model(m);
    }
    group_listings(listings).len()
}

fn import(c: &mut Criterion) {
    // As the binary does first thing, so the figures are the binary's.
    modeldex::without_huge_pages();
    let mut group = c.benchmark_group("import");
    group.sample_size(10);
    for (name, path) in files() {
        group.bench_with_input(BenchmarkId::new("load", name), &path, |b, path| {
            b.iter_with_large_drop(|| load_reporting(black_box(&options(path))).unwrap())
        });
        group.bench_with_input(BenchmarkId::new("document tree", name), &path, |b, path| {
            b.iter(|| through_the_tree(black_box(path)))
        });
        group.bench_with_input(BenchmarkId::new("first frame", name), &path, |b, path| {
            b.iter_with_large_drop(|| {
                let dataset = load_reporting(black_box(&options(path))).unwrap().dataset;
                let app = App::new(Catalog::with_sort_keys(dataset), Theme::color(), SIZE);
                let area = Rect::new(0, 0, SIZE.0, SIZE.1);
                let mut buf = Buffer::empty(area);
                ui::draw(&app, area, &mut buf);
                (app, buf)
            })
        });
    }
    group.finish();
}

criterion_group!(benches, import);
criterion_main!(benches);
