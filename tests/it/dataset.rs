//! The embedded dataset's promises: complete, consistent, sourced and small.

use modeldex::data::{Availability, CommercialUse, Dataset, Kind, Openness, EMBEDDED_JSON};
use std::collections::{HashMap, HashSet};

fn dataset() -> Dataset {
    Dataset::embedded().expect("embedded dataset parses")
}

fn leaf_ids(d: &Dataset) -> Vec<String> {
    d.leaf_criteria().map(|(_, c)| c.id.clone()).collect()
}

#[test]
fn criteria_are_the_four_pillars_with_rubrics() {
    let d = dataset();
    let pillars: Vec<&str> = d.criteria.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(
        pillars,
        ["privacy", "commercial", "community", "responsibility"]
    );
    let expected = [
        "privacy.self_hosting",
        "privacy.auditability",
        "privacy.vendor_safeguards",
        "commercial.license",
        "commercial.cost",
        "commercial.customization",
        "commercial.support",
        "community.artifacts",
        "community.ecosystem",
        "community.research",
        "responsibility.documentation",
        "responsibility.safety",
    ];
    assert_eq!(leaf_ids(&d), expected);
    for (pillar, c) in d.leaf_criteria() {
        assert!(c.id.starts_with(&format!("{}.", pillar.id)), "{}", c.id);
        assert!(!c.description.is_empty(), "{} has no description", c.id);
        for level in ["1", "3", "5"] {
            assert!(
                c.rubric.contains_key(level),
                "{} rubric lacks {level}",
                c.id
            );
        }
    }
}

#[test]
fn version_and_date_are_set() {
    let d = dataset();
    assert!(!d.dataset_version.is_empty());
    assert!(is_iso_date(&d.updated), "updated {:?}", d.updated);
    assert_eq!(d.schema_version, 1);
}

fn is_iso_date(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    let num = |p: &str, len: usize| p.len() == len && p.chars().all(|c| c.is_ascii_digit());
    match parts.as_slice() {
        [y] => num(y, 4),
        [y, m] => num(y, 4) && num(m, 2) && (1..=12).contains(&m.parse::<u8>().unwrap()),
        [y, m, d] => {
            num(y, 4)
                && num(m, 2)
                && num(d, 2)
                && (1..=12).contains(&m.parse::<u8>().unwrap())
                && (1..=31).contains(&d.parse::<u8>().unwrap())
        }
        _ => false,
    }
}

#[test]
fn ids_names_and_aliases_are_unique() {
    let d = dataset();
    let mut ids = HashSet::new();
    let mut names: HashMap<String, &str> = HashMap::new();
    for m in &d.models {
        assert!(ids.insert(m.id.as_str()), "duplicate id {}", m.id);
        assert!(
            m.id.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '.'),
            "id {:?} is not a slug",
            m.id
        );
        for n in std::iter::once(&m.name).chain(&m.aliases) {
            let key = n.trim().to_lowercase();
            if let Some(other) = names.insert(key, &m.id) {
                assert_eq!(
                    other, m.id,
                    "name or alias {n:?} used by {other} and {}",
                    m.id
                );
            }
        }
    }
}

#[test]
fn every_entry_is_rated_on_every_criterion_with_rationale_and_source() {
    let d = dataset();
    let leaves = leaf_ids(&d);
    for m in &d.models {
        assert_eq!(
            m.ratings.len(),
            leaves.len(),
            "{} has unknown or missing ratings",
            m.id
        );
        for id in &leaves {
            let r = m
                .ratings
                .get(id)
                .unwrap_or_else(|| panic!("{} lacks {id}", m.id));
            assert!(
                (1..=5).contains(&r.score),
                "{} {id} score {}",
                m.id,
                r.score
            );
            assert!(
                r.rationale.len() >= 40 && r.rationale.ends_with('.'),
                "{} {id}: rationale is not a full sentence: {:?}",
                m.id,
                r.rationale
            );
            assert!(!r.derived, "{} {id}: curated ratings are not derived", m.id);
            assert!(!r.sources.is_empty(), "{} {id} has no source", m.id);
            for s in &r.sources {
                assert!(s.starts_with("https://") || s.starts_with("http://"), "{s}");
            }
        }
        assert!(!m.sources.is_empty(), "{} has no sources", m.id);
        for s in &m.sources {
            assert!(s.url.starts_with("http"), "{}: {}", m.id, s.url);
            assert!(!s.title.is_empty(), "{}: source without title", m.id);
        }
    }
}

