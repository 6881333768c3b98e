//! `update` driven through the keymap, key by key, without a terminal.

use super::*;
use crate::data::Dataset;
use crate::tui::keymap::{self, Key};
use crate::tui::{doc, layout, measure};

/// Which screen is shown, without its payload: what the assertions compare.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Shown {
    Browse,
    Search,
    Compare,
    Overview,
    Frontier,
}

pub(super) fn shown(app: &App) -> Shown {
    match app.screen {
        Screen::Browse => Shown::Browse,
        Screen::Search => Shown::Search,
        Screen::Compare(_) => Shown::Compare,
        Screen::Overview { .. } => Shown::Overview,
        Screen::Frontier(_) => Shown::Frontier,
    }
}

/// The help's scroll position, when it is open.
pub(super) fn help_scroll(app: &App) -> Option<usize> {
    match app.overlay {
        Some(Overlay::Help { scroll }) => Some(scroll),
        _ => None,
    }
}

pub(super) const FIXTURE: &str = include_str!("../../../tests/fixtures/models.json");

pub(super) fn app(size: (u16, u16)) -> App {
    let dataset = Dataset::from_json_str(FIXTURE).expect("fixture parses");
    App::new(Catalog::new(dataset), Theme::monochrome(), size)
}

/// Presses `key` as the event loop would; returns whether a redraw is due.
pub(super) fn press(app: &mut App, key: Key) -> bool {
    keymap::lookup(app.keymap_section(), key).is_some_and(|a| app.update(a))
}

fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        press(app, Key::Char(c));
    }
}

fn selected_id(app: &App) -> Option<&str> {
    app.selected_model().map(|m| m.id.as_str())
}

fn search(app: &mut App, query: &str) {
    press(app, Key::Char('/'));
    type_text(app, query);
}

fn total(app: &App) -> usize {
    app.catalog.models().len()
}

#[test]
fn selection_stays_within_the_list() {
    let mut a = app((80, 24));
    assert_eq!(a.selected, 0);
    assert!(
        !press(&mut a, Key::Char('k')),
        "moving above the first entry changes nothing"
    );
    assert!(!press(&mut a, Key::Up));
    assert!(press(&mut a, Key::Char('j')));
    assert!(press(&mut a, Key::Down));
    assert_eq!(a.selected, 2);
    assert!(press(&mut a, Key::Char('G')));
    assert_eq!(a.selected, total(&a) - 1);
    assert!(
        !press(&mut a, Key::Char('j')),
        "moving below the last entry changes nothing"
    );
    assert!(!press(&mut a, Key::End));
    assert!(press(&mut a, Key::Char('g')));
    assert_eq!(a.selected, 0);
    assert!(press(&mut a, Key::End));
    assert!(press(&mut a, Key::Home));
    assert_eq!(a.selected, 0);
}

#[test]
fn pages_move_by_the_visible_rows_and_scroll_the_list() {
    let mut a = app((80, 12));
    let rows = usize::from(layout::list_inner(a.size).height);
    assert!(rows < total(&a));
    press(&mut a, Key::PageDown);
    assert_eq!(a.selected, rows);
    assert!(a.list_offset > 0 && a.list_offset <= a.selected);
    press(&mut a, Key::PageDown);
    assert_eq!(a.selected, total(&a) - 1);
    press(&mut a, Key::PageUp);
    assert_eq!(a.selected, total(&a) - 1 - rows);
    press(&mut a, Key::Ctrl('b'));
    press(&mut a, Key::Ctrl('b'));
    assert_eq!((a.selected, a.list_offset), (0, 0));
}

#[test]
fn typing_narrows_and_reranks_the_list() {
    let mut a = app((80, 24));
    search(&mut a, "bloom");
    assert_eq!(shown(&a), Shown::Search);
    assert_eq!(selected_id(&a), Some("bloom"));
    assert!(a.visible.len() < total(&a));
    for (query, first) in [
        ("gpt4", "gpt-4"),
        ("claud", "claude"),
        ("lama 3", "llama-3-1-405b"),
    ] {
        press(&mut a, Key::Ctrl('u'));
        type_text(&mut a, query);
        assert_eq!(selected_id(&a), Some(first), "query {query:?}");
    }
    press(&mut a, Key::Ctrl('u'));
    type_text(&mut a, "mistral");
    let ids: Vec<&str> = a
        .visible
        .iter()
        .map(|&i| a.catalog.models()[i].id.as_str())
        .collect();
    assert!(ids.contains(&"mixtral-8x7b"), "{ids:?}");
}

