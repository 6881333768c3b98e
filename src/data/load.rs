//! Where the dataset comes from: the embedded file, or a file the user names with `--data` in any
//! supported format, optionally merged over the embedded entries.

pub use super::document::SourceFormat;
use super::document::{decode, detect, embedded_criterion_ids, parse_json, undetected};
use super::grouping;
use super::import::{complete_listings, models_dev, openrouter, Facts, Imported};
use super::problem::{escape, Kind, Problem};
pub use super::read::{read_limited, ReadError, STDIN};
use super::report::LoadReport;
use super::sanitize::{sanitize_dataset, sanitize_model};
use super::{native, DataError, Dataset};
use serde_json::Value;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Largest data file read: 1 GiB, room for a catalog of about 1.4 million entries like the
/// synthetic ones (which take some 3.4 times the file size in memory). Checked before reading, so
/// a huge file fails at once; standard input (`-`) is read up to it and no further.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024 * 1024;

/// How many problems a load error shows before pointing at `modeldex validate`.
pub const SHOWN_PROBLEMS: usize = 5;

/// What to load.
#[derive(Debug, Clone, Default)]
pub struct LoadOptions {
    /// A data file to load instead of the embedded dataset.
    pub path: Option<PathBuf>,
    /// Force a format instead of detecting it from the content.
    pub format: Option<SourceFormat>,
    /// Keep the embedded entries and add the file's (the file wins on an exact id match).
    pub merge: bool,
    /// Refuse the file for any problem instead of dropping bad values.
    pub strict: bool,
    /// Keep one entry per listing of an imported catalog instead of one per model with its offers.
    pub flat: bool,
}

/// A loaded dataset and what loading it cost.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The dataset.
    pub dataset: Dataset,
    /// The values dropped and entries skipped, and what a merge replaced.
    pub report: LoadReport,
}

/// Why the dataset could not be loaded; says which file.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The file could not be read.
    #[error("{path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    /// The file was read but is not a valid dataset; shows the first problems, one per line.
    #[error("{}", data_message(path, source))]
    Data { path: String, source: DataError },
}

fn data_message(path: &str, source: &DataError) -> String {
    let DataError::Invalid(problems) = source;
    let mut lines: Vec<String> = problems
        .iter()
        .take(SHOWN_PROBLEMS)
        .map(|p| p.display_in(path))
        .collect();
    if problems.len() > SHOWN_PROBLEMS {
        lines.push(format!(
            "{path}: … and {} more problems; `modeldex validate {path}` lists them all",
            problems.len() - SHOWN_PROBLEMS
        ));
    }
    lines.join("\n")
}

/// A path as shown in messages, with any control characters escaped; `-` is `<stdin>`.
pub fn shown_path(path: &Path) -> String {
    if path.as_os_str() == STDIN {
        return "<stdin>".to_string();
    }
    escape(&path.display().to_string(), 400)
}

/// Loads the dataset described by `opts`.
pub fn load(opts: &LoadOptions) -> Result<Dataset, LoadError> {
    load_reporting(opts).map(|l| l.dataset)
}

