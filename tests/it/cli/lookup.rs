//! Lookups as a user types them: typos, ambiguous names, weak matches (issue 16).

use super::bare;

/// Exit code, stdout and stderr of `modeldex ARGS` over the embedded dataset.
fn run(args: &[&str]) -> (i32, String, String) {
    let out = bare().args(args).output().expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_transposed_typo_suggests_the_entry() {
    for typo in ["gtp4", "gtp-4"] {
        let (code, _, err) = run(&["show", typo]);
        assert_eq!(code, 1, "{typo}");
        assert!(err.contains("did you mean GPT-4"), "{typo}: {err}");
    }
    let (code, _, err) = run(&["search", "gtp4"]);
    assert_eq!(code, 1);
    assert!(err.contains("did you mean GPT-4"), "{err}");
}

#[test]
fn nonsense_suggests_nothing() {
    let (code, _, err) = run(&["show", "zzzzqqq"]);
    assert_eq!(code, 1);
    assert!(!err.contains("did you mean"), "{err}");
}

#[test]
fn an_ambiguous_query_says_which_entry_and_what_else_matched() {
    // The newest Claude Opus, then the next newest, from the data (entries are added often).
    let d = modeldex::data::Dataset::embedded().unwrap();
    let mut opus: Vec<_> = d
        .models
        .iter()
        .filter(|m| m.name.starts_with("Claude Opus"))
        .collect();
    opus.sort_by_key(|m| std::cmp::Reverse(m.release_key()));
    let (code, out, err) = run(&["show", "claude opus"]);
    assert_eq!(code, 0, "{err}");
    let expected = format!(
        "\"claude opus\" → {} ({}); also: {} ({})",
        opus[0].name, opus[0].id, opus[1].name, opus[1].id
    );
    assert!(err.contains(&expected), "{expected}\n{err}");
    assert!(err.contains("(use an id to choose)"), "{err}");
    assert!(out.starts_with(&opus[0].name), "{out}");
    let (_, _, err) = run(&["compare", "gpt-4", "Llama 4", "--format", "json"]);
    assert!(err.contains("\"Llama 4\" → Llama 4 Maverick"), "{err}");
    let (_, _, err) = run(&["show", "claude-opus-4"]);
    assert!(err.is_empty(), "an id is never ambiguous: {err}");
}

#[test]
fn weak_matches_are_left_out() {
    let (code, out, _) = run(&["search", "mit", "--limit", "100", "--format", "csv"]);
    assert_eq!(code, 0);
    let ids: Vec<&str> = out
        .lines()
        .skip(1)
        .filter_map(|l| l.split(',').nth(2))
        .collect();
    let total = modeldex::data::Dataset::embedded().unwrap().models.len();
    assert!(
        ids.len() < total / 3,
        "{} of {total} rows: {ids:?}",
        ids.len()
    );
    let top = &ids[..12.min(ids.len())];
    for family in ["deepseek-", "glm-"] {
        assert!(
            top.iter().any(|id| id.starts_with(family)),
            "no {family}: {top:?}"
        );
    }
}

#[test]
fn country_and_developer_are_searchable() {
    let (code, out, _) = run(&["search", "china", "--format", "csv", "--limit", "50"]);
    assert_eq!(code, 0);
    assert!(out.contains("deepseek-r1"), "{out}");
}
