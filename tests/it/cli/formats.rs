//! Every command in every format: JSON keys, CSV shape, Markdown tables, aligned text tables.

use super::{bare, ids_of, modeldex, parse_csv, stdout_of};
use serde_json::Value;
use unicode_width::UnicodeWidthStr;

const FORMATS: [&str; 4] = ["table", "json", "markdown", "csv"];

/// Each command with arguments that succeed against the fixture.
fn commands() -> Vec<Vec<&'static str>> {
    vec![
        vec!["list"],
        vec!["show", "llama-3-1-405b"],
        vec!["compare", "gpt-4", "bert", "qwen"],
        vec!["search", "google"],
        vec!["criteria"],
    ]
}

fn run(args: &[&str], format: &str) -> String {
    stdout_of(modeldex().args(args).args(["--format", format]))
}

fn json(args: &[&str]) -> Value {
    serde_json::from_str(&run(args, "json")).expect("valid JSON")
}

/// Ids of every criterion and pillar, read from `criteria --format json`.
fn score_keys() -> Vec<String> {
    let mut keys = vec!["overall".to_string()];
    for p in json(&["criteria"]).as_array().expect("array") {
        keys.push(p["id"].as_str().unwrap().to_string());
        for c in p["sub_criteria"].as_array().unwrap() {
            keys.push(c["id"].as_str().unwrap().to_string());
        }
    }
    keys
}

fn assert_entry_keys(entry: &Value, score_keys: &[String]) {
    for key in [
        "id",
        "name",
        "kind",
        "developer",
        "released",
        "openness",
        "license",
        "scores",
    ] {
        assert!(entry.get(key).is_some(), "missing {key} in {entry}");
    }
    for key in score_keys {
        assert!(entry["scores"].get(key).is_some(), "scores lack {key}");
    }
}

#[test]
fn every_command_prints_every_format_without_escapes() {
    for args in commands() {
        for format in FORMATS {
            let out = run(&args, format);
            assert!(!out.trim().is_empty(), "{args:?} {format}: empty");
            assert!(!out.contains('\u{1b}'), "{args:?} {format}: escape codes");
            assert!(
                !out.chars()
                    .any(|c| c.is_control() && c != '\n' && c != '\r'),
                "{args:?} {format}: control characters"
            );
        }
    }
}

