//! One model, its offers: an imported catalog shows one entry per model with every provider's
//! listing as an offer (JSON `offers` either way), `--flat` keeps the listings, `--merge` attaches
//! offers to curated entries and says which file each kind of fact came from.

use crate::cli::{bare, TempFile};
use serde_json::{json, Value};

const SUBSET: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/models-dev-api.subset.json"
);

fn run(args: &[&str]) -> (String, String) {
    let out = bare().args(args).output().unwrap();
    assert!(out.status.success(), "{args:?}: {out:?}");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn json(args: &[&str]) -> Value {
    serde_json::from_str(&run(args).0).unwrap()
}

fn offers(entry: &Value) -> &Vec<Value> {
    entry["offers"].as_array().expect("an offers array")
}

#[test]
fn a_catalog_lists_each_model_once_with_its_offers() {
    let list = json(&["--data", SUBSET, "list", "--format", "json"]);
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 495, "867 listings are 495 models");
    let listed: usize = list.iter().map(|e| offers(e).len()).sum();
    assert_eq!(listed, 867, "every listing is one offer");
    let opus = list.iter().find(|e| e["id"] == "claude-opus-4-6").unwrap();
    let providers: Vec<&str> = offers(opus)
        .iter()
        .map(|o| o["provider"].as_str().unwrap())
        .collect();
    for p in ["Anthropic", "Amazon Bedrock", "Vertex", "OpenRouter"] {
        assert!(providers.contains(&p), "{p}: {providers:?}");
    }
    assert_eq!(opus["providers"], 4);
    let blended: Vec<f64> = offers(opus)
        .iter()
        .map(|o| {
            (3.0 * o["input_per_mtok"].as_f64().unwrap() + o["output_per_mtok"].as_f64().unwrap())
                / 4.0
        })
        .collect();
    assert!(
        blended.windows(2).all(|w| w[0] <= w[1]),
        "cheapest first: {blended:?}"
    );
    assert_eq!(opus["cheapest_offer_blended_per_mtok"], blended[0]);
    assert_eq!(opus["blended_price_per_mtok"], blended[0]);
    let first = &offers(opus)[0];
    for key in [
        "model_id",
        "listing",
        "context_tokens",
        "max_output_tokens",
        "url",
        "file",
    ] {
        assert!(!first[key].is_null(), "{key} in {first}");
    }
}

#[test]
fn a_search_for_sonnet_shows_each_release_once() {
    let hits = json(&["--data", SUBSET, "search", "sonnet", "--format", "json"]);
    let names: Vec<&str> = hits
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["name"].as_str().unwrap())
        .collect();
    for release in ["Claude Sonnet 4.5", "Claude Sonnet 4.6", "Claude Sonnet 4"] {
        assert_eq!(
            names.iter().filter(|n| **n == release).count(),
            1,
            "{release} once in {names:?}"
        );
    }
    // Flat, the same search shows one row per provider listing.
    let flat = json(&[
        "--flat", "--data", SUBSET, "search", "sonnet", "--format", "json", "--limit", "200",
    ]);
    let copies = flat
        .as_array()
        .unwrap()
        .iter()
        .filter(|h| h["name"].as_str().unwrap().contains("Sonnet 4.5"))
        .count();
    assert!(copies >= 3, "{copies} listings of Sonnet 4.5 when flat");
}

#[test]
fn flat_keeps_one_entry_per_listing_each_with_its_offer() {
    let list = json(&["--flat", "--data", SUBSET, "list", "--format", "json"]);
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 867);
    for e in list {
        let o = offers(e);
        assert_eq!(o.len(), 1, "{}", e["id"]);
        assert_eq!(o[0]["listing"], e["id"]);
    }
}

