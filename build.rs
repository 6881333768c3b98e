//! Exposes the embedded dataset's version and date to `--version` without parsing JSON at run time.

use std::fs;

/// The string value of the first `"key": "value"` pair in `text`, if any.
fn string_field(text: &str, key: &str) -> Option<String> {
    let pattern = format!("\"{key}\"");
    let after_key = &text[text.find(&pattern)? + pattern.len()..];
    let after_colon = after_key.trim_start().strip_prefix(':')?.trim_start();
    let value = after_colon.strip_prefix('"')?;
    Some(value[..value.find('"')?].to_string())
}

fn main() {
    println!("cargo:rerun-if-changed=assets/models.json");
    let text = fs::read_to_string("assets/models.json").unwrap_or_default();
    let version = string_field(&text, "dataset_version").unwrap_or_else(|| "unknown".into());
    let updated = string_field(&text, "updated").unwrap_or_else(|| "unknown".into());
    println!("cargo:rustc-env=MODELDEX_DATASET={version}, updated {updated}");
}
