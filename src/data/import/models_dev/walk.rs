//! How a models.dev catalog becomes entries: each provider is mapped on its own as soon as it is
//! read ([`map_provider`]), and the mapped providers are then merged in key order ([`Walk`]),
//! which is where an id already taken by an earlier provider's listing is found.
//!
//! Reading the text and mapping the listings each took about half of a large import; read from
//! text, the reading runs on a second thread and hands over one provider at a time
//! ([`read_and_map`]), so that the two overlap. The result is the same as mapping the parsed
//! document in one pass: problems in the same order, the same entries. Entries are mapped into
//! one list in the order read and put in key order in place ([`keep_in_order`]): a second list
//! of them, even for a moment, would be a third more memory at 100,000 listings.

use super::{map_model, object, Provider, RawProvider};
use crate::data::check::Problems;
use crate::data::import::lenient::{each_member, key_order, Section};
use crate::data::import::{Facts, Imported, SeenIds};
use crate::data::model::Model;
use crate::data::problem::{Kind, Path};
use crate::data::sanitize::sanitize_model;
use serde_json::Value;
use std::borrow::Cow;
use std::sync::{mpsc, Arc};

/// Providers read but not yet mapped: enough to keep the mapping thread busy, few enough that
/// the reader does not run far ahead of it with listings held in memory.
const IN_FLIGHT: usize = 8;

/// What detection needs to know of a top-level member.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(super) enum Shape {
    /// An object with a `models` object: a provider.
    Provider,
    Array,
    #[default]
    Other,
}

/// A catalog read and mapped, each top-level member on its own.
#[derive(Default)]
pub(super) struct Read<'de> {
    /// Every member with its key, in document order.
    members: Vec<(Cow<'de, str>, Mapped<'de>)>,
    /// Every listing mapped, in the order read, and its facts (`facts[i]` are `models[i]`'s).
    models: Vec<Model>,
    facts: Vec<Facts>,
}

impl<'de> Read<'de> {
    /// Maps one more top-level member.
    pub fn add(&mut self, key: Cow<'de, str>, provider: Section<RawProvider<'de>>) {
        let mapped = map_provider(&key, provider, &mut self.models, &mut self.facts);
        self.members.push((key, mapped));
    }
}

/// One top-level member mapped on its own.
#[derive(Default)]
pub(super) struct Mapped<'de> {
    shape: Shape,
    /// In the order the import reports them: the provider's own problems, then each listing.
    steps: Vec<Step<'de>>,
}

enum Step<'de> {
    /// Problems with the provider, or with a listing that could not be read at all.
    Problems(Problems),
    /// A listing, mapped and cleaned (its place among the models read), with the problems its
    /// values had; whether its id is free is for the merge to say.
    Listing {
        index: usize,
        /// Its key in the provider's list, as the catalog spells it: where it is.
        model_key: Cow<'de, str>,
        /// Whether cleaning changed its id (a look-alike): the id as the catalog spells it is
        /// then the provider's key and `model_key`, as mapping made it.
        id_cleaned: bool,
        /// Boxed, and only when there are some: most listings have none.
        problems: Option<Box<Problems>>,
    },
}

/// Reads `text` as an object of providers on a second thread, mapping each on this one as it
/// arrives; `None` when the text is not one JSON object (the caller takes the tree path, which
/// says what is wrong). Providers come in document order, each with its key.
pub(super) fn read_and_map(text: &str) -> Option<Read<'_>> {
    let mut read = Read::default();
    // Room for more listings than the text can hold (a listing takes several hundred bytes of
    // it), so the list is never copied to grow; pages never written to cost no memory.
    let room = text.len() / 200;
    if read.models.try_reserve(room).is_ok() {
        let _ = read.facts.try_reserve(room);
    }
    std::thread::scope(|scope| {
        let (tx, rx) = mpsc::sync_channel(IN_FLIGHT);
        let reader = std::thread::Builder::new()
            .name("catalog reader".into())
            .spawn_scoped(scope, move || {
                each_member(text, |key, provider| tx.send((key, provider)).is_ok())
            });
        let Ok(reader) = reader else {
            // No second thread to be had: read and map on this one.
            let whole = each_member(text, |key, provider| {
                read.add(key, provider);
                true
            });
            return whole.then_some(read);
        };
        for (key, provider) in rx {
            read.add(key, provider);
        }
        reader.join().unwrap_or(false).then_some(read)
    })
}

