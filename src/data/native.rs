//! Checks a document in modeldex's own format, as `assets/models.schema.json` describes it, and
//! reports every problem with its JSON path.
//!
//! The walk follows the schema, not the data: its depth is fixed by the format, so no input can make
//! it recurse deeply. Anything this accepts deserialises into [`Dataset`](super::Dataset).

use super::check::Problems;
use super::model::{
    Artifacts, Availability, CommercialUse, Criterion, Dataset, Kind, License, Model, Openness,
    Pillar, Pricing, Rating, Source,
};
use super::names::names;
use super::problem::{closest, describe, Kind as ProblemKind, Path, Problem};
use super::sanitize::clean_id;
use serde_json::value::RawValue;
use serde_json::{Map, Value};
use std::borrow::Cow;
use std::cell::Cell;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::LazyLock;

/// The format version this build reads.
pub const SCHEMA_VERSION: u64 = 1;
/// Largest plausible parameter count, in billions (100 trillion).
pub const MAX_PARAMS_B: f64 = 100_000.0;
/// Largest plausible context window, in tokens.
pub const MAX_CONTEXT_TOKENS: u64 = 1_000_000_000;
/// Largest plausible price, in USD per million tokens.
pub const MAX_PRICE_PER_MTOK: f64 = 100_000.0;

// The format's field and value names, read from its serde types (`names`) once per run.
static TOP_FIELDS: LazyLock<&[&str]> = LazyLock::new(names::<Dataset>);
static PILLAR_FIELDS: LazyLock<&[&str]> = LazyLock::new(names::<Pillar>);
static CRITERION_FIELDS: LazyLock<&[&str]> = LazyLock::new(names::<Criterion>);
static MODEL_FIELDS: LazyLock<&[&str]> = LazyLock::new(names::<Model>);
static LICENSE_FIELDS: LazyLock<&[&str]> = LazyLock::new(names::<License>);
static ARTIFACT_FIELDS: LazyLock<&[&str]> = LazyLock::new(names::<Artifacts>);
static PRICING_FIELDS: LazyLock<&[&str]> = LazyLock::new(names::<Pricing>);
static RATING_FIELDS: LazyLock<&[&str]> = LazyLock::new(names::<Rating>);
static SOURCE_FIELDS: LazyLock<&[&str]> = LazyLock::new(names::<Source>);
static KINDS: LazyLock<&[&str]> = LazyLock::new(names::<Kind>);
static OPENNESS: LazyLock<&[&str]> = LazyLock::new(names::<Openness>);
static COMMERCIAL_USE: LazyLock<&[&str]> = LazyLock::new(names::<CommercialUse>);
static AVAILABILITY: LazyLock<&[&str]> = LazyLock::new(names::<Availability>);

/// The scores a rubric may describe (rubrics are maps, so serde does not name their keys).
pub const RUBRIC_KEYS: [&str; 5] = ["1", "2", "3", "4", "5"];

/// Checks a parsed native document. `fallback_criteria` gives the criterion ids ratings may use when
/// the document defines no criteria of its own (it then uses the embedded ones).
pub fn check(doc: &Value, fallback_criteria: impl FnOnce() -> Vec<String>) -> Vec<Problem> {
    let mut p = Problems::default();
    if let Some(top) = p.object(doc, &Path::ROOT, "an object (a modeldex dataset)") {
        let entries = top.get("models").map(Entries::Parsed);
        check_top(&mut p, top, entries, &Cell::new(false), fallback_criteria);
    }
    p.into_vec()
}

/// Checks native JSON text like [`check`], but builds the tree of one entry at a time: a file of
/// a million entries needs a few hundred bytes per entry instead of some 13 times its size.
/// `None` when the text is not a JSON object, or (with `detect`) does not look like a native
/// document; the caller then checks it the ordinary way, which says what is wrong.
pub fn check_text(
    text: &str,
    detect: bool,
    fallback_criteria: impl FnOnce() -> Vec<String>,
) -> Option<Vec<Problem>> {
    // Later members replace earlier ones with the same key, as in a parsed tree.
    let raw: BTreeMap<String, &RawValue> = serde_json::from_str(text).ok()?;
    let is_array = |r: &&RawValue| r.get().trim_start().starts_with('[');
    let models = raw.get("models").copied().filter(is_array);
    // The same rule as `validate::detect`, which would otherwise run on the whole tree.
    let native = !raw.get("data").is_some_and(is_array)
        && (raw.contains_key("schema_version") || models.is_some());
    if detect && !native {
        return None;
    }
    let mut top = Map::new();
    for (key, value) in &raw {
        // The entries are checked one by one below; the key stays for the unknown-field check.
        let value = if key == "models" && models.is_some() {
            Value::Null
        } else {
            serde_json::from_str(value.get()).ok()?
        };
        top.insert(key.clone(), value);
    }
    let entries = match models {
        Some(list) => Some(Entries::Raw(serde_json::from_str(list.get()).ok()?)),
        None => top.get("models").map(Entries::Parsed),
    };
    let unreadable = Cell::new(false);
    let mut p = Problems::default();
    check_top(&mut p, &top, entries, &unreadable, fallback_criteria);
    // An entry nested too deeply to parse on its own: the ordinary check words that best.
    (!unreadable.get()).then(|| p.into_vec())
}

