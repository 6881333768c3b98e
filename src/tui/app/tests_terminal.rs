//! `update` for what the terminal side carries out: clipboard copies, suspend, mouse.

#[allow(unused_imports)]
use super::tests::{shown, Shown};
use super::*;
use crate::data::Dataset;
use crate::tui::keymap::Key;

use super::tests::{app, press};

#[test]
fn y_queues_the_selected_id_for_the_clipboard_and_says_so() {
    let mut a = app((120, 40));
    let id = a.selected_model().unwrap().id.clone();
    assert!(press(&mut a, Key::Char('y')));
    assert_eq!(a.effects, [Effect::Copy(id.clone())]);
    assert!(a.status.as_deref().unwrap().contains(&id));
}

#[test]
fn y_in_compare_copies_the_comparison_as_markdown() {
    let mut a = app((120, 40));
    press(&mut a, Key::Char(' '));
    press(&mut a, Key::Down);
    press(&mut a, Key::Char(' '));
    press(&mut a, Key::Char('c'));
    assert_eq!(shown(&a), Shown::Compare);
    press(&mut a, Key::Char('y'));
    let [Effect::Copy(md)] = a.effects.as_slice() else {
        panic!("one copy queued: {:?}", a.effects);
    };
    assert!(md.starts_with("| "), "{md}");
    assert!(
        md.contains("| --- |") && md.contains("Self-hosting"),
        "{md}"
    );
}

#[test]
fn with_osc52_off_nothing_is_queued_and_the_status_explains() {
    let mut a = app((120, 40));
    a.options.osc52 = false;
    assert!(press(&mut a, Key::Char('y')));
    assert!(a.effects.is_empty());
    assert!(a.status.as_deref().unwrap().contains("--no-osc52"));
}

#[test]
fn ctrl_z_asks_the_loop_to_suspend_from_any_mode() {
    let mut a = app((120, 40));
    press(&mut a, Key::Char('/'));
    press(&mut a, Key::Ctrl('z'));
    assert_eq!(a.effects, [Effect::Suspend]);
    assert_eq!(shown(&a), Shown::Search, "the screen is unchanged");
}

#[test]
fn the_wheel_scrolls_the_pane_under_the_pointer() {
    let mut a = app((120, 40));
    // Over the list (left side): the selection moves three rows.
    assert!(a.update(Action::Wheel {
        down: true,
        column: 5,
        row: 5
    }));
    assert_eq!(a.selected, 3);
    assert!(a.update(Action::Wheel {
        down: false,
        column: 5,
        row: 5
    }));
    assert_eq!(a.selected, 0);
    // Over the detail (right side): the detail scrolls, the selection stays.
    assert!(a.update(Action::Wheel {
        down: true,
        column: 100,
        row: 10
    }));
    assert_eq!((a.selected, a.detail_scroll), (0, 3));
    // Outside any pane (the footer): nothing happens.
    assert!(!a.update(Action::Wheel {
        down: true,
        column: 5,
        row: 39
    }));
}

#[test]
fn a_click_selects_a_list_row_or_focuses_the_detail() {
    let mut a = app((120, 40));
    // Row 1 is the list's top border; its first entry is on row 2.
    assert!(a.update(Action::Click { column: 5, row: 4 }));
    assert_eq!(a.selected, 2);
    assert!(a.update(Action::Click {
        column: 100,
        row: 10
    }));
    assert_eq!(a.focus, Focus::Detail);
    assert!(a.update(Action::Click { column: 5, row: 2 }));
    assert_eq!((a.selected, a.focus), (0, Focus::List));
    // Below the last entry: focus only.
    let beyond = 2 + a.visible.len() as u16 + 3;
    assert!(!a.update(Action::Click {
        column: 5,
        row: beyond
    }));
    assert_eq!(a.selected, 0);
}

/// Entries in [`big_app`]'s catalog: "large" only because its threshold says so.
const BIG: usize = 300;

