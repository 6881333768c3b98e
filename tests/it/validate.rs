//! Validation messages: every kind of problem, with its location, and hostile inputs that must fail
//! quickly with a clear message and never panic or overflow the stack.

use modeldex::data::load::{load, read_limited, LoadError, LoadOptions, ReadError};
use modeldex::data::validate::{validate_bytes, validate_text};
use modeldex::data::{Dataset, Problem, EMBEDDED_JSON};
use serde_json::{json, Value};
use std::path::PathBuf;

/// A valid native document with one entry, to break in one place per test.
fn base() -> Value {
    json!({
        "schema_version": 1, "dataset_version": "test-1", "updated": "2026-11-23",
        "models": [
            {"id": "a", "name": "A", "kind": "model", "openness": "closed",
             "ratings": {"privacy.self_hosting": {"score": 1, "rationale": "API only."}}},
            {"id": "b", "name": "B", "kind": "model", "openness": "open-weights"}
        ]
    })
}

fn problems(doc: &Value) -> Vec<(String, String)> {
    validate_text(&doc.to_string())
        .into_iter()
        .map(|p| (p.path, p.message))
        .collect()
}

/// Asserts that breaking `base` with `edit` gives exactly one problem, at `path`, saying `message`.
fn one_problem(edit: impl FnOnce(&mut Value), path: &str, message: &str) {
    let mut doc = base();
    edit(&mut doc);
    let found = problems(&doc);
    assert_eq!(found, [(path.to_string(), message.to_string())], "{doc}");
}

#[test]
fn the_base_document_and_the_embedded_dataset_are_valid() {
    assert_eq!(problems(&base()), []);
    assert_eq!(validate_text(EMBEDDED_JSON), []);
}

#[test]
fn scores_out_of_range_name_their_path() {
    one_problem(
        |d| d["models"][0]["ratings"]["privacy.self_hosting"]["score"] = json!(7),
        "/models/0/ratings/privacy.self_hosting/score",
        "7 is above 5",
    );
    one_problem(
        |d| d["models"][0]["ratings"]["privacy.self_hosting"]["score"] = json!(0),
        "/models/0/ratings/privacy.self_hosting/score",
        "0 is below 1",
    );
    one_problem(
        |d| d["models"][0]["ratings"]["privacy.self_hosting"]["score"] = json!(2.5),
        "/models/0/ratings/privacy.self_hosting/score",
        "2.5 is not a whole number; scores are 1, 2, 3, 4 or 5",
    );
    one_problem(
        |d| d["models"][0]["ratings"]["privacy.self_hosting"]["score"] = json!("5"),
        "/models/0/ratings/privacy.self_hosting/score",
        "expected a score from 1 to 5, found \"5\"",
    );
}

#[test]
fn missing_fields_wrong_types_and_bad_enums() {
    one_problem(
        |d| {
            d["models"][1].as_object_mut().unwrap().remove("name");
        },
        "/models/1",
        "missing required field \"name\"",
    );
    one_problem(
        |d| d["models"][1]["name"] = json!(42),
        "/models/1/name",
        "expected a string, found 42",
    );
    one_problem(
        |d| d["models"][1]["kind"] = json!("modle"),
        "/models/1/kind",
        "\"modle\" is not a valid kind; expected one of \"model\", \"framework\", \"platform\"",
    );
    one_problem(
        |d| d["models"][1]["openness"] = json!("open"),
        "/models/1/openness",
        "\"open\" is not a valid openness; expected one of \"open-source\", \"open-weights\", \"closed\"",
    );
    one_problem(
        |d| d["models"][1]["aliases"] = json!(["x", 3]),
        "/models/1/aliases/1",
        "expected a string, found 3",
    );
    one_problem(
        |d| d["models"][1]["license"] = json!({"name": "MIT", "commercial_use": "maybe"}),
        "/models/1/license/commercial_use",
        "\"maybe\" is not a valid commercial_use; expected one of \"yes\", \"restricted\", \"no\"",
    );
    one_problem(
        |d| d["models"][1]["artifacts"] = json!({"weights": "opne"}),
        "/models/1/artifacts/weights",
        "\"opne\" is not a valid weights; expected one of \"open\", \"restricted\", \"partial\", \"closed\"",
    );
    one_problem(
        |d| d["models"] = json!({}),
        "/models",
        "expected an array, found an object",
    );
    one_problem(
        |d| {
            d.as_object_mut().unwrap().remove("models");
        },
        "",
        "missing required field \"models\"",
    );
    one_problem(
        |d| d["schema_version"] = json!(2),
        "/schema_version",
        "version 2 is not supported; this build reads version 1",
    );
}

