//! Unit tests of ranking, narrowing and top-k selection.

use super::*;
use crate::data::Model;

fn model(id: &str, name: &str, aliases: &[&str], developer: &str) -> Model {
    serde_json::from_value(serde_json::json!({
        "id": id, "name": name, "aliases": aliases, "kind": "model",
        "developer": developer, "openness": "closed"
    }))
    .unwrap()
}

fn sample() -> Vec<Model> {
    vec![
        model("gpt-4o", "GPT-4o", &["gpt4o"], "OpenAI"),
        model("gpt-4", "GPT-4", &[], "OpenAI"),
        model("gpt-4-1", "GPT-4.1", &[], "OpenAI"),
        model("llama-3-1-405b", "Llama 3.1 405B", &[], "Meta"),
        model("llama-2-70b", "Llama 2 70B", &[], "Meta"),
        model("claude", "Claude", &["Claude 1"], "Anthropic"),
        model("mixtral-8x7b", "Mixtral 8x7B", &[], "Mistral AI"),
        model("qwen", "Qwen3-Max", &["通义千问"], "Alibaba"),
    ]
}

fn top(index: &SearchIndex, models: &[Model], q: &str) -> Vec<String> {
    index
        .search(q)
        .iter()
        .map(|h| models[h.index].id.clone())
        .collect()
}

#[test]
fn exact_compact_match_ranks_first() {
    let models = sample();
    let index = SearchIndex::new(&models);
    assert_eq!(top(&index, &models, "gpt4")[0], "gpt-4");
    assert_eq!(top(&index, &models, "gpt4o")[0], "gpt-4o");
}

#[test]
fn finds_by_misspelling_prefix_and_developer() {
    let models = sample();
    let index = SearchIndex::new(&models);
    assert_eq!(top(&index, &models, "claud")[0], "claude");
    assert_eq!(top(&index, &models, "lama 3")[0], "llama-3-1-405b");
    assert!(top(&index, &models, "mistral").contains(&"mixtral-8x7b".to_string()));
    assert_eq!(top(&index, &models, "通义")[0], "qwen");
}

#[test]
fn multi_word_queries_can_span_fields() {
    let models = sample();
    let index = SearchIndex::new(&models);
    assert_eq!(top(&index, &models, "meta 405")[0], "llama-3-1-405b");
}

#[test]
fn empty_query_keeps_dataset_order_and_nonsense_finds_nothing() {
    let models = sample();
    let index = SearchIndex::new(&models);
    assert_eq!(index.search("  ").len(), models.len());
    assert_eq!(index.search("").first().map(|h| h.index), Some(0));
    assert!(index.search("zzzzqqq").is_empty());
}

#[test]
fn narrowing_previous_hits_equals_full_search() {
    let models = sample();
    let index = SearchIndex::new(&models);
    let first: Vec<usize> = index.search("gp").iter().map(|h| h.index).collect();
    assert_eq!(index.search_in("gpt4", first), index.search("gpt4"));
}

#[test]
fn name_positions_point_at_matched_chars() {
    let models = sample();
    let index = SearchIndex::new(&models);
    assert_eq!(index.name_positions("GPT-4o", "gpt4"), vec![0, 1, 2, 4]);
    assert!(index.name_positions("GPT-4o", "").is_empty());
}

/// A synthetic catalog big enough for pruning and selection to matter.
fn synthetic(count: usize) -> Vec<Model> {
    let doc = crate::synthetic::catalog(count, crate::synthetic::Shape::Native);
    serde_json::from_value(doc["models"].clone()).unwrap()
}

const QUERIES: [&str; 12] = [
    "l",
    "ll",
    "lla",
    "llama",
    "lam",
    "llama 3 70b",
    "qwen 7b",
    "meta 405",
    "mixtral",
    "gpt4",
    "8x7",
    "zzzz",
];

fn expect_top_matches_full(index: &SearchIndex, query: &str, k: usize, top: &TopHits) {
    let full = index.search(query);
    let n = k.min(full.len());
    assert_eq!(top.hits, full[..n], "top {k} of {query:?}");
    let mut all: Vec<usize> = full.iter().map(|h| h.index).collect();
    all.sort_unstable();
    assert_eq!(top.matched, all, "matches of {query:?}");
}