/// Loads the dataset described by `opts` and says what loading it dropped.
pub fn load_reporting(opts: &LoadOptions) -> Result<Loaded, LoadError> {
    let Some(path) = &opts.path else {
        return Ok(Loaded {
            dataset: embedded()?,
            report: LoadReport::default(),
        });
    };
    let shown = shown_path(path);
    let bytes = read_limited(path, MAX_FILE_BYTES).map_err(|e| e.named(&shown))?;
    let data_error = |problems| LoadError::Data {
        path: shown.clone(),
        source: DataError::Invalid(problems),
    };
    let (format, read) = read(&bytes, opts.format, opts.strict);
    // The entries own their strings: the file's text is not needed for grouping or merging.
    drop(bytes);
    let (mut file, mut report, mut altered, facts) = read.map_err(data_error)?;
    let format = format.unwrap_or(SourceFormat::Native);
    let from: Arc<str> = Arc::from(shown.as_str());
    for m in &mut file.models {
        m.facts_from = Some(Arc::clone(&from));
        m.offers.set_file(&from);
    }
    let imported = format != SourceFormat::Native;
    if imported {
        if let Some(date) = modified_date(path) {
            file.updated = date;
        }
    }
    let mut base = if opts.merge { Some(embedded()?) } else { None };
    if imported && !opts.flat {
        let altered_ids: HashSet<String> =
            altered.iter().map(|&i| file.models[i].id.clone()).collect();
        // Ratings are derived for the listing each model keeps, not for every listing.
        let listings = std::mem::take(&mut file.models);
        let mut models = if facts.is_empty() {
            grouping::group_listings(listings)
        } else {
            let grouped = grouping::group_listings_with(listings, facts);
            let (mut models, facts): (Vec<_>, Vec<_>) = grouped.into_iter().unzip();
            complete_listings(&mut models, &facts);
            models.iter_mut().for_each(grouping::note_offers);
            models
        };
        if let Some(base) = &mut base {
            let (rest, attached) = grouping::attach(&mut base.models, models);
            report.attached = attached;
            models = rest;
        }
        // A group is a look-alike when one of its listings' ids only cleaning made what it is.
        altered = (0..models.len())
            .filter(|&i| {
                let m = &models[i];
                altered_ids.contains(&m.id)
                    || m.offers.iter().any(|o| altered_ids.contains(&o.listing))
            })
            .collect();
        report.models = Some(models.len() + report.attached);
        file.models = models;
    } else {
        complete_listings(&mut file.models, &facts);
    }
    let Some(base) = base else {
        return Ok(Loaded {
            dataset: file,
            report,
        });
    };
    let dataset = merge_reporting(base, file, &altered, &mut report);
    if opts.strict && !report.is_clean() {
        return Err(data_error(report.problems));
    }
    Ok(Loaded { dataset, report })
}

fn embedded() -> Result<Dataset, LoadError> {
    Dataset::embedded().map_err(|source| LoadError::Data {
        path: "embedded dataset".into(),
        source,
    })
}

impl ReadError {
    fn named(self, path: &str) -> LoadError {
        match self {
            ReadError::Io(source) => LoadError::Io {
                path: path.to_string(),
                source,
            },
            ReadError::Refused(problem) => LoadError::Data {
                path: path.to_string(),
                source: DataError::Invalid(vec![problem]),
            },
        }
    }
}

fn modified_date(path: &Path) -> Option<String> {
    if path.as_os_str() == STDIN {
        return None;
    }
    let modified = std::fs::metadata(path).ok()?.modified().ok()?;
    let seconds = modified
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?
        .as_secs();
    super::date::date_from_unix(i64::try_from(seconds).ok()?)
}

/// Parses the bytes of a data file in any supported format, strictly (any problem refuses it);
/// `format` forces one, `None` detects it.
pub fn parse_bytes(
    bytes: &[u8],
    format: Option<SourceFormat>,
) -> Result<(Dataset, SourceFormat), Vec<Problem>> {
    match read_bytes(bytes, format) {
        (Some(format), Ok(dataset)) => Ok((dataset, format)),
        (_, Err(problems)) => Err(problems),
        (None, Ok(_)) => Err(vec![Problem::file("cannot tell the format")]),
    }
}

/// Like [`parse_bytes`], but also says which format the file was read as when it has problems.
pub fn read_bytes(
    bytes: &[u8],
    format: Option<SourceFormat>,
) -> (Option<SourceFormat>, Result<Dataset, Vec<Problem>>) {
    let (format, read) = read(bytes, format, true);
    let read = read.map(|(mut dataset, _, _, facts)| {
        complete_listings(&mut dataset.models, &facts);
        dataset
    });
    (format, read)
}

