//! The validator's checks of the optional extensions (`lifecycle`, `capability`, `names_zh`,
//! `offers`), kept
//! beside `native` so that file stays about the core format.

use super::check::Problems;
use super::model::{Capability, Figure, Lifecycle, NamesZh, Offer, Reported, Status, Unit};
use super::names::names;
use super::native::{date, one_of, unknown_fields};
use super::problem::{describe, Path};
use super::url::url_problem;
use serde_json::{Map, Value};
use std::sync::LazyLock;
use strum::VariantArray;

/// Largest plausible figure on a scale without a natural bound (index points, tokens/s, s).
pub const MAX_FIGURE: f64 = 1_000_000.0;

// Field and value names of the extensions, read from their serde types (`names`) once per run.
static LIFECYCLE_FIELDS: LazyLock<&[&str]> = LazyLock::new(names::<Lifecycle>);
static CAPABILITY_FIELDS: LazyLock<&[&str]> = LazyLock::new(names::<Capability>);
static FIGURE_FIELDS: LazyLock<&[&str]> = LazyLock::new(names::<Figure>);
static NAMES_ZH_FIELDS: LazyLock<&[&str]> = LazyLock::new(names::<NamesZh>);
static STATUSES: LazyLock<&[&str]> = LazyLock::new(names::<Status>);
static UNITS: LazyLock<&[&str]> = LazyLock::new(names::<Unit>);
static REPORTED: LazyLock<&[&str]> = LazyLock::new(names::<Reported>);
static OFFER_FIELDS: LazyLock<&[&str]> = LazyLock::new(names::<Offer>);
static LISTING_STATUSES: LazyLock<&[&str]> =
    LazyLock::new(names::<crate::data::offer::ListingStatus>);

/// Reports a string member that is not a web address.
fn url(p: &mut Problems, obj: &Map<String, Value>, key: &str, path: &Path<'_>, required: bool) {
    let s = if required {
        p.required_str(obj, key, path)
    } else {
        p.optional_str(obj, key, path)
    };
    if let Some(why) = s.and_then(url_problem) {
        p.at(&path.key(key), format!("{} {why}", describe(&obj[key])));
    }
}

/// Checks an entry's `offers` member (absent is fine): a list of offers, each with a provider, the
/// provider's model id and the listing's id, prices and limits in range, a web address.
pub fn check_offers(p: &mut Problems, m: &Map<String, Value>, path: &Path<'_>) {
    use super::native::{MAX_CONTEXT_TOKENS, MAX_PRICE_PER_MTOK};
    let Some(v) = m.get("offers") else {
        return;
    };
    let here = path.key("offers");
    let Some(offers) = p.array(v, &here) else {
        return;
    };
    for (i, o) in offers.iter().enumerate() {
        let at = here.index(i);
        let Some(o) = p.object(o, &at, "an object (an offer)") else {
            continue;
        };
        unknown_fields(p, o, *OFFER_FIELDS, &at);
        for key in ["provider", "model_id", "listing"] {
            p.required_str(o, key, &at);
        }
        p.optional_number(o, "input_per_mtok", &at, MAX_PRICE_PER_MTOK);
        p.optional_number(o, "output_per_mtok", &at, MAX_PRICE_PER_MTOK);
        p.optional_count(o, "context_tokens", &at, MAX_CONTEXT_TOKENS);
        p.optional_count(o, "max_output_tokens", &at, MAX_CONTEXT_TOKENS);
        url(p, o, "url", &at, false);
        p.optional_str(o, "file", &at);
        p.optional_number(o, "cache_read_per_mtok", &at, MAX_PRICE_PER_MTOK);
        for feature in crate::data::offer::Feature::VARIANTS {
            if o.get(feature.key()).is_some_and(|v| !v.is_null()) {
                p.optional_bool(o, feature.key(), &at);
            }
        }
        one_of(p, o, "status", &at, *LISTING_STATUSES, false);
    }
}

