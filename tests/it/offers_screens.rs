//! The browser on a catalog with offers: one row per model with its providers and cheapest blended
//! price, and a detail pane listing every offer with the provenance of facts and offers. Snapshots
//! at both reference sizes (see `snapshots` for how to regenerate and read them).

use crate::snapshots::screen_text;
use crossterm::event::{KeyCode, KeyModifiers};
use modeldex::catalog::Catalog;
use modeldex::data::load::{load, LoadOptions};
use modeldex::tui::app::App;
use modeldex::tui::event_loop::Event;
use modeldex::tui::headless::{self, key, typed};
use modeldex::tui::theme::Theme;
use std::path::PathBuf;

/// The fixture's path as the tests name it, relative, so snapshots do not depend on the checkout.
const SUBSET: &str = "tests/fixtures/models-dev-api.subset.json";

fn app(size: (u16, u16), merge: bool) -> App {
    // Tests run in the package root, so the relative path loads and provenance shows it as given.
    let mut dataset = load(&LoadOptions {
        path: Some(PathBuf::from(SUBSET)),
        merge,
        ..LoadOptions::default()
    })
    .expect("the subset loads");
    // An imported catalog is dated by its file's modification time, which a fresh checkout sets
    // to the moment of cloning; pin it so the footer in the snapshots does not follow the clock.
    assert_eq!(
        dataset.updated.len(),
        "2026-12-02".len(),
        "{}",
        dataset.updated
    );
    dataset.updated = "2026-12-02".to_string();
    App::new(Catalog::new(dataset), Theme::color(), size)
}

fn screen(size: (u16, u16), merge: bool, script: Vec<Event>) -> String {
    screen_text(&headless::run(app(size, merge), script).screen)
}

/// Searches for Claude Opus 4.6 and opens its detail.
fn open_opus() -> Vec<Event> {
    let mut script = typed("/claude opus 4.6");
    script.push(key(KeyCode::Enter, KeyModifiers::NONE));
    script.push(key(KeyCode::Enter, KeyModifiers::NONE));
    script
}

#[test]
fn the_list_shows_providers_and_the_cheapest_price() {
    for (w, h) in [(80, 24), (120, 40)] {
        let s = screen((w, h), false, Vec::new());
        assert!(s.contains("Models 495"), "{s}");
        insta::assert_snapshot!(format!("offers_browse_{w}x{h}"), s);
    }
}

#[test]
fn the_detail_lists_every_offer_and_where_facts_came_from() {
    // The catalog's own entry: every fact on screen comes from the fixture, so the snapshot stays
    // put while the curated data grows. The merged entry is checked by what it must say.
    for (w, h) in [(80, 24), (120, 40)] {
        let s = screen((w, h), false, open_opus());
        insta::assert_snapshot!(format!("offers_detail_{w}x{h}"), s);
    }
    let tall = screen((120, 90), true, open_opus());
    assert!(tall.contains("Facts from"), "{tall}");
    assert!(tall.contains("the embedded dataset"), "{tall}");
    assert!(tall.contains(&format!("Offers from   {SUBSET}")), "{tall}");
    assert!(tall.contains("Offers  8 offers from 4 providers"), "{tall}");
    assert!(
        tall.contains("Anthropic (US)"),
        "the curated facts stay: {tall}"
    );
}
