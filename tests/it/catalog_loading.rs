//! Real catalogs load whole: bad values are dropped and counted, `--strict` and `validate` refuse,
//! unknown formats are not guessed, look-alike ids are duplicates, and a merge replaces only on an
//! exact id.

use crate::cli::{bare, TempFile};
use serde_json::{json, Value};

/// The models.dev subset with one bad value of each kind a catalog can hold.
fn catalog_with_bad_values() -> Value {
    let text = include_str!("../fixtures/models-dev-api.subset.json");
    let mut doc: Value = serde_json::from_str(text).unwrap();
    let opus = &mut doc["anthropic"]["models"]["claude-opus-4-6"];
    opus["knowledge"] = json!("2025-02-31");
    opus["release_date"] = json!("2025-25-11");
    opus["limit"]["context"] = json!(-1);
    opus["tool_call"] = json!("yes");
    doc["openai"]["models"]["gpt-5"]["cost"]["input"] = json!(1e12);
    doc["openai"]["models"]["not-a-model"] = json!(7);
    doc
}

fn run(args: &[&str]) -> (i32, String, String) {
    let out = bare().args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_catalog_with_bad_values_loads_with_one_summary_line() {
    let file = TempFile::new("bad-api.json", &catalog_with_bad_values().to_string());
    let path = file.to_str().unwrap();
    // One listing on its own (`--flat`): grouped, the model takes its date from other listings.
    let (code, out, err) = run(&[
        "--flat",
        "--data",
        path,
        "show",
        "anthropic/claude-opus-4-6",
        "--format",
        "json",
    ]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(err.lines().count(), 1, "one line: {err}");
    assert!(
        err.contains("loaded 867 listings; 5 values dropped (2 invalid dates, 2 out-of-range numbers, 1 value of the wrong type); 1 entry skipped (1 unreadable entry)"),
        "{err}"
    );
    assert!(
        err.contains(&format!("`modeldex validate {path}` lists them")),
        "{err}"
    );
    let entry: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(entry["released"], Value::Null, "the bad date is unknown");
    assert_eq!(entry["context_tokens"], Value::Null);
    assert_eq!(
        entry["name"], "Claude Opus 4.6",
        "the rest of the entry is kept"
    );
}

#[test]
fn strict_and_validate_refuse_and_list_every_problem() {
    let file = TempFile::new(
        "bad-api-strict.json",
        &catalog_with_bad_values().to_string(),
    );
    let path = file.to_str().unwrap();
    let (code, _, err) = run(&["--strict", "--data", path, "list"]);
    assert_eq!(code, 2);
    assert!(err.contains("cannot load data"), "{err}");
    let (code, out, _) = run(&["validate", path]);
    assert_eq!(code, 2);
    assert_eq!(out.lines().count(), 6, "{out}");
    assert!(
        out.contains("/anthropic/models/claude-opus-4-6/knowledge"),
        "{out}"
    );
    assert!(out.contains("/openai/models/not-a-model"), "{out}");
}

#[test]
fn structural_failures_still_refuse() {
    for (name, text) in [
        ("not-json.json", "{\"a\": "),
        ("top.json", "[1, 2]"),
        ("empty.json", "{}"),
    ] {
        let file = TempFile::new(name, text);
        let (code, _, err) = run(&["--data", file.to_str().unwrap(), "list"]);
        assert_eq!(code, 2, "{name}: {err}");
    }
}

#[test]
fn an_artificial_analysis_file_is_not_taken_for_an_openrouter_list() {
    let aa = json!({"status": 200, "data": [
        {"id": "3f2", "name": "GPT-5 (high)", "slug": "gpt-5", "model_creator": {"name": "OpenAI"},
         "evaluations": {"mmlu_pro": 0.87}, "pricing": {"price_1m_input_tokens": 1.25}}
    ]});
    let file = TempFile::new("aa.json", &aa.to_string());
    let path = file.to_str().unwrap();
    let (code, out, _) = run(&["validate", path]);
    assert_eq!(code, 2, "{out}");
    assert!(!out.contains("OK"), "{out}");
    for format in [
        "modeldex dataset",
        "OpenRouter model list",
        "models.dev catalog",
    ] {
        assert!(
            out.contains(format),
            "the message names the known formats: {out}"
        );
    }
    let (code, _, err) = run(&["--data", path, "list"]);
    assert_eq!(code, 2, "{err}");
}

fn native_entry(id: &str, name: &str) -> Value {
    json!({"id": id, "name": name, "kind": "model", "openness": "closed"})
}

fn native(models: Value) -> String {
    json!({"schema_version": 1, "dataset_version": "t", "updated": "2026-01-01", "models": models})
        .to_string()
}

#[test]
fn look_alike_ids_are_duplicates_the_first_is_kept() {
    let text = native(json!([
        native_entry("same", "First"),
        native_entry("same\u{200b}", "Second"),
        native_entry("same\u{0}", "Third"),
    ]));
    let file = TempFile::new("look-alike.json", &text);
    let path = file.to_str().unwrap();
    let (code, out, _) = run(&["validate", path]);
    assert_eq!(code, 2);
    assert_eq!(out.matches("duplicate id").count(), 2, "{out}");
    assert!(out.contains("invisible characters"), "{out}");
    let (code, out, err) = run(&["--data", path, "list", "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    let list: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(list.as_array().unwrap().len(), 1);
    assert_eq!(list[0]["name"], "First");
    assert!(err.contains("2 entries skipped (2 duplicate ids)"), "{err}");
}

#[test]
fn a_merge_replaces_only_on_an_exact_id_and_says_so() {
    let text = native(json!([
        native_entry("gpt-4\u{200b}", "Fake GPT-4"),
        native_entry("bloom", "My BLOOM"),
    ]));
    let file = TempFile::new("merge-look-alike.json", &text);
    let path = file.to_str().unwrap();
    let (code, out, err) = run(&[
        "--data", path, "--merge", "show", "gpt-4", "--format", "json",
    ]);
    assert_eq!(code, 0, "{err}");
    let gpt4: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(gpt4["name"], "GPT-4", "the curated entry stays");
    assert!(err.contains("replaced 1 embedded entry: bloom"), "{err}");
    assert!(err.contains("1 entry skipped (1 duplicate id)"), "{err}");
    let (code, _, err) = run(&["--strict", "--data", path, "--merge", "list"]);
    assert_eq!(code, 2, "{err}");
}

#[test]
fn the_browser_opens_a_catalog_with_bad_values_and_says_what_it_dropped() {
    if !crate::support::tmux_available() {
        return;
    }
    let file = TempFile::new("bad-api-tui.json", &catalog_with_bad_values().to_string());
    let pane =
        crate::support::Pane::start(120, 40, &format!("--no-config --data '{}'", file.display()));
    let screen = pane.wait_for_text("5 values dropped, 1 entry skipped");
    assert!(screen.contains("? lists them"), "{screen}");
    pane.type_text("/opus");
    let screen = pane.wait_for_text("Claude Opus 4.6");
    assert!(
        !screen.contains("values dropped"),
        "the notice goes with the first key: {screen}"
    );
    pane.keys(&["Escape"]);
    // An Escape followed at once by `q` can reach the terminal as one Alt+q: wait for the search
    // to close before quitting.
    pane.wait_for("the search to close", |s| !s.contains("/ opus"));
    pane.quit();
}