#[test]
fn json_has_the_documented_shape() {
    let keys = score_keys();
    let list = json(&["list"]);
    let list = list.as_array().expect("list is an array");
    assert!(list.len() >= 9);
    list.iter().for_each(|e| assert_entry_keys(e, &keys));

    let hits = json(&["search", "google"]);
    for (n, hit) in hits.as_array().expect("array").iter().enumerate() {
        assert_entry_keys(hit, &keys);
        assert_eq!(hit["rank"], n + 1);
        assert!(hit["match_score"].is_i64());
    }

    let show = json(&["show", "llama-3-1-405b"]);
    assert_eq!(show["id"], "llama-3-1-405b");
    for key in [
        "summary",
        "artifacts",
        "ratings",
        "sources",
        "pricing",
        "aliases",
    ] {
        assert!(show.get(key).is_some(), "show lacks {key}");
    }
    assert_entry_keys(&show, &keys);
    let rating = &show["ratings"]["privacy.self_hosting"];
    assert_eq!(rating["score"], 5);
    assert!(rating["rationale"].as_str().unwrap().len() > 10);

    let cmp = json(&["compare", "gpt-4", "bert", "qwen"]);
    let models = cmp["models"].as_array().expect("models");
    let ids: Vec<&str> = models.iter().map(|m| m["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["gpt-4", "bert", "qwen2-5-72b"]);
    models.iter().for_each(|e| assert_entry_keys(e, &keys));
    let rows = cmp["rows"].as_array().expect("rows");
    let row_keys: Vec<&str> = rows.iter().map(|r| r["key"].as_str().unwrap()).collect();
    for key in keys
        .iter()
        .map(String::as_str)
        .chain(["released", "license"])
    {
        assert!(row_keys.contains(&key), "compare lacks row {key}");
    }
    for row in rows {
        for field in ["label", "kind", "section"] {
            assert!(row[field].is_string(), "{row}");
        }
        assert_eq!(row["cells"].as_array().unwrap().len(), 3);
    }

    let criteria = json(&["criteria"]);
    for p in criteria.as_array().unwrap() {
        for key in ["id", "name", "description", "rubric", "sub_criteria"] {
            assert!(p.get(key).is_some(), "pillar lacks {key}");
        }
    }
}

#[test]
fn compare_json_marks_the_best_cell_of_a_row() {
    let cmp = json(&["compare", "gpt-4", "bert"]);
    let overall = cmp["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["key"] == "overall")
        .expect("overall row");
    let cells = overall["cells"].as_array().unwrap();
    let values: Vec<f64> = cells.iter().map(|c| c["value"].as_f64().unwrap()).collect();
    let best: Vec<bool> = cells.iter().map(|c| c["best"].as_bool().unwrap()).collect();
    assert!(values[1] > values[0], "BERT outscores GPT-4 in the fixture");
    assert_eq!(best, [false, true]);
}

#[test]
fn csv_parses_with_one_record_per_entry() {
    for args in commands() {
        let rows = parse_csv(&run(&args, "csv"));
        let width = rows[0].len();
        assert!(width >= 2, "{args:?}: header {:?}", rows[0]);
        assert!(rows.len() >= 2, "{args:?}: no records");
        for r in &rows {
            assert_eq!(r.len(), width, "{args:?}: ragged record {r:?}");
        }
    }
    let list = parse_csv(&run(&["list"], "csv"));
    assert_eq!(&list[0][..3], ["id", "name", "kind"]);
    assert!(list[0].contains(&"overall".to_string()));
    assert_eq!(list.len() - 1, json(&["list"]).as_array().unwrap().len());
    let cmp = parse_csv(&run(&["compare", "gpt-4", "bert", "qwen"], "csv"));
    assert_eq!(cmp.len(), 4, "header and one record per model");
    assert_eq!(cmp[2][0], "bert");
    let show = parse_csv(&run(&["show", "bert"], "csv"));
    assert_eq!(show.len(), 2);
    assert_eq!(show[0], list[0], "show and list share their columns");
}

#[test]
fn markdown_tables_have_header_separators() {
    for args in commands() {
        let out = run(&args, "markdown");
        let lines: Vec<&str> = out.lines().collect();
        let separators: Vec<usize> = (0..lines.len())
            .filter(|&i| lines[i].starts_with("| ---") || lines[i].starts_with("| :--"))
            .collect();
        assert!(!separators.is_empty(), "{args:?}: no table in\n{out}");
        for i in separators {
            let columns = |l: &str| l.matches(" | ").count();
            assert!(lines[i - 1].starts_with("| "), "{args:?}: no header row");
            assert_eq!(columns(lines[i - 1]), columns(lines[i]), "{args:?}");
        }
    }
    let cmp = run(&["compare", "gpt-4", "bert"], "markdown");
    assert!(cmp.contains("**Bold** marks the best"), "legend:\n{cmp}");
    assert!(
        cmp.contains("| **Weighted total** | 2.6 | **4.0** |"),
        "{cmp}"
    );
}

#[test]
fn tables_fit_a_pipe_in_100_columns() {
    for args in [
        vec!["list"],
        vec!["search", "google"],
        vec!["criteria"],
        vec!["compare", "gpt-4", "llama", "bert", "qwen", "t5", "bloom"],
    ] {
        for line in run(&args, "table").lines() {
            assert!(line.width() <= 100, "{args:?}: {line:?}");
        }
    }
}

#[test]
fn wide_characters_keep_columns_aligned() {
    let out = run(&["compare", "qwen", "bert"], "table");
    let lines: Vec<&str> = out.lines().collect();
    let header = lines[0];
    let col_of = |line: &str, needle: &str, nth: usize| {
        let (at, _) = line.match_indices(needle).nth(nth).expect(needle);
        line[..at].width()
    };
    assert!(header.contains("Qwen2.5-72B (通义千问)"), "{header}");
    let bert = col_of(header, "BERT", 0);
    let kind = lines.iter().find(|l| l.starts_with("Kind")).unwrap();
    assert_eq!(col_of(kind, "model", 1), bert, "\n{out}");
    let released = lines.iter().find(|l| l.starts_with("Released")).unwrap();
    assert_eq!(col_of(released, "2018-10-11", 0), bert, "\n{out}");
}

#[test]
fn list_filters_and_sorts() {
    let ids = |v: &Value| -> Vec<String> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|e| e["id"].as_str().unwrap().to_string())
            .collect()
    };
    let frameworks = json(&["list", "--kind", "framework"]);
    assert_eq!(ids(&frameworks), ["pytorch", "tensorflow"]);
    let closed = json(&["list", "--openness", "closed"]);
    assert_eq!(ids(&closed), ["gpt-4", "vertex-ai"]);
    let by_date = json(&["list", "--sort", "released"]);
    let dates: Vec<&str> = by_date
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["released"].as_str().unwrap())
        .collect();
    assert!(dates.windows(2).all(|w| w[0] >= w[1]), "{dates:?}");
    // The sort ranks by the score shrunk toward 3 by how few criteria are rated (README).
    let by_score = json(&["list", "--sort", "score"]);
    let ranked: Vec<f64> = by_score
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            let scores = e["scores"].as_object().unwrap();
            let rated = scores
                .iter()
                .filter(|(k, v)| k.contains('.') && !v.is_null())
                .count() as f64;
            let overall = scores["overall"].as_f64().unwrap();
            let shrunk = (rated * overall + 9.0) / (rated + 3.0);
            // The JSON's own coverage says the same (ranking score rounded to two decimals).
            let coverage = &e["coverage"];
            assert_eq!(coverage["rated"].as_f64(), Some(rated), "{e}");
            let given = coverage["ranking_score"].as_f64().unwrap();
            assert!((given - shrunk).abs() < 0.01, "{given} vs {shrunk}");
            shrunk
        })
        .collect();
    // Overall scores are rounded to two decimals in JSON, hence the tolerance.
    assert!(ranked.windows(2).all(|w| w[0] >= w[1] - 0.01), "{ranked:?}");
}