/// A dataset read from a file, what reading it cost, the entries whose id cleaning changed, and
/// the facts of entries whose derived ratings are still to be made (see [`Imported::facts`]).
type ReadFile = (Dataset, LoadReport, Vec<usize>, Vec<Facts>);

/// Reads a data file. `strict` refuses it for any problem; otherwise bad values are dropped and
/// unreadable entries skipped, and only problems with the file as a whole refuse it.
fn read(
    bytes: &[u8],
    format: Option<SourceFormat>,
    strict: bool,
) -> (Option<SourceFormat>, Result<ReadFile, Vec<Problem>>) {
    let text = match decode(bytes) {
        Ok(text) => text,
        Err(problem) => return (format, Err(vec![problem])),
    };
    let clean = |dataset: Dataset, altered| {
        let report = LoadReport {
            entries: dataset.models.len(),
            noun: "entries",
            ..LoadReport::default()
        };
        Ok((dataset, report, altered, Vec::new()))
    };
    // A valid native file skips the validator's document tree (see `fast`); a broken one is
    // checked one entry at a time, so that a huge file does not need a huge tree to be refused.
    if matches!(format, None | Some(SourceFormat::Native)) {
        if let Some((dataset, altered)) = super::fast::parse_noting_ids(text) {
            return (Some(SourceFormat::Native), clean(dataset, altered));
        }
    }
    // A models.dev catalog is read a provider at a time, without the whole document's tree. (Its
    // detection refuses every file the native check below would take, so the order is free.)
    if matches!(format, None | Some(SourceFormat::ModelsDev)) {
        if let Some(imported) = models_dev::import_text(text, format.is_none()) {
            let format = SourceFormat::ModelsDev;
            return (Some(format), from_import(Ok(imported), format, strict));
        }
    }
    if matches!(format, None | Some(SourceFormat::Native)) {
        let detect = format.is_none();
        if let Some(problems) = native::check_text(text, detect, embedded_criterion_ids) {
            if !problems.is_empty() && strict {
                return (Some(SourceFormat::Native), Err(problems));
            }
        }
    }
    let doc = match parse_json(text) {
        Ok(doc) => doc,
        Err(problem) => return (format, Err(vec![problem])),
    };
    let Some(format) = format.or_else(|| detect(&doc)) else {
        return (None, Err(vec![undetected(&doc)]));
    };
    let read = match format {
        SourceFormat::Native if strict => {
            parse_native_noting_ids(doc).and_then(|(d, altered)| clean(d, altered))
        }
        SourceFormat::Native => {
            super::repair::native(doc).map(|(d, report, altered)| (d, report, altered, Vec::new()))
        }
        SourceFormat::ModelsDev => from_import(models_dev::import(&doc), format, strict),
        SourceFormat::OpenRouter => from_import(openrouter::import(&doc), format, strict),
    };
    (Some(format), read)
}

/// The dataset of an importer's entries, sanitised, with the embedded criteria.
fn from_import(
    imported: Result<Imported, Vec<Problem>>,
    format: SourceFormat,
    strict: bool,
) -> Result<ReadFile, Vec<Problem>> {
    let imported = imported?;
    if strict && !imported.problems.is_empty() {
        return Err(imported.problems);
    }
    let criteria = super::import::embedded_criteria().map_err(|e| {
        vec![Problem::file(format!(
            "the embedded dataset is broken: {e}"
        ))]
    })?;
    let mut dataset = Dataset {
        schema_version: native::SCHEMA_VERSION as u32,
        dataset_version: format!("{} import", format.describe()),
        updated: "unknown".to_string(),
        criteria,
        models: imported.models,
        names_zh: Default::default(),
    };
    let altered = match imported.cleaned {
        Some(altered) => altered,
        None => {
            let mut altered = Vec::new();
            for (i, m) in dataset.models.iter_mut().enumerate() {
                if sanitize_model(m) {
                    altered.push(i);
                }
            }
            altered
        }
    };
    let mut report = LoadReport {
        entries: dataset.models.len(),
        noun: "listings",
        ..LoadReport::default()
    };
    report.extend(imported.problems, &imported.counts);
    Ok((dataset, report, altered, imported.facts))
}

