//! The criteria in Chinese: `assets/criteria.zh.json` holds, for each criterion id, the name,
//! description and rubric lines, each as the English it translates and the Chinese.
//!
//! A translation is used only while its English still matches the dataset's text, so an edited
//! rubric shows in English until it is translated again, never with a stale meaning; a test
//! names every such text.

use super::Lang;
use crate::data::{Criterion, Pillar};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::sync::LazyLock;

const EMBEDDED: &str = include_str!("../../assets/criteria.zh.json");

/// One text in both languages.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Both {
    en: String,
    zh: String,
}

/// The translated texts of one criterion.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Texts {
    name: Both,
    description: Both,
    rubric: BTreeMap<String, Both>,
}

#[derive(Debug, Deserialize)]
struct File {
    criteria: BTreeMap<String, Texts>,
}

static TRANSLATIONS: LazyLock<BTreeMap<String, Texts>> = LazyLock::new(|| {
    serde_json::from_str::<File>(EMBEDDED)
        .map(|f| f.criteria)
        .unwrap_or_default()
});

/// `text` in `lang`, when a translation of exactly this English exists.
fn swap(text: &mut String, both: Option<&Both>) {
    if let Some(both) = both.filter(|b| b.en == *text) {
        text.clone_from(&both.zh);
    }
}

fn localize_one(
    id: &str,
    name: &mut String,
    description: &mut String,
    rubric: &mut BTreeMap<String, String>,
) {
    let Some(t) = TRANSLATIONS.get(id) else {
        return;
    };
    swap(name, Some(&t.name));
    swap(description, Some(&t.description));
    for (level, text) in rubric.iter_mut() {
        swap(text, t.rubric.get(level));
    }
}

/// Puts the criteria's names, descriptions and rubrics into `lang` where a current translation
/// exists; ids, and anything untranslated, stay as they are.
pub fn localize(pillars: &mut [Pillar], lang: Lang) {
    if lang == Lang::En {
        return;
    }
    for p in pillars {
        localize_one(&p.id, &mut p.name, &mut p.description, &mut p.rubric);
        for Criterion {
            id,
            name,
            description,
            rubric,
        } in &mut p.sub_criteria
        {
            localize_one(id, name, description, rubric);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::Dataset;

    fn embedded() -> Vec<Pillar> {
        Dataset::embedded().expect("embedded dataset").criteria
    }

    /// Every (id, what) of the embedded criteria, with its English text.
    fn texts(pillars: &[Pillar]) -> Vec<(String, String)> {
        let mut out = Vec::new();
        let mut add = |id: &str, name: &str, desc: &str, rubric: &BTreeMap<String, String>| {
            out.push((format!("{id} name"), name.to_string()));
            out.push((format!("{id} description"), desc.to_string()));
            for (level, text) in rubric {
                out.push((format!("{id} rubric {level}"), text.clone()));
            }
        };
        for p in pillars {
            add(&p.id, &p.name, &p.description, &p.rubric);
            for c in &p.sub_criteria {
                add(&c.id, &c.name, &c.description, &c.rubric);
            }
        }
        out
    }

    #[test]
    fn the_file_reads_and_every_text_has_both_languages() {
        let file: File = serde_json::from_str(EMBEDDED).expect("criteria.zh.json reads");
        assert!(!file.criteria.is_empty());
        for (id, t) in &file.criteria {
            let all = [&t.name, &t.description]
                .into_iter()
                .chain(t.rubric.values());
            for both in all {
                assert!(
                    !both.en.trim().is_empty() && !both.zh.trim().is_empty(),
                    "{id}"
                );
                assert!(
                    both.zh.chars().any(|c| c > '\u{2e80}'),
                    "{id}: not Chinese: {}",
                    both.zh
                );
            }
        }
    }

    #[test]
    fn every_criterion_text_of_the_dataset_is_translated_from_its_current_english() {
        let english = texts(&embedded());
        let mut chinese = embedded();
        localize(&mut chinese, Lang::Zh);
        let chinese = texts(&chinese);
        let untranslated: Vec<String> = english
            .iter()
            .zip(&chinese)
            .filter(|((_, en), (_, zh))| en == zh)
            .map(|((what, en), _)| format!("{what}: {en:?}"))
            .collect();
        assert!(
            untranslated.is_empty(),
            "texts of assets/models.json without a current translation in \
             assets/criteria.zh.json (update its \"en\" and \"zh\"):\n{}",
            untranslated.join("\n")
        );
        let ids: Vec<&String> = TRANSLATIONS.keys().collect();
        let mut dataset_ids: Vec<String> = embedded()
            .iter()
            .flat_map(|p| {
                std::iter::once(p.id.clone()).chain(p.sub_criteria.iter().map(|c| c.id.clone()))
            })
            .collect();
        dataset_ids.sort();
        assert_eq!(
            ids,
            dataset_ids.iter().collect::<Vec<_>>(),
            "no translation of a removed criterion"
        );
    }

    #[test]
    fn english_is_left_alone_and_a_changed_text_stays_english() {
        let mut en = embedded();
        localize(&mut en, Lang::En);
        assert_eq!(texts(&en), texts(&embedded()));
        let mut edited = embedded();
        edited[0].sub_criteria[0]
            .rubric
            .insert("1".into(), "Our own wording.".into());
        localize(&mut edited, Lang::Zh);
        assert_eq!(edited[0].sub_criteria[0].rubric["1"], "Our own wording.");
        assert_ne!(edited[0].name, embedded()[0].name);
    }
}