#[test]
fn no_two_rationales_are_identical() {
    let d = dataset();
    let mut seen: HashMap<&str, String> = HashMap::new();
    for m in &d.models {
        for (id, r) in &m.ratings {
            let here = format!("{}/{id}", m.id);
            if let Some(first) = seen.insert(r.rationale.as_str(), here.clone()) {
                panic!("{here} repeats the rationale of {first}");
            }
        }
    }
}

#[test]
fn ratings_agree_with_the_facts() {
    let d = dataset();
    for m in &d.models {
        let s = |id: &str| m.score(id).unwrap_or(3);
        if m.artifacts.weights == Some(Availability::Closed) {
            assert!(s("privacy.self_hosting") <= 2, "{}: closed weights", m.id);
        }
        if let Some(l) = &m.license {
            if l.osi_approved {
                assert!(s("commercial.license") >= 4, "{}: OSI license", m.id);
            }
            if l.commercial_use == CommercialUse::No {
                assert!(s("commercial.license") <= 2, "{}: no commercial use", m.id);
            }
        }
        if m.artifacts.training_data == Some(Availability::Open) {
            assert!(s("community.artifacts") >= 4, "{}: open data", m.id);
        }
        match (m.kind, m.openness) {
            (_, Openness::Closed) => assert!(
                matches!(m.artifacts.weights, None | Some(Availability::Closed)),
                "{}: closed entry with weights",
                m.id
            ),
            (Kind::Model, _) => assert!(
                matches!(
                    m.artifacts.weights,
                    Some(Availability::Open | Availability::Restricted)
                ),
                "{}: open model without downloadable weights",
                m.id
            ),
            _ => {}
        }
        if m.openness == Openness::OpenSource {
            let l = m.license.as_ref().expect("open-source entry has a license");
            assert!(l.osi_approved, "{}: open-source needs an OSI license", m.id);
        }
        if let Some(r) = &m.released {
            assert!(is_iso_date(r), "{}: released {r:?}", m.id);
            assert!(
                r.as_str() >= "1990" && r.as_str() <= "2026-12-31",
                "{}: {r}",
                m.id
            );
        }
        for v in [m.params_b, m.active_params_b].into_iter().flatten() {
            assert!(v > 0.0 && v < 100_000.0, "{}: params {v}", m.id);
        }
        if let (Some(total), Some(active)) = (m.params_b, m.active_params_b) {
            assert!(active <= total, "{}: active > total", m.id);
        }
        if let Some(p) = &m.pricing {
            assert!(
                p.source.as_deref().is_some_and(|s| s.starts_with("http")),
                "{}",
                m.id
            );
            assert!(p.as_of.as_deref().is_some_and(is_iso_date), "{}", m.id);
        }
    }
}

#[test]
fn every_system_of_the_debate_is_present() {
    let d = dataset();
    let ids: HashSet<&str> = d.models.iter().map(|m| m.id.as_str()).collect();
    let debate = [
        "gpt-3",
        "gpt-4",
        "chatgpt",
        "bert",
        "t5",
        "gpt-neo",
        "gpt-j",
        "bloom",
        "bard",
        "lamda",
        "claude",
        "mum",
        "tensorflow",
        "pytorch",
        "pysyft",
        "hf-transformers",
        "elasticsearch",
        "azure-ai-services",
        "ibm-watson",
        "scipy",
        "pandas",
    ];
    let missing: Vec<&str> = debate.into_iter().filter(|i| !ids.contains(i)).collect();
    assert!(missing.is_empty(), "missing: {missing:?}");
    let gpt3 = &d.models[d.position_of("gpt-3").unwrap()];
    assert_eq!(gpt3.openness, Openness::Closed, "GPT-3 is API-only");
    for framework in [
        "tensorflow",
        "pytorch",
        "scipy",
        "pandas",
        "hf-transformers",
    ] {
        let m = &d.models[d.position_of(framework).unwrap()];
        assert_eq!(m.kind, Kind::Framework, "{framework}");
    }
}

