//! Tables that fit (issue 16): every command at 60, 80 and 100 columns, piped with `COLUMNS` set,
//! keeps its lines inside the width, never cuts an id, a date or a price, and never prints two rows
//! that read the same.

use super::bare;
use modeldex::data::Dataset;
use modeldex::text::width;

/// Every value a table must never cut: ids, release dates and prices of the embedded entries.
fn whole_values() -> Vec<String> {
    let d = Dataset::embedded().expect("embedded dataset");
    let mut values = Vec::new();
    for m in &d.models {
        values.push(m.id.clone());
        values.extend(m.released.clone());
        values.push(modeldex::format::released(m));
        if let Some(p) = &m.pricing {
            for x in [p.input_per_mtok, p.output_per_mtok].into_iter().flatten() {
                values.push(modeldex::format::usd(x));
            }
        }
    }
    values
}

/// `modeldex ARGS` piped with `COLUMNS=width`.
fn at_width(args: &[&str], width: usize) -> String {
    let out = bare()
        .env("COLUMNS", width.to_string())
        .args(args)
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

/// Values a table may clip: developers, families, licences and the names of criteria.
fn clippable_values() -> Vec<String> {
    let d = Dataset::embedded().expect("embedded dataset");
    let mut values: Vec<String> = d.leaf_criteria().map(|(_, c)| c.name.clone()).collect();
    for m in d.models {
        values.extend(m.developer);
        values.extend(m.family);
        values.extend(m.license.map(|l| l.name));
    }
    values
}

/// A cut value: a word ending in `…` that is the beginning of a whole value (and not of a value
/// that may be clipped).
fn cut_value<'a>(text: &str, values: &'a [String]) -> Option<(String, &'a str)> {
    let clippable = clippable_values();
    for word in text.split_whitespace().filter(|w| w.ends_with('…')) {
        let start = word.trim_end_matches('…');
        // A clipped text ends in the middle of any of its words.
        let clipped = |v: &String| v.split_whitespace().any(|w| w.starts_with(start));
        if start.is_empty() || clippable.iter().any(clipped) {
            continue;
        }
        if let Some(v) = values
            .iter()
            .find(|v| v.len() > start.len() && v.starts_with(start))
        {
            return Some((word.to_string(), v));
        }
    }
    None
}

const TABLES: [&[&str]; 10] = [
    &["list"],
    &["list", "--sort", "released"],
    &["list", "--kind", "model", "--sort", "score"],
    // The value a list is sorted by gets a column of its own, which must fit too.
    &["list", "--sort", "price"],
    &[
        "list",
        "--sort",
        "criterion:privacy.self_hosting",
        "--reverse",
    ],
    &[
        "list",
        "--commercial-use",
        "unrestricted",
        "--sort",
        "context",
    ],
    &[
        "list",
        "--country",
        "China",
        "--sort",
        "intelligence",
        "--reverse",
    ],
    &["search", "mistral"],
    &["search", "claude"],
    &["compare", "gpt-4o", "gemini-2-5-pro", "deepseek-r1"],
];

#[test]
fn every_table_fits_60_80_and_100_columns_without_cutting_a_value() {
    let values = whole_values();
    // The frontier's chart repeats blank rows, so it is checked for fit and cut values only.
    let others: [&[&str]; 4] = [
        &["show", "deepseek-r1"],
        &["criteria"],
        &["frontier"],
        &["frontier", "--x", "params", "--y", "score"],
    ];
    for args in TABLES.iter().chain(&others) {
        for w in [60, 80, 100] {
            check_fits(args, w, &values);
        }
    }
    // Four entries side by side need more than 60 columns.
    let four = [
        "compare",
        "gpt-4o",
        "claude-opus-4-6",
        "gemini-2-5-pro",
        "deepseek-r1",
    ];
    for w in [80, 100] {
        check_fits(&four, w, &values);
    }
}

/// Asserts that `modeldex ARGS` at width `w` fits and cuts no value.
fn check_fits(args: &[&str], w: usize, values: &[String]) {
    let out = at_width(args, w);
    // A link is never broken, so it may run past the edge (a terminal wraps it, still whole).
    let link = |line: &str| {
        line.split_whitespace()
            .last()
            .is_some_and(|w| w.starts_with("http"))
    };
    for line in out.lines().filter(|l| !link(l)) {
        assert!(
            width(line) <= w,
            "{args:?} at {w}: {line:?} is {} wide",
            width(line)
        );
    }
    if let Some((word, value)) = cut_value(&out, values) {
        panic!("{args:?} at {w} cuts {value:?} to {word:?}:\n{out}");
    }
}

#[test]
fn no_two_rows_read_the_same() {
    for args in TABLES {
        for w in [60, 80, 100] {
            let out = at_width(args, w);
            let mut seen = std::collections::HashSet::new();
            for line in out.lines().filter(|l| !l.trim().is_empty()) {
                assert!(seen.insert(line), "{args:?} at {w}: {line:?} twice:\n{out}");
            }
        }
    }
}

#[test]
fn names_come_first_and_prices_stay_whole_in_compare() {
    let list = at_width(&["list"], 80);
    assert!(list.starts_with("NAME"), "{list}");
    let ids = ["gpt-4o", "claude-opus-4-6", "deepseek-r1"];
    let cmp = at_width(&[&["compare"][..], &ids].concat(), 80);
    let d = Dataset::embedded().expect("embedded dataset");
    let mut prices = 0;
    for m in d.models.iter().filter(|m| ids.contains(&m.id.as_str())) {
        let p = m.pricing.as_ref();
        for x in p
            .into_iter()
            .flat_map(|p| [p.input_per_mtok, p.output_per_mtok])
            .flatten()
        {
            let price = modeldex::format::usd(x);
            assert!(cmp.contains(&price), "{price} of {} missing:\n{cmp}", m.id);
            prices += 1;
        }
    }
    assert!(prices > 0, "the compared entries have prices");
}

#[test]
fn columns_sets_the_width_of_a_pipe() {
    let out = at_width(&["list"], 80);
    assert!(out.lines().all(|l| width(l) <= 80));
    assert!(
        out.lines().any(|l| width(l) > 70),
        "uses the width it is given:\n{out}"
    );
}
