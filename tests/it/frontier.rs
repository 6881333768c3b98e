//! The frontier screen on the frozen fixture of real entries: snapshots at both reference sizes
//! (colour, monochrome, ASCII), and through the loop: `v` opens it, the arrows select, `x`/`y`
//! switch axes, the filter panel narrows it, and Enter opens the selected point's detail.

use crate::screen::frontier_app;
use crate::snapshots::screen_text;
use crossterm::event::{KeyCode, KeyModifiers};
use modeldex::tui::app::Screen;
use modeldex::tui::event_loop::Event;
use modeldex::tui::headless::{self, key};
use modeldex::tui::theme::Theme;

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

fn plain(c: char) -> Event {
    key(KeyCode::Char(c), KeyModifiers::NONE)
}

fn right() -> Event {
    key(KeyCode::Right, KeyModifiers::NONE)
}

fn screen(size: (u16, u16), theme: Theme, script: Vec<Event>) -> String {
    screen_text(&headless::run(frontier_app(size, theme), script).screen)
}

#[test]
fn frontier_snapshots() {
    for (w, h) in SIZES {
        let size = (w, h);
        insta::assert_snapshot!(
            format!("frontier_{w}x{h}"),
            screen(size, Theme::color(), vec![plain('v')])
        );
        insta::assert_snapshot!(
            format!("frontier_ascii_moved_{w}x{h}"),
            screen(
                size,
                Theme::monochrome().with_ascii(true),
                vec![plain('v'), right(), right()]
            )
        );
        insta::assert_snapshot!(
            format!("frontier_params_{w}x{h}"),
            screen(
                size,
                Theme::monochrome(),
                vec![plain('v'), plain('x'), plain('x'), plain('x')]
            )
        );
    }
}

#[test]
fn enter_opens_the_selected_point_and_the_chart_follows_the_filter() {
    for size in SIZES {
        // The frontier's first point is selected; → moves to the next cheapest entry.
        let run = headless::run(
            frontier_app(size, Theme::color()),
            vec![plain('v'), right()],
        );
        let Screen::Frontier(view) = run.app.screen() else {
            panic!("v opens the frontier");
        };
        let chosen = view.selected_point().unwrap().index;
        let name = run.app.catalog().models()[chosen].name.clone();
        assert!(
            screen_text(&run.screen).contains(&format!("▶ {name}")),
            "{name}"
        );
        let enter = key(KeyCode::Enter, KeyModifiers::NONE);
        let run = headless::run(
            frontier_app(size, Theme::color()),
            vec![plain('v'), right(), enter],
        );
        assert!(matches!(run.app.screen(), Screen::Browse));
        assert_eq!(run.app.selected_index(), Some(chosen));
        assert!(screen_text(&run.screen).contains(&name));
        // The filter panel over the chart: closed entries leave it.
        let mut script = vec![plain('v'), plain('f')];
        script.extend([KeyCode::Down, KeyCode::Down].map(|k| key(k, KeyModifiers::NONE)));
        script.extend([plain(' '), key(KeyCode::Esc, KeyModifiers::NONE)]);
        let run = headless::run(frontier_app(size, Theme::color()), script);
        let Screen::Frontier(view) = run.app.screen() else {
            panic!("the filter panel returns to the frontier");
        };
        let models = run.app.catalog().models();
        assert!(!view.chart.points.is_empty());
        assert!(view
            .chart
            .points
            .iter()
            .all(|p| models[p.index].openness == modeldex::data::Openness::Closed));
    }
}

/// The real binary in tmux, on the embedded data: `v` opens the frontier, → selects the next
/// point, Enter opens its detail; `modeldex frontier` names the same frontier.
#[test]
fn frontier_in_a_real_terminal() {
    use crate::support::{tmux_available, Pane};
    if !tmux_available() {
        return;
    }
    let pane = Pane::start(100, 30, "--no-config");
    pane.wait_for_text("/ to search");
    pane.keys(&["v"]);
    // Waits for the whole selected line, not a frame caught half drawn.
    let chart = pane.wait_for("the chart and its selected point", |s| {
        s.contains("frontier of the") && selected_name(s).is_some()
    });
    assert!(chart.contains("Intelligence Index"), "{chart}");
    let before = selected_name(&chart);
    pane.keys(&["Right"]);
    let moved = pane.wait_for("the next point to be selected", |s| {
        selected_name(s).is_some() && selected_name(s) != before
    });
    let name = selected_name(&moved).expect("a selected point");
    pane.keys(&["Enter"]);
    // Times out (and fails) unless the detail shown is the selected point's.
    let detail = pane.wait_for(&format!("the detail of {name}"), |s| {
        !s.contains("frontier of the") && s.contains("Key facts") && s.contains(&name)
    });
    assert!(detail.contains("Key facts"));
    pane.quit();
}

/// The name on the frontier screen's "▶ name · developer · … · on the frontier" line, once the
/// line is drawn to its end.
fn selected_name(screen: &str) -> Option<String> {
    let rest = screen.lines().find_map(|l| l.split("▶ ").nth(1))?;
    if !rest.contains("the frontier") {
        return None;
    }
    rest.split(" · ").next().map(str::to_string)
}