#[test]
fn the_landscape_is_broad_and_balanced() {
    let d = dataset();
    assert!(d.models.len() >= 80, "only {} entries", d.models.len());
    let developers: HashSet<&str> = d
        .models
        .iter()
        .filter_map(|m| m.developer.as_deref())
        .collect();
    assert!(developers.len() >= 20, "{} developers", developers.len());
    let countries: HashSet<&str> = d
        .models
        .iter()
        .filter_map(|m| m.country.as_deref())
        .collect();
    for c in ["US", "China", "France"] {
        assert!(countries.contains(c), "no entry from {c}");
    }
    let models = d.models.iter().filter(|m| m.kind == Kind::Model);
    let (open, closed) = models.fold((0, 0), |(o, c), m| match m.openness {
        Openness::Closed => (o, c + 1),
        _ => (o + 1, c),
    });
    let ratio = f64::from(open) / f64::from(closed.max(1));
    assert!(
        (0.5..=2.0).contains(&ratio),
        "{open} open vs {closed} closed"
    );
    let years: HashSet<u16> = d.models.iter().filter_map(|m| m.release_year()).collect();
    for y in 2018..=2026 {
        assert!(years.contains(&y), "no entry released in {y}");
    }
    let families: HashSet<&str> = d
        .models
        .iter()
        .filter_map(|m| m.family.as_deref())
        .collect();
    for f in [
        "Llama", "Mistral", "Qwen", "DeepSeek", "Gemma", "Phi", "OLMo", "Falcon", "Pythia", "GPT",
        "Claude", "Gemini",
    ] {
        assert!(
            families.iter().any(|x| x.eq_ignore_ascii_case(f)),
            "no {f} family: {families:?}"
        );
    }
}

#[test]
fn undisclosed_facts_are_null_for_closed_models() {
    let d = dataset();
    let gpt4 = &d.models[d.position_of("gpt-4").unwrap()];
    assert_eq!(gpt4.params_b, None, "GPT-4's size was never disclosed");
}

#[test]
fn embedded_file_stays_under_one_megabyte() {
    // What the binary carries: build.rs embeds assets/models.json without its indentation.
    assert!(
        EMBEDDED_JSON.len() < 1_000_000,
        "{} bytes",
        EMBEDDED_JSON.len()
    );
}

#[test]
fn the_embedded_copy_holds_exactly_the_values_of_the_file_in_assets() {
    let file = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/models.json"))
        .unwrap();
    let on_disk: serde_json::Value = serde_json::from_str(&file).unwrap();
    let embedded: serde_json::Value = serde_json::from_str(EMBEDDED_JSON).unwrap();
    assert_eq!(embedded, on_disk);
    assert!(
        EMBEDDED_JSON.len() < file.len(),
        "the embedded copy is not minified"
    );
    assert!(
        !EMBEDDED_JSON.contains("\n "),
        "indentation left in the embedded copy"
    );
}

#[test]
fn embedded_strings_have_no_control_characters() {
    // Sanitising at load would hide them, so check the raw file: the curated data must be clean.
    let raw: serde_json::Value = serde_json::from_str(EMBEDDED_JSON).unwrap();
    fn walk(v: &serde_json::Value) {
        match v {
            serde_json::Value::String(s) => {
                assert!(!s.chars().any(char::is_control), "control char in {s:?}")
            }
            serde_json::Value::Array(a) => a.iter().for_each(walk),
            serde_json::Value::Object(o) => o.iter().for_each(|(k, v)| {
                assert!(!k.chars().any(char::is_control));
                walk(v)
            }),
            _ => {}
        }
    }
    walk(&raw);
}