#[test]
fn search_top_returns_the_first_k_of_search_and_every_match() {
    let models = synthetic(3_000);
    let index = SearchIndex::new(&models);
    for query in QUERIES {
        for k in [0, 1, 10, 50] {
            let top = index.search_top(query, k);
            expect_top_matches_full(&index, query, k, &top);
        }
    }
    let small = sample();
    let index = SearchIndex::new(&small);
    let top = index.search_top("gpt4", 2);
    assert_eq!(top.hits, index.search("gpt4")[..2]);
    assert_eq!(top.total(), index.search("gpt4").len());
}

#[test]
fn search_top_of_an_empty_query_lists_entries_in_order() {
    let models = sample();
    let index = SearchIndex::new(&models);
    let top = index.search_top(" ", 3);
    assert_eq!(top.total(), models.len());
    let first: Vec<usize> = top.hits.iter().map(|h| h.index).collect();
    assert_eq!(first, [0, 1, 2]);
    let narrowed = index.search_top_in("", &[5, 99, 2], 10);
    assert_eq!(
        narrowed.matched,
        [5, 2],
        "out-of-range candidates are dropped"
    );
}

#[test]
fn narrowing_the_matches_of_a_shorter_query_equals_a_full_search() {
    let models = synthetic(3_000);
    let index = SearchIndex::new(&models);
    for (before, after) in [
        ("l", "ll"),
        ("lla", "llam"),
        ("llama", "llama "),
        ("llama ", "llama 3"),
        ("llama 3", "llama 3 70"),
        ("me", "meta 4"),
    ] {
        let previous = index.search_top(before, 20).matched;
        let narrowed = index.search_top_in(after, &previous, 20);
        expect_top_matches_full(&index, after, 20, &narrowed);
        let full: Vec<usize> = index.search(before).iter().map(|h| h.index).collect();
        assert_eq!(index.search_in(after, full), index.search(after));
    }
}

#[test]
fn parallel_scoring_gives_the_same_results() {
    let models = synthetic(2_000);
    let mut index = SearchIndex::new(&models);
    index.set_threads(1);
    let sequential: Vec<(Vec<Hit>, TopHits)> = QUERIES
        .iter()
        .map(|q| (index.search(q), index.search_top(q, 25)))
        .collect();
    index.set_threads(3);
    index.parallel_min = 0;
    for (q, (all, top)) in QUERIES.iter().zip(&sequential) {
        assert_eq!(&index.search(q), all, "{q}");
        assert_eq!(&index.search_top(q, 25), top, "{q}");
    }
}

#[test]
fn a_search_that_may_go_on_equals_a_full_one_and_a_stopped_one_gives_nothing() {
    let models = synthetic(3_000);
    let mut index = SearchIndex::new(&models);
    let all: Vec<usize> = (0..models.len()).collect();
    for threads in [1, 2] {
        index.set_threads(threads);
        index.parallel_min = 0;
        for q in QUERIES {
            assert_eq!(
                index.search_in_unless(q, &all, &|| false),
                Some(index.search(q)),
                "{q}"
            );
            assert_eq!(index.search_in_unless(q, &all, &|| true), None, "{q}");
        }
    }
    // Asked only every few hundred candidates: a short list finishes before the first look.
    assert_eq!(
        index.search_in_unless("llama", &all[..100], &|| true),
        Some(index.search_in("llama", 0..100))
    );
}

#[test]
fn a_whole_word_outranks_scattered_letters_and_weak_matches_are_not_strong() {
    let mut models = sample();
    models.push(serde_json::from_value(serde_json::json!({
        "id": "phi", "name": "Phi", "kind": "model", "developer": "Microsoft", "openness": "open-weights",
        "license": {"name": "MIT License", "commercial_use": "yes"}
    })).unwrap());
    let index = SearchIndex::new(&models);
    let hits = index.search("mit");
    assert_eq!(models[hits[0].index].id, "phi");
    let hit = |index, score| Hit { index, score };
    let ranked = [hit(0, 90), hit(1, 45), hit(2, 44), hit(3, 1)];
    assert_eq!(strong(&ranked), &ranked[..2]);
    let exact = [hit(0, 1_090), hit(1, 250), hit(2, 44)];
    assert_eq!(
        strong(&exact),
        &exact[..2],
        "the exact bonus is not counted"
    );
    let low = [hit(0, -5), hit(1, -9)];
    assert_eq!(strong(&low), &low[..]);
    assert!(text::has_word("mit license", "mit"));
    assert!(!text::has_word("mistral", "mi"));
    assert!(!text::has_word("summit", "mit"));
}