/// Checks one entry of a native document as [`check`] would, at `/models/{index}`; `criteria` are
/// the ids its ratings may use. The tolerant loader re-checks the entries it repairs with this.
pub fn check_entry(v: &Value, index: usize, criteria: &HashSet<&str>) -> Vec<Problem> {
    let mut p = Problems::default();
    let models = Path::ROOT.key("models");
    check_model(&mut p, v, &models.index(index), criteria);
    p.into_vec()
}

/// The sub-criterion ids the ratings of `doc` may use: its own, or `fallback()` when it has none.
pub fn criterion_ids(doc: &Value, fallback: impl FnOnce() -> Vec<String>) -> Vec<String> {
    match doc.get("criteria") {
        None => fallback(),
        Some(v) => check_criteria(&mut Problems::default(), v, &Path::ROOT.key("criteria")),
    }
}

/// A document's entries: its parsed `models` member, or the text of each entry.
enum Entries<'a> {
    Parsed(&'a Value),
    Raw(Vec<&'a RawValue>),
}

/// Checks the members of a document's top level. An entry whose text does not parse sets
/// `unreadable` (its problems are then incomplete).
fn check_top(
    p: &mut Problems,
    top: &Map<String, Value>,
    entries: Option<Entries>,
    unreadable: &Cell<bool>,
    fallback_criteria: impl FnOnce() -> Vec<String>,
) {
    let root = Path::ROOT;
    unknown_fields(p, top, *TOP_FIELDS, &root);
    check_version(p, top);
    p.required_str(top, "dataset_version", &root);
    if let Some(updated) = p.required_str(top, "updated", &root) {
        date(p, updated, &root.key("updated"));
    }
    super::native_facts::check_names_zh(p, top);
    let criteria_path = root.key("criteria");
    let own: Vec<String> = match top.get("criteria") {
        None => fallback_criteria(),
        Some(v) => check_criteria(p, v, &criteria_path),
    };
    let known: HashSet<&str> = own.iter().map(String::as_str).collect();
    let path = root.key("models");
    match entries {
        None => p.at(&root, "missing required field \"models\""),
        Some(Entries::Parsed(v)) => {
            if let Some(models) = p.array(v, &path) {
                check_models(p, models.iter().map(Cow::Borrowed), &path, &known);
            }
        }
        Some(Entries::Raw(list)) => {
            let parsed = list.into_iter().map(|raw| {
                Cow::Owned(serde_json::from_str(raw.get()).unwrap_or_else(|_| {
                    unreadable.set(true);
                    Value::Null
                }))
            });
            check_models(p, parsed, &path, &known);
        }
    }
}

fn check_version(p: &mut Problems, top: &Map<String, Value>) {
    let here = Path::ROOT.key("schema_version");
    match top.get("schema_version") {
        None => p.at(&Path::ROOT, "missing required field \"schema_version\""),
        Some(Value::Number(n)) if n.as_u64() == Some(SCHEMA_VERSION) => {}
        Some(Value::Number(n)) => p.at(
            &here,
            format!("version {n} is not supported; this build reads version {SCHEMA_VERSION}"),
        ),
        Some(other) => {
            p.mistyped::<()>(&here, &format!("the number {SCHEMA_VERSION}"), other);
        }
    }
}

/// Reports members of `obj` that the format does not define, suggesting the likely intended one.
pub(super) fn unknown_fields(
    p: &mut Problems,
    obj: &Map<String, Value>,
    allowed: &[&str],
    path: &Path<'_>,
) {
    for key in obj.keys() {
        if !allowed.contains(&key.as_str()) {
            let hint = closest(key, allowed.iter().copied())
                .map(|c| format!("; did you mean \"{c}\"?"))
                .unwrap_or_default();
            p.kind_at(
                ProblemKind::UnknownField,
                &path.key(key),
                format!("unknown field{hint}"),
            );
        }
    }
}

pub(super) fn date(p: &mut Problems, s: &str, path: &Path<'_>) {
    p.date(s, path);
}

pub(super) fn one_of(
    p: &mut Problems,
    obj: &Map<String, Value>,
    key: &str,
    path: &Path<'_>,
    allowed: &[&str],
    required: bool,
) {
    match obj.get(key) {
        None | Some(Value::Null) if required => {
            p.kind_at(
                ProblemKind::Missing,
                path,
                format!("missing required field \"{key}\""),
            );
        }
        None | Some(Value::Null) => {}
        Some(Value::String(s)) if allowed.contains(&s.as_str()) => {}
        Some(other) => {
            let expected = allowed
                .iter()
                .map(|a| format!("\"{a}\""))
                .collect::<Vec<_>>()
                .join(", ");
            let found = describe(other);
            p.kind_at(
                ProblemKind::UnknownValue,
                &path.key(key),
                format!("{found} is not a valid {key}; expected one of {expected}"),
            );
        }
    }
}

fn check_rubric(p: &mut Problems, obj: &Map<String, Value>, path: &Path<'_>) {
    let Some(v) = obj.get("rubric") else { return };
    let here = path.key("rubric");
    let Some(rubric) = p.object(v, &here, "an object mapping scores to their meaning") else {
        return;
    };
    for (score, text) in rubric {
        let at = here.key(score);
        if RUBRIC_KEYS.contains(&score.as_str()) {
            p.non_blank(text, &at);
        } else {
            p.at(&at, "rubric keys are the scores \"1\" to \"5\"");
        }
    }
}

/// Checks the pillars; returns the ids of their sub-criteria (what ratings may refer to).
fn check_criteria(p: &mut Problems, v: &Value, path: &Path<'_>) -> Vec<String> {
    let mut leaves = Vec::new();
    let Some(pillars) = p.array(v, path) else {
        return leaves;
    };
    // Pillar and sub-criterion ids share one namespace: id -> where it first appeared.
    let mut seen: HashMap<String, String> = HashMap::new();
    for (i, pillar) in pillars.iter().enumerate() {
        let here = path.index(i);
        let Some(obj) = p.object(pillar, &here, "an object (a pillar)") else {
            continue;
        };
        unknown_fields(p, obj, *PILLAR_FIELDS, &here);
        criterion_texts(p, obj, &here, &mut seen);
        let subs_path = here.key("sub_criteria");
        let Some(subs) = obj.get("sub_criteria") else {
            p.at(&here, "missing required field \"sub_criteria\"");
            continue;
        };
        let Some(subs) = p.array(subs, &subs_path) else {
            continue;
        };
        for (j, sub) in subs.iter().enumerate() {
            let at = subs_path.index(j);
            let Some(obj) = p.object(sub, &at, "an object (a sub-criterion)") else {
                continue;
            };
            unknown_fields(p, obj, *CRITERION_FIELDS, &at);
            if let Some(id) = criterion_texts(p, obj, &at, &mut seen) {
                leaves.push(id.to_string());
            }
        }
    }
    leaves
}

/// Checks the id, name, description and rubric shared by pillars and sub-criteria; returns the id
/// when it is new.
fn criterion_texts<'v>(
    p: &mut Problems,
    obj: &'v Map<String, Value>,
    path: &Path<'_>,
    seen: &mut HashMap<String, String>,
) -> Option<&'v str> {
    let id = p.required_str(obj, "id", path);
    p.required_str(obj, "name", path);
    p.required_str(obj, "description", path);
    check_rubric(p, obj, path);
    let id = id?;
    let here = path.key("id");
    if let Some(first) = seen.get(id) {
        p.at(&here, format!("duplicate criterion id (first at {first})"));
        return None;
    }
    seen.insert(id.to_string(), here.render());
    Some(id)
}

