//! Times each stage of loading a catalog file, a few searches and sorts, with the process's memory
//! after each, to find where a large catalog spends its time.
//!
//! `cargo run --release --example stages -- big.json` (make one with the `gen-catalog` example).

use modeldex::data::{sanitize, Dataset};
use modeldex::order::{SortKey, SortKeys};
use modeldex::score::Weights;
use modeldex::search::SearchIndex;

#[path = "support/stages.rs"]
mod support;
use support::stage;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: stages CATALOG.json [--two-pass]");
        std::process::exit(2);
    };
    let text = stage("read", || {
        std::fs::read_to_string(&path).expect("readable file")
    });
    // With --two-pass, first time parsing and sanitising one after the other, as before.
    if std::env::args().any(|a| a == "--two-pass") {
        let mut plain: Dataset = stage("parse (serde only)", || {
            serde_json::from_str(&text).expect("a native catalog")
        });
        stage("sanitize (second pass)", || {
            sanitize::sanitize_dataset(&mut plain)
        });
        stage("drop", || drop(plain));
    }
    let dataset = stage("parse + sanitize", || {
        Dataset::from_json_str(&text).expect("a native catalog")
    });
    drop(text);
    let index = stage("index", || SearchIndex::new(&dataset.models));
    eprintln!("index holds {} MB", index.heap_bytes() >> 20);
    for q in ["l", "lam", "llama 3 70b", "gpt4"] {
        let hits = stage(&format!("search {q:?}"), || index.search(q));
        let top = stage(&format!("search_top {q:?} 60"), || index.search_top(q, 60));
        assert_eq!(top.total(), hits.len());
    }
    let previous = index.search_top("lla", 60).matched;
    stage("narrow lla→llam, top 60", || {
        index.search_top_in("llam", &previous, 60)
    });
    stage("build every sort key", || {
        SortKeys::new().build_all(&dataset)
    });
    let keys = SortKeys::new();
    let weights = Weights::default();
    for key in [
        SortKey::Name,
        SortKey::Released,
        SortKey::Developer,
        SortKey::Score,
        SortKey::Criterion("privacy.self_hosting".into()),
    ] {
        for round in ["first", "again"] {
            let mut all: Vec<usize> = (0..dataset.models.len()).collect();
            let label = format!("sort {}, {round}", key.label(&dataset));
            stage(&label, || keys.sort(&mut all, &key, &dataset, &weights));
        }
    }
}
