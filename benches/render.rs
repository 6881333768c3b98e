//! Rendering benchmarks: one full frame of the browser (list + detail) at 200x60 and the compare
//! view of 8 models, over the embedded data and synthetic catalogs of 5,000 and 100,000 entries.
//!
//! The frontier: its computation and one frame, over the embedded data and the models.dev subset.
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

/// The frontier over the embedded data and the models.dev subset merged into it (real-shaped
/// imported entries with prices): the chart computed from the listed entries, and one frame.
fn frontier(c: &mut Criterion) {
    use modeldex::data::load::{load_reporting, LoadOptions};
    use modeldex::frontier::{self, Axis};
    use modeldex::score::Weights;
    let subset = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/models-dev-api.subset.json"
    );
    let merged = load_reporting(&LoadOptions {
        path: Some(subset.into()),
        format: None,
        merge: true,
        strict: false,
        flat: false,
    })
    .expect("subset loads")
    .dataset;
    let mut group = c.benchmark_group("frontier");
    group.sample_size(30);
    for (name, dataset) in [
        ("embedded", Dataset::embedded().expect("embedded")),
        ("models.dev subset + embedded", merged),
    ] {
        let all: Vec<usize> = (0..dataset.models.len()).collect();
        group.bench_function(BenchmarkId::new("compute", name), |b| {
            b.iter(|| {
                frontier::compute(
                    black_box(&dataset),
                    &all,
                    Axis::Price,
                    Axis::Capability,
                    &Weights::default(),
                )
            })
        });
        for size in [(80, 24), SIZE] {
            let mut app = App::new(Catalog::new(dataset.clone()), Theme::color(), size);
            app.update(Action::OpenFrontier);
            let area = Rect::new(0, 0, size.0, size.1);
            let label = format!("frame {}x{} {name}", size.0, size.1);
            group.bench_function(BenchmarkId::new("render", label), |b| {
                b.iter(|| {
                    let mut buf = Buffer::empty(area);
                    ui::draw(black_box(&app), area, &mut buf);
                    buf
                })
            });
        }
    }
    group.finish();
}

criterion_group!(benches, frames, frontier);
criterion_main!(benches);
