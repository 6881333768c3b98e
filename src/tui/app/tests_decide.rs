//! Sort cycling, the filter panel, the weights editor and the export prompt, driven key by key.

#[allow(unused_imports)]
use super::tests::{shown, Shown};
use super::*;
use crate::data::{Dataset, Feature, Openness};
use crate::order::Direction;
use crate::order::{self, SortKey};
use crate::tui::action::ExportOutcome;
use crate::tui::app::decide::{FilterOption, FILTER_OPTIONS};
use crate::tui::keymap::{self, Key};
use crate::weights::Preset;

const FIXTURE: &str = include_str!("../../../tests/fixtures/models.json");

fn app() -> App {
    let dataset = Dataset::from_json_str(FIXTURE).expect("fixture parses");
    App::new(Catalog::new(dataset), Theme::monochrome(), (100, 30))
}

fn press(app: &mut App, key: Key) -> bool {
    keymap::lookup(app.keymap_section(), key).is_some_and(|a| app.update(a))
}

fn ids(app: &App) -> Vec<&str> {
    app.visible
        .iter()
        .map(|&i| app.catalog.models()[i].id.as_str())
        .collect()
}

fn select(app: &mut App, id: &str) {
    let pos = ids(app).iter().position(|i| *i == id).expect("listed");
    app.select(pos);
}

/// Every entry in the core's weighted-score order for the app's weights.
fn by_score(a: &App) -> Vec<usize> {
    let mut expected = (0..a.catalog.models().len()).collect::<Vec<_>>();
    order::sort(
        &mut expected,
        &SortKey::Score,
        &a.catalog.dataset,
        &a.weights,
    );
    expected
}

#[test]
fn s_cycles_the_sort_and_the_list_follows() {
    let mut a = app();
    assert_eq!(a.sort, SortKey::Natural);
    assert!(press(&mut a, Key::Char('s')));
    assert_eq!(a.sort, SortKey::Name);
    let names: Vec<String> = a
        .visible
        .iter()
        .map(|&i| crate::search::fold(&a.catalog.models()[i].name))
        .collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted, "listed A to Z");
    press(&mut a, Key::Char('s'));
    assert_eq!(a.sort, SortKey::Released);
    assert_eq!(ids(&a)[0], "qwen-2-5-72b", "newest first");
    press(&mut a, Key::Char('s'));
    press(&mut a, Key::Char('s'));
    assert_eq!(a.sort, SortKey::Score);
    // The list equals the core's order for these weights.
    assert_eq!(a.visible, by_score(&a));
    let leaves = a.catalog.dataset.leaf_criteria().count();
    for _ in 0..leaves {
        press(&mut a, Key::Char('s'));
        assert!(matches!(a.sort, SortKey::Criterion(_)));
    }
    for figure in ["intelligence_index", "coding_index", "output_speed"] {
        press(&mut a, Key::Char('s'));
        assert_eq!(a.sort, SortKey::Figure(figure.into()));
    }
    for key in [SortKey::Price, SortKey::Context, SortKey::MaxOutput] {
        press(&mut a, Key::Char('s'));
        assert_eq!(a.sort, key);
    }
    press(&mut a, Key::Char('s'));
    assert_eq!(a.sort, SortKey::Natural, "back to the start");
}

#[test]
fn sorting_keeps_the_selected_entry_selected() {
    let mut a = app();
    select(&mut a, "bloom");
    press(&mut a, Key::Char('s'));
    assert_eq!(a.selected_model().unwrap().id, "bloom");
}

#[test]
fn a_search_ranks_within_the_filter_and_ignores_the_sort() {
    let mut a = app();
    press(&mut a, Key::Char('s')); // by name
    press(&mut a, Key::Char('f'));
    press(&mut a, Key::Char(' ')); // open-source
    press(&mut a, Key::Esc);
    press(&mut a, Key::Char('/'));
    for c in "gpt".chars() {
        press(&mut a, Key::Char(c));
    }
    assert_eq!(ids(&a), ["gpt-j"], "closed GPTs are filtered out");
    let ranked: Vec<usize> = a
        .catalog
        .index
        .search_in("gpt", a.filter.apply(a.catalog.models()))
        .into_iter()
        .map(|h| h.index)
        .collect();
    assert_eq!(a.visible, ranked);
    // Deleting a character searches the filtered set again, not everything.
    press(&mut a, Key::Backspace);
    assert!(a
        .visible
        .iter()
        .all(|&i| a.catalog.models()[i].openness == Openness::OpenSource));
    // Leaving the search restores the filtered, sorted list.
    press(&mut a, Key::Esc);
    let mut expected = a.filter.apply(a.catalog.models());
    order::sort(
        &mut expected,
        &SortKey::Name,
        &a.catalog.dataset,
        &a.weights,
    );
    assert_eq!(a.visible, expected);
}

