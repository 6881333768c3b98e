//! The dataset: types, loading, sanitising and validation. Knows nothing about terminals.

pub mod check;
pub mod date;
pub mod document;
mod facts;
pub mod fast;
pub mod grouping;
pub mod import;
pub mod load;
pub mod model;
pub mod names;
pub mod native;
mod native_facts;
mod offer;
pub mod problem;
mod rating_map;
pub mod read;
pub mod repair;
pub mod report;
pub mod sanitize;
pub mod url;
pub mod validate;

pub use model::*;
pub use problem::Problem;

use thiserror::Error;

/// The curated dataset compiled into the binary: `assets/models.json` with the whitespace between
/// tokens removed by `build.rs` (same values, fewer bytes in the binary).
pub const EMBEDDED_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/models.min.json"));

/// Why a dataset could not be loaded.
#[derive(Debug, Error)]
pub enum DataError {
    /// The file breaks the format; every problem found, each with its location.
    #[error("{}", summary(.0))]
    Invalid(Vec<Problem>),
}

impl DataError {
    /// Every problem found.
    pub fn problems(&self) -> &[Problem] {
        let DataError::Invalid(problems) = self;
        problems
    }
}

/// The first problems, one per line.
fn summary(problems: &[Problem]) -> String {
    let shown = load::SHOWN_PROBLEMS;
    let mut lines: Vec<String> = problems
        .iter()
        .take(shown)
        .map(Problem::to_string)
        .collect();
    if problems.len() > shown {
        lines.push(format!("… and {} more problems", problems.len() - shown));
    }
    lines.join("\n")
}

impl From<serde_json::Error> for DataError {
    fn from(e: serde_json::Error) -> Self {
        DataError::Invalid(vec![validate::syntax_problem(&e)])
    }
}

impl Dataset {
    /// Parses and checks a native dataset from JSON text and sanitises every string in it. A file
    /// without criteria gets the embedded ones.
    pub fn from_json_str(text: &str) -> Result<Self, DataError> {
        if let Some(dataset) = fast::parse(text) {
            return Ok(dataset);
        }
        let doc = validate::parse_json(text).map_err(|p| DataError::Invalid(vec![p]))?;
        load::parse_native(doc).map_err(DataError::Invalid)
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
