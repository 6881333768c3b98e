//! Synthetic catalogs with realistic names, for benchmarks and load tests (not used by the app).
//!
//! Deterministic: the same count always gives the same catalog. `examples/gen-catalog.rs` writes one
//! to a file; the benchmarks build them in memory.

use serde_json::{json, Map, Value};

const PROVIDERS: &[(&str, &str, &str)] = &[
    ("openai", "OpenAI", "US"),
    ("anthropic", "Anthropic", "US"),
    ("google", "Google", "US"),
    ("meta-llama", "Meta", "US"),
    ("mistralai", "Mistral AI", "France"),
    ("qwen", "Alibaba", "China"),
    ("deepseek", "DeepSeek", "China"),
    ("microsoft", "Microsoft", "US"),
    ("cohere", "Cohere", "Canada"),
    ("tiiuae", "TII", "UAE"),
    ("allenai", "Ai2", "US"),
    ("moonshotai", "Moonshot AI", "China"),
    ("zai-org", "Zhipu AI", "China"),
    ("01-ai", "01.AI", "China"),
    ("stabilityai", "Stability AI", "UK"),
    ("nvidia", "NVIDIA", "US"),
];
const FAMILIES: &[&str] = &[
    "Llama",
    "Mistral",
    "Mixtral",
    "Qwen",
    "DeepSeek",
    "Gemma",
    "Phi",
    "OLMo",
    "Falcon",
    "Command",
    "Kimi",
    "GLM",
    "Yi",
    "Nemotron",
    "Granite",
    "Hermes",
    "Vicuna",
    "Zephyr",
    "StarCoder",
    "Aya",
];
const VERSIONS: &[&str] = &[
    "1", "1.5", "2", "2.5", "3", "3.1", "3.2", "3.3", "4", "4.1", "V3", "R1",
];
const SIZES: &[&str] = &[
    "0.5B", "1B", "3B", "7B", "8B", "13B", "14B", "32B", "34B", "70B", "72B", "405B", "8x7B",
    "8x22B",
];
const VARIANTS: &[&str] = &[
    "",
    "Instruct",
    "Chat",
    "Base",
    "Coder",
    "Vision",
    "Math",
    "Turbo",
    "Mini",
    "Reasoning",
];
const QUANTS: &[&str] = &["", "", "", "AWQ", "GPTQ", "GGUF Q4_K_M", "FP8", "int4"];

/// A small deterministic generator (xorshift64*), so no dependency is needed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

struct Synthetic {
    id: String,
    name: String,
    family: String,
    provider: usize,
    released: String,
    params_b: Option<f64>,
    context: u64,
    open_weights: bool,
    price: Option<(f64, f64)>,
}

fn synthesize(rng: &mut Rng, n: usize) -> Synthetic {
    let provider = rng.below(PROVIDERS.len() as u64) as usize;
    let family = rng.pick(FAMILIES).to_string();
    let version = rng.pick(VERSIONS);
    let size = rng.pick(SIZES);
    let variant = rng.pick(VARIANTS);
    let quant = rng.pick(QUANTS);
    let name = [family.as_str(), version, size, variant, quant]
        .iter()
        .filter(|s| !s.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" ");
    let slug: String = name
        .to_lowercase()
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' {
                c
            } else {
                '-'
            }
        })
        .collect();
    let open_weights = rng.below(3) != 0;
    let params_b = size.trim_end_matches('B').split_once('x').map_or_else(
        || size.trim_end_matches('B').parse().ok(),
        |(a, b)| Some(a.parse::<f64>().ok()? * b.parse::<f64>().ok()?),
    );
    let price = (!open_weights || rng.below(2) == 0).then(|| {
        let input = (rng.below(3000) as f64 + 5.0) / 100.0;
        (input, input * 4.0)
    });
    Synthetic {
        id: format!("{}/{slug}-{n}", PROVIDERS[provider].0),
        name: format!("{name} #{n}"),
        family,
        provider,
        released: format!(
            "{}-{:02}-{:02}",
            2019 + rng.below(8),
            1 + rng.below(12),
            1 + rng.below(28)
        ),
        params_b: if open_weights { params_b } else { None },
        context: [2048, 4096, 8192, 32_768, 128_000, 200_000, 1_000_000][rng.below(7) as usize],
        open_weights,
        price,
    }
}

