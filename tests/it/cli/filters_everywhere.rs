//! `search` and `frontier` take `list`'s filters (issue 16): the same flags from one argument
//! struct, applied by the same core filter, so they keep exactly the entries `list` keeps.

use super::{bare, ids_of, stdout_of};
use serde_json::Value;
use std::collections::HashSet;

/// Filter flags as a user gives them, each checked with every command.
const FILTERS: [&[&str]; 7] = [
    &["--openness", "open-weights"],
    &["--open-weights"],
    &["--available"],
    &["--country", "China", "--commercial-use", "unrestricted"],
    &["--years", "2025", "--self-hostable"],
    &["--fits", "80"],
    &["--openness", "closed", "--not-deprecated"],
];

/// `modeldex ARGS --format json`, parsed (exit 0 asserted).
fn json(args: &[&str]) -> Value {
    let out = stdout_of(bare().args(args).args(["--format", "json"]));
    serde_json::from_str(&out).expect("JSON")
}

/// The ids `list FILTER` keeps.
fn listed(filter: &[&str]) -> HashSet<String> {
    ids_of(&json(&[&["list"][..], filter].concat()))
        .into_iter()
        .collect()
}

/// The ids `search QUERY FILTER -n 200` finds, best first; none when it exits 1.
fn searched(query: &str, filter: &[&str], limit: usize) -> Vec<String> {
    let out = bare()
        .args([
            "search",
            query,
            "-n",
            &limit.to_string(),
            "--format",
            "json",
        ])
        .args(filter)
        .output()
        .expect("runs");
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "search {query} {filter:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    ids_of(&serde_json::from_slice(&out.stdout).expect("JSON, [] when nothing matches"))
}

#[test]
fn search_finds_only_what_list_keeps_with_the_same_flags() {
    let queries = ["qwen", "llama", "gpt", "claude", "mistral", "deepseek"];
    for filter in FILTERS {
        let kept = listed(filter);
        let (mut found, mut left_out) = (0, 0);
        for q in queries {
            let filtered = searched(q, filter, 200);
            for id in &filtered {
                assert!(
                    kept.contains(id),
                    "search {q} {filter:?} found {id}, list does not keep it"
                );
            }
            found += filtered.len();
            left_out += searched(q, &[], 200)
                .iter()
                .filter(|id| !kept.contains(*id))
                .count();
        }
        // Not vacuous: each filter keeps some matches and leaves some out.
        assert!(
            found > 0 && left_out > 0,
            "{filter:?}: {found} found, {left_out} left out"
        );
    }
}

#[test]
fn search_filters_before_it_ranks_and_limits() {
    // `qwen --openness closed -n 3` is the three best closed Qwen entries, though open ones rank
    // among the best three of all Qwen entries: the limit counts only what the filter keeps.
    for (query, filter) in [
        ("qwen", &["--openness", "closed"][..]),
        ("qwen", &["--open-weights"][..]),
        ("llama", &["--available", "--fits", "80"][..]),
    ] {
        let kept = listed(filter);
        let all = searched(query, &[], 200);
        let expected: Vec<String> = all
            .iter()
            .filter(|id| kept.contains(*id))
            .take(3)
            .cloned()
            .collect();
        assert_eq!(expected.len(), 3, "{query} {filter:?}");
        assert_ne!(
            all[..3],
            expected[..],
            "{query} {filter:?}: the filter changes the top three"
        );
        assert_eq!(searched(query, filter, 3), expected, "{query} {filter:?}");
    }
}

#[test]
fn a_search_its_filters_leave_empty_says_what_matches_without_them() {
    let out = bare()
        .args(["search", "qwen", "--country", "France", "--format", "json"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "[]");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("no entry matches \"qwen\" with these filters; without them: Qwen"),
        "{stderr}"
    );
}

#[test]
fn frontier_plots_exactly_the_models_list_keeps_with_the_same_flags() {
    let counted = |args: &[&str]| {
        let f = json(&[&["frontier"][..], args].concat());
        let n = |k: &str| f[k].as_u64().expect("a count");
        let total = n("plotted") + n("left_out_missing_values") + n("left_out_other_snapshot");
        let frontier: Vec<String> = f["frontier"]
            .as_array()
            .expect("frontier")
            .iter()
            .map(|p| p["id"].as_str().expect("id").to_string())
            .collect();
        (usize::try_from(total).unwrap(), frontier)
    };
    let (all, _) = counted(&[]);
    for filter in FILTERS {
        // Every candidate is plotted or counted as left out: the candidates are list's models.
        let models = listed(&[&["--kinds", "model"][..], filter].concat());
        let (total, frontier) = counted(filter);
        assert_eq!(total, models.len(), "frontier {filter:?}");
        assert!(total < all, "frontier {filter:?} leaves something out");
        assert!(!frontier.is_empty(), "frontier {filter:?}");
        for id in &frontier {
            assert!(models.contains(id), "frontier {filter:?} has {id}");
        }
    }
    // `--kinds` widens it beyond models, as in `list`.
    let kinds = [
        "--kinds",
        "model,framework",
        "--x",
        "released",
        "--y",
        "score",
    ];
    let (total, _) = counted(&kinds);
    assert_eq!(total, listed(&["--kinds", "model,framework"]).len());
    assert!(total > all);
}

/// The lines of `modeldex COMMAND --help` under the filters heading, up to the next heading.
fn filters_section(command: &str) -> Vec<String> {
    let help = stdout_of(bare().args([command, "--help"]));
    let mut lines = help
        .lines()
        .skip_while(|l| !l.starts_with("Filters (the [filter] keys of config.toml)"));
    let heading = lines
        .next()
        .unwrap_or_else(|| panic!("{command}: no filters:\n{help}"));
    std::iter::once(heading)
        .chain(lines.take_while(|l| l.is_empty() || l.starts_with(' ')))
        .map(str::to_string)
        .collect()
}

#[test]
fn help_of_search_and_frontier_lists_the_filters_of_list() {
    let list = filters_section("list");
    assert!(
        list.iter().any(|l| l.contains("--open-weights")),
        "{list:?}"
    );
    assert!(list.iter().any(|l| l.contains("--available")), "{list:?}");
    for command in ["search", "frontier"] {
        assert_eq!(filters_section(command), list, "{command} --help");
    }
}
