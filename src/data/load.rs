//! Where the dataset comes from: the embedded file, or a file the user names with `--data`.

use super::{DataError, Dataset};
use std::path::PathBuf;

/// Formats a data file can be in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceFormat {
    /// modeldex's own schema (`assets/models.schema.json`).
    Native,
    /// The models.dev `api.json` catalog.
    ModelsDev,
    /// OpenRouter's `/api/v1/models` response.
    OpenRouter,
}

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
    #[error("{path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("{path}: {source}")]
    Data { path: String, source: DataError },
}

/// Loads the dataset described by `opts`.
pub fn load(opts: &LoadOptions) -> Result<Dataset, LoadError> {
    let embedded = || {
        Dataset::embedded().map_err(|source| LoadError::Data {
            path: "embedded dataset".into(),
            source,
        })
    };
    let Some(path) = &opts.path else {
        return embedded();
    };
    let shown = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|source| LoadError::Io {
        path: shown.clone(),
        source,
    })?;
    let file = Dataset::from_json_str(&text).map_err(|source| LoadError::Data {
        path: shown,
        source,
    })?;
    if !opts.merge {
        return Ok(file);
    }
    let mut base = embedded()?;
    base.models
        .retain(|m| !file.models.iter().any(|f| f.id == m.id));
    base.models.extend(file.models);
    Ok(base)
}
