//! Tolerant reading of a native file with problems: each bad value is removed (the field becomes
//! unknown) and its entry kept; an entry that cannot be read, or whose id repeats an earlier one,
//! is skipped. Problems with the file as a whole (its criteria, its version) still refuse it.

use super::native::{check, check_entry, criterion_ids, duplicate_message};
use super::problem::{Kind, Problem};
use super::report::LoadReport;
use super::sanitize::clean_id;
use super::validate::embedded_criterion_ids;
use super::Dataset;
use serde_json::Value;
use std::collections::{HashMap, HashSet};

/// How often an entry is re-checked after its bad values are removed: removing a value can make
/// its container incomplete (a rating without its score), which the next round removes.
const ROUNDS: usize = 4;

/// A repaired native dataset, what it cost, and the entries whose id cleaning changed.
pub type Repaired = (Dataset, LoadReport, Vec<usize>);

/// Reads a native document, dropping what is wrong inside entries; `Err` lists the problems of the
/// document itself, which refuse the file.
pub fn native(mut doc: Value) -> Result<Repaired, Vec<Problem>> {
    let entries = match doc.get_mut("models").map(Value::take) {
        Some(Value::Array(entries)) => entries,
        other => {
            if let Some(v) = other {
                doc["models"] = v;
            }
            return Err(check(&doc, embedded_criterion_ids));
        }
    };
    doc["models"] = Value::Array(Vec::new());
    let top = check(&doc, embedded_criterion_ids);
    if !top.is_empty() {
        return Err(top);
    }
    let ids = criterion_ids(&doc, embedded_criterion_ids);
    let criteria: HashSet<&str> = ids.iter().map(String::as_str).collect();
    let mut report = LoadReport {
        noun: "entries",
        ..LoadReport::default()
    };
    let mut kept = Vec::with_capacity(entries.len());
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (i, entry) in entries.into_iter().enumerate() {
        let (entry, problems) = match repair_entry(entry, i, &criteria) {
            Ok(repaired) => repaired,
            Err(skipped) => {
                report.push(skipped);
                continue;
            }
        };
        let id = entry["id"].as_str().unwrap_or_default();
        let key = clean_id(id);
        if let Some(first) = seen.get(key.as_ref()) {
            let message = duplicate_message(&entry["id"], key != id, &format!("/models/{first}"));
            report.push(Problem {
                path: format!("/models/{i}/id"),
                kind: Kind::DuplicateId,
                ..Problem::file(message)
            });
            continue;
        }
        seen.insert(key.into_owned(), i);
        for p in problems {
            report.push(p);
        }
        kept.push(entry);
    }
    doc["models"] = Value::Array(kept);
    let (dataset, altered) = super::load::checked_native(doc)?;
    report.entries = dataset.models.len();
    Ok((dataset, report, altered))
}

/// The entry with its bad values removed and the problems that cost them; `Err` with the reason
/// when the entry cannot be kept.
fn repair_entry(
    mut entry: Value,
    index: usize,
    criteria: &HashSet<&str>,
) -> Result<(Value, Vec<Problem>), Problem> {
    let root = format!("/models/{index}");
    let mut first: Option<Vec<Problem>> = None;
    for _ in 0..ROUNDS {
        let problems = check_entry(&entry, index, criteria);
        if problems.is_empty() {
            return Ok((entry, first.unwrap_or_default()));
        }
        let identity = |p: &Problem| {
            p.path == root || p.path == format!("{root}/id") || p.path == format!("{root}/name")
        };
        if let Some(p) = problems.iter().find(|p| identity(p)) {
            return Err(Problem {
                kind: Kind::Unreadable,
                ..p.clone()
            });
        }
        // Later paths first, so removing an array element does not shift the ones still to go.
        for p in problems.iter().rev() {
            if let Some(pointer) = p.path.strip_prefix(&root) {
                remove(&mut entry, pointer);
            }
        }
        first.get_or_insert(problems);
    }
    Err(Problem {
        path: root,
        kind: Kind::Unreadable,
        ..Problem::file("the entry could not be repaired, so it is skipped")
    })
}

/// Removes the value at a JSON pointer inside `v`; a path that no longer leads anywhere is left.
fn remove(v: &mut Value, pointer: &str) {
    let Some((parent, last)) = pointer.rsplit_once('/') else {
        return;
    };
    let unescape = |s: &str| s.replace("~1", "/").replace("~0", "~");
    let Some(container) = v.pointer_mut(parent) else {
        return;
    };
    match container {
        Value::Object(map) => {
            map.remove(&unescape(last));
        }
        Value::Array(items) => {
            if let Ok(i) = last.parse::<usize>() {
                if i < items.len() {
                    items.remove(i);
                }
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn doc(models: Value) -> Value {
        json!({"schema_version": 1, "dataset_version": "t", "updated": "2026-01-01", "models": models})
    }

    fn entry(id: &str) -> Value {
        json!({"id": id, "name": id, "kind": "model", "openness": "closed"})
    }

    #[test]
    fn bad_values_are_dropped_and_counted_by_kind() {
        let mut bad = entry("a");
        bad["released"] = json!("2025-02-31");
        bad["context_tokens"] = json!(-5);
        bad["params_b"] = json!("seven");
        bad["ratings"] = json!({"privacy.self_hosting": {"score": 9, "rationale": "x"}});
        let (d, report, _) = native(doc(json!([bad, entry("b")]))).unwrap();
        assert_eq!(d.models.len(), 2);
        let a = &d.models[0];
        assert_eq!(
            (a.released.as_deref(), a.context_tokens, a.params_b),
            (None, None, None)
        );
        assert!(a.ratings.is_empty(), "a rating without a valid score goes");
        assert_eq!(report.counts[&Kind::InvalidDate], 1);
        assert_eq!(report.counts[&Kind::OutOfRange], 2);
        assert_eq!(report.counts[&Kind::WrongType], 1);
    }

    #[test]
    fn entries_without_identity_and_look_alike_ids_are_skipped() {
        let models =
            json!([entry("same"), entry("same\u{200b}"), entry("same\u{0}"), {"name": "x"}, 7]);
        let (d, report, _) = native(doc(models)).unwrap();
        let ids: Vec<&str> = d.models.iter().map(|m| m.id.as_str()).collect();
        assert_eq!(ids, ["same"]);
        assert_eq!(report.counts[&Kind::DuplicateId], 2);
        assert_eq!(report.counts[&Kind::Unreadable], 2);
        assert!(report.problems[0].message.contains("invisible"));
    }

    #[test]
    fn problems_of_the_file_itself_refuse_it() {
        let mut d = doc(json!([entry("a")]));
        d["schema_version"] = json!(9);
        assert!(native(d).is_err());
        assert!(native(json!({"schema_version": 1, "models": 3})).is_err());
    }
}