/// Checks an entry's `lifecycle` member (absent or null is fine).
pub fn check_lifecycle(p: &mut Problems, m: &Map<String, Value>, path: &Path<'_>) {
    let Some(v) = m.get("lifecycle").filter(|v| !v.is_null()) else {
        return;
    };
    let here = path.key("lifecycle");
    let Some(l) = p.object(v, &here, "an object (status, date, source, note) or null") else {
        return;
    };
    unknown_fields(p, l, *LIFECYCLE_FIELDS, &here);
    one_of(p, l, "status", &here, *STATUSES, true);
    if let Some(d) = p.optional_str(l, "date", &here) {
        date(p, d, &here.key("date"));
        if l.get("status").and_then(Value::as_str) == Some("active") {
            p.at(
                &here.key("date"),
                "an active entry has no shutdown date; use null",
            );
        }
    }
    url(p, l, "source", &here, false);
    p.optional_str(l, "note", &here);
}

/// Checks an entry's `capability` member (absent or null is fine).
pub fn check_capability(p: &mut Problems, m: &Map<String, Value>, path: &Path<'_>) {
    let Some(v) = m.get("capability").filter(|v| !v.is_null()) else {
        return;
    };
    let here = path.key("capability");
    let Some(c) = p.object(v, &here, "an object (figures, note) or null") else {
        return;
    };
    unknown_fields(p, c, *CAPABILITY_FIELDS, &here);
    p.optional_str(c, "note", &here);
    let Some(figures) = c.get("figures") else {
        p.at(&here, "missing required field \"figures\"");
        return;
    };
    let here = here.key("figures");
    let Some(figures) = p.object(figures, &here, "an object keyed by figure id") else {
        return;
    };
    for (id, figure) in figures {
        let at = here.key(id);
        if id.trim().is_empty() {
            p.at(&at, "figure ids must not be empty");
        }
        check_figure(p, figure, &at);
    }
}

fn check_figure(p: &mut Problems, v: &Value, path: &Path<'_>) {
    let Some(f) = p.object(v, path, "an object (value, unit, source, as_of, reported)") else {
        return;
    };
    unknown_fields(p, f, *FIGURE_FIELDS, path);
    match f.get("value") {
        None | Some(Value::Null) => p.at(path, "missing required field \"value\""),
        Some(_) => {
            let value = p.optional_number(f, "value", path, MAX_FIGURE);
            let percent = f.get("unit").and_then(Value::as_str) == Some("percent");
            if let Some(x) = value.filter(|x| percent && *x > 100.0) {
                p.at(&path.key("value"), format!("{x} is above 100 percent"));
            }
        }
    }
    one_of(p, f, "unit", path, *UNITS, true);
    url(p, f, "source", path, true);
    if let Some(as_of) = p.required_str(f, "as_of", path) {
        date(p, as_of, &path.key("as_of"));
    }
    one_of(p, f, "reported", path, *REPORTED, true);
    p.optional_str(f, "variant", path);
}

/// Checks the top-level `names_zh` member (absent is fine).
pub fn check_names_zh(p: &mut Problems, top: &Map<String, Value>) {
    let Some(v) = top.get("names_zh") else { return };
    let here = Path::ROOT.key("names_zh");
    let Some(names) = p.object(v, &here, "an object (developers, families)") else {
        return;
    };
    unknown_fields(p, names, *NAMES_ZH_FIELDS, &here);
    for key in *NAMES_ZH_FIELDS {
        let Some(v) = names.get(*key) else { continue };
        let at = here.key(key);
        let Some(map) = p.object(v, &at, "an object mapping names to Chinese names") else {
            continue;
        };
        for (name, zh) in map {
            let at = at.key(name);
            if name.trim().is_empty() {
                p.at(&at, "names must not be empty");
            }
            p.non_blank(zh, &at);
        }
    }
}
