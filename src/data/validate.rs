//! Validation of data files: encoding and syntax with line and column, format detection, and the
//! structural checks of each format with JSON paths.
//!
//! Everything here returns [`Problem`]s and never panics, whatever the bytes: empty files, binary
//! files, invalid UTF-8, truncated JSON and nesting deeper than serde_json's recursion limit (128)
//! each get a message of their own.

pub use super::document::{
    decode, detect, embedded_criterion_ids, parse_json, syntax_problem, SourceFormat,
};
use super::load::read_bytes;
use super::native;
use super::problem::Problem;

/// What checking a file found.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// The format the file was read as (detected or forced); `None` when it could not be told.
    pub format: Option<SourceFormat>,
    /// How many entries the file holds (0 when it has problems).
    pub entries: usize,
    /// Every problem found, in document order; empty when the file is valid.
    pub problems: Vec<Problem>,
}

/// Checks native JSON text and lists every problem.
pub fn validate_text(text: &str) -> Vec<Problem> {
    match parse_json(text) {
        Ok(doc) => native::check(&doc, embedded_criterion_ids),
        Err(problem) => vec![problem],
    }
}

/// Checks the bytes of a data file in any supported format (`format` forces one; `None` detects it).
pub fn validate_bytes(bytes: &[u8], format: Option<SourceFormat>) -> Report {
    match read_bytes(bytes, format) {
        (format, Ok(dataset)) => Report {
            format,
            entries: dataset.models.len(),
            problems: Vec::new(),
        },
        (format, Err(problems)) => Report {
            format,
            entries: 0,
            problems,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_a_utf8_byte_order_mark() {
        assert_eq!(decode(b"\xEF\xBB\xBF{}").unwrap(), "{}");
    }

    #[test]
    fn detects_each_format() {
        let native = serde_json::json!({"schema_version": 1, "models": []});
        let openrouter = serde_json::json!({"data": []});
        let models_dev = serde_json::json!({"openai": {"id": "openai", "models": {}}});
        assert_eq!(detect(&native), Some(SourceFormat::Native));
        assert_eq!(detect(&openrouter), Some(SourceFormat::OpenRouter));
        assert_eq!(detect(&models_dev), Some(SourceFormat::ModelsDev));
        assert_eq!(detect(&serde_json::json!({"x": 1})), None);
        let artificial_analysis = serde_json::json!({"status": 200, "data": [
            {"id": "x", "name": "GPT-5", "slug": "gpt-5", "pricing": {}, "evaluations": {}}
        ]});
        assert_eq!(detect(&artificial_analysis), None);
        let why = super::super::document::undetected(&artificial_analysis).message;
        assert!(why.contains("not an OpenRouter model list"), "{why}");
        assert_eq!(detect(&serde_json::json!([])), None);
    }
}
