//! `--benchmarks FILE`: a newer Artificial Analysis model list (a saved response of
//! `GET /api/v2/data/llms/models`) replaces the figures of every entry it names — curated entries
//! through the hand-checked table, others by the catalog matching rules. Each joined entry's
//! figures are replaced as a whole, so no entry mixes two snapshots.

use super::StartError;
use crate::capability::{aa, join};
use crate::data::{date, Dataset};
use std::path::Path;

/// Joins the list in `path` to `dataset`; returns the lines to report on stderr: how many entries
/// were matched and, with `verbose`, every listed model no entry took.
pub fn apply(dataset: &mut Dataset, path: &Path, verbose: bool) -> Result<Vec<String>, StartError> {
    let shown = path.display();
    let text = std::fs::read_to_string(path)
        .map_err(|e| StartError(format!("cannot read --benchmarks {shown}: {e}")))?;
    let list = aa::parse(&text).map_err(|e| {
        StartError(format!(
            "--benchmarks {shown} is not an Artificial Analysis model list: {e}"
        ))
    })?;
    let as_of = snapshot_date(path).ok_or_else(|| {
        StartError(format!(
            "--benchmarks {shown}: no snapshot date (name the file …-YYYY-MM-DD.json)"
        ))
    })?;
    let joined = join::apply(dataset, &list, &as_of, join::Join::TableThenMatching);
    let unmatched = joined.unmatched.len();
    let mut lines = vec![format!(
        "--benchmarks {shown}: Artificial Analysis figures of {as_of} for {} entries; {unmatched} of its {} models matched no entry{}",
        joined.matched(),
        list.models.len(),
        if verbose || unmatched == 0 { "" } else { " (--verbose lists them)" }
    )];
    if verbose {
        lines.extend(joined.unmatched.iter().map(|&i| {
            let m = &list.models[i];
            format!(
                "  unmatched: {} ({})",
                crate::text::plain(&m.name),
                crate::text::plain(&m.slug)
            )
        }));
    }
    Ok(lines)
}

/// The snapshot's date: from a file name ending in `YYYY-MM-DD.json`, else the day the file was
/// last written (when it was fetched).
fn snapshot_date(path: &Path) -> Option<String> {
    let stem = path.file_stem()?.to_string_lossy();
    let tail = stem.get(stem.len().saturating_sub(10)..).unwrap_or("");
    if tail.len() == 10 && date::iso_date_problem(tail).is_none() {
        return Some(tail.to_string());
    }
    let modified = std::fs::metadata(path).ok()?.modified().ok()?;
    let seconds = modified
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?
        .as_secs();
    date::date_from_unix(i64::try_from(seconds).ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_date_comes_from_the_name_or_the_file() {
        assert_eq!(
            snapshot_date(Path::new("/nonexistent/aa-llms-models-2026-11-30.json")).as_deref(),
            Some("2026-11-30")
        );
        assert_eq!(snapshot_date(Path::new("/nonexistent/models.json")), None);
        let here = Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml");
        assert!(snapshot_date(&here).is_some_and(|d| d.len() == 10));
    }
}
