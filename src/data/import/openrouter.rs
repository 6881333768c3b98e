//! OpenRouter's model list (`https://openrouter.ai/api/v1/models`): `{"data": [...]}`.
//!
//! Ids there are already provider-qualified (`anthropic/claude-opus-4.7`). Prices are USD per token
//! as decimal strings and become USD per million tokens; a negative price (OpenRouter's `-1` for
//! routers with variable pricing) means unknown. Names read `Developer: Model` and are split.

use super::{modalities, Entry, Facts, Imported, Listing, SeenIds};
use crate::data::check::Problems;
use crate::data::date::date_from_unix;
use crate::data::model::{Model, Source};
use crate::data::native::{MAX_CONTEXT_TOKENS, MAX_PRICE_PER_MTOK};
use crate::data::offer::Feature;
use crate::data::problem::{describe, Kind, Path, Problem};
use serde_json::{Map, Value};
use std::fmt::Write;

/// Where each model's page lives; the model id follows.
pub const MODEL_PAGE: &str = "https://openrouter.ai/models/";

/// Maps every entry of an OpenRouter document; `Err` when the document is not such a list at all.
pub fn import(doc: &Value) -> Result<Imported, Vec<Problem>> {
    let mut p = Problems::default();
    let root = Path::ROOT;
    let Some(top) = p.object(
        doc,
        &root,
        "an object {\"data\": [...]} (OpenRouter model list)",
    ) else {
        return Err(p.into_vec());
    };
    let Some(data) = top.get("data") else {
        p.at(&root, "missing required field \"data\"");
        return Err(p.into_vec());
    };
    let data_path = root.key("data");
    let Some(items) = p.array(data, &data_path) else {
        return Err(p.into_vec());
    };
    let mut models = Vec::with_capacity(items.len());
    let mut seen = SeenIds::default();
    for (i, item) in items.iter().enumerate() {
        let here = data_path.index(i);
        let Some(obj) = p.object(item, &here, "an object (a model)") else {
            p.retag_last(Kind::Unreadable);
            continue;
        };
        let Some(id) = p.required_str(obj, "id", &here) else {
            p.retag_last(Kind::Unreadable);
            continue;
        };
        let render = |first: usize| data_path.index(first).render();
        if seen.insert(&mut p, id, i, &here.key("id"), render) {
            models.push(map_model(&mut p, obj, &here, id));
        }
    }
    Ok(Imported::new(models, p))
}

/// USD per million tokens from OpenRouter's per-token decimal string; `Ok(None)` for a negative
/// (variable) price.
pub fn per_million(text: &str) -> Result<Option<f64>, String> {
    let t = text.trim();
    let numeric = !t.is_empty()
        && t.bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'-' | b'+' | b'e' | b'E'));
    // Shifting the decimal point in the text ("0.0000025e6") gives the correctly rounded value,
    // where multiplying the parsed float by a million would print as 2.4999999999999996.
    let shifted = match t.split_once(['e', 'E']) {
        _ if !numeric => None,
        None => Some(format!("{t}e6")),
        Some((mantissa, exp)) => exp
            .parse::<i32>()
            .ok()
            .map(|e| format!("{mantissa}e{}", e.saturating_add(6))),
    };
    let parsed = shifted.and_then(|s| s.parse::<f64>().ok());
    match parsed {
        Some(x) if x.is_finite() && x < 0.0 => Ok(None),
        Some(x) if x.is_finite() && x <= MAX_PRICE_PER_MTOK => Ok(Some(x)),
        Some(_) => Err(format!(
            "\"{}\" per token is above the plausible maximum of {MAX_PRICE_PER_MTOK} per million",
            crate::data::problem::escape(t, 40)
        )),
        None => Err(format!(
            "expected a price in USD per token such as \"0.0000025\", found \"{}\"",
            crate::data::problem::escape(t, 40)
        )),
    }
}

fn price(
    p: &mut Problems,
    pricing: &Map<String, Value>,
    key: &str,
    path: &Path<'_>,
) -> Option<f64> {
    let here = path.key(key);
    let result = match pricing.get(key)? {
        Value::Null => return None,
        Value::String(s) => per_million(s),
        Value::Number(n) => per_million(&n.to_string()),
        other => Err(format!(
            "expected a price string, found {}",
            describe(other)
        )),
    };
    result.unwrap_or_else(|message| {
        p.at(&here, message);
        None
    })
}

fn created(p: &mut Problems, obj: &Map<String, Value>, path: &Path<'_>) -> Option<String> {
    let v = obj.get("created")?;
    if v.is_null() {
        return None;
    }
    match v.as_i64().and_then(date_from_unix) {
        Some(date) => Some(date),
        None => {
            let expected = "a Unix time in seconds between 1970 and 9999";
            p.mistyped(&path.key("created"), expected, v)
        }
    }
}

