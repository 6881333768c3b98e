//! Grouping on the real models.dev subset (18 providers, 867 listings) and attaching to curated
//! entries.

use super::*;
use crate::data::import::models_dev;
use crate::data::Dataset;

const SUBSET: &str = include_str!("../../../tests/fixtures/models-dev-api.subset.json");

fn listings() -> Vec<Model> {
    let doc: serde_json::Value = serde_json::from_str(SUBSET).unwrap();
    models_dev::import(&doc).unwrap().models
}

fn named<'a>(models: &'a [Model], name: &str) -> Vec<&'a Model> {
    models.iter().filter(|m| m.name == name).collect()
}

#[test]
fn each_listing_becomes_exactly_one_offer() {
    let flat = listings();
    assert_eq!(flat.len(), 867);
    assert!(flat.iter().all(|m| m.offers.len() == 1));
    let grouped = group_listings(flat.clone());
    // 867 listings are 495 models (measured when grouping landed); far fewer rows than listings.
    assert!(grouped.len() < 600, "{} entries", grouped.len());
    let offers: usize = grouped.iter().map(|m| m.offers.len()).sum();
    assert_eq!(offers, 867, "no listing lost or counted twice");
    let mut listed: Vec<&str> = grouped
        .iter()
        .flat_map(|m| m.offers.iter().map(|o| o.listing.as_str()))
        .collect();
    listed.sort_unstable();
    let mut ids: Vec<&str> = flat.iter().map(|m| m.id.as_str()).collect();
    ids.sort_unstable();
    assert_eq!(listed, ids);
    let unique: HashSet<&str> = grouped.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(unique.len(), grouped.len(), "group ids are unique");
}

#[test]
fn one_sonnet_release_is_one_entry_with_its_providers_cheapest_first() {
    let grouped = group_listings(listings());
    let sonnet = named(&grouped, "Claude Sonnet 4.5");
    assert_eq!(sonnet.len(), 1, "one entry for Claude Sonnet 4.5");
    let s = sonnet[0];
    assert_eq!(s.id, "claude-sonnet-4-5");
    let providers: HashSet<&str> = s.offers.iter().map(|o| o.provider.as_str()).collect();
    for p in ["Anthropic", "Amazon Bedrock", "Vertex"] {
        assert!(providers.contains(p), "{p} in {providers:?}");
    }
    let prices: Vec<f64> = s.offers.iter().filter_map(Offer::blended).collect();
    assert!(prices.windows(2).all(|w| w[0] <= w[1]), "{prices:?}");
    assert_eq!(
        s.blended_price(),
        s.cheapest_offer().and_then(Offer::blended)
    );
    // Two releases never share an entry.
    let other = named(&grouped, "Claude Sonnet 4");
    assert_eq!(other.len(), 1);
    assert!(other[0].offers.iter().all(|o| !o.model_id.contains("4-5")));
    // Every Sonnet release is listed once.
    let mut sonnets: Vec<&str> = grouped
        .iter()
        .filter(|m| m.name.to_lowercase().contains("sonnet"))
        .map(|m| m.name.as_str())
        .collect();
    let all = sonnets.len();
    sonnets.sort_unstable();
    sonnets.dedup();
    assert_eq!(sonnets.len(), all, "{sonnets:?}");
}

#[test]
fn sizes_stay_apart() {
    let grouped = group_listings(listings());
    let llamas: Vec<&Model> = grouped
        .iter()
        .filter(|m| m.name.contains("Llama 3.1") && m.name.contains("8B"))
        .collect();
    for m in &llamas {
        assert!(
            m.offers.iter().all(|o| !o.model_id.contains("70b")),
            "{}: {:?}",
            m.name,
            m.offers.iter().map(|o| &o.listing).collect::<Vec<_>>()
        );
    }
}

#[test]
fn curated_opus_gains_every_providers_offer_and_keeps_its_ratings() {
    let mut curated = Dataset::embedded().unwrap().models;
    let before = curated
        .iter()
        .find(|m| m.id == "claude-opus-4-6")
        .unwrap()
        .clone();
    let groups = group_listings(listings());
    let opus_group = groups
        .iter()
        .find(|g| g.name == "Claude Opus 4.6")
        .unwrap()
        .clone();
    let count = groups.len();
    // Measured on the subset: 75 of its 495 models are curated entries.
    let (rest, attached) = attach(&mut curated, groups);
    assert_eq!(rest.len() + attached, count);
    assert!(attached >= 60, "{attached} attached");
    assert!(rest.iter().all(|g| g.name != "Claude Opus 4.6"));
    let after = curated.iter().find(|m| m.id == "claude-opus-4-6").unwrap();
    assert_eq!(after.offers.len(), opus_group.offers.len());
    assert!(after.offers.len() >= 3);
    assert_eq!(
        serde_json::to_value(&after.ratings).unwrap(),
        serde_json::to_value(&before.ratings).unwrap()
    );
    assert_eq!(after.summary, before.summary);
    assert_eq!(
        after.pricing.as_ref().map(|p| p.input_per_mtok),
        before.pricing.as_ref().map(|p| p.input_per_mtok)
    );
    let ids: HashSet<&str> = curated.iter().map(|m| m.id.as_str()).collect();
    assert!(
        rest.iter().all(|g| !ids.contains(g.id.as_str())),
        "no curated id reused"
    );
}

#[test]
fn a_group_with_a_curated_id_but_another_model_keeps_its_listing_id() {
    let mut curated = Dataset::embedded().unwrap().models;
    let mut g = listings().into_iter().next().unwrap();
    g.name = "Something Else Entirely 9".into();
    g.id = curated[0].id.clone();
    let (rest, attached) = attach(&mut curated, vec![g]);
    assert_eq!(attached, 0);
    assert_ne!(rest[0].id, curated[0].id);
}

#[test]
fn mirrored_listings_join_their_model_and_make_no_new_one() {
    let once = group_listings(listings()).len();
    let mut twice = listings();
    let mirror: Vec<Model> = listings()
        .into_iter()
        .map(|mut m| {
            m.id = format!("mirror-{}", m.id);
            m
        })
        .collect();
    twice.extend(mirror);
    let grouped = group_listings(twice);
    assert_eq!(grouped.len(), once);
    let offers: usize = grouped.iter().map(|m| m.offers.len()).sum();
    assert_eq!(offers, 2 * 867);
}