/// Builds a dataset from a parsed document of a known format, strictly, sanitising every string.
pub fn parse_value(doc: Value, format: SourceFormat) -> Result<Dataset, Vec<Problem>> {
    let imported = match format {
        SourceFormat::Native => return parse_native(doc),
        SourceFormat::ModelsDev => models_dev::import(&doc),
        SourceFormat::OpenRouter => openrouter::import(&doc),
    };
    from_import(imported, format, true).map(|read| read.0)
}

/// Checks and deserialises a native document. A file without criteria uses the embedded ones.
pub fn parse_native(doc: Value) -> Result<Dataset, Vec<Problem>> {
    parse_native_noting_ids(doc).map(|(d, _)| d)
}

fn parse_native_noting_ids(doc: Value) -> Result<(Dataset, Vec<usize>), Vec<Problem>> {
    let problems = native::check(&doc, embedded_criterion_ids);
    if !problems.is_empty() {
        return Err(problems);
    }
    checked_native(doc)
}

/// Deserialises a checked native document and sanitises it; a file without criteria gets the
/// embedded ones. Also returns the entries whose id cleaning changed.
pub(super) fn checked_native(doc: Value) -> Result<(Dataset, Vec<usize>), Vec<Problem>> {
    let has_criteria = doc.get("criteria").is_some();
    // The check accepts only what deserialises; should the two ever disagree, say so, don't panic.
    let mut dataset: Dataset = serde_json::from_value(doc).map_err(|e| {
        vec![Problem::file(format!(
            "does not match the dataset format: {e}"
        ))]
    })?;
    if !has_criteria {
        dataset.criteria = Dataset::embedded()
            .map_err(|e| {
                vec![Problem::file(format!(
                    "the embedded dataset is broken: {e}"
                ))]
            })?
            .criteria;
    }
    let altered = sanitize_dataset(&mut dataset);
    Ok((dataset, altered))
}

/// The embedded entries with the file's added; an entry of the file replaces the embedded entry with
/// the same id in place. The embedded criteria are kept.
pub fn merge(base: Dataset, file: Dataset) -> Dataset {
    merge_reporting(base, file, &[], &mut LoadReport::default())
}

/// Like [`merge`], but a file entry replaces an embedded one only on an exact, visible id match:
/// one whose id only cleaning made equal (`altered`, indices into the file's entries, ascending)
/// is a look-alike and is skipped. Notes in `report` what was replaced and what was skipped.
pub fn merge_reporting(
    mut base: Dataset,
    file: Dataset,
    altered: &[usize],
    report: &mut LoadReport,
) -> Dataset {
    let embedded = base.models.len();
    let mut position: HashMap<String, usize> = base
        .models
        .iter()
        .enumerate()
        .map(|(i, m)| (m.id.clone(), i))
        .collect();
    base.models.reserve(file.models.len());
    for (i, m) in file.models.into_iter().enumerate() {
        match position.get(&m.id) {
            Some(&j) if altered.binary_search(&i).is_ok() || j >= embedded => {
                let message = format!(
                    "id \"{}\" is the embedded entry's id only once invisible characters are \
                     removed; the embedded entry is kept and this one skipped",
                    escape(&m.id, 80)
                );
                report.push(Problem {
                    kind: Kind::DuplicateId,
                    ..Problem::file(message)
                });
            }
            Some(&j) => {
                report.replaced.push(m.id.clone());
                base.models[j] = m;
            }
            None => {
                position.insert(m.id.clone(), base.models.len());
                base.models.push(m);
            }
        }
    }
    base.names_zh.developers.extend(file.names_zh.developers);
    base.names_zh.families.extend(file.names_zh.families);
    base.dataset_version = format!("{} + {}", base.dataset_version, file.dataset_version);
    base
}
