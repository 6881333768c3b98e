//! The questions of the capability-and-cost issue (#14), asked end to end of the real binary over
//! the embedded dataset.

use super::{bare, ids_of, stdout_of};
use serde_json::Value;

fn json(args: &[&str]) -> Value {
    serde_json::from_str(&stdout_of(bare().args(args).args(["--format", "json"])))
        .expect("valid JSON")
}

/// "Open weights, commercial use, self-hostable, privacy first, best score first" (the question of
/// the issue, with the command line's own filters): a current model answers, not BLOOM (2022, 2K
/// context), which used to come first.
#[test]
fn the_privacy_first_choice_of_open_weights_is_a_current_model() {
    let listed = json(&[
        "list",
        "--openness",
        "open-weights",
        "--commercial-use",
        "--self-hostable",
        "--weights",
        "privacy-first",
        "--sort",
        "score",
    ]);
    let entries = listed.as_array().unwrap();
    assert!(entries.len() > 20, "{}", entries.len());
    for e in entries {
        assert_eq!(e["openness"], "open-weights");
        assert!(matches!(
            e["license"]["commercial_use"].as_str(),
            Some("yes" | "restricted")
        ));
    }
    let ids: Vec<&str> = entries.iter().map(|e| e["id"].as_str().unwrap()).collect();
    assert_ne!(ids[0], "bloom", "{ids:?}");
    let released = entries[0]["released"].as_str().unwrap();
    assert!(
        released >= "2025",
        "{} ({released}) is not a current model: {ids:?}",
        ids[0]
    );
    // BLOOM passes the filters and is still listed, further down.
    assert!(ids.contains(&"bloom"));
}

/// GPT-5.1, DeepSeek V4 Pro and Llama 4 Maverick side by side: capability, blended price and
/// openness in one comparison, the cheaper blended price starred.
#[test]
fn compare_sets_capability_price_and_openness_side_by_side() {
    let ids = ["gpt-5-1", "deepseek-v4-pro", "llama-4-maverick"];
    let cmp = json(&[&["compare"][..], &ids[..]].concat());
    let models: Vec<&str> = cmp["models"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["id"].as_str().unwrap())
        .collect();
    assert_eq!(models, ids);
    let row = |key: &str| -> Vec<Value> {
        let r = cmp["rows"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["key"] == key)
            .unwrap_or_else(|| panic!("no {key} row"));
        r["cells"].as_array().unwrap().clone()
    };
    let texts = |key: &str| -> Vec<String> {
        row(key)
            .iter()
            .map(|c| c["text"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        texts("openness"),
        ["closed", "open-weights", "open-weights"]
    );
    let price = texts("price");
    assert!(
        price[0].starts_with("$3.44 ($1.25 in / $10.00 out)"),
        "{price:?}"
    );
    assert!(
        price[1].starts_with("$1.98 ($1.32 in / $3.96 out)"),
        "{price:?}"
    );
    let best: Vec<bool> = row("price").iter().map(|c| c["best"] == true).collect();
    assert_eq!(
        best,
        [false, true, false],
        "DeepSeek V4 Pro is cheaper blended"
    );
    let intelligence = texts("intelligence_index");
    assert_eq!(intelligence[0], "47.7");
    assert_eq!(intelligence[2], "18.4");
    // The weighted total and how many criteria it rests on.
    assert_eq!(texts("coverage"), ["12/12", "12/12", "12/12"]);
    // The table shows the same rows, readable at 80 columns.
    let table = stdout_of(bare().env("COLUMNS", "80").arg("compare").args(ids));
    let labels = [
        "Openness",
        "Price /Mtok (blended 3:1)",
        "$1.98 ($1.32 in",
        "$3.96 out)",
        "Intelligence Index",
        "Criteria rated",
    ];
    for label in labels {
        assert!(table.contains(label), "no {label}:\n{table}");
    }
    assert!(table
        .lines()
        .all(|l| unicode_width::UnicodeWidthStr::width(l) <= 80));
}

/// `list --available` leaves out what was shut down and keeps what is merely deprecated.
#[test]
fn list_available_hides_retired_entries() {
    let ids = |args: &[&str]| ids_of(&json(args));
    let all = ids(&["list"]);
    let available = ids(&["list", "--available"]);
    for retired in ["gpt-3", "claude", "gemini-2-0-flash", "grok-3"] {
        assert!(all.iter().any(|id| id == retired), "{retired} listed");
        assert!(
            !available.iter().any(|id| id == retired),
            "{retired} hidden"
        );
    }
    assert!(
        available.iter().any(|id| id == "gpt-5"),
        "deprecated, still offered"
    );
    assert!(available.len() < all.len() && available.len() > all.len() / 2);
}