#[test]
fn keys_type_into_the_search_line_instead_of_acting() {
    let mut a = app((80, 24));
    search(&mut a, "q c?");
    assert_eq!(a.search.query, "q c?");
    assert!(!a.quit);
    assert!(a.marks.is_empty() && a.overlay.is_none());
    assert!(press(&mut a, Key::Backspace));
    assert_eq!(a.search.query, "q c");
}

#[test]
fn backspace_widens_and_nonsense_empties_the_list() {
    let mut a = app((80, 24));
    search(&mut a, "gpt4zzqx");
    assert!(a.visible.is_empty());
    assert_eq!(a.selected_model().map(|m| m.id.as_str()), None);
    assert!(!press(&mut a, Key::Down));
    for _ in 0..4 {
        press(&mut a, Key::Backspace);
    }
    assert_eq!(selected_id(&a), Some("gpt-4"));
    press(&mut a, Key::Ctrl('u'));
    assert_eq!(a.visible.len(), total(&a));
    assert!(!press(&mut a, Key::Backspace), "nothing left to delete");
}

#[test]
fn enter_keeps_the_filter_and_esc_clears_it() {
    let mut a = app((80, 24));
    search(&mut a, "gpt");
    let filtered = a.visible.len();
    press(&mut a, Key::Down);
    let chosen = selected_id(&a).map(str::to_string);
    assert!(press(&mut a, Key::Enter));
    assert_eq!(
        (shown(&a), a.search.query.as_str(), a.visible.len()),
        (Shown::Browse, "gpt", filtered)
    );
    // In the list again, Esc clears the kept filter and keeps the entry selected.
    assert!(press(&mut a, Key::Esc));
    assert_eq!(a.visible.len(), total(&a));
    assert_eq!(selected_id(&a).map(str::to_string), chosen);

    search(&mut a, "bert");
    assert!(press(&mut a, Key::Esc));
    assert_eq!((shown(&a), a.search.query.as_str()), (Shown::Browse, ""));
    assert_eq!(a.visible.len(), total(&a));
    assert_eq!(selected_id(&a), Some("bert"));
}

#[test]
fn slash_starts_a_fresh_search() {
    let mut a = app((80, 24));
    search(&mut a, "bloom");
    press(&mut a, Key::Enter);
    search(&mut a, "gpt4");
    assert_eq!(a.search.query, "gpt4");
    assert_eq!(selected_id(&a), Some("gpt-4"));
}

#[test]
fn space_marks_and_unmarks_in_order() {
    let mut a = app((80, 24));
    assert!(press(&mut a, Key::Char(' ')));
    press(&mut a, Key::Char('j'));
    press(&mut a, Key::Char(' '));
    assert_eq!(a.marks, vec![0, 1]);
    assert!(a.is_marked(1));
    press(&mut a, Key::Char(' '));
    assert_eq!(a.marks, vec![0]);
    press(&mut a, Key::Char(' '));
    assert!(press(&mut a, Key::Char('x')));
    assert!(a.marks.is_empty());
    // A second `x` has nothing to unmark: it only clears the first one's message.
    press(&mut a, Key::Char('x'));
    assert!(a.marks.is_empty() && a.status().is_none());
    search(&mut a, "zzzqqq");
    press(&mut a, Key::Enter);
    assert!(
        !press(&mut a, Key::Char(' ')),
        "nothing to mark in an empty list"
    );
}