#[test]
fn unknown_fields_are_reported_with_a_suggestion() {
    one_problem(
        |d| d["models"][1]["relased"] = json!("2024"),
        "/models/1/relased",
        "unknown field; did you mean \"released\"?",
    );
}

#[test]
fn duplicate_ids_point_at_the_first() {
    one_problem(
        |d| d["models"][1]["id"] = json!("a"),
        "/models/1/id",
        "duplicate id \"a\" (first at /models/0)",
    );
}

#[test]
fn unknown_criteria_are_reported() {
    one_problem(
        |d| {
            let r = d["models"][0]["ratings"]["privacy.self_hosting"].take();
            d["models"][0]["ratings"] = json!({"privacy.selfhosting": r});
        },
        "/models/0/ratings/privacy.selfhosting",
        "unknown criterion; did you mean \"privacy.self_hosting\"?",
    );
    // A file with criteria of its own is checked against those, not the embedded ones.
    let mut doc = base();
    doc["criteria"] = json!([{"id": "p", "name": "P", "description": "d",
        "sub_criteria": [{"id": "p.one", "name": "One", "description": "d"}]}]);
    assert_eq!(
        problems(&doc),
        [(
            "/models/0/ratings/privacy.self_hosting".to_string(),
            "unknown criterion".to_string()
        )]
    );
}

#[test]
fn dates_must_be_iso_dates() {
    one_problem(
        |d| d["models"][1]["released"] = json!("2024-13"),
        "/models/1/released",
        "\"2024-13\" is not a valid date: there is no month 13",
    );
    one_problem(
        |d| d["models"][1]["released"] = json!("July 2024"),
        "/models/1/released",
        "\"July 2024\" is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)",
    );
    one_problem(
        |d| d["updated"] = json!("2023-02-29"),
        "/updated",
        "\"2023-02-29\" is not a valid date: month 2 of 2023 has 28 days",
    );
}

#[test]
fn absurd_numbers_are_refused() {
    one_problem(
        |d| d["models"][1]["params_b"] = json!(1e308),
        "/models/1/params_b",
        "1e+308 is above the plausible maximum of 100000",
    );
    one_problem(
        |d| d["models"][1]["context_tokens"] = json!(-5),
        "/models/1/context_tokens",
        "-5 is negative",
    );
    one_problem(
        |d| d["models"][1]["context_tokens"] = json!(u64::MAX),
        "/models/1/context_tokens",
        "18446744073709551615 is above the plausible maximum of 1000000000",
    );
    let text = base().to_string().replace(
        "\"id\":\"b\"",
        "\"id\":\"b\",\"params_b\":123456789012345678901234567890",
    );
    let found = validate_text(&text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].path, "/models/1/params_b");
    assert!(found[0].message.contains("above the plausible maximum"));
}

#[test]
fn every_problem_is_listed_not_just_the_first() {
    let mut doc = base();
    doc["models"][0]["ratings"]["privacy.self_hosting"]["score"] = json!(9);
    doc["models"][1]["kind"] = json!(null);
    doc["updated"] = json!("yesterday");
    let paths: Vec<String> = problems(&doc).into_iter().map(|(p, _)| p).collect();
    assert_eq!(
        paths,
        [
            "/updated",
            "/models/0/ratings/privacy.self_hosting/score",
            "/models/1"
        ]
    );
}