#[test]
fn filter_panel_toggles_clears_and_closes() {
    let mut a = app();
    assert!(press(&mut a, Key::Char('f')));
    assert_eq!(a.keymap_section(), keymap::Section::Filters);
    press(&mut a, Key::Down); // open-weights
    press(&mut a, Key::Char(' '));
    assert_eq!(a.filter.openness, [Openness::OpenWeights]);
    assert!(a
        .visible
        .iter()
        .all(|&i| a.catalog.models()[i].openness == Openness::OpenWeights));
    assert!(ids(&a).contains(&"bloom"));
    for _ in 0..6 {
        press(&mut a, Key::Down);
    } // self-hostable
    press(&mut a, Key::Char(' '));
    assert!(a.filter.self_hostable);
    // Release years cycle: newest year first, then back through older ones.
    press(&mut a, Key::Down);
    press(&mut a, Key::Enter);
    assert_eq!(a.filter.years, Some((2024, 2024)));
    press(&mut a, Key::Enter);
    assert_eq!(a.filter.years, Some((2023, 2024)));
    assert_eq!(ids(&a), ["llama-3-1-405b", "mixtral-8x7b", "qwen-2-5-72b"]);
    press(&mut a, Key::Char(' '));
    press(&mut a, Key::Down);
    press(&mut a, Key::Char(' '));
    assert_eq!(a.filter.modality.as_deref(), Some("audio"));
    assert!(press(&mut a, Key::Char('x')));
    assert!(a.filter.is_empty());
    assert_eq!(a.visible.len(), a.catalog.models().len());
    assert!(!press(&mut a, Key::Char('x')), "nothing left to clear");
    press(&mut a, Key::Esc);
    assert_eq!(a.overlay, None);
    assert_eq!(a.keymap_section(), keymap::Section::Browse);
}

#[test]
fn the_fits_filter_cycles_through_memory_sizes_and_keeps_what_fits() {
    let mut a = app();
    press(&mut a, Key::Char('f'));
    let row = FILTER_OPTIONS
        .iter()
        .position(|o| *o == FilterOption::Fits)
        .unwrap();
    for _ in 0..row {
        press(&mut a, Key::Down);
    } // the line: fits in memory
    press(&mut a, Key::Char(' '));
    assert_eq!(a.filter.fits_gb, Some(8));
    // 4-bit weights: GPT-J (6B, 3 GB) and BERT fit in 8 GB; nothing closed or unsized does.
    assert!(ids(&a).contains(&"gpt-j") && ids(&a).contains(&"bert"));
    assert!(!ids(&a).contains(&"mixtral-8x7b") && !ids(&a).contains(&"gpt-4"));
    press(&mut a, Key::Char(' '));
    press(&mut a, Key::Char(' '));
    assert_eq!(a.filter.fits_gb, Some(24));
    assert!(
        ids(&a).contains(&"mixtral-8x7b"),
        "46.7B at 4 bits is 23.4 GB"
    );
    for _ in 0..4 {
        press(&mut a, Key::Char(' '));
    }
    assert_eq!(a.filter.fits_gb, Some(192));
    press(&mut a, Key::Char(' '));
    assert_eq!(a.filter.fits_gb, None, "after the largest size: any");
}

#[test]
fn the_lifecycle_filter_hides_retired_entries_then_deprecated_ones() {
    use crate::filter::InService;
    // The embedded dataset: the fixture records no lifecycle.
    let dataset = Dataset::embedded().expect("embedded dataset");
    let mut a = App::new(Catalog::new(dataset), Theme::monochrome(), (100, 30));
    let retired: Vec<String> = a
        .catalog
        .models()
        .iter()
        .filter(|m| m.status() == crate::data::Status::Retired)
        .map(|m| m.id.clone())
        .collect();
    assert!(!retired.is_empty(), "the data has retired entries");
    press(&mut a, Key::Char('f'));
    let row = FILTER_OPTIONS
        .iter()
        .position(|o| *o == FilterOption::InService)
        .unwrap();
    for _ in 0..row {
        press(&mut a, Key::Down);
    } // the line: lifecycle
    press(&mut a, Key::Char(' '));
    assert_eq!(a.filter.in_service, InService::Available);
    assert!(retired.iter().all(|id| !ids(&a).contains(&id.as_str())));
    assert!(ids(&a).len() + retired.len() == a.catalog.models().len());
    press(&mut a, Key::Char(' '));
    assert_eq!(a.filter.in_service, InService::Current);
    press(&mut a, Key::Char(' '));
    assert_eq!(
        a.filter.in_service,
        InService::Any,
        "after 'not deprecated': any"
    );
    assert_eq!(ids(&a).len(), a.catalog.models().len());
}

