//! End-to-end tests of the command line: the real binary, its streams and exit codes.
//!
//! Most tests load `tests/fixtures/cli-sample.json` (nine real entries) with `--data`; a few use the
//! embedded dataset and rely only on `bloom`.

mod compare_labels;
mod decide;
mod fit;
mod formats;
mod gone;
mod lang;
mod list_filters;
mod lookup;
mod odd_files;
mod streams;
mod views;

use assert_cmd::Command;
use std::path::PathBuf;

/// The sample dataset used by most tests.
pub fn fixture() -> String {
    concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/cli-sample.json"
    )
    .to_string()
}

/// The binary with the fixture loaded and no colour-related variables inherited.
pub fn modeldex() -> Command {
    let mut cmd = bare();
    cmd.args(["--data", &fixture()]);
    cmd
}

/// The binary over the embedded dataset.
pub fn bare() -> Command {
    let mut cmd = Command::cargo_bin("modeldex").expect("binary is built");
    cmd.env_remove("NO_COLOR").env_remove("COLUMNS");
    // English whatever the machine's locale, unless a test asks for another.
    cmd.env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8");
    // No preferences file of the machine's own (its `lang` would change the language).
    cmd.env("XDG_CONFIG_HOME", "/nonexistent/modeldex-tests");
    cmd
}

/// The `id` of every entry of a JSON list (`list`, `search` with `--format json`), in order.
pub fn ids_of(list: &serde_json::Value) -> Vec<String> {
    list.as_array()
        .expect("a JSON array")
        .iter()
        .map(|e| e["id"].as_str().expect("an id").to_string())
        .collect()
}

/// Runs `cmd`, asserts exit 0 and a quiet stderr, and returns stdout.
pub fn stdout_of(cmd: &mut Command) -> String {
    let out = cmd.output().expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "exit {:?}: {stderr}", out.status);
    assert!(stderr.is_empty(), "unexpected stderr: {stderr}");
    String::from_utf8(out.stdout).expect("stdout is UTF-8")
}

/// A file under Cargo's temporary directory for integration tests (`target/tmp`), deleted when
/// dropped; the directory is named after this process so that parallel runs do not collide.
pub struct TempFile(PathBuf);

impl TempFile {
    pub fn new(name: &str, contents: &str) -> Self {
        let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
            .join(format!("modeldex-cli-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let path = dir.join(name);
        std::fs::write(&path, contents).expect("write temp file");
        TempFile(path)
    }
}

/// A data file holding 3,000 copies of the fixture's first entry (ids `entry-0`…), each named
/// by `name_of`: hundreds of KB of output, so a writer is still writing when its reader goes away.
pub fn copies_of_first_entry(file: &str, name_of: impl Fn(usize) -> serde_json::Value) -> TempFile {
    let text = std::fs::read_to_string(fixture()).unwrap();
    let mut data: serde_json::Value = serde_json::from_str(&text).unwrap();
    let template = data["models"][0].clone();
    let models: Vec<serde_json::Value> = (0..3000)
        .map(|i| {
            let mut m = template.clone();
            m["id"] = format!("entry-{i}").into();
            m["name"] = name_of(i);
            m
        })
        .collect();
    data["models"] = models.into();
    TempFile::new(file, &data.to_string())
}

impl std::ops::Deref for TempFile {
    type Target = std::path::Path;
    fn deref(&self) -> &std::path::Path {
        &self.0
    }
}

impl AsRef<std::ffi::OsStr> for TempFile {
    fn as_ref(&self) -> &std::ffi::OsStr {
        self.0.as_os_str()
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
        // Succeeds only for the last file of this process: the directory must be empty.
        let _ = self.0.parent().map(std::fs::remove_dir);
    }
}

/// Parses RFC 4180 CSV strictly: CRLF after every record, quotes only around whole fields, `""`
/// for a quote inside one. Panics on anything else.
pub fn parse_csv(s: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut chars = s.chars().peekable();
    let (mut quoted, mut just_closed) = (false, false);
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => (quoted, just_closed) = (false, true),
                _ => field.push(c),
            }
            continue;
        }
        match c {
            ',' => record.push(std::mem::take(&mut field)),
            '\r' => {
                assert_eq!(chars.next(), Some('\n'), "CR without LF in {s:?}");
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            '"' if field.is_empty() && !just_closed => quoted = true,
            '"' => panic!("stray quote in {s:?}"),
            '\n' => panic!("bare LF in {s:?}"),
            _ if just_closed => panic!("text after a closing quote in {s:?}"),
            _ => field.push(c),
        }
        just_closed = false;
    }
    assert!(!quoted, "unterminated quote");
    assert!(
        field.is_empty() && record.is_empty(),
        "last record lacks CRLF"
    );
    records
}

#[test]
fn the_csv_parser_used_by_these_tests_is_strict() {
    assert_eq!(
        parse_csv("a,\"b,\"\"c\"\"\"\r\n,\r\n"),
        vec![vec!["a", "b,\"c\""], vec!["", ""]]
    );
    for bad in ["a\n", "a\"b\r\n", "\"a\"b\r\n", "\"a\r\n", "a"] {
        assert!(
            std::panic::catch_unwind(|| parse_csv(bad)).is_err(),
            "{bad:?}"
        );
    }
}