#[test]
fn compare_needs_two_marks_and_says_so() {
    let mut a = app((80, 24));
    assert!(press(&mut a, Key::Char('c')));
    assert_eq!(shown(&a), Shown::Browse);
    assert!(a
        .status
        .as_deref()
        .is_some_and(|s| s.contains("Nothing marked")));
    assert!(
        press(&mut a, Key::Char(' ')),
        "the next key clears the message"
    );
    assert!(a.status.is_none());
    press(&mut a, Key::Char('c'));
    assert_eq!(shown(&a), Shown::Browse);
    assert!(a
        .status
        .as_deref()
        .is_some_and(|s| s.contains("one entry marked")));
    press(&mut a, Key::Char('j'));
    press(&mut a, Key::Char(' '));
    assert!(press(&mut a, Key::Char('c')));
    assert_eq!(shown(&a), Shown::Compare);
    assert_eq!(
        a.compare().map(|v| v.table.columns.clone()),
        Some(vec![0, 1])
    );
    assert!(press(&mut a, Key::Esc));
    assert_eq!(shown(&a), Shown::Browse);
    assert_eq!(
        a.marks,
        vec![0, 1],
        "marks survive leaving the compare view"
    );
    press(&mut a, Key::Char('c'));
    assert!(
        press(&mut a, Key::Char('q')),
        "q backs out of the compare view"
    );
    assert_eq!((shown(&a), a.quit), (Shown::Browse, false));
}

#[test]
fn compare_scrolls_both_ways_within_bounds() {
    let mut a = app((80, 24));
    for _ in 0..8 {
        press(&mut a, Key::Char(' '));
        press(&mut a, Key::Char('j'));
    }
    press(&mut a, Key::Char('c'));
    assert_eq!(a.compare().map(|v| v.table.columns.len()), Some(8));
    assert!(!press(&mut a, Key::Char('h')));
    assert!(press(&mut a, Key::Char('l')));
    assert!(press(&mut a, Key::Right));
    for _ in 0..10 {
        press(&mut a, Key::Char('l'));
    }
    let (max_row, max_col) = measure::compare_max_offsets(&a.compare().unwrap().table, a.size);
    assert!(max_col > 0);
    assert_eq!(a.compare().unwrap().col_offset, max_col);
    assert!(press(&mut a, Key::Left));
    assert!(press(&mut a, Key::Char('G')));
    assert_eq!(a.compare().unwrap().row_offset, max_row);
    assert!(!press(&mut a, Key::Char('j')));
    assert!(press(&mut a, Key::Char('k')));
    assert!(press(&mut a, Key::Char('g')));
    assert!(press(&mut a, Key::PageDown));
    assert_eq!(
        a.compare().unwrap().row_offset,
        measure::compare_body_rows(a.size).min(max_row)
    );
}

#[test]
fn help_opens_and_closes_from_every_screen() {
    let mut a = app((80, 24));
    assert!(press(&mut a, Key::Char('?')));
    assert_eq!(a.keymap_section(), keymap::Section::Help);
    assert!(
        !press(&mut a, Key::Char(' ')),
        "other keys do nothing under the help"
    );
    assert!(press(&mut a, Key::Char('?')));
    assert!(a.overlay.is_none());
    press(&mut a, Key::F(1));
    assert!(
        press(&mut a, Key::Char('q')),
        "q closes the help rather than quitting"
    );
    assert!(!a.quit && a.overlay.is_none());
    press(&mut a, Key::Char(' '));
    press(&mut a, Key::Char('j'));
    press(&mut a, Key::Char(' '));
    press(&mut a, Key::Char('c'));
    press(&mut a, Key::Char('?'));
    assert!(press(&mut a, Key::Esc));
    assert_eq!((shown(&a), help_scroll(&a)), (Shown::Compare, None));
    search(&mut a, "");
    press(&mut a, Key::F(1));
    assert!(matches!(a.overlay, Some(Overlay::Help { .. })));
}

#[test]
fn help_scrolls_when_it_does_not_fit() {
    let mut a = app((80, 14));
    press(&mut a, Key::Char('?'));
    assert!(press(&mut a, Key::Char('j')));
    assert_eq!(help_scroll(&a), Some(1));
    for _ in 0..200 {
        press(&mut a, Key::Down);
    }
    let rows = usize::from(layout::help_inner(a.size, doc::help::line_count(0)).height);
    assert_eq!(help_scroll(&a), Some(doc::help::line_count(0) - rows));
    assert!(!press(&mut a, Key::Char('j')));
}

