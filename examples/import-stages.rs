//! Times each stage of importing a models.dev catalog, with the process's memory after each, to
//! find where the import path spends its time and memory.
//!
//! `cargo run --release --example import-stages -- md-100k.json` (make one with the
//! `mirror-catalog` example).

use modeldex::data::load::{load_reporting, LoadOptions};
use std::time::Instant;

/// Resident and peak resident memory of this process in MB, from /proc (Linux only).
fn memory() -> String {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|kb| kb.parse::<u64>().ok())
            .map_or_else(|| "?".to_string(), |kb| format!("{} MB", kb / 1024))
    };
    format!("rss {}, peak {}", field("VmRSS:"), field("VmHWM:"))
}

fn stage<T>(label: &str, f: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let value = f();
    let ms = start.elapsed().as_secs_f64() * 1000.0;
    eprintln!("{label:<28} {ms:>9.1} ms   {}", memory());
    value
}

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