fn check_models<'v>(
    p: &mut Problems,
    models: impl Iterator<Item = Cow<'v, Value>>,
    path: &Path<'_>,
    criteria: &HashSet<&str>,
) {
    // Entry id, as cleaning leaves it -> index of its first occurrence. Ids that differ only by
    // characters cleaning removes (`same`, `same\u{200b}`) would show as one id.
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (i, model) in models.enumerate() {
        let here = path.index(i);
        let Some(id) = check_model(p, &model, &here, criteria) else {
            continue;
        };
        let key = clean_id(id);
        if let Some(first) = seen.get(key.as_ref()) {
            p.kind_at(
                ProblemKind::DuplicateId,
                &here.key("id"),
                duplicate_message(
                    &model["id"],
                    key.as_ref() != id,
                    &format!("/models/{first}"),
                ),
            );
        } else {
            seen.insert(key.into_owned(), i);
        }
    }
}

/// "duplicate id "x" (first at /models/0)", saying when the two differ only in invisible
/// characters.
pub fn duplicate_message(id: &Value, look_alike: bool, first: &str) -> String {
    if look_alike {
        format!(
            "duplicate id {}: the same as the id at {first} once invisible characters are removed",
            describe(id)
        )
    } else {
        format!("duplicate id {} (first at {first})", describe(id))
    }
}