#[test]
fn equal_scores_go_to_the_newest_then_by_name() {
    let dated = |id: &str, name: &str, released: &str| -> Model {
        serde_json::from_value(serde_json::json!({
            "id": id, "name": name, "kind": "model", "openness": "closed", "released": released
        }))
        .unwrap()
    };
    let models = vec![
        dated("a", "Llama 2 70B", "2023-07-18"),
        dated("c", "Llama 4 Scout", "2025-04-05"),
        dated("b", "Llama 4 Maverick", "2025-04-05"),
    ];
    let index = SearchIndex::new(&models);
    let hits = index.search("llama");
    assert!(hits.iter().all(|h| h.score == hits[0].score));
    assert_eq!(top(&index, &models, "llama"), ["b", "c", "a"]);
    assert_eq!(index.search_top("llama", 1).hits[0].index, 2);
}

/// Entries with Chinese names, and one whose Latin name spells a pinyin reading.
fn chinese_sample() -> (Vec<Model>, crate::data::NamesZh) {
    let with = |id: &str, name: &str, family: &str, developer: &str, zh: Option<&str>| {
        serde_json::from_value::<Model>(serde_json::json!({
            "id": id, "name": name, "kind": "model", "family": family,
            "developer": developer, "openness": "closed", "name_zh": zh
        }))
        .unwrap()
    };
    let models = vec![
        with("qwen3-max", "Qwen3-Max", "Qwen", "Alibaba Cloud", None),
        with("qwen2-5-72b", "Qwen2.5-72B", "Qwen", "Alibaba Cloud", None),
        with("ernie-bot", "ERNIE Bot", "ERNIE", "Baidu", Some("文心一言")),
        with(
            "ernie-4-5",
            "ERNIE 4.5",
            "ERNIE",
            "Baidu",
            Some("文心大模型4.5"),
        ),
        with("deepseek-v3", "DeepSeek-V3", "DeepSeek", "DeepSeek", None),
        with("deepseek-r1", "DeepSeek-R1", "DeepSeek", "DeepSeek", None),
        with(
            "doubao",
            "Doubao-1.5-pro",
            "Doubao",
            "ByteDance",
            Some("豆包大模型1.5 Pro"),
        ),
        with("glm-4-5", "GLM-4.5", "GLM", "Zhipu AI", None),
        with("wenxin-notes", "Wenxin Notes", "Notes", "Someone", None),
        with("gpt-4", "GPT-4", "GPT", "OpenAI", None),
    ];
    let mut names = crate::data::NamesZh::default();
    for (k, v) in [("Qwen", "通义千问"), ("ERNIE", "文心"), ("Doubao", "豆包")] {
        names.families.insert(k.into(), v.into());
    }
    for (k, v) in [
        ("DeepSeek", "深度求索"),
        ("Zhipu AI", "智谱"),
        ("Baidu", "百度"),
    ] {
        names.developers.insert(k.into(), v.into());
    }
    (models, names)
}

#[test]
fn pinyin_in_full_in_part_and_by_initials_finds_the_chinese_names() {
    let (models, names) = chinese_sample();
    let index = SearchIndex::with_names_zh(&models, &names);
    let found = |q: &str| {
        let mut ids = top(&index, &models, q);
        ids.sort();
        ids
    };
    let qwen = vec!["qwen2-5-72b".to_string(), "qwen3-max".into()];
    for q in ["tongyi", "qianwen", "tongyiqianwen", "tyqw", "通义千问"] {
        assert_eq!(found(q), qwen, "{q}");
    }
    assert_eq!(found("doubao"), ["doubao"]);
    assert_eq!(found("zhipu"), ["glm-4-5"]);
    assert_eq!(found("深度求索"), ["deepseek-r1", "deepseek-v3"]);
    assert_eq!(found("wxyy"), ["ernie-bot"]);
    let wenxin = top(&index, &models, "wenxin");
    assert!(wenxin.contains(&"ernie-bot".into()) && wenxin.contains(&"ernie-4-5".into()));
}

#[test]
fn a_latin_match_ranks_above_a_pinyin_one_and_a_chinese_name_finds_its_model_first() {
    let (models, names) = chinese_sample();
    let index = SearchIndex::with_names_zh(&models, &names);
    assert_eq!(top(&index, &models, "wenxin")[0], "wenxin-notes");
    assert_eq!(top(&index, &models, "文心一言")[0], "ernie-bot");
    assert_eq!(top(&index, &models, "文心大模型4.5")[0], "ernie-4-5");
    let ernie = top(&index, &models, "文心");
    assert_eq!(
        ernie.len(),
        2,
        "the family name finds the whole family: {ernie:?}"
    );
    assert_eq!(top(&index, &models, "gpt4"), ["gpt-4"], "no pinyin noise");
}
