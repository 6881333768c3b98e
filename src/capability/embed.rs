//! Writes Artificial Analysis figures into a dataset file's text for the generator
//! (`examples/embed_capability.rs`), leaving every other byte as it was: members keep their order
//! and their text, only `capability` members are replaced, added or removed. Running it again
//! on the same list changes nothing.

use super::aa::{AaList, MODEL_PAGE};
use super::join::{join, Join, SlugTable};
use crate::data::{Capability, Dataset};
use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use serde_json::value::RawValue;
use std::fmt;

/// An object's members in file order, each value as its original text.
struct Members(Vec<(String, Box<RawValue>)>);

impl<'de> Deserialize<'de> for Members {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Members;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Members, A::Error> {
                let mut members = Vec::new();
                while let Some(member) = map.next_entry()? {
                    members.push(member);
                }
                Ok(Members(members))
            }
        }
        d.deserialize_map(V)
    }
}

/// What the generator did and what a person should check.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Embedded {
    /// The file's new text.
    pub text: String,
    /// Entries that now carry figures.
    pub benchmarked: usize,
    /// Entries the table says Artificial Analysis does not list.
    pub not_listed: usize,
    /// Entries missing from the table, each with the slugs the matching rules would suggest.
    pub unchecked: Vec<(String, Vec<String>)>,
    /// Table slugs the list does not have (renamed or dropped by Artificial Analysis).
    pub missing_slugs: Vec<(String, String)>,
}

/// Writes each entry's figures from `list` (read on `as_of`) into `file_text`, joining through
/// `table` only. Figures from other sources (vendor-reported) are kept; figures from an older
/// Artificial Analysis list are replaced as a whole, so one entry never mixes snapshots.
pub fn embed(
    file_text: &str,
    list: &AaList,
    as_of: &str,
    table: &SlugTable,
) -> Result<Embedded, String> {
    let dataset = Dataset::from_json_str(file_text).map_err(|e| e.to_string())?;
    let joined = join(&dataset, list, table, Join::TableOnly);
    let suggested = join(
        &dataset,
        list,
        &SlugTable::default(),
        Join::TableThenMatching,
    );
    let mut report = Embedded::default();
    let top: Members = serde_json::from_str(file_text).map_err(|e| e.to_string())?;
    let mut out = String::from("{\n");
    for (k, (key, raw)) in top.0.iter().enumerate() {
        if k > 0 {
            out.push_str(",\n");
        }
        out.push(' ');
        out.push_str(&quoted(key));
        out.push_str(": ");
        if key != "models" {
            out.push_str(raw.get());
            continue;
        }
        let entries: Vec<Members> = serde_json::from_str(raw.get()).map_err(|e| e.to_string())?;
        out.push_str(if entries.is_empty() { "[" } else { "[\n" });
        for (i, (entry, model)) in entries.into_iter().zip(&dataset.models).enumerate() {
            let aa = joined.matches[i].and_then(|j| list.models[j].capability(as_of));
            match table.get(&model.id) {
                Some(Some(slug)) if joined.matches[i].is_none() => {
                    report
                        .missing_slugs
                        .push((model.id.clone(), slug.to_string()));
                }
                Some(None) => report.not_listed += 1,
                None => {
                    let hint = suggested.matches[i].map(|j| list.models[j].slug.clone());
                    report
                        .unchecked
                        .push((model.id.clone(), hint.into_iter().collect()));
                }
                _ => {}
            }
            let block = merged(model.capability.as_deref(), aa);
            report.benchmarked += usize::from(block.is_some());
            if i > 0 {
                out.push_str(",\n");
            }
            write_entry(&mut out, entry, block.as_ref())?;
        }
        out.push_str(if out.ends_with('[') { "]" } else { "\n ]" });
    }
    out.push_str("\n}\n");
    report.text = out;
    Ok(report)
}

/// The entry's figures from other sources plus the new Artificial Analysis ones.
fn merged(old: Option<&Capability>, aa: Option<Capability>) -> Option<Capability> {
    let mut block = aa.unwrap_or_default();
    if let Some(old) = old {
        for (id, f) in &old.figures {
            if !f.source.starts_with(MODEL_PAGE) {
                block.figures.entry(id.clone()).or_insert_with(|| f.clone());
            }
        }
        if block.note.is_none() && !block.figures.is_empty() {
            block.note.clone_from(&old.note);
        }
    }
    (!block.figures.is_empty()).then_some(block)
}