#[test]
fn weights_editor_changes_pillars_within_bounds_and_cycles_presets() {
    let mut a = app();
    press(&mut a, Key::Char('w'));
    assert_eq!(a.keymap_section(), keymap::Section::Weights);
    assert_eq!(a.weights_label(), "balanced");
    press(&mut a, Key::Right);
    assert_eq!(a.weights.pillar("privacy"), 4);
    press(&mut a, Key::Char('+'));
    assert_eq!(a.weights.pillar("privacy"), 5);
    assert!(!press(&mut a, Key::Right), "5 is the most");
    press(&mut a, Key::Down);
    for _ in 0..4 {
        press(&mut a, Key::Char('-'));
    }
    assert_eq!(a.weights.pillar("commercial"), 0);
    assert!(!press(&mut a, Key::Left), "0 is the least");
    assert!(a.weights_label().contains("privacy 5 · commercial 0"));
    // p goes to the first preset from custom weights, then through them all and round again.
    for expected in Preset::ALL.iter().chain([Preset::Balanced].iter()) {
        press(&mut a, Key::Char('p'));
        assert_eq!(a.weights, expected.weights());
        assert_eq!(a.weights_label(), expected.name());
    }
    press(&mut a, Key::Esc);
    assert_eq!(a.overlay, None);
}

#[test]
fn weights_resort_a_score_sorted_list_and_the_compare_total() {
    let mut a = app();
    a.sort = SortKey::Score;
    a.relist();
    press(&mut a, Key::Char('w'));
    press(&mut a, Key::Char('p')); // balanced → privacy-first
    assert_eq!(a.weights, Preset::PrivacyFirst.weights());
    assert_eq!(a.visible, by_score(&a));
    press(&mut a, Key::Esc);
    // The compare view is built with, and follows, the weights in force.
    select(&mut a, "gpt-4");
    press(&mut a, Key::Char(' '));
    select(&mut a, "bloom");
    press(&mut a, Key::Char(' '));
    press(&mut a, Key::Char('c'));
    // Comparison has no PartialEq; its Debug text holds every cell.
    let shown = |a: &App| format!("{:?}", a.compare().unwrap().table);
    let built = format!(
        "{:?}",
        compare::build(&a.catalog.dataset, &a.marks, &a.weights)
    );
    assert_eq!(shown(&a), built);
    press(&mut a, Key::Char('w'));
    press(&mut a, Key::Char('p'));
    let rebuilt = format!(
        "{:?}",
        compare::build(&a.catalog.dataset, &a.marks, &a.weights)
    );
    assert_ne!(built, rebuilt);
    assert_eq!(shown(&a), rebuilt);
}

fn comparing(a: &mut App) {
    for id in ["gpt-4", "bloom"] {
        select(a, id);
        press(a, Key::Char(' '));
    }
    press(a, Key::Char('c'));
}

#[test]
fn export_asks_for_a_path_and_leaves_the_write_to_the_loop() {
    let mut a = app();
    comparing(&mut a);
    assert!(press(&mut a, Key::Char('e')));
    assert_eq!(
        a.overlay,
        Some(Overlay::Export {
            path: "modeldex-compare-gpt-4-bloom.md".into(),
            confirm: false
        })
    );
    press(&mut a, Key::Ctrl('u'));
    for c in "out.md".chars() {
        press(&mut a, Key::Char(c));
    }
    assert!(a.effects.is_empty());
    press(&mut a, Key::Enter);
    let text = crate::compare::render::markdown(
        &a.compare().unwrap().table,
        &a.catalog.dataset,
        &a.weights,
    );
    assert_eq!(
        a.effects,
        [Effect::Export {
            path: "out.md".into(),
            text: text.clone(),
            overwrite: false
        }]
    );
    a.effects.clear();
    // The file exists: the loop says so; the next Enter asks to overwrite.
    a.update(Action::Exported(ExportOutcome::Exists));
    assert!(a.status.as_deref().unwrap().contains("exists"));
    press(&mut a, Key::Enter);
    assert_eq!(
        a.effects,
        [Effect::Export {
            path: "out.md".into(),
            text,
            overwrite: true
        }]
    );
    a.update(Action::Exported(ExportOutcome::Written));
    assert_eq!(a.overlay, None);
    assert_eq!(a.status.as_deref(), Some("Wrote the comparison to out.md"));
    assert_eq!(shown(&a), Shown::Compare);
}

