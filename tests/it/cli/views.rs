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
