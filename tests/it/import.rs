//! Importing the public catalogs: detection, forced formats, merging, and the mapping of real
//! samples of models.dev and OpenRouter onto native entries.

use modeldex::data::load::{load, parse_bytes, LoadError, LoadOptions, SourceFormat};
use modeldex::data::{Availability, Dataset, Model, Openness};
use std::path::PathBuf;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

const MODELS_DEV: &str = "models-dev-api.sample.json";
const OPENROUTER: &str = "openrouter-models.sample.json";

/// One entry per listing (`--flat`), as each importer maps it.
fn load_file(name: &str) -> Dataset {
    load(&LoadOptions {
        path: Some(fixture(name)),
        flat: true,
        ..LoadOptions::default()
    })
    .unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn entry<'d>(d: &'d Dataset, id: &str) -> &'d Model {
    let i = d.position_of(id).unwrap_or_else(|| panic!("no entry {id}"));
    &d.models[i]
}

#[test]
fn formats_are_detected_from_the_content() {
    for (name, format) in [
        (MODELS_DEV, SourceFormat::ModelsDev),
        (OPENROUTER, SourceFormat::OpenRouter),
    ] {
        let bytes = std::fs::read(fixture(name)).unwrap();
        let (_, detected) = parse_bytes(&bytes, None).unwrap();
        assert_eq!(detected, format, "{name}");
    }
    let native = modeldex::data::EMBEDDED_JSON.as_bytes();
    assert_eq!(parse_bytes(native, None).unwrap().1, SourceFormat::Native);
}

#[test]
fn a_forced_format_that_does_not_fit_says_what_it_expected() {
    let err = load(&LoadOptions {
        path: Some(fixture(MODELS_DEV)),
        format: Some(SourceFormat::OpenRouter),
        merge: false,
        strict: false,
        flat: false,
    })
    .unwrap_err();
    let text = err.to_string();
    assert!(text.contains("models-dev-api.sample.json"), "{text}");
    assert!(text.contains("missing required field \"data\""), "{text}");

    let err = load(&LoadOptions {
        path: Some(fixture(OPENROUTER)),
        format: Some(SourceFormat::Native),
        merge: false,
        strict: false,
        flat: false,
    })
    .unwrap_err();
    assert!(err.to_string().contains(": /data: unknown field"), "{err}");
}

#[test]
fn models_dev_entries_map_onto_native_facts() {
    let d = load_file(MODELS_DEV);
    assert_eq!(d.models.len(), 12);
    let m = entry(&d, "anthropic/claude-3-5-sonnet-20240620");
    assert_eq!(m.name, "Claude Sonnet 3.5");
    assert_eq!(m.developer.as_deref(), Some("Anthropic"));
    assert_eq!(m.family.as_deref(), Some("claude-sonnet"));
    assert_eq!(m.released.as_deref(), Some("2024-06-20"));
    assert_eq!(m.context_tokens, Some(200_000));
    assert_eq!(m.modalities, ["text", "image", "pdf"]);
    assert_eq!(m.openness, Openness::Closed);
    assert_eq!(m.artifacts.weights, Some(Availability::Closed));
    let price = m.pricing.as_ref().unwrap();
    assert_eq!(
        (price.input_per_mtok, price.output_per_mtok),
        (Some(3.0), Some(15.0))
    );
    assert!(m.summary.as_deref().unwrap().contains("2024-04-30"));
    assert_eq!(m.sources[0].url, "https://models.dev");
    assert!(m.params_b.is_none() && m.license.is_none() && m.country.is_none());

    let open = entry(&d, "mistral/codestral-latest");
    assert_eq!(open.openness, Openness::OpenWeights);
    assert_eq!(open.artifacts.weights, Some(Availability::Open));
    assert!(open.access.iter().any(|a| a == "download"));
}

#[test]
fn models_dev_derives_only_what_the_rubric_fixes() {
    let d = load_file(MODELS_DEV);
    let closed = entry(&d, "anthropic/claude-3-haiku-20240307");
    let open = entry(&d, "deepseek/deepseek-chat");
    assert_eq!(closed.score("privacy.self_hosting"), Some(1));
    assert_eq!(open.score("privacy.self_hosting"), Some(5));
    assert_eq!(closed.score("community.artifacts"), Some(1));
    assert_eq!(open.score("community.artifacts"), Some(3));
    // $0.25 in / $1.25 out blends to $0.50; $3 / $15 blends to $6.
    assert_eq!(closed.score("commercial.cost"), Some(5));
    let sonnet = entry(&d, "anthropic/claude-3-5-sonnet-20240620");
    assert_eq!(sonnet.score("commercial.cost"), Some(2));
    for m in &d.models {
        assert_eq!(m.ratings.len(), 3, "{}", m.id);
        for (id, r) in &m.ratings {
            assert!(r.derived, "{} {id}", m.id);
            assert!(r.rationale.starts_with("Derived from"), "{}", r.rationale);
            assert_eq!(r.sources, ["https://models.dev"]);
        }
        assert!(m.score("commercial.license").is_none());
        assert!(m.score("responsibility.safety").is_none());
    }
    let hosting = &open.ratings.get("privacy.self_hosting").unwrap().rationale;
    assert!(hosting.contains("open_weights: true"), "{hosting}");
}

