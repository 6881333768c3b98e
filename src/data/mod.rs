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

impl Dataset {
    /// Parses a native dataset from JSON text and sanitises every string in it.
    pub fn from_json_str(text: &str) -> Result<Self, DataError> {
        let mut dataset: Dataset = serde_json::from_str(text)?;
        sanitize::sanitize_dataset(&mut dataset);
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
