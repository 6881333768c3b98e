//! One entry per model: the listings of an imported catalog that are the same model (by
//! [`matching::group`]) become one entry carrying every listing as an offer; with `--merge`, a
//! group that is a curated entry's model gives that entry its offers instead of a row of its own.
//!
//! Both steps bucket by key (hash maps), never compare all pairs, so they stay near-linear in the
//! number of listings.

use super::model::{Kind, Model, Offer};
use crate::matching;
use std::collections::{HashMap, HashSet};

/// Groups imported listings (each carrying its one offer) into one entry per model, in the order
/// of each model's first listing. See [`combine`] for what the entry holds.
pub fn group_listings(listings: Vec<Model>) -> Vec<Model> {
    let n = listings.len();
    group_listings_with(listings, vec![(); n])
        .into_iter()
        .map(|(mut m, ())| {
            note_offers(&mut m);
            m
        })
        .collect()
}

/// Like [`group_listings`], with something carried by each listing (`extra[i]` is
/// `listings[i]`'s): each entry comes with the one of the listing whose facts and ratings it
/// keeps (the cheapest, see [`combine`]). The caller finishes each entry's summary with
/// [`note_offers`], once the kept listing's own is written.
pub fn group_listings_with<T>(listings: Vec<Model>, extra: Vec<T>) -> Vec<(Model, T)> {
    let groups = matching::group(listings.iter().map(|m| (m.id.as_str(), m.name.as_str())));
    // Listing ids are unique; a group's id must not be another listing's id either. A group's id
    // never has a `/`, so only listing ids without one can collide.
    let mut taken: HashSet<String> = listings
        .iter()
        .filter(|m| !m.id.contains('/'))
        .map(|m| m.id.clone())
        .collect();
    // Two lists, not one of pairs: each reuses its own allocation, where pairs would need a
    // third as large as both while the listings are still there.
    let mut slots: Vec<Option<Model>> = listings.into_iter().map(Some).collect();
    let mut extra: Vec<Option<T>> = extra.into_iter().map(Some).collect();
    let mut out = Vec::with_capacity(groups.len());
    for g in groups {
        let members: Vec<usize> = g.into_iter().filter(|&i| slots[i].is_some()).collect();
        let entry = combine(&mut slots, &members, &mut taken);
        // What the listings not kept carried goes with them.
        let mut carried = None;
        for &i in &members {
            let e = extra[i].take();
            if entry.as_ref().is_some_and(|(_, kept)| *kept == i) {
                carried = e;
            }
        }
        if let (Some((entry, _)), Some(carried)) = (entry, carried) {
            out.push((entry, carried));
        }
    }
    out
}

/// One entry from the listings of one model (`members`, places in `slots`, each holding one;
/// all are emptied). Its facts and ratings are those of the cheapest listing (the first when
/// none has both prices), so the entry's price is the cheapest offer's; the context window is
/// the largest any provider serves; the release date the earliest; the name the one most
/// listings use, the others becoming aliases. The developer is kept only when every listing
/// names the same one: models.dev names providers, not developers. The id is the shortest
/// provider model id without its path and without a variant (`claude-opus-4-6`, not
/// `claude-opus-4-6@default`; `llama-3.3-70b-instruct` for `meta/llama-3.3-70b-instruct`),
/// unless another model already has it; then the first listing's id.
/// Also returns the place of the listing the entry was made from. The listings are read where
/// they are: moving each into a list of the group's first was a third of grouping.
fn combine(
    slots: &mut [Option<Model>],
    members: &[usize],
    taken: &mut HashSet<String>,
) -> Option<(Model, usize)> {
    let listings = || members.iter().filter_map(|&i| slots[i].as_ref());
    let first = listings().next()?;
    let first_listing = first.id.clone();
    let bare = listings()
        .flat_map(|m| m.offers.iter())
        .map(|o| o.model_id.rsplit('/').next().unwrap_or(&o.model_id))
        .filter(|id| !id.is_empty() && !id.contains([':', '@']))
        .min_by_key(|id| id.len())
        .map_or_else(|| first_listing.clone(), str::to_string);
    let cheapest = members
        .iter()
        .filter_map(|&i| Some((i, slots[i].as_ref()?.cheapest_offer()?.blended()?)))
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map_or(members[0], |(i, _)| i);
    let name = most_common_name(listings().map(|m| m.name.as_str()));
    let developer = listings()
        .all(|m| m.developer == first.developer)
        .then(|| first.developer.clone())
        .flatten();
    let released = listings().filter_map(|m| m.released.as_deref()).min();
    let released = released.map(str::to_string);
    let context = listings().filter_map(|m| m.context_tokens).max();
    let family = listings().find_map(|m| m.family.clone());
    let mut aliases: Vec<String> = Vec::new();
    let mut modalities: Vec<String> = Vec::new();
    let mut offers: Vec<Offer> = Vec::with_capacity(members.len());
    for &i in members {
        let Some(m) = slots[i].as_mut() else {
            continue;
        };
        if m.name != name && !aliases.contains(&m.name) {
            aliases.push(m.name.clone());
        }
        for a in m.aliases.drain(..) {
            if a != name && !aliases.contains(&a) {
                aliases.push(a);
            }
        }
        for k in m.modalities.drain(..) {
            if !modalities.contains(&k) {
                modalities.push(k);
            }
        }
        offers.extend(Vec::from(std::mem::take(&mut m.offers)));
    }
    let mut entry = slots[cheapest].take()?;
    for &i in members {
        slots[i] = None;
    }
    entry.offers = offers.into();
    entry.id = if bare == first_listing || taken.insert(bare.clone()) {
        bare
    } else {
        first_listing
    };
    entry.name = name;
    entry.developer = developer;
    entry.released = released;
    entry.context_tokens = context;
    entry.family = family;
    entry.aliases = aliases;
    entry.modalities = modalities;
    Some((entry, cheapest))
}