/// Checks one entry; returns its id when it has one.
fn check_model<'v>(
    p: &mut Problems,
    v: &'v Value,
    path: &Path<'_>,
    criteria: &HashSet<&str>,
) -> Option<&'v str> {
    let m = p.object(v, path, "an object (one entry)")?;
    unknown_fields(p, m, *MODEL_FIELDS, path);
    let id = p.required_str(m, "id", path);
    p.required_str(m, "name", path);
    p.optional_strings(m, "aliases", path);
    one_of(p, m, "kind", path, *KINDS, true);
    for key in ["name_zh", "developer", "country", "family", "summary"] {
        p.optional_str(m, key, path);
    }
    if let Some(released) = p.optional_str(m, "released", path) {
        date(p, released, &path.key("released"));
    }
    let total = p.optional_number(m, "params_b", path, MAX_PARAMS_B);
    let active = p.optional_number(m, "active_params_b", path, MAX_PARAMS_B);
    if let (Some(total), Some(active)) = (total, active) {
        if active > total {
            p.at(
                &path.key("active_params_b"),
                format!("{active} is larger than params_b ({total})"),
            );
        }
    }
    p.optional_count(m, "context_tokens", path, MAX_CONTEXT_TOKENS);
    p.optional_strings(m, "modalities", path);
    p.optional_strings(m, "access", path);
    one_of(p, m, "openness", path, *OPENNESS, true);
    if let Some(v) = m.get("license").filter(|v| !v.is_null()) {
        check_license(p, v, &path.key("license"));
    }
    if let Some(v) = m.get("artifacts") {
        let here = path.key("artifacts");
        if let Some(a) = p.object(v, &here, "an object") {
            unknown_fields(p, a, *ARTIFACT_FIELDS, &here);
            for key in *ARTIFACT_FIELDS {
                one_of(p, a, key, &here, *AVAILABILITY, false);
            }
        }
    }
    if let Some(v) = m.get("pricing").filter(|v| !v.is_null()) {
        check_pricing(p, v, &path.key("pricing"));
    }
    if let Some(v) = m.get("ratings") {
        check_ratings(p, v, &path.key("ratings"), criteria);
    }
    if let Some(v) = m.get("sources") {
        check_sources(p, v, &path.key("sources"));
    }
    super::native_facts::check_lifecycle(p, m, path);
    super::native_facts::check_capability(p, m, path);
    super::native_facts::check_offers(p, m, path);
    id
}

fn check_license(p: &mut Problems, v: &Value, path: &Path<'_>) {
    let Some(l) = p.object(v, path, "an object or null") else {
        return;
    };
    unknown_fields(p, l, *LICENSE_FIELDS, path);
    p.required_str(l, "name", path);
    for key in ["spdx", "notes", "url"] {
        p.optional_str(l, key, path);
    }
    p.optional_bool(l, "osi_approved", path);
    one_of(p, l, "commercial_use", path, *COMMERCIAL_USE, true);
}

fn check_pricing(p: &mut Problems, v: &Value, path: &Path<'_>) {
    let Some(pr) = p.object(v, path, "an object or null") else {
        return;
    };
    unknown_fields(p, pr, *PRICING_FIELDS, path);
    for key in ["input_per_mtok", "output_per_mtok"] {
        p.optional_number(pr, key, path, MAX_PRICE_PER_MTOK);
    }
    if let Some(as_of) = p.optional_str(pr, "as_of", path) {
        date(p, as_of, &path.key("as_of"));
    }
    p.optional_str(pr, "source", path);
    p.optional_str(pr, "note", path);
}

