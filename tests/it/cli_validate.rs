//! `modeldex validate FILE` and `--data` loading failures, through the real binary.

use assert_cmd::Command;
use serde_json::json;
use std::path::PathBuf;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn tmp(name: &str, contents: &[u8]) -> PathBuf {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::write(&path, contents).unwrap();
    path
}

fn modeldex() -> Command {
    Command::cargo_bin("modeldex").unwrap()
}

fn stdout_of(args: &[&std::ffi::OsStr]) -> (String, Option<i32>) {
    let out = modeldex().args(args).output().unwrap();
    (String::from_utf8(out.stdout).unwrap(), out.status.code())
}

#[test]
fn valid_files_exit_0_with_a_summary() {
    for (name, summary) in [
        (
            "models-dev-api.sample.json",
            "OK: 12 entries (models.dev catalog)",
        ),
        (
            "openrouter-models.sample.json",
            "OK: 10 entries (OpenRouter model list)",
        ),
        ("hostile-native.json", "OK: 1 entry (modeldex dataset)"),
    ] {
        let path = fixture(name);
        let (out, code) = stdout_of(&["validate".as_ref(), path.as_os_str()]);
        assert_eq!(code, Some(0), "{name}: {out}");
        assert_eq!(out, format!("{}: {summary}\n", path.display()));
    }
    let assets = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/models.json");
    let (out, code) = stdout_of(&["validate".as_ref(), assets.as_os_str()]);
    assert_eq!(code, Some(0), "{out}");
}

#[test]
fn invalid_files_exit_2_listing_every_problem_with_its_path() {
    let doc = json!({"schema_version": 1, "dataset_version": "x", "updated": "2026-1-1",
    "models": [
        {"id": "a", "name": "A", "kind": "model", "openness": "closed",
         "ratings": {"privacy.self_hosting": {"score": 7, "rationale": "r"}}},
        {"id": "a", "name": "B", "kind": "model", "openness": "closed", "released": "2024-13"}
    ]});
    let path = tmp("cli-invalid.json", doc.to_string().as_bytes());
    let (out, code) = stdout_of(&["validate".as_ref(), path.as_os_str()]);
    assert_eq!(code, Some(2));
    let f = path.display();
    assert_eq!(
        out,
        format!(
            "{f}: /updated: \"2026-1-1\" is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)\n\
             {f}: /models/0/ratings/privacy.self_hosting/score: 7 is above 5\n\
             {f}: /models/1/released: \"2024-13\" is not a valid date: there is no month 13\n\
             {f}: /models/1/id: duplicate id \"a\" (first at /models/0)\n"
        )
    );
}

#[test]
fn syntax_errors_print_file_line_and_column() {
    let path = tmp("cli-syntax.json", b"{\n  \"models\": [\n    1,\n  ]\n}\n");
    let (out, code) = stdout_of(&["validate".as_ref(), path.as_os_str()]);
    assert_eq!(code, Some(2));
    assert!(
        out.starts_with(&format!("{}:4:3: invalid JSON: ", path.display())),
        "{out}"
    );
}

#[test]
fn a_missing_file_exits_2_with_a_message() {
    let out = modeldex()
        .args(["validate", "/nonexistent/modeldex.json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("/nonexistent/modeldex.json: No such file"),
        "{err}"
    );
}

#[test]
fn hostile_values_and_file_names_never_reach_the_terminal_raw() {
    let evil = "\u{1b}]52;c;ZXZpbA==\u{7}\u{9b}2J\r\u{202e}";
    let doc = json!({"schema_version": 1, "dataset_version": "x", "updated": "2026-01-01",
        "models": [{"id": evil, "name": evil, "kind": evil, "openness": "closed",
                    "ratings": {evil: {"score": 1, "rationale": "r"}}}]});
    let path = tmp("cli-hostile\u{1b}[31m.json", doc.to_string().as_bytes());
    let out = modeldex().arg("validate").arg(&path).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("/models/0/kind: \"\\u{1b}]52;c;ZXZpbA==\\u{7}\\u{9b}2J\\u{d}\\u{202e}\" is not a valid kind"), "{text}");
    assert!(text.contains("cli-hostile\\u{1b}[31m.json"), "{text}");
    assert!(
        !text.chars().any(|c| c.is_control() && c != '\n'),
        "{text:?}"
    );
    assert!(!text.contains('\u{202e}'));
    // The hostile catalogs print their summary, or their one problem, clean: the models.dev
    // one's listing status is hostile text, not one of the catalog's words (alpha, beta,
    // deprecated), and is listed escaped.
    for (name, status) in [
        ("hostile-models-dev.json", 2),
        ("hostile-openrouter.json", 0),
    ] {
        let (out, code) = stdout_of(&["validate".as_ref(), fixture(name).as_os_str()]);
        assert_eq!(code, Some(status), "{out}");
        assert!(!out.chars().any(|c| c.is_control() && c != '\n'));
        if status == 2 {
            assert!(out.contains("/status: unknown status"), "{out}");
        }
    }
}

#[test]
fn every_problem_is_listed_even_past_what_a_load_error_shows() {
    let models: Vec<_> = (0..20)
        .map(|i| json!({"id": format!("m{i}"), "name": "M", "kind": "nope", "openness": "closed"}))
        .collect();
    let doc =
        json!({"schema_version": 1, "dataset_version": "x", "updated": "2026", "models": models});
    let path = tmp("cli-twenty.json", doc.to_string().as_bytes());
    let (out, code) = stdout_of(&["validate".as_ref(), path.as_os_str()]);
    assert_eq!(code, Some(2));
    assert_eq!(out.lines().count(), 20);
    assert!(out.lines().last().unwrap().contains("/models/19/kind"));
}