fn map_model(p: &mut Problems, obj: &Map<String, Value>, path: &Path<'_>, id: &str) -> Model {
    let full_name = p
        .optional_str(obj, "name", path)
        .filter(|s| !s.trim().is_empty());
    let (developer, name) = match full_name.and_then(|n| n.split_once(": ")) {
        Some((dev, name)) if !dev.trim().is_empty() && !name.trim().is_empty() => {
            (Some(dev.to_string()), name.to_string())
        }
        _ => (
            id.split_once('/').map(|(dev, _)| dev.to_string()),
            full_name.unwrap_or(id).to_string(),
        ),
    };
    let hf = p
        .optional_str(obj, "hugging_face_id", path)
        .map(str::trim)
        .filter(|s| !s.is_empty());
    let released = created(p, obj, path);
    let context = p.optional_count(obj, "context_length", path, MAX_CONTEXT_TOKENS);
    let (mut input, mut output, mut cache_read) = (None, None, None);
    if let Some(pr) = obj.get("pricing").filter(|v| !v.is_null()) {
        let here = path.key("pricing");
        if let Some(pr) = p.object(pr, &here, "an object") {
            input = price(p, pr, "prompt", &here);
            output = price(p, pr, "completion", &here);
            if pr.contains_key("input_cache_read") {
                cache_read = price(p, pr, "input_cache_read", &here);
            }
        }
    }
    // The request parameters a model accepts say what it can do; a model that lists them and
    // leaves one out cannot. Without the list, nothing is known.
    let mut features = Vec::new();
    if obj
        .get("supported_parameters")
        .is_some_and(|v| !v.is_null())
    {
        let params = p.optional_strings(obj, "supported_parameters", path);
        for (feature, param) in [
            (Feature::Reasoning, "reasoning"),
            (Feature::ToolCall, "tools"),
            (Feature::StructuredOutput, "structured_outputs"),
            (Feature::Temperature, "temperature"),
        ] {
            features.push((feature, params.contains(&param)));
        }
    }
    let mut max_output = None;
    if let Some(top) = obj.get("top_provider").filter(|v| !v.is_null()) {
        let here = path.key("top_provider");
        if let Some(top) = p.object(top, &here, "an object") {
            max_output = p.optional_count(top, "max_completion_tokens", &here, MAX_CONTEXT_TOKENS);
        }
    }
    let mut kinds = Vec::new();
    if let Some(arch) = obj.get("architecture").filter(|v| !v.is_null()) {
        let here = path.key("architecture");
        if let Some(arch) = p.object(arch, &here, "an object") {
            kinds.extend(p.optional_strings(arch, "input_modalities", &here));
            kinds.extend(p.optional_strings(arch, "output_modalities", &here));
        }
    }
    let mut summary = p
        .optional_str(obj, "description", path)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string);
    if let Some(cutoff) = p.optional_str(obj, "knowledge_cutoff", path) {
        let text = summary.get_or_insert_with(String::new);
        // Writing to a String cannot fail.
        let _ = write!(text, " Knowledge cutoff: {cutoff}.");
    }
    let page = format!("{MODEL_PAGE}{id}");
    let mut sources = vec![Source {
        title: "OpenRouter model page".to_string(),
        url: page.clone(),
    }];
    let downloadable = match hf {
        Some(repo) => {
            sources.push(Source {
                title: format!("Hugging Face repository {repo}"),
                url: format!("https://huggingface.co/{repo}"),
            });
            (true, format!("hugging_face_id \"{repo}\"").into())
        }
        None => (false, "the absence of a hugging_face_id".into()),
    };
    Entry {
        id: id.to_string(),
        name,
        developer,
        family: None,
        released,
        context_tokens: context,
        modalities: modalities(kinds),
        prices: (input, output),
        summary,
        aliases: hf.map(str::to_string).into_iter().collect(),
        sources,
        facts: Facts {
            downloadable: Some(downloadable),
            price: input.zip(output),
            source: page.clone().into(),
            catalog: "OpenRouter's model list",
            story: None,
        },
        listing: Listing {
            provider: "OpenRouter".to_string(),
            model_id: id.to_string(),
            max_output_tokens: max_output,
            url: Some(page.clone()),
            cache_read_per_mtok: cache_read,
            features,
            status: None,
        },
    }
    .into_model()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn per_token_strings_become_exact_per_million_prices() {
        assert_eq!(per_million("0.0000025"), Ok(Some(2.5)));
        assert_eq!(per_million("0.000000435"), Ok(Some(0.435)));
        assert_eq!(per_million("0"), Ok(Some(0.0)));
        assert_eq!(per_million("1e-7"), Ok(Some(0.1)));
        assert_eq!(per_million("2.5E-6"), Ok(Some(2.5)));
        assert_eq!(per_million("-1"), Ok(None));
        assert!(per_million("inf").is_err());
        assert!(per_million("free").is_err());
        assert!(per_million("1e300").is_err());
    }
}