fn check_ratings(p: &mut Problems, v: &Value, path: &Path<'_>, criteria: &HashSet<&str>) {
    let Some(ratings) = p.object(v, path, "an object keyed by criterion id") else {
        return;
    };
    for (key, rating) in ratings {
        let here = path.key(key);
        if !criteria.contains(key.as_str()) {
            let hint = closest(key, criteria.iter().copied())
                .map(|c| format!("; did you mean \"{c}\"?"))
                .unwrap_or_default();
            p.kind_at(
                ProblemKind::UnknownValue,
                &here,
                format!("unknown criterion{hint}"),
            );
        }
        let Some(r) = p.object(rating, &here, "an object (score, rationale, sources)") else {
            continue;
        };
        unknown_fields(p, r, *RATING_FIELDS, &here);
        check_score(p, r, &here);
        p.required_str(r, "rationale", &here);
        p.optional_strings(r, "sources", &here);
        p.optional_bool(r, "derived", &here);
    }
}

fn check_score(p: &mut Problems, r: &Map<String, Value>, path: &Path<'_>) {
    let here = path.key("score");
    let Some(v) = r.get("score") else {
        p.kind_at(
            ProblemKind::Missing,
            path,
            "missing required field \"score\"",
        );
        return;
    };
    let message = match v {
        Value::Number(n) => match (n.as_i64(), n.as_f64()) {
            (Some(s), _) if (1..=5).contains(&s) => return,
            (Some(s), _) if s > 5 => format!("{n} is above 5"),
            (Some(_), _) => format!("{n} is below 1"),
            (None, Some(x)) if x > 5.0 => format!("{n} is above 5"),
            (None, Some(x)) if x < 1.0 => format!("{n} is below 1"),
            _ => format!("{n} is not a whole number; scores are 1, 2, 3, 4 or 5"),
        },
        other => format!("expected a score from 1 to 5, found {}", describe(other)),
    };
    p.kind_at(ProblemKind::OutOfRange, &here, message);
}

fn check_sources(p: &mut Problems, v: &Value, path: &Path<'_>) {
    let Some(sources) = p.array(v, path) else {
        return;
    };
    for (i, s) in sources.iter().enumerate() {
        let here = path.index(i);
        let Some(obj) = p.object(s, &here, "an object with a title and a url") else {
            continue;
        };
        unknown_fields(p, obj, *SOURCE_FIELDS, &here);
        p.required_str(obj, "title", &here);
        p.required_str(obj, "url", &here);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn deep(levels: usize) -> String {
        "[".repeat(levels) + &"]".repeat(levels)
    }

    #[test]
    fn entry_by_entry_gives_way_where_only_the_whole_tree_can_say_what_is_wrong() {
        // Too deep to parse: the ordinary check reports the nesting with its line and column.
        let deep_entry = format!(r#"{{"schema_version": 1, "models": [{}]}}"#, deep(200));
        assert_eq!(check_text(&deep_entry, true, Vec::new), None);
        let deep_member = format!(
            r#"{{"schema_version": 1, "criteria": {}, "models": []}}"#,
            deep(200)
        );
        assert_eq!(check_text(&deep_member, true, Vec::new), None);
        // Not an object, or (when detecting) not a native document.
        assert_eq!(check_text("[1, 2]", true, Vec::new), None);
        assert_eq!(check_text(r#"{"data": []}"#, true, Vec::new), None);
        assert_eq!(
            check_text(r#"{"openai": {"models": {}}}"#, true, Vec::new),
            None
        );
        // Told it is native, it checks what is there.
        let problems = check_text(r#"{"data": []}"#, false, Vec::new).unwrap();
        assert!(problems.iter().any(|p| p.message.contains("\"models\"")));
    }

    #[test]
    fn entry_by_entry_finds_what_the_whole_tree_finds() {
        let text = r#"{"schema_version": 1, "dataset_version": "x", "updated": "2026-01-01",
            "extra": true,
            "models": [
                {"id": "a", "name": "A", "kind": "model", "openness": "closed"},
                {"id": "a", "name": "", "kind": "robot", "openness": "closed", "params_b": -2},
                7,
                {"id": "b", "name": "B", "kind": "model", "openness": "open",
                 "ratings": {"privacy.self_hosting": {"score": 9, "rationale": "r"}}}
            ]}"#;
        let criteria = || vec!["privacy.self_hosting".to_string()];
        let whole = check(&serde_json::from_str(text).unwrap(), criteria);
        assert!(whole.len() >= 6, "{whole:?}");
        assert_eq!(check_text(text, true, criteria), Some(whole));
    }
}
