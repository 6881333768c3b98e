//! Mouse events become actions: the wheel scrolls, a left click clicks, everything else (other
//! buttons, releases, drags, motion) means nothing — so a terminal reporting motion cannot wake the
//! loop into work. What the actions then do is unit-tested in `tui::app`.

use crate::screen::app_with;
use crossterm::event::{Event, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use modeldex::tui::action::Action;
use modeldex::tui::event_loop::action_for;
use modeldex::tui::theme::Theme;

fn mouse(kind: MouseEventKind, column: u16, row: u16) -> Event {
    Event::Mouse(MouseEvent {
        kind,
        column,
        row,
        modifiers: KeyModifiers::NONE,
    })
}

#[test]
fn the_wheel_and_a_left_click_become_actions_at_their_cell() {
    let app = app_with((80, 24), Theme::color());
    assert_eq!(
        action_for(&app, &mouse(MouseEventKind::ScrollDown, 7, 9)),
        Some(Action::Wheel {
            down: true,
            column: 7,
            row: 9
        })
    );
    assert_eq!(
        action_for(&app, &mouse(MouseEventKind::ScrollUp, 70, 3)),
        Some(Action::Wheel {
            down: false,
            column: 70,
            row: 3
        })
    );
    assert_eq!(
        action_for(&app, &mouse(MouseEventKind::Down(MouseButton::Left), 5, 4)),
        Some(Action::Click { column: 5, row: 4 })
    );
}

#[test]
fn other_mouse_events_are_ignored() {
    let app = app_with((80, 24), Theme::color());
    let ignored = [
        MouseEventKind::Down(MouseButton::Right),
        MouseEventKind::Down(MouseButton::Middle),
        MouseEventKind::Up(MouseButton::Left),
        MouseEventKind::Drag(MouseButton::Left),
        MouseEventKind::Moved,
        MouseEventKind::ScrollLeft,
        MouseEventKind::ScrollRight,
    ];
    for kind in ignored {
        assert_eq!(action_for(&app, &mouse(kind, 5, 4)), None, "{kind:?}");
    }
}
