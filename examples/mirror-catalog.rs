//! Writes a models.dev catalog of N listings made from a real one by repeating its providers under
//! mirrored names (see `modeldex::synthetic::mirrored`), for benchmarks of the import path.
//!
//! `cargo run --release --example mirror-catalog -- tests/fixtures/models-dev-api.subset.json 5300
//! > md-5k.json` (about the size of the whole models.dev `api.json`), or `... 100000 > md-100k.json`.

use std::io::Write;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(path), Some(count)) = (
        args.first(),
        args.get(1).and_then(|a| a.parse::<usize>().ok()),
    ) else {
        eprintln!("usage: mirror-catalog MODELS-DEV.json COUNT > catalog.json");
        std::process::exit(2);
    };
    let base: serde_json::Value = match std::fs::read_to_string(path)
        .map_err(|e| e.to_string())
        .and_then(|t| serde_json::from_str(&t).map_err(|e| e.to_string()))
    {
        Ok(v) => v,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(2);
        }
    };
    let doc = modeldex::synthetic::mirrored(&base, count);
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let written = serde_json::to_writer(&mut out, &doc)
        .map_err(std::io::Error::from)
        .and_then(|()| out.flush());
    if written.is_err() {
        std::process::exit(1);
    }
}