/// The rules of [`detect`](crate::data::document::detect) on mapped members: not an OpenRouter
/// list, not a native dataset, and some member is a provider. Of a repeated key, the last
/// counts, as in a parsed tree.
pub(super) fn is_catalog(read: &Read<'_>) -> bool {
    let mapped = &read.members;
    let members: Vec<(&str, Shape)> = key_order(mapped)
        .into_iter()
        .map(|i| (mapped[i].0.as_ref(), mapped[i].1.shape))
        .collect();
    let shape = |key: &str| members.iter().find(|(k, _)| *k == key).map(|(_, s)| *s);
    let foreign = shape("data") == Some(Shape::Array)
        || shape("schema_version").is_some()
        || shape("models") == Some(Shape::Array);
    !foreign && members.iter().any(|(_, s)| *s == Shape::Provider)
}

/// One provider of the catalog (its key and value), mapped without regard to the others; its
/// listings are added to `models` and `facts`, cleaned as loading cleans every entry (here, so
/// that the cleaning too is done while the next provider is read).
fn map_provider<'de>(
    key: &str,
    provider: Section<RawProvider<'de>>,
    models: &mut Vec<Model>,
    facts: &mut Vec<Facts>,
) -> Mapped<'de> {
    let mut out = Mapped {
        shape: match &provider {
            Section::Object(p) if matches!(p.models, Some(Section::Object(_))) => Shape::Provider,
            Section::Other(Value::Array(_)) => Shape::Array,
            _ => Shape::Other,
        },
        ..Mapped::default()
    };
    let mut p = Problems::default();
    let here = Path::ROOT.key(key);
    let Some(prov) = object(&mut p, provider, &here, "an object (a provider)") else {
        p.retag_last(Kind::Unreadable);
        out.steps.push(Step::Problems(p));
        return out;
    };
    // The key, not the provider's "id" member, qualifies model ids: keys are unique, so the
    // ids made from them are too. In the real catalog the two are the same.
    p.found_str(prov.id.as_ref(), &here.key("id"));
    let name = p
        .found_str(prov.name.as_ref(), &here.key("name"))
        .filter(|s| !s.trim().is_empty());
    let name = name.unwrap_or(key);
    let doc_url = p
        .found_str(prov.doc.as_ref(), &here.key("doc"))
        .filter(|u| u.starts_with("https://") || u.starts_with("http://"));
    let Some(list) = prov.models else {
        p.kind_at(Kind::Unreadable, &here, "missing required field \"models\"");
        out.steps.push(Step::Problems(p));
        return out;
    };
    let provider = Provider {
        name,
        doc_url,
        shared_name: Arc::from(name),
        shared_doc_url: doc_url.map(Arc::from),
    };
    let list_path = here.key("models");
    let list = object(&mut p, list, &list_path, "an object of models keyed by id");
    if list.is_none() {
        p.retag_last(Kind::Unreadable);
    }
    out.steps.push(Step::Problems(p));
    let Some(list) = list else {
        return out;
    };
    out.steps.reserve(list.len());
    for (model_key, model) in list.into_sorted() {
        let at = list_path.key(&model_key);
        let mut p = Problems::default();
        let Some(m) = object(&mut p, model, &at, "an object (a model)") else {
            p.retag_last(Kind::Unreadable);
            out.steps.push(Step::Problems(p));
            continue;
        };
        let mut id = String::with_capacity(key.len() + 1 + model_key.len());
        id.push_str(key);
        id.push('/');
        id.push_str(&model_key);
        let (mut model, fact) = map_model(&mut p, &m, &at, &model_key, id, &provider);
        let id_cleaned = sanitize_model(&mut model);
        out.steps.push(Step::Listing {
            index: models.len(),
            model_key,
            id_cleaned,
            problems: (!p.is_empty()).then(|| Box::new(p)),
        });
        models.push(model);
        facts.push(fact);
    }
    out
}

/// The merge of mapped providers: problems, entries and the ids seen so far.
#[derive(Default)]
pub(super) struct Walk {
    p: Problems,
    models: Vec<Model>,
    /// Each entry's facts, for ratings derived at the end.
    facts: Vec<Facts>,
    seen: SeenIds,
    /// Leave the ratings to be derived by the caller (see [`Imported::facts`]).
    defer_ratings: bool,
    /// The entries whose id cleaning changed.
    altered: Vec<usize>,
}

impl Walk {
    /// A merge that leaves the derived ratings to the caller (see [`Imported::facts`]).
    pub fn deferring_ratings() -> Self {
        Walk {
            defer_ratings: true,
            ..Walk::default()
        }
    }

