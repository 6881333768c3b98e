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
