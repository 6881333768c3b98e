//! `update` for what the terminal side carries out: clipboard copies, suspend, mouse.

use super::*;
use crate::data::Dataset;
use crate::tui::keymap::Key;

const FIXTURE: &str = include_str!("../../../tests/fixtures/models.json");

fn app(size: (u16, u16)) -> App {
    let dataset = Dataset::from_json_str(FIXTURE).expect("fixture parses");
    App::new(Catalog::new(dataset), Theme::monochrome(), size)
}

fn press(app: &mut App, key: Key) -> bool {
    keymap::lookup(app.keymap_mode(), key).is_some_and(|a| app.update(a))
}

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
    assert_eq!(a.mode, Mode::Compare);
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
    a.osc52 = false;
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
    assert_eq!(a.mode, Mode::Search, "the screen is unchanged");
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
