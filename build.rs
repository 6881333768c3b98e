//! Exposes the embedded dataset's version and date to `--version` without parsing JSON at run time,
//! and writes the copy of `assets/models.json` that the binary embeds without its indentation.

use std::{env, fs, path::Path};

/// The string value of the first `"key": "value"` pair in `text`, if any.
fn string_field(text: &str, key: &str) -> Option<String> {
    let pattern = format!("\"{key}\"");
    let after_key = &text[text.find(&pattern)? + pattern.len()..];
    let after_colon = after_key.trim_start().strip_prefix(':')?.trim_start();
    let value = after_colon.strip_prefix('"')?;
    Some(value[..value.find('"')?].to_string())
}

/// `text` without the whitespace between JSON tokens. The file in `assets/` stays indented so that
/// people can read and diff it; the binary only needs the values (about a sixth fewer bytes).
fn minified(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in text.chars() {
        if in_string {
            out.push(c);
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
        } else if c == '"' {
            in_string = true;
            out.push(c);
        } else if !matches!(c, ' ' | '\n' | '\r' | '\t') {
            out.push(c);
        }
    }
    out
}

fn main() {
    println!("cargo:rerun-if-changed=assets/models.json");
    let text = fs::read_to_string("assets/models.json").unwrap_or_default();
    let version = string_field(&text, "dataset_version").unwrap_or_else(|| "unknown".into());
    let updated = string_field(&text, "updated").unwrap_or_else(|| "unknown".into());
    println!("cargo:rustc-env=MODELDEX_DATASET={version}, updated {updated}");
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("models.min.json");
    fs::write(&out, minified(&text)).expect("OUT_DIR is writable");
}
