//! `show`, `compare` and `list` with lifecycle, memory estimates and `--fits`.

use super::{bare, stdout_of};

/// The text with every run of whitespace made one space, so wrapped sentences can be found.
fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn show_says_when_an_entry_retired_and_what_its_weights_need() {
    let grok = stdout_of(bare().args(["show", "grok-3"]));
    assert!(
        grok.contains("Status          retired 2026-05-15"),
        "{grok}"
    );
    assert!(grok.contains("https://docs.x.ai/developers/migration/may-15-retirement"));
    assert!(
        !grok.contains("Memory"),
        "closed weights have no memory estimate"
    );
    let maverick = stdout_of(bare().args(["show", "llama-4-maverick"]));
    assert!(
        maverick.contains("Memory          16-bit 800 GB · 8-bit 400 GB · 4-bit 200 GB"),
        "{maverick}"
    );
    assert!(words(&maverick).contains("KV cache not included"));
    let json: serde_json::Value = serde_json::from_str(&stdout_of(bare().args([
        "show",
        "llama-4-maverick",
        "-f",
        "json",
    ])))
    .unwrap();
    assert_eq!(json["memory_estimate"]["gb_4bit"], 200.0);
    let md = stdout_of(bare().args(["show", "grok-3", "-f", "markdown"]));
    assert!(md.contains("| Status | retired 2026-05-15 |"), "{md}");
}

#[test]
fn compare_sets_memory_and_status_side_by_side_and_says_what_memory_leaves_out() {
    let out = stdout_of(bare().args(["compare", "gpt-5", "llama-4-maverick"]));
    let memory = out
        .lines()
        .find(|l| l.starts_with("Memory 16/8/4-bit (est.)"))
        .unwrap();
    assert!(
        memory.contains("800 / 400 / 200 GB") && memory.contains('—'),
        "{memory}"
    );
    let status = out.lines().find(|l| l.starts_with("Status")).unwrap();
    assert!(status.contains("deprecated, shuts down"), "{status}");
    assert!(words(&out).contains("2026-12-11"));
    assert!(words(&out).contains("KV cache not included"), "{out}");
}

#[test]
fn fits_keeps_only_downloadable_weights_small_enough_at_4_bits() {
    let out = stdout_of(bare().args(["list", "--fits", "24", "-f", "json"]));
    let ids: Vec<String> = serde_json::from_str::<Vec<serde_json::Value>>(&out)
        .unwrap()
        .iter()
        .map(|e| e["id"].as_str().unwrap().to_string())
        .collect();
    assert!(ids.iter().any(|i| i == "gpt-oss-20b"), "{ids:?}");
    assert!(
        ids.iter().any(|i| i == "mixtral-8x7b"),
        "46.7B is 23.4 GB at 4 bits"
    );
    for absent in ["gpt-oss-120b", "gpt-5-1", "llama-3-3-70b"] {
        assert!(!ids.iter().any(|i| i == absent), "{absent} listed: {ids:?}");
    }
}

#[test]
fn frontier_draws_the_chart_and_lists_the_frontier_in_every_format() {
    let table = stdout_of(bare().args(["frontier", "--ascii"]));
    assert!(table.contains("nothing cheaper is more capable"), "{table}");
    assert!(
        table.contains("o open-source  w open-weights  x closed"),
        "{table}"
    );
    assert!(
        table.lines().any(|l| l.contains("$1") && l.contains("$10")),
        "x ticks: {table}"
    );
    assert!(table.is_ascii(), "--ascii draws the chart in ASCII");
    let json: serde_json::Value =
        serde_json::from_str(&stdout_of(bare().args(["frontier", "-f", "json"]))).unwrap();
    assert_eq!(json["x"]["axis"], "price");
    assert_eq!(json["y"]["axis"], "intelligence");
    assert_eq!(json["snapshot"], "2026-04-02");
    let frontier = json["frontier"].as_array().unwrap();
    assert!(frontier.len() >= 3);
    // Cheapest first, each more capable than the last: nothing cheaper is more capable.
    for pair in frontier.windows(2) {
        assert!(pair[0]["x"].as_f64() < pair[1]["x"].as_f64());
        assert!(pair[0]["y"].as_f64() < pair[1]["y"].as_f64());
    }
    let ids: Vec<&str> = frontier.iter().map(|p| p["id"].as_str().unwrap()).collect();
    assert!(
        !ids.contains(&"gpt-5-1"),
        "GPT-5.1 is beaten on price and capability: {ids:?}"
    );
    let csv = stdout_of(bare().args(["frontier", "-f", "csv"]));
    assert_eq!(
        csv.lines().next(),
        Some("id,name,openness,price,intelligence")
    );
    assert_eq!(csv.lines().count(), frontier.len() + 1);
    let md = stdout_of(bare().args(["frontier", "--openness", "open-weights", "-f", "markdown"]));
    assert!(md.contains("| Name | Id | Openness |"), "{md}");
    assert!(!md.contains("| closed |"), "{md}");
}

