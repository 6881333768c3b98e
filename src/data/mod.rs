//! The dataset: types, loading, sanitising and validation. Knows nothing about terminals.

pub mod load;
pub mod model;
pub mod sanitize;

pub use model::*;

use thiserror::Error;

/// The curated dataset compiled into the binary.
pub const EMBEDDED_JSON: &str = include_str!("../../assets/models.json");

/// Why a dataset could not be loaded.
#[derive(Debug, Error)]
pub enum DataError {
    /// The text is not valid JSON, or does not have the expected shape.
    #[error("line {line}, column {column}: {message}")]
    Parse {
        line: usize,
        column: usize,
        message: String,
    },
    /// The JSON parsed but breaks the dataset's rules.
    #[error("{}", .0.join("; "))]
    Invalid(Vec<String>),
}

impl From<serde_json::Error> for DataError {
    fn from(e: serde_json::Error) -> Self {
        DataError::Parse {
            line: e.line(),
            column: e.column(),
            message: e.to_string(),
        }
    }
}

/// A [`Dataset`] as parsed from a file: each entry is sanitised as soon as it is parsed, while its
/// strings are still in the processor's cache, instead of in a second pass over the whole catalog.
/// Converted into a `Dataset` field by field, so a field added there must be added here.
#[derive(serde::Deserialize)]
struct Incoming {
    schema_version: u32,
    dataset_version: String,
    updated: String,
    criteria: Vec<Pillar>,
    #[serde(deserialize_with = "sanitize::deserialize_models")]
    models: Vec<Model>,
}

impl Dataset {
    /// Parses a native dataset from JSON text and sanitises every string in it.
    pub fn from_json_str(text: &str) -> Result<Self, DataError> {
        let incoming: Incoming = serde_json::from_str(text)?;
        let mut dataset = Dataset {
            schema_version: incoming.schema_version,
            dataset_version: incoming.dataset_version,
            updated: incoming.updated,
            criteria: incoming.criteria,
            models: Vec::new(),
        };
        // The entries are clean already; this cleans the rest.
        sanitize::sanitize_dataset(&mut dataset);
        dataset.models = incoming.models;
        Ok(dataset)
    }

    /// The dataset embedded in the binary. Tests keep it valid; callers still get an error rather
    /// than a panic if a broken file was ever compiled in.
    pub fn embedded() -> Result<Self, DataError> {
        Self::from_json_str(EMBEDDED_JSON)
    }

    /// All sub-criteria in display order, each with its pillar.
    pub fn leaf_criteria(&self) -> impl Iterator<Item = (&Pillar, &Criterion)> {
        self.criteria
            .iter()
            .flat_map(|p| p.sub_criteria.iter().map(move |c| (p, c)))
    }

    /// Looks up a sub-criterion or pillar name by id.
    pub fn criterion_name(&self, id: &str) -> Option<&str> {
        self.leaf_criteria()
            .find(|(_, c)| c.id == id)
            .map(|(_, c)| c.name.as_str())
            .or_else(|| {
                self.criteria
                    .iter()
                    .find(|p| p.id == id)
                    .map(|p| p.name.as_str())
            })
    }

    /// Index of the entry with exactly this id.
    pub fn position_of(&self, id: &str) -> Option<usize> {
        self.models.iter().position(|m| m.id == id)
    }
}
