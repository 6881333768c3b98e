//! Times each stage of importing a models.dev catalog, with the process's memory after each, to
//! find where the import path spends its time and memory.
//!
//! `cargo run --release --example import-stages -- md-100k.json` (make one with the
//! `mirror-catalog` example).

use modeldex::data::load::{load_reporting, LoadOptions};

#[path = "support/stages.rs"]
mod support;
use support::stage;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: import-stages MODELS-DEV.json");
        std::process::exit(2);
    };
    let opts = LoadOptions {
        path: Some(path.into()),
        ..LoadOptions::default()
    };
    let loaded = stage("load (read, import, group)", || load_reporting(&opts));
    let Ok(loaded) = loaded else {
        eprintln!("not loaded");
        std::process::exit(1);
    };
    eprintln!("{} entries", loaded.dataset.models.len());
    let catalog = stage("index + sort keys", || {
        modeldex::catalog::Catalog::with_sort_keys(loaded.dataset)
    });
    stage("search \"qwen coder\"", || {
        catalog.search("qwen coder").len()
    });
}
