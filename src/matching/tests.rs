//! The matching rules on hand-checked pairs of real models.dev listings, and on the cases the issue
//! names.

use super::*;

const PAIRS: &str = include_str!("../../tests/fixtures/matching-pairs.tsv");

struct Pair<'a> {
    same: bool,
    a: (&'a str, &'a str),
    b: (&'a str, &'a str),
}

fn pairs() -> Vec<Pair<'static>> {
    PAIRS
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            assert_eq!(f.len(), 7, "bad line {l:?}");
            assert!(matches!(f[0], "same" | "different"), "bad verdict {l:?}");
            Pair {
                same: f[0] == "same",
                a: (f[2], f[3]),
                b: (f[5], f[6]),
            }
        })
        .collect()
}

/// (true positives, false positives, false negatives, true negatives) over the pairs file.
fn confusion() -> (usize, usize, usize, usize) {
    let mut c = (0, 0, 0, 0);
    for p in pairs() {
        match (p.same, same_model(p.a, p.b)) {
            (true, true) => c.0 += 1,
            (false, true) => c.1 += 1,
            (true, false) => c.2 += 1,
            (false, false) => c.3 += 1,
        }
    }
    c
}

#[test]
fn no_hand_checked_different_pair_is_merged() {
    let wrong: Vec<String> = pairs()
        .into_iter()
        .filter(|p| !p.same && same_model(p.a, p.b))
        .map(|p| format!("{:?} ~ {:?}", p.a, p.b))
        .collect();
    assert!(wrong.is_empty(), "merged different models: {wrong:#?}");
}

#[test]
fn recall_on_hand_checked_pairs_is_as_stated_in_the_readme() {
    let (tp, fp, fn_, tn) = confusion();
    // The README ("How listings are matched") quotes these figures; change both together.
    assert_eq!(
        (tp + fp + fn_ + tn, tp + fn_),
        (296, 170),
        "pairs, of them same"
    );
    assert_eq!(fp, 0);
    // Missed: a release stamp only one host's id carries (Grok 4.20 Multi-Agent `-0309`, Mistral
    // Medium 3/3.1/3.5 as `-2505`/`-2508`/`-2604`, Mistral Large 3 as `-2512` vs `-675b`), and
    // Mistral Nemo under its old name "Open Mistral Nemo".
    assert_eq!(fn_, 6);
}

#[test]
fn sizes_and_versions_never_merge() {
    let different = [
        (
            ("llama-3.1-8b-instruct", "Llama 3.1 8B Instruct"),
            ("llama-3.1-70b-instruct", "Llama 3.1 70B Instruct"),
        ),
        (("gpt-5", "GPT-5"), ("gpt-5.1", "GPT-5.1")),
        (
            ("claude-sonnet-4-5", "Claude Sonnet 4.5"),
            ("claude-sonnet-4-6", "Claude Sonnet 4.6"),
        ),
        (
            ("claude-3-5-sonnet-20240620", "Claude Sonnet 3.5"),
            ("claude-3-5-sonnet-20241022", "Claude Sonnet 3.5 v2"),
        ),
        (
            ("gpt-4o", "GPT-4o"),
            ("gpt-4o-2024-05-13", "GPT-4o (2024-05-13)"),
        ),
        (
            ("qwen/qwen3-235b-a22b", "Qwen3 235B-A22B"),
            (
                "qwen/qwen3-235b-a22b-instruct-2507-maas",
                "Qwen3 235B A22B Instruct",
            ),
        ),
        (
            ("gpt-3.5-turbo", "GPT-3.5-turbo"),
            ("openai/gpt-3.5-turbo-instruct", "GPT-3.5 Turbo Instruct"),
        ),
        (
            ("mistral-large-latest", "Mistral Large (latest)"),
            ("mistralai/mistral-large", "Mistral Large"),
        ),
        (
            ("cohere/command-r-08-2024", "Command R"),
            ("cohere/command-r-plus-08-2024", "Command R+"),
        ),
    ];
    for (a, b) in different {
        assert!(!same_model(a, b), "{a:?} ~ {b:?}");
    }
}

#[test]
fn spellings_of_one_model_merge() {
    let same = [
        (
            ("claude-opus-4-6", "Claude Opus 4.6"),
            (
                "us.anthropic.claude-opus-4-6-v1",
                "AU Anthropic Claude Opus 4.6",
            ),
        ),
        (
            ("claude-opus-4-1-20250805", "Claude Opus 4.1"),
            ("anthropic/claude-opus-4.1", "Claude Opus 4.1"),
        ),
        (
            ("claude-opus-4-0", "Claude Opus 4 (latest)"),
            ("claude-opus-4@20250514", "Claude Opus 4"),
        ),
        (
            (
                "meta-llama/llama-3.3-70b-instruct:free",
                "Llama 3.3 70B Instruct (free)",
            ),
            ("llama-3.3-70b-versatile", "Llama 3.3 70B"),
        ),
        (
            ("meta.llama3-1-8b-instruct-v1:0", "Llama 3.1 8B Instruct"),
            ("meta-llama/llama-3.1-8b-instruct", "Llama-3.1-8B-Instruct"),
        ),
        (
            ("amazon/nova-lite-v1", "Nova Lite 1.0"),
            ("amazon.nova-lite-v1:0", "Nova Lite"),
        ),
        (
            ("accounts/fireworks/models/kimi-k2p6", "Kimi K2.6"),
            ("moonshotai/Kimi-K2.6", "Kimi K2.6"),
        ),
    ];
    for (a, b) in same {
        assert!(same_model(a, b), "{a:?} !~ {b:?}");
    }
}

#[test]
fn groups_keep_input_order_and_join_through_either_rule() {
    let listings = [
        ("amazon/nova-lite-v1", "Nova Lite 1.0"),
        ("gpt-5", "GPT-5"),
        ("amazon.nova-lite-v1:0", "Nova Lite"),
        ("nova-lite", "Nova Lite"),
        ("openai/gpt-5", "GPT-5"),
    ];
    assert_eq!(group(listings), vec![vec![0, 2, 3], vec![1, 4]]);
}

#[test]
fn words_and_id_cores() {
    assert_eq!(
        name_words("Qwen3-Coder 30B-A3B Instruct"),
        ["qwen", "3", "coder", "30b", "a", "3b"]
    );
    assert_eq!(
        name_words("Anthropic: Claude Opus 4.6 (EU)"),
        ["claude", "opus", "4.6"]
    );
    assert_eq!(
        id_core("global.anthropic.claude-haiku-4-5-20251001-v1:0"),
        "claude-haiku-4-5-v1"
    );
    assert_eq!(id_core("openai/gpt-4o-2024-08-06"), "gpt-4o");
    assert_eq!(id_stem("deepseek-ai/DeepSeek-V3.1"), "deepseek-v3-1");
}