fn quoted(key: &str) -> String {
    serde_json::to_string(key).unwrap_or_else(|_| format!("\"{key}\""))
}

/// One entry at depth 2 (two spaces), its members at depth 3, `capability` last.
fn write_entry(out: &mut String, entry: Members, block: Option<&Capability>) -> Result<(), String> {
    out.push_str("  {");
    let mut first = true;
    let mut member = |out: &mut String, key: &str, text: &str| {
        out.push_str(if first { "\n" } else { ",\n" });
        first = false;
        out.push_str("   ");
        out.push_str(&quoted(key));
        out.push_str(": ");
        out.push_str(text);
    };
    for (key, raw) in &entry.0 {
        if key != "capability" {
            member(out, key, raw.get());
        }
    }
    if let Some(block) = block {
        member(out, "capability", &pretty_at_depth(block, 3)?);
    }
    out.push_str(if first { "}" } else { "\n  }" });
    Ok(())
}

/// `value` as the dataset file writes JSON (one space per level), for a member at `depth`.
fn pretty_at_depth(value: &impl serde::Serialize, depth: usize) -> Result<String, String> {
    let mut buf = Vec::new();
    let formatter = serde_json::ser::PrettyFormatter::with_indent(b" ");
    let mut ser = serde_json::Serializer::with_formatter(&mut buf, formatter);
    value.serialize(&mut ser).map_err(|e| e.to_string())?;
    let text = String::from_utf8(buf).map_err(|e| e.to_string())?;
    let pad = " ".repeat(depth);
    Ok(text.replace('\n', &format!("\n{pad}")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::capability::aa::parse;

    fn list() -> AaList {
        parse(include_str!("../../tests/fixtures/aa-models.cut.json")).unwrap()
    }

    fn without_capability(text: &str) -> String {
        let mut d: serde_json::Value = serde_json::from_str(text).unwrap();
        for m in d["models"].as_array_mut().unwrap() {
            m.as_object_mut().unwrap().remove("capability");
        }
        d.to_string()
    }

    #[test]
    fn only_capability_members_change_and_a_second_run_changes_nothing() {
        let original = crate::data::EMBEDDED_JSON;
        let table = SlugTable::embedded();
        let once = embed(original, &list(), "2026-04-02", &table).unwrap();
        assert_eq!(without_capability(&once.text), without_capability(original));
        let twice = embed(&once.text, &list(), "2026-04-02", &table).unwrap();
        assert_eq!(twice.text, once.text);
        let d = Dataset::from_json_str(&once.text).unwrap();
        let gpt = &d.models[d.position_of("gpt-5-1").unwrap()];
        assert_eq!(gpt.figure("intelligence_index"), Some(47.7));
        assert!(d.models[d.position_of("bert").unwrap()]
            .capability
            .is_none());
        assert!(once.not_listed > 10);
    }

    #[test]
    fn the_text_keeps_the_file_layout() {
        let text = r#"{
 "schema_version": 1,
 "dataset_version": "t",
 "updated": "2026-04-02",
 "models": [
  {
   "id": "gpt-5-1",
   "name": "GPT-5.1",
   "kind": "model",
   "openness": "closed"
  },
  {
   "id": "new-model",
   "name": "Llama 4 Maverick",
   "kind": "model",
   "openness": "closed",
   "capability": {"figures": {"swe_bench": {"value": 50, "unit": "percent", "source": "https://example.com", "as_of": "2026", "reported": "vendor"}}}
  }
 ]
}
"#;
        let out = embed(text, &list(), "2026-04-02", &SlugTable::embedded()).unwrap();
        assert!(
            out.text.starts_with("{\n \"schema_version\": 1,\n"),
            "{}",
            out.text
        );
        assert!(out.text.contains(
            "   \"capability\": {\n    \"figures\": {\n     \"coding_index\": {\n      \"value\": "
        ));
        // Not in the table: suggested, not joined; its vendor figure stays.
        assert_eq!(
            out.unchecked,
            [(
                "new-model".to_string(),
                vec!["llama-4-maverick".to_string()]
            )]
        );
        let d = Dataset::from_json_str(&out.text).unwrap();
        let new = d.models[1].capability.as_ref().unwrap();
        assert_eq!(new.figures.keys().collect::<Vec<_>>(), ["swe_bench"]);
        assert_eq!(out.benchmarked, 2);
    }
}
