//! `modeldex list` has every filter of the browser's panel, with the preferences file's names
//! (issue 16), and the catalog's capability flags, filters and sorts (issue 13).

use super::{bare, parse_csv, stdout_of};
use modeldex::data::Dataset;
use serde_json::Value;

/// The models.dev subset of the fixtures: 18 providers, 867 listings, grouped into models.
const SUBSET: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/models-dev-api.subset.json"
);

/// `modeldex list ARGS --format json` over the embedded dataset, parsed.
fn list_json(args: &[&str]) -> Vec<Value> {
    let out = stdout_of(bare().arg("list").args(args).args(["--format", "json"]));
    serde_json::from_str::<Value>(&out)
        .unwrap()
        .as_array()
        .unwrap()
        .clone()
}

/// The same over the catalog subset.
fn catalog_json(args: &[&str]) -> Vec<Value> {
    let out = bare()
        .args(["--data", SUBSET, "list"])
        .args(args)
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice::<Value>(&out.stdout)
        .unwrap()
        .as_array()
        .unwrap()
        .clone()
}

fn ids(entries: &[Value]) -> Vec<String> {
    entries
        .iter()
        .map(|e| e["id"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn every_filter_of_the_panel_is_a_flag() {
    let d = Dataset::embedded().unwrap();
    let expect = |keep: &dyn Fn(&modeldex::data::Model) -> bool| -> Vec<String> {
        let mut ids: Vec<String> = d
            .models
            .iter()
            .filter(|m| keep(m))
            .map(|m| m.id.clone())
            .collect();
        ids.sort();
        ids
    };
    let sorted = |mut v: Vec<String>| {
        v.sort();
        v
    };
    let china = list_json(&["--country", "china"]);
    assert!(!china.is_empty());
    assert_eq!(
        sorted(ids(&china)),
        expect(&|m| m.country.as_deref() == Some("China"))
    );
    assert!(
        china.iter().all(|e| e["country"] == "China"),
        "JSON has the country"
    );
    let meta = list_json(&["--developer", "meta"]);
    assert_eq!(
        sorted(ids(&meta)),
        expect(&|m| m.developer.as_deref() == Some("Meta"))
    );
    let years = list_json(&["--years", "2024,2023"]);
    assert_eq!(
        sorted(ids(&years)),
        expect(&|m| m.release_year().is_some_and(|y| (2023..=2024).contains(&y)))
    );
    assert_eq!(
        sorted(ids(&list_json(&["--years", "2024"]))),
        expect(&|m| m.release_year() == Some(2024))
    );
    use modeldex::data::CommercialUse;
    let allowed = list_json(&["--commercial-use"]);
    let unrestricted = list_json(&["--commercial-use", "unrestricted"]);
    assert_eq!(
        sorted(ids(&allowed)),
        expect(&|m| matches!(
            m.commercial_use(),
            Some(CommercialUse::Yes | CommercialUse::Restricted)
        ))
    );
    assert_eq!(
        sorted(ids(&unrestricted)),
        expect(&|m| m.commercial_use() == Some(CommercialUse::Yes))
    );
    assert!(
        unrestricted.len() < allowed.len(),
        "restricted licences are left out"
    );
    assert_eq!(
        sorted(ids(&list_json(&["--self-hostable"]))),
        expect(&modeldex::filter::is_self_hostable)
    );
    let image = list_json(&["--modality", "image"]);
    assert!(!image.is_empty());
    assert!(image.iter().all(|e| e["modalities"]
        .as_array()
        .unwrap()
        .contains(&"image".into())));
    // --openness more than once, or with commas; --kinds (and --kind) too.
    let both = sorted(ids(&list_json(&[
        "--openness",
        "open-weights",
        "--openness",
        "open-source",
    ])));
    assert_eq!(
        both,
        sorted(ids(&list_json(&["--openness", "open-weights,open-source"])))
    );
    assert_eq!(
        both,
        expect(&|m| m.openness != modeldex::data::Openness::Closed)
    );
    assert_eq!(
        sorted(ids(&list_json(&["--kinds", "framework,platform"]))),
        expect(&|m| m.kind != modeldex::data::Kind::Model)
    );
    assert_eq!(list_json(&["--kind", "all"]).len(), d.models.len());
}

#[test]
fn limit_sort_by_criterion_or_price_and_reverse() {
    assert_eq!(list_json(&["--limit", "3"]).len(), 3);
    assert_eq!(list_json(&["-n", "1", "--sort", "released"]).len(), 1);
    let by = list_json(&["--sort", "criterion:privacy.self_hosting"]);
    let score = |e: &Value| e["scores"]["privacy.self_hosting"].as_f64();
    let known: Vec<f64> = by.iter().filter_map(score).collect();
    assert!(
        known.windows(2).all(|w| w[0] >= w[1]),
        "highest first: {known:?}"
    );
    let reversed = list_json(&["--sort", "criterion:privacy.self_hosting", "--reverse"]);
    let known: Vec<f64> = reversed.iter().filter_map(score).collect();
    assert!(
        known.windows(2).all(|w| w[0] <= w[1]),
        "lowest first: {known:?}"
    );
    let price = |e: &Value| e["blended_price_per_mtok"].as_f64();
    let cheap = list_json(&["--sort", "price"]);
    let prices: Vec<f64> = cheap.iter().filter_map(price).collect();
    assert!(prices.windows(2).all(|w| w[0] <= w[1]), "cheapest first");
    let dear = list_json(&["--sort", "price", "--reverse"]);
    let prices: Vec<f64> = dear.iter().filter_map(price).collect();
    assert!(prices.windows(2).all(|w| w[0] >= w[1]), "dearest first");
    assert!(price(dear.last().unwrap()).is_none(), "unpriced stay last");
    // The table shows the value it is sorted by.
    let table = stdout_of(
        bare()
            .env("COLUMNS", "60")
            .args(["list", "--sort", "price", "-n", "3"]),
    );
    assert!(table.lines().next().unwrap().contains("PRICE"), "{table}");
    // An unknown criterion is refused with the ones that exist.
    let out = bare()
        .args(["list", "--sort", "criterion:nope"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("privacy.self_hosting"));
    let out = bare()
        .args(["list", "--sort", "cheapest"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("max_output"));
}

#[test]
fn list_json_carries_pricing_country_modalities_and_capability_flags() {
    let gpt = list_json(&["--developer", "OpenAI"]);
    let gpt4o = gpt.iter().find(|e| e["id"] == "gpt-4o").unwrap();
    assert_eq!(gpt4o["pricing"]["input_per_mtok"], 5.0);
    assert_eq!(gpt4o["pricing"]["output_per_mtok"], 15.0);
    assert_eq!(gpt4o["country"], "US");
    assert!(gpt4o["modalities"]
        .as_array()
        .unwrap()
        .contains(&"image".into()));
    assert!(
        gpt4o["features"]["reasoning"].is_null(),
        "no catalog: unknown, not false"
    );
    let sonnet = catalog_json(&[]);
    let s = sonnet
        .iter()
        .find(|e| e["id"] == "claude-sonnet-4-5")
        .unwrap();
    assert_eq!(s["features"]["reasoning"], true);
    assert_eq!(s["features"]["tool_call"], true);
    assert_eq!(s["features"]["attachment"], true);
    assert_eq!(s["max_output_tokens"], 64000);
    let offer = &s["offers"][0];
    assert_eq!(offer["cache_read_per_mtok"], 0.3);
    assert_eq!(offer["reasoning"], true);
}

#[test]
fn catalog_filters_and_sorts_on_capability_flags() {
    let all = catalog_json(&[]);
    let reasoning = catalog_json(&["--reasoning"]);
    assert!(!reasoning.is_empty() && reasoning.len() < all.len());
    assert!(reasoning.iter().all(|e| e["features"]["reasoning"] == true));
    let tools = catalog_json(&["--reasoning", "--tool-calling", "--file-input"]);
    assert!(!tools.is_empty() && tools.len() < reasoning.len());
    assert!(tools
        .iter()
        .all(|e| e["features"]["tool_call"] == true && e["features"]["attachment"] == true));
    let free = catalog_json(&["--free"]);
    assert!(!free.is_empty());
    assert!(free.iter().all(|e| e["free"] == true));
    let current = catalog_json(&["--not-deprecated"]);
    let deprecated = all.iter().filter(|e| e["deprecated"] == true).count();
    assert!(
        deprecated > 0,
        "the subset has models every provider deprecated"
    );
    assert_eq!(current.len(), all.len() - deprecated);
    // Sorts: max output and context largest first, --reverse smallest first, unknowns last.
    for (key, field) in [
        ("max-output", "max_output_tokens"),
        ("context", "context_tokens"),
    ] {
        let by = catalog_json(&["--sort", key]);
        let values: Vec<u64> = by.iter().filter_map(|e| e[field].as_u64()).collect();
        assert!(values.windows(2).all(|w| w[0] >= w[1]), "{key}");
        let back = catalog_json(&["--sort", key, "--reverse"]);
        let values: Vec<u64> = back.iter().filter_map(|e| e[field].as_u64()).collect();
        assert!(values.windows(2).all(|w| w[0] <= w[1]), "{key} reversed");
        assert!(back.last().unwrap()[field].is_null() || values.len() == back.len());
    }
    let newest = catalog_json(&["--sort", "released", "-n", "1"]);
    let oldest = catalog_json(&["--sort", "released", "--reverse", "-n", "1"]);
    assert!(newest[0]["released"].as_str() > oldest[0]["released"].as_str());
}

#[test]
fn compare_csv_gives_prices_and_parameters_as_numbers() {
    let out = stdout_of(bare().args(["compare", "gpt-4o", "bloom", "--format", "csv"]));
    let rows = parse_csv(&out);
    let col = |name: &str| {
        rows[0]
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("{name}: {:?}", rows[0]))
    };
    let gpt = &rows[1];
    let bloom = &rows[2];
    assert_eq!(gpt[col("input_per_mtok")], "5");
    assert_eq!(gpt[col("output_per_mtok")], "15");
    assert_eq!(gpt[col("blended_per_mtok")], "7.5");
    assert_eq!(bloom[col("params_b")], "176");
    assert_eq!(bloom[col("context_tokens")], "2048");
    assert_eq!(bloom[col("input_per_mtok")], "", "unknown is empty");
    assert_eq!(bloom[col("memory_gb_4bit")], "88");
    assert!(
        !rows[0].contains(&"price".to_string()),
        "no text column of prices"
    );
    for record in &rows[1..] {
        for (h, v) in rows[0].iter().zip(record) {
            if h.ends_with("_per_mtok") || h.ends_with("_b") || h.ends_with("_tokens") {
                assert!(v.is_empty() || v.parse::<f64>().is_ok(), "{h}: {v:?}");
            }
        }
    }
}

#[test]
fn compare_shows_the_catalog_capability_flags() {
    let out = stdout_of(bare().env("COLUMNS", "100").args([
        "--data",
        SUBSET,
        "compare",
        "claude-sonnet-4-5",
        "gpt-5",
    ]));
    for row in [
        "Max output",
        "Cached input",
        "Reasoning",
        "Tool calling",
        "File input",
        "Structured output",
    ] {
        assert!(out.lines().any(|l| l.starts_with(row)), "{row}:\n{out}");
    }
    let show = stdout_of(bare().args(["--data", SUBSET, "show", "claude-sonnet-4-5"]));
    assert!(
        show.contains("Capabilities  reasoning, tool calling, file input"),
        "{show}"
    );
    assert!(show.contains("cached input $0.30"), "{show}");
}

#[test]
fn md_is_short_for_markdown() {
    for args in [
        &["compare", "gpt-4o", "bloom"][..],
        &["list", "-n", "2"],
        &["show", "bloom"],
    ] {
        let md = stdout_of(bare().args(args).args(["--format", "md"]));
        let markdown = stdout_of(bare().args(args).args(["--format", "markdown"]));
        assert_eq!(md, markdown, "{args:?}");
    }
}