#[test]
fn imports_use_the_embedded_criteria() {
    let d = load_file(OPENROUTER);
    let embedded = Dataset::embedded().unwrap();
    let ids = |d: &Dataset| {
        d.leaf_criteria()
            .map(|(_, c)| c.id.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(&d), ids(&embedded));
    assert!(!d.criteria.is_empty());
}

#[test]
fn openrouter_entries_map_onto_native_facts() {
    let d = load_file(OPENROUTER);
    assert_eq!(d.models.len(), 10);
    let m = entry(&d, "anthropic/claude-opus-4.7-fast");
    assert_eq!(m.name, "Claude Opus 4.7 (Fast)");
    assert_eq!(m.developer.as_deref(), Some("Anthropic"));
    assert_eq!(m.released.as_deref(), Some("2026-05-12"));
    assert_eq!(m.context_tokens, Some(1_000_000));
    assert_eq!(m.modalities, ["text", "image", "file"]);
    assert_eq!(m.openness, Openness::Closed);
    let price = m.pricing.as_ref().unwrap();
    assert_eq!(
        (price.input_per_mtok, price.output_per_mtok),
        (Some(30.0), Some(150.0))
    );
    assert_eq!(
        m.sources[0].url,
        "https://openrouter.ai/models/anthropic/claude-opus-4.7-fast"
    );
    assert_eq!(m.score("privacy.self_hosting"), Some(1));
    assert_eq!(m.score("commercial.cost"), Some(1));

    let granite = entry(&d, "ibm-granite/granite-4.1-8b");
    assert_eq!(granite.openness, Openness::OpenWeights);
    assert_eq!(granite.aliases, ["ibm-granite/granite-4.1-8b"]);
    assert_eq!(granite.score("privacy.self_hosting"), Some(5));
    assert!(granite
        .sources
        .iter()
        .any(|s| s.url == "https://huggingface.co/ibm-granite/granite-4.1-8b"));
    // "0.00000005" and "0.0000001" per token.
    let price = granite.pricing.as_ref().unwrap();
    assert_eq!(
        (price.input_per_mtok, price.output_per_mtok),
        (Some(0.05), Some(0.1))
    );
    let deepseek = entry(&d, "deepseek/deepseek-v4-pro");
    assert_eq!(
        deepseek.pricing.as_ref().unwrap().input_per_mtok,
        Some(0.435)
    );
    let free = entry(&d, "inclusionai/ring-2.6-1t:free");
    assert_eq!(free.score("commercial.cost"), Some(5));
    let open = d
        .models
        .iter()
        .filter(|m| m.openness == Openness::OpenWeights)
        .count();
    assert_eq!(open, 5);
}

#[test]
fn merge_keeps_the_embedded_entries_and_the_file_wins() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    let path = dir.join("merge-native.json");
    let file = serde_json::json!({
        "schema_version": 1, "dataset_version": "company-1", "updated": "2026-01-01",
        "models": [
            {"id": "bloom", "name": "BLOOM (our notes)", "kind": "model", "openness": "open-weights"},
            {"id": "internal-llm", "name": "Internal LLM", "kind": "model", "openness": "closed",
             "ratings": {"privacy.self_hosting": {"score": 5, "rationale": "Runs in our data centre."}}}
        ]
    });
    std::fs::write(&path, file.to_string()).unwrap();
    let embedded = Dataset::embedded().unwrap();
    let merged = load(&LoadOptions {
        path: Some(path.clone()),
        format: None,
        merge: true,
        strict: false,
        flat: false,
    })
    .unwrap();
    assert_eq!(merged.models.len(), embedded.models.len() + 1);
    assert_eq!(merged.position_of("bloom"), embedded.position_of("bloom"));
    assert_eq!(entry(&merged, "bloom").name, "BLOOM (our notes)");
    assert_eq!(
        entry(&merged, "internal-llm").score("privacy.self_hosting"),
        Some(5)
    );
    for m in &embedded.models {
        assert!(merged.position_of(&m.id).is_some(), "{} kept", m.id);
    }

    // Without --merge only the file's entries are there, with the embedded criteria.
    let alone = load(&LoadOptions {
        path: Some(path),
        format: None,
        merge: false,
        strict: false,
        flat: false,
    })
    .unwrap();
    assert_eq!(alone.models.len(), 2);
    assert_eq!(alone.criteria.len(), embedded.criteria.len());
}

#[test]
fn merge_adds_imported_catalogs_with_their_own_ids() {
    let embedded = Dataset::embedded().unwrap();
    let merged = load(&LoadOptions {
        path: Some(fixture(MODELS_DEV)),
        format: None,
        merge: true,
        strict: false,
        flat: true,
    })
    .unwrap();
    assert_eq!(merged.models.len(), embedded.models.len() + 12);
    assert!(merged.position_of("bloom").is_some());
    assert!(merged.position_of("mistral/devstral-2512").is_some());
}

#[test]
fn a_missing_file_is_an_io_error_naming_it() {
    let err = load(&LoadOptions {
        path: Some(fixture("no-such-file.json")),
        ..LoadOptions::default()
    })
    .unwrap_err();
    assert!(matches!(err, LoadError::Io { .. }));
    assert!(err.to_string().contains("no-such-file.json"), "{err}");
}