#[test]
fn a_merge_gives_the_curated_opus_every_providers_offer_and_keeps_its_ratings() {
    let curated = json(&["show", "claude-opus-4-6", "--format", "json"]);
    let (out, err) = run(&[
        "--data",
        SUBSET,
        "--merge",
        "show",
        "claude-opus-4-6",
        "--format",
        "json",
    ]);
    assert!(err.contains("joined curated entries as offers"), "{err}");
    let merged: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        merged["ratings"], curated["ratings"],
        "ratings and rationale kept"
    );
    assert_eq!(merged["summary"], curated["summary"]);
    assert_eq!(merged["pricing"], curated["pricing"]);
    assert!(curated["offers"].as_array().unwrap().is_empty());
    assert_eq!(
        merged["facts_from"],
        Value::Null,
        "its facts are the embedded dataset's"
    );
    let o = offers(&merged);
    assert_eq!(
        o.len(),
        8,
        "the eight listings of Claude Opus 4.6 in the file"
    );
    assert!(
        o.iter().all(|o| o["file"] == SUBSET),
        "each offer names its file"
    );
    // The table says where each kind of fact came from and lists every offer.
    let (table, _) = run(&["--data", SUBSET, "--merge", "show", "claude-opus-4-6"]);
    assert!(
        table.contains("Facts from      the embedded dataset"),
        "{table}"
    );
    assert!(
        table.contains(&format!("Offers from     {SUBSET}")),
        "{table}"
    );
    assert!(table.contains("OFFERS"), "{table}");
    assert!(table.contains("claude-opus-4-6@default"), "{table}");
    // A listing's own id finds the model.
    let by_listing = json(&[
        "--data",
        SUBSET,
        "--merge",
        "show",
        "amazon-bedrock/us.anthropic.claude-opus-4-6-v1",
        "--format",
        "json",
    ]);
    assert_eq!(by_listing["id"], "claude-opus-4-6");
}

#[test]
fn compare_shows_the_cheapest_offer() {
    let (out, _) = run(&[
        "--data",
        SUBSET,
        "--merge",
        "compare",
        "claude-opus-4-6",
        "claude-sonnet-4-5",
    ]);
    let line = out
        .lines()
        .find(|l| l.starts_with("Cheapest offer"))
        .unwrap_or_else(|| panic!("{out}"));
    assert!(line.contains("$10.00 at Amazon Bedrock"), "{line}");
    assert!(line.contains("$6.00 at"), "{line}");
    let plain = run(&["compare", "claude-opus-4-6", "claude-sonnet-4-5"]).0;
    assert!(
        !plain.contains("Cheapest offer"),
        "no offers, no row:\n{plain}"
    );
}

/// The browser on a models.dev file with bad values: it loads, says what it dropped, and finds
/// Claude Opus 4.6 as one model whose detail lists the offers of all four providers.
#[test]
fn the_browser_finds_a_grouped_model_with_its_offers_in_a_catalog_with_bad_values() {
    if !crate::support::tmux_available() {
        return;
    }
    let mut doc: Value = serde_json::from_str(&std::fs::read_to_string(SUBSET).unwrap()).unwrap();
    doc["anthropic"]["models"]["claude-opus-4-6"]["knowledge"] = json!("2025-02-31");
    doc["amazon-bedrock"]["models"]["anthropic.claude-opus-4-6-v1"]["cost"]["input"] = json!(-5);
    let file = TempFile::new("offers-bad-api.json", &doc.to_string());
    let pane =
        crate::support::Pane::start(120, 50, &format!("--no-config --data '{}'", file.display()));
    // Each wait names the whole screen it needs: a capture can land between two writes of a frame.
    pane.wait_for("the notice and one row per model", |s| {
        s.contains("2 values dropped") && s.contains("Models 495")
    });
    pane.type_text("/claude opus 4.6");
    // The whole query typed, and its answer shown: the list answers in the background, so a
    // screen can show the query before the matches for it.
    pane.wait_for("Claude Opus 4.6 to be found with its four providers", |s| {
        s.contains("/ claude opus 4.6") && s.contains("of 495") && s.contains("4 prov")
    });
    pane.keys(&["Enter"]);
    let providers = ["Amazon Bedrock", "Anthropic", "OpenRouter", "Vertex"];
    pane.wait_for("every offer and where they came from", |s| {
        s.contains("Offers  8 offers from 4 providers")
            && s.contains("Offers from")
            && providers.iter().all(|p| s.contains(p))
    });
    pane.keys(&["Escape"]);
    pane.wait_for("the search to close", |s| !s.contains("/ claude opus"));
    pane.quit();
}