/// Begins the summary of an entry made of several listings with how many providers offer it
/// and the cheapest: done once the kept listing's own summary is written.
pub fn note_offers(entry: &mut Model) {
    if entry.offers.len() < 2 {
        return;
    }
    let providers = entry.offers.providers();
    let cheapest_provider = entry
        .cheapest_offer()
        .map(|o| format!(" (cheapest: {})", o.provider))
        .unwrap_or_default();
    let listed = entry.summary.take().unwrap_or_default();
    entry.summary = Some(
        format!("Offered by {providers} providers{cheapest_provider}. {listed}")
            .trim_end()
            .to_string(),
    );
}

/// The name most listings give; the earliest among equals.
fn most_common_name<'a>(names: impl Iterator<Item = &'a str>) -> String {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for name in names {
        match counts.iter_mut().find(|(n, _)| *n == name) {
            Some((_, c)) => *c += 1,
            None => counts.push((name, 1)),
        }
    }
    // `max_by_key` keeps the last of equal maxima; reversing keeps the earliest.
    counts
        .iter()
        .rev()
        .max_by_key(|(_, c)| *c)
        .map_or_else(String::new, |(n, _)| (*n).to_string())
}

/// Gives each curated model entry the offers of the file's groups that are its model, by
/// [`matching`]'s rules: the group's key (name and id) equals the entry's, or one of the group's
/// provider ids is the entry's id in another spelling. Returns the groups that matched no entry,
/// each renamed to its first listing's id if its own id is a curated entry's (a catalog adds
/// models or offers; it does not replace a curated entry through a shortened id). Also returns
/// how many groups were attached.
pub fn attach(curated: &mut [Model], groups: Vec<Model>) -> (Vec<Model>, usize) {
    let mut by_key: HashMap<String, usize> = HashMap::new();
    let mut by_stem: HashMap<String, Vec<usize>> = HashMap::new();
    let mut ids: HashSet<String> = HashSet::new();
    for (i, c) in curated.iter().enumerate() {
        ids.insert(c.id.clone());
        if c.kind != Kind::Model {
            continue;
        }
        by_key
            .entry(matching::model_key(&c.id, &c.name))
            .or_insert(i);
        by_stem.entry(matching::id_stem(&c.id)).or_default().push(i);
    }
    let mut rest = Vec::new();
    let mut attached = 0;
    for mut g in groups {
        let target = by_key
            .get(&matching::model_key(&g.id, &g.name))
            .copied()
            .or_else(|| {
                g.offers.iter().find_map(|o| {
                    by_stem
                        .get(&matching::id_stem(&o.model_id))?
                        .iter()
                        .copied()
                        .find(|&i| {
                            let c = &curated[i];
                            matching::same_model((&c.id, &c.name), (&o.model_id, &g.name))
                        })
                })
            });
        match target {
            Some(i) => {
                curated[i]
                    .offers
                    .extend(Vec::from(std::mem::take(&mut g.offers)));
                attached += 1;
            }
            None => {
                if ids.contains(&g.id) {
                    if let Some(listing) = g.offers.iter().next().map(|o| o.listing.clone()) {
                        g.id = listing;
                    }
                }
                rest.push(g);
            }
        }
    }
    (rest, attached)
}

#[cfg(test)]
mod tests;
