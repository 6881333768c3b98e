//! Where the dataset comes from: the embedded file, or a file the user names with `--data` in any
//! supported format, optionally merged over the embedded entries.

pub use super::document::SourceFormat;
use super::document::{decode, detect, embedded_criterion_ids, parse_json, undetected};
use super::import::{models_dev, openrouter};
use super::problem::{escape, Problem};
pub use super::read::{read_limited, ReadError, STDIN};
use super::sanitize::{sanitize_dataset, sanitize_model};
use super::{native, DataError, Dataset, Model};
use serde_json::Value;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

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
    /// Keep the embedded entries and add the file's (the file wins on an id clash).
    pub merge: bool,
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
    let Some(path) = &opts.path else {
        return embedded();
    };
    let shown = shown_path(path);
    let bytes = read_limited(path, MAX_FILE_BYTES).map_err(|e| e.named(&shown))?;
    let data_error = |problems| LoadError::Data {
        path: shown.clone(),
        source: DataError::Invalid(problems),
    };
    let (mut file, format) = parse_bytes(&bytes, opts.format).map_err(data_error)?;
    if format != SourceFormat::Native {
        if let Some(date) = modified_date(path) {
            file.updated = date;
        }
    }
    if !opts.merge {
        return Ok(file);
    }
    Ok(merge(embedded()?, file))
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

/// Parses the bytes of a data file in any supported format; `format` forces one, `None` detects it.
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
    let text = match decode(bytes) {
        Ok(text) => text,
        Err(problem) => return (format, Err(vec![problem])),
    };
    // A valid native file skips the validator's document tree (see `fast`); a broken one is
    // checked one entry at a time, so that a huge file does not need a huge tree to be refused.
    if matches!(format, None | Some(SourceFormat::Native)) {
        if let Some(dataset) = super::fast::parse(text) {
            return (Some(SourceFormat::Native), Ok(dataset));
        }
        let detect = format.is_none();
        if let Some(problems) = native::check_text(text, detect, embedded_criterion_ids) {
            if !problems.is_empty() {
                return (Some(SourceFormat::Native), Err(problems));
            }
        }
    }
    let doc = match parse_json(text) {
        Ok(doc) => doc,
        Err(problem) => return (format, Err(vec![problem])),
    };
    match format.or_else(|| detect(&doc)) {
        Some(format) => (Some(format), parse_value(doc, format)),
        None => (None, Err(vec![undetected(&doc)])),
    }
}

/// Builds a dataset from a parsed document of a known format, sanitising every string.
pub fn parse_value(doc: Value, format: SourceFormat) -> Result<Dataset, Vec<Problem>> {
    let (models, problems) = match format {
        SourceFormat::Native => return parse_native(doc),
        SourceFormat::ModelsDev => models_dev::import(&doc),
        SourceFormat::OpenRouter => openrouter::import(&doc),
    };
    if !problems.is_empty() {
        return Err(problems);
    }
    let criteria = Dataset::embedded()
        .map_err(|e| {
            vec![Problem::file(format!(
                "the embedded dataset is broken: {e}"
            ))]
        })?
        .criteria;
    let mut dataset = Dataset {
        schema_version: native::SCHEMA_VERSION as u32,
        dataset_version: format!("{} import", format.describe()),
        updated: "unknown".to_string(),
        criteria,
        models,
        names_zh: Default::default(),
    };
    for m in &mut dataset.models {
        sanitize_model(m);
    }
    Ok(dataset)
}

/// Checks and deserialises a native document. A file without criteria uses the embedded ones.
pub fn parse_native(doc: Value) -> Result<Dataset, Vec<Problem>> {
    let problems = native::check(&doc, embedded_criterion_ids);
    if !problems.is_empty() {
        return Err(problems);
    }
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
    sanitize_dataset(&mut dataset);
    Ok(dataset)
}

/// The embedded entries with the file's added; an entry of the file replaces the embedded entry with
/// the same id in place. The embedded criteria are kept.
pub fn merge(mut base: Dataset, file: Dataset) -> Dataset {
    let mut position: HashMap<String, usize> = base
        .models
        .iter()
        .enumerate()
        .map(|(i, m)| (m.id.clone(), i))
        .collect();
    base.models.reserve(file.models.len());
    for m in file.models {
        replace_or_push(&mut base.models, &mut position, m);
    }
    base.names_zh.developers.extend(file.names_zh.developers);
    base.names_zh.families.extend(file.names_zh.families);
    base.dataset_version = format!("{} + {}", base.dataset_version, file.dataset_version);
    base
}

fn replace_or_push(models: &mut Vec<Model>, position: &mut HashMap<String, usize>, m: Model) {
    match position.get(&m.id) {
        Some(&i) => models[i] = m,
        None => {
            position.insert(m.id.clone(), models.len());
            models.push(m);
        }
    }
}