#[test]
fn vendor_safeguards_of_self_hostable_weights_follow_the_one_rule() {
    // The rubric: running open weights yourself keeps data with you (every rationale says so);
    // the score rates the developer's own API or product, and where the developer sells one (a
    // first-party list price is recorded, not only a note saying why there is none) the rationale
    // must speak about that service.
    let self_hosted = [
        "self-host",
        "yourself",
        "locally",
        "your own",
        "in-house",
        "offline",
        "on-prem",
        "keeps data",
        "never contacts",
        "sends nothing",
        "downloaded",
        "run on your",
    ];
    let service = [
        "api", "platform", "service", "app", "cloud", "le chat", "deploy",
    ];
    for m in &dataset().models {
        let downloadable = matches!(m.openness, Openness::OpenWeights | Openness::OpenSource)
            && m.kind == Kind::Model;
        if !downloadable {
            continue;
        }
        let r = m.ratings.get("privacy.vendor_safeguards").expect("rated");
        let text = r.rationale.to_lowercase();
        assert!(
            self_hosted.iter().any(|w| text.contains(w)),
            "{}: the vendor-safeguards rationale does not say what self-hosting means",
            m.id
        );
        let sold = m
            .pricing
            .as_ref()
            .is_some_and(|p| p.input_per_mtok.is_some() || p.output_per_mtok.is_some());
        if sold {
            assert!(
                service.iter().any(|w| text.contains(w)),
                "{}: the developer sells an API, but the rationale does not rate it",
                m.id
            );
        }
    }
}

#[test]
fn every_entry_a_developer_sells_through_its_own_api_has_its_list_price_or_says_why_not() {
    // The price policy: the developer's own USD list price, dated, with its pricing page as the
    // source. Where there is none to record (prices only in yuan, no longer sold, or not found on a
    // primary page) both prices are null and the note says why, so a missing price is a decision
    // someone wrote down, never an omission.
    let d = dataset();
    let mut checked = 0;
    for m in d.models.iter().filter(|m| {
        m.developer
            .as_deref()
            .is_some_and(crate::dataset_sources::sells_its_own_api)
            && m.access.iter().any(|a| a == "api")
    }) {
        checked += 1;
        let p = m.pricing.as_ref().unwrap_or_else(|| {
            panic!(
                "{}: no pricing: record {}'s USD list price, or null prices and a note saying why",
                m.id,
                m.developer.as_deref().unwrap_or_default()
            )
        });
        assert!(
            p.as_of.as_deref().is_some_and(is_iso_date),
            "{}: the price, or the check that found none, is not dated",
            m.id
        );
        assert!(
            p.source
                .as_deref()
                .is_some_and(|s| s.starts_with("https://")),
            "{}: no page for the price",
            m.id
        );
        match (p.input_per_mtok, p.output_per_mtok) {
            (Some(_), Some(_)) => {}
            (None, None) => assert!(
                p.note.as_deref().is_some_and(|n| n.len() >= 40),
                "{}: no price and no reason given in pricing.note",
                m.id
            ),
            _ => panic!("{}: one of the two prices without the other", m.id),
        }
    }
    assert!(
        checked >= 40,
        "only {checked} entries checked: is the developer list right?"
    );
}

#[test]
fn a_pricing_note_never_stands_in_for_a_price_it_quotes() {
    // A note explains figures or their absence; a null price whose note quotes a dollar figure is
    // a price that should have been recorded (or one that was not confirmed and must not be shown).
    for m in &dataset().models {
        let Some(p) = &m.pricing else { continue };
        if p.input_per_mtok.is_none() && p.output_per_mtok.is_none() {
            let note = p.note.as_deref().unwrap_or_default();
            assert!(!note.contains('$'), "{}: {note}", m.id);
        }
    }
}

/// Entries whose `commercial.cost` departs from [`cost::rule`], each with the words its rationale
/// must use to say why. None today: a retired entry whose weights can still be downloaded (free
/// self-hosting of open weights) is part of the rule, not an exception.
const COST_EXCEPTIONS: &[(&str, &str)] = &[];

/// The price a rationale quotes as `$X blended`, if it quotes one.
fn quoted_blended(text: &str) -> Option<f64> {
    let end = text.find(" blended")?;
    let start = text[..end].rfind('$')?;
    text[start + 1..end].parse().ok()
}

