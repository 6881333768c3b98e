//! Writes a synthetic catalog of N entries with realistic names, for benchmarks and load tests.
//!
//! `cargo run --release --example gen-catalog -- 100000 > big.json` (native format), or
//! `... -- 5000 --format models-dev > md.json` for the models.dev `api.json` shape.

use modeldex::synthetic::{catalog, Shape};
use std::io::Write;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(count) = args.first().and_then(|a| a.parse::<usize>().ok()) else {
        eprintln!("usage: gen-catalog COUNT [--format native|models-dev] > catalog.json");
        std::process::exit(2);
    };
    let shape = if args.iter().any(|a| a == "models-dev") {
        Shape::ModelsDev
    } else {
        Shape::Native
    };
    let doc = catalog(count, shape);
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let written = serde_json::to_writer(&mut out, &doc)
        .map_err(std::io::Error::from)
        .and_then(|()| out.flush());
    if written.is_err() {
        std::process::exit(1);
    }
}