/// One entry in the native format.
fn native_entry(s: &Synthetic) -> Value {
    let (_, developer, country) = PROVIDERS[s.provider];
    let self_hosting = if s.open_weights { 5 } else { 1 };
    json!({
        "id": s.id, "name": s.name, "aliases": [], "kind": "model",
        "developer": developer, "country": country, "family": s.family,
        "released": s.released, "params_b": s.params_b, "active_params_b": null,
        "context_tokens": s.context, "modalities": ["text"],
        "openness": if s.open_weights { "open-weights" } else { "closed" },
        "license": null,
        "artifacts": {"weights": if s.open_weights { "open" } else { "closed" }},
        "access": if s.open_weights { json!(["download"]) } else { json!(["api"]) },
        "pricing": s.price.map(|(i, o)| json!({"input_per_mtok": i, "output_per_mtok": o,
            "as_of": "2026-11-01", "source": "https://example.com/pricing"})),
        "summary": null,
        "ratings": {"privacy.self_hosting": {"score": self_hosting, "derived": true,
            "rationale": "Synthetic entry: derived from weights availability.",
            "sources": ["https://example.com/catalog"]}},
        "sources": [{"title": "Synthetic catalog", "url": "https://example.com/catalog"}]
    })
}

/// One model in the models.dev shape.
fn models_dev_entry(s: &Synthetic) -> Value {
    let mut v = json!({
        "id": s.id.split_once('/').map_or(s.id.as_str(), |(_, m)| m), "name": s.name,
        "family": s.family.to_lowercase(), "release_date": s.released,
        "open_weights": s.open_weights, "limit": {"context": s.context, "output": 8192},
        "modalities": {"input": ["text"], "output": ["text"]},
    });
    if let Some((i, o)) = s.price {
        v["cost"] = json!({"input": i, "output": o});
    }
    v
}

/// Which file shape to produce.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// modeldex's own format, with the embedded criteria.
    Native,
    /// The models.dev `api.json` shape (providers with models).
    ModelsDev,
}

/// A catalog of `count` synthetic models as a JSON value.
pub fn catalog(count: usize, shape: Shape) -> Value {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let entries: Vec<Synthetic> = (0..count).map(|n| synthesize(&mut rng, n)).collect();
    match shape {
        Shape::ModelsDev => {
            let mut providers = Map::new();
            for (p, (id, name, _)) in PROVIDERS.iter().enumerate() {
                let models: Map<String, Value> = entries
                    .iter()
                    .filter(|s| s.provider == p)
                    .map(|s| {
                        let e = models_dev_entry(s);
                        (e["id"].as_str().unwrap_or_default().to_string(), e)
                    })
                    .collect();
                providers.insert(
                    (*id).into(),
                    json!({"id": id, "name": name, "models": models}),
                );
            }
            Value::Object(providers)
        }
        Shape::Native => {
            let criteria = serde_json::from_str::<Value>(crate::data::EMBEDDED_JSON)
                .map(|v| v["criteria"].clone())
                .unwrap_or(Value::Null);
            json!({
                "schema_version": 1, "dataset_version": format!("synthetic-{count}"),
                "updated": "2026-11-23", "criteria": criteria,
                "models": entries.iter().map(native_entry).collect::<Vec<_>>()
            })
        }
    }
}

/// The same catalog as JSON text.
pub fn catalog_json(count: usize, shape: Shape) -> String {
    catalog(count, shape).to_string()
}

/// A models.dev catalog of `listings` listings made from a real one (`base`, such as
/// `tests/fixtures/models-dev-api.subset.json`) by repeating its providers under mirrored names:
/// the first round is `base` itself, round `k` adds every provider again as `{key}-m{k}` named
/// "{name} M{k}", and the last provider is cut to reach the count exactly. The listings keep their
/// real names and ids, so a model offered by three providers in `base` is offered by three per
/// round here: real-shaped data for the import path at any size. Empty when `base` has no models.
pub fn mirrored(base: &Value, listings: usize) -> Value {
    let providers: Vec<(&String, &Map<String, Value>)> = base
        .as_object()
        .into_iter()
        .flatten()
        .filter_map(|(k, p)| Some((k, p.as_object()?)))
        .collect();
    let per_round: usize = providers
        .iter()
        .filter_map(|(_, p)| p.get("models")?.as_object().map(Map::len))
        .sum();
    let mut out = Map::new();
    let mut left = if per_round == 0 { 0 } else { listings };
    let mut round = 0;
    while left > 0 {
        for (key, provider) in &providers {
            if left == 0 {
                break;
            }
            let mut copy = (*provider).clone();
            if let Some(Value::Object(models)) = copy.get_mut("models") {
                if models.len() > left {
                    let keep: Vec<String> = models.keys().take(left).cloned().collect();
                    models.retain(|k, _| keep.contains(k));
                }
                left -= models.len();
            }
            let key = if round == 0 {
                (*key).clone()
            } else {
                let name = copy.get("name").and_then(Value::as_str).unwrap_or(key);
                let renamed = format!("{name} M{round}");
                copy.insert("name".into(), Value::String(renamed));
                format!("{key}-m{round}")
            };
            copy.insert("id".into(), Value::String(key.clone()));
            out.insert(key, Value::Object(copy));
        }
        round += 1;
    }
    Value::Object(out)
}