#[test]
fn cost_follows_the_one_rule_from_the_blended_price() {
    use modeldex::cost::{rule, CostRule};
    let d = dataset();
    let mut banded = 0;
    for m in &d.models {
        let r = rule(m);
        let cost = m.ratings.get("commercial.cost").expect("rated");
        let support = m.score("commercial.support").expect("rated");
        assert!(
            support <= r.support_max(),
            "{}: support {support} above {} for {r:?}",
            m.id,
            r.support_max()
        );
        if let Some((_, why)) = COST_EXCEPTIONS.iter().find(|(id, _)| *id == m.id) {
            assert_ne!(
                Some(cost.score),
                r.cost(),
                "{}: no longer an exception",
                m.id
            );
            assert!(cost.rationale.contains(why), "{}: say why", m.id);
            continue;
        }
        if let Some(want) = r.cost() {
            assert_eq!(cost.score, want, "{}: cost by {r:?}", m.id);
        }
        match r {
            CostRule::Band(_) => {
                banded += 1;
                let blended = m.blended_price().expect("priced");
                let quoted = quoted_blended(&cost.rationale);
                assert!(
                    quoted.is_some_and(|q| (q - blended).abs() < 0.01),
                    "{}: the rationale should quote the blended price ${blended:.2}",
                    m.id
                );
            }
            CostRule::RetiredUnavailable => {
                let text = cost.rationale.to_lowercase();
                assert!(
                    ["retired", "shut", "cannot be bought", "cannot be purchased"]
                        .iter()
                        .any(|w| text.contains(w)),
                    "{}: the rationale should say it can no longer be bought",
                    m.id
                );
            }
            CostRule::RetiredSelfHosted => assert!(
                cost.rationale.contains("no longer"),
                "{}: the rationale should say the last price no longer counts",
                m.id
            ),
            CostRule::Judged => {}
        }
    }
    // Retired entries leave the bands (their cost is fixed by the retired rule instead), so this
    // floor only guards against the band rule silently applying to almost nothing.
    assert!(banded >= 40, "only {banded} priced entries");
}

#[test]
fn the_cost_rubric_states_the_bands_of_the_code() {
    let d = dataset();
    let (_, c) = d
        .leaf_criteria()
        .find(|(_, c)| c.id == "commercial.cost")
        .expect("cost criterion");
    let text: String = c.rubric.values().cloned().collect::<Vec<_>>().join(" ");
    for (ceiling, _) in modeldex::cost::COST_BANDS {
        let price = if ceiling.fract() == 0.0 {
            format!("${ceiling:.0} ")
        } else {
            format!("${ceiling:.2} ")
        };
        assert!(text.contains(&price), "the rubric lacks the band {price}");
    }
    assert!(text.contains("3 input : 1 output") && text.contains("retired"));
}

#[test]
fn retired_entries_carry_a_date_and_a_source() {
    use modeldex::data::Status;
    let d = dataset();
    for id in ["gpt-3", "claude", "gemini-2-0-flash", "grok-3"] {
        let m = d.models.iter().find(|m| m.id == id).expect(id);
        assert_eq!(m.status(), Status::Retired, "{id}");
    }
    for m in d.models.iter().filter(|m| m.status() == Status::Retired) {
        let l = m.lifecycle.as_ref().expect("lifecycle");
        assert!(l.date.as_deref().is_some_and(is_iso_date), "{}", m.id);
        assert!(
            l.source
                .as_deref()
                .is_some_and(|s| s.starts_with("https://")),
            "{}",
            m.id
        );
    }
}

#[test]
fn self_hosting_cost_is_judged_alike_for_alike() {
    // Where no price decides (unpriced, or retired with downloadable weights), the cost of running
    // the weights yourself is judged: two models of the same total and active size under the same
    // licence cost the same to run, so they score the same.
    use modeldex::cost::{rule, CostRule};
    let d = dataset();
    let mut seen: HashMap<String, (&str, u8)> = HashMap::new();
    for m in &d.models {
        if m.kind != Kind::Model
            || !matches!(rule(m), CostRule::Judged | CostRule::RetiredSelfHosted)
        {
            continue;
        }
        let Some(total) = m.params_b else { continue };
        let licence = m.license.as_ref().map_or("", |l| l.name.as_str());
        let key = format!("{total}/{:?}/{licence}", m.active_params_b);
        let cost = m.score("commercial.cost").expect("rated");
        if let Some((other, score)) = seen.insert(key, (&m.id, cost)) {
            assert_eq!(cost, score, "{} and {other}: same size and licence", m.id);
        }
    }
}