#[test]
fn editing_the_path_withdraws_an_overwrite_and_errors_are_reported() {
    let mut a = app();
    comparing(&mut a);
    press(&mut a, Key::Char('e'));
    press(&mut a, Key::Enter);
    a.effects.clear();
    a.update(Action::Exported(ExportOutcome::Exists));
    press(&mut a, Key::Char('x'));
    press(&mut a, Key::Enter);
    assert!(matches!(
        a.effects.as_slice(),
        [Effect::Export {
            overwrite: false,
            ..
        }]
    ));
    a.update(Action::Exported(ExportOutcome::Failed(
        std::io::ErrorKind::PermissionDenied,
    )));
    assert!(a.status.as_deref().unwrap().starts_with("Could not write"));
    assert!(a.overlay.is_some(), "the prompt stays for another try");
    press(&mut a, Key::Esc);
    assert_eq!(a.overlay, None);
}

#[test]
fn write_export_never_replaces_a_file_unasked() {
    let dir = std::env::temp_dir().join(format!("modeldex-export-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("c.md");
    let _ = std::fs::remove_file(&path);
    assert_eq!(
        export::write_export(&path, "one", false),
        ExportOutcome::Written
    );
    assert_eq!(
        export::write_export(&path, "two", false),
        ExportOutcome::Exists
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "one");
    assert_eq!(
        export::write_export(&path, "two", true),
        ExportOutcome::Written
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "two");
    let bad = path.join("under-a-file.md");
    assert!(matches!(
        export::write_export(&bad, "x", false),
        ExportOutcome::Failed(_)
    ));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn preferences_round_trip_through_the_app() {
    let mut a = app();
    press(&mut a, Key::Char('s'));
    select(&mut a, "bloom");
    press(&mut a, Key::Char(' '));
    press(&mut a, Key::Char('w'));
    press(&mut a, Key::Char('p'));
    press(&mut a, Key::Esc);
    press(&mut a, Key::Char('f'));
    press(&mut a, Key::Char(' '));
    press(&mut a, Key::Esc);
    let saved = a.prefs();
    assert_eq!(saved.marks, ["bloom"]);
    let text = crate::config::to_toml(&saved);
    let mut b = app();
    let mut loaded = crate::config::from_toml(&text).unwrap();
    loaded.marks.push("no-such-id".into());
    b.apply_prefs(loaded);
    assert_eq!(b.marks().len(), 1, "only ids of this data are marked");
    let mut kept = saved.clone();
    kept.marks = vec!["no-such-id".into(), "bloom".into()];
    assert_eq!(
        b.prefs(),
        kept,
        "an id this data does not hold is saved again, not dropped"
    );
    assert_eq!(b.visible, a.visible);
    assert_eq!(b.weights_label(), "privacy-first");
}

#[test]
fn capital_s_reverses_the_sort_and_is_saved() {
    let mut a = app();
    press(&mut a, Key::Char('s'));
    press(&mut a, Key::Char('s'));
    assert_eq!(a.sort, SortKey::Released);
    let newest_first = ids(&a).iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert!(press(&mut a, Key::Char('S')));
    assert_eq!(a.direction, Direction::Reversed);
    let mut oldest_first = ids(&a).iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_ne!(oldest_first, newest_first);
    assert!(a.status.as_deref().is_some_and(|s| s.contains("reversed")));
    assert!(a.sort_label().ends_with("reversed"), "{}", a.sort_label());
    // Every entry of the fixture has a release date, so the reverse is the exact reverse, apart
    // from ties, which stay A to Z either way.
    oldest_first.reverse();
    let dates = |order: &[String]| -> Vec<String> {
        order
            .iter()
            .map(|id| {
                let m = a.catalog.models().iter().find(|m| &m.id == id).unwrap();
                format!("{:?}", m.release_key())
            })
            .collect()
    };
    assert_eq!(dates(&oldest_first), dates(&newest_first));
    assert_eq!(a.prefs().direction, Direction::Reversed, "saved on quit");
    press(&mut a, Key::Char('S'));
    assert_eq!(a.direction, Direction::Usual);
    assert_eq!(
        ids(&a),
        newest_first.iter().map(String::as_str).collect::<Vec<_>>()
    );
}

#[test]
fn commercial_use_cycles_through_unrestricted_only_and_capability_rows_toggle() {
    use crate::filter::Commercial;
    let mut a = app();
    press(&mut a, Key::Char('f'));
    let row = |option: FilterOption| FILTER_OPTIONS.iter().position(|o| *o == option).unwrap();
    for _ in 0..row(FilterOption::CommercialUse) {
        press(&mut a, Key::Down);
    }
    press(&mut a, Key::Char(' '));
    assert_eq!(a.filter.commercial_use, Commercial::Allowed);
    let allowed = a.visible.len();
    press(&mut a, Key::Char(' '));
    assert_eq!(a.filter.commercial_use, Commercial::Unrestricted);
    assert!(a.visible.len() < allowed, "restricted licences leave");
    assert!(a.visible.iter().all(|&i| {
        a.catalog.models()[i].commercial_use() == Some(crate::data::CommercialUse::Yes)
    }));
    press(&mut a, Key::Char(' '));
    assert_eq!(a.filter.commercial_use, Commercial::Any);
    // The capability rows: the curated fixture has no catalog offers, so nothing is listed.
    for _ in row(FilterOption::CommercialUse)..row(FilterOption::Feature(Feature::Reasoning)) {
        press(&mut a, Key::Down);
    }
    press(&mut a, Key::Char(' '));
    assert_eq!(a.filter.features, [Feature::Reasoning]);
    assert!(a.visible.is_empty(), "no entry is guessed to reason");
    press(&mut a, Key::Char(' '));
    assert!(a.filter.features.is_empty());
    for _ in 0..3 {
        press(&mut a, Key::Down);
    }
    press(&mut a, Key::Char(' '));
    assert!(a.filter.free);
}

/// Opens the filter panel and the chooser on `option`'s line.
fn open_chooser(a: &mut App, option: FilterOption) {
    press(a, Key::Char('f'));
    let row = FILTER_OPTIONS.iter().position(|o| *o == option).unwrap();
    for _ in 0..row {
        press(a, Key::Char('j'));
    }
    press(a, Key::Char(' '));
}

#[test]
fn the_developer_is_chosen_by_typing_part_of_its_name() {
    let mut a = app();
    open_chooser(&mut a, FilterOption::Developer);
    assert_eq!(a.keymap_section(), keymap::Section::Choose);
    // Typed letters narrow the values, those starting with them first; `j` types, not moves.
    for c in "meta".chars() {
        press(&mut a, Key::Char(c));
    }
    let Some(Overlay::Choose { field, query, .. }) = a.overlay.clone() else {
        panic!("the chooser is open");
    };
    assert_eq!(query, "meta");
    assert_eq!(
        a.choices(field, &query),
        [Some("Meta".to_string()), Some("Meta AI".to_string())]
    );
    press(&mut a, Key::Down);
    press(&mut a, Key::Enter);
    assert_eq!(a.filter.developer.as_deref(), Some("Meta AI"));
    assert_eq!(ids(&a), ["pytorch"]);
    assert!(
        matches!(a.overlay, Some(Overlay::Filters { .. })),
        "back to the panel"
    );
    // Opened again, the cursor is on the value in force; "any" clears it.
    press(&mut a, Key::Char(' '));
    let Some(Overlay::Choose { cursor, field, .. }) = a.overlay.clone() else {
        panic!("the chooser is open");
    };
    assert_eq!(a.choices(field, "")[cursor].as_deref(), Some("Meta AI"));
    press(&mut a, Key::Char('q'));
    press(&mut a, Key::Char('z'));
    let Some(Overlay::Choose { field, query, .. }) = a.overlay.clone() else {
        panic!("q types in the chooser");
    };
    assert!(a.choices(field, &query).is_empty());
    assert!(!press(&mut a, Key::Enter), "nothing to choose");
    press(&mut a, Key::Ctrl('u'));
    press(&mut a, Key::Home);
    for _ in 0..40 {
        press(&mut a, Key::Up);
    }
    press(&mut a, Key::Enter);
    assert_eq!(a.filter.developer, None, "any developer");
    // Esc leaves the filter as it was.
    press(&mut a, Key::Char(' '));
    press(&mut a, Key::Char('o'));
    press(&mut a, Key::Esc);
    assert_eq!(a.filter.developer, None);
    assert!(matches!(a.overlay, Some(Overlay::Filters { .. })));
}

#[test]
fn the_filter_panel_has_a_country_line_chosen_the_same_way() {
    let mut a = app();
    open_chooser(&mut a, FilterOption::Country);
    for c in "fra".chars() {
        press(&mut a, Key::Char(c));
    }
    press(&mut a, Key::Enter);
    assert_eq!(a.filter.country.as_deref(), Some("France"));
    let mut listed = ids(&a);
    listed.sort_unstable();
    assert_eq!(listed, ["bloom", "mixtral-8x7b"]);
}