fn bytes_problem(bytes: &[u8]) -> Problem {
    let report = validate_bytes(bytes, None);
    assert_eq!(report.problems.len(), 1, "{:?}", report.problems);
    report.problems[0].clone()
}

#[test]
fn syntax_errors_have_line_and_column() {
    let p = bytes_problem(b"{\n  \"models\": [1,,]\n}");
    assert_eq!(p.position, Some((2, 16)));
    assert!(
        p.message.starts_with("invalid JSON: expected value"),
        "{}",
        p.message
    );
}

#[test]
fn hostile_inputs_get_clear_messages() {
    let cases: [(&[u8], &str); 7] = [
        (b"", "the file is empty"),
        (b" \n\t", "the file holds only whitespace"),
        (
            b"{\"data\": [1,",
            "the JSON ends too early (truncated file?)",
        ),
        (
            b"[1, 2]",
            "the top level is an array; expected a modeldex dataset",
        ),
        (b"\"text\"", "the top level is \"text\"; expected"),
        (b"{\"a\": 1e400}", "number out of range"),
        (b"\xFF\xFE{\0}\0", "the file is UTF-16 encoded"),
    ];
    for (bytes, start) in cases {
        let p = bytes_problem(bytes);
        assert!(p.message.starts_with(start), "{bytes:?}: {}", p.message);
    }
}

#[test]
fn invalid_utf8_and_nul_bytes_give_the_byte_offset() {
    let p = bytes_problem(b"{\"a\":\n\"\xC3\x28\"}");
    assert_eq!(
        p.message,
        "invalid UTF-8 at byte offset 7; data files must be UTF-8 text"
    );
    assert_eq!(p.position, Some((2, 2)));
    let p = bytes_problem(b"{\"a\": \"x\0\"}");
    assert!(
        p.message.starts_with("NUL byte at byte offset 8"),
        "{}",
        p.message
    );
}

#[test]
fn deep_nesting_is_refused_without_overflowing_the_stack() {
    let depth = 100_000;
    let mut text = "[".repeat(depth);
    text.push_str(&"]".repeat(depth));
    let p = bytes_problem(text.as_bytes());
    assert_eq!(p.position, Some((1, 128)));
    assert!(p.message.starts_with("nesting is deeper than 128 levels"));
    let nested_object = "{\"a\":".repeat(depth);
    assert!(validate_text(&nested_object)[0]
        .message
        .contains("128 levels"));
}

#[test]
fn the_checker_does_not_recurse_into_deep_values() {
    // serde_json refuses such a document, but a value built in memory can be this deep: the
    // checker's walk follows the format, so it looks no deeper than a summary's type.
    let mut deep = Value::Null;
    for _ in 0..100_000 {
        deep = Value::Array(vec![deep]);
    }
    let mut doc = base();
    doc["models"][1]["summary"] = deep;
    let found = modeldex::data::native::check(&doc, Vec::new);
    assert_eq!(found.len(), 2, "{found:?}"); // the summary, and the unknown criterion
    assert_eq!(found[1].path, "/models/1/summary");
    assert_eq!(found[1].message, "expected a string, found an array");
    // Dropping the value recursively would overflow the stack: take it apart iteratively.
    let mut v = doc["models"][1]["summary"].take();
    while let Value::Array(mut items) = v {
        v = items.pop().unwrap_or(Value::Null);
    }
}

fn tmp(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name)
}