#[test]
fn frontier_axes_switch_and_must_differ() {
    let json: serde_json::Value = serde_json::from_str(&stdout_of(bare().args([
        "frontier", "--x", "params", "--y", "score", "--fits", "80", "-f", "json",
    ])))
    .unwrap();
    assert_eq!(json["x"]["axis"], "params");
    assert_eq!(
        json["snapshot"],
        serde_json::Value::Null,
        "no capability axis"
    );
    for p in json["frontier"].as_array().unwrap() {
        assert!(
            p["x"].as_f64().unwrap() <= 160.0,
            "fits 80 GB at 4 bits: {p}"
        );
    }
    let out = bare()
        .args(["frontier", "--x", "price", "--y", "price"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("two different axes"));
}

/// A newer Artificial Analysis list: five models of the 2 April 2026 snapshot, GPT-5.1 and GLM-5
/// with changed Intelligence Index values, dated 30 November 2026 by its name.
const NEWER: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/aa-llms-models-2026-11-30.json"
);

fn stderr_and_stdout(cmd: &mut assert_cmd::Command) -> (String, String) {
    let out = cmd.output().unwrap();
    assert!(out.status.success(), "{out:?}");
    (
        String::from_utf8(out.stderr).unwrap(),
        String::from_utf8(out.stdout).unwrap(),
    )
}

#[test]
fn benchmarks_replace_the_figures_of_the_entries_they_list_and_say_how_many() {
    let (err, out) =
        stderr_and_stdout(bare().args(["--benchmarks", NEWER, "show", "gpt-5-1", "-f", "json"]));
    assert!(err.contains("figures of 2026-11-30 for 4 entries"), "{err}");
    assert!(
        err.contains("2 of its 6 models matched no entry (--verbose lists them)"),
        "{err}"
    );
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    let figures = json["capability"]["figures"].as_object().unwrap();
    assert_eq!(figures["intelligence_index"]["value"], 49.0);
    assert!(
        figures.values().all(|f| f["as_of"] == "2026-11-30"),
        "one entry's figures never mix snapshots"
    );
    // An entry the list does not name keeps the embedded snapshot.
    let (_, claude) = stderr_and_stdout(bare().args([
        "--benchmarks",
        NEWER,
        "show",
        "claude-opus-4-6",
        "-f",
        "json",
    ]));
    assert!(claude.contains("\"as_of\": \"2026-04-02\""));
    let (err, _) = stderr_and_stdout(bare().args(["--benchmarks", NEWER, "--verbose", "list"]));
    assert!(
        err.contains("unmatched: GPT-5.1 Codex (high) (gpt-5-1-codex)"),
        "{err}"
    );
    assert!(
        err.contains("unmatched: gpt-oss-120B (low) (gpt-oss-120b-low)"),
        "{err}"
    );
}

#[test]
fn benchmarks_join_imported_entries_by_the_matching_rules() {
    let subset = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/models-dev-api.subset.json"
    );
    let (err, out) = stderr_and_stdout(bare().args([
        "--data",
        subset,
        "--benchmarks",
        NEWER,
        "--verbose",
        "list",
        "-f",
        "json",
    ]));
    assert!(
        err.contains("for 5 entries; 1 of its 6 models matched no entry"),
        "{err}"
    );
    let list: Vec<serde_json::Value> = serde_json::from_str(&out).unwrap();
    let index = |id: &str| {
        list.iter()
            .find(|e| e["id"] == id)
            .map(|e| e["capability"]["intelligence_index"].clone())
    };
    assert_eq!(index("GLM-5"), Some(serde_json::json!(52.5)));
    assert_eq!(index("gpt-5.1"), Some(serde_json::json!(49.0)));
}

#[test]
fn a_bad_benchmarks_file_is_an_error_naming_it() {
    let out = bare()
        .args(["--benchmarks", "/nonexistent/aa.json", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr)
        .contains("cannot read --benchmarks /nonexistent/aa.json"));
    let out = bare()
        .args(["--benchmarks", &super::fixture(), "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("is not an Artificial Analysis model list")
    );
}

#[test]
fn show_gives_the_reason_when_no_list_price_is_recorded() {
    // ERNIE 4.5 is sold only in yuan: its pricing block holds the reason, not a price.
    let ernie = words(&stdout_of(bare().args(["show", "ernie-4-5"])));
    assert!(
        ernie.contains("Price no list price recorded: Baidu sells ERNIE models"),
        "{ernie}"
    );
    assert!(ernie.contains("in yuan (CNY)"), "{ernie}");
    assert!(!ernie.contains("— per million tokens"), "{ernie}");
    // A priced entry of the same policy still shows its figures and date.
    let command_a = words(&stdout_of(bare().args(["show", "command-a"])));
    assert!(
        command_a.contains("Price $2.50 in / $10.00 out per million tokens (as of 2026-08-20)"),
        "{command_a}"
    );
}