#[test]
fn queries_resolve_by_id_alias_and_fuzzy_match() {
    for (query, id) in [
        ("bert", "bert"),
        ("BERT-Large", "bert"),
        ("llama 405", "llama-3-1-405b"),
        ("tf", "tensorflow"),
    ] {
        assert_eq!(json(&["show", query])["id"], id, "query {query:?}");
    }
    let hits = json(&["search", "llama", "--limit", "1"]);
    assert_eq!(hits.as_array().unwrap().len(), 1);
    assert_eq!(hits[0]["id"], "llama-3-1-405b");
}

#[test]
fn the_embedded_dataset_has_bloom() {
    let list: Value =
        serde_json::from_str(&stdout_of(bare().args(["list", "-f", "json"]))).unwrap();
    assert!(list.as_array().unwrap().iter().any(|e| e["id"] == "bloom"));
    let show: Value =
        serde_json::from_str(&stdout_of(bare().args(["show", "bloom", "-f", "json"]))).unwrap();
    assert_eq!(show["name"], "BLOOM");
    let hits: Value =
        serde_json::from_str(&stdout_of(bare().args(["search", "bloom", "-f", "json"]))).unwrap();
    assert_eq!(hits[0]["id"], "bloom");
    let table = stdout_of(bare().args(["show", "bloom"]));
    assert!(table.starts_with("BLOOM  (bloom)\n"), "{table}");
}

#[test]
fn help_and_version() {
    for cmd in [
        "list",
        "show",
        "compare",
        "search",
        "criteria",
        "validate",
        "completions",
    ] {
        let help = stdout_of(bare().args([cmd, "--help"]));
        assert!(
            help.contains("Examples:\n  modeldex"),
            "{cmd} --help lacks examples"
        );
    }
    let version = stdout_of(bare().arg("--version"));
    assert!(
        version.starts_with(&format!("modeldex {} (dataset ", env!("CARGO_PKG_VERSION"))),
        "{version}"
    );
    for shell in ["bash", "zsh", "fish"] {
        let script = stdout_of(bare().args(["completions", shell]));
        assert!(
            script.contains("modeldex") && script.contains("compare"),
            "{shell}"
        );
    }
}

#[test]
fn weights_change_the_score_order_and_the_compare_legend() {
    let ids = |args: &[&str]| ids_of(&json(args));
    let balanced = ids(&["list", "--kind", "model", "--sort", "score"]);
    let privacy = ids(&[
        "list",
        "--kind",
        "model",
        "--sort",
        "score",
        "--weights",
        "privacy=5,commercial=0,community=0,responsibility=0",
    ]);
    // GPT-4 is API-only: it cannot lead when only privacy counts, and the order must change.
    assert_ne!(balanced, privacy);
    assert_eq!(privacy.last().map(String::as_str), Some("gpt-4"));
    let enterprise = json(&["list", "--sort", "score", "--weights", "enterprise-support"]);
    let first = &enterprise[0]["scores"]["overall"];
    assert!(first.as_f64().is_some(), "overall uses the preset: {first}");

    let md = run(
        &["compare", "gpt-4", "bloom", "--weights", "privacy=5"],
        "markdown",
    );
    assert!(md.contains("privacy 5 · commercial 3"), "{md}");
    let plain = run(&["compare", "gpt-4", "bloom"], "markdown");
    assert!(plain.contains("same weight"), "{plain}");
}