#[test]
fn files_over_the_size_limit_are_refused_before_reading() {
    let path = tmp("too-large.json");
    let file = std::fs::File::create(&path).unwrap();
    // Sparse: takes no disk space, but reports its size.
    file.set_len(modeldex::data::load::MAX_FILE_BYTES + 1)
        .unwrap();
    let err = load(&LoadOptions {
        path: Some(path.clone()),
        ..LoadOptions::default()
    })
    .unwrap_err();
    let text = err.to_string();
    assert!(
        text.contains(
            "too-large.json: the file is 1 GiB (1073741825 bytes); data files may be at most \
             1 GiB (1073741824 bytes)"
        ),
        "the two sizes differ where they are shown: {text}"
    );
    std::fs::remove_file(&path).unwrap();

    // The read itself stops at the limit too (for files that grow, or pipes).
    let small = tmp("small-limit.json");
    std::fs::write(&small, "{\"data\": []}").unwrap();
    assert!(matches!(
        read_limited(&small, 4),
        Err(ReadError::Refused(_))
    ));
    assert!(read_limited(&small, 64).is_ok());
}

#[test]
fn load_errors_name_the_file_and_show_the_first_problems() {
    let path = tmp("many-problems.json");
    let mut doc = base();
    for i in 0..8 {
        doc["models"]
            .as_array_mut()
            .unwrap()
            .push(json!({"id": format!("x{i}"), "name": "X", "kind": "?", "openness": "closed"}));
    }
    std::fs::write(&path, doc.to_string()).unwrap();
    let err = load(&LoadOptions {
        path: Some(path.clone()),
        strict: true,
        ..LoadOptions::default()
    })
    .unwrap_err();
    assert!(matches!(err, LoadError::Data { .. }));
    let text = err.to_string();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 6, "{text}");
    assert!(lines[0].ends_with("many-problems.json: /models/2/kind: \"?\" is not a valid kind; expected one of \"model\", \"framework\", \"platform\""), "{text}");
    assert!(
        lines[5].contains("… and 3 more problems; `modeldex validate"),
        "{text}"
    );
}

#[test]
fn a_directory_is_not_a_data_file() {
    let err = load(&LoadOptions {
        path: Some(PathBuf::from(env!("CARGO_TARGET_TMPDIR"))),
        ..LoadOptions::default()
    })
    .unwrap_err();
    assert!(
        err.to_string().ends_with("is a directory, not a data file"),
        "{err}"
    );
}

#[test]
fn a_native_file_may_leave_out_the_criteria() {
    let d = Dataset::from_json_str(&base().to_string()).unwrap();
    assert_eq!(
        d.criteria.len(),
        Dataset::embedded().unwrap().criteria.len()
    );
}

#[test]
fn imports_are_validated_with_paths() {
    let doc = json!({"anthropic": {"id": "anthropic", "name": "Anthropic", "models": {
        "m": {"name": "M", "release_date": "2024-02-30", "open_weights": "yes",
              "cost": {"input": -1, "output": 2}, "limit": {"context": 1.5}}}}});
    let report = validate_bytes(doc.to_string().as_bytes(), None);
    let found: Vec<(String, String)> = report
        .problems
        .into_iter()
        .map(|p| (p.path, p.message))
        .collect();
    let expect = |path: &str, message: &str| (path.to_string(), message.to_string());
    assert_eq!(
        found,
        [
            expect(
                "/anthropic/models/m/release_date",
                "\"2024-02-30\" is not a valid date: month 2 of 2024 has 29 days"
            ),
            expect(
                "/anthropic/models/m/open_weights",
                "expected true or false, found \"yes\""
            ),
            expect("/anthropic/models/m/cost/input", "-1 is negative"),
            expect(
                "/anthropic/models/m/limit/context",
                "1.5 is not a whole number from 0 to 1000000000"
            ),
        ]
    );

    let doc = json!({"data": [{"id": "x/a", "pricing": {"prompt": "cheap"}, "created": -3},
                              {"id": "x/a"}]});
    let report = validate_bytes(doc.to_string().as_bytes(), None);
    let paths: Vec<&str> = report.problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(
        paths,
        ["/data/0/created", "/data/0/pricing/prompt", "/data/1/id"]
    );
    assert!(report.problems[1].message.contains("found \"cheap\""));
    assert_eq!(
        report.problems[2].message,
        "duplicate id \"x/a\" (first at /data/0)"
    );
}