/// An app whose catalog is searched on the search thread: small, with the threshold lowered to it.
fn big_app() -> App {
    let text = crate::synthetic::catalog_json(BIG, crate::synthetic::Shape::Native);
    let dataset = Dataset::from_json_str(&text).expect("synthetic catalog parses");
    App::new(Catalog::new(dataset), Theme::monochrome(), (120, 40)).with_options(AppOptions {
        background_search_from: BIG,
        ..AppOptions::default()
    })
}

/// The last search request queued, as (generation, query, candidates).
fn last_search(a: &App) -> (u64, String, Option<Vec<usize>>) {
    match a.effects.last() {
        Some(Effect::Search {
            generation,
            query,
            candidates,
        }) => (*generation, query.clone(), candidates.clone()),
        other => panic!("no search queued: {other:?}"),
    }
}

#[test]
fn small_catalogs_rank_in_place() {
    let mut a = app((120, 40));
    press(&mut a, Key::Char('/'));
    press(&mut a, Key::Char('b'));
    assert!(a.effects.is_empty());
    assert!(!a.search.pending);
    assert_eq!(a.search.results_for, "b");
}

#[test]
fn large_catalogs_rank_on_the_search_thread_and_keep_only_the_newest_answer() {
    let mut a = big_app();
    let everything = a.visible.clone();
    press(&mut a, Key::Char('/'));
    press(&mut a, Key::Char('l'));
    let (first, query, candidates) = last_search(&a);
    assert_eq!((query.as_str(), candidates), ("l", None));
    assert!(a.search.pending);
    assert_eq!(a.visible, everything, "the list waits for the answer");
    press(&mut a, Key::Char('l'));
    let (second, _, _) = last_search(&a);
    assert!(second > first);
    // The answer to the superseded request is dropped; the newest one is shown.
    assert!(!a.update(Action::SearchResults {
        generation: first,
        hits: vec![1, 2, 3],
        shown: usize::MAX,
        matched: None,
    }));
    assert_eq!(a.visible, everything);
    let hits: Vec<usize> = a.catalog.search("ll").iter().map(|h| h.index).collect();
    assert!(a.update(Action::SearchResults {
        generation: second,
        hits: hits.clone(),
        shown: usize::MAX,
        matched: None,
    }));
    assert!(!a.search.pending);
    assert_eq!(
        (a.visible.clone(), a.search.results_for.as_str()),
        (hits.clone(), "ll")
    );
    // Typing on narrows the answer just shown; deleting ranks the whole catalog again.
    press(&mut a, Key::Char('a'));
    assert_eq!(last_search(&a).2, Some(hits));
    press(&mut a, Key::Backspace);
    press(&mut a, Key::Backspace);
    assert_eq!(last_search(&a).2, None, "\"l\" does not extend \"ll\"");
}

/// A large catalog searched for "l", answered first with only the best 30: returns the app, the
/// request's generation, the full ranking and every match in dataset order.
fn first_answer_of_l() -> (App, u64, Vec<usize>, Vec<usize>) {
    let mut a = big_app();
    press(&mut a, Key::Char('/'));
    press(&mut a, Key::Char('l'));
    let (generation, _, _) = last_search(&a);
    let full: Vec<usize> = a.catalog.search("l").iter().map(|h| h.index).collect();
    let mut every = full.clone();
    every.sort_unstable();
    assert!(a.update(Action::SearchResults {
        generation,
        hits: full[..30].to_vec(),
        shown: usize::MAX,
        matched: Some(every.clone()),
    }));
    (a, generation, full, every)
}

#[test]
fn the_best_matches_show_first_and_the_whole_ranking_follows_in_place() {
    let (mut a, generation, full, _) = first_answer_of_l();
    assert!(!a.search.pending);
    assert_eq!(a.visible, full[..30]);
    assert_eq!(a.match_count(), full.len(), "the count covers every match");
    press(&mut a, Key::Down);
    press(&mut a, Key::Down);
    assert_eq!(a.selected_index(), Some(full[2]));
    assert!(a.update(Action::SearchResults {
        generation,
        hits: full.clone(),
        shown: usize::MAX,
        matched: None,
    }));
    assert_eq!(a.visible, full);
    assert_eq!(a.selected_index(), Some(full[2]), "the selection stays put");
    assert!(a.search.ranking_rest.is_none());
    // A late duplicate of an answer already applied changes nothing.
    assert!(!a.update(Action::SearchResults {
        generation,
        hits: full.clone(),
        shown: usize::MAX,
        matched: None,
    }));
}