#[test]
fn quit_from_the_list_and_ctrl_c_from_anywhere() {
    let mut a = app((80, 24));
    assert!(press(&mut a, Key::Char('q')));
    assert!(a.quit);
    for setup in ["/", "?", "search"] {
        let mut a = app((80, 24));
        match setup {
            "search" => search(&mut a, "gpt"),
            other => type_text(&mut a, other),
        }
        press(&mut a, Key::Ctrl('c'));
        assert!(a.quit, "{setup}");
    }
}

#[test]
fn tab_and_enter_focus_the_detail_which_then_scrolls() {
    let mut a = app((80, 24));
    assert!(press(&mut a, Key::Enter));
    assert_eq!(a.focus, Focus::Detail);
    assert!(press(&mut a, Key::Char('j')));
    assert_eq!((a.selected, a.detail_scroll), (0, 1));
    assert!(press(&mut a, Key::Char('G')));
    let max = a.detail_scroll;
    assert!(max > 1);
    assert!(
        !press(&mut a, Key::Char('j')),
        "the detail stops at its end"
    );
    assert!(press(&mut a, Key::PageUp));
    assert!(press(&mut a, Key::Esc));
    assert_eq!(a.focus, Focus::List);
    assert!(press(&mut a, Key::Tab));
    assert_eq!(a.focus, Focus::Detail);
    assert!(press(&mut a, Key::BackTab));
    assert_eq!(a.focus, Focus::List);
    assert!(press(&mut a, Key::Char('j')));
    assert_eq!(
        a.detail_scroll, 0,
        "a new selection starts at the top of its detail"
    );
}

#[test]
fn resizing_keeps_every_scroll_position_in_range() {
    let mut a = app((80, 12));
    press(&mut a, Key::Char('G'));
    press(&mut a, Key::Tab);
    press(&mut a, Key::Char('G'));
    let small = a.detail_scroll;
    assert!(a.update(Action::Resize(200, 60)));
    assert!(a.detail_scroll < small);
    assert_eq!(a.list_offset, 0, "everything fits now");
    assert!(a.update(Action::Resize(1, 1)));
    assert!(a.update(Action::Resize(80, 24)));
    assert_eq!(a.selected, total(&a) - 1);
}

#[test]
fn an_absurd_terminal_size_is_laid_out_within_the_drawn_ceiling() {
    use crate::tui::capped::MAX_DRAWN;
    let mut a = app((65_535, 65_535));
    assert_eq!(a.size(), (MAX_DRAWN, MAX_DRAWN));
    assert!(a.update(Action::Resize(10_000, 10_000)));
    assert_eq!(a.size(), (MAX_DRAWN, MAX_DRAWN));
    assert!(a.area().width <= MAX_DRAWN && a.area().height <= MAX_DRAWN);
    assert!(a.update(Action::Resize(65_535, 24)));
    assert_eq!(a.size(), (MAX_DRAWN, 24));
    // Page sizes follow the drawn area, not the size reported.
    press(&mut a, Key::PageDown);
    assert!(a.update(Action::Resize(120, 40)));
    assert_eq!(a.size(), (120, 40));
}

#[test]
fn only_key_presses_count() {
    use crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
    let a = app((80, 24));
    let key = |kind| {
        Event::Key(KeyEvent::new_with_kind(
            KeyCode::Char('j'),
            KeyModifiers::NONE,
            kind,
        ))
    };
    assert_eq!(
        crate::tui::event_loop::action_for(&a, &key(KeyEventKind::Press)),
        Some(Action::MoveDown)
    );
    assert_eq!(
        crate::tui::event_loop::action_for(&a, &key(KeyEventKind::Release)),
        None
    );
    assert_eq!(
        crate::tui::event_loop::action_for(&a, &key(KeyEventKind::Repeat)),
        None
    );
    assert_eq!(
        crate::tui::event_loop::action_for(&a, &Event::Resize(3, 4)),
        Some(Action::Resize(3, 4))
    );
}

/// What a fresh search for `query` over the whole fixture lists: its strong matches.
fn strong_ids(a: &App, query: &str) -> Vec<usize> {
    let hits = a.catalog.index.search(query);
    crate::search::strong(&hits)
        .iter()
        .map(|h| h.index)
        .collect()
}

