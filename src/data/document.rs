//! From a data file's bytes to a JSON document: encoding, syntax with line and column, and which
//! format the document is in. Loading and validation both start here.

use super::problem::{describe, Problem};
use serde_json::Value;

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

impl SourceFormat {
    /// A name for messages: "modeldex dataset", "models.dev catalog", "OpenRouter model list".
    pub fn describe(self) -> &'static str {
        match self {
            SourceFormat::Native => "modeldex dataset",
            SourceFormat::ModelsDev => "models.dev catalog",
            SourceFormat::OpenRouter => "OpenRouter model list",
        }
    }
}

/// The sub-criterion ids of the embedded dataset, which files without criteria of their own use.
pub fn embedded_criterion_ids() -> Vec<String> {
    let Ok(doc) = serde_json::from_str::<Value>(super::EMBEDDED_JSON) else {
        return Vec::new();
    };
    let pillars = doc["criteria"].as_array().map_or(&[][..], Vec::as_slice);
    pillars
        .iter()
        .filter_map(|p| p["sub_criteria"].as_array())
        .flatten()
        .filter_map(|c| c["id"].as_str().map(str::to_string))
        .collect()
}

/// Line and column (1-based, column in bytes like serde_json's) of a byte offset.
fn line_column(bytes: &[u8], offset: usize) -> (usize, usize) {
    let before = &bytes[..offset.min(bytes.len())];
    let line = before.iter().filter(|b| **b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|b| *b == b'\n')
        .map_or(0, |i| i + 1);
    (line, offset - line_start + 1)
}

/// Turns raw file bytes into text: rejects empty, binary, UTF-16 and non-UTF-8 files with the byte
/// offset of the problem, and skips a UTF-8 byte-order mark.
pub fn decode(bytes: &[u8]) -> Result<&str, Problem> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(Problem::file(
            "the file is UTF-16 encoded; save it as UTF-8 (JSON files must be UTF-8)",
        ));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(Problem::file(if bytes.is_empty() {
            "the file is empty; expected a JSON object"
        } else {
            "the file holds only whitespace; expected a JSON object"
        }));
    }
    // `contains` on bytes is a memchr; the position is looked for only when there is one.
    if let Some(offset) = bytes
        .contains(&0)
        .then(|| bytes.iter().position(|b| *b == 0))
        .flatten()
    {
        let (line, column) = line_column(bytes, offset);
        return Err(Problem::at(
            line,
            column,
            format!("NUL byte at byte offset {offset}: this looks like a binary file, not JSON"),
        ));
    }
    std::str::from_utf8(bytes).map_err(|e| {
        let offset = e.valid_up_to();
        let (line, column) = line_column(bytes, offset);
        Problem::at(
            line,
            column,
            format!("invalid UTF-8 at byte offset {offset}; data files must be UTF-8 text"),
        )
    })
}

/// Parses JSON text, turning serde_json's errors into problems with a line, a column and a plain
/// explanation.
pub fn parse_json(text: &str) -> Result<Value, Problem> {
    serde_json::from_str(text).map_err(|e| syntax_problem(&e))
}

/// A problem for a JSON syntax error, at its line and column.
pub fn syntax_problem(e: &serde_json::Error) -> Problem {
    let full = e.to_string();
    let bare = full
        .rfind(" at line ")
        .map_or(full.as_str(), |i| &full[..i]);
    let message = if bare.starts_with("recursion limit exceeded") {
        "nesting is deeper than 128 levels; modeldex does not read documents this deep".to_string()
    } else if bare == "number out of range" {
        "number out of range (too large for a 64-bit float)".to_string()
    } else if e.is_eof() {
        format!("the JSON ends too early (truncated file?): {bare}")
    } else {
        format!("invalid JSON: {bare}")
    };
    Problem::at(e.line(), e.column(), message)
}

/// Members only OpenRouter's model entries have (an Artificial Analysis response also has a
/// `data` list of entries with `id`, `name` and `pricing`, so those prove nothing).
const OPENROUTER_MEMBERS: &[&str] = &[
    "context_length",
    "architecture",
    "canonical_slug",
    "top_provider",
    "created",
    "description",
    "hugging_face_id",
];

/// Whether a `data` list holds OpenRouter model entries: empty, or its first entry has a member
/// only they have.
fn is_openrouter_list(data: &Value) -> bool {
    match data.as_array().map(Vec::as_slice) {
        Some([]) => true,
        Some([first, ..]) => OPENROUTER_MEMBERS.iter().any(|k| first.get(k).is_some()),
        None => false,
    }
}

/// Tells a file's format from its content; `None` rather than a guess.
pub fn detect(doc: &Value) -> Option<SourceFormat> {
    let map = doc.as_object()?;
    if let Some(data) = map.get("data").filter(|d| d.is_array()) {
        return is_openrouter_list(data).then_some(SourceFormat::OpenRouter);
    }
    if map.contains_key("schema_version") || map.get("models").is_some_and(Value::is_array) {
        return Some(SourceFormat::Native);
    }
    let provider_like = |v: &Value| v.get("models").is_some_and(Value::is_object);
    if map.values().any(provider_like) {
        return Some(SourceFormat::ModelsDev);
    }
    None
}

/// Why a document's format could not be told.
pub(crate) fn undetected(doc: &Value) -> Problem {
    const FORMATS: &str = "a modeldex dataset ({\"schema_version\": 1, \"models\": [...]}), an \
        OpenRouter model list ({\"data\": [...]}) or a models.dev catalog (an object of providers, \
        each with \"models\")";
    let message = match doc {
        Value::Object(map) if map.is_empty() => {
            format!("the top level is an empty object; expected {FORMATS}")
        }
        Value::Object(map) if map.get("data").is_some_and(Value::is_array) => format!(
            "its \"data\" list is not an OpenRouter model list (the entries have none of {}); \
             expected {FORMATS}",
            OPENROUTER_MEMBERS.join(", ")
        ),
        Value::Object(_) => {
            format!("cannot tell the format; expected {FORMATS} (--data-format forces one)")
        }
        other => format!("the top level is {}; expected {FORMATS}", describe(other)),
    };
    Problem::file(message)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_from_one() {
        assert_eq!(line_column(b"ab\ncd", 0), (1, 1));
        assert_eq!(line_column(b"ab\ncd", 4), (2, 2));
    }
}