#[test]
fn typing_on_while_the_rest_is_ranked_narrows_every_match_not_just_those_shown() {
    let (mut a, generation, full, every) = first_answer_of_l();
    press(&mut a, Key::Char('l'));
    let (newer, query, candidates) = last_search(&a);
    assert_eq!((query.as_str(), candidates), ("ll", Some(every)));
    // The superseded whole ranking of "l" is dropped when it arrives.
    assert!(!a.update(Action::SearchResults {
        generation,
        hits: full,
        shown: usize::MAX,
        matched: None,
    }));
    assert!(a.search.pending && newer > generation);
}

#[test]
fn a_new_sort_or_filter_on_a_large_catalog_re_ranks_on_the_search_thread() {
    let (mut a, generation, _, _) = first_answer_of_l();
    a.effects.clear();
    a.relist();
    let (newer, query, candidates) = last_search(&a);
    assert!(newer > generation && a.search.pending);
    assert_eq!(
        (query.as_str(), candidates),
        ("l", None),
        "no filter: every entry"
    );
}

#[test]
fn clearing_the_filter_drops_a_pending_answer() {
    let mut a = big_app();
    press(&mut a, Key::Char('/'));
    press(&mut a, Key::Char('x'));
    let (generation, _, _) = last_search(&a);
    press(&mut a, Key::Esc);
    assert!(!a.update(Action::SearchResults {
        generation,
        hits: vec![0],
        shown: usize::MAX,
        matched: None,
    }));
    assert_eq!(a.visible.len(), BIG);
}

#[test]
fn t_switches_the_theme_and_the_choice_is_saved_and_restored() {
    use crate::config::ThemeName;
    let mut a = app((120, 40));
    assert!(!a.theme.colored, "the test app starts monochrome");
    assert_eq!(a.prefs().theme, None, "no choice made, nothing saved");
    assert!(press(&mut a, Key::Char('t')));
    assert!(a.theme.colored);
    assert!(a.status.as_deref().unwrap().contains("color"));
    let saved = a.prefs();
    assert_eq!(saved.theme, Some(ThemeName::Color));

    let mut b = app((120, 40));
    b.apply_prefs(saved.clone());
    assert!(b.theme.colored, "restored from the preferences");
    let mut forced = app((120, 40));
    forced.options.theme_forced = true;
    forced.apply_prefs(saved);
    assert!(
        !forced.theme.colored,
        "--color never / NO_COLOR win over the saved theme"
    );
}

#[test]
fn space_on_the_developer_line_opens_the_chooser_instead_of_cycling() {
    let mut a = app((120, 40));
    press(&mut a, Key::Char('f'));
    let row = super::decide::FILTER_OPTIONS
        .iter()
        .position(|o| *o == super::decide::FilterOption::Developer)
        .unwrap();
    for _ in 0..row {
        press(&mut a, Key::Down);
    }
    press(&mut a, Key::Char(' '));
    assert_eq!(a.filter.developer, None, "nothing chosen by Space alone");
    assert!(matches!(a.overlay, Some(Overlay::Choose { .. })));
}

#[test]
fn an_answer_from_the_search_thread_lists_its_strong_hits_and_a_longer_query_narrows_all() {
    let mut a = big_app();
    press(&mut a, Key::Char('/'));
    press(&mut a, Key::Char('l'));
    let (generation, _, _) = last_search(&a);
    assert!(a.update(Action::SearchResults {
        generation,
        hits: vec![7, 3, 5],
        shown: 1,
        matched: None,
    }));
    assert_eq!(a.visible, [7], "only the strong hit is listed");
    press(&mut a, Key::Char('l'));
    let (_, query, candidates) = last_search(&a);
    assert_eq!(query, "ll");
    assert_eq!(
        candidates,
        Some(vec![7, 3, 5]),
        "weak matches of `l` may be strong for `ll`"
    );
}