    /// Every mapped provider in key order (of a repeated key, the last), each listing kept unless
    /// an earlier one has its id.
    pub fn merge(mut self, read: Read<'_>) -> Imported {
        let Read {
            members,
            mut models,
            mut facts,
        } = read;
        let order = key_order(&members);
        let (keys, mut members): (Vec<Cow<'_, str>>, Vec<Option<Mapped<'_>>>) = members
            .into_iter()
            .map(|(key, mapped)| (key, Some(mapped)))
            .unzip();
        // Each entry kept: where it was read, and which member and key in its list it has.
        let mut kept: Vec<(usize, usize, Cow<'_, str>)> = Vec::with_capacity(models.len());
        let mut altered = Vec::new();
        for member in order {
            let Some(provider) = members[member].take() else {
                continue;
            };
            let root = Path::ROOT;
            let here = root.key(&keys[member]);
            let list_path = here.key("models");
            for step in provider.steps {
                let (index, model_key, id_cleaned, problems) = match step {
                    Step::Problems(p) => {
                        self.p.absorb(p);
                        continue;
                    }
                    Step::Listing {
                        index,
                        model_key,
                        id_cleaned,
                        problems,
                    } => (index, model_key, id_cleaned, problems),
                };
                // The first entry of an id, where it is in the catalog.
                let render = |first: usize| {
                    let (_, member, model_key) = &kept[first];
                    let root = Path::ROOT;
                    let provider = root.key(&keys[*member]);
                    let list = provider.key("models");
                    list.key(model_key).render()
                };
                // Duplicates are found on the ids as the catalog spells them, as before cleaning.
                let raw_id;
                let id = if id_cleaned {
                    raw_id = format!("{}/{model_key}", keys[member]);
                    &raw_id
                } else {
                    &models[index].id
                };
                let at = list_path.key(&model_key);
                if self.seen.insert(&mut self.p, id, kept.len(), &at, render) {
                    if let Some(p) = problems {
                        self.p.absorb(*p);
                    }
                    if id_cleaned {
                        altered.push(kept.len());
                    }
                    kept.push((index, member, model_key));
                }
            }
        }
        let kept: Vec<usize> = kept.into_iter().map(|(index, _, _)| index).collect();
        keep_in_order(&mut models, &mut facts, &kept);
        self.models = models;
        self.facts = facts;
        self.altered = altered;
        self.finish()
    }

    fn finish(mut self) -> Imported {
        if !self.defer_ratings {
            // What is written now is cleaned as the entries were.
            crate::data::import::complete_listings(&mut self.models, &self.facts);
            self.facts = Vec::new();
        }
        Imported {
            facts: self.facts,
            cleaned: Some(self.altered),
            ..Imported::new(self.models, self.p)
        }
    }
}

/// Leaves in `a` and `b` only the items at the places `kept` lists (each once), in that order,
/// moving each at most once, without a second list. Both have the same length.
fn keep_in_order<A, B>(a: &mut Vec<A>, b: &mut Vec<B>, kept: &[usize]) {
    let in_place = kept.iter().enumerate().all(|(p, &i)| p == i);
    if !in_place {
        // `place[x]` is where the item first at x is now; `at[p]` which item is at p now.
        let mut place: Vec<usize> = (0..a.len()).collect();
        let mut at = place.clone();
        for (p, &x) in kept.iter().enumerate() {
            let q = place[x];
            if q != p {
                a.swap(p, q);
                b.swap(p, q);
                let y = at[p];
                at[p] = x;
                at[q] = y;
                place[x] = p;
                place[y] = q;
            }
        }
    }
    a.truncate(kept.len());
    b.truncate(kept.len());
}

#[cfg(test)]
mod tests {
    use super::keep_in_order;

    #[test]
    fn keep_in_order_moves_the_kept_items_into_place_and_drops_the_rest() {
        for kept in [
            vec![],
            vec![0, 1, 2, 3, 4],
            vec![0, 1, 3],
            vec![4, 3, 2, 1, 0],
            vec![2, 0, 4],
            vec![1, 4, 0, 3, 2],
            vec![3],
        ] {
            let mut a: Vec<String> = (0..5).map(|i| format!("item {i}")).collect();
            let mut b: Vec<usize> = (0..5).collect();
            keep_in_order(&mut a, &mut b, &kept);
            let want: Vec<String> = kept.iter().map(|i| format!("item {i}")).collect();
            assert_eq!(a, want, "{kept:?}");
            assert_eq!(b, kept, "{kept:?}");
        }
    }
}
