//! Regenerates the capability figures in `assets/models.json` from an Artificial Analysis model
//! list (`GET https://artificialanalysis.ai/api/v2/data/llms/models`, saved to a file):
//!
//! ```text
//! cargo run --example embed_capability -- /work/shared/data/aa-llms-models-2026-04-02.json
//! cargo run --example embed_capability -- saved-response.json --as-of 2026-11-30
//! ```
//!
//! The snapshot date comes from `--as-of` or from a file name ending in `YYYY-MM-DD.json`; every
//! figure cites `https://artificialanalysis.ai/models/<slug>` and that date. Entries are joined
//! only through the hand-checked table `assets/aa-slugs.json` (curated id → slug, `null` for
//! "not listed"); entries missing from it are listed with the slug the matching rules suggest,
//! for a person to check and add. Only `capability` members change; a second run on the same
//! list changes nothing. `--check` reports without writing and exits 1 if the file would change.

use modeldex::capability::aa;
use modeldex::capability::embed::embed;
use modeldex::capability::join::SlugTable;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        Err(message) => {
            eprintln!("embed_capability: {message}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<ExitCode, String> {
    let mut args = std::env::args().skip(1);
    let mut input: Option<PathBuf> = None;
    let mut as_of: Option<String> = None;
    let mut check = false;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--as-of" => as_of = Some(args.next().ok_or("--as-of needs a date")?),
            "--check" => check = true,
            "-h" | "--help" => {
                println!("usage: embed_capability AA-RESPONSE.json [--as-of YYYY-MM-DD] [--check]");
                return Ok(ExitCode::SUCCESS);
            }
            _ if input.is_none() => input = Some(PathBuf::from(arg)),
            other => return Err(format!("unexpected argument {other:?}")),
        }
    }
    let input = input.ok_or("name the Artificial Analysis response file")?;
    let as_of = match as_of.or_else(|| date_in_name(&input)) {
        Some(d) => d,
        None => return Err("give the snapshot date with --as-of YYYY-MM-DD".into()),
    };
    if let Some(why) = modeldex::data::date::iso_date_problem(&as_of) {
        return Err(format!("--as-of {as_of:?} {why}"));
    }
    let text = std::fs::read_to_string(&input).map_err(|e| format!("{}: {e}", input.display()))?;
    let list = aa::parse(&text).map_err(|e| format!("{}: {e}", input.display()))?;
    let dataset_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/models.json");
    let table_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/aa-slugs.json");
    let read = |p: &Path| std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()));
    let table = SlugTable::parse(&read(&table_path)?)?;
    let original = read(&dataset_path)?;
    let out = embed(&original, &list, &as_of, &table)?;
    println!(
        "{} models in the list ({} skipped, {} values dropped); {} entries benchmarked, {} not listed by Artificial Analysis",
        list.models.len(),
        list.skipped,
        list.dropped,
        out.benchmarked,
        out.not_listed
    );
    for (id, slug) in &out.missing_slugs {
        println!("  table names {slug:?} for {id}, but the list does not have it");
    }
    for (id, hints) in &out.unchecked {
        let hint = if hints.is_empty() {
            "no candidate".to_string()
        } else {
            format!("candidate {}", hints.join(", "))
        };
        println!("  {id}: not in assets/aa-slugs.json ({hint}); check by hand and add it");
    }
    let changed = out.text != original;
    if check {
        println!(
            "{}",
            if changed {
                "assets/models.json would change"
            } else {
                "up to date"
            }
        );
        return Ok(if changed {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        });
    }
    if changed {
        std::fs::write(&dataset_path, &out.text)
            .map_err(|e| format!("{}: {e}", dataset_path.display()))?;
        println!("wrote {}", dataset_path.display());
    } else {
        println!("assets/models.json already up to date");
    }
    Ok(ExitCode::SUCCESS)
}

/// `2026-04-02` from a name such as `aa-llms-models-2026-04-02.json`.
fn date_in_name(path: &Path) -> Option<String> {
    let stem = path.file_stem()?.to_str()?;
    let date = stem.get(stem.len().checked_sub(10)?..)?;
    modeldex::data::date::iso_date_problem(date)
        .is_none()
        .then(|| date.to_string())
}
