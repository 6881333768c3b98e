//! Rendering benchmarks: one full frame of the browser (list + detail) at 200x60 and the compare
//! view of 8 models, over the embedded data and synthetic catalogs of 5,000 and 100,000 entries.
//!
//! `cargo bench --bench render`. Drawing goes into an in-memory buffer, so this measures modeldex's
//! own work per frame (layout, formatting the visible rows, widgets), not the terminal.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use modeldex::catalog::Catalog;
use modeldex::data::{Dataset, EMBEDDED_JSON};
use modeldex::synthetic::{catalog_json, Shape};
use modeldex::tui::action::Action;
use modeldex::tui::app::App;
use modeldex::tui::theme::Theme;
use modeldex::tui::ui;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use std::hint::black_box;

const SIZE: (u16, u16) = (200, 60);

fn app(text: &str) -> App {
    let catalog = Catalog::new(Dataset::from_json_str(text).expect("catalog parses"));
    App::new(catalog, Theme::color(), SIZE)
}

fn inputs() -> Vec<(&'static str, String)> {
    vec![
        ("embedded", EMBEDDED_JSON.to_string()),
        ("5k", catalog_json(5_000, Shape::Native)),
        ("100k", catalog_json(100_000, Shape::Native)),
    ]
}

fn frames(c: &mut Criterion) {
    let area = Rect::new(0, 0, SIZE.0, SIZE.1);
    let mut group = c.benchmark_group("render");
    group.sample_size(30);
    for (name, text) in inputs() {
        let mut browse = app(&text);
        // Halfway down the list, so the visible rows are not simply the first ones.
        for _ in 0..20 {
            browse.update(Action::PageDown);
        }
        group.bench_function(BenchmarkId::new("browse 200x60", name), |b| {
            b.iter(|| {
                let mut buf = Buffer::empty(area);
                ui::draw(black_box(&browse), area, &mut buf);
                buf
            })
        });
        let mut compare = app(&text);
        for _ in 0..8 {
            compare.update(Action::ToggleMark);
            compare.update(Action::MoveDown);
        }
        compare.update(Action::OpenCompare);
        group.bench_function(BenchmarkId::new("compare 8 models 200x60", name), |b| {
            b.iter(|| {
                let mut buf = Buffer::empty(area);
                ui::draw(black_box(&compare), area, &mut buf);
                buf
            })
        });
    }
    group.finish();
}

criterion_group!(benches, frames);
criterion_main!(benches);