#[test]
fn a_search_lists_only_the_matches_not_far_below_the_best() {
    let mut cut_somewhere = false;
    for query in ["mit", "gp", "l", "o", "t", "qw", "cl"] {
        let mut a = app((80, 24));
        search(&mut a, query);
        let all = a.catalog.index.search(query).len();
        assert_eq!(a.visible, strong_ids(&a, query), "{query}");
        assert!(!a.search.shows_close_spellings());
        cut_somewhere |= a.visible.len() < all;
    }
    assert!(cut_somewhere, "some query has weak matches to cut");
}

#[test]
fn a_longer_query_finds_matches_too_weak_to_list_for_the_shorter_one() {
    // Typed one key at a time, each step narrows the previous matches; the list must still be what
    // a fresh search of the whole query lists.
    for query in ["mixtral", "gpt-4o", "llama", "torch", "qwen"] {
        let mut a = app((80, 24));
        search(&mut a, query);
        assert_eq!(a.visible, strong_ids(&a, query), "{query}");
    }
}

#[test]
fn a_query_that_matches_nothing_lists_close_spellings_and_says_so() {
    let mut a = app((80, 24));
    search(&mut a, "gtp4");
    assert!(a.search.shows_close_spellings());
    assert_eq!(
        selected_id(&a),
        Some("gpt-4"),
        "a transposition is one edit"
    );
    // A query sharing almost nothing with any entry suggests nothing.
    let mut a = app((80, 24));
    search(&mut a, "zzzzqqq");
    assert!(a.visible.is_empty());
    assert!(!a.search.shows_close_spellings());
    // Editing back to a query that matches lists matches again.
    let mut a = app((80, 24));
    search(&mut a, "gtp");
    press(&mut a, Key::Backspace);
    press(&mut a, Key::Backspace);
    assert!(!a.search.shows_close_spellings());
    assert_eq!(a.visible, strong_ids(&a, "g"));
}

#[test]
fn x_unmarks_everything_and_u_marks_it_again() {
    let mut a = app((80, 24));
    press(&mut a, Key::Char(' '));
    press(&mut a, Key::Char('j'));
    press(&mut a, Key::Char(' '));
    let marked = a.marks.clone();
    assert_eq!(marked.len(), 2);
    assert!(press(&mut a, Key::Char('x')));
    assert!(a.marks.is_empty());
    assert!(
        a.status().is_some_and(|s| s.contains("u marks them again")),
        "{:?}",
        a.status()
    );
    assert!(press(&mut a, Key::Char('u')));
    assert_eq!(a.marks, marked, "the same marks, in the same order");
    // Nothing left to undo; a mark changed by hand after `x` also ends the undo.
    press(&mut a, Key::Char('u'));
    assert_eq!(a.marks, marked);
    assert!(a.status().is_some_and(|s| s.contains("Nothing to undo")));
    press(&mut a, Key::Char('x'));
    press(&mut a, Key::Char(' '));
    press(&mut a, Key::Char('u'));
    assert_eq!(
        a.marks.len(),
        1,
        "u does not bring back marks over a new one"
    );
}

#[test]
fn a_notice_stays_until_esc_and_the_help_shows_it_whole() {
    let long = "Preferences not loaded (file left as is): config.toml line 1: ".to_string()
        + &"a long explanation ".repeat(8);
    let mut a = app((80, 24)).with_notice(long.clone());
    for k in [Key::Char('j'), Key::Char('s'), Key::Char('j')] {
        press(&mut a, k);
        assert_eq!(a.notice(), Some(long.as_str()), "kept after {k:?}");
    }
    press(&mut a, Key::Char('?'));
    let help: Vec<String> = doc::help::lines(&a.theme, a.load_notes())
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(
        help.iter().any(|l| l.contains(long.trim_end())),
        "the help has it whole"
    );
    press(&mut a, Key::Esc);
    assert_eq!(a.notice(), Some(long.as_str()), "Esc closed the help only");
    press(&mut a, Key::Esc);
    assert_eq!(a.notice(), None);
}
